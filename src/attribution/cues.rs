//! Finding cues: the words that mark an attribution.

use std::ops::Range;

use super::sources;
use crate::document::Document;
use crate::lexicon::{self, CueClass, CueVerb, PhraseRole, VerbForm, WordClass, WordSet};
use crate::mentions::{self, Mention, MentionKind};
use crate::segment::{Shape, TokenKind};
use crate::syntax;

/// How a cue combines with its source and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueShape {
    /// A verb of saying or thinking, or a phrase that works like one ("pointed out").
    Verb(VerbForm),
    /// "according to X".
    SourceAfter,
    /// A passive verb with its agent: "This was stated by X".
    Passive,
    /// A colon after a source at the start of a paragraph: "Pat Caddell: …", "PENCE: …".
    Colon,
    /// A dash before a source after a quotation: "“…” — Jane Doe".
    Dash,
    /// A noun after its owner, before "that": "his claim that …", "Trump's warning that …".
    Noun,
}

/// A cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// What it reports.
    pub class: CueClass,
    /// How it combines with source and content.
    pub shape: CueShape,
}

/// Finds the cues of `doc` outside quotations, in text order.
pub(crate) fn find(doc: &Document, mentions: &[Mention]) -> Vec<Cue> {
    let mut in_mention = vec![false; doc.len()];
    for m in mentions {
        for k in m.tokens.clone() {
            in_mention[k] = true;
        }
    }
    let mut cues = Vec::new();
    // Whether the last sentence asked about is a headline, asked once a sentence.
    let mut last: Option<(usize, bool)> = None;
    let mut headline = |sentence: Range<usize>| match last {
        Some((start, is)) if start == sentence.start => is,
        _ => {
            let is = mentions::is_headline(doc, sentence.clone());
            last = Some((sentence.start, is));
            is
        }
    };
    let mut i = 0;
    while i < doc.len() {
        if doc.quotes.is_quoted(i) || in_mention[i] {
            i += 1;
            continue;
        }
        if let Some(cue) = phrase_at(doc, i) {
            i = cue.tokens.end;
            cues.push(cue);
            continue;
        }
        if let Some(cue) = noun_at(doc, i) {
            cues.push(cue);
        } else if let Some(cue) = verb_at(doc, i, &mut headline) {
            cues.push(cue);
        } else if let Some(cue) = colon_at(doc, i, mentions).or_else(|| dash_at(doc, i)) {
            cues.push(cue);
        }
        i += 1;
    }
    cues
}

/// A multiword cue starting at token `i`.
fn phrase_at(doc: &Document, i: usize) -> Option<Cue> {
    if !doc.lex(i).starts_cue_phrase {
        return None;
    }
    for phrase in lexicon::cue_phrases_starting_with(doc.lower(i)) {
        if phrase.role == PhraseRole::Adjunct {
            continue;
        }
        let words = &phrase.words;
        if i + words.len() > doc.len() || !words.iter().enumerate().all(|(k, w)| doc.is(i + k, w)) {
            continue;
        }
        let tokens = i..i + words.len();
        let shape = match phrase.role {
            PhraseRole::SourceAfter => CueShape::SourceAfter,
            _ => {
                // "…,” referring to …": a phrase whose verb is no cue of its own is a participle
                // after a comma, and otherwise used as a finite verb.
                let after_comma = i > 0 && (doc.is(i - 1, ",") || doc.quotes.is_closing(i - 1));
                let gerund = doc.lower(i).ends_with("ing") && after_comma;
                let fallback = if gerund { VerbForm::Gerund } else { VerbForm::Past };
                let form = lexicon::cue_verb(doc.lower(i)).map_or(fallback, |v| v.form);
                if !is_verb_use(doc, i, form) {
                    continue;
                }
                CueShape::Verb(form)
            }
        };
        return Some(Cue { tokens, class: phrase.class, shape });
    }
    None
}

/// A noun cue at token `i`: a noun reporting speech or thought, its owner before it (maybe with
/// one word between: "Trump's false claim"), "that" after it.
fn noun_at(doc: &Document, i: usize) -> Option<Cue> {
    let class = syntax::noun_cue_class(doc, i)?;
    noun_cue_owner(doc, i)?;
    Some(Cue { tokens: i..i + 1, class, shape: CueShape::Noun })
}

/// The owner of the noun cue at `i`, its source: a possessive pronoun ("his claim") or a name with
/// its possessive ("Trump's claim", "Mr. Trump's assertion"), right before the noun or before one
/// word that describes it ("her repeated claim").
pub(crate) fn noun_cue_owner(doc: &Document, i: usize) -> Option<Range<usize>> {
    let s0 = doc.sentence_tokens(i).start;
    let end = if i > s0 && describing_word(doc, i - 1) { i - 1 } else { i };
    let last = end.checked_sub(1).filter(|&k| k >= s0)?;
    if doc.class(last) == Some(WordClass::PossessivePronoun) {
        return Some(last..end);
    }
    if !doc.is_kind(last, TokenKind::Possessive) || last <= s0 {
        return None;
    }
    // The name: its capitalised words, and "the" before them ("the President's").
    let mut start = last;
    while start > s0 && doc.is_capitalized(start - 1) && doc.is_kind(start - 1, TokenKind::Word) {
        start -= 1;
    }
    if start == last {
        return None;
    }
    if start > s0 && doc.in_set(start - 1, WordSet::Article) {
        start -= 1;
    }
    Some(start..end)
}

/// The most adverbs between a comma and a cue in "-ing": "…, not even mentioning …".
const MAX_GERUND_ADVERBS: usize = 2;

/// The most tokens from a cue verb to the "as" after its object: "quoted Wassim Bouhlel, a
/// Nice native, as saying …".
const MAX_QUOTED_OBJECT: usize = 12;

/// True when a cue verb and its object stand before the "as" at `as_at`: "CNN quoted a witness
/// as saying …", "cited officials as saying …". What they are quoted as saying is that verb's
/// content, as PolNeAR marks it, and "saying" no claim of its own, whose source would be the
/// one who quotes.
fn cue_verb_and_object_before(doc: &Document, as_at: usize) -> bool {
    let s0 = doc.sentence_tokens(as_at).start;
    (as_at.saturating_sub(MAX_QUOTED_OBJECT).max(s0)..as_at.saturating_sub(1))
        .rev()
        .take_while(|&k| !doc.is_any(k, &[";", ":"]))
        .any(|k| doc.lex(k).cue.is_some_and(|verb| verb.form != VerbForm::Gerund))
}

/// The most tokens from a passive "asked" to the question after its asker: "asked by a
/// reporter for the local paper whether …".
const MAX_ASKER: usize = 10;

/// A cue verb at token `i`, if it is used as a verb there. `headline` tells whether a sentence
/// is a headline in Title Case.
fn verb_at(doc: &Document, i: usize, headline: &mut impl FnMut(Range<usize>) -> bool) -> Option<Cue> {
    let verb = doc.lex(i).cue?;
    // "Thank you, my Lords", "I thank you all": a formula of courtesy, not a report.
    if verb.lemma == "thank" && doc.is(i + 1, "you") {
        return None;
    }
    // "Asked whether …", "was asked if …", "when asked by a reporter if …", "Asked about …",
    // "Asked on Fox News who …": a question, capitalised or passive (`claims` checks where the
    // asker ends).
    let question = verb.lemma == "ask" && matches!(verb.form, VerbForm::Past | VerbForm::Participle) && {
        let s1 = doc.sentence_tokens(i).end;
        syntax::question_after(doc, i + 1, s1).is_some()
            || doc.is(i + 1, "by") && (i + 2..s1.min(i + MAX_ASKER)).any(|k| syntax::opens_question(doc, k))
    };
    if question {
        return Some(Cue { tokens: i..i + 1, class: verb.class, shape: CueShape::Verb(verb.form) });
    }
    // "Noting that only one senator voted with them, Tester said …": a participle opening the
    // sentence, up to the comma before its subject.
    let sentence = doc.sentence_tokens(i);
    let s0 = sentence.start;
    let opening_participle =
        verb.form == VerbForm::Gerund && i == s0 && sources::opening_phrase_end(doc, s0, i).is_some();
    if doc.is_capitalized(i) {
        // Sentence-initial "Say …" is no attribution; a headline's "…, Lindsey Graham Says" is,
        // and so is "Glenn Beck Says …" in a headline in Title Case, after its subject and any
        // adverbs ("Al Sharpton Just Said …").
        let subject = syntax::noun_phrase_left(doc, syntax::skip_adverbials_left(doc, i, s0), s0);
        // The comma's name ends its sentence with the verb: "American Family Voices, We Act
        // Radio" lists names.
        let last_word = i + 1 >= sentence.end || syntax::is_terminal(doc, i + 1) || doc.quotes.is_closing(i + 1);
        let after_comma = last_word && subject.as_ref().is_some_and(|np| np.start > s0 && doc.is(np.start - 1, ","));
        // In a headline, only a finite form reads as the verb: "Says", "Endorsed" — not "Show",
        // "Voice", "Suspect", which name things there as often.
        let finite = matches!(verb.form, VerbForm::ThirdPerson | VerbForm::Past);
        let headline_verb = finite && subject.is_some() && headline(sentence.clone());
        // "Said Dorothy Poynter, who …, “…”", "Continued Stone: “…”": before a name and the
        // quotation it says.
        let opening = i == s0 && sources::opening_inversion(doc, i, i + 1, sentence.end).is_some();
        if !(after_comma || headline_verb || opening || opening_participle) {
            return None;
        }
    }
    let prev = i.checked_sub(1).filter(|&p| doc.same_sentence(p, i));
    // "was told", "were twice denied", "has been widely reported".
    let after_be = syntax::be_before(doc, i, s0).is_some();
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle) && after_be {
        // "is expected to win": an expectation whose holders go unsaid (see `claims`).
        if verb.lemma == "expect" && doc.is(i + 1, "to") {
            return Some(Cue { tokens: i..i + 1, class: verb.class, shape: CueShape::Verb(verb.form) });
        }
        // "This was stated by X": a passive with its agent; "was told", "is expected": nothing.
        return doc.is(i + 1, "by").then_some(Cue { tokens: i..i + 1, class: verb.class, shape: CueShape::Passive });
    }
    let by_means = doc.is(i + 1, "by") && doc.in_set(i + 2, WordSet::Means); // "said by telephone"
    if (doc.is(i + 1, "by") && !by_means) || (verb.lemma == "accuse" && doc.is(i + 1, "of")) {
        // "the issue reported by The Washington Post", "people accused of rape": a participle
        return None;
    }
    // "Additional reporting by …": a gerund is a cue after a comma (maybe inside a closing quote:
    // "“…,” adding", or before adverbs: "…, privately saying …") or a dash, a preposition, a
    // subordinator ("while saying"), "is", or "and" after another participle ("…, praising her
    // and warning …").
    let comma_or_dash_before = |p: usize| {
        doc.is(p, ",") || (doc.quotes.is_closing(p) && p > 0 && doc.is(p - 1, ",")) || syntax::is_open_dash(doc, p)
    };
    let adverbs_after_comma = |p: usize| {
        let adverb = |k: usize| matches!(doc.class(k), Some(WordClass::Adverb | WordClass::Negation));
        (p.saturating_sub(MAX_GERUND_ADVERBS)..=p)
            .rev()
            .find(|&k| !adverb(k) || !doc.same_sentence(k, i))
            .is_some_and(|k| k < p && doc.same_sentence(k, i) && comma_or_dash_before(k))
    };
    if verb.form == VerbForm::Gerund
        && !opening_participle
        && !prev.is_some_and(|p| {
            comma_or_dash_before(p)
                || adverbs_after_comma(p)
                || matches!(doc.class(p), Some(WordClass::Preposition | WordClass::Auxiliary | WordClass::Subordinator))
                || syntax::is_contracted_auxiliary(doc, p)
                || syntax::joins_participles(doc, p, s0)
                || sources::with_subject(doc, i)
                || sources::issuing_verb_before(doc, p).is_some()
        })
    {
        return None;
    }
    if verb.form == VerbForm::Gerund && prev.is_some_and(|p| doc.is(p, "as") && cue_verb_and_object_before(doc, p)) {
        return None;
    }
    if reads_as_noun(doc, i, verb) {
        return None;
    }
    // "warned against", "joked about", "blasted out": after a verb of speech, the
    // particle is the cue's (a verb of thinking with one is a phrase of its own: "talked about").
    let particle = verb.class == CueClass::Speech
        && !doc.in_set(i, WordSet::NounLikeCue)
        && doc.in_set(i + 1, WordSet::CueParticle)
        && doc.same_sentence(i, i + 1)
        && !matches!(verb.lemma, "say" | "tell");
    is_verb_use(doc, i, verb.form).then_some(Cue {
        tokens: i..i + 1 + usize::from(particle),
        class: verb.class,
        shape: CueShape::Verb(verb.form),
    })
}

/// True when cue word `i` (a form of `verb`) is a noun or names something there: "his latest
/// remarks", "political order would require", "a mountain stream called Miracle Run".
fn reads_as_noun(doc: &Document, i: usize, verb: CueVerb) -> bool {
    let noun_like = verb.form == VerbForm::ThirdPerson && doc.in_set(i, WordSet::NounLikeCue);
    if noun_like && !has_clear_subject(doc, i) {
        return true; // "his latest remarks", "late-night tweets"
    }
    // "Rust Belt states that have suffered", "comments that compared …": a "that" followed by a
    // verb is the subject of a relative clause, and the word before it the noun it describes.
    if noun_like && doc.is(i + 1, "that") && doc.same_sentence(i, i + 2) {
        let v = syntax::skip_adverbials_right(doc, i + 2, doc.sentence_tokens(i).end);
        if doc.class(v) == Some(WordClass::Auxiliary) || syntax::is_past_verb(doc, v) {
            return true;
        }
    }
    // "political order would require", "unfunny jokes are told": a present form right before an
    // auxiliary is the noun that is its subject — unless someone stands before it ("which
    // critics say was", "what Republicans say is"); "his claim is that …" stays a cue.
    let present = matches!(verb.form, VerbForm::Base | VerbForm::ThirdPerson);
    if present && doc.class(i + 1) == Some(WordClass::Auxiliary) && !doc.is(i + 2, "that") && !has_clear_subject(doc, i)
    {
        return true;
    }
    // "The conference call ended", "the press call came": a base form right before a past tense,
    // after a singular noun it cannot agree with, is the noun heading their subject (not "many
    // farmers say reduced prices hurt").
    let singular_before = i > 0 && doc.class(i - 1).is_none() && !syntax::looks_plural(doc, i - 1);
    let past_after = doc.same_sentence(i, i + 1) && syntax::is_past_verb(doc, i + 1) && doc.lex(i + 1).cue.is_none();
    if verb.form == VerbForm::Base && singular_before && past_after && !has_clear_subject(doc, i) {
        return true;
    }
    // "A news report said": the noun heading the subject of the verb after it; a present form
    // after a preposition is a noun ("the secretary of state said"; not after "to", whose verb
    // it is: "declined to state").
    let after_preposition = i > 0 && doc.class(i - 1) == Some(WordClass::Preposition) && !doc.is(i - 1, "to");
    if syntax::is_cue_noun_before_its_verb(doc, i) || present && after_preposition {
        return true;
    }
    // "made the following comment:": after "following" a verb form is the noun it points to.
    if i > 0 && doc.is(i - 1, "following") {
        return true;
    }
    verb.lemma == "call" && naming(doc, i)
}

/// True when a name, a pronoun or a source noun stands right before token `i` (adverbs aside):
/// "Bloomberg reports", "he claims", "the poll shows".
fn has_clear_subject(doc: &Document, i: usize) -> bool {
    let s0 = doc.sentence_tokens(i).start;
    let k = syntax::skip_adverbials_left(doc, i, s0);
    doc.is(i + 1, "that")
        || k > s0 && {
            let head = k - 1;
            doc.is_capitalized(head)
                || syntax::is_subject_pronoun(doc, head)
                || doc.in_set(head, WordSet::SourceNoun)
                || doc.lex(head).person_noun.is_some_and(|n| n.is_noun())
        }
}

/// The most words of a title in quotation marks after "called": "“The Jenna and Julien Podcast”".
const MAX_QUOTED_TITLE: usize = 6;

/// True when "called" names something instead of calling it something: the words after it are a
/// capitalised name ("a stream called Miracle Run") and no subject stands before it, or a short
/// title in quotation marks ends the phrase after it ("a podcast called “The Jenna Julien
/// Podcast”").
fn naming(doc: &Document, i: usize) -> bool {
    let s = doc.sentence_tokens(i);
    let mut k = i + 1;
    if doc.in_set(k, WordSet::Article) {
        k += 1; // "an elite group called the Sea Org"
    }
    while k < s.end && doc.is_capitalized(k) {
        k += 1;
    }
    let name_only = k > i + 1
        && doc.is_capitalized(k - 1)
        && (k >= s.end || syntax::is_terminal(doc, k) || doc.is_any(k, &[",", ";", "("]));
    // "a podcast called “The Jenna Julien Podcast” (formerly …)", "a series called "Quick
    // Question" in which …": a short title in quotation marks, capitalised, ending the phrase
    // ("called “a disaster”" and "called “Crooked Hillary” a liar" are said).
    let quoted_title = doc.quotes.opening_at(i + 1).is_some_and(|q| {
        let end = q.end_token();
        (i + 2..end).find(|&t| doc.is_kind(t, TokenKind::Word)).is_some_and(|t| doc.is_capitalized(t))
            && q.word_count(&doc.seg) <= MAX_QUOTED_TITLE
            && !q.pieces.iter().flat_map(|r| r.clone()).any(|t| syntax::is_terminal(doc, t))
            && (end >= s.end
                || syntax::is_terminal(doc, end)
                || doc.is_any(end, &[",", ";", "(", ")"])
                || matches!(doc.class(end), Some(WordClass::Preposition | WordClass::Relative)))
    });
    if quoted_title {
        return true;
    }
    // "a group called Democrats for Change": a noun, "called", a capitalised name.
    let after_noun =
        !has_clear_subject(doc, i) && i > 0 && doc.class(i - 1).is_none() && doc.lex(i - 1).shape == Some(Shape::Lower);
    name_only || after_noun && k > i + 1 && doc.is_capitalized(k - 1)
}

/// True when the word at `i`, a form `form` of a cue verb, is used as a verb: not after a
/// determiner ("the claims", "his remarks", "of that report"), not an infinitive after "to"
/// ("declined to say").
fn is_verb_use(doc: &Document, i: usize, form: VerbForm) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| doc.same_sentence(p, i)) else {
        return form != VerbForm::Base;
    };
    let s0 = doc.sentence_tokens(i).start;
    // "many said", "some say", "42% say", "six in 10 say": a quantifier or a share standing for
    // its noun phrase is a subject (not "the many claims").
    let quantifier_subject = (doc.in_set(p, WordSet::Partitive)
        || doc.word(p).ends_with('%')
        || syntax::proportion_left(doc, i, s0).is_some())
        && !p.checked_sub(1).is_some_and(|b| {
            doc.same_sentence(b, p)
                && matches!(doc.class(b), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        });
    // "a source close to her said": "her" after a preposition is its object, not a determiner.
    let object_her = doc.is(p, "her") && p > 0 && doc.class(p - 1) == Some(WordClass::Preposition);
    let determiner = matches!(doc.class(p), Some(WordClass::Determiner | WordClass::PossessivePronoun)) && !object_her;
    let noun_context = !quantifier_subject
        && (determiner
            || (matches!(doc.class(p), Some(WordClass::Possessive | WordClass::Preposition))
                && !syntax::carries_on(doc, p)
                && !syntax::is_contracted_auxiliary(doc, p))
            || doc.is_kind(p, TokenKind::Number)
            || syntax::is_demonstrative_that(doc, p));
    // "declined to say" (not "continued to insist", whose verb carries on its own).
    let infinitive = {
        let mut k = p;
        while k > s0 && doc.class(k) == Some(WordClass::Negation) {
            k -= 1;
        }
        doc.is(k, "to") && !syntax::carries_on(doc, k)
    };
    match form {
        // "A news report published Wednesday said": after "news", "recent" … a noun.
        VerbForm::Base => {
            // "a snappy retort", "a controversial tweet", "a wake-up call", "a unique light
            // show": after "a" and the words that describe it, a base form is the noun (a
            // singular subject takes "-s"), not after a word for a group ("a majority say") nor
            // after a plural past the first word ("a dozen protesters say").
            let mut a = p;
            while a > s0 && p - a < MAX_ARTICLE_MODIFIERS && describing_word(doc, a) {
                a -= 1;
            }
            let after_article_and_word = a < p
                && doc.is_any(a, &["a", "an"])
                && !doc.in_set(p, WordSet::CollectiveNoun)
                && (a + 1 == p || !syntax::looks_plural(doc, p));
            !infinitive
                && !noun_context
                && !after_article_and_word
                && (quantifier_subject || !doc.in_set(p, WordSet::NounCueModifier))
        }
        VerbForm::Gerund => {
            !matches!(doc.class(p), Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive))
                || syntax::is_contracted_auxiliary(doc, p)
        }
        // "Some claims were false": after a plural quantifier, a form in -s is a noun.
        VerbForm::ThirdPerson => {
            let plural_quantifier = quantifier_subject && !doc.is_any(p, &["each", "one", "another", "none"]);
            // "news reports", but "the Associated Press reports": the end of a name.
            let name_end = p > s0 && doc.is_capitalized(p) && doc.is_capitalized(p - 1);
            // "There were (also) reports the …": after a form of "be", a form in -s is a noun.
            let after_be = syntax::be_before(doc, i, s0).is_some();
            !noun_context && !plural_quantifier && !after_be && (!doc.in_set(p, WordSet::NounCueModifier) || name_end)
        }
        VerbForm::Past | VerbForm::Participle => {
            // "helped (to) found Fox News": after "to" or "help" a past form is another verb's
            // base.
            !infinitive
                && !doc.is_any(p, &["help", "helps", "helped", "helping"])
                && (quantifier_subject || !determiner)
                // "the measure described above", "as noted below": a participle pointing
                // elsewhere in the text after a noun or "as" is no verb of saying ("I said above
                // that …", "should have said above" and "said above all that …" are).
                && !(doc.in_set(i + 1, WordSet::CrossReference)
                    && !doc.is(i + 2, "all")
                    && (doc.is(p, "as") || doc.class(p).is_none() && !doc.is_capitalized(p)))
        }
    }
}

/// True when token `k` is a lower-case word of no function class, such as may describe a noun
/// before it: "her repeated claim", "a unique light show".
fn describing_word(doc: &Document, k: usize) -> bool {
    doc.is_kind(k, TokenKind::Word) && !doc.is_capitalized(k) && doc.class(k).is_none()
}

/// The most words that may describe the noun between "a" and a base form that is the noun: "a
/// unique light show".
const MAX_ARTICLE_MODIFIERS: usize = 3;

/// The most tokens a source before a colon may have: "Senate Majority Leader Mitch McConnell:".
pub(crate) const MAX_COLON_SOURCE: usize = 6;

/// The most words of a name or source noun that opens a paragraph before a colon without being a
/// known name: "Poll:", "Pence:".
const MAX_COLON_NAME: usize = 3;

/// A colon after a source at the start of a paragraph: "Pat Caddell: …", "PENCE: …", "Poll: …".
fn colon_at(doc: &Document, i: usize, mentions: &[Mention]) -> Option<Cue> {
    if !doc.is(i, ":") {
        return None;
    }
    // "Trump issued the following statement:": the text a verb of issuing puts out, the verb's
    // subject its source.
    if let Some(v) = i.checked_sub(1).and_then(|p| sources::issuing_verb_before(doc, p)) {
        return Some(Cue { tokens: v..i + 1, class: CueClass::Speech, shape: CueShape::Colon });
    }
    let paragraph = doc.paragraph_tokens(i);
    let before = sources::before_colon(doc, paragraph.start..i);
    // "From the minister:" ending a paragraph, before a paragraph that opens with a quotation.
    let lead_in = i + 1 == paragraph.end
        && doc.is(paragraph.start, "from")
        && doc
            .seg
            .paragraphs
            .get(doc.seg.paragraph_of(i) + 1)
            .is_some_and(|next| doc.quotes.is_opening(next.tokens.start));
    if lead_in && !before.is_empty() && before.len() <= MAX_COLON_SOURCE {
        return Some(Cue { tokens: i..i + 1, class: CueClass::Speech, shape: CueShape::Colon });
    }
    if before.is_empty() || before.len() > MAX_COLON_SOURCE || i + 1 >= paragraph.end {
        return None;
    }
    // Mentions are sorted by their first token.
    let at = mentions.partition_point(|m| m.tokens.start < before.start);
    let named = mentions.get(at).is_some_and(|m| m.tokens == before);
    // A place before a colon labels a list entry ("Gosier: the liveliest nights"), it does not
    // speak.
    let place = mentions.get(at).is_some_and(|m| m.tokens == before && m.kind == MentionKind::Place);
    // "BYLINE:", "UPDATE:", "Correction:", a caption's "… Image:" before its credit: a page's
    // label, whatever else it could be.
    let label = doc.in_set(i - 1, WordSet::Label) || doc.in_set(i - 1, WordSet::PictureLabel);
    // "PENCE:", "WALLACE:" — not "BREAKING:" or "UPDATE:".
    let transcript = before.clone().all(|k| {
        doc.is_kind(k, TokenKind::Word)
            && doc.word(k).chars().all(|c| !c.is_lowercase())
            && doc.word(k).chars().count() > 1
    }) && !before.clone().any(|k| doc.in_set(k, WordSet::Label));
    let noun = before.len() <= MAX_COLON_NAME && doc.in_set(i - 1, WordSet::SourceNoun);
    // A headline's "Pence: …": a short capitalised name no dictionary knows.
    let headline_name = doc.seg.paragraphs[doc.seg.paragraph_of(i)].tokens.start == before.start
        && before.len() <= MAX_COLON_NAME
        && before.clone().all(|k| doc.is_capitalized(k))
        && before.clone().any(|k| !doc.lex(k).common);
    // What a name says after a colon opens as a sentence or a quotation: "Pence: We will …";
    // "Basse Terre: green and lush" describes it (a transcript's turns may open any way).
    let k = i + 1;
    let opens = doc.is_capitalized(k) || doc.quotes.is_opening(k) || !doc.is_kind(k, TokenKind::Word);
    let spoken = transcript || ((named || noun || headline_name) && opens);
    // "THE FIRST AMERICANS: THE OLMEC": a heading in capitals on both sides, with no stop, not a
    // turn ("PENCE: WE WILL WIN." is one).
    let heading = doc.all_upper(k..paragraph.end) && !(k..paragraph.end).any(|t| syntax::is_terminal(doc, t));
    (!place && !label && !heading && spoken).then_some(Cue {
        tokens: i..i + 1,
        class: CueClass::Speech,
        shape: CueShape::Colon,
    })
}

/// A dash right after a closing quote, before a name: "“…” — Jane Doe".
fn dash_at(doc: &Document, i: usize) -> Option<Cue> {
    if !doc.is_kind(i, TokenKind::Dash) || i == 0 {
        return None;
    }
    let after_quote =
        doc.quotes.is_closing(i - 1) || (i >= 2 && syntax::is_terminal(doc, i - 1) && doc.quotes.is_closing(i - 2));
    let name_follows =
        i + 1 < doc.len() && doc.is_capitalized(i + 1) && doc.seg.paragraph_of(i + 1) == doc.seg.paragraph_of(i);
    (after_quote && name_follows).then_some(Cue { tokens: i..i + 1, class: CueClass::Speech, shape: CueShape::Dash })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions;

    fn cues(text: &str) -> Vec<(&str, CueShape)> {
        let doc = Document::new(text);
        let m = mentions::find(&doc);
        find(&doc, &m).into_iter().map(|c| (doc.slice(c.tokens), c.shape)).collect()
    }

    #[test]
    fn verbs_phrases_and_marks() {
        assert_eq!(cues("Rutte said it."), [("said", CueShape::Verb(VerbForm::Past))]);
        assert_eq!(cues("It rains, according to Smith."), [("according to", CueShape::SourceAfter)]);
        assert_eq!(cues("This was stated by Smith."), [("stated", CueShape::Passive)]);
        assert_eq!(cues("PENCE: Well, look."), [(":", CueShape::Colon)]);
        assert_eq!(cues("“We won.” — Jane Doe"), [("—", CueShape::Dash)]);
        assert_eq!(cues("She pointed out that it rains."), [("pointed out", CueShape::Verb(VerbForm::Past))]);
    }

    #[test]
    fn a_noun_cue_needs_its_owner_and_that() {
        let owner = |text: &str, noun: &str| {
            let doc = Document::new(text);
            let i = (0..doc.len()).find(|&k| doc.word(k) == noun).unwrap();
            noun_at(&doc, i).map(|cue| {
                assert_eq!(cue.shape, CueShape::Noun);
                doc.key(noun_cue_owner(&doc, i).unwrap())
            })
        };
        assert_eq!(owner("He repeated his claim that the vote was rigged.", "claim").as_deref(), Some("his"));
        assert_eq!(
            owner("He backed the President's insistence that the UK wait.", "insistence").as_deref(),
            Some("the President's")
        );
        assert_eq!(
            owner("The university rebutted Exxon's accusation that it lied.", "accusation").as_deref(),
            Some("Exxon's")
        );
        assert_eq!(owner("Her repeated claim that she won was false.", "claim").as_deref(), Some("Her"));
        assert_eq!(owner("The claim that the vote was rigged is false.", "claim"), None);
        assert_eq!(owner("His claim was false.", "claim"), None);
    }

    #[test]
    fn nouns_and_infinitives_are_not_cues() {
        assert!(cues("His claims were false and the reports wrong.").is_empty());
        assert_eq!(
            cues("He declined to say more."),
            [("declined", CueShape::Verb(VerbForm::Past))],
            "the infinitive is no cue; the verb of intention before it is"
        );
        assert!(cues("He was told to leave.").is_empty());
        assert!(cues("The United States acted.").is_empty());
        assert!(cues("“Say it,” he laughed.").is_empty(), "cues inside quotations do not count");
    }
}

//! Content: the clause or quotation a cue attributes, and where it starts and ends.

use std::ops::Range;

use super::Draft;
use crate::analysis::{ClaimKind, PlaceKind};
use crate::document::Document;
use crate::lexicon::{self, CueClass, CueVerb, PhraseRole, VerbForm, WordClass, WordSet};
use crate::segment::{self, Shape, TokenKind};
use crate::syntax::{self, is_terminal};

/// The longest a dateline runs before its dash, in tokens: "NEW ORLEANS (AP) —".
const MAX_DATELINE: usize = 10;

/// How many words an opening participle may follow after "not" or adverbs: "…, not even needing
/// to …".
const PARTICIPLE_LOOKAHEAD: usize = 3;

/// The most words a subject may have before the auxiliary of a clause without "that".
const MAX_BARE_SUBJECT: usize = 10;

/// The kind of a claim whose content is `pieces`: direct when it opens with a quote mark, mixed
/// when a quote mark opens inside, indirect otherwise.
pub(crate) fn kind_of(doc: &Document, pieces: &[Range<usize>]) -> ClaimKind {
    let Some(first) = pieces.first() else { return ClaimKind::Indirect };
    if doc.quotes.is_opening(first.start) {
        ClaimKind::Direct
    } else if pieces.iter().flat_map(|r| r.clone()).any(|k| doc.quotes.is_opening(k)) {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    }
}

/// `range` without trailing sentence punctuation, commas and closing brackets it does not open
/// ("(Lemkin once said, “It happened …”)."), and without a leading comma.
pub(crate) fn trim(doc: &Document, range: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (range.start, range.end);
    let count = |marks: &[&str]| range.clone().filter(|&k| doc.is_any(k, marks)).count();
    // Closing brackets in the range beyond its opening ones, counted once, then down as they go.
    let mut unopened = count(&[")", "]"]).saturating_sub(count(&["(", "["]));
    while end > start {
        let mark = end.saturating_sub(REFERENCE_TOKENS);
        if mark > start && segment::reference_mark(doc.text, &doc.seg.tokens, mark, end) == Some(end) {
            end = mark; // "… stay the course.[1]": a reference mark, not what was said
            continue;
        }
        if unopened > 0 && doc.is_any(end - 1, &[")", "]"]) {
            unopened -= 1;
        } else if !(is_terminal(doc, end - 1)
            || doc.is_any(end - 1, &[",", ";", ":"])
            || doc.is_kind(end - 1, TokenKind::Dash))
        {
            break;
        }
        end -= 1;
    }
    while start < end && (doc.is_any(start, &[",", ":", ";"]) || doc.is_kind(start, TokenKind::Dash)) {
        start += 1;
    }
    start..end
}

/// The tokens of a reference mark ([`segment::reference_mark`]): "[", "1", "]".
const REFERENCE_TOKENS: usize = 3;

/// Where the content after a cue verb starts: past adverbs, times, one-word inserts (", however,"),
/// the means ("by phone"), a pointer elsewhere in the text ("said above"), adjuncts ("in a
/// statement"), the listener of "told" ("told reporters"), and a "that", ":" or "," before a
/// quotation.
/// `verb` is the cue verb when the cue is one word (a phrase such as "told reporters" holds its
/// listener already).
pub(crate) fn right_start(doc: &Document, cue_end: usize, verb: Option<CueVerb>, ceil: usize) -> usize {
    let skip_modifiers = |mut k: usize| loop {
        let before = k;
        k = syntax::skip_adverbials_right(doc, k, ceil);
        k = skip_adjunct(doc, k, ceil);
        k = syntax::skip_adverbials_right(doc, k, ceil);
        k = skip_listener(doc, k, ceil);
        k = skip_place_or_time(doc, k, ceil);
        k = syntax::word_insert_right(doc, k).filter(|&end| end < ceil).unwrap_or(k); // "says, however, that"
        k = syntax::insert_before_that(doc, k, ceil).unwrap_or(k); // "said, per a translator, that"
        let dashes = syntax::dash_insert_right(doc, k, ceil).filter(|&that| doc.is(that, "that") && that + 1 < ceil);
        k = dashes.unwrap_or(k); // "said — on Twitter, as it happens — that"
        if doc.is(k, "by") && doc.in_set(k + 1, WordSet::Means) && k + 2 < ceil {
            k += 2; // "said by phone that"
        }
        if doc.in_set(k, WordSet::CrossReference) && !doc.is(k + 1, "all") && k + 1 < ceil {
            k += 1; // "said above that"
        }
        if verb.is_some_and(|v| v.lemma == "say") {
            k = skip_topic(doc, k, ceil);
        }
        if before == k {
            return k;
        }
    };
    let mut k = skip_modifiers(cue_end);
    if verb.is_some_and(|v| v.listener) && !doc.is(k, "that") && !doc.quotes.is_opening(k) {
        // "told reporters …", "told him …", "told voters in Columbus that …".
        if let Some(mut end) = listener_end(doc, k, ceil) {
            // "telling voters and Twitter followers that …": listeners joined by "and".
            let second = doc.is(end, "and").then(|| syntax::noun_phrase_right(doc, end + 1, ceil)).flatten();
            if let Some(np) = second.filter(|np| doc.is(np.end, "that") || doc.quotes.is_opening(np.end)) {
                end = np.end;
            }
            let listener = k;
            k = skip_modifiers(end);
            // "told Bill O'Reilly of Fox News, that …".
            if doc.is(k, ",") && k + 1 < ceil && doc.is(k + 1, "that") {
                k += 1;
            }
            // "urged him to back down", "asked voters not to …": the listener is the subject of
            // the infinitive, part of what was asked.
            if doc.is(k, "to") || doc.is(k, "not") && doc.is(k + 1, "to") {
                k = listener;
            }
        }
    }
    // "told reporters after the meeting that was held …": after a noun of the adjuncts, "that"
    // before its verb opens a relative clause about the noun, not what was said.
    let relative = k > cue_end
        && doc.is(k, "that")
        && doc.class(k + 1) == Some(WordClass::Auxiliary)
        && doc.lex(k - 1).shape == Some(Shape::Lower)
        && doc.class(k - 1).is_none();
    if relative {
        return ceil;
    }
    // "that" before a clause, not "that account." (a determiner).
    let determiner = k + 2 <= ceil
        && doc.lex(k + 1).shape == Some(Shape::Lower)
        && doc.class(k + 1).is_none()
        && (k + 2 >= ceil || is_terminal(doc, k + 2) || doc.is_any(k + 2, &[",", ";"]));
    if doc.is(k, "that") && k + 1 < ceil && !doc.is(k + 1, ".") && !determiner {
        k += 1;
        // "say that, even if they thought so, a recount …": an adverbial clause between commas.
        if doc.is(k, ",") && k + 1 < ceil && doc.lex(k + 1).shape == Some(Shape::Lower) {
            k += 1;
        }
    }
    if doc.is_any(k, &[":", ","]) && k + 1 < ceil && doc.quotes.is_opening(k + 1) {
        k += 1;
    }
    if doc.is(k, ":") && k + 1 < ceil {
        k += 1;
    }
    // "says, win or lose, he is staying": an insert that opens what was said.
    syntax::insert_before_clause(doc, k, ceil).unwrap_or(k)
}

/// Skips the listener after "to" or "with": "said to reporters", "spoke with CNN" — not "said
/// to be", "wants to make".
fn skip_listener(doc: &Document, k: usize, ceil: usize) -> usize {
    if !doc.in_set(k, WordSet::ListenerPreposition) || k + 1 >= ceil {
        return k;
    }
    let listener = doc.is_capitalized(k + 1)
        || matches!(
            doc.class(k + 1),
            Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Pronoun { .. })
        )
        || doc.lex(k + 1).person_noun.is_some();
    match syntax::noun_phrase_right(doc, k + 1, ceil) {
        Some(np) if listener => np.end,
        _ => k,
    }
}

/// Skips what "said of" names as its topic: "said of the plan, “…”", "said of the plan."
fn skip_topic(doc: &Document, k: usize, ceil: usize) -> usize {
    if !doc.is(k, "of") {
        return k;
    }
    match syntax::noun_phrase_right(doc, k + 1, ceil) {
        Some(np)
            if np.end >= ceil
                || is_terminal(doc, np.end)
                || doc.is_any(np.end, &[",", ":", "that"])
                || doc.quotes.is_opening(np.end) =>
        {
            np.end
        }
        _ => k,
    }
}

/// Skips a prepositional phrase of place or time that stands between a cue and what follows it:
/// "said in Kyiv.", "said at the forum that …", "said during a discussion, “…”", "have said for
/// years that …".
fn skip_place_or_time(doc: &Document, k: usize, ceil: usize) -> usize {
    // "have said for years that …", "said for the past week that …": a duration.
    let duration = doc.is(k, "for")
        && syntax::noun_phrase_right(doc, k + 1, ceil)
            .is_some_and(|np| doc.in_set(np.end - 1, WordSet::TimeNoun) || doc.is(np.end - 1, "time"));
    if !(doc.in_set(k, WordSet::PlaceTimePreposition) || duration) {
        return k;
    }
    // A chain of phrases: "at a briefing in Baton Rouge", "in a note to clients", "at a rally for
    // veterans", "in Salem, New Hampshire on Monday".
    let mut end = k;
    let mut after_region = false;
    loop {
        let linked = doc.in_set(end, WordSet::PlaceTimePreposition)
            || doc.in_set(end, WordSet::ListenerPreposition)
            || doc.is_any(end, &["of", "for"]);
        // ", New Hampshire" after a town: its region or country; then ", on the final day".
        let comma = doc.is(end, ",") && end > k;
        let region = comma && region_after(doc, end + 1, ceil).is_some();
        let goes_on = comma && after_region && doc.in_set(end + 1, WordSet::PlaceTimePreposition);
        if !(linked || region || goes_on) {
            break;
        }
        if goes_on {
            end += 1;
        }
        // "said on “Meet the Press” that …".
        match syntax::noun_phrase_right(doc, end + 1, ceil)
            .map(|np| np.end)
            .or_else(|| title_before_that(doc, end + 1, ceil))
        {
            Some(next) => end = next,
            None => break,
        }
        after_region = region;
    }
    // "said on ABC's “This Week” that …": the show's title after its network.
    if let Some(title) = title_before_that(doc, end, ceil) {
        end = title;
    }
    // "told a gathering in Washington she will …": a subject pronoun opens the clause; "asked her
    // during a chat if …", "told attendees at the gala how …": a question ("who", "which",
    // "when" and "where" there more often open a clause about the phrase's noun).
    let closes = end >= ceil
        || is_terminal(doc, end)
        || doc.is_any(end, &[",", "that", ":", ";", "if", "whether", "how", "why", "what"])
        || doc.quotes.is_opening(end)
        || syntax::is_subject_pronoun(doc, end);
    if !(closes && end > k) {
        return k;
    }
    // "telling supporters in Columbus, Ohio, that …": the comma closes the phrase.
    if doc.is(end, ",") && end + 1 < ceil && doc.is(end + 1, "that") {
        end + 1
    } else {
        end
    }
}

/// The most tokens of a quoted title in a phrase of place or time, its marks included: "on ABC's
/// “This Week With George Stephanopoulos” that …".
const MAX_TITLE_TOKENS: usize = 10;

/// The end of a quoted title that opens at token `k` and that "that" follows: a show or a book
/// in a phrase of place or time ("on “Meet the Press” that …"), not what was said.
fn title_before_that(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    let end = doc.quotes.opening_at(k)?.end_token();
    (end < ceil && end - k <= MAX_TITLE_TOKENS && doc.is(end, "that")).then_some(end)
}

/// The place that starts at token `start` when it is a region or country of the gazetteer
/// ("New Hampshire", "Ohio"): its end.
pub(crate) fn region_after(doc: &Document, start: usize, ceil: usize) -> Option<usize> {
    (start + 1..=(start + 3).min(ceil))
        .rev()
        .find(|&end| doc.place(start..end).is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region)))
}

/// Skips an adjunct cue phrase ("in a statement", "on Twitter") at `k`.
fn skip_adjunct(doc: &Document, k: usize, ceil: usize) -> usize {
    if k >= ceil || !doc.lex(k).starts_cue_phrase {
        return k;
    }
    for phrase in lexicon::cue_phrases_starting_with(doc.lower(k)).iter().filter(|p| p.role == PhraseRole::Adjunct) {
        let words = &phrase.words;
        if k + words.len() <= ceil && words.iter().enumerate().all(|(j, w)| doc.is(k + j, w)) {
            return k + words.len();
        }
    }
    k
}

/// Where reported content ends besides the end of its clause (a semicolon, a tail, an
/// attribution of its own: see [`forward`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Until {
    /// Only there.
    Clause,
    /// Also at its first comma: for an attribution inside a subordinate clause ("If, as Smith
    /// says, the plan fails, …").
    Comma,
    /// Also at a comma before a finite verb: for an attribution inside a relative clause, which
    /// ends where the predicate of its head resumes ("Smith, who said he would come, did not
    /// show up").
    Predicate,
}

/// The content that starts at `start` and runs to the end of its clause within the sentence
/// (`ceil`): a whole quotation when one starts there and fills the rest of the sentence (direct
/// speech, maybe over several paragraphs), the clause otherwise, ending where `until` says.
pub(crate) fn forward(doc: &Document, start: usize, ceil: usize, until: Until) -> Option<Vec<Range<usize>>> {
    // "tweeted and said …": a conjunction joins another verb, it does not open content.
    if start >= ceil || is_terminal(doc, start) || doc.is_any(start, &[",", ";", ")", "and", "or", "but"]) {
        return None;
    }
    // "said before he died", "said when asked": an adverbial clause, not what was said — unless
    // "that" opened the content ("said that in 1997 she …").
    let after_that = complementizer_before(doc, start).is_some();
    // "said at least seven delegates have signed on": a quantity, not a place or a time.
    let quantity = doc.is(start, "at") && doc.is_any(start + 1, &["least", "most"]);
    if !after_that
        && !quantity
        && doc.in_set(start, WordSet::AdverbialOpener)
        && !doc.quotes.is_opening(start + 1)
        && !adverbial_then_clause(doc, start, ceil)
    {
        return None;
    }
    if let Some(q) = doc.quotes.opening_at(start) {
        let end = q.end_token();
        let rest = trim(doc, end.min(ceil)..ceil);
        // A quotation closed after a comma (“…,” adding …, “…,” and laughed) is the whole content.
        let comma_closed = end >= 2 && doc.is(end - 2, ",");
        if end >= ceil || rest.is_empty() || comma_closed || clause_end(doc, end, ceil, until) == end {
            return Some(q.pieces.clone());
        }
    }
    let end = clause_end(doc, start, ceil, until);
    let range = trim_adjuncts(doc, trim(doc, start..end));
    (!range.is_empty()).then(|| vec![range])
}

/// The content that goes on after an inserted attribution, from `start` to the end of its clause
/// within `ceil`: as [`forward`], and also when a conjunction or subordinator opens it ("…, he
/// said, because he prizes electability", "…, he said, and she gripped his hands"), which
/// [`forward`] takes for no content when it follows a cue directly.
pub(crate) fn after_insert(doc: &Document, start: usize, ceil: usize) -> Option<Vec<Range<usize>>> {
    let joined = doc.in_set(start, WordSet::Coordinator)
        || doc.class(start) == Some(WordClass::Subordinator)
        || doc.in_set(start, WordSet::AdverbialOpener);
    if !joined || start >= ceil {
        return forward(doc, start, ceil, Until::Clause);
    }
    let range = trim(doc, start..clause_end(doc, start, ceil, Until::Clause));
    (range.len() > 1).then(|| vec![range])
}

/// The "that" which opens the reported clause starting at token `start`: right before it ("said
/// that it rains"), or before a comma and an adverbial clause ("say that, even if …, a recount …").
pub(crate) fn complementizer_before(doc: &Document, start: usize) -> Option<usize> {
    if start > 0 && doc.is(start - 1, "that") {
        Some(start - 1)
    } else {
        (start > 1 && doc.is(start - 1, ",") && doc.is(start - 2, "that")).then(|| start - 2)
    }
}

/// True when the adverbial clause opening at `start` ends at a comma and a main clause or a
/// quotation follows it in the sentence: "said although the two are linked, action is needed",
/// "said because Obama is popular, “he's a good surrogate”" — not "said before he died" or "said
/// when asked, smiling".
fn adverbial_then_clause(doc: &Document, start: usize, ceil: usize) -> bool {
    let end = ceil.min(start + MAX_ADVERBIAL_CLAUSE);
    let Some(comma) = (start + 2..end).find(|&k| doc.is(k, ",") || is_terminal(doc, k) || doc.is(k, ";")) else {
        return false;
    };
    let k = comma + 1;
    // "when asked, “…”": a clause reduced to its participle frames the quotation.
    let reduced = |j: usize| syntax::is_participle(doc, j) || doc.lower(j).ends_with("ed");
    doc.is(comma, ",")
        && k + 1 < ceil
        && (syntax::is_subject_pronoun(doc, k)
            || (doc.quotes.is_opening(k) && !reduced(start + 1))
            || matches!(doc.class(k), Some(WordClass::Determiner | WordClass::PossessivePronoun))
            || doc.class(k).is_none() && doc.is_kind(k, TokenKind::Word) && !syntax::is_participle(doc, k))
        && !doc.in_set(k, WordSet::TrailingClauseOpener)
}

/// The longest an adverbial clause that opens reported content may be, in tokens.
const MAX_ADVERBIAL_CLAUSE: usize = 30;

/// The most tokens of reported content outside quotations: 99.9% of the reported clauses the
/// PolNeAR and GUM annotators marked are under 190 tokens. Longer runs are cut here, so that a
/// text whose stops were lost costs linear time and output.
pub(crate) const MAX_CLAUSE_TOKENS: usize = 250;

/// Where reported content that starts at `start` ends: before a participial or "as" tail (after
/// a comma, or a cue in "-ing" after a dash), a semicolon, a coordinated attribution ("… and
/// warned …", "…, but he said …"), an attribution of its own ("…, he said"), or at the sentence's
/// end; after at most
/// [`MAX_CLAUSE_TOKENS`] tokens. Quotations inside are skipped whole.
fn clause_end(doc: &Document, start: usize, ceil: usize, until: Until) -> usize {
    let ceil = ceil.min(start + MAX_CLAUSE_TOKENS);
    // "a novice who wants to unseat Rep. Schultz is reaping …": an infinitive inside a relative
    // clause ends at the finite verb after its object.
    let relative_infinitive = until == Until::Predicate && doc.is(start, "to");
    // "praised Fields for pursuing charges but stopped short of …": content that opens no clause
    // of its own (no "that", subject pronoun or infinitive before it, no verb in it so far) is the
    // cue's object, and a verb joined after it is the cue's subject's next act.
    let clause_opened = complementizer_before(doc, start).is_some()
        || syntax::is_subject_pronoun(doc, start)
        || doc.is(start, "to")
        || doc.class(start) == Some(WordClass::Relative);
    let mut verb_seen = clause_opened;
    // A finite verb of the content's own clause, for an attribution inside a relative clause.
    let mut finite_seen = false;
    let mut k = start;
    while k < ceil {
        if let Some(q) = doc.quotes.opening_at(k) {
            k = q.end_token().max(k + 1);
            // "said that the laws “are set. And I think we have to leave it that way.”": a
            // quotation running on past the sentence's end ends the content with it (where the
            // quotation ends is the quote reader's: it may go on into the next paragraph).
            if k > ceil && until == Until::Clause {
                return k;
            }
            // "things “should be wrapped up,” referring to …": a comma inside the closing mark
            // ends the content as one outside it would.
            if k < ceil && doc.is(k - 2, ",") && ends_before(doc, k, ceil) {
                return k;
            }
            continue;
        }
        if doc.is(k, ";") {
            return k;
        }
        if relative_infinitive
            && k > start + 2
            && doc.class(k) == Some(WordClass::Auxiliary)
            && doc.is_kind(k - 1, TokenKind::Word)
            && doc.class(k - 1).is_none()
        {
            return k;
        }
        // "Voters who said the economy was their top issue were split": see `head_predicate`.
        if until == Until::Predicate && head_predicate(doc, start, k, &mut finite_seen) {
            return k;
        }
        if doc.is(k, ",") && k > start {
            match until {
                Until::Comma => return k,
                Until::Predicate if predicate_follows(doc, k + 1, ceil) => return k,
                _ => {}
            }
        }
        // After a dash only a cue in "-ing" ends it ("… – saying …", not "… — highly recommended"
        // nor "a core issue - ensuring that …").
        let dash_then_gerund = syntax::is_open_dash(doc, k)
            && k + 1 < ceil
            && doc.lex(k + 1).cue.is_some_and(|c| c.form == VerbForm::Gerund);
        if (doc.is(k, ",") || dash_then_gerund) && k > start && ends_before(doc, k + 1, ceil) {
            return k;
        }
        if doc.in_set(k, WordSet::Coordinator)
            && k > start
            && (coordinated_attribution(doc, k + 1, ceil, doc.is(k - 1, ","))
                && !coordinated_subject(doc, start, k, ceil)
                || !verb_seen && predicate_after_object(doc, k + 1, ceil))
        {
            return if doc.is(k - 1, ",") { k - 1 } else { k };
        }
        // "the 1994 crime bill, which put more police on the streets, but also led to …": a
        // relative or subordinate clause inside the object takes the verbs joined after it (not
        // the "as" of what an object is taken for: "described the plan as reckless").
        verb_seen = verb_seen
            || is_verb_form(doc, k)
            || matches!(doc.class(k), Some(WordClass::Relative | WordClass::Subordinator)) && !doc.is(k, "as");
        k += 1;
    }
    ceil
}

/// True when token `k`, inside reported content that starts at `start` in a relative clause,
/// is the predicate of the relative's head: an auxiliary right after the noun that ends a clause
/// with a finite verb of its own ("Voters who said the economy was their top issue were split").
/// Not after a verb ("the people he met were …"), nor a participle describing its noun ("the
/// experience needed to …"). `finite_seen` tells whether the clause at hand has had its verb;
/// a subordinator, a relative, "that", a subject pronoun or a participle opens another clause.
fn head_predicate(doc: &Document, start: usize, k: usize, finite_seen: &mut bool) -> bool {
    let opens_clause =
        matches!(doc.class(k), Some(WordClass::Subordinator | WordClass::Relative | WordClass::Conjunction))
            || doc.is(k, "that")
            || syntax::is_subject_pronoun(doc, k)
            || syntax::is_ing_form(doc, k);
    if opens_clause {
        *finite_seen = false;
        return false;
    }
    // After a determiner a past form is an adjective: "the converted natives".
    let determined = k > start
        && matches!(
            doc.class(k - 1),
            Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
        );
    if !is_verb_form(doc, k) || determined {
        return false;
    }
    let after_noun = k > start
        && doc.is_kind(k - 1, TokenKind::Word)
        && doc.class(k - 1).is_none()
        && !is_verb_form(doc, k - 1)
        && !syntax::is_participle(doc, k - 1);
    let predicate = *finite_seen && after_noun && doc.class(k) == Some(WordClass::Auxiliary);
    *finite_seen = true;
    predicate
}

/// True when the "and" at `k` joins two subjects of a clause inside the content starting at
/// `start`: noun phrases on both sides, the one before following a subordinator ("because
/// Congress and President Obama agreed …").
fn coordinated_subject(doc: &Document, start: usize, k: usize, ceil: usize) -> bool {
    syntax::noun_phrase_right(doc, k + 1, ceil).is_some()
        && syntax::noun_phrase_left(doc, k, start)
            .is_some_and(|np| np.start > start && doc.class(np.start - 1) == Some(WordClass::Subordinator))
}

/// True when what follows a comma at `k - 1` is not part of the reported content: not
/// "as saying" after an appositive ("quoted Wassim Bouhlel, a Nice native, as saying …").
fn ends_before(doc: &Document, k: usize, ceil: usize) -> bool {
    if k >= ceil || as_saying(doc, k) {
        return false;
    }
    is_tail_opener(doc, k)
        || syntax::is_participle(doc, k)
        || (doc.in_set(k, WordSet::Coordinator) && coordinated_attribution(doc, k + 1, ceil, true))
        || attribution_follows(doc, k, ceil)
}

/// True when a word that opens the writer's own clause after a comma stands at `k` ("…, as
/// is tradition", "…, while wages fell") — not "as well as", which goes on with a list.
fn is_tail_opener(doc: &Document, k: usize) -> bool {
    doc.in_set(k, WordSet::TailOpener) && !(doc.is(k, "as") && doc.is(k + 1, "well") && doc.is(k + 2, "as"))
}

/// True when "as" and a cue in "-ing" start at `k`: "quoted a witness as saying …".
pub(crate) fn as_saying(doc: &Document, k: usize) -> bool {
    doc.is(k, "as") && doc.lex(k + 1).cue.is_some_and(|verb| verb.form == VerbForm::Gerund)
}

/// True when a finite verb, maybe after adverbs, starts at `k`: an auxiliary ("…, did not show
/// up", "…, is making"), or a cue verb in the past or the present ("…, said he …").
fn predicate_follows(doc: &Document, k: usize, ceil: usize) -> bool {
    // Adverbs in "-ly" are of the adverb class already ("…, ultimately did not …").
    let v = syntax::skip_adverbials_right(doc, k, ceil);
    v < ceil && is_finite_verb(doc, v)
}

/// True when a verb in the past or an auxiliary, maybe after adverbs, starts at `k`, after "and"
/// or "but" that follow a cue's object: "… but stopped short of …", "… and was acquitted".
fn predicate_after_object(doc: &Document, k: usize, ceil: usize) -> bool {
    let v = syntax::skip_adverbials_right(doc, k, ceil);
    // "said the heat and unsettled weather could last": a past form before a noun and the verb
    // of the clause describes the noun.
    let describes_noun = v + 2 < ceil
        && doc.lex(v + 1).shape == Some(Shape::Lower)
        && doc.class(v + 1).is_none()
        && doc.lex(v + 1).cue.is_none()
        && is_finite_verb(doc, v + 2);
    v < ceil && (doc.class(v) == Some(WordClass::Auxiliary) || syntax::is_past_verb(doc, v) && !describes_noun)
}

/// True when token `k` is an auxiliary or a verb in the past ("said", "went", "stopped"): what
/// makes the words before a coordinator a clause of their own (not a form in "-s", which is as
/// often a plural noun: "pursuing charges").
fn is_verb_form(doc: &Document, k: usize) -> bool {
    doc.class(k) == Some(WordClass::Auxiliary)
        || syntax::is_past_verb(doc, k)
        || doc.lex(k).cue.is_some_and(|c| c.form == VerbForm::Past)
}

/// True when token `v` is a finite verb as the lexicons know one: an auxiliary ("is", "did"),
/// or a cue verb in the past or the present ("said", "says").
pub(crate) fn is_finite_verb(doc: &Document, v: usize) -> bool {
    doc.class(v) == Some(WordClass::Auxiliary)
        || doc.lex(v).cue.is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson))
}

/// True when a subject and a cue verb start at `k`: "he said", "the source added", "Rutte noted".
/// Not a bare lower-case word before a form in "-s", which is an adjective before a plural noun
/// ("… with sharp and relentless attacks on Clinton", "… and sexist remarks").
fn attribution_follows(doc: &Document, k: usize, ceil: usize) -> bool {
    let Some(np) = syntax::noun_phrase_right(doc, k, ceil) else { return false };
    let verb_at = syntax::skip_adverbials_right(doc, np.end, ceil);
    let bare_word =
        np.len() == 1 && verb_at == np.end && !doc.is_capitalized(np.start) && doc.class(np.start).is_none();
    verb_at < ceil
        && doc.lex(verb_at).cue.is_some_and(|c| match c.form {
            VerbForm::Gerund | VerbForm::Base => false,
            VerbForm::ThirdPerson => !bare_word,
            VerbForm::Past | VerbForm::Participle => true,
        })
}

/// True when "and"/"but" before `k` joins another attribution: a subject and a cue verb ("but
/// he said"), or a cue verb of speech ("and warned"; a participle after another: "pointing to
/// his record and saying"). A verb of thinking joined without a comma
/// goes on with what was said ("said she could not support Trump but understood why"); after a
/// comma (`after_comma`) any cue word ends it (", but questions remain").
fn coordinated_attribution(doc: &Document, k: usize, ceil: usize, after_comma: bool) -> bool {
    let coordinator = k - 1;
    let k = syntax::skip_adverbials_right(doc, k, ceil);
    // A participle joined to another ("…, pointing to his record and saying …").
    let participles = || syntax::joins_participles(doc, coordinator, doc.sentence_tokens(coordinator).start);
    let verb = k < ceil
        && doc.lex(k).cue.is_some_and(|c| {
            (c.form != VerbForm::Gerund || participles()) && (after_comma || c.class == CueClass::Speech)
        });
    verb || attribution_follows(doc, k, ceil)
}

/// `range` without a trailing cue adjunct or time expression: "… in a statement",
/// "… on Thursday".
fn trim_adjuncts(doc: &Document, range: Range<usize>) -> Range<usize> {
    let mut end = range.end;
    loop {
        let before = end;
        for phrase in lexicon::cue_phrases().iter().filter(|p| p.role == PhraseRole::Adjunct) {
            let n = phrase.words.len();
            if end >= range.start + n + 2 && phrase.words.iter().enumerate().all(|(j, w)| doc.is(end - n + j, w)) {
                end -= n;
            }
        }
        // "… on Tuesday", "… yesterday", "… late Monday", "… on Thursday night" — not "… in
        // March", which may be what was said, nor a deadline ("… a vote by Friday", "… until
        // Monday").
        if end < range.start + 3 {
            return range.start..end;
        }
        let day =
            if doc.in_set(end - 1, WordSet::TimeNoun) && doc.in_set(end - 2, WordSet::Day) { end - 2 } else { end - 1 };
        let deadline = doc.class(day - 1) == Some(WordClass::Preposition) && !doc.in_set(day - 1, WordSet::TimeOpener);
        if day > range.start + 1 && doc.in_set(day, WordSet::Day) && !deadline {
            end = day;
            if doc.in_set(end - 1, WordSet::TimeOpener) && end - 1 > range.start {
                end -= 1;
            }
        }
        if end == before {
            return range.start..end;
        }
    }
}

/// The content before an attribution placed after it: the quotation that closes at `p` (or
/// right before the comma at `p`) when it opens the clause, else the clause from the sentence's
/// start to `p` ("… a clear message that a top priority ''is …,'' Mr. Kamin said": mixed).
pub(crate) fn left(doc: &Document, p: usize, s0: usize, previous: &[Draft]) -> Option<Vec<Range<usize>>> {
    let start = clause_start(doc, s0, p);
    let closing = doc
        .quotes
        .closing_at(p)
        .or_else(|| p.checked_sub(1).and_then(|pp| doc.quotes.closing_at(pp).filter(|_| doc.is(p, ","))));
    if let Some(q) = closing {
        let opens = q.pieces[0].start;
        // "DuVernay said she felt … because “…,” she said": the words before the quotation have
        // an attribution of their own.
        let attributed =
            super::in_sentence(previous, s0).any(|d| d.cue.as_ref().is_some_and(|c| (start..opens).contains(&c.start)));
        let words_before = (start..opens).any(|k| doc.is_kind(k, TokenKind::Word));
        if opens < s0 || !words_before || attributed {
            return Some(q.pieces.clone());
        }
        let left = trim(doc, start..q.end_token());
        return (!left.is_empty()).then(|| vec![left]);
    }
    let left = trim(doc, start..p);
    (!left.is_empty()).then(|| vec![left])
}

/// True when the content `pieces` before an attribution are a subordinate clause alone, which
/// frames the attribution's clause unless the content goes on after it: "When Rubio said it was
/// great to be home, a man yelled", not "If it is close, the campaign said, it may not bother".
pub(crate) fn only_subordinate(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let [piece] = pieces else { return false };
    doc.in_set(piece.start, WordSet::SubordinateOpener) && !piece.clone().any(|k| doc.is(k, ","))
}

/// True when the content `pieces` before an attribution are adverbs and time words alone, which
/// say when it happened, not what was said: "Then, last week, Eric Trump called." (A quoted
/// word is: "“Absolutely,” he said.")
pub(crate) fn only_adverbial(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let [piece] = pieces else { return false };
    // "“Absolutely,” he said": a quoted word is what was said.
    !piece.clone().any(|k| doc.is_kind(k, TokenKind::Quote))
        && piece.clone().all(|k| !doc.is_kind(k, TokenKind::Word) || is_when_word(doc, k))
}

/// True when token `k` is an adverb or a word of time: "then", "last", "week", "Monday".
fn is_when_word(doc: &Document, k: usize) -> bool {
    matches!(doc.class(k), Some(WordClass::Adverb | WordClass::Time))
        || syntax::is_time_modifier(doc, k)
        || doc.in_set(k, WordSet::Day)
        || doc.in_set(k, WordSet::TimeNoun)
        || lexicon::is_ly_adverb(doc.lower(k))
}

/// True when the words from `k` to the sentence's end `s1` say no more than when: "on Tuesday",
/// "last week", "in 2015".
pub(crate) fn says_when(doc: &Document, k: usize, s1: usize) -> bool {
    let when = |j: usize| is_when_word(doc, j) || doc.is_kind(j, TokenKind::Number);
    (k..s1)
        .filter(|&j| !is_terminal(doc, j))
        .all(|j| when(j) || doc.class(j) == Some(WordClass::Preposition) && j + 1 < s1 && when(j + 1))
}

/// True when the words after an inserted attribution go on with the content ("…, Rutte noted,
/// conditions must …", "…, he said, because …", "…, she said, and …", "…, he said, to talk to
/// Congress") rather than start something else: the attribution's own participle ("…, adding
/// …") or the writer's contrast ("…, she said, while …").
pub(crate) fn continues(doc: &Document, k: usize) -> bool {
    if k >= doc.len() || is_terminal(doc, k) {
        return false;
    }
    let starts_other = is_tail_opener(doc, k) || participle_follows(doc, k);
    !starts_other || doc.quotes.is_opening(k)
}

/// True when a cue verb's participle opens the words at `k`, maybe after "not" or adverbs: "…,
/// saying …", "…, not even mentioning …" — the attribution's own; another participle goes on with
/// the content ("Russia is playing interference, they say, imposing …").
fn participle_follows(doc: &Document, k: usize) -> bool {
    let mut j = k;
    while j < doc.len()
        && j < k + PARTICIPLE_LOOKAHEAD
        && matches!(doc.class(j), Some(WordClass::Negation | WordClass::Adverb))
    {
        j += 1;
    }
    j < doc.len() && syntax::is_participle(doc, j) && doc.lex(j).cue.is_some()
}

/// True when an attribution placed after its content ends at `tail`: "…, the source added." /
/// "…, Rutte noted, …" — not "…, both governments must agree on inspections". `right_from` is
/// where content after the cue would start.
pub(crate) fn ends_attribution(doc: &Document, tail: usize, right_from: usize, clause_only: bool, s1: usize) -> bool {
    // A verb whose other complements are phrases ("agree on inspections", "respond to …")
    // ends an attribution only where it stands alone: "…, she agreed."
    let k = if clause_only { syntax::skip_adverbials_right(doc, tail, s1) } else { right_from };
    let k = if k > tail && doc.is(k - 1, ",") { k - 1 } else { k };
    k >= s1
        || is_terminal(doc, k)
        || doc.is_any(k, &[",", ";"])
        || doc.in_set(k, WordSet::TrailingClauseOpener)
        || doc.quotes.is_closing(k)
        || doc.is_kind(k, TokenKind::Dash)
        || doc.quotes.is_opening(k)
}

/// True when an attribution placed after its content is closed by prepositional phrases from
/// `tail`, after its cue, to the sentence's end `s1`: "…, Weiner wrote in a post on his blog.":
/// they say where or how it was said.
pub(crate) fn phrases_end_attribution(doc: &Document, tail: usize, s1: usize) -> bool {
    let mut end = syntax::skip_adverbials_right(doc, tail, s1);
    while doc.class(end) == Some(WordClass::Preposition) && !doc.is(end, "that") {
        // "…, Raddatz said in posing the question to Christie.": a gerund and its object.
        let object = if syntax::is_ing_form(doc, end + 1) && doc.lex(end + 1).cue.is_none() {
            let np = syntax::noun_phrase_right(doc, end + 2, s1);
            Some(np.map_or(end + 2, |np| np.end))
        } else {
            syntax::noun_phrase_right(doc, end + 1, s1).map(|np| np.end)
        };
        match object {
            Some(object_end) => end = syntax::skip_adverbials_right(doc, object_end, s1),
            None => return false,
        }
    }
    // "…, his aides argued in interviews this week; rather, …": a semicolon ends it too.
    end >= s1 || is_terminal(doc, end) || doc.is(end, ";")
}

/// True when the content `pieces` before an attribution are a clause or a quotation, not a
/// phrase that sets the scene ("In court documents, …", "On Tuesday, even as …").
pub(crate) fn is_clause_before(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let Some(first) = pieces.first() else { return false };
    let scene = doc.class(first.start) == Some(WordClass::Preposition)
        || doc.in_set(first.start, WordSet::SubordinateOpener)
        || syntax::is_participle(doc, first.start);
    // "The plan failed, Raddatz said in …": a verb in the past tense after the subject too.
    let past = pieces.iter().any(|p| (p.start + 1..p.end).any(|k| syntax::is_past_verb(doc, k)));
    !scene && (has_clause(doc, pieces) || past)
}

/// True when the content `pieces` before an attribution are one prepositional phrase, with no
/// comma, verb or quotation in it: "In court documents, the lawyer wrote on Monday." says where,
/// not what.
pub(crate) fn is_scene(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let [piece] = pieces else { return false };
    doc.class(piece.start) == Some(WordClass::Preposition)
        && !piece.clone().any(|k| doc.is(k, ","))
        && !has_clause(doc, pieces)
}

/// True when `pieces` hold a finite verb or a quotation mark.
fn has_clause(doc: &Document, pieces: &[Range<usize>]) -> bool {
    pieces.iter().any(|p| p.clone().any(|k| is_finite_verb(doc, k) || doc.is_kind(k, TokenKind::Quote)))
}

/// "Caddell said:" ending a paragraph, followed by a paragraph that opens with a quotation: that
/// quotation; or by a paragraph without quotation marks ("Hewitt writes:"): that paragraph, a
/// quotation set apart as a block whose marks the text lost with its layout.
pub(crate) fn lead_in(doc: &Document, tail: usize, s1: usize) -> Option<Vec<Range<usize>>> {
    if !(doc.is(tail, ":") && tail + 1 == s1) {
        return None;
    }
    let paragraph = doc.seg.paragraph_of(tail);
    let next = doc.seg.paragraphs.get(paragraph + 1)?.tokens.clone();
    if let Some(q) = doc.quotes.opening_at(next.start) {
        return Some(q.pieces.clone());
    }
    let ends_paragraph = tail + 1 == doc.seg.paragraphs[paragraph].tokens.end;
    if !ends_paragraph || !doc.is_kind(next.start, TokenKind::Word) {
        return None;
    }
    let block = trim(doc, next.start..next.end.min(next.start + MAX_CLAUSE_TOKENS));
    (!block.is_empty()).then(|| vec![block])
}

/// The noun phrase that opens the content `pieces`, with the phrases that complete it: the
/// position a stance verb takes ("endorsed Cruz last week" → "Cruz", "opposes them" → "them",
/// "supports a ban on imports" → all three words after the verb); an infinitive, an object with
/// one ("wants the party to change") or an "-ing" word with an object of its own ("supports
/// reducing the sentences") is the whole piece.
#[allow(clippy::single_range_in_vec_init)] // one content piece, not a list of tokens
pub(crate) fn noun_object(doc: &Document, pieces: &[Range<usize>]) -> Option<Vec<Range<usize>>> {
    let first = pieces.first()?;
    if matches!(doc.class(first.start), Some(WordClass::Pronoun { .. })) {
        return Some(vec![first.start..first.start + 1]);
    }
    // "voters who want to end the war": an intention's infinitive, whole.
    if doc.is(first.start, "to") {
        return Some(vec![first.clone()]);
    }
    let mut np = syntax::noun_phrase_right(doc, first.start, first.end)?;
    // "endorsed Trump last week": a time is no part of the phrase.
    let time = |k: usize| {
        doc.class(k) == Some(WordClass::Time)
            && !matches!(
                doc.class(k - 1),
                Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
            )
    };
    if let Some(k) = (np.start + 1..np.end).find(|&k| time(k)) {
        np.end = k;
    }
    // "defended people accused of rape": a reduced or full relative clause is part of the phrase.
    let relative = np.end < first.end
        && (doc.class(np.end) == Some(WordClass::Relative)
            || doc.class(np.end).is_none()
                && !doc.is_capitalized(np.end)
                && (doc.lex(np.end).lower.ends_with("ed") || doc.lex(np.end).lower.ends_with("ing")));
    // "wants Germany to do more": an object and an infinitive are a clause, the whole piece.
    let infinitive = |k: usize| {
        doc.is(k, "to")
            && k + 1 < first.end
            && doc.is_kind(k + 1, TokenKind::Word)
            && !doc.is_capitalized(k + 1)
            && !matches!(
                doc.class(k + 1),
                Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
            )
    };
    // "supports reducing the sentences", "want government playing a role": a participle that
    // takes an object of its own heads a clause, the whole piece.
    let gerund_clause = np.end < first.end
        && syntax::is_participle(doc, np.end - 1)
        && !matches!(doc.class(np.end), Some(WordClass::Preposition | WordClass::Conjunction))
        && syntax::noun_phrase_right(doc, np.end, first.end).is_some();
    if relative || infinitive(np.end) || gerund_clause {
        return Some(vec![first.clone()]);
    }
    // "backs background checks for all gun purchasers": the phrases that complete the object
    // are part of it, not a time ("in May") nor what it is taken "as".
    while np.end < first.end && doc.class(np.end) == Some(WordClass::Preposition) && !doc.is(np.end, "as") {
        match syntax::noun_phrase_right(doc, np.end + 1, first.end) {
            Some(phrase) if doc.class(phrase.start) != Some(WordClass::Time) && !phrase.clone().any(time) => {
                np.end = phrase.end;
            }
            _ => break,
        }
    }
    Some(vec![np])
}

/// True when an object and "as" start at `k`, before `ceil`: "sees Cruz as a uniter", "regard
/// him as a liar", "described the plan as dead".
pub(crate) fn object_as(doc: &Document, k: usize, ceil: usize) -> bool {
    object_end(doc, k, ceil).is_some_and(|end| end < ceil && doc.is(end, "as"))
}

/// Where the listener of a verb that starts at `k` ends: its object ([`object_end`]), or before a
/// name that follows a common noun and opens what was told, its verb after it ("told the crowd
/// Trump was unfit": the listener is "the crowd"; "told station WXYZ that" keeps its name).
fn listener_end(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    let end = object_end(doc, k, ceil)?;
    let opens_clause = |j: usize| {
        doc.is_capitalized(j)
            && doc.is_kind(j - 1, TokenKind::Word)
            && !doc.is_capitalized(j - 1)
            && doc.class(j - 1).is_none()
            && syntax::noun_phrase_right(doc, j, ceil).is_some_and(|np| {
                np.end == end && end < ceil && (is_finite_verb(doc, end) || syntax::is_past_form(doc, end))
            })
    };
    Some((k + 1..end).find(|&j| opens_clause(j)).unwrap_or(end))
}

/// Where the object of a verb that starts at `k` ends, scanning no further than `ceil`: an object
/// or reflexive pronoun ("told him", "sees himself as") or a noun phrase ("told voters in
/// Columbus").
fn object_end(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    if doc.in_set(k, WordSet::ObjectPronoun) || doc.in_set(k, WordSet::Reflexive) {
        Some(k + 1)
    } else {
        syntax::noun_phrase_right(doc, k, ceil).map(|np| np.end)
    }
}

/// True when `pieces` can be what a belief or finding holds: a clause ("found that …",
/// "believes the plan …"), not a thing ("found a body"); for an intention, an infinitive
/// ("wants to …"); for a verb of regard, an object and "as" ("sees Cruz as a uniter").
pub(crate) fn is_thought(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let Some(first) = pieces.first() else { return false };
    let k = first.start;
    let prev_that = k > 0 && doc.is(k - 1, "that");
    // "wants to triple …", "plans to call on …": an intention — that, or a clause ("hopes he will
    // win", "hopes his endorsement will help", "hopes that …").
    // "sees Cruz as a uniter": an object and what it is taken for.
    if k > 0 && doc.lex(k - 1).cue.is_some_and(|c| c.regard) && object_as(doc, k, first.end) {
        return true;
    }
    if k > 0 && doc.lex(k - 1).cue.is_some_and(|c| c.intention) {
        return doc.is(k, "to") || syntax::is_subject_pronoun(doc, k) || subject_then_auxiliary(doc, first);
    }
    let clause_like = doc.is_capitalized(k)
        || matches!(doc.class(k), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        || doc.is_kind(k, TokenKind::Number);
    prev_that
        || doc.quotes.is_opening(k)
        || doc.in_set(k, WordSet::QuestionOpener)
        || syntax::is_subject_pronoun(doc, k)
        || (first.len() >= 4 && clause_like)
        || subject_then_auxiliary(doc, first)
}

/// True when `piece` opens with a noun phrase and then an auxiliary, a clause without "that":
/// "polls show working-class whites could be a boon …" — not "questions remain regarding how
/// this will …", where a preposition comes first.
fn subject_then_auxiliary(doc: &Document, piece: &Range<usize>) -> bool {
    let end = piece.end.min(piece.start + MAX_BARE_SUBJECT + 1);
    let noun_word = |k: usize| {
        doc.is_kind(k, TokenKind::Word)
            && !doc.lower(k).ends_with("ing")
            && matches!(doc.class(k), None | Some(WordClass::Determiner | WordClass::PossessivePronoun))
    };
    // "hopes the technology developed in Israel can …", "hopes his endorsement before the
    // primary will …": a subject with a phrase after its noun.
    let subject_word = |k: usize| {
        noun_word(k)
            || doc.is_kind(k, TokenKind::Possessive)
            || (doc.class(k) == Some(WordClass::Preposition) && !doc.is(k, "to") && noun_word(k - 1))
    };
    let aux = (piece.start + 1..end).find(|&k| !subject_word(k));
    matches!(doc.class(piece.start), None | Some(WordClass::Determiner | WordClass::PossessivePronoun))
        && aux.is_some_and(|k| doc.class(k) == Some(WordClass::Auxiliary))
}

/// The start of the clause that ends at `end`: just after the last semicolon or colon before it
/// in the sentence, or after a dateline ("NEW ORLEANS (AP) — …"), or the sentence's start; no
/// more than [`MAX_CLAUSE_TOKENS`] before `end`.
pub(crate) fn clause_start(doc: &Document, s0: usize, end: usize) -> usize {
    let s0 = s0.max(end.saturating_sub(MAX_CLAUSE_TOKENS));
    let start = (s0..end).rev().find(|&k| doc.is_any(k, &[";", ":"]) && !doc.quotes.is_quoted(k)).map_or(s0, |k| k + 1);
    dateline_end(doc, start, end).unwrap_or(start)
}

/// After a dateline at `start`, before `end` — capitals, maybe a state or a date after a comma and
/// an agency in brackets, a dash: "WASHINGTON (AP) —", "BUENA PARK, Calif. -", "WASHINGTON, Dec.
/// 8 (UPI) —", "ORLANDO, Fla. (Reuters) -", "Washington (AFP) –" — the first token of the story.
pub(crate) fn dateline_end(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let dash = (start..end.min(start + MAX_DATELINE)).find(|&k| syntax::is_dash(doc, k))?;
    let capitalized = |k: usize| doc.lex(k).shape == Some(Shape::Capitalized);
    // An agency in brackets right before the dash: "(Reuters)", "(AFP)".
    let agency = dash >= start + 3 && doc.is(dash - 1, ")") && doc.is(dash - 3, "(");
    let upper = (start..dash).all(|k| match doc.kind(k) {
        TokenKind::Word => {
            doc.is_upper(k)
                || capitalized(k) && k > start && (doc.is(k - 1, ",") || (agency && k == dash - 2))
                || capitalized(k) && k == start && agency && dash == start + 4
        }
        TokenKind::Number => k > start && !doc.is_kind(k - 1, TokenKind::Number),
        // "Fla.": the period of an abbreviation.
        _ => doc.is_any(k, &["(", ")", ","]) || doc.is(k, ".") && k > start && capitalized(k - 1),
    });
    (dash > start && upper && (doc.is_upper(start) || agency && capitalized(start))).then_some(dash + 1)
}

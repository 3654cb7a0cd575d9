//! Who stands behind each claim: a named person, an organisation, a place, someone unnamed, a
//! document, or no one — on sentences made for each kind, and on 100 claims of PolNeAR's dev
//! split labelled by hand (`fixtures/source-kinds-polnear-dev.tsv`, offsets and kinds only).

use std::path::Path;

use newsmark::{analyze, EntityKind, SourceKind};

/// (source as written, source kind) of each claim of `text`.
fn kinds(text: &str) -> Vec<(String, SourceKind)> {
    analyze(text)
        .claims
        .iter()
        .map(|c| (c.source.map_or(String::new(), |s| s.text(text).to_string()), c.source_kind))
        .collect()
}

fn kind_of_only_claim(text: &str) -> SourceKind {
    let found = kinds(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found[0].1
}

#[test]
fn a_named_person_directly_or_through_a_pronoun_or_description() {
    assert_eq!(kind_of_only_claim("Mark Rutte said the talks had failed."), SourceKind::Person);
    let text = "NATO Secretary General Mark Rutte spoke in Davos.\n“We will stay,” he said.\n“The door is open,” the NATO chief added.";
    assert_eq!(kinds(text).iter().map(|k| k.1).collect::<Vec<_>>(), [SourceKind::Person, SourceKind::Person]);
}

#[test]
fn an_organisation_or_a_place_that_speaks() {
    assert_eq!(kind_of_only_claim("The Kremlin said the talks had failed."), SourceKind::Organization);
    assert_eq!(kind_of_only_claim("Washington said the sanctions would stay."), SourceKind::Place);
}

#[test]
fn descriptions_that_name_no_one_are_unnamed_sources() {
    for text in [
        "A senior official said the deal was near.",
        "Sources close to the talks said the deal was near.",
        "People familiar with the matter said the deal was near.",
        "Critics argue the plan is weak.",
        "An aide said the senator was tired.",
    ] {
        assert_eq!(kind_of_only_claim(text), SourceKind::Unnamed, "{text}");
    }
}

#[test]
fn an_unnamed_source_is_an_entity_once_however_often_the_text_repeats_it() {
    let text = "A senior official said the deal was near. The senior official added that it was fragile.";
    let analysis = analyze(text);
    assert_eq!(analysis.claims.len(), 2);
    let speaker = analysis.claims[0].speaker.expect("the unnamed source is the speaker");
    assert_eq!(analysis.claims[1].speaker, Some(speaker));
    let entity = &analysis.entities[speaker];
    assert_eq!((entity.kind, entity.name.as_str()), (EntityKind::Unnamed, "A senior official"));
    assert_eq!(entity.mentions.len(), 2);
}

#[test]
fn an_unnamed_source_is_named_by_its_noun_phrase_without_what_a_comma_adds() {
    let text = "A spokesman, who asked not to be named because the talks were private, said the deal was near.";
    let analysis = analyze(text);
    let said = analysis.claims.iter().find(|c| c.cue.as_ref().is_some_and(|q| &text[q.start..q.end] == "said"));
    let speaker = said.and_then(|c| c.speaker).expect("the unnamed source is the speaker");
    let entity = &analysis.entities[speaker];
    assert_eq!((entity.kind, entity.name.as_str()), (EntityKind::Unnamed, "A spokesman"));
}

#[test]
fn reports_polls_and_studies_are_documents() {
    for text in [
        "The poll shows that voters are divided.",
        "A report released on Monday found that the talks had failed.",
        "The study, published in Nature, found that bees are in decline.",
    ] {
        assert_eq!(kind_of_only_claim(text), SourceKind::Document, "{text}");
    }
}

#[test]
fn a_quotation_no_one_is_said_to_speak_has_no_source() {
    let text = "The hall was quiet.\n\n“We will not give up.”";
    let found = kinds(text);
    assert!(found.iter().all(|(_, k)| *k == SourceKind::None), "{found:?}");
}

/// The share of the hand-labelled claims whose predicted source kind is the label, among those
/// newsmark finds (a prediction whose first content piece overlaps the labelled one).
#[test]
fn source_kinds_on_hand_labelled_news() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/polnear-dev");
    if !corpus.is_dir() {
        if std::env::var_os("NEWSMARK_REQUIRE_CORPUS").is_some() {
            panic!("{} is missing", corpus.display());
        }
        eprintln!("skipped: {} not found", corpus.display());
        return;
    }
    let labels = include_str!("fixtures/source-kinds-polnear-dev.tsv");
    let (mut found, mut right, mut total) = (0, 0, 0);
    let mut wrong = Vec::new();
    for line in labels.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, start, end) = (cols[0], cols[1].parse::<usize>().unwrap(), cols[2].parse::<usize>().unwrap());
        let kind = SourceKind::from_name(cols[3]).unwrap_or_else(|| panic!("unknown kind in {line}"));
        total += 1;
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(corpus.join(file)).unwrap()).unwrap();
        let text = gold["text"].as_str().unwrap();
        // Gold offsets are code points; spans are bytes.
        let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
        let (start, end) = (byte(start), byte(end));
        let analysis = analyze(text);
        let claim = analysis
            .claims
            .iter()
            .filter_map(|c| {
                let overlap =
                    c.content.iter().map(|p| p.end.min(end).saturating_sub(p.start.max(start))).sum::<usize>();
                (overlap > 0).then_some((overlap, c))
            })
            .max_by_key(|(overlap, _)| *overlap)
            .map(|(_, c)| c);
        let Some(claim) = claim else { continue };
        found += 1;
        if claim.source_kind == kind {
            right += 1;
        } else {
            wrong.push(format!("{file} {start}: {} for {}", claim.source_kind.as_str(), kind.as_str()));
        }
    }
    let accuracy = right as f64 / found.max(1) as f64;
    println!("source kind: {right} of {found} found right ({accuracy:.3}); {found} of {total} claims found");
    assert_eq!(total, 100);
    assert!(accuracy >= 0.90, "source-kind accuracy {accuracy:.3} < 0.90:\n{}", wrong.join("\n"));
}

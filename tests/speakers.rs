//! Who said it: every claim to the right person, as a reader checks the speaker panel.
//!
//! `fixtures/wire-namesakes.txt` is a made-up wire story with the traps of campaign news:
//! relatives sharing a surname (Donald and Melania Trump, Bill and Hillary Clinton, Barack and
//! Michelle Obama), a surname that is a common word (Price), titles that tell a gender ("Mrs.
//! Obama") and groups named after a person ("The Trump campaign", "Clinton aides").

use newsmark::{analyze, Analysis, EntityKind, SourceKind};

const WIRE: &str = include_str!("fixtures/wire-namesakes.txt");

/// (source as written, speaker's name) for every claim, in text order.
fn panel(text: &str, analysis: &Analysis) -> Vec<(String, String)> {
    analysis
        .claims
        .iter()
        .map(|c| {
            let source = c.source.as_ref().map_or("", |s| s.text(text)).to_string();
            let speaker = c.speaker.map_or("-".to_string(), |s| analysis.entities[s].name.clone());
            (source, speaker)
        })
        .collect()
}

/// The mentions of the person named `name`, as written.
fn mentions_of<'t>(text: &'t str, analysis: &Analysis, name: &str) -> Vec<&'t str> {
    let entity = analysis.entities.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name}"));
    entity.mentions.iter().map(|m| m.text(text)).collect()
}

#[test]
fn every_claim_of_the_wire_story_goes_to_the_right_person() {
    let analysis = analyze(WIRE);
    let expected = [
        ("President Barack Obama", "Barack Obama"),
        ("Obama", "Barack Obama"),
        ("Trump", "Donald Trump"),
        ("He", "Donald Trump"),
        ("Democrat Hillary Clinton", "Hillary Clinton"),
        ("Bill Clinton", "Bill Clinton"),
        ("Melania Trump, the candidate's wife,", "Melania Trump"),
        ("Michelle Obama", "Michelle Obama"),
        ("Mrs. Obama", "Michelle Obama"),
        ("The Trump campaign", "-"),
        ("Clinton aides", "Clinton aides"),
        ("Ohio Gov. John Price, a Republican,", "John Price"),
        ("Price", "John Price"),
        ("Trump", "Donald Trump"),
    ];
    // Groups named after a person are an organisation or an unnamed source, not that person.
    let kind_of = |source: &str| {
        let c = analysis.claims.iter().find(|c| c.source.is_some_and(|s| s.text(WIRE) == source)).unwrap();
        (c.source_kind, c.speaker.map(|s| analysis.entities[s].kind))
    };
    assert_eq!(kind_of("The Trump campaign"), (SourceKind::Organization, None));
    assert_eq!(kind_of("Clinton aides"), (SourceKind::Unnamed, Some(EntityKind::Unnamed)));
    let got = panel(WIRE, &analysis);
    let expected: Vec<(String, String)> = expected.iter().map(|(s, p)| (s.to_string(), p.to_string())).collect();
    assert_eq!(got, expected);
}

#[test]
fn relatives_keep_their_own_names_and_mentions() {
    let analysis = analyze(WIRE);
    let mut people: Vec<&str> =
        analysis.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    people.sort();
    assert_eq!(
        people,
        [
            "Barack Obama",
            "Bill Clinton",
            "Donald Trump",
            "Hillary Clinton",
            "John Price",
            "Melania Trump",
            "Michelle Obama"
        ]
    );
    // A title that tells a gender picks the namesake: "Mrs. Trump" is Melania, "Mrs. Obama" is
    // Michelle; the bare surname is the candidate the story is about.
    assert_eq!(mentions_of(WIRE, &analysis, "Melania Trump"), ["Melania Trump", "Trump"]);
    assert_eq!(mentions_of(WIRE, &analysis, "Michelle Obama"), ["Michelle Obama", "Michelle Obama", "Obama"]);
    assert!(mentions_of(WIRE, &analysis, "Hillary Clinton").contains(&"Clinton"));
    assert_eq!(mentions_of(WIRE, &analysis, "Bill Clinton"), ["Bill Clinton", "Bill Clinton"]);
}

#[test]
fn a_surname_that_is_a_month_or_a_modal_verb() {
    let text = "British Prime Minister Theresa May said the country would leave. In May, the talks began. \
                May said on Monday that she would stay.";
    let analysis = analyze(text);
    let may = analysis.entities.iter().find(|e| e.name == "Theresa May").unwrap();
    let month = text.find("In May").unwrap() + "In ".len();
    assert!(may.mentions.iter().all(|m| m.start != month), "'In May' is a month");
    assert!(may.mentions.iter().any(|m| m.start == text.rfind("May said").unwrap()), "'May said' is the person");
    assert_eq!(
        panel(text, &analysis)[0],
        ("British Prime Minister Theresa May".to_string(), "Theresa May".to_string())
    );
}

#[test]
fn a_name_after_a_spokesman_for_or_an_adviser_to_is_not_the_speaker() {
    let text = "A spokesman for Bernie Sanders said the rally was full. Aides to Hillary Clinton said \
                the ad was unfair. Analysts at Morgan Stanley wrote that the charge was manageable.";
    let analysis = analyze(text);
    let speakers: Vec<String> = panel(text, &analysis).into_iter().map(|(_, speaker)| speaker).collect();
    assert_eq!(speakers, ["A spokesman for Bernie Sanders", "Aides to Hillary Clinton", "Analysts at Morgan Stanley"]);
    // A document's author, and a name a relative clause follows, still speak.
    let text = "The plan costs more, according to a post from Arianna Huffington. The test began with \
                Donald Trump, who claimed that it was fair.";
    let analysis = analyze(text);
    let speakers: Vec<String> = panel(text, &analysis).into_iter().map(|(_, speaker)| speaker).collect();
    assert_eq!(speakers, ["Arianna Huffington", "Donald Trump"]);
    // Nor is the title of that name a description of someone else with the title.
    let text = "President Barack Obama spoke. The former top aide to President George W. Bush said the plan failed.";
    let analysis = analyze(text);
    assert_eq!(panel(text, &analysis)[0].1, "The former top aide to President George W. Bush");
}

#[test]
fn a_name_inside_the_relative_clause_of_a_source_is_not_the_speaker() {
    let text = "A woman who has accused former President Bill Clinton of misconduct said the letter was \
                real. Voters who backed Donald Trump in the primary said they were angry. Ann Moreno, \
                director of a union that endorsed Bernie Sanders, said the vote was close.";
    let analysis = analyze(text);
    let speakers: Vec<String> = panel(text, &analysis).into_iter().map(|(_, speaker)| speaker).collect();
    assert_eq!(
        speakers,
        [
            "-", // "who has accused …": a claim of its own, by the woman
            "A woman who has accused former President Bill Clinton of misconduct",
            "Voters who backed Donald Trump in the primary",
            "Ann Moreno",
        ]
    );
}

#[test]
fn a_name_inside_a_description_is_not_the_speaker() {
    let text = "Ada Quill, the reporter who first interviewed Monica Vance, said the tapes were real.";
    let analysis = analyze(text);
    assert_eq!(
        panel(text, &analysis),
        [("Ada Quill, the reporter who first interviewed Monica Vance,".to_string(), "Ada Quill".to_string())]
    );
    let text = "Clinton spokesman Brian Fallon said the email was old. Hillary Clinton agreed.";
    let analysis = analyze(text);
    assert_eq!(panel(text, &analysis)[0].1, "Brian Fallon");
}

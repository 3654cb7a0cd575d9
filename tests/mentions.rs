//! People, places and organisations as a reader sees them, with the ambiguities news is full of.

use newsmark::{analyze, EntityKind};

/// (text of the mention, kind of its entity) for every mention, in text order.
fn marks(text: &str) -> Vec<(String, EntityKind)> {
    let analysis = analyze(text);
    let mut all: Vec<(usize, String, EntityKind)> = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m.start, m.text(text).to_string(), e.kind)))
        .collect();
    all.sort_by_key(|(start, _, _)| *start);
    all.into_iter().map(|(_, t, k)| (t, k)).collect()
}

fn has(text: &str, mention: &str, kind: EntityKind) -> bool {
    marks(text).iter().any(|(t, k)| t == mention && *k == kind)
}

/// The person mentions in `text`, in text order.
fn people_in(text: &str) -> Vec<String> {
    marks(text).into_iter().filter(|(_, k)| *k == Person).map(|(t, _)| t).collect()
}

use EntityKind::{Organization, Person, Place};

#[test]
fn washington_the_place_the_speaker_and_the_person() {
    assert!(has("He lives in Washington.", "Washington", Place));
    let text = "Washington said the sanctions would stay.";
    let analysis = analyze(text);
    let speaker = &analysis.entities[analysis.claims[0].speaker.unwrap()];
    assert_eq!((speaker.name.as_str(), speaker.kind), ("Washington", Place), "a place that speaks stays a place");
    assert!(has("George Washington said the army was ready.", "George Washington", Person));
}

#[test]
fn jordan_georgia_and_paris() {
    let text = "Michael Jordan visited Jordan. Georgia Meloni flew to Georgia. Paris Hilton stayed in Paris.";
    for (mention, kind) in [
        ("Michael Jordan", Person),
        ("Jordan", Place),
        ("Georgia Meloni", Person),
        ("Georgia", Place),
        ("Paris Hilton", Person),
        ("Paris", Place),
    ] {
        assert!(has(text, mention, kind), "{mention} as {kind:?} in {:?}", marks(text));
    }
}

#[test]
fn sentence_initial_capitals() {
    assert_eq!(marks("Currently, Participants are discussing Ukraine."), [("Ukraine".to_string(), Place)]);
    assert!(has("Turkey has closed its border.", "Turkey", Place));
    assert!(has("Will Smith said the film was over.", "Will Smith", Person));
}

#[test]
fn headlines_in_title_case() {
    let text =
        "Obama Says Trump Is Wrong On Trade With Mexico\n\nBarack Obama said on Monday that tariffs hurt workers.";
    assert!(has(text, "Obama", Person));
    assert!(has(text, "Mexico", Place));
    assert!(!marks(text).iter().any(|(t, _)| t == "Wrong" || t == "Trade" || t == "Says"));
}

#[test]
fn all_caps_text() {
    let text = "BREAKING: PUTIN SAYS RUSSIA WILL RESPOND TO NATO\n\nVladimir Putin spoke in Moscow.";
    assert!(has(text, "RUSSIA", Place), "{:?}", marks(text));
    assert!(has(text, "NATO", Organization));
    assert!(has(text, "PUTIN", Person), "{:?}", marks(text));
    assert!(!marks(text).iter().any(|(t, _)| t == "BREAKING" || t == "SAYS" || t == "WILL"));
}

#[test]
fn organisations_are_neither_people_nor_places() {
    let text = "NATO and the World Economic Forum met officials of the Ministry of Defence, \
                Harvard University and Acme Inc. in Davos.";
    for org in ["NATO", "World Economic Forum", "Ministry of Defence", "Harvard University"] {
        assert!(has(text, org, Organization), "{org}: {:?}", marks(text));
    }
    assert!(has(text, "Davos", Place));
}

#[test]
fn titles_written_without_a_full_stop_are_no_part_of_the_name() {
    let text = "Rep McCaul said the bill was ready. Lt Col Jane Smith and Prof Anna Bell agreed.";
    for person in ["McCaul", "Jane Smith", "Anna Bell"] {
        assert!(has(text, person, Person), "{person}: {:?}", marks(text));
    }
}

#[test]
fn a_person_named_right_after_an_organisation_is_no_part_of_it() {
    let text = "Executive director of the Council on Foreign Relations Alia Smith said the talks had failed.";
    assert!(has(text, "Council on Foreign Relations", Organization), "{:?}", marks(text));
    assert!(has(text, "Alia Smith", Person), "{:?}", marks(text));
    let text = "She studied at the University of Mary Washington in Virginia.";
    assert!(has(text, "University of Mary Washington", Organization), "{:?}", marks(text));
}

#[test]
fn a_surname_that_is_a_town_is_the_person_everywhere_but_after_in() {
    let text = "Bolton and Gorka Slam Critics\n\nAmbassador John Bolton spoke on Monday. Bolton said the \
                plan was bad. He grew up in Bolton. Mérida is hot. Turismo Mérida answers questions.";
    let found = marks(text);
    let bolton: Vec<EntityKind> = found.iter().filter(|(t, _)| t == "Bolton").map(|(_, k)| *k).collect();
    assert_eq!(bolton, [Person, Person, Place], "{found:?}");
    assert!(
        !has(text, "Mérida", Person),
        "a name without a first name or title named after the town leaves it: {found:?}"
    );
}

#[test]
fn a_first_name_before_its_state_is_a_town() {
    let text = "She lives in Ashton, Md., with her husband. He praised Sharon, Israel's former prime minister.";
    assert!(has(text, "Ashton", Place), "{:?}", marks(text));
    assert!(has(text, "Sharon", Person), "{:?}", marks(text));
}

#[test]
fn a_place_and_a_description_before_a_name_are_no_part_of_it() {
    let text = "Benghazi Widow Dorothy Woods Slams Clinton\n\nDorothy Woods said she was angry. \
                Georgia Meloni spoke.";
    let analysis = analyze(text);
    let woods: Vec<&str> =
        analysis.entities.iter().filter(|e| e.name.contains("Woods")).map(|e| e.name.as_str()).collect();
    assert_eq!(woods, ["Dorothy Woods"], "one person, named without the description");
    assert!(has(text, "Benghazi", Place) && has(text, "Georgia Meloni", Person), "{:?}", marks(text));
}

#[test]
fn a_headline_runs_no_words_into_a_name() {
    let text = "Gold Star Mom Corners Obama On Muslim Remarks\n\nPresident Barack Obama said the words \
                lump people together. Obama said it was wrong.";
    let found = marks(text);
    assert!(!found.iter().any(|(t, _)| t.contains("Mom")), "{found:?}");
    let analysis = analyze(text);
    for claim in &analysis.claims {
        assert_eq!(analysis.entities[claim.speaker.unwrap()].name, "Barack Obama");
    }
}

#[test]
fn the_speaker_of_a_house_is_a_title() {
    let text = "He met Speaker Newt Gingrich. House Speaker Paul Ryan said the bill would pass.";
    assert!(has(text, "Newt Gingrich", Person), "{:?}", marks(text));
    let analysis = analyze(text);
    let speaker = &analysis.entities[analysis.claims[0].speaker.unwrap()];
    assert_eq!(speaker.name, "Paul Ryan");
}

#[test]
fn agreements_treaties_and_laws_are_neither_people_nor_places() {
    let text = "The Paris Agreement, the Treaty of Versailles, the Clean Air Act and the Good Friday \
                Accords came up as Jane Doe spoke in Paris.";
    let found = marks(text);
    for word in ["Agreement", "Treaty", "Act", "Accords"] {
        assert!(!found.iter().any(|(t, k)| t.contains(word) && matches!(k, Person | Place)), "{word}: {found:?}");
    }
    assert!(!found.iter().any(|(t, _)| t == "Paris Agreement" || t == "Good Friday"), "{found:?}");
    assert!(has(text, "Jane Doe", Person) && has(text, "Paris", Place), "{found:?}");
}

#[test]
fn venues_by_pattern_and_the_white_house() {
    let text = "Protesters gathered in Red Square and outside the Ukrainian House, near Heathrow Airport, \
                then marched to Downing Street.";
    for venue in ["Red Square", "Ukrainian House", "Heathrow Airport", "Downing Street"] {
        assert!(has(text, venue, Place), "{venue}: {:?}", marks(text));
    }
    // The White House is a place; when it speaks, the claim's speaker is that place.
    let text = "The White House said the talks would resume.";
    let analysis = analyze(text);
    let speaker = &analysis.entities[analysis.claims[0].speaker.unwrap()];
    assert_eq!((speaker.name.as_str(), speaker.kind), ("White House", Place));
}

#[test]
fn demonyms_link_to_their_place_and_are_not_places() {
    let text = "Ukrainian troops held the line in Ukraine while Russians fled.";
    let analysis = analyze(text);
    assert!(!has(text, "Ukrainian", Place));
    let demonyms: Vec<(&str, &str, bool)> =
        analysis.demonyms.iter().map(|d| (d.span.text(text), d.place, d.entity.is_some())).collect();
    assert_eq!(demonyms, [("Ukrainian", "Ukraine", true), ("Russians", "Russia", false)]);
}

#[test]
fn places_carry_canonical_names_codes_and_coordinates() {
    let text = "Troops left Kiev for Kyiv's suburbs, then flew to the U.S.";
    let analysis = analyze(text);
    let kyiv: Vec<_> = analysis.entities.iter().filter(|e| e.name == "Kyiv").collect();
    assert_eq!(kyiv.len(), 1, "Kiev and Kyiv are one place");
    assert_eq!(kyiv[0].mentions.len(), 2);
    let place = kyiv[0].place.unwrap();
    assert_eq!(place.country, Some("UA"));
    assert!(place.coordinates.is_some());
    assert!(analysis.entities.iter().any(|e| e.name == "United States"));
}

#[test]
fn names_spread_through_the_document() {
    let text = "Rutte arrived late. NATO Secretary General Mark Rutte then spoke. Later, Rutte left.";
    let people = people_in(text);
    assert_eq!(people, ["Rutte", "Mark Rutte", "Rutte"]);
}

#[test]
fn directions_titles_descriptors_and_credits() {
    assert!(has("The University of Southern Indiana opened in East L.A. today.", "Southern Indiana", Place));
    assert!(has("The University of Southern Indiana opened in East L.A. today.", "East L.A.", Place));
    let text = "Minister of Education Stefania Giannini said the schools would pay.";
    assert!(has(text, "Stefania Giannini", Person), "{:?}", marks(text));
    let text = "The winners included Pan-democrat Lam Cheuk-ting and others.";
    assert!(has(text, "Lam Cheuk-ting", Person), "{:?}", marks(text));
    let text = "The show opened. Image: Snbehnke.";
    assert!(has(text, "Snbehnke", Person), "{:?}", marks(text));
}

#[test]
fn a_surname_before_other_words_is_the_person() {
    let text = "Curators showed the Warhol Polaroids. Andy Warhol took them in 1970. Interest in Warhol's legacy grew.";
    let people = people_in(text);
    assert_eq!(people, ["Warhol", "Andy Warhol", "Warhol"]);
}

#[test]
fn a_surname_that_is_also_a_first_name_before_a_headline_verb_is_the_person() {
    let text = "Clinton Wades In: Urges Britain to Remain\n\nHillary Clinton said on Monday that Britain should stay.";
    let people = people_in(text);
    assert_eq!(people, ["Clinton", "Hillary Clinton"]);
    // A first name used with that surname only is not cut: "Clinton Wades" here is a person.
    let text = "Clinton Wades said the river was high. Clinton Wades is a farmer.";
    assert!(has(text, "Clinton Wades", Person), "{:?}", marks(text));
}

#[test]
fn a_plural_role_before_a_name_is_no_title() {
    let text = "Harlow beat league leaders Brentvale 2-1, and coach Dave Pike praised them.";
    assert!(!has(text, "Brentvale", Person), "{:?}", marks(text));
    assert!(has(text, "Dave Pike", Person));
}

#[test]
fn a_title_word_after_a_first_name_or_an_honorific_is_a_surname() {
    let text = "Larry King hosted the show. Later Mr. King said it had ended. Charlotte Mayor Jennifer Roberts agreed.";
    let people = people_in(text);
    assert_eq!(people, ["Larry King", "King", "Jennifer Roberts"]);
}

#[test]
fn a_surname_that_is_a_demonym_is_the_person_once_named_in_full() {
    let text = "Mark Cuban praised the plan. “It is smart,” Cuban said. The Cuban government disagreed.";
    let people: Vec<(String, EntityKind)> = marks(text).into_iter().filter(|(_, k)| *k == Person).collect();
    assert_eq!(people, [("Mark Cuban".to_string(), Person), ("Cuban".to_string(), Person)]);
    let analysis = analyze(text);
    let speaker = &analysis.entities[analysis.claims.last().unwrap().speaker.unwrap()];
    assert_eq!(speaker.name, "Mark Cuban");
}

#[test]
fn a_capitalised_description_before_a_first_name_that_is_a_word() {
    assert!(has("Businessman Mark Smith praised the plan on Monday.", "Mark Smith", Person));
    assert!(has("Billionaire Bill Gates said so.", "Bill Gates", Person));
}

#[test]
fn a_first_name_before_a_word_that_heads_venues_and_organisations() {
    let text = "Atlantic City Mayor Don Guardian endorsed him. “He is good,” Guardian said.";
    assert!(has(text, "Don Guardian", Person));
    assert!(has(text, "Guardian", Person));
    assert!(has("“It is bad,” said Kathleen Hall Jamieson, a professor.", "Kathleen Hall Jamieson", Person));
    assert!(has("They sang at the Albert Hall on Monday.", "Albert Hall", Place));
}

#[test]
fn a_numeral_after_a_name() {
    assert!(has("Harry Hurt III had hoped to republish his book.", "Harry Hurt III", Person));
    // A ruler's numeral is part of the name, and the name alone is the same person after it.
    let text = "He served King Louis XV of France. Henry VIII married six times. Louis died in 1774.";
    assert_eq!(people_in(text), ["Louis XV", "Henry VIII", "Louis"], "{:?}", marks(text));
    let analysis = analyze(text);
    let louis: Vec<_> = analysis.entities.iter().filter(|e| e.name == "Louis XV").collect();
    assert_eq!(louis.len(), 1);
    assert_eq!(louis[0].mentions.len(), 2, "{:?}", analysis.entities);
}

#[test]
fn the_americas_a_hemisphere_and_the_netherlands() {
    let text = "People first reached the Americas by land, and writing began in the Western Hemisphere.";
    assert_eq!(marks(text), [("Americas".into(), Place), ("Western Hemisphere".into(), Place)]);
    // A country whose name the gazetteer writes with its article: "the Netherlands".
    let analysis = analyze("Bernoulli was born in Groningen, in the Netherlands. Dutch officials met.");
    let netherlands = analysis.entities.iter().find(|e| e.kind == Place && e.name == "Netherlands");
    assert!(netherlands.is_some(), "{:?}", analysis.entities);
}

#[test]
fn a_point_of_the_compass_after_the_names_a_region() {
    let text = "Rain fell across the South. The North fired shells, and the West protested.";
    assert_eq!(marks(text), [("South".into(), Place), ("North".into(), Place), ("West".into(), Place)]);
    // Not a word of a longer name, nor a direction in lower case.
    let text = "The East Los Angeles station is south of the West Wing, in the north.";
    assert!(!marks(text).iter().any(|(t, _)| ["East", "West", "north"].contains(&t.as_str())), "{:?}", marks(text));
}

#[test]
fn a_name_listed_after_a_person_is_a_person() {
    let text = "Belgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens up front.";
    assert_eq!(people_in(text), ["Romelu Lukaku", "Yannick Carrasco", "Dries Mertens"], "{:?}", marks(text));
    // Not words that are no name ("the Joint Council"), nor after a place.
    let text = "She met Colin Yeo and the Joint Council in Paris, and Cheap Flights Direct.";
    assert_eq!(people_in(text), ["Colin Yeo"], "{:?}", marks(text));
}

#[test]
fn an_elided_particle_inside_a_name() {
    let text = "The mathematician Jean le Rond d’Alembert wrote to the officer Pescheux d'Herbinville.";
    assert_eq!(people_in(text), ["Jean le Rond d’Alembert", "Pescheux d'Herbinville"], "{:?}", marks(text));
}

#[test]
fn a_surname_that_names_an_organisation() {
    let text = "Michael Bloomberg said he would not run. Bloomberg told reporters the race was over.";
    assert!(has(text, "Michael Bloomberg", Person), "{:?}", marks(text));
    assert_eq!(marks(text).iter().filter(|(t, k)| t == "Bloomberg" && *k == Person).count(), 1, "{:?}", marks(text));
    // After a first name that is a place, or before a plural, the organisation stays.
    let text = "Georgia Republicans met Nevada Democrats in Reno.";
    assert!(!marks(text).iter().any(|(_, k)| *k == Person), "{:?}", marks(text));
}

#[test]
fn a_title_before_of_and_a_place_names_no_one() {
    // "Governor of Texas" is an office: no person named "of", and Texas stays a place.
    for text in ["He met the Governor of Texas.", "The Prime Minister of Malaysia said it was safe."] {
        let seen = marks(text);
        assert!(seen.iter().all(|(t, k)| !(*k == Person && t == "of")), "{text}: {seen:?}");
        assert!(seen.iter().any(|(_, k)| *k == Place), "{text}: {seen:?}");
    }
}

#[test]
fn a_sentence_with_a_verb_in_lower_case_is_no_headline() {
    // Three capitalised words and no other content word, but "is" is in lower case: a sentence,
    // whose "United States" is a place and not the end of a title.
    assert!(has("He is the President of the United States.", "United States", Place));
    assert!(has("Obama Says Trump Is Wrong On Trade With Mexico\n\nHe left.", "Mexico", Place));
}

#[test]
fn a_name_written_in_capitals_is_a_name() {
    assert!(has("Yesterday KAMALA HARRIS spoke to the crowd.", "KAMALA HARRIS", Person));
    assert!(!marks("The NATO chief met US officials.").iter().any(|(_, k)| *k == Person));
}

#[test]
fn large_cities_named_by_common_words_former_countries_and_the_planet_are_places() {
    for (text, place) in [
        ("He spoke in Phoenix in July.", "Phoenix"),
        ("When the Soviet Union collapsed there was an agreement.", "Soviet Union"),
        ("The probe landed back on Earth in January.", "Earth"),
    ] {
        assert!(has(text, place, Place), "{place} in {:?}", marks(text));
    }
}

#[test]
fn counties_rivers_seas_islands_and_valleys_are_places_when_their_word_ends_the_name() {
    for (text, place) in [
        ("He lives in Bergen County.", "Bergen County"),
        ("They sailed up the Hudson River.", "Hudson River"),
        ("It lies in the Arabian Sea.", "Arabian Sea"),
        ("She moved to Silicon Valley.", "Silicon Valley"),
        ("The ferry leaves for Pitt Island at noon.", "Pitt Island"),
    ] {
        assert!(has(text, place, Place), "{place} in {:?}", marks(text));
    }
    // A name that goes on past the word names something else: a team, a town.
    assert!(!has("The Tampa Bay Rays won.", "Tampa Bay", Place), "{:?}", marks("The Tampa Bay Rays won."));
    assert!(!marks("Google's headquarters in Mountain View, California.").iter().any(|(t, _)| t == "View"));
    let actor = "Actor River Phoenix died in 1993.";
    assert!(!marks(actor).iter().any(|(t, _)| t.contains("River")), "{:?}", marks(actor));
}

#[test]
fn one_capitalised_word_after_an_article_is_no_one() {
    // "Maya" and "Christian" are first names, but no name takes an article.
    assert!(!has("The Maya built pyramids.", "Maya", Person), "{:?}", marks("The Maya built pyramids."));
    assert!(!has("He met a Christian from Ohio.", "Christian", Person));
    assert!(has("Maya Angelou wrote poems.", "Maya Angelou", Person));
}

#[test]
fn an_author_cited_with_a_year_is_a_person() {
    let text =
        "Previous work includes Quilis (1964) and Spang et al. (1983), as shown before (Biewener, 2003; Carrano 1998).";
    for name in ["Quilis", "Spang", "Biewener", "Carrano"] {
        assert!(has(text, name, Person), "{name} in {:?}", marks(text));
    }
    assert!(!marks("The Act (1964) was passed.").iter().any(|(_, k)| *k == Person));
}

#[test]
fn every_author_of_a_cited_list_is_a_person() {
    let text = "Games train attention (Li, Polat, Scalzo, & Bavelier, 2010; Dye & Bavelier, 2010). \
                Miller and Robertson (2010) found gains, as others had (Baron & Beresford 2014).";
    for name in ["Li", "Polat", "Scalzo", "Bavelier", "Dye", "Miller", "Robertson", "Baron", "Beresford"] {
        assert!(has(text, name, Person), "{name} in {:?}", marks(text));
    }
    // A film and its year is no author, nor are its words.
    let film = "She starred in A Single Man (2009), Cemetery Junction (2010), Imagine Me and You (2006) \
                and Seven Days ... Seven Nights (1960).";
    assert!(!marks(film).iter().any(|(_, k)| *k == Person), "{:?}", marks(film));
    // A list that is not closed by a year cites no one.
    let plain = "He visited (Polat, Scalzo and Dye) last spring.";
    assert!(!marks(plain).iter().any(|(_, k)| *k == Person), "{:?}", marks(plain));
}

#[test]
fn a_lake_a_mount_a_fort_a_port_and_a_cape_name_places() {
    let text = "We drove from Fort Lee to Lake Erie, then on to Port Hutt and Mount Hood. \
                Later we sailed around Cape Cod.";
    for place in ["Fort Lee", "Lake Erie", "Port Hutt", "Mount Hood", "Cape Cod"] {
        assert!(has(text, place, Place), "{place} in {:?}", marks(text));
    }
    // At a sentence's start too.
    assert!(has("Lake Erie is large.", "Lake Erie", Place), "{:?}", marks("Lake Erie is large."));
    // A name that ends in an organisation's head word is that organisation; the word alone names
    // nothing.
    let others = "Mount Sinai Hospital and the Port Authority hired her. The Fort was empty.";
    assert!(has(others, "Mount Sinai Hospital", Organization), "{:?}", marks(others));
    assert!(has(others, "Port Authority", Organization), "{:?}", marks(others));
    assert!(!marks(others).iter().any(|(_, k)| *k == Place), "{:?}", marks(others));
    // A venue named after a fort is the venue.
    assert!(has("They toured Fort Lee Historic Park.", "Fort Lee Historic Park", Place));
}

#[test]
fn an_institution_named_after_a_place_is_one_organisation_with_its_place_inside() {
    let text = "She studied at the University of Kansas and the University of Texas, then joined the \
                Bank of America. The Church of England met. University of Kansas researchers agreed.";
    let analysis = analyze(text);
    let orgs: Vec<&str> =
        analysis.entities.iter().filter(|e| e.kind == Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, ["University of Kansas", "University of Texas", "Bank of America", "Church of England"]);
    let kansas = analysis.entities.iter().find(|e| e.name == "University of Kansas").unwrap();
    assert_eq!(kansas.mentions.len(), 2, "{:?}", marks(text));
    // The place inside is marked too, as the annotated corpora mark it, nested in the
    // organisation's mark.
    for place in ["Kansas", "Texas", "America", "England"] {
        assert!(has(text, place, Place), "{place} in {:?}", marks(text));
    }
    // A title's place is not an organisation's: "President of the United States".
    let title = "The President of the United States spoke.";
    assert!(!marks(title).iter().any(|(_, k)| *k == Organization), "{:?}", marks(title));
}

#[test]
fn a_faith_is_no_one() {
    let text = "He is a lifelong Roman Catholic. The Catholic community grew, and Christian schools \
                opened. Muslim leaders met. Christian Bale and Roman Polanski were not there.";
    let people = people_in(text);
    assert_eq!(people, ["Christian Bale", "Roman Polanski"]);
}

#[test]
fn a_common_word_before_a_name_no_list_knows_describes_the_person() {
    let text = "He wrote three manuscripts. [22] Mathematician Hermann Weyl praised them.";
    let people = people_in(text);
    assert_eq!(people, ["Hermann Weyl"]);
}

#[test]
fn a_day_after_a_name_in_a_dateline_is_no_part_of_it() {
    let text = "Wikinews interviews writer Aner Shalev Wednesday, September 19, 2007. Super Tuesday came.";
    let people = people_in(text);
    assert_eq!(people, ["Aner Shalev"]);
}

#[test]
fn a_faith_before_a_name_describes_the_person() {
    let text = "Evangelical pastor Rick Warren spoke. The director of Islamic Relations Alia Salem said so.";
    let people = people_in(text);
    assert_eq!(people, ["Rick Warren", "Alia Salem"]);
}

#[test]
fn a_rank_before_an_organisations_head_word_is_part_of_its_name() {
    let text = "General Motors cut jobs, and he played in Major League Baseball.";
    assert!(!marks(text).iter().any(|(_, k)| *k == Person), "{:?}", marks(text));
    assert!(has(text, "General Motors", Organization), "{:?}", marks(text));
    // A rank before a person's name is still a title.
    assert!(has("General Mark Milley spoke.", "Mark Milley", Person));
}

#[test]
fn a_storm_or_an_operation_is_no_one() {
    let text = "Hurricane Ian hit Florida after Typhoon Hagibis, and Operation Desert Storm began.";
    assert!(!marks(text).iter().any(|(_, k)| *k == Person), "{:?}", marks(text));
    assert!(has(text, "Florida", Place));
}

#[test]
fn a_department_of_a_title_word_is_one_organisation() {
    let text = "The Department of Justice sued Google, and the Court of Justice ruled.";
    assert!(has(text, "Department of Justice", Organization), "{:?}", marks(text));
    assert!(has(text, "Court of Justice", Organization), "{:?}", marks(text));
    let houses = "The House of Lords, the House of Commons and the U.S. House of Representatives met. \
                  Leaders of the North Carolina Senate spoke at the General Assembly of the United Nations.";
    for org in [
        "House of Lords",
        "House of Commons",
        "U.S. House of Representatives",
        "North Carolina Senate",
        "General Assembly of the United Nations",
    ] {
        assert!(has(houses, org, Organization), "{org} in {:?}", marks(houses));
    }
    assert!(!marks(houses).iter().any(|(_, k)| *k == Place), "{:?}", marks(houses));
    let and = "The Securities and Exchange Commission and the Food and Drug Administration sued.";
    for org in ["Securities and Exchange Commission", "Food and Drug Administration"] {
        assert!(has(and, org, Organization), "{org} in {:?}", marks(and));
    }
    let court = "The Supreme Court of the United States ruled.";
    assert!(has(court, "Supreme Court of the United States", Organization), "{:?}", marks(court));
    let centers = "The Centers for Disease Control and Prevention said so.";
    assert!(has(centers, "Centers for Disease Control and Prevention", Organization), "{:?}", marks(centers));
    let demonym = "The Federation of American Scientists wrote to the Royal Institute of British Architects.";
    for org in ["Federation of American Scientists", "Royal Institute of British Architects"] {
        assert!(has(demonym, org, Organization), "{org} in {:?}", marks(demonym));
    }
}

#[test]
fn names_with_particles_are_whole() {
    let text = "Ursula von der Leyen met Lula da Silva, and they spoke of Leonardo da Vinci.";
    for name in ["Ursula von der Leyen", "Lula da Silva", "Leonardo da Vinci"] {
        assert!(has(text, name, Person), "{name} in {:?}", marks(text));
    }
    assert!(!marks(text).iter().any(|(_, k)| *k == Place), "{:?}", marks(text));
}

#[test]
fn a_corps_is_an_organisation() {
    let text = "The Marine Corps and the U.S. Army Corps of Engineers hired graduates of Texas A&M University.";
    for org in ["Marine Corps", "U.S. Army Corps of Engineers", "Texas A&M University"] {
        assert!(has(text, org, Organization), "{org} in {:?}", marks(text));
    }
    assert!(!marks(text).iter().any(|(_, k)| *k == Person), "{:?}", marks(text));
}

#[test]
fn the_connector_after_a_title_begins_no_name() {
    let text = "If you were the CEO of Hilton or the son of Donald Trump, would you worry?";
    assert!(!marks(text).iter().any(|(t, _)| t.starts_with("of ")), "{:?}", marks(text));
    assert!(has(text, "Donald Trump", Person), "{:?}", marks(text));
    // A short sentence with three capitalised words and one verb in lower case is no headline in
    // Title Case: "States" is not read as the verb, and the country is found.
    let short = "He met the President of the United States.";
    assert!(has(short, "United States", Place), "{:?}", marks(short));
}

#[test]
fn a_team_named_after_its_town_is_no_place() {
    let text = "He played for the Pittsburgh Pirates and the New York Yankees before moving to Pittsburgh.";
    // Only the town at the end is a place.
    let towns = marks(text).into_iter().filter(|(t, k)| t == "Pittsburgh" && *k == Place).count();
    assert_eq!(towns, 1, "{:?}", marks(text));
    assert!(has(text, "Pittsburgh Pirates", Organization), "{:?}", marks(text));
    assert!(has(text, "New York Yankees", Organization), "{:?}", marks(text));
    let united = "Manchester United beat Leeds United in Manchester.";
    assert!(has(united, "Manchester United", Organization), "{:?}", marks(united));
    assert!(has(united, "Leeds United", Organization), "{:?}", marks(united));
    assert!(has(united, "Manchester", Place), "{:?}", marks(united));
    // A party's members in a state are voters of that state: the state stays a place.
    assert!(has("Georgia Republicans met on Monday.", "Georgia", Place));
}

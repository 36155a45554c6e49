//! Drafting a case from a news article (`import::article`, `case-timeline draft`): the seed
//! article's requirements, checked against the hand-made demo case; bad input; the command
//! line; and a property test that no text makes the drafter panic or write an invalid case.

use std::process::Command;

use crate::common::load;
use case_timeline::import::article::{draft, parse_published, Draft, DraftError, DraftOptions, ItemKind};
use case_timeline::model::json::{self, Node, Value};
use case_timeline::model::{Access, Case, Kind, Limits, Precision, Role, Status};
use proptest::prelude::*;

const SEED: &str = include_str!("../fixtures/nso-article.txt");
const DEMO: &str = include_str!("../../www/cases/nso-amnesty.json");

fn date(y: i16, m: i8, d: i8) -> jiff::civil::Date {
    jiff::civil::date(y, m, d)
}

fn seed_draft() -> Draft {
    draft(SEED, &DraftOptions::new(date(2020, 7, 13))).unwrap()
}

/// The draft loaded by the validator: no errors allowed (warnings are: `note`, `needs_review`).
fn loaded(d: &Draft) -> Case {
    let loaded = load(&d.to_case_json(), &Limits::default()).unwrap();
    let errors: Vec<String> = loaded.problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "the draft has errors: {errors:?}");
    loaded.case
}

/// Every quote of a case as (text, speaker's name), sorted.
fn quotes(case: &Case) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = case
        .events
        .iter()
        .flat_map(|e| e.quotes.iter())
        .map(|q| (q.text.clone(), case.speaker_name(&q.speaker).0))
        .collect();
    out.sort();
    out
}

/// The rulings and orders of a case, with their dates.
fn decisions(case: &Case) -> Vec<(Kind, String)> {
    case.events
        .iter()
        .filter(|e| matches!(e.kind, Kind::Ruling | Kind::Order))
        .map(|e| (e.kind, e.date.to_iso()))
        .collect()
}

fn events_json(d: &Draft) -> Vec<Node> {
    let root = json::parse(&d.to_case_json()).unwrap().root;
    match root.get("events").map(|n| n.value.clone()) {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    }
}

fn needs_review(node: &Node) -> bool {
    matches!(node.get("needs_review").map(|n| &n.value), Some(Value::Bool(true)))
}

#[test]
fn the_seed_article_gives_the_hand_made_cases_13_quotes_verbatim_with_their_speakers() {
    let reference = load(DEMO, &Limits::default()).unwrap().case;
    let want = quotes(&reference);
    assert_eq!(want.len(), 13);
    let count = |name: &str| want.iter().filter(|(_, s)| s == name).count();
    assert_eq!((count("Molly Malekar"), count("Amnesty International"), count("NSO Group")), (2, 6, 5));
    let got = quotes(&loaded(&seed_draft()));
    assert_eq!(got, want);
}

#[test]
fn the_seed_pasted_without_its_line_breaks_still_gives_every_quote() {
    // A story whose line breaks were lost (one long line, as some copies arrive): the photo
    // credit inside it does not make the whole story a caption.
    let reference = load(DEMO, &Limits::default()).unwrap().case;
    let one_line = SEED.split_whitespace().collect::<Vec<_>>().join(" ");
    let d = draft(&one_line, &DraftOptions::new(date(2020, 7, 13))).unwrap();
    assert_eq!(quotes(&loaded(&d)), quotes(&reference));
    let case = loaded(&d);
    let ruling = case.events.iter().find(|e| e.kind == Kind::Ruling).expect("a ruling");
    assert_eq!(ruling.date.to_iso(), "2020-07-13");
}

#[test]
fn the_seed_saved_as_an_html_page_gives_the_same_draft_as_its_text() {
    let mut paras = SEED.lines().filter(|l| !l.trim().is_empty());
    let esc = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;");
    let headline = paras.next().map(esc).unwrap_or_default();
    let body: String = paras.map(|p| format!("<p>{}</p>\n", esc(p))).collect();
    let page = format!(
        "<!doctype html><html><head><title>Court rules | The Post</title><script>var s = \"<p>“Fake,” he said.</p>\";</script></head>\
         <body><nav><a href=\"/\">Home</a> <a href=\"/law\">Law</a></nav><h1>{headline}</h1><article>{body}</article>\
         <footer>© 2020 The Post. Published on 1 January 2020.</footer></body></html>"
    );
    let options = DraftOptions::new(date(2020, 7, 13));
    let from_html = draft(&page, &options).unwrap();
    assert_eq!(from_html.to_case_json(), seed_draft().to_case_json());
    assert!(from_html.warnings().iter().any(|w| w.contains("read as HTML")), "{:?}", from_html.warnings());
    // A page with no text in it is an empty article.
    assert_eq!(draft("<html><body><nav>Home</nav></body></html>", &options).unwrap_err(), DraftError::Empty);
}

#[test]
fn the_seed_ruling_is_on_monday_13_july_2020() {
    let case = loaded(&seed_draft());
    let ruling = case.events.iter().find(|e| e.kind == Kind::Ruling).expect("a ruling");
    assert_eq!(ruling.date.to_iso(), "2020-07-13");
    assert_eq!(ruling.date.precision, Precision::Day);
    assert!(ruling.display_date.as_deref().is_some_and(|d| d.contains("Monday")), "{:?}", ruling.display_date);
}

#[test]
fn the_seed_january_hearing_is_partly_closed() {
    let case = loaded(&seed_draft());
    let hearing = case
        .events
        .iter()
        .find(|e| e.kind == Kind::Hearing && e.date.to_iso().starts_with("2020-01"))
        .expect("the January hearing");
    assert_eq!(hearing.date.precision, Precision::Month);
    assert_eq!(hearing.access, Access::Partial);
    assert_eq!(hearing.display_date.as_deref(), Some("In January"));
}

#[test]
fn the_photo_caption_session_is_drafted_only_for_review() {
    let d = seed_draft();
    let february: Vec<Node> = events_json(&d)
        .into_iter()
        .filter(|e| e.get("date").and_then(Node::as_str).is_some_and(|s| s.starts_with("2020-02")))
        .collect();
    for e in &february {
        assert!(needs_review(e), "a February 2020 event not marked for review: {e:?}");
        assert!(e.get("note").and_then(Node::as_str).is_some_and(|n| n.contains("photo credit")));
    }
    // No other event comes from the caption.
    assert!(events_json(&d)
        .iter()
        .all(|e| e.get("note").and_then(Node::as_str).is_none_or(|n| !n.contains("photo credit") || needs_review(e))));
}

#[test]
fn the_seed_judge_and_lawyers_have_their_roles_and_sides() {
    let case = loaded(&seed_draft());
    let person =
        |name: &str| case.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} is missing"));
    let party = |p: &case_timeline::model::Person| p.party.and_then(|i| case.parties.get(i)).expect("a party");
    let barkai = person("Rachel Barkai");
    assert!(barkai.title.as_deref().is_some_and(|t| t.contains("Judge")));
    assert_eq!(party(barkai).role, Role::Court);
    assert!(case.judges.contains(&"Rachel Barkai".to_string()));
    let mack = person("Itai Mack");
    assert_eq!(mack.title.as_deref(), Some("Lawyer for Amnesty International"));
    assert_eq!(party(mack).name, "Amnesty International");
    assert_eq!(party(mack).role, Role::Petitioner);
    let bilu = person("Sara Bilu");
    assert_eq!(bilu.title.as_deref(), Some("State lawyer"));
    assert!(party(bilu).name.contains("Ministry"), "{}", party(bilu).name);
    assert_eq!(party(bilu).role, Role::Respondent);
    let malekar = person("Molly Malekar");
    assert_eq!(malekar.title.as_deref(), Some("Director, Amnesty International Israel"));
    assert_eq!(party(malekar).name, "Amnesty International");
}

#[test]
fn every_drafted_item_carries_its_sentence_and_every_quote_cites_the_article() {
    let d = seed_draft();
    let root = json::parse(&d.to_case_json()).unwrap().root;
    let sources = root.get("sources").unwrap();
    let Value::Array(sources) = &sources.value else { panic!("sources") };
    assert_eq!(
        sources[0].get("title").and_then(Node::as_str),
        Some("Court rules for NSO, Defense Ministry in Amnesty lawsuit")
    );
    assert_eq!(sources[0].get("published").and_then(Node::as_str), Some("2020-07-13"));
    for e in events_json(&d) {
        let note = e.get("note").and_then(Node::as_str).unwrap();
        let sentence = note.strip_prefix("From the article: \"").and_then(|n| n.strip_suffix('"')).unwrap();
        assert!(SEED.contains(sentence.trim_end_matches('…')), "{sentence}");
        if let Some(Value::Array(quotes)) = e.get("quotes").map(|q| &q.value) {
            for q in quotes {
                assert_eq!(q.get("source").and_then(Node::as_str), Some("article"));
                assert!(q.get("note").and_then(Node::as_str).is_some());
            }
        }
    }
    assert!(d.explain().contains("rule:") && d.explain().contains("from: \""));
}

#[test]
fn the_explain_report_lists_every_quote_with_its_rule() {
    let d = seed_draft();
    let report = d.explain();
    assert!(report.starts_with("Draft from the article published Monday 13 July 2020: 13 quotes"));
    let quote_items = d.items().iter().filter(|i| matches!(i.kind, ItemKind::Quote { .. })).count();
    assert_eq!(quote_items, 13);
    assert_eq!(report.matches("QUOTE by ").count(), 13);
    assert!(report.contains("REVIEW: the only source for this session is a photo caption"));
}

#[test]
fn a_draft_without_quotations_is_small_and_valid() {
    let story =
        "Court hears appeal\n\nThe Court of Appeal on Tuesday heard an appeal by Acme Group against a 2019 fine.";
    let d = draft(story, &DraftOptions::new(date(2021, 3, 4))).unwrap();
    let case = loaded(&d);
    assert_eq!(case.events.len(), 1);
    assert_eq!(case.events[0].date.to_iso(), "2021-03-02");
    assert!(d.warnings().iter().any(|w| w.contains("no quotations")));
}

#[test]
fn the_statement_said_is_the_office_that_last_spoke_even_without_quoting_it() {
    let story = "Judge orders new trial\n\n\
        Justice Marie Tremblay quashed the conviction on Thursday.\n\n\
        \u{201c}Today a court listened,\u{201d} his lawyer, Julie Desrosiers, told reporters.\n\n\
        The Crown prosecutor's office said in a statement that it was studying the judgment.\n\n\
        \u{201c}We take the judge's findings very seriously,\u{201d} the statement said.";
    let d = draft(story, &DraftOptions::new(date(2026, 11, 27))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("Today a court listened,".to_string(), "Julie Desrosiers".to_string()),
            ("We take the judge's findings very seriously,".to_string(), "Crown Prosecutor's Office".to_string()),
        ]
    );
    assert!(case.parties.iter().any(|p| p.id == "crown-prosecutors-office"), "{:?}", case.parties);
}

#[test]
fn a_short_sentence_quoted_on_its_own_is_a_quote_and_a_district_attorney_speaks_for_the_office() {
    let story = "Official sentenced\n\n\
        A former official was sentenced on Tuesday, the Manhattan district attorney's office said.\n\n\
        \u{201c}I betrayed the trust of this city,\u{201d} Raymond Castillo told the court. \u{201c}I am ashamed.\u{201d}\n\n\
        \u{201c}Public servants will be held accountable,\u{201d} District Attorney Alvin Bragg said in a statement.";
    let d = draft(story, &DraftOptions::new(date(2026, 11, 24))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("I am ashamed.".to_string(), "Raymond Castillo".to_string()),
            ("I betrayed the trust of this city,".to_string(), "Raymond Castillo".to_string()),
            ("Public servants will be held accountable,".to_string(), "Alvin Bragg".to_string()),
        ]
    );
    let bragg = case.people.iter().find(|p| p.name == "Alvin Bragg").expect("Alvin Bragg");
    let party = bragg.party.and_then(|i| case.parties.get(i)).expect("Bragg's party");
    assert_eq!((party.name.as_str(), party.role), ("Manhattan District Attorney's Office", Role::Petitioner));
    // A quoted term of three words inside a sentence is still not a quote.
    let term = "Term\n\nThe case, known as \u{201c}the Rosebank case\u{201d}, was heard on Monday.";
    let d = draft(term, &DraftOptions::new(date(2026, 11, 24))).unwrap();
    assert!(quotes(&loaded(&d)).is_empty());
}

#[test]
fn an_apposition_after_a_name_is_not_the_speaker_and_a_district_judge_sits_on_a_district_court() {
    let story = "Judge blocks law\n\n\
        U.S. District Judge Robert Pitman on Friday blocked the law, siding with the Computer & Communications Industry Association, which sued the state in July.\n\n\
        Chris Marchese, director of the NetChoice Litigation Center, called the ruling \u{201c}a win for the Constitution.\u{201d} He said: \u{201c}Texas cannot force websites to card their users.\u{201d}\n\n\
        Prashant Bhushan, the lawyer who appeared for the group, said the judgment was \u{201c}historic\u{201d}.";
    let d = draft(story, &DraftOptions::new(date(2023, 9, 1))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("Texas cannot force websites to card their users.".to_string(), "Chris Marchese".to_string()),
            ("a win for the Constitution.".to_string(), "Chris Marchese".to_string()),
            ("historic".to_string(), "Prashant Bhushan".to_string()),
        ]
    );
    let names: Vec<(&str, Role)> = case.parties.iter().map(|p| (p.name.as_str(), p.role)).collect();
    assert!(names.contains(&("U.S. District Court", Role::Court)), "{names:?}");
    let d = draft(
        "Sentenced\n\nWayne County Circuit Judge Kevin Cox sentenced Jordan Miles on Thursday.",
        &DraftOptions::new(date(2025, 12, 5)),
    )
    .unwrap();
    let courts: Vec<String> =
        loaded(&d).parties.iter().filter(|p| p.role == Role::Court).map(|p| p.name.clone()).collect();
    assert_eq!(courts, ["Wayne County Circuit Court"]);
    assert!(names.contains(&("Computer & Communications Industry Association", Role::Petitioner)), "{names:?}");
}

#[test]
fn a_reserved_verdict_is_the_end_of_a_hearing_not_a_ruling() {
    let story = "Scheme struck down\n\n\
        The Supreme Court on Thursday struck down the scheme.\n\n\
        The court had reserved its verdict on November 2 last year after hearing the arguments for three days.";
    let d = draft(story, &DraftOptions::new(date(2024, 2, 15))).unwrap();
    let case = loaded(&d);
    let events: Vec<(Kind, String)> = case.events.iter().map(|e| (e.kind, e.date.to_iso())).collect();
    assert!(events.contains(&(Kind::Hearing, "2023-11-02".to_string())), "{events:?}");
    assert!(events.contains(&(Kind::Ruling, "2024-02-15".to_string())), "{events:?}");
    assert!(!events.iter().any(|(k, d)| *k == Kind::Ruling && d == "2023-11-02"), "{events:?}");
}

#[test]
fn a_lawsuit_speaks_for_its_filer_and_the_spokesperson_for_the_company_that_spoke_last() {
    let story = "Authors sue\n\n\
        The lawsuit, filed Tuesday by the Authors Guild and 17 writers, says Orion AI Inc. engaged in \u{201c}systematic theft on a mass scale.\u{201d}\n\n\
        \u{201c}The product is predicated on infringement,\u{201d} the complaint says.\n\n\
        A spokesperson for Orion AI said the company believed its use was fair. \u{201c}We look forward to defending ourselves,\u{201d} the spokesperson said.\n\n\
        The presidency said in a statement that it would \u{201c}reflect on it\u{201d}.\n\n\
        In a statement read outside court, Mr Ahmed's family said: \u{201c}Nothing will bring him back.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2023, 9, 21))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("Nothing will bring him back.".to_string(), "Mr Ahmed's family".to_string()),
            ("The product is predicated on infringement,".to_string(), "Authors Guild".to_string()),
            ("We look forward to defending ourselves,".to_string(), "Orion AI Inc.".to_string()),
            ("reflect on it".to_string(), "The presidency".to_string()),
            ("systematic theft on a mass scale.".to_string(), "Authors Guild".to_string()),
        ]
    );
}

#[test]
fn an_organisation_in_an_apposition_is_no_person_and_joined_names_share_a_role_either_way() {
    let story = "Court rules\n\n\
        The case was brought by the Economic Freedom Fighters, an opposition party, and the Democratic Alliance.\n\n\
        EFF leader Julius Malema welcomed the ruling. \u{201c}Today the constitution has won,\u{201d} he told supporters.";
    let d = draft(story, &DraftOptions::new(date(2016, 3, 31))).unwrap();
    let case = loaded(&d);
    assert!(!case.people.iter().any(|p| p.name.contains("Fighters")), "{:?}", case.people);
    let roles: Vec<(&str, Role)> = case.parties.iter().map(|p| (p.name.as_str(), p.role)).collect();
    assert!(roles.contains(&("Economic Freedom Fighters", Role::Petitioner)), "{roles:?}");
    assert!(roles.contains(&("Democratic Alliance", Role::Petitioner)), "{roles:?}");
    assert_eq!(quotes(&case), [("Today the constitution has won,".to_string(), "Julius Malema".to_string())]);
}

#[test]
fn a_name_in_apposition_to_a_description_is_who_it_is() {
    let story = "Landlord loses\n\n\
        Justice Maria Hernandez of State Supreme Court in Brooklyn ordered the landlord on Monday to repay the rent.\n\n\
        The landlord, Eastern Parkway Holdings, said it would appeal. \u{201c}We disagree,\u{201d} said Joseph Klein, a lawyer for the company.\n\n\
        \u{201c}Justice was done,\u{201d} said his attorney, Monica Reyes.\n\n\
        Juror Linda Marsh told reporters the evidence \u{201c}just wasn't there.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2025, 12, 2))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("Justice was done,".to_string(), "Monica Reyes".to_string()),
            ("We disagree,".to_string(), "Joseph Klein".to_string()),
            ("just wasn't there.".to_string(), "Linda Marsh".to_string()),
        ]
    );
    let party_of = |name: &str| {
        let person = case.people.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name}: {:?}", case.people));
        person.party.and_then(|i| case.parties.get(i)).map(|p| p.name.clone())
    };
    assert_eq!(party_of("Joseph Klein").as_deref(), Some("Eastern Parkway Holdings"));
    assert_eq!(party_of("Maria Hernandez").as_deref(), Some("State Supreme Court"));
}

#[test]
fn ages_participles_and_offence_dates_do_not_mislead() {
    let story = "Activists on trial\n\n\
        Supporters rallied on Monday as six activists went on trial for blocking a motorway in 2023.\n\n\
        \u{201c}We are not criminals,\u{201d} one of the defendants, L\u{e9}a Martin, 27, told the crowd.\n\n\
        Sentencing Graham Whitlock, 59, Judge Helen Ward said: \u{201c}You took their savings.\u{201d}\n\n\
        One victim, Margaret Lowe, 81, said outside court: \u{201c}I hope he never does this again.\u{201d}\n\n\
        A federal appeals court on Wednesday revived a lawsuit by seven protesters.";
    let d = draft(story, &DraftOptions::new(date(2025, 11, 27))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("I hope he never does this again.".to_string(), "Margaret Lowe".to_string()),
            ("We are not criminals,".to_string(), "L\u{e9}a Martin".to_string()),
            ("You took their savings.".to_string(), "Helen Ward".to_string()),
        ]
    );
    assert!(case.people.iter().any(|p| p.name == "Graham Whitlock"), "{:?}", case.people);
    let events: Vec<(Kind, String)> = case.events.iter().map(|e| (e.kind, e.date.to_iso())).collect();
    assert!(events.contains(&(Kind::Hearing, "2025-11-24".to_string())), "the trial is Monday's: {events:?}");
    assert!(!events.iter().any(|(_, d)| d == "2023"), "2023 is the offence's: {events:?}");
    assert!(events.contains(&(Kind::Ruling, "2025-11-26".to_string())), "revived on Wednesday: {events:?}");
    assert!(!case.parties.iter().any(|p| p.name == "Appeals Court"), "{:?}", case.parties);
}

#[test]
fn a_story_quoting_with_single_marks_and_copied_with_its_page_furniture() {
    // A British tabloid's style: single quotation marks, apostrophes inside them, a byline and a
    // time stamp under the headline, "Advertisement" between paragraphs.
    let story = "Doctor wins appeal\n\
        By JAMES TOZER, LEGAL CORRESPONDENT\n\n\
        PUBLISHED: 17:45 GMT, 3 October 2024 | UPDATED: 18:10 GMT, 3 October 2024\n\n\
        A GP who was struck off has won his appeal against the decision.\n\n\
        Mrs Justice Harcourt ruled at the High Court in London today that the tribunal had 'failed to give adequate reasons' for it.\n\n\
        Advertisement\n\n\
        'The tribunal was required to explain why nothing short of erasure would do,' the judge said.\n\n\
        Outside court, Dr Martin Kell said: 'I'm grateful the court has listened. My patients' trust matters.'";
    let d = draft(story, &DraftOptions::new(date(2024, 10, 3))).unwrap();
    let case = loaded(&d);
    assert_eq!(
        quotes(&case),
        [
            ("I'm grateful the court has listened. My patients' trust matters.".to_string(), "Martin Kell".to_string()),
            (
                "The tribunal was required to explain why nothing short of erasure would do,".to_string(),
                "Mrs Justice Harcourt".to_string()
            ),
            ("failed to give adequate reasons".to_string(), "Mrs Justice Harcourt".to_string()),
        ]
    );
    assert_eq!(case.summary.as_deref(), Some("A GP who was struck off has won his appeal against the decision."));
    let judge = case.people.iter().find(|p| p.name == "Mrs Justice Harcourt").expect("the judge, by her style");
    assert_eq!(judge.title, None, "the title is in the name, not shown twice");
    let events: Vec<(Kind, String)> = case.events.iter().map(|e| (e.kind, e.date.to_iso())).collect();
    assert!(events.contains(&(Kind::Ruling, "2024-10-03".to_string())), "{events:?}");
    // Nothing from the time stamp line: no event on its dates but the ruling and the statements.
    assert!(case.events.iter().all(|e| e.kind != Kind::Other), "{events:?}");
}

#[test]
fn one_decision_named_twice_is_one_event() {
    let story = "Judge blocks law\n\n\
        A federal judge on Tuesday blocked an Idaho law, ruling that the measure likely violates the First Amendment.\n\n\
        \u{201c}This is a good day,\u{201d} said Jordan Ellis, the theater's director.\n\n\
        Their lawyer, Noa Katz, said the ruling was \u{201c}an important first step.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 18))).unwrap();
    let case = loaded(&d);
    let decisions = decisions(&case);
    assert_eq!(decisions, [(Kind::Order, "2025-03-18".to_string())]);
}

#[test]
fn who_presides_over_a_court_is_a_judge_and_a_peer_keeps_his_style() {
    let story = "Supreme court rules\n\n\
        The UK supreme court ruled on Wednesday that the Home Office acted unlawfully.\n\n\
        Lord Hartley, the deputy president of the court, said the duty \u{201c}cannot be satisfied by a letter\u{201d}.";
    let d = draft(story, &DraftOptions::new(date(2025, 5, 14))).unwrap();
    let case = loaded(&d);
    let hartley = case.people.iter().find(|p| p.name == "Lord Hartley").expect("Lord Hartley");
    assert_eq!(hartley.title.as_deref(), Some("Deputy president of the court"));
    // The judge's words belong to the ruling, not to a statement of their own.
    let ruling = case.events.iter().find(|e| e.kind == Kind::Ruling).expect("the ruling");
    assert_eq!(ruling.quotes.len(), 1, "{:?}", case.events);
    assert!(!case.events.iter().any(|e| e.kind == Kind::Statement), "{:?}", case.events);
}

#[test]
fn a_paused_ruling_a_public_defender_and_a_date_of_another_verb() {
    let story = "Appeals court pauses ruling\n\n\
        A federal appeals court on Tuesday temporarily paused a lower court's ruling on the law.\n\n\
        The law, passed in 2023, had been on hold since a judge paused its enforcement.\n\n\
        Kessler's public defender, Omar Haddad, argued for probation. \u{201c}He acted out of fear,\u{201d} Haddad said.";
    let d = draft(story, &DraftOptions::new(date(2025, 6, 10))).unwrap();
    let case = loaded(&d);
    let events: Vec<(Kind, String)> = case.events.iter().map(|e| (e.kind, e.date.to_iso())).collect();
    assert!(events.contains(&(Kind::Order, "2025-06-10".to_string())), "paused on Tuesday: {events:?}");
    assert!(!events.iter().any(|(_, d)| d == "2023"), "2023 is when the law was passed: {events:?}");
    let haddad = case.people.iter().find(|p| p.name == "Omar Haddad").expect("the public defender");
    assert!(haddad.title.as_deref().is_some_and(|t| t.contains("defender")), "{haddad:?}");
}

#[test]
fn a_certified_class_action_her_decision_and_a_motion_rejected_by_the_court() {
    let story = "Judge certifies class action\n\n\
        An Ontario Superior Court judge has certified a $400-million class action against Zipline Rides.\n\n\
        Justice Karen Doyle wrote in her decision, released Thursday, that the claims \u{201c}raise common issues.\u{201d}\n\n\
        The company's motion to have the case heard in arbitration was rejected by the court in March 2024.";
    let d = draft(story, &DraftOptions::new(date(2025, 11, 14))).unwrap();
    let case = loaded(&d);
    let rulings: Vec<String> = case.events.iter().filter(|e| e.kind == Kind::Ruling).map(|e| e.date.to_iso()).collect();
    assert_eq!(rulings, ["2024-03", "2025-11-13"], "{:?}", case.events);
}

#[test]
fn a_list_of_justices_an_advocate_and_a_reaction_to_the_order() {
    let story = "Court orders ministry to explain closure\n\n\
        The Supreme Court on Sunday ordered the ministry to explain why the clinic was closed, in a petition filed by the Clinic Workers Union.\n\n\
        The order was signed by Justices Dana Levi, Omar Nassar and Ruth Adler.\n\n\
        \u{201c}This is a first step,\u{201d} said the union\u{2019}s attorney, Adv. Noa Peretz.\n\n\
        In a statement on Sunday, the ministry said it was studying the ruling.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 2))).unwrap();
    let case = loaded(&d);
    let person = |name: &str| case.people.iter().find(|p| p.name == name);
    for justice in ["Dana Levi", "Omar Nassar", "Ruth Adler"] {
        let p = person(justice).unwrap_or_else(|| panic!("{justice} is missing: {:?}", case.people));
        assert_eq!(p.title.as_deref(), Some("Justice"), "{p:?}");
    }
    assert_eq!(quotes(&case), [("This is a first step,".to_string(), "Noa Peretz".to_string())]);
    // "studying the ruling" on the day of the order names the order: one decision that day.
    let decisions = decisions(&case);
    assert_eq!(decisions, [(Kind::Order, "2025-03-02".to_string())], "{:?}", case.events);
}

#[test]
fn bail_set_at_a_hearing_a_next_hearing_date_and_a_lower_case_high_court_with_its_bench() {
    let story = "Court restrains builder, sets bail for foreman\n\n\
        WATCH: Residents on the site: 'We were never told'\n\n\
        The Pune high court on Wednesday restrained a builder from clearing the wetland.\n\n\
        \"Nobody is above the law,\" the bench remarked.\n\n\
        At a hearing Tuesday morning, Magistrate Lina Rao set the foreman's bail at $5,000.\n\n\
        His lawyer asked the public not to rush to judgment.\n\n\
        The next date of hearing is February 20.";
    let d = draft(story, &DraftOptions::new(date(2025, 2, 5))).unwrap();
    let case = loaded(&d);
    // The page's WATCH: line gives no quote; the bench speaks for the court it sits on.
    assert_eq!(quotes(&case), [("Nobody is above the law,".to_string(), "Pune High Court".to_string())]);
    let events: Vec<(Kind, String)> = case.events.iter().map(|e| (e.kind, e.date.to_iso())).collect();
    for want in [
        (Kind::Order, "2025-02-05"),   // restrained, on Wednesday
        (Kind::Hearing, "2025-02-04"), // the hearing on Tuesday …
        (Kind::Order, "2025-02-04"),   // … and the bail set at it
        (Kind::Hearing, "2025-02-20"), // the next date of hearing: the coming one
    ] {
        assert!(events.contains(&(want.0, want.1.to_string())), "{want:?} missing from {events:?}");
    }
    // "rush to judgment" is no ruling.
    assert!(!events.iter().any(|(k, _)| *k == Kind::Ruling), "{events:?}");
}

#[test]
fn a_long_apposition_with_an_abbreviation_does_not_take_the_quote_from_the_name() {
    let story = "Executive charged with fraud\n\n\
        A U.S. District Judge on Thursday released the former chief executive on bail.\n\n\
        \u{201c}Investors were misled,\u{201d} Martin Ruiz, the acting U.S. attorney in Manhattan, said in a statement Wednesday.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 27))).unwrap();
    let case = loaded(&d);
    assert_eq!(quotes(&case), [("Investors were misled,".to_string(), "Martin Ruiz".to_string())]);
    let statement = case.events.iter().find(|e| e.kind == Kind::Statement).expect("a statement");
    assert_eq!(statement.date.to_iso(), "2025-03-26");
}

#[test]
fn a_court_described_by_its_owner_ruling_that_a_party_must_is_the_speaker() {
    let story = "Court orders halt to dam\n\n\
        The International Court of Justice on Thursday ordered Eswatini to halt work.\n\n\
        The United Nations\u{2019} highest court ruled by 13 votes to two that Eswatini must \u{201c}refrain from any action\u{201d} until it rules.\n\n\
        The country's top court said the law was \u{201c}plainly unconstitutional.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 20))).unwrap();
    let speakers: Vec<String> = quotes(&loaded(&d)).into_iter().map(|(_, s)| s).collect();
    assert_eq!(speakers, ["International Court of Justice", "International Court of Justice"]);
}

#[test]
fn names_joined_by_and_before_sued_are_all_plaintiffs_and_sued_the_x_is_the_defendant() {
    let story = "Fishermen win\n\n\
        The companies, Loper Bright Enterprises and Relentless Inc, sued the National Marine Fisheries Service in 2020.";
    let d = draft(story, &DraftOptions::new(date(2024, 6, 28))).unwrap();
    let case = loaded(&d);
    let roles: Vec<(&str, Role)> = case.parties.iter().map(|p| (p.name.as_str(), p.role)).collect();
    for (name, role) in [
        ("Loper Bright Enterprises", Role::Petitioner),
        ("Relentless Inc", Role::Petitioner),
        ("National Marine Fisheries Service", Role::Respondent),
    ] {
        assert!(roles.contains(&(name, role)), "{name} should be {role:?}: {roles:?}");
    }
}

#[test]
fn a_court_in_lower_case_and_an_organisation_named_after_its_kind_are_recognised() {
    let story = "Campaigners lose\n\n\
        Mr Justice Holgate dismissed the judicial review brought by the group Uplift in the high court on Wednesday.\n\n\
        Tessa Khan, the executive director of Uplift, said the group would appeal. \u{201c}This ruling is a blow,\u{201d} she said.";
    let d = draft(story, &DraftOptions::new(date(2024, 1, 31))).unwrap();
    let case = loaded(&d);
    let court = case.parties.iter().find(|p| p.role == Role::Court).expect("a court party");
    assert_eq!(court.name, "High Court");
    let uplift = case.parties.iter().position(|p| p.name == "Uplift").expect("Uplift is a party");
    assert_eq!(case.parties[uplift].role, Role::Petitioner, "brought by the group Uplift");
    let khan = case.people.iter().find(|p| p.name == "Tessa Khan").expect("Tessa Khan");
    assert_eq!(khan.party, Some(uplift));
    assert_eq!(quotes(&case), [("This ruling is a blow,".to_string(), "Tessa Khan".to_string())]);
}

#[test]
fn events_without_dates_are_placed_on_the_publication_day_for_review() {
    let story = "Suit filed\n\nAcme Group sued Beta Holdings over a patent.";
    let d = draft(story, &DraftOptions::new(date(2021, 3, 4))).unwrap();
    let events = events_json(&d);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get("date").and_then(Node::as_str), Some("2021-03-04?"));
    assert!(needs_review(&events[0]));
    assert!(d.warnings().iter().any(|w| w.contains("no dates")));
    let case = loaded(&d);
    assert_eq!(
        case.parties.iter().map(|p| (p.name.as_str(), p.role)).collect::<Vec<_>>(),
        [("Acme Group", Role::Petitioner), ("Beta Holdings", Role::Respondent)]
    );
}

#[test]
fn empty_binary_and_meaningless_text_give_clear_messages() {
    let options = DraftOptions::new(date(2020, 7, 13));
    assert_eq!(draft("", &options).unwrap_err(), DraftError::Empty);
    assert_eq!(draft(" \n\t ", &options).unwrap_err(), DraftError::Empty);
    let binary: String = (0u8..=255).cycle().take(4000).map(char::from).collect();
    let err = draft(&binary, &options).unwrap_err();
    assert!(matches!(err, DraftError::NotText(_)), "{err}");
    assert!(err.to_string().starts_with("the article is not text: "));
    let err = draft("The weather was fine and everyone went to the beach.", &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "nothing to draft: found no quotation and no court event (filing, hearing, ruling, order, appeal) in the text"
    );
    let huge = "a".repeat(case_timeline::import::article::MAX_ARTICLE_BYTES + 1);
    assert!(draft(&huge, &options).unwrap_err().to_string().contains("the limit is"));
}

#[test]
fn text_in_other_languages_is_accepted_and_the_drafter_says_it_understands_nothing() {
    let options = DraftOptions::new(date(2020, 7, 13));
    let german = "Gericht weist Klage ab\n\nDas Landgericht hat am Montag die Klage des Vereins abgewiesen. \
                  Der Verein will nun prüfen, ob er Berufung einlegt. Die Richterin sprach von einem schwierigen Verfahren.";
    let err = draft(german, &options).unwrap_err();
    assert!(err.to_string().contains("does not look like English"), "{err}");
    let hebrew = "בית המשפט דחה את העתירה\n\nבית המשפט המחוזי בתל אביב דחה ביום שני את העתירה של הארגון נגד משרד הביטחון, כך נמסר.";
    assert!(draft(hebrew, &options).unwrap_err().to_string().contains("does not look like English"));
    // French quotations are found, flagged, and the draft is valid.
    let french = "Le tribunal tranche\n\n« Nous allons faire appel de cette décision injuste », a déclaré l'avocat du syndicat devant la presse. \
                  « La justice doit être la même pour tous les travailleurs du pays », a-t-il ajouté.";
    if let Ok(d) = draft(french, &options) {
        loaded(&d);
        assert!(d.warnings().iter().any(|w| w.contains("does not look like English")));
    }
}

#[test]
fn a_megabyte_of_text_is_drafted() {
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(SEED);
        big.push('\n');
    }
    let d = draft(&big, &DraftOptions::new(date(2020, 7, 13))).unwrap();
    let case = loaded(&d);
    assert!(quotes(&case).len() >= 13 * (1_000_000 / SEED.len()));
}

#[test]
fn publication_dates_are_checked() {
    let today = date(2024, 5, 1);
    assert_eq!(parse_published("2020-07-13", today), Ok(date(2020, 7, 13)));
    assert_eq!(parse_published(" 2024-05-01 ", today), Ok(today));
    assert_eq!(
        parse_published("13/07/2020", today).unwrap_err(),
        "\"13/07/2020\" is not a date; write the publication date as YYYY-MM-DD, e.g. 2020-07-13"
    );
    assert_eq!(parse_published("2023-02-30", today).unwrap_err(), "\"2023-02-30\": February 2023 has 28 days");
    assert_eq!(
        parse_published("2023-13-01", today).unwrap_err(),
        "\"2023-13-01\": month 13 does not exist (months run 01 to 12)"
    );
    assert_eq!(
        parse_published("2024-05-02", today).unwrap_err(),
        "\"2024-05-02\" is in the future (today is 2024-05-01); the publication date cannot be after today"
    );
    assert!(parse_published("", today).is_err());
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("case-timeline-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_command_line_drafts_the_seed_and_validate_accepts_it() {
    let out = temp("nso-draft.json", b"");
    let (code, stdout, stderr) =
        cli(&["draft", "tests/fixtures/nso-article.txt", "--published", "2020-07-13", "-o", &out, "--explain"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Draft from the article published Monday 13 July 2020"), "{stdout}");
    assert!(!stderr.contains("error"), "{stderr}");
    let (code, stdout, stderr) = cli(&["validate", &out]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), format!("{out}: ok"));
    // Without -o the case goes to standard output.
    let (code, stdout, _) =
        cli(&["draft", "tests/fixtures/nso-article.txt", "--published", "2020-07-13", "--title", "NSO case"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("\"title\": \"NSO case\""));
}

#[test]
fn the_command_line_reports_bad_input_and_usage() {
    let (code, _, stderr) = cli(&["draft", "tests/fixtures/nso-article.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--published"));
    let (code, _, stderr) = cli(&["draft", "tests/fixtures/nso-article.txt", "--published", "13.7.2020"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.lines().next().unwrap(),
        "--published: \"13.7.2020\" is not a date; write the publication date as YYYY-MM-DD, e.g. 2020-07-13"
    );
    let (code, _, stderr) = cli(&["draft", "tests/fixtures/nso-article.txt", "--published", "2999-01-01"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("is in the future"));
    let empty = temp("empty.txt", b"");
    let (code, _, stderr) = cli(&["draft", &empty, "--published", "2020-07-13"]);
    assert_eq!(
        (code, stderr.trim().to_string()),
        (1, format!("{empty}: the article is empty; paste the text of a news story"))
    );
    let latin1 = temp("latin1.txt", b"Caf\xe9 court ruling");
    let (code, _, stderr) = cli(&["draft", &latin1, "--published", "2020-07-13"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("not valid UTF-8"));
    let (code, _, _) = cli(&["draft", "/nonexistent/story.txt", "--published", "2020-07-13"]);
    assert_eq!(code, 1);
    let (code, _, _) = cli(&["draft", "a.txt", "b.txt", "--published", "2020-07-13"]);
    assert_eq!(code, 2);
    let (code, stdout, _) = cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("case-timeline draft ARTICLE.txt --published YYYY-MM-DD"));
}

/// The seed with some characters replaced, removed or duplicated.
fn mutated() -> impl Strategy<Value = String> {
    prop::collection::vec((any::<usize>(), 0..4u8, prop::sample::select(MUTATIONS)), 1..8).prop_map(|edits| {
        let mut chars: Vec<char> = SEED.chars().collect();
        for (at, op, text) in edits {
            if chars.is_empty() {
                break;
            }
            let at = at % chars.len();
            match op {
                0 => {
                    chars.splice(at..at, text.chars());
                }
                1 => {
                    let end = (at + 1 + text.len() * 20).min(chars.len());
                    chars.drain(at..end);
                }
                2 => {
                    let end = (at + 200).min(chars.len());
                    let copy: Vec<char> = chars[at..end].to_vec();
                    chars.splice(at..at, copy);
                }
                _ => {
                    chars.splice(at..(at + 1).min(chars.len()), text.chars());
                }
            }
        }
        chars.into_iter().collect()
    })
}

const MUTATIONS: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "„",
    "«",
    "»",
    "'",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " said ",
    " she said, ",
    "“It",
    ",” he added.",
    "Judge ",
    " v. ",
    "on Monday",
    "Feb. 30",
    "in 2019",
    "last fall",
    "two weeks ago",
    "(photo credit: X)",
    "\u{202e}",
    "עברית",
    "Mr. ",
    "U.S. ",
    " KC",
    "—",
    "closed to the public",
    "sentenced",
    "appealed",
    "Sept. 11",
    "since 2001",
    "\r\n",
];

fn check(text: &str, published: jiff::civil::Date) {
    if let Ok(d) = draft(text, &DraftOptions::new(published)) {
        let json = d.to_case_json();
        let loaded =
            load(&json, &Limits::default()).unwrap_or_else(|e| panic!("draft does not load: {:?}\n{json}", e.problems));
        let errors: Vec<String> = loaded.problems.iter().filter(|p| p.is_error()).map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{errors:?}\n{json}");
        assert!(!d.explain().is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn mutated_articles_never_panic_and_drafts_always_load(text in mutated(), day in 0i64..20_000) {
        let published = date(1990, 1, 1).checked_add(jiff::SignedDuration::from_hours(24 * day)).unwrap_or(date(2020, 7, 13));
        check(&text, published);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}") {
        check(&text, date(2020, 7, 13));
    }

    #[test]
    fn quote_and_date_soup_never_panics(parts in prop::collection::vec(prop::sample::select(MUTATIONS), 0..60)) {
        check(&parts.concat(), date(2020, 7, 13));
    }
}

/// The date of the statement event holding the quotation that starts with `start`.
fn statement_date(case: &Case, start: &str) -> Option<String> {
    case.events
        .iter()
        .find(|e| e.kind == Kind::Statement && e.quotes.iter().any(|q| q.text.starts_with(start)))
        .map(|e| e.date.to_iso())
}

#[test]
fn his_attorney_is_the_clients_and_a_firm_named_with_an_ampersand_is_no_person() {
    let story = "Man charged in hit-and-run\n\n\
        Travis Lee Dunham, 27, was arrested Wednesday afternoon, the sheriff's office said.\n\n\
        At a hearing Thursday morning, Justice of the Peace Carla Benton set Dunham's bond at $500,000.\n\n\
        His attorney, Brent Caudle, asked for the bond to be lowered.\n\n\
        Jenna Ostrowski of Ostrowski & Cole, who represents the family, said in an email that her clients were \
        \u{201c}disappointed\u{201d} and would appeal.\n\n\
        \u{201c}The court got this wrong,\u{201d} she added.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 6))).unwrap();
    let case = loaded(&d);
    let caudle = case.people.iter().find(|p| p.name == "Brent Caudle").expect("Brent Caudle");
    assert_eq!(caudle.title.as_deref(), Some("Attorney for Travis Lee Dunham"));
    let q = quotes(&case);
    assert!(q.contains(&("disappointed".to_string(), "Jenna Ostrowski".to_string())), "{q:?}");
    assert!(q.contains(&("The court got this wrong,".to_string(), "Jenna Ostrowski".to_string())), "{q:?}");
    assert!(case.people.iter().all(|p| !p.name.contains('&')), "{:?}", case.people);
}

#[test]
fn words_said_at_a_court_event_or_after_a_dated_introduction_are_on_that_day() {
    let story = "Clerk admits fraud\n\n\
        Lorraine Hebden, 61, pleaded guilty at Durham Crown Court on Monday to fraud.\n\n\
        Jonathan Whitby, prosecuting, said the thefts came to light last year.\n\n\
        \u{201c}She treated the account as her own purse,\u{201d} Mr Whitby told the court.\n\n\
        Mitigating, Sarah Lowther said her client had developed an addiction after the death of her \
        husband in 2018 and had been \u{201c}too ashamed to ask anyone for help\u{201d}.\n\n\
        Sheriff Dale Whitaker said at a news conference Wednesday night that a tip led deputies to the truck.\n\n\
        \u{201c}Somebody knew something,\u{201d} Whitaker said.";
    let d = draft(story, &DraftOptions::new(date(2025, 11, 27))).unwrap();
    let case = loaded(&d);
    let q = quotes(&case);
    assert!(
        q.contains(&("She treated the account as her own purse,".to_string(), "Jonathan Whitby".to_string())),
        "{q:?}"
    );
    assert_eq!(
        statement_date(&case, "She treated").as_deref(),
        Some("2025-11-24"),
        "told the court: the hearing's day"
    );
    assert_eq!(statement_date(&case, "too ashamed").as_deref(), Some("2025-11-24"), "mitigating, not “in 2018”");
    assert_eq!(
        statement_date(&case, "Somebody").as_deref(),
        Some("2025-11-26"),
        "the sentence bringing the sheriff in"
    );
}

#[test]
fn a_time_stamp_under_a_byline_is_furniture_and_an_order_at_the_end_of_the_session_is_the_hearings() {
    let story = "Supreme Court hears petition against gag order\n\n\
        Yael Frenkel\nDec 8, 2025 9:47 pm IST\n\n\
        The Supreme Court on Monday heard a petition by the Forum for Public Transparency against a gag order.\n\n\
        The group\u{2019}s attorney, Adv. Michal Ben-Ari, told the court that the order had been extended four times.\n\n\
        Chief Superintendent Eyal Dror, representing the police, said that publication \u{201c}could disrupt the \
        investigation\u{201d}.\n\n\
        At the end of the session, the justices ordered the police to submit, by December 21, an updated request.";
    let d = draft(story, &DraftOptions::new(date(2025, 12, 8))).unwrap();
    let case = loaded(&d);
    assert!(case.parties.iter().all(|p| p.name != "IST"), "{:?}", case.parties);
    let ben_ari = case.people.iter().find(|p| p.name == "Michal Ben-Ari").expect("Michal Ben-Ari");
    assert_eq!(ben_ari.title.as_deref(), Some("Attorney for Forum for Public Transparency"));
    assert_eq!(quotes(&case), [("could disrupt the investigation".to_string(), "Eyal Dror".to_string())]);
    let ordered = case.events.iter().find(|e| e.kind == Kind::Order && e.display_date.is_some()).expect("the order");
    assert_eq!(ordered.date.to_iso(), "2025-12-08", "the hearing's day");
    assert!(
        decisions(&case).iter().all(|(_, d)| !d.ends_with("12-21")),
        "the deadline dates nothing: {:?}",
        decisions(&case)
    );
}

#[test]
fn a_week_later_and_the_next_day_count_from_the_date_before_them() {
    let story = "Group takes gag order to Supreme Court\n\n\
        The Central District Court rejected the appeal on November 20. The group filed its petition with the \
        Supreme Court a week later.\n\n\
        The court heard the petition on December 1 and ruled the next day.\n\n\
        Vasconcelos was detained in March 2018 and released by a judge two days later.";
    let d = draft(story, &DraftOptions::new(date(2025, 12, 8))).unwrap();
    let case = loaded(&d);
    let on = |kind: Kind| -> Vec<String> {
        case.events.iter().filter(|e| e.kind == kind && e.display_date.is_some()).map(|e| e.date.to_iso()).collect()
    };
    assert_eq!(on(Kind::Filing), ["2025-11-27"]);
    assert!(on(Kind::Ruling).contains(&"2025-12-02".to_string()), "{:?}", on(Kind::Ruling));
    // Two days after a month: no day to count from, so no date is made up.
    assert!(case.events.iter().all(|e| !e.date.to_iso().starts_with("2018-03-")), "{:?}", decisions(&case));
}

#[test]
fn court_idioms_of_kenyan_irish_and_british_reports_are_events_on_their_dates() {
    let story = "Court suspends ban on riders\n\n\
        Justice Wilfrida Onyancha yesterday issued conservatory orders stopping the county from arresting riders, \
        pending the hearing and determination of a petition.\n\n\
        The association moved to court last Friday.\n\n\
        The Milimani Chief Magistrate\u{2019}s Court on October 7 declined to hear it.\n\n\
        During yesterday\u{2019}s hearing, the association\u{2019}s lawyer, Mr Peter Kibet, told the court that no rider was consulted.\n\n\
        In 2022 she lost an appeal against an interim order that had required her to hand over her phone.\n\n\
        Hebden first appeared before Newton Aycliffe Magistrates\u{2019} Court in September.";
    let d = draft(story, &DraftOptions::new(date(2025, 10, 15))).unwrap();
    let case = loaded(&d);
    let dated: Vec<(Kind, String)> =
        case.events.iter().filter(|e| e.display_date.is_some()).map(|e| (e.kind, e.date.to_iso())).collect();
    for want in [
        (Kind::Order, "2025-10-14"),
        (Kind::Filing, "2025-10-10"),
        (Kind::Ruling, "2025-10-07"),
        (Kind::Hearing, "2025-10-14"),
        (Kind::Ruling, "2022"),
        (Kind::Hearing, "2025-09"),
    ] {
        assert!(dated.contains(&(want.0, want.1.to_string())), "{want:?} missing from {dated:?}");
    }
    assert!(!dated.iter().any(|(k, d)| *k == Kind::Order && d == "2022"), "the order appealed against: {dated:?}");
}

/// The dated events of a case as (kind, ISO date, scheduled).
fn dated_events(case: &Case) -> Vec<(Kind, String, bool)> {
    case.events
        .iter()
        .filter(|e| e.display_date.is_some())
        .map(|e| (e.kind, e.date.to_iso(), e.status == Status::Scheduled))
        .collect()
}

#[test]
fn filings_launched_approached_or_grieved_and_deadlines_to_file_are_events() {
    let story = "Regulator wins case against fund\n\n\
        The regulator, the Australian Securities and Investments Commission (Asic), launched the civil penalty case \
        in August 2023.\n\n\
        She approached the High Court in April, contending that the suspension was punitive.\n\n\
        His union, Unifor Local 2215, filed a grievance in March 2024, days after the firing.\n\n\
        Justice Helen Ashby ordered the parties to file proposed orders by 26 March.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 12))).unwrap();
    let case = loaded(&d);
    let got = dated_events(&case);
    for want in [(Kind::Filing, "2023-08", false), (Kind::Filing, "2024-04", false), (Kind::Filing, "2024-03", false)] {
        let want = (want.0, want.1.to_string(), want.2);
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    // A deadline after an order is the next such day, and scheduled.
    assert!(got.contains(&(Kind::Filing, "2025-03-26".to_string(), true)), "{got:?}");
}

#[test]
fn scheduled_trials_with_day_ranges_and_posted_hearings_are_future() {
    let story = "Judge blocks vote\n\n\
        Vice Chancellor Miriam Okonkwo of the Court of Chancery blocked the vote on Thursday.\n\n\
        Okonkwo set a trial on the fund's damages claims for Feb. 10-12.\n\n\
        The question of the amount of arrears has been posted for hearing on September 2.";
    let d = draft(story, &DraftOptions::new(date(2025, 8, 12))).unwrap();
    let got = dated_events(&loaded(&d));
    assert!(got.contains(&(Kind::Hearing, "2026-02-10".to_string(), true)), "{got:?}");
    assert!(got.contains(&(Kind::Hearing, "2025-09-02".to_string(), true)), "{got:?}");
}

#[test]
fn other_cases_duties_offences_and_what_a_court_heard_date_no_event() {
    let story = "Banker jailed\n\n\
        Judge Anna Roe of the Frankfurt Regional Court sentenced Harald W. on Tuesday.\n\n\
        In 2023, the Delaware Supreme Court revived a separate lawsuit over a chief executive's talks.\n\n\
        Last year the court ordered another fund, Harbourline Super, to pay a penalty in a separate Asic case.\n\n\
        The court heard that his dog bit Nadia Kowalczyk, 41, as she delivered letters on 2 October last year.\n\n\
        Under the Coastal Act, passed in 1972, the commission is charged with protecting public access.\n\n\
        The three men are charged with breaching EU sanctions imposed on Russia after its annexation of Crimea in 2014.\n\n\
        Dozens of bankers have been charged in Germany since investigators began looking into them in 2013.\n\n\
        Vexalis, which was bought by a US group in 2021 and is not itself on trial, said it had cooperated.";
    let d = draft(story, &DraftOptions::new(date(2025, 6, 19))).unwrap();
    let got = dated_events(&loaded(&d));
    assert!(got.contains(&(Kind::Ruling, "2025-06-17".to_string(), false)), "{got:?}");
    for year in ["2023", "2024", "1972", "2014", "2013", "2021"] {
        assert!(got.iter().all(|(_, d, _)| !d.starts_with(year)), "an event in {year}: {got:?}");
    }
    assert!(got.iter().all(|(k, _, _)| *k != Kind::Hearing), "{got:?}");
}

#[test]
fn a_bench_trial_dated_after_its_noun_is_a_hearing_and_that_august_takes_the_year_before() {
    let story = "Appeals court reopens path\n\n\
        The association sued the commission in 2020. After a bench trial in March 2023, Superior Court Judge \
        Ronald Quist ruled in the association's favor that August.";
    let d = draft(story, &DraftOptions::new(date(2026, 1, 20))).unwrap();
    let got = dated_events(&loaded(&d));
    assert!(got.contains(&(Kind::Hearing, "2023-03".to_string(), false)), "{got:?}");
    assert!(got.contains(&(Kind::Ruling, "2023-08".to_string(), false)), "{got:?}");
}

#[test]
fn words_said_in_court_take_the_sentencing_day_and_a_relative_clause_dates_no_statement() {
    let story = "Dog owner sentenced\n\n\
        Kieran Voss, 34, was sentenced at Bristol Crown Court on Thursday.\n\n\
        He had pleaded guilty at the same court on 20 February to being the owner of a dangerous dog.\n\n\
        In a victim impact statement read to the court, Nadia Kowalczyk said: \u{201c}I used to love my round.\u{201d}\n\n\
        Defending, Lucy Amadi said her client was \u{201c}heartbroken\u{201d} and had repaired the latch.\n\n\
        Retired teacher Graham Petrakis, 67, who moved his savings into the fund in 2021, said he felt \u{201c}conned\u{201d}.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 14))).unwrap();
    let case = loaded(&d);
    let statement_of = |text: &str| {
        case.events
            .iter()
            .find(|e| e.kind == Kind::Statement && e.quotes.iter().any(|q| q.text.starts_with(text)))
            .map(|e| e.date.to_iso())
    };
    assert_eq!(statement_of("I used to love").as_deref(), Some("2025-03-13"), "read to the court");
    assert_eq!(statement_of("heartbroken").as_deref(), Some("2025-03-13"), "defending, at the sentencing");
    assert_eq!(statement_of("conned").as_deref(), Some("2025-03-14"), "not 2021, the relative clause's");
}

#[test]
fn a_named_spokesperson_an_opening_role_noun_and_an_institutions_management_name_the_speaker() {
    let story = "Postwoman bitten\n\n\
        Kieran Voss, 34, was sentenced at Bristol Magistrates' Court on Thursday.\n\n\
        In a statement, a Royal Mail spokesperson said: \u{201c}The safety of our colleagues is our top priority.\u{201d}\n\n\
        Retiree Graham Petrakis, 67, said he felt \u{201c}conned\u{201d} by the fund.\n\n\
        The petitioner taught at Holy Cross College, Vaikom.\n\n\
        The college management, on the other hand, contended that the post had \u{201c}brought the institution into disrepute\u{201d}.\n\n\
        The anti-corruption group Transparence Armements welcomed the trial.\n\n\
        \u{201c}Citizens have a right to know,\u{201d} said the group's director, Claire Dumoulin.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 14))).unwrap();
    let case = loaded(&d);
    let got = quotes(&case);
    let speaker = |text: &str| got.iter().find(|(t, _)| t.starts_with(text)).map(|(_, s)| s.clone());
    assert_eq!(speaker("The safety").as_deref(), Some("Royal Mail"), "{got:?}");
    assert_eq!(speaker("conned").as_deref(), Some("Graham Petrakis"), "{got:?}");
    assert_eq!(speaker("brought the institution").as_deref(), Some("Holy Cross College"), "{got:?}");
    assert_eq!(speaker("Citizens").as_deref(), Some("Claire Dumoulin"), "{got:?}");
    assert!(case.parties.iter().any(|p| p.name == "Bristol Magistrates' Court"), "{:?}", case.parties);
    let dumoulin = case.people.iter().find(|p| p.name == "Claire Dumoulin").expect("Dumoulin");
    assert!(dumoulin.title.as_deref().is_some_and(|t| t.contains("Transparence Armements")), "{:?}", dumoulin.title);
}

#[test]
fn case_titles_institution_names_and_titles_of_officials_lawyers_and_arbitrators() {
    let story = "Court sets aside teacher's suspension\n\n\
        The petitioner taught at Holy Cross Arts and Science College, Vaikom.\n\n\
        The college management contended that the post had \u{201c}brought the institution into disrepute\u{201d}.\n\n\
        The talks were between Chief Executive Patrick Lindqvist and the buyer, arbitrator Denise Roy said.\n\n\
        On Wednesday the federal court ruled that the fund had misled members.\n\n\
        Case Title: Dr. Reshma K.V. v. State of Kerala & Ors.";
    let d = draft(story, &DraftOptions::new(date(2025, 8, 12))).unwrap();
    let case = loaded(&d);
    let party = |name: &str| case.parties.iter().find(|p| p.name == name).map(|p| p.role);
    assert_eq!(party("State of Kerala"), Some(Role::Respondent), "{:?}", case.parties);
    assert_eq!(party("Reshma K.V."), Some(Role::Petitioner), "{:?}", case.parties);
    assert!(party("Federal Court").is_some(), "{:?}", case.parties);
    let got = quotes(&case);
    assert_eq!(got[0].1, "Holy Cross Arts and Science College", "{got:?}");
    let person = |name: &str| case.people.iter().find(|p| p.name == name);
    assert_eq!(person("Patrick Lindqvist").and_then(|p| p.title.clone()).as_deref(), Some("Chief Executive"));
    assert!(case.judges.iter().any(|j| j == "Denise Roy"), "an arbitrator decides: {:?}", case.judges);
}

// Batch 13 (tests/draft/README.md): rules found on a New Zealand, a Scottish, a Nigerian, a
// Japanese and a Minnesota story, checked here on other sentences.

#[test]
fn declined_applications_sittings_adjournments_and_trials_of_a_length_are_events() {
    let story = "Former mayor loses bid for secrecy\n\n\
        Justice Priya Raman declined her application for interim name suppression on Wednesday.\n\n\
        The defence had argued at the last sitting on March 3 that the publicity was unfair.\n\n\
        The magistrate adjourned the case till April 28, 2025, for the hearing of evidence.\n\n\
        Part of the testimony, given by two officers of the vice squad, will be held behind closed doors.\n\n\
        Her lawyer said she had flown home from Sydney to face trial.\n\n\
        Her co-accused, Mark Tolley, was acquitted on Tuesday after a four-week trial.\n\n\
        A second man was found guilty after a three-day trial in the district court last month.";
    let d = draft(story, &DraftOptions::new(date(2025, 3, 14))).unwrap();
    let case = loaded(&d);
    let got = dated_events(&case);
    for want in [
        (Kind::Ruling, "2025-03-12", false),
        (Kind::Hearing, "2025-03-03", false),
        (Kind::Hearing, "2025-04-28", true),
        (Kind::Ruling, "2025-03-11", false),
        (Kind::Hearing, "2025-02", false),
    ] {
        let want = (want.0, want.1.to_string(), want.2);
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    // "to face trial" is a purpose; the acquittal's Tuesday is not the four-week trial's.
    assert!(!got.iter().any(|(k, d, _)| *k == Kind::Hearing && d == "2025-03-14"), "{got:?}");
    assert!(!got.iter().any(|(k, d, _)| *k == Kind::Hearing && d == "2025-03-11"), "{got:?}");
    let adjourned = case.events.iter().find(|e| e.date.to_iso() == "2025-04-28").expect("the adjourned hearing");
    assert_eq!(adjourned.access, Access::Partial, "“Part of the testimony … behind closed doors”");
}

#[test]
fn an_appeal_court_that_orders_while_overturning_rules_and_the_sentencer_is_the_judge() {
    let story = "Appeal court awards damages to villagers\n\n\
        The Osaka High Court on Thursday ordered the prefecture to pay 80 million yen to 40 villagers, \
        overturning a district court ruling.\n\n\
        Sentencing him on Friday, Lord Abernethy told Wallace he was a danger to the public.\n\n\
        \u{201c}You showed no mercy,\u{201d} the judge said.\n\n\
        Sentencing Corrigan, Justice Ellen Fairweather said the thefts had lasted six years.\n\n\
        \u{201c}Trust was the heart of this business,\u{201d} she said.";
    let d = draft(story, &DraftOptions::new(date(2025, 10, 3))).unwrap();
    let case = loaded(&d);
    let decided = decisions(&case);
    assert!(decided.contains(&(Kind::Ruling, "2025-10-02".to_string())), "{decided:?}");
    assert!(!decided.iter().any(|(k, _)| *k == Kind::Order), "{decided:?}");
    assert!(case.judges.iter().any(|j| j == "Lord Abernethy"), "{:?}", case.judges);
    let got = quotes(&case);
    let speaker = |text: &str| got.iter().find(|(t, _)| t.starts_with(text)).map(|(_, s)| s.clone());
    assert_eq!(speaker("Trust was").as_deref(), Some("Ellen Fairweather"), "{got:?}");
}

#[test]
fn police_ranks_scottish_prosecutors_agency_names_and_counsel_before_a_name() {
    let story = "Fraudster jailed\n\n\
        Kyle Dunmore, 41, of Leith, was found guilty at the High Court in Edinburgh on Monday.\n\n\
        Advocate depute Moira Blane, prosecuting, told the jury the payments were disguised.\n\n\
        Det Supt Gordon Haig, of Police Scotland, said: \u{201c}He preyed on the vulnerable.\u{201d}\n\n\
        The case was brought by the Securities and Exchange Commission.\n\n\
        Counsel to the commission, Tunde Okafor, said the money had been moved abroad.\n\n\
        But the defendant's lawyer, Rhona Tait, said he would appeal.\n\n\
        A lawyer for the plaintiffs, Kenji Mori, said the ruling \u{201c}should be a turning point\u{201d}.\n\n\
        A man who robbed a shop in Paisley has been jailed.";
    let d = draft(story, &DraftOptions::new(date(2025, 10, 3))).unwrap();
    let case = loaded(&d);
    let person = |name: &str| case.people.iter().find(|p| p.name == name);
    assert!(person("Moira Blane").is_some(), "{:?}", case.people);
    assert!(person("Gordon Haig").is_some(), "“Det Supt” is a rank, not a name: {:?}", case.people);
    assert!(person("Tunde Okafor").is_some(), "{:?}", case.people);
    let tait = person("Rhona Tait").and_then(|p| p.title.clone()).unwrap_or_default();
    assert!(!tait.starts_with("But"), "{tait}");
    let party = |name: &str| case.parties.iter().find(|p| p.name == name).map(|p| p.role);
    assert_eq!(party("Securities and Exchange Commission"), Some(Role::Petitioner), "{:?}", case.parties);
    assert_eq!(party("Kyle Dunmore"), Some(Role::Respondent), "{:?}", case.parties);
    assert_eq!(party("Kenji Mori"), None, "a lawyer for the plaintiffs is no plaintiff: {:?}", case.parties);
    assert_eq!(party("Paisley"), None, "a place: {:?}", case.parties);
}

#[test]
fn openers_appositions_reported_speech_and_later_clauses_pick_the_speaker() {
    let story = "Trader jailed\n\n\
        CAIRNS \u{2014} Mr Peter Olsen, for the defence, said his client was \u{201c}deeply sorry\u{201d} for the losses.\n\n\
        In jailing Hollis on Friday, Magistrate Dana Ruiz said the offending was calculated.\n\n\
        \u{201c}You preyed on people who trusted you,\u{201d} she said.\n\n\
        Justice Omar Haddad, the presiding member of the panel, wrote that the law \u{201c}leaves no room for doubt about this.\u{201d}\n\n\
        Detective Lena Varga said she was pleased the court had seen \u{201c}the pattern clearly\u{201d}, but that she would consider what came next.\n\n\
        The victim's brother, Tomas Brandt, who sat through every day of the trial, said the family felt heard.\n\n\
        \u{201c}We can finally start to grieve. It has been a very long road for all of us.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2025, 6, 9))).unwrap();
    let got = quotes(&loaded(&d));
    let speaker = |text: &str| got.iter().find(|(t, _)| t.starts_with(text)).map(|(_, s)| s.clone());
    assert_eq!(speaker("You preyed").as_deref(), Some("Dana Ruiz"), "“In jailing X, Y said”: {got:?}");
    assert_eq!(speaker("leaves no room").as_deref(), Some("Omar Haddad"), "a lower-case apposition: {got:?}");
    assert_eq!(speaker("the pattern").as_deref(), Some("Lena Varga"), "“…, but that she”: {got:?}");
    assert_eq!(speaker("We can finally").as_deref(), Some("Tomas Brandt"), "reported speech before: {got:?}");
}

#[test]
fn nicknames_described_terms_bylines_and_bracketed_abbreviations() {
    let story = "Ex-governor convicted\n\n\
        By: Lia Santos - Reporter / @liasantos\n\
        Manila Courier / 07:45 AM April 02, 2026\n\n\
        MANILA \u{2014} The Regional Trial Court (RTC) on Tuesday found former governor Ernesto \u{201c}Boy\u{201d} Lacson guilty of graft.\n\n\
        Auditors described most of the road as \u{201c}phantom,\u{201d} the court noted.\n\n\
        He will begin serving his sentence on April 20.\n\n\
        \u{201c}The people of this province were robbed,\u{201d} the court said.";
    let d = draft(story, &DraftOptions::new(date(2026, 4, 2))).unwrap();
    let case = loaded(&d);
    let got = quotes(&case);
    assert_eq!(got.len(), 1, "a nickname and a described term are not quotes: {got:?}");
    assert!(
        !case.parties.iter().any(|p| p.name.contains("Courier") || p.name.contains("MANILA")),
        "a byline and a dateline are no parties: {:?}",
        case.parties
    );
    let decided = decisions(&case);
    assert!(
        !case.events.iter().any(|e| e.date.to_iso().starts_with("2026-04-20")),
        "serving a sentence is no sentencing: {decided:?}"
    );
    assert!(
        case.events.iter().any(|e| e.kind == Kind::Ruling && e.date.to_iso() == "2026-03-31"),
        "found guilty on Tuesday: {decided:?}"
    );
}

#[test]
fn coordinated_clauses_the_text_of_a_law_and_a_prosecutors_office_named_like_its_court() {
    let story = "Appeal allowed\n\n\
        The Busan District Court on Monday acquitted a port official of bribery.\n\n\
        Judge Han Mi-rae dissented. She wrote that the defence never challenged the ledger and that the majority had \u{201c}invented a doubt nobody raised.\u{201d}\n\n\
        Judge Oh Sung-min called the evidence \u{201c}thin at every turn\u{201d} and said the prosecution had \u{201c}asked the court to guess.\u{201d}\n\n\
        The panel cited Article 27 of the Constitution, which reads: \u{201c}The accused shall be presumed innocent.\u{201d}\n\n\
        The Busan District Prosecutors' Office said it would appeal, saying the ruling \u{201c}ignores the bank records entirely.\u{201d}";
    let d = draft(story, &DraftOptions::new(date(2025, 5, 14))).unwrap();
    let case = loaded(&d);
    let got = quotes(&case);
    let speaker = |text: &str| got.iter().find(|(t, _)| t.starts_with(text)).map(|(_, s)| s.clone());
    assert_eq!(speaker("invented a doubt").as_deref(), Some("Han Mi-rae"), "a second that-clause: {got:?}");
    assert_eq!(speaker("asked the court").as_deref(), Some("Oh Sung-min"), "“…” and said “…”: {got:?}");
    assert_eq!(speaker("The accused shall"), None, "the text of a law is no one's quotation: {got:?}");
    assert_eq!(
        speaker("ignores the bank").as_deref(),
        Some("Busan District Prosecutors' Office"),
        "not the court whose name starts the same: {got:?}"
    );
}

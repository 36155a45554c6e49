//! The demo case against its source article: every quotation in the article is in the case,
//! verbatim, attributed, and the dates and their precision are as FACTS.md gives them.

use crate::common::load;
use case_timeline::model::{Access, Kind, Limits, Precision, Speaker};

const CASE: &str = include_str!("../../www/cases/nso-amnesty.json");
const ARTICLE: &str = include_str!("../fixtures/nso-article.txt");

/// Every passage between an opening quotation mark (“ or ") and the next closing one (” or ").
fn article_quotations() -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = ARTICLE;
    while let Some(open) = rest.find(['“', '"']) {
        let after = &rest[open + rest[open..].chars().next().unwrap().len_utf8()..];
        let Some(close) = after.find(['”', '"']) else { break };
        out.push(after[..close].to_string());
        rest = &after[close + after[close..].chars().next().unwrap().len_utf8()..];
    }
    out
}

#[test]
fn the_demo_case_loads_without_problems() {
    let loaded = load(CASE, &Limits::default()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

#[test]
fn every_quotation_in_the_article_is_quoted_verbatim_and_cited() {
    let case = load(CASE, &Limits::default()).unwrap().case;
    let quotes: Vec<_> = case.events.iter().flat_map(|e| e.quotes.iter()).collect();
    let in_article = article_quotations();
    assert!(in_article.len() >= 10, "found only {} quotations in the article", in_article.len());
    for q in &in_article {
        assert!(quotes.iter().any(|c| &c.text == q), "article quotation missing from the case: {q}");
    }
    for q in &quotes {
        assert!(ARTICLE.contains(&q.text), "case quote not in the article verbatim: {}", q.text);
        let source = q.source.and_then(|s| case.sources.get(s)).expect("every quote cites a source");
        assert!(ARTICLE.starts_with(&source.title), "quotes cite the article: {}", source.title);
    }
    assert_eq!(quotes.len(), in_article.len());
}

#[test]
fn quotes_are_attributed_to_whom_the_article_attributes_them() {
    let case = load(CASE, &Limits::default()).unwrap().case;
    let speaker_of = |fragment: &str| {
        let q = case.events.iter().flat_map(|e| &e.quotes).find(|q| q.text.contains(fragment)).unwrap();
        case.speaker_name(&q.speaker).0
    };
    assert_eq!(speaker_of("As a citizen of Israel"), "Molly Malekar");
    assert_eq!(speaker_of("The court accepts time and again"), "Molly Malekar");
    assert_eq!(speaker_of("At no point did the state claim"), "Amnesty International");
    assert_eq!(speaker_of("the public to support the initiative"), "Amnesty International");
    assert_eq!(speaker_of("welcomes the court’s rejection"), "NSO Group");
    assert_eq!(speaker_of("Our detractors"), "NSO Group");
    let malekar = case.people.iter().find(|p| p.name == "Molly Malekar").unwrap();
    assert!(malekar.title.as_deref().unwrap().contains("Amnesty International Israel"));
    for q in case.events.iter().flat_map(|e| &e.quotes) {
        assert!(
            matches!(q.speaker, Speaker::Person(_) | Speaker::Party(_)),
            "speakers are people or parties of the case"
        );
    }
}

#[test]
fn dates_and_precision_follow_the_facts() {
    let case = load(CASE, &Limits::default()).unwrap().case;
    let event = |id: &str| case.events.iter().find(|e| e.id == id).unwrap();
    let petition = event("petition");
    assert_eq!(
        (petition.kind, petition.date.precision, petition.date.to_iso().as_str()),
        (Kind::Filing, Precision::Month, "2019-05")
    );
    let hearing = case.events.iter().find(|e| e.kind == Kind::Hearing && e.date.to_iso() == "2020-01-16").unwrap();
    assert_eq!(hearing.access, Access::Partial, "public only at the start, then closed");
    let session = case.events.iter().find(|e| e.date.to_iso() == "2020-02").unwrap();
    assert_eq!(session.date.precision, Precision::Month);
    let ruling = event("ruling");
    assert_eq!((ruling.kind, ruling.date.to_iso().as_str()), (Kind::Ruling, "2020-07-13"));
    assert_eq!(ruling.date.start.date().weekday(), jiff::civil::Weekday::Monday);
    assert_eq!(ruling.display_date.as_deref(), Some("Monday"));
    let names: Vec<&str> = case.people.iter().map(|p| p.name.as_str()).collect();
    for who in ["Rachel Barkai", "Itai Mack", "Sara Bilu", "Molly Malekar"] {
        assert!(names.contains(&who), "{who} missing from people");
    }
    assert_eq!(case.events.iter().filter(|e| e.kind == Kind::Statement).count(), 2);
}

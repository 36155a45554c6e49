//! TimelineJS3 import: JSON and CSV fixtures in `tests/fixtures/timelinejs/`, the NSO case in
//! TimelineJS form against `www/cases/nso-amnesty.json`, round trips, and the `import` command.

use std::process::Command;

use crate::common::load;
use case_timeline::import::csv::from_csv as csv_import;
use case_timeline::import::timelinejs::from_timelinejs as tl_import;
use case_timeline::locale::{date_text, English};
use case_timeline::model::json::{self, Node, Value};
use case_timeline::model::{looks_like_timelinejs, Case, CaseDate, Event, Limits, Precision};

fn from_timelinejs(root: &json::Node) -> Result<(json::Node, Vec<case_timeline::Problem>), case_timeline::CaseError> {
    tl_import(root, &Limits::default())
}

fn from_csv(text: &str) -> Result<(json::Node, Vec<case_timeline::Problem>), case_timeline::CaseError> {
    csv_import(text, &Limits::default())
}

const NSO_CASE: &str = include_str!("../../www/cases/nso-amnesty.json");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/timelinejs/{name}")).unwrap()
}

/// Imports a TimelineJS JSON fixture: the case text, and the problems as `Problem` prints them.
fn import(name: &str) -> (String, Vec<String>) {
    let root = json::parse(&fixture(name)).unwrap().root;
    let (case, problems) = from_timelinejs(&root).unwrap();
    (json::to_string_pretty(&case), problems.iter().map(ToString::to_string).collect())
}

/// Loads imported case text, which must validate without a single problem.
fn load_clean(text: &str) -> Case {
    let loaded = load(text, &Limits::default()).unwrap();
    assert!(loaded.problems.is_empty(), "imported case does not validate cleanly: {:?}\n{text}", loaded.problems);
    loaded.case
}

fn ids(case: &Case) -> Vec<&str> {
    case.events.iter().map(|e| e.id.as_str()).collect()
}

fn dates(case: &Case) -> Vec<String> {
    case.events.iter().map(|e| e.date.to_iso()).collect()
}

fn event<'c>(case: &'c Case, id: &str) -> &'c Event {
    let found = case.events.iter().find(|e| e.id == id);
    assert!(found.is_some(), "no event {id}");
    found.unwrap()
}

/// The source text of every date as written in the case file: `date` (and `end`) strings.
fn date_strings(text: &str) -> Vec<(String, Option<String>)> {
    let root = json::parse(text).unwrap().root;
    items(root.get("events").unwrap())
        .iter()
        .map(|e| {
            (
                e.get("date").unwrap().as_str().unwrap().to_string(),
                e.get("end").map(|n| n.as_str().unwrap().to_string()),
            )
        })
        .collect()
}

/// The items of a JSON list (none for anything else, which the assertion reports).
fn items(node: &Node) -> &[Node] {
    assert!(matches!(node.value, Value::Array(_)), "not a list: {node:?}");
    match &node.value {
        Value::Array(items) => items,
        _ => &[],
    }
}

fn without_positions(node: &Node) -> Node {
    let value = match &node.value {
        Value::Array(items) => Value::Array(items.iter().map(without_positions).collect()),
        Value::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), without_positions(v))).collect())
        }
        other => other.clone(),
    };
    Node { value, pos: None }
}

fn lane_names(case: &Case, e: &Event) -> Vec<String> {
    e.parties.iter().map(|&i| case.parties[i].name.clone()).collect()
}

#[test]
fn the_nso_case_in_timelinejs_form_imports_to_the_demo_case() {
    let (text, problems) = import("nso-amnesty.tl.json");
    assert_eq!(
        problems,
        ["50:16: events[2].media.url: warning: media (an image, video or embed) is not imported; only quotes are: a \
          <blockquote>, or a caption in quotation marks"]
    );
    let imported = load_clean(&text);
    let demo = load(NSO_CASE, &Limits::default()).unwrap().case;
    assert_eq!(imported.title, demo.title);
    assert_eq!(imported.summary, demo.summary);
    assert_eq!(
        ids(&imported),
        ["petition", "hearing-2020-01", "session-2020-02", "ruling", "amnesty-statement", "nso-response"]
    );
    assert_eq!(ids(&imported), ids(&demo));
    for (i, d) in imported.events.iter().zip(&demo.events) {
        assert_eq!(i.date, d.date, "{}: date and precision", d.id);
        assert_eq!(i.end, d.end, "{}: end", d.id);
        assert_eq!(i.title, d.title, "{}: title", d.id);
        assert_eq!(i.summary, d.summary, "{}: summary", d.id);
        assert_eq!(i.display_date, d.display_date, "{}: display date", d.id);
        let texts = |e: &Event| e.quotes.iter().map(|q| q.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(i), texts(d), "{}: quote texts", d.id);
        let speakers = |c: &Case, e: &Event| e.quotes.iter().map(|q| c.speaker_name(&q.speaker).0).collect::<Vec<_>>();
        assert_eq!(speakers(&imported, i), speakers(&demo, d), "{}: speakers", d.id);
        // The group becomes a lane that is one of the demo's lanes for the event.
        let lane = lane_names(&imported, i);
        assert_eq!(lane.len(), 1, "{}", d.id);
        assert!(lane_names(&demo, d).contains(&lane[0]), "{}: lane {lane:?}", d.id);
    }
    let precisions: Vec<Precision> = imported.events.iter().map(|e| e.date.precision).collect();
    use Precision::{Day, Month};
    assert_eq!(precisions, [Month, Day, Month, Day, Day, Day]);
    assert_eq!(event(&imported, "amnesty-statement").quotes.len(), 8);
    assert_eq!(event(&imported, "nso-response").quotes.len(), 5);
    // `end_date` equal to `start_date` is dropped; the day's name comes from start_date.display_date.
    assert_eq!(event(&imported, "ruling").end, None);
    assert_eq!(event(&imported, "ruling").display_date.as_deref(), Some("Monday"));
}

#[test]
fn the_nso_spreadsheet_imports_to_the_same_dates_and_titles() {
    let (case, problems) = from_csv(&fixture("nso-amnesty.csv")).unwrap();
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        ["7:273: row 5, column \"Media\": warning: media (an image, video or embed) is not imported; only quotes \
          are: a <blockquote>, or a caption in quotation marks"]
    );
    let imported = load_clean(&json::to_string_pretty(&case));
    let demo = load(NSO_CASE, &Limits::default()).unwrap().case;
    assert_eq!(imported.title, demo.title);
    assert_eq!(dates(&imported), ["2019-05", "2020-01-16", "2020-02", "2020-07-13", "2020-07-13", "2020-07-13"]);
    assert_eq!(dates(&imported), dates(&demo));
    for (i, d) in imported.events.iter().zip(&demo.events) {
        assert_eq!((&i.date, &i.title, &i.display_date), (&d.date, &d.title, &d.display_date));
        let texts = |e: &Event| e.quotes.iter().map(|q| q.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(i), texts(d), "{}: quote texts", d.id);
    }
    // No unique_id column in the template: ids are slugs of the headlines.
    assert_eq!(ids(&imported)[0], "amnesty-petitions-to-cancel-nsos-licence");
}

#[test]
fn eras_groups_and_html() {
    let (text, problems) = import("eras-groups.tl.json");
    assert_eq!(
        problems,
        ["40:5: eras[1].text.headline: warning: the era has no headline; its title is \"2022 – 2023\""]
    );
    let case = load_clean(&text);
    assert_eq!(case.title, "State v. Doe & Others");
    assert_eq!(case.summary.as_deref(), Some("A criminal trial, from charge to verdict."));
    let parties: Vec<(&str, &str)> = case.parties.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    assert_eq!(parties, [("prosecution", "Prosecution"), ("défense", "Défense"), ("ההגנה", "ההגנה")]);
    assert!(case.parties.iter().all(|p| p.role == case_timeline::model::Role::Other));
    assert_eq!(
        ids(&case),
        ["indictment-filed", "pre-trial-phase", "pre-trial-motions", "era-2", "trial-opens", "witness-testimony"]
    );
    let lanes: Vec<Vec<String>> = case.events.iter().map(|e| lane_names(&case, e)).collect();
    assert_eq!(lanes[0], ["Prosecution"]);
    assert_eq!(lanes[2], ["Défense"]);
    assert_eq!(lanes[4], ["Prosecution"]);
    assert_eq!(lanes[5], ["ההגנה"]);
    assert!(lanes[1].is_empty() && lanes[3].is_empty(), "eras have no lane");
    let indictment = event(&case, "indictment-filed");
    assert_eq!(indictment.summary.as_deref(), Some("The prosecution files <12> counts."));
    let era = event(&case, "pre-trial-phase");
    assert_eq!(
        (era.title.as_str(), era.date.to_iso(), era.end.unwrap().to_iso()),
        ("Pre-trial phase", "2021-03".into(), "2021-12".into())
    );
    assert_eq!(era.kind, case_timeline::model::Kind::Other);
    assert_eq!(event(&case, "era-2").title, "2022 – 2023");
    let trial = event(&case, "trial-opens");
    assert_eq!((trial.title.as_str(), trial.display_date.as_deref()), ("Trial opens", Some("10–12 January")));
    assert_eq!(trial.end.unwrap().to_iso(), "2022-01-12");
    // Date-level display dates of start and end are joined.
    assert_eq!(event(&case, "witness-testimony").display_date.as_deref(), Some("Tuesday – Wednesday"));
}

#[test]
fn bce_years_and_times_keep_their_precision() {
    let (text, problems) = import("bce-times.tl.json");
    assert_eq!(
        problems,
        [
            "11:21: events[7].start_date: warning: has minutes or seconds but no hour; hour 0 is assumed",
            "11:89: events[7].start_date.millisecond: warning: milliseconds are dropped; a case keeps whole seconds",
            "12:21: events[8].start_date: warning: has a day or time but no month; January is assumed",
            "12:21: events[8].start_date: warning: has a time but no day; day 1 is assumed",
        ]
    );
    let strings = date_strings(&text);
    let s = |d: &str| d.to_string();
    assert_eq!(
        strings,
        [
            (s("-0044-03-15"), None),
            (s("-0500"), Some(s("-0480"))),
            (s("0000"), None),
            (s("2020-01-16T00:00"), None),
            (s("2020-01-16T00:00"), None),
            (s("2020-01-16T09:30"), None),
            (s("2020-01-16T14:05:07"), None),
            (s("2020-01-16T00:45"), None),
            (s("2021-01-01T10:00"), None),
            (s("2021-02-28T23:59"), Some(s("2021-03-01T00:01"))),
        ]
    );
    let case = load_clean(&text);
    let ides = event(&case, "ides-of-march");
    assert_eq!(
        (ides.date.precision, date_text(&ides.date, &English)),
        (Precision::Day, "March 15, 45 BCE".to_string())
    );
    assert_eq!(event(&case, "classical-athens").date.precision, Precision::Year);
    // A numeric hour 0 is a time (TimelineJS would fall back to the day).
    let midnight = event(&case, "midnight-filing");
    assert_eq!(
        (midnight.date.precision, date_text(&midnight.date, &English)),
        (Precision::Minute, "January 16, 2020, 00:00".to_string())
    );
    assert_eq!(event(&case, "midnight-as-text").date, midnight.date);
    assert_eq!(event(&case, "verdict-read").date.start.second(), 7);
}

#[test]
fn hebrew_headlines_give_hebrew_ids_that_are_stable() {
    let (first, problems) = import("hebrew.tl.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("the timeline is written in Hebrew"), "{problems:?}");
    let (second, _) = import("hebrew.tl.json");
    assert_eq!(first, second);
    let case = load_clean(&first);
    assert_eq!(case.title, "עתירת אמנסטי נגד משרד הביטחון");
    assert_eq!(case.locale, "he", "a Hebrew timeline is shown in Hebrew");
    assert_eq!(
        ids(&case),
        [
            "אמנסטי-עותרת-לבטל-את-רישיון-nso",
            "דיון-ראשון-ברובו-בדלתיים-סגורות",
            "פסק-הדין",
            "פסק-הדין-2",
            "event-5",
            "פסק-הדין-3",
            "פסק-הדין-4",
        ]
    );
    assert_eq!(event(&case, "פסק-הדין-3").title, "ערעור", "an explicit unique_id wins over a generated slug");
}

#[test]
fn problems_are_reported_with_timelinejs_paths() {
    let (text, problems) = import("problems.tl.json");
    assert_eq!(
        problems,
        [
            "5:46: events[2].start_date.month: month 13 does not exist (months run 1 to 12)",
            "6:31: events[3].start_date.year: expected a whole number, found \"20x0\"",
            "7:31: events[4].start_date.year: expected a whole number, found 2020.5",
            "8:56: events[5].start_date.day: day 30 does not exist: February 2023 has 28 days",
            "9:21: events[6].start_date: \"year\" is missing; every TimelineJS date needs a year",
            "10:21: events[7].start_date: expected a date { \"year\": … } (an object { … }), found a string",
            "11:63: events[8].end_date: ends (2020-04) before it starts (2020-05); the end is left out",
            "26:109: events[15].text.headline: expected a string, found a number",
            "1:1: title: warning: the timeline has no title slide (in a spreadsheet: a row of Type \"title\"); the \
             case is called \"Imported timeline\"",
            "3:5: events[0].start_date: warning: the event has no start_date and is left out (TimelineJS leaves it \
             out without a word)",
            "4:5: events[1].start_date: warning: the event has no start_date and is left out (TimelineJS leaves it \
             out without a word)",
            "4:21: events[1].strat_date: warning: unknown field \"strat_date\" is ignored (did you mean \
             \"start_date\"?)",
            "13:5: events[10].text.headline: warning: the event has no headline; its title is \"An event without a \
             headline, whose text is long enough to be…\"",
            "17:16: events[11].media.credit: warning: the quote \"We will appeal.\" is left out: a case quote needs \
             a speaker; put who said it in the credit",
            "22:25: events[12].media.url: warning: the media itself is not imported, only the quote in its caption",
            "25:74: events[14].unique_id: warning: the unique_id \"same\" is used twice; this event's id is \
             \"same-2\"",
            "26:5: events[15].text.headline: warning: the event has no headline; its title is \"2020-06-07\"",
            "26:74: events[15].unique_id: warning: \"has space\" has spaces, control or invisible characters or # in it; the id \
             is \"has-space\"",
            "29:14: options: warning: unknown field \"options\" is ignored",
        ]
    );
    let case = load_clean(&text);
    assert_eq!(case.title, "Imported timeline");
    let kept: Vec<(&str, String)> = case.events.iter().map(|e| (e.id.as_str(), e.date.to_iso())).collect();
    assert_eq!(
        kept,
        [
            ("ends-before-it-starts", "2020-05".to_string()),
            ("same-end", "2020-06-01".to_string()),
            ("event-11", "2020-06-02".to_string()),
            ("quote-without-credit", "2020-06-03".to_string()),
            ("quote-in-a-caption", "2020-06-04".to_string()),
            ("same", "2020-06-05".to_string()),
            ("same-2", "2020-06-06".to_string()),
            ("has-space", "2020-06-07".to_string()),
        ]
    );
    assert_eq!(event(&case, "ends-before-it-starts").end, None);
    assert_eq!(event(&case, "same-end").end, None);
    assert_eq!(
        event(&case, "event-11").title,
        "An event without a headline, whose text is long enough to be shortened for a…"
    );
    assert!(event(&case, "quote-without-credit").quotes.is_empty());
    let caption = event(&case, "quote-in-a-caption");
    assert_eq!(caption.quotes.len(), 1);
    assert_eq!(caption.quotes[0].text, "We will appeal.");
    assert_eq!(case.speaker_name(&caption.quotes[0].speaker), ("Defence counsel".to_string(), None));
}

#[test]
fn imports_round_trip_through_the_pretty_printer_and_the_validator() {
    for name in
        ["nso-amnesty.tl.json", "eras-groups.tl.json", "bce-times.tl.json", "hebrew.tl.json", "problems.tl.json"]
    {
        let root = json::parse(&fixture(name)).unwrap().root;
        let (case, _) = from_timelinejs(&root).unwrap();
        let text = json::to_string_pretty(&case);
        let reparsed = json::parse(&text).unwrap();
        assert!(reparsed.duplicates.is_empty());
        assert_eq!(without_positions(&reparsed.root), case, "{name}: the printed text reads back as the same tree");
        let loaded = load_clean(&text);
        let events = items(case.get("events").unwrap());
        assert_eq!(loaded.events.len(), events.len(), "{name}: every imported event loads");
        for e in events {
            let id = e.get("id").unwrap().as_str().unwrap();
            let loaded_event = event(&loaded, id);
            assert_eq!(loaded_event.title, e.get("title").unwrap().as_str().unwrap());
            let date = CaseDate::parse(e.get("date").unwrap().as_str().unwrap()).unwrap();
            assert_eq!(loaded_event.date, date, "{name}: {id}");
        }
        // Printing the loaded text again gives the same text.
        assert_eq!(json::to_string_pretty(&reparsed.root), text, "{name}");
    }
}

#[test]
fn recognises_timelinejs_but_not_a_case() {
    let tl = json::parse(&fixture("eras-groups.tl.json")).unwrap().root;
    assert!(looks_like_timelinejs(&tl));
    let case = json::parse(NSO_CASE).unwrap().root;
    assert!(!looks_like_timelinejs(&case));
    for text in [
        r#"{"events": []}"#,
        r#"{"events": [{"date": "2020"}]}"#,
        "[]",
        r#"{"version": 1, "events": [{"start_date": {}}]}"#,
    ] {
        assert!(!looks_like_timelinejs(&json::parse(text).unwrap().root), "{text}");
    }
}

#[test]
fn nothing_to_import_is_an_error_that_lists_every_problem() {
    let err = |text: &str| -> Vec<String> {
        from_timelinejs(&json::parse(text).unwrap().root)
            .unwrap_err()
            .problems
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(err("[1]"), ["1:1: expected a TimelineJS timeline (an object with \"events\"), found a list"]);
    assert_eq!(
        err(r#"{"title": {"text": {"headline": "T"}}, "events": [{"start_date": {"year": 2020, "month": 0}}]}"#),
        [
            "1:90: events[0].start_date.month: month 0 does not exist (months run 1 to 12)",
            "events: the only event cannot be imported; fix the problems above",
        ]
    );
    assert_eq!(
        err(r#"{"title": {"text": {"headline": "T"}}}"#),
        [
            "1:1: \"events\" is missing; a TimelineJS timeline has a list of events",
            "events: the timeline has no events to import",
        ]
    );
}

#[test]
fn spreadsheet_rows_and_columns_are_named_in_problems() {
    let csv = "\u{feff}Year, month ,Day,Time,End Year,Headline,Text,Media,Media Credit,Type,Tag,Notes\n\
               2020,1,16,9:30 pm,,\"Evening, session\",\"two\nlines\",,,,Court,x\n\
               ,,,,,,,,,,,\n\
               \"2,021\",13,1,,,Bad month,,,,,,\n\
               2021,2,3,25:00,,Bad time,,,,,,\n\
               ,,,,,No year,,,,,,\n\
               2022,3,4,0930,2023,Span,,\"<blockquote>We object.</blockquote>\",— Counsel,,Defence,\n\
               2020,,,,2023,Era one,,,,era,,\n\
               ,,,,,Title row,<p>About</p>,,,title,,\n\
               2024,5,6,12 a.m.,,Midnight,,,,,,\n";
    let (case, problems) = from_csv(csv).unwrap();
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "5:9: row 4, column \"month\": month 13 does not exist (months run 1 to 12)",
            "6:10: row 5, column \"Time\": \"25:00\" is not a time; write it as 9:30, 09:30:15, 0930 or 9:30 pm",
            "1:74: column \"Notes\": warning: \"Notes\" is not a TimelineJS column; it is ignored",
            "7:1: row 6, column \"Year\": warning: the Year is empty, so the row is left out (TimelineJS leaves it \
             out without a word)",
        ]
    );
    let text = json::to_string_pretty(&case);
    let strings = date_strings(&text);
    let s = |d: &str| d.to_string();
    assert_eq!(
        strings,
        [
            (s("2020-01-16T21:30"), None),
            (s("2022-03-04T09:30"), Some(s("2023"))),
            (s("2024-05-06T00:00"), None),
            (s("2020"), Some(s("2023"))),
        ]
    );
    let case = load_clean(&text);
    assert_eq!(case.title, "Title row");
    assert_eq!(case.summary.as_deref(), Some("About"));
    let evening = event(&case, "evening-session");
    assert_eq!(evening.summary.as_deref(), Some("two lines"));
    assert_eq!(lane_names(&case, evening), ["Court"]);
    let span = event(&case, "span");
    assert_eq!(span.end.unwrap().precision, Precision::Year);
    assert_eq!(span.quotes[0].text, "We object.");
    assert_eq!(case.speaker_name(&span.quotes[0].speaker).0, "Counsel");
    assert_eq!(event(&case, "era-one").kind, case_timeline::model::Kind::Other);
}

#[test]
fn a_spreadsheet_without_a_year_column_is_refused() {
    let err = from_csv("Headline,Text\nA,B\n").unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert!(err.problems[0].to_string().starts_with("1:1: the header row has no \"Year\" column; expected"));
    assert_eq!(from_csv("").unwrap_err().problems[0].message, "the file is empty; expected a header row");
}

#[test]
fn an_unclosed_quote_in_a_timelinejs_sheet_stops_at_its_line_and_is_reported() {
    let csv = "Year,Month,Day,Headline,Text\n2020,1,1,\"Unclosed,x\n2020,2,2,Next,y\n\n2020,3,3,Third,z\n";
    let (tree, problems) = from_csv(csv).unwrap();
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let unclosed: Vec<&String> = shown.iter().filter(|p| p.contains("never closed")).collect();
    assert_eq!(unclosed.len(), 1, "{shown:?}");
    assert!(unclosed[0].starts_with("2:10: row 2, column \"Headline\": warning: "), "{shown:?}");
    let case = load(&json::to_string_pretty(&tree), &Limits::default()).unwrap().case;
    let titles: Vec<&str> = case.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["\"Unclosed,x", "Next", "Third"], "the rows after the quote are events of their own");
    // Rows are numbered as the spreadsheet numbers them, the empty row included.
    let (_, problems) = from_csv("Year,Month,Headline\n2020,1,A\n\n2020,13,C\n").unwrap();
    assert!(problems.iter().any(|p| p.path.starts_with("row 4, column \"Month\"")), "{problems:?}");
}

// --- the command line ---------------------------------------------------------------------------

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_import_command_writes_a_case_that_validates() {
    let (code, stdout, stderr) = run(&["import", "timelinejs", "tests/fixtures/timelinejs/hebrew.tl.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one note, the language: {stderr}");
    assert!(stderr.contains(":note: the timeline is written in Hebrew"), "{stderr}");
    let case = load_clean(&stdout);
    assert_eq!(case.events.len(), 7);

    let out = std::env::temp_dir().join(format!("case-timeline-import-{}.json", std::process::id()));
    let out = out.to_string_lossy().into_owned();
    let (code, stdout, stderr) = run(&["import", "csv", "tests/fixtures/timelinejs/nso-amnesty.csv", "-o", &out]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr.trim(),
        "tests/fixtures/timelinejs/nso-amnesty.csv:7:273: row 5, column \"Media\": warning: media (an image, video \
         or embed) is not imported; only quotes are: a <blockquote>, or a caption in quotation marks"
    );
    let (code, stdout, _) = run(&["validate", &out]);
    assert_eq!((code, stdout.trim()), (0, format!("{out}: ok").as_str()));
    std::fs::remove_file(&out).unwrap();
}

#[test]
fn the_import_command_fails_on_errors_and_on_misuse() {
    let (code, stdout, stderr) = run(&["import", "timelinejs", "tests/fixtures/timelinejs/problems.tl.json"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.lines().next().unwrap(),
        "tests/fixtures/timelinejs/problems.tl.json:5:46: events[2].start_date.month: month 13 does not exist \
         (months run 1 to 12)"
    );
    assert_eq!(load_clean(&stdout).events.len(), 8, "what could be imported is still written");

    let (code, stdout, stderr) = run(&["import", "timelinejs", "www/cases/nso-amnesty.json"]);
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr.trim(),
        "www/cases/nso-amnesty.json:2:14: version: this is already a case file, not a TimelineJS timeline; check \
         it with `case-timeline validate`"
    );

    assert_eq!(run(&["import"]).0, 2);
    assert_eq!(run(&["import", "timelinejs"]).0, 2);
    assert_eq!(run(&["import", "xml", "a.xml"]).0, 2);
    assert_eq!(run(&["import", "csv", "a.csv", "b.csv"]).0, 2);
    assert_eq!(run(&["import", "csv", "a.csv", "-o"]).0, 2);
}

// --- no input makes the importer panic, and what it imports always validates ------------------

mod never_panics {
    use super::{from_csv, from_timelinejs};
    use crate::common::load;
    use case_timeline::import::html_to_text;
    use case_timeline::import::timelinejs::slug;
    use case_timeline::model::json;
    use case_timeline::model::Limits;
    use proptest::prelude::*;

    const FIXTURES: [&str; 5] = [
        include_str!("../fixtures/timelinejs/nso-amnesty.tl.json"),
        include_str!("../fixtures/timelinejs/eras-groups.tl.json"),
        include_str!("../fixtures/timelinejs/bce-times.tl.json"),
        include_str!("../fixtures/timelinejs/hebrew.tl.json"),
        include_str!("../fixtures/timelinejs/problems.tl.json"),
    ];
    const CSV: &str = include_str!("../fixtures/timelinejs/nso-amnesty.csv");

    /// Characters that change the meaning of JSON, HTML, dates and CSV.
    fn nasty() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "",
            "0",
            "-1",
            "13",
            "99999",
            "1.5",
            "\"",
            "\"\"",
            ",",
            ":",
            "{",
            "}",
            "[",
            "]",
            "null",
            "<",
            ">",
            "&",
            "&#0;",
            "&#xD800;",
            "<blockquote>",
            "</blockquote>",
            "<cite>",
            "<!--",
            "<script>",
            "\n",
            "\r\n",
            "\u{0}",
            "\u{7}",
            "#",
            " ",
            "—",
            "“",
            "”",
            "א",
            "\u{feff}",
            "\\u0000",
            "24:00",
            "12 pm",
            "era",
            "title",
        ])
        .prop_map(str::to_string)
    }

    /// `text` with `edits` replacements at byte positions (moved to character boundaries).
    fn mutate(text: &str, edits: &[(usize, usize, String)]) -> String {
        let mut out = text.to_string();
        for (at, len, with) in edits {
            let mut start = at % (out.len() + 1);
            while !out.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len % 8).min(out.len());
            while !out.is_char_boundary(end) {
                end -= 1;
            }
            out.replace_range(start..end.max(start), with);
        }
        out
    }

    fn assert_imports_validate(result: Result<(json::Node, Vec<case_timeline::Problem>), case_timeline::CaseError>) {
        if let Ok((case, _)) = result {
            let text = json::to_string_pretty(&case);
            let loaded = load(&text, &Limits::default());
            assert!(
                loaded.as_ref().is_ok_and(|l| !l.has_errors()),
                "imported case does not validate: {loaded:?}\n{text}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn mutated_timelinejs_never_panics(
            which in 0..FIXTURES.len(),
            edits in prop::collection::vec((any::<usize>(), any::<usize>(), nasty()), 1..8),
        ) {
            let text = mutate(FIXTURES[which], &edits);
            if let Ok(parsed) = json::parse(&text) {
                assert_imports_validate(from_timelinejs(&parsed.root));
            }
        }

        #[test]
        fn mutated_csv_never_panics(edits in prop::collection::vec((any::<usize>(), any::<usize>(), nasty()), 1..8)) {
            assert_imports_validate(from_csv(&mutate(CSV, &edits)));
        }

        #[test]
        fn any_text_is_fine_as_html_csv_and_slug(text in "\\PC{0,200}|[<>&#;x0-9a-z/!\\-\"',\n ]{0,200}") {
            let plain = html_to_text(&text);
            prop_assert!(!plain.starts_with(' ') && !plain.ends_with(' ') && !plain.contains("  "));
            let id = slug(&text);
            prop_assert!(id.chars().count() <= 64 && !id.chars().any(|c| c.is_whitespace() || c == '#'));
            let _ = from_csv(&text);
        }
    }
}

#[test]
fn an_unknown_timelinejs_field_is_quoted_the_way_the_validator_quotes_it() {
    // The importer and the validator share one object check: a long key with an invisible
    // character is clipped to 60 characters and the character shown as \uXXXX.
    let key = format!("x\u{202e}{}", "k".repeat(80));
    let text = format!(
        r#"{{"title": {{"text": {{"headline": "T"}}}}, "events": [{{"start_date": {{"year": 2020}}, "text": {{"headline": "E"}}, "{key}": 1}}]}}"#
    );
    let root = json::parse(&text).unwrap().root;
    let (_, problems) = from_timelinejs(&root).unwrap();
    let warning = problems.iter().map(ToString::to_string).find(|p| p.contains("unknown field")).expect("a warning");
    assert!(warning.contains(&format!("\"x\\u202E{}…\" is ignored", "k".repeat(58))), "{warning}");
    assert!(!warning.contains('\u{202e}'), "{warning}");
}

#[test]
fn a_timeline_written_in_hebrew_or_arabic_gets_that_language_and_an_english_one_none() {
    let timeline = |title: &str, headline: &str| {
        format!(
            r#"{{"title": {{"text": {{"headline": "{title}"}}}},
               "events": [{{"start_date": {{"year": 2020, "month": 1, "day": 2}}, "text": {{"headline": "{headline}"}}}}]}}"#
        )
    };
    for (title, headline, tag) in [
        ("עתירת אמנסטי נגד NSO", "הדיון בבית המשפט", Some("he")),
        ("قضية المحكمة", "جلسة الاستماع", Some("ar")),
        ("Amnesty v. NSO", "The hearing", None),
    ] {
        let root = json::parse(&timeline(title, headline)).unwrap().root;
        let (case, problems) = from_timelinejs(&root).unwrap();
        let locale = case.get("locale").and_then(Node::as_str);
        assert_eq!(locale, tag, "{title}");
        let noted = problems.iter().any(|p| p.message.contains("the timeline is written in"));
        assert_eq!(noted, tag.is_some(), "{problems:?}");
        let loaded = load_clean(&json::to_string_pretty(&case));
        assert_eq!(loaded.locale, tag.unwrap_or("en"));
    }
}

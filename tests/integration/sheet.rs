//! Our spreadsheet template: the shipped template and TimelineJS's both import to valid cases,
//! mistakes name their rows and columns, and `case-timeline import sheet` says the same.

use case_timeline::model::json;
use case_timeline::model::{import, load, DateOrder, Format, Input, Limits, Role};

fn imported(text: &str) -> case_timeline::model::Imported {
    import(Input::Text(text), Format::Auto, DateOrder::Auto, &Limits::default())
}

#[test]
fn the_shipped_template_imports_to_a_valid_case_that_round_trips() {
    let text = std::fs::read_to_string("www/templates/case-template.csv").unwrap();
    let out = imported(&text);
    assert_eq!(out.format, Format::Sheet);
    let errors: Vec<String> =
        out.problems.iter().filter(|p| p.severity != case_timeline::Severity::Info).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let case = out.case.unwrap();
    assert_eq!(case.title, "Example v. State");
    assert_eq!(case.parties.len(), 3);
    assert_eq!(case.events.len(), 3);
    assert_eq!(case.events[1].quotes.len(), 1, "the continuation row adds its quote");
    // Written out and read back as a case: the same case, without a problem.
    let written = json::to_string_pretty(&out.tree.unwrap());
    let again = load(Input::Text(&written), Format::Case, &Limits::default());
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.case.unwrap(), case);
}

#[test]
fn three_mistakes_are_three_problems_naming_their_rows() {
    let text = std::fs::read_to_string("tests/fixtures/sheet-three-mistakes.tsv").unwrap();
    let out = imported(&text);
    let shown: Vec<String> =
        out.problems.iter().filter(|p| p.severity != case_timeline::Severity::Info).map(|p| p.path.clone()).collect();
    assert_eq!(shown, ["row 5, column \"date\"", "row 6, column \"speaker\"", "row 13, column \"role\""]);
    let case = out.case.unwrap();
    assert_eq!(case.events.len(), 4, "every event but the one with an impossible date");
    let nso = case.parties.iter().find(|p| p.id == "nso").unwrap();
    assert_eq!(nso.role, Role::Other, "the party with an unknown role is kept");
    assert_eq!(case.parties.iter().find(|p| p.id == "ministry").unwrap().role, Role::Respondent);
    // Fixed, the same rows have no problem left.
    let fixed = text
        .replace("2020-02-30", "2020-02-20")
        .replace("villain", "respondent")
        .replace("The petition is rejected.\t\t", "The petition is rejected.\tTel Aviv District Court\t");
    let out = imported(&fixed);
    let left: Vec<String> =
        out.problems.iter().filter(|p| p.severity != case_timeline::Severity::Info).map(ToString::to_string).collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(out.case.unwrap().events.len(), 5);
}

#[test]
fn the_timelinejs_template_imports_as_csv_and_as_copied_tab_separated_rows() {
    let csv = std::fs::read_to_string("tests/fixtures/timelinejs/nso-amnesty.csv").unwrap();
    let tsv: String = csv
        .lines()
        .map(|l| {
            let rows = case_timeline::import::table::rows(l, ',');
            rows.first()
                .map(|r| r.cells.iter().map(|c| c.text.clone()).collect::<Vec<_>>().join("\t"))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("\n");
    for text in [csv, tsv] {
        let out = imported(&text);
        assert_eq!(out.format, Format::Csv);
        let case = out.case.expect("a case");
        assert!(!case.events.is_empty());
        let written = json::to_string_pretty(&out.tree.unwrap());
        let again = load(Input::Text(&written), Format::Case, &Limits::default());
        assert!(!again.has_errors(), "{:?}", again.problems);
    }
}

#[test]
fn dates_with_the_day_or_the_month_first() {
    let sheet = "date\ttitle\n03/04/2020\tA\n";
    let read = |order| {
        import(Input::Text(sheet), Format::Sheet, order, &Limits::default()).case.unwrap().events[0].date.to_iso()
    };
    assert_eq!(read(DateOrder::DayFirst), "2020-04-03");
    assert_eq!(read(DateOrder::MonthFirst), "2020-03-04");
    let auto = imported(sheet);
    assert!(auto
        .problems
        .iter()
        .any(|p| p.severity == case_timeline::Severity::Warning && p.message.contains("other way round")));
    let decided = imported("date\ttitle\n03/04/2020\tA\n7/13/2020\tB\n");
    assert_eq!(decided.case.unwrap().events[0].date.to_iso(), "2020-03-04", "7/13/2020 shows the month comes first");
}

#[test]
fn the_cli_imports_a_sheet_and_names_rows() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_case-timeline"))
        .args(["import", "sheet", "tests/fixtures/sheet-three-mistakes.tsv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.lines().next().unwrap().starts_with("tests/fixtures/sheet-three-mistakes.tsv:5:1: row 5, column \"date\": \"2020-02-30\": February 2020 has 29 days"), "{stderr}");
    let case = String::from_utf8_lossy(&out.stdout);
    assert!(load(Input::Text(&case), Format::Case, &Limits::default()).case.is_some());
}

/// The problems that are not notes, as `place: message`.
fn shown(out: &case_timeline::model::Imported) -> Vec<String> {
    out.problems
        .iter()
        .filter(|p| p.severity != case_timeline::Severity::Info)
        .map(|p| format!("{}: {}", p.path, p.message))
        .collect()
}

/// The tree written out and read back as a case: no error (what the embed code holds is valid).
fn written_is_valid(out: &case_timeline::model::Imported) -> String {
    let written = json::to_string_pretty(out.tree.as_ref().unwrap());
    let again = load(Input::Text(&written), Format::Case, &Limits::default());
    assert!(!again.has_errors(), "{:?}\n{written}", again.problems);
    written
}

#[test]
fn an_end_before_the_start_is_reported_and_left_out_of_the_written_case() {
    let out = imported("date\tend date\tkind\ttitle\n2020-05-01\t2020-04-01\thearing\tTrial\n");
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("row 2, column \"end date\": the end date (2020-04-01) is before the start (2020-05-01)"),
        "{problems:?}"
    );
    let written = written_is_valid(&out);
    assert!(!written.contains("\"end\""), "{written}");
    assert_eq!(out.case.unwrap().events[0].end, None);
    // A month may end within itself: kept.
    let out = imported("date\tend date\ttitle\n2020-07\t2020-07-13\tTrial\n");
    assert!(shown(&out).is_empty(), "{:?}", shown(&out));
    assert!(out.case.unwrap().events[0].end.is_some());
}

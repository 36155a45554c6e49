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

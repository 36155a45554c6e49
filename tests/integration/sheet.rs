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
fn an_unclosed_quote_is_reported_where_it_opens_and_the_rows_after_it_are_kept() {
    let out = imported("date,kind,title,party\n2020-01-01,filing,\"Unclosed quote,x\n2020-02-01,hearing,ok,court\n");
    assert_eq!(out.format, Format::Sheet);
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("row 2, column \"title\": the quotation mark (\") that starts this cell is never closed"),
        "{problems:?}"
    );
    let case = out.case.as_ref().unwrap();
    let titles: Vec<&str> = case.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles, ["\"Unclosed quote,x", "ok"], "the row after the quote is an event of its own");
    written_is_valid(&out);

    // Tab-separated (as pasted from a spreadsheet): up to the next tab, the party is kept.
    let out = imported(
        "date\tkind\ttitle\tparty\n2020-01-01\tstatement\t\"We won, says Doe\tdoe\n2020-02-01\thearing\tok\tcourt\n",
    );
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("row 2, column \"title\": "), "{problems:?}");
    let case = out.case.unwrap();
    assert_eq!(case.events.len(), 2);
    assert_eq!(case.events[0].title, "\"We won, says Doe");
    assert_eq!(case.parties[case.events[0].parties[0]].name, "doe");
}

#[test]
fn quotation_marks_typed_in_a_tab_separated_cell_are_kept_with_a_note() {
    let out = imported("date\ttitle\n2020-01-01\t\"We won\" says Doe\n");
    assert_eq!(out.case.as_ref().unwrap().events[0].title, "\"We won\" says Doe");
    assert!(shown(&out).is_empty(), "{:?}", shown(&out));
    let note = out.problems.iter().find(|p| p.path == "row 2, column \"title\"").expect("a note on the cell");
    assert_eq!(note.severity, case_timeline::Severity::Info);
    assert!(note.message.contains("kept as written"), "{}", note.message);
}

#[test]
fn text_without_a_header_row_is_a_sheet_problem_on_row_1() {
    for text in ["2020-03-01\tfiling\tA\tdoe", "hello world", "2020-03-01\tfiling\tA\n2020-04-01\thearing\tB\n"] {
        let out = import(Input::Text(text), Format::Sheet, DateOrder::Auto, &Limits::default());
        assert!(out.case.is_none() && out.tree.is_none());
        assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
        let p = &out.problems[0];
        assert_eq!(p.path, "row 1");
        assert!(p.message.starts_with("no header row: the first row must name the columns"), "{}", p.message);
        assert!(p.message.contains("date, end date, display date, kind, title"), "{}", p.message);
        assert!(!p.message.contains("JSON"), "{}", p.message);
    }
    let out = import(Input::Text("2020-03-01\tfiling\tA\tdoe"), Format::Sheet, DateOrder::Auto, &Limits::default());
    assert!(out.problems[0].message.contains("looks like an event's row"), "{}", out.problems[0].message);
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

#[test]
fn a_text_over_the_limit_is_cut_at_its_cell_and_the_written_case_is_valid() {
    let long = "Monday ".repeat(80);
    let out = imported(&format!("date\tdisplay date\ttitle\n2020-05-01\t{long}\tTrial\n"));
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .starts_with("row 2, column \"display date\": the display date is 559 characters long; the limit is 500"),
        "{problems:?}"
    );
    written_is_valid(&out);
    let case = out.case.unwrap();
    assert_eq!(case.events.len(), 1);
    assert!(case.events[0].display_date.as_ref().unwrap().chars().count() <= 500);
}

#[test]
fn unknown_columns_and_cells_beyond_the_header_are_reported_and_ignored() {
    let out = imported("date\tkind\ttitle\tjudge\tsumary\n2020-03-01\tfiling\tA\tX\tS\textra\n");
    let problems = shown(&out);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("row 1, column \"judge\": column \"judge\" is not one the importer knows, so it is ignored; the columns are date, end date")), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.starts_with(
            "row 1, column \"sumary\": column \"sumary\" is not one the importer knows (did you mean \"summary\"?)"
        )),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p
                .starts_with("row 2, column 6: \"extra\" is beyond the header row's last column (\"sumary\", row 1)")),
        "{problems:?}"
    );
    assert!(out.problems.iter().all(|p| p.severity != case_timeline::Severity::Error));
    assert_eq!(out.case.unwrap().events.len(), 1);
    // The parties block's columns too.
    let out = imported("date\ttitle\tparty\n2020-03-01\tA\tx\n\nparty\tname\trole\tnotes\nx\tX Ltd\tpetitioner\tn\n");
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("row 4, column \"notes\": column \"notes\" is not one the importer knows, so it is ignored; the columns are party, name, role, colour"), "{problems:?}");
}

#[test]
fn a_party_name_over_the_limit_is_cut_with_one_problem_and_the_party_keeps_its_lane() {
    let name = "x".repeat(629);
    let mut text = String::from("date\ttitle\tparty\n");
    for day in 1..=4 {
        text.push_str(&format!("2020-03-0{day}\tEvent {day}\tx\n"));
    }
    text.push_str(&format!("\nparty\tname\trole\nx\t{name}\tplaintiff\n"));
    let out = imported(&text);
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("row 8, column \"name\": the party name is 629 characters long; the limit is 500"),
        "{problems:?}"
    );
    written_is_valid(&out);
    let case = out.case.unwrap();
    assert_eq!(case.parties.len(), 1);
    assert_eq!(case.parties[0].role, Role::Petitioner);
    assert!(case.events.iter().all(|e| e.parties == [0]), "every event keeps its lane");

    // Typed in an event's party cell: the problem names that cell.
    let out = imported(&format!("date\ttitle\tparty\n2020-03-01\tA\t{name}\n"));
    let problems = shown(&out);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("row 2, column \"party\": the party name is 629 characters long"), "{problems:?}");
    written_is_valid(&out);
}

#[test]
fn an_unknown_word_is_named_with_its_article() {
    let out = imported("date\ttitle\taccess\n2020-03-01\tA\tsecret\n");
    let problems = shown(&out);
    assert!(problems.iter().any(|p| p.contains("\"secret\" is not an access;")), "{problems:?}");
}

#[test]
fn a_sheet_in_hebrew_or_arabic_gets_its_language_and_a_language_column_chooses_one() {
    let rows = |case: &str, event: &str, extra: &str| {
        format!("date\tkind\ttitle\tparty{extra}\n\tcase\t{case}\t\n2021-03-01\tfiling\t{event}\tcourt\n")
    };
    let hebrew = imported(&rows("עתירה לחשיפת מסמכים", "העותרים מגישים עתירה", ""));
    assert_eq!(hebrew.case.as_ref().unwrap().locale, "he");
    let note = hebrew.problems.iter().find(|p| p.message.contains("written in Hebrew")).expect("a note says why");
    assert_eq!(note.severity, case_timeline::Severity::Info);
    written_is_valid(&hebrew);
    let arabic = imported(&rows("دعوى للاطلاع على وثائق", "الصحفيون يرفعون الدعوى", ""));
    assert_eq!(arabic.case.unwrap().locale, "ar");
    // An English sheet stays English, without a note.
    let english = imported(&rows("Amnesty v. Ministry", "Amnesty petitions", ""));
    assert!(!["he", "ar"].contains(&english.case.unwrap().locale.as_str()));
    assert!(!english.problems.iter().any(|p| p.message.contains("written in")));
    // The language column on the case row decides, and its place is named if it is wrong.
    let chosen = imported(
        &rows("עתירה לחשיפת מסמכים", "העותרים מגישים עתירה", "\tlanguage")
            .replace("\tcase\tעתירה לחשיפת מסמכים\t", "\tcase\tעתירה לחשיפת מסמכים\t\ten"),
    );
    assert_eq!(chosen.case.as_ref().unwrap().locale, "en");
    assert!(shown(&chosen).is_empty(), "{:?}", shown(&chosen));
    let french = imported("date\tkind\ttitle\tlocale\n\tcase\tMon affaire\tfr\n2021-03-01\tfiling\tDépôt\t\n");
    assert_eq!(french.case.unwrap().locale, "fr");
    let wrong = imported("date\tkind\ttitle\tlanguage\n\tcase\tMon affaire\tnot a tag!\n2021-03-01\tfiling\tDépôt\t\n");
    let w: Vec<&str> = wrong
        .problems
        .iter()
        .filter(|p| p.severity != case_timeline::Severity::Info)
        .map(|p| p.path.as_str())
        .collect();
    assert_eq!(w, ["row 2, column \"language\""]);
}

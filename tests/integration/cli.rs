//! The `case-timeline` command line: messages, exit codes, SVG output.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn temp(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("case-timeline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn validate_accepts_the_demo_case() {
    let (code, stdout, stderr) = run(&["validate", "www/cases/nso-amnesty.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "www/cases/nso-amnesty.json: ok");
}

#[test]
fn validate_prints_file_line_column_path_and_message_and_fails() {
    let path = temp("bad.json", b"{\"version\": 1, \"title\": \"T\",\n \"events\": [{\"id\": \"a\", \"date\": \"2023-02-30\", \"kind\": \"filing\", \"title\": \"A\"}]}");
    let (code, _, stderr) = run(&["validate", &path]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.lines().next().unwrap(),
        format!("{path}:2:33: events[0].date: \"2023-02-30\": February 2023 has 28 days")
    );
}

#[test]
fn invalid_utf8_is_reported_with_its_position() {
    let path = temp("latin1.json", b"{\"title\": \"caf\xe9\"}");
    let (code, _, stderr) = run(&["validate", &path]);
    assert_eq!(code, 1);
    assert_eq!(stderr.trim(), format!("{path}:1:15: the file is not valid UTF-8 text (save it as UTF-8)"));
}

#[test]
fn validate_reads_text_that_is_not_json_as_a_sheet_and_json_as_json() {
    // A sheet's rows without the header row, and prose: the sheet's problem, not "JSON syntax".
    for (name, text) in [("rows.csv", "2020-01-01,filing,Petition\n"), ("notes.txt", "The court ruled on Monday.\n")] {
        let path = temp(name, text.as_bytes());
        let (code, _, stderr) = run(&["validate", &path]);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.starts_with(&format!("{path}:1:1: row 1: no header row")), "{stderr}");
        assert!(!stderr.contains("JSON"), "{stderr}");
    }
    // A TimelineJS sheet stays TimelineJS; JSON, even broken, stays JSON.
    let path = temp("tl.csv", b"Year,Month,Day,Headline\n2020,1,2,A\n");
    let (code, stdout, stderr) = run(&["validate", &path]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.ends_with(": ok\n"), "{stdout}");
    let path = temp("broken.json", b"{\"version\": 1,,}");
    let (code, _, stderr) = run(&["validate", &path]);
    assert_eq!(code, 1);
    assert!(stderr.contains("JSON"), "{stderr}");
}

#[test]
fn render_writes_an_svg_with_case_text_escaped() {
    let case = r#"{"version": 1, "title": "T", "events": [{"id": "a", "date": "2020-01-02", "kind": "filing", "title": "<script>alert(1)</script> & co"}]}"#;
    let input = temp("xss.json", case.as_bytes());
    let output = temp("xss.svg", b"");
    let (code, _, stderr) = run(&["render", &input, "-o", &output, "--width", "640", "--theme", "dark"]);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(&output).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("width=\"640\""));
    assert!(!svg.contains("<script"), "unescaped markup in SVG");
    assert!(svg.contains("&lt;script&gt;"), "title missing from SVG");
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&[]).0, 2);
    assert_eq!(run(&["render", "x.json"]).0, 2);
    assert_eq!(run(&["render", "x.json", "-o", "y.svg", "--width", "10"]).0, 2);
}

#[test]
fn render_with_a_fixed_height_centres_the_picture() {
    let output = temp("card.svg", b"");
    let (code, _, stderr) =
        run(&["render", "www/cases/nso-amnesty.json", "-o", &output, "--width", "1200", "--height", "630"]);
    assert_eq!(code, 0, "{stderr}");
    let svg = std::fs::read_to_string(&output).unwrap();
    let root = svg.lines().next().unwrap();
    assert!(root.starts_with("<svg width=\"1200\" height=\"630\" viewBox=\"0 -"), "{root}");
    assert!(svg.contains("Court rejects Amnesty"));
}

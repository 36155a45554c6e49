//! Hostile input, natively: the malformed-JSON corpus, huge inputs, and XSS payloads in every field.
//!
//! Every file in `tests/corpus/malformed/` goes through the API and `case-timeline validate`;
//! inputs too big to commit are built at run time; every payload of
//! `tests/corpus/xss-payloads.json` is put in every string field of a case and goes through the
//! validator and the SVG output.
//!
//! A malformed file must be refused with an error, never a panic: the native API (`load`,
//! `load_any`, `render_svg`) returns problems that name a position or a path, and the command
//! line exits 1 with `FILE:line:col: …` (or `FILE: …`) on standard error. The first line of each
//! file's messages is pinned in `NAME.expected` next to it; after changing a message on purpose
//! (or regenerating the corpus with `node tests/tools/gen-malformed.mjs`), rewrite them and review:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test --test integration corpus
//! git diff tests/corpus/
//! ```

use crate::common;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{load, load_any, Shown as Loaded};
use case_timeline::model::json::{self, Value};
use case_timeline::model::Limits;
use case_timeline::{render_svg, CaseError, Problem, SvgOptions};

type Loader = fn(&str, &Limits) -> Result<Loaded, CaseError>;

const MALFORMED: &str = "tests/corpus/malformed";
const PAYLOADS: &str = "tests/corpus/xss-payloads.json";
const NSO: &str = "www/cases/nso-amnesty.json";
const BIN: &str = env!("CARGO_BIN_EXE_case-timeline");

/// Bugs this corpus found in code outside the tests, not fixed yet. A check that hits one
/// expects the wrong behaviour described here (so the bug stays pinned and the suite green);
/// once the code is fixed, that check fails with "… fixed: remove it from KNOWN_BUGS".
const KNOWN_BUGS: &[&str] = &[];

fn known(bug: &str) -> bool {
    KNOWN_BUGS.contains(&bug)
}

fn update() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1")
}

fn temp(name: &str, contents: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("case-timeline-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path.to_string_lossy().into_owned()
}

/// `case-timeline validate FILE`: how it ended ("exit 1", "exit 101 (a panic)", "killed by a
/// signal") and its standard error.
fn validate_cli(path: &str) -> (Option<i32>, String) {
    let out = Command::new(BIN).args(["validate", path]).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn describe_exit(code: Option<i32>) -> String {
    match code {
        Some(101) => "exit 101 (a panic)".to_string(),
        Some(c) => format!("exit {c}"),
        None => "killed by a signal (a crash)".to_string(),
    }
}

/// The problems `f` reports for `text`, whether the case loaded or not; `Err` if it panicked.
fn problems_of(text: &str, f: Loader) -> Result<Vec<Problem>, String> {
    catch_unwind(AssertUnwindSafe(|| match f(text, &Limits::default()) {
        Ok(loaded) => loaded.problems,
        Err(e) => e.problems,
    }))
    .map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_default()
    })
}

/// Checks that `problems` refuse the input clearly: at least one error, each problem with a
/// message and a position or a path. Returns the first line (as `validate` prints it).
fn refused(problems: &[Problem]) -> Result<String, String> {
    if !problems.iter().any(Problem::is_error) {
        return Err(format!("no error reported: {problems:?}"));
    }
    for p in problems {
        if p.message.trim().is_empty() {
            return Err(format!("an empty message: {p:?}"));
        }
        if p.pos.is_none() && p.path.is_empty() {
            return Err(format!("names neither a position nor a path: {p}"));
        }
    }
    Ok(problems[0].to_string())
}

fn malformed_files() -> Vec<(String, PathBuf)> {
    common::json_files(MALFORMED)
}

/// One malformed file: refused by the CLI and by the API with the same first line, which must
/// be the pinned one. Returns the problems found with it.
fn check_malformed(name: &str, path: &Path) -> Vec<String> {
    let mut failures = Vec::new();
    let mut fail = |what: String| failures.push(format!("{name}: {what}"));
    let display = path.to_string_lossy().into_owned();
    let bytes = std::fs::read(path).unwrap();

    let (code, stderr) = validate_cli(&display);
    if code != Some(1) {
        fail(format!("`case-timeline validate` ended with {}, not exit 1:\n{stderr}", describe_exit(code)));
    }
    if let Some(line) = stderr.lines().find(|l| !l.starts_with(&format!("{display}:"))) {
        fail(format!("a line on standard error does not start with the file name: {line:?}"));
    }
    let cli_first = stderr.lines().next().unwrap_or("").strip_prefix(&format!("{display}:")).unwrap_or("").to_string();
    if cli_first.trim().is_empty() {
        fail("`case-timeline validate` printed no message".to_string());
    }

    match std::str::from_utf8(&bytes) {
        Ok(text) => {
            match problems_of(text, load).map_err(|p| format!("load panicked: {p}")).and_then(|p| refused(&p)) {
                Ok(first) if first != cli_first => {
                    fail(format!("the API's first line {first:?} differs from the CLI's {cli_first:?}"))
                }
                Ok(_) => {}
                Err(e) => fail(format!("load: {e}")),
            }
            if let Err(e) = problems_of(text, load_any).map_err(|p| format!("panicked: {p}")).and_then(|p| refused(&p))
            {
                fail(format!("load_any: {e}"));
            }
            match catch_unwind(|| render_svg(text, &SvgOptions::default()).map(|o| o.problems)) {
                Err(_) => fail("render_svg panicked".to_string()),
                Ok(Ok(problems)) if !problems.iter().any(Problem::is_error) => {
                    fail("render_svg drew it without reporting an error".to_string())
                }
                Ok(_) => {}
            }
        }
        Err(_) => {
            // The API takes &str, so only the CLI reads these bytes; it must say where they go wrong.
            let utf8 = cli_first.split(": ").nth(1) == Some("the file is not valid UTF-8 text (save it as UTF-8)");
            if !utf8 || !cli_first.split(':').take(2).all(|n| n.parse::<u32>().is_ok()) {
                fail(format!("expected `line:col: the file is not valid UTF-8 text …`, got {cli_first:?}"));
            }
            // Decoded leniently (as a browser does), the text is still refused, without a panic.
            let lossy = String::from_utf8_lossy(&bytes);
            for (what, f) in [("load", load as Loader), ("load_any", load_any)] {
                if let Err(e) = problems_of(&lossy, f).map_err(|p| format!("panicked: {p}")).and_then(|p| refused(&p)) {
                    fail(format!("{what} of the leniently decoded text: {e}"));
                }
            }
        }
    }

    let expected_path = path.with_extension("expected");
    if update() {
        std::fs::write(&expected_path, format!("{cli_first}\n")).unwrap();
    } else {
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected.trim_end_matches('\n') == cli_first => {}
            Ok(expected) => fail(format!("first line\n  expected {:?}\n  got      {cli_first:?}", expected.trim_end())),
            Err(e) => fail(format!("{}: {e}; run with UPDATE_EXPECT=1 to create it", expected_path.display())),
        }
    }
    failures
}

/// After hostile input, the demo case still loads and draws.
fn assert_a_valid_case_still_works() {
    let text = std::fs::read_to_string(NSO).unwrap();
    let loaded = load(&text, &Limits::default()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let svg = render_svg(&text, &SvgOptions::default()).unwrap().svg;
    assert!(svg.contains("Court rejects Amnesty"));
    let (code, stderr) = validate_cli(NSO);
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn every_malformed_file_is_refused_with_its_expected_message() {
    let files = malformed_files();
    assert!(files.len() >= 100, "only {} malformed files in {MALFORMED}", files.len());
    // Checked in parallel: one `validate` process per file.
    let chunks: Vec<Vec<(String, PathBuf)>> = files.chunks(files.len().div_ceil(8)).map(<[_]>::to_vec).collect();
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| s.spawn(move || chunk.iter().flat_map(|(n, p)| check_malformed(n, p)).collect::<Vec<_>>()))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    // No expectation is left without its input.
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let stale: Vec<String> = std::fs::read_dir(MALFORMED)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|n| !names.contains(&n.as_str()))
        .collect();
    assert!(stale.is_empty(), ".expected files without a .json: {stale:?}");
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
    assert_a_valid_case_still_works();
}

/// The inputs too big to commit: 10⁶ levels of nesting, a 50 MB string (over the 20 MiB limit)
/// and a 15 MB one (under it), through the API and the CLI.
#[test]
fn huge_inputs_are_refused_by_their_limits() {
    let limit = Limits::default().max_bytes;
    let long = "x".repeat(50_000_000);
    let fifteen = "é".repeat(7_500_000);
    let cases: Vec<(&str, String, String)> = vec![
        ("lists-1e6", "[".repeat(1_000_000), "1:66: JSON syntax: nesting is deeper than 64 levels".to_string()),
        (
            "objects-1e6",
            "{\"a\": ".repeat(1_000_000),
            format!("1:{}: JSON syntax: nesting is deeper than 64 levels", 65 * 6 + 1),
        ),
        ("closed-lists-1e6", "[".repeat(1_000_000) + &"]".repeat(1_000_000), {
            "1:66: JSON syntax: nesting is deeper than 64 levels".to_string()
        }),
        (
            "string-50mb",
            format!("{{\"version\": 1, \"title\": \"{long}\", \"events\": []}}"),
            format!("the case is {} bytes; the limit is {limit} bytes", long.len() + 41),
        ),
        (
            "string-15mb",
            format!("{{\n  \"version\": 1,\n  \"title\": \"{fifteen}\",\n  \"events\": []\n}}"),
            "3:12: title: is 7500000 characters long; the limit is 500".to_string(),
        ),
    ];
    for (name, text, expected) in &cases {
        let problems = problems_of(text, load).unwrap_or_else(|p| panic!("{name}: load panicked: {p}"));
        assert!(problems.iter().any(Problem::is_error), "{name}: {problems:?}");
        assert_eq!(problems[0].to_string(), *expected, "{name}");
        let any = problems_of(text, load_any).unwrap_or_else(|p| panic!("{name}: load_any panicked: {p}"));
        assert_eq!(any[0].to_string(), *expected, "{name}");
        let path = temp(&format!("{name}.json"), text.as_bytes());
        let (code, stderr) = validate_cli(&path);
        assert_eq!(code, Some(1), "{name}: {}\n{stderr}", describe_exit(code));
        assert_eq!(stderr.lines().next(), Some(format!("{path}:{expected}").as_str()), "{name}");
        std::fs::remove_file(&path).unwrap();
    }
    assert!(cases[3].2.contains("the limit is 20971520 bytes"));
    assert_a_valid_case_still_works();
}

// ─── XSS ────────────────────────────────────────────────────────────────────────────────────

fn payloads() -> Vec<String> {
    let text = std::fs::read_to_string(PAYLOADS).unwrap();
    let Value::Array(items) = json::parse(&text).unwrap().root.value else { panic!("{PAYLOADS} is not a list") };
    items.iter().map(|i| i.as_str().unwrap().to_string()).collect()
}

/// `s` as a JSON string.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A case with `p` in every string field: the case's texts, a party's and a person's names, a
/// source's title, publisher and URL, an event's title, summary, display date and quotes, an
/// inline speaker, and as the id of a party, a source and an event (and the references to them).
fn case_with(p: &str) -> String {
    let p = q(p);
    format!(
        r#"{{
  "version": 1,
  "title": {p}, "summary": {p}, "court": {p}, "case_number": {p}, "outcome": {p}, "judges": [{p}],
  "parties": [
    {{"id": "a", "name": {p}, "role": "petitioner"}},
    {{"id": {p}, "name": "Party whose id is the payload", "role": "other"}}
  ],
  "people": [{{"id": "p", "name": {p}, "title": {p}, "party": "a"}}],
  "sources": [
    {{"id": "s", "title": {p}, "publisher": {p}, "url": {p}, "published": "2020-07-13"}},
    {{"id": {p}, "title": "Source whose id is the payload", "url": "https://example.org/"}}
  ],
  "events": [
    {{"id": "e", "date": "2020-07-13", "display_date": {p}, "kind": "ruling", "title": {p}, "summary": {p},
      "parties": ["a", {p}], "sources": ["s", {p}],
      "quotes": [
        {{"text": {p}, "speaker": "p", "source": "s"}},
        {{"text": {p}, "speaker": {{"name": {p}, "title": {p}}}}},
        {{"text": {p}, "speaker": {p}}}
      ]}},
    {{"id": {p}, "date": "2020-08", "kind": "statement", "title": {p}}}
  ]
}}"#
    )
}

/// The fields of [`case_with`] that hold the payload as short text (500 characters at most)…
const SHORT_FIELDS: &[&str] = &[
    "title",
    "court",
    "case_number",
    "outcome",
    "judges[0]",
    "parties[0].name",
    "parties[1].id",
    "people[0].name",
    "people[0].title",
    "sources[0].title",
    "sources[0].publisher",
    "sources[0].url",
    "sources[1].id",
    "events[0].display_date",
    "events[0].title",
    "events[0].parties[1]",
    "events[0].sources[1]",
    "events[0].quotes[1].speaker.name",
    "events[0].quotes[1].speaker.title",
    "events[0].quotes[2].speaker",
    "events[1].id",
    "events[1].title",
];
/// …and as long text (10,000 characters).
const LONG_FIELDS: &[&str] = &[
    "summary",
    "events[0].summary",
    "events[0].quotes[0].text",
    "events[0].quotes[1].text",
    "events[0].quotes[2].text",
];

/// The documented rules, written out independently of the validator: ids have no whitespace,
/// control characters or `#`; links are `http(s)://something` without whitespace or controls;
/// quoted values are clipped to 60 characters with invisible characters shown as `\uXXXX`.
fn bad_id(t: &str) -> bool {
    t.chars().any(|c| c.is_whitespace() || c.is_control() || c == '#' || case_timeline::error::invisible(c))
}

fn web_address(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty()) && !t.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn shown(t: &str) -> String {
    let invisible = |c: char| {
        c.is_control()
            || (c.is_whitespace() && c != ' ')
            || matches!(c, '\u{ad}' | '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff0}'..='\u{fffb}')
    };
    let mut out = String::new();
    for (i, c) in t.chars().enumerate() {
        if i == 60 {
            out.push('…');
            break;
        }
        if invisible(c) {
            out.push_str(&format!("\\u{:04X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

/// The problems [`case_with`] must report for a payload of at most 500 characters, as
/// `path: message`.
fn expected_problems(payload: &str) -> Vec<String> {
    let t = payload.trim();
    let s = shown(t);
    let mut out = Vec::new();
    if !web_address(t) {
        out.push(format!("sources[0].url: \"{s}\" is not a web address; only http:// and https:// links are allowed"));
    }
    if bad_id(t) {
        let id =
            format!("\"{s}\" must not contain spaces, control or invisible characters or #; use letters, digits and -");
        out.push(format!("parties[1].id: {id}"));
        out.push(format!("sources[1].id: {id}"));
        out.push(format!("events[1].id: {id}"));
        out.push(format!(
            "events[0].parties[1]: the party \"{s}\" has errors of its own (see above), so it cannot be used"
        ));
        out.push(format!(
            "events[0].sources[1]: the source \"{s}\" has errors of its own (see above), so it cannot be used"
        ));
        out.push(format!(
            "events[0].quotes[2].speaker: the speaker \"{s}\" has errors of its own (see above), so it cannot be used"
        ));
    }
    out.sort();
    out
}

/// A minimal XML reader, enough to prove the SVG is well-formed: every `<` starts a tag, tags
/// nest, attribute values are quoted, `&` starts a known reference, and every character is one
/// XML 1.0 allows. Returns the elements (name and attributes) and the decoded text nodes.
#[derive(Default)]
struct Xml {
    elements: Vec<(String, Vec<(String, String)>)>,
    texts: Vec<String>,
}

fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

fn decode(raw: &str) -> Result<String, String> {
    if raw.contains('<') {
        return Err(format!("a raw `<` in {raw:?}"));
    }
    let mut out = String::new();
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').ok_or_else(|| format!("an unterminated `&` in {raw:?}"))?;
        let entity = &rest[at + 1..at + end];
        let c = match entity {
            "lt" => '<',
            "gt" => '>',
            "amp" => '&',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let n = if let Some(hex) = entity.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()
                } else {
                    entity.strip_prefix('#').and_then(|d| d.parse().ok())
                };
                n.and_then(char::from_u32).filter(|c| xml_char(*c)).ok_or_else(|| format!("unknown `&{entity};`"))?
            }
        };
        out.push(c);
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn parse_xml(doc: &str) -> Result<Xml, String> {
    if let Some(c) = doc.chars().find(|c| !xml_char(*c)) {
        return Err(format!("U+{:04X} is not allowed in XML", u32::from(c)));
    }
    let name_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | ':' | '_' | '.');
    let mut xml = Xml::default();
    let mut open: Vec<String> = Vec::new();
    let mut roots = 0;
    let mut rest = doc;
    while !rest.is_empty() {
        let Some(tag) = rest.strip_prefix('<') else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = decode(&rest[..end])?;
            if open.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root element: {text:?}"));
            }
            xml.texts.push(text);
            rest = &rest[end..];
            continue;
        };
        if let Some(close) = tag.strip_prefix('/') {
            let end = close.find('>').ok_or("an unterminated end tag")?;
            let name = close[..end].trim_end();
            if open.pop().as_deref() != Some(name) {
                return Err(format!("</{name}> closes nothing open"));
            }
            rest = &close[end + 1..];
            continue;
        }
        let name_len = tag.find(|c: char| !name_char(c)).unwrap_or(tag.len());
        let name = &tag[..name_len];
        if name.is_empty() {
            return Err(format!("`<` that starts no tag: {:?}", &rest[..rest.len().min(40)]));
        }
        if open.is_empty() {
            roots += 1;
        }
        let mut attrs = Vec::new();
        let mut t = &tag[name_len..];
        loop {
            let trimmed = t.trim_start_matches([' ', '\n', '\t', '\r']);
            if let Some(after) = trimmed.strip_prefix("/>") {
                t = after;
                break;
            }
            if let Some(after) = trimmed.strip_prefix('>') {
                open.push(name.to_string());
                t = after;
                break;
            }
            if trimmed.len() == t.len() {
                return Err(format!("<{name}>: attributes must be separated by spaces"));
            }
            let eq = trimmed.find('=').ok_or_else(|| format!("<{name}>: an attribute without a value"))?;
            let attr = &trimmed[..eq];
            if attr.is_empty() || !attr.chars().all(name_char) {
                return Err(format!("<{name}>: a bad attribute name {attr:?}"));
            }
            let value = trimmed[eq + 1..].strip_prefix('"').ok_or_else(|| format!("<{name} {attr}>: unquoted"))?;
            let end = value.find('"').ok_or_else(|| format!("<{name} {attr}>: unterminated value"))?;
            attrs.push((attr.to_string(), decode(&value[..end])?));
            t = &value[end + 1..];
        }
        xml.elements.push((name.to_string(), attrs));
        rest = t;
    }
    if !open.is_empty() || roots != 1 {
        return Err(format!("{roots} root elements, unclosed: {open:?}"));
    }
    Ok(xml)
}

/// What the SVG may contain: shapes and text, no links, scripts, styles or foreign content.
const SVG_ELEMENTS: &[&str] = &["svg", "rect", "circle", "ellipse", "line", "polyline", "polygon", "path", "text", "g"];

/// The SVG for a case holding `payload`: well-formed, only shapes and text, no event handler,
/// link or script, the payload in no attribute and never unescaped.
fn check_svg(svg: &str, payload: &str) -> Result<Xml, String> {
    let xml = parse_xml(svg)?;
    for (name, attrs) in &xml.elements {
        if !SVG_ELEMENTS.contains(&name.as_str()) {
            return Err(format!("a <{name}> element"));
        }
        for (attr, value) in attrs {
            let lower = attr.to_ascii_lowercase();
            if lower.starts_with("on") || lower.contains("href") || lower == "style" {
                return Err(format!("<{name} {attr}=…>"));
            }
            if value.contains("__xss") || (payload.trim().chars().count() >= 4 && value.contains(payload.trim())) {
                return Err(format!("the payload in <{name} {attr}={value:?}>"));
            }
        }
    }
    let lower = svg.to_ascii_lowercase();
    for bad in ["<script", "<a ", "<img", "<iframe", "<foreignobject", "<style", "<!--", "<![cdata[", "<?"] {
        if lower.contains(bad) {
            return Err(format!("{bad:?} in the SVG"));
        }
    }
    if payload.trim().chars().count() >= 4
        && payload.contains(['<', '>', '&', '"', '\''])
        && svg.contains(payload.trim())
    {
        return Err("the payload is in the SVG unescaped".to_string());
    }
    Ok(xml)
}

/// The SVG's texts as a reader sees them (without the direction isolate the scene puts around
/// text that is not ASCII).
fn texts(xml: &Xml) -> Vec<String> {
    xml.texts
        .iter()
        .map(|t| t.trim_matches('\n'))
        .map(|t| t.strip_prefix('\u{2068}').and_then(|t| t.strip_suffix('\u{2069}')).unwrap_or(t).to_string())
        .collect()
}

#[test]
fn xss_payloads_in_every_field_are_reported_exactly_and_escaped_in_the_svg() {
    let payloads = payloads();
    assert!(payloads.len() >= 150, "only {} payloads", payloads.len());
    let mut failures = Vec::new();
    let mut drawn = 0;
    for (i, payload) in payloads.iter().enumerate() {
        let n = i + 1;
        let text = case_with(payload);
        let t = payload.trim();
        let Ok(result) = catch_unwind(|| render_svg(&text, &SvgOptions::default())) else {
            failures.push(format!("#{n} {payload:?}: render_svg panicked"));
            continue;
        };
        let chars = t.chars().count();
        if chars > 500 {
            // Too long for the short fields: each is reported, and the case (its title) refused.
            let problems = match result {
                Ok(_) => {
                    failures.push(format!("#{n}: a {chars}-character title was accepted"));
                    continue;
                }
                Err(e) => e.problems,
            };
            let long: Vec<&str> = problems
                .iter()
                .filter(|p| p.message.starts_with(&format!("is {chars} characters long; the limit is ")))
                .map(|p| p.path.as_str())
                .collect();
            let mut expected: Vec<&str> = SHORT_FIELDS.to_vec();
            if known("speaker-title-unchecked-after-name-error") {
                expected.retain(|f| *f != "events[0].quotes[1].speaker.title");
            }
            if chars > 10_000 {
                expected.extend(LONG_FIELDS);
            }
            expected.sort_unstable();
            let mut got = long.clone();
            got.sort_unstable();
            if got != expected {
                failures.push(format!("#{n}: too-long errors at {got:?}, expected at {expected:?}"));
            }
            continue;
        }
        let (svg, problems) = match result {
            Ok(out) => (out.svg, out.problems),
            Err(e) => {
                failures.push(format!("#{n} {payload:?}: the case was refused: {e}"));
                continue;
            }
        };
        let mut got: Vec<String> = problems
            .iter()
            .map(|p| {
                assert!(p.pos.is_some(), "#{n}: {p} has no position");
                format!(
                    "{}: {}",
                    p.path,
                    if p.is_error() { p.message.clone() } else { format!("warning: {}", p.message) }
                )
            })
            .collect();
        got.sort();
        let expected = expected_problems(payload);
        if got != expected {
            failures.push(format!("#{n} {payload:?}:\n  expected {expected:#?}\n  got {got:#?}"));
        }
        // Characters SVG (XML 1.0) cannot carry, and a canvas would not draw, are drawn as U+FFFD.
        let drawable = |c: char| matches!(c, ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
        let t: String = t.chars().map(|c| if drawable(c) { c } else { '\u{FFFD}' }).collect();
        let t = t.as_str();
        match check_svg(&svg, payload) {
            Ok(xml) => {
                // The payload is drawn as the text it is: the lane of party "a" is named by it
                // (shortened with … when it does not fit).
                let lane = texts(&xml).into_iter().any(|s| {
                    s == t || s.strip_suffix('…').is_some_and(|head| !head.is_empty() && t.starts_with(head.trim_end()))
                });
                if lane {
                    drawn += 1;
                } else {
                    failures.push(format!("#{n} {payload:?}: not drawn as text; texts: {:?}", texts(&xml)));
                }
            }
            Err(e) => failures.push(format!("#{n} {payload:?}: unsafe or broken SVG: {e}")),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    assert!(drawn >= 150, "only {drawn} payloads were drawn as text");
}

/// The XML reader above must itself reject what a browser would not parse or would run.
#[test]
fn the_svg_checks_catch_unsafe_output() {
    let ok = r#"<svg width="1" xmlns="http://www.w3.org/2000/svg"><text x="1">&lt;img&gt; &amp; &#x41;</text></svg>"#;
    assert_eq!(parse_xml(ok).unwrap().texts, ["<img> & A"]);
    for bad in [
        r#"<svg><text>a<img src=x onerror=__xss(1)></text></svg>"#,
        r#"<svg><script>__xss(1)</script></svg>"#,
        r#"<svg><text onclick="__xss(1)">x</text></svg>"#,
        r#"<svg><a href="javascript:__xss(1)"><text>x</text></a></svg>"#,
        "<svg><text>a\u{1}b</text></svg>",
        "<svg><text>a & b</text></svg>",
        "<svg><text>x</svg>",
        "<svg><text x=1>x</text></svg>",
    ] {
        assert!(check_svg(bad, "<img src=x onerror=__xss(1)>").is_err(), "{bad}");
    }
}

#[test]
fn del_is_allowed_unescaped_in_strings() {
    let parsed = json::parse("\"a\u{7f}b\"");
    if known("del-refused-in-strings") {
        let err = parsed.err().expect("del-refused-in-strings fixed: remove it from KNOWN_BUGS");
        assert_eq!(err.to_string(), "1:3: JSON syntax: the control character U+007F inside a string must be escaped");
    } else {
        assert_eq!(parsed.unwrap().root.as_str(), Some("a\u{7f}b"));
    }
}

#[test]
fn the_person_and_party_warning_names_the_person_in_the_file() {
    let text = r#"{"version": 1, "title": "T", "parties": [{"id": "ex", "name": "Ex", "role": "petitioner"}],
 "people": [{"id": "broken"}, {"id": "ex", "name": "Ex Ample"}],
 "events": [{"id": "e", "date": "2020", "kind": "other", "title": "E"}]}"#;
    let problems: Vec<String> =
        load(text, &Limits::default()).unwrap().problems.iter().map(ToString::to_string).collect();
    let warning = "warning: \"ex\" names both a person and a party; quotes by \"ex\" are attributed to the person";
    let wrong = vec!["2:13: people[0]: \"name\" is missing".to_string(), format!("people[0].id: {warning}")];
    if known("person-and-party-warning-path") {
        assert_eq!(problems, wrong, "person-and-party-warning-path fixed? remove it from KNOWN_BUGS");
    } else {
        assert_eq!(
            problems,
            ["2:13: people[0]: \"name\" is missing".to_string(), format!("2:38: people[1].id: {warning}")]
        );
    }
}

/// Text that is only loaded reads its events one at a time (`json::Deferred`); the editor's
/// `import` reads the whole tree. Both must find the same case and the same problems, at the same
/// places, for every file here: the malformed corpus, the validator's error fixtures and the demo
/// cases, each also minified onto one line, and cases built to hit the seams (events before the
/// parties, duplicate keys inside an event, a syntax error in the last event, no version).
#[test]
fn events_read_one_at_a_time_give_what_the_whole_tree_gives() {
    use case_timeline::model::{import, load as load_input, DateOrder, Format, Input};
    let mut texts: Vec<(String, String)> = Vec::new();
    for dir in [MALFORMED, "tests/fixtures/errors", "www/cases"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let bytes = std::fs::read(&path).unwrap();
                let text = String::from_utf8_lossy(&bytes).into_owned();
                if let Ok(parsed) = json::parse(&text) {
                    texts.push((
                        format!("{} (one line)", path.display()),
                        json::to_string_pretty(&parsed.root).replace('\n', " "),
                    ));
                }
                texts.push((path.display().to_string(), text));
            }
        }
    }
    let event = |id: &str| {
        format!(r#"{{"id": "{id}", "date": "2020-01-02", "kind": "filing", "title": "T {id}", "parties": ["p"]}}"#)
    };
    let seams = [
        format!(
            r#"{{"version": 1, "title": "T", "events": [{}, {}], "parties": [{{"id": "p", "name": "P", "role": "court"}}]}}"#,
            event("a"),
            event("b")
        ),
        format!(
            r#"{{"version": 1, "title": "T", "events": [{{"id": "a", "id": "b", "date": "2020-01-02", "kind": "filing", "title": "X"}}, {}]}}"#,
            event("c")
        ),
        format!(r#"{{"version": 1, "title": "T", "events": [{}, {{"id": "z", "date": }}]}}"#, event("a")),
        format!(r#"{{"title": "T", "events": [{}]}}"#, event("a")),
        format!(
            "\u{feff}{{\"version\": 1, \"title\": \"T\",\n  \"events\": [\n{},\n  {}, {}]}}",
            event("a"),
            event("a"),
            event("é")
        ),
        r#"{"version": 1, "title": "T", "events": []}"#.to_string(),
        r#"{"version": 1, "title": "T", "events": {"id": "a"}}"#.to_string(),
        format!(r#"{{"version": 1, "events": [{}], "events": [{}]}}"#, event("a"), event("b")),
    ];
    texts.extend(seams.into_iter().enumerate().map(|(i, t)| (format!("seam {i}"), t)));
    assert!(texts.len() > 300, "the corpus is here ({} texts)", texts.len());
    let limits = Limits::default();
    for (name, text) in &texts {
        let loaded = load_input(Input::Text(text), Format::Auto, &limits);
        let whole = import(Input::Text(text), Format::Auto, DateOrder::Auto, &limits);
        assert_eq!(loaded.case, whole.case, "{name}: the case differs");
        assert_eq!(loaded.problems, whole.problems, "{name}: the problems differ");
        assert_eq!(loaded.format, whole.format, "{name}: the format differs");
    }
}

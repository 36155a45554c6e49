//! `case-timeline`: validate case files, render them to SVG, import TimelineJS timelines.
//! Native only; on wasm32 the binary is empty (the widget is the library).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {

    use std::path::Path;
    use std::process::ExitCode;

    use case_timeline::error::{Limits, Problem};
    use case_timeline::model::json;
    use case_timeline::model::{import as import_case, load, DateOrder, Format, Input};
    use case_timeline::theme::ThemeName;
    use case_timeline::{render_svg, SvgOptions};

    const USAGE: &str = "usage:
  case-timeline validate [--format auto|case|timelinejs|csv|sheet] FILE...
  case-timeline render FILE -o OUT.svg|OUT.png [--png] [--scale N] [--width PX] [--height PX] [--theme light|dark] [--header none] [--format F]
                       [--locale TAG]   (words, dates and direction; default: the case's locale)
  case-timeline import timelinejs|csv|sheet IN [-o OUT.json] [--day-first|--month-first]
  case-timeline draft ARTICLE.txt --published YYYY-MM-DD [-o draft.json] [--explain] [--title T] [--url URL] [--publisher P]";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("validate") => validate(args.get(1..).unwrap_or_default()),
            Some("render") => render(args.get(1..).unwrap_or_default()),
            Some("import") => import(args.get(1..).unwrap_or_default()),
            #[cfg(feature = "draft")]
            Some("draft") => draft_cmd::draft(args.get(1..).unwrap_or_default(), USAGE),
            #[cfg(not(feature = "draft"))]
            Some("draft") => {
                eprintln!("this case-timeline was built without drafting (cargo feature \"draft\")");
                ExitCode::FAILURE
            }
            Some("-h" | "--help" | "help") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            _ => {
                eprintln!("{USAGE}");
                ExitCode::from(2)
            }
        }
    }

    /// The value of `--format`, or a usage error.
    fn format_arg(value: Option<&String>) -> Result<Format, ExitCode> {
        match value.map(String::as_str).and_then(Format::parse) {
            Some(f) => Ok(f),
            None => {
                eprintln!("--format must be auto, case, timelinejs, csv or sheet");
                Err(ExitCode::from(2))
            }
        }
    }

    /// Reads a file as UTF-8, with a message naming where the bytes go wrong.
    /// [`read`], printing the reason when it fails.
    fn read_or_report(path: &str) -> Option<String> {
        read(path).map_err(|message| eprintln!("{message}")).ok()
    }

    fn read(path: &str) -> Result<String, String> {
        let bytes = std::fs::read(Path::new(path)).map_err(|e| format!("{path}: cannot read: {e}"))?;
        String::from_utf8(bytes).map_err(|e| {
            let good = e.as_bytes().get(..e.utf8_error().valid_up_to()).unwrap_or_default();
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let column = good.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
            format!("{path}:{line}:{column}: the file is not valid UTF-8 text (save it as UTF-8)")
        })
    }

    fn print_problem(path: &str, p: &Problem) {
        eprintln!("{path}:{p}");
    }

    /// `--format auto` for a file: text that does not start like JSON (`{`, `[`, a comment) in a
    /// file not named `.json` is read as a spreadsheet, as the editor's paste box reads it, so a
    /// sheet without its header row, or prose, gets the sheet's "row 1: no header row" rather
    /// than a JSON syntax error at its first letter.
    fn auto_format(format: Format, path: &str, text: &str) -> Format {
        let start = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
        let json_like =
            start.is_empty() || start.starts_with(['{', '[', '/', '"']) || path.to_ascii_lowercase().ends_with(".json");
        if format == Format::Auto && !json_like && !case_timeline::model::looks_like_csv(text) {
            Format::Sheet
        } else {
            format
        }
    }

    /// `validate [--format F] FILE…`: every problem as `FILE:line:col: path: message`; "FILE: ok"
    /// for a file without errors. Exit 1 when any file has errors, 2 on usage errors.
    fn validate(args: &[String]) -> ExitCode {
        let mut format = Format::Auto;
        let mut files = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if a == "--format" {
                match format_arg(it.next()) {
                    Ok(f) => format = f,
                    Err(code) => return code,
                }
            } else {
                files.push(a);
            }
        }
        if files.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        let mut failed = false;
        for path in files {
            let text = match read(path) {
                Ok(t) => t,
                Err(message) => {
                    eprintln!("{message}");
                    failed = true;
                    continue;
                }
            };
            let loaded = load(Input::Text(&text), auto_format(format, path, &text), &Limits::default());
            for p in &loaded.problems {
                print_problem(path, p);
            }
            if loaded.has_errors() || loaded.case.is_none() {
                failed = true;
            } else {
                println!("{path}: ok");
            }
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// `import timelinejs|csv|sheet IN [-o OUT] [--day-first|--month-first]`: writes case JSON
    /// (to stdout without -o); problems go to stderr as `IN:line:col: place: message` (notes say
    /// how a sheet's free-form values were read). The validator's problems with the result are
    /// among them, in the input's places for a sheet. Exit 1 when there were errors (what could
    /// be imported is still written), 2 on usage errors.
    fn import(args: &[String]) -> ExitCode {
        let mut format = None;
        let mut input = None;
        let mut output = None;
        let mut order = DateOrder::Auto;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "-o" | "--output" => match it.next() {
                    Some(o) if output.is_none() => output = Some(o.clone()),
                    _ => {
                        eprintln!("-o needs one output file\n{USAGE}");
                        return ExitCode::from(2);
                    }
                },
                "--day-first" => order = DateOrder::DayFirst,
                "--month-first" => order = DateOrder::MonthFirst,
                "timelinejs" | "csv" | "sheet" if format.is_none() => format = Some(a.clone()),
                _ if format.is_some() && input.is_none() => input = Some(a.clone()),
                _ => {
                    eprintln!("unexpected argument {a}\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
        let (Some(format), Some(input)) = (format, input) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        let Some(text) = read_or_report(&input) else { return ExitCode::FAILURE };
        let format = Format::parse(&format).unwrap_or(Format::TimelineJs);
        let imported = import_case(Input::Text(&text), format, order, &Limits::default());
        for p in &imported.problems {
            print_problem(&input, p);
        }
        let Some(case) = imported.tree else { return ExitCode::FAILURE };
        let failed = imported.problems.iter().any(Problem::is_error) || imported.case.is_none();
        let mut out = json::to_string_pretty(&case);
        out.push('\n');
        match output {
            Some(path) => {
                if let Err(e) = std::fs::write(&path, out) {
                    eprintln!("{path}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
            }
            None => print!("{out}"),
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    // ---- `draft` (issue 16: drafting a case from a news article) ---------------------------
    #[cfg(feature = "draft")]
    mod draft_cmd {
        use std::process::ExitCode;

        use case_timeline::error::Problem;
        use case_timeline::import::article::{draft as draft_article, parse_published, DraftOptions};
        use case_timeline::model::{load, Format, Input, Limits};

        /// Today's date in UTC, plus one day: a story dated in a time zone east of UTC may
        /// already be "tomorrow" here.
        fn latest_publication_day() -> jiff::civil::Date {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
            let days = secs.div_euclid(86_400) + 1;
            jiff::civil::Date::new(1970, 1, 1)
                .ok()
                .and_then(|epoch| epoch.checked_add(jiff::SignedDuration::from_hours(24 * days)).ok())
                .unwrap_or(jiff::civil::Date::MAX)
        }

        /// `draft ARTICLE --published YYYY-MM-DD [-o OUT] [--explain] [--title T] [--url U]
        /// [--publisher P]`: case JSON to OUT (or standard output); the report to standard
        /// output with -o, else to standard error. Exit 1 on bad input or nothing found, 2 on
        /// usage errors.
        pub fn draft(args: &[String], usage: &str) -> ExitCode {
            let mut input = None;
            let mut output = None;
            let mut published = None;
            let mut explain = false;
            let (mut title, mut url, mut publisher) = (None, None, None);
            let mut it = args.iter();
            while let Some(a) = it.next() {
                let slot = match a.as_str() {
                    "-o" | "--output" => &mut output,
                    "--published" => &mut published,
                    "--title" => &mut title,
                    "--url" => &mut url,
                    "--publisher" => &mut publisher,
                    "--explain" => {
                        explain = true;
                        continue;
                    }
                    _ if input.is_none() && !a.starts_with('-') => {
                        input = Some(a.clone());
                        continue;
                    }
                    _ => {
                        eprintln!("unexpected argument {a}\n{usage}");
                        return ExitCode::from(2);
                    }
                };
                match it.next() {
                    Some(v) if slot.is_none() => *slot = Some(v.clone()),
                    _ => {
                        eprintln!("{a} needs one value\n{usage}");
                        return ExitCode::from(2);
                    }
                }
            }
            let (Some(input), Some(published)) = (input, published) else {
                eprintln!("draft needs an article file and --published YYYY-MM-DD\n{usage}");
                return ExitCode::from(2);
            };
            let published = match parse_published(&published, latest_publication_day()) {
                Ok(d) => d,
                Err(message) => {
                    eprintln!("--published: {message}");
                    return ExitCode::FAILURE;
                }
            };
            let Some(text) = super::read_or_report(&input) else { return ExitCode::FAILURE };
            let options = DraftOptions { published, title, source_url: url, publisher };
            let drafted = match draft_article(&text, &options) {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("{input}: {e}");
                    return ExitCode::FAILURE;
                }
            };
            for w in drafted.warnings() {
                eprintln!("{input}: warning: {w}");
            }
            let mut json = drafted.to_case_json();
            json.push('\n');
            // The draft is checked as `validate` would; only errors (a drafter bug) are shown.
            let problems = load(Input::Text(&json), Format::Case, &Limits::default()).problems;
            let label = output.clone().unwrap_or_else(|| "<draft>".to_string());
            for p in problems.iter().filter(|p| p.is_error()) {
                eprintln!("{label}:{p}");
            }
            for p in problems.iter().filter(|p| !p.is_error()) {
                eprintln!("{label}:{p}");
            }
            let failed = problems.iter().any(Problem::is_error);
            match &output {
                Some(path) => {
                    if let Err(e) = std::fs::write(path, &json) {
                        eprintln!("{path}: cannot write: {e}");
                        return ExitCode::FAILURE;
                    }
                    if explain {
                        print!("{}", drafted.explain());
                    }
                }
                None => {
                    print!("{json}");
                    if explain {
                        eprint!("{}", drafted.explain());
                    }
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
    // ---- end of `draft` --------------------------------------------------------------------

    #[cfg(feature = "png")]
    fn to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
        case_timeline::png::svg_to_png(svg, scale)
    }

    #[cfg(not(feature = "png"))]
    fn to_png(_svg: &str, _scale: f32) -> Result<Vec<u8>, String> {
        Err("this build has no PNG output (build with the png feature)".to_string())
    }

    /// `render FILE -o OUT.svg|OUT.png [--png] [--scale N] …`: the picture the widget draws, as
    /// SVG, or as PNG (with `--png` or an output ending in .png) rasterised with the bundled font.
    fn render(args: &[String]) -> ExitCode {
        let mut input = None;
        let mut output = None;
        let mut options = SvgOptions::default();
        let mut png = false;
        let mut scale = 1.0f32;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "-o" | "--output" => output = it.next().cloned(),
                "--png" => png = true,
                "--scale" => match it.next().and_then(|s| s.parse::<f32>().ok()).filter(|s| (0.25..=8.0).contains(s)) {
                    Some(s) => scale = s,
                    None => {
                        eprintln!("--scale needs a number between 0.25 and 8 (pixels per CSS px; 2 or 3 for print)");
                        return ExitCode::from(2);
                    }
                },
                "--width" => {
                    match it.next().and_then(|w| w.parse::<f32>().ok()).filter(|w| (200.0..=20_000.0).contains(w)) {
                        Some(w) => options.width = w,
                        None => {
                            eprintln!("--width needs a number of CSS px between 200 and 20000");
                            return ExitCode::from(2);
                        }
                    }
                }
                "--height" => {
                    match it.next().and_then(|h| h.parse::<f32>().ok()).filter(|h| (100.0..=20_000.0).contains(h)) {
                        Some(h) => options.height = Some(h),
                        None => {
                            eprintln!("--height needs a number of CSS px between 100 and 20000");
                            return ExitCode::from(2);
                        }
                    }
                }
                "--format" => match format_arg(it.next()) {
                    Ok(f) => options.format = f,
                    Err(code) => return code,
                },
                // A tag without a language pack falls back to the case's language (a warning).
                "--locale" => match it.next() {
                    Some(tag) => options.locale = Some(tag.clone()),
                    None => {
                        eprintln!("--locale needs a language tag such as he, ar or de-CH");
                        return ExitCode::from(2);
                    }
                },
                "--header" => match it.next().map(String::as_str) {
                    Some("none") => options.header = false,
                    Some("show") => options.header = true,
                    _ => {
                        eprintln!("--header must be none or show");
                        return ExitCode::from(2);
                    }
                },
                "--theme" => match it.next().map(String::as_str) {
                    Some("light") => options.theme = ThemeName::Light,
                    Some("dark") => options.theme = ThemeName::Dark,
                    _ => {
                        eprintln!("--theme must be light or dark");
                        return ExitCode::from(2);
                    }
                },
                _ if input.is_none() => input = Some(a.clone()),
                _ => {
                    eprintln!("unexpected argument {a}\n{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
        let (Some(input), Some(output)) = (input, output) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        let png = png || output.to_ascii_lowercase().ends_with(".png");
        let Some(text) = read_or_report(&input) else { return ExitCode::FAILURE };
        options.format = auto_format(options.format, &input, &text);
        match render_svg(&text, &options) {
            Ok(out) => {
                for p in &out.problems {
                    print_problem(&input, p);
                }
                let bytes = if png {
                    match to_png(&out.svg, scale) {
                        Ok(b) => b,
                        Err(message) => {
                            eprintln!("{output}: {message}");
                            return ExitCode::FAILURE;
                        }
                    }
                } else {
                    out.svg.into_bytes()
                };
                if let Err(e) = std::fs::write(&output, bytes) {
                    eprintln!("{output}: cannot write: {e}");
                    return ExitCode::FAILURE;
                }
                if out.problems.iter().any(Problem::is_error) {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                }
            }
            Err(e) => {
                for p in &e.problems {
                    print_problem(&input, p);
                }
                ExitCode::FAILURE
            }
        }
    }
}

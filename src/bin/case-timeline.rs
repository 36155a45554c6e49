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
    use case_timeline::model::{convert, load, Format, Input};
    use case_timeline::theme::ThemeName;
    use case_timeline::{render_svg, SvgOptions};

    const USAGE: &str = "usage:
  case-timeline validate [--format auto|case|timelinejs|csv] FILE...
  case-timeline render FILE -o OUT.svg [--width PX] [--height PX] [--theme light|dark] [--header none] [--format F]
  case-timeline import timelinejs|csv IN [-o OUT.json]";

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("validate") => validate(args.get(1..).unwrap_or_default()),
            Some("render") => render(args.get(1..).unwrap_or_default()),
            Some("import") => import(args.get(1..).unwrap_or_default()),
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
                eprintln!("--format must be auto, case, timelinejs or csv");
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
            let loaded = load(Input::Text(&text), format, &Limits::default());
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

    /// `import timelinejs|csv IN [-o OUT]`: writes case JSON (to stdout without -o); problems go
    /// to stderr as `IN:line:col: path: message`. Exit 1 when the input had errors (what could
    /// be imported is still written), 2 on usage errors.
    fn import(args: &[String]) -> ExitCode {
        let mut format = None;
        let mut input = None;
        let mut output = None;
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
                "timelinejs" | "csv" if format.is_none() => format = Some(a.clone()),
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
        let format = if format == "csv" { Format::Csv } else { Format::TimelineJs };
        let converted = convert(Input::Text(&text), format, &Limits::default());
        let problems = converted.problems;
        let Some(case) = converted.tree else {
            for p in &problems {
                print_problem(&input, p);
            }
            return ExitCode::FAILURE;
        };
        for p in &problems {
            print_problem(&input, p);
        }
        let mut failed = problems.iter().any(Problem::is_error);
        let mut out = json::to_string_pretty(&case);
        out.push('\n');
        // The output is checked as `validate` would: an importer bug must not go unnoticed.
        let label = output.clone().unwrap_or_else(|| "<output>".to_string());
        let checked = load(Input::Text(&out), Format::Case, &Limits::default()).problems;
        for p in &checked {
            print_problem(&label, p);
        }
        failed |= checked.iter().any(Problem::is_error);
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

    fn render(args: &[String]) -> ExitCode {
        let mut input = None;
        let mut output = None;
        let mut options = SvgOptions::default();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "-o" | "--output" => output = it.next().cloned(),
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
        let Some(text) = read_or_report(&input) else { return ExitCode::FAILURE };
        match render_svg(&text, &options) {
            Ok(out) => {
                for p in &out.problems {
                    print_problem(&input, p);
                }
                if let Err(e) = std::fs::write(&output, out.svg) {
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

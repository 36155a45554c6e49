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
  case-timeline render FILE -o OUT.svg|OUT.png [--png] [--scale N] [--width PX] [--height PX] [--theme light|dark] [--format F]
  case-timeline import timelinejs|csv|sheet IN [-o OUT.json] [--day-first|--month-first]";

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

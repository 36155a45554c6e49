//! Evaluation of `case-timeline draft` on the stories in `tests/draft/stories/` against their
//! hand-written answer keys (format: `tests/draft/README.md`). Prints, per story and per set
//! (tuning, held-out): quote precision and recall, speaker accuracy of the quotes found, and
//! event-date accuracy (key events matched by kind and by date at the key's precision). A
//! benchmark: it never fails on the figures. `make eval`, or
//! `cargo run --release --example draft_eval [-- --verbose] [-- --set tuning]
//! [-- --stories NAME,NAME]`.

use std::path::{Path, PathBuf};

use case_timeline::import::article::{draft, DraftOptions, ItemKind};
use case_timeline::model::json::{self, Node, Value};

#[derive(Default, Clone, Copy)]
struct Counts {
    drafted_quotes: usize,
    key_quotes: usize,
    matched_quotes: usize,
    right_speakers: usize,
    key_events: usize,
    matched_events: usize,
    drafted_events: usize,
    drafted_wrong_events: usize,
    access_right: usize,
    undated: usize,
    people_expected: usize,
    people_found: usize,
    parties_expected: usize,
    parties_found: usize,
    review: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.drafted_quotes += o.drafted_quotes;
        self.key_quotes += o.key_quotes;
        self.matched_quotes += o.matched_quotes;
        self.right_speakers += o.right_speakers;
        self.key_events += o.key_events;
        self.matched_events += o.matched_events;
        self.drafted_events += o.drafted_events;
        self.drafted_wrong_events += o.drafted_wrong_events;
        self.access_right += o.access_right;
        self.undated += o.undated;
        self.people_expected += o.people_expected;
        self.people_found += o.people_found;
        self.parties_expected += o.parties_expected;
        self.parties_found += o.parties_found;
        self.review += o.review;
    }
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "   –  ".to_string()
    } else {
        format!("{:5.1}%", 100.0 * n as f64 / d as f64)
    }
}

fn text<'a>(node: &'a Node, key: &str) -> Option<&'a str> {
    node.get(key).and_then(Node::as_str)
}

fn strings(node: &Node, key: &str) -> Vec<String> {
    match node.get(key).map(|n| &n.value) {
        Some(Value::Array(items)) => items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

fn items(node: &Node, key: &str) -> Vec<Node> {
    match node.get(key).map(|n| &n.value) {
        Some(Value::Array(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn norm(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let s = s.trim_end_matches(['.', ',']).to_string();
    s.strip_prefix("the ").map(str::to_string).unwrap_or(s).replace('’', "'")
}

fn plain_date(d: &str) -> &str {
    d.trim_end_matches(['~', '?', '%'])
}

fn evaluate(root: &Path, key_path: &Path, verbose: bool) -> Result<(String, String, Counts), String> {
    let key_text = std::fs::read_to_string(key_path).map_err(|e| format!("{}: {e}", key_path.display()))?;
    let key = json::parse(&key_text).map_err(|e| format!("{}: {e}", key_path.display()))?.root;
    let name = key_path.file_name().and_then(|n| n.to_str()).unwrap_or("").trim_end_matches(".key.json").to_string();
    let set = text(&key, "set").unwrap_or("held-out").to_string();
    let article_path: PathBuf = match text(&key, "article") {
        Some(p) => root.join(p),
        None => key_path.with_file_name(format!("{name}.txt")),
    };
    let article = std::fs::read_to_string(&article_path).map_err(|e| format!("{}: {e}", article_path.display()))?;
    let published = text(&key, "published").unwrap_or("");
    let published: jiff::civil::Date = published.parse().map_err(|e| format!("{name}: published: {e}"))?;
    let drafted = draft(&article, &DraftOptions::new(published)).map_err(|e| format!("{name}: {e}"))?;
    let mut c = Counts::default();

    // Quotes.
    let drafted_quotes: Vec<(String, String)> = drafted
        .items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Quote { speaker, .. } => Some((i.label.clone(), speaker.clone())),
            _ => None,
        })
        .collect();
    let key_quotes = items(&key, "quotes");
    c.drafted_quotes = drafted_quotes.len();
    c.key_quotes = key_quotes.len();
    let mut used = vec![false; drafted_quotes.len()];
    for q in &key_quotes {
        let want = norm(text(q, "text").unwrap_or(""));
        let mut speakers = vec![norm(text(q, "speaker").unwrap_or(""))];
        speakers.extend(strings(q, "aliases").iter().map(|a| norm(a)));
        let found = drafted_quotes
            .iter()
            .enumerate()
            .find(|(i, (t, _))| !used.get(*i).copied().unwrap_or(true) && norm(t) == want);
        match found {
            Some((i, (_, speaker))) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                c.matched_quotes += 1;
                if speakers.contains(&norm(speaker)) {
                    c.right_speakers += 1;
                } else if verbose {
                    println!("    {name}: wrong speaker {speaker:?} for {want:?} (want {:?})", speakers.first());
                }
            }
            None if verbose => println!("    {name}: missed quote {want:?}"),
            None => {}
        }
    }
    if verbose {
        for ((t, s), u) in drafted_quotes.iter().zip(&used) {
            if !u {
                println!("    {name}: extra quote {t:?} by {s}");
            }
        }
    }

    // Events.
    let drafted_events: Vec<(String, String, String, bool)> = drafted
        .items()
        .iter()
        .filter_map(|i| match &i.kind {
            ItemKind::Event { kind, date, access, undated } => {
                Some((kind.to_string(), plain_date(date).to_string(), access.unwrap_or("public").to_string(), *undated))
            }
            _ => None,
        })
        .collect();
    c.undated = drafted_events.iter().filter(|e| e.3).count();
    let dated: Vec<&(String, String, String, bool)> = drafted_events.iter().filter(|e| !e.3).collect();
    c.drafted_events = dated.len();
    let mut taken = vec![false; dated.len()];
    let key_events = items(&key, "events");
    let mut optional_hits = 0;
    for optional in [false, true] {
        for e in key_events
            .iter()
            .filter(|e| matches!(e.get("optional").map(|n| &n.value), Some(Value::Bool(true))) == optional)
        {
            let kind = text(e, "kind").unwrap_or("");
            let date = plain_date(text(e, "date").unwrap_or(""));
            let access = text(e, "access").unwrap_or("public");
            if !optional {
                c.key_events += 1;
            }
            let hit = dated
                .iter()
                .enumerate()
                .find(|(i, d)| !taken.get(*i).copied().unwrap_or(true) && d.0 == kind && d.1 == date);
            match hit {
                Some((i, d)) => {
                    if let Some(t) = taken.get_mut(i) {
                        *t = true;
                    }
                    if optional {
                        optional_hits += 1;
                    } else {
                        c.matched_events += 1;
                        if d.2 == access {
                            c.access_right += 1;
                        } else if verbose {
                            println!("    {name}: access {} for {kind} {date} (want {access})", d.2);
                        }
                    }
                }
                None if verbose && !optional => {
                    println!("    {name}: missed event {kind} {date} ({})", text(e, "what").unwrap_or(""))
                }
                None => {}
            }
        }
    }
    c.drafted_wrong_events = dated.len() - c.matched_events - optional_hits;
    if verbose {
        for (d, t) in dated.iter().zip(&taken) {
            if !t {
                println!("    {name}: extra event {} {}", d.0, d.1);
            }
        }
    }

    // People and parties (reported, not in the headline figures).
    let case = json::parse(&drafted.to_case_json()).map_err(|e| format!("{name}: draft JSON: {e}"))?.root;
    let drafted_people: Vec<String> = items(&case, "people").iter().filter_map(|p| text(p, "name").map(norm)).collect();
    for p in items(&key, "people") {
        c.people_expected += 1;
        if drafted_people.contains(&norm(text(&p, "name").unwrap_or(""))) {
            c.people_found += 1;
        } else if verbose {
            println!("    {name}: missed person {:?}", text(&p, "name"));
        }
    }
    let drafted_parties: Vec<(String, String)> = items(&case, "parties")
        .iter()
        .map(|p| (norm(text(p, "name").unwrap_or("")), text(p, "role").unwrap_or("").to_string()))
        .collect();
    for p in items(&key, "parties") {
        c.parties_expected += 1;
        let mut names = vec![norm(text(&p, "name").unwrap_or(""))];
        names.extend(strings(&p, "aliases").iter().map(|a| norm(a)));
        let mut roles = vec![text(&p, "role").unwrap_or("").to_string()];
        roles.extend(strings(&p, "also"));
        if drafted_parties.iter().any(|(n, r)| names.contains(n) && roles.contains(r)) {
            c.parties_found += 1;
        } else if verbose {
            println!("    {name}: missed party {:?} as {:?}", names.first(), roles.first());
        }
    }
    c.review = drafted.items().iter().filter(|i| i.review.is_some()).count();
    // The draft must load without errors.
    let text = drafted.to_case_json();
    let loaded = case_timeline::model::load(
        case_timeline::model::Input::Text(&text),
        case_timeline::model::Format::Case,
        &case_timeline::model::Limits::default(),
    );
    if loaded.case.is_none() || loaded.has_errors() {
        let first = loaded.problems.iter().find(|p| p.is_error()).map(ToString::to_string);
        return Err(format!("{name}: the draft does not load: {first:?}"));
    }
    Ok((name, set, c))
}

fn row(label: &str, c: &Counts) {
    println!(
        "{label:<30} {:>7} {:>7} {:>9} {:>9} {:>8} {:>7} {:>8} {:>8} {:>4} {:>4}",
        pct(c.matched_quotes, c.drafted_quotes),
        pct(c.matched_quotes, c.key_quotes),
        pct(c.right_speakers, c.matched_quotes),
        pct(c.matched_events, c.key_events),
        pct(c.matched_events, c.matched_events + c.drafted_wrong_events),
        pct(c.access_right, c.matched_events),
        format!("{}/{}", c.people_found, c.people_expected),
        format!("{}/{}", c.parties_found, c.parties_expected),
        c.undated,
        c.review,
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let only = args.iter().position(|a| a == "--set").and_then(|i| args.get(i + 1)).cloned();
    // `--stories a,b,c`: only the stories so named (their totals then cover just them).
    let picked: Option<Vec<String>> = args
        .iter()
        .position(|a| a == "--stories")
        .and_then(|i| args.get(i + 1))
        .map(|l| l.split(',').map(str::to_string).collect());
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("tests/draft/stories");
    let mut keys: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".key.json"))
            .collect(),
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    keys.sort();
    if let Some(names) = &picked {
        keys.retain(|k| {
            let file = k.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
            names.iter().any(|n| file == format!("{n}.key.json"))
        });
    }
    println!("Drafting from articles: evaluation against hand-written keys (tests/draft/README.md)\n");
    println!(
        "{:<30} {:>7} {:>7} {:>9} {:>9} {:>8} {:>7} {:>8} {:>8} {:>4} {:>4}",
        "story", "quote P", "quote R", "speakers", "ev. date", "ev. P", "access", "people", "parties", "und.", "rev."
    );
    let mut totals: Vec<(String, Counts)> = Vec::new();
    for set in ["tuning", "held-out"] {
        if only.as_deref().is_some_and(|o| o != set) {
            continue;
        }
        println!("-- {set} set");
        let mut total = Counts::default();
        for key in &keys {
            match evaluate(&root, key, false) {
                Ok((name, s, c)) if s == set => {
                    row(&name, &c);
                    if verbose {
                        let _ = evaluate(&root, key, true);
                    }
                    total.add(&c);
                }
                Ok(_) => {}
                Err(e) => println!("{e}"),
            }
        }
        totals.push((set.to_string(), total));
    }
    println!("-- overall");
    let mut all = Counts::default();
    for (set, t) in &totals {
        row(&format!("{set} (all stories)"), t);
        all.add(t);
    }
    row("everything", &all);
    println!(
        "\nquote P/R: quotes drafted that are in the key / key quotes drafted (verbatim, whitespace aside);\n\
         speakers: of the key quotes found, the share with the key's speaker; ev. date: key events drafted\n\
         with the same kind and date at the key's precision; ev. P: dated drafted events that match a key\n\
         event; access: matched events with the key's access; und.: events drafted without a date (on the\n\
         publication day, for review; not scored); rev.: items marked needs_review. Targets on held-out:\n\
         quote recall >= 95%, speakers >= 90%, event dates >= 85%."
    );
}

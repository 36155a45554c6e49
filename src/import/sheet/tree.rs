//! The case JSON tree the sheet importer writes, with its values' positions and a sheet place
//! for each JSON path.

use super::{place, shorten, Imported, Reader, Speaker};
use crate::error::{clip, sort_problems, CaseError, Limits, Pos, Problem, ProblemKind};
use crate::model::json::{Node, Value};

/// The case's name when the sheet has no row of kind "case" and no petitioner and respondent.
pub const UNTITLED: &str = "Untitled case";

struct Out {
    places: Vec<(String, String)>,
}

impl Out {
    fn text(&mut self, path: String, place: &str, text: &str, pos: Option<Pos>) -> Node {
        if !place.is_empty() {
            self.places.push((path, place.to_string()));
        }
        Node { value: Value::String(text.to_string()), pos }
    }
}

fn object(members: Vec<(&str, Node)>, pos: Option<Pos>) -> Node {
    Node { value: Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()), pos }
}

fn list(items: Vec<Node>) -> Node {
    Node::new(Value::Array(items))
}

/// The tree, or every problem when no event can be shown.
pub(super) fn finish(mut r: Reader, limits: &Limits) -> Result<Imported, CaseError> {
    if r.events.is_empty() {
        let message = if r.problems.iter().any(Problem::is_error) {
            "no row has an event that can be shown; fix the problems above"
        } else {
            "the sheet has no events yet: add one row per event under the header (a date and a title at least)"
        };
        r.problems.push(Problem::error(ProblemKind::NoEvents, "", None, message));
        sort_problems(&mut r.problems);
        return Err(CaseError { problems: r.problems });
    }
    let mut out = Out { places: Vec::new() };
    let mut case: Vec<(&str, Node)> = vec![("version", Node::new(Value::Number(1.0)))];
    let title = match &r.case_title {
        Some((t, pos, at)) => out.text("title".to_string(), at, t, Some(*pos)),
        None => {
            let first = |role: &str| r.parties.iter().find(|p| p.role == role).map(|p| p.name.clone());
            let made = match (first("petitioner"), first("respondent")) {
                (Some(a), Some(b)) => format!("{a} v. {b}"),
                _ => UNTITLED.to_string(),
            };
            r.problems.push(Problem::info(
                ProblemKind::Import,
                "",
                None,
                format!(
                    "the case is called \"{}\"; to name it, add a row of kind \"case\" with its name as the title",
                    clip(&made)
                ),
            ));
            Node::new(Value::String(made))
        }
    };
    case.push(("title", title));
    if let Some((cell, at)) = &r.case_summary {
        case.push(("summary", out.text("summary".to_string(), at, &cell.text, Some(cell.pos))));
    }
    match &r.case_language {
        Some((cell, at)) => case.push(("locale", out.text("locale".to_string(), at, &cell.text, Some(cell.pos)))),
        None => {
            if let Some((tag, name)) = script_language(&r) {
                r.problems.push(Problem::info(
                    ProblemKind::Import,
                    "",
                    None,
                    format!(
                        "the sheet is written in {name}, so the timeline is in {name} (\"{tag}\": its words, dates and right-to-left direction); to choose another language, add a \"language\" column and write its code (such as \"en\") on the row of kind \"case\""
                    ),
                ));
                case.push(("locale", Node::new(Value::String(tag.to_string()))));
            }
        }
    }
    if !r.parties.is_empty() {
        let mut items = Vec::new();
        for (i, p) in r.parties.iter().enumerate() {
            let path = format!("parties[{i}]");
            let row_place = p.row.map(|n| format!("row {n}")).unwrap_or_default();
            if !row_place.is_empty() {
                out.places.push((path.clone(), row_place.clone()));
            }
            let pos = p.name_cell.as_ref().map(|c| c.pos);
            let mut members = vec![
                ("id", Node { value: Value::String(p.id.clone()), pos }),
                ("name", out.text(format!("{path}.name"), &p.name_at, &p.name, pos)),
                (
                    "role",
                    Node { value: Value::String(p.role.to_string()), pos: p.role_cell.as_ref().map(|c| c.pos).or(pos) },
                ),
            ];
            if let Some(colour) = &p.colour {
                let cpos = p.colour_cell.as_ref().map(|c| c.pos);
                members.push(("color", out.text(format!("{path}.color"), &row_place, colour, cpos)));
            }
            items.push(object(members, pos));
        }
        case.push(("parties", list(items)));
    }
    if !r.people.is_empty() {
        let mut items = Vec::new();
        for (i, p) in r.people.iter().enumerate() {
            let path = format!("people[{i}]");
            out.places.push((path.clone(), p.place.clone()));
            let mut members = vec![
                ("id", Node { value: Value::String(p.id.clone()), pos: Some(p.cell.pos) }),
                ("name", Node { value: Value::String(p.name.clone()), pos: Some(p.cell.pos) }),
            ];
            if let Some(t) = &p.title {
                members.push(("title", Node { value: Value::String(t.clone()), pos: Some(p.cell.pos) }));
            }
            items.push(object(members, Some(p.cell.pos)));
        }
        case.push(("people", list(items)));
    }
    if !r.sources.is_empty() {
        let mut items = Vec::new();
        for (i, s) in r.sources.iter().enumerate() {
            let path = format!("sources[{i}]");
            out.places.push((path.clone(), s.place.clone()));
            let pos = Some(s.cell.pos);
            let mut members = vec![
                ("id", Node { value: Value::String(s.id.clone()), pos }),
                ("title", Node { value: Value::String(s.title.clone()), pos }),
            ];
            if let Some(p) = &s.publisher {
                members.push(("publisher", Node { value: Value::String(p.clone()), pos }));
            }
            if let Some(u) = &s.url {
                members.push(("url", Node { value: Value::String(u.clone()), pos }));
            }
            items.push(object(members, pos));
        }
        case.push(("sources", list(items)));
    }
    let mut events = Vec::new();
    for (i, e) in r.events.iter().enumerate() {
        let path = format!("events[{i}]");
        out.places.push((path.clone(), format!("row {}", e.row)));
        let at = |col: &str| place(e.row, col);
        let mut m = vec![
            ("id", Node { value: Value::String(e.id.clone()), pos: Some(e.row_pos) }),
            ("date", out.text(format!("{path}.date"), &at(&e.date.2), &e.date.0, Some(e.date.1.pos))),
        ];
        if let Some((iso, cell, col)) = &e.end {
            m.push(("end", out.text(format!("{path}.end"), &at(col), iso, Some(cell.pos))));
        }
        if let Some((text, pos, col)) = &e.display {
            m.push(("display_date", out.text(format!("{path}.display_date"), &at(col), text, Some(*pos))));
        }
        let kind_pos = e.kind.1.as_ref().map(|c| c.pos).or(Some(e.row_pos));
        m.push(("kind", out.text(format!("{path}.kind"), &at(&e.kind.2), e.kind.0, kind_pos)));
        m.push(("title", out.text(format!("{path}.title"), &at(&e.title.2), &e.title.0, Some(e.title.1))));
        if let Some((cell, col)) = &e.summary {
            m.push(("summary", out.text(format!("{path}.summary"), &at(col), &cell.text, Some(cell.pos))));
        }
        if !e.parties.is_empty() {
            let items = e
                .parties
                .iter()
                .enumerate()
                .map(|(j, (id, cell, at))| out.text(format!("{path}.parties[{j}]"), at, id, Some(cell.pos)))
                .collect();
            m.push(("parties", list(items)));
        }
        if let Some((word, cell, col)) = &e.access {
            m.push(("access", out.text(format!("{path}.access"), &at(col), word, Some(cell.pos))));
        }
        if let Some((word, cell, col)) = &e.status {
            m.push(("status", out.text(format!("{path}.status"), &at(col), word, Some(cell.pos))));
        }
        if !e.quotes.is_empty() {
            let mut items = Vec::new();
            for (j, q) in e.quotes.iter().enumerate() {
                let qpath = format!("{path}.quotes[{j}]");
                let qplace = place(q.row, &q.quote_col);
                let splace = place(q.row, &q.speaker_col);
                let mut qm = vec![("text", out.text(format!("{qpath}.text"), &qplace, &q.text.text, Some(q.text.pos)))];
                out.places.push((qpath.clone(), qplace));
                let spos = Some(q.speaker_cell.pos);
                let speaker = match &q.speaker {
                    Speaker::Party(id) => out.text(format!("{qpath}.speaker"), &splace, id, spos),
                    Speaker::Person(k) => {
                        let id = r.people.get(*k).map(|p| p.id.clone()).unwrap_or_default();
                        out.text(format!("{qpath}.speaker"), &splace, &id, spos)
                    }
                    Speaker::Named(name, title) => {
                        out.places.push((format!("{qpath}.speaker"), splace.clone()));
                        let mut sm = vec![("name", Node { value: Value::String(name.clone()), pos: spos })];
                        if let Some(t) = title {
                            sm.push(("title", Node { value: Value::String(t.clone()), pos: spos }));
                        }
                        object(sm, spos)
                    }
                };
                qm.push(("speaker", speaker));
                if let Some(s) = q.source.and_then(|k| r.sources.get(k)) {
                    qm.push(("source", Node { value: Value::String(s.id.clone()), pos: Some(s.cell.pos) }));
                }
                items.push(object(qm, Some(q.text.pos)));
            }
            m.push(("quotes", list(items)));
        }
        if !e.sources.is_empty() {
            let items = e
                .sources
                .iter()
                .filter_map(|k| r.sources.get(*k))
                .map(|s| Node { value: Value::String(s.id.clone()), pos: Some(s.cell.pos) })
                .collect();
            m.push(("sources", list(items)));
        }
        events.push(object(m, Some(e.row_pos)));
    }
    case.push(("events", list(events)));
    let mut tree = object(case, None);
    let mut fit = Fit { limits, places: &out.places, problems: &mut r.problems };
    fit.walk(&mut tree, "");
    sort_problems(&mut r.problems);
    Ok(Imported { tree, problems: r.problems, places: out.places })
}

/// The language the sheet's case name, titles and summaries are written in, when it is Hebrew or
/// Arabic ([`crate::import::written_in`]).
fn script_language(r: &Reader) -> Option<(&'static str, &'static str)> {
    let title = r.case_title.as_ref().map(|(t, _, _)| t.as_str());
    let texts = title.into_iter().chain(r.case_summary.as_ref().map(|(c, _)| c.text.as_str())).chain(
        r.events
            .iter()
            .flat_map(|e| std::iter::once(e.title.0.as_str()).chain(e.summary.as_ref().map(|(c, _)| c.text.as_str()))),
    );
    crate::import::written_in(texts)
}

/// Cuts every text longer than the case format allows (so the case is valid, and only that text
/// is changed), with an error at its sheet place.
struct Fit<'a> {
    limits: &'a Limits,
    places: &'a [(String, String)],
    problems: &'a mut Vec<Problem>,
}

impl Fit<'_> {
    fn walk(&mut self, node: &mut Node, path: &str) {
        match &mut node.value {
            Value::Object(members) => {
                for (key, value) in members.iter_mut() {
                    // Ids and references (an event's parties and sources, a quote's source and
                    // speaker) are made by the importer: slugs of at most 64 letters.
                    let reference = match key.as_str() {
                        "id" | "source" => true,
                        "parties" | "sources" => !path.is_empty(),
                        "speaker" => matches!(value.value, Value::String(_)),
                        _ => false,
                    };
                    if reference {
                        continue;
                    }
                    let at = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    self.walk(value, &at);
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    self.walk(item, &format!("{path}[{i}]"));
                }
            }
            Value::String(text) => {
                let long = path == "summary" || path.ends_with(".summary") || path.ends_with(".text");
                let limit = if long { self.limits.max_text_chars } else { self.limits.max_short_chars };
                let trimmed = text.trim();
                if trimmed.len() <= limit {
                    return;
                }
                let chars = trimmed.chars().count();
                if chars <= limit {
                    return;
                }
                let cut = shorten(trimmed, limit);
                let message = format!(
                    "the {} is {chars} characters long; the limit is {limit}, so it is cut to \"{}\"; shorten it",
                    what(path),
                    clip(&cut)
                );
                self.problems.push(Problem::error(ProblemKind::Limit, self.place(path), node.pos, message));
                *text = cut;
            }
            _ => {}
        }
    }

    /// The sheet place of `path`: that of the longest recorded path that is it or holds it.
    fn place(&self, path: &str) -> String {
        self.places
            .iter()
            .filter(|(p, _)| {
                path == p || path.strip_prefix(p.as_str()).is_some_and(|rest| rest.starts_with(['.', '[']))
            })
            .max_by_key(|(p, _)| p.len())
            .map_or_else(|| path.to_string(), |(_, place)| place.clone())
    }
}

/// What the text at `path` is, for a message: "party name", "display date".
fn what(path: &str) -> &'static str {
    let key = path.rsplit('.').next().unwrap_or(path);
    let list = path.split('[').next().unwrap_or("");
    match key {
        "name" if list == "parties" => "party name",
        "name" => "speaker's name",
        "title" if path == "title" => "case's name",
        "title" if list == "sources" => "source title",
        "title" if list == "people" || path.ends_with("speaker.title") => "speaker's title",
        "title" => "title",
        "summary" if path == "summary" => "case's summary",
        "summary" => "summary",
        "display_date" => "display date",
        "text" => "quote",
        "publisher" => "source publisher",
        "url" => "source URL",
        _ => "text",
    }
}

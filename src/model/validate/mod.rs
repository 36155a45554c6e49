//! From JSON text (or a JSON tree) to a [`Case`], collecting every problem on the way.
//!
//! Rules: an error in a required field of an event (`id`, `date`, `kind`, `title`) leaves that
//! event out; an error in an optional part (a quote's speaker, a source reference) leaves that
//! part out; unknown fields are warnings. The case loads when its top level is usable and at
//! least one event survives; every problem is reported either way.

use crate::ids::Ids;

use super::date::CaseDate;
use super::json::{join, object_members, Deferred, Node, Value};
use super::words::Vocabulary;
use super::Case;
use crate::error::{clip, invisible, sort_problems, Limits, Pos, Problem, ProblemKind};

mod entries;
mod values;

use values::Refs;
pub use values::{is_web_url, parse_color, valid_language_tag};

/// Validates a parsed JSON tree (from text, or converted from a JS object): the case, when
/// its top level is usable and at least one event survives, and every problem found (errors
/// first, then in file order). When the tree's `events` were left in the text (`deferred`, see
/// [`Deferred`]), each event is read, validated and let go in turn.
pub(crate) fn validate(root: &Node, deferred: Option<&Deferred<'_>>, limits: &Limits) -> (Option<Case>, Vec<Problem>) {
    let mut v = Validator { problems: Vec::new(), limits, declared: Ids::default(), known_lists: Vec::new() };
    let case = v.case(root, deferred);
    sort_problems(&mut v.problems);
    (case, v.problems)
}

const CASE_FIELDS: &[&str] = &[
    "version",
    "title",
    "summary",
    "court",
    "case_number",
    "judges",
    "outcome",
    "locale",
    "time_zone",
    "parties",
    "people",
    "sources",
    "events",
    "$schema",
];
const PARTY_FIELDS: &[&str] = &["id", "name", "role", "color", "note", "needs_review"];
const PERSON_FIELDS: &[&str] = &["id", "name", "title", "party", "note", "needs_review"];
const SOURCE_FIELDS: &[&str] = &["id", "title", "publisher", "url", "published", "note", "needs_review"];
const EVENT_FIELDS: &[&str] = &[
    "id",
    "date",
    "end",
    "display_date",
    "kind",
    "title",
    "summary",
    "parties",
    "access",
    "status",
    "quotes",
    "sources",
    "lang",
    "note",
    "needs_review",
];
const QUOTE_FIELDS: &[&str] = &["text", "speaker", "lang", "source", "note", "needs_review"];
const SPEAKER_FIELDS: &[&str] = &["name", "title"];

struct Validator<'l> {
    problems: Vec<Problem>,
    limits: &'l Limits,
    /// Every id written in `parties`, `people` and `sources`, valid or not, so a reference to a
    /// broken entry is not also called unknown.
    declared: Ids,
    /// The "known: …" lists of messages, per kind of id, built once (a file with thousands of
    /// bad references would otherwise sort every id list thousands of times).
    known_lists: Vec<(&'static str, String)>,
}

/// The members of a JSON object, with the path it sits at.
struct Obj<'n> {
    members: &'n [(String, Node)],
    path: String,
    pos: Option<Pos>,
}

impl<'n> Obj<'n> {
    fn get(&self, key: &str) -> Option<&'n Node> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
    fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }
}

impl<'l> Validator<'l> {
    fn error(&mut self, kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) {
        self.problems.push(Problem::error(kind, path, pos, message));
    }

    /// `node` as an object whose fields are `known` (others are warned about).
    fn object<'n>(&mut self, node: &'n Node, path: &str, what: &str, known: &[&str]) -> Option<Obj<'n>> {
        let members = object_members(node, path, what, known, &mut self.problems)?;
        Some(Obj { members, path: path.to_string(), pos: node.pos })
    }

    /// A string field. `required` fields report their absence; `long` selects the text limit.
    fn string(&mut self, obj: &Obj<'_>, key: &str, required: bool, long: bool) -> Option<String> {
        let Some(node) = obj.get(key) else {
            if required {
                self.error(ProblemKind::Missing, &obj.path, obj.pos, format!("\"{key}\" is missing"));
            }
            return None;
        };
        self.string_value(node, &|| obj.at(key), long)
    }

    /// A string value at the path `path()` (written only for a problem: most strings have none).
    fn string_value(&mut self, node: &Node, path: &dyn Fn() -> String, long: bool) -> Option<String> {
        let Value::String(s) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                path(),
                node.pos,
                format!("expected a string, found {}", node.value.type_name()),
            );
            return None;
        };
        let limit = if long { self.limits.max_text_chars } else { self.limits.max_short_chars };
        let trimmed = s.trim();
        if trimmed.is_empty() {
            self.error(ProblemKind::Empty, path(), node.pos, "must not be empty");
            return None;
        }
        // Characters are counted only when the bytes alone exceed the limit.
        let chars = if trimmed.len() <= limit { trimmed.len() } else { trimmed.chars().count() };
        if chars > limit {
            self.error(
                ProblemKind::Limit,
                path(),
                node.pos,
                format!("is {chars} characters long; the limit is {limit}"),
            );
            return None;
        }
        Some(trimmed.to_string())
    }

    /// The editor's own fields, which readers never see: `note` (where an entry came from, e.g.
    /// the drafter's evidence sentence) and `needs_review` (a flag for the editor). Their types are
    /// checked; their values are not kept.
    fn editor_fields(&mut self, obj: &Obj<'_>) {
        let _ = self.string(obj, "note", false, true);
        if let Some(node) = obj.get("needs_review") {
            if !matches!(node.value, Value::Bool(_)) {
                self.error(
                    ProblemKind::WrongType,
                    obj.at("needs_review"),
                    node.pos,
                    format!("expected true or false, found {}", node.value.type_name()),
                );
            }
        }
    }

    /// A list field (absent = empty).
    fn list<'n>(&mut self, obj: &Obj<'n>, key: &str) -> &'n [Node] {
        match obj.get(key) {
            None => &[],
            Some(Node { value: Value::Array(items), .. }) => items,
            Some(node) => {
                self.error(
                    ProblemKind::WrongType,
                    obj.at(key),
                    node.pos,
                    format!("expected a list [ … ], found {}", node.value.type_name()),
                );
                &[]
            }
        }
    }

    /// A field whose value is one of `words`. Another case or a synonym ("defendant") is read,
    /// with a warning saying which word to write; anything else is an error. `kept` ends the
    /// error's message with what is used instead ("; the party is shown with role \"other\"").
    fn choice<T: Copy + PartialEq>(
        &mut self,
        obj: &Obj<'_>,
        key: &str,
        words: &Vocabulary<T>,
        default: Option<T>,
        kept: &str,
    ) -> Option<T> {
        let Some(node) = obj.get(key) else {
            if default.is_none() {
                self.error(ProblemKind::Missing, &obj.path, obj.pos, format!("\"{key}\" is missing{kept}"));
            }
            return default;
        };
        let Value::String(s) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                obj.at(key),
                node.pos,
                format!("expected one of {}, found {}{kept}", words.allowed(), node.value.type_name()),
            );
            return None;
        };
        match words.read(s) {
            Some(reading) => {
                if !reading.exact {
                    self.problems.push(Problem::warning(
                        ProblemKind::NotAllowed,
                        obj.at(key),
                        node.pos,
                        format!("\"{}\" is read as \"{}\"; write \"{}\"", clip(s.trim()), reading.word, reading.word),
                    ));
                }
                Some(reading.value)
            }
            None => {
                self.error(
                    ProblemKind::NotAllowed,
                    obj.at(key),
                    node.pos,
                    format!("\"{}\" is not allowed{kept}; use one of {}", clip(s), words.allowed()),
                );
                None
            }
        }
    }

    fn date(&mut self, obj: &Obj<'_>, key: &str, required: bool) -> Option<CaseDate> {
        let node = obj.get(key);
        let text = self.string(obj, key, required, false)?;
        match CaseDate::parse(&text) {
            Ok(d) => Some(d),
            Err(message) => {
                self.error(ProblemKind::Date, obj.at(key), node.and_then(|n| n.pos), message);
                None
            }
        }
    }

    /// The "known: …" list for messages about unknown references of `what`, made once.
    fn known_list(&mut self, what: &'static str, make: impl FnOnce() -> String) -> String {
        if let Some((_, list)) = self.known_lists.iter().find(|(w, _)| *w == what) {
            return list.clone();
        }
        let list = make();
        self.known_lists.push((what, list.clone()));
        list
    }

    fn id(&mut self, obj: &Obj<'_>, seen: &mut Ids) -> Option<String> {
        let node = obj.get("id");
        let id = self.string(obj, "id", true, false)?;
        let pos = node.and_then(|n| n.pos);
        if id.chars().any(|c| c.is_whitespace() || c.is_control() || c == '#' || invisible(c)) {
            self.error(
                ProblemKind::Invalid,
                obj.at("id"),
                pos,
                format!(
                    "\"{}\" must not contain spaces, control or invisible characters or #; use letters, digits and -",
                    clip(&id)
                ),
            );
            return None;
        }
        // An entry's path is `list[i]`, and each list has its own map: the map keeps `i`.
        let (list, index) = obj.path.rsplit_once('[').unwrap_or((obj.path.as_str(), ""));
        if let Some(first) = seen.get(&id) {
            let first = format!("{list}[{first}]");
            self.error(
                ProblemKind::Duplicate,
                obj.at("id"),
                pos,
                format!("the id \"{}\" is already used by {first}", clip(&id)),
            );
            return None;
        }
        seen.insert(id.clone(), index.trim_end_matches(']').parse().unwrap_or(0));
        Some(id)
    }

    fn case(&mut self, root: &Node, deferred: Option<&Deferred<'_>>) -> Option<Case> {
        let top = self.object(root, "", "a case", CASE_FIELDS)?;
        match top.get("version") {
            Some(Node { value: Value::Number(n), .. }) if *n == 1.0 => {}
            Some(node) => self.error(
                ProblemKind::NotAllowed,
                "version",
                node.pos,
                "only version 1 is supported; write \"version\": 1",
            ),
            None => self.error(
                ProblemKind::Missing,
                "",
                root.pos,
                "\"version\" is missing; write \"version\": 1 at the top",
            ),
        }
        for list in ["parties", "people", "sources"] {
            if let Some(Node { value: Value::Array(items), .. }) = top.get(list) {
                self.declared.extend(
                    items
                        .iter()
                        .filter_map(|i| i.get("id"))
                        .filter_map(Node::as_str)
                        .map(|s| (s.trim().to_string(), 0)),
                );
            }
        }
        let title = self.string(&top, "title", true, false);
        let mut case = Case {
            title: title.clone().unwrap_or_default(),
            summary: self.string(&top, "summary", false, true),
            court: self.string(&top, "court", false, false),
            case_number: self.string(&top, "case_number", false, false),
            outcome: self.string(&top, "outcome", false, false),
            locale: self.string(&top, "locale", false, false).unwrap_or_else(|| "en".to_string()),
            time_zone: self.time_zone(&top),
            ..Case::default()
        };
        for (i, judge) in self.list(&top, "judges").iter().enumerate() {
            if let Some(name) = self.string_value(judge, &|| format!("judges[{i}]"), false) {
                case.judges.push(name);
            }
        }
        if !valid_language_tag(&case.locale) {
            let pos = top.get("locale").and_then(|n| n.pos);
            self.error(
                ProblemKind::Invalid,
                "locale",
                pos,
                format!("\"{}\" is not a language tag such as \"en\", \"he\" or \"de-CH\"", clip(&case.locale)),
            );
            case.locale = "en".to_string();
        }

        let mut ids = Ids::default();
        for (i, node) in self.list(&top, "parties").iter().enumerate() {
            if let Some(p) = self.party(node, &format!("parties[{i}]"), &mut ids) {
                case.parties.push(p);
            }
        }
        let party_index: Ids = case.parties.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let mut ids = Ids::default();
        // Where each valid person sits in the file, for messages about them.
        let mut person_places: Vec<(usize, Option<Pos>)> = Vec::new();
        for (i, node) in self.list(&top, "people").iter().enumerate() {
            if let Some(p) = self.person(node, &format!("people[{i}]"), &mut ids, &party_index) {
                case.people.push(p);
                person_places.push((i, node.get("id").and_then(|n| n.pos)));
            }
        }
        let mut ids = Ids::default();
        for (i, node) in self.list(&top, "sources").iter().enumerate() {
            if let Some(s) = self.source(node, &format!("sources[{i}]"), &mut ids) {
                case.sources.push(s);
            }
        }
        for (person, (i, pos)) in case.people.iter().zip(&person_places) {
            if party_index.contains_key(&person.id) {
                self.problems.push(Problem::warning(
                    ProblemKind::Duplicate,
                    format!("people[{i}].id"),
                    *pos,
                    format!(
                        "\"{}\" names both a person and a party; quotes by \"{}\" are attributed to the person",
                        clip(&person.id),
                        clip(&person.id)
                    ),
                ));
            }
        }
        let refs = Refs {
            parties: party_index,
            people: case.people.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect(),
            sources: case.sources.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect(),
        };

        let listed = self.list(&top, "events");
        let count = deferred.map_or(listed.len(), Deferred::len);
        if top.get("events").is_none() {
            self.error(ProblemKind::Missing, "", root.pos, "\"events\" is missing; a case needs at least one event");
        } else if count == 0 && matches!(top.get("events").map(|n| &n.value), Some(Value::Array(_))) {
            self.error(
                ProblemKind::Missing,
                "events",
                top.get("events").and_then(|n| n.pos),
                "the list is empty; a case needs at least one event",
            );
        }
        if count > self.limits.max_events {
            self.error(
                ProblemKind::Limit,
                "events",
                top.get("events").and_then(|n| n.pos),
                format!("the case has {count} events; the limit is {}", self.limits.max_events),
            );
            return None;
        }
        let mut ids = Ids::with_capacity(count);
        case.events.reserve_exact(count);
        for i in 0..count {
            let path = format!("events[{i}]");
            let event = match deferred {
                Some(d) => match d.item(i, &path) {
                    Ok(parsed) => {
                        self.problems.extend(parsed.duplicates);
                        self.event(&parsed.root, &path, &mut ids, &refs)
                    }
                    Err(problem) => {
                        self.problems.push(problem);
                        None
                    }
                },
                None => listed.get(i).and_then(|node| self.event(node, &path, &mut ids, &refs)),
            };
            if let Some(e) = event {
                case.events.push(e);
            }
        }
        // Stable: events on the same start date keep their file order.
        crate::sort::sort_by_cached_key(&mut case.events, |e| e.date.start(), f64::total_cmp);
        if case.events.is_empty() && count > 0 {
            // No position: this summary sorts after the problems that caused it.
            let message = match count {
                1 => "the only event cannot be shown; fix the errors above".to_string(),
                n => format!("none of the {n} events can be shown; fix the errors above"),
            };
            self.error(ProblemKind::NoEvents, "events", None, message);
        }
        if title.is_none() || case.events.is_empty() {
            return None;
        }
        Some(case)
    }
}

#[cfg(test)]
mod tests;

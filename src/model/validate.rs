//! From JSON text (or a JSON tree) to a [`Case`], collecting every problem on the way.
//!
//! Rules: an error in a required field of an event (`id`, `date`, `kind`, `title`) leaves that
//! event out; an error in an optional part (a quote's speaker, a source reference) leaves that
//! part out; unknown fields are warnings. The case loads when its top level is usable and at
//! least one event survives; every problem is reported either way.

use std::collections::HashMap;

use super::date::CaseDate;
use super::json::{join, Node, Value};
use super::{Access, Case, Event, Kind, Party, Person, Quote, Role, Source, Speaker, Status};
use crate::error::{clip, closest, invisible, preview, sort_problems, Limits, Pos, Problem, ProblemKind};

/// Validates a parsed JSON tree (from text, or converted from a JS object): the case, when
/// its top level is usable and at least one event survives, and every problem found (errors
/// first, then in file order).
pub(crate) fn validate(root: &Node, limits: &Limits) -> (Option<Case>, Vec<Problem>) {
    let mut v = Validator {
        problems: Vec::new(),
        limits,
        declared: std::collections::HashSet::new(),
        known_lists: HashMap::new(),
    };
    let case = v.case(root);
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
const PARTY_FIELDS: &[&str] = &["id", "name", "role", "color"];
const PERSON_FIELDS: &[&str] = &["id", "name", "title", "party"];
const SOURCE_FIELDS: &[&str] = &["id", "title", "publisher", "url", "published"];
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
];
const QUOTE_FIELDS: &[&str] = &["text", "speaker", "lang", "source"];
const SPEAKER_FIELDS: &[&str] = &["name", "title"];

struct Validator<'l> {
    problems: Vec<Problem>,
    limits: &'l Limits,
    /// Every id written in `parties`, `people` and `sources`, valid or not, so a reference to a
    /// broken entry is not also called unknown.
    declared: std::collections::HashSet<String>,
    /// The "known: …" lists of messages, per kind of id, built once (a file with thousands of
    /// bad references would otherwise sort every id list thousands of times).
    known_lists: HashMap<&'static str, String>,
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
        let Value::Object(members) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                path,
                node.pos,
                format!("expected {what} (an object {{ … }}), found {}", node.value.type_name()),
            );
            return None;
        };
        for (key, value) in members {
            if !known.contains(&key.as_str()) {
                let hint = closest(key, known).map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default();
                self.problems.push(Problem::warning(
                    ProblemKind::UnknownField,
                    join(path, key),
                    value.pos,
                    format!("unknown field \"{}\" is ignored{hint}", clip(key)),
                ));
            }
        }
        Some(Obj { members, path: path.to_string(), pos: node.pos })
    }

    /// A string field. `required` fields report their absence; `long` selects the text limit.
    fn string(&mut self, obj: &Obj<'_>, key: &str, required: bool, long: bool) -> Option<String> {
        let path = obj.at(key);
        let Some(node) = obj.get(key) else {
            if required {
                self.error(ProblemKind::Missing, &obj.path, obj.pos, format!("\"{key}\" is missing"));
            }
            return None;
        };
        self.string_value(node, &path, long)
    }

    fn string_value(&mut self, node: &Node, path: &str, long: bool) -> Option<String> {
        let Value::String(s) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                path,
                node.pos,
                format!("expected a string, found {}", node.value.type_name()),
            );
            return None;
        };
        let limit = if long { self.limits.max_text_chars } else { self.limits.max_short_chars };
        let trimmed = s.trim();
        if trimmed.is_empty() {
            self.error(ProblemKind::Empty, path, node.pos, "must not be empty");
            return None;
        }
        let chars = trimmed.chars().count();
        if chars > limit {
            self.error(ProblemKind::Limit, path, node.pos, format!("is {chars} characters long; the limit is {limit}"));
            return None;
        }
        Some(trimmed.to_string())
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

    fn choice<T: Copy>(&mut self, obj: &Obj<'_>, key: &str, options: &[(&str, T)], default: Option<T>) -> Option<T> {
        let Some(node) = obj.get(key) else {
            if default.is_none() {
                self.error(ProblemKind::Missing, &obj.path, obj.pos, format!("\"{key}\" is missing"));
            }
            return default;
        };
        let allowed = options.iter().map(|(n, _)| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
        let Value::String(s) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                obj.at(key),
                node.pos,
                format!("expected one of {allowed}, found {}", node.value.type_name()),
            );
            return None;
        };
        match options.iter().find(|(n, _)| *n == s.trim()) {
            Some((_, v)) => Some(*v),
            None => {
                self.error(
                    ProblemKind::NotAllowed,
                    obj.at(key),
                    node.pos,
                    format!("\"{}\" is not allowed; use one of {allowed}", clip(s)),
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

    fn id(&mut self, obj: &Obj<'_>, seen: &mut HashMap<String, String>) -> Option<String> {
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
        if let Some(first) = seen.get(&id) {
            self.error(
                ProblemKind::Duplicate,
                obj.at("id"),
                pos,
                format!("the id \"{}\" is already used by {first}", clip(&id)),
            );
            return None;
        }
        seen.insert(id.clone(), obj.path.clone());
        Some(id)
    }

    fn case(&mut self, root: &Node) -> Option<Case> {
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
                    items.iter().filter_map(|i| i.get("id")).filter_map(Node::as_str).map(|s| s.trim().to_string()),
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
            if let Some(name) = self.string_value(judge, &format!("judges[{i}]"), false) {
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

        let mut ids = HashMap::new();
        for (i, node) in self.list(&top, "parties").iter().enumerate() {
            if let Some(p) = self.party(node, &format!("parties[{i}]"), &mut ids) {
                case.parties.push(p);
            }
        }
        let party_index: HashMap<String, usize> =
            case.parties.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
        let mut ids = HashMap::new();
        // Where each valid person sits in the file, for messages about them.
        let mut person_places: Vec<(usize, Option<Pos>)> = Vec::new();
        for (i, node) in self.list(&top, "people").iter().enumerate() {
            if let Some(p) = self.person(node, &format!("people[{i}]"), &mut ids, &party_index) {
                case.people.push(p);
                person_places.push((i, node.get("id").and_then(|n| n.pos)));
            }
        }
        let mut ids = HashMap::new();
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

        let events = self.list(&top, "events");
        if top.get("events").is_none() {
            self.error(ProblemKind::Missing, "", root.pos, "\"events\" is missing; a case needs at least one event");
        } else if events.is_empty() && matches!(top.get("events").map(|n| &n.value), Some(Value::Array(_))) {
            self.error(
                ProblemKind::Missing,
                "events",
                top.get("events").and_then(|n| n.pos),
                "the list is empty; a case needs at least one event",
            );
        }
        if events.len() > self.limits.max_events {
            self.error(
                ProblemKind::Limit,
                "events",
                top.get("events").and_then(|n| n.pos),
                format!("the case has {} events; the limit is {}", events.len(), self.limits.max_events),
            );
            return None;
        }
        let mut ids = HashMap::new();
        for (i, node) in events.iter().enumerate() {
            if let Some(e) = self.event(node, &format!("events[{i}]"), &mut ids, &refs) {
                case.events.push(e);
            }
        }
        // Stable: events on the same start date keep their file order.
        case.events.sort_by(|a, b| a.date.start().total_cmp(&b.date.start()));
        if case.events.is_empty() && !events.is_empty() {
            // No position: this summary sorts after the problems that caused it.
            let message = match events.len() {
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

    fn party(&mut self, node: &Node, path: &str, ids: &mut HashMap<String, String>) -> Option<Party> {
        let obj = self.object(node, path, "a party", PARTY_FIELDS)?;
        let id = self.id(&obj, ids);
        let name = self.string(&obj, "name", true, false);
        let role = self.choice(&obj, "role", ROLES, None);
        let color = match obj.get("color") {
            None => None,
            Some(c) => {
                let text = self.string_value(c, &obj.at("color"), false);
                let parsed = text.as_deref().and_then(parse_color);
                if text.is_some() && parsed.is_none() {
                    self.error(
                        ProblemKind::Invalid,
                        obj.at("color"),
                        c.pos,
                        format!(
                            "\"{}\" is not a colour; write it as #rrggbb, e.g. #1d4ed8",
                            clip(text.as_deref().unwrap_or(""))
                        ),
                    );
                }
                parsed
            }
        };
        Some(Party { id: id?, name: name?, role: role?, color })
    }

    fn person(
        &mut self,
        node: &Node,
        path: &str,
        ids: &mut HashMap<String, String>,
        parties: &HashMap<String, usize>,
    ) -> Option<Person> {
        let obj = self.object(node, path, "a person", PERSON_FIELDS)?;
        let id = self.id(&obj, ids);
        let name = self.string(&obj, "name", true, false);
        let title = self.string(&obj, "title", false, false);
        let party =
            self.string(&obj, "party", false, false).and_then(|p| self.reference(&obj, "party", &p, parties, "party"));
        Some(Person { id: id?, name: name?, title, party })
    }

    fn source(&mut self, node: &Node, path: &str, ids: &mut HashMap<String, String>) -> Option<Source> {
        let obj = self.object(node, path, "a source", SOURCE_FIELDS)?;
        let id = self.id(&obj, ids);
        let title = self.string(&obj, "title", true, false);
        let publisher = self.string(&obj, "publisher", false, false);
        let url = self.string(&obj, "url", false, false).and_then(|u| {
            if is_web_url(&u) {
                Some(u)
            } else {
                let pos = obj.get("url").and_then(|n| n.pos);
                self.error(
                    ProblemKind::Invalid,
                    obj.at("url"),
                    pos,
                    format!("\"{}\" is not a web address; only http:// and https:// links are allowed", clip(&u)),
                );
                None
            }
        });
        let published = self.date(&obj, "published", false);
        Some(Source { id: id?, title: title?, publisher, url, published })
    }

    fn reference(
        &mut self,
        obj: &Obj<'_>,
        key: &str,
        id: &str,
        index: &HashMap<String, usize>,
        what: &'static str,
    ) -> Option<usize> {
        self.reference_at(&obj.at(key), obj.get(key).and_then(|n| n.pos), id, index, what)
    }

    fn reference_at(
        &mut self,
        path: &str,
        pos: Option<Pos>,
        id: &str,
        index: &HashMap<String, usize>,
        what: &'static str,
    ) -> Option<usize> {
        if let Some(i) = index.get(id) {
            return Some(*i);
        }
        if self.declared.contains(id) {
            self.error(
                ProblemKind::BrokenReference,
                path,
                pos,
                format!("the {what} \"{}\" has errors of its own (see above), so it cannot be used", clip(id)),
            );
            return None;
        }
        let list = self
            .known_lists
            .entry(what)
            .or_insert_with(|| {
                let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
                known.sort_unstable();
                if known.is_empty() {
                    format!("the case defines no {what} ids")
                } else {
                    format!("known: {}", preview(&known))
                }
            })
            .clone();
        self.error(ProblemKind::UnknownReference, path, pos, format!("unknown {what} \"{}\" ({list})", clip(id)));
        None
    }

    fn event(&mut self, node: &Node, path: &str, ids: &mut HashMap<String, String>, refs: &Refs) -> Option<Event> {
        let obj = self.object(node, path, "an event", EVENT_FIELDS)?;
        let id = self.id(&obj, ids);
        let date = self.date(&obj, "date", true);
        let mut end = self.date(&obj, "end", false);
        if let (Some(d), Some(e)) = (&date, &end) {
            // An end is before the date only when all of it is: "2020-07" may end "2020-07-13".
            if e.end() <= d.start() {
                let pos = obj.get("end").and_then(|n| n.pos);
                self.error(
                    ProblemKind::Date,
                    obj.at("end"),
                    pos,
                    format!("ends ({}) before it starts ({})", e.to_iso(), d.to_iso()),
                );
                end = None;
            }
        }
        let kind = self.choice(&obj, "kind", KINDS, None);
        let title = self.string(&obj, "title", true, false);
        let summary = self.string(&obj, "summary", false, true);
        let display_date = self.string(&obj, "display_date", false, false);
        let access = self.choice(&obj, "access", ACCESS, Some(Access::Public)).unwrap_or_default();
        let status = self.choice(&obj, "status", STATUS, Some(Status::Happened)).unwrap_or_default();
        let lang = self.language(&obj, "lang");
        let mut parties = Vec::new();
        for (i, p) in self.list(&obj, "parties").iter().enumerate() {
            let p_path = format!("{}[{i}]", obj.at("parties"));
            if let Some(pid) = self.string_value(p, &p_path, false) {
                if let Some(ix) = self.reference_at(&p_path, p.pos, &pid, &refs.parties, "party") {
                    if !parties.contains(&ix) {
                        parties.push(ix);
                    }
                }
            }
        }
        let mut sources = Vec::new();
        for (i, s) in self.list(&obj, "sources").iter().enumerate() {
            let s_path = format!("{}[{i}]", obj.at("sources"));
            if let Some(sid) = self.string_value(s, &s_path, false) {
                if let Some(ix) = self.reference_at(&s_path, s.pos, &sid, &refs.sources, "source") {
                    sources.push(ix);
                }
            }
        }
        let mut quotes = Vec::new();
        for (i, q) in self.list(&obj, "quotes").iter().enumerate() {
            if let Some(q) = self.quote(q, &format!("{}[{i}]", obj.at("quotes")), refs) {
                quotes.push(q);
            }
        }
        Some(Event {
            id: id?,
            date: date?,
            end,
            display_date,
            kind: kind?,
            title: title?,
            summary,
            parties,
            access,
            status,
            quotes,
            sources,
            lang,
        })
    }

    fn quote(&mut self, node: &Node, path: &str, refs: &Refs) -> Option<Quote> {
        let obj = self.object(node, path, "a quote", QUOTE_FIELDS)?;
        let text = self.string(&obj, "text", true, true);
        let lang = self.language(&obj, "lang");
        let source = self
            .string(&obj, "source", false, false)
            .and_then(|s| self.reference(&obj, "source", &s, &refs.sources, "source"));
        let speaker = match obj.get("speaker") {
            None => {
                self.error(
                    ProblemKind::Missing,
                    path,
                    obj.pos,
                    "\"speaker\" is missing: say who said it (a person or party id, or { \"name\": … })",
                );
                None
            }
            Some(n @ Node { value: Value::String(_), .. }) => {
                let sp_path = obj.at("speaker");
                let id = self.string_value(n, &sp_path, false)?;
                if let Some(i) = refs.people.get(&id) {
                    Some(Speaker::Person(*i))
                } else if let Some(i) = refs.parties.get(&id) {
                    Some(Speaker::Party(*i))
                } else if self.declared.contains(&id) {
                    self.error(
                        ProblemKind::BrokenReference,
                        sp_path,
                        n.pos,
                        format!(
                            "the speaker \"{}\" has errors of its own (see above), so it cannot be used",
                            clip(&id)
                        ),
                    );
                    None
                } else {
                    let known = self
                        .known_lists
                        .entry("speaker")
                        .or_insert_with(|| {
                            let mut known: Vec<&str> =
                                refs.people.keys().chain(refs.parties.keys()).map(String::as_str).collect();
                            known.sort_unstable();
                            if known.is_empty() {
                                "the case defines no people or parties".to_string()
                            } else {
                                format!("known: {}", preview(&known))
                            }
                        })
                        .clone();
                    self.error(
                        ProblemKind::UnknownReference,
                        sp_path,
                        n.pos,
                        format!("unknown speaker \"{}\": not a person or party id ({known})", clip(&id)),
                    );
                    None
                }
            }
            Some(n) => {
                let sp =
                    self.object(n, &obj.at("speaker"), "a person or party id, or a named speaker", SPEAKER_FIELDS)?;
                let name = self.string(&sp, "name", true, false);
                let title = self.string(&sp, "title", false, false);
                Some(Speaker::Named { name: name?, title })
            }
        };
        Some(Quote { text: text?, speaker: speaker?, lang, source })
    }

    /// An IANA zone name such as "Asia/Jerusalem" or "UTC" (its shape is checked; the zone
    /// database is not bundled, the name is only shown).
    fn time_zone(&mut self, obj: &Obj<'_>) -> Option<String> {
        let zone = self.string(obj, "time_zone", false, false)?;
        let part_ok = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "_-+".contains(c));
        let shaped = zone.split('/').all(part_ok) && zone.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if shaped {
            Some(zone)
        } else {
            let pos = obj.get("time_zone").and_then(|n| n.pos);
            self.error(
                ProblemKind::Invalid,
                "time_zone",
                pos,
                format!("\"{}\" is not a time zone name such as \"Asia/Jerusalem\" or \"UTC\"", clip(&zone)),
            );
            None
        }
    }

    fn language(&mut self, obj: &Obj<'_>, key: &str) -> Option<String> {
        let tag = self.string(obj, key, false, false)?;
        if valid_language_tag(&tag) {
            Some(tag)
        } else {
            let pos = obj.get(key).and_then(|n| n.pos);
            self.error(
                ProblemKind::Invalid,
                obj.at(key),
                pos,
                format!("\"{}\" is not a language tag such as \"en\", \"he\" or \"ar\"", clip(&tag)),
            );
            None
        }
    }
}

struct Refs {
    parties: HashMap<String, usize>,
    people: HashMap<String, usize>,
    sources: HashMap<String, usize>,
}

const ROLES: &[(&str, Role)] = &[
    ("petitioner", Role::Petitioner),
    ("respondent", Role::Respondent),
    ("court", Role::Court),
    ("intervenor", Role::Intervenor),
    ("other", Role::Other),
];
const KINDS: &[(&str, Kind)] = &[
    ("filing", Kind::Filing),
    ("hearing", Kind::Hearing),
    ("ruling", Kind::Ruling),
    ("statement", Kind::Statement),
    ("order", Kind::Order),
    ("appeal", Kind::Appeal),
    ("other", Kind::Other),
];
const ACCESS: &[(&str, Access)] =
    &[("public", Access::Public), ("partial", Access::Partial), ("closed", Access::Closed), ("sealed", Access::Sealed)];
const STATUS: &[(&str, Status)] = &[
    ("happened", Status::Happened),
    ("scheduled", Status::Scheduled),
    ("postponed", Status::Postponed),
    ("cancelled", Status::Cancelled),
];

/// `#rrggbb` or `#rgb`.
pub fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some([channel(hex.get(0..2)?)?, channel(hex.get(2..4)?)?, channel(hex.get(4..6)?)?]),
        3 => {
            let expand = |i: usize| hex.get(i..=i).and_then(channel).map(|v| v * 17);
            Some([expand(0)?, expand(1)?, expand(2)?])
        }
        _ => None,
    }
}

/// True for `http://…` and `https://…` with something after the scheme.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control()))
}

/// A BCP 47-shaped tag: letters, digits and hyphens, subtags of 1 to 8 characters, starting with
/// a 2–3 letter language.
fn valid_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first_ok =
        subtags.next().is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::CaseError;
    use crate::model::{Format, Input};

    fn load(text: &str, limits: &Limits) -> Result<crate::model::Loaded, CaseError> {
        let loaded = crate::model::load(Input::Text(text), Format::Case, limits);
        if loaded.case.is_some() {
            Ok(loaded)
        } else {
            Err(CaseError { problems: loaded.problems })
        }
    }

    const MINIMAL: &str = r#"{"version": 1, "title": "T", "parties": [{"id": "a", "name": "A", "role": "petitioner"}],
        "events": [{"id": "e", "date": "2020-01-02", "kind": "filing", "title": "Filed", "parties": ["a"]}]}"#;

    fn problems(text: &str) -> Vec<String> {
        match load(text, &Limits::default()) {
            Ok(l) => l.problems.iter().map(ToString::to_string).collect(),
            Err(e) => e.problems.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn minimal_case_loads_without_problems() {
        let loaded = load(MINIMAL, &Limits::default()).unwrap();
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(loaded.case.unwrap().events[0].parties, vec![0]);
    }

    #[test]
    fn every_problem_in_an_event_is_reported_at_once() {
        let text = MINIMAL.replace(
            r#""date": "2020-01-02", "kind": "filing""#,
            r#""date": "2023-02-30", "kind": "motion", "colour": 1"#,
        );
        let p = problems(&text);
        assert!(p.contains(&"2:40: events[0].date: \"2023-02-30\": February 2023 has 28 days".to_string()), "{p:?}");
        assert!(
            p.iter()
                .any(|m| m.contains("events[0].kind: \"motion\" is not allowed; use one of \"filing\", \"hearing\"")),
            "{p:?}"
        );
        assert!(
            p.iter().any(|m| m.contains("events[0].colour: warning: unknown field \"colour\" is ignored")),
            "{p:?}"
        );
    }

    #[test]
    fn unknown_references_list_the_known_ids() {
        let text = MINIMAL.replace(r#""parties": ["a"]"#, r#""parties": ["b"]"#);
        let loaded = load(&text, &Limits::default()).unwrap();
        assert_eq!(loaded.problems[0].message, "unknown party \"b\" (known: \"a\")");
        assert_eq!(loaded.problems[0].path, "events[0].parties[0]");
        assert!(loaded.case.unwrap().events[0].parties.is_empty());
    }

    #[test]
    fn same_day_events_keep_file_order_after_sorting() {
        let text = MINIMAL.replace(
            r#"[{"id": "e""#,
            r#"[{"id": "z", "date": "2020-01-05", "kind": "ruling", "title": "Z"}, {"id": "y", "date": "2020-01-02", "kind": "order", "title": "Y"}, {"id": "e""#,
        );
        let ids: Vec<String> =
            load(&text, &Limits::default()).unwrap().case.unwrap().events.iter().map(|e| e.id.clone()).collect();
        assert_eq!(ids, ["y", "e", "z"]);
    }

    #[test]
    fn a_case_without_valid_events_does_not_load() {
        let text = MINIMAL.replace(r#""kind": "filing""#, r#""kind": 3"#);
        let err = load(&text, &Limits::default()).unwrap_err();
        assert!(err.problems[0].message.starts_with("expected one of \"filing\""), "{err}");
    }

    #[test]
    fn size_limits_are_checked_first() {
        let limits = Limits { max_bytes: 10, ..Limits::default() };
        let err = load(MINIMAL, &limits).unwrap_err();
        assert!(err.problems[0].message.contains("the limit is 10 bytes"));
    }

    #[test]
    fn typos_in_field_names_get_a_suggestion() {
        let p = problems(&MINIMAL.replace(r#""title": "Filed""#, r#""title": "Filed", "sumary": "x""#));
        assert!(p.iter().any(|m| m.contains("did you mean \"summary\"")), "{p:?}");
    }

    #[test]
    fn colours_and_urls_are_checked() {
        assert_eq!(parse_color("#1d4ed8"), Some([0x1d, 0x4e, 0xd8]));
        assert_eq!(parse_color("#fff"), Some([255, 255, 255]));
        assert_eq!(parse_color("red"), None);
        assert!(is_web_url("https://example.org/a"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
    }
}

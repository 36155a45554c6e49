//! The entries of a case: parties, people, sources, events and quotes, and references between
//! them.

use crate::ids::Ids;

use super::values::{is_web_url, parse_color, valid_language_tag, Refs};
use super::{Obj, Validator, EVENT_FIELDS, PARTY_FIELDS, PERSON_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS, SPEAKER_FIELDS};
use crate::error::{clip, preview, Pos, ProblemKind};
use crate::model::json::{Node, Value};
use crate::model::words::{ACCESS, KINDS, ROLES, STATUS};
use crate::model::{Access, Event, Party, Person, Quote, Role, Source, Speaker, Status};

impl Validator<'_> {
    pub(super) fn party(&mut self, node: &Node, path: &str, ids: &mut Ids) -> Option<Party> {
        let obj = self.object(node, path, "a party", PARTY_FIELDS)?;
        self.editor_fields(&obj);
        let id = self.id(&obj, ids);
        let name = self.string(&obj, "name", true, false);
        // A party with a bad role is kept (as "other"): leaving it out would leave out its lane
        // and every reference to it.
        let role =
            self.choice(&obj, "role", &ROLES, None, "; the party is shown with role \"other\"").unwrap_or(Role::Other);
        let color = match obj.get("color") {
            None => None,
            Some(c) => {
                let text = self.string_value(c, &|| obj.at("color"), false);
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
        Some(Party { id: id?, name: name?, role, color })
    }

    pub(super) fn person(&mut self, node: &Node, path: &str, ids: &mut Ids, parties: &Ids) -> Option<Person> {
        let obj = self.object(node, path, "a person", PERSON_FIELDS)?;
        self.editor_fields(&obj);
        let id = self.id(&obj, ids);
        let name = self.string(&obj, "name", true, false);
        let title = self.string(&obj, "title", false, false);
        let party =
            self.string(&obj, "party", false, false).and_then(|p| self.reference(&obj, "party", &p, parties, "party"));
        Some(Person { id: id?, name: name?, title, party })
    }

    pub(super) fn source(&mut self, node: &Node, path: &str, ids: &mut Ids) -> Option<Source> {
        let obj = self.object(node, path, "a source", SOURCE_FIELDS)?;
        self.editor_fields(&obj);
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

    pub(super) fn reference(
        &mut self,
        obj: &Obj<'_>,
        key: &str,
        id: &str,
        index: &Ids,
        what: &'static str,
    ) -> Option<usize> {
        self.reference_at(&obj.at(key), obj.get(key).and_then(|n| n.pos), id, index, what)
    }

    pub(super) fn reference_at(
        &mut self,
        path: &str,
        pos: Option<Pos>,
        id: &str,
        index: &Ids,
        what: &'static str,
    ) -> Option<usize> {
        if let Some(i) = index.get(id) {
            return Some(*i);
        }
        if self.declared.contains_key(id) {
            self.error(
                ProblemKind::BrokenReference,
                path,
                pos,
                format!("the {what} \"{}\" has errors of its own (see above), so it cannot be used", clip(id)),
            );
            return None;
        }
        let list = self.known_list(what, || {
            let mut known: Vec<&str> = index.keys().map(String::as_str).collect();
            crate::sort::sort_by(&mut known, |a, b| a.cmp(b));
            if known.is_empty() {
                format!("the case defines no {what} ids")
            } else {
                format!("known: {}", preview(&known))
            }
        });
        self.error(ProblemKind::UnknownReference, path, pos, format!("unknown {what} \"{}\" ({list})", clip(id)));
        None
    }

    pub(super) fn event(&mut self, node: &Node, path: &str, ids: &mut Ids, refs: &Refs) -> Option<Event> {
        let obj = self.object(node, path, "an event", EVENT_FIELDS)?;
        self.editor_fields(&obj);
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
        let kind = self.choice(&obj, "kind", &KINDS, None, "");
        let title = self.string(&obj, "title", true, false);
        let summary = self.string(&obj, "summary", false, true);
        let display_date = self.string(&obj, "display_date", false, false);
        let access = self.choice(&obj, "access", &ACCESS, Some(Access::Public), "").unwrap_or_default();
        let status = self.choice(&obj, "status", &STATUS, Some(Status::Happened), "").unwrap_or_default();
        let lang = self.language(&obj, "lang");
        let mut parties = Vec::new();
        for (i, p) in self.list(&obj, "parties").iter().enumerate() {
            let p_path = format!("{}[{i}]", obj.at("parties"));
            if let Some(pid) = self.string_value(p, &|| p_path.clone(), false) {
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
            if let Some(sid) = self.string_value(s, &|| s_path.clone(), false) {
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
        // Exact sizes: a list grown by pushing reserves room for four (at 10,000 events, quotes
        // alone would hold 2 MB of empty room).
        parties.shrink_to_fit();
        sources.shrink_to_fit();
        quotes.shrink_to_fit();
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

    pub(super) fn quote(&mut self, node: &Node, path: &str, refs: &Refs) -> Option<Quote> {
        let obj = self.object(node, path, "a quote", QUOTE_FIELDS)?;
        self.editor_fields(&obj);
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
                let id = self.string_value(n, &|| sp_path.clone(), false)?;
                if let Some(i) = refs.people.get(&id) {
                    Some(Speaker::Person(*i))
                } else if let Some(i) = refs.parties.get(&id) {
                    Some(Speaker::Party(*i))
                } else if self.declared.contains_key(&id) {
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
                    let known = self.known_list("speaker", || {
                        let mut known: Vec<&str> =
                            refs.people.keys().chain(refs.parties.keys()).map(String::as_str).collect();
                        crate::sort::sort_by(&mut known, |a, b| a.cmp(b));
                        if known.is_empty() {
                            "the case defines no people or parties".to_string()
                        } else {
                            format!("known: {}", preview(&known))
                        }
                    });
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
    pub(super) fn time_zone(&mut self, obj: &Obj<'_>) -> Option<String> {
        let zone = self.string(obj, "time_zone", false, false)?;
        let part_ok =
            |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+'));
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

    pub(super) fn language(&mut self, obj: &Obj<'_>, key: &str) -> Option<String> {
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

//! The case tree the importer writes: ids, titles, parties and quotes, and the text helpers
//! (slugs, shortening, credits, quotation marks) they need.

use std::collections::{HashMap, HashSet};

use super::{Draft, Importer, MAX_SLUG_CHARS};
use crate::error::{clip, ProblemKind};
use crate::import::html::collapse;
use crate::model::json::{join, Node, Value};

impl Importer {
    /// Ids, parties, and the case tree.
    pub(super) fn finish(&mut self, title: String, summary: Option<String>, drafts: Vec<Draft>) -> Node {
        let mut used: HashSet<String> = HashSet::new();
        let mut ids: Vec<Option<String>> = Vec::with_capacity(drafts.len());
        for d in &drafts {
            ids.push(match &d.unique_id {
                Some((id, pos)) => {
                    let unique = dedupe(id, &used);
                    if unique != *id {
                        self.warn(
                            ProblemKind::Import,
                            join(&d.path, "unique_id"),
                            *pos,
                            format!("the unique_id \"{}\" is used twice; this event's id is \"{unique}\"", clip(id)),
                        );
                    }
                    used.insert(unique.clone());
                    Some(unique)
                }
                None => None,
            });
        }
        let mut parties: Vec<(String, String)> = Vec::new();
        let mut party_of: HashMap<String, usize> = HashMap::new();
        let mut events = Vec::new();
        for (d, id) in drafts.into_iter().zip(ids) {
            let id = id.unwrap_or_else(|| {
                let mut base = slug(&d.headline);
                if base.is_empty() {
                    base = format!("{}-{}", if d.era { "era" } else { "event" }, d.number);
                }
                let unique = dedupe(&base, &used);
                used.insert(unique.clone());
                unique
            });
            let party = d.group.as_ref().map(|group| {
                let next = parties.len();
                let index = *party_of.entry(group.clone()).or_insert(next);
                if index == next {
                    let mut base = slug(group);
                    if base.is_empty() {
                        base = format!("group-{}", next + 1);
                    }
                    let taken: HashSet<String> = parties.iter().map(|(id, _)| id.clone()).collect();
                    parties.push((dedupe(&base, &taken), group.clone()));
                }
                index
            });
            let mut members = vec![("id", string(id)), ("date", string(d.date))];
            if let Some(end) = d.end {
                members.push(("end", string(end)));
            }
            if let Some(display) = d.display_date {
                let max = self.limits.max_short_chars;
                members.push(("display_date", string(self.fit(display, max, &join(&d.path, "display_date"), None))));
            }
            members.push(("kind", string("other")));
            members.push(("title", string(d.title)));
            if let Some(summary) = d.summary {
                let max = self.limits.max_text_chars;
                members.push(("summary", string(self.fit(summary, max, &join(&join(&d.path, "text"), "text"), None))));
            }
            if let Some(pid) = party.and_then(|i| parties.get(i)).map(|(id, _)| id.clone()) {
                members.push(("parties", Node::new(Value::Array(vec![string(pid)]))));
            }
            if !d.quotes.is_empty() {
                let quotes = d
                    .quotes
                    .into_iter()
                    .map(|(text, speaker)| {
                        object(vec![("text", string(text)), ("speaker", object(vec![("name", string(speaker))]))])
                    })
                    .collect();
                members.push(("quotes", Node::new(Value::Array(quotes))));
            }
            events.push(object(members));
        }
        // TimelineJS has no language field: a timeline written in Hebrew or Arabic gets that
        // language (its words, dates and direction), with a note saying so.
        let texts = events.iter().flat_map(|e| ["title", "summary"].into_iter().filter_map(|k| e.get(k)?.as_str()));
        let language =
            crate::import::written_in(std::iter::once(title.as_str()).chain(summary.as_deref()).chain(texts));
        let mut case = vec![("version", Node::new(Value::Number(1.0))), ("title", string(title))];
        if let Some(summary) = summary {
            case.push(("summary", string(summary)));
        }
        if let Some((tag, name)) = language {
            self.problems.push(crate::error::Problem::info(
                ProblemKind::Import,
                "",
                None,
                format!(
                    "the timeline is written in {name}, so the case is in {name} (\"locale\": \"{tag}\": its words, dates and right-to-left direction); change \"locale\" in the case to choose another language"
                ),
            ));
            case.push(("locale", string(tag)));
        }
        if !parties.is_empty() {
            let max = self.limits.max_short_chars;
            let list = parties
                .into_iter()
                .map(|(id, name)| {
                    let name = self.fit(name, max, "group", None);
                    object(vec![("id", string(id)), ("name", string(name)), ("role", string("other"))])
                })
                .collect();
            case.push(("parties", Node::new(Value::Array(list))));
        }
        case.push(("events", Node::new(Value::Array(events))));
        object(case)
    }
}

pub(super) fn string(s: impl Into<String>) -> Node {
    Node::new(Value::String(s.into()))
}

pub(super) fn object(members: Vec<(&str, Node)>) -> Node {
    Node::new(Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
}

/// `base`, or `base-2`, `base-3`… whichever is not in `used`.
pub(super) fn dedupe(base: &str, used: &HashSet<String>) -> String {
    if !used.contains(base) {
        return base.to_string();
    }
    (2..=usize::MAX).map(|n| format!("{base}-{n}")).find(|c| !used.contains(c)).unwrap_or_else(|| base.to_string())
}

/// An id from free text: letters and digits of any script, lowercased; spaces, `-` and `_` become
/// one `-`; other punctuation is dropped. At most 64 characters; empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
                count += 1;
            }
            gap = false;
            for lower in c.to_lowercase() {
                out.push(lower);
                count += 1;
            }
        } else if c.is_whitespace() || c == '-' || c == '_' {
            gap = true;
        }
        if count >= MAX_SLUG_CHARS {
            break;
        }
    }
    let mut cut: String = out.chars().take(MAX_SLUG_CHARS).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

/// Shortens text to at most `max` characters at a word boundary, with "…".
pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > 0 => cut.get(..space).unwrap_or(&cut).to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// A credit as a speaker's name: plain text without the dashes that introduce it ("— Name").
pub(super) fn clean_credit(credit: &str) -> String {
    let text = collapse(credit);
    text.trim_start_matches(|c: char| matches!(c, '-' | '–' | '—' | '―' | '‒' | '~') || c.is_whitespace())
        .trim_end()
        .to_string()
}

/// The text inside one pair of quotation marks around all of it ("…", “…”, «…», „…“, ‘…’),
/// when there is such a pair and no other mark of the pair inside.
pub(super) fn strip_quote_marks(text: &str) -> Option<String> {
    const PAIRS: &[(char, char)] =
        &[('"', '"'), ('“', '”'), ('«', '»'), ('„', '“'), ('„', '”'), ('‘', '’'), ('»', '«')];
    let text = text.trim();
    let first = text.chars().next()?;
    let last = text.chars().next_back()?;
    let (open, close) = PAIRS.iter().find(|(o, c)| *o == first && *c == last)?;
    let inner = text.strip_prefix(*open)?.strip_suffix(*close)?.trim();
    if inner.is_empty() || inner.contains(*open) || inner.contains(*close) {
        return None;
    }
    Some(inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_every_script() {
        assert_eq!(slug("Court rejects Amnesty's petition!"), "court-rejects-amnestys-petition");
        assert_eq!(slug("בית המשפט דחה את העתירה"), "בית-המשפט-דחה-את-העתירה");
        assert_eq!(slug("  -- Étude _ 2020 --"), "étude-2020");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(&"a".repeat(100)).chars().count(), 64);
    }

    #[test]
    fn credits_and_quote_marks_are_cleaned() {
        assert_eq!(clean_credit("— Ann"), "Ann");
        assert_eq!(strip_quote_marks("“One”").as_deref(), Some("One"));
        assert_eq!(strip_quote_marks("“A” and “B”"), None);
    }
}

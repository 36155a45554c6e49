//! The rows of the events block: events, the case row, and rows that add quotes to the event
//! above.

use super::dates;
use super::{
    key, place, slug_or, unique, Col, Columns, EventDraft, PersonDraft, QuoteDraft, Reader, SourceDraft, Speaker,
};
use crate::error::{clip, Limits, ProblemKind};
use crate::import::table::{Cell, Row};
use crate::model::words::{ACCESS, KINDS, STATUS};
use crate::model::{is_web_url, CaseDate, Kind};

/// The cells of one row under one header.
struct Cells<'a> {
    cols: &'a Columns<Col>,
    row: &'a Row,
}

impl<'a> Cells<'a> {
    /// The cell of column `c` when it has text.
    fn get(&self, c: Col) -> Option<&'a Cell> {
        self.cols.iter().find(|(x, _, _)| *x == c).and_then(|(_, i, _)| self.row.get(*i))
    }
    /// The cell of column `c`, empty or not (for the position of a missing value).
    fn any(&self, c: Col) -> Option<&'a Cell> {
        self.cols.iter().find(|(x, _, _)| *x == c).and_then(|(_, i, _)| self.row.cells.get(*i))
    }
    /// The column's name as the header writes it, or `default`.
    fn name(&self, c: Col, default: &str) -> String {
        self.cols.iter().find(|(x, _, _)| *x == c).map_or_else(|| default.to_string(), |(_, _, n)| n.clone())
    }
    fn at(&self, c: Col, default: &str) -> String {
        place(self.row.number, &self.name(c, default))
    }
    /// Quote groups present in the header, in order (1 for `quote`, 2 for `quote 2`, …).
    fn groups(&self) -> Vec<u8> {
        let mut g: Vec<u8> = self
            .cols
            .iter()
            .filter_map(|(c, _, _)| match c {
                Col::Quote(n) | Col::Speaker(n) => Some(*n),
                _ => None,
            })
            .collect();
        g.sort_unstable();
        g.dedup();
        g
    }
}

impl Reader {
    /// One row of the events block (party rows were read before).
    pub(super) fn event_row(&mut self, cols: &Columns<Col>, row: &Row, limits: &Limits) {
        let cells = Cells { cols, row };
        let kind_word = cells.get(Col::Kind).map(|k| key(&k.text));
        match kind_word.as_deref() {
            Some("party") => return,
            Some("case" | "title") => return self.case_row(&cells),
            _ => {}
        }
        let (date, title) = (cells.get(Col::Date), cells.get(Col::Title));
        if date.is_none() && title.is_none() {
            let adds = cells.groups().iter().any(|n| cells.get(Col::Quote(*n)).is_some())
                || cells.get(Col::SourceTitle).is_some()
                || cells.get(Col::SourceUrl).is_some();
            if adds && !self.events.is_empty() {
                let quotes = self.quotes(&cells);
                let source = self.source(&cells);
                if let Some(last) = self.events.last_mut() {
                    last.quotes.extend(quotes);
                    if let Some(s) = source.filter(|s| !last.sources.contains(s)) {
                        last.sources.push(s);
                    }
                }
            } else {
                let message = if adds {
                    "this row adds a quote or a source, but there is no event above it; it is left out"
                } else {
                    "the row has no date and no title, so it is left out; give it a date and a title (or a quote, to add that quote to the event above)"
                };
                self.warn(ProblemKind::Missing, format!("row {}", row.number), row.pos, message.to_string());
            }
            return;
        }
        let title_text = title.map(|t| t.text.clone());
        let Some(date) = date else {
            let at = cells.at(Col::Date, "date");
            let pos = cells.any(Col::Date).map_or(row.pos, |c| c.pos);
            let what = title_text.as_deref().map(|t| format!("the event \"{}\"", clip(t))).unwrap_or_default();
            self.error(
                ProblemKind::Missing,
                at,
                pos,
                format!("{what} has no date, so it is left out; write when it happened (2020-07-13, 13 July 2020, July 2020 or 2020)"),
            );
            return;
        };
        let date_col = cells.name(Col::Date, "date");
        let Some(start) = self.date_cell(date, &place(row.number, &date_col), "so the event is left out") else {
            return;
        };
        let end = cells.get(Col::End).and_then(|c| {
            let col = cells.name(Col::End, "end date");
            let at = place(row.number, &col);
            let read = self.date_cell(c, &at, "so the event is shown on its start date only")?;
            // An end is before the start only when all of it is: "2020-07" may end "2020-07-13".
            if let (Ok(s), Ok(e)) = (CaseDate::parse(&start.iso), CaseDate::parse(&read.iso)) {
                if e.end() <= s.start() {
                    self.error(
                        ProblemKind::Date,
                        at,
                        c.pos,
                        format!(
                            "the end date ({}) is before the start ({}), so the event is shown on its start date only; check both dates",
                            read.iso, start.iso
                        ),
                    );
                    return None;
                }
            }
            Some((read.iso, c.clone(), col))
        });
        let display = match cells.get(Col::DisplayDate) {
            Some(c) => Some((c.text.clone(), c.pos, cells.name(Col::DisplayDate, "display date"))),
            None => start.words.clone().map(|w| (w, date.pos, date_col.clone())),
        };
        let kind = match cells.get(Col::Kind) {
            Some(c) => {
                let at = cells.at(Col::Kind, "kind");
                let value = self.word(&KINDS, c, at, "; the event is shown as \"other\"", false).unwrap_or(Kind::Other);
                (KINDS.word(value), Some(c.clone()), cells.name(Col::Kind, "kind"))
            }
            None => ("other", None, cells.name(Col::Kind, "kind")),
        };
        let summary = cells.get(Col::Summary).map(|c| (c.clone(), cells.name(Col::Summary, "summary")));
        let title = match title {
            Some(t) => (t.text.clone(), t.pos, cells.name(Col::Title, "title")),
            None => {
                let made = match &summary {
                    Some((s, _)) => super::shorten(&s.text, 80),
                    None => {
                        let mut w = kind.0.to_string();
                        if let Some(first) = w.get_mut(..1) {
                            first.make_ascii_uppercase();
                        }
                        w
                    }
                };
                self.warn(
                    ProblemKind::Missing,
                    cells.at(Col::Title, "title"),
                    cells.any(Col::Title).map_or(row.pos, |c| c.pos),
                    format!("the event has no title; it is shown as \"{}\" — write a short headline", clip(&made)),
                );
                (made, date.pos, cells.name(Col::Title, "title"))
            }
        };
        let id = match cells.get(Col::Id) {
            Some(c) if !c.text.chars().any(|ch| ch.is_whitespace() || ch == '#') => c.text.clone(),
            _ => slug_or(&title.0, "event"),
        };
        let id = self.event_ids.take(&id);
        let mut parties = Vec::new();
        if let Some(c) = cells.get(Col::Party) {
            let at = cells.at(Col::Party, "party");
            let pid = self.party_ref(c, at.clone());
            parties.push((pid, c.clone(), at));
        }
        if let Some(c) = cells.get(Col::OtherParties) {
            let at = cells.at(Col::OtherParties, "other parties");
            let sep = if c.text.contains(';') { ';' } else { ',' };
            for name in c.text.split(sep).map(str::trim).filter(|n| !n.is_empty()) {
                let part = Cell { text: name.to_string(), pos: c.pos };
                let pid = self.party_ref(&part, at.clone());
                if !parties.iter().any(|(p, _, _)| *p == pid) {
                    parties.push((pid, part, at.clone()));
                }
            }
        }
        let access = cells.get(Col::Access).and_then(|c| {
            let at = cells.at(Col::Access, "access");
            let v = self.word(&ACCESS, c, at, "; the event is shown as public", false)?;
            Some((ACCESS.word(v), c.clone(), cells.name(Col::Access, "access")))
        });
        let status = cells.get(Col::Status).and_then(|c| {
            let at = cells.at(Col::Status, "status");
            let v = self.word(&STATUS, c, at, "; the event is shown as having happened", false)?;
            Some((STATUS.word(v), c.clone(), cells.name(Col::Status, "status")))
        });
        let quotes = self.quotes(&cells);
        let sources = self.source(&cells).into_iter().collect();
        let _ = limits;
        self.events.push(EventDraft {
            row: row.number,
            row_pos: row.pos,
            id,
            date: (start.iso, date.clone(), date_col),
            end,
            display,
            kind,
            title,
            summary,
            parties,
            access,
            status,
            quotes,
            sources,
        });
    }

    /// A date cell read, with a note on how (or a warning when its day and month could be
    /// swapped and nothing in the sheet decides); an error (saying `dropped`) when unreadable.
    fn date_cell(&mut self, cell: &Cell, at: &str, dropped: &str) -> Option<dates::Read> {
        match dates::read(&cell.text, self.day_first) {
            Ok(read) => {
                if let Some(how) = &read.how {
                    let order = if self.day_first { "day first" } else { "month first" };
                    if read.ambiguous && !self.order_decided {
                        self.warn(
                            ProblemKind::Date,
                            at.to_string(),
                            cell.pos,
                            format!(
                                "{how}, but it could also be read the other way round; numbers are read {order} (the default), so write 2020-07-13 or 13 July 2020 to be sure"
                            ),
                        );
                    } else if read.ambiguous {
                        self.note(at.to_string(), cell.pos, format!("{how}, {}", self.order_reason));
                    } else {
                        self.note(at.to_string(), cell.pos, how.clone());
                    }
                }
                Some(read)
            }
            Err(message) => {
                self.error(ProblemKind::Date, at.to_string(), cell.pos, format!("{message}, {dropped}"));
                None
            }
        }
    }

    fn case_row(&mut self, cells: &Cells<'_>) {
        let row = cells.row;
        if self.case_title.is_some() {
            self.warn(
                ProblemKind::Duplicate,
                cells.at(Col::Kind, "kind"),
                cells.get(Col::Kind).map_or(row.pos, |c| c.pos),
                "a second row of kind \"case\"; only the first names the case, so this one is left out".to_string(),
            );
            return;
        }
        match cells.get(Col::Title) {
            Some(t) => self.case_title = Some((t.text.clone(), t.pos, cells.at(Col::Title, "title"))),
            None => self.warn(
                ProblemKind::Missing,
                cells.at(Col::Title, "title"),
                row.pos,
                "the row of kind \"case\" has no title; write the case's name there".to_string(),
            ),
        }
        self.case_summary = cells.get(Col::Summary).map(|c| (c.clone(), cells.at(Col::Summary, "summary")));
        self.case_language = cells.get(Col::Language).map(|c| (c.clone(), cells.at(Col::Language, "language")));
    }

    /// The quotes of a row: `quote`/`speaker`/`speaker title`, then each numbered group.
    fn quotes(&mut self, cells: &Cells<'_>) -> Vec<QuoteDraft> {
        let row = cells.row;
        let source = self.source_peek(cells);
        let mut out = Vec::new();
        for n in cells.groups() {
            let (quote, speaker) = (cells.get(Col::Quote(n)), cells.get(Col::Speaker(n)));
            let speaker_col = cells.name(Col::Speaker(n), if n == 1 { "speaker" } else { "speaker N" });
            match (quote, speaker) {
                (None, None) => {}
                (None, Some(s)) => self.warn(
                    ProblemKind::Missing,
                    place(row.number, &speaker_col),
                    s.pos,
                    format!(
                        "\"{}\" is named as a speaker, but there is no quote next to it; it is ignored",
                        clip(&s.text)
                    ),
                ),
                (Some(q), None) => {
                    let pos = cells.any(Col::Speaker(n)).map_or(q.pos, |c| c.pos);
                    self.error(
                        ProblemKind::Missing,
                        place(row.number, &speaker_col),
                        pos,
                        "the quote has no speaker, so it is left out; write who said it (a name, or a party of the parties block)"
                            .to_string(),
                    );
                }
                (Some(q), Some(s)) => {
                    let title = cells.get(Col::SpeakerTitle(n)).map(|t| t.text.clone());
                    let speaker = self.speaker(s, title, place(row.number, &speaker_col));
                    out.push(QuoteDraft {
                        text: q.clone(),
                        row: row.number,
                        quote_col: cells.name(Col::Quote(n), "quote"),
                        speaker,
                        speaker_cell: s.clone(),
                        speaker_col: speaker_col.clone(),
                        source,
                    });
                }
            }
        }
        out
    }

    /// A party (by id or name) or a person (by name; one person per name, with the first title
    /// given; another title for the same name is kept on that quote).
    fn speaker(&mut self, cell: &Cell, title: Option<String>, at: String) -> Speaker {
        let text = cell.text.trim();
        let lower = text.to_lowercase();
        if let Some(p) =
            self.parties.iter().find(|p| p.id == text || p.id.to_lowercase() == lower || p.name.to_lowercase() == lower)
        {
            return Speaker::Party(p.id.clone());
        }
        if let Some(i) = self.people.iter().position(|p| p.name == text) {
            let same = match (&title, self.people.get(i).and_then(|p| p.title.as_ref())) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if same {
                if let (Some(t), Some(p)) = (&title, self.people.get_mut(i)) {
                    p.title.get_or_insert_with(|| t.clone());
                }
                return Speaker::Person(i);
            }
            return Speaker::Named(text.to_string(), title);
        }
        let id = unique(
            &slug_or(text, "person"),
            self.people.iter().map(|p| p.id.as_str()).chain(self.parties.iter().map(|p| p.id.as_str())),
        );
        self.people.push(PersonDraft { id, name: text.to_string(), title, cell: cell.clone(), place: at });
        Speaker::Person(self.people.len() - 1)
    }

    /// The source a row names, without adding it (for its quotes).
    fn source_peek(&mut self, cells: &Cells<'_>) -> Option<usize> {
        self.source(cells)
    }

    /// The source of a row (`source title`, `source URL`, `publisher`), added once per title
    /// and address.
    fn source(&mut self, cells: &Cells<'_>) -> Option<usize> {
        let row = cells.row;
        let title = cells.get(Col::SourceTitle);
        let url_cell = cells.get(Col::SourceUrl);
        let url = url_cell.and_then(|c| {
            if is_web_url(&c.text) {
                Some(c.text.trim().to_string())
            } else if !self.bad_links.insert(c.pos) {
                None
            } else {
                self.error(
                    ProblemKind::Invalid,
                    cells.at(Col::SourceUrl, "source URL"),
                    c.pos,
                    format!(
                        "\"{}\" is not a web address, so the link is left out; only http:// and https:// links are allowed",
                        clip(&c.text)
                    ),
                );
                None
            }
        });
        let (name, cell, at) = match (title, &url) {
            (Some(t), _) => (t.text.clone(), t.clone(), cells.at(Col::SourceTitle, "source title")),
            (None, Some(u)) => {
                let host = u.split("//").nth(1).and_then(|r| r.split('/').next()).unwrap_or(u).to_string();
                let cell = url_cell.cloned().unwrap_or(Cell { text: u.clone(), pos: row.pos });
                (host, cell, cells.at(Col::SourceUrl, "source URL"))
            }
            (None, None) => return None,
        };
        let publisher = cells.get(Col::Publisher).map(|c| c.text.clone());
        if let Some(i) = self.sources.iter().position(|s| s.title == name && s.url == url) {
            return Some(i);
        }
        let id = unique(&slug_or(&name, "source"), self.sources.iter().map(|s| s.id.as_str()));
        self.sources.push(SourceDraft { id, title: name, url, publisher, cell, place: at });
        Some(self.sources.len() - 1)
    }
}

//! The validated case: what every later stage may rely on.
//!
//! Invariants of [`Case`]: ids are unique within their kind; every reference (event → party,
//! quote → speaker, → source) resolves, stored as an index; `events` are sorted by start date,
//! events on the same date keep their file order; `end`, when present, is not before `date`.

pub mod date;
pub mod json;
pub mod timelinejs;
pub mod validate;

pub use date::{CaseDate, Precision, Seconds};
pub use validate::{load, load_any, load_any_node, load_node, Limits, Loaded};

/// A court case, checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Case {
    pub title: String,
    pub summary: Option<String>,
    pub court: Option<String>,
    pub case_number: Option<String>,
    pub judges: Vec<String>,
    pub outcome: Option<String>,
    /// BCP 47 language tag for dates and interface text, e.g. "en", "he".
    pub locale: String,
    /// IANA zone name, shown with times; not used for arithmetic (court dates are civil).
    pub time_zone: Option<String>,
    pub parties: Vec<Party>,
    pub people: Vec<Person>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Petitioner,
    Respondent,
    Court,
    Intervenor,
    Other,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// `#rrggbb` from the case, if given.
    pub color: Option<[u8; 3]>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    /// Index into `Case::parties`.
    pub party: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    /// Only `http:` and `https:` URLs are kept (anything else is reported and dropped).
    pub url: Option<String>,
    pub published: Option<CaseDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Filing,
    Hearing,
    Ruling,
    Statement,
    Order,
    Appeal,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Access {
    #[default]
    Public,
    /// Part of the proceeding was closed to the public.
    Partial,
    Closed,
    Sealed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Happened,
    Scheduled,
    Postponed,
    Cancelled,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq)]
pub enum Speaker {
    /// Index into `Case::people`.
    Person(usize),
    /// Index into `Case::parties`.
    Party(usize),
    /// Named inline in the quote.
    Named { name: String, title: Option<String> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub text: String,
    pub speaker: Speaker,
    pub lang: Option<String>,
    /// Index into `Case::sources`.
    pub source: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub date: CaseDate,
    pub end: Option<CaseDate>,
    pub display_date: Option<String>,
    pub kind: Kind,
    pub title: String,
    pub summary: Option<String>,
    /// Indices into `Case::parties`, in the order given.
    pub parties: Vec<usize>,
    pub access: Access,
    pub status: Status,
    pub quotes: Vec<Quote>,
    /// Indices into `Case::sources`.
    pub sources: Vec<usize>,
    pub lang: Option<String>,
}

impl Event {
    /// The axis interval the event covers: from the start of `date` to the end of `end` (or of
    /// `date` itself, so "May 2019" covers all of May).
    pub fn extent(&self) -> (Seconds, Seconds) {
        let end = self.end.as_ref().unwrap_or(&self.date);
        (self.date.start(), end.end())
    }

    /// "13 July 2020 (Monday)": the exact date, then the source's own words if given.
    pub fn date_text(&self, locale: &dyn crate::locale::Locale) -> String {
        let mut text = self.date.format(locale);
        if let Some(end) = &self.end {
            text.push_str(" – ");
            text.push_str(&end.format(locale));
        }
        if let Some(words) = &self.display_date {
            text.push_str(&format!(" ({words})"));
        }
        text
    }
}

impl Case {
    /// The speaker's display name and, if known, their title or party.
    pub fn speaker_name(&self, speaker: &Speaker) -> (String, Option<String>) {
        match speaker {
            Speaker::Person(i) => match self.people.get(*i) {
                Some(p) => {
                    let party = p.party.and_then(|i| self.parties.get(i)).map(|p| p.name.clone());
                    (p.name.clone(), p.title.clone().or(party))
                }
                None => (String::new(), None),
            },
            Speaker::Party(i) => (self.parties.get(*i).map(|p| p.name.clone()).unwrap_or_default(), None),
            Speaker::Named { name, title } => (name.clone(), title.clone()),
        }
    }
}

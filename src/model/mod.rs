//! The validated case: what every later stage may rely on.
//!
//! Invariants of [`Case`]: ids are unique within their kind; every reference (event → party,
//! quote → speaker, → source) resolves, stored as an index; `events` are sorted by start date,
//! events on the same date keep their file order; `end`, when present, is not before `date`.

pub mod date;
pub mod json;
mod load;
mod validate;
pub mod words;

pub use crate::error::Limits;
pub use date::{CaseDate, Precision, Seconds};
pub use load::{
    import, load, looks_like_csv, looks_like_sheet, looks_like_timelinejs, DateOrder, Format, Imported, Input, Loaded,
};
pub use validate::{is_web_url, parse_color, valid_language_tag};

/// A court case, checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Case {
    /// The case's name: the headline of the timeline.
    pub title: String,
    /// What the case is about.
    pub summary: Option<String>,
    /// The court hearing it.
    pub court: Option<String>,
    /// The court's file number.
    pub case_number: Option<String>,
    /// Judges' names.
    pub judges: Vec<String>,
    /// How it ended, in a few words ("Petition rejected").
    pub outcome: Option<String>,
    /// BCP 47 language tag for dates and interface text, e.g. "en", "he".
    pub locale: String,
    /// IANA zone name, shown with times; not used for arithmetic (court dates are civil).
    pub time_zone: Option<String>,
    /// The sides of the case, in file order.
    pub parties: Vec<Party>,
    /// People who speak or act.
    pub people: Vec<Person>,
    /// Reports and documents cited.
    pub sources: Vec<Source>,
    /// What happened, sorted by start date (same-day events in file order).
    pub events: Vec<Event>,
}

/// A party's place in the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Brought the case (plaintiff, claimant, appellant, prosecution).
    Petitioner,
    /// Answers it (defendant, appellee, the accused).
    Respondent,
    /// The court (its lane comes first).
    Court,
    /// Joined the case.
    Intervenor,
    /// Anyone else (a commentator, a regulator).
    Other,
}

/// One side of the case: a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    /// Unique among parties.
    pub id: String,
    /// As shown on the lane.
    pub name: String,
    /// Its place in the case.
    pub role: Role,
    /// `#rrggbb` from the case, if given.
    pub color: Option<[u8; 3]>,
}

/// Someone who speaks or acts.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// Unique among people.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Role or title ("Judge", "Lawyer for Amnesty International").
    pub title: Option<String>,
    /// Index into `Case::parties`.
    pub party: Option<usize>,
}

/// A report or document cited.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Unique among sources.
    pub id: String,
    /// Its title or headline.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Only `http:` and `https:` URLs are kept (anything else is reported and dropped).
    pub url: Option<String>,
    /// When it was published.
    pub published: Option<CaseDate>,
}

/// What kind of step an event is; each has its own mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A petition, complaint, motion or brief (■).
    Filing,
    /// A hearing or trial session (●).
    Hearing,
    /// A ruling, judgment, verdict or sentence (◆, the largest mark).
    Ruling,
    /// A statement by a party or person (speech bubble).
    Statement,
    /// A court order (▼).
    Order,
    /// An appeal (▲).
    Appeal,
    /// Anything else (small ●).
    Other,
}

/// Whether the public could attend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Access {
    /// Open to the public.
    #[default]
    Public,
    /// Part of the proceeding was closed to the public.
    Partial,
    /// Closed to the public.
    Closed,
    /// Sealed: not even its content is public.
    Sealed,
}

/// Whether the event took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Status {
    /// It took place.
    #[default]
    Happened,
    /// It is expected.
    Scheduled,
    /// It was moved to a later date.
    Postponed,
    /// It will not take place.
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
    Named {
        /// The speaker's name.
        name: String,
        /// Their title.
        title: Option<String>,
    },
}

/// Words someone said, quoted exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The words, without quotation marks.
    pub text: String,
    /// Who said them.
    pub speaker: Speaker,
    /// Their language, when not the event's.
    pub lang: Option<String>,
    /// Index into `Case::sources`.
    pub source: Option<usize>,
}

/// One step of the case.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Unique among events; deep links use it (`#event-<id>`).
    pub id: String,
    /// When it happened (or began), at its precision.
    pub date: CaseDate,
    /// When it ended, not before `date`.
    pub end: Option<CaseDate>,
    /// The source's own words for the date ("Monday", "In January").
    pub display_date: Option<String>,
    /// What kind of step it is.
    pub kind: Kind,
    /// A short headline.
    pub title: String,
    /// A few sentences.
    pub summary: Option<String>,
    /// Indices into `Case::parties`, in the order given; the first is the event's lane.
    pub parties: Vec<usize>,
    /// Whether the public could attend.
    pub access: Access,
    /// Whether it took place.
    pub status: Status,
    /// What was said.
    pub quotes: Vec<Quote>,
    /// Indices into `Case::sources`.
    pub sources: Vec<usize>,
    /// The language of its title and summary, when not the case's.
    pub lang: Option<String>,
}

impl Event {
    /// The axis interval the event covers: from the start of `date` to the end of `end` (or of
    /// `date` itself, so "May 2019" covers all of May).
    pub fn extent(&self) -> (Seconds, Seconds) {
        let end = self.end.as_ref().unwrap_or(&self.date);
        (self.date.start(), end.end())
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

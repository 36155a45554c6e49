//! The template's columns: the header names each block accepts (any case, spaces folded;
//! numbered quote columns), and which rows are headers.

use crate::import::table::Row;

/// A column of the events block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    Id,
    Date,
    End,
    DisplayDate,
    Kind,
    Title,
    Summary,
    Party,
    OtherParties,
    Access,
    Status,
    /// Quote, speaker and speaker title of quote group N (1 for the unnumbered columns).
    Quote(u8),
    Speaker(u8),
    SpeakerTitle(u8),
    SourceTitle,
    SourceUrl,
    Publisher,
    Role,
    Colour,
    /// The case's language (`he`, `ar`, `fr`…), on the row of kind `case`.
    Language,
}

/// Header names (lowercase, single spaces) of the events block.
pub(super) const EVENT_COLUMNS: &[(&str, Col)] = &[
    ("id", Col::Id),
    ("event id", Col::Id),
    ("date", Col::Date),
    ("start date", Col::Date),
    ("end date", Col::End),
    ("end", Col::End),
    ("display date", Col::DisplayDate),
    ("kind", Col::Kind),
    ("type", Col::Kind),
    ("title", Col::Title),
    ("headline", Col::Title),
    ("summary", Col::Summary),
    ("text", Col::Summary),
    ("description", Col::Summary),
    ("party", Col::Party),
    ("party (lane)", Col::Party),
    ("lane", Col::Party),
    ("other parties", Col::OtherParties),
    ("access", Col::Access),
    ("status", Col::Status),
    ("quote", Col::Quote(1)),
    ("speaker", Col::Speaker(1)),
    ("speaker title", Col::SpeakerTitle(1)),
    ("source title", Col::SourceTitle),
    ("source", Col::SourceTitle),
    ("source url", Col::SourceUrl),
    ("url", Col::SourceUrl),
    ("source publisher", Col::Publisher),
    ("publisher", Col::Publisher),
    ("role", Col::Role),
    ("colour", Col::Colour),
    ("color", Col::Colour),
    ("language", Col::Language),
    ("locale", Col::Language),
];

/// A column of the parties block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PartyCol {
    Id,
    Name,
    Role,
    Colour,
}

pub(super) const PARTY_COLUMNS: &[(&str, PartyCol)] = &[
    ("party", PartyCol::Id),
    ("id", PartyCol::Id),
    ("party id", PartyCol::Id),
    ("name", PartyCol::Name),
    ("party name", PartyCol::Name),
    ("role", PartyCol::Role),
    ("colour", PartyCol::Colour),
    ("color", PartyCol::Colour),
];

pub(super) fn key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// `quote 2` → (`quote`, 2); names without a number → (name, 1).
pub(super) fn numbered(name: &str) -> (String, u8) {
    let k = key(name);
    let digits = k.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() < k.len() {
        if let Ok(n) = k.get(digits.len()..).unwrap_or("").parse::<u8>() {
            if n >= 1 {
                return (digits.trim_end().to_string(), n);
            }
        }
    }
    (k, 1)
}

pub(super) fn event_column(name: &str) -> Option<Col> {
    let (base, n) = numbered(name);
    let col = EVENT_COLUMNS.iter().find(|(k, _)| *k == base).map(|(_, c)| *c)?;
    match col {
        Col::Quote(_) => Some(Col::Quote(n)),
        Col::Speaker(_) => Some(Col::Speaker(n)),
        Col::SpeakerTitle(_) => Some(Col::SpeakerTitle(n)),
        other if n == 1 => Some(other),
        _ => None,
    }
}

pub(super) fn party_column(name: &str) -> Option<PartyCol> {
    let k = key(name);
    PARTY_COLUMNS.iter().find(|(n, _)| *n == k).map(|(_, c)| *c)
}

/// A header row's columns: (column, index, name as written).
pub(super) type Columns<C> = Vec<(C, usize, String)>;

pub(super) enum Header {
    Events(Columns<Col>),
    Parties(Columns<PartyCol>),
}

/// The header a row is, if it is one: an events header names a date and a title (or summary);
/// a parties header names a role and a name or id, and no date.
pub(super) fn header(row: &Row) -> Option<Header> {
    let names: Vec<(usize, &str)> =
        row.cells.iter().enumerate().filter(|(_, c)| !c.text.is_empty()).map(|(i, c)| (i, c.text.as_str())).collect();
    let events: Columns<Col> = names.iter().filter_map(|(i, n)| Some((event_column(n)?, *i, n.to_string()))).collect();
    let has = |c: Col| events.iter().any(|(x, _, _)| *x == c);
    if has(Col::Date) && (has(Col::Title) || has(Col::Summary)) {
        return Some(Header::Events(events));
    }
    let parties: Columns<PartyCol> =
        names.iter().filter_map(|(i, n)| Some((party_column(n)?, *i, n.to_string()))).collect();
    let has = |c: PartyCol| parties.iter().any(|(x, _, _)| *x == c);
    if has(PartyCol::Role) && (has(PartyCol::Name) || has(PartyCol::Id)) && !names.iter().any(|(_, n)| key(n) == "date")
    {
        return Some(Header::Parties(parties));
    }
    None
}

//! What the panels say — the tooltip, the details panel, the screen-reader list, the live region
//! and the banner — as plain data. The browser shell only turns it into elements with
//! `textContent` (case text is untrusted); here it is tested natively.

use crate::error::Problem;
use crate::locale::{date_text, event_date_text, fill, is_rtl, Key, Locale};
use crate::model::{Access, Case, Event, Speaker, Status};

/// A piece of case text and the language it is in, when the case says (`lang` on the event or
/// quote); the shell sets `lang` and `dir="auto"` on its element then.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The text itself.
    pub text: String,
    /// Its language tag.
    pub lang: Option<String>,
}

/// A quote as shown: the words in quotation marks, and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteView {
    /// The words with quotation marks around them.
    pub text: Text,
    /// "— Molly Malekar, Director, Amnesty International Israel (Amnesty International)".
    pub by: String,
}

/// One source: its label, and its address when it is a web address (`http:`/`https:` only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceView {
    /// "The Jerusalem Post: “Court rules for NSO …”".
    pub label: String,
    /// A link to open (only `http(s)`).
    pub url: Option<String>,
}

/// Everything about one event that the panels show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    /// The event's date for readers ("July 13, 2020 (Monday)").
    pub date: String,
    /// ISO date for `<time datetime>`.
    pub datetime: String,
    /// The title.
    pub title: Text,
    /// Access and status notes ("Partly closed to the public", "Postponed").
    pub notes: Vec<String>,
    /// The summary.
    pub summary: Option<Text>,
    /// Every quote.
    pub quotes: Vec<QuoteView>,
    /// The event's sources and its quotes' sources, once each, in that order.
    pub sources: Vec<SourceView>,
    /// "Parties: Tel Aviv District Court, Amnesty International, …": every party of the event
    /// (its lane first), which explains the dots under its mark.
    pub parties: Option<String>,
}

/// What the tooltip shows.
#[allow(clippy::large_enum_variant)] // one at a time, never in bulk
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tooltip {
    /// One event: date, title, parties, notes, summary (only without quotes), as many quotes as
    /// fit, how many more there are, a hint how to open the details, a sources line.
    Event {
        /// The event (its `quotes` cut to what the tooltip shows).
        event: EventView,
        /// "Source: …" when there are sources.
        sources_line: Option<String>,
        /// "5 more quotes — open details", when the tooltip does not show them all.
        more_quotes: Option<String>,
        /// "Tap again to open the details" (always on touch screens), or the click or key that
        /// opens them when quotes are left out.
        hint: Option<String>,
    },
    /// A count badge: how many, and the first few events as "date — title" lines.
    Badge {
        /// "3 events".
        title: String,
        /// Up to eight lines.
        lines: Vec<String>,
        /// "and 4 more; zoom in to see them".
        more: Option<String>,
    },
}

/// The pinned details panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Details {
    /// The dialog's accessible name: "Details: <title>".
    pub label: String,
    /// The close button's accessible name.
    pub close: String,
    /// The event.
    pub event: EventView,
    /// "Source" or "Sources", when there are any.
    pub sources_title: Option<String>,
}

/// The banner over (or instead of) the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    /// What happened, in one sentence.
    pub heading: String,
    /// The first ten errors, each as `line:column: path: message`.
    pub items: Vec<String>,
    /// "…and 4 more." when there are more than ten.
    pub more: Option<String>,
}

/// How the reader reached the tooltip: it decides the hint on opening the details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A mouse or pen hovering.
    Pointer,
    /// A first tap on a touch screen (a second tap opens the details).
    Touch,
    /// The keyboard focus (Enter opens the details).
    Keyboard,
}

/// The case's own header, for the panels (the drawing has it too): title, summary, outcome,
/// parties and the source credit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The case's title.
    pub title: String,
    /// Its summary.
    pub summary: Option<String>,
    /// "Outcome: Petition rejected".
    pub outcome: Option<String>,
    /// "Parties: Amnesty International, …", every party in the case's order.
    pub parties: Option<String>,
    /// "Source: The Jerusalem Post".
    pub credit: Option<String>,
}

/// The most badge lines a tooltip lists.
pub const BADGE_LINES: usize = 8;
/// The most errors a banner lists.
pub const BANNER_ITEMS: usize = 10;
/// The longest live-region announcement, in characters.
pub const LIVE_CHARS: usize = 150;

fn text(s: &str, lang: Option<&str>) -> Text {
    Text { text: s.to_string(), lang: lang.map(str::to_string) }
}

/// The access and status notes of an event, in the reader's language.
pub fn notes(e: &Event, locale: &dyn Locale) -> Vec<String> {
    let access = match e.access {
        Access::Public => None,
        Access::Partial => Some(Key::AccessPartial),
        Access::Closed => Some(Key::AccessClosed),
        Access::Sealed => Some(Key::AccessSealed),
    };
    let status = match e.status {
        Status::Happened => None,
        Status::Scheduled => Some(Key::StatusScheduled),
        Status::Postponed => Some(Key::StatusPostponed),
        Status::Cancelled => Some(Key::StatusCancelled),
    };
    [access, status].into_iter().flatten().map(|k| locale.text(k).to_string()).collect()
}

/// "— Name, title (party)" (the comma as the language writes it, `quote.by_title`): the title is
/// left out when it only repeats the party.
pub fn attribution(case: &Case, speaker: &Speaker, locale: &dyn Locale) -> String {
    let (name, title) = case.speaker_name(speaker);
    let party = match speaker {
        Speaker::Person(i) => {
            case.people.get(*i).and_then(|p| p.party).and_then(|p| case.parties.get(p)).map(|p| p.name.clone())
        }
        _ => None,
    };
    let mut out = String::from("— ");
    match title.filter(|t| Some(t) != party.as_ref()) {
        Some(t) => out.push_str(&locale.fill(Key::QuoteByTitle, &[("name", &name), ("title", &t)])),
        None => out.push_str(&name),
    }
    if let Some(p) = party {
        out.push_str(" (");
        out.push_str(&p);
        out.push(')');
    }
    out
}

/// The quotes of an event, in the interface language's quotation marks; a quote written in the
/// other direction gets straight marks (the interface's curly ones read backwards inside it,
/// and Hebrew's ” ” look wrong around English).
pub(crate) fn quotes(case: &Case, e: &Event, locale: &dyn Locale) -> Vec<QuoteView> {
    let (open, close) = locale.strings().quote_marks();
    e.quotes
        .iter()
        .map(|q| {
            let lang = q.lang.as_deref().or(e.lang.as_deref());
            let (open, close) = match lang {
                Some(l) if is_rtl(l) != locale.is_rtl() => ("\"", "\""),
                _ => (open, close),
            };
            let marked = format!("{open}{}{close}", q.text);
            QuoteView { text: text(&marked, lang), by: attribution(case, &q.speaker, locale) }
        })
        .collect()
}

/// The event's sources and its quotes' sources, once each.
fn source_indices(e: &Event) -> Vec<usize> {
    let mut indices: Vec<usize> = e.sources.clone();
    for q in &e.quotes {
        if let Some(s) = q.source {
            if !indices.contains(&s) {
                indices.push(s);
            }
        }
    }
    indices
}

fn sources(case: &Case, e: &Event, locale: &dyn Locale) -> Vec<SourceView> {
    let (open, close) = locale.strings().quote_marks();
    source_indices(e)
        .iter()
        .filter_map(|&i| case.sources.get(i))
        .map(|s| SourceView {
            label: match &s.publisher {
                Some(p) => {
                    locale.fill(Key::SourceLabel, &[("publisher", p), ("title", &format!("{open}{}{close}", s.title))])
                }
                None => format!("{open}{}{close}", s.title),
            },
            url: s.url.clone().filter(|u| crate::model::is_web_url(u)),
        })
        .collect()
}

/// Everything the panels may show about event `index`.
pub fn event(case: &Case, index: usize, locale: &dyn Locale) -> Option<EventView> {
    let e = case.events.get(index)?;
    let lang = e.lang.as_deref();
    Some(EventView {
        date: event_date_text(e, locale),
        datetime: e.date.to_iso(),
        title: text(&e.title, lang),
        notes: notes(e, locale),
        summary: e.summary.as_deref().map(|s| text(s, lang)),
        quotes: quotes(case, e, locale),
        sources: sources(case, e, locale),
        parties: party_line(case, &e.parties, locale),
    })
}

/// "Party: A" or "Parties: A, B, C" for these parties (indices into `Case::parties`).
fn party_line(case: &Case, parties: &[usize], locale: &dyn Locale) -> Option<String> {
    let names: Vec<&str> = parties.iter().filter_map(|&p| case.parties.get(p)).map(|p| p.name.as_str()).collect();
    (!names.is_empty()).then(|| {
        fill(
            &locale.count(Key::EventParties, names.len()),
            &[("list", &crate::text::join(&mut names.iter().copied(), locale.text(Key::ListSeparator)))],
        )
    })
}

/// The source credit: "Source: The Jerusalem Post" — each publisher once (a source without one
/// by its title), in the case's order; `None` without sources.
pub fn credit(case: &Case, locale: &dyn Locale) -> Option<String> {
    let (open, close) = locale.strings().quote_marks();
    let mut names: Vec<String> = Vec::new();
    for s in &case.sources {
        let name = s.publisher.clone().unwrap_or_else(|| format!("{open}{}{close}", s.title));
        if !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| {
        fill(
            &locale.count(Key::FooterCredit, names.len()),
            &[("list", &crate::text::join(&mut names.iter().map(String::as_str), locale.text(Key::ListSeparator)))],
        )
    })
}

/// The case's header as the panels give it.
pub fn header(case: &Case, locale: &dyn Locale) -> Header {
    let all: Vec<usize> = (0..case.parties.len()).collect();
    Header {
        title: case.title.clone(),
        summary: case.summary.clone(),
        outcome: case.outcome.as_deref().map(|o| locale.fill(Key::HeaderOutcome, &[("outcome", o)])),
        parties: party_line(case, &all, locale),
        credit: credit(case, locale),
    }
}

/// The tooltip for one event (with every quote), or for the events of a count badge.
pub fn tooltip(case: &Case, events: &[usize], locale: &dyn Locale) -> Option<Tooltip> {
    tooltip_showing(case, events, locale, usize::MAX, None)
}

/// The tooltip for `events` showing at most `max_quotes` quotes, saying how many more there are;
/// the hint follows `via`.
pub fn tooltip_showing(
    case: &Case,
    events: &[usize],
    locale: &dyn Locale,
    max_quotes: usize,
    via: Option<Via>,
) -> Option<Tooltip> {
    if let [single] = events {
        let mut event = event(case, *single, locale)?;
        if !event.quotes.is_empty() {
            event.summary = None;
        }
        let sources_line = (!event.sources.is_empty()).then(|| {
            let list: Vec<&str> = event.sources.iter().map(|s| s.label.as_str()).collect();
            locale.fill(
                Key::SourceLine,
                &[("sources", &crate::text::join(&mut list.iter().copied(), locale.text(Key::SourceSeparator)))],
            )
        });
        let total = event.quotes.len();
        event.quotes.truncate(max_quotes);
        let hidden = total - event.quotes.len();
        let more_quotes = (hidden > 0).then(|| locale.count(Key::QuotesMore, hidden));
        let hint = match via {
            Some(Via::Touch) => Some(Key::HintTap),
            Some(Via::Pointer) if hidden > 0 => Some(Key::HintClick),
            Some(Via::Keyboard) if hidden > 0 => Some(Key::HintKey),
            _ => None,
        };
        let hint = hint.map(|k| locale.text(k).to_string());
        return Some(Tooltip::Event { event, sources_line, more_quotes, hint });
    }
    let lines = events
        .iter()
        .take(BADGE_LINES)
        .filter_map(|&i| case.events.get(i))
        .map(|e| format!("{} — {}", date_text(&e.date, locale), e.title))
        .collect();
    let more = (events.len() > BADGE_LINES).then(|| locale.count(Key::BadgeMore, events.len() - BADGE_LINES));
    Some(Tooltip::Badge { title: locale.count(Key::BadgeEvents, events.len()), lines, more })
}

/// The tooltip with as many quotes as `fits` accepts — it is asked with all of them, then one
/// fewer each time, down to none ("8 more quotes — open details"); then, for an event whose
/// summary alone is too long, without the summary (the details have it). At most what fits, and
/// how many more there are; when nothing fits, the shortest.
pub fn fitting_tooltip(
    case: &Case,
    events: &[usize],
    locale: &dyn Locale,
    via: Via,
    mut fits: impl FnMut(&Tooltip) -> bool,
) -> Option<Tooltip> {
    let total = match events {
        [single] => case.events.get(*single).map_or(0, |e| e.quotes.len()),
        _ => 0,
    };
    let mut last = None;
    for n in (0..=total).rev() {
        let tip = tooltip_showing(case, events, locale, n, Some(via))?;
        if fits(&tip) {
            return Some(tip);
        }
        last = Some(tip);
    }
    if let Some(Tooltip::Event { event, .. }) = last.as_mut() {
        if event.summary.take().is_some() && last.as_ref().is_some_and(&mut fits) {
            return last;
        }
    }
    last
}

/// The details panel for event `index`.
pub fn details(case: &Case, index: usize, locale: &dyn Locale) -> Option<Details> {
    let event = event(case, index, locale)?;
    let sources_title = match event.sources.len() {
        0 => None,
        1 => Some(locale.text(Key::SourceOne).to_string()),
        _ => Some(locale.text(Key::SourceMany).to_string()),
    };
    Some(Details {
        label: locale.fill(Key::DetailsLabel, &[("title", &event.title.text)]),
        close: locale.text(Key::DetailsClose).to_string(),
        event,
        sources_title,
    })
}

/// What the live region announces when event `index` gets the focus: "date: title", at most
/// [`LIVE_CHARS`] characters.
pub fn live(case: &Case, index: usize, locale: &dyn Locale) -> Option<String> {
    let e = case.events.get(index)?;
    let text = locale.fill(Key::LiveFocus, &[("date", &event_date_text(e, locale)), ("title", &e.title)]);
    Some(if text.chars().count() > LIVE_CHARS {
        text.chars().take(LIVE_CHARS - 1).collect::<String>() + "…"
    } else {
        text
    })
}

/// The accessible name of a button that shows only `symbol` ("+", "×"): its words, then the
/// symbol, so the name contains what is visible (WCAG 2.5.3) — "Zoom in (+)".
pub fn symbol_name(words: &str, symbol: &str) -> String {
    format!("{words} ({symbol})")
}

/// The accessible name of the widget's region.
pub fn region_label(case: Option<&Case>, locale: &dyn Locale) -> String {
    match case {
        Some(c) => locale.fill(Key::RegionLabel, &[("title", &c.title)]),
        None => locale.text(Key::RegionFailed).to_string(),
    }
}

/// The banner for `problems`: `None` when there is nothing to say (no errors, and the case is
/// shown). `fatal` when nothing could be drawn: then it lists the errors (there is no timeline
/// to read, and whoever embedded it needs to know why). When the case is drawn with parts left
/// out, readers get one plain line, "Some entries of this timeline could not be shown."; the
/// details are for editors (the editor page, the console, `problems()`; see [`console`]).
pub fn banner(problems: &[Problem], fatal: bool, locale: &dyn Locale) -> Option<Banner> {
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    if errors.is_empty() && !fatal {
        return None;
    }
    if !fatal {
        return Some(Banner { heading: locale.text(Key::BannerReader).to_string(), items: Vec::new(), more: None });
    }
    let heading = locale.text(Key::BannerFatal).to_string();
    let items = errors.iter().take(BANNER_ITEMS).map(ToString::to_string).collect();
    let more = (errors.len() > BANNER_ITEMS).then(|| locale.count(Key::BannerMore, errors.len() - BANNER_ITEMS));
    Some(Banner { heading, items, more })
}

/// What the console says (once per widget) about a drawn case with problems: a heading
/// ("The case data has 3 errors; the parts with errors are left out:") and every problem as
/// `line:column: path: message`. `None` without errors or warnings.
pub fn console(problems: &[Problem], locale: &dyn Locale) -> Option<String> {
    let listed: Vec<&Problem> = problems.iter().filter(|p| p.severity != crate::error::Severity::Info).collect();
    if listed.is_empty() {
        return None;
    }
    let errors = listed.iter().filter(|p| p.is_error()).count();
    let mut out =
        if errors > 0 { locale.count(Key::BannerPartial, errors) } else { "The case data has warnings:".to_string() };
    for p in listed {
        out.push('\n');
        out.push_str(&p.to_string());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::English;
    use crate::model::{load, Format, Input, Limits};

    fn nso() -> Case {
        let text = include_str!("../www/cases/nso-amnesty.json");
        load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap()
    }

    fn index(case: &Case, id: &str) -> usize {
        case.events.iter().position(|e| e.id == id).unwrap()
    }

    #[test]
    fn a_tooltip_names_the_date_notes_quotes_and_source() {
        let case = nso();
        let hearing = index(&case, "hearing-2020-01");
        let Some(Tooltip::Event { event, sources_line, .. }) = tooltip(&case, &[hearing], &English) else {
            panic!("no event tooltip")
        };
        assert_eq!(event.date, "January 16, 2020", "the display date repeats the date: {}", event.date);
        assert_eq!(
            event.parties.as_deref(),
            Some("Parties: Tel Aviv District Court, Amnesty International, Israel's Ministry of Defense (Defense Ministry), NSO Group")
        );
        assert_eq!(event.notes, ["Partly closed to the public"]);
        assert_eq!(event.datetime, "2020-01-16");
        assert!(sources_line.is_some_and(|l| l.starts_with("Source: The Jerusalem Post: “Court rules")));
    }

    #[test]
    fn quotes_are_attributed_with_title_and_party() {
        let case = nso();
        let statement = index(&case, "amnesty-statement");
        let view = event(&case, statement, &English).unwrap();
        assert!(view.quotes[0].text.text.starts_with('“') && view.quotes[0].text.text.ends_with('”'));
        assert_eq!(
            view.quotes[0].by,
            "— Molly Malekar, Director, Amnesty International Israel (Amnesty International)"
        );
        assert!(view.summary.is_some());
    }

    #[test]
    fn display_dates_that_add_words_are_kept() {
        let case = nso();
        let ruling = index(&case, "ruling");
        assert_eq!(live(&case, ruling, &English).unwrap(), "July 13, 2020 (Monday): Court rejects Amnesty's petition");
    }

    #[test]
    fn the_live_region_follows_the_language_s_punctuation() {
        let Some(french) = crate::locale::compiled("fr") else { return };
        let case = nso();
        let text = live(&case, index(&case, "ruling"), french).unwrap();
        assert!(text.contains(" : Court rejects Amnesty's petition"), "{text}");
        assert!(!text.contains("):"), "{text}");
    }

    #[test]
    fn a_tooltip_shows_what_fits_and_counts_the_other_quotes() {
        let case = nso();
        let statement = index(&case, "amnesty-statement");
        // A budget of 600 characters of quotes.
        let fits = |t: &Tooltip| match t {
            Tooltip::Event { event, .. } => event.quotes.iter().map(|q| q.text.text.len()).sum::<usize>() <= 600,
            Tooltip::Badge { .. } => true,
        };
        let Some(Tooltip::Event { event, more_quotes, hint, .. }) =
            fitting_tooltip(&case, &[statement], &English, Via::Keyboard, fits)
        else {
            panic!("no tooltip")
        };
        let shown = event.quotes.len();
        assert!((1..8).contains(&shown), "{shown}");
        assert!(fits(&tooltip_showing(&case, &[statement], &English, shown, None).unwrap()));
        assert!(!fits(&tooltip_showing(&case, &[statement], &English, shown + 1, None).unwrap()));
        assert_eq!(more_quotes, Some(format!("{} more quotes — open details", 8 - shown)));
        assert_eq!(hint.as_deref(), Some("Press Enter to open the details"));
        // Everything fits: no count, and on a touch screen the hint to tap again.
        let Some(Tooltip::Event { event, more_quotes, hint, .. }) =
            fitting_tooltip(&case, &[statement], &English, Via::Touch, |_| true)
        else {
            panic!("no tooltip")
        };
        assert_eq!((event.quotes.len(), more_quotes), (8, None));
        assert_eq!(hint.as_deref(), Some("Tap again to open the details"));
        // Nothing fits: no quote, "8 more quotes", and the way to the details.
        let Some(Tooltip::Event { event, more_quotes, hint, .. }) =
            fitting_tooltip(&case, &[statement], &English, Via::Pointer, |_| false)
        else {
            panic!("no tooltip")
        };
        assert_eq!(event.quotes.len(), 0);
        assert_eq!(more_quotes.as_deref(), Some("8 more quotes — open details"));
        assert_eq!(hint.as_deref(), Some("Click to open the details"));
        // An event without quotes whose summary is too long: without it.
        let hearing = index(&case, "hearing-2020-01");
        let short = |t: &Tooltip| matches!(t, Tooltip::Event { event, .. } if event.summary.is_none());
        let Some(Tooltip::Event { event, .. }) = fitting_tooltip(&case, &[hearing], &English, Via::Pointer, short)
        else {
            panic!("no tooltip")
        };
        assert!(event.summary.is_none());
    }

    #[test]
    fn the_header_names_title_outcome_every_party_and_the_source() {
        let case = nso();
        let h = header(&case, &English);
        assert_eq!(h.title, case.title);
        assert_eq!(h.outcome.as_deref(), Some("Outcome: Petition rejected"));
        let parties = h.parties.unwrap();
        for p in &case.parties {
            assert!(parties.contains(&p.name), "{parties}");
        }
        assert_eq!(h.credit.as_deref(), Some("Source: The Jerusalem Post"));
    }

    #[test]
    fn badges_list_at_most_eight_events_and_count_the_rest() {
        let case = nso();
        let all: Vec<usize> = (0..case.events.len()).collect();
        let Some(Tooltip::Badge { title, lines, more }) = tooltip(&case, &all, &English) else { panic!("no badge") };
        assert_eq!(title, format!("{} events", case.events.len()));
        assert_eq!(lines.len(), all.len().min(BADGE_LINES));
        assert_eq!(more.is_some(), all.len() > BADGE_LINES);
    }

    #[test]
    fn party_lists_are_joined_the_way_the_language_writes_lists() {
        let case = nso();
        let many = (0..case.events.len()).find(|&i| case.events[i].parties.len() > 1).expect("an event with parties");
        let en = event(&case, many, &English).unwrap().parties.unwrap();
        assert!(en.contains(", "), "{en}");
        if let Some(ar) = crate::locale::compiled("ar").filter(|p| p.tag() == "ar") {
            let line = event(&case, many, ar).unwrap().parties.unwrap();
            assert!(line.contains("، ") && !line.contains(", "), "{line}");
        }
    }

    #[test]
    fn rtl_quotes_get_straight_marks_in_an_ltr_interface() {
        let text = r#"{"version": 1, "title": "T", "people": [{"id": "d", "name": "Dana"}],
          "events": [{"id": "e", "date": "2020-01-02", "kind": "hearing", "title": "דיון", "lang": "he",
            "quotes": [{"text": "שלום", "speaker": "d"}]}]}"#;
        let case = load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap();
        let view = event(&case, 0, &English).unwrap();
        assert_eq!(view.quotes[0].text.text, "\"שלום\"");
        assert_eq!(view.title.lang.as_deref(), Some("he"));
    }

    #[test]
    fn ltr_quotes_keep_their_own_marks_in_an_rtl_interface() {
        let Some(he) = crate::locale::compiled("he").filter(|p| p.tag() == "he") else { return };
        let text = r#"{"version": 1, "title": "T", "lang": "he", "people": [{"id": "d", "name": "Dana"}],
          "events": [{"id": "e", "date": "2020-01-02", "kind": "hearing", "title": "דיון",
            "quotes": [{"text": "שלום", "speaker": "d"}, {"text": "Hello", "speaker": "d", "lang": "en"},
              {"text": "Bonjour", "speaker": "d", "lang": "fr"}]}]}"#;
        let case = load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap();
        let view = event(&case, 0, he).unwrap();
        let (open, close) = he.strings().quote_marks();
        assert_eq!(view.quotes[0].text.text, format!("{open}שלום{close}"));
        assert_eq!(view.quotes[1].text.text, "\"Hello\"");
        assert_eq!(view.quotes[1].text.lang.as_deref(), Some("en"));
        assert_eq!(view.quotes[2].text.text, "\"Bonjour\"");
    }

    #[test]
    fn readers_get_one_plain_line_and_a_refused_case_lists_ten_errors() {
        let problems: Vec<Problem> = (0..12)
            .map(|i| {
                Problem::error(crate::error::ProblemKind::Missing, format!("events[{i}]"), None, "\"kind\" is missing")
            })
            .collect();
        // Readers of a drawn case get one plain line; the details go to the console.
        let b = banner(&problems, false, &English).unwrap();
        assert_eq!(b.heading, "Some entries of this timeline could not be shown.");
        assert!(b.items.is_empty() && b.more.is_none());
        let c = console(&problems, &English).unwrap();
        assert!(c.starts_with("The case data has 12 errors; the parts with errors are left out:\n"), "{c}");
        assert_eq!(c.lines().count(), 13);
        // Nothing drawn: the errors are listed (ten, and a count of the rest).
        let b = banner(&problems, true, &English).unwrap();
        assert_eq!(b.heading, English.text(Key::BannerFatal));
        assert_eq!(b.items.len(), 10);
        assert_eq!(b.more.as_deref(), Some("…and 2 more."));
        assert!(banner(&[], false, &English).is_none());
        assert!(console(&[], &English).is_none());
    }
}

//! The words of the draft: event titles and summaries, the `--explain` report, and the message
//! when nothing was found.

use super::entities::Ent;
use super::events::{CourtEvent, Kind};
use super::lexicon::{is, COMMON_ENGLISH};
use super::mentions::Mention;
use super::output::{EventOut, Ids};
use super::parties::{Parties, Role};
use super::text::clip;
use super::{DraftItem, ItemKind};

#[allow(clippy::too_many_arguments)]
/// Lanes an event is drawn in, at most.
const MAX_EVENT_PARTIES: usize = 8;

pub(super) fn court_event(
    e: &CourtEvent,
    sentence_text: &dyn Fn(usize) -> String,
    mentions: &[Vec<Mention>],
    parties: &Parties,
    party_ids: &[String],
    main_court: Option<&str>,
    ids: &mut Ids,
) -> EventOut {
    let mut event_parties: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let mut court_name: Option<String> = None;
    for &s in &e.sentences {
        for m in mentions.get(s).map_or(&[][..], |v| v.as_slice()) {
            let party = parties.of_ent.get(&m.ent).copied().or_else(|| match m.ent {
                Ent::Person(p) => parties.of_person.get(p).copied().flatten(),
                Ent::Org(_) => None,
            });
            let Some(index) = party.filter(|i| event_parties.len() < MAX_EVENT_PARTIES && seen.insert(*i)) else {
                continue;
            };
            let (Some(id), Some(p)) = (party_ids.get(index), parties.list.get(index)) else { continue };
            if p.role == Role::Court {
                court_name.get_or_insert_with(|| p.name.clone());
                event_parties.insert(0, id.clone());
            } else {
                event_parties.push(id.clone());
            }
        }
    }
    let courtly = matches!(e.kind, Kind::Ruling | Kind::Hearing | Kind::Order);
    if courtly && court_name.is_none() {
        if let Some(main) = main_court {
            if !event_parties.iter().any(|p| p == main) {
                event_parties.insert(0, main.to_string());
            }
        }
    }
    let base = match e.label {
        "sentencing" => "Sentencing",
        "verdict" => "Verdict",
        "appeal decided" => "Appeal decided",
        "judgment" => "Judgment",
        "trial opens" => "Trial opens",
        "trial" => "Trial",
        "plea" => "Plea hearing",
        "judgment reserved" => "Judgment reserved",
        "conference" => "Court conference",
        "arguments" => "Arguments heard",
        "arraignment" => "Arraignment",
        "testimony" => "Testimony",
        "session (photo caption)" => "Court session (photo caption)",
        "lawsuit" => "Lawsuit filed",
        "petition" => "Petition filed",
        "charges" => "Charges filed",
        "complaint" => "Complaint filed",
        "bail" => "Bail decision",
        "arrest" => "Arrest",
        _ => match e.kind {
            Kind::Ruling => "Ruling",
            Kind::Hearing => "Hearing",
            Kind::Filing => "Filing",
            Kind::Appeal => "Appeal filed",
            Kind::Order => "Court order",
            Kind::Statement => "Statement",
            Kind::Other => "Event",
        },
    };
    let mut title = base.to_string();
    match e.access.as_ref().map(|a| a.0) {
        Some("partial") => title.push_str(" (partly closed)"),
        Some("closed") => title.push_str(" (closed to the public)"),
        Some("sealed") => title.push_str(" (sealed)"),
        _ => {}
    }
    if e.scheduled {
        title.push_str(" (scheduled)");
    }
    if let (true, Some(court)) = (courtly && !e.caption, &court_name) {
        title.push_str(" — ");
        title.push_str(court);
    }
    let evidence = e.sentences.first().map(|&s| sentence_text(s)).unwrap_or_default();
    let all: Vec<String> = e.sentences.iter().map(|&s| sentence_text(s)).collect();
    let mut summary = match e.label {
        "sentencing" => "A sentencing, drafted as a ruling. ".to_string(),
        "verdict" => "A verdict, drafted as a ruling. ".to_string(),
        _ => String::new(),
    };
    summary.push_str(&all.join(" "));
    if e.undated {
        summary
            .push_str(" (The article gives no date for this; it is placed on the publication date, marked uncertain.)");
    }
    let access_rule = e.access.as_ref().map(|(v, why)| format!("; access {v}: {why}")).unwrap_or_default();
    let date_words = e.display.as_deref().map(|d| format!("date “{d}”: ")).unwrap_or_default();
    let id_base = if e.undated {
        format!("{}-undated", e.kind.as_str())
    } else {
        format!("{}-{}", e.kind.as_str(), e.date.plain())
    };
    let id_base = if e.caption { format!("{id_base}-caption") } else { id_base };
    EventOut {
        id: ids.unique(&id_base),
        date: e.date,
        display: if e.caption { None } else { e.display.clone() },
        kind: e.kind,
        title,
        summary,
        parties: event_parties,
        access: e.access.as_ref().map(|a| a.0),
        scheduled: e.scheduled,
        quotes: Vec::new(),
        evidence,
        rule: format!("{} word “{}”; {date_words}{}{access_rule}", e.kind.as_str(), e.trigger, e.date_rule),
        review: e.review.clone(),
        undated: e.undated,
    }
}

/// Whether the article looks like English: mostly Latin letters, and (in a text long enough to
/// judge) a few of the commonest English words make up enough of its words.
pub(super) fn english(article: &str) -> bool {
    let (mut all, mut common, mut latin, mut letters) = (0usize, 0usize, 0usize, 0usize);
    for word in article.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(20_000) {
        all += 1;
        for c in word.chars() {
            letters += 1;
            if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
                latin += 1;
            }
        }
        if is(COMMON_ENGLISH, &word.to_lowercase()) {
            common += 1;
        }
    }
    latin * 2 >= letters && (all < 20 || common * 100 >= all * 4)
}

pub(super) fn nothing_found(article: &str) -> String {
    if english(article) {
        "found no quotation and no court event (filing, hearing, ruling, order, appeal) in the text".to_string()
    } else {
        "found nothing it understands: no quotation, no court event, and the text does not look like English (the rules are written for English news stories)".to_string()
    }
}

pub(super) fn explain(items: &[DraftItem], warnings: &[String], published: String, reviews: usize) -> String {
    let count = |f: fn(&ItemKind) -> bool| items.iter().filter(|i| f(&i.kind)).count();
    let mut out = format!(
        "Draft from the article published {published}: {} quotes, {} events, {} parties, {} people; {reviews} item{} to review.\n",
        count(|k| matches!(k, ItemKind::Quote { .. })),
        count(|k| matches!(k, ItemKind::Event { .. })),
        count(|k| matches!(k, ItemKind::Party { .. })),
        count(|k| matches!(k, ItemKind::Person { .. })),
        if reviews == 1 { "" } else { "s" },
    );
    for w in warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    for item in items {
        let (head, indent) = match &item.kind {
            ItemKind::Source => (format!("SOURCE {}: \"{}\"", item.id.as_deref().unwrap_or(""), item.label), ""),
            ItemKind::Party { role } => {
                (format!("PARTY {}: {} ({role})", item.id.as_deref().unwrap_or(""), item.label), "")
            }
            ItemKind::Person { title, party } => (
                format!(
                    "PERSON {}: {}{}{}",
                    item.id.as_deref().unwrap_or(""),
                    item.label,
                    title.as_deref().map(|t| format!(" — {t}")).unwrap_or_default(),
                    party.as_deref().map(|p| format!(" (party {p})")).unwrap_or_default()
                ),
                "",
            ),
            ItemKind::Event { kind, date, access, .. } => (
                format!(
                    "EVENT {}: {date} {kind}{} — {}",
                    item.id.as_deref().unwrap_or(""),
                    access.map(|a| format!(" [{a}]")).unwrap_or_default(),
                    item.label
                ),
                "",
            ),
            ItemKind::Quote { speaker, .. } => (format!("QUOTE by {speaker}: “{}”", clip(&item.label, 100)), "  "),
            ItemKind::Skipped => (format!("SKIPPED “{}”", clip(&item.label, 100)), ""),
        };
        out.push('\n');
        out.push_str(indent);
        out.push_str(&head);
        out.push('\n');
        out.push_str(&format!("{indent}  rule: {}\n", item.rule));
        if !item.evidence.is_empty() {
            out.push_str(&format!("{indent}  from: \"{}\"\n", clip(&item.evidence, 400)));
        }
        if let Some(r) = &item.review {
            out.push_str(&format!("{indent}  REVIEW: {r}\n"));
        }
    }
    out
}

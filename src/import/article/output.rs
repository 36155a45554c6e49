//! The draft as case JSON (version 1), its items and the `--explain` report.
//!
//! Every party, person, event and quote carries `note` — `From the article: "…"` with the
//! sentence it came from — and `needs_review: true` where a rule was unsure (an assumed year, an
//! undated event, a session known only from a photo caption, a speaker taken from context).
//! Until the validator knows these two fields they load as "unknown field" warnings. Quotes cite
//! the one source, the article. Statements are grouped per speaking party (or person, when the
//! story ties them to none) and day; quotes by judges or the court go to the court's ruling,
//! order or hearing instead.

use std::collections::{HashMap, HashSet};

use super::dates::{describe, DateMention, DraftDate, Ymd};
use super::entities::{Ent, OrgKind, PersonRole};
use super::events::{court_events, CourtEvent, Kind};
use super::mentions::Mention;
use super::parties::{assign, keep_person, Role};
use super::speakers::{Speaker, CONTINUES};
use super::text::{clip, unwrap_lines, ParaKind, Words};
use super::wording::{court_event, english, explain, nothing_found};
use super::{Analysis, Attributed, Draft, DraftError, DraftItem, DraftOptions, ItemKind};
use crate::model::json::{to_string_pretty, Node, Value};

/// Notes and other short texts stay within the case format's 500-character limit.
const SHORT: usize = 480;
const LONG: usize = 3000;
const MAX_EVENTS: usize = 5000;

fn string(v: &str) -> Node {
    Node::new(Value::String(v.to_string()))
}
fn object(members: Vec<(&str, Node)>) -> Node {
    Node::new(Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
}
fn list(items: Vec<Node>) -> Node {
    Node::new(Value::Array(items))
}

/// `text` as an id: lower-case letters and digits of any script joined by `-`, at most `words`
/// words (never empty: `fallback` then).
fn slug(text: &str, words: usize, fallback: &str) -> String {
    // An apostrophe joins ("prosecutor's" → "prosecutors"); other marks separate words.
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '’'))
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { ' ' })
        .collect();
    let s = cleaned.split_whitespace().take(words).collect::<Vec<_>>().join("-");
    let s: String = s.chars().take(60).collect();
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

#[derive(Default)]
/// Ids given so far, and the next number to try per base.
pub(super) struct Ids(pub(super) HashSet<String>, HashMap<String, usize>);

impl Ids {
    /// `base`, or `base-2`, `base-3`… when taken.
    pub(super) fn unique(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        let mut n = self.1.get(base).copied().unwrap_or(2);
        while self.0.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.1.insert(base.to_string(), n);
        self.0.insert(id.clone());
        id
    }
}

fn note(sentence: &str) -> String {
    format!("From the article: \"{}\"", clip(sentence, SHORT - 22))
}

/// A drafted quote, ready to write.
pub(super) struct QuoteOut {
    text: String,
    speaker: Node,
    speaker_name: String,
    evidence: String,
    rule: String,
    review: Option<String>,
}

/// Who a statement is by.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Group {
    Party(usize),
    Person(usize),
    Named(String),
}

/// A statement being gathered: (speaker group, day), its date, the article's words for the day,
/// its quotes.
type StatementGroup = ((Group, String), DraftDate, Option<String>, Vec<QuoteOut>);

pub(super) struct EventOut {
    pub(super) id: String,
    pub(super) date: DraftDate,
    pub(super) display: Option<String>,
    pub(super) kind: Kind,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) parties: Vec<String>,
    pub(super) access: Option<&'static str>,
    pub(super) scheduled: bool,
    pub(super) quotes: Vec<QuoteOut>,
    pub(super) evidence: String,
    pub(super) rule: String,
    pub(super) review: Option<String>,
    pub(super) undated: bool,
}

pub(super) fn build(a: Analysis<'_>, options: &DraftOptions) -> Result<Draft, DraftError> {
    let Analysis {
        article,
        paras,
        quotes,
        skipped_marks,
        sentences,
        words,
        mentions,
        dates,
        mut reg,
        attributed,
        terms,
        published,
    } = a;
    // Each sentence's text once (hard wraps undone): evidence for many items.
    let texts: Vec<String> =
        sentences.iter().map(|x| article.get(x.start..x.end).map(unwrap_lines).unwrap_or_default()).collect();
    let sentence_text = |s: usize| -> String { texts.get(s).cloned().unwrap_or_default() };
    let mut court = court_events(&sentences, &words, &mentions, &dates, &reg, published);
    court.truncate(MAX_EVENTS);
    let speakers: Vec<Ent> =
        attributed.iter().filter_map(|q| if let Speaker::Ent(e) = q.att.speaker { Some(e) } else { None }).collect();
    let event_sentences: Vec<usize> = court.iter().flat_map(|e| e.sentences.iter().copied()).collect();
    let parties = assign(&mut reg, &words, &mentions, &speakers, &event_sentences);
    if attributed.is_empty() && court.is_empty() {
        return Err(DraftError::NothingFound(nothing_found(article)));
    }

    // Ids: parties, then people.
    let mut ids = Ids::default();
    let party_ids: Vec<String> = parties.list.iter().map(|p| ids.unique(&slug(&p.name, 4, "party"))).collect();
    let speaking_people: HashSet<usize> =
        speakers.iter().filter_map(|e| if let Ent::Person(p) = e { Some(*p) } else { None }).collect();
    let mut person_ids: HashMap<usize, String> = HashMap::new();
    for (p, person) in reg.people.iter().enumerate() {
        if keep_person(&reg, &parties, p, speaking_people.contains(&p)) {
            let base = slug(&person.surname, 2, "person");
            let id =
                if ids.0.contains(&base) { ids.unique(&slug(&person.name, 4, "person")) } else { ids.unique(&base) };
            person_ids.insert(p, id);
        }
    }
    let party_of = |e: Ent| parties.of_ent.get(&e).and_then(|&i| party_ids.get(i)).cloned();

    // Quotes: their speaker, statement group and day.
    let mut groups: Vec<StatementGroup> = Vec::new();
    let mut group_index: HashMap<(Group, String), usize> = HashMap::new();
    let mut court_quotes: Vec<(usize, QuoteOut)> = Vec::new();
    let when = said_dates(&attributed, &words, &mentions, &dates, &court, published);
    for (qi, q) in attributed.iter().enumerate() {
        let Some(span) = quotes.get(q.quote) else { continue };
        let evidence = (q.first_sentence..=q.last_sentence).map(&sentence_text).collect::<Vec<_>>().join(" ");
        let (speaker, speaker_name, group) = match &q.att.speaker {
            Speaker::Ent(Ent::Person(p)) => {
                let name = reg.name(Ent::Person(*p));
                let judge = reg.people.get(*p).is_some_and(|x| x.role == PersonRole::Judge);
                let group = if judge {
                    None
                } else {
                    Some(parties.of_person.get(*p).copied().flatten().map_or(Group::Person(*p), Group::Party))
                };
                let node = person_ids
                    .get(p)
                    .map_or_else(|| object(vec![("name", string(&clip(&name, SHORT)))]), |id| string(id));
                (node, name, group)
            }
            Speaker::Ent(Ent::Org(o)) => {
                let name = reg.name(Ent::Org(*o));
                let is_court = reg.orgs.get(*o).is_some_and(|x| x.kind == OrgKind::Court);
                let index = parties.of_ent.get(&Ent::Org(*o)).copied();
                let node = party_of(Ent::Org(*o))
                    .map_or_else(|| object(vec![("name", string(&clip(&name, SHORT)))]), |id| string(&id));
                let group = if is_court { None } else { Some(index.map_or(Group::Named(name.clone()), Group::Party)) };
                (node, name, group)
            }
            Speaker::Named(n) => {
                (object(vec![("name", string(&clip(n, SHORT)))]), n.clone(), Some(Group::Named(n.clone())))
            }
        };
        let out = QuoteOut {
            text: span.text.clone(),
            speaker,
            speaker_name,
            evidence,
            rule: q.att.rule.to_string(),
            review: q.att.review.clone(),
        };
        let Some(group) = group else {
            court_quotes.push((q.first_sentence, out));
            continue;
        };
        let (date, display) = when.get(qi).cloned().unwrap_or((DraftDate::day(published), None));
        let key = (group, date.plain());
        match group_index.get(&key).and_then(|&i| groups.get_mut(i)) {
            Some((_, _, _, list)) => list.push(out),
            None => {
                group_index.insert(key.clone(), groups.len());
                groups.push((key, date, display, vec![out]));
            }
        }
    }

    // Court events, with the court's quotes.
    let mut events: Vec<EventOut> = Vec::new();
    let main_court = parties.main_court.and_then(|i| party_ids.get(i)).cloned();
    let mut court_targets: Vec<(usize, usize)> = Vec::new();
    for e in &court {
        let first = e.sentences.first().copied().unwrap_or(0);
        court_targets.push((first, events.len()));
        events.push(court_event(e, &sentence_text, &mentions, &parties, &party_ids, main_court.as_deref(), &mut ids));
    }
    for (s, quote) in court_quotes {
        let rulings: Vec<&(usize, usize)> = court_targets
            .iter()
            .filter(|(_, i)| {
                events
                    .get(*i)
                    .is_some_and(|e| !e.undated && matches!(e.kind, Kind::Ruling | Kind::Order | Kind::Hearing))
            })
            .collect();
        let target = rulings
            .iter()
            .filter(|(f, i)| *f <= s && events.get(*i).is_some_and(|e| e.kind == Kind::Ruling))
            .max_by_key(|(f, _)| *f)
            .or_else(|| rulings.iter().filter(|(f, _)| *f <= s).max_by_key(|(f, _)| *f))
            .or_else(|| rulings.first())
            .map(|(_, i)| *i);
        match target.and_then(|i| events.get_mut(i)) {
            Some(e) => e.quotes.push(quote),
            None => {
                let key = (
                    parties.main_court.map_or(Group::Named("The court".into()), Group::Party),
                    DraftDate::day(published).plain(),
                );
                match group_index.get(&key).and_then(|&i| groups.get_mut(i)) {
                    Some((_, _, _, list)) => list.push(quote),
                    None => {
                        group_index.insert(key.clone(), groups.len());
                        groups.push((key, DraftDate::day(published), None, vec![quote]));
                    }
                }
            }
        }
    }
    for ((group, _), date, display, quotes) in groups {
        let (name, party) = match &group {
            Group::Party(i) => {
                (parties.list.get(*i).map(|p| p.name.clone()).unwrap_or_default(), party_ids.get(*i).cloned())
            }
            Group::Person(p) => (reg.name(Ent::Person(*p)), None),
            Group::Named(n) => (n.clone(), None),
        };
        let mut names: Vec<String> = Vec::new();
        for q in &quotes {
            if !names.contains(&q.speaker_name) {
                names.push(q.speaker_name.clone());
            }
        }
        let evidence = quotes.first().map(|q| q.evidence.clone()).unwrap_or_default();
        let when = match &display {
            Some(words) => format!("dated by “{words}” in the attribution"),
            None => "no date given for the words: the publication day".to_string(),
        };
        events.push(EventOut {
            id: ids.unique(&format!("statement-{}", slug(&name, 3, "speaker"))),
            date,
            display,
            kind: Kind::Statement,
            title: clip(&format!("Statement by {name}"), SHORT),
            summary: clip(
                &format!(
                    "{} quoted in the article ({} quotation{}).",
                    names.join(", "),
                    quotes.len(),
                    if quotes.len() == 1 { "" } else { "s" }
                ),
                LONG,
            ),
            parties: party.into_iter().collect(),
            access: None,
            scheduled: false,
            quotes,
            evidence,
            rule: format!("statement: the quotations of one speaker or party on one day; {when}"),
            review: None,
            undated: false,
        });
    }
    events.sort_by_key(|e| e.date.first_day());

    // The case.
    let headline =
        paras.iter().find(|p| p.kind == ParaKind::Headline).and_then(|p| article.get(p.start..p.end)).map(unwrap_lines);
    let lede = paras
        .iter()
        .find(|p| p.kind == ParaKind::Body)
        .and_then(|p| sentences.iter().find(|s| s.para == paras.iter().position(|x| x == p).unwrap_or(usize::MAX)))
        .and_then(|s| article.get(s.start..s.end))
        .map(unwrap_lines);
    let petitioner = parties.list.iter().find(|p| p.role == Role::Petitioner);
    let respondent = parties.list.iter().find(|p| p.role == Role::Respondent);
    let title = options
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .or_else(|| petitioner.zip(respondent).map(|(p, r)| format!("{} v. {}", p.name, r.name)))
        .or_else(|| headline.clone())
        .unwrap_or_else(|| "Draft case from an article".to_string());
    let mut items = Vec::new();
    let source_title = headline.clone().or_else(|| options.title.clone()).unwrap_or_else(|| "The article".to_string());
    items.push(DraftItem {
        kind: ItemKind::Source,
        id: Some("article".into()),
        label: clip(&source_title, SHORT),
        evidence: headline.clone().unwrap_or_default(),
        rule: if headline.is_some() {
            "the first line, a headline".into()
        } else {
            "no headline: the title given, or “The article”".into()
        },
        review: None,
    });
    let mut source = vec![("id", string("article")), ("title", string(&clip(&source_title, SHORT)))];
    if let Some(p) = options.publisher.as_deref().filter(|p| !p.trim().is_empty()) {
        source.push(("publisher", string(&clip(p.trim(), SHORT))));
    }
    if let Some(u) = options.source_url.as_deref().filter(|u| crate::model::is_web_url(u.trim())) {
        source.push(("url", string(&clip(u.trim(), SHORT))));
    }
    source.push(("published", string(&DraftDate::day(published).to_edtf())));

    let mut party_nodes = Vec::new();
    for (p, id) in parties.list.iter().zip(&party_ids) {
        let evidence = p.evidence.map(&sentence_text).unwrap_or_default();
        let mut members =
            vec![("id", string(id)), ("name", string(&clip(&p.name, SHORT))), ("role", string(p.role.as_str()))];
        if !evidence.is_empty() {
            members.push(("note", string(&note(&evidence))));
        }
        let described = matches!(p.ent, Some(Ent::Org(o)) if reg.orgs.get(o).is_some_and(|x| x.described));
        let review = p
            .review
            .clone()
            .or_else(|| described.then(|| "named from a description in the story, not a name".to_string()));
        if review.is_some() {
            members.push(("needs_review", Node::new(Value::Bool(true))));
        }
        party_nodes.push(object(members));
        items.push(DraftItem {
            kind: ItemKind::Party { role: p.role.as_str() },
            id: Some(id.clone()),
            label: p.name.clone(),
            evidence,
            rule: p.rule.clone(),
            review,
        });
    }
    let mut people_nodes = Vec::new();
    let mut judges = Vec::new();
    let mut kept: Vec<(&usize, &String)> = person_ids.iter().collect();
    kept.sort();
    for (&p, id) in kept {
        let Some(person) = reg.people.get(p) else { continue };
        let party = parties.of_person.get(p).copied().flatten().and_then(|i| party_ids.get(i)).cloned();
        let evidence = sentence_text(person.first);
        let mut members = vec![("id", string(id)), ("name", string(&clip(&person.name, SHORT)))];
        if let Some(t) = &person.title {
            members.push(("title", string(&clip(t, SHORT))));
        }
        if let Some(party) = &party {
            members.push(("party", string(party)));
        }
        members.push(("note", string(&note(&evidence))));
        if person.role == PersonRole::Judge {
            judges.push(string(&clip(&person.name, SHORT)));
        }
        people_nodes.push(object(members));
        items.push(DraftItem {
            kind: ItemKind::Person { title: person.title.clone(), party },
            id: Some(id.clone()),
            label: person.name.clone(),
            evidence,
            rule: format!(
                "a person named with {}",
                if person.title.is_some() {
                    "a title or role"
                } else {
                    "evidence of a name (a speech verb, an age, an apposition)"
                }
            ),
            review: None,
        });
    }
    let mut event_nodes = Vec::new();
    for e in &events {
        let mut members = vec![("id", string(&e.id)), ("date", string(&e.date.to_edtf()))];
        if let Some(d) = &e.display {
            members.push(("display_date", string(&clip(d, SHORT))));
        }
        members.push(("kind", string(e.kind.as_str())));
        members.push(("title", string(&clip(&e.title, SHORT))));
        if !e.summary.trim().is_empty() {
            members.push(("summary", string(&clip(&e.summary, LONG))));
        }
        if !e.parties.is_empty() {
            members.push(("parties", list(e.parties.iter().map(|p| string(p)).collect())));
        }
        if let Some(access) = e.access {
            members.push(("access", string(access)));
        }
        if e.scheduled {
            members.push(("status", string("scheduled")));
        }
        let mut quote_nodes = Vec::new();
        for q in &e.quotes {
            let mut qm = vec![("text", string(&q.text)), ("speaker", q.speaker.clone()), ("source", string("article"))];
            qm.push(("note", string(&note(&q.evidence))));
            if q.review.is_some() {
                qm.push(("needs_review", Node::new(Value::Bool(true))));
            }
            quote_nodes.push(object(qm));
        }
        if !quote_nodes.is_empty() {
            members.push(("quotes", list(quote_nodes)));
        }
        members.push(("sources", list(vec![string("article")])));
        members.push(("note", string(&note(&e.evidence))));
        if e.review.is_some() {
            members.push(("needs_review", Node::new(Value::Bool(true))));
        }
        event_nodes.push(object(members));
        items.push(DraftItem {
            kind: ItemKind::Event {
                kind: e.kind.as_str(),
                date: e.date.to_edtf(),
                access: e.access,
                undated: e.undated,
            },
            id: Some(e.id.clone()),
            label: e.title.clone(),
            evidence: e.evidence.clone(),
            rule: e.rule.clone(),
            review: e.review.clone(),
        });
        for q in &e.quotes {
            items.push(DraftItem {
                kind: ItemKind::Quote { speaker: q.speaker_name.clone(), event: e.id.clone() },
                id: None,
                label: q.text.clone(),
                evidence: q.evidence.clone(),
                rule: q.rule.clone(),
                review: q.review.clone(),
            });
        }
    }
    for (q, s, reason) in &terms {
        let text = quotes.get(*q).map(|x| x.text.clone()).unwrap_or_default();
        items.push(DraftItem {
            kind: ItemKind::Skipped,
            id: None,
            label: text,
            evidence: sentence_text(*s),
            rule: (*reason).to_string(),
            review: None,
        });
    }
    for m in &skipped_marks {
        let s = sentences.partition_point(|x| x.start <= m.at).saturating_sub(1);
        items.push(DraftItem {
            kind: ItemKind::Skipped,
            id: None,
            label: "quotation mark".into(),
            evidence: sentence_text(s),
            rule: m.reason.to_string(),
            review: None,
        });
    }

    let mut case = vec![("version", Node::new(Value::Number(1.0))), ("title", string(&clip(&title, SHORT)))];
    if let Some(lede) = lede.filter(|l| !l.is_empty()) {
        case.push(("summary", string(&clip(&lede, LONG))));
    }
    if let Some(name) = parties.main_court.and_then(|i| parties.list.get(i)).map(|p| p.name.clone()) {
        case.push(("court", string(&clip(&name, SHORT))));
    }
    if !judges.is_empty() {
        case.push(("judges", list(judges)));
    }
    case.push(("locale", string("en")));
    if !party_nodes.is_empty() {
        case.push(("parties", list(party_nodes)));
    }
    if !people_nodes.is_empty() {
        case.push(("people", list(people_nodes)));
    }
    case.push(("sources", list(vec![object(source)])));
    case.push(("events", list(event_nodes)));
    let json = to_string_pretty(&object(case));

    let mut warnings = Vec::new();
    if attributed.is_empty() {
        warnings.push("no quotations found: the draft has events only".to_string());
    }
    if events.iter().all(|e| e.undated || e.kind == Kind::Statement) && !court.is_empty() {
        warnings
            .push("no dates found for court events: each is placed on the publication date, for review".to_string());
    }
    if !english(article) {
        warnings.push(
            "the text does not look like English; the drafter's rules are written for English news stories".to_string(),
        );
    }
    let review_count = items.iter().filter(|i| i.review.is_some()).count();
    let explain = explain(&items, &warnings, describe(published), review_count);
    Ok(Draft { json, explain, items, warnings })
}

/// When each quotation was said: a date in its attribution, else [`said_when`]; a continuation
/// was said when the quotation before it was, and words whose sentence gives no date take the
/// date of the same speaker's next words in the paragraph ("X said her client was
/// “overwhelmed”. “…,” X told reporters outside the courthouse.").
fn said_dates(
    attributed: &[Attributed],
    words: &[Words],
    mentions: &[Vec<Mention>],
    dates: &[Vec<DateMention>],
    court: &[CourtEvent],
    published: Ymd,
) -> Vec<(DraftDate, Option<String>)> {
    let mut out: Vec<Option<(DraftDate, String)>> = Vec::with_capacity(attributed.len());
    for (i, q) in attributed.iter().enumerate() {
        let said = q.att.date_region.and_then(|(s, from, to)| {
            let w = words.get(s)?;
            dates
                .get(s)?
                .iter()
                .find(|d| d.decoy.is_none() && d.first >= from && d.last <= to && !relative_clause(w, from, d.first))
                .cloned()
        });
        let previous = i.checked_sub(1).and_then(|p| attributed.get(p).zip(out.get(p)));
        let found = match said {
            Some(d) => Some((d.date, d.words)),
            None if q.att.rule == CONTINUES => {
                previous.filter(|(p, _)| p.att.speaker == q.att.speaker).and_then(|(_, w)| w.clone())
            }
            None => said_when(q, words, mentions, dates, court, published),
        };
        out.push(found);
    }
    for i in (0..out.len()).rev() {
        let next = attributed.get(i + 1).zip(out.get(i + 1).cloned().flatten());
        if let (Some(q), Some(None), Some((n, found))) = (attributed.get(i), out.get(i), next) {
            if n.att.speaker == q.att.speaker && n.first_sentence <= q.last_sentence + 1 {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(found);
                }
            }
        }
    }
    out.into_iter().map(|f| f.map_or((DraftDate::day(published), None), |(d, w)| (d, Some(w)))).collect()
}

/// Whether token `at` is inside a relative clause that opened after `from` (", who moved his
/// savings into the option in 2021, said"; ", which was bought … in 2021 and …, said"): that
/// date is the clause's, not when the words were said.
fn relative_clause(w: &Words, from: usize, at: usize) -> bool {
    for k in (from..at).rev() {
        if w.punct(k) == Some(',') {
            return matches!(w.low(k + 1), "who" | "which" | "whose");
        }
    }
    false
}

/// When words without a date of their own were said: the date of the sentence that brought
/// their speaker in ("Sheriff Dale Whitaker said at a news conference Wednesday night that …",
/// then the quotation), else the day of the hearing they were said at ("told the court",
/// "mitigating", "speaking outside court after the hearing").
fn said_when(
    q: &Attributed,
    words: &[Words],
    mentions: &[Vec<Mention>],
    dates: &[Vec<DateMention>],
    court: &[CourtEvent],
    published: Ymd,
) -> Option<(DraftDate, String)> {
    let Speaker::Ent(speaker) = q.att.speaker else { return None };
    let first = q.first_sentence.saturating_sub(2);
    let around: Vec<usize> = (first..=q.last_sentence)
        .filter(|&s| s >= q.first_sentence || mentions.get(s).is_some_and(|ms| ms.iter().any(|m| m.ent == speaker)))
        .collect();
    let own = (q.first_sentence..=q.last_sentence).rev().find_map(|s| words.get(s).and_then(cue));
    if own.is_none() {
        if let Some(found) = introduced(q.first_sentence, speaker, &around, words, mentions, dates, published) {
            return Some(found);
        }
    }
    let kind = own.or_else(|| around.iter().rev().find_map(|&s| words.get(s).and_then(cue)))?;
    let fits = |e: &&CourtEvent| {
        let k = match kind {
            // A sentencing or a verdict is given at a hearing too ("Defending, X said").
            Cue::Hearing => e.kind == Kind::Hearing || matches!(e.label, "sentencing" | "verdict"),
            Cue::Decision => matches!(e.kind, Kind::Ruling | Kind::Order),
            Cue::Court => matches!(e.kind, Kind::Hearing | Kind::Ruling | Kind::Order),
        };
        k && !e.scheduled && !e.caption && !e.undated && e.date.d.is_some()
    };
    let before = court.iter().filter(fits).filter(|e| e.sentences.first().is_some_and(|&f| f <= q.last_sentence));
    let event = before
        .max_by_key(|e| e.date.first_day())
        .or_else(|| court.iter().filter(fits).max_by_key(|e| e.date.first_day()))?;
    let words = event.display.clone().unwrap_or_else(|| event.date.plain());
    Some((event.date, words))
}

/// Where words were said, from the attribution's words (see [`said_when`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "told the court", "mitigating", "in court": at the hearing.
    Hearing,
    /// "after the ruling", "following the verdict".
    Decision,
    /// "outside court", "after the hearing": on the day of the last court event.
    Court,
}

fn cue(w: &Words) -> Option<Cue> {
    let court_noun = |x: &str| matches!(x, "court" | "hearing" | "courtroom" | "tribunal" | "jury");
    (0..w.len()).find_map(|i| {
        let (a, b, c) = (w.low(i), w.low(i + 1), w.low(i + 2));
        // "told the court", "read to the court", "rose to address the court".
        let read_to = a == "to" && i > 0 && matches!(w.low(i - 1), "read" | "spoke" | "speaking" | "reading");
        if (matches!(a, "told" | "address" | "addressed" | "addressing") || read_to) && (court_noun(b) || court_noun(c))
            || matches!(a, "mitigating" | "prosecuting" | "defending")
            || (a == "in" && b == "court")
        {
            Some(Cue::Hearing)
        } else if matches!(a, "after" | "outside" | "following") {
            match (b, c) {
                (_, "ruling" | "verdict" | "judgment" | "judgement" | "sentencing" | "decision") => Some(Cue::Decision),
                (_, "hearing" | "court" | "courthouse" | "courts") | ("hearing" | "court" | "courthouse", _) => {
                    Some(Cue::Court)
                }
                _ => None,
            }
        } else {
            None
        }
    })
}

/// The date of the sentence before the quotation that brought its speaker in, speaking: a
/// speech verb (not "had argued", an earlier time) with a date near the speaker.
fn introduced(
    first_sentence: usize,
    speaker: Ent,
    around: &[usize],
    words: &[Words],
    mentions: &[Vec<Mention>],
    dates: &[Vec<DateMention>],
    published: Ymd,
) -> Option<(DraftDate, String)> {
    let past = |d: &DraftDate| d.first_day() <= published.days();
    for &s in around.iter().rev().filter(|&&s| s < first_sentence) {
        let (Some(w), Some(ms)) = (words.get(s), mentions.get(s)) else { continue };
        let Some(subject) = super::mentions::subject(w, ms).filter(|m| m.ent == speaker) else { continue };
        let Some(verb) = (subject.last + 1..w.len().min(subject.last + 16))
            .find(|&i| super::mentions::speech_verb(w.low(i)) || matches!(w.low(i), "told" | "argued" | "submitted"))
        else {
            continue;
        };
        let from = subject.first.saturating_sub(8);
        let hit = dates.get(s).and_then(|ds| {
            ds.iter().find(|d| {
                d.decoy.is_none()
                    && d.first >= from
                    && d.last <= verb + 6
                    && past(&d.date)
                    && !relative_clause(w, subject.last, d.first)
            })
        });
        if let Some(d) = hit {
            return Some((d.date, d.words.clone()));
        }
    }
    None
}

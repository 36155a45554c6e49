//! The sides of the case: which organisations and people become parties, and their roles.
//!
//! Roles come from the text: "X petitioned / sued / filed", "X’s lawsuit / petition / appeal",
//! "an appeal by X", "brought by X" → petitioner; "sued X", "a lawsuit against X", "X was
//! charged / sentenced / convicted / arrested", "the defendant, X" → respondent; "X v. Y" →
//! petitioner and respondent; "in favor of X" → respondent when X is not the petitioner; a court
//! → court. The first cue for an entity decides; a later contrary cue flags the party for review.
//! Parties are: courts the events or judges name, entities with a role, organisations that
//! speak, and whoever a lawyer, director or spokesperson is said to work for. A "state lawyer"
//! belongs to the government side, a "defence lawyer" to the defendant, a prosecutor to the
//! prosecution, a judge to the court.

use std::collections::HashMap;

use super::entities::{Ent, OrgKind, PersonRole, Registry, Side};
use super::lexicon::{is, LEGAL_NOUNS};
use super::mentions::Mention;
use super::text::Words;

/// A case role, as the case format names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Petitioner,
    Respondent,
    Court,
    Intervenor,
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Petitioner => "petitioner",
            Role::Respondent => "respondent",
            Role::Court => "court",
            Role::Intervenor => "intervenor",
            Role::Other => "other",
        }
    }
}

/// A party. Invariant: `ent` is unique among parties; `evidence` is a sentence index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    pub ent: Option<Ent>,
    pub name: String,
    pub role: Role,
    pub rule: String,
    pub evidence: Option<usize>,
    pub review: Option<String>,
}

/// Parties with lookups. Invariant: every index in the maps is into `list`.
#[derive(Clone, Debug, Default)]
pub struct Parties {
    pub list: Vec<Party>,
    pub of_ent: HashMap<Ent, usize>,
    /// The party of each person (by registry index), if any.
    pub of_person: Vec<Option<usize>>,
    /// The court most of the story is about.
    pub main_court: Option<usize>,
}

fn legal_noun(w: &str) -> bool {
    is(LEGAL_NOUNS, w)
}

#[derive(Clone, Debug)]
struct Vote {
    role: Role,
    sentence: usize,
    rule: &'static str,
}

/// Role cues of one sentence: (entity, vote).
fn cues(w: &Words, ms: &[Mention], s: usize) -> Vec<(Ent, Vote)> {
    let mut out = Vec::new();
    let vote = |role, rule| Vote { role, sentence: s, rule };
    for (k, m) in ms.iter().enumerate() {
        // Skip appositions after a name: ", 58, of Altrincham, was sentenced".
        let mut next = m.last + 1;
        for _ in 0..3 {
            if w.punct(next) != Some(',') {
                break;
            }
            let Some(close) = (next + 1..next + 8).find(|&i| w.punct(i) == Some(',')) else { break };
            let first = w.low(next + 1);
            if first.chars().all(|c| c.is_ascii_digit())
                || matches!(first, "of" | "a" | "an" | "the" | "who" | "identified" | "whose")
            {
                next = close;
            } else {
                break;
            }
        }
        if next > m.last + 1 && w.punct(next) == Some(',') {
            next += 1;
        }
        let n0 = w.low(next);
        let n1 = w.low(next + 1);
        let n2 = w.low(next + 2);
        let prev = |back: usize| m.first.checked_sub(back).map_or("", |i| w.low(i));
        if m.possessive {
            if legal_noun(w.low(m.last + 1)) || legal_noun(w.low(m.last + 2)) {
                out.push((m.ent, vote(Role::Petitioner, "“X’s lawsuit / petition / appeal”")));
            }
            continue;
        }
        // "The companies, A and B, sued …": the verb after the apposition's closing comma.
        let (n0, n1, n2) = if w.punct(next) == Some(',') && matches!(n1, "petitioned" | "sued" | "appealed") {
            (n1, n2, w.low(next + 3))
        } else {
            (n0, n1, n2)
        };
        if matches!(n0, "petitioned" | "sued" | "appealed" | "challenged" | "lodged")
            || (n0 == "filed" && (legal_noun(n1) || legal_noun(n2)))
        {
            out.push((m.ent, vote(Role::Petitioner, "“X petitioned / sued / filed”")));
        } else if matches!(n0, "pleaded" | "pleads" | "admitted") && matches!(n1, "guilty" | "not" | "to") {
            out.push((m.ent, vote(Role::Respondent, "“X pleaded guilty / not guilty”")));
        } else if n0 == "lost" && matches!(n1, "his" | "her" | "its" | "their") && n2 == "appeal" {
            out.push((m.ent, vote(Role::Petitioner, "“X lost its appeal” (appellant)")));
        } else if matches!(n0, "was" | "were" | "is" | "are" | "has" | "had" | "have" | "been")
            // "… at her home in Paisley has been jailed": a place is not who was jailed.
            && !matches!(prev(1), "in" | "at" | "from" | "near" | "of" | "to" | "on")
            && ([n1, n2, w.low(next + 3)].iter().any(|x| {
                matches!(
                    *x,
                    "charged"
                        | "sued"
                        | "convicted"
                        | "sentenced"
                        | "indicted"
                        | "acquitted"
                        | "jailed"
                        | "arrested"
                        | "detained"
                        | "extradited"
                        | "fined"
                        | "denied"
                        | "arraigned"
                )
            }) || (n1 == "found" && n2 == "guilty"))
        {
            out.push((m.ent, vote(Role::Respondent, "“X was charged / sentenced / arrested”")));
        }
        // "X, which brought the case, …", "X, who sued …".
        if w.punct(m.last + 1) == Some(',') && matches!(w.low(m.last + 2), "which" | "who") {
            let verb = w.low(m.last + 3);
            if matches!(verb, "brought" | "filed" | "lodged")
                && (legal_noun(w.low(m.last + 4)) || legal_noun(w.low(m.last + 5)))
                || matches!(verb, "sued" | "petitioned" | "appealed")
            {
                out.push((m.ent, vote(Role::Petitioner, "“X, which brought the case”")));
            }
        }
        // "a jury convicted former mayor John Carter": the object of a verdict or sentence.
        // Words only in between: "…was sentenced on Tuesday, the prosecutor's office said" is no
        // object of the sentence.
        let words_back = |b: usize| (1..b).all(|k| m.first.checked_sub(k).is_some_and(|i| w.is_word(i)));
        if (1..=5).any(|b| {
            matches!(
                prev(b),
                "convicted"
                    | "sentenced"
                    | "sentencing"
                    | "acquitted"
                    | "charged"
                    | "indicted"
                    | "jailed"
                    | "fined"
                    | "extradited"
            ) && words_back(b)
        }) && !m.possessive
        {
            out.push((m.ent, vote(Role::Respondent, "“convicted / sentenced / charged X”")));
        }
        let sued = prev(1) == "sued" || (prev(1) == "the" && prev(2) == "sued");
        if sued || (prev(1) == "against" && (2..=5).any(|b| legal_noun(prev(b)))) {
            out.push((m.ent, vote(Role::Respondent, "“sued X”, “a lawsuit against X”")));
        }
        // "brought by the group Uplift": the determiner and a kind noun before the name.
        let kind_noun = super::mentions::kind_noun(prev(1)).is_some();
        let by = match (prev(1), prev(2)) {
            ("the", _) => 2,
            (_, "the") if kind_noun => 3,
            _ => 1,
        };
        if prev(by) == "by"
            && (by + 1..=by + 10).any(|b| legal_noun(prev(b)) || matches!(prev(b), "brought" | "filed" | "lodged"))
        {
            out.push((m.ent, vote(Role::Petitioner, "“brought / filed by X”, “an appeal by X”")));
        }
        // "the plaintiffs, Tanya Holloway and …", not "the plaintiffs argued that Sorensen …":
        // no clause in between.
        // Not "a lawyer for the plaintiffs, Hiroshi Kanda," nor "counsel to the defendant, X": the
        // name is who acts for the side.
        let acts_for = |b: usize| {
            let before = if prev(b + 1) == "the" { prev(b + 2) } else { prev(b + 1) };
            matches!(before, "for" | "to" | "representing")
        };
        let same_phrase = |b: usize| {
            !acts_for(b)
                && (1..b).all(|k| {
                    let x = prev(k);
                    x != "that" && !super::mentions::speech_verb(x) && !matches!(x, "argued" | "claimed" | "alleged")
                })
        };
        if (1..=6).any(|b| {
            same_phrase(b)
                && matches!(
                    prev(b),
                    "plaintiff"
                        | "plaintiffs"
                        | "petitioner"
                        | "petitioners"
                        | "claimant"
                        | "claimants"
                        | "appellant"
                        | "appellants"
                )
        }) {
            out.push((m.ent, vote(Role::Petitioner, "named as a plaintiff or petitioner")));
        }
        if (1..=6).any(|b| {
            same_phrase(b) && matches!(prev(b), "defendant" | "defendants" | "respondent" | "respondents" | "accused")
        }) && !matches!(prev(1), "against")
        {
            out.push((m.ent, vote(Role::Respondent, "named as a defendant or respondent")));
        }
        if matches!(n0, "intervened") || (prev(1) == "by" && prev(2) == "brief" && prev(3) == "amicus") {
            out.push((m.ent, vote(Role::Intervenor, "intervened")));
        }
        // "X v. Y" (also "X et al. v. Y").
        let mut v = next;
        if n0 == "et" {
            v += 2;
        }
        if matches!(w.low(v), "v." | "v" | "vs." | "vs" | "versus") {
            if let Some(other) = ms.get(k + 1).filter(|o| o.first == v + 1) {
                out.push((m.ent, vote(Role::Petitioner, "“X v. Y”")));
                out.push((other.ent, vote(Role::Respondent, "“X v. Y”")));
            }
        }
        // "in favor of X and Y": respondents, unless X is the petitioner (decided later).
        let favoured = (1..=3).any(|b| matches!(prev(b), "favor" | "favour") && prev(b + 1) == "in");
        let chained = k > 0
            && ms.get(k - 1).is_some_and(|p| p.last + 2 == m.first && w.low(p.last + 1) == "and")
            && out.iter().any(|(e, v)| ms.get(k - 1).is_some_and(|p| p.ent == *e) && v.rule == "“in favor of X”");
        if favoured || chained {
            out.push((m.ent, vote(Role::Other, "“in favor of X”")));
        }
    }
    // "A and B sued", "brought by A and B": the first of two joined names has the second's role.
    let mut joined = Vec::new();
    for (k, pair) in ms.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        // "A and B", "A and the group B", "A, an opposition party, and the B".
        let Some(and) = (a.last + 1..b.first).find(|&i| w.low(i) == "and") else { continue };
        let apposition = and == a.last + 1
            || (w.punct(a.last + 1) == Some(',') && w.punct(and - 1) == Some(',') && and - a.last <= 7);
        let filler = (and + 1..b.first)
            .all(|i| super::mentions::determiner(w.low(i)) || super::mentions::kind_noun(w.low(i)).is_some());
        if a.possessive || !apposition || b.first - and > 3 || !filler {
            continue;
        }
        // Either way round: "A and B sued" (B's verb), "brought by A and B" (A's phrase).
        let vote_of =
            |x: &Mention| out.iter().find(|(e, v)| *e == x.ent && v.role != Role::Other && v.rule != "“X v. Y”");
        let has_vote = |x: &Mention| out.iter().any(|(e, _)| *e == x.ent);
        if let (Some((_, v)), false) = (vote_of(b), has_vote(a)) {
            joined.push((k, (a.ent, v.clone())));
        } else if let (Some((_, v)), false) = (vote_of(a), has_vote(b)) {
            joined.push((k, (b.ent, v.clone())));
        }
    }
    out.extend(joined.into_iter().map(|(_, x)| x));
    out
}

/// Decides the parties from the registry and the sentences. `speakers` are the entities that
/// speak in quotations; `event_sentences` the sentences events were drafted from.
pub fn assign(
    reg: &mut Registry,
    words: &[Words],
    mentions: &[Vec<Mention>],
    speakers: &[Ent],
    event_sentences: &[usize],
) -> Parties {
    let mut votes: HashMap<Ent, Vec<Vote>> = HashMap::new();
    for (s, (w, ms)) in words.iter().zip(mentions).enumerate() {
        for (ent, v) in cues(w, ms, s) {
            votes.entry(ent).or_default().push(v);
        }
    }
    // Parties named by a description ("the families"): "Five families sued …".
    for (o, org) in reg.orgs.iter().enumerate().filter(|(_, o)| o.described) {
        let head = org.name().split_whitespace().last().unwrap_or("").to_lowercase();
        for (s, w) in words.iter().enumerate() {
            for i in 0..w.len() {
                if w.low(i) == head
                    && matches!(w.low(i + 1), "sued" | "petitioned" | "filed" | "appealed" | "challenged")
                {
                    votes.entry(Ent::Org(o)).or_default().push(Vote {
                        role: Role::Petitioner,
                        sentence: s,
                        rule: "“the X sued / filed …”",
                    });
                }
            }
        }
    }
    let mut parties = Parties { of_person: vec![None; reg.people.len()], ..Parties::default() };
    let add = |parties: &mut Parties,
               ent: Ent,
               name: String,
               role: Role,
               rule: String,
               evidence: Option<usize>,
               review: Option<String>|
     -> usize {
        if let Some(&i) = parties.of_ent.get(&ent) {
            return i;
        }
        parties.list.push(Party { ent: Some(ent), name, role, rule, evidence, review });
        let i = parties.list.len() - 1;
        parties.of_ent.insert(ent, i);
        i
    };
    // Courts: named in an event's sentence or by a judge.
    let mut court_mentions: HashMap<usize, usize> = HashMap::new();
    for &s in event_sentences {
        for m in mentions.get(s).map_or(&[][..], |v| v.as_slice()) {
            if let Ent::Org(o) = m.ent {
                if reg.orgs.get(o).is_some_and(|x| x.kind == OrgKind::Court) {
                    *court_mentions.entry(o).or_default() += 1;
                }
            }
        }
    }
    for p in &reg.people {
        if let Some(Side::Court(Some(o))) = p.side {
            *court_mentions.entry(o).or_default() += 1;
        }
    }
    let mut courts: Vec<(usize, usize)> = court_mentions.into_iter().collect();
    courts.sort_by_key(|&(o, n)| (std::cmp::Reverse(n), o));
    for &(o, _) in &courts {
        let name = reg.orgs.get(o).map(|x| x.name().to_string()).unwrap_or_default();
        let first = reg.orgs.get(o).map(|x| x.first);
        let i = add(&mut parties, Ent::Org(o), name, Role::Court, "a court named in the story".into(), first, None);
        parties.main_court.get_or_insert(i);
    }
    // Entities with role cues (in order of first cue).
    let mut voted: Vec<(&Ent, &Vec<Vote>)> = votes.iter().collect();
    voted.sort_by_key(|(e, v)| {
        let (kind, index) = match e {
            Ent::Person(i) => (0, *i),
            Ent::Org(i) => (1, *i),
        };
        (v.first().map_or(usize::MAX, |x| x.sentence), kind, index)
    });
    let petitioners: std::collections::HashSet<Ent> =
        voted.iter().filter(|(_, v)| v.first().is_some_and(|x| x.role == Role::Petitioner)).map(|(e, _)| **e).collect();
    for (ent, vs) in &voted {
        if parties.of_ent.contains_key(ent) {
            continue;
        }
        let Some(first) = vs.iter().find(|v| v.role != Role::Other).or(vs.first()) else { continue };
        let role = match first.role {
            Role::Other if !petitioners.contains(ent) => Role::Respondent,
            r => r,
        };
        let contrary = vs.iter().any(|v| {
            matches!((role, v.role), (Role::Petitioner, Role::Respondent) | (Role::Respondent, Role::Petitioner))
        });
        let review = contrary.then(|| "the story gives this party more than one role".to_string());
        let name = reg.name(**ent);
        add(&mut parties, **ent, name, role, first.rule.to_string(), Some(first.sentence), review);
    }
    // Organisations that speak, and people's employers and clients.
    for &ent in speakers {
        if let Ent::Org(o) = ent {
            let kind = reg.orgs.get(o).map(|x| x.kind);
            let role = match kind {
                Some(OrgKind::Court) => Role::Court,
                Some(OrgKind::Prosecution) => Role::Petitioner,
                _ => Role::Other,
            };
            let first = reg.orgs.get(o).map(|x| x.first);
            add(&mut parties, ent, reg.name(ent), role, "speaks in the story".into(), first, None);
        }
    }
    for p in 0..reg.people.len() {
        let Some(person) = reg.people.get(p) else { continue };
        let side = person.side.clone();
        let first_sentence = person.first;
        let first = Some(first_sentence);
        let party = match side {
            Some(Side::Org(o)) => {
                let kind = reg.orgs.get(o).map(|x| x.kind);
                let role = match kind {
                    Some(OrgKind::Court) => Role::Court,
                    Some(OrgKind::Prosecution) => Role::Petitioner,
                    _ => Role::Other,
                };
                // "District Attorney Alvin Bragg" speaks for "the Manhattan district attorney's
                // office" when the story names it: one party, the office.
                let named = |x: &super::entities::Org| x.name().ends_with("Office") && x.kind == OrgKind::Prosecution;
                let office = (kind == Some(OrgKind::Prosecution) && !reg.orgs.get(o).is_some_and(named))
                    .then(|| reg.recent_org(named))
                    .flatten();
                let o = office.unwrap_or(o);
                Some(add(
                    &mut parties,
                    Ent::Org(o),
                    reg.name(Ent::Org(o)),
                    role,
                    "a person's organisation".into(),
                    first,
                    None,
                ))
            }
            Some(Side::Court(o)) => {
                o.and_then(|o| parties.of_ent.get(&Ent::Org(o)).copied()).or(parties.main_court).or_else(|| {
                    let o = reg.org("The court", OrgKind::Court, first_sentence);
                    let i = add(
                        &mut parties,
                        Ent::Org(o),
                        "The court".into(),
                        Role::Court,
                        "a judge's court (not named)".into(),
                        first,
                        Some("the story names a judge but not the court".into()),
                    );
                    parties.main_court = Some(i);
                    Some(i)
                })
            }
            Some(Side::State) => side_party(&mut parties, reg, |o| o.kind == OrgKind::Government)
                .or_else(|| side_party(&mut parties, reg, |o| o.kind == OrgKind::Prosecution)),
            Some(Side::Prosecution) => {
                side_party(&mut parties, reg, |o| o.kind == OrgKind::Prosecution).or_else(|| {
                    let o = reg.org("Prosecution", OrgKind::Prosecution, first_sentence);
                    Some(add(
                        &mut parties,
                        Ent::Org(o),
                        "Prosecution".into(),
                        Role::Petitioner,
                        "a prosecutor's side".into(),
                        first,
                        Some("the prosecuting office is not named".into()),
                    ))
                })
            }
            Some(Side::Defence) => parties
                .list
                .iter()
                .position(|x| x.role == Role::Respondent && matches!(x.ent, Some(Ent::Person(_))))
                .or_else(|| parties.list.iter().position(|x| x.role == Role::Respondent)),
            Some(Side::Person(client)) => {
                let name = reg.name(Ent::Person(client));
                let role = votes.get(&Ent::Person(client)).and_then(|v| v.first()).map_or(Role::Other, |v| v.role);
                let role = if role == Role::Other { Role::Other } else { role };
                Some(add(
                    &mut parties,
                    Ent::Person(client),
                    name,
                    role,
                    "represented by a lawyer in the story".into(),
                    Some(reg.people.get(client).map_or(0, |c| c.first)),
                    None,
                ))
            }
            None => None,
        };
        if let Some(slot) = parties.of_person.get_mut(p) {
            *slot = party.or_else(|| parties.of_ent.get(&Ent::Person(p)).copied());
        }
    }
    for (p, slot) in parties.of_person.iter_mut().enumerate() {
        if slot.is_none() {
            *slot = parties.of_ent.get(&Ent::Person(p)).copied();
        }
    }
    parties
}

/// The party on a side: an existing party fitting `fits` (a respondent first), else the most
/// recently mentioned fitting organisation, made a party.
fn side_party(parties: &mut Parties, reg: &Registry, fits: impl Fn(&super::entities::Org) -> bool) -> Option<usize> {
    let existing = parties
        .list
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.ent, Some(Ent::Org(o)) if reg.orgs.get(o).is_some_and(&fits)))
        .min_by_key(|(_, p)| if p.role == Role::Respondent { 0 } else { 1 })
        .map(|(i, _)| i);
    if existing.is_some() {
        return existing;
    }
    let o = reg.recent_org(&fits)?;
    let ent = Ent::Org(o);
    let kind = reg.orgs.get(o).map(|x| x.kind);
    let role = if kind == Some(OrgKind::Prosecution) { Role::Petitioner } else { Role::Respondent };
    parties.list.push(Party {
        ent: Some(ent),
        name: reg.name(ent),
        role,
        rule: "the side of a state lawyer or prosecutor".into(),
        evidence: reg.orgs.get(o).map(|x| x.first),
        review: None,
    });
    let i = parties.list.len() - 1;
    parties.of_ent.insert(ent, i);
    Some(i)
}

/// Whether a person belongs in the draft: they speak, or the story gives them a legal role or a
/// title, or they are a party.
pub fn keep_person(reg: &Registry, parties: &Parties, p: usize, speaks: bool) -> bool {
    let Some(person) = reg.people.get(p) else { return false };
    speaks || person.role != PersonRole::Other || person.title.is_some() || parties.of_ent.contains_key(&Ent::Person(p))
}

#[cfg(test)]
mod tests {
    use super::super::entities::Registry;
    use super::super::mentions::{mentions, Recency};
    use super::super::text::tokens;
    use super::*;

    fn roles(sentences: &[&str]) -> Vec<(String, &'static str)> {
        let mut reg = Registry::default();
        let mut words = Vec::new();
        let mut all = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            let w = tokens(s, 0, s.len(), &[]);
            all.push(mentions(s, &w, i, &mut reg, &Recency::default()));
            words.push(w);
        }
        // Each sentence has its own text, so tokens are only valid with it: mentions were made
        // sentence by sentence above; cues only use lower-case words.
        let event_sentences: Vec<usize> = (0..sentences.len()).collect();
        let parties = assign(&mut reg, &words, &all, &[], &event_sentences);
        parties.list.iter().map(|p| (p.name.clone(), p.role.as_str())).collect()
    }

    #[test]
    fn petitioners_respondents_and_the_court_from_the_text() {
        let got = roles(&[
            "Amnesty International petitioned the Tel Aviv District Court.",
            "The Tel Aviv District Court ruled in favor of the Defense Ministry and NSO Group.",
        ]);
        assert!(got.contains(&("Tel Aviv District Court".to_string(), "court")), "{got:?}");
        assert!(got.contains(&("Amnesty International".to_string(), "petitioner")), "{got:?}");
        assert!(got.contains(&("Defense Ministry".to_string(), "respondent")), "{got:?}");
        assert!(got.contains(&("NSO Group".to_string(), "respondent")), "{got:?}");
    }

    #[test]
    fn a_sentenced_person_is_the_respondent_and_v_names_both_sides() {
        let got = roles(&["Graham Pellew, 58, of Altrincham, was sentenced on Friday."]);
        assert_eq!(got, [("Graham Pellew".to_string(), "respondent")]);
        let got = roles(&["The case was brought in 2021 by the Acme Tenants Association."]);
        assert_eq!(got, [("Acme Tenants Association".to_string(), "petitioner")]);
        let got = roles(&["The case is Acme Group v. Beta Holdings."]);
        assert_eq!(got, [("Acme Group".to_string(), "petitioner"), ("Beta Holdings".to_string(), "respondent")]);
    }
}

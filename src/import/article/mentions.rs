//! Mentions of people and organisations in one sentence, in text order: names (registered, with
//! the title, role and side the text gives them) and descriptions ("the court", "the human-rights
//! group", "the ministry", "a spokeswoman for the Federal Prosecutor's Office") resolved to the
//! most recent fitting entity.
//!
//! Titles come from the words around a name: a title in the name ("Tel Aviv District Court Judge
//! Rachel Barkai" → "Judge, Tel Aviv District Court"), a role word before it ("Amnesty lawyer
//! Itai Mack" → "Lawyer for Amnesty International"; "state lawyer Sara Bilu" → "State lawyer", the
//! state's side), or an apposition ("Pellew’s barrister, Helen Marsh KC" → "Barrister for Graham
//! Pellew"; "Jeanine Ortiz, a lawyer for the families" → "Lawyer for the families").

use super::entities::{
    is_possessive, lower_org_head, org_kind, run_text, runs, split_title, trim_run, Ent, OrgKind, PersonRole, Registry,
};
use super::lexicon::{is, ACTING_VERBS, SPEECH_VERBS};
use super::people::{apply_title, capitalise, facts_around, person_evidence, role_noun};
use super::text::Words;

/// Words that report speech or writing.
pub fn speech_verb(w: &str) -> bool {
    is(SPEECH_VERBS, w)
}

/// Verbs that make a lone capitalised word an actor ("Amnesty petitioned", "Brightwell said").
fn acting_verb(w: &str) -> bool {
    speech_verb(w) || is(ACTING_VERBS, w)
}

pub fn determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
}

/// A mention of an entity: tokens `first..=last` of the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub ent: Ent,
    /// "Amnesty’s …": the entity owns what follows rather than acting.
    pub possessive: bool,
    /// A description ("the court"), not a name.
    pub described: bool,
    /// Stands for a person (a spokeswoman for an organisation resolves to the organisation).
    pub person_like: bool,
}

/// What the story said most recently: who "he", "she", "it", "the statement" can be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Recency {
    /// The last person (or spokesperson's organisation) acting or speaking.
    pub person: Option<Ent>,
    /// The last organisation acting or speaking.
    pub org: Option<Ent>,
    /// Who spoke last.
    pub speaker: Option<Ent>,
    /// Who brought the filing mentioned last ("the lawsuit says" quotes them).
    pub filer: Option<Ent>,
    /// The last person of the previous sentence who is neither judge, lawyer, prosecutor nor
    /// official, possessives and objects included: whom "his attorney" represents ("… set
    /// Dunham's bond. His attorney, Brent Caudle, …").
    pub client: Option<Ent>,
    /// Who reported speech without a quotation ("X, who …, said the family had waited …") and
    /// in which sentence: a quotation standing alone right after it is theirs.
    pub reported: Option<(Ent, usize)>,
    /// The last few people (most recent first), for a pronoun that does not agree with
    /// `person` ("Mr Menon … Ms Tan … he said": Mr Menon).
    pub persons: [Option<Ent>; 4],
}

impl Recency {
    /// `e` is now the last person acting or speaking.
    pub fn note_person(&mut self, e: Ent) {
        self.person = Some(e);
        let mut moved = Some(e);
        for slot in &mut self.persons {
            let was = std::mem::replace(slot, moved);
            if was == Some(e) || was.is_none() {
                break;
            }
            moved = was;
        }
    }

    /// Whom "he"/"she"/"his"/"her" (`pronoun`) stands for: the last person, unless the story
    /// gave them the other gender and someone mentioned before them agrees.
    pub fn pronoun(&self, reg: &Registry, pronoun: &str) -> Option<Ent> {
        let Some(want) = super::entities::Gender::of_pronoun(pronoun) else { return self.person };
        let gender = |e: &Ent| match e {
            Ent::Person(p) => reg.people.get(*p).and_then(|x| x.gender),
            Ent::Org(_) => None,
        };
        if self.person.as_ref().and_then(gender).is_none_or(|g| g == want) {
            return self.person;
        }
        self.persons.iter().flatten().find(|e| gender(e).is_none_or(|g| g == want)).copied().or(self.person)
    }
}

/// The sentence's last person who could have a lawyer (see `Recency::client`).
pub fn client(ms: &[Mention], reg: &Registry) -> Option<Ent> {
    ms.iter().rev().map(|m| m.ent).find(|e| match e {
        Ent::Person(p) => reg.people.get(*p).is_some_and(|x| x.role == PersonRole::Other),
        Ent::Org(_) => false,
    })
}

/// The sentence's subject: its first mention that acts, near the start — not a possessive, and
/// not a description of words ("In a statement, Tanner said": Tanner).
pub fn subject<'m>(w: &Words, ms: &'m [Mention]) -> Option<&'m Mention> {
    let words_not_actor =
        |m: &Mention| m.described && matches!(w.low(m.last), "statement" | "release" | "filing" | "complaint");
    // "EFF leader Julius Malema", "Amnesty lawyer Itai Mack": the organisation is part of the
    // person's title; the person acts.
    let title_of_next = |k: usize, m: &Mention| {
        matches!(m.ent, Ent::Org(_))
            && ms.get(k + 1).is_some_and(|n| {
                matches!(n.ent, Ent::Person(_))
                    && n.first > m.last + 1
                    && n.first <= m.last + 3
                    && (m.last + 1..n.first).all(|i| w.is_word(i))
                    && (m.last + 1..n.first).any(|i| role_noun(w.low(i)).is_some())
            })
    };
    // "Sentencing Ngata, Justice Marsden said …", "Addressing the jury, …", "In sentencing Lim
    // on Tuesday, District Judge X said": the object of an opening participle is not who acts;
    // the subject comes after its comma.
    let participle = |i: usize| w.is_word(i) && w.low(i).ends_with("ing") && w.low(i).len() > 5;
    let opening = participle(0)
        || (matches!(w.low(0), "in" | "after" | "before" | "when" | "while" | "on" | "upon" | "since")
            && participle(1));
    let opener_end = opening.then(|| (1..w.len().min(12)).find(|&i| w.punct(i) == Some(','))).flatten();
    let in_opener = |m: &Mention| {
        opener_end.is_some_and(|c| m.last < c && ms.iter().any(|n| n.first > c && n.first <= c + 6 && !n.possessive))
    };
    ms.iter()
        .enumerate()
        .find(|(k, m)| !m.possessive && m.first <= 12 && !words_not_actor(m) && !title_of_next(*k, m) && !in_opener(m))
        .map(|(_, m)| m)
}

/// Who brought the filing the sentence names: "filed Tuesday by the Authors Guild", "X sued",
/// "X filed a lawsuit" — the entity whose documents "the lawsuit says" and "the complaint says"
/// quote.
pub fn filer(w: &Words, ms: &[Mention]) -> Option<Ent> {
    let filing_word =
        |x: &str| matches!(x, "filed" | "brought" | "lodged" | "lawsuit" | "suit" | "complaint" | "petition" | "claim");
    ms.iter()
        .find(|m| {
            let by = (1..=2).any(|b| m.first.checked_sub(b).is_some_and(|i| w.low(i) == "by"));
            let before = (1..=8).any(|b| m.first.checked_sub(b).is_some_and(|i| filing_word(w.low(i))));
            let acts = matches!(w.low(m.last + 1), "sued" | "filed" | "petitioned" | "brought");
            !m.possessive && ((by && before) || acts)
        })
        .map(|m| m.ent)
}

/// The entity a description refers to, if one fits: `head` is its noun ("court", "group").
pub fn resolve_desc(head: &str, reg: &Registry, rec: &Recency) -> Option<Ent> {
    let head = head.trim_end_matches("’s").trim_end_matches("'s");
    let org_fits = |kinds: &[OrgKind]| -> Option<Ent> {
        if let Some(Ent::Org(o)) = rec.org {
            if reg.orgs.get(o).is_some_and(|x| kinds.contains(&x.kind)) {
                return rec.org;
            }
        }
        reg.recent_of_kind(kinds).map(Ent::Org)
    };
    match head {
        "court" | "bench" | "panel" | "tribunal" | "jury" | "justices" | "judges" => org_fits(&[OrgKind::Court]),
        "judge" | "justice" | "magistrate" => {
            reg.recent_of_role(PersonRole::Judge).map(Ent::Person).or_else(|| org_fits(&[OrgKind::Court]))
        }
        "statement" | "release" => rec.speaker.or(rec.org),
        "filing" | "complaint" | "lawsuit" | "suit" | "petition" => rec.filer.or(rec.speaker).or(rec.org),
        // "the spokesperson said": whom the last spokesperson spoke for.
        "spokesperson" | "spokesman" | "spokeswoman" => rec.speaker.filter(|e| matches!(e, Ent::Org(_))).or(rec.org),
        "lawyer" | "attorney" | "barrister" | "counsel" | "solicitor" => {
            reg.recent_of_role(PersonRole::Lawyer).map(Ent::Person)
        }
        "prosecutor" => {
            reg.recent_of_role(PersonRole::Prosecutor).map(Ent::Person).or_else(|| org_fits(&[OrgKind::Prosecution]))
        }
        "group" | "organisation" | "organization" | "body" | "campaign" | "coalition" => {
            org_fits(&[OrgKind::Group, OrgKind::Company])
        }
        // "The college management … contended": the institution's management speaks for it.
        "company" | "firm" | "maker" | "manufacturer" | "landlord" | "developer" | "business" | "management" => {
            org_fits(&[OrgKind::Company, OrgKind::Group])
        }
        "state" | "government" | "authorities" => org_fits(&[OrgKind::Government, OrgKind::Prosecution]),
        "prosecution" | "prosecutors" => org_fits(&[OrgKind::Prosecution]),
        "ministry" | "department" | "agency" | "commission" | "office" | "service" | "police" | "city" | "county"
        | "council" | "association" | "federation" | "union" | "hospital" | "hospice" | "trust" | "university"
        | "school" | "charity" | "bank" | "board" | "committee" | "league" | "foundation" | "institute" | "network"
        | "centre" | "center" | "college" | "fund" | "club" | "church" | "party" => {
            reg.recent_with_word(head).map(Ent::Org)
        }
        _ => None,
    }
}

/// Who heads an office that speaks in court stories ("the district attorney's office").
fn office_holder(w: &str) -> bool {
    matches!(
        w,
        "prosecutor"
            | "attorney"
            | "attorney-general"
            | "general"
            | "defender"
            | "mayor"
            | "governor"
            | "sheriff"
            | "coroner"
            | "examiner"
            | "ombudsman"
            | "commissioner"
            | "solicitor"
            | "advocate"
            | "counsel"
    )
}

/// Words that can stand before the holder in such a name ("Crown", "district", "public").
fn office_modifier(w: &str) -> bool {
    office_holder(w)
        || matches!(
            w,
            "district"
                | "state"
                | "state's"
                | "public"
                | "chief"
                | "county"
                | "city"
                | "crown"
                | "federal"
                | "medical"
                | "inspector"
                | "u.s."
                | "us"
                | "special"
                | "independent"
                | "regional"
        )
}

/// "the Crown prosecutor's office", "the Manhattan district attorney's office", "the public
/// defender's office": an office named by its holder, in lower case words (a name in capitals
/// throughout is a run already). Returns (first token, the "office" token, the name in title
/// case, its kind).
fn offices(article: &str, w: &Words) -> Vec<(usize, usize, String, OrgKind)> {
    let mut out = Vec::new();
    for j in 1..w.len() {
        if !matches!(w.low(j), "office" | "office's" | "office’s") {
            continue;
        }
        let holder = super::entities::bare(w.low(j - 1));
        if !is_possessive(w.low(j - 1)) || !office_holder(holder) {
            continue;
        }
        let mut first = j - 1;
        while first > 0
            && w.is_word(first - 1)
            && (office_modifier(w.low(first - 1)) || w.capitalised(article, first - 1))
        {
            first -= 1;
        }
        // Sentence-initial "The" is capitalised too.
        while first < j - 1 && (determiner(w.low(first)) || super::entities::stop_word(w.low(first))) {
            first += 1;
        }
        let all_caps = (first..=j).all(|i| w.capitalised(article, i));
        if all_caps {
            continue;
        }
        let words: Vec<&str> = (first..=j).map(|i| w.low(i)).collect();
        let name = (first..=j)
            .map(|i| {
                let t = w.text(article, i);
                let t = if i == j { super::entities::bare(t) } else { t };
                if t.contains('.') {
                    t.to_uppercase()
                } else {
                    capitalise(t)
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        let prosecution = words.iter().any(|x| x.starts_with("prosecutor") || x.starts_with("crown"))
            || (words.iter().any(|x| x.starts_with("attorney"))
                && words
                    .iter()
                    .any(|x| matches!(*x, "district" | "county" | "state" | "state's" | "general" | "u.s." | "us")));
        let kind = if prosecution {
            OrgKind::Prosecution
        } else if words.iter().any(|x| x.starts_with("defender")) {
            OrgKind::Group
        } else {
            OrgKind::Government
        };
        out.push((first, j, name, kind));
    }
    out
}

/// Courts written in lower case ("the high court", "the court of appeal"): (words, name).
const LOWER_COURTS: &[(&[&str], &str)] = &[
    (&["high", "court"], "High Court"),
    (&["court", "of", "appeal"], "Court of Appeal"),
    (&["court", "of", "appeals"], "Court of Appeals"),
    (&["appeals", "court"], "Appeals Court"),
    (&["supreme", "court"], "Supreme Court"),
    (&["crown", "court"], "Crown Court"),
    (&["constitutional", "court"], "Constitutional Court"),
    (&["federal", "court"], "Federal Court"),
];

/// "the high court", "a court of appeal": a court named in lower case words (a name in
/// capitals is a run already). Returns (first token, last token, the name).
fn lower_courts(article: &str, w: &Words) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        // "the appeals court" is one; "a federal appeals court" any (but "a high court challenge"
        // is the High Court's).
        let definite = (1..=2).any(|b| i.checked_sub(b).is_some_and(|j| w.low(j) == "the"));
        // "The Bombay high court": one capitalised place word before it names the court.
        let place = i
            .checked_sub(1)
            .filter(|&p| {
                w.is_word(p)
                    && w.capitalised(article, p)
                    && !is_possessive(w.low(p))
                    && !super::entities::stop_word(w.low(p))
                    && p.checked_sub(1).is_some_and(|q| w.low(q) == "the")
            })
            .map(|p| w.text(article, p));
        let found = LOWER_COURTS.iter().find(|(words, _)| {
            let specific = matches!(words.first(), Some(&"high" | &"crown")) || *words == ["court", "of", "appeal"];
            (definite || specific)
                && words.iter().enumerate().all(|(k, x)| super::entities::bare(w.low(i + k)) == *x)
                && !(i..i + words.len()).all(|k| w.capitalised(article, k))
                && !w.capitalised(article, i + words.len())
                && (place.is_some() || !w.capitalised(article, i.wrapping_sub(1)))
        });
        match (found, place) {
            (Some((words, name)), Some(place)) => {
                out.push((i - 1, i + words.len() - 1, format!("{place} {name}")));
                i += words.len();
            }
            (Some((words, name)), None) => {
                out.push((i, i + words.len() - 1, (*name).to_string()));
                i += words.len();
            }
            (None, _) => i += 1,
        }
    }
    out
}

/// A noun that can stand right before an organisation's name, and the kind it says ("the group
/// Uplift", "the company Equinor").
pub fn kind_noun(noun: &str) -> Option<OrgKind> {
    match noun {
        "company" | "firm" | "startup" | "start-up" | "insurer" | "retailer" | "carmaker" | "manufacturer" => {
            Some(OrgKind::Company)
        }
        "group" | "charity" | "organisation" | "organization" | "nonprofit" | "non-profit" | "watchdog"
        | "campaign" | "coalition" | "union" | "association" => Some(OrgKind::Group),
        _ => None,
    }
}

/// The kind the noun before token `a` gives the name at `a`, after a determiner or an adjective.
fn kind_noun_before(w: &Words, a: usize) -> Option<OrgKind> {
    let kind = kind_noun(w.low(a.checked_sub(1)?))?;
    // "the group Uplift", "the campaign group Uplift", "environmental group Greenpeace".
    let before = w.low(a.checked_sub(2)?);
    // "the anti-corruption group Transparence Armements": a hyphenated adjective too.
    (determiner(before) || !before.is_empty() && before.chars().all(|c| c.is_alphabetic() || c == '-')).then_some(kind)
}

/// Registers the names in sentence `s` and returns every mention in it, in text order.
pub fn mentions(article: &str, w: &Words, s: usize, reg: &mut Registry, rec: &Recency) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let mut plural_title: Option<(String, usize)> = None;
    let mut offices = offices(article, w);
    offices.extend(lower_courts(article, w).into_iter().map(|(a, b, name)| (a, b, name, OrgKind::Court)));
    for (a, b, name, kind) in &offices {
        let o = reg.org(name, *kind, s);
        let possessive = is_possessive(w.low(*b));
        out.push(Mention { first: *a, last: *b, ent: Ent::Org(o), possessive, described: false, person_like: false });
    }
    for run in runs(article, w) {
        let Some((a, b)) = trim_run(w, run) else { continue };
        if offices.iter().any(|(first, last, _, _)| a <= *last && b >= *first) {
            continue;
        }
        let possessive = is_possessive(w.low(b));
        if let Some(((ta, tb), (na, nb))) = split_title(w, a, b) {
            let court_prefix = (ta > a)
                .then(|| org_kind(article, w, a, ta - 1).map(|k| (reg.org(&run_text(article, w, a, ta - 1), k, s), k)))
                .flatten();
            if let Some((o, _)) = court_prefix {
                out.push(Mention {
                    first: a,
                    last: ta - 1,
                    ent: Ent::Org(o),
                    possessive: false,
                    described: false,
                    person_like: false,
                });
            }
            // A peer or an English judge known by a surname alone: "Lord Hartley", "Mrs Justice
            // Harcourt", "Lord Justice Singh" — the title is part of the name.
            let styled = nb == na && {
                let t: Vec<&str> = (ta..=tb).map(|i| w.low(i).trim_end_matches('.')).collect();
                matches!(
                    t.as_slice(),
                    ["lord" | "lady" | "baroness"] | ["mr" | "mrs" | "ms" | "lord" | "lady", "justice"]
                )
            };
            let name = run_text(article, w, if styled { ta } else { na }, nb);
            let person = if nb == na && !styled {
                match reg.find_person(&name) {
                    Some(p) => p,
                    None => reg.person(&name, s),
                }
            } else {
                reg.person(&name, s)
            };
            let title_start = if court_prefix.is_some() { ta } else { a };
            let mut title = run_text(article, w, title_start, tb);
            if let Some(singular) = title.strip_suffix("Justices").or_else(|| title.strip_suffix("Judges")) {
                let word = if title.ends_with("Justices") { "Justice" } else { "Judge" };
                title = format!("{singular}{word}");
                plural_title = Some((title.clone(), b));
            }
            apply_title(reg, person, &title, court_prefix, s);
            if styled {
                // The title is in the name; not shown twice.
                if let Some(p) = reg.people.get_mut(person).filter(|p| p.title.as_deref() == Some(title.as_str())) {
                    p.title = None;
                }
            }
            facts_around(article, w, a, b, person, reg, rec, &out, s);
            out.push(Mention {
                first: a,
                last: b,
                ent: Ent::Person(person),
                possessive,
                described: false,
                person_like: true,
            });
            continue;
        }
        let text = run_text(article, w, a, b);
        if lower_org_head(w.low(b + 1)) {
            let name = format!("{text} {}", w.text(article, b + 1));
            let o = reg.org(&name, OrgKind::Government, s);
            out.push(Mention {
                first: a,
                last: b + 1,
                ent: Ent::Org(o),
                possessive: is_possessive(w.low(b + 1)),
                described: false,
                person_like: false,
            });
            continue;
        }
        if let Some(kind) = org_kind(article, w, a, b) {
            let o = reg.org(&text, kind, s);
            out.push(Mention { first: a, last: b, ent: Ent::Org(o), possessive, described: false, person_like: false });
            continue;
        }
        let known = reg.find_person(&text).map(Ent::Person).or_else(|| {
            let key = super::entities::org_key(&text);
            reg.find_org(&key).map(Ent::Org)
        });
        let named_kind = kind_noun_before(w, a).filter(|_| b <= a + 2).or_else(|| {
            // "a Royal Mail spokesperson said", "a Halberd spokeswoman": the name is whom the
            // spokesperson speaks for.
            (!possessive && matches!(w.low(b + 1), "spokesperson" | "spokesman" | "spokeswoman" | "representative"))
                .then_some(OrgKind::Group)
        });
        let apposition_kind = super::people::org_apposition(w, b);
        let ent = match known {
            Some(e) => Some(e),
            None => match (named_kind, apposition_kind) {
                (Some(kind), _) => Some(Ent::Org(reg.org(&text, kind, s))),
                _ if a == b && acting_verb(w.low(b + 1)) => Some(Ent::Org(reg.org(&text, OrgKind::Group, s))),
                (None, Some(kind)) => Some(Ent::Org(reg.org(&text, kind, s))),
                _ if a == b => None,
                _ if person_evidence(article, w, a, b, plural_title.as_ref()) => {
                    Some(Ent::Person(reg.person(&text, s)))
                }
                _ => None,
            },
        };
        let Some(ent) = ent else { continue };
        // "Marcus and Dana Whitfield": Marcus Whitfield too.
        if let (Ent::Person(p), true) = (ent, b == a + 1 && a >= 2 && w.low(a - 1) == "and") {
            let first = a - 2;
            let lone = w.capitalised(article, first)
                && !w.capitalised(article, first.wrapping_sub(1))
                && !super::entities::stop_word(w.low(first));
            if lone && reg.find_person(w.text(article, first)).is_none() && org_kind(article, w, first, first).is_none()
            {
                let surname = reg
                    .people
                    .get(p)
                    .map(|x| x.name.split_whitespace().last().unwrap_or("").to_string())
                    .unwrap_or_default();
                let other = reg.person(&format!("{} {surname}", w.text(article, first)), s);
                out.push(Mention {
                    first,
                    last: first,
                    ent: Ent::Person(other),
                    possessive: false,
                    described: false,
                    person_like: true,
                });
            }
        }
        if let Ent::Person(p) = ent {
            if let Some((title, end)) =
                plural_title.as_mut().filter(|(_, end)| super::people::continues_list(w, a, *end))
            {
                apply_title(reg, p, title, None, s);
                *end = b;
            }
            facts_around(article, w, a, b, p, reg, rec, &out, s);
        }
        let person_like = matches!(ent, Ent::Person(_));
        out.push(Mention { first: a, last: b, ent, possessive, described: false, person_like });
    }
    // "The lawsuit, filed Tuesday by the Authors Guild, says …": this sentence's filer first.
    let here = Recency { filer: filer(w, &out).or(rec.filer), ..*rec };
    described(article, w, reg, &here, &mut out);
    for m in &out {
        reg.seen(m.ent, s);
    }
    out
}

/// Descriptions in the sentence ("the court", "a spokeswoman for X", "prosecutors"), added to
/// `out` where no name already covers their words.
fn described(article: &str, w: &Words, reg: &mut Registry, rec: &Recency, out: &mut Vec<Mention>) {
    out.sort_by_key(|m| (m.first, m.last));
    // Mentions are sorted and at most nested two deep: look at the few starting at or before `i`.
    let covered = |i: usize, out: &[Mention]| {
        let end = out.partition_point(|m| m.first <= i);
        out.get(end.saturating_sub(4)..end).is_some_and(|near| near.iter().any(|m| i <= m.last))
    };
    let mut extra = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let low = w.low(i);
        let starts = determiner(low) || matches!(low, "prosecutors" | "federal");
        // "the district attorney's office": a name right after the determiner is the phrase.
        if !starts || covered(i, out) || covered(i + 1, out) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut found = None;
        while j < w.len() && j <= i + 4 && w.is_word(j) && (j == i || !w.capitalised(article, j)) {
            let head = w.low(j);
            if role_noun(head).is_some_and(|r| r == PersonRole::Official || r == PersonRole::Lawyer)
                && matches!(w.low(j + 1), "for" | "of")
            {
                let name_at = if w.low(j + 2) == "the" { j + 3 } else { j + 2 };
                if let Some(m) = out.iter().find(|m| m.first == name_at && matches!(m.ent, Ent::Org(_))) {
                    found = Some((j, m.ent, true));
                    break;
                }
            }
            if let Some(e) = resolve_desc(head, reg, rec) {
                found = Some((j, e, matches!(e, Ent::Person(_))));
                break;
            }
            j += 1;
        }
        // "The group Transparence Armements welcomed": the kind noun introduces the name right
        // after it; it describes no earlier organisation.
        if let Some((end, _, _)) = found {
            if kind_noun(w.low(end)).is_some() && out.iter().any(|m| m.first == end + 1 && !m.described) {
                i = end + 1;
                continue;
            }
        }
        // "The landlord, Eastern Parkway Holdings, said": the name in apposition is who.
        let found = found.map(|(end, ent, person_like)| {
            let named = (w.punct(end + 1) == Some(','))
                .then(|| out.iter().find(|m| m.first == end + 2 && !m.described && !m.possessive))
                .flatten()
                .filter(|m| matches!(m.ent, Ent::Org(_)) == matches!(ent, Ent::Org(_)));
            named.map_or((end, ent, person_like), |m| (end, m.ent, person_like))
        });
        match found {
            Some((end, ent, person_like)) => {
                extra.push(Mention {
                    first: i,
                    last: end,
                    ent,
                    possessive: is_possessive(w.low(end)),
                    described: true,
                    person_like,
                });
                i = end + 1;
            }
            None => i += 1,
        }
    }
    out.extend(extra);
    out.sort_by_key(|m| (m.first, m.last));
}

#[cfg(test)]
mod tests {
    use super::super::entities::Side;
    use super::super::text::tokens;
    use super::*;

    fn run(reg: &mut Registry, text: &str) -> Vec<(String, bool)> {
        let w = tokens(text, 0, text.len(), &[]);
        mentions(text, &w, 0, reg, &Recency::default()).iter().map(|m| (reg.name(m.ent), m.described)).collect()
    }

    #[test]
    fn a_judge_in_a_court_name_gets_the_court_in_the_title() {
        let mut reg = Registry::default();
        run(&mut reg, "Tel Aviv District Court Judge Rachel Barkai had allowed it.");
        let p = reg.find_person("Barkai").unwrap();
        assert_eq!(reg.people[p].title.as_deref(), Some("Judge, Tel Aviv District Court"));
        assert_eq!(reg.people[p].role, PersonRole::Judge);
    }

    #[test]
    fn role_words_before_a_name_give_title_and_side() {
        let mut reg = Registry::default();
        run(&mut reg, "Amnesty International sued the Defense Ministry.");
        run(&mut reg, "It allowed Amnesty lawyer Itai Mack to argue after state lawyer Sara Bilu spoke.");
        let mack = reg.find_person("Mack").unwrap();
        assert_eq!(reg.people[mack].title.as_deref(), Some("Lawyer for Amnesty International"));
        let bilu = reg.find_person("Bilu").unwrap();
        assert_eq!(reg.people[bilu].title.as_deref(), Some("State lawyer"));
        assert_eq!(reg.people[bilu].side, Some(Side::State));
        run(&mut reg, "Amnesty International Israel director Molly Malekar said it.");
        let m = reg.find_person("Malekar").unwrap();
        assert_eq!(reg.people[m].title.as_deref(), Some("Director, Amnesty International Israel"));
    }

    #[test]
    fn appositions_give_titles() {
        let mut reg = Registry::default();
        run(&mut reg, "Graham Pellew, 58, was jailed.");
        run(&mut reg, "Pellew’s barrister, Helen Marsh KC, said so.");
        let m = reg.find_person("Marsh").unwrap();
        assert_eq!(reg.people[m].title.as_deref(), Some("Barrister for Graham Pellew"));
        run(&mut reg, "“Yes,” said Jeanine Ortiz, a lawyer for the families.");
        let o = reg.find_person("Ortiz").unwrap();
        assert_eq!(reg.people[o].title.as_deref(), Some("Lawyer for the families"));
        assert_eq!(reg.people[o].role, PersonRole::Lawyer);
        // An organisation's possessive before the role: its title and side.
        run(&mut reg, "Acme Corp. lost the case.");
        run(&mut reg, "“No,” said Lee-Anne Mulholland, Acme's vice president of regulatory affairs.");
        let v = reg.find_person("Mulholland").unwrap();
        assert_eq!(reg.people[v].title.as_deref(), Some("Vice president of regulatory affairs, Acme Corp."));
        assert!(matches!(reg.people[v].side, Some(Side::Org(x)) if reg.orgs[x].name() == "Acme Corp."));
    }

    #[test]
    fn descriptions_resolve_to_the_most_recent_fitting_entity() {
        let mut reg = Registry::default();
        run(&mut reg, "The Tel Aviv District Court ruled for NSO Group.");
        let got = run(&mut reg, "The court said the company was fine.");
        assert_eq!(got, [("Tel Aviv District Court".to_string(), true), ("NSO Group".to_string(), true)]);
    }

    #[test]
    fn a_spokeswoman_for_the_organisation_stands_for_it() {
        let mut reg = Registry::default();
        let text = "A spokeswoman for the Acme Workers Union said so.";
        let w = tokens(text, 0, text.len(), &[]);
        let ms = mentions(text, &w, 0, &mut reg, &Recency::default());
        let first = subject(&w, &ms).unwrap();
        assert!(first.person_like && first.described);
        assert_eq!(reg.name(first.ent), "Acme Workers Union");
    }

    #[test]
    fn places_without_evidence_are_not_people() {
        let mut reg = Registry::default();
        run(&mut reg, "Vendors in Saudi Arabia and New York sold goods.");
        assert!(reg.people.is_empty());
    }
}

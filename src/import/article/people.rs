//! What the text says about a person: their title, role and side, from the words around the
//! name — a title in the name ("Judge, Tel Aviv District Court"), a role word before it
//! ("Amnesty lawyer Itai Mack" → "Lawyer for Amnesty International"; "state lawyer Sara Bilu" →
//! "State lawyer", the state's side), or an apposition ("Pellew’s barrister, Helen Marsh KC" →
//! "Barrister for Graham Pellew"; "Jeanine Ortiz, a lawyer for the families" → "Lawyer for the
//! families") — and whether a capitalised run is a person's name at all.

use super::entities::{
    bare, is_possessive, org_kind, post_nominal, run_text, Ent, Gender, OrgKind, PersonRole, Registry, Side,
};
use super::lexicon::{is, FAMILY_NOUNS, FUNCTION_WORDS, JUDGE_NOUNS, LAWYER_NOUNS, OFFICIAL_NOUNS, OTHER_ROLE_NOUNS};
use super::mentions::{determiner, resolve_desc, speech_verb, Mention, Recency};
use super::text::Words;

/// Nouns for what a person is, and the role they imply.
pub fn role_noun(w: &str) -> Option<PersonRole> {
    let w = w.strip_suffix('s').filter(|x| !is(OTHER_ROLE_NOUNS, w) && x.len() > 2).unwrap_or(w);
    [
        (JUDGE_NOUNS, PersonRole::Judge),
        (LAWYER_NOUNS, PersonRole::Lawyer),
        // "Advocate depute Fiona Kerr" (a Scottish prosecutor).
        (&["depute", "prosecutor"][..], PersonRole::Prosecutor),
        (OFFICIAL_NOUNS, PersonRole::Official),
        (OTHER_ROLE_NOUNS, PersonRole::Other),
    ]
    .into_iter()
    .find(|(list, _)| is(list, w))
    .map(|(_, role)| role)
}

pub fn family_noun(w: &str) -> bool {
    is(FAMILY_NOUNS, w)
}

fn side_word(w: &str) -> Option<Side> {
    Some(match w {
        "state" | "government" | "federal" => Side::State,
        "defence" | "defense" => Side::Defence,
        "prosecution" | "crown" => Side::Prosecution,
        _ => return None,
    })
}

/// Words that cannot be part of a role phrase ("after state lawyer Sara Bilu": not "after").
fn function_word(w: &str) -> bool {
    is(FUNCTION_WORDS, w)
}

/// Whether a capitalised run with no title or organisation word is a person's name.
/// ", an opposition party,", ", a Wisconsin company,": an apposition after a name that says it is
/// an organisation, and of which kind.
pub fn org_apposition(w: &Words, b: usize) -> Option<OrgKind> {
    if w.punct(b + 1) != Some(',') || !matches!(w.low(b + 2), "a" | "an" | "the") {
        return None;
    }
    // Not ", the association's president" (a person with a role) nor an owner's name.
    for i in (b + 3..=b + 5).take_while(|&i| w.is_word(i)) {
        let word = w.low(i);
        if role_noun(word).is_some() {
            return None;
        }
        if !is_possessive(word) {
            if let Some(kind) = super::entities::org_head(word) {
                return Some(kind);
            }
        }
    }
    None
}

/// Whether the name at `a` continues a list of names ending at `end`: "A, B", "A and B",
/// "A, B, and C" ("Justices Yael Willner, Khaled Kabub and Ofer Grosskopf").
pub fn continues_list(w: &Words, a: usize, end: usize) -> bool {
    (a == end + 2 && (w.low(a - 1) == "and" || w.punct(a - 1) == Some(',')))
        || (a == end + 3 && w.punct(end + 1) == Some(',') && w.low(a - 1) == "and")
}

pub fn person_evidence(article: &str, w: &Words, a: usize, b: usize, plural: Option<&(String, usize)>) -> bool {
    let words = b - a + 1;
    if !(2..=5).contains(&words) || (a..=b).any(|i| w.low(i).chars().any(|c| c.is_ascii_digit())) {
        return false;
    }
    let next = w.low(b + 1);
    let after = w.low(b + 2);
    let prev = a.checked_sub(1).map_or("", |p| w.low(p));
    let initial_last = w.text(article, b).trim_end_matches('.').chars().count() == 1;
    // ", 58,", ", a lawyer", ", director of …" (AP style, no article), ", executive director".
    let role_after = role_noun(after).is_some() || (w.is_word(b + 2) && role_noun(w.low(b + 3)).is_some());
    let apposition = w.punct(b + 1) == Some(',')
        && org_apposition(w, b).is_none()
        && (after.chars().all(|c| c.is_ascii_digit()) && !after.is_empty()
            || matches!(after, "a" | "an" | "the" | "who" | "whose" | "his" | "her")
            // ", prosecuting,", ", defending,", ", representing the council,".
            || matches!(after, "prosecuting" | "defending" | "mitigating" | "representing" | "appearing")
            || (role_after && !w.capitalised(article, b + 2)));
    let pre_apposition = w.punct(a.wrapping_sub(1)) == Some(',') && a >= 2 && {
        let mut st = a - 2;
        while st > 0 && w.is_word(st - 1) {
            st -= 1;
        }
        (st..a - 1).any(|i| role_noun(w.low(i)).is_some())
    };
    let role_before = role_noun(prev).is_some();
    let plural_list = plural.is_some_and(|(_, end)| continues_list(w, a, *end));
    // "Marcus and Dana Whitfield": a first name, "and", a full name.
    let couple = words == 2
        && prev == "and"
        && a >= 2
        && w.capitalised(article, a - 2)
        && !w.capitalised(article, a.wrapping_sub(3));
    // "Jenna Ostrowski of Ostrowski & Cole", "Mark Lowe of Greater Manchester Police": a name,
    // then the organisation they work for.
    let of_org = next == "of" && w.capitalised(article, b + 2) && {
        let mut end = b + 2;
        while w.capitalised(article, end + 1) || (w.punct(end + 1) == Some('&') && w.capitalised(article, end + 2)) {
            end += 1;
        }
        super::entities::org_kind(article, w, b + 2, end).is_some()
    };
    role_before
        || apposition
        || pre_apposition
        || of_org
        || speech_verb(next)
        || matches!(
            next,
            "sued" | "petitioned" | "appealed" | "pleaded" | "testified" | "denied" | "admitted" | "challenged"
        )
        || speech_verb(prev)
        || post_nominal(next)
        || initial_last
        || plural_list
        || couple
        || (is_possessive(w.low(b)) && role_noun(next).is_some())
}

pub fn apply_title(reg: &mut Registry, person: usize, title: &str, court_prefix: Option<(usize, OrgKind)>, s: usize) {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let has = |x: &str| words.iter().any(|y| y.trim_end_matches('.') == x);
    let head = words.last().map_or("", |x| x.trim_end_matches('.'));
    let (role, side) =
        if has("judge") || has("justice") || has("magistrate") || has("judges") || has("justices") || has("recorder") {
            // "U.S. District Judge Robert Pitman" sits on the U.S. District Court.
            let court = court_prefix.map(|(o, _)| o).or_else(|| {
                let kept: Vec<&str> = title
                    .split_whitespace()
                    .filter(|x| !matches!(x.to_lowercase().as_str(), "senior" | "chief" | "presiding" | "acting"))
                    .collect();
                let named =
                    kept.len() >= 2 && head == "judge" && (has("district") || has("circuit") || has("bankruptcy"));
                let name = kept.get(..kept.len().saturating_sub(1)).map(|x| format!("{} Court", x.join(" ")));
                let name = name.filter(|_| named)?;
                // A court the story has named already ("the U.S. District Court for the Northern
                // District of Illinois") is the one; only a story naming none gets this name.
                let key = super::entities::org_key(&name);
                let named_before = reg
                    .recent_org(|o| o.kind == OrgKind::Court && super::entities::org_key(o.name()).starts_with(&key));
                if named_before.is_some() {
                    return named_before;
                }
                reg.recent_of_kind(&[OrgKind::Court]).is_none().then(|| reg.org(&name, OrgKind::Court, s))
            });
            (PersonRole::Judge, Some(Side::Court(court)))
        } else if has("prosecutor")
            || (head == "attorney" && (has("district") || has("county") || has("state") || has("u.s.")))
        {
            let office = reg.org(title, OrgKind::Prosecution, s);
            (PersonRole::Prosecutor, Some(if has("prosecutor") { Side::Prosecution } else { Side::Org(office) }))
        } else if head == "general" && (has("solicitor") || has("attorney")) {
            (PersonRole::Lawyer, Some(Side::State))
        } else if matches!(head, "attorney" | "lawyer" | "counsel" | "solicitor" | "advocate" | "barrister") {
            let city = has("city").then(|| reg.recent_with_word("city")).flatten();
            (PersonRole::Lawyer, city.map(Side::Org))
        } else if matches!(head, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady" | "prof") {
            (PersonRole::Other, None)
        } else {
            (PersonRole::Official, court_prefix.map(|(o, _)| Side::Org(o)))
        };
    let shown = match court_prefix {
        Some((o, _)) => format!("{title}, {}", reg.orgs.get(o).map_or("", |x| x.name())),
        None => title.to_string(),
    };
    let honorific = matches!(head, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady" | "prof");
    if let Some(p) = reg.people.get_mut(person) {
        // "Mr", "Ms", "Lady Justice": whom "he" or "she" can be.
        p.gender = p.gender.or(words.iter().find_map(|x| Gender::of_word(x)));
        if p.title.is_none() && !honorific {
            p.title = Some(shown);
        }
        if p.role == PersonRole::Other {
            p.role = role;
        }
        if p.side.is_none() {
            p.side = side;
        }
    }
}

/// True unless the story gave `e` the other gender than `pronoun` ("his", "her").
fn agrees(reg: &Registry, e: Ent, pronoun: &str) -> bool {
    let known = match e {
        Ent::Person(p) => reg.people.get(p).and_then(|x| x.gender),
        Ent::Org(_) => None,
    };
    known.is_none_or(|g| Some(g) == Gender::of_pronoun(pronoun))
}

/// Capitalises the first letter.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The entity a noun phrase names (tokens `a..=b`), using mentions already found in it.
#[allow(clippy::too_many_arguments)]
fn phrase_entity(
    article: &str,
    w: &Words,
    a: usize,
    b: usize,
    found: &[Mention],
    reg: &mut Registry,
    rec: &Recency,
    s: usize,
) -> Option<(Ent, String)> {
    if let Some(m) = found.iter().find(|m| m.first >= a && m.last <= b && !m.described) {
        return Some((m.ent, reg.name(m.ent)));
    }
    let low: Vec<&str> = (a..=b).map(|i| w.low(i)).collect();
    if low.iter().any(|x| matches!(*x, "state" | "government" | "crown")) && low.len() <= 3 {
        return None;
    }
    let head = low.iter().rev().find(|x| x.chars().all(|c| c.is_alphabetic() || c == '’' || c == '\'')).copied()?;
    if let Some(e) = resolve_desc(head, reg, rec) {
        return Some((e, reg.name(e)));
    }
    // "a lawyer for the families": the families become a party of their own.
    if low.first().is_some_and(|x| determiner(x)) && (2..=4).contains(&low.len()) && head.ends_with('s') {
        let text = capitalise(&run_text(article, w, a, b));
        let o = reg.org(&text, OrgKind::Group, s);
        if let Some(org) = reg.orgs.get_mut(o) {
            org.described = true;
        }
        return Some((Ent::Org(o), text));
    }
    None
}

/// The organisation the capitalised words from `from` (up to `limit`) name: one the story has
/// named already, else a new one when its words say it is an organisation ("of Greater
/// Manchester Police", "for Seafreeze Ltd.", "director of Uplift").
fn org_named_at(article: &str, w: &Words, from: usize, limit: usize, reg: &mut Registry, s: usize) -> Option<usize> {
    if !w.capitalised(article, from) {
        return None;
    }
    let mut to = from;
    while to < limit && w.capitalised(article, to + 1) {
        to += 1;
    }
    let text = run_text(article, w, from, to);
    reg.find_org(&super::entities::org_key(&text))
        .or_else(|| org_kind(article, w, from, to).map(|kind| reg.org(&text, kind, s)))
}

/// Title and side of person `p` from the words before and after their name (`a..=b`).
#[allow(clippy::too_many_arguments)]
pub fn facts_around(
    article: &str,
    w: &Words,
    a: usize,
    b: usize,
    p: usize,
    reg: &mut Registry,
    rec: &Recency,
    found: &[Mention],
    s: usize,
) {
    let mut title: Option<String> = None;
    let mut role = None;
    let mut side: Option<Side> = None;
    // A role word right before the name: "Amnesty lawyer Itai Mack", "state lawyer Sara Bilu".
    let mut k = a;
    let mut phrase: Vec<usize> = Vec::new();
    while let Some(j) = k.checked_sub(1) {
        let low = w.low(j);
        let lower_word = w.is_word(j) && !w.capitalised(article, j);
        let initial_role = w.capitalised(article, j)
            && j == 0
            && (role_noun(low).is_some()
                || side_word(low).is_some()
                || matches!(low, "senior" | "presiding" | "former"));
        if phrase.len() < 4
            && (lower_word || initial_role)
            && !determiner(low)
            && !speech_verb(low)
            && !function_word(low)
        {
            phrase.push(j);
            k = j;
            if initial_role {
                break;
            }
        } else {
            break;
        }
    }
    phrase.reverse();
    if let Some(&nearest) = phrase.last() {
        if let Some(r) = role_noun(w.low(nearest)) {
            role = Some(r);
            let first = phrase.first().copied().unwrap_or(nearest);
            let words = run_text(article, w, first, nearest);
            side = phrase.iter().find_map(|&j| side_word(w.low(j)));
            let owner = first.checked_sub(1).and_then(|j| found.iter().find(|m| m.last == j && !m.described));
            title = Some(match owner {
                Some(m) if matches!(m.ent, Ent::Org(_)) => {
                    side = Some(Side::Org(match m.ent {
                        Ent::Org(o) => o,
                        Ent::Person(_) => 0,
                    }));
                    let org_text = run_text(article, w, m.first, m.last);
                    if r == PersonRole::Lawyer {
                        format!("{} for {}", capitalise(&words), reg.name(m.ent))
                    } else {
                        format!("{}, {org_text}", capitalise(&words))
                    }
                }
                _ => {
                    let start = first.checked_sub(1).filter(|&j| w.capitalised(article, j)).map_or(first, |j| {
                        let mut st = j;
                        while st > 0 && w.capitalised(article, st - 1) {
                            st -= 1;
                        }
                        if st > 0 && w.low(st - 1) == "former" {
                            st - 1
                        } else {
                            st
                        }
                    });
                    capitalise(&run_text(article, w, start, nearest))
                }
            });
        }
    }
    // An apposition before the name: "Pellew’s barrister, Helen Marsh KC".
    // Not after another name: "a panel of Justices Yael Willner, Khaled Kabub" is a list.
    // "Counsel to the EFCC, Rotimi Adeyemi,": an organisation may end the apposition.
    let org_before = |j: usize| found.iter().any(|m| m.last == j && matches!(m.ent, Ent::Org(_)));
    if title.is_none()
        && w.punct(a.wrapping_sub(1)) == Some(',')
        && a >= 2
        && (!w.capitalised(article, a - 2) || org_before(a - 2))
    {
        let end = a - 2;
        let mut st = end;
        while st > 0 && w.is_word(st - 1) {
            st -= 1;
        }
        // "But the defendant's lawyer, Olawale Bankole": a sentence's conjunction is no title.
        while st < end && matches!(w.low(st), "but" | "and" | "yet" | "meanwhile" | "however" | "so") {
            st += 1;
        }
        if let Some(r_at) = (st..=end).find(|&i| role_noun(w.low(i)).is_some()) {
            role = role_noun(w.low(r_at));
            let noun = capitalise(&run_text(article, w, r_at, end));
            let possessor = (st..r_at)
                .rev()
                .find(|&i| is_possessive(w.low(i)) || matches!(w.low(i), "his" | "her" | "their" | "its"));
            let lawyer = role == Some(PersonRole::Lawyer);
            let owner = possessor.and_then(|i| match w.low(i) {
                "his" | "her" if lawyer => {
                    rec.client.filter(|c| agrees(reg, *c, w.low(i))).or_else(|| rec.pronoun(reg, w.low(i)))
                }
                "his" | "her" => rec.pronoun(reg, w.low(i)),
                "its" | "their" => rec.org,
                _ => {
                    found.iter().find(|m| m.last == i).map(|m| m.ent).or_else(|| resolve_desc(bare(w.low(i)), reg, rec))
                }
            });
            title = Some(match owner {
                Some(e) => {
                    let name = reg.name(e);
                    if family_noun(w.low(r_at)) {
                        format!("{noun} of {name}")
                    } else if role == Some(PersonRole::Lawyer) {
                        side = Some(match e {
                            Ent::Person(x) => Side::Person(x),
                            Ent::Org(x) => Side::Org(x),
                        });
                        format!("{noun} for {name}")
                    } else {
                        if let Ent::Org(x) = e {
                            side = Some(Side::Org(x));
                        }
                        format!("{noun}, {name}")
                    }
                }
                None => capitalise(&run_text(article, w, st, end)),
            });
            // "A lawyer for the plaintiffs, Hiroshi Kanda,": the side named after "for", as in
            // ", a lawyer for the families," after a name.
            if owner.is_none() && lawyer {
                if let Some(f) = (r_at + 1..end).find(|&i| w.low(i) == "for") {
                    if let Some((e, _)) = phrase_entity(article, w, f + 1, end, found, reg, rec, s) {
                        side = Some(match e {
                            Ent::Person(x) => Side::Person(x),
                            Ent::Org(x) => Side::Org(x),
                        });
                    }
                }
            }
        }
    }
    // After the name: ", a lawyer for the families", ", appearing for the federation", "of X".
    let mut j = b + 1;
    while post_nominal(w.low(j)) {
        j += 1;
    }
    // "Det Insp Alan Rafferty, of Police Scotland, said": the same with commas.
    let of_at = if w.punct(j) == Some(',') && w.low(j + 1) == "of" { j + 1 } else { j };
    if w.low(of_at) == "of" && w.capitalised(article, of_at + 1) {
        let j = of_at;
        // "Detective Inspector Mark Lowe of Greater Manchester Police": the organisation's run
        // comes later in the sentence, so it is registered here.
        if let Some(o) = org_named_at(article, w, j + 1, w.len(), reg, s) {
            side.get_or_insert(Side::Org(o));
        }
    }
    if w.punct(j) == Some(',') {
        j += 1;
        if w.low(j).chars().all(|c| c.is_ascii_digit()) && !w.low(j).is_empty() && w.punct(j + 1) == Some(',') {
            j += 2;
        }
        let mut end = j;
        while end < w.len()
            && w.punct(end).is_none_or(|c| !matches!(c, ',' | ';' | '.' | '—' | '–'))
            && w.quote(end).is_none()
        {
            end += 1;
        }
        if end > j {
            let seg_end = end - 1;
            let first_low = w.low(j);
            let for_at = (j..=seg_end).find(|&i| matches!(w.low(i), "for" | "represents" | "representing"));
            if let Some(f) = for_at.filter(|&f| f < seg_end) {
                // "for Seafreeze Ltd.", "for the Hawkers Federation": a name later in the sentence.
                let named_from = if w.low(f + 1) == "the" { f + 2 } else { f + 1 };
                if let Some(o) = org_named_at(article, w, named_from, seg_end, reg, s) {
                    side.get_or_insert(Side::Org(o));
                }
                if (f + 1..=seg_end).any(|i| side_word(w.low(i)) == Some(Side::State)) && seg_end - f <= 2 {
                    side.get_or_insert(Side::State);
                } else if let Some((e, _)) = phrase_entity(article, w, f + 1, seg_end, found, reg, rec, s) {
                    side.get_or_insert(match e {
                        Ent::Person(x) => Side::Person(x),
                        Ent::Org(x) => Side::Org(x),
                    });
                }
            }
            // ", the executive director of Uplift,": an organisation the story names.
            // A role noun first: ", director of the NetChoice Litigation Center," (AP style).
            let bare_role = role_noun(first_low).is_some() || role_noun(w.low(j + 1)).is_some() && w.is_word(j);
            // ", Acme's general counsel,", ", Google's vice president of regulatory affairs,".
            let possessive_first = is_possessive(first_low)
                && w.capitalised(article, j)
                && (j + 1..=seg_end.min(j + 4)).any(|i| role_noun(w.low(i)).is_some());
            let appositive = determiner(first_low) || (bare_role && !w.capitalised(article, j)) || possessive_first;
            let of_at =
                (j..seg_end).find(|&i| w.low(i) == "of" && (w.capitalised(article, i + 1) || w.low(i + 1) == "the"));
            if let (Some(f), true) = (of_at, for_at.is_none() && appositive) {
                let named_from = if w.low(f + 1) == "the" { f + 2 } else { f + 1 };
                if let Some(o) = org_named_at(article, w, named_from, seg_end, reg, s) {
                    side.get_or_insert(Side::Org(o));
                }
            }
            if title.is_none() && appositive {
                if let Some(r_at) = (j..=seg_end).find(|&i| role_noun(w.low(i)).is_some()) {
                    role = role_noun(w.low(r_at));
                    // ", the deputy president of the court,": who presides over a court judges.
                    if matches!(w.low(r_at), "president" | "head" | "chief")
                        && (r_at + 1..=seg_end).any(|i| bare(w.low(i)) == "court")
                    {
                        role = Some(PersonRole::Judge);
                    }
                    let possessor = (j..r_at).find(|&i| is_possessive(w.low(i)));
                    let owner = possessor.and_then(|i| {
                        resolve_desc(bare(w.low(i)), reg, rec)
                            .or_else(|| found.iter().find(|m| m.last == i).map(|m| m.ent))
                            // "Acme's" for Acme Corp., named earlier.
                            .or_else(|| {
                                let known =
                                    w.capitalised(article, i).then(|| reg.find_org(&[bare(w.low(i)).to_string()]));
                                known.flatten().map(Ent::Org)
                            })
                    });
                    title = Some(match owner {
                        Some(e) => {
                            if let Ent::Org(x) = e {
                                side.get_or_insert(Side::Org(x));
                            }
                            let from = if possessive_first { j + 1 } else { r_at };
                            format!("{}, {}", capitalise(&run_text(article, w, from, seg_end)), reg.name(e))
                        }
                        None => {
                            capitalise(&run_text(article, w, if determiner(first_low) { j + 1 } else { j }, seg_end))
                        }
                    });
                }
            }
        }
    }
    // "Sentencing him on Friday, Lord Ferrier told Brannigan …": who sentences is the judge.
    if role.is_none()
        && title.is_none()
        && w.low(0) == "sentencing"
        && a >= 2
        && w.punct(a - 1) == Some(',')
        && (1..a - 1).all(|i| w.punct(i) != Some(','))
    {
        role = Some(PersonRole::Judge);
    }
    if let Some(person) = reg.people.get_mut(p) {
        // "his mother, Ana Ruiz,", "a spokeswoman, Lena Berg,": the noun before "of"/"for".
        if let Some(t) = &title {
            let lower = t.to_lowercase();
            let head = lower.split([',', ';']).next().unwrap_or("");
            let noun = head.split_whitespace().take_while(|x| !matches!(*x, "of" | "for" | "to" | "at"));
            person.gender = person.gender.or(noun.filter_map(Gender::of_word).next());
        }
        // A courtesy title alone ("Adv.", "Ms.") gives way to what the sentence says.
        let courtesy = person.title.as_deref().is_some_and(|t| {
            matches!(
                t.trim_end_matches('.').to_lowercase().as_str(),
                "adv" | "mr" | "mrs" | "ms" | "miss" | "dr" | "prof"
            )
        });
        if person.title.is_none() || (courtesy && title.is_some()) {
            person.title = title;
        } else if let (Some(Side::Org(o)), None) = (&side, &person.side) {
            // "Detective Inspector Mark Lowe of Greater Manchester Police".
            let name = reg.orgs.get(*o).map(|x| x.name().to_string());
            if let (Some(t), Some(n)) = (person.title.as_mut(), name) {
                if !t.contains(&n) && person.role == PersonRole::Official {
                    t.push_str(", ");
                    t.push_str(&n);
                }
            }
        }
        if let Some(r) = role {
            if person.role == PersonRole::Other || (person.role == PersonRole::Official && r != PersonRole::Other) {
                person.role = r;
            }
        }
        // "Justice Maria Hernandez of State Supreme Court": the judge's court, named.
        let court_named =
            matches!(side, Some(Side::Org(o)) if reg.orgs.get(o).is_some_and(|x| x.kind == OrgKind::Court));
        if court_named && person.role == PersonRole::Judge && matches!(person.side, Some(Side::Court(None))) {
            if let Some(Side::Org(o)) = side {
                person.side = Some(Side::Court(Some(o)));
            }
        }
        if person.side.is_none() {
            person.side = side;
        }
        if person.role == PersonRole::Judge && person.side.is_none() {
            person.side = Some(Side::Court(None));
        }
        if person.role == PersonRole::Prosecutor && person.side.is_none() {
            person.side = Some(Side::Prosecution);
        }
    }
}

//! People and organisations named in an article: runs of capitalised words, what they are, and
//! a registry that knows that "Amnesty", "Amnesty International" and "Amnesty International
//! Israel" are one organisation and that "Barkai" is Rachel Barkai.
//!
//! A run is split at a title word ("Tel Aviv District Court Judge Rachel Barkai" → the court,
//! the title Judge, the person). Without a title, a run is a person only with evidence (a role
//! word before it, an age or an apposition after it, a speech verb, a post-nominal such as KC);
//! an organisation when it has an organisation word (Court, Ministry, Group, Inc., Association…)
//! or is an acronym, or when a single word acts (says, petitions, sues). Anything else (places,
//! laws, products) is not registered.

use std::collections::HashMap;

use super::lexicon::{
    is, CALENDAR_WORDS, COMPANY_HEADS, CONNECTORS, COURT_HEADS, GOVERNMENT_HEADS, GROUP_HEADS, LOWER_ORG_HEADS,
    NOT_ACRONYMS, POST_NOMINALS, PROSECUTION_HEADS, STOP_WORDS, TITLE_MODIFIERS, TITLE_WORDS,
};
use super::text::Words;

/// What kind of organisation: decides which descriptions ("the court", "the company", "the
/// state") can refer to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgKind {
    Court,
    Government,
    Prosecution,
    Company,
    Group,
}

/// An organisation. Invariant: `forms` is never empty; its first entry is how it was first
/// written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Org {
    pub forms: Vec<(String, usize)>,
    pub kind: OrgKind,
    /// Sentence index of the first mention.
    pub first: usize,
    /// Made from a description ("a lawyer for the families"), not a name.
    pub described: bool,
}

impl Org {
    /// The name to show: the most frequent form of two or more words (the shortest on a tie),
    /// else the first form.
    pub fn name(&self) -> &str {
        let multi = self.forms.iter().filter(|(f, _)| f.split_whitespace().count() > 1);
        multi
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.len().cmp(&a.0.len())))
            .or(self.forms.first())
            .map_or("", |(f, _)| f.as_str())
    }
}

/// What a person does in the story, as far as the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonRole {
    Judge,
    Lawyer,
    Prosecutor,
    Official,
    Other,
}

/// Who a person belongs to or speaks for, before parties exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Side {
    /// "state lawyer", "for the state": the government side.
    State,
    /// "defence lawyer": the defendant's side.
    Defence,
    /// "prosecutor": the prosecution.
    Prosecution,
    /// A judge: the court (a given one, or the main court).
    Court(Option<usize>),
    Org(usize),
    /// A lawyer for a person (a litigant).
    Person(usize),
}

/// A person. Invariant: `name` is one to five capitalised words; `surname` is the lower-case
/// last word of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub surname: String,
    pub title: Option<String>,
    pub role: PersonRole,
    pub side: Option<Side>,
    pub first: usize,
    /// Known from an honorific or a gendered noun ("Mr", "Ms", "spokeswoman"): whom "he" and
    /// "she" can stand for.
    pub gender: Option<Gender>,
}

/// What "he" or "she" agrees with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender an honorific, title or noun says ("Mrs", "Lord", "spokeswoman"), if any.
    pub fn of_word(word: &str) -> Option<Gender> {
        match word.trim_end_matches('.') {
            "mr" | "sir" | "lord" | "spokesman" | "chairman" | "businessman" | "congressman" | "father" | "son"
            | "husband" | "brother" | "grandfather" | "uncle" | "nephew" | "boyfriend" => Some(Gender::Male),
            "mrs" | "ms" | "miss" | "dame" | "lady" | "baroness" | "madam" | "spokeswoman" | "chairwoman"
            | "businesswoman" | "congresswoman" | "mother" | "daughter" | "wife" | "sister" | "grandmother"
            | "aunt" | "niece" | "girlfriend" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender of a third-person pronoun ("he", "his", "she", "her").
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "he" | "his" | "him" => Some(Gender::Male),
            "she" | "her" | "hers" => Some(Gender::Female),
            _ => None,
        }
    }
}

/// A registered entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ent {
    Person(usize),
    Org(usize),
}

/// A run of capitalised words (token indices, inclusive), possibly ending in a possessive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub first: usize,
    pub last: usize,
    pub possessive: bool,
}

/// Capitalised words that start sentences or clauses without naming anything.
pub fn stop_word(w: &str) -> bool {
    is(STOP_WORDS, w)
}

fn calendar_word(w: &str) -> bool {
    is(CALENDAR_WORDS, w.trim_end_matches('.').trim_end_matches("’s").trim_end_matches("'s"))
}

/// Title words that can stand before a name in a capitalised run.
pub fn title_word(w: &str) -> bool {
    is(TITLE_WORDS, w.trim_end_matches('.'))
}

/// Words that may come before a title word in a title ("Chief Justice", "U.S. District Judge").
fn title_modifier(w: &str) -> bool {
    title_word(w) || is(TITLE_MODIFIERS, w)
}

/// Post-nominals that mark a person ("Helen Marsh KC").
pub fn post_nominal(w: &str) -> bool {
    is(POST_NOMINALS, w.trim_end_matches('.'))
}

/// The kind of organisation a word names, if it is an organisation word.
pub fn org_head(w: &str) -> Option<OrgKind> {
    let w = bare(w).trim_end_matches('.');
    [
        (COURT_HEADS, OrgKind::Court),
        (PROSECUTION_HEADS, OrgKind::Prosecution),
        (GOVERNMENT_HEADS, OrgKind::Government),
        (COMPANY_HEADS, OrgKind::Company),
        (GROUP_HEADS, OrgKind::Group),
    ]
    .into_iter()
    .find(|(list, _)| is(list, w))
    .map(|(_, kind)| kind)
}

/// Lower-case words after a name that make it an organisation ("the Uttar Pradesh government").
pub fn lower_org_head(w: &str) -> bool {
    is(LOWER_ORG_HEADS, w)
}

fn connector(w: &str) -> bool {
    is(CONNECTORS, w)
}

fn acronym(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && text.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
        && !is(NOT_ACRONYMS, text.trim_end_matches('.'))
}

/// Capitalised runs of a sentence: names, with connectors ("Ministry of Defense", "Rio Grande do
/// Norte"), "and" inside organisation names, and a possessive inside one only before an
/// organisation word ("Federal Prosecutor's Office").
pub fn runs(article: &str, w: &Words) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if !w.capitalised(article, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut has_head = org_head(w.low(i)).is_some();
        loop {
            let possessive = is_possessive(w.low(last));
            let next = last + 1;
            if possessive {
                let head_follows = w.capitalised(article, next) && org_head(w.low(next)).is_some();
                if !head_follows {
                    break;
                }
            }
            // "Mark Lowe of Greater Manchester Police": a titled person, then an organisation.
            // "of"/"for" join an organisation's name ("Ministry of Defense", "Bank of America")
            // or a one-word start ("State of Israel"), not a person and a place or employer
            // ("Dana Whitfield of Rockford", "Mark Lowe of Greater Manchester Police").
            let person_like = !has_head && last > first;
            let titled_person = (first..=last).any(|i| title_word(w.low(i))) && !has_head;
            let joins =
                connector(w.low(next)) && !((titled_person || person_like) && matches!(w.low(next), "of" | "for"));
            // "Bristol Magistrates' Court", "Communication Workers' Union": a plural possessive
            // before an organisation word is inside the name.
            let plural_possessive = matches!(w.punct(next), Some('\'' | '’'))
                && w.low(last).ends_with('s')
                && w.capitalised(article, next + 1)
                && org_head(w.low(next + 1)).is_some();
            if w.capitalised(article, next) {
                last = next;
            } else if plural_possessive {
                last = next + 1;
            } else if w.punct(next) == Some('&')
                && w.capitalised(article, next + 1)
                && !possessive
                // "State of Kerala & Ors.", "& Anr.": "and others" is no part of the name.
                && !matches!(w.low(next + 1).trim_end_matches('.'), "ors" | "anr" | "others")
            {
                // "Computer & Communications Industry Association", "Johnson & Johnson".
                last = next + 1;
            } else if (joins
                || (w.low(next) == "and" && has_head && org_head(w.low(last)).is_none())
                || and_before_head(article, w, first, last, next))
                && w.capitalised(article, next + 1)
                && !possessive
            {
                last = next + 1;
            } else if joins && w.low(next + 1) == "the" && w.capitalised(article, next + 2) && !possessive {
                // "Full Court of the Federal Court", "District Court for the Northern District".
                last = next + 2;
            } else {
                break;
            }
            has_head |= org_head(w.low(last)).is_some();
        }
        out.push(Run { first, last, possessive: is_possessive(w.low(last)) });
        i = last + 1;
    }
    out
}

/// "Holy Cross Arts and Science College": "and" at `next` inside an institution's name — two or
/// more capitalised words before it, one or two after it ending in an institution word.
/// Also an agency's name, with one word before it: "Securities and Exchange Commission",
/// "Economic and Financial Crimes Commission", "Food and Drug Administration".
fn and_before_head(article: &str, w: &Words, first: usize, last: usize, next: usize) -> bool {
    let institution = |x: &str| matches!(x, "college" | "institute" | "university" | "school" | "academy");
    let agency = |x: &str| {
        matches!(
            x,
            "commission" | "administration" | "authority" | "agency" | "department" | "board" | "bureau" | "committee"
        )
    };
    w.low(next) == "and"
        && !(first..=last).any(|i| title_word(w.low(i)))
        && (last > first
            && (next + 1..=next + 2).take_while(|&i| w.capitalised(article, i)).any(|i| institution(w.low(i)))
            || (next + 1..=next + 3).take_while(|&i| w.capitalised(article, i)).any(|i| agency(w.low(i))))
}

pub fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// A word without its possessive ending.
pub fn bare(w: &str) -> &str {
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

/// The article's text of tokens `first..=last`, possessive ending of the last word removed.
pub fn run_text(article: &str, w: &Words, first: usize, last: usize) -> String {
    let start = w.toks.get(first).map_or(0, |t| t.start);
    let end = w.toks.get(last).map_or(start, |t| t.end);
    bare(article.get(start..end).unwrap_or("")).trim_end_matches(['’', '\'']).to_string()
}

/// Tokens `first..=last` with leading stop words and calendar words, and trailing calendar
/// words and post-nominals, removed; `None` when nothing is left.
pub fn trim_run(w: &Words, run: Run) -> Option<(usize, usize)> {
    let (mut a, mut b) = (run.first, run.last);
    while a <= b && (stop_word(w.low(a)) || calendar_word(w.low(a)) || connector(w.low(a))) {
        a += 1;
    }
    // "Retiree Graham Petrakis, 67,": a role noun opening the sentence is no part of the name.
    if a + 2 <= b
        && a == run.first
        && super::lexicon::is(super::lexicon::OTHER_ROLE_NOUNS, w.low(a))
        && (a..=b).all(|i| org_head(w.low(i)).is_none())
    {
        a += 1;
    }
    while b >= a && (calendar_word(w.low(b)) || post_nominal(w.low(b)) || connector(w.low(b))) {
        b = b.checked_sub(1)?;
    }
    (a <= b).then_some((a, b))
}

/// How a run splits at a title word: (title tokens, name tokens), when it does.
pub fn split_title(w: &Words, a: usize, b: usize) -> Option<((usize, usize), (usize, usize))> {
    let mut t = b;
    while t > a || (t == a && b > a) {
        let name = (t + 1, b);
        let name_len = b.saturating_sub(t);
        let preceded_by_connector = t > a && connector(w.low(t - 1));
        if title_word(w.low(t))
            && (1..=5).contains(&name_len)
            && !preceded_by_connector
            && (name.0..=name.1).all(|i| org_head(w.low(i)).is_none() && !title_word(w.low(i)))
        {
            let mut s = t;
            while s > a && title_modifier(w.low(s - 1)) {
                s -= 1;
            }
            return Some(((s, t), name));
        }
        if t == a {
            break;
        }
        t -= 1;
    }
    None
}

/// The kind of organisation tokens `a..=b` name, if they do.
pub fn org_kind(article: &str, w: &Words, a: usize, b: usize) -> Option<OrgKind> {
    let words: Vec<&str> = (a..=b).map(|i| w.low(i)).collect();
    if words.iter().any(|x| x.starts_with("prosecut"))
        || (words.iter().any(|x| x.starts_with("attorney"))
            && words.iter().any(|x| matches!(*x, "district" | "county" | "state" | "general" | "u.s." | "united")))
    {
        return Some(OrgKind::Prosecution);
    }
    // "State of Kerala", "State of Israel": the government in a case title.
    if words.len() >= 3
        && matches!(words.first(), Some(&"state" | &"commonwealth" | &"people"))
        && words.get(1) == Some(&"of")
    {
        return Some(OrgKind::Government);
    }
    // London's Central Criminal Court, as the news calls it.
    if words == ["old", "bailey"] {
        return Some(OrgKind::Court);
    }
    // The last organisation word decides ("Tel Aviv District Court": a court; "Court of Justice"
    // too, so a court word anywhere wins).
    if words.iter().any(|x| org_head(x) == Some(OrgKind::Court)) {
        return Some(OrgKind::Court);
    }
    if let Some(kind) = words.iter().rev().find_map(|x| org_head(x)) {
        return Some(kind);
    }
    // "Ostrowski & Cole", "Procter & Gamble": names joined by "&" are a firm, never a person.
    if (a..=b).any(|i| w.punct(i) == Some('&')) {
        return Some(OrgKind::Company);
    }
    (a == b && acronym(w.text(article, a))).then_some(OrgKind::Group)
}

/// Normalised lookup key of an organisation name: lower case, without "the" and possessives,
/// with "X Ministry" written "ministry of x".
/// First words of many organisations' names that do not name one alone ("U.S.", "New",
/// "Federal"): a lone "U.S." in "the acting U.S. attorney" is not the U.S. District Court.
fn generic_first_word(w: &str) -> bool {
    w.contains('.')
        || matches!(
            w,
            "us" | "uk"
                | "eu"
                | "un"
                | "new"
                | "state"
                | "federal"
                | "national"
                | "european"
                | "international"
                | "united"
                | "high"
                | "supreme"
                | "district"
                | "royal"
                | "central"
                | "city"
                | "county"
                | "north"
                | "south"
                | "east"
                | "west"
                | "american"
                | "british"
        )
}

pub fn org_key(name: &str) -> Vec<String> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|x| bare(&x.to_lowercase()).trim_end_matches(['’', '\'', ',', '.']).to_string())
        .filter(|x| !x.is_empty())
        .collect();
    if words.first().is_some_and(|x| x == "the") {
        words.remove(0);
    }
    if words.len() >= 2 && words.last().is_some_and(|x| x == "ministry" || x == "department") {
        if let Some(head) = words.pop() {
            words.insert(0, "of".to_string());
            words.insert(0, head);
        }
    }
    words
}

/// A normalised organisation name ([`org_key`]).
type OrgKey = Vec<String>;

/// People and organisations found so far, with their aliases.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    pub orgs: Vec<Org>,
    pub people: Vec<Person>,
    org_keys: HashMap<Vec<String>, usize>,
    org_first_word: HashMap<String, usize>,
    /// Keys by their first two words, for prefix lookups.
    org_pairs: HashMap<(String, String), Vec<(OrgKey, usize)>>,
    person_keys: HashMap<String, usize>,
    surnames: HashMap<String, Vec<usize>>,
    /// The sentence each entity was last mentioned in.
    pub last_seen: HashMap<Ent, usize>,
    /// The words of each organisation's names (lower case), and for each word the organisation
    /// with it mentioned last: "the ministry".
    org_words: Vec<Vec<String>>,
    latest_with_word: HashMap<String, usize>,
    /// The organisation of each kind mentioned last, and the judge mentioned last.
    latest_of_kind: HashMap<OrgKind, usize>,
    latest_of_role: HashMap<PersonRole, usize>,
}

impl Registry {
    /// The organisation called `name` (or an alias of it), registering it if new.
    pub fn org(&mut self, name: &str, kind: OrgKind, sentence: usize) -> usize {
        let key = org_key(name);
        // Not a court for another body whose name starts the same ("Seoul Central District
        // Court", then "Seoul Central District Prosecutors' Office").
        let found = self.find_org(&key).filter(|&i| {
            self.org_keys.get(&key) == Some(&i)
                || self.orgs.get(i).is_none_or(|o| {
                    o.kind == kind
                        || matches!(kind, OrgKind::Group)
                        || matches!(o.kind, OrgKind::Group)
                        || (o.kind != OrgKind::Court && kind != OrgKind::Court)
                })
        });
        let i = match found {
            Some(i) => i,
            None => {
                self.orgs.push(Org { forms: Vec::new(), kind, first: sentence, described: false });
                self.orgs.len() - 1
            }
        };
        if let Some(org) = self.orgs.get_mut(i) {
            match org.forms.iter_mut().find(|(f, _)| f == name) {
                Some(form) => form.1 += 1,
                None => org.forms.push((name.to_string(), 1)),
            }
            if org.kind == OrgKind::Group && kind != OrgKind::Group {
                org.kind = kind;
            }
        }
        if let (Some(a), Some(b)) = (key.first(), key.get(1)) {
            let list = self.org_pairs.entry((a.clone(), b.clone())).or_default();
            if !list.iter().any(|(k, _)| *k == key) {
                list.push((key.clone(), i));
            }
        }
        if self.org_words.len() <= i {
            self.org_words.resize(i + 1, Vec::new());
        }
        if let Some(words) = self.org_words.get_mut(i) {
            for word in &key {
                if !words.contains(word) {
                    words.push(word.clone());
                }
                self.latest_with_word.entry(word.clone()).or_insert(i);
            }
        }
        self.org_keys.insert(key.clone(), i);
        if let Some(first) = key.first() {
            self.org_first_word.entry(first.clone()).or_insert(i);
        }
        i
    }

    /// An existing organisation by key: the same key, one that starts with it, or one it starts
    /// with (two words at least in common, or a one-word key that is another's first word).
    pub fn find_org(&self, key: &[String]) -> Option<usize> {
        if key.is_empty() {
            return None;
        }
        if let Some(&i) = self.org_keys.get(key) {
            return Some(i);
        }
        if key.len() == 1 {
            // "Acme" for Acme Corp., but not "U.S." for the U.S. District Court.
            return key.first().filter(|k| !generic_first_word(k)).and_then(|k| self.org_first_word.get(k)).copied();
        }
        let pair = (key.first()?.clone(), key.get(1)?.clone());
        let by_prefix = self.org_pairs.get(&pair).and_then(|list| {
            list.iter()
                .filter(|(k, _)| {
                    let n = k.len().min(key.len());
                    k.get(..n) == key.get(..n)
                })
                .map(|&(_, i)| i)
                .min()
        });
        // "NSO" first, "NSO Group" later: the same organisation.
        by_prefix.or_else(|| self.org_keys.get(key.get(..1)?).copied())
    }

    /// The person called `name`, registering them if new.
    pub fn person(&mut self, name: &str, sentence: usize) -> usize {
        let key = name.to_lowercase();
        if let Some(&i) = self.person_keys.get(&key) {
            return i;
        }
        let surname = key.split_whitespace().last().unwrap_or("").trim_end_matches('.').to_string();
        self.people.push(Person {
            name: name.to_string(),
            surname: surname.clone(),
            title: None,
            role: PersonRole::Other,
            side: None,
            first: sentence,
            gender: None,
        });
        let i = self.people.len() - 1;
        self.person_keys.insert(key, i);
        self.surnames.entry(surname).or_default().push(i);
        i
    }

    /// A person known by this full name or surname (the most recently mentioned one when
    /// several share it).
    pub fn find_person(&self, name: &str) -> Option<usize> {
        let key = name.to_lowercase();
        if let Some(&i) = self.person_keys.get(&key) {
            return Some(i);
        }
        if key.split_whitespace().count() != 1 {
            return None;
        }
        let candidates = self.surnames.get(key.trim_end_matches('.'))?;
        candidates.iter().max_by_key(|&&i| self.last_seen.get(&Ent::Person(i)).copied().unwrap_or(0)).copied()
    }

    /// Records that `ent` was mentioned in `sentence` (sentences come in order).
    pub fn seen(&mut self, ent: Ent, sentence: usize) {
        self.last_seen.insert(ent, sentence);
        match ent {
            Ent::Org(o) => {
                if let Some(kind) = self.orgs.get(o).map(|x| x.kind) {
                    self.latest_of_kind.insert(kind, o);
                }
                for word in self.org_words.get(o).map_or(&[][..], Vec::as_slice) {
                    self.latest_with_word.insert(word.clone(), o);
                }
            }
            Ent::Person(p) => {
                if let Some(role) = self.people.get(p).map(|x| x.role) {
                    self.latest_of_role.insert(role, p);
                }
            }
        }
    }

    fn recency(&self, ent: Ent) -> usize {
        self.last_seen.get(&ent).copied().unwrap_or(match ent {
            Ent::Org(o) => self.orgs.get(o).map_or(0, |x| x.first),
            Ent::Person(p) => self.people.get(p).map_or(0, |x| x.first),
        })
    }

    /// The most recently mentioned organisation of one of `kinds`.
    pub fn recent_of_kind(&self, kinds: &[OrgKind]) -> Option<usize> {
        let latest =
            kinds.iter().filter_map(|k| self.latest_of_kind.get(k).copied()).max_by_key(|&o| self.recency(Ent::Org(o)));
        // An organisation may have been registered before its kind was known.
        latest.or_else(|| self.recent_org(|o| kinds.contains(&o.kind)))
    }

    /// The most recently mentioned organisation with `word` in its name ("the ministry").
    pub fn recent_with_word(&self, word: &str) -> Option<usize> {
        self.latest_with_word.get(word).copied()
    }

    /// The person of `role` mentioned last ("the judge", "the lawyer").
    pub fn recent_of_role(&self, role: PersonRole) -> Option<usize> {
        self.latest_of_role.get(&role).copied().filter(|&p| self.people.get(p).is_some_and(|x| x.role == role))
    }

    /// The display name of an entity.
    pub fn name(&self, ent: Ent) -> String {
        match ent {
            Ent::Person(i) => self.people.get(i).map(|p| p.name.clone()).unwrap_or_default(),
            Ent::Org(i) => self.orgs.get(i).map(|o| o.name().to_string()).unwrap_or_default(),
        }
    }

    /// The most recently mentioned organisation for which `fits` holds.
    pub fn recent_org(&self, fits: impl Fn(&Org) -> bool) -> Option<usize> {
        self.orgs
            .iter()
            .enumerate()
            .filter(|(_, o)| fits(o))
            .max_by_key(|(i, o)| (self.last_seen.get(&Ent::Org(*i)).copied().unwrap_or(o.first), *i))
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokens;
    use super::*;

    fn run_texts(text: &str) -> Vec<String> {
        let w = tokens(text, 0, text.len(), &[]);
        runs(text, &w).iter().map(|r| run_text(text, &w, r.first, r.last)).collect()
    }

    #[test]
    fn runs_join_connectors_and_stop_at_possessives() {
        assert_eq!(run_texts("The Ministry of Defense sued NSO Group."), ["The Ministry of Defense", "NSO Group"]);
        assert_eq!(
            run_texts("Amnesty’s statement and the Federal Prosecutor's Office"),
            ["Amnesty", "Federal Prosecutor's Office"]
        );
        assert_eq!(
            run_texts("the Department of Housing Preservation and Development said"),
            ["Department of Housing Preservation and Development"]
        );
        assert_eq!(run_texts("Raymond Cho and Peter Dunstan agreed"), ["Raymond Cho", "Peter Dunstan"]);
    }

    #[test]
    fn a_title_word_splits_a_run_into_court_title_and_name() {
        let text = "Tel Aviv District Court Judge Rachel Barkai";
        let w = tokens(text, 0, text.len(), &[]);
        let ((ts, te), (ns, ne)) = split_title(&w, 0, w.len() - 1).unwrap();
        assert_eq!(run_text(text, &w, ts, te), "Judge");
        assert_eq!(run_text(text, &w, ns, ne), "Rachel Barkai");
        assert_eq!(org_kind(text, &w, 0, ts - 1), Some(OrgKind::Court));
        let text = "Superior Court of Justice";
        let w = tokens(text, 0, text.len(), &[]);
        assert_eq!(split_title(&w, 0, w.len() - 1), None);
        let text = "Chief Justice Laura Bennett";
        let w = tokens(text, 0, text.len(), &[]);
        assert_eq!(split_title(&w, 0, 3).map(|(t, _)| t), Some((0, 1)));
    }

    #[test]
    fn organisation_aliases_are_one_organisation() {
        let mut r = Registry::default();
        let a = r.org("Amnesty International", OrgKind::Group, 0);
        assert_eq!(r.org("Amnesty", OrgKind::Group, 1), a);
        assert_eq!(r.org("Amnesty International Israel", OrgKind::Group, 2), a);
        assert_eq!(r.orgs[a].name(), "Amnesty International");
        let m = r.org("Defense Ministry", OrgKind::Government, 3);
        assert_eq!(r.org("Ministry of Defense", OrgKind::Government, 4), m);
        assert_ne!(
            r.org("Tel Aviv University", OrgKind::Group, 5),
            r.org("Tel Aviv District Court", OrgKind::Court, 5)
        );
    }

    #[test]
    fn people_are_found_by_full_name_or_surname() {
        let mut r = Registry::default();
        let p = r.person("Rachel Barkai", 0);
        assert_eq!(r.find_person("Barkai"), Some(p));
        assert_eq!(r.find_person("rachel barkai"), Some(p));
        assert_eq!(r.find_person("Mack"), None);
    }

    #[test]
    fn acronyms_are_organisations_but_countries_are_not() {
        let text = "NSO and the US";
        let w = tokens(text, 0, text.len(), &[]);
        assert_eq!(org_kind(text, &w, 0, 0), Some(OrgKind::Group));
        assert_eq!(org_kind(text, &w, 3, 3), None);
    }
}

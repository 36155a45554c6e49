//! Court events: filings, hearings, rulings (verdicts and sentencings too), orders, appeals,
//! arrests, each dated from its sentence.
//!
//! A sentence yields an event for each trigger word outside quotations ("ruled", "sentenced",
//! "hearing", "filed a lawsuit", "ordered" with a court as subject…), dated by the nearest date
//! in the same clause that is not a decoy (a range or a modifier). Triggers without a date are
//! folded into the nearest dated event of the same kind, or drafted once per kind on the
//! publication date, marked `?` and for review. A photo caption that shows a court on a date
//! gives a hearing for review, never anything else. Intentions ("would appeal", "plans to sue")
//! and negations ("did not appeal") are not events.

use super::access::access;
use super::dates::{DateMention, DraftDate, Ymd};
use super::entities::{Ent, OrgKind, PersonRole, Registry};
use super::lexicon::{is, COURT_WORDS, LEGAL_OBJECTS};
use super::mentions::Mention;
use super::text::{Sentence, Words};

/// The case format's event kinds.
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

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Filing => "filing",
            Kind::Hearing => "hearing",
            Kind::Ruling => "ruling",
            Kind::Statement => "statement",
            Kind::Order => "order",
            Kind::Appeal => "appeal",
            Kind::Other => "other",
        }
    }
}

/// A trigger word: token `tok` makes an event of `kind` ("sentencing", "verdict", "trial", …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trigger {
    pub tok: usize,
    pub kind: Kind,
    pub label: &'static str,
    /// Weak triggers (nouns such as "lawsuit", "trial") date an event only when no strong one
    /// (a verb such as "ruled", "filed") is in the sentence, and never make an undated event.
    pub strong: bool,
}

/// A drafted court event. Invariant: `sentences` is non-empty, the first is the evidence the
/// date came from.
#[derive(Clone, Debug, PartialEq)]
pub struct CourtEvent {
    pub kind: Kind,
    pub label: &'static str,
    pub trigger: String,
    pub date: DraftDate,
    /// The article's words for the date.
    pub display: Option<String>,
    pub date_rule: String,
    pub review: Option<String>,
    pub scheduled: bool,
    pub sentences: Vec<usize>,
    pub access: Option<(&'static str, String)>,
    pub caption: bool,
    pub undated: bool,
}

fn legal_object(w: &str) -> bool {
    is(LEGAL_OBJECTS, w)
}

fn court_word(w: &str) -> bool {
    is(COURT_WORDS, w)
}

/// Whether a court or judge is the subject before token `i` (within the clause).
fn court_subject(w: &Words, ms: &[Mention], reg: &Registry, i: usize) -> bool {
    let from = (0..i).rev().take(10).find(|&j| w.punct(j) == Some(';')).map_or(i.saturating_sub(10), |j| j + 1);
    let is_court = |m: &Mention| match m.ent {
        Ent::Org(o) => reg.orgs.get(o).is_some_and(|x| x.kind == OrgKind::Court),
        Ent::Person(p) => reg.people.get(p).is_some_and(|x| x.role == PersonRole::Judge),
    };
    // The court word nearest before the trigger, unless it is an object ("told the court").
    let object = |j: usize| {
        let k = if j > 0 && matches!(w.low(j - 1), "the" | "a" | "an" | "this") { j - 1 } else { j };
        k > 0
            && matches!(
                w.low(k - 1),
                "told"
                    | "asked"
                    | "urged"
                    | "to"
                    | "before"
                    | "in"
                    | "at"
                    | "by"
                    | "from"
                    | "with"
                    | "for"
                    | "against"
                    | "into"
                    | "of"
            )
    };
    let word =
        (from..i).rev().find(|&j| court_word(w.low(j).trim_end_matches("’s").trim_end_matches("'s")) && !object(j));
    let mention =
        ms.iter().filter(|m| m.last < i && m.last >= from && is_court(m) && !object(m.first)).map(|m| m.last).max();
    let Some(at) = word.max(mention) else { return false };
    // "the court the company had ordered": someone else acts between the court and the verb
    // (not an abbreviation in brackets: "The Lahore High Court (LHC) on Thursday directed").
    let bracketed = |m: &Mention| m.first > 0 && w.punct(m.first - 1) == Some('(') && w.punct(m.last + 1) == Some(')');
    !ms.iter().any(|m| m.first > at && m.last < i && !is_court(m) && !m.possessive && !bracketed(m))
}

fn object_within(w: &Words, i: usize, n: usize) -> Option<&str> {
    (i + 1..=i + n).map(|j| w.low(j)).find(|x| legal_object(x))
}

fn intention_before(w: &Words, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| {
        matches!(
            w.low(j),
            "will"
                | "would"
                | "could"
                | "may"
                | "might"
                | "plans"
                | "plan"
                | "planned"
                | "intends"
                | "intend"
                | "considering"
                | "consider"
                | "threatened"
                | "to"
                | "not"
                | "never"
                | "no"
        )
    })
}

/// The trigger at token `i`, if any.
pub fn trigger_at(w: &Words, ms: &[Mention], reg: &Registry, i: usize) -> Option<Trigger> {
    if !w.is_word(i) {
        return None;
    }
    let low = w.low(i);
    let prev = i.checked_sub(1).map_or("", |j| w.low(j));
    let next = w.low(i + 1);
    let t = |kind, label, strong| Some(Trigger { tok: i, kind, label, strong });
    let passive = matches!(prev, "was" | "were" | "been" | "is" | "are" | "be" | "being");
    match low {
        "ruled" | "ruling" => t(Kind::Ruling, "ruling", true),
        "revived" | "reinstated" | "revives" | "reinstates" if object_within(w, i, 4).is_some() => {
            t(Kind::Ruling, "ruling", true)
        }
        "rules" if court_subject(w, ms, reg, i) => t(Kind::Ruling, "ruling", true),
        // "The court had reserved its verdict on November 2": the hearing ended, no ruling yet.
        "verdict" | "verdicts" | "judgment" | "judgement" | "decision" | "order"
            if (1..=2).any(|b| i.checked_sub(b).is_some_and(|j| matches!(w.low(j), "reserved" | "reserves"))) =>
        {
            t(Kind::Hearing, "judgment reserved", true)
        }
        "verdict" | "verdicts" => t(Kind::Ruling, "verdict", true),
        // Not the idioms: "rush to judgment", "pass judgment".
        "judgment" | "judgement" if !matches!(prev, "to" | "pass" | "passing" | "passed" | "passes") => {
            t(Kind::Ruling, "judgment", true)
        }
        "sentenced" | "jailed" | "sentencing" => t(Kind::Ruling, "sentencing", true),
        // Not serving a sentence already given ("will begin serving his sentence on Feb 2").
        "sentence"
            if matches!(prev, "the" | "a" | "his" | "her" | "its" | "their")
                && !(2..=3).any(|b| {
                    i.checked_sub(b).is_some_and(|j| matches!(w.low(j), "serving" | "serve" | "serves" | "served"))
                }) =>
        {
            t(Kind::Ruling, "sentencing", false)
        }
        "convicted" | "acquitted" | "convicts" | "acquits" => t(Kind::Ruling, "verdict", true),
        "conviction" => t(Kind::Ruling, "verdict", false),
        "guilty" => {
            let back: Vec<&str> = (i.saturating_sub(5)..i).map(|j| w.low(j)).collect();
            // "found former Mayor Rodolfo “Ompong” Villareal guilty": a title and a name between.
            let far: Vec<&str> = (i.saturating_sub(8)..i).map(|j| w.low(j)).collect();
            if back.iter().any(|x| matches!(*x, "pleaded" | "pleading" | "pleads" | "plead")) {
                t(Kind::Hearing, "plea", true)
            } else if far.iter().any(|x| matches!(*x, "found" | "finding" | "finds" | "find")) {
                t(Kind::Ruling, "verdict", true)
            } else {
                None
            }
        }
        "struck" | "strikes" | "strike" if next == "down" => t(Kind::Ruling, "ruling", true),
        "upheld" | "uphold" | "upholding" | "upholds" | "overturned" | "overturn" | "overturning" | "overturns"
        | "quashed" | "quashing" | "affirmed" | "vacated" => t(Kind::Ruling, "ruling", true),
        "reversed" | "reversing" if !matches!(next, "herself" | "himself" | "itself" | "themselves" | "course") => {
            t(Kind::Ruling, "ruling", true)
        }
        "dismissed" | "rejected" | "denied" | "denying" | "rejecting" | "dismissing" | "rejects" | "dismisses" => {
            // "dismissed the judicial review" too (not a legal object elsewhere: "the review
            // brought by" is no filing).
            // "was rejected by the court": the object is the subject, the court the agent.
            let by_court = passive && next == "by" && (i + 2..i + 6).any(|j| court_word(w.low(j)));
            // "The board rejected the application in November": a body's decision, not a court's.
            let body = (1..=2).any(|b| {
                i.checked_sub(b).is_some_and(|j| {
                    matches!(
                        w.low(j),
                        "board"
                            | "ministry"
                            | "department"
                            | "agency"
                            | "council"
                            | "authority"
                            | "regulator"
                            | "government"
                            | "commission"
                            | "minister"
                            | "company"
                            | "firm"
                            | "office"
                    )
                })
            });
            if body && !court_subject(w, ms, reg, i) {
                return None;
            }
            let obj = object_within(w, i, 5)
                .or_else(|| (i + 1..=i + 4).map(|j| w.low(j)).find(|x| *x == "review"))
                .or_else(|| by_court.then_some("motion"))?;
            let label = if obj.starts_with("appeal") { "appeal decided" } else { "ruling" };
            if obj == "bail" {
                t(Kind::Order, "bail", true)
            } else {
                t(Kind::Ruling, label, true)
            }
        }
        "granted" | "grants" => match object_within(w, i, 4)? {
            "bail" | "injunction" | "order" => t(Kind::Order, "order", true),
            "appeal" => t(Kind::Ruling, "appeal decided", true),
            _ => t(Kind::Ruling, "ruling", true),
        },
        "decision" if matches!(prev, "the" | "its" | "a" | "this" | "that" | "her" | "his" | "their") => {
            t(Kind::Ruling, "ruling", false)
        }
        // "has certified a class action": a court's ruling on it.
        "certified" | "certifies" if court_subject(w, ms, reg, i) && object_within(w, i, 5).is_some() => {
            t(Kind::Ruling, "ruling", true)
        }
        "decided" if court_subject(w, ms, reg, i) => t(Kind::Ruling, "ruling", true),
        "sided" if next == "with" => t(Kind::Ruling, "ruling", true),
        "fined" | "awarded" if passive || court_subject(w, ms, reg, i) => t(Kind::Ruling, "ruling", true),
        "cleared" if next == "of" => t(Kind::Ruling, "verdict", true),
        "blocked" | "halted" | "suspended" | "barred" | "paused" | "stayed" | "froze" | "restrained" | "enjoined"
            if court_subject(w, ms, reg, i) =>
        {
            t(Kind::Order, "order", true)
        }
        "handed" if next == "down" => t(Kind::Ruling, "ruling", true),
        // "Judge X set Dunham's bond at $500,000", "set bail at": an order on bail.
        "set" | "sets" if (i + 1..i + 5).any(|j| matches!(w.low(j), "bond" | "bail")) && !intention_before(w, i) => {
            t(Kind::Order, "bail", true)
        }
        "confirmed" => {
            let by_court = next == "by" && (i + 2..i + 6).any(|j| court_word(w.low(j)));
            (by_court || object_within(w, i, 4).is_some()).then_some(Trigger {
                tok: i,
                kind: Kind::Ruling,
                label: "ruling",
                strong: true,
            })
        }
        // "pending the hearing and determination of a petition": not a hearing that happened.
        "hearing" if matches!(prev, "the") && i >= 2 && matches!(w.low(i - 2), "pending" | "awaiting") => None,
        "hearing" | "hearings" => t(Kind::Hearing, "hearing", true),
        // "She first appeared before Newton Aycliffe Magistrates’ Court", "appeared in court".
        "appeared" | "appears"
            if matches!(next, "before" | "in" | "at") && (i + 2..i + 7).any(|j| court_word(w.low(j))) =>
        {
            t(Kind::Hearing, "hearing", true)
        }
        // "The association moved to court last Friday", "moved the High Court".
        // "She approached the High Court in April" (Indian usage too).
        "moved" | "approached" if (i + 1..i + 4).any(|j| court_word(w.low(j))) && !intention_before(w, i) => {
            t(Kind::Filing, "petition", true)
        }
        // "In 2022 she lost an appeal against an interim order": the appeal was decided.
        "lost" if (i + 1..i + 3).any(|j| matches!(w.low(j), "appeal" | "appeals")) => {
            t(Kind::Ruling, "appeal decided", true)
        }
        // "which on October 7 declined to hear it": the court refused the case.
        "declined" | "refused" if next == "to" && matches!(w.low(i + 2), "hear" | "entertain" | "admit") => {
            t(Kind::Ruling, "ruling", true)
        }
        // "Justice X declined his application for name suppression on Monday": a judge refusing
        // what a party asked for decides it ("refused bail" is an order on bail).
        "declined" | "refused" | "declines" | "refuses" if next != "to" && court_subject(w, ms, reg, i) => {
            match object_within(w, i, 4)? {
                "bail" => t(Kind::Order, "bail", true),
                _ => t(Kind::Ruling, "ruling", true),
            }
        }
        // "The judge adjourned the matter till February 16", "adjourned sentence until January
        // 9": the next hearing (or the sentencing) is set for that day.
        "adjourned" | "adjourns"
            if !intention_before(w, i)
                && (i + 1..i + 7).any(|j| matches!(w.low(j), "till" | "until" | "to" | "for" | "on")) =>
        {
            if (i + 1..i + 3).any(|j| matches!(w.low(j), "sentence" | "sentencing")) {
                t(Kind::Ruling, "sentencing", true)
            } else if (i + 1..i + 3).any(|j| matches!(w.low(j), "judgment" | "judgement" | "verdict" | "ruling")) {
                t(Kind::Ruling, "ruling", true)
            } else {
                t(Kind::Hearing, "hearing", true)
            }
        }
        // "at the last sitting on December 2" (Nigerian, Indian and British usage for a court's
        // session); not "sitting judge", "sitting in Glasgow".
        "sitting" | "sittings"
            if matches!(
                prev,
                "last" | "previous" | "next" | "first" | "final" | "earlier" | "latest" | "adjourned"
            ) || (matches!(prev, "the" | "a" | "its" | "that") && !w.is_word(i + 1))
                || (matches!(prev, "the" | "a" | "its" | "that") && matches!(next, "on" | "of" | "last" | "this")) =>
        {
            t(Kind::Hearing, "hearing", true)
        }
        // "a first conference in the case", "a status conference" (not "a news conference").
        "conference"
            if matches!(prev, "status" | "pretrial" | "pre-trial" | "scheduling" | "first" | "case" | "settlement") =>
        {
            t(Kind::Hearing, "conference", true)
        }
        // "The court heard that his dog … bit her on 2 October": what it heard, not when.
        "heard" if next == "that" => None,
        "heard" => {
            let about = matches!(
                next,
                "arguments"
                    | "argument"
                    | "evidence"
                    | "testimony"
                    | "from"
                    | "oral"
                    | "closing"
                    | "submissions"
                    | "the"
                    | "over"
            );
            (about || passive || court_subject(w, ms, reg, i)).then_some(Trigger {
                tok: i,
                kind: Kind::Hearing,
                label: "hearing",
                strong: true,
            })
        }
        // "returned voluntarily to face trial", "fit to stand trial": a purpose, not a trial.
        "trial" if matches!(prev, "face" | "stand") && i >= 2 && w.low(i - 2) == "to" => None,
        // "after a two-week trial at the High Court in Glasgow last month": a trial of a given
        // length happened; it takes the date beside it as much as the verdict does.
        "trial" if sized_trial(w, i) && !intention_before(w, i) => t(Kind::Hearing, "trial", true),
        // "which … is not itself on trial": no trial.
        "trial" if prev == "on" && (i.saturating_sub(4)..i).any(|j| matches!(w.low(j), "not" | "never")) => None,
        // "After a bench trial in March 2023, Judge X ruled … that August": a trial dated
        // right after its noun happened then, whatever the sentence decided later.
        "trial"
            if matches!(prev, "bench" | "jury" | "civil" | "criminal")
                && matches!(next, "in" | "on" | "last" | "this")
                && !intention_before(w, i) =>
        {
            t(Kind::Hearing, "trial", true)
        }
        "trial" if !matches!(next, "court" | "judge" | "judges" | "lawyer" | "courts") => {
            let opened = (i + 1..i + 6)
                .any(|j| matches!(w.low(j), "began" | "begins" | "opened" | "opens" | "started" | "starts"));
            t(Kind::Hearing, if opened { "trial opens" } else { "trial" }, opened)
        }
        "testified" | "testifies" | "testimony" | "testify" => t(Kind::Hearing, "testimony", false),
        "arguments" | "argument" if matches!(prev, "oral" | "closing" | "opening" | "final" | "heard") => {
            t(Kind::Hearing, "arguments", true)
        }
        "pleaded" | "pleading" | "pleads" if matches!(next, "guilty" | "not") => None,
        "arraigned" => t(Kind::Hearing, "arraignment", true),
        // "Part of the proceedings … will be held behind closed doors": the hearing's access.
        "held" | "conducted" if access(w).is_some() => t(Kind::Hearing, "hearing", false),
        "listed" if (i + 1..i + 5).any(|j| w.low(j) == "for") => t(Kind::Hearing, "hearing", true),
        "session"
            if ms
                .iter()
                .any(|m| matches!(m.ent, Ent::Org(o) if reg.orgs.get(o).is_some_and(|x| x.kind == OrgKind::Court)))
                || court_subject(w, ms, reg, i) =>
        {
            t(Kind::Hearing, "session", false)
        }
        "filed" | "lodged" | "brought" => {
            if intention_before(w, i) {
                return None;
            }
            let obj = (i.saturating_sub(5)..i)
                .rev()
                .map(|j| w.low(j))
                .find(|x| legal_object(x))
                .or_else(|| object_within(w, i, 4));
            let obj = match obj {
                Some(o) => o,
                None if passive && low == "filed" => "filing",
                None => return None,
            };
            filing(obj, i)
        }
        // "Asic launched the civil penalty case in August 2023", "commenced proceedings".
        "launched" | "commenced" | "initiated" | "instituted" if !intention_before(w, i) => {
            let obj = object_within(w, i, 5)?;
            filing(obj, i)
        }
        // "The company applied for judicial review in January", "applied to the court for an
        // injunction": a filing (not "the law applied to …").
        "applied" | "applies" | "applying" if !intention_before(w, i) && (i + 1..=i + 5).any(|j| w.low(j) == "for") => {
            let obj = (i + 1..=i + 6).map(|j| w.low(j)).find(|x| *x == "review" || legal_object(x))?;
            if obj == "review" {
                t(Kind::Filing, "judicial review", true)
            } else {
                filing(obj, i)
            }
        }
        "petitioned" => t(Kind::Filing, "petition", true),
        "sued" | "sues" | "suing" if !intention_before(w, i) => t(Kind::Filing, "lawsuit", true),
        // "the commission is charged with protecting public access": a duty, not charges.
        "charged" if next == "with" && duty(w.low(i + 2)) => None,
        "charged" | "indicted" if passive || next == "with" => t(Kind::Filing, "charges", true),
        "lawsuit" | "petition" | "suit" | "complaint" if !intention_before(w, i) => {
            t(Kind::Filing, filing_label(low), false)
        }
        "appealed" if !intention_before(w, i) => t(Kind::Appeal, "appeal", true),
        "appeal" if !intention_before(w, i) && prev != "leave" => t(Kind::Appeal, "appeal", false),
        "ordered" if passive || court_subject(w, ms, reg, i) => t(Kind::Order, "order", true),
        "directed" if court_subject(w, ms, reg, i) => t(Kind::Order, "order", true),
        // "an appeal against an interim order": what was appealed, not a new order.
        "order" | "orders" if (i.saturating_sub(3)..i).any(|j| w.low(j) == "against") => None,
        "order" | "orders"
            if matches!(
                prev,
                "conservatory"
                    | "interim"
                    | "final"
                    | "freezing"
                    | "stop"
                    | "written"
                    | "court"
                    | "gag"
                    | "restraining"
                    | "temporary"
                    | "emergency"
                    | "protective"
                    | "court’s"
                    | "court's"
            ) || (matches!(prev, "an" | "its" | "the") && matches!(next, "issued" | "signed" | "dated")) =>
        {
            // … or "In an order issued on Thursday, the court ruled that …".
            t(Kind::Order, "order", true)
        }
        "injunction"
            if (i.saturating_sub(4)..i).any(|j| matches!(w.low(j), "granted" | "issued" | "imposed" | "extended")) =>
        {
            t(Kind::Order, "order", true)
        }
        "bail"
            if (i.saturating_sub(4)..i).any(|j| matches!(w.low(j), "granted" | "denied" | "refused" | "released")) =>
        {
            t(Kind::Order, "bail", true)
        }
        "arrested" | "detained" => t(Kind::Other, "arrest", true),
        "arrest" if matches!(prev, "his" | "her" | "their" | "the") => t(Kind::Other, "arrest", true),
        _ => None,
    }
}

/// "a two-week trial", "a 10-day trial": a trial of a given length, at token `i`.
fn sized_trial(w: &Words, i: usize) -> bool {
    let prev = i.checked_sub(1).map_or("", |j| w.low(j));
    w.low(i) == "trial" && prev.contains('-') && matches!(prev.rsplit('-').next(), Some("day" | "week" | "month"))
}

/// What a body "is charged with" doing as its duty ("charged with protecting", "enforcing").
fn duty(w: &str) -> bool {
    matches!(
        w,
        "protecting"
            | "enforcing"
            | "overseeing"
            | "regulating"
            | "ensuring"
            | "administering"
            | "managing"
            | "supervising"
            | "maintaining"
            | "implementing"
            | "upholding"
            | "monitoring"
            | "safeguarding"
            | "running"
            | "promoting"
            | "preserving"
    )
}

/// A sentence about another case ("in a separate case", "revived a separate lawsuit", "in an
/// unrelated case"): its decisions and filings are not this case's.
fn other_case(w: &Words) -> bool {
    (0..w.len()).any(|i| {
        matches!(w.low(i), "separate" | "unrelated" | "different")
            && (i + 1..i + 4).any(|j| {
                matches!(
                    w.low(j),
                    "case"
                        | "cases"
                        | "lawsuit"
                        | "suit"
                        | "proceeding"
                        | "proceedings"
                        | "matter"
                        | "action"
                        | "prosecution"
                )
            })
    })
}

fn filing_label(noun: &str) -> &'static str {
    match noun {
        "petition" | "petitions" => "petition",
        "complaint" => "complaint",
        "charges" => "charges",
        "appeal" | "appeals" => "appeal",
        "lawsuit" | "lawsuits" | "suit" | "claim" | "claims" | "case" | "action" => "lawsuit",
        _ => "filing",
    }
}

fn filing(obj: &str, i: usize) -> Option<Trigger> {
    let label = filing_label(obj);
    let kind = if label == "appeal" { Kind::Appeal } else { Kind::Filing };
    Some(Trigger { tok: i, kind, label, strong: true })
}

/// Clause number of each token: a new clause at `;` and at ", and" / ", but".
fn clauses(w: &Words) -> Vec<usize> {
    let mut out = Vec::with_capacity(w.len());
    let mut c = 0;
    for i in 0..w.len() {
        if w.punct(i) == Some(';') || (w.punct(i) == Some(',') && matches!(w.low(i + 1), "and" | "but" | "while")) {
            c += 1;
        }
        out.push(c);
    }
    out
}

/// Court events of the whole article. `dates[s]` are the dates of sentence `s`.
pub fn court_events(
    sentences: &[Sentence],
    words: &[Words],
    mentions: &[Vec<Mention>],
    dates: &[Vec<DateMention>],
    reg: &Registry,
    published: Ymd,
) -> Vec<CourtEvent> {
    let mut dated: Vec<CourtEvent> = Vec::new();
    let mut undated: Vec<(Trigger, usize, String)> = Vec::new();
    let empty = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        let (Some(w), Some(ds)) = (words.get(s), dates.get(s)) else { continue };
        let ms = mentions.get(s).unwrap_or(&empty);
        let usable: Vec<&DateMention> = ds.iter().filter(|d| d.decoy.is_none()).collect();
        if sentence.caption {
            caption_event(w, &usable, s, &mut dated);
            continue;
        }
        if other_case(w) {
            continue;
        }
        // "ordered the parties to file proposed orders by 26 March": a filing due that day.
        for d in ds.iter().filter(|d| d.decoy.is_some_and(|r| r.starts_with("a deadline"))) {
            let verb = (0..d.first)
                .rev()
                .find(|&k| matches!(w.low(k), "file" | "submit" | "lodge" | "serve" | "produce" | "deliver"));
            let Some(v) = verb.filter(|&v| v > 0 && w.low(v - 1) == "to") else { continue };
            // A deadline is after the order that set it: a day without a year is the next one.
            let mut date = d.date;
            if d.year_assumed && date.first_day() <= published.days() && !(date.m == Some(2) && date.d == Some(29)) {
                date.y += 1;
            }
            let event = CourtEvent {
                kind: Kind::Filing,
                label: "filing due",
                trigger: w.low(v).to_string(),
                date,
                display: Some(d.words.clone()),
                date_rule: format!("{} (a deadline: “to {} … by”)", d.rule, w.low(v)),
                review: d
                    .year_assumed
                    .then(|| format!("the year of “{}” is not written; {} was assumed", d.words, date.y)),
                scheduled: date.first_day() > published.days(),
                sentences: vec![s],
                access: None,
                caption: false,
                undated: false,
            };
            merge_dated(&mut dated, event);
        }
        let mut found: Vec<Trigger> = (0..w.len()).filter_map(|i| trigger_at(w, ms, reg, i)).collect();
        // "ordered the state … to pay damages, overturning a lower court ruling": a court that
        // reverses, quashes or upholds a decision rules, and what it orders is part of that ruling.
        let appellate = found.iter().any(|t| {
            t.kind == Kind::Ruling
                && matches!(
                    w.low(t.tok),
                    "overturned"
                        | "overturning"
                        | "overturn"
                        | "reversed"
                        | "reversing"
                        | "quashed"
                        | "quashing"
                        | "upheld"
                        | "upholding"
                        | "vacated"
                        | "affirmed"
                )
        });
        if appellate {
            for t in found.iter_mut().filter(|t| t.kind == Kind::Order && t.label == "order") {
                t.kind = Kind::Ruling;
                t.label = "ruling";
            }
        }
        if found.is_empty() {
            continue;
        }
        let any_strong = found.iter().any(|t| t.strong);
        let mut sentence_access: Option<Option<(&'static str, String)>> = None;
        let eligible: Vec<&Trigger> = found.iter().filter(|t| t.strong || !any_strong).collect();
        let clause = clauses(w);
        let distance = |t: &Trigger, d: &DateMention| {
            let (a, b) = (t.tok, if d.first > t.tok { d.first } else { d.last });
            let gap = a.abs_diff(b);
            let ca = clause.get(a).copied().unwrap_or(0);
            let cb = clause.get(b).copied().unwrap_or(0);
            // "went on trial for blocking a motorway in 2023": the date is the offence's.
            // "charged with breaching sanctions imposed … in 2014" too.
            let offence = d.first > t.tok
                && (t.tok + 1..d.first).any(|i| matches!(w.low(i), "for" | "with") && w.low(i + 1).ends_with("ing"));
            // "have been charged … since investigators began looking into them in 2013": the
            // date of the clause "since" opens.
            let since = d.first > t.tok && (t.tok + 1..d.first).any(|i| w.low(i) == "since");
            // "The ban, adopted in 2019, …": in an apposition, the date of another verb.
            let prep = |k: usize| matches!(w.low(k), "in" | "on");
            let prep_at = if prep(d.first) { Some(d.first) } else { d.first.checked_sub(1).filter(|&k| prep(k)) };
            let other_verb = prep_at.and_then(|k| k.checked_sub(1)).is_some_and(|v| {
                v != t.tok && w.low(v).ends_with("ed") && v.checked_sub(1).is_some_and(|c| w.punct(c) == Some(','))
            });
            // "convicted … on Monday after a three-week trial": a date before a trial of a given
            // length is the verdict's; one after it ("a two-week trial … last month") the trial's.
            let length_trial = d.last < t.tok && sized_trial(w, t.tok);
            // "why the app was blocked across the country last month, after hearing …": the date
            // of a passive verb just before it.
            let passive = (d.first.saturating_sub(5)..d.first).any(|v| {
                v != t.tok
                    && w.low(v).ends_with("ed")
                    && v.checked_sub(1).is_some_and(|b| matches!(w.low(b), "was" | "were" | "been" | "being"))
                    && (v + 1..d.first).all(|k| w.is_word(k))
            });
            gap + 30 * ca.abs_diff(cb) + if offence || other_verb || since || length_trial || passive { 35 } else { 0 }
        };
        // Dates and triggers are paired nearest first; each is used once.
        let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
        for (di, d) in usable.iter().enumerate() {
            for (k, t) in eligible.iter().enumerate() {
                let gap = distance(t, d);
                if gap <= 40 {
                    pairs.push((gap, k, di));
                }
            }
        }
        pairs.sort_unstable();
        let mut best: Vec<Option<(usize, &DateMention)>> = vec![None; eligible.len()];
        let mut date_used = vec![false; usable.len()];
        for (gap, k, di) in pairs {
            let (Some(slot), Some(used)) = (best.get_mut(k), date_used.get_mut(di)) else { continue };
            if slot.is_none() && !*used {
                *slot = usable.get(di).map(|d| (gap, *d));
                *used = true;
            }
        }
        // "The court on Thursday directed …, after hearing the authority's reasons in chambers":
        // what the court heard was heard then, on the date of the sentence's main event.
        let main = best.iter().flatten().filter(|(gap, _)| *gap < 30).min_by_key(|(gap, _)| *gap).copied();
        for (t, slot) in eligible.iter().zip(best.iter_mut()) {
            let gerund = w.low(t.tok) == "hearing"
                && t.tok.checked_sub(1).is_some_and(|p| matches!(w.low(p), "after" | "before" | "while" | "when"));
            if gerund && slot.is_none_or(|(gap, _)| gap >= 30) {
                if let Some(m) = main {
                    *slot = Some(m);
                }
            }
        }
        let word = |t: &Trigger| w.low(t.tok).to_string();
        for (t, chosen) in eligible.iter().zip(&best) {
            match chosen {
                Some((_, d)) => {
                    let mut review = None;
                    if d.year_assumed {
                        review = Some(format!("the year of “{}” is not written; {} was assumed", d.words, d.date.y));
                    } else if d.describes {
                        review = Some(format!(
                            "dated by “{} {}”, which may be of an earlier case; check it is this case's",
                            d.words,
                            w.low(d.last + 1)
                        ));
                    }
                    let scheduled = d.date.first_day() > published.days();
                    let acc = if t.kind == Kind::Hearing {
                        sentence_access.get_or_insert_with(|| access(w)).clone()
                    } else {
                        None
                    };
                    let event = CourtEvent {
                        kind: t.kind,
                        label: t.label,
                        trigger: word(t),
                        date: d.date,
                        display: Some(d.words.clone()),
                        date_rule: d.rule.clone(),
                        review,
                        scheduled,
                        sentences: vec![s],
                        access: acc,
                        caption: false,
                        undated: false,
                    };
                    merge_dated(&mut dated, event);
                }
                None => undated.push(((*t).clone(), s, word(t))),
            }
        }
        // Weak triggers that lost to strong ones only add evidence.
        for t in found.iter().filter(|t| !t.strong && any_strong) {
            undated.push((t.clone(), s, word(t)));
        }
    }
    fold_references(&mut dated);
    let mut own_undated: Vec<CourtEvent> = Vec::new();
    for (t, s, word) in undated {
        // A court order without a date is usually part of the ruling reported.
        let kind = if t.kind == Kind::Order
            && !dated.iter().any(|e| e.kind == Kind::Order)
            && dated.iter().any(|e| e.kind == Kind::Ruling)
        {
            Kind::Ruling
        } else if t.kind == Kind::Ruling
            && !dated.iter().any(|e| e.kind == Kind::Ruling)
            && dated.iter().any(|e| e.kind == Kind::Order)
        {
            // "has quashed the board's refusal" ¶ "Justice X on Tuesday ordered the board to
            // reconsider": what a court quashes, overturns or upholds is a ruling, and the order
            // next to it, dated, is that ruling.
            let appellate = matches!(
                word.as_str(),
                "quashed"
                    | "quashing"
                    | "overturned"
                    | "overturning"
                    | "reversed"
                    | "reversing"
                    | "upheld"
                    | "upholding"
                    | "vacated"
                    | "affirmed"
                    | "struck"
            );
            let near = dated
                .iter_mut()
                .filter(|e| e.kind == Kind::Order && !e.caption && !e.scheduled)
                .filter(|e| e.sentences.first().is_some_and(|&f| f.abs_diff(s) <= 2))
                .min_by_key(|e| e.sentences.first().map_or(usize::MAX, |&f| f.abs_diff(s)));
            match near {
                Some(e) if appellate => {
                    e.kind = Kind::Ruling;
                    e.label = "ruling";
                    Kind::Ruling
                }
                // "said the ruling was …" where the decision reported is an order.
                _ => Kind::Order,
            }
        } else {
            t.kind
        };
        // "At a hearing Thursday morning, Justice X set Dunham's bond": the decision is the
        // hearing's, on its date.
        if matches!(kind, Kind::Ruling | Kind::Order) && t.strong && at_a_hearing(words.get(s)) {
            // The hearing of this sentence, else ("At the end of the session, the justices
            // ordered …") the last one reported before it that has happened.
            let hearing = dated
                .iter()
                .find(|e| e.kind == Kind::Hearing && !e.caption && e.sentences.first() == Some(&s))
                .or_else(|| {
                    dated
                        .iter()
                        .filter(|e| {
                            e.kind == Kind::Hearing
                                && !e.caption
                                && !e.scheduled
                                && e.sentences.first().is_some_and(|&f| f < s)
                        })
                        .max_by_key(|e| e.sentences.first().copied())
                });
            if let Some(h) = hearing.cloned() {
                let event = CourtEvent {
                    kind,
                    label: t.label,
                    trigger: word,
                    date_rule: format!("{} (the date of the hearing it was made at)", h.date_rule),
                    sentences: vec![s],
                    access: None,
                    ..h
                };
                merge_dated(&mut dated, event);
                continue;
            }
        }
        // "the defense filed an appeal shortly after the ruling": on the day of the decision the
        // sentence names (about then, unless "shortly", "immediately" or "minutes" after it).
        if matches!(kind, Kind::Appeal | Kind::Filing | Kind::Order) && t.strong {
            if let Some((after, soon, phrase)) = words.get(s).and_then(after_decision) {
                let earlier = dated
                    .iter()
                    .filter(|e| {
                        e.kind == after && !e.caption && !e.scheduled && e.sentences.first().is_some_and(|&f| f <= s)
                    })
                    .max_by_key(|e| e.sentences.first().copied());
                if let Some(d) = earlier.cloned() {
                    let mut date = d.date;
                    date.approximate |= !soon;
                    let event = CourtEvent {
                        kind,
                        label: t.label,
                        trigger: word,
                        date,
                        display: Some(phrase),
                        date_rule: format!("{} (the date of the {} it follows)", d.date_rule, d.label),
                        sentences: vec![s],
                        access: None,
                        ..d
                    };
                    merge_dated(&mut dated, event);
                    continue;
                }
            }
        }
        // "blocked the law on Tuesday, ruling that …": one decision, dated by its other verb.
        let decision = |k: Kind| matches!(k, Kind::Ruling | Kind::Order);
        // "allowed an appeal brought by …" in a sentence dating the judgment: the appeal decided.
        let decided = |k: Kind| decision(k) || k == Kind::Appeal;
        if decided(kind) && dated.iter().any(|e| decision(e.kind) && !e.caption && e.sentences.contains(&s)) {
            continue;
        }
        let same_kind = |e: &CourtEvent| e.kind == kind && !e.caption;
        let target = dated
            .iter_mut()
            .filter(|e| same_kind(e))
            .min_by_key(|e| e.sentences.first().map_or(usize::MAX, |&f| f.abs_diff(s)));
        match target {
            Some(e) => {
                add_evidence(e, s);
                if e.access.is_none() && t.kind == Kind::Hearing {
                    e.access = words.get(s).and_then(access);
                }
            }
            // "The verdict Thursday came after a five-day trial": the trial that led to a decision
            // dated here is no event of its own.
            None if t.strong && !words.get(s).is_some_and(|w| sized_trial(w, t.tok)) => {
                match own_undated.iter_mut().find(|e| e.kind == t.kind) {
                    Some(e) => add_evidence(e, s),
                    None => {
                        let mut date = DraftDate::day(published);
                        date.uncertain = true;
                        own_undated.push(CourtEvent {
                            kind: t.kind,
                            label: t.label,
                            trigger: word,
                            date,
                            display: None,
                            date_rule: "no date in the article: placed on the publication date, marked uncertain"
                                .into(),
                            review: Some("the article gives no date for this event".into()),
                            scheduled: false,
                            sentences: vec![s],
                            access: if t.kind == Kind::Hearing { words.get(s).and_then(access) } else { None },
                            caption: false,
                            undated: true,
                        });
                    }
                }
            }
            None => {}
        }
    }
    dated.extend(own_undated);
    dated.sort_by_key(|e| (e.date.first_day(), e.sentences.first().copied().unwrap_or(0)));
    dated
}

/// Sentences kept as evidence of one event (the rest only repeat it).
const MAX_EVIDENCE: usize = 12;

fn add_evidence(e: &mut CourtEvent, s: usize) {
    if e.sentences.len() < MAX_EVIDENCE && !e.sentences.contains(&s) {
        e.sentences.push(s);
    }
}

/// "At a hearing", "during the hearing", "at his arraignment".
/// "shortly after the ruling", "after the verdict", "hours after the hearing": the kind of the
/// earlier event the sentence dates itself by, and whether it followed at once.
fn after_decision(w: &Words) -> Option<(Kind, bool, String)> {
    (0..w.len()).find_map(|i| {
        if w.low(i) != "after" {
            return None;
        }
        let det = usize::from(matches!(w.low(i + 1), "the" | "its" | "his" | "her" | "their" | "that" | "this"));
        let kind = match w.low(i + 1 + det) {
            "ruling" | "verdict" | "judgment" | "judgement" | "decision" | "sentencing" | "conviction" => Kind::Ruling,
            "hearing" if det == 1 => Kind::Hearing,
            _ => return None,
        };
        let soon = i.checked_sub(1).is_some_and(|p| {
            matches!(w.low(p), "shortly" | "soon" | "immediately" | "right" | "just" | "minutes" | "moments" | "hours")
        });
        let from = if soon { i - 1 } else { i };
        let words: Vec<&str> = (from..=i + 1 + det).map(|k| w.low(k)).collect();
        Some((kind, soon, words.join(" ")))
    })
}

fn at_a_hearing(w: Option<&Words>) -> bool {
    let hearing = |x: &str| matches!(x, "hearing" | "arraignment" | "sentencing" | "session");
    w.is_some_and(|w| {
        (0..w.len()).any(|i| {
            matches!(w.low(i), "at" | "during")
                && matches!(w.low(i + 1), "a" | "the" | "his" | "her" | "their" | "its")
                && hearing(w.low(i + 2))
                // "At the end of the session", "at the close of the hearing".
                || matches!(w.low(i), "end" | "close" | "conclusion")
                    && w.low(i + 1) == "of"
                    && w.low(i + 2) == "the"
                    && hearing(w.low(i + 3))
        })
    })
}

/// "The Government Press Office said on Sunday it was studying the ruling", on the day of an
/// order: a generic word for a decision ("ruling", "decision") on the day of a decision of the
/// other kind names that decision, not another one; its sentences become that one's evidence.
fn fold_references(events: &mut Vec<CourtEvent>) {
    let decision = |e: &CourtEvent| matches!(e.kind, Kind::Ruling | Kind::Order) && !e.caption;
    let generic = |e: &CourtEvent| matches!(e.trigger.as_str(), "ruling" | "decision");
    let mut i = 0;
    while let Some(e) = events.get(i) {
        let target = (decision(e) && generic(e))
            .then(|| {
                events
                    .iter()
                    .position(|o| decision(o) && o.kind != e.kind && !generic(o) && o.date.plain() == e.date.plain())
            })
            .flatten();
        match target {
            Some(t) => {
                let folded = events.remove(i);
                let t = if t > i { t - 1 } else { t };
                if let Some(o) = events.get_mut(t) {
                    for s in folded.sentences {
                        add_evidence(o, s);
                    }
                }
            }
            None => i += 1,
        }
    }
}

fn merge_dated(events: &mut Vec<CourtEvent>, event: CourtEvent) {
    let same = events
        .iter_mut()
        .find(|e| e.kind == event.kind && e.date.plain() == event.date.plain() && e.caption == event.caption);
    match same {
        Some(e) => {
            for s in event.sentences {
                add_evidence(e, s);
            }
            if e.access.is_none() {
                e.access = event.access;
            }
        }
        None => events.push(event),
    }
}

/// A photo caption showing a court on a date: a hearing for review.
fn caption_event(w: &Words, dates: &[&DateMention], s: usize, events: &mut Vec<CourtEvent>) {
    let courtish = (0..w.len())
        .any(|i| court_word(w.low(i)) || matches!(w.low(i), "hearing" | "trial" | "session" | "courthouse"));
    let Some(d) = dates.first().filter(|_| courtish) else { return };
    if events.iter().any(|e| e.caption && e.date.plain() == d.date.plain()) {
        if let Some(e) = events.iter_mut().find(|e| e.caption && e.date.plain() == d.date.plain()) {
            add_evidence(e, s);
        }
        return;
    }
    events.push(CourtEvent {
        kind: Kind::Hearing,
        label: "session (photo caption)",
        trigger: "photo caption".into(),
        date: d.date,
        display: None,
        date_rule: format!("{} (in a photo caption)", d.rule),
        review: Some("the only source for this session is a photo caption".into()),
        scheduled: false,
        sentences: vec![s],
        access: None,
        caption: true,
        undated: false,
    });
}

#[cfg(test)]
mod tests {
    use super::super::dates::find;
    use super::super::mentions::{mentions, Recency};
    use super::super::text::tokens;
    use super::*;

    const PUB: Ymd = Ymd { y: 2020, m: 7, d: 13 };

    fn events(sentences_text: &[&str]) -> Vec<(String, String, Option<&'static str>)> {
        // One sentence per entry; each is its own text.
        let mut reg = Registry::default();
        let mut out = Vec::new();
        for text in sentences_text {
            let sentence = Sentence { start: 0, end: text.len(), para: 0, caption: false };
            let w = tokens(text, 0, text.len(), &[]);
            let ms = mentions(text, &w, 0, &mut reg, &Recency::default());
            let ds = find(text, &w, PUB);
            for e in court_events(&[sentence], &[w], &[ms], &[ds], &reg, PUB) {
                out.push((e.kind.as_str().to_string(), e.date.to_edtf(), e.access.map(|a| a.0)));
            }
        }
        out
    }

    #[test]
    fn a_ruling_is_dated_by_the_nearest_date() {
        assert_eq!(
            events(&["The Tel Aviv District Court on Monday ruled in favor of the ministry."]),
            [("ruling".into(), "2020-07-13".into(), None)]
        );
    }

    #[test]
    fn a_mostly_closed_hearing_is_partial_and_a_hearing_in_camera_closed() {
        assert_eq!(
            events(&["In January, the court had held a mostly closed door hearing in the case."]),
            [("hearing".into(), "2020-01".into(), Some("partial"))]
        );
        assert_eq!(
            events(&["The witness was heard in camera on Thursday."]),
            [("hearing".into(), "2020-07-09".into(), Some("closed"))]
        );
    }

    #[test]
    fn sentencing_and_verdicts_are_rulings_and_scheduled_ones_are_future() {
        assert_eq!(events(&["He was sentenced on Friday."]), [("ruling".into(), "2020-07-10".into(), None)]);
        let got = events(&["Judge Lin set sentencing for Nov. 18."]);
        assert_eq!(got, [("ruling".into(), "2020-11-18".into(), None)]);
    }

    #[test]
    fn intentions_decoys_and_company_orders_are_not_events() {
        assert!(events(&["His lawyer said he would appeal."]).is_empty());
        assert!(events(&["Its lawyer told the court the firm had ordered new pumps in May."]).is_empty());
        assert_eq!(events(&["The court on Monday ordered the firm to pay."]).len(), 1);
        assert_eq!(events(&["The Lahore High Court (LHC) on Thursday directed the ministry to report."]).len(), 1);
        assert!(events(&["It has banned the practice since 2001."]).is_empty());
        assert!(events(&["The company had ordered new boilers in August."]).is_empty());
        assert!(events(&["Lim will begin serving his sentence on Feb 2."]).is_empty());
        assert!(events(&["The board rejected the application in November last year."]).is_empty());
        assert_eq!(events(&["The company applied for judicial review in January."]).len(), 1);
        assert!(events(&["The rule applied to every licence issued in 2014."]).is_empty());
        assert_eq!(
            events(&["On Friday the court found former Mayor Rodolfo “Ompong” Villareal guilty of graft."]).len(),
            1
        );
        assert_eq!(events(&["The judge will pass the sentence on Feb 2."]).len(), 1);
    }

    /// The events of `text`'s sentences, read together as one story.
    fn story_events(sentences_text: &[&str]) -> Vec<(String, String)> {
        let mut reg = Registry::default();
        let (mut sentences, mut words, mut ms, mut ds) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (i, text) in sentences_text.iter().enumerate() {
            sentences.push(Sentence { start: 0, end: text.len(), para: i, caption: false });
            let w = tokens(text, 0, text.len(), &[]);
            ms.push(mentions(text, &w, i, &mut reg, &Recency::default()));
            ds.push(find(text, &w, PUB));
            words.push(w);
        }
        let mut out: Vec<(String, String)> = court_events(&sentences, &words, &ms, &ds, &reg, PUB)
            .into_iter()
            .map(|e| (e.kind.as_str().to_string(), e.date.to_edtf()))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn an_appeal_after_the_ruling_takes_the_ruling_s_date() {
        let ruled = "The court on Thursday convicted the mayor of fraud.";
        assert_eq!(
            story_events(&[ruled, "Her lawyer said the defence lodged an appeal shortly after the verdict."]),
            [("appeal".into(), "2020-07-09".into()), ("ruling".into(), "2020-07-09".into())]
        );
        // Plain "after": about then.
        assert_eq!(
            story_events(&[ruled, "The defence filed an appeal after the ruling."]),
            [("appeal".into(), "2020-07-09~".into()), ("ruling".into(), "2020-07-09".into())]
        );
        // No decision reported: the publication day, uncertain, as any undated event.
        let alone = story_events(&["The defence filed an appeal shortly after the ruling."]);
        assert!(alone.contains(&("appeal".into(), "2020-07-13?".into())), "{alone:?}");
    }

    #[test]
    fn an_undated_filing_is_drafted_on_the_publication_day_as_uncertain() {
        assert_eq!(
            events(&["Amnesty petitioned the court to cancel the licence."]),
            [("filing".into(), "2020-07-13?".into(), None)]
        );
    }
}

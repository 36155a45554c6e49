//! Who said each quotation.
//!
//! Rules, in order (the first that fires wins; `--explain` names it):
//! 1. **After the quote**: `“…,” she added.`, `“…,” said Jeanine Ortiz, a lawyer…`, `"…," the
//!    company said.` — a speech verb within the first words after the closing mark, its subject
//!    before it or its inverted subject after it.
//! 2. **Before the quote**: `Molly Malekar said: “…”`, `NSO Group responded that it, "…"`,
//!    `Further, the human-rights group said, “…”`, `The group concluded, urging “…”` — the last
//!    speech verb before the opening mark in the same sentence; a participle ("urging",
//!    "calling") takes the subject of the verb before it, or of the sentence.
//! 3. **A colon at the end of the previous sentence** with a speech verb (`He said:` ¶ `“…”`).
//! 4. **Continuation**: a sentence that is only a quotation continues the previous speaker's.
//! 5. **Fallback**: the last speaker, flagged for review.
//!
//! The subject phrase is the last comma-separated segment before the verb that is not a
//! parenthetical ("Justice Fiona McAllister, with whom …, said" → McAllister). In it, a name
//! wins over a description, and a description over a pronoun; "X’s statement" is X's words;
//! "he"/"she" are the last person acting or speaking, "it"/"they" the last organisation,
//! "the statement" the last speaker (with or without a quotation), "the company"/"the group"/"the ministry" the most recent
//! fitting organisation.

use super::entities::{is_possessive, Ent, OrgKind, Registry};
use super::lexicon::{is, PARENTHETICAL_STARTS, STATEMENT_NOUNS, TITLE_MODIFIERS};
use super::mentions::{speech_verb, Mention, Recency};
use super::people::capitalise;
use super::text::Words;

/// Who a quotation is by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speaker {
    Ent(Ent),
    /// Someone the article does not name ("someone shouted").
    Named(String),
}

/// Where a quotation sits: the sentence and token of its first part and of its last part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Site {
    pub first_sentence: usize,
    pub first_tok: usize,
    pub last_sentence: usize,
    pub last_tok: usize,
}

/// An attribution. Invariant: `date_region`, when set, is a token range of a sentence of the
/// quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub speaker: Speaker,
    pub rule: &'static str,
    pub review: Option<String>,
    /// (sentence, first token, last token): where a date says when the words were said.
    pub date_region: Option<(usize, usize, usize)>,
    /// A speech verb in the quotation's own sentences attributes it.
    pub by_verb: bool,
}

/// The previous quotation, for continuations.
#[derive(Clone, Debug)]
pub struct Previous {
    pub speaker: Speaker,
    pub sentence: usize,
    pub date_region: Option<(usize, usize, usize)>,
}

/// The rule of a quotation that continues the previous speaker's.
pub const CONTINUES: &str = "continues the previous speaker's quotation";

fn statement_noun(w: &str) -> bool {
    is(STATEMENT_NOUNS, w)
}

/// Words that start a parenthetical segment, never a subject.
fn parenthetical(w: &Words, article: &str, i: usize) -> bool {
    let low = w.low(i);
    // A participle starts a parenthetical ("writing for the majority"), but not a title
    // ("presiding judge Katrin Albers", "acting director").
    let title = is(TITLE_MODIFIERS, low) || super::people::role_noun(w.low(i + 1)).is_some();
    is(PARENTHETICAL_STARTS, low)
        || ((low.ends_with("ing") || low.ends_with("ed")) && !w.capitalised(article, i) && !title)
}

/// An apposition after a name: ", the lawyer who appeared for the petitioners,", ", director of
/// the NetChoice Litigation Center," — the segment at `start` describes the name before its comma.
/// `end` is where the segment stops (exclusive).
fn apposition(w: &Words, article: &str, start: usize, end: usize) -> bool {
    let after_name = start >= 2 && w.punct(start - 1) == Some(',') && w.capitalised(article, start - 2);
    let role_first = |i: usize| super::people::role_noun(w.low(i)).is_some();
    let described = if super::mentions::determiner(w.low(start)) {
        // ", the lawyer who …", ", the acting U.S. attorney in Manhattan,": a role within four words;
        // ", the rapporteur of the case," closed by a comma: a description in lower case, whatever
        // its noun.
        let closed = w.punct(end) == Some(',')
            && end - start <= 8
            && (start + 1..end).all(|i| w.is_word(i) && !w.capitalised(article, i));
        closed || (start + 1..=start + 4).take_while(|&i| w.is_word(i)).any(role_first)
    } else {
        !w.capitalised(article, start) && (role_first(start) || (w.is_word(start) && role_first(start + 1)))
    };
    after_name && described
}

/// The subject segment of `[from, to)`: the last comma-separated part that is not parenthetical
/// (nor an apposition after a name).
fn subject_segment(article: &str, w: &Words, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut end = to;
    let mut i = to;
    while i > from {
        i -= 1;
        let boundary = matches!(w.punct(i), Some(',' | '—' | '–' | '(' | ')' | ':' | ';'));
        if boundary || i == from {
            let start = if boundary { i + 1 } else { i };
            let words = (start..end).filter(|&k| w.is_word(k)).count();
            // ", 27," after a name is an age, not who spoke.
            let age = (start..end).filter(|&k| w.is_word(k)).all(|k| w.low(k).chars().all(|c| c.is_ascii_digit()));
            if words > 0 && !age && !parenthetical(w, article, start) && !apposition(w, article, start, end) {
                return Some((start, end - 1));
            }
            end = i;
        }
    }
    None
}

/// A sentence being attributed: the article, its words, its mentions and its index.
#[derive(Clone, Copy)]
struct Here<'a> {
    article: &'a str,
    w: &'a Words,
    ms: &'a [Mention],
    s: usize,
}

/// The speaker a phrase (tokens `a..=b` of the sentence `here`) names.
fn resolve(here: Here<'_>, a: usize, b: usize, reg: &mut Registry, rec: &Recency) -> Option<(Speaker, bool)> {
    let Here { article, w, ms: mentions, s } = here;
    let inside: Vec<&Mention> = mentions.iter().filter(|m| m.first >= a && m.last <= b).collect();
    // "Mr Ahmed's family said": the family, in the story's words, not Mr Ahmed.
    for m in inside.iter().filter(|m| m.possessive && !m.described) {
        if m.last < b && super::people::family_noun(w.low(m.last + 1)) {
            let text = super::entities::run_text(article, w, m.first, m.last);
            let raw = w.text(article, m.last);
            let mark = if raw.ends_with("’s") { "’s" } else { "'s" };
            return Some((Speaker::Named(format!("{text}{mark} {}", w.text(article, m.last + 1))), true));
        }
    }
    // "Amnesty’s statement", "Justice Harland's original judgment": the owner's words.
    for m in inside.iter().filter(|m| m.possessive && !m.described) {
        if (m.last + 1..=b).any(|i| statement_noun(w.low(i))) {
            return Some((Speaker::Ent(m.ent), false));
        }
    }
    let named = |person: bool| {
        inside.iter().find(|m| !m.possessive && !m.described && matches!(m.ent, Ent::Person(_)) == person)
    };
    if let Some(m) = named(true).or_else(|| named(false)) {
        return Some((Speaker::Ent(m.ent), false));
    }
    if let Some(m) = inside.iter().find(|m| m.described && !m.possessive) {
        return Some((Speaker::Ent(m.ent), true));
    }
    // "the United Nations’ highest court", "the country's top court": the court, not its owner.
    let owner_before_head = inside.iter().any(|m| m.possessive && m.last < b) && !inside.iter().any(|m| m.last == b);
    if owner_before_head && matches!(w.low(b), "court" | "bench" | "tribunal" | "panel") {
        if let Some(e) = super::mentions::resolve_desc(w.low(b), reg, rec) {
            return Some((Speaker::Ent(e), true));
        }
    }
    for i in a..=b {
        match w.low(i) {
            "he" | "she" => return rec.pronoun(reg, w.low(i)).map(|e| (Speaker::Ent(e), true)),
            "it" | "they" => return rec.org.or(rec.speaker).map(|e| (Speaker::Ent(e), true)),
            "someone" | "somebody" | "one" | "man" | "woman" | "spectator" | "protester" | "juror" | "voice"
            | "resident" => {
                let start = if w.low(i) == "someone" || w.low(i) == "somebody" { i } else { a };
                let text = super::entities::run_text(article, w, start, b);
                return Some((Speaker::Named(capitalise(&text)), true));
            }
            _ => {}
        }
    }
    // "a police spokesman", "one juror": someone the story describes but does not name.
    if let Some(r) = (a..=b).rev().find(|&i| super::people::role_noun(w.low(i)).is_some()) {
        let first = if super::mentions::determiner(w.low(a)) && a < r { a } else { r };
        let text = super::entities::run_text(article, w, first, r);
        return Some((Speaker::Named(capitalise(&text)), true));
    }
    // "The presidency said", "the embassy said": an institution the story does not name.
    if let Some(h) = (a..=b).rev().find(|&i| {
        matches!(
            w.low(i),
            "presidency"
                | "government"
                | "ministry"
                | "police"
                | "prosecution"
                | "embassy"
                | "palace"
                | "cabinet"
                | "army"
                | "military"
                | "regulator"
                | "watchdog"
                | "administration"
                | "council"
                | "department"
        ) && !w.capitalised(article, i)
    }) {
        let first = if super::mentions::determiner(w.low(a)) && a < h { a } else { h };
        let text = super::entities::run_text(article, w, first, h);
        return Some((Speaker::Named(capitalise(&text)), true));
    }
    // A name nothing registered yet ("said Smith" with no earlier mention).
    let caps: Vec<usize> = (a..=b).filter(|&i| w.capitalised(article, i)).collect();
    if let (Some(&first), Some(&last)) = (caps.first(), caps.last()) {
        if last - first + 1 == caps.len() && !super::entities::stop_word(w.low(first)) {
            let text = super::entities::run_text(article, w, first, last);
            let ent = if (2..=4).contains(&caps.len()) {
                Ent::Person(reg.person(&text, s))
            } else {
                Ent::Org(reg.org(&text, OrgKind::Group, s))
            };
            return Some((Speaker::Ent(ent), true));
        }
    }
    None
}

/// A speech verb usable for attribution at `i` (not "described by", not "according" without "to").
fn verb_at(w: &Words, i: usize) -> bool {
    let low = w.low(i);
    // "said by" is passive, but "ruled by 13 votes to two", "ruled by a majority" are the court's.
    let vote = |x: &str| x.starts_with(|c: char| c.is_ascii_digit()) || matches!(x, "a" | "an" | "majority");
    let passive = w.low(i + 1) == "by" && !vote(w.low(i + 2));
    speech_verb(low) && !passive && (low != "according" || w.low(i + 1) == "to")
}

/// Attributes the quotation at `site`.
#[allow(clippy::too_many_arguments)]
pub fn attribute(
    article: &str,
    words: &[Words],
    mentions: &[Vec<Mention>],
    site: Site,
    reg: &mut Registry,
    rec: &Recency,
    previous: Option<&Previous>,
) -> Attribution {
    let empty = Words::default();
    let wf = words.get(site.first_sentence).unwrap_or(&empty);
    let wl = words.get(site.last_sentence).unwrap_or(&empty);
    let no_mentions: Vec<Mention> = Vec::new();
    let mf = mentions.get(site.first_sentence).unwrap_or(&no_mentions);
    let ml = mentions.get(site.last_sentence).unwrap_or(&no_mentions);
    let pre_start = (0..site.first_tok).rev().find(|&i| wf.quote(i).is_some()).map_or(0, |i| i + 1);
    let post_end = (site.last_tok + 1..wl.len()).find(|&i| wl.quote(i).is_some()).unwrap_or(wl.len());
    let pre_words = (pre_start..site.first_tok).filter(|&i| wf.is_word(i)).count();
    let post_words = (site.last_tok + 1..post_end).filter(|&i| wl.is_word(i)).count();

    // 1. After the quote.
    // Not a verb of a later clause: "… placed the responsibility “where it belongs”, but that she
    // would consider appealing against the sentence, which she described as too lenient."
    let later_clause = |v: usize| (site.last_tok + 1..v).any(|i| matches!(wl.low(i), "that" | "but" | "because"));
    if let Some(v) = (site.last_tok + 1..post_end)
        .filter(|&i| wl.is_word(i))
        .take(12)
        .find(|&i| verb_at(wl, i))
        .filter(|&v| !later_clause(v))
    {
        let only_punct_before = (site.last_tok + 1..v).all(|i| !wl.is_word(i));
        let found = if only_punct_before {
            let from = if wl.low(v) == "according" { v + 2 } else { v + 1 };
            let mut end =
                (from..post_end).find(|&i| matches!(wl.punct(i), Some(',' | '.' | ';' | ':'))).unwrap_or(post_end);
            // "said his attorney, Monica Reyes": a description, then the name in apposition.
            let described_only = (from..end).all(|i| !wl.capitalised(article, i))
                && (from..end).any(|i| super::people::role_noun(wl.low(i)).is_some());
            if described_only && wl.punct(end) == Some(',') && wl.capitalised(article, end + 1) {
                if let Some(m) = ml.iter().find(|m| m.first == end + 1 && matches!(m.ent, Ent::Person(_))) {
                    end = m.last + 1;
                }
            }
            (end > from)
                .then(|| resolve(Here { article, w: wl, ms: ml, s: site.last_sentence }, from, end - 1, reg, rec))
                .flatten()
                .map(|r| (r, "after the quote: “…,” said X"))
        } else {
            subject_segment(article, wl, site.last_tok + 1, v)
                .and_then(|(a, b)| resolve(Here { article, w: wl, ms: ml, s: site.last_sentence }, a, b, reg, rec))
                .map(|r| (r, "after the quote: “…,” X said"))
        };
        if let Some(((speaker, _), rule)) = found {
            return Attribution {
                speaker,
                rule,
                review: None,
                date_region: Some((site.last_sentence, v, post_end.saturating_sub(1))),
                by_verb: true,
            };
        }
    }
    // 2. Before the quote, in its sentence.
    if let Some(mut v) = (pre_start..site.first_tok).rev().find(|&i| verb_at(wf, i)) {
        let mut rule = "before the quote: X said: “…”";
        let participle = wf.low(v).ends_with("ing");
        if participle {
            if let Some(earlier) = (pre_start..v).rev().find(|&i| verb_at(wf, i) && !wf.low(i).ends_with("ing")) {
                v = earlier;
                rule = "before the quote: X said, urging “…” (the verb before the participle)";
            }
        }
        // "He described it as “…” and said the board had “…”": the verb's subject is the one of
        // the quotation before it in the sentence.
        let conjunctions_only = (pre_start..v)
            .filter(|&i| wf.is_word(i))
            .all(|i| matches!(wf.low(i), "and" | "but" | "then" | "also" | "later"));
        if let Some(p) = previous.filter(|p| conjunctions_only && pre_start > 0 && p.sentence == site.first_sentence) {
            return Attribution {
                speaker: p.speaker.clone(),
                rule: "before the quote: “…” and said “…” (the subject of the quotation before)",
                review: None,
                date_region: p.date_region,
                by_verb: true,
            };
        }
        // "He wrote that the lawyer never objected … and that the majority had “…”": a second
        // that-clause of the earlier verb, not the words of who objected.
        let coordinated =
            (v + 1..site.first_tok).any(|i| wf.low(i) == "that" && matches!(wf.low(i - 1), "and" | "but"));
        if coordinated {
            if let Some(u) =
                (pre_start..v).rev().find(|&i| verb_at(wf, i) && (i + 1..=i + 2).any(|j| wf.low(j) == "that"))
            {
                v = u;
            }
        }
        let subject = subject_segment(article, wf, pre_start, v)
            .and_then(|(a, b)| resolve(Here { article, w: wf, ms: mf, s: site.first_sentence }, a, b, reg, rec));
        let subject = match subject {
            Some(found) => Some(found),
            None if participle || wf.low(v) == "according" => {
                // "…, calling it “…”": the sentence's subject; "according to X, “…”": X.
                if wf.low(v) == "according" {
                    let end = (v + 2..site.first_tok)
                        .find(|&i| matches!(wf.punct(i), Some(',' | ':')))
                        .unwrap_or(site.first_tok);
                    (end > v + 2)
                        .then(|| {
                            resolve(Here { article, w: wf, ms: mf, s: site.first_sentence }, v + 2, end - 1, reg, rec)
                        })
                        .flatten()
                } else {
                    mf.iter().find(|m| !m.possessive && m.first < v).map(|m| (Speaker::Ent(m.ent), false))
                }
            }
            // "The United Nations’ highest court ruled (by 13 votes to two) that Eswatini must “…”":
            // not inverted (the name after "that" is what was ruled on); the subject's head word,
            // if it describes.
            None if (v + 1..site.first_tok.min(v + 9)).any(|i| wf.low(i) == "that") => {
                subject_segment(article, wf, pre_start, v)
                    .and_then(|(_, b)| super::mentions::resolve_desc(wf.low(b), reg, rec))
                    .map(|e| (Speaker::Ent(e), false))
            }
            None => {
                // "said X: “…”" (inverted).
                let end =
                    (v + 1..site.first_tok).find(|&i| matches!(wf.punct(i), Some(',' | ':'))).unwrap_or(site.first_tok);
                (end > v + 1)
                    .then(|| resolve(Here { article, w: wf, ms: mf, s: site.first_sentence }, v + 1, end - 1, reg, rec))
                    .flatten()
            }
        };
        if let Some((speaker, _)) = subject {
            // A date that modifies the verb: before it, or just after it and before "that" ("said
            // on Tuesday that"), not one inside the words reported ("said her client had
            // developed an addiction after the death of her husband in 2018").
            let that = (v + 1..site.first_tok).find(|&i| wf.low(i) == "that").unwrap_or(site.first_tok);
            let end = that.min(v + 9).min(site.first_tok).saturating_sub(1).max(v);
            return Attribution {
                speaker,
                rule,
                review: None,
                date_region: Some((site.first_sentence, pre_start, end)),
                by_verb: true,
            };
        }
    }
    // 3. "He said:" at the end of the previous sentence.
    if pre_words == 0 && site.first_sentence > 0 {
        let ps = site.first_sentence - 1;
        if let (Some(wp), Some(mp)) = (words.get(ps), mentions.get(ps)) {
            let ends_colon = wp.len() > 0 && wp.punct(wp.len() - 1) == Some(':');
            if let Some(v) = (0..wp.len()).rev().find(|&i| ends_colon && verb_at(wp, i)) {
                if let Some((speaker, _)) = subject_segment(article, wp, 0, v)
                    .and_then(|(a, b)| resolve(Here { article, w: wp, ms: mp, s: ps }, a, b, reg, rec))
                {
                    return Attribution {
                        speaker,
                        rule: "the sentence before ends “X said:”",
                        review: None,
                        date_region: Some((ps, 0, wp.len().saturating_sub(1))),
                        by_verb: true,
                    };
                }
            }
        }
    }
    // 4. A sentence that is only a quotation continues the previous speaker — unless the
    // sentence just before reports someone else's words without quoting them ("X's daughter,
    // Y, …, said the family had waited two years." ¶ "…").
    if let Some((e, s)) = rec.reported {
        let other = previous.is_none_or(|p| p.speaker != Speaker::Ent(e));
        if pre_words == 0 && post_words == 0 && s + 1 == site.first_sentence && other {
            return Attribution {
                speaker: Speaker::Ent(e),
                rule: "the sentence before reports the speaker's words",
                review: None,
                date_region: None,
                by_verb: false,
            };
        }
    }
    if let Some(prev) = previous {
        if pre_words == 0 && post_words == 0 && site.first_sentence <= prev.sentence + 3 {
            let review = (site.first_sentence > prev.sentence + 1)
                .then(|| "no speaker named; taken to continue the previous quotation".to_string());
            return Attribution {
                speaker: prev.speaker.clone(),
                rule: CONTINUES,
                review,
                date_region: prev.date_region,
                by_verb: false,
            };
        }
    }
    // 5. The last speaker, unsure.
    let speaker = rec
        .speaker
        .map(Speaker::Ent)
        .or_else(|| previous.map(|p| p.speaker.clone()))
        .unwrap_or_else(|| Speaker::Named("Unattributed".to_string()));
    Attribution {
        speaker,
        rule: "no speech verb near the quote: the last speaker",
        review: Some("no speaker named near the quotation".to_string()),
        date_region: None,
        by_verb: false,
    }
}

/// Whether a quotation is the text of a law, not anyone's words: "Article I, Section 10 of the
/// Oregon Constitution, which begins: “No court shall be secret.”", "the statute reads, “…”".
pub fn is_document_text(w: &Words, quote_tok: usize) -> bool {
    let Some(v) = (quote_tok.saturating_sub(2)..quote_tok).rev().find(|&i| w.is_word(i)) else { return false };
    let reading = matches!(
        w.low(v),
        "begins" | "reads" | "read" | "states" | "stated" | "provides" | "declares" | "stipulates" | "says"
    );
    let law = |x: &str| {
        matches!(
            x,
            "constitution"
                | "amendment"
                | "article"
                | "section"
                | "act"
                | "statute"
                | "clause"
                | "law"
                | "code"
                | "charter"
        )
    };
    reading && (v.saturating_sub(12)..v).any(|i| law(w.low(i)))
}

/// Whether a short quotation (one to three words) is a label rather than speech: right after a
/// determiner or a naming phrase ("the “rental wars”", "known as “…”", "so-called “…”").
pub fn is_label(article: &str, w: &Words, quote_tok: usize) -> bool {
    let Some(p) = quote_tok.checked_sub(1) else { return false };
    let prev = w.low(p);
    let prev2 = p.checked_sub(1).map_or("", |q| w.low(q));
    // A nickname between names: Rodolfo “Ompong” Villareal.
    if w.capitalised(article, p) && w.capitalised(article, quote_tok + 1) {
        return true;
    }
    // "described portions of the project as “ghost,”": what something was called.
    let describing = |x: &str| {
        matches!(
            x,
            "described" | "describes" | "describing" | "characterised" | "characterized" | "classified" | "listed"
        )
    };
    if prev == "as" && (p.saturating_sub(8)..p).any(|q| describing(w.low(q))) {
        return true;
    }
    matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "its"
            | "their"
            | "his"
            | "her"
            | "so-called"
            | "dubbed"
            | "nicknamed"
            | "termed"
            | "labelled"
            | "labeled"
            | "branded"
            | "code-named"
            | "named"
    ) || (prev == "as" && matches!(prev2, "known" | "described" | "referred" | "billed"))
        || is_possessive(prev)
}

#[cfg(test)]
mod tests {
    use super::super::entities::Registry;
    use super::super::mentions::mentions;
    use super::super::quotes::{outer_spans, scan};
    use super::super::text::{paragraphs, sentences, tokens};
    use super::*;

    /// (quote, speaker name, rule) for each quotation of `body`.
    fn attribute_all(body: &str) -> Vec<(String, String, &'static str)> {
        let text = format!("Headline\n{body}");
        let paras = paragraphs(&text);
        let (quotes, _) = scan(&text, &paras);
        let spans = outer_spans(&quotes);
        let outer: Vec<(usize, usize)> = spans.iter().map(|(s, _)| *s).collect();
        let sents = sentences(&text, &paras, &outer);
        let words: Vec<Words> = sents.iter().map(|s| tokens(&text, s.start, s.end, &spans)).collect();
        let mut reg = Registry::default();
        let mut rec = Recency::default();
        let mut all_mentions = Vec::new();
        let mut out = Vec::new();
        let mut previous: Option<Previous> = None;
        for (si, w) in words.iter().enumerate() {
            all_mentions.push(mentions(&text, w, si, &mut reg, &rec));
            for (ti, t) in w.toks.iter().enumerate() {
                if let super::super::text::Tok::Quote(q) = t.tok {
                    let site = Site { first_sentence: si, first_tok: ti, last_sentence: si, last_tok: ti };
                    let a = attribute(&text, &words, &all_mentions, site, &mut reg, &rec, previous.as_ref());
                    let name = match &a.speaker {
                        Speaker::Ent(e) => reg.name(*e),
                        Speaker::Named(n) => n.clone(),
                    };
                    if let Speaker::Ent(e) = a.speaker {
                        rec.speaker = Some(e);
                        match e {
                            Ent::Person(_) => rec.note_person(e),
                            Ent::Org(_) => rec.org = Some(e),
                        }
                    }
                    previous = Some(Previous { speaker: a.speaker.clone(), sentence: si, date_region: a.date_region });
                    out.push((quotes[q].text.clone(), name, a.rule));
                }
            }
            if let Some(m) = all_mentions.last().and_then(|ms| super::super::mentions::subject(w, ms)) {
                if m.person_like {
                    rec.note_person(m.ent);
                } else {
                    rec.org = Some(m.ent);
                }
            }
        }
        out
    }

    #[test]
    fn a_speech_verb_after_the_quote_names_the_speaker() {
        let got = attribute_all("“These parents did everything right,” said Jeanine Ortiz, a lawyer for the families.");
        assert_eq!(got[0].1, "Jeanine Ortiz");
        assert_eq!(got[0].2, "after the quote: “…,” said X");
    }

    #[test]
    fn pronouns_and_continuations_follow_the_last_speaker() {
        let got = attribute_all(
            "Prosecutor Daniel Okafor said Pellew spent it. “This was not weakness,” he told the court. “It was calculated.”",
        );
        assert_eq!(got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), ["Daniel Okafor", "Daniel Okafor"]);
        assert_eq!(got[1].2, "continues the previous speaker's quotation");
    }

    #[test]
    fn a_possessive_statement_is_its_owners_and_the_group_is_the_last_organisation() {
        let got = attribute_all(
            "Amnesty International sued.\nAmnesty’s statement continued: “At no point did the state claim it.”\n\
             Further, the human-rights group said, “This is puzzling.”\nThe group concluded, urging “the public to support the initiative”.",
        );
        assert!(got.iter().all(|g| g.1 == "Amnesty International"), "{got:?}");
    }

    #[test]
    fn parentheticals_are_skipped_to_find_the_subject() {
        let got = attribute_all(
            "Justice Fiona McAllister, with whom Justices Raymond Cho and Peter Dunstan agreed, said the judge had been “entirely correct” to find it.",
        );
        assert_eq!(got[0].1, "Fiona McAllister");
    }

    #[test]
    fn a_title_with_a_participle_is_a_subject_not_a_parenthetical() {
        let got = attribute_all("“It is closed,” presiding judge Ann Roe said in an order.");
        assert_eq!(got[0].1, "Ann Roe");
    }

    #[test]
    fn a_statement_in_an_adverbial_is_not_who_he_is() {
        let got = attribute_all(
            "“Yes,” said lawyer Kim Lee.\nIn a statement on Friday, Tom Ash said he was “disappointed” by it.\n“I maintain it,” he said.",
        );
        assert_eq!(got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), ["Kim Lee", "Tom Ash", "Tom Ash"]);
    }

    #[test]
    fn both_parts_of_a_split_quotation_and_according_to_have_their_speaker() {
        let got = attribute_all("Dana Roe sued. “It was wrong,” she said, “and we will appeal.”\nAccording to Acme Group, “nothing happened.”");
        let names: Vec<&str> = got.iter().map(|g| g.1.as_str()).collect();
        assert_eq!(names, ["Dana Roe", "Dana Roe", "Acme Group"]);
    }

    #[test]
    fn he_and_she_agree_with_an_honorific() {
        // The last person is a man ("Mr Cole"); "she" is the woman before him, "he" is him.
        let got = attribute_all(
            "Ms Nora Vance, who brought the claim, spoke to reporters. Mr Peter Cole, for the council, declined to comment.\n“We were ignored,” she said.\n“We will reply,” he said later.",
        );
        assert_eq!(got.iter().map(|g| g.1.as_str()).collect::<Vec<_>>(), ["Nora Vance", "Peter Cole"]);
        // A noun says it too: "a spokeswoman, Lena Berg," against "Mr".
        let got = attribute_all(
            "A spokeswoman, Lena Berg, confirmed the date. Mr Omar Haddad, the defendant, stood up.\n“It is set,” she said.",
        );
        assert_eq!(got[0].1, "Lena Berg");
        // Unknown genders change nothing: "she" is still the last person.
        let got = attribute_all("Lawyer Lena Berg spoke. Defendant Omar Haddad stood up.\n“It is set,” she said.");
        assert_eq!(got[0].1, "Omar Haddad");
    }

    #[test]
    fn an_unnamed_voice_is_a_named_speaker() {
        let got = attribute_all("Judge Wen spoke. “Lies,” someone shouted from the gallery.");
        assert_eq!(got[0].1, "Someone");
    }

    #[test]
    fn labels_in_quotes_are_recognised() {
        // The words of `text` and the token of its first quotation (its first “…”).
        let first_quote = |text: &str| {
            let spans = vec![((text.find('“').unwrap(), text.find('”').unwrap() + 3), 0)];
            let w = tokens(text, 0, text.len(), &spans);
            let q = (0..w.len()).find(|&i| w.quote(i).is_some()).unwrap();
            (w, q)
        };
        for text in [
            "in what residents call the “rental wars” and the so-called “X”",
            "Former mayor Rodolfo “Ompong” Villareal was convicted.",
            "Auditors described parts of it as “ghost,” they said.",
        ] {
            let (w, q) = first_quote(text);
            assert!(is_label(text, &w, q), "{text}");
        }
        let (w, q) = first_quote("The judge called it “shameful” in court.");
        assert!(!is_label("The judge called it “shameful” in court.", &w, q));
        let (w, q) =
            first_quote("It relied on Article I of the Oregon Constitution, which begins: “No court shall be secret.”");
        assert!(is_document_text(&w, q));
        let (w, q) = first_quote("The statement reads: “We will appeal.”");
        assert!(!is_document_text(&w, q));
    }
}

//! Direct quotations: the characters between double quotation marks, found in one linear scan.
//!
//! Marks: straight `"`, curly `“ ”`, low `„` and guillemets `« »`, in any mix (an article may open
//! with `"` and close with `”`). A quotation that reaches the end of its paragraph continues when
//! the next paragraph opens with a quotation mark (the news convention for quotes over several
//! paragraphs); otherwise its opening mark was stray and it is skipped, with a reason.
//!
//! Single quotes (`‘ ’` and `'`) are content inside a double quotation (nested quotes). Outside
//! one they are what papers that quote with single marks use (British tabloids, many Australian
//! papers, headlines), unless they are apostrophes: an opening mark begins a word, a closing mark
//! ends one, and a mark with a letter on both sides (`court’s`, `I'm`) is neither. A plural
//! possessive (`patients' records`) looks like a closing mark; it closes only when nothing later
//! in the paragraph could. An unclosed single mark is an apostrophe, never a reported problem.

use super::text::{unwrap_lines, Para, ParaKind, Span};

/// The longest quotation kept (the case format's limit for quote text).
pub const MAX_QUOTE_CHARS: usize = 10_000;
/// A quotation running over more paragraphs than this is a missing closing mark.
const MAX_PARAGRAPHS: usize = 20;

/// One quotation. Invariants: `parts`, `outer` and `paras` have the same length (one entry per
/// paragraph it runs over); each part is inside its outer span; `text` is the parts' text
/// joined by one space, non-empty, at most [`MAX_QUOTE_CHARS`] characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The words between the marks, per paragraph, verbatim.
    pub parts: Vec<Span>,
    /// The same with the marks.
    pub outer: Vec<Span>,
    /// Indices of the paragraphs.
    pub paras: Vec<usize>,
    pub text: String,
    /// Number of words in `text`.
    pub words: usize,
}

/// Quotation marks that did not make a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub at: usize,
    pub reason: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Straight,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '“' | '„' | '‟' | '«' => Some(Mark::Open),
        '”' | '»' => Some(Mark::Close),
        '"' => Some(Mark::Straight),
        _ => None,
    }
}

struct Open {
    /// The opening mark: `„` is closed by `“` (German), everything else as usual.
    opener: char,
    /// Where this paragraph's part starts (its mark) and its words start.
    outer_start: usize,
    content: usize,
    parts: Vec<Span>,
    outer: Vec<Span>,
    paras: Vec<usize>,
}

/// Every quotation in the body paragraphs of `paras`, in order, and the marks that were not.
pub fn scan(text: &str, paras: &[Para]) -> (Vec<QuoteSpan>, Vec<Skipped>) {
    let body: Vec<usize> = paras.iter().enumerate().filter(|(_, p)| p.kind == ParaKind::Body).map(|(i, _)| i).collect();
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    let mut carried: Option<Open> = None;
    for (bi, &pi) in body.iter().enumerate() {
        let Some(p) = paras.get(pi) else { continue };
        let seg = text.get(p.start..p.end).unwrap_or("");
        let mut open = carried.take();
        let mut skip_until = p.start;
        if let Some(o) = open.as_mut() {
            // The reopening mark at the start of a continued paragraph.
            let lead = seg.len() - seg.trim_start().len();
            let mark_len = seg.trim_start().chars().next().map_or(0, char::len_utf8);
            o.outer_start = p.start + lead;
            o.content = p.start + lead + mark_len;
            skip_until = o.content;
        }
        let mut prev: Option<char> = None;
        let mut chars = seg.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let pos = p.start + i;
            let next = chars.peek().map(|&(_, n)| n);
            let before = prev;
            prev = Some(c);
            if pos < skip_until {
                continue;
            }
            let Some(kind) = mark(c) else { continue };
            let opening_like = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b))
                && next.is_some_and(|n| !n.is_whitespace());
            let closing_like = before.is_some_and(|b| !b.is_whitespace());
            let end = pos + c.len_utf8();
            match open.take() {
                None => {
                    let opens = match kind {
                        Mark::Open => true,
                        Mark::Straight => next.is_some_and(|n| !n.is_whitespace()),
                        Mark::Close => opening_like,
                    };
                    if opens {
                        open = Some(Open {
                            opener: c,
                            outer_start: pos,
                            content: end,
                            parts: Vec::new(),
                            outer: Vec::new(),
                            paras: Vec::new(),
                        });
                    } else {
                        skipped.push(Skipped { at: pos, reason: "a closing quotation mark with no opening one" });
                    }
                }
                Some(mut o) => {
                    let closes = match kind {
                        Mark::Close => true,
                        Mark::Straight => closing_like || !opening_like,
                        Mark::Open => o.opener == '„' && c == '“',
                    };
                    if closes {
                        o.parts.push((o.content, pos));
                        o.outer.push((o.outer_start, end));
                        o.paras.push(pi);
                        finish(text, o, &mut found, &mut skipped);
                    } else {
                        skipped.push(Skipped {
                            at: o.outer_start,
                            reason: "an opening quotation mark that is never closed",
                        });
                        open = Some(Open {
                            opener: c,
                            outer_start: pos,
                            content: end,
                            parts: Vec::new(),
                            outer: Vec::new(),
                            paras: Vec::new(),
                        });
                    }
                }
            }
        }
        if let Some(o) = open {
            match carry(text, paras, body.get(bi + 1), p, pi, o, opens_with_mark) {
                Ok(o) => carried = Some(o),
                Err(o) => {
                    let at = o.outer.first().map_or(o.outer_start, |s| s.0);
                    skipped.push(Skipped { at, reason: "an opening quotation mark not closed in its paragraph" });
                }
            }
        }
    }
    if let Some(o) = carried {
        let at = o.outer.first().map_or(o.outer_start, |s| s.0);
        skipped.push(Skipped { at, reason: "an opening quotation mark that is never closed" });
    }
    let single = scan_single(text, paras, &body, &found);
    if !single.is_empty() {
        found.extend(single);
        found.sort_by_key(|q| q.outer.first().map_or(0, |s| s.0));
    }
    (found, skipped)
}

/// What a single mark can be where it stands (see the module's words).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Single {
    Open,
    Close,
    /// `s' ` before a lower-case word: a plural possessive or the end of a quoted term.
    Possessive,
}

fn single_marks(seg: &str, base: usize, inside: &[Span]) -> Vec<(usize, Single)> {
    let mut marks = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = seg.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let before = prev;
        prev = Some(c);
        if !matches!(c, '‘' | '’' | '\'') {
            continue;
        }
        let pos = base + i;
        // Inside a double quotation (`inside` is sorted and its spans do not overlap).
        let k = inside.partition_point(|&(s, _)| s <= pos);
        if k.checked_sub(1).and_then(|k| inside.get(k)).is_some_and(|&(_, e)| pos < e) {
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let starts_word = before.is_none_or(|b| b.is_whitespace() || "([{—–-/:".contains(b));
        let ends_word = before.is_some_and(|b| !b.is_whitespace());
        if c != '’' && starts_word && next.is_some_and(|n| n.is_alphanumeric() || "\"“(".contains(n)) {
            marks.push((pos, Single::Open));
        } else if c != '‘' && ends_word && !next.is_some_and(char::is_alphanumeric) {
            let rest = seg.get(i + c.len_utf8()..).unwrap_or("");
            let possessive = before == Some('s')
                && rest.starts_with(' ')
                && rest.trim_start().chars().next().is_some_and(char::is_lowercase);
            marks.push((pos, if possessive { Single::Possessive } else { Single::Close }));
        }
    }
    marks
}

/// Single-mark quotations outside the double ones (`doubles`) in the body paragraphs `body`.
fn scan_single(text: &str, paras: &[Para], body: &[usize], doubles: &[QuoteSpan]) -> Vec<QuoteSpan> {
    let inside: Vec<Span> = doubles.iter().flat_map(|q| q.outer.iter().copied()).collect();
    let mut found = Vec::new();
    let mut ignored = Vec::new();
    let mut carried: Option<Open> = None;
    for (bi, &pi) in body.iter().enumerate() {
        let Some(p) = paras.get(pi) else { continue };
        let seg = text.get(p.start..p.end).unwrap_or("");
        let marks = single_marks(seg, p.start, &inside);
        // A possessive closes only when no closing mark comes after it.
        let last_close = marks.iter().rposition(|&(_, m)| m == Single::Close);
        let mark_end = |pos: usize| pos + text.get(pos..).and_then(|t| t.chars().next()).map_or(1, char::len_utf8);
        let mut open = carried.take();
        let mut first = 0;
        if let Some(o) = open.as_mut() {
            // The reopening mark of a continued paragraph.
            if let Some(&(at, Single::Open)) = marks.first() {
                o.outer_start = at;
                o.content = mark_end(at);
                first = 1;
            }
        }
        for (k, &(pos, kind)) in marks.iter().enumerate().skip(first) {
            let end = mark_end(pos);
            match (kind, open.take()) {
                (Single::Open, _) => {
                    open = Some(Open {
                        opener: '‘',
                        outer_start: pos,
                        content: end,
                        parts: Vec::new(),
                        outer: Vec::new(),
                        paras: Vec::new(),
                    });
                }
                (Single::Possessive, Some(o)) if last_close.is_some_and(|l| l > k) => open = Some(o),
                (Single::Close | Single::Possessive, Some(mut o)) => {
                    o.parts.push((o.content, pos));
                    o.outer.push((o.outer_start, end));
                    o.paras.push(pi);
                    finish(text, o, &mut found, &mut ignored);
                }
                (_, None) => {}
            }
        }
        if let Some(o) = open {
            // Unclosed and not continued: an apostrophe after all, nothing to report.
            carried = carry(text, paras, body.get(bi + 1), p, pi, o, opens_with_single).ok();
        }
    }
    found
}

/// A quotation open at the end of paragraph `p` (index `pi`): carried on (`Ok`) when the next
/// body paragraph (`next`) opens with a mark (`opens`) and it is not too long already, else
/// given back (`Err`).
fn carry(
    text: &str,
    paras: &[Para],
    next: Option<&usize>,
    p: &Para,
    pi: usize,
    mut o: Open,
    opens: fn(&str) -> bool,
) -> Result<Open, Open> {
    let next_opens = next.and_then(|&ni| paras.get(ni)).and_then(|n| text.get(n.start..n.end)).is_some_and(opens);
    if !next_opens || o.parts.len() + 1 >= MAX_PARAGRAPHS {
        return Err(o);
    }
    o.parts.push((o.content, p.end));
    o.outer.push((o.outer_start, p.end));
    o.paras.push(pi);
    Ok(o)
}

/// Whether a paragraph opens with a single mark that opens a quotation.
fn opens_with_single(paragraph: &str) -> bool {
    let mut chars = paragraph.trim_start().chars();
    matches!(chars.next(), Some('‘' | '\'')) && chars.next().is_some_and(|c| c.is_alphanumeric() || "\"“(".contains(c))
}

fn opens_with_mark(paragraph: &str) -> bool {
    let mut chars = paragraph.trim_start().chars();
    match chars.next() {
        Some('“' | '„' | '‟' | '«') => true,
        Some('"') => chars.next().is_some_and(|c| !c.is_whitespace()),
        _ => false,
    }
}

fn finish(text: &str, o: Open, found: &mut Vec<QuoteSpan>, skipped: &mut Vec<Skipped>) {
    let pieces: Vec<String> =
        o.parts.iter().map(|&(s, e)| unwrap_lines(text.get(s..e).unwrap_or(""))).filter(|p| !p.is_empty()).collect();
    let joined = pieces.join(" ");
    let at = o.outer.first().map_or(0, |s| s.0);
    if joined.is_empty() {
        skipped.push(Skipped { at, reason: "empty quotation marks" });
        return;
    }
    if joined.chars().count() > MAX_QUOTE_CHARS {
        skipped.push(Skipped { at, reason: "longer than 10,000 characters: probably a missing closing mark" });
        return;
    }
    let words = joined.split_whitespace().count();
    found.push(QuoteSpan { parts: o.parts, outer: o.outer, paras: o.paras, text: joined, words });
}

/// The outer spans of all quotations with their index, sorted by start: what sentence splitting
/// must not cut, and what tokens replace by one quotation token.
pub fn outer_spans(quotes: &[QuoteSpan]) -> Vec<(Span, usize)> {
    let mut spans: Vec<(Span, usize)> =
        quotes.iter().enumerate().flat_map(|(i, q)| q.outer.iter().map(move |&s| (s, i))).collect();
    spans.sort_unstable();
    spans
}

#[cfg(test)]
mod tests {
    use super::super::text::paragraphs;
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let paras = paragraphs(&format!("Headline\n{text}"));
        let full = format!("Headline\n{text}");
        scan(&full, &paras).0.into_iter().map(|q| q.text).collect()
    }

    #[test]
    fn curly_straight_and_mixed_marks_make_quotations() {
        assert_eq!(quotes("She said: “One, two.”"), ["One, two."]);
        assert_eq!(quotes("He said, \"Three.\""), ["Three."]);
        assert_eq!(quotes("\"Our detractors win,” it added."), ["Our detractors win,"]);
        assert_eq!(quotes("Er sagte: „Nein.“ und ging."), ["Nein."]);
        assert_eq!(quotes("Il a dit : « Non. » Puis"), ["Non."]);
    }

    #[test]
    fn split_quotations_are_two_quotes_and_the_trailing_comma_stays() {
        assert_eq!(quotes("“It was wrong,” she said, “and we will appeal.”"), ["It was wrong,", "and we will appeal."]);
    }

    #[test]
    fn nested_single_quotes_stay_inside_the_double_quotation() {
        assert_eq!(
            quotes("It said, “They were ‘rigorously following,’ and – ‘especially here.’”"),
            ["They were ‘rigorously following,’ and – ‘especially here.’"]
        );
    }

    #[test]
    fn a_quotation_runs_over_paragraphs_that_reopen_with_a_mark() {
        assert_eq!(
            quotes("Raman said: “It brings a chapter to a close.\n\n“We are grateful.”\nNext paragraph."),
            ["It brings a chapter to a close. We are grateful."]
        );
    }

    #[test]
    fn an_unclosed_mark_is_skipped_with_a_reason() {
        let full = "Headline\nHe said “this never ends.\nThe next paragraph is plain.";
        let paras = paragraphs(full);
        let (found, skipped) = scan(full, &paras);
        assert!(found.is_empty());
        assert_eq!(skipped[0].reason, "an opening quotation mark not closed in its paragraph");
    }

    #[test]
    fn inch_marks_and_apostrophes_are_not_quotations() {
        assert_eq!(quotes("He is 5'10\" tall and it’s fine."), Vec::<String>::new());
        assert_eq!(quotes("The patients' records and the court’s order, rock 'n roll."), Vec::<String>::new());
    }

    #[test]
    fn single_marks_quote_where_a_paper_quotes_with_them() {
        assert_eq!(
            quotes(
                "'It was wrong,' the judge said. Outside court, Dr Kell said: 'I'm grateful the court has listened.'"
            ),
            ["It was wrong,", "I'm grateful the court has listened."]
        );
        assert_eq!(
            quotes("He said he had ‘failed to give adequate reasons’ for it."),
            ["failed to give adequate reasons"]
        );
        // A plural possessive inside the quotation does not close it.
        assert_eq!(quotes("'We read the patients' records,' she said."), ["We read the patients' records,"]);
        // … but closes a term when nothing later could.
        assert_eq!(quotes("It had 'failed to give reasons' for choosing."), ["failed to give reasons"]);
        // Over two paragraphs, reopened with a mark.
        assert_eq!(quotes("She said: 'One.\n\n'Two.'\nNext."), ["One. Two."]);
        // Nested in a double quotation they stay its text.
        assert_eq!(quotes("“They were ‘rigorous,’ he said.”"), ["They were ‘rigorous,’ he said."]);
    }
}

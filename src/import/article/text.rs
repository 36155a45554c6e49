//! The shape of an article: paragraphs (headline, photo captions, body), the dateline, sentences
//! and word tokens.
//!
//! Everything works on byte offsets into the original text, always on `char` boundaries, so
//! quotations and evidence sentences are copied out verbatim. Nothing here allocates more than a
//! constant per character, and every scan is linear.

use super::lexicon::{is, ABBREVIATIONS};

/// A byte range `[start, end)` of the article.
pub type Span = (usize, usize);

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParaKind {
    /// The first line, when it looks like a headline (short, no closing full stop).
    Headline,
    /// A photo caption or credit line: its dates are not court events.
    Caption,
    /// Page furniture copied with the story from a news site: a byline, a time stamp ("Updated
    /// 4:12 PM EDT, March 18, 2025"), "Advertisement", a share or sign-up prompt, a copyright
    /// line. Not part of the story: no sentences, quotations or dates come from it.
    Furniture,
    Body,
}

/// A paragraph. Invariant: `start <= body_start <= end`, all on char boundaries; `end` excludes
/// trailing whitespace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Para {
    pub start: usize,
    pub end: usize,
    /// Where the text after a dateline ("MUNICH, June 15 (Reuters) - ") starts; `start` if none.
    pub body_start: usize,
    pub kind: ParaKind,
}

/// A sentence of a paragraph. Invariant: inside its paragraph, never splitting a quotation that
/// closes in the same paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub para: usize,
    pub caption: bool,
}

/// A token: a word, one punctuation character, or a whole quotation (by index) in its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Word,
    Punct(char),
    Quote(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    pub start: usize,
    pub end: usize,
}

/// A sentence's tokens, with the lower-case form of each word (empty for other tokens).
#[derive(Clone, Debug, Default)]
pub struct Words {
    pub toks: Vec<Token>,
    pub low: Vec<String>,
}

impl Words {
    /// The lower-case word at `i` ("" when `i` is not a word or out of range).
    pub fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.tok == Tok::Word)
    }
    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.tok {
            Tok::Punct(c) => Some(c),
            _ => None,
        }
    }
    pub fn quote(&self, i: usize) -> Option<usize> {
        match self.toks.get(i)?.tok {
            Tok::Quote(q) => Some(q),
            _ => None,
        }
    }
    /// The original text of token `i`.
    pub fn text<'a>(&self, article: &'a str, i: usize) -> &'a str {
        self.toks.get(i).and_then(|t| article.get(t.start..t.end)).unwrap_or("")
    }
    /// Whether word `i` starts with an upper-case letter.
    pub fn capitalised(&self, article: &str, i: usize) -> bool {
        self.is_word(i) && self.text(article, i).chars().next().is_some_and(char::is_uppercase)
    }
    pub fn len(&self) -> usize {
        self.toks.len()
    }
}

/// Splits `text` into paragraphs and classifies them. Lines are paragraphs, unless the text is
/// hard-wrapped (blank lines between blocks whose lines mostly end mid-sentence), in which case
/// blocks are.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let lines = line_spans(text);
    let mut blocks: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    for &(s, e) in &lines {
        if text.get(s..e).is_none_or(|l| l.trim().is_empty()) {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            current.push((s, e));
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    let (mut soft, mut hard) = (0usize, 0usize);
    for block in blocks.iter().filter(|b| b.len() > 1) {
        for &(s, e) in block.iter().take(block.len() - 1) {
            let line = text.get(s..e).unwrap_or("").trim_end();
            if furniture(&line.to_lowercase()) {
                continue;
            }
            if line.ends_with(['.', '!', '?', '"', '”', ':', '’']) {
                hard += 1;
            } else {
                soft += 1;
            }
        }
    }
    let wrapped = blocks.len() > 1 && soft > hard;
    let mut spans: Vec<Span> = Vec::new();
    for block in &blocks {
        if wrapped {
            if let (Some(first), Some(last)) = (block.first(), block.last()) {
                spans.push((first.0, last.1));
            }
        } else {
            spans.extend(block.iter().copied());
        }
    }
    let mut paras: Vec<Para> = spans
        .into_iter()
        .map(|(s, e)| {
            let (s, e) = trim_span(text, s, e);
            Para { start: s, end: e, body_start: s, kind: ParaKind::Body }
        })
        .collect();
    classify(text, &mut paras);
    paras
}

fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, text.len()));
    out
}

/// `[s, e)` without leading and trailing whitespace.
pub fn trim_span(text: &str, s: usize, e: usize) -> Span {
    let Some(slice) = text.get(s..e) else { return (s, s) };
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail >= slice.len() {
        (s, s)
    } else {
        (s + lead, e - trail)
    }
}

/// The most words a photo caption has (with its credit).
const CAPTION_MAX_WORDS: usize = 80;

const CAPTION_MARKS: &[&str] = &[
    "photo credit",
    "(photo",
    "photo:",
    "photograph:",
    "credit:",
    "getty images",
    "(ap photo",
    "ap photo/",
    "reuters/",
    "/reuters",
    "afp via",
    "(file photo",
    "(illustrative",
    "pictured:",
    "(pictured",
    "image:",
    "(image",
    // BBC pages copied as text: "Image source, Getty Images", "Image caption, …".
    "image source,",
    "image caption,",
    "media caption,",
];

/// Words of a time stamp line (sorted) ("Wed 14 May 2025 11.02 BST", "Today, 4:31 pm", "3 hours ago").
const STAMP_WORDS: &[&str] = &[
    "a.m",
    "aedt",
    "aest",
    "ago",
    "am",
    "at",
    "bst",
    "cdt",
    "cest",
    "cet",
    "cst",
    "day",
    "days",
    "edt",
    "est",
    "et",
    "fri",
    "gmt",
    "hour",
    "hours",
    "hr",
    "hrs",
    "ist",
    "last",
    "mdt",
    "min",
    "mins",
    "minute",
    "minutes",
    "mon",
    "mst",
    "on",
    "p.m",
    "pdt",
    "pm",
    "posted",
    "pst",
    "pt",
    "published",
    "sast",
    "sat",
    "sun",
    "thu",
    "thur",
    "thurs",
    "today",
    "tue",
    "tues",
    "updated",
    "utc",
    "wed",
    "yesterday",
    "|",
];

/// Lines a news site puts around a story, lower-cased (see [`ParaKind::Furniture`]).
const FURNITURE_STARTS: &[&str] = &[
    "advertisement",
    "story continues",
    "continue reading",
    "read more",
    "read next",
    "related:",
    "related coverage",
    "recommended:",
    "share this",
    "share on",
    "sign up",
    "subscribe to",
    "listen to this article",
    "skip advertisement",
    "follow us",
    "click here",
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "©",
    "copyright",
    "all rights reserved",
    "appeared in the",
    "watch:",
    "watch live",
    "video:",
    "photos:",
    "also read",
    "more:",
    "recommended stories",
    "share via",
    "copy link",
];

/// The last word of an author line ("Haroon Siddiqui Legal affairs correspondent").
const BYLINE_ROLES: &[&str] =
    &["correspondent", "editor", "reporter", "writer", "journalist", "columnist", "contributor"];

/// Whether the lower-cased, trimmed line is page furniture (see [`ParaKind::Furniture`]).
fn furniture(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let n = words.len();
    if n == 0 {
        return false;
    }
    let sentence = t.ends_with(['.', '!', '?', '"', '”', '’']);
    if (t.starts_with("by ") || t.starts_with("by:")) && n <= 12 && !sentence {
        return true;
    }
    // "Philippine Daily Inquirer / 05:10 AM March 03, 2026": an outlet's name with a time stamp.
    let clock = |w: &&str| {
        let w = w.trim_matches(|c: char| ",()".contains(c));
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && h.chars().all(|c| c.is_ascii_digit())
                && m.len() == 2
                && m.chars().all(|c| c.is_ascii_digit())
        })
    };
    let dated = |w: &&str| {
        let w = w.trim_matches(|c: char| ",.()".contains(c));
        matches!(w, "am" | "pm" | "a.m" | "p.m") || super::dates::month_of(w).is_some()
    };
    if n <= 12 && !sentence && words.iter().any(clock) && words.iter().any(dated) {
        return true;
    }
    let stamped = [
        "updated",
        "last updated",
        "published",
        "first published",
        "posted",
        "modified",
        "this story has been",
        "this article was",
    ];
    if n <= 16 && stamped.iter().any(|p| t.starts_with(p)) && t.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if n <= 20 && FURNITURE_STARTS.iter().any(|p| t.starts_with(p)) {
        return true;
    }
    if n <= 10 && !sentence && t.chars().any(|c| c.is_ascii_digit()) {
        let stamp_word = |w: &&str| {
            let w = w.trim_matches(|c: char| ",:;()".contains(c)).trim_end_matches('.');
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit() || ":./-".contains(c))
                || is(STAMP_WORDS, w)
                || super::dates::month_of(w).is_some()
                || super::dates::weekday_of(w).is_some()
                || w.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .chars()
                    .all(|c| c.is_ascii_digit() || ":.".contains(c))
                    && w.chars().next().is_some_and(|c| c.is_ascii_digit())
        };
        if words.iter().all(stamp_word) {
            return true;
        }
    }
    n <= 8
        && !sentence
        && !t.chars().any(|c| c.is_ascii_digit())
        && words.last().is_some_and(|w| BYLINE_ROLES.contains(&w.trim_matches(|c: char| !c.is_alphabetic())))
}

fn classify(text: &str, paras: &mut [Para]) {
    let lower: Vec<String> = paras.iter().map(|p| text.get(p.start..p.end).unwrap_or("").to_lowercase()).collect();
    // Furniture first (every line of the paragraph is), so that a byline is never the headline.
    for (i, (p, l)) in paras.iter_mut().zip(&lower).enumerate() {
        // A time stamp with an author's name on the line above ("Yael Frenkel\nDec 8, 2025
        // 9:47 pm IST") is furniture too; never the first paragraph, the headline.
        let short = |line: &str| line.split_whitespace().count() <= 5 && !line.trim_end().ends_with(['.', '!', '?']);
        if l.lines().all(furniture)
            || (i > 0 && l.lines().any(furniture) && l.lines().all(|x| furniture(x) || short(x)))
        {
            p.kind = ParaKind::Furniture;
        }
    }
    let body_count = paras.len();
    if let (Some(first), Some(l)) = (paras.first_mut(), lower.first()) {
        let words = l.split_whitespace().count();
        if body_count > 1
            && first.kind == ParaKind::Body
            && words <= 25
            && !l.ends_with('.')
            && !CAPTION_MARKS.iter().any(|m| l.contains(m))
        {
            first.kind = ParaKind::Headline;
        }
    }
    let credit_only = |l: &str| {
        let t = l.trim();
        (t.starts_with('(') && t.ends_with(')') && t.split_whitespace().count() <= 10)
            || t.starts_with("photo:")
            || t.starts_with("credit:")
    };
    for i in 0..paras.len() {
        let l = lower.get(i).map_or("", String::as_str);
        // A caption is short: a long paragraph with a credit in it is body text whose line
        // breaks were lost (a story pasted as one line), not a caption.
        let marked = CAPTION_MARKS.iter().any(|m| l.contains(m)) && l.split_whitespace().count() <= CAPTION_MAX_WORDS;
        let before_credit = lower.get(i + 1).is_some_and(|n| credit_only(n)) && l.split_whitespace().count() <= 40;
        if let Some(p) = paras.get_mut(i) {
            if p.kind == ParaKind::Body && (marked || before_credit) {
                p.kind = ParaKind::Caption;
            }
        }
    }
    // A paragraph repeating the start of a caption is the caption again (without its credit).
    let captions: Vec<String> =
        paras.iter().zip(&lower).filter(|(p, _)| p.kind == ParaKind::Caption).map(|(_, l)| l.clone()).collect();
    for (p, l) in paras.iter_mut().zip(&lower) {
        if p.kind == ParaKind::Body && l.len() >= 20 && captions.iter().any(|c| c.len() > l.len() && c.starts_with(l)) {
            p.kind = ParaKind::Caption;
        }
    }
    if let Some(first_body) = paras.iter_mut().find(|p| p.kind == ParaKind::Body) {
        first_body.body_start = dateline_end(text, first_body.start, first_body.end);
    }
}

/// The end of a dateline at the start of `[s, e)` ("NEW DELHI, Nov 8 - ", "PHOENIX — "), or `s`.
fn dateline_end(text: &str, s: usize, e: usize) -> usize {
    let Some(para) = text.get(s..e) else { return s };
    let head: String = para.chars().take(80).collect();
    let dash = [" - ", " — ", " – ", "— ", "– "].iter().filter_map(|d| head.find(d).map(|at| (at, d.len()))).min();
    let Some((at, len)) = dash else { return s };
    let prefix = head.get(..at).unwrap_or("");
    let Some(first) = prefix.split_whitespace().next() else { return s };
    let first = first.trim_end_matches(',');
    let caps = first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !caps || prefix.split_whitespace().count() > 8 {
        return s;
    }
    let mut end = s + at + len;
    while text.get(end..).and_then(|r| r.chars().next()).is_some_and(char::is_whitespace) {
        end += 1;
    }
    end.min(e)
}

/// Abbreviations after which a full stop does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return true; // an initial: "D. K. Rao", "Thomas H."
    }
    w.contains('.') || is(ABBREVIATIONS, w) // "U.S", "a.m", "e.g"; "Mr", "Feb", "Inc"
}

/// A sentence longer than this (outside quotations) is cut at the next space.
pub const MAX_SENTENCE_BYTES: usize = 2000;

const OPENERS: &[char] = &['"', '“', '„', '«', '‘', '\'', '(', '['];
const CLOSERS: &[char] = &['"', '”', '»', '’', '\'', ')', ']'];

/// Sentences of every body and caption paragraph, in order. `protected` are the outer spans of
/// quotations (sorted by start): a sentence never ends inside one, but may end right after one
/// whose words end with `.`, `!` or `?`.
pub fn sentences(text: &str, paras: &[Para], protected: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut guard = protected.iter().peekable();
    for (pi, p) in paras.iter().enumerate() {
        if matches!(p.kind, ParaKind::Headline | ParaKind::Furniture) {
            continue;
        }
        let caption = p.kind == ParaKind::Caption;
        let (mut start, _) = trim_span(text, p.body_start, p.end);
        let mut pos = start;
        while pos < p.end {
            while guard.peek().is_some_and(|g| g.1 <= pos) {
                guard.next();
            }
            if let Some(&&(gs, ge)) = guard.peek() {
                if gs <= pos {
                    // Inside a quotation: jump to its end and see whether a sentence ends there.
                    let ge = ge.min(p.end);
                    let inner = text.get(gs..ge).unwrap_or("");
                    let last = inner.trim_end_matches(CLOSERS).trim_end().chars().last();
                    pos = ge.max(pos + 1);
                    if matches!(last, Some('.' | '!' | '?')) && ge < p.end && starts_new(text, ge, p.end) {
                        out.push(Sentence { start, end: ge, para: pi, caption });
                        start = skip_ws(text, ge, p.end);
                        pos = start;
                    }
                    continue;
                }
            }
            let Some(c) = text.get(pos..).and_then(|r| r.chars().next()) else { break };
            let next = pos + c.len_utf8();
            // No real sentence is this long: cut at a space so later rules stay linear.
            if pos - start > MAX_SENTENCE_BYTES && c.is_whitespace() {
                out.push(Sentence { start, end: pos, para: pi, caption });
                start = skip_ws(text, pos, p.end);
                pos = start;
                continue;
            }
            if matches!(c, '.' | '!' | '?') {
                let mut end = next;
                while let Some(cl) = text.get(end..p.end).and_then(|r| r.chars().next()).filter(|c| CLOSERS.contains(c))
                {
                    if inside(protected, end) {
                        break;
                    }
                    end += cl.len_utf8();
                }
                let before = word_before(text, start, pos);
                // "… Acme Corp. “This …”": a company ending the sentence before a new quotation.
                let company_then_quote = matches!(before, "Inc" | "Corp" | "Ltd" | "Co" | "Bros")
                    && text
                        .get(skip_ws(text, end, p.end)..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|n| matches!(n, '"' | '“' | '„' | '«'));
                let abbreviation = c == '.' && is_abbreviation(before) && !company_then_quote;
                if end < p.end && !abbreviation && starts_new(text, end, p.end) {
                    out.push(Sentence { start, end, para: pi, caption });
                    start = skip_ws(text, end, p.end);
                    pos = start;
                    continue;
                }
            }
            pos = next;
        }
        if start < p.end {
            out.push(Sentence { start, end: p.end, para: pi, caption });
        }
    }
    out
}

/// Whether `at` is inside one of `spans` (sorted by start, not overlapping).
fn inside(spans: &[Span], at: usize) -> bool {
    let i = spans.partition_point(|&(s, _)| s <= at);
    i.checked_sub(1).and_then(|i| spans.get(i)).is_some_and(|&(_, e)| at < e)
}

fn skip_ws(text: &str, mut at: usize, end: usize) -> usize {
    while let Some(c) = text.get(at..end).and_then(|r| r.chars().next()).filter(|c| c.is_whitespace()) {
        at += c.len_utf8();
    }
    at
}

/// Whether whitespace follows `at` and then something that can start a sentence.
fn starts_new(text: &str, at: usize, end: usize) -> bool {
    let after = skip_ws(text, at, end);
    if after == at {
        return false;
    }
    text.get(after..end)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c))
}

/// The word that ends just before byte `at` (letters, digits and inner dots), not before `floor`.
fn word_before(text: &str, floor: usize, at: usize) -> &str {
    let head = text.get(floor..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(head.len(), |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// Tokens of `[s, e)`; a quotation's outer span (from `quotes`: (span, quote index), sorted)
/// becomes one [`Tok::Quote`] token.
pub fn tokens(text: &str, s: usize, e: usize, quotes: &[(Span, usize)]) -> Words {
    let mut words = Words::default();
    let first = quotes.partition_point(|((_, qe), _)| *qe <= s);
    let mut quotes = quotes.get(first..).unwrap_or_default().iter().peekable();
    let mut at = s;
    while at < e {
        while quotes.peek().is_some_and(|((_, qe), _)| *qe <= at) {
            quotes.next();
        }
        if let Some(&&((qs, qe), qi)) = quotes.peek() {
            if qs <= at {
                words.toks.push(Token { tok: Tok::Quote(qi), start: qs.max(s), end: qe.min(e) });
                words.low.push(String::new());
                at = qe.min(e).max(at + 1);
                continue;
            }
        }
        let Some(c) = text.get(at..).and_then(|r| r.chars().next()) else { break };
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let end = word_end(text, at, e);
            let w = text.get(at..end).unwrap_or("");
            words.toks.push(Token { tok: Tok::Word, start: at, end });
            words.low.push(w.to_lowercase());
            at = end;
        } else {
            words.toks.push(Token { tok: Tok::Punct(c), start: at, end: at + c.len_utf8() });
            words.low.push(String::new());
            at += c.len_utf8();
        }
    }
    words
}

/// The end of the word starting at `at`: letters and digits, joined by an apostrophe, hyphen,
/// dot or comma when a letter or digit follows (`Price-Moore`, `Amnesty’s`, `U.S`, `340,000`),
/// then a final dot for abbreviations (`Feb.`, `D.`, `U.S.`).
fn word_end(text: &str, at: usize, limit: usize) -> usize {
    let mut end = at;
    let mut chars = text.get(at..limit).unwrap_or("").char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            end = at + i + c.len_utf8();
            continue;
        }
        let joins = match c {
            '\'' | '’' | '-' | '‑' => true,
            '.' => {
                let w = text.get(at..at + i).unwrap_or("");
                w.chars().count() == 1 || w.contains('.') || w.chars().all(|c| c.is_ascii_digit())
            }
            ',' => text.get(at..at + i).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == ',')),
            _ => false,
        };
        let next_ok = chars.peek().is_some_and(|(_, n)| {
            if c == ',' || (c == '.' && text.get(at..at + i).is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))) {
                n.is_ascii_digit()
            } else {
                n.is_alphanumeric()
            }
        });
        if !(joins && next_ok) {
            break;
        }
    }
    if text.get(end..limit).is_some_and(|r| r.starts_with('.')) && is_abbreviation(text.get(at..end).unwrap_or("")) {
        end += 1;
    }
    end
}

/// `text` with every run of whitespace that contains a line break made one space (a hard wrap
/// is not part of the words), and trimmed.
pub fn unwrap_lines(text: &str) -> String {
    if !text.contains(['\n', '\r']) {
        return text.trim().to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut pending = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            pending.push(c);
            continue;
        }
        if !pending.is_empty() {
            if pending.contains(['\n', '\r']) {
                out.push(' ');
            } else {
                out.push_str(&pending);
            }
            pending.clear();
        }
        out.push(c);
    }
    out.trim().to_string()
}

/// At most `max` characters of `s`, cut at a word boundary with "…" when longer.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    let at = cut.rfind(' ').filter(|&i| i > cut.len() / 2).unwrap_or(cut.len());
    format!("{}…", cut.get(..at).unwrap_or(&cut).trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<String> {
        let paras = paragraphs(text);
        sentences(text, &paras, &[]).iter().map(|s| text.get(s.start..s.end).unwrap().to_string()).collect()
    }

    #[test]
    fn a_short_first_line_without_a_full_stop_is_the_headline() {
        let text = "Court rules for NSO\n\nThe court ruled on Monday.";
        let paras = paragraphs(text);
        assert_eq!(paras[0].kind, ParaKind::Headline);
        assert_eq!(paras[1].kind, ParaKind::Body);
    }

    #[test]
    fn photo_captions_their_repeats_and_credit_lines_are_captions() {
        let text = "Headline here\nThe court discusses the request, February 2020 (photo credit: A B)\n\
                    The court discusses the request, February 2020\n(photo credit: A B)\nThe court ruled.";
        let kinds: Vec<ParaKind> = paragraphs(text).iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [ParaKind::Headline, ParaKind::Caption, ParaKind::Caption, ParaKind::Caption, ParaKind::Body]
        );
    }

    #[test]
    fn bylines_time_stamps_and_site_prompts_are_furniture() {
        let text = "Judge blocks law\nBy REBECCA STONE Associated Press\nUpdated 4:12 PM EDT, March 18, 2025\n\n\
                    Wed 14 May 2025 11.02 BST\nToday, 4:31 pm\nBy: Rommel Fuertes - Reporter / @RFuertesINQ\n\
                    Philippine Daily Inquirer / 05:10 AM March 03, 2026\nHaroon Siddiqui Legal affairs correspondent\n\
                    The court ruled on Tuesday.\nAdvertisement\nBy Tuesday the court had ruled.\n\
                    Copyright 2025 The Associated Press. All rights reserved.";
        let kinds: Vec<ParaKind> = paragraphs(text).iter().map(|p| p.kind).collect();
        use ParaKind::{Body, Furniture, Headline};
        assert_eq!(
            kinds,
            [
                Headline, Furniture, Furniture, Furniture, Furniture, Furniture, Furniture, Furniture, Body, Furniture,
                Body, Furniture
            ]
        );
        // No sentence comes from furniture.
        let paras = paragraphs(text);
        let got: Vec<&str> = sentences(text, &paras, &[]).iter().filter_map(|s| text.get(s.start..s.end)).collect();
        assert_eq!(got, ["The court ruled on Tuesday.", "By Tuesday the court had ruled."]);
        // BBC pages: the picture's source and caption lines are captions.
        let bbc = "Judge jails man\nImage source, Getty Images\nImage caption, The court sat on 3 March 2024\nThe court ruled.";
        let kinds: Vec<ParaKind> = paragraphs(bbc).iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [Headline, ParaKind::Caption, ParaKind::Caption, Body]);
    }

    #[test]
    fn a_dateline_is_not_part_of_the_first_sentence() {
        let text = "Headline\n\nMUNICH, June 15 (Reuters) - A German court on Thursday excluded the public.";
        let paras = paragraphs(text);
        assert_eq!(
            text.get(paras[1].body_start..paras[1].end),
            Some("A German court on Thursday excluded the public.")
        );
        let text = "Headline\n\nNo dateline - here, it is lower case.";
        let paras = paragraphs(text);
        assert_eq!(paras[1].body_start, paras[1].start);
    }

    #[test]
    fn sentences_do_not_end_at_initials_abbreviations_or_inside_quotes() {
        assert_eq!(
            sentence_texts("x\nJustices D. K. Rao and Mr. Iyer ruled on Feb. 3. The U.S. District Court agreed."),
            ["Justices D. K. Rao and Mr. Iyer ruled on Feb. 3.", "The U.S. District Court agreed."]
        );
        let text = "x\nShe said: “One. Two.” Then he left.";
        let open = text.find('“').unwrap();
        let close = text.find('”').unwrap() + '”'.len_utf8();
        let paras = paragraphs(text);
        let got: Vec<&str> =
            sentences(text, &paras, &[(open, close)]).iter().map(|s| text.get(s.start..s.end).unwrap()).collect();
        assert_eq!(got, ["She said: “One. Two.”", "Then he left."]);
    }

    #[test]
    fn hard_wrapped_blocks_are_paragraphs() {
        let text = "Title\n\nThe court said on Monday that\nthe petition was rejected.\n\nA second\nparagraph here.";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3);
        assert_eq!(
            unwrap_lines(text.get(paras[1].start..paras[1].end).unwrap()),
            "The court said on Monday that the petition was rejected."
        );
    }

    #[test]
    fn tokens_keep_abbreviations_possessives_and_numbers_whole() {
        let text = "Amnesty’s U.S. lawyer, Price-Moore, paid 340,000 on Feb. 3.";
        let w = tokens(text, 0, text.len(), &[]);
        let got: Vec<&str> = (0..w.len()).map(|i| w.text(text, i)).collect();
        assert_eq!(
            got,
            ["Amnesty’s", "U.S.", "lawyer", ",", "Price-Moore", ",", "paid", "340,000", "on", "Feb.", "3", "."]
        );
    }

    #[test]
    fn clipping_cuts_at_a_word_and_marks_it() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("one two three four", 12), "one two…");
    }
}

//! Drafting a case from a news article: paste a story and its publication date, get case JSON
//! (version 1) with every quotation attributed and every date resolved, for an editor to
//! correct.
//!
//! Deterministic, explainable rules, no model and no network (the same code runs natively and in
//! the browser editor). The pipeline, one private module each: `text` splits the article into
//! paragraphs (headline, photo captions, body) and sentences; `quotes` finds the quotations
//! between quotation marks; `entities`, `mentions` and `people` register the people and
//! organisations named, with titles and sides; `speakers` attributes each quotation; `dates`
//! (with `calendar`) resolves dates against the publication date; `events` (with `access`)
//! drafts court events from trigger words; `parties` gives the parties their roles; `output`
//! and `wording` write the case JSON, with the sentence every item came from, and the
//! `--explain` report. The word lists are in `lexicon`. `docs/drafting.md` describes the rules.
//!
//! ```
//! use case_timeline::import::article::{draft, DraftOptions};
//! let story = "Court jails fraudster\n\nA judge on Monday sentenced Jane Roe to six years. \
//!              “Justice was done,” said prosecutor Sam Lee.";
//! let options = DraftOptions::new(jiff::civil::date(2020, 7, 13));
//! let drafted = draft(story, &options).unwrap();
//! let json = drafted.to_case_json();
//! assert!(json.contains("\"date\": \"2020-07-13\""));
//! assert!(json.contains("Justice was done,"));
//! ```

mod access;
mod calendar;
mod dates;
mod entities;
mod events;
mod lexicon;
mod mentions;
mod output;
mod parties;
mod people;
mod quotes;
mod speakers;
mod text;
mod wording;

use jiff::civil::Date;

use dates::{DateMention, Ymd};
use entities::{Ent, Registry};
use mentions::{Mention, Recency};
use quotes::QuoteSpan;
use speakers::{Attribution, Previous, Site, Speaker};
use text::{ParaKind, Sentence, Words};

/// The largest article drafted, in bytes (a long feature is under 100 KB).
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// What the drafter needs besides the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftOptions {
    /// When the article was published: relative dates ("on Monday", "last month") are resolved
    /// against it, and statements without a date are placed on it.
    pub published: Date,
    /// The case title; without it, "Petitioner v. Respondent" when the story names both, else
    /// the headline.
    pub title: Option<String>,
    /// The article's address, for the case's source (only `http(s)://` is kept).
    pub source_url: Option<String>,
    /// Who published it ("The Jerusalem Post").
    pub publisher: Option<String>,
}

impl DraftOptions {
    /// Options for an article published on `published`, with nothing else known.
    pub fn new(published: Date) -> Self {
        DraftOptions { published, title: None, source_url: None, publisher: None }
    }
}

/// Why no draft was made. Every message is one line that names the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is empty or only whitespace.
    Empty,
    /// Binary data or control characters, not a story.
    NotText(String),
    /// Longer than [`MAX_ARTICLE_BYTES`].
    TooLarge {
        /// The article's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Nothing usable was found (no quotation, no court event); says what was looked for.
    NothingFound(String),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::Empty => f.write_str("the article is empty; paste the text of a news story"),
            DraftError::NotText(why) => write!(f, "the article is not text: {why}"),
            DraftError::TooLarge { bytes, limit } => {
                write!(f, "the article is {bytes} bytes; the limit is {limit} bytes")
            }
            DraftError::NothingFound(why) => write!(f, "nothing to draft: {why}"),
        }
    }
}

impl std::error::Error for DraftError {}

/// What a drafted item is, with what the evaluation and the editor need to know about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// The article itself, as the case's source.
    Source,
    /// A party of the case.
    Party {
        /// Its role in the case format ("petitioner").
        role: &'static str,
    },
    /// A named person.
    Person {
        /// Their title as the text gives it.
        title: Option<String>,
        /// The id of their party.
        party: Option<String>,
    },
    /// An event; `undated` when the article gave no date.
    Event {
        /// The case format's kind ("ruling").
        kind: &'static str,
        /// The case format's date text ("2020-07-13").
        date: String,
        /// "partial" or "closed" when the text says so.
        access: Option<&'static str>,
        /// No date in the text: placed on the publication day.
        undated: bool,
    },
    /// A quote.
    Quote {
        /// The speaker's display name.
        speaker: String,
        /// The id of the event carrying it.
        event: String,
    },
    /// Quotation marks or a quoted term that did not become a quote.
    Skipped,
}

/// One drafted item and why. Invariants: `evidence` is text copied from the article (possibly
/// clipped with "…"); `rule` names the rule that fired; `review` is set when a rule was unsure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftItem {
    /// What it is.
    pub kind: ItemKind,
    /// Its id in the case JSON.
    pub id: Option<String>,
    /// The quote's text, the event's title, the party's or person's name.
    pub label: String,
    /// The sentence (or words) of the article it came from.
    pub evidence: String,
    /// The rule that fired.
    pub rule: String,
    /// Why it needs a look, when a rule was unsure.
    pub review: Option<String>,
}

/// A drafted case. Invariant: [`Draft::to_case_json`] is case JSON v1 that
/// `model::load` accepts without errors (warnings only: `note` and `needs_review` fields).
#[derive(Clone, Debug)]
pub struct Draft {
    json: String,
    explain: String,
    items: Vec<DraftItem>,
    warnings: Vec<String>,
}

impl Draft {
    /// The case as JSON text (2-space indented, ending without a newline).
    pub fn to_case_json(&self) -> String {
        self.json.clone()
    }
    /// A report: each item with its evidence sentence and the rule that fired.
    pub fn explain(&self) -> String {
        self.explain.clone()
    }
    /// Every drafted (and skipped) item, in the order of the report.
    pub fn items(&self) -> &[DraftItem] {
        &self.items
    }
    /// Things the editor should know about the whole draft ("no dates found", "the text does
    /// not look like English").
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }
}

/// Reads a publication date written `YYYY-MM-DD`, refusing impossible dates and dates after
/// `today`.
///
/// # Errors
/// A message naming the problem: malformed, month or day that does not exist, in the future.
pub fn parse_published(text: &str, today: Date) -> Result<Date, String> {
    let t = text.trim();
    let shown = crate::error::clip(t);
    let bytes = t.as_bytes();
    let shaped = bytes.len() == 10
        && bytes.get(4) == Some(&b'-')
        && bytes.get(7) == Some(&b'-')
        && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return Err(format!("\"{shown}\" is not a date; write the publication date as YYYY-MM-DD, e.g. 2020-07-13"));
    }
    let num = |r: std::ops::Range<usize>| t.get(r).and_then(|s| s.parse::<i32>().ok()).unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    if !(1..=12).contains(&m) {
        return Err(format!("\"{shown}\": month {m} does not exist (months run 01 to 12)"));
    }
    let month = u32::try_from(m).unwrap_or(1);
    let days = dates::days_in_month(y, month);
    if d < 1 || u32::try_from(d).unwrap_or(0) > days {
        let name = calendar::month_name(month);
        return Err(format!("\"{shown}\": {name} {y} has {days} days"));
    }
    let date = Date::new(i16::try_from(y).unwrap_or(0), i8::try_from(m).unwrap_or(1), i8::try_from(d).unwrap_or(1))
        .map_err(|e| format!("\"{shown}\": {e}"))?;
    if date > today {
        return Err(format!(
            "\"{shown}\" is in the future (today is {today}); the publication date cannot be after today"
        ));
    }
    Ok(date)
}

/// A quotation with its attribution.
pub(super) struct Attributed {
    quote: usize,
    att: Attribution,
    first_sentence: usize,
    last_sentence: usize,
}

/// Everything the rules found, before output.
struct Analysis<'a> {
    article: &'a str,
    paras: Vec<text::Para>,
    quotes: Vec<QuoteSpan>,
    skipped_marks: Vec<quotes::Skipped>,
    sentences: Vec<Sentence>,
    words: Vec<Words>,
    mentions: Vec<Vec<Mention>>,
    dates: Vec<Vec<DateMention>>,
    reg: Registry,
    attributed: Vec<Attributed>,
    /// Quoted terms that are not quotes: (quote, sentence, reason).
    terms: Vec<(usize, usize, &'static str)>,
    published: Ymd,
}

/// Drafts a case from `article`. Never panics; linear in the length of the text (apart from
/// look-ups among the people and organisations found).
///
/// # Errors
/// When the text is empty, binary, larger than [`MAX_ARTICLE_BYTES`], or has nothing usable.
pub fn draft(article: &str, options: &DraftOptions) -> Result<Draft, DraftError> {
    if article.trim().is_empty() {
        return Err(DraftError::Empty);
    }
    if article.len() > MAX_ARTICLE_BYTES {
        return Err(DraftError::TooLarge { bytes: article.len(), limit: MAX_ARTICLE_BYTES });
    }
    let total = article.chars().count();
    let junk =
        article.chars().filter(|&c| (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{fffd}').count();
    if article.contains('\0') || junk * 100 > total {
        return Err(DraftError::NotText(format!(
            "{junk} of its {total} characters are control characters or undecodable bytes"
        )));
    }
    // A page saved or copied as HTML: its story as lines of text (its navigation left out).
    let html = super::html::looks_like_html(article);
    let converted;
    let article = if html {
        converted = super::html::html_to_paragraphs(article);
        if converted.trim().is_empty() {
            return Err(DraftError::Empty);
        }
        converted.as_str()
    } else {
        article
    };
    let published = Ymd {
        y: i32::from(options.published.year()),
        m: u32::try_from(options.published.month()).unwrap_or(1),
        d: u32::try_from(options.published.day()).unwrap_or(1),
    };
    let analysis = analyse(article, published);
    let mut drafted = output::build(analysis, options)?;
    if html {
        drafted.warnings.push("the article was read as HTML: its tags, scripts and navigation were left out".into());
    }
    Ok(drafted)
}

fn analyse(article: &str, published: Ymd) -> Analysis<'_> {
    let paras = text::paragraphs(article);
    let (found, skipped_marks) = quotes::scan(article, &paras);
    let spans = quotes::outer_spans(&found);
    let protected: Vec<text::Span> = spans.iter().map(|(s, _)| *s).collect();
    let sentences = text::sentences(article, &paras, &protected);
    let words: Vec<Words> = sentences.iter().map(|s| text::tokens(article, s.start, s.end, &spans)).collect();
    // Where each quotation starts and ends: (sentence, token).
    let locate = |at: usize, q: usize| -> Option<(usize, usize)> {
        let s = sentences.partition_point(|x| x.start <= at).checked_sub(1)?;
        let tok = words.get(s)?.toks.iter().position(|t| t.tok == text::Tok::Quote(q))?;
        Some((s, tok))
    };
    let mut ending: Vec<Vec<(usize, Site)>> = vec![Vec::new(); sentences.len()];
    for (q, quote) in found.iter().enumerate() {
        let (Some(first), Some(last)) = (quote.outer.first(), quote.outer.last()) else { continue };
        if let (Some((fs, ft)), Some((ls, lt))) = (locate(first.0, q), locate(last.0, q)) {
            if let Some(list) = ending.get_mut(ls) {
                list.push((q, Site { first_sentence: fs, first_tok: ft, last_sentence: ls, last_tok: lt }));
            }
        }
    }
    let mut reg = Registry::default();
    let mut rec = Recency::default();
    let mut all_mentions: Vec<Vec<Mention>> = Vec::with_capacity(sentences.len());
    let mut all_dates: Vec<Vec<DateMention>> = Vec::with_capacity(sentences.len());
    let mut attributed = Vec::new();
    let mut terms = Vec::new();
    let mut previous: Option<Previous> = None;
    let empty = Words::default();
    for (s, sentence) in sentences.iter().enumerate() {
        let w = words.get(s).unwrap_or(&empty);
        all_dates.push(dates::find(article, w, published));
        if sentence.caption || paras.get(sentence.para).is_some_and(|p| p.kind != ParaKind::Body) {
            all_mentions.push(Vec::new());
            continue;
        }
        let ms = mentions::mentions(article, w, s, &mut reg, &rec);
        all_mentions.push(ms);
        for (q, site) in ending.get(s).cloned().unwrap_or_default() {
            let Some(quote) = found.get(q) else { continue };
            let att = speakers::attribute(article, &words, &all_mentions, site, &mut reg, &rec, previous.as_ref());
            let first_words = words.get(site.first_sentence).unwrap_or(&empty);
            let label = speakers::is_label(article, first_words, site.first_tok);
            // “I am ashamed.” standing as a sentence of its own is speech, however short.
            let alone = first_words.toks.iter().all(|t| matches!(t.tok, text::Tok::Quote(_) | text::Tok::Punct(_)));
            let sentence = quote.text.chars().next().is_some_and(char::is_uppercase)
                && quote.text.trim_end().ends_with(['.', '!', '?']);
            if speakers::is_document_text(first_words, site.first_tok) {
                terms.push((
                    q,
                    site.first_sentence,
                    "the text of a law (“the Constitution … reads: “…”), not anyone's words",
                ));
                continue;
            }
            if quote.words <= 3 && (!att.by_verb || label) && !(alone && sentence && !label) {
                let reason = if label {
                    "a quoted term or label (one to three words after “the”, “so-called”, “known as”…), not a quote"
                } else {
                    "a quoted term of one to three words with no speech verb, not a quote"
                };
                terms.push((q, site.first_sentence, reason));
                continue;
            }
            if let Speaker::Ent(e) = att.speaker {
                rec.speaker = Some(e);
                match e {
                    Ent::Person(_) => rec.note_person(e),
                    Ent::Org(_) => rec.org = Some(e),
                }
            }
            previous = Some(Previous { speaker: att.speaker.clone(), sentence: s, date_region: att.date_region });
            attributed.push(Attributed { quote: q, att, first_sentence: site.first_sentence, last_sentence: s });
        }
        if let Some(e) = all_mentions.last().and_then(|ms| mentions::filer(w, ms)) {
            rec.filer = Some(e);
        }
        rec.client = all_mentions.last().and_then(|ms| mentions::client(ms, &reg));
        // The sentence's subject is who "he", "she" or "it" will be next.
        let subject = all_mentions.last().and_then(|ms| mentions::subject(w, ms));
        if let Some(m) = subject {
            if m.person_like {
                rec.note_person(m.ent);
            } else {
                rec.org = Some(m.ent);
            }
            // "The prosecutor's office said in a statement that …": without a quotation it is
            // still who spoke last, whom "the statement said" means next.
            let quoted = attributed.last().is_some_and(|a: &Attributed| a.last_sentence == s);
            // The verb within a few words, none of them punctuation ("A spokesperson for Orion AI said").
            // After a relative clause too ("X, who was in court to hear the verdict, said").
            let mut from = m.last + 1;
            if w.punct(from) == Some(',') && matches!(w.low(from + 1), "who" | "which" | "whose") {
                if let Some(close) = (from + 2..w.len().min(from + 25)).find(|&i| w.punct(i) == Some(',')) {
                    from = close + 1;
                }
            }
            let verb = (from..=from + 4).take_while(|&i| w.is_word(i)).any(|i| mentions::speech_verb(w.low(i)));
            if !quoted && verb {
                rec.speaker = Some(m.ent);
                rec.reported = Some((m.ent, s));
            }
        }
    }
    dates::anchor_later(article, &words, &mut all_dates);
    Analysis {
        article,
        paras,
        quotes: found,
        skipped_marks,
        sentences,
        words,
        mentions: all_mentions,
        dates: all_dates,
        reg,
        attributed,
        terms,
        published,
    }
}

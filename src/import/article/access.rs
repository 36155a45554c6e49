//! Whether a hearing was open: "closed-door", "behind closed doors", "closed to the public", "in
//! camera", "in chambers", "excluded the public" → `closed`; the same with "mostly", "partly", "largely", "part
//! of" or "all but" → `partial`; "under seal" → `sealed`. Quotations are not read (they are
//! single tokens), so a speaker's "behind closed doors" does not close a hearing.

use super::text::Words;

/// Whether a hearing was closed: (access value, the phrase that says so).
pub fn access(w: &Words) -> Option<(&'static str, String)> {
    let text: String = (0..w.len())
        .filter_map(|i| if w.is_word(i) { Some(w.low(i).to_string()) } else { w.punct(i).map(|c| c.to_string()) })
        .collect::<Vec<_>>()
        .join(" ");
    const CLOSED: &[&str] = &[
        "closed-door",
        "closed door",
        "behind closed doors",
        "closed to the public",
        "in camera",
        "excluded the public",
        "public was excluded",
        "public were excluded",
        "without the public",
        "in private",
        "in secret",
        "barred the public",
        "barred reporters",
        "barred journalists",
        "cleared the courtroom",
        "closed hearing",
        "closed session",
        "closed court",
        "in chambers",
        "held privately",
        "media were excluded",
        "press was excluded",
        "reporters were excluded",
        "journalists were excluded",
        "not admitted",
        "to the public",
    ];
    if text.contains("under seal") || text.contains(" sealed ") {
        return Some(("sealed", "under seal".into()));
    }
    let (at, phrase) = CLOSED.iter().filter_map(|p| text.find(p).map(|at| (at, *p))).min()?;
    if phrase == "to the public" && !["close", "closed", "closing"].iter().any(|c| text.split(' ').any(|x| x == *c)) {
        return None;
    }
    let before = text.get(at.saturating_sub(45)..at).or_else(|| text.get(at.saturating_sub(30)..at)).unwrap_or("");
    // "… and the rest of the hearing took place in camera", "the remainder of the hearing": after
    // an open start.
    // "Part of the evidence, from a witness who was 15 at the time, was heard behind closed
    // doors": the sentence's subject is a part, however long the words between.
    let opening = ["part of", "parts of", "some of", "much of", "most of"].iter().any(|p| text.starts_with(p));
    let partial = ["mostly", "partly", "partially", "largely", "part of", "most of", "the rest of", "the remainder of"]
        .iter()
        .any(|p| before.contains(p))
        || opening
        || text.contains("all but");
    let phrase = if phrase == "to the public" { "closed … to the public" } else { phrase };
    Some(if partial {
        ("partial", format!("partly closed: “{phrase}”"))
    } else {
        ("closed", format!("“{phrase}”"))
    })
}

#[cfg(test)]
mod tests {
    use super::super::text::tokens;
    use super::*;

    fn of(text: &str) -> Option<&'static str> {
        access(&tokens(text, 0, text.len(), &[])).map(|a| a.0)
    }

    #[test]
    fn closed_partial_and_sealed_phrases() {
        assert_eq!(of("The court held a closed-door hearing."), Some("closed"));
        assert_eq!(of("It was heard behind closed doors."), Some("closed"));
        assert_eq!(of("The witness testified in camera."), Some("closed"));
        assert_eq!(of("The court held a mostly closed door hearing."), Some("partial"));
        assert_eq!(
            of("It convinced the court to close all but the early minutes of the hearing to the public."),
            Some("partial")
        );
        assert_eq!(of("Reporters left, and the rest of the hearing took place in camera."), Some("partial"));
        assert_eq!(
            of("Part of the evidence, from a witness who was 15 at the time, was heard behind closed doors."),
            Some("partial")
        );
        assert_eq!(of("Part of the plea, on his health, was heard in chambers on Jan 13."), Some("partial"));
        assert_eq!(of("The application was heard in closed court."), Some("closed"));
        assert_eq!(of("Reporters were excluded while the witness testified."), Some("closed"));
        assert_eq!(of("Ravi Menon of Menon Chambers said the plea was heard on Monday."), None);
        assert_eq!(of("The filings remain under seal."), Some("sealed"));
        assert_eq!(of("The hearing was open to the public."), None);
        assert_eq!(of("The court held a hearing."), None);
    }
}

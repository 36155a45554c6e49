//! HTML to plain text, for TimelineJS's headline and text fields: tags stripped, entities
//! decoded, whitespace collapsed, and `<blockquote>`s with their `<cite>`/`<footer>` taken apart.
//! The HTML is scanned, never parsed into a tree, and never reaches the DOM.

enum Tok<'a> {
    Text(&'a str),
    Open(String),
    Close(String),
}

/// Elements whose start or end separates words.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "tr"
            | "td"
            | "th"
            | "hr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "dd"
            | "dt"
            | "pre"
            | "img"
            | "iframe"
    )
}

/// Splits HTML into text runs and tags (lowercased names). Comments, `<!…>` and `<?…>` are
/// dropped, as is the content of `script`, `style`, `template` and `noscript`. A `<` that does
/// not start a tag is text.
fn tokenize(html: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Tok::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(Tok::Text(rest.get(..lt).unwrap_or("")));
        }
        let after = rest.get(lt + 1..).unwrap_or("");
        let next = after.chars().next();
        if after.starts_with("!--") {
            rest = after.find("-->").and_then(|i| after.get(i + 3..)).unwrap_or("");
        } else if matches!(next, Some('!' | '?')) {
            rest = after.find('>').and_then(|i| after.get(i + 1..)).unwrap_or("");
        } else if next == Some('/')
            && after.get(1..).and_then(|s| s.chars().next()).is_some_and(|c| c.is_ascii_alphabetic())
        {
            let body = after.get(1..).unwrap_or("");
            let name = tag_name(body);
            rest = body.find('>').and_then(|i| body.get(i + 1..)).unwrap_or("");
            out.push(Tok::Close(name));
        } else if next.is_some_and(|c| c.is_ascii_alphabetic()) {
            let name = tag_name(after);
            rest = tag_end(after).and_then(|i| after.get(i + 1..)).unwrap_or("");
            if matches!(name.as_str(), "script" | "style" | "template" | "noscript") {
                let closing = format!("</{name}");
                rest = rest.to_ascii_lowercase().find(&closing).and_then(|i| rest.get(i..)).unwrap_or("");
            }
            out.push(Tok::Open(name));
        } else {
            out.push(Tok::Text("<"));
            rest = after;
        }
    }
    out
}

fn tag_name(s: &str) -> String {
    s.chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase()
}

/// The index of the `>` ending a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Decodes the character references editors meet: `&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;`,
/// typographic ones (`&ndash; &mdash; &lsquo; &rsquo; &ldquo; &rdquo; &hellip; &laquo; &raquo;`)
/// and numeric ones (`&#8217; &#x2019;`). Anything else stays as written.
pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = semi.and_then(|i| after.get(..i)).and_then(entity);
        match (decoded, semi) {
            (Some(c), Some(i)) => {
                out.push(c);
                rest = after.get(i + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let named = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse::<u32>().ok()?,
            };
            return Some(char::from_u32(code).filter(|c| *c != '\0').unwrap_or('\u{fffd}'));
        }
    };
    Some(named)
}

/// Whitespace runs (and control characters) become one space; the ends are trimmed.
pub(crate) fn collapse(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text of an HTML fragment: tags removed (block elements and `<br>` separate words),
/// character references decoded, whitespace collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    for tok in tokenize(html) {
        match tok {
            Tok::Text(t) => out.push_str(&decode_entities(t)),
            Tok::Open(name) | Tok::Close(name) => {
                if is_block(&name) {
                    out.push(' ');
                }
            }
        }
    }
    collapse(&out)
}

/// Whether `text` is an HTML page or fragment rather than a plain story: it starts with a tag and
/// has a paragraph, line break, heading or document element in it. A plain story never has `</p>`.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(65_536).collect::<String>().to_ascii_lowercase();
    let marks = ["</p>", "<br", "</div>", "</h1>", "<html", "<body", "<!doctype", "</article>"];
    (head.starts_with('<') && marks.iter().any(|m| head.contains(m))) || head.matches("</p>").count() >= 2
}

/// Elements whose content is never a story's text: the page's head, navigation, asides, forms.
fn is_chrome(name: &str) -> bool {
    matches!(name, "head" | "nav" | "aside" | "form" | "button" | "select" | "dialog" | "menu" | "footer")
}

/// A story's text from an HTML page: one line per block element (paragraph, heading, list item,
/// caption, `<br>`), tags removed, character references decoded, whitespace collapsed within a
/// line. Only the first `<article>` is read when there is one (else `<main>`, else the whole
/// page), with the page's first `<h1>` before it when the article has none; the head,
/// navigation, asides, forms and footers are left out (scripts and styles always are).
pub fn html_to_paragraphs(html: &str) -> String {
    struct Block {
        text: String,
        region: bool,
        h1: bool,
    }
    let toks = tokenize(html);
    let has = |tag: &str| toks.iter().any(|t| matches!(t, Tok::Open(n) if n == tag));
    let region_tag = if has("article") {
        Some("article")
    } else if has("main") {
        Some("main")
    } else {
        None
    };
    let mut blocks: Vec<Block> = Vec::new();
    let mut current = String::new();
    let (mut chrome, mut region, mut regions_seen) = (0usize, 0usize, 0usize);
    let mut in_h1 = false;
    let flush = |current: &mut String, blocks: &mut Vec<Block>, region: bool, h1: bool| {
        let line = collapse(&decode_entities(current));
        if !line.is_empty() {
            blocks.push(Block { text: line, region, h1 });
        }
        current.clear();
    };
    for tok in toks {
        match tok {
            Tok::Text(t) => {
                if chrome == 0 {
                    current.push_str(t);
                }
            }
            Tok::Open(name) => {
                if is_block(&name) || is_chrome(&name) || Some(name.as_str()) == region_tag {
                    flush(&mut current, &mut blocks, region > 0, in_h1);
                }
                if is_chrome(&name) {
                    chrome += 1;
                } else if Some(name.as_str()) == region_tag {
                    // Only the first region: a second article (a related story) is left out.
                    if region > 0 || regions_seen == 0 {
                        region += 1;
                    }
                    regions_seen += 1;
                } else if name == "h1" {
                    in_h1 = true;
                }
            }
            Tok::Close(name) => {
                if is_block(&name) || is_chrome(&name) || Some(name.as_str()) == region_tag {
                    flush(&mut current, &mut blocks, region > 0, in_h1);
                }
                if is_chrome(&name) {
                    chrome = chrome.saturating_sub(1);
                } else if Some(name.as_str()) == region_tag {
                    region = region.saturating_sub(1);
                } else if name == "h1" {
                    in_h1 = false;
                }
            }
        }
    }
    flush(&mut current, &mut blocks, region > 0, in_h1);
    let lines: Vec<&str> = if region_tag.is_some() && blocks.iter().any(|b| b.region) {
        let first_region = blocks.iter().position(|b| b.region).unwrap_or(0);
        let article_h1 = blocks.iter().any(|b| b.region && b.h1);
        let headline = blocks.iter().take(first_region).find(|b| b.h1 && !article_h1).map(|b| b.text.as_str());
        headline.into_iter().chain(blocks.iter().filter(|b| b.region).map(|b| b.text.as_str())).collect()
    } else {
        blocks.iter().map(|b| b.text.as_str()).collect()
    };
    lines.join("\n")
}

#[derive(Default)]
pub(crate) struct Blockquote {
    pub(crate) text: String,
    pub(crate) cite: String,
}

/// Each outermost `<blockquote>`: its text, and the text of `<cite>`/`<footer>` inside it.
pub(crate) fn blockquotes(html: &str) -> Vec<Blockquote> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut in_cite = 0usize;
    let mut current = Blockquote::default();
    for tok in tokenize(html) {
        match tok {
            Tok::Open(name) if name == "blockquote" => {
                if depth == 0 {
                    current = Blockquote::default();
                } else {
                    current.text.push(' ');
                }
                depth += 1;
            }
            Tok::Close(name) if name == "blockquote" && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    found.push(std::mem::take(&mut current));
                    in_cite = 0;
                }
            }
            Tok::Open(name) if depth > 0 && (name == "cite" || name == "footer") => in_cite += 1,
            Tok::Close(name) if depth > 0 && (name == "cite" || name == "footer") => {
                in_cite = in_cite.saturating_sub(1);
            }
            Tok::Text(t) if depth > 0 => {
                let target = if in_cite > 0 { &mut current.cite } else { &mut current.text };
                target.push_str(&decode_entities(t));
            }
            Tok::Open(name) | Tok::Close(name) if depth > 0 && is_block(&name) => {
                let target = if in_cite > 0 { &mut current.cite } else { &mut current.text };
                target.push(' ');
            }
            _ => {}
        }
    }
    if depth > 0 {
        found.push(current);
    }
    found.into_iter().map(|q| Blockquote { text: collapse(&q.text), cite: collapse(&q.cite) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            html_to_text("<p>Amnesty &amp; NSO</p><p>said&nbsp;<b>no</b><br>more &#8217;&#x2019; &lt;x&gt;</p>"),
            "Amnesty & NSO said no more ’’ <x>"
        );
        assert_eq!(html_to_text("a < b <script>alert(1)</script>c<!-- hidden -->d"), "a < b cd");
        assert_eq!(html_to_text("&bogus; &#0; & &amp"), "&bogus; \u{fffd} & &amp");
        assert_eq!(html_to_text("<a href=\"x>y\">link</a>"), "link");
    }

    #[test]
    fn a_page_becomes_its_storys_lines() {
        let page = "<!DOCTYPE html><html><head><title>Site | Story</title><script>var q = \"<p>x</p>\";</script></head>\
                    <body><nav><a>Home</a><a>World</a></nav><h1>Judge &amp; jury</h1>\
                    <article><p>By Ann Lee</p><figure><img src=a.jpg><figcaption>The court (Photo: AP)</figcaption></figure>\
                    <p>The court <b>ruled</b>\n on  Monday.</p><aside>Read more: other story</aside><p>“No,” he said.<br>Next</p>\
                    <footer>Share this</footer></article><article><p>A related story.</p></article>\
                    <footer>© 2020</footer></body></html>";
        assert!(looks_like_html(page));
        assert_eq!(
            html_to_paragraphs(page),
            "Judge & jury\nBy Ann Lee\nThe court (Photo: AP)\nThe court ruled on Monday.\n“No,” he said.\nNext"
        );
        // A fragment from a CMS, without any document element.
        let fragment = "<p>First paragraph.</p>\n<p>Second one.</p>";
        assert!(looks_like_html(fragment));
        assert_eq!(html_to_paragraphs(fragment), "First paragraph.\nSecond one.");
        // Plain stories, even with a "<" in them, are not HTML.
        assert!(!looks_like_html("Court rules\n\nThe vote was 5 < 6, the judge said."));
        assert!(!looks_like_html("<b>Bold</b> claim in a plain story"));
    }

    #[test]
    fn blockquotes_split_text_and_cite() {
        let q = blockquotes(
            "<blockquote><p>“One”</p><footer>— <cite>Ann</cite></footer></blockquote><blockquote>Two</blockquote>",
        );
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].text.as_str(), q[0].cite.as_str()), ("“One”", "— Ann"));
        assert_eq!((q[1].text.as_str(), q[1].cite.as_str()), ("Two", ""));
    }
}

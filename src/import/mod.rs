//! Importers (the `import` feature): other formats to a case JSON tree, which
//! [`crate::model::load`] then validates like any case. Each importer reports what it left out or
//! changed, in the terms of its own input (TimelineJS paths, spreadsheet rows and columns).
//!
//! - [`timelinejs`]: TimelineJS3's JSON;
//! - [`csv`]: TimelineJS3's spreadsheet template, saved as CSV;
//! - [`sheet`]: our own spreadsheet template (CSV or tab-separated), with [`table`] reading the
//!   rows;
//! - `html`: the HTML-to-text scanner the importers use;
//! - [`article`] (feature `draft`): a draft case from a news article.

#[cfg(feature = "draft")]
pub mod article;
#[cfg(feature = "csv")]
pub mod csv;
mod html;
#[cfg(feature = "sheet")]
pub mod sheet;
#[cfg(any(feature = "sheet", feature = "csv"))]
pub mod table;
pub mod timelinejs;

pub use html::html_to_text;

/// Hebrew or Arabic (tag and English name) when most letters of `texts` (a case's name, its
/// events' titles and summaries) are in that script: an imported case without a language of its
/// own gets that language's words and direction, not English around Hebrew text.
pub(crate) fn written_in<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<(&'static str, &'static str)> {
    let (mut letters, mut hebrew, mut arabic) = (0usize, 0usize, 0usize);
    for c in texts.into_iter().flat_map(str::chars).filter(|c| c.is_alphabetic()) {
        letters += 1;
        match c {
            '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => hebrew += 1,
            '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{08A0}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}' => arabic += 1,
            _ => {}
        }
    }
    if hebrew * 2 > letters {
        Some(("he", "Hebrew"))
    } else if arabic * 2 > letters {
        Some(("ar", "Arabic"))
    } else {
        None
    }
}

//! Spreadsheet text — CSV, or the tab-separated rows Google Sheets, Excel and LibreOffice put on
//! the clipboard — as rows of cells that remember where they are.
//!
//! RFC 4180 quoting (a cell in `"…"` may hold the delimiter, line breaks and `""` for a quote)
//! with the delimiter found from the first line: a tab if it has one, else `;` if it has one and
//! no comma (European CSV), else a comma. Rows are numbered as the spreadsheet numbers them: one
//! row per record, empty lines included, so `row 5` is the fifth row in the sheet even when an
//! empty row separates two blocks.
//!
//! Quotes as people type them are not lost: spreadsheets quote a cell only when it holds the
//! delimiter, a line break or a quote, so a cell that starts with a quote but is not a
//! well-formed quoted cell is read as written, and [`Table::quirks`] says so:
//! - `"We won" says Doe` (a closing quote followed by more text) keeps its quotation marks
//!   ([`QuoteIssue::Literal`]); in CSV, when the quoted part holds a comma (`"a, b" c`), the
//!   quoted part and the rest are joined as before ([`QuoteIssue::Joined`]);
//! - a quote that never closes (or closes only on a later line and is followed by more text) is
//!   read as written up to the end of its line in CSV, or up to the next tab in tab-separated
//!   text ([`QuoteIssue::Unclosed`]), so the rows after it are never swallowed into one cell.

use crate::error::Pos;

/// One cell: its text (trimmed) and where it starts in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    /// The text, trimmed of surrounding spaces (and without its quotes).
    pub text: String,
    /// Line and column of the cell's first character.
    pub pos: Pos,
}

/// One row of cells.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The spreadsheet's row number, from 1.
    pub number: usize,
    /// Line and column where the row starts.
    pub pos: Pos,
    /// The cells, in column order (a row may have fewer cells than the header).
    pub cells: Vec<Cell>,
}

impl Row {
    /// True when every cell is empty.
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| c.text.is_empty())
    }

    /// The cell in column `i` when it has text.
    pub fn get(&self, i: usize) -> Option<&Cell> {
        self.cells.get(i).filter(|c| !c.text.is_empty())
    }
}

/// What was odd about a cell's quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteIssue {
    /// A quote opens the cell and is never closed (or is closed only on a later line, with more
    /// text after it): the cell is the text as written, up to the end of its line (CSV) or the
    /// next tab (tab-separated).
    Unclosed,
    /// A quoted part followed by more text (`"We won" says Doe`): read as written, quotation
    /// marks included.
    Literal,
    /// CSV: a quoted part holding the delimiter, followed by more text (`"a, b" c`): the two are
    /// joined (`a, b c`).
    Joined,
}

impl QuoteIssue {
    /// What an importer tells the editor about such a cell (`tabs`: the text is tab-separated).
    pub fn message(self, tabs: bool) -> &'static str {
        match self {
            QuoteIssue::Unclosed if tabs => "the quotation mark (\") that starts this cell is never closed, so the cell is read as written, quotation mark included, up to the next tab; check its text (to start a cell with a quoted phrase, close the quote)",
            QuoteIssue::Unclosed => "the quotation mark (\") that starts this cell is never closed, so the rest of the line is read as this one cell, as written; close the quote after the cell's text, or write a quotation mark that is part of the text twice (\"\")",
            QuoteIssue::Literal => "the quotation marks at the start of this cell are kept as written",
            QuoteIssue::Joined => "the quote that starts this cell ends before the cell does, so the quoted text and the text after it are joined, without the quotation marks; put the whole cell in quotes, and write a quotation mark that is part of the text twice (\"\")",
        }
    }

    /// The problem for such a cell at `place`: a note when the text is kept as written, else a
    /// warning.
    pub fn problem(self, tabs: bool, place: String, pos: crate::error::Pos) -> crate::error::Problem {
        use crate::error::{Problem, ProblemKind};
        match self {
            QuoteIssue::Literal => Problem::info(ProblemKind::Import, place, Some(pos), self.message(tabs)),
            _ => Problem::warning(ProblemKind::Syntax, place, Some(pos), self.message(tabs)),
        }
    }
}

/// A cell whose quotes were not those of a well-formed quoted cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Quirk {
    /// The row's number (as [`Row::number`]).
    pub row: usize,
    /// The cell's index in its row (from 0).
    pub column: usize,
    /// Where the cell's opening quote is.
    pub pos: Pos,
    /// What was odd.
    pub issue: QuoteIssue,
}

/// Rows, and what was odd about their quotes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The rows, in order.
    pub rows: Vec<Row>,
    /// Cells whose quotes were read as written (in row order).
    pub quirks: Vec<Quirk>,
}

/// The delimiter of `text`, from its first non-empty line.
pub fn delimiter(text: &str) -> char {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if line.contains('\t') {
        '\t'
    } else if line.contains(';') && !line.contains(',') {
        ';'
    } else {
        ','
    }
}

/// Reads `text` (a leading byte-order mark is skipped) into rows, splitting cells at
/// `delimiter` (see [`read`] for what is noticed on the way).
pub fn rows(text: &str, delimiter: char) -> Vec<Row> {
    read(text, delimiter).rows
}

/// A cursor over the text that keeps the line and column (in characters) of where it is.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
    line: u32,
    column: u32,
}

impl Cursor<'_> {
    fn pos(&self) -> Pos {
        Pos { line: self.line, column: self.column }
    }
    fn rest(&self) -> &str {
        self.text.get(self.at..).unwrap_or("")
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    /// Moves to byte offset `to` (a character boundary at or after the cursor). A line break is
    /// `\n`, `\r\n` or a lone `\r`.
    fn advance_to(&mut self, to: usize) {
        let bytes = self.text.as_bytes();
        for (i, c) in self.text.get(self.at..to).unwrap_or("").char_indices() {
            let lone_cr = c == '\r' && bytes.get(self.at + i + 1) != Some(&b'\n');
            if c == '\n' || lone_cr {
                self.line = self.line.saturating_add(1);
                self.column = 1;
            } else {
                self.column = self.column.saturating_add(1);
            }
        }
        self.at = to.max(self.at);
    }
}

/// The byte offset (from the start of `s`) of the first character that ends an unquoted cell:
/// the delimiter or a line break (`s.len()` when there is none).
fn cell_end(s: &str, delimiter: char) -> usize {
    s.find([delimiter, '\n', '\r']).unwrap_or(s.len())
}

/// The offset of the end of the line in `s` (its first line break, or `s.len()`).
fn line_end(s: &str) -> usize {
    s.find(['\n', '\r']).unwrap_or(s.len())
}

/// A quoted cell at the start of `s` (which starts with `"`): the offset of its closing quote
/// (none when it never closes) and its text (`""` read as `"`).
fn quoted(s: &str) -> (Option<usize>, String) {
    let mut value = String::new();
    let mut from = 1;
    while let Some(k) = s.get(from..).and_then(|r| r.find('"')) {
        let at = from + k;
        value.push_str(s.get(from..at).unwrap_or(""));
        if s.as_bytes().get(at + 1) == Some(&b'"') {
            value.push('"');
            from = at + 2;
        } else {
            return (Some(at), value);
        }
    }
    (None, value)
}

/// Reads `text` (a leading byte-order mark is skipped) into rows, splitting cells at
/// `delimiter`, and notes every cell that starts with a quote but is not a well-formed quoted
/// cell (see the module's documentation for how each is read).
pub fn read(text: &str, delimiter: char) -> Table {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut cur = Cursor { text, at: 0, line: 1, column: 1 };
    let mut table = Table::default();
    let blank = |c: char| c.is_whitespace() && c != delimiter && c != '\n' && c != '\r';
    while cur.at < text.len() {
        let row_pos = cur.pos();
        let number = table.rows.len() + 1;
        let mut cells: Vec<Cell> = Vec::new();
        let ended = loop {
            let spaces = cur.rest().len() - cur.rest().trim_start_matches(blank).len();
            cur.advance_to(cur.at + spaces);
            let pos = cur.pos();
            let rest = cur.rest();
            let (cell, issue) = if rest.starts_with('"') {
                quoted_cell(rest, delimiter)
            } else {
                let end = cell_end(rest, delimiter);
                (Read { text: rest.get(..end).unwrap_or("").trim().to_string(), len: end }, None)
            };
            if let Some(issue) = issue {
                table.quirks.push(Quirk { row: number, column: cells.len(), pos, issue });
            }
            cur.advance_to(cur.at + cell.len);
            cells.push(Cell { text: cell.text, pos });
            match cur.peek() {
                Some(c) if c == delimiter => cur.advance_to(cur.at + c.len_utf8()),
                Some('\r') => {
                    let n = if cur.rest().starts_with("\r\n") { 2 } else { 1 };
                    cur.advance_to(cur.at + n);
                    break false;
                }
                Some('\n') => {
                    cur.advance_to(cur.at + 1);
                    break false;
                }
                // A cell always ends at the delimiter, a line break or the end of the text.
                _ => break true,
            }
        };
        // Spaces after the last line break are not a row.
        if ended && cells.len() == 1 && cells.iter().all(|c| c.text.is_empty()) {
            break;
        }
        table.rows.push(Row { number, pos: row_pos, cells });
    }
    table
}

/// A cell's text and how many bytes of the input it took.
struct Read {
    text: String,
    len: usize,
}

/// The cell at the start of `s`, which starts with a quote: a well-formed quoted cell, or the
/// text as written (see [`QuoteIssue`]).
fn quoted_cell(s: &str, delimiter: char) -> (Read, Option<QuoteIssue>) {
    let tab = delimiter == '\t';
    let (close, value) = quoted(s);
    let as_written = |end: usize| Read { text: s.get(..end).unwrap_or("").trim().to_string(), len: end };
    let unclosed = || {
        let end = if tab { cell_end(s, delimiter) } else { line_end(s) };
        (as_written(end), Some(QuoteIssue::Unclosed))
    };
    let Some(close) = close else { return unclosed() };
    let after = s.get(close + 1..).unwrap_or("");
    let tail_len = cell_end(after, delimiter);
    let tail = after.get(..tail_len).unwrap_or("");
    let len = close + 1 + tail_len;
    if tail.trim().is_empty() {
        return (Read { text: value.trim().to_string(), len }, None);
    }
    if s.get(..close).is_some_and(|q| q.contains(['\n', '\r'])) {
        return unclosed();
    }
    if !tab && value.contains(delimiter) {
        let joined = format!("{value}{tail}");
        return (Read { text: joined.trim().to_string(), len }, Some(QuoteIssue::Joined));
    }
    (as_written(len), Some(QuoteIssue::Literal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(rows: &[Row]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect()
    }

    #[test]
    fn tabs_commas_and_quotes() {
        assert_eq!(delimiter("date\ttitle\n"), '\t');
        assert_eq!(delimiter("date;title\n"), ';');
        assert_eq!(delimiter("date,title\n"), ',');
        let table = read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\n x ,\"two\nlines\"\n", ',');
        let rows = &table.rows;
        assert_eq!(texts(rows), vec![vec!["a", "b, c", "say \"hi\""], vec![""], vec!["x", "two\nlines"]]);
        assert_eq!(rows.iter().map(|r| r.number).collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(rows[2].cells[0].pos, Pos { line: 3, column: 2 });
        assert_eq!(rows[2].cells[1].pos, Pos { line: 3, column: 5 });
        assert!(rows[1].is_empty());
        assert!(table.quirks.is_empty());
    }

    #[test]
    fn a_last_line_without_a_line_break_is_a_row() {
        assert_eq!(texts(&rows("a\tb\n1\t2", '\t')), vec![vec!["a", "b"], vec!["1", "2"]]);
        assert_eq!(texts(&rows("a\tb\n  ", '\t')), vec![vec!["a", "b"]]);
        assert_eq!(texts(&rows("a,\"\"", ',')), vec![vec!["a", ""]]);
        assert!(rows("", ',').is_empty());
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_line() {
        let table =
            read("date,kind,title,party\n2020-01-01,filing,\"Unclosed quote,x\n2020-02-01,hearing,ok,court\n", ',');
        assert_eq!(
            texts(&table.rows),
            vec![
                vec!["date", "kind", "title", "party"],
                vec!["2020-01-01", "filing", "\"Unclosed quote,x"],
                vec!["2020-02-01", "hearing", "ok", "court"],
            ]
        );
        assert_eq!(
            table.quirks,
            vec![Quirk { row: 2, column: 2, pos: Pos { line: 2, column: 19 }, issue: QuoteIssue::Unclosed }]
        );
        // Tab-separated: up to the next tab, and the cells after it are kept.
        let table = read("date\ttitle\tparty\n2020-01-01\t\"We won, says Doe\tcourt\n2020-02-01\tok\tcourt", '\t');
        assert_eq!(texts(&table.rows)[1], vec!["2020-01-01", "\"We won, says Doe", "court"]);
        assert_eq!(texts(&table.rows)[2], vec!["2020-02-01", "ok", "court"]);
        assert_eq!(table.quirks.len(), 1);
        // Closed only on a later line, with text after it: the rows are not swallowed either.
        let table = read("a,\"open\nb,\"c\",d\n", ',');
        assert_eq!(texts(&table.rows), vec![vec!["a", "\"open"], vec!["b", "c", "d"]]);
    }

    #[test]
    fn quotation_marks_typed_in_a_cell_are_kept() {
        let table = read("title\tparty\n\"We won\" says Doe\tdoe\n", '\t');
        assert_eq!(texts(&table.rows)[1], vec!["\"We won\" says Doe", "doe"]);
        assert_eq!(table.quirks[0].issue, QuoteIssue::Literal);
        assert_eq!((table.quirks[0].row, table.quirks[0].column), (2, 0));
        let table = read("\"a, b\" c,d\n", ',');
        assert_eq!(texts(&table.rows), vec![vec!["a, b c", "d"]]);
        assert_eq!(table.quirks[0].issue, QuoteIssue::Joined);
        // Spreadsheets' own quoting is read as before.
        let table = read("\"\"\"We won\"\" says Doe\"\tdoe\n", '\t');
        assert_eq!(texts(&table.rows), vec![vec!["\"We won\" says Doe", "doe"]]);
        assert!(table.quirks.is_empty());
    }
}

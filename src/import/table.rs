//! Spreadsheet text — CSV, or the tab-separated rows Google Sheets, Excel and LibreOffice put on
//! the clipboard — as rows of cells that remember where they are.
//!
//! RFC 4180 quoting (a cell in `"…"` may hold the delimiter, line breaks and `""` for a quote)
//! with the delimiter found from the first line: a tab if it has one, else `;` if it has one and
//! no comma (European CSV), else a comma. Rows are numbered as the spreadsheet numbers them: one
//! row per record, empty lines included, so `row 5` is the fifth row in the sheet even when an
//! empty row separates two blocks.

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
/// `delimiter`. A quote left open runs to the end of the text (the last cell keeps the rest).
pub fn rows(text: &str, delimiter: char) -> Vec<Row> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut cells: Vec<Cell> = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut at_start = true;
    let (mut line, mut column) = (1u32, 1u32);
    let mut cell_pos = Pos { line, column };
    let mut row_pos = cell_pos;
    let mut chars = text.chars().peekable();
    let finish_cell = |cells: &mut Vec<Cell>, cell: &mut String, pos: Pos| {
        cells.push(Cell { text: cell.trim().to_string(), pos });
        cell.clear();
    };
    while let Some(c) = chars.next() {
        if c == '\n' {
            line = line.saturating_add(1);
            column = 1;
        } else {
            column = column.saturating_add(1);
        }
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    column = column.saturating_add(1);
                    cell.push('"');
                } else {
                    quoted = false;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start && cell.trim().is_empty() => {
                quoted = true;
                cell.clear();
                at_start = false;
            }
            c if c == delimiter => {
                finish_cell(&mut cells, &mut cell, cell_pos);
                cell_pos = Pos { line, column };
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                finish_cell(&mut cells, &mut cell, cell_pos);
                rows.push(Row { number: rows.len() + 1, pos: row_pos, cells: std::mem::take(&mut cells) });
                if c == '\r' {
                    line = line.saturating_add(1);
                    column = 1;
                }
                cell_pos = Pos { line, column };
                row_pos = cell_pos;
                at_start = true;
            }
            c => {
                if at_start && !c.is_whitespace() {
                    at_start = false;
                }
                if cell.is_empty() && c.is_whitespace() {
                    // Leading spaces are trimmed; the cell starts at its first character.
                    cell_pos = Pos { line, column };
                } else {
                    cell.push(c);
                }
            }
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        finish_cell(&mut cells, &mut cell, cell_pos);
        rows.push(Row { number: rows.len() + 1, pos: row_pos, cells });
    }
    rows
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
        let rows = rows("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\n x ,\"two\nlines\"\n", ',');
        assert_eq!(texts(&rows), vec![vec!["a", "b, c", "say \"hi\""], vec![""], vec!["x", "two\nlines"]]);
        assert_eq!(rows.iter().map(|r| r.number).collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(rows[2].cells[0].pos, Pos { line: 3, column: 2 });
        assert_eq!(rows[2].cells[1].pos, Pos { line: 3, column: 5 });
        assert!(rows[1].is_empty());
    }

    #[test]
    fn a_last_line_without_a_line_break_is_a_row() {
        assert_eq!(texts(&rows("a\tb\n1\t2", '\t')), vec![vec!["a", "b"], vec!["1", "2"]]);
    }
}

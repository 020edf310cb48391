//! Reading CSV as spreadsheets and CRMs write it: RFC 4180 quoting, CRLF or
//! LF line ends, an optional byte-order mark, and the separator the file
//! uses — a comma, or the semicolon Excel writes where the comma is the
//! decimal mark (Vietnam, most of Europe), or a tab.

use thiserror::Error;

/// Enough for any agency's client list; more is a wrong file, not a list.
pub const MAX_ROWS: usize = 20_000;
pub const MAX_COLUMNS: usize = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableRow {
    /// The line of the file the row starts on, counting from 1, header included,
    /// so a message can point at the row the user sees in their spreadsheet.
    pub line: usize,
    pub cells: Vec<String>,
}

impl TableRow {
    /// The trimmed cell in `column`; empty when the row is short.
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |c| c.trim())
    }
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CsvError {
    #[error("the file is empty")]
    Empty,
    #[error("the file has a header row but no data rows")]
    NoRows,
    #[error("a quoted cell that starts on line {line} is never closed")]
    UnclosedQuote { line: usize },
    #[error("more than {MAX_ROWS} rows")]
    TooManyRows,
    #[error("more than {MAX_COLUMNS} columns on line {line}")]
    TooManyColumns { line: usize },
}

/// Splits `text` into a header and data rows. Blank lines are skipped.
pub fn parse(text: &str) -> Result<Table, CsvError> {
    // A byte order mark starts the file, and every file pasted after it
    // when exports are put together: never part of a cell.
    let without_marks;
    let text = if text.contains('\u{feff}') {
        without_marks = text.replace('\u{feff}', "");
        without_marks.as_str()
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let separator = guess_separator(text);
    let mut records = Records::new(text, separator);
    let mut header = None;
    let mut rows = Vec::new();
    while let Some(record) = records.next_record()? {
        if record.cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.cells.len() > MAX_COLUMNS {
            return Err(CsvError::TooManyColumns { line: record.line });
        }
        if header.is_none() {
            header = Some(record.cells.iter().map(|c| c.trim().to_string()).collect());
        } else if header
            .as_ref()
            .is_some_and(|h: &Vec<String>| repeats(h, &record.cells))
        {
            // The header of a second export pasted below the first.
            continue;
        } else if rows.len() == MAX_ROWS {
            return Err(CsvError::TooManyRows);
        } else {
            rows.push(TableRow {
                line: record.line,
                cells: record.cells.into_iter().map(undo_formula_guard).collect(),
            });
        }
    }
    let header = header.ok_or(CsvError::Empty)?;
    if rows.is_empty() {
        return Err(CsvError::NoRows);
    }
    Ok(Table { header, rows })
}

fn repeats(header: &[String], cells: &[String]) -> bool {
    header.len() == cells.len() && header.iter().zip(cells).all(|(h, c)| h == c.trim())
}

/// Our exports (and Excel) write `'=text` so a spreadsheet shows text, not a
/// formula; read back, the apostrophe is not part of the text.
fn undo_formula_guard(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest.to_string(),
        _ => cell,
    }
}

/// The separator used most on the first line, outside quotes.
fn guess_separator(text: &str) -> char {
    let mut counts = [(',', 0), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                if let Some(entry) = counts.iter_mut().find(|(s, _)| *s == c) {
                    entry.1 += 1;
                }
            }
            _ => {}
        }
    }
    // The first of the most frequent: a comma wins a tie.
    counts
        .iter()
        .fold(
            (',', 0),
            |best, &(s, n)| if n > best.1 { (s, n) } else { best },
        )
        .0
}

struct Record {
    line: usize,
    cells: Vec<String>,
}

struct Records<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    separator: char,
    line: usize,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, separator: char) -> Self {
        Self {
            chars: text.chars().peekable(),
            separator,
            line: 1,
        }
    }

    fn next_record(&mut self) -> Result<Option<Record>, CsvError> {
        if self.chars.peek().is_none() {
            return Ok(None);
        }
        let line = self.line;
        let mut cells = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        // A quote opens a quoted cell only at its start; elsewhere
        // (`=HYPERLINK("x")` typed by hand) it is text, as spreadsheets read it.
        let mut started = false;
        let mut quote_line = line;
        while let Some(c) = self.chars.next() {
            if c == '\n' {
                self.line += 1;
            }
            if quoted {
                match c {
                    '"' if self.chars.peek() == Some(&'"') => {
                        self.chars.next();
                        cell.push('"');
                    }
                    '"' => quoted = false,
                    _ => cell.push(c),
                }
                continue;
            }
            match c {
                '"' if !started => {
                    quoted = true;
                    started = true;
                    quote_line = self.line;
                }
                '\r' if self.chars.peek() == Some(&'\n') => {}
                '\n' | '\r' => {
                    if c == '\r' {
                        self.line += 1;
                    }
                    cells.push(cell);
                    return Ok(Some(Record { line, cells }));
                }
                c if c == self.separator => {
                    cells.push(std::mem::take(&mut cell));
                    started = false;
                }
                _ => {
                    cell.push(c);
                    started = true;
                }
            }
        }
        if quoted {
            return Err(CsvError::UnclosedQuote { line: quote_line });
        }
        cells.push(cell);
        Ok(Some(Record { line, cells }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(table: &Table) -> Vec<Vec<&str>> {
        table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn reads_quoted_cells_with_commas_quotes_and_line_breaks() {
        let table = parse(
            "\u{feff}Name,Note\r\n\"Sữa, CTCP\",\"say \"\"hi\"\"\"\r\nLotus,\"two\nlines\"\r\n",
        )
        .unwrap();
        assert_eq!(table.header, ["Name", "Note"]);
        assert_eq!(
            cells(&table),
            [vec!["Sữa, CTCP", "say \"hi\""], vec!["Lotus", "two\nlines"]]
        );
        assert_eq!(
            table.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            [2, 3]
        );
    }

    #[test]
    fn two_exports_pasted_together_read_as_one_without_marks_or_a_second_header() {
        let one = "\u{feff}Name,Note\r\nLotus,first\r\n";
        let two = "\u{feff}Name,Note\r\n\"\u{feff}Sữa\",second\r\n";
        let table = parse(&format!("{one}{two}")).unwrap();
        assert_eq!(
            cells(&table),
            [vec!["Lotus", "first"], vec!["Sữa", "second"]]
        );
    }

    #[test]
    fn a_quote_inside_an_unquoted_cell_is_text() {
        let table = parse("Name,Note\nA,=HYPERLINK(\"http://x\"),\n").unwrap();
        assert_eq!(cells(&table), [vec!["A", "=HYPERLINK(\"http://x\")", ""]]);
    }

    #[test]
    fn semicolons_and_tabs_are_recognised() {
        let table = parse("Tên;Ngành\nVinamilk;Sữa, đồ uống\n").unwrap();
        assert_eq!(cells(&table), [vec!["Vinamilk", "Sữa, đồ uống"]]);
        let table = parse("Name\tEmail\nAn\tan@x.vn").unwrap();
        assert_eq!(cells(&table), [vec!["An", "an@x.vn"]]);
    }

    #[test]
    fn blank_lines_are_skipped_and_line_numbers_stay_true() {
        let table = parse("Name\n\n,\nA\n\nB").unwrap();
        assert_eq!(
            table
                .rows
                .iter()
                .map(|r| (r.line, r.cell(0)))
                .collect::<Vec<_>>(),
            [(4, "A"), (6, "B")]
        );
    }

    #[test]
    fn formula_guard_apostrophes_are_removed() {
        let table = parse("Name\n'=cmd\n'tis\n").unwrap();
        assert_eq!(cells(&table), [vec!["=cmd"], vec!["'tis"]]);
    }

    #[test]
    fn bad_files_say_what_is_wrong() {
        assert_eq!(parse(""), Err(CsvError::Empty));
        assert_eq!(parse("\u{feff} \r\n"), Err(CsvError::Empty));
        assert_eq!(parse("Name,Email\r\n"), Err(CsvError::NoRows));
        assert_eq!(
            parse("Name\nA\n\"open,\nB\n"),
            Err(CsvError::UnclosedQuote { line: 3 })
        );
        let wide = format!("{}\nx", "a,".repeat(MAX_COLUMNS));
        assert_eq!(parse(&wide), Err(CsvError::TooManyColumns { line: 1 }));
        let long = format!("Name\n{}", "x\n".repeat(MAX_ROWS + 1));
        assert_eq!(parse(&long), Err(CsvError::TooManyRows));
    }

    #[test]
    fn short_rows_read_as_empty_cells() {
        let table = parse("A,B,C\n1\n").unwrap();
        assert_eq!(table.rows[0].cell(2), "");
    }
}

//! Reading one CSV register against its column contract.
//!
//! A register is checked cell by cell. A cell that is wrong is reported with
//! the file, the line and the column, and its row is left out; every other
//! row still counts. Two things make a whole register unusable: a missing
//! column, and a column that looks like it holds a name, address or date of
//! birth, which ivaudit refuses so that it never becomes a place where
//! children's identities pile up.

use std::collections::HashMap;

use crate::date::Date;
use crate::diag::{Code, Diagnostic};

/// Words that mark a column as holding identities, not references.
const IDENTITY_WORDS: &[&str] = &[
    "name",
    "names",
    "forename",
    "forenames",
    "surname",
    "firstname",
    "lastname",
    "fullname",
    "dob",
    "birth",
    "birthday",
    "address",
    "postcode",
    "email",
    "phone",
    "telephone",
    "mobile",
    "nhs",
];

/// Whether a column header looks like it holds a person's identity.
pub fn is_identity_column(header: &str) -> bool {
    header.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|word| IDENTITY_WORDS.contains(&word))
}

/// A register whose header passed its contract.
pub struct Table {
    pub file: String,
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
}

/// One data row and the line it starts on.
pub struct Row {
    pub line: usize,
    fields: Vec<String>,
}

/// Reads `bytes` as the register `file`, whose header must hold every
/// column in `columns`. `None` (with an error saying why) when the register
/// cannot be used at all.
pub fn read(file: &str, bytes: &[u8], columns: &[&str], diagnostics: &mut Vec<Diagnostic>) -> Option<Table> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(bytes);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().trim_start_matches('\u{feff}').to_lowercase()).collect(),
        Err(e) => {
            diagnostics.push(Diagnostic::error(
                Code::IV404,
                file,
                format!("cannot be read as CSV: {e}; the register is not used"),
            ));
            return None;
        }
    };
    let identity: Vec<&String> = header.iter().filter(|h| is_identity_column(h)).collect();
    if !identity.is_empty() {
        for column in identity {
            diagnostics.push(
                Diagnostic::error(
                    Code::IV401,
                    file,
                    format!(
                        "column `{column}` looks like a name, address or date of birth; registers hold references only \
                         (such as child_ref C-014), so that ivaudit never stores who a child or volunteer is. \
                         Remove the column; the register is not used until then"
                    ),
                )
                .at(Some(1), None),
            );
        }
        return None;
    }
    let missing: Vec<&&str> = columns.iter().filter(|c| !header.iter().any(|h| h == **c)).collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|c| format!("`{c}`")).collect();
        diagnostics.push(
            Diagnostic::error(
                Code::IV402,
                file,
                format!("the header lacks {}; the register is not used", names.join(", ")),
            )
            .at(Some(1), None),
        );
        return None;
    }
    for h in header.iter().filter(|h| !columns.contains(&h.as_str())) {
        diagnostics.push(
            Diagnostic::warning(Code::IV403, file, format!("column `{h}` is not part of this register and is ignored"))
                .at(Some(1), None),
        );
    }
    let index: HashMap<String, usize> = header.iter().enumerate().map(|(i, h)| (h.clone(), i)).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                diagnostics.push(
                    Diagnostic::error(Code::IV404, file, format!("this row cannot be read ({e}); it is left out"))
                        .at(line, None),
                );
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue;
        }
        if record.len() != header.len() {
            diagnostics.push(
                Diagnostic::error(
                    Code::IV404,
                    file,
                    format!("this row has {} fields but the header has {}; it is left out", record.len(), header.len()),
                )
                .at(Some(line), None),
            );
            continue;
        }
        rows.push(Row { line, fields: record.iter().map(str::to_string).collect() });
    }
    Some(Table { file: file.to_string(), columns: index, rows })
}

/// Reads the cells of one row, reporting each bad one. After reading, the
/// row is used only if `ok()` is true.
pub struct Cells<'a> {
    table: &'a Table,
    row: &'a Row,
    bad: bool,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl<'a> Cells<'a> {
    pub fn new(table: &'a Table, row: &'a Row, diagnostics: &'a mut Vec<Diagnostic>) -> Cells<'a> {
        Cells { table, row, bad: false, diagnostics }
    }

    pub fn line(&self) -> usize {
        self.row.line
    }

    /// Whether every cell read so far was good.
    pub fn ok(&self) -> bool {
        !self.bad
    }

    fn raw(&self, column: &str) -> &'a str {
        let i = self.table.columns[column];
        self.row.fields[i].as_str()
    }

    /// Reports a problem with this row's `column`; the row will be left out.
    pub fn problem(&mut self, column: &str, what: impl std::fmt::Display) {
        self.bad = true;
        self.diagnostics.push(
            Diagnostic::error(
                Code::IV405,
                &self.table.file,
                format!("column `{column}`: {what}; this row is left out"),
            )
            .at(Some(self.row.line), None),
        );
    }

    fn blank(&mut self, column: &str, required: bool) -> bool {
        let empty = self.raw(column).is_empty();
        if empty && required {
            self.problem(column, "is empty but must be filled in");
        }
        empty
    }

    /// A reference such as `C-014`. Its value is never repeated in a
    /// message, since a register is the one place references live.
    pub fn reference(&mut self, column: &str, required: bool) -> Option<String> {
        if self.blank(column, required) {
            return None;
        }
        let value = self.raw(column);
        let code_like = value.len() <= 40 && value.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
        if !code_like {
            self.problem(
                column,
                "is not a reference code (letters, digits, - _ . / and no spaces, at most 40 characters); registers hold references, never names",
            );
            return None;
        }
        Some(value.to_string())
    }

    pub fn date(&mut self, column: &str, required: bool) -> Option<Date> {
        if self.blank(column, required) {
            return None;
        }
        match self.raw(column).parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(column, e);
                None
            }
        }
    }

    /// One of a fixed set of values.
    pub fn choice<T: Copy>(&mut self, column: &str, required: bool, allowed: &[(&str, T)]) -> Option<T> {
        if self.blank(column, required) {
            return None;
        }
        let value = self.raw(column).to_lowercase();
        match allowed.iter().find(|(name, _)| *name == value) {
            Some((_, v)) => Some(*v),
            None => {
                let names: Vec<&str> = allowed.iter().map(|(n, _)| *n).collect();
                self.problem(column, format!("`{value}` is not one of {}", names.join(", ")));
                None
            }
        }
    }

    pub fn yes_no(&mut self, column: &str, required: bool) -> Option<bool> {
        self.choice(column, required, &[("yes", true), ("no", false)])
    }

    /// A whole number no greater than `max`.
    pub fn count(&mut self, column: &str, required: bool, max: u32) -> Option<u32> {
        if self.blank(column, required) {
            return None;
        }
        match self.raw(column).parse::<u32>() {
            Ok(n) if n <= max => Some(n),
            _ => {
                let value = self.raw(column).to_string();
                self.problem(column, format!("`{value}` is not a whole number from 0 to {max}"));
                None
            }
        }
    }

    /// A `;`-separated list of keys from `allowed`.
    pub fn keys(&mut self, column: &str, allowed: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for key in self.raw(column).split(';').map(|k| k.trim().to_lowercase()).filter(|k| !k.is_empty()) {
            if allowed.contains(&key.as_str()) {
                out.push(key);
            } else {
                self.problem(column, format!("`{key}` is not one of {}", allowed.join(", ")));
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_columns_are_recognised() {
        for h in ["name", "child_name", "Child Name", "dob", "date_of_birth", "home_address", "postcode", "carer_email"]
        {
            assert!(is_identity_column(h), "{h}");
        }
        for h in ["child_ref", "first_language", "referred_on", "volunteer_ref", "placement_type"] {
            assert!(!is_identity_column(h), "{h}");
        }
    }

    #[test]
    fn bad_cells_leave_their_row_out_and_name_line_and_column() {
        let csv = "a_ref,when,n\nA-1,2026-01-01,3\nnot a code,2026-13-01,x\nA-3,,2\n";
        let mut diags = Vec::new();
        let table = read("registers/t.csv", csv.as_bytes(), &["a_ref", "when", "n"], &mut diags).unwrap();
        let mut kept = Vec::new();
        for row in &table.rows {
            let mut cells = Cells::new(&table, row, &mut diags);
            let r = cells.reference("a_ref", true);
            let d = cells.date("when", true);
            let n = cells.count("n", true, 9);
            if cells.ok() {
                kept.push((r.unwrap(), d.unwrap(), n.unwrap()));
            }
        }
        assert_eq!(kept.len(), 1);
        let lines: Vec<(Option<usize>, &str)> = diags.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(lines.len(), 4, "{lines:?}");
        assert_eq!(lines[0].0, Some(3));
        assert!(lines[0].1.starts_with("column `a_ref`: is not a reference code"));
        assert!(!lines[0].1.contains("not a code"), "a reference's value is never echoed");
        assert!(lines[1].1.contains("`2026-13-01` is not a real calendar date"));
        assert!(lines[2].1.contains("`x` is not a whole number"));
        assert_eq!(lines[3].0, Some(4));
        assert!(lines[3].1.contains("column `when`: is empty"));
    }

    #[test]
    fn a_name_column_refuses_the_register() {
        let mut diags = Vec::new();
        assert!(read("registers/c.csv", b"child_ref,child_name\nC-1,X\n", &["child_ref"], &mut diags).is_none());
        assert_eq!(diags[0].code, Code::IV401);
        assert!(diags[0].message.contains("`child_name` looks like a name"));
    }

    #[test]
    fn a_missing_column_refuses_the_register() {
        let mut diags = Vec::new();
        assert!(read("registers/v.csv", b"child_ref\nC-1\n", &["child_ref", "date"], &mut diags).is_none());
        assert!(diags[0].message.contains("the header lacks `date`"));
    }
}

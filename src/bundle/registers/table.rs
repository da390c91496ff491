//! Reading one CSV register against its column contract.
//!
//! A register is checked cell by cell. A cell that is wrong is reported with
//! the file, the line and the column, and its row is left out; every other
//! row still counts. Two things make a whole register unusable: a missing
//! column, and a column that looks like it holds a name, address or date of
//! birth, which ivaudit refuses so that it never becomes a place where
//! children's identities pile up.
//!
//! **A diagnostic never repeats what a person typed into a cell.** A cell
//! may hold a name typed into the wrong column, so messages say which column
//! and what was expected, never what was found. [`Cells`] reports problems
//! only as a [`Problem`], which can hold nothing but the contract's own
//! `'static` words and numbers, so no cell text can reach a message. Header
//! names are repeated: they are not personal data (and a header that looks
//! like one refuses the register).
//!
//! Line numbers are physical lines of the file, whatever its line endings
//! (`\n`, `\r\n` from Excel on Windows, or a lone `\r`), with or without a
//! UTF-8 byte order mark. A row whose quoted cell runs over several lines is
//! cited at the line it starts on.

use std::collections::HashMap;

use super::names::{closest, compact, is_identity_column, label, same};
use super::{KnownReference, ReferenceKind};
use crate::date::{Date, DateError};
use crate::diag::{Code, Diagnostic};

/// Most header problems of one kind reported one by one; the rest are
/// counted in one more diagnostic, so a header of a million columns gives a
/// handful of lines, not a million.
const HEADER_REPORT_MAX: usize = 10;

/// Longest cell that can be a reference code.
const REFERENCE_MAX: usize = 40;

/// Whether `value` is written like a reference code: letters, digits and
/// `- _ . /`, no spaces, at most 40 characters.
pub fn is_code_like(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= REFERENCE_MAX
        && value.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
}

/// The reference columns whose values are collected for the publication
/// guard, wherever they appear: `child_ref` and `volunteer_ref` in any
/// register, `ref` where the register's contract has it (complaints).
fn reference_kind(column: &str, contract: &[&'static str]) -> Option<ReferenceKind> {
    if same(column, "child_ref") {
        Some(ReferenceKind::Child)
    } else if same(column, "volunteer_ref") {
        Some(ReferenceKind::Volunteer)
    } else if same(column, "ref") && contract.contains(&"ref") {
        Some(ReferenceKind::Complaint)
    } else {
        None
    }
}

/// A register whose header passed its contract.
pub struct Table {
    pub file: String,
    /// Contract column to its index in the file.
    columns: HashMap<&'static str, usize>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The 1-based position of a contract column in the file.
    pub fn column_number(&self, column: &str) -> usize {
        self.columns[column] + 1
    }
}

/// One data row and the line it starts on.
pub struct Row {
    pub line: usize,
    fields: Vec<String>,
}

/// Physical line numbers from byte offsets. `\n`, `\r\n` and a lone `\r`
/// each end one line. The csv crate's own line count only counts `\n` and
/// takes a record's position before the `\n` of a `\r\n` ending, which
/// cites every row of a Windows file one line early.
struct Lines<'a> {
    bytes: &'a [u8],
    /// Bytes before `pos` have been counted.
    pos: usize,
    ends: usize,
}

impl<'a> Lines<'a> {
    fn new(bytes: &'a [u8]) -> Lines<'a> {
        Lines { bytes, pos: 0, ends: 0 }
    }

    fn is_end(&self, i: usize) -> bool {
        match self.bytes[i] {
            b'\r' => true,
            b'\n' => i == 0 || self.bytes[i - 1] != b'\r',
            _ => false,
        }
    }

    /// The line of the first byte at or after `offset` that is not a line
    /// ending (a record's position may point at the ending before it).
    /// Offsets must not go backwards; the whole file is counted once.
    fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len());
        while self.pos < offset || (self.pos < self.bytes.len() && matches!(self.bytes[self.pos], b'\r' | b'\n')) {
            if self.is_end(self.pos) {
                self.ends += 1;
            }
            self.pos += 1;
        }
        self.ends + 1
    }
}

/// The byte offset of a quoted field that is never closed, if there is one.
/// It mirrors the csv crate's quoting (doubled quotes inside a quoted field,
/// quotes inside an unquoted field kept as they are), for which such a field
/// silently runs to the end of the file.
fn unclosed_quote(bytes: &[u8], delimiter: u8) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted(usize),
        QuoteInQuoted(usize),
    }
    let mut state = State::FieldStart;
    for (i, &b) in bytes.iter().enumerate() {
        let ends_field = b == delimiter || b == b'\n' || b == b'\r';
        state = match state {
            State::FieldStart if b == b'"' => State::Quoted(i),
            State::FieldStart | State::Unquoted if ends_field => State::FieldStart,
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted(start) if b == b'"' => State::QuoteInQuoted(start),
            State::Quoted(start) => State::Quoted(start),
            State::QuoteInQuoted(start) if b == b'"' => State::Quoted(start),
            State::QuoteInQuoted(_) if ends_field => State::FieldStart,
            State::QuoteInQuoted(_) => State::Unquoted,
        };
    }
    match state {
        State::Quoted(start) => Some(start),
        _ => None,
    }
}

/// The field separator: `;` when the first line holds a `;` and no `,`, as
/// Excel writes CSV where the decimal mark is a comma; `,` otherwise.
fn separator(bytes: &[u8]) -> u8 {
    let first_line = bytes.split(|b| *b == b'\n' || *b == b'\r').find(|l| !l.is_empty()).unwrap_or_default();
    if first_line.contains(&b';') && !first_line.contains(&b',') { b';' } else { b',' }
}

/// A header cell as read: its text, and the contract column it names.
struct HeaderCell {
    text: String,
    column: Option<&'static str>,
}

/// How a header cell is named in a message: `` column `name` (column 3) ``,
/// or only its position when the name is not fit to repeat.
fn header_name(text: &str, index: usize) -> String {
    match label(text) {
        Some(l) => format!("column `{l}` (column {})", index + 1),
        None => format!("column {}", index + 1),
    }
}

/// How the column at `index` of a data row is named: by its contract name,
/// by its header, or (past the header's end) by its position.
fn column_name(header: &[HeaderCell], index: usize) -> String {
    match header.get(index) {
        Some(HeaderCell { column: Some(c), .. }) => format!("column `{c}` (column {})", index + 1),
        Some(h) => header_name(&h.text, index),
        None => format!("column {}", index + 1),
    }
}

/// Pushes a diagnostic for each of the first few `items` and counts the
/// rest in one more, so that only those few messages are ever built.
fn push_capped<T>(
    diagnostics: &mut Vec<Diagnostic>,
    items: &[T],
    one: impl Fn(&T) -> Diagnostic,
    rest: impl FnOnce(usize) -> Diagnostic,
) {
    diagnostics.extend(items.iter().take(HEADER_REPORT_MAX).map(one));
    if items.len() > HEADER_REPORT_MAX {
        diagnostics.push(rest(items.len() - HEADER_REPORT_MAX));
    }
}

/// Reads `bytes` as the register `file`, whose header must hold every
/// column in `columns`. `None` (with an error saying why) when the register
/// cannot be used at all.
///
/// Every code-like value in a reference column of every data row is added
/// to `references`, whether or not the row or the register is used: the
/// list serves to keep those references out of anything published.
pub fn read(
    file: &str,
    bytes: &[u8],
    columns: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
    references: &mut Vec<KnownReference>,
) -> Option<Table> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        let why = "is saved as UTF-16 text; save it as \"CSV UTF-8\" (comma- or semicolon-separated); the register is not used";
        diagnostics.push(Diagnostic::error(Code::IV404, file, why));
        return None;
    }
    let delimiter = separator(bytes);
    let reader = Reader {
        records: Records::Csv {
            csv: csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .trim(csv::Trim::All)
                .delimiter(delimiter)
                .from_reader(bytes),
            lines: Lines::new(bytes),
            unclosed: unclosed_quote(bytes, delimiter),
            semicolon: delimiter == b';',
        },
        record: csv::ByteRecord::new(),
    };
    read_records(file, reader, columns, diagnostics, references)
}

/// Reads a register given as rows of cells, each with the number a reader
/// finds it at (a spreadsheet's row number), against the same contract and
/// with the same checks as a CSV register. Rows whose cells are all empty
/// are skipped, as blank lines are in a CSV file, and a blank header cell
/// (an empty column to the left of or between the columns) is not
/// reported.
pub fn read_rows(
    file: &str,
    rows: Vec<(usize, Vec<String>)>,
    columns: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
    references: &mut Vec<KnownReference>,
) -> Option<Table> {
    let reader = Reader { records: Records::Rows(rows.into_iter()), record: csv::ByteRecord::new() };
    read_records(file, reader, columns, diagnostics, references)
}

/// The register's header and data rows, from whichever source.
fn read_records(
    file: &str,
    mut reader: Reader<'_>,
    columns: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
    references: &mut Vec<KnownReference>,
) -> Option<Table> {
    let refuse = |code: Code, line: Option<usize>, why: String| {
        Diagnostic::error(code, file, format!("{why}; the register is not used")).at(line, None)
    };
    let unit = reader.unit();

    // The header: the first record that is not a blank line.
    let Some((header_line, unclosed)) = reader.next_record() else {
        let why = format!("is empty; a register starts with its header row ({})", columns.join(", "));
        diagnostics.push(refuse(Code::IV402, None, why));
        return None;
    };
    if unclosed.is_some() {
        let why = "the header row opens a quoted field (`\"`) that is never closed";
        diagnostics.push(refuse(Code::IV404, Some(header_line), why.to_string()));
        return None;
    }
    let is_text = reader.record.iter().all(|f| std::str::from_utf8(f).is_ok());
    let mut header: Vec<HeaderCell> = reader
        .record
        .iter()
        .map(|f| HeaderCell { text: String::from_utf8_lossy(f).trim().to_string(), column: None })
        .collect();
    if !is_text {
        // Still matched, so that the references of its rows are collected.
        let why = "the header row is not UTF-8 text; save the register as \"CSV UTF-8\"";
        diagnostics.push(refuse(Code::IV404, Some(header_line), why.to_string()));
    }
    if reader.is_semicolon() {
        diagnostics.push(
            Diagnostic::warning(
                Code::IV410,
                file,
                "fields are separated by `;`, not `,` (as Excel saves CSV where the decimal mark is a comma); \
                 it is read with `;` as the separator",
            )
            .at(Some(header_line), None),
        );
    }
    let mut matched = match_header(&mut header, columns);
    if unit == "row" {
        matched.unknown.retain(|&i| !header[i].text.is_empty());
    }
    let usable = check_header(file, header_line, unit, &header, columns, &matched, is_text, diagnostics);
    let reference_columns: Vec<(usize, ReferenceKind)> = header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| reference_kind(h.column.unwrap_or(h.text.as_str()), columns).map(|k| (i, k)))
        .collect();

    // The data rows. Each is read even in a refused register, for its references.
    let mut rows = Vec::new();
    // Each reference once per register, at its first line: a visits
    // register repeats the same few references thousands of times.
    let mut seen: std::collections::HashSet<(ReferenceKind, String)> = std::collections::HashSet::new();
    while let Some((line, unclosed)) = reader.next_record() {
        let record = &reader.record;
        for (i, kind) in &reference_columns {
            if let Some(value) = record.get(*i).and_then(|f| std::str::from_utf8(f).ok()).map(str::trim)
                && is_code_like(value)
            {
                // The set owns one copy; the list gets the other only once.
                if seen.insert((*kind, value.to_string())) {
                    let (kind, value, file) = (*kind, value.to_string(), file.to_string());
                    references.push(KnownReference { kind, value, file, line });
                }
            }
        }
        if !usable {
            continue;
        }
        let left_out = |why: String, column: Option<usize>| {
            Diagnostic::error(Code::IV404, file, format!("{why}; this row is left out")).at(Some(line), column)
        };
        if let Some(opened) = unclosed {
            let on = if opened == line { String::new() } else { format!(" (on line {opened})") };
            let why =
                format!("a quoted field{on} opens with `\"` and is never closed, so it runs to the end of the file");
            diagnostics.push(left_out(why, None));
            continue;
        }
        if let Some(i) = record.iter().position(|f| std::str::from_utf8(f).is_err()) {
            let why = format!("{}: is not UTF-8 text; save the register as \"CSV UTF-8\"", column_name(&header, i));
            diagnostics.push(left_out(why, Some(i + 1)));
            continue;
        }
        let fields: Vec<String> =
            record.iter().map(|f| std::str::from_utf8(f).unwrap_or_default().trim().to_string()).collect();
        if fields.iter().all(String::is_empty) {
            continue;
        }
        if fields.len() != header.len() {
            let why = format!("this row has {} fields but the header has {}", fields.len(), header.len());
            diagnostics.push(left_out(why, None));
            continue;
        }
        rows.push(Row { line, fields });
    }
    usable.then(|| Table { file: file.to_string(), columns: matched.index, rows })
}

/// Where a register's records come from.
enum Records<'a> {
    /// A CSV file, cited by physical line.
    Csv { csv: csv::Reader<&'a [u8]>, lines: Lines<'a>, unclosed: Option<usize>, semicolon: bool },
    /// Rows of a spreadsheet, each with its row number.
    Rows(std::vec::IntoIter<(usize, Vec<String>)>),
}

/// A register's records, one at a time, with what it takes to cite each.
struct Reader<'a> {
    records: Records<'a>,
    record: csv::ByteRecord,
}

impl Reader<'_> {
    /// What a record is called in messages: a CSV `line`, a spreadsheet `row`.
    fn unit(&self) -> &'static str {
        match self.records {
            Records::Csv { .. } => "line",
            Records::Rows(_) => "row",
        }
    }

    fn is_semicolon(&self) -> bool {
        matches!(self.records, Records::Csv { semicolon: true, .. })
    }

    /// Reads the next record into `self.record`: its line, and if it holds
    /// the quoted field that never closes, the line where that opens.
    fn next_record(&mut self) -> Option<(usize, Option<usize>)> {
        match &mut self.records {
            Records::Csv { csv, lines, unclosed, .. } => {
                let start = csv.position().byte() as usize;
                // On a byte slice the csv crate fails only on I/O, which cannot
                // happen; an error ends the reading rather than looping on it.
                if !csv.read_byte_record(&mut self.record).unwrap_or(false) {
                    return None;
                }
                let end = csv.position().byte() as usize;
                let line = lines.line_of(self.record.position().map_or(start, |p| p.byte() as usize));
                let unclosed = unclosed.filter(|u| (start..end).contains(u)).map(|u| lines.line_of(u));
                Some((line, unclosed))
            }
            Records::Rows(rows) => {
                // An empty row is a blank line: skipped wherever it is.
                let (line, cells) = rows.find(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))?;
                self.record.clear();
                for cell in &cells {
                    self.record.push_field(cell.trim().as_bytes());
                }
                Some((line, None))
            }
        }
    }
}

/// How the header's cells matched the contract.
struct HeaderMatch {
    /// Contract column to its index in the file.
    index: HashMap<&'static str, usize>,
    /// (index, contract column, index of its first appearance).
    repeated: Vec<(usize, &'static str, usize)>,
    /// Cells that look like a person's identity.
    identity: Vec<usize>,
    /// Other cells outside the contract.
    unknown: Vec<usize>,
}

/// Matches header cells to contract columns, forgiving case and separators.
fn match_header(header: &mut [HeaderCell], columns: &[&'static str]) -> HeaderMatch {
    let mut m = HeaderMatch { index: HashMap::new(), repeated: Vec::new(), identity: Vec::new(), unknown: Vec::new() };
    let compact_columns: HashMap<String, &'static str> = columns.iter().map(|c| (compact(c), *c)).collect();
    for (i, cell) in header.iter_mut().enumerate() {
        if let Some(column) = compact_columns.get(&compact(&cell.text)) {
            match m.index.get(column) {
                Some(first) => m.repeated.push((i, column, *first)),
                None => {
                    m.index.insert(column, i);
                    cell.column = Some(column);
                }
            }
        } else if is_identity_column(&cell.text) {
            m.identity.push(i);
        } else {
            m.unknown.push(i);
        }
    }
    m
}

/// Reports what is wrong with the header; whether the register can be used.
#[allow(clippy::too_many_arguments)]
fn check_header(
    file: &str,
    line: usize,
    unit: &str,
    header: &[HeaderCell],
    columns: &[&'static str],
    m: &HeaderMatch,
    is_text: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let at_header = |d: Diagnostic, column: Option<usize>| d.at(Some(line), column);
    push_capped(
        diagnostics,
        &m.identity,
        |&i| {
            let message = format!(
                "{} looks like a name, address or date of birth; registers hold references only \
                 (such as child_ref C-014), so that ivaudit never stores who a child or volunteer is. \
                 Remove the column; the register is not used until then",
                header_name(&header[i].text, i)
            );
            at_header(Diagnostic::error(Code::IV401, file, message), Some(i + 1))
        },
        |n| {
            let message = format!("{n} more columns look like names, addresses or dates of birth");
            at_header(Diagnostic::error(Code::IV401, file, message), None)
        },
    );
    if !is_text || !m.identity.is_empty() {
        return false;
    }
    if m.index.is_empty() {
        let message = format!(
            "the first {unit} holds none of this register's columns; a register starts with its header row ({}); \
             the register is not used",
            columns.join(", ")
        );
        diagnostics.push(at_header(Diagnostic::error(Code::IV402, file, message), None));
        return false;
    }
    let missing: Vec<&'static str> = columns.iter().copied().filter(|c| !m.index.contains_key(c)).collect();
    // Unknown columns, each with the missing column it is closest to.
    push_capped(
        diagnostics,
        &m.unknown,
        |&i| {
            let hint = match closest(&header[i].text, missing.iter().copied()) {
                Some(c) => format!(" (did you mean `{c}`?)"),
                None => String::new(),
            };
            let message =
                format!("{} is not part of this register and is ignored{hint}", header_name(&header[i].text, i));
            at_header(Diagnostic::warning(Code::IV403, file, message), Some(i + 1))
        },
        |n| {
            let message = format!("{n} more columns are not part of this register and are ignored");
            at_header(Diagnostic::warning(Code::IV403, file, message), None)
        },
    );
    push_capped(
        diagnostics,
        &m.repeated,
        |&(i, column, first)| {
            let message = format!(
                "{} repeats column `{column}` (column {}); only the first is read",
                header_name(&header[i].text, i),
                first + 1
            );
            at_header(Diagnostic::warning(Code::IV403, file, message), Some(i + 1))
        },
        |n| at_header(Diagnostic::warning(Code::IV403, file, format!("{n} more columns repeat a column")), None),
    );
    if missing.is_empty() {
        return true;
    }
    let names: Vec<String> = missing.iter().map(|c| format!("`{c}`")).collect();
    let message = format!("the header lacks {}; the register is not used", names.join(", "));
    diagnostics.push(at_header(Diagnostic::error(Code::IV402, file, message), None));
    false
}

/// What is wrong with a cell, said without repeating the cell: it can hold
/// only the contract's own words and numbers.
enum Problem {
    Empty,
    NotReference,
    NotDate,
    NoSuchDay,
    DateOutOfRange,
    NotCount { max: u32 },
    NotChoice { allowed: Vec<&'static str>, suggestion: Option<&'static str> },
    NotKeys { allowed: &'static [&'static str], bad: usize, first: usize, suggestion: Option<&'static str> },
    Rule(&'static str),
}

fn did_you_mean(suggestion: Option<&'static str>) -> String {
    suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default()
}

impl Problem {
    fn describe(&self) -> String {
        match self {
            Problem::Empty => "is empty but must be filled in".to_string(),
            Problem::NotReference => format!(
                "expected a reference code (letters, digits, - _ . / and no spaces, at most {REFERENCE_MAX} \
                 characters); registers hold references, never names"
            ),
            Problem::NotDate => "expected a date written YYYY-MM-DD, such as 2026-03-31".to_string(),
            Problem::NoSuchDay => {
                "not a real calendar date (written YYYY-MM-DD, but there is no such month or day)".to_string()
            }
            Problem::DateOutOfRange => format!(
                "the year is outside {} to {}, the years ivaudit accepts",
                crate::limits::EARLIEST_YEAR,
                crate::limits::LATEST_YEAR
            ),
            Problem::NotCount { max } => format!("expected a whole number from 0 to {max}"),
            Problem::NotChoice { allowed, suggestion } => {
                format!("expected one of {}{}", allowed.join(", "), did_you_mean(*suggestion))
            }
            Problem::NotKeys { allowed, bad, first, suggestion } => {
                let which = if *bad == 1 {
                    format!("item {first} is not one of them")
                } else {
                    format!("{bad} items are not among them, the first being item {first}")
                };
                format!(
                    "expected items from {}, separated by `;`; {which}{}",
                    allowed.join(", "),
                    did_you_mean(*suggestion)
                )
            }
            Problem::Rule(why) => (*why).to_string(),
        }
    }
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

    fn problem(&mut self, column: &'static str, problem: Problem) {
        self.bad = true;
        let number = self.table.column_number(column);
        self.diagnostics.push(
            Diagnostic::error(
                Code::IV405,
                &self.table.file,
                format!("column `{column}` (column {number}): {}; this row is left out", problem.describe()),
            )
            .at(Some(self.row.line), Some(number)),
        );
    }

    /// Reports that this row's `column` breaks a rule across columns (a
    /// match dated before its referral); the row will be left out. `why` is
    /// fixed text, so it cannot repeat a cell.
    pub fn rule(&mut self, column: &'static str, why: &'static str) {
        self.problem(column, Problem::Rule(why));
    }

    fn blank(&mut self, column: &'static str, required: bool) -> bool {
        let empty = self.raw(column).is_empty();
        if empty && required {
            self.problem(column, Problem::Empty);
        }
        empty
    }

    /// A reference such as `C-014`.
    pub fn reference(&mut self, column: &'static str, required: bool) -> Option<String> {
        if self.blank(column, required) {
            return None;
        }
        let value = self.raw(column);
        if !is_code_like(value) {
            self.problem(column, Problem::NotReference);
            return None;
        }
        Some(value.to_string())
    }

    pub fn date(&mut self, column: &'static str, required: bool) -> Option<Date> {
        if self.blank(column, required) {
            return None;
        }
        match self.raw(column).parse::<Date>() {
            Ok(d) => Some(d),
            Err(DateError::Format(_)) => {
                self.problem(column, Problem::NotDate);
                None
            }
            Err(DateError::NoSuchDay(_)) => {
                self.problem(column, Problem::NoSuchDay);
                None
            }
            Err(DateError::OutOfRange(_)) => {
                self.problem(column, Problem::DateOutOfRange);
                None
            }
        }
    }

    /// One of a fixed set of values, forgiving case and separators
    /// (`In County` is `in_county`).
    pub fn choice<T: Copy>(
        &mut self,
        column: &'static str,
        required: bool,
        allowed: &[(&'static str, T)],
    ) -> Option<T> {
        if self.blank(column, required) {
            return None;
        }
        let value = self.raw(column);
        match allowed.iter().find(|(name, _)| same(value, name)) {
            Some((_, v)) => Some(*v),
            None => {
                let names: Vec<&'static str> = allowed.iter().map(|(n, _)| *n).collect();
                let suggestion = closest(self.raw(column), names.iter().copied());
                self.problem(column, Problem::NotChoice { allowed: names, suggestion });
                None
            }
        }
    }

    pub fn yes_no(&mut self, column: &'static str, required: bool) -> Option<bool> {
        self.choice(column, required, &[("yes", true), ("no", false)])
    }

    /// A whole number no greater than `max`.
    pub fn count(&mut self, column: &'static str, required: bool, max: u32) -> Option<u32> {
        if self.blank(column, required) {
            return None;
        }
        match self.raw(column).parse::<u32>() {
            Ok(n) if n <= max => Some(n),
            _ => {
                self.problem(column, Problem::NotCount { max });
                None
            }
        }
    }

    /// A `;`-separated list of keys from `allowed`, forgiving case and
    /// separators within each key. One diagnostic for the cell, however many
    /// of its keys are wrong.
    pub fn keys(&mut self, column: &'static str, allowed: &'static [&'static str]) -> Vec<String> {
        let mut out = Vec::new();
        let (mut bad, mut first, mut suggestion) = (0, 0, None);
        for (n, key) in self.raw(column).split(';').map(str::trim).filter(|k| !k.is_empty()).enumerate() {
            match allowed.iter().find(|a| same(key, a)) {
                Some(a) => out.push((*a).to_string()),
                None => {
                    if bad == 0 {
                        first = n + 1;
                        suggestion = closest(key, allowed.iter().copied());
                    }
                    bad += 1;
                }
            }
        }
        if bad > 0 {
            self.problem(column, Problem::NotKeys { allowed, bad, first, suggestion });
        }
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(csv: &[u8], columns: &[&'static str]) -> (Option<Table>, Vec<Diagnostic>, Vec<KnownReference>) {
        let mut diags = Vec::new();
        let mut refs = Vec::new();
        let table = read("registers/t.csv", csv, columns, &mut diags, &mut refs);
        (table, diags, refs)
    }

    #[test]
    fn bad_cells_leave_their_row_out_and_name_line_and_column() {
        let csv = "a_ref,when,n\nA-1,2026-01-01,3\nnot a code,2026-13-01,x\nA-3,,2\n";
        let (table, mut diags, _) = read_all(csv.as_bytes(), &["a_ref", "when", "n"]);
        let table = table.unwrap();
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
        let got: Vec<(Option<usize>, Option<usize>, &str)> =
            diags.iter().map(|d| (d.line, d.column, d.message.as_str())).collect();
        assert_eq!(
            got,
            [
                (
                    Some(3),
                    Some(1),
                    "column `a_ref` (column 1): expected a reference code (letters, digits, - _ . / and no spaces, \
                     at most 40 characters); registers hold references, never names; this row is left out"
                ),
                (
                    Some(3),
                    Some(2),
                    "column `when` (column 2): not a real calendar date (written YYYY-MM-DD, but there is no such \
                     month or day); this row is left out"
                ),
                (Some(3), Some(3), "column `n` (column 3): expected a whole number from 0 to 9; this row is left out"),
                (Some(4), Some(2), "column `when` (column 2): is empty but must be filled in; this row is left out"),
            ]
        );
    }

    /// A value such as a person's name typed into each kind of column.
    const PLANTED: &str = "Placeholder Person";

    #[test]
    fn no_diagnostic_repeats_a_cell() {
        const TOPICS: &[&str] = &["safeguarding", "boundaries"];
        let csv = format!(
            "r,d,n,g,k\n{p},{p},{p},{p},{p}\nR-1,31/03/2026,{p}x,Placeholder,safeguarding;{p};boundaries\nR-2,2026-02-30,99,femal,{p}\n",
            p = PLANTED
        );
        let (table, mut diags, _) = read_all(csv.as_bytes(), &["r", "d", "n", "g", "k"]);
        let table = table.unwrap();
        for row in &table.rows {
            let mut cells = Cells::new(&table, row, &mut diags);
            cells.reference("r", true);
            cells.date("d", true);
            cells.count("n", true, 20);
            cells.choice("g", true, &[("female", 1), ("male", 2)]);
            cells.keys("k", TOPICS);
        }
        assert_eq!(diags.len(), 13, "{diags:#?}");
        for d in &diags {
            for word in ["Placeholder", "Person", "placeholder", "31/03", "2026-02-30", "femal`", "99"] {
                assert!(!d.message.contains(word), "`{word}` repeated in {d:?}");
            }
        }
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert!(messages.contains(
            &"column `d` (column 2): expected a date written YYYY-MM-DD, such as 2026-03-31; this row is left out"
        ));
        assert!(messages.contains(
            &"column `g` (column 4): expected one of female, male (did you mean `female`?); this row is left out"
        ));
        assert!(messages.contains(
            &"column `k` (column 5): expected items from safeguarding, boundaries, separated by `;`; item 2 is not one \
              of them; this row is left out"
        ));
    }

    #[test]
    fn case_and_separators_are_forgiven_in_choices_keys_and_headers() {
        const TOPICS: &[&str] = &["children_in_care", "health_safety"];
        let csv =
            b"Child Ref,PLACEMENT,Training-Topics\nC-1,In County,Children In Care; HEALTH-SAFETY\nC-2,IN_COUNTY,\n";
        let (table, mut diags, _) = read_all(csv, &["child_ref", "placement", "training_topics"]);
        let table = table.unwrap();
        let mut got = Vec::new();
        for row in &table.rows {
            let mut cells = Cells::new(&table, row, &mut diags);
            let p = cells.choice("placement", true, &[("in_county", 1), ("out_of_county", 2)]);
            got.push((cells.reference("child_ref", true), p, cells.keys("training_topics", TOPICS)));
        }
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            got,
            [
                (Some("C-1".into()), Some(1), vec!["children_in_care".to_string(), "health_safety".to_string()]),
                (Some("C-2".into()), Some(1), vec![])
            ]
        );
    }

    #[test]
    fn a_name_column_refuses_the_register() {
        let (table, diags, _) = read_all(b"child_ref,ChildName\nC-1,X\n", &["child_ref"]);
        assert!(table.is_none());
        assert_eq!(diags[0].code, Code::IV401);
        assert_eq!((diags[0].line, diags[0].column), (Some(1), Some(2)));
        assert!(diags[0].message.starts_with("column `ChildName` (column 2) looks like a name"), "{diags:?}");
        assert_eq!(diags.len(), 1, "no other complaint about a refused register: {diags:?}");
    }

    #[test]
    fn a_missing_column_refuses_the_register_and_a_close_column_is_suggested() {
        let (table, diags, _) = read_all(b"chlid_ref,Date,notes\nC-1,2026-01-01,x\n", &["child_ref", "date"]);
        assert!(table.is_none());
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "column `chlid_ref` (column 1) is not part of this register and is ignored (did you mean `child_ref`?)",
                "column `notes` (column 3) is not part of this register and is ignored",
                "the header lacks `child_ref`; the register is not used",
            ]
        );
        assert_eq!(diags[0].severity, crate::diag::Severity::Warning);
        assert_eq!(diags[2].severity, crate::diag::Severity::Error);
    }

    #[test]
    fn a_data_row_where_the_header_should_be_is_not_repeated() {
        let (table, diags, _) = read_all(b"Placeholder Person,2026-01-01\nC-1,2026-01-02\n", &["child_ref", "date"]);
        assert!(table.is_none());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(
            diags[0].message,
            "the first line holds none of this register's columns; a register starts with its header row \
             (child_ref, date); the register is not used"
        );
    }

    #[test]
    fn a_repeated_column_is_read_once() {
        let (table, diags, _) = read_all(b"child_ref,Child Ref\nC-1,C-2\n", &["child_ref"]);
        let table = table.unwrap();
        assert_eq!(table.column_number("child_ref"), 1);
        assert_eq!(diags[0].code, Code::IV403);
        assert_eq!(
            diags[0].message,
            "column `Child Ref` (column 2) repeats column `child_ref` (column 1); only the first is read"
        );
    }

    /// The same register with a bad cell on its fourth physical line, in
    /// every way a file can end its lines.
    #[test]
    fn crlf_cr_and_bom_registers_are_cited_at_the_right_line() {
        let lines = ["a_ref,n", "A-1,1", "A-2,2", "A-3,x", "A-4,4"];
        let lf = lines.join("\n") + "\n";
        let crlf = lines.join("\r\n") + "\r\n";
        let cr = lines.join("\r") + "\r";
        let bom_crlf = format!("\u{feff}{crlf}");
        let bom_lf = format!("\u{feff}{lf}");
        let no_final_newline = lines.join("\r\n");
        for (name, text) in [
            ("lf", &lf),
            ("crlf", &crlf),
            ("cr", &cr),
            ("bom crlf", &bom_crlf),
            ("bom lf", &bom_lf),
            ("no final", &no_final_newline),
        ] {
            let (table, mut diags, _) = read_all(text.as_bytes(), &["a_ref", "n"]);
            let table = table.unwrap();
            let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 3, 4, 5], "{name}");
            for row in &table.rows {
                Cells::new(&table, row, &mut diags).count("n", true, 9);
            }
            assert_eq!(diags.len(), 1, "{name}: {diags:?}");
            assert_eq!((diags[0].line, diags[0].column), (Some(4), Some(2)), "{name}");
        }
    }

    #[test]
    fn multi_line_cells_and_blank_lines_keep_later_rows_at_their_lines() {
        for ending in ["\n", "\r\n"] {
            let text = ["a_ref,note", "A-1,\"two", "lines\"", "", "A-2,x", "A-3,y"].join(ending);
            let (table, _, _) = read_all(text.as_bytes(), &["a_ref", "note"]);
            let lines: Vec<usize> = table.unwrap().rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, [2, 5, 6], "{ending:?}");
        }
    }

    #[test]
    fn semicolon_registers_are_read_and_warned_about() {
        let text = "child_ref;date;topics\r\nC-1;2026-01-01;\"a;b\"\r\nC-2;2026-01-02;a\r\n";
        let (table, diags, _) = read_all(text.as_bytes(), &["child_ref", "date", "topics"]);
        let table = table.unwrap();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].fields, ["C-1", "2026-01-01", "a;b"]);
        assert_eq!(diags.len(), 1);
        assert_eq!(
            (diags[0].code, diags[0].severity, diags[0].line),
            (Code::IV410, crate::diag::Severity::Warning, Some(1))
        );
        assert!(diags[0].message.contains("separated by `;`"));
    }

    #[test]
    fn a_comma_header_with_a_semicolon_in_it_stays_comma_separated() {
        let (table, diags, _) = read_all(b"child_ref,date;x\nC-1,2026-01-01\n", &["child_ref"]);
        assert!(table.is_some());
        assert!(diags.iter().all(|d| d.code != Code::IV410), "{diags:?}");
    }

    #[test]
    fn every_reference_is_collected_even_from_rows_and_registers_not_used() {
        let columns = &["child_ref", "volunteer_ref", "n"];
        // A good row, a row left out for its cell, a short row, a row that is not UTF-8.
        let text = b"child_ref,volunteer_ref,n\nC-1,V-1,1\nC-2,V-2,x\nC-3\nC-4,V-4,\xff\n";
        let (table, _, refs) = read_all(text, columns);
        assert!(table.is_some());
        let got: Vec<(ReferenceKind, &str, usize)> = refs.iter().map(|r| (r.kind, r.value.as_str(), r.line)).collect();
        assert_eq!(
            got,
            [
                (ReferenceKind::Child, "C-1", 2),
                (ReferenceKind::Volunteer, "V-1", 2),
                (ReferenceKind::Child, "C-2", 3),
                (ReferenceKind::Volunteer, "V-2", 3),
                (ReferenceKind::Child, "C-3", 4),
                (ReferenceKind::Child, "C-4", 5),
                (ReferenceKind::Volunteer, "V-4", 5),
            ]
        );
        // Refused for an identity column, and for a missing column.
        let (_, _, refs) = read_all(b"Child Ref,child_name\nC-7,x\n", columns);
        assert_eq!(refs.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(), ["C-7"]);
        let (_, _, refs) = read_all(b"child_ref\nC-8\n", columns);
        assert_eq!(refs.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(), ["C-8"]);
        // Refused for a header that is not UTF-8 (a legacy Windows "CSV").
        let (_, _, refs) = read_all(b"child_ref,Pr\xe9nom\nC-6,x\n", columns);
        assert_eq!(refs.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(), ["C-6"]);
        // Only code-like values: a name typed into a reference column is not a reference.
        let (_, _, refs) = read_all(b"child_ref,volunteer_ref,n\nPlaceholder Person,V-9,1\n", columns);
        assert_eq!(refs.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(), ["V-9"]);
    }

    #[test]
    fn a_complaint_ref_is_collected_only_where_the_contract_has_it() {
        let (_, _, refs) = read_all(b"ref,date\nCMP-1,2026-01-01\n", &["ref", "date"]);
        assert_eq!(refs[0].kind, ReferenceKind::Complaint);
        let (_, _, refs) = read_all(b"ref,date\nCMP-1,2026-01-01\n", &["date"]);
        assert!(refs.is_empty());
    }

    fn codes_and_lines(text: &[u8]) -> Vec<(Code, Option<usize>)> {
        let (_, diags, _) = read_all(text, &["a_ref", "n"]);
        diags.iter().map(|d| (d.code, d.line)).collect()
    }

    #[test]
    fn empty_and_blank_registers_are_refused_with_a_reason() {
        assert_eq!(codes_and_lines(b""), [(Code::IV402, None)]);
        assert_eq!(codes_and_lines(b"\n\r\n\n"), [(Code::IV402, None)]);
        assert_eq!(codes_and_lines(b"\xef\xbb\xbf"), [(Code::IV402, None)]);
        assert_eq!(codes_and_lines(&[0u8; 64]), [(Code::IV402, Some(1))]);
        assert_eq!(codes_and_lines(b"\xff\xfea\x00,\x00"), [(Code::IV404, None)]);
        // A header with no rows is a register that says "none".
        let (table, diags, _) = read_all(b"a_ref,n\r\n", &["a_ref", "n"]);
        assert!(table.unwrap().rows.is_empty());
        assert!(diags.is_empty());
    }

    #[test]
    fn a_row_that_is_not_utf8_is_left_out_naming_line_and_column_only() {
        let (table, diags, _) = read_all(b"a_ref,n\nA-1,1\nA-2,Pers\xf6n\nA-3,3\n", &["a_ref", "n"]);
        assert_eq!(table.unwrap().rows.len(), 2);
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].code, diags[0].line, diags[0].column), (Code::IV404, Some(3), Some(2)));
        assert_eq!(
            diags[0].message,
            "column `n` (column 2): is not UTF-8 text; save the register as \"CSV UTF-8\"; this row is left out"
        );
    }

    #[test]
    fn a_header_that_is_not_utf8_refuses_the_register() {
        assert_eq!(codes_and_lines(b"a_ref,n\xe9\nA-1,1\n"), [(Code::IV404, Some(1))]);
    }

    #[test]
    fn a_quoted_field_that_never_closes_is_cited_where_it_opens() {
        let (table, diags, _) = read_all(b"a_ref,n\nA-1,1\nA-2,\"2\nA-3,3\nA-4,4\n", &["a_ref", "n"]);
        assert_eq!(table.unwrap().rows.len(), 1);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!((diags[0].code, diags[0].line), (Code::IV404, Some(3)));
        assert!(diags[0].message.contains("never closed"), "{diags:?}");
        assert!(!diags[0].message.contains("A-3"));
        // Quotes that do close, and a quote inside an unquoted field, are fine.
        assert_eq!(codes_and_lines(b"a_ref,n\n\"A-1\",\"1\"\nA-2,\"\"\"2\"\"\"\n"), []);
        assert_eq!(unclosed_quote(b"a,b\"c\n", b','), None);
        assert_eq!(unclosed_quote(b"a,\"b\"\"c\n", b','), Some(2));
        // In the header.
        assert_eq!(codes_and_lines(b"a_ref,\"n\nA-1,1\n"), [(Code::IV404, Some(1))]);
    }

    #[test]
    fn rows_of_the_wrong_length_are_left_out() {
        assert_eq!(
            codes_and_lines(b"a_ref,n\nA-1\nA-2,2,3\nA-3,3\n"),
            [(Code::IV404, Some(2)), (Code::IV404, Some(3))]
        );
    }

    #[test]
    fn huge_rows_and_headers_stay_bounded() {
        // A row of a million fields, and a ten-megabyte cell in every kind of column.
        let mut text = b"child_ref,n\nA-1,1\nA-2".to_vec();
        text.extend(std::iter::repeat_n(b",".as_slice(), 1_000_000).flatten());
        text.push(b'\n');
        let big = "x".repeat(10 * 1024 * 1024);
        text.extend(format!("{big},{big}\n").as_bytes());
        let started = std::time::Instant::now();
        let (table, mut diags, refs) = read_all(&text, &["child_ref", "n"]);
        let table = table.unwrap();
        for row in &table.rows {
            let mut cells = Cells::new(&table, row, &mut diags);
            cells.reference("child_ref", true);
            cells.count("n", true, 9);
            cells.date("n", true);
            cells.choice("n", true, &[("yes", 1)]);
            cells.keys("n", &["yes"]);
        }
        assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
        assert_eq!(
            refs.iter().map(|r| r.value.as_str()).collect::<Vec<_>>(),
            ["A-1", "A-2"],
            "a huge cell is not a reference"
        );
        assert!(diags.iter().all(|d| d.message.len() < 400), "no message grows with its cell: {diags:?}");
        assert_eq!(diags[0].message, "this row has 1000001 fields but the header has 2; this row is left out");
        // The long row; A-1's `1` as a date, a choice and keys; every check on the huge cell.
        assert_eq!(diags.len(), 1 + 3 + 5, "{diags:?}");
        // A header of 200,000 unknown columns gives a handful of warnings.
        let mut header = b"a_ref,n".to_vec();
        for i in 0..200_000 {
            header.extend(format!(",extra{i}").as_bytes());
        }
        let (_, diags, _) = read_all(&header, &["a_ref", "n"]);
        assert_eq!(diags.len(), HEADER_REPORT_MAX + 1);
        assert_eq!(
            diags[HEADER_REPORT_MAX].message,
            "199990 more columns are not part of this register and are ignored"
        );
    }
}

//! Registers kept in a spreadsheet (`registers/NAME.xlsx`, `registers/NAME.ods`).
//!
//! A sheet is turned into rows of cell text, each with the row number the
//! spreadsheet shows, and handed to [`super::table::read_rows`], so that a
//! spreadsheet register passes exactly the checks a CSV register does.
//!
//! Cells become the text a CSV export would hold, in the forms registers
//! expect: a date cell (or a number formatted as a date) is `YYYY-MM-DD`; a
//! whole number stored as a float (`3.0`) is `3`; `TRUE`/`FALSE` are `yes`
//! and `no`; a formula gives the value the spreadsheet last calculated and is
//! never evaluated; text is read as it is, including text that starts with
//! `=`. An error cell (`#N/A`) is its code, which no column accepts.
//!
//! A workbook is a zip archive, and a few kilobytes of zip can expand to
//! gigabytes. Before the workbook is parsed its zip directory is read and the
//! parts counted and their declared sizes added up, and then every part is
//! unpacked once, without keeping it, to check it holds no more than it
//! declares; an OpenDocument sheet's repeated rows and cells are counted
//! before the sheet is expanded. Each bound is in [`crate::limits::SHEET`].
//! A diagnostic never repeats what the workbook holds: not a cell, and not
//! a message of the libraries that read it, which may quote the file.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader as _, Xlsx};

use super::names::same;
use crate::diag::{Code, Diagnostic};
use crate::limits::archive::{self, ZipProblem};
use crate::limits::{SheetBounds, size_text};

/// The kinds of spreadsheet a register may be saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Excel 2007 and later (`.xlsx`).
    Xlsx,
    /// OpenDocument (`.ods`), as LibreOffice saves.
    Ods,
}

impl Format {
    /// The format of a file name, from its extension (any case).
    pub fn of(name: &str) -> Option<Format> {
        let (_, ext) = name.rsplit_once('.')?;
        if ext.eq_ignore_ascii_case("xlsx") {
            Some(Format::Xlsx)
        } else if ext.eq_ignore_ascii_case("ods") {
            Some(Format::Ods)
        } else {
            None
        }
    }

    fn what(self) -> &'static str {
        match self {
            Format::Xlsx => "an Excel workbook (.xlsx)",
            Format::Ods => "an OpenDocument spreadsheet (.ods)",
        }
    }
}

/// The rows of a register's sheet: the sheet named after the register
/// (`children`, forgiving case and separators) when there is one, else the
/// first. Each row with something in it, with its 1-based row number, its
/// cells from column A (so a cell's index is its column less one), the
/// header row cut after its last filled cell and every other row padded or
/// cut to the header's width where the cells cut are empty. Rows with
/// nothing in them are left out.
///
/// `Err` is the diagnostic (naming `file`, never its contents) when the
/// workbook cannot be read or passes a bound; the register is then not used.
pub fn rows(
    file: &str,
    bytes: &[u8],
    format: Format,
    register: &str,
    bounds: &SheetBounds,
) -> Result<Vec<(usize, Vec<String>)>, Diagnostic> {
    let refuse = |code: Code, why: String| Diagnostic::error(code, file, format!("{why}; the register is not used"));
    let again = "save it again from the spreadsheet, or save the register as CSV UTF-8";
    if bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        return Err(refuse(
            Code::IV411,
            "is encrypted with a password, or is an old Excel 97-2003 workbook (.xls) renamed; remove the password \
             and save it as .xlsx, or save the register as CSV UTF-8"
                .to_string(),
        ));
    }
    if !bytes.starts_with(b"PK") {
        return Err(refuse(
            Code::IV411,
            format!(
                "is not {} (it is not a zip archive: perhaps another kind of file renamed); save the register from \
                 the spreadsheet as .xlsx or .ods, or as CSV UTF-8",
                format.what()
            ),
        ));
    }
    check_zip(bytes, format, bounds).map_err(|(code, why)| refuse(code, why))?;
    let unreadable = || {
        refuse(
            Code::IV411,
            format!("cannot be read as {} (it is damaged or not what a spreadsheet saves); {again}", format.what()),
        )
    };
    // calamine returns errors for the malformed workbooks tried here; a
    // panic on one not tried still refuses only this register.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_sheet(bytes, format, register, bounds)))
        .unwrap_or(Err(Failure::Unreadable))
        .map_err(|f| match f {
            Failure::Unreadable => unreadable(),
            Failure::NoSheet => no_sheet(file),
            Failure::Bound(why) => refuse(Code::IV303, why),
        })
}

/// Why a workbook that passed [`check_zip`] could not be read.
enum Failure {
    Unreadable,
    NoSheet,
    Bound(String),
}

/// The rows of the register's sheet of a checked workbook.
fn read_sheet(
    bytes: &[u8],
    format: Format,
    register: &str,
    bounds: &SheetBounds,
) -> Result<Vec<(usize, Vec<String>)>, Failure> {
    fn unreadable<E>(_: E) -> Failure {
        Failure::Unreadable
    }
    let mut cells = Cells::new(bounds);
    match format {
        Format::Xlsx => {
            let mut book = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
            let sheet = choose_sheet(&book.sheet_names(), register).ok_or(Failure::NoSheet)?;
            let mut reader = book.worksheet_cells_reader(&sheet).map_err(unreadable)?;
            while let Some(cell) = reader.next_cell().map_err(unreadable)? {
                let (row, column) = cell.get_position();
                let text = match cell.get_value() {
                    DataRef::Empty => continue,
                    DataRef::SharedString(s) => (*s).to_string(),
                    other => text_of(&Data::from(other.clone())),
                };
                cells.put(row, column, text).map_err(Failure::Bound)?;
            }
        }
        Format::Ods => {
            let mut book = Ods::new(Cursor::new(bytes)).map_err(unreadable)?;
            let sheet = choose_sheet(&book.sheet_names(), register).ok_or(Failure::NoSheet)?;
            let range = book.worksheet_range(&sheet).map_err(unreadable)?;
            let (row0, column0) = range.start().unwrap_or_default();
            for (row, column, value) in range.used_cells() {
                let text = text_of(value);
                if text.is_empty() {
                    continue;
                }
                cells.put(row0 + row as u32, column0 + column as u32, text).map_err(Failure::Bound)?;
            }
        }
    }
    Ok(cells.finish())
}

fn no_sheet(file: &str) -> Diagnostic {
    Diagnostic::error(
        Code::IV402,
        file,
        "holds no sheet; a register starts with its header row; the register is not used",
    )
}

/// The sheet named after the register, else the first.
fn choose_sheet(names: &[String], register: &str) -> Option<String> {
    names.iter().find(|n| same(n, register)).or(names.first()).cloned()
}

/// The rows read so far, within the bounds.
struct Cells<'b> {
    bounds: &'b SheetBounds,
    rows: BTreeMap<u32, Vec<String>>,
    count: u64,
}

impl<'b> Cells<'b> {
    fn new(bounds: &'b SheetBounds) -> Cells<'b> {
        Cells { bounds, rows: BTreeMap::new(), count: 0 }
    }

    /// Puts `text` at the 0-based `row` and `column`, counting the cells
    /// from column A that it takes.
    fn put(&mut self, row: u32, column: u32, text: String) -> Result<(), String> {
        let column = column as usize;
        if !self.rows.contains_key(&row) && self.rows.len() >= self.bounds.max_rows {
            return Err(format!(
                "has more than {} rows, the most ivaudit reads from a register; keep one register to a sheet, or \
                 save it as CSV UTF-8",
                self.bounds.max_rows
            ));
        }
        let cells = self.rows.entry(row).or_default();
        if cells.len() <= column {
            self.count += (column + 1 - cells.len()) as u64;
            if self.count > self.bounds.max_cells {
                return Err(format!(
                    "spans more than {} cells (counting each row from column A to its last filled cell), the most \
                     ivaudit reads from a register; remove what lies beyond the register's columns, or save it as \
                     CSV UTF-8",
                    self.bounds.max_cells
                ));
            }
            cells.resize(column + 1, String::new());
        }
        cells[column] = text;
        Ok(())
    }

    /// The rows, numbered from 1, fitted to the header's width.
    fn finish(self) -> Vec<(usize, Vec<String>)> {
        let mut out: Vec<(usize, Vec<String>)> = Vec::with_capacity(self.rows.len());
        let mut width = None;
        for (row, mut cells) in self.rows {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let w = *width.get_or_insert_with(|| cells.iter().rposition(|c| !c.trim().is_empty()).map_or(0, |p| p + 1));
            while cells.len() > w && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            if cells.len() < w {
                cells.resize(w, String::new());
            }
            out.push((row as usize + 1, cells));
        }
        out
    }
}

/// A cell's value as a CSV export would write it, in the forms registers
/// expect.
fn text_of(value: &Data) -> String {
    match value {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
        // A duration is no register's value; its number is what was typed.
        Data::DateTime(d) => number(d.as_f64()),
        Data::DateTimeIso(s) => match s.get(..10) {
            Some(date) if s.len() == 10 || s[10..].starts_with('T') => date.to_string(),
            _ => s.clone(),
        },
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as typed: `3` for 3.0, `2.5` for 2.5.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 { format!("{}", f as i64) } else { format!("{f}") }
}

/// Checks a workbook's zip before it is parsed: that it opens, is not
/// encrypted, holds at most `max_parts` parts, and that its parts, added up,
/// both declare and really expand to at most `max_unzipped`. The error is a
/// code and words for a diagnostic.
fn check_zip(bytes: &[u8], format: Format, bounds: &SheetBounds) -> Result<(), (Code, String)> {
    let damaged = || {
        (
            Code::IV411,
            format!(
                "is damaged or incomplete: it cannot be unpacked as {} (it may have been cut short while it was \
                 copied); save it again from the spreadsheet, or save the register as CSV UTF-8",
                format.what()
            ),
        )
    };
    let too_large = |size: u64| {
        (
            Code::IV303,
            format!(
                "expands to {}, more than the {} ivaudit unpacks from a workbook (a zip bomb, or a workbook far \
                 larger than a register); save the register on its own, or as CSV UTF-8",
                size_text(size),
                size_text(bounds.max_unzipped)
            ),
        )
    };
    let encrypted = || {
        (
            Code::IV411,
            "is encrypted with a password; remove the password and save it again, or save the register as CSV UTF-8"
                .to_string(),
        )
    };
    let keep = |name: &str| match format {
        Format::Ods => name == "meta-inf/manifest.xml" || name == "content.xml",
        Format::Xlsx => name.ends_with("sharedstrings.xml"),
    };
    let parts = archive::unpack(bytes, bounds.zip(), keep).map_err(|p| match p {
        ZipProblem::Damaged => damaged(),
        ZipProblem::Encrypted => encrypted(),
        ZipProblem::TooManyParts { parts } => (
            Code::IV303,
            format!(
                "holds {parts} parts, more than the {} ivaudit opens in a workbook; save the register on its own, or \
                 as CSV UTF-8",
                bounds.max_parts
            ),
        ),
        ZipProblem::TooLarge { size } | ZipProblem::PartTooLarge { size, .. } => too_large(size),
        ZipProblem::Bomb => (
            Code::IV303,
            format!(
                "holds a part that expands to more than its zip directory declares (a zip bomb, or a damaged \
                 file), so it is not unpacked; save it again from the spreadsheet, or save the register as CSV \
                 UTF-8 (at most {})",
                size_text(bounds.max_unzipped)
            ),
        ),
    })?;
    for (name, text) in &parts {
        if name.ends_with("sharedstrings.xml")
            && let Some(count) = unique_strings(text).filter(|c| *c > bounds.max_cells)
        {
            return Err((
                Code::IV303,
                format!(
                    "declares {count} different texts, more than the {} cells ivaudit reads from a register; \
                     save the register on its own, or as CSV UTF-8",
                    bounds.max_cells
                ),
            ));
        }
    }
    if parts.get("meta-inf/manifest.xml").is_some_and(|m| m.windows(15).any(|w| w == b"encryption-data")) {
        return Err(encrypted());
    }
    if format == Format::Ods {
        let cells = ods_extent(parts.get("content.xml").map_or(&[][..], |c| c.as_slice()));
        if cells > bounds.max_cells {
            return Err((
                Code::IV303,
                format!(
                    "spans more than {} cells once its repeated rows and cells are counted, the most ivaudit reads \
                     from a register; remove what lies beyond the register's columns and rows, or save it as CSV \
                     UTF-8",
                    bounds.max_cells
                ),
            ));
        }
    }
    Ok(())
}

/// The number of different texts an Excel `sharedStrings.xml` declares
/// (`uniqueCount`), for which the reader sets memory aside before it reads
/// a single one.
fn unique_strings(xml: &[u8]) -> Option<u64> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                let count = e.attributes().flatten().find(|a| a.key.as_ref() == "uniqueCount")?;
                return count.value.trim().parse::<u64>().ok();
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => buf.clear(),
        }
    }
}

/// The most cells any table of an OpenDocument `content.xml` expands to:
/// the rows up to its last row with a value, times the columns up to the
/// last value of its widest row, counting `number-rows-repeated` and
/// `number-columns-repeated`. Repeated empty rows and cells after the last
/// value (which LibreOffice writes to fill a sheet) do not count; a cell
/// with content counts as a value. Text that
/// is not XML counts nothing (the reader then refuses it).
fn ods_extent(content: &[u8]) -> u64 {
    use quick_xml::events::{BytesStart, Event};
    fn repeats(e: &BytesStart, name: &str) -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse::<u64>().ok())
            .unwrap_or(1)
    }
    fn is_cell(e: &BytesStart) -> bool {
        matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell")
    }
    fn has_value(e: &BytesStart) -> bool {
        e.attributes().flatten().any(|a| a.key.as_ref() == "office:value-type")
    }
    let mut reader = quick_xml::Reader::from_reader(content);
    let mut buf = Vec::new();
    let (mut worst, mut rows, mut filled_rows, mut width) = (0u64, 0u64, 0u64, 0u64);
    // The row being read: its repeats, columns so far, end of its last value.
    let (mut row_repeats, mut columns, mut last_value) = (1u64, 0u64, 0u64);
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(e) => e,
        };
        match event {
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                row_repeats = repeats(&e, "table:number-rows-repeated");
                (columns, last_value) = (0, 0);
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                rows = rows.saturating_add(repeats(&e, "table:number-rows-repeated"));
            }
            Event::Start(e) if is_cell(&e) => {
                columns = columns.saturating_add(repeats(&e, "table:number-columns-repeated"));
                last_value = columns;
            }
            Event::Empty(e) if is_cell(&e) => {
                columns = columns.saturating_add(repeats(&e, "table:number-columns-repeated"));
                if has_value(&e) {
                    last_value = columns;
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                rows = rows.saturating_add(row_repeats);
                if last_value > 0 {
                    filled_rows = rows;
                    width = width.max(last_value);
                }
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                worst = worst.max(filled_rows.saturating_mul(width));
                (rows, filled_rows, width) = (0, 0, 0);
            }
            _ => {}
        }
        buf.clear();
    }
    worst.max(filled_rows.saturating_mul(width))
}

//! Registers kept as spreadsheets (`registers/NAME.xlsx`, `registers/NAME.ods`):
//! read as the same data in CSV would be, cited by the row numbers the
//! spreadsheet shows, and every hostile workbook refused with a diagnostic
//! while the audit goes on. Every fixture is built here, by code: `.xlsx`
//! with rust_xlsxwriter, `.ods` with the zip crate and a minimal
//! `content.xml`.

mod common;

use common::declare_size;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ivaudit::bundle::registers::sheet::{self, Format};
use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::diag::{Code, Diagnostic};
use ivaudit::limits::{SHEET, SheetBounds};
use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};

/// A value standing for a name typed into the wrong column.
const PLANTED: &str = "Placeholder Person";

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&CatalogSource::Embedded).expect("the built-in catalog loads"))
}

/// One cell of a fixture.
#[derive(Clone)]
enum C {
    S(&'static str),
    N(f64),
    B(bool),
    /// A date cell (a serial number with a date format), as Excel saves a typed date.
    D(u16, u8, u8),
    /// A bare serial number formatted as a date by a custom format.
    Serial(f64),
    /// A formula and the result the spreadsheet last calculated.
    F(&'static str, &'static str),
    Blank,
}

use C::*;

/// An `.xlsx` workbook of `sheets` (name, rows from row 1, column A).
fn xlsx(sheets: &[(&str, Vec<Vec<C>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = CellFormat::new().set_num_format("yyyy-mm-dd");
    let serial = CellFormat::new().set_num_format("dd/mm/yyyy");
    for (name, rows) in sheets {
        let ws = book.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    S(s) => drop(ws.write_string(r, c, *s).unwrap()),
                    N(n) => drop(ws.write_number(r, c, *n).unwrap()),
                    B(b) => drop(ws.write_boolean(r, c, *b).unwrap()),
                    D(y, m, d) => {
                        drop(ws.write_datetime_with_format(r, c, ExcelDateTime::from_ymd(*y, *m, *d).unwrap(), &date))
                    }
                    Serial(n) => drop(ws.write_number_with_format(r, c, *n, &serial).unwrap()),
                    F(f, result) => {
                        ws.write_formula(r, c, *f).unwrap();
                        ws.set_formula_result(r, c, *result);
                    }
                    Blank => {}
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

/// A zip of `parts` (name, bytes), stored or deflated.
fn zip_of(parts: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let method = if deflate { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        out.start_file(*name, options).unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A minimal OpenDocument spreadsheet whose one sheet `name` has `table`
/// (the rows' XML) as its body.
fn ods_raw(name: &str, table: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="{name}">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest.as_bytes()),
            ("content.xml", content.as_bytes()),
        ],
        false,
    )
}

/// An `.ods` sheet of text cells, with `date:` cells as ODS dates.
fn ods(name: &str, rows: &[&[&str]]) -> Vec<u8> {
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            if cell.is_empty() {
                table.push_str("<table:table-cell/>");
            } else if let Some(d) = cell.strip_prefix("date:") {
                table.push_str(&format!(
                    r#"<table:table-cell office:value-type="date" office:date-value="{d}"><text:p>{d}</text:p></table:table-cell>"#
                ));
            } else {
                table.push_str(&format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
                ));
            }
        }
        table.push_str("</table:table-row>");
    }
    ods_raw(name, &table)
}

/// A provider bundle in `dir` holding `registers` (file name under
/// `registers/`, bytes).
fn bundle(dir: &Path, registers: &[(&str, Vec<u8>)]) -> PathBuf {
    let b = dir.join("bundle");
    std::fs::create_dir_all(b.join("registers")).unwrap();
    std::fs::write(
        b.join("bundle.yaml"),
        "organisation: Sheet Test Service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )
    .unwrap();
    for (name, bytes) in registers {
        std::fs::write(b.join("registers").join(name), bytes).unwrap();
    }
    b
}

fn audit(registers: &[(&str, Vec<u8>)]) -> ivaudit::Audit {
    let dir = tempfile::tempdir().unwrap();
    let root = bundle(dir.path(), registers);
    ivaudit::audit(catalog(), &root, None).unwrap()
}

fn register_diagnostics(a: &ivaudit::Audit) -> Vec<&Diagnostic> {
    a.bundle.diagnostics.iter().filter(|d| d.file.starts_with("registers/")).collect()
}

fn csv(rows: &[&[&str]]) -> Vec<u8> {
    rows.iter().map(|r| r.join(",") + "\n").collect::<String>().into_bytes()
}

const VOLUNTEERS: &[&[&str]] = &[
    &[
        "volunteer_ref",
        "gender",
        "welsh_speaker",
        "care_experienced",
        "applied_on",
        "approved_on",
        "approvers",
        "references",
        "dbs_level",
        "dbs_date",
        "training_completed_on",
        "training_topics",
        "left_on",
    ],
    &[
        "V-1",
        "female",
        "yes",
        "no",
        "2024-10-01",
        "2025-01-20",
        "2",
        "2",
        "enhanced",
        "2025-01-10",
        "2025-01-15",
        "safeguarding;boundaries",
        "",
    ],
    &["V-2", "male", "no", "yes", "2024-09-01", "2024-12-01", "2", "1", "enhanced", "2024-11-03", "", "", ""],
];
const CHILDREN: &[&[&str]] = &[
    &[
        "child_ref",
        "age",
        "gender",
        "first_language",
        "placement",
        "placement_type",
        "referred_on",
        "referral_source",
        "consent",
        "matched_on",
        "volunteer_ref",
        "ended_on",
        "end_reason",
        "post18",
    ],
    &[
        "C-1",
        "12",
        "female",
        "welsh",
        "in_county",
        "foster",
        "2025-05-01",
        "iro",
        "yes",
        "2025-06-15",
        "V-1",
        "",
        "",
        "no",
    ],
    &["C-2", "9", "male", "english", "out_of_county", "residential", "2025-07-01", "self", "yes", "", "", "", "", "no"],
    &["C-3", "15", "", "", "", "", "2025-02-01", "", "yes", "2025-09-01", "V-2", "2026-01-10", "planned", "yes"],
];
const VISITS: &[&[&str]] = &[
    &["child_ref", "volunteer_ref", "date"],
    &["C-1", "V-1", "2025-07-01"],
    &["C-1", "V-1", "2025-08-02"],
    &["C-3", "V-2", "2025-10-01"],
];

/// The same data as the CSV constants, typed the way a spreadsheet holds
/// it: dates as date cells, counts as numbers, yes/no as booleans.
fn typed(rows: &[&[&'static str]]) -> Vec<Vec<C>> {
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .map(|cell| {
                    if i == 0 {
                        return S(cell);
                    }
                    if cell.is_empty() {
                        Blank
                    } else if let [y, m, d] = cell.split('-').collect::<Vec<_>>()[..]
                        && y.len() == 4
                    {
                        D(y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap())
                    } else if let Ok(n) = cell.parse::<f64>() {
                        N(n)
                    } else if *cell == "yes" || *cell == "no" {
                        B(*cell == "yes")
                    } else {
                        S(cell)
                    }
                })
                .collect()
        })
        .collect()
}

fn strings(rows: &[&[&'static str]]) -> Vec<Vec<C>> {
    rows.iter().map(|r| r.iter().map(|c| if c.is_empty() { Blank } else { S(c) }).collect()).collect()
}

fn indicators(a: &ivaudit::Audit) -> serde_json::Value {
    serde_json::to_value(&a.assessment.indicators).unwrap()
}

#[test]
fn an_xlsx_register_gives_the_same_registers_and_indicators_as_the_csv() {
    let from_csv =
        audit(&[("volunteers.csv", csv(VOLUNTEERS)), ("children.csv", csv(CHILDREN)), ("visits.csv", csv(VISITS))]);
    let from_xlsx = audit(&[
        ("volunteers.xlsx", xlsx(&[("volunteers", typed(VOLUNTEERS))])),
        ("children.xlsx", xlsx(&[("Sheet1", typed(CHILDREN))])),
        ("visits.ods", ods("visits", VISITS)),
    ]);
    assert!(register_diagnostics(&from_csv).is_empty(), "{:?}", register_diagnostics(&from_csv));
    assert!(register_diagnostics(&from_xlsx).is_empty(), "{:?}", register_diagnostics(&from_xlsx));
    let (a, b) = (&from_csv.bundle.registers, &from_xlsx.bundle.registers);
    assert_eq!(a.children.as_ref().unwrap().len(), 3);
    assert_eq!(format!("{:?}", a.children), format!("{:?}", b.children));
    assert_eq!(format!("{:?}", a.volunteers), format!("{:?}", b.volunteers));
    assert_eq!(format!("{:?}", a.visits), format!("{:?}", b.visits));
    // The same figures; each names the file it was read from.
    let without_files = |a: &ivaudit::Audit| {
        let mut v = indicators(a);
        for i in v.as_array_mut().unwrap() {
            i.as_object_mut().unwrap().remove("registers");
        }
        v
    };
    assert_eq!(without_files(&from_csv), without_files(&from_xlsx));
    let vetted = from_xlsx.assessment.indicators.iter().find(|i| i.id == "volunteers_fully_vetted").unwrap();
    assert_eq!(vetted.registers, ["registers/children.xlsx", "registers/volunteers.xlsx"]);
    let with_values = from_xlsx.assessment.indicators.iter().filter(|i| i.value.is_some()).count();
    assert!(with_values >= 3, "the registers give figures: {:#?}", indicators(&from_xlsx));
    let files: Vec<(&str, &str, usize)> = b.files.iter().map(|f| (f.path.as_str(), f.state, f.rows_used)).collect();
    assert_eq!(
        files,
        [
            ("registers/children.xlsx", "used", 3),
            ("registers/visits.ods", "used", 3),
            ("registers/volunteers.xlsx", "used", 2)
        ]
    );
    let refs: Vec<(&str, &str, usize)> =
        b.references.iter().map(|r| (r.value.as_str(), r.file.as_str(), r.line)).take(2).collect();
    assert_eq!(refs, [("C-1", "registers/children.xlsx", 2), ("C-1", "registers/visits.ods", 2)]);
}

#[test]
fn the_sheet_named_after_the_register_is_preferred_to_the_first() {
    let book = xlsx(&[("Notes", vec![vec![S("read me first")], vec![S("nothing here")]]), ("Visits", strings(VISITS))]);
    let a = audit(&[("visits.xlsx", book)]);
    assert!(register_diagnostics(&a).is_empty(), "{:?}", register_diagnostics(&a));
    assert_eq!(a.bundle.registers.visits.as_ref().unwrap().len(), 3);
    // With no sheet of that name, the first is read: here, the notes.
    let book = xlsx(&[("Notes", vec![vec![S("read me first")]]), ("Other", strings(VISITS))]);
    let rows = sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &SHEET).unwrap();
    assert_eq!(rows, [(1, vec!["read me first".to_string()])]);
}

#[test]
fn cells_read_as_a_csv_would_hold_them() {
    let book = xlsx(&[(
        "children",
        vec![
            vec![S("child_ref"), S("age"), S("referred_on"), S("consent"), S("note")],
            // A date cell, a number stored as text, a boolean, text starting with `=`.
            vec![S("C-1"), S("12"), D(2025, 5, 1), B(true), S("=1+1")],
            // A date typed as a bare serial with a date format; 3.0 stored as a float; a formula's cached value.
            vec![S("C-2"), N(3.0), Serial(45_901.0), B(false), F("=2+3", "5")],
            vec![S("C-3"), N(2.5), N(45_900.0), S(" yes "), Blank],
        ],
    )]);
    let rows = sheet::rows("registers/children.xlsx", &book, Format::Xlsx, "children", &SHEET).unwrap();
    let text: Vec<Vec<&str>> = rows.iter().map(|(_, r)| r.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        text,
        [
            vec!["child_ref", "age", "referred_on", "consent", "note"],
            vec!["C-1", "12", "2025-05-01", "yes", "=1+1"],
            vec!["C-2", "3", "2025-09-01", "no", "5"],
            vec!["C-3", "2.5", "45900", " yes ", ""],
        ]
    );
    // The same in OpenDocument: date cells become ISO dates.
    let book = ods("children", &[&["child_ref", "referred_on"], &["C-1", "date:2025-05-01"]]);
    let rows = sheet::rows("registers/children.ods", &book, Format::Ods, "children", &SHEET).unwrap();
    assert_eq!(rows[1], (2, vec!["C-1".to_string(), "2025-05-01".to_string()]));
}

#[test]
fn trailing_and_inner_empty_rows_are_skipped_and_rows_keep_their_numbers() {
    // Two title-free blank rows above the header, a blank row inside, blanks after.
    let mut rows = vec![vec![Blank], vec![Blank]];
    rows.extend(strings(VISITS)[..2].iter().cloned());
    rows.push(vec![Blank, Blank, Blank]);
    rows.push(vec![S("C-3"), S("V-2"), S("not a date")]);
    rows.extend(std::iter::repeat_n(vec![S(""), S(""), S("")], 5));
    let a = audit(&[("visits.xlsx", xlsx(&[("visits", rows)]))]);
    let lines: Vec<usize> = a.bundle.registers.visits.as_ref().unwrap().iter().map(|v| v.line).collect();
    assert_eq!(lines, [4], "the header is on row 3, the first visit on row 4");
    let d = register_diagnostics(&a);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        (d[0].code, d[0].file.as_str(), d[0].line, d[0].column),
        (Code::IV405, "registers/visits.xlsx", Some(6), Some(3))
    );
    assert_eq!(
        d[0].message,
        "column `date` (column 3): expected a date written YYYY-MM-DD, such as 2026-03-31; this row is left out"
    );
    assert_eq!(a.bundle.registers.files[0].rows, 2, "the trailing empty rows are not rows");
}

#[test]
fn bad_cells_are_cited_by_row_and_column_without_repeating_them() {
    let book = xlsx(&[(
        "visits",
        vec![
            vec![Blank, S("child_ref"), S("volunteer_ref"), S("date")],
            vec![Blank, S("C-1"), S(PLANTED), D(2025, 7, 1)],
        ],
    )]);
    let a = audit(&[("visits.xlsx", book)]);
    let d = register_diagnostics(&a);
    assert_eq!(d.len(), 1, "a blank column A is not reported: {d:?}");
    assert_eq!((d[0].code, d[0].line, d[0].column), (Code::IV405, Some(2), Some(3)));
    assert!(d[0].message.starts_with("column `volunteer_ref` (column 3): expected a reference code"), "{d:?}");
    assert!(!d[0].message.contains("Placeholder"));
}

#[test]
fn a_name_column_in_a_spreadsheet_refuses_the_register() {
    let rows = vec![
        vec![S("child_ref"), S("volunteer_ref"), S("date"), S("Child Name")],
        vec![S("C-1"), S("V-1"), S("2025-07-01"), S(PLANTED)],
    ];
    for (name, book) in [
        ("visits.xlsx", xlsx(&[("visits", rows.clone())])),
        (
            "visits.ods",
            ods(
                "visits",
                &[&["child_ref", "volunteer_ref", "date", "Child Name"], &["C-1", "V-1", "2025-07-01", PLANTED]],
            ),
        ),
    ] {
        let a = audit(&[(name, book)]);
        assert!(a.bundle.registers.visits.is_none(), "{name}");
        let d = register_diagnostics(&a);
        assert_eq!(d.len(), 1, "{name}: {d:?}");
        assert_eq!((d[0].code, d[0].line, d[0].column), (Code::IV401, Some(1), Some(4)), "{name}");
        assert_eq!(d[0].file, format!("registers/{name}"));
        assert!(d[0].message.starts_with("column `Child Name` (column 4) looks like a name"), "{d:?}");
        assert_eq!(a.bundle.registers.files[0].state, "refused");
    }
}

#[test]
fn a_register_in_csv_and_xlsx_is_an_error_naming_both_and_neither_is_used() {
    let a = audit(&[("visits.csv", csv(VISITS)), ("visits.xlsx", xlsx(&[("visits", strings(VISITS))]))]);
    assert!(a.bundle.registers.visits.is_none());
    let d = register_diagnostics(&a);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code, Code::IV412);
    assert!(d[0].message.contains("`registers/visits.csv` and `registers/visits.xlsx`"), "{}", d[0].message);
    assert!(d[0].message.contains("neither is used"));
    let states: Vec<(&str, &str)> = a.bundle.registers.files.iter().map(|f| (f.path.as_str(), f.state)).collect();
    assert_eq!(states, [("registers/visits.csv", "refused"), ("registers/visits.xlsx", "refused")]);
}

/// The one diagnostic about `name` in an audit that still completes, with
/// the other register still read.
fn refused(name: &str, bytes: Vec<u8>) -> Diagnostic {
    let started = std::time::Instant::now();
    let a = audit(&[(name, bytes), ("children.csv", csv(CHILDREN))]);
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    assert_eq!(a.bundle.registers.children.as_ref().map(Vec::len), Some(3), "the other register still counts");
    assert!(a.bundle.registers.visits.is_none());
    assert_eq!(a.report.standards.len(), 14, "the audit completes");
    let d: Vec<&Diagnostic> = register_diagnostics(&a).into_iter().filter(|d| d.file.ends_with(name)).collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].message.ends_with("the register is not used"), "{}", d[0].message);
    d[0].clone()
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused() {
    let d = refused("visits.xlsx", csv(VISITS));
    assert_eq!(d.code, Code::IV411);
    assert!(d.message.starts_with("is not an Excel workbook (.xlsx) (it is not a zip archive"), "{}", d.message);
    // A zip that holds no workbook.
    let d = refused("visits.xlsx", zip_of(&[("hello.txt", b"hello")], true));
    assert_eq!(d.code, Code::IV411);
    assert!(d.message.starts_with("cannot be read as an Excel workbook"), "{}", d.message);
    // An encrypted Office file is an OLE compound file, not a zip.
    let mut ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
    ole.resize(4096, 0);
    let d = refused("visits.xlsx", ole);
    assert!(d.message.starts_with("is encrypted with a password"), "{}", d.message);
    // An encrypted OpenDocument file says so in its manifest.
    let manifest = br#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"#;
    let book = zip_of(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", b"\x8f\x01garbage"),
        ],
        true,
    );
    let d = refused("visits.ods", book);
    assert_eq!(d.code, Code::IV411);
    assert!(d.message.starts_with("is encrypted with a password"), "{}", d.message);
}

#[test]
fn a_truncated_workbook_is_refused() {
    let book = xlsx(&[("visits", strings(VISITS))]);
    let d = refused("visits.xlsx", book[..book.len() / 2].to_vec());
    assert_eq!(d.code, Code::IV411);
    assert!(d.message.starts_with("is damaged or incomplete"), "{}", d.message);
    let book = ods("visits", VISITS);
    let d = refused("visits.ods", book[..book.len() - 30].to_vec());
    assert_eq!(d.code, Code::IV411);
}

#[test]
fn a_zip_bomb_by_declared_size_is_refused_before_it_is_unpacked() {
    let book = declare_size(xlsx(&[("visits", strings(VISITS))]), 0x4000_0000);
    let d = refused("visits.xlsx", book);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.contains("more than the 64 MiB ivaudit unpacks"), "{}", d.message);
}

#[test]
fn a_part_holding_more_than_it_declares_is_refused() {
    // 4 MiB of spaces that declare 100 bytes: under every bound as declared.
    let filler = vec![b' '; 4 << 20];
    let book = declare_size(zip_of(&[("mimetype", b"x"), ("content.xml", &filler)], true), 100);
    let started = std::time::Instant::now();
    let d = refused("visits.ods", book);
    // The zip crate stops at the declared size and reports the mismatch,
    // so the part is never unpacked past it: damaged, not a bomb.
    assert_eq!(d.code, Code::IV411, "{d:?}");
    assert!(d.message.starts_with("is damaged or incomplete"), "{d:?}");
    assert!(started.elapsed().as_secs() < 10);
}

/// `book` with each part passed through `change` (name, text).
fn rezip(book: &[u8], change: impl Fn(&str, Vec<u8>) -> Vec<u8>) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(book)).unwrap();
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut part, &mut bytes).unwrap();
        let name = part.name().unwrap().to_string();
        parts.push((name.clone(), change(&name, bytes)));
    }
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    zip_of(&parts, true)
}

#[test]
fn shared_strings_declaring_billions_of_texts_are_refused_before_memory_is_set_aside() {
    let book = xlsx(&[("visits", strings(VISITS))]);
    // Rebuilt unchanged, it reads.
    assert!(refused_or_read(rezip(&book, |_, b| b)).is_none());
    let bomb = rezip(&book, |name, bytes| {
        if name.ends_with("sharedStrings.xml") {
            let text = String::from_utf8(bytes).unwrap();
            let at = text.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = at + text[at..].find('"').unwrap();
            format!("{}{}{}", &text[..at], 4_000_000_000u64, &text[end..]).into_bytes()
        } else {
            bytes
        }
    });
    let d = refused("visits.xlsx", bomb);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.starts_with("declares 4000000000 different texts"), "{}", d.message);
}

/// The diagnostic refusing `book` as `visits.xlsx`, or `None` when it is read.
fn refused_or_read(book: Vec<u8>) -> Option<Diagnostic> {
    sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &SHEET).err()
}

#[test]
fn too_many_rows_or_cells_are_refused() {
    // Cells far to the right: each row spans 16,000 columns.
    let mut rows = strings(VISITS);
    for _ in 0..300 {
        let mut row = vec![S("C-1"), S("V-1"), S("2025-07-01")];
        row.resize(16_000, Blank);
        row.push(S("x"));
        rows.push(row);
    }
    let d = refused("visits.xlsx", xlsx(&[("visits", rows)]));
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.starts_with("spans more than 4000000 cells"), "{}", d.message);
    // An OpenDocument row repeated a million times, sixteen thousand cells wide, in a few hundred bytes.
    let bomb = ods_raw(
        "visits",
        r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
    );
    assert!(bomb.len() < 2_000);
    let d = refused("visits.ods", bomb);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.contains("repeated rows and cells"), "{}", d.message);
    // Rows: the same bound as in the audit, made small here to keep the test quick.
    let small = SheetBounds { max_rows: 3, ..SHEET };
    let book = xlsx(&[("visits", strings(VISITS))]);
    assert!(sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &small).is_err());
    let four = SheetBounds { max_rows: 4, ..SHEET };
    assert_eq!(sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &four).unwrap().len(), 4);
    let d = sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &small).unwrap_err();
    assert_eq!((d.code, d.file.as_str()), (Code::IV303, "registers/visits.xlsx"));
    assert!(d.message.starts_with("has more than 3 rows"), "{}", d.message);
    // Parts.
    let few_parts = SheetBounds { max_parts: 3, ..SHEET };
    let d = sheet::rows("registers/visits.xlsx", &book, Format::Xlsx, "visits", &few_parts).unwrap_err();
    assert!(d.message.contains("parts, more than the 3 ivaudit opens"), "{}", d.message);
}

#[test]
fn libreoffice_filler_rows_and_cells_do_not_count() {
    // LibreOffice fills a sheet to its end with repeated empty rows and cells.
    let mut table = String::new();
    for row in VISITS {
        table.push_str("<table:table-row>");
        for cell in *row {
            table.push_str(&format!(
                r#"<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>"#
            ));
        }
        table.push_str(r#"<table:table-cell table:number-columns-repeated="16381"/></table:table-row>"#);
    }
    table.push_str(r#"<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#);
    let a = audit(&[("visits.ods", ods_raw("visits", &table))]);
    assert!(register_diagnostics(&a).is_empty(), "{:?}", register_diagnostics(&a));
    assert_eq!(a.bundle.registers.visits.as_ref().unwrap().len(), 3);
}

/// Regression: the audit's practice gaps cited rows of a spreadsheet
/// register as lines of its CSV name, sending a reader to a file that does
/// not exist.
#[test]
fn practice_gaps_cite_the_spreadsheet_and_its_rows() {
    let from_xlsx = audit(&[
        ("volunteers.xlsx", xlsx(&[("volunteers", typed(VOLUNTEERS))])),
        ("children.xlsx", xlsx(&[("Sheet1", typed(CHILDREN))])),
        ("visits.ods", ods("visits", VISITS)),
    ]);
    let texts: Vec<&str> = from_xlsx.assessment.practice_gaps.iter().map(|g| g.text.as_str()).collect();
    assert!(!texts.is_empty(), "the fixture has practice gaps");
    // (A register that is absent is named by its CSV name: "no usable feedback register".)
    let citing: Vec<&&str> = texts.iter().filter(|t| t.contains(", row")).collect();
    assert!(citing.len() >= 3 && citing.iter().all(|t| !t.contains(".csv")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("registers/volunteers.xlsx, row")), "{texts:#?}");
    assert!(texts.iter().all(|t| !t.contains(" line ") && !t.contains(" lines ")), "{texts:#?}");
}

/// The issue's whole case: a provider folder of a Word policy and a PDF
/// procedure listed in evidence.yaml with no `shows:`, and registers kept in
/// Excel, audited from the command line. Criteria come from the documents'
/// own text, quoted with heading and page; indicators from the workbooks.
#[test]
fn a_folder_of_word_and_pdf_policies_with_excel_registers_is_judged_from_its_own_text() {
    use common::pdf::{L, Pdf};
    let dir = tempfile::tempdir().unwrap();
    let root = bundle(
        dir.path(),
        &[
            ("volunteers.xlsx", xlsx(&[("volunteers", typed(VOLUNTEERS))])),
            ("children.xlsx", xlsx(&[("Sheet1", typed(CHILDREN))])),
        ],
    );
    std::fs::create_dir_all(root.join("policies")).unwrap();
    let document = r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>References</w:t></w:r></w:p><w:p><w:r><w:t>Every volunteer gives two written references.</w:t></w:r></w:p></w:body></w:document>"#;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    std::fs::write(root.join("policies/recruitment.docx"), zip.finish().unwrap().into_inner()).unwrap();
    let mut pdf = Pdf::new();
    pdf.page(&[L(780.0, 11.0, false, "This procedure says how complaints are handled.")]);
    pdf.page(&[L(780.0, 11.0, false, "Every volunteer has an enhanced DBS check with a barred list check.")]);
    std::fs::write(root.join("policies/vetting.pdf"), pdf.bytes(&[], None)).unwrap();
    std::fs::write(
        root.join("evidence.yaml"),
        "- file: policies/recruitment.docx\n  title: Recruitment policy\n  evidences: [S05.P1]\n  kind: policy\n  issued: 2025-04-01\n\
         - file: policies/vetting.pdf\n  title: Vetting procedure\n  evidences: [S05.P1]\n  kind: procedure\n  issued: 2025-04-01\n",
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("ivaudit")
        .unwrap()
        .arg("audit")
        .arg(&root)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut found: Vec<(String, String, String)> = Vec::new();
    for s in report["standards"].as_array().unwrap() {
        for o in s["obligations"].as_array().unwrap() {
            for c in o["criteria"].as_array().unwrap() {
                for b in c["shown_by"].as_array().unwrap() {
                    assert_ne!(b["how"], "declared", "nothing is declared: {b}");
                    found.push((
                        c["id"].as_str().unwrap().into(),
                        b["path"].as_str().unwrap().into(),
                        b["location"].as_str().unwrap_or("").into(),
                    ));
                }
            }
        }
    }
    let two_references = (
        "S05.P1.two_references".to_string(),
        "policies/recruitment.docx".to_string(),
        "under “References”, paragraph 1".to_string(),
    );
    assert!(found.contains(&two_references), "{found:?}");
    assert!(
        found
            .iter()
            .any(|(id, path, at)| id.starts_with("S05.P1.") && path == "policies/vetting.pdf" && at == "page 2"),
        "{found:?}"
    );
    let registers: Vec<&str> =
        report["registers"].as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(registers, ["registers/children.xlsx", "registers/volunteers.xlsx"]);
    assert!(
        report["indicators"].as_array().unwrap().iter().any(|i| !i["value"].is_null()),
        "the workbooks give figures"
    );
}

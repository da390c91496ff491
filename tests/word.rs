//! `--format docx`: every report and document as a Word document a council
//! can edit: Word's own heading styles, tables whose header row repeats,
//! A4 pages numbered in the footer, the INTERNAL marking in the header where
//! it applies, and the title and organisation as document properties. The
//! LibreOffice round trip is `scripts/word-check`, run by `.ci/run`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join(name)
}

/// Runs ivaudit with `args` writing `--out NAME.docx`, and gives the bytes.
fn docx(args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.docx");
    let run = assert_cmd::Command::cargo_bin("ivaudit").unwrap().args(args).arg("--out").arg(&out).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    std::fs::read(&out).unwrap()
}

/// The parts of a package, as text.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap();
        out.insert(f.name().unwrap().to_string(), text);
    }
    out
}

#[test]
fn the_inspection_report_in_word_has_headings_tables_page_numbers_and_properties() {
    let bundle = example("provider-bundle");
    let bytes = docx(&["audit", bundle.to_str().unwrap()]);
    let p = parts(&bytes);
    let document = &p["word/document.xml"];
    assert!(document.contains(r#"<w:pStyle w:val="Heading1"/>"#), "a Word heading");
    assert!(document.contains("Priority action notices"));
    assert!(document.contains("<w:tblHeader/>"), "table header rows repeat on every page");
    assert!(document.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4");
    assert!(p["word/styles.xml"].contains(r#"<w:name w:val="heading 1"/>"#), "Word's own heading style");
    assert!(p["word/footer1.xml"].contains(r#"w:instr=" PAGE ""#) && p["word/footer1.xml"].contains(" NUMPAGES "));
    let header = &p["word/header1.xml"];
    assert!(
        header.contains("Pontydd Independent Visitor Service · Inspection report · as at 31 March 2026"),
        "{header}"
    );
    assert!(!header.contains("INTERNAL"), "an inspection report is not marked internal");
    assert!(
        p["docProps/core.xml"].contains("<dc:title>Inspection report: Pontydd Independent Visitor Service</dc:title>")
    );
    assert!(p["docProps/app.xml"].contains("<Company>Pontydd Independent Visitor Service</Company>"));
    // The same bundle and as-of date give the same bytes.
    assert_eq!(bytes, docx(&["audit", bundle.to_str().unwrap()]), "deterministic");
}

#[test]
fn an_internal_document_in_word_is_marked_on_every_page() {
    let bundle = example("authority-bundle");
    let p = parts(&docx(&["eligibility", bundle.to_str().unwrap()]));
    assert!(p["word/header1.xml"].contains("INTERNAL: NOT FOR PUBLICATION"));
    let p = parts(&docx(&["commission", bundle.to_str().unwrap(), "--document", "needs-analysis"]));
    assert!(!p["word/header1.xml"].contains("INTERNAL"), "the published needs analysis is not internal");
    assert!(
        p["word/header1.xml"]
            .contains("Bro Hafren County Council · Independent Visitor needs analysis · as at 31 March 2026"),
        "{}",
        p["word/header1.xml"]
    );
}

#[test]
fn the_needs_analysis_in_word() {
    let bundle = example("authority-bundle");
    let p = parts(&docx(&["commission", bundle.to_str().unwrap(), "--document", "needs-analysis"]));
    // One paragraph or table row to a line, so that a change reads as a diff.
    let document = p["word/document.xml"].replace("<w:p>", "\n<w:p>").replace("<w:tr>", "\n<w:tr>");
    assert!(
        document.contains(
            r#"<w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">The looked-after population"#
        ),
        "a table's caption is a Word caption"
    );
    insta::assert_snapshot!(document);
}

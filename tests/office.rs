//! Word (`.docx`), OpenDocument text (`.odt`) and plain text (`.txt`)
//! evidence listed in `evidence.yaml`: its text is read and judged as
//! Markdown's is, quoted with a heading-and-paragraph (or line) location,
//! and every hostile document is a diagnostic while the audit goes on and
//! the document still counts for what its entry declares. Every fixture is
//! built here, by code, with the zip crate.

mod common;

use common::{TWO_REFERENCES, audit, check_entries, declare_size, diagnostics_for, item, refused};

use std::io::Write;
use std::sync::OnceLock;

use ivaudit::bundle::Origin;
use ivaudit::bundle::document::{self, Format};
use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::diag::{Code, Diagnostic};
use ivaudit::judge::passage::Location;
use ivaudit::limits::{DOCUMENT, DocumentBounds};

const SENTENCE: &str = "Every volunteer gives two written references.";

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&CatalogSource::Embedded).expect("the built-in catalog loads"))
}

fn criterion(id: &str) -> usize {
    catalog().criterion_index(id).expect("the criterion is in the catalog")
}

/// A zip of `parts` (name, bytes), deflated.
fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        out.start_file(*name, options).unwrap();
        out.write_all(bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A Word paragraph, with `style` (such as `Heading1`) when it has one.
fn w_p(style: Option<&str>, text: &str) -> String {
    let ppr = style.map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)).unwrap_or_default();
    format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

/// A Word table of rows of cells.
fn w_tbl(rows: &[&[&str]]) -> String {
    let mut out = String::from("<w:tbl>");
    for row in rows {
        out.push_str("<w:tr>");
        for cell in *row {
            out.push_str(&format!("<w:tc>{}</w:tc>", w_p(None, cell)));
        }
        out.push_str("</w:tr>");
    }
    out + "</w:tbl>"
}

/// A minimal `.docx` whose body is `body`.
fn docx(body: &str) -> Vec<u8> {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip_of(&[("[Content_Types].xml", types.as_bytes()), ("word/document.xml", document.as_bytes())])
}

/// A minimal `.odt` whose `office:text` is `body`.
fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"><office:body><office:text>{body}</office:text></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

fn recruitment_docx() -> Vec<u8> {
    docx(
        &[w_p(Some("Title"), "Volunteer recruitment"), w_p(Some("Heading1"), "Recruitment"), w_p(None, SENTENCE)]
            .concat(),
    )
}

#[test]
fn a_word_policy_shows_two_references_quoted_under_its_heading() {
    let a = audit("recruitment.docx", &recruitment_docx(), None);
    let e = item(&a, "recruitment.docx");
    assert_eq!(e.origin, Origin::Document);
    let quote = e.shows(criterion(TWO_REFERENCES)).expect("the text shows the criterion");
    assert_eq!(&*quote.text, SENTENCE);
    assert_eq!(quote.location, Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 1 });
    assert_eq!(quote.location.to_string(), "under “Recruitment”, paragraph 1");
    assert!(diagnostics_for(&a, "recruitment.docx").is_empty(), "{:?}", a.bundle.diagnostics);
    // The report quotes it with its location, as for Markdown.
    use ivaudit::report::{Format as Out, ReportKind, Templates, render};
    let md = render(
        &a.report,
        ReportKind::Inspection,
        Out::Markdown,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    assert!(
        md.contains("Shown in policies/recruitment.docx, under “Recruitment”, paragraph 1: “Every volunteer gives two"),
        "{md}"
    );
}

#[test]
fn a_word_table_row_under_a_heading_is_read_with_the_heading() {
    let body = [
        w_p(Some("Heading1"), "Recruitment"),
        w_p(None, "The checks we make are below."),
        w_p(Some("Heading2"), "Checks"),
        w_tbl(&[&["Check", "Rule"], &["References", SENTENCE]]),
    ]
    .concat();
    let a = audit("checks.docx", &docx(&body), None);
    let quote = item(&a, "checks.docx").shows(criterion(TWO_REFERENCES)).expect("the row shows the criterion");
    assert_eq!(&*quote.text, format!("References | {SENTENCE}"));
    assert_eq!(quote.location, Location::Paragraph { heading: Some("Checks".into()), paragraph: 2 });
}

#[test]
fn an_opendocument_policy_shows_two_references_under_its_heading() {
    let body = format!(
        r#"<text:h text:outline-level="1">Recruitment</text:h><text:p>{SENTENCE}</text:p><text:h text:outline-level="2">Checks</text:h><table:table><table:table-row><table:table-cell><text:p>Check</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>DBS</text:p></table:table-cell></table:table-row></table:table>"#
    );
    let a = audit("recruitment.odt", &odt(&body), None);
    let e = item(&a, "recruitment.odt");
    assert_eq!(e.origin, Origin::Document);
    let quote = e.shows(criterion(TWO_REFERENCES)).expect("the text shows the criterion");
    assert_eq!(&*quote.text, SENTENCE);
    assert_eq!(quote.location, Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 1 });
}

#[test]
fn a_plain_text_policy_is_quoted_by_line_and_hash_is_not_a_heading() {
    let text = format!("# Recruitment\n\nVolunteers are recruited openly.\n{SENTENCE}\n");
    let a = audit("recruitment.txt", text.as_bytes(), None);
    let quote = item(&a, "recruitment.txt").shows(criterion(TWO_REFERENCES)).expect("the text shows the criterion");
    assert_eq!(&*quote.text, SENTENCE);
    assert_eq!(quote.location, Location::Line { line: 4 });
}

#[test]
fn a_negated_sentence_in_a_word_policy_is_a_near_miss_and_its_declaration_is_warned() {
    let body =
        [w_p(Some("Heading1"), "Recruitment"), w_p(None, "Volunteers do not give two written references.")].concat();
    let a = audit("negated.docx", &docx(&body), Some(TWO_REFERENCES));
    let e = item(&a, "negated.docx");
    let index = criterion(TWO_REFERENCES);
    assert!(e.shows(index).is_none());
    let near = e.near_miss(index).expect("the negated sentence comes close");
    assert_eq!(near.quote.location, Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 1 });
    let d = diagnostics_for(&a, "negated.docx");
    assert!(d.iter().any(|d| d.code == Code::IV112 && d.message.contains(TWO_REFERENCES)), "{d:?}");
}

#[test]
fn a_file_that_is_not_a_word_document_is_refused() {
    let d = refused("policy.docx", b"%PDF-1.7 not a zip");
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.starts_with("is not a Word document (.docx) (it is not a zip archive"), "{}", d.message);
    let d = refused("policy.docx", &zip_of(&[("hello.txt", b"hello")]));
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.contains("it holds no word/document.xml"), "{}", d.message);
    let mut ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
    ole.resize(4096, 0);
    let d = refused("policy.odt", &ole);
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.starts_with("is encrypted with a password, or is an old Word 97-2003"), "{}", d.message);
}

#[test]
fn a_truncated_word_document_is_refused() {
    let whole = recruitment_docx();
    let d = refused("policy.docx", &whole[..whole.len() / 2]);
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.starts_with("is damaged or incomplete"), "{}", d.message);
}

#[test]
fn malformed_document_xml_is_refused() {
    let bytes = zip_of(&[("word/document.xml", b"<w:document><w:body><w:p></w:body>")]);
    let d = refused("policy.docx", &bytes);
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.contains("not well-formed XML"), "{}", d.message);
}

#[test]
fn a_zip_bomb_by_declared_size_is_refused_before_it_is_unpacked() {
    let d = refused("policy.docx", &declare_size(recruitment_docx(), 0x4000_0000));
    assert_eq!(d.code, Code::IV303);
    // Each part declares 1 GiB: refused from the zip directory alone.
    assert!(d.message.contains("more than the 256 MiB ivaudit unpacks"), "{}", d.message);
}

#[test]
fn a_part_holding_more_than_it_declares_is_never_unpacked_past_it() {
    let filler = vec![b' '; 4 << 20];
    let d = refused("policy.odt", &declare_size(zip_of(&[("content.xml", &filler)]), 100));
    // The zip crate stops at the declared size and reports the mismatch.
    assert_eq!(d.code, Code::IV413, "{d:?}");
}

/// Small bounds, so that each is passed by a small fixture.
const SMALL: DocumentBounds =
    DocumentBounds { max_bytes: 1 << 20, max_unzipped: 64 << 10, max_parts: 3, max_text: 8 << 10 };

fn refused_within(bytes: &[u8], bounds: &DocumentBounds) -> Diagnostic {
    document::passages("policies/p.docx", bytes, Format::Docx, bounds).expect_err("refused")
}

#[test]
fn each_bound_on_a_document_is_a_diagnostic() {
    // Really expands past the bound (well compressed zeros).
    let zeros = vec![b'0'; 128 << 10];
    let d = refused_within(&zip_of(&[("word/media/image.bin", &zeros)]), &SMALL);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.starts_with("expands to 128 KiB, more than the 64 KiB ivaudit unpacks"), "{}", d.message);
    // Too many parts.
    let parts: Vec<(String, Vec<u8>)> = (0..4).map(|i| (format!("p{i}.xml"), b"x".to_vec())).collect();
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let d = refused_within(&zip_of(&parts), &SMALL);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.starts_with("holds 4 parts, more than the 3"), "{}", d.message);
    // A text part over the text bound.
    let body = w_p(None, &"a".repeat(16 << 10));
    let d = refused_within(&docx(&body), &SMALL);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.contains("of text, more than the 8 KiB ivaudit reads from a document"), "{}", d.message);
    // The default bounds read the same document.
    assert!(document::passages("policies/p.docx", &docx(&body), Format::Docx, &DOCUMENT).is_ok());
}

#[test]
fn a_plain_text_file_that_is_not_utf8_is_refused() {
    let d = refused("policy.txt", b"Every volunteer \xff\xfe gives references.");
    assert_eq!(d.code, Code::IV301);
}

#[test]
fn check_offers_an_entry_filled_from_a_word_documents_core_properties() {
    let types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>"#,
        w_p(Some("Heading1"), "Recruitment")
    );
    let core = r#"<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Volunteer recruitment &amp; vetting policy</dc:title><dcterms:created>2024-09-01T09:00:00Z</dcterms:created><dcterms:modified>2025-02-10T16:45:00Z</dcterms:modified></cp:coreProperties>"#;
    let with_props = zip_of(&[
        ("[Content_Types].xml", types.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ]);
    let out = check_entries(&[
        ("policies/recruitment.docx", with_props),
        ("policies/matching.docx", docx(&w_p(Some("Title"), "Matching procedure"))),
    ]);
    assert!(
        out.contains("- file: policies/recruitment.docx\n  title: \"Volunteer recruitment & vetting policy\"   # from the document's properties\n"),
        "{out}"
    );
    assert!(out.contains("  issued: 2025-02-10   # when the document was last saved"), "{out}");
    assert!(
        out.contains("- file: policies/matching.docx\n  title: Matching procedure   # the document's first heading\n"),
        "{out}"
    );
    assert_eq!(out.matches("evidences: []").count(), 2, "never guesses evidences: {out}");
}

#[test]
fn markdown_without_front_matter_listed_in_evidence_yaml_is_read_by_line() {
    let text = format!("# Recruitment\n\nVolunteers are recruited openly.\n{SENTENCE}\n");
    let a = audit("recruitment.md", text.as_bytes(), None);
    let e = item(&a, "recruitment.md");
    assert_eq!(e.origin, Origin::Document);
    assert_eq!(e.title, "Volunteer recruitment policy", "the entry describes it");
    let quote = e.shows(criterion(TWO_REFERENCES)).expect("the text shows the criterion");
    assert_eq!(&*quote.text, SENTENCE);
    assert_eq!(quote.location, Location::Line { line: 4 });
    assert!(diagnostics_for(&a, "recruitment.md").is_empty(), "{:?}", a.bundle.diagnostics);
}

#[test]
fn markdown_with_front_matter_keeps_it_and_its_manifest_entry_is_ignored_with_a_warning() {
    let text = format!(
        "---\ntitle: Recruitment by front matter\nevidences: [S05.P1]\nkind: policy\nissued: 2025-05-01\n---\n{SENTENCE}\n"
    );
    let a = audit("recruitment.md", text.as_bytes(), None);
    let e = item(&a, "recruitment.md");
    assert_eq!(e.origin, Origin::Markdown);
    assert_eq!(e.title, "Recruitment by front matter");
    let d: Vec<_> = a.bundle.diagnostics.iter().filter(|d| d.code == Code::IV205).collect();
    assert_eq!(d.len(), 1, "{:?}", a.bundle.diagnostics);
    assert_eq!((d[0].file.as_str(), d[0].line), ("evidence.yaml", Some(1)));
    assert!(
        d[0].message.contains("`policies/recruitment.md` is Markdown with its own front matter"),
        "{}",
        d[0].message
    );
}

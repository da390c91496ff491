//! PDF evidence listed in `evidence.yaml`: its text layer is read and judged
//! as Markdown's is, quoted with its page, and every hostile PDF (encrypted,
//! scanned, damaged, another file renamed, a decompression bomb, too many
//! pages) is a diagnostic while the audit goes on and the document still
//! counts for what its entry declares. Every fixture is built here, by code,
//! with lopdf.

mod common;

use common::pdf::{L, Pdf};
use common::{TWO_REFERENCES, audit, check_entries, diagnostics_for, item, refused};

use lopdf::content::Content;
use lopdf::{Document, Object, Stream, dictionary};

use ivaudit::bundle::Origin;
use ivaudit::diag::Code;
use ivaudit::judge::passage::Location;

const SENTENCE: &str = "Every volunteer gives two written references.";

/// A two-page recruitment policy whose criterion sits on page 2.
fn policy(outline: bool) -> Vec<u8> {
    let mut pdf = Pdf::new();
    pdf.page(&[
        L(780.0, 20.0, true, "Volunteer recruitment policy"),
        L(740.0, 11.0, false, "This policy says how we find and check volunteers."),
        L(60.0, 9.0, false, "1"),
    ]);
    pdf.page(&[
        L(780.0, 14.0, true, "References"),
        L(750.0, 11.0, false, SENTENCE),
        L(720.0, 11.0, false, "We write to each referee and keep"),
        L(707.0, 11.0, false, "their reply on the volunteer's file."),
        L(60.0, 9.0, false, "2"),
    ]);
    let entries: &[(&str, usize)] = if outline { &[("References", 2)] } else { &[] };
    pdf.bytes(entries, Some("Volunteer recruitment"))
}

#[test]
fn a_pdf_policy_shows_two_references_quoted_with_its_page() {
    let a = audit("recruitment.pdf", &policy(true), None);
    let e = item(&a, "recruitment.pdf");
    assert_eq!(e.origin, Origin::Document, "{:?}", a.bundle.diagnostics);
    let index = common::catalog().criterion_index(TWO_REFERENCES).unwrap();
    let quote = e.shows(index).expect("the text shows the criterion");
    assert_eq!(&*quote.text, SENTENCE);
    assert_eq!(quote.location, Location::Page { page: 2 });
    assert!(diagnostics_for(&a, "recruitment.pdf").is_empty(), "{:?}", a.bundle.diagnostics);
    use ivaudit::report::{Format as Out, ReportKind, Templates, render};
    let md = render(
        &a.report,
        ReportKind::Inspection,
        Out::Markdown,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    assert!(md.contains("Shown in policies/recruitment.pdf, page 2: “Every volunteer gives two"), "{md}");
    let json = render(
        &a.report,
        ReportKind::Inspection,
        Out::Json,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    assert!(json.contains(r#""location": "page 2""#), "the JSON carries the page");
}

#[test]
fn lines_of_one_paragraph_are_one_passage_and_headings_come_from_outline_or_type_size() {
    for outline in [true, false] {
        let bytes = policy(outline);
        let pdf = ivaudit::bundle::document::pdf("p.pdf", &bytes).expect("the PDF reads");
        assert_eq!(pdf.pages, 2);
        assert_eq!(pdf.title.as_deref(), Some("Volunteer recruitment"));
        let p = &pdf.passages;
        let texts: Vec<(String, String)> = p
            .passages
            .iter()
            .map(|x| (format!("{:?}", x.kind), x.text.to_string()))
            .filter(|(k, _)| k != "Title")
            .collect();
        assert!(
            texts.contains(&(
                "Sentence".into(),
                "We write to each referee and keep their reply on the volunteer's file.".into()
            )),
            "{texts:?}"
        );
        assert!(texts.contains(&("Heading".into(), "References".into())), "outline {outline}: {texts:?}");
        assert!(!texts.iter().any(|(_, t)| t == "2" || t == "1"), "page numbers are dropped: {texts:?}");
        let quoted = p.passages.iter().find(|x| &*x.text == SENTENCE).unwrap();
        let headings: Vec<&str> = quoted.context.iter().map(|i| p.headings[*i].as_str()).collect();
        assert_eq!(headings.last(), Some(&"References"), "outline {outline}");
    }
}

#[test]
fn a_negated_sentence_in_a_pdf_is_a_near_miss_and_its_declaration_is_warned() {
    let mut pdf = Pdf::new();
    pdf.page(&[L(780.0, 11.0, false, "Volunteers do not give two written references.")]);
    let a = audit("negated.pdf", &pdf.bytes(&[], None), Some(TWO_REFERENCES));
    let e = item(&a, "negated.pdf");
    let index = common::catalog().criterion_index(TWO_REFERENCES).unwrap();
    assert!(e.shows(index).is_none());
    assert_eq!(e.near_miss(index).expect("it comes close").quote.location, Location::Page { page: 1 });
    let d = diagnostics_for(&a, "negated.pdf");
    assert!(d.iter().any(|d| d.code == Code::IV112 && d.message.contains(TWO_REFERENCES)), "{d:?}");
}

#[test]
fn a_scanned_pdf_without_a_text_layer_says_to_run_ocr() {
    let mut pdf = Pdf::new();
    // A page that only paints (as a scan's image would).
    pdf.page_of(b"q 595 0 0 842 0 0 cm 0.5 g 0 0 1 1 re f Q".to_vec(), false);
    pdf.page_of(b"q 0 0 595 842 re f Q".to_vec(), false);
    let d = refused("scan.pdf", &pdf.bytes(&[], None));
    assert_eq!(d.code, Code::IV414);
    assert!(d.message.contains("has no text layer: its 2 pages hold pictures of pages"), "{}", d.message);
    assert!(d.message.contains("run it through OCR"), "{}", d.message);
}

#[test]
fn an_encrypted_pdf_says_to_save_a_copy_without_the_password() {
    let mut pdf = Pdf::new();
    pdf.page(&[L(780.0, 11.0, false, SENTENCE)]);
    let plain = pdf.bytes(&[], None);
    let mut doc = Document::load_mem(&plain).unwrap();
    doc.trailer.set("ID", vec![Object::string_literal("0123456789abcdef"), Object::string_literal("0123456789abcdef")]);
    let version = lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "secret",
        key_length: 128,
        permissions: lopdf::Permissions::all(),
    };
    let state = lopdf::EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let d = refused("locked.pdf", &bytes);
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.contains("is encrypted: it needs a password to open"), "{}", d.message);
}

#[test]
fn a_truncated_or_renamed_pdf_is_refused() {
    let whole = policy(true);
    for cut in [whole.len() / 2, 40, 9] {
        let d = refused("cut.pdf", &whole[..cut]);
        assert!([Code::IV413, Code::IV414].contains(&d.code), "{d:?}");
    }
    let d = refused("word.pdf", b"PK\x03\x04 a Word document renamed");
    assert_eq!(d.code, Code::IV413);
    assert!(d.message.contains("cannot be read as a PDF"), "{}", d.message);
}

#[test]
fn a_page_that_expands_past_the_bound_is_refused_as_a_bomb() {
    let mut pdf = Pdf::new();
    // 20 MiB of spaces compresses to a few KiB.
    let mut content = vec![b' '; 20 * 1024 * 1024];
    content.extend_from_slice(b"BT /F1 11 Tf 72 700 Td (Hello) Tj ET");
    pdf.page_of(content, true);
    let bytes = pdf.bytes(&[], None);
    assert!(bytes.len() < 256 * 1024, "the bomb is small: {}", bytes.len());
    let d = refused("bomb.pdf", &bytes);
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.contains("decompression bomb"), "{}", d.message);
}

#[test]
fn a_pdf_of_more_pages_than_the_bound_is_refused() {
    let mut pdf = Pdf::new();
    let content = Content { operations: vec![] }.encode().unwrap();
    let id = pdf.doc.add_object(Stream::new(dictionary! {}, content));
    for _ in 0..=ivaudit::limits::PDF.max_pages {
        let page = pdf.doc.add_object(dictionary! { "Type" => "Page", "Parent" => pdf.pages_id, "Contents" => id });
        pdf.kids.push(page.into());
    }
    let d = refused("long.pdf", &pdf.bytes(&[], None));
    assert_eq!(d.code, Code::IV303);
    assert!(d.message.contains("has 2001 pages, more than the 2000"), "{}", d.message);
}

#[test]
fn check_offers_an_entry_filled_from_what_an_unlisted_pdf_says_about_itself() {
    let mut pdf = Pdf::new();
    pdf.page(&[L(780.0, 18.0, true, "Safeguarding policy"), L(740.0, 11.0, false, SENTENCE)]);
    let info = pdf.doc.add_object(dictionary! {
        "Title" => Object::string_literal("Safeguarding and child protection policy"),
        "CreationDate" => Object::string_literal("D:20240901090000Z"),
        "ModDate" => Object::string_literal("D:20250314102200+00'00'"),
    });
    pdf.doc.trailer.set("Info", info);
    let bytes = pdf.bytes(&[], None);
    let mut untitled = Pdf::new();
    untitled.page(&[L(780.0, 18.0, true, "Complaints procedure"), L(740.0, 11.0, false, "Complaints are answered.")]);
    let out = check_entries(&[
        ("policies/safeguarding.pdf", bytes),
        ("policies/complaints.pdf", untitled.bytes(&[], None)),
        ("policies/scan.pdf", b"%PDF-1.4 damaged".to_vec()),
    ]);
    assert!(
        out.contains("- file: policies/safeguarding.pdf\n  title: Safeguarding and child protection policy   # from the document's properties\n"),
        "{out}"
    );
    assert!(out.contains("  issued: 2025-03-14   # when the document was last saved, from its properties"), "{out}");
    assert!(
        out.contains(
            "- file: policies/complaints.pdf\n  title: Complaints procedure   # the document's first heading\n"
        ),
        "{out}"
    );
    // A document that cannot be read falls back on its name, and no entry
    // ever guesses what it is evidence for.
    assert!(out.contains("- file: policies/scan.pdf\n  title: Scan   # the document's own title\n"), "{out}");
    assert!(out.contains("  issued: YYYY-MM-DD"), "{out}");
    assert_eq!(out.matches("evidences: []").count(), 3, "{out}");
}

//! The commissioning documents and the eligibility report in Welsh
//! (`--lang cy`): snapshots of two documents, every document written
//! through the command line, and the publication guard protecting a Welsh
//! document exactly as it protects an English one.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::commission::disclosure::Mode;
use ivaudit::commission::documents::{Document, build};
use ivaudit::locale::{Lang, Messages};
use ivaudit::report::{Format, Templates};

const DOCUMENTS: [&str; 4] = ["needs-analysis", "plan", "specification", "report"];

fn ivaudit() -> Command {
    Command::cargo_bin("ivaudit").unwrap()
}

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/authority-bundle")
}

fn document(doc: Document, mode: Mode, format: Format, lang: Lang) -> String {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authority");
    let messages = Messages::builtin(lang);
    let audit = ivaudit::audit_in(&catalog, &root, None, &messages).unwrap();
    let model = build(&catalog, &audit.bundle, &audit.assessment, doc, mode, &messages);
    let mut out = Vec::new();
    ivaudit::report::render_document(
        doc.template_stem(),
        doc.title_id(),
        mode == Mode::Internal,
        &model,
        format,
        &Templates::Embedded,
        &messages,
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn welsh_needs_analysis_markdown() {
    insta::assert_snapshot!(document(Document::NeedsAnalysis, Mode::Publication, Format::Markdown, Lang::Cy));
}

#[test]
fn welsh_specification_html() {
    insta::assert_snapshot!(document(Document::Specification, Mode::Publication, Format::Html, Lang::Cy));
}

#[test]
fn every_welsh_document_is_written_in_welsh_and_passes_the_guard() {
    for name in DOCUMENTS {
        let out = ivaudit()
            .arg("commission")
            .arg(example())
            .args(["--document", name, "--format", "html", "--lang", "cy"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        // Exit 0: the guard read the Welsh document and found nothing.
        assert!(out.status.success(), "{name}: {stderr}");
        let html = String::from_utf8(out.stdout).unwrap();
        assert!(html.contains("<html lang=\"cy\">"), "{name}");
        // The example's as-of date, 31 March 2026, in Welsh, in the running
        // header and the text.
        assert!(html.contains("Fel ar 31 Mawrth 2026"), "{name}");
        assert!(!html.contains("31 March 2026"), "{name}: an English date");
        // Tables keep their captions: the Welsh prefix is recognised.
        assert!(!html.contains("Tabl: "), "{name}: a caption left as a paragraph");
    }
    let out = ivaudit().arg("eligibility").arg(example()).args(["--format", "html", "--lang", "cy"]).output().unwrap();
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("<html lang=\"cy\">") && html.contains("MEWNOL: NID I'W GYHOEDDI"), "{html}");
    assert!(html.contains("<caption id=\"table-1\">Cymhwysedd yn gryno</caption>"), "{html}");
}

#[test]
fn welsh_publication_figures_are_the_english_ones() {
    // Disclosure control does not depend on the language: every figure and
    // every table cell a Welsh document publishes is the English one.
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authority");
    let shown = |lang: Lang| {
        let messages = Messages::builtin(lang);
        let audit = ivaudit::audit_in(&catalog, &root, None, &messages).unwrap();
        let c =
            build(&catalog, &audit.bundle, &audit.assessment, Document::NeedsAnalysis, Mode::Publication, &messages);
        let mut out: Vec<String> =
            c.need.iter().chain(&c.provision).chain(&c.targets).chain(&c.budget).map(|f| f.shown.clone()).collect();
        for (_, t) in &c.characteristics {
            for r in &t.rows {
                out.extend(r.cells.iter().chain(std::iter::once(&r.total)).map(|c| c.shown.clone()));
            }
        }
        out.extend(c.population.iter().map(|p| p.count.shown.clone()));
        out
    };
    let (en, cy) = (shown(Lang::En), shown(Lang::Cy));
    assert!(en.iter().any(|s| s == "*"), "the fixture should have a hidden count: {en:?}");
    // The same figures, up to the words for children ("10 children", "10 o blant").
    let number = |s: &String| s.split(' ').next().unwrap_or_default().to_string();
    assert_eq!(en.iter().map(number).collect::<Vec<_>>(), cy.iter().map(number).collect::<Vec<_>>());
}

/// A copy of the example authority bundle with `organisation` in bundle.yaml.
fn example_with_organisation(organisation: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&example(), dir.path());
    let yaml = std::fs::read_to_string(dir.path().join("bundle.yaml")).unwrap();
    let yaml =
        yaml.replacen("organisation: Bro Hafren County Council", &format!("organisation: \"{organisation}\""), 1);
    std::fs::write(dir.path().join("bundle.yaml"), yaml).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_childs_reference_stops_a_welsh_document_as_it_stops_an_english_one() {
    // BH-2044 is a child in registers/children.csv.
    let bundle = example_with_organisation("Cyngor Bro Hafren (BH-2044 pilot)");
    for lang in ["en", "cy"] {
        for name in DOCUMENTS {
            for format in ["md", "html", "json"] {
                let out = ivaudit()
                    .arg("commission")
                    .arg(bundle.path())
                    .args(["--document", name, "--format", format, "--lang", lang])
                    .output()
                    .unwrap();
                assert_eq!(out.status.code(), Some(2), "{lang} {name} {format}");
                assert!(out.stdout.is_empty(), "{lang} {name} {format} wrote to standard output");
                let stderr = String::from_utf8(out.stderr).unwrap();
                assert!(stderr.contains("a child's reference from registers/children.csv"), "{stderr}");
                assert!(stderr.contains("bundle.yaml (organisation)"), "{stderr}");
            }
        }
    }
}

#[test]
fn a_welsh_citation_of_a_register_line_is_refused() {
    // A template that cites a register line in Welsh ("llinell 5 o ...")
    // is refused as the English "line 5 of ..." is.
    let templates = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/commission-plan.md")).unwrap();
    for citation in ["Gweler llinell 5 o registers/children.csv.", "See line 5 of registers/children.csv."] {
        std::fs::write(templates.path().join("commission-plan.md"), format!("{original}\n{citation}\n")).unwrap();
        let out = ivaudit()
            .arg("commission")
            .arg(example())
            .args(["--document", "plan", "--format", "html", "--lang", "cy"])
            .args(["--templates", templates.path().to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{citation}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("a citation of lines of registers/children.csv"), "{stderr}");
    }
}

#[test]
fn a_reference_inside_english_marked_text_is_found() {
    // A Welsh document marks English text with a span; a reference inside
    // or next to one is still a reference.
    let bundle = example_with_organisation("Cyngor Bro Hafren");
    let templates = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/commission-plan.md")).unwrap();
    std::fs::write(
        templates.path().join("commission-plan.md"),
        format!("{original}\nDiolch i <span lang=\"en-GB\">BH-</span>2044.\n"),
    )
    .unwrap();
    let out = ivaudit()
        .arg("commission")
        .arg(bundle.path())
        .args(["--document", "plan", "--format", "md", "--lang", "cy"])
        .args(["--templates", templates.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("a child's reference"));
}

//! Snapshots of every rendered report on the fixture bundles. A change to a
//! template or a judgement shows up here as a reviewable diff
//! (`cargo insta review`).

use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::report::{Format, ReportKind, Templates, render};
use std::path::Path;

fn rendered(bundle: &str, kind: ReportKind, format: Format) -> String {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(bundle);
    let audit = ivaudit::audit(&catalog, &root, None).unwrap();
    render(&audit.report, kind, format, &Templates::Embedded).unwrap()
}

#[test]
fn inspection_markdown() {
    insta::assert_snapshot!(rendered("mixed", ReportKind::Inspection, Format::Markdown));
}

#[test]
fn inspection_html() {
    insta::assert_snapshot!(rendered("mixed", ReportKind::Inspection, Format::Html));
}

#[test]
fn self_assessment_markdown() {
    insta::assert_snapshot!(rendered("mixed", ReportKind::SelfAssessment, Format::Markdown));
}

#[test]
fn self_assessment_html() {
    insta::assert_snapshot!(rendered("clean", ReportKind::SelfAssessment, Format::Html));
}

#[test]
fn json() {
    insta::assert_snapshot!(rendered("mixed", ReportKind::Inspection, Format::Json));
}

#[test]
fn diagnostics_as_printed_on_stderr() {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mixed");
    let bundle = ivaudit::bundle::Bundle::load(&root, &catalog).unwrap();
    let lines: Vec<String> = bundle.diagnostics.iter().map(|d| d.to_string()).collect();
    insta::assert_snapshot!(lines.join("\n"));
}

#[test]
fn inspection_markdown_with_registers() {
    insta::assert_snapshot!(rendered("registers", ReportKind::Inspection, Format::Markdown));
}

#[test]
fn inspection_html_with_registers() {
    insta::assert_snapshot!(rendered("registers", ReportKind::Inspection, Format::Html));
}

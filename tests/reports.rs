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

fn document(document: &str, internal: bool, format: Format) -> String {
    use ivaudit::commission::disclosure::Mode;
    use ivaudit::commission::documents::{Document, build};
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authority");
    let audit = ivaudit::audit(&catalog, &root, None).unwrap();
    let doc = match document {
        "needs-analysis" => Document::NeedsAnalysis,
        "plan" => Document::Plan,
        "specification" => Document::Specification,
        _ => Document::Report,
    };
    let mode = if internal { Mode::Internal } else { Mode::Publication };
    let model = build(&catalog, &audit.bundle, &audit.assessment, doc, mode);
    let mut out = Vec::new();
    ivaudit::report::render_document(
        doc.template_stem(),
        doc.title(),
        internal,
        &model,
        format,
        &Templates::Embedded,
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn commission_needs_analysis() {
    insta::assert_snapshot!(document("needs-analysis", false, Format::Markdown));
}

#[test]
fn commission_plan_internal() {
    insta::assert_snapshot!(document("plan", true, Format::Markdown));
}

#[test]
fn commission_specification() {
    insta::assert_snapshot!(document("specification", false, Format::Markdown));
}

#[test]
fn commission_report_html() {
    insta::assert_snapshot!(document("report", false, Format::Html));
}

#[test]
fn eligibility_markdown() {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authority");
    let audit = ivaudit::audit(&catalog, &root, None).unwrap();
    let eligibility = ivaudit::commission::eligibility::assess(&audit.bundle, audit.assessment.as_of).unwrap();
    let context =
        ivaudit::commission::EligibilityReport { organisation: audit.bundle.meta.organisation.clone(), eligibility };
    let mut out = Vec::new();
    ivaudit::report::render_document(
        "eligibility",
        "Eligibility",
        true,
        &context,
        Format::Markdown,
        &Templates::Embedded,
        &mut out,
    )
    .unwrap();
    insta::assert_snapshot!(String::from_utf8(out).unwrap());
}

#[test]
fn inspection_markdown_for_an_authority() {
    insta::assert_snapshot!(rendered("authority", ReportKind::Inspection, Format::Markdown));
}

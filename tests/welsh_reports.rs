//! The audit reports in Welsh (`ivaudit audit BUNDLE --lang cy`): snapshots
//! of the example provider's inspection report and self-assessment, the
//! action plan's columns, and the marking of text in the other language.
//! A change to a Welsh message shows up here as a reviewable diff.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_syntax::ast;
use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::locale::{Lang, Messages};
use ivaudit::report::{Format, ReportKind, Templates, render};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn audit(bundle: &Path, messages: &Arc<Messages>) -> ivaudit::Audit {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    ivaudit::audit_in(&catalog, bundle, None, messages).unwrap()
}

/// The example bundle rendered as `kind` in `format`, in `lang`, at the
/// as-of date its bundle.yaml gives (31 March 2026).
fn rendered(bundle: &Path, lang: Lang, kind: ReportKind, format: Format) -> String {
    let messages = Messages::builtin(lang);
    let audit = audit(bundle, &messages);
    render(&audit.report, kind, format, &Templates::Embedded, &messages).unwrap()
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

#[test]
fn inspection_html_in_welsh() {
    let html = rendered(&example("provider-bundle"), Lang::Cy, ReportKind::Inspection, Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"cy\">"));
    insta::assert_snapshot!(html);
}

#[test]
fn self_assessment_markdown_in_welsh() {
    insta::assert_snapshot!(rendered(
        &example("provider-bundle"),
        Lang::Cy,
        ReportKind::SelfAssessment,
        Format::Markdown
    ));
}

/// The messages of one file of a language: id, its text when it has no
/// variables, and the names of its variables.
fn messages_of(lang: &str, file: &str) -> Vec<(String, Option<String>, Vec<String>)> {
    let text = std::fs::read_to_string(root().join("locales").join(lang).join(file)).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{lang}/{file}: {e:?}"));
    let mut out = Vec::new();
    for entry in resource.body {
        let ast::Entry::Message(m) = entry else { continue };
        let Some(pattern) = m.value else { continue };
        let mut vars = Vec::new();
        collect_variables(&pattern, &mut vars);
        vars.sort();
        vars.dedup();
        let plain = match pattern.elements.as_slice() {
            [ast::PatternElement::TextElement { value }] => Some(value.to_string()),
            _ => None,
        };
        out.push((m.id.name.to_string(), plain, vars));
    }
    out
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
    let inline = |e: &ast::InlineExpression<&str>, out: &mut Vec<String>| match e {
        ast::InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    };
    match expression {
        ast::Expression::Inline(e) => inline(e, out),
        ast::Expression::Select { selector, variants } => {
            inline(selector, out);
            for v in variants {
                collect_variables(&v.value, out);
            }
        }
    }
}

const REPORT_FILES: [&str; 5] = ["report.ftl", "findings.ftl", "indicators.ftl", "actions.ftl", "diagnostics.ftl"];

/// A Welsh message with another variable than its English twin would
/// print `{$name}` or drop a figure.
#[test]
fn every_report_message_has_a_welsh_twin_with_the_same_variables() {
    for file in REPORT_FILES {
        let en: Vec<_> = messages_of("en", file).into_iter().map(|(id, _, vars)| (id, vars)).collect();
        let mut cy: Vec<_> = messages_of("cy", file).into_iter().map(|(id, _, vars)| (id, vars)).collect();
        let mut en_sorted = en.clone();
        en_sorted.sort();
        cy.sort();
        assert_eq!(en_sorted, cy, "{file}: the English and Welsh ids or variables differ");
    }
}

/// Every diagnostic code has a one-line summary in both languages: a Welsh
/// report shows it before the English detail.
#[test]
fn every_diagnostic_code_has_a_summary_in_both_languages() {
    let source = std::fs::read_to_string(root().join("src/diag.rs")).unwrap();
    let start = source.find("pub enum Code {").unwrap();
    let body = &source[start..start + source[start..].find('}').unwrap()];
    let codes: Vec<&str> =
        body.lines().map(str::trim).filter_map(|l| l.strip_suffix(',')).filter(|l| l.starts_with("IV")).collect();
    assert!(codes.len() > 40, "{codes:?}");
    for lang in Lang::ALL {
        let messages = Messages::builtin(lang);
        for code in &codes {
            assert!(messages.has(&format!("diag-{}", code.to_lowercase())), "no summary of {code} in {lang:?}");
        }
    }
}

/// Text between `<span lang="en-GB">` and its end is English on purpose
/// (the catalog, evidence, diagnostic details); the rest of a Welsh
/// report must not hold a fixed English sentence.
fn outside_english_spans(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<span lang=\"en-GB\">") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        rest = after.find("</span>").map_or("", |end| &after[end + "</span>".len()..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn no_fixed_english_sentence_is_left_in_a_welsh_report() {
    // Sentences and phrases of two words or more that need no variable;
    // a single word ("Met") could be a part of a file name.
    let mut english = Vec::new();
    for file in REPORT_FILES {
        for (id, text, _) in messages_of("en", file) {
            let Some(text) = text else { continue };
            if text.split_whitespace().count() >= 2 {
                english.push((id, text));
            }
        }
    }
    assert!(english.len() > 100, "{}", english.len());
    for bundle in ["provider-bundle", "authority-bundle"] {
        for (kind, format) in [
            (ReportKind::Inspection, Format::Html),
            (ReportKind::Inspection, Format::Markdown),
            (ReportKind::SelfAssessment, Format::Html),
            (ReportKind::SelfAssessment, Format::Markdown),
        ] {
            let report = rendered(&example(bundle), Lang::Cy, kind, format);
            let body = outside_english_spans(&report);
            for (id, text) in &english {
                // Markdown escapes nothing in these, HTML its apostrophes.
                let escaped = text.replace('\'', "&#x27;");
                assert!(
                    !body.contains(text.as_str()) && !body.contains(&escaped),
                    "{bundle} {kind:?} {format:?} in Welsh still says `{text}` ({id})"
                );
            }
        }
    }
}

/// Copies the small `clean` fixture into a new folder with its one
/// document's title in Welsh and marked `lang: cy`.
fn bundle_with_a_welsh_document() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = root().join("tests/fixtures/clean");
    std::fs::copy(from.join("bundle.yaml"), dir.path().join("bundle.yaml")).unwrap();
    std::fs::create_dir(dir.path().join("registers")).unwrap();
    std::fs::copy(from.join("registers/complaints.csv"), dir.path().join("registers/complaints.csv")).unwrap();
    let doc = std::fs::read_to_string(from.join("complaints-procedure.md")).unwrap();
    let doc = doc.replacen("title: Complaints procedure\n", "title: Gweithdrefn gwyno\nlang: cy\n", 1);
    assert!(doc.contains("lang: cy"));
    std::fs::write(dir.path().join("complaints-procedure.md"), doc).unwrap();
    dir
}

#[test]
fn a_welsh_evidence_title_is_marked_welsh_in_an_english_report() {
    let bundle = bundle_with_a_welsh_document();
    let html = rendered(bundle.path(), Lang::En, ReportKind::Inspection, Format::Html);
    assert!(html.contains("<span lang=\"cy\">Gweithdrefn gwyno</span>"), "the Welsh title is not marked");
    // Wherever it appears (evidence index, evidence cited, gaps).
    assert_eq!(
        html.matches("Gweithdrefn gwyno").count(),
        html.matches("<span lang=\"cy\">Gweithdrefn gwyno</span>").count()
    );
    // In a Welsh report the same title is the report's own language.
    let welsh = rendered(bundle.path(), Lang::Cy, ReportKind::Inspection, Format::Html);
    assert!(welsh.contains("Gweithdrefn gwyno"));
    assert!(!welsh.contains("<span lang=\"cy\">"), "Welsh text marked as Welsh in a Welsh report");
}

#[test]
fn the_welsh_action_plan_has_welsh_columns_and_statuses() {
    let csv = rendered(&example("provider-bundle"), Lang::Cy, ReportKind::Inspection, Format::Csv);
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next().unwrap(),
        "Cyfeirnod,Safon,Gofyniad,Math,Cam gweithredu,Tystiolaeth a ddyfynnwyd,Perchennog a awgrymir,Dyddiad targed,Statws"
    );
    let first = lines.next().unwrap();
    assert!(first.starts_with("A01,Safon 5: "), "{first}");
    assert!(first.contains(",Cam blaenoriaeth,"), "{first}");
    assert!(first.ends_with(",Agored"), "{first}");
    // The English plan keeps its English columns.
    let english = rendered(&example("provider-bundle"), Lang::En, ReportKind::Inspection, Format::Csv);
    assert!(english.trim_start_matches('\u{feff}').starts_with("Reference,Standard,Requirement,"));
}

/// A diagnostic in a Welsh report says what its code means in Welsh, then
/// its English detail, marked English.
#[test]
fn a_diagnostic_in_a_welsh_report_is_summarised_in_welsh() {
    let md = rendered(&root().join("tests/fixtures/mixed"), Lang::Cy, ReportKind::Inspection, Format::Markdown);
    let row = md.lines().find(|l| l.contains("| IV202 |")).expect("the IV202 row");
    assert!(row.contains("Mae cofnod yn enwi ffeil nad yw'n bodoli. <span lang=\"en-GB\">"), "{row}");
    let english = rendered(&root().join("tests/fixtures/mixed"), Lang::En, ReportKind::Inspection, Format::Markdown);
    let row = english.lines().find(|l| l.contains("| IV202 |")).unwrap();
    assert!(!row.contains("<span"), "{row}");
}

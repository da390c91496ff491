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
    render(&audit.report, kind, format, &Templates::Embedded, &ivaudit::locale::Messages::english()).unwrap()
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
    let messages = ivaudit::locale::Messages::english();
    let model = build(&catalog, &audit.bundle, &audit.assessment, doc, mode, &messages);
    let mut out = Vec::new();
    ivaudit::report::render_document(
        doc.template_stem(),
        doc.title_id(),
        internal,
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
    insta::assert_snapshot!(eligibility(Format::Markdown));
}

#[test]
fn inspection_markdown_for_an_authority() {
    insta::assert_snapshot!(rendered("authority", ReportKind::Inspection, Format::Markdown));
}

/// Every printed report and document on the fixture bundles, named.
fn every_printed_output() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for bundle in ["mixed", "clean", "registers", "authority"] {
        for (kind, kind_name) in
            [(ReportKind::Inspection, "inspection"), (ReportKind::SelfAssessment, "self-assessment")]
        {
            for (format, ext) in [(Format::Html, "html"), (Format::Markdown, "md")] {
                out.push((format!("{bundle} {kind_name}.{ext}"), rendered(bundle, kind, format)));
            }
        }
    }
    for doc in ["needs-analysis", "plan", "specification", "report"] {
        for internal in [false, true] {
            for (format, ext) in [(Format::Html, "html"), (Format::Markdown, "md")] {
                out.push((format!("{doc} (internal: {internal}).{ext}"), document(doc, internal, format)));
            }
        }
    }
    for (format, ext) in [(Format::Html, "html"), (Format::Markdown, "md")] {
        out.push((format!("eligibility.{ext}"), eligibility(format)));
    }
    out
}

fn eligibility(format: Format) -> String {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/authority");
    let audit = ivaudit::audit(&catalog, &root, None).unwrap();
    let eligibility = ivaudit::commission::eligibility::assess(&audit.bundle, audit.assessment.as_of).unwrap();
    let context =
        ivaudit::commission::EligibilityReport { organisation: audit.bundle.meta.organisation.clone(), eligibility };
    let mut out = Vec::new();
    ivaudit::report::render_document(
        "eligibility",
        "title-eligibility",
        true,
        &context,
        format,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
        &mut out,
    )
    .unwrap();
    String::from_utf8(out).unwrap()
}

/// `text` without the values of its `title="..."` attributes.
fn without_titles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("title=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 7..];
        rest = after.find('"').map_or("", |j| &after[j + 1..]);
    }
    out.push_str(rest);
    out
}

/// The first run of 64 or more hex digits in `text`, if any.
fn long_hex(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate().chain(std::iter::once((bytes.len(), &b' '))) {
        if !b.is_ascii_hexdigit() {
            if i - start >= 64 {
                return Some(&text[start..i]);
            }
            start = i + 1;
        }
    }
    None
}

#[test]
fn no_report_prints_a_full_digest_outside_a_title_attribute() {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/registers");
    let audit = ivaudit::audit(&catalog, &root, None).unwrap();
    let digest = audit.report.evidence[0].digest.clone();
    assert_eq!(digest.len(), 64);
    let html = render(
        &audit.report,
        ReportKind::Inspection,
        Format::Html,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    // The full digest is kept where a reader can reach it: in the title
    // attribute of the short one, and in JSON.
    assert!(html.contains(&format!("<span class=\"digest\" title=\"{digest}\">{}</span>", &digest[..12])), "{digest}");
    let json = render(
        &audit.report,
        ReportKind::Inspection,
        Format::Json,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    assert!(json.contains(&digest));
    for (name, text) in every_printed_output() {
        if let Some(hex) = long_hex(&without_titles(&text)) {
            panic!("{name} prints a full digest outside a title attribute: {hex}");
        }
    }
}

/// Whether `text` holds a date written `YYYY-MM-DD` outside a quotation
/// (“...” or <q>...</q>, which keep the words of the document quoted) and
/// outside the diagnostics (which tell the user what to type).
fn iso_date_outside_quotes(text: &str) -> Option<String> {
    let text = match text.find("Diagnostics</h2>").or_else(|| text.find("Diagnostics\n")) {
        Some(_) => {
            let start =
                text.rfind("id=\"diagnostics\"").or_else(|| text.rfind("Diagnostics\n\n")).unwrap_or(text.len());
            let end = text[start..]
                .find("id=\"rules\"")
                .or_else(|| text[start..].find("How the judgements"))
                .map_or(text.len(), |e| start + e);
            format!("{}{}", &text[..start], &text[end..])
        }
        None => text.to_string(),
    };
    let mut depth = 0i32;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let at = |s: &str| chars[i..].iter().take(s.chars().count()).copied().eq(s.chars());
        if chars[i] == '“' || at("<q>") {
            depth += 1;
        } else if chars[i] == '”' || at("</q>") {
            depth -= 1;
        } else if depth <= 0 && i + 10 <= chars.len() {
            let s: String = chars[i..i + 10].iter().collect();
            let shape = s.char_indices().all(|(k, c)| if k == 4 || k == 7 { c == '-' } else { c.is_ascii_digit() });
            let joined =
                |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/'));
            if shape && !joined(i.checked_sub(1).and_then(|p| chars.get(p))) && !joined(chars.get(i + 10)) {
                let from = i.saturating_sub(60);
                return Some(chars[from..(i + 20).min(chars.len())].iter().collect());
            }
        }
        i += 1;
    }
    None
}

#[test]
fn dates_print_in_words() {
    for (name, text) in every_printed_output() {
        assert!(text.contains("31 March 2026"), "{name} does not give the as-of date in words");
        if let Some(context) = iso_date_outside_quotes(&text) {
            panic!("{name} prints a date as YYYY-MM-DD: …{context}…");
        }
    }
    // JSON keeps ISO dates for programs.
    let json = rendered("registers", ReportKind::Inspection, Format::Json);
    assert!(json.contains("\"as_of\": \"2026-03-31\""));
}

#[test]
fn first_screen_of_the_inspection_report_holds_summary_ratings_and_every_priority_action() {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    for bundle in ["registers", "mixed", "authority"] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(bundle);
        let audit = ivaudit::audit(&catalog, &root, None).unwrap();
        let priorities: Vec<_> =
            audit.report.findings.iter().filter(|f| f.kind == ivaudit::assess::FindingKind::PriorityAction).collect();
        assert!(!priorities.is_empty(), "{bundle}: the fixture should have priority actions to find");
        for (format, first_standard) in
            [(Format::Html, "<section class=\"standard"), (Format::Markdown, "\n## Standard 1: ")]
        {
            let text = render(
                &audit.report,
                ReportKind::Inspection,
                format,
                &Templates::Embedded,
                &ivaudit::locale::Messages::english(),
            )
            .unwrap();
            let end = text.find(first_standard).unwrap_or_else(|| panic!("{bundle}: no per-standard section"));
            let first = &text[..end];
            for heading in ["Summary", "Ratings", "Priority action notices", "Areas for improvement", "Strengths"] {
                assert!(first.contains(heading), "{bundle} {format:?}: no {heading} before Standard 1");
            }
            for s in &audit.report.standards {
                assert!(first.contains(&s.rating_label.to_string()) && first.contains(&format!("{}. ", s.number)));
            }
            for f in &priorities {
                let label = f.requirement_label.as_deref().expect("a priority action names its requirement");
                let date = ivaudit::locale::Messages::english()
                    .date(f.target_date.expect("a priority action has a target date"));
                let at = first.find(&format!("{label}</a></strong>")).or_else(|| first.find(&format!("{label}**")));
                let at =
                    at.unwrap_or_else(|| panic!("{bundle} {format:?}: priority action {label} not before Standard 1"));
                assert!(
                    first[at..].contains(&format!("within 3 months, by {date}")),
                    "{bundle}: {label} has no timescale"
                );
            }
            // Requirement detail waits for Annex A.
            assert!(!first.contains("Specifics checked"), "{bundle} {format:?}");
        }
    }
}

#[test]
fn requirement_headings_say_what_they_are() {
    let html = rendered("registers", ReportKind::Inspection, Format::Html);
    assert!(html.contains("<h4 id=\"S05.P1\">Standard 5, provider obligation 1: <span class=\"badge status-partial\">Partly met</span> <span class=\"req-id\">S05.P1</span></h4>"));
    let md = rendered("registers", ReportKind::Inspection, Format::Markdown);
    assert!(md.contains("#### Standard 5, provider obligation 1: partly met (S05.P1)"));
    assert!(md.contains("#### Standard 1, good practice 2: not met (S01.GP2)"));
    let authority = rendered("authority", ReportKind::Inspection, Format::Markdown);
    assert!(authority.contains("#### Standard 3, local authority obligation 1: "), "an authority's obligations say so");
}

#[test]
fn internal_marking_is_on_every_printed_page_without_covering_content() {
    // Regression: the banner was `position: fixed` in print, over the
    // table headers of every page after the first.
    let html = eligibility(Format::Html);
    assert!(!html.contains("position: fixed"));
    assert!(html.contains("@top-center { content: \"INTERNAL: NOT FOR PUBLICATION\"; }"));
    assert!(html.contains("<p class=\"internal-banner\">INTERNAL: NOT FOR PUBLICATION</p>"));
    let published = document("needs-analysis", false, Format::Html);
    assert!(!published.contains("NOT FOR PUBLICATION"));
}

#[test]
fn printed_pages_are_a4_with_numbers_and_a_running_header() {
    let html = rendered("registers", ReportKind::Inspection, Format::Html);
    assert!(html.contains("size: A4;"));
    assert!(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"));
    assert!(
        html.contains("@top-left { content: \"Register Fixture Service: Inspection report\"; }"),
        "the running header names the organisation and the report"
    );
    assert!(html.contains("@top-right { content: \"As at 31 March 2026\"; }"));
    let doc = document("report", false, Format::Html);
    assert!(
        doc.contains("@top-left { content: \"Fixture County Council: Independent Visitor commissioning report\"; }")
    );
}

#[test]
fn commissioning_tables_align_text_left_and_figures_right() {
    // Regression: every column but the first was right-aligned, text included.
    let html = document("needs-analysis", false, Format::Html);
    assert!(!html.contains("td:not(:first-child)"));
    assert!(html.contains("<th scope=\"row\">Children looked after</th><td class=\"num\">"), "{html}");
    assert!(html.contains("<caption id=\"table-1\">The looked-after population against the Welsh averages</caption>"));
    let report = document("report", false, Format::Html);
    assert!(report.contains("<tr><th scope=\"row\">3. Confidentiality</th><td>Good</td></tr>"), "{report}");
    for (name, text) in every_printed_output() {
        if name.ends_with(".html") {
            assert!(
                !text.contains("<th></th>") && !text.contains("<th scope=\"col\"></th>"),
                "{name}: an empty header cell"
            );
            assert_eq!(
                text.matches("<table").count(),
                text.matches("<caption").count(),
                "{name}: a table without a caption"
            );
        }
    }
}

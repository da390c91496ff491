//! The action plan: in the JSON report, in the self-assessment, and as the
//! CSV and XLSX that `ivaudit audit --out plan.csv|plan.xlsx` writes for a
//! service to track in a spreadsheet.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// How many findings are not strengths: the number of actions.
fn actions_in(report: &Value) -> usize {
    report["findings"].as_array().unwrap().iter().filter(|f| f["kind"] != "strength").count()
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
    assert!(section.contains(r#"<div class="table-scroll">"#));
    assert!(section.contains("<caption>Action plan (28 actions, most serious first)</caption>"), "{section}");
    for col in ["Reference", "Action", "Requirement", "Severity", "Suggested owner", "Target date", "Status"] {
        assert!(section.contains(&format!(r#"<th scope="col">{col}</th>"#)), "{col}");
    }
    assert!(section.contains(r#"<th scope="row">A01</th>"#));
    assert!(section.contains("<td>30 June 2026</td>"), "dates as UK readers write them");
    assert_eq!(section.matches("<tr class=").count(), 28);
}

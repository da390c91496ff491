//! End-to-end tests of the `ivaudit` command on fixture bundles, as a user
//! would run it.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn ivaudit() -> Command {
    Command::cargo_bin("ivaudit").unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn audit_json(bundle: &Path, extra: &[&str]) -> Value {
    let out = ivaudit().arg("audit").arg(bundle).args(["--format", "json"]).args(extra).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn obligation<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["standards"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["obligations"].as_array().unwrap())
        .find(|o| o["id"] == id)
        .unwrap_or_else(|| panic!("no obligation {id}"))
}

#[test]
fn a_bundle_with_broken_files_is_audited_fully_and_each_problem_reported() {
    let bundle = fixture("mixed");
    let assert = ivaudit().arg("audit").arg(&bundle).assert().success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    // Each problem on stderr, with its file and line.
    assert!(
        stderr.contains(
            "error[IV101]: policies/broken.md:3:12: front matter: a list opened with `[` here is never closed with `]`"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("error[IV202]: evidence.yaml:7: `training/certificates.pdf` does not exist"), "{stderr}");
    assert!(stderr.contains("error[IV203]: evidence.yaml:12: `../outside.pdf` points outside the bundle"), "{stderr}");
    assert!(stderr.contains("error[IV103]: policies/unknown-id.md:3: `evidences` names `S08.P9`"), "{stderr}");

    let report = audit_json(&bundle, &[]);
    // ... and in the report.
    let diags = report["diagnostics"].as_array().unwrap();
    // The four above, and the leaflet that is not really a PDF.
    assert_eq!(diags.len(), 5);
    assert_eq!((diags[4]["file"].as_str(), diags[4]["code"].as_str()), (Some("publicity/leaflet.pdf"), Some("IV413")));
    assert_eq!(diags[2]["file"], "policies/broken.md");
    assert_eq!(diags[2]["line"], 3);
    assert!(diags[2]["message"].as_str().unwrap().contains("not counted as evidence"));
    // The stale policy makes its requirement partly met, with the date in the gap.
    let s03 = obligation(&report, "S03.P1");
    assert_eq!(s03["status"], "partial");
    assert_eq!(s03["evidence"], serde_json::json!(["policies/confidentiality.md"]));
    assert!(s03["gaps"][0].as_str().unwrap().contains("was due for review on 2025-11-30"));
    // A missing good-practice specific is named in an area for improvement
    // (children's safety depends on it), without changing the obligation's
    // status, which rests on its own words.
    let s05 = obligation(&report, "S05.P1");
    let references = s05["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "S05.P1.two_references").unwrap();
    assert_eq!((references["shown"].as_bool(), references["from"].as_str()), (Some(false), Some("good_practice")));
    assert!(
        report["findings"].as_array().unwrap().iter().any(|f| f["kind"] == "area_for_improvement"
            && f["requirement"] == "S05.P1"
            && f["text"].as_str().unwrap().contains("at least two references")),
        "{}",
        report["findings"]
    );
    // Every other file was still assessed.
    let paths: Vec<&str> = report["evidence"].as_array().unwrap().iter().map(|e| e["path"].as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [
            "policies/confidentiality.md",
            "policies/recruitment.md",
            "policies/unknown-id.md",
            "procedures/complaints.md",
            "publicity/leaflet.pdf"
        ]
    );
    assert_eq!(report["unlinked"][0]["path"], "notes/meeting-notes.md");
    assert_eq!(report["unlisted"][0]["path"], "notes/rota.xlsx");
}

#[test]
fn json_has_the_documented_shape() {
    let report = audit_json(&fixture("mixed"), &[]);
    assert_eq!(report["schema"], "ivaudit/audit");
    assert_eq!(report["schema_version"], 1);
    let standards = report["standards"].as_array().unwrap();
    assert_eq!(standards.len(), 14);
    for s in standards {
        for key in ["id", "rating", "obligations"] {
            assert!(s.get(key).is_some(), "standard lacks {key}");
        }
        for o in s["obligations"].as_array().unwrap() {
            for key in ["id", "status", "evidence", "gaps"] {
                assert!(o.get(key).is_some(), "obligation lacks {key}");
            }
        }
    }
    for f in report["findings"].as_array().unwrap() {
        assert!(
            ["priority_action", "area_for_improvement", "recommendation", "strength"]
                .contains(&f["kind"].as_str().unwrap())
        );
        assert!(f["standard"].as_str().unwrap().starts_with('S'));
        assert!(!f["text"].as_str().unwrap().is_empty());
    }
    // Statutory duties that are not met are priority actions.
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "priority_action" && f["requirement"] == "CoP.334")
    );
}

#[test]
fn authority_obligations_do_not_apply_to_a_provider() {
    let report = audit_json(&fixture("mixed"), &[]);
    assert_eq!(obligation(&report, "S01.LA1")["status"], "not_applicable");
    assert_eq!(obligation(&report, "CoP.330")["status"], "not_applicable");
    assert_eq!(obligation(&report, "S01.P2")["status"], "not_met");
}

#[test]
fn as_of_on_the_command_line_overrides_the_bundle() {
    // Before the confidentiality policy's review date it is current, so
    // S03.P1 is judged on its content instead of its age.
    let report = audit_json(&fixture("mixed"), &["--as-of", "2025-06-30"]);
    assert_eq!(report["bundle"]["as_of"], "2025-06-30");
    let s03 = obligation(&report, "S03.P1");
    assert!(s03["gaps"].as_array().unwrap().iter().all(|g| !g.as_str().unwrap().contains("due for review")));
}

#[test]
fn reports_are_byte_identical_across_runs() {
    for format in ["md", "html", "json"] {
        for report in ["inspection", "self-assessment"] {
            let run = || {
                ivaudit()
                    .args(["audit", fixture("mixed").to_str().unwrap(), "--format", format, "--report", report])
                    .output()
                    .unwrap()
                    .stdout
            };
            let first = run();
            assert!(!first.is_empty());
            assert_eq!(first, run(), "{report} {format} differs between runs");
            let text = String::from_utf8(first).unwrap();
            assert!(!text.contains(env!("CARGO_MANIFEST_DIR")), "{report} {format} leaks an absolute path");
        }
    }
}

#[test]
fn audit_writes_to_out_and_never_inside_the_bundle() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    ivaudit()
        .args(["audit", fixture("clean").to_str().unwrap(), "--format", "html", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));

    // A copy of the bundle, so that a failure here cannot dirty the fixture.
    let bundle = dir.path().join("bundle");
    std::fs::create_dir(&bundle).unwrap();
    for f in ["bundle.yaml", "complaints-procedure.md"] {
        std::fs::copy(fixture("clean").join(f), bundle.join(f)).unwrap();
    }
    ivaudit()
        .arg("audit")
        .arg(&bundle)
        .arg("--out")
        .arg(bundle.join("report.md"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to write"));
    assert!(!bundle.join("report.md").exists());
}

#[test]
fn a_missing_bundle_is_exit_2_with_one_clear_line() {
    let assert = ivaudit().args(["audit", "no/such/bundle"]).assert().code(2).stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr, "ivaudit: error: no evidence bundle at no/such/bundle\n");
}

#[test]
fn a_bundle_without_an_as_of_date_needs_one_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bundle.yaml"),
        "organisation: X\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\n",
    )
    .unwrap();
    ivaudit().arg("audit").arg(dir.path()).assert().code(2).stderr(predicate::str::contains("no as-of date"));
    ivaudit().arg("audit").arg(dir.path()).args(["--as-of", "2026-03-31"]).assert().success();
    ivaudit()
        .arg("audit")
        .arg(dir.path())
        .args(["--as-of", "2026-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a real calendar date"));
}

#[test]
fn check_prints_diagnostics_only_and_exits_1_on_errors() {
    let out = ivaudit()
        .args(["check", fixture("mixed").to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("error[IV101]").and(predicate::str::contains("5 error(s)")));
    // Standard output holds only the text offered for pasting: an entry for
    // the file evidence.yaml does not describe, and front matter for the
    // Markdown file without it.
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("- file: notes/rota.xlsx\n  title: Rota"), "{stdout}");
    assert!(stdout.contains("# Front matter to put at the top of notes/meeting-notes.md:\n---\ntitle:"), "{stdout}");
    ivaudit()
        .args(["check", fixture("clean").to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("0 error(s), 0 warning(s)"));
}

#[test]
fn a_catalog_that_fails_its_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    ivaudit::assets::STANDARDS.extract(dir.path()).unwrap();
    let s02 = dir.path().join("s02.yaml");
    let text = std::fs::read_to_string(&s02).unwrap().replacen("id: S02.P1", "id: S02.LA1", 1);
    std::fs::write(&s02, text).unwrap();
    ivaudit()
        .arg("--standards")
        .arg(dir.path())
        .arg("standards")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("s02.yaml: duplicate ID S02.LA1"));
}

#[test]
fn standards_lists_the_catalog_and_shows_one_in_full() {
    ivaudit()
        .arg("standards")
        .assert()
        .success()
        .stdout(predicate::str::contains("14 standards: 17 local authority obligations, 18 provider obligations"));
    ivaudit().args(["standards", "S05"]).assert().success().stdout(
        predicate::str::contains("S05 Standard 5: Recruitment and selection")
            .and(predicate::str::contains("S05.P1.two_references"))
            .and(predicate::str::contains("Source: National Standards and Practice Guidance, Standard 5")),
    );
    ivaudit()
        .args(["standards", "S15"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no standard, requirement or criterion `S15`"));
}

#[test]
fn init_scaffolds_a_bundle_that_checks_clean_and_claims_nothing_until_filled() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("new");
    ivaudit().arg("init").arg(&bundle).args(["--role", "authority"]).assert().success();
    assert!(std::fs::read_to_string(bundle.join("bundle.yaml")).unwrap().contains("role: authority"));
    assert!(bundle.join("authority").is_dir());
    assert!(!bundle.join("provider").exists());
    assert!(bundle.join("registers/children.csv").is_file());
    assert!(bundle.join("registers/population.yaml").is_file(), "an authority gets the population template");
    assert!(bundle.join("registers/assessments.csv").is_file(), "and the Appendix C assessments register");
    let provider = dir.path().join("provider-bundle");
    ivaudit().arg("init").arg(&provider).assert().success();
    assert!(provider.join("registers/volunteers.csv").is_file());
    assert!(!provider.join("registers/population.yaml").exists(), "a provider does not");
    assert!(!provider.join("registers/assessments.csv").exists());
    // A new bundle is not ready: check names the starter values still to
    // replace, and every starter document as counting for nothing.
    let out = ivaudit().arg("check").arg(&bundle).assert().code(1);
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("error[IV005]: bundle.yaml: `organisation` is still the starter's"), "{stderr}");
    assert!(stderr.contains("error[IV005]: bundle.yaml: `authorities` still holds"), "{stderr}");
    assert!(
        stderr.contains(
            "warning[IV109]: authority/referral-procedure.md: is an ivaudit starter document marked `draft: true`"
        ),
        "{stderr}"
    );
    assert_eq!(stderr.matches("error[").count(), 2, "nothing else is wrong: {stderr}");
    let yaml = bundle.join("bundle.yaml");
    let filled = std::fs::read_to_string(&yaml)
        .unwrap()
        .replace("\"Your organisation\"", "Bro Hafren County Council")
        .replace("[\"Your local authority\"]", "[Bro Hafren County Council]");
    std::fs::write(&yaml, filled).unwrap();
    ivaudit().arg("check").arg(&bundle).assert().success();
    // Every starter document is a draft, so nothing is met yet.
    let report = audit_json(&bundle, &[]);
    assert_eq!(report["summary"]["statuses"]["met"], 0);
    assert!(report["summary"]["evidence"].as_u64().unwrap() > 5);
    // Deleting `draft: true` alone is not enough: the starter note still
    // marks each document as unfilled, so nothing can pass on prompts.
    for entry in walk_md(&bundle) {
        let text = std::fs::read_to_string(&entry).unwrap();
        std::fs::write(&entry, text.replace("draft: true\n", "")).unwrap();
    }
    let report = audit_json(&bundle, &[]);
    assert_eq!(report["summary"]["statuses"]["met"], 0);
    assert!(report["evidence"].as_array().unwrap().iter().all(|e| e["currency"] == "starter"));
    // init never overwrites.
    ivaudit().arg("init").arg(&bundle).assert().code(2).stderr(predicate::str::contains("not empty"));
}

fn walk_md(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk_md(&path));
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    out
}

#[test]
fn templates_can_be_overridden_one_file_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("inspection.md"), "Custom report for {{ bundle.organisation }}\n").unwrap();
    ivaudit()
        .args(["audit", fixture("clean").to_str().unwrap(), "--templates"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout("Custom report for Clean Fixture Service\n");
    // Other templates still come from the built-in set.
    ivaudit()
        .args(["audit", fixture("clean").to_str().unwrap(), "--report", "self-assessment", "--templates"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Readiness self-assessment"));
    // A broken template is exit 2 with the template's error.
    std::fs::write(dir.path().join("inspection.md"), "{{ no_such_field }}\n").unwrap();
    ivaudit()
        .args(["audit", fixture("clean").to_str().unwrap(), "--templates"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("undefined"));
}

#[test]
fn evidence_text_cannot_inject_markup() {
    let md = ivaudit().args(["audit", fixture("mixed").to_str().unwrap()]).output().unwrap().stdout;
    let md = String::from_utf8(md).unwrap();
    assert!(md.contains("Visiting code of conduct \\| version 2"));
    assert!(!md.contains("<b>Co-ordinator</b>"));
    let html =
        ivaudit().args(["audit", fixture("mixed").to_str().unwrap(), "--format", "html"]).output().unwrap().stdout;
    let html = String::from_utf8(html).unwrap();
    assert!(!html.contains("<b>Co-ordinator</b>"));
    assert!(html.contains("&lt;b&gt;Co-ordinator&lt;&#x2f;b&gt;"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("<link") && !html.contains("src=\"http"), "HTML must be self-contained");
}

#[test]
fn odd_input_is_reported_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("bundle");
    std::fs::create_dir_all(b.join("docs")).unwrap();
    std::fs::write(b.join("bundle.yaml"), "organisation: [not, a, string]\nrole: provider\n").unwrap();
    std::fs::write(b.join("docs/binary.md"), [0xff, 0xfe, 0x00, 0x2d, 0x2d]).unwrap();
    std::fs::write(b.join("docs/types.md"), "---\ntitle: 7\nevidences: 5\nkind: policy\nissued: 2025\n---\n").unwrap();
    std::fs::write(b.join("docs/empty-front.md"), "---\n---\nBody\n").unwrap();
    std::fs::write(b.join("docs/unclosed.md"), "---\ntitle: A\n").unwrap();
    std::fs::write(
        b.join("docs/dates.md"),
        "---\ntitle: Dates\nevidences: [S14.P1]\nkind: policy\nissued: 2025-02-30\nreview_due: soon\n---\n",
    )
    .unwrap();
    std::fs::write(b.join("evidence.yaml"), "file: not-a-list.pdf\n").unwrap();
    std::fs::create_dir_all(b.join("registers")).unwrap();
    std::fs::write(b.join("registers/population.yaml"), "children_looked_after: 412\niv_budget: lots\n").unwrap();
    std::fs::write(
        dir.path().join("outside.md"),
        "---\ntitle: Outside\nevidences: [S14]\nkind: policy\nissued: 2025-01-01\n---\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("outside.md"), b.join("docs/link.md")).unwrap();

    let out = ivaudit().arg("audit").arg(&b).args(["--as-of", "2026-03-31", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<(&str, &str)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["file"].as_str().unwrap(), d["code"].as_str().unwrap()))
        .collect();
    for expected in [
        ("bundle.yaml", "IV002"),
        ("docs/binary.md", "IV301"),
        ("docs/types.md", "IV101"),
        ("docs/empty-front.md", "IV101"),
        ("docs/unclosed.md", "IV102"),
        ("docs/dates.md", "IV104"),
        ("evidence.yaml", "IV201"),
        ("registers/population.yaml", "IV408"),
    ] {
        assert!(codes.contains(&expected), "missing {expected:?} in {codes:?}");
    }
    #[cfg(unix)]
    assert!(codes.contains(&("docs/link.md", "IV302")), "{codes:?}");
    let population = report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "IV408").unwrap();
    assert_eq!(population["line"], 2, "{population}");
    // Nothing outside the bundle was read, and nothing usable was invented.
    assert_eq!(report["summary"]["evidence"], 0);
    // A bad field costs only itself: the role is still read.
    assert_eq!(report["bundle"]["role"], "provider");
}

#[test]
fn help_text() {
    let out = ivaudit().arg("--help").output().unwrap();
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
    let out = ivaudit().args(["audit", "--help"]).output().unwrap();
    insta::assert_snapshot!("audit_help", String::from_utf8(out.stdout).unwrap());
}

#[test]
fn registers_are_used_for_their_good_rows_and_each_bad_row_reported() {
    let bundle = fixture("registers");
    let assert = ivaudit().arg("check").arg(&bundle).assert().code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for expected in [
        "error[IV405]: registers/children.csv:5:3: column `gender` (column 3): expected one of female, male, non_binary, other, not_stated; this row is left out",
        "error[IV405]: registers/children.csv:6:7: column `referred_on` (column 7): not a real calendar date",
        "error[IV406]: registers/children.csv:7:11: column `volunteer_ref` (column 11): the reference is not in registers/volunteers.csv",
        "error[IV406]: registers/visits.csv:4:1: column `child_ref` (column 1): the reference is not in registers/children.csv",
        "error[IV407]: registers/volunteers.csv:4:1: column `volunteer_ref` (column 1): this reference is on an earlier row too",
        "warning[IV409]: registers/notes.txt: is not a register ivaudit knows",
        "warning[IV206]: evidence.yaml:1: `registers/children.csv` is a register, read as data for the indicators; this manifest entry is ignored",
    ] {
        assert!(stderr.contains(expected), "missing `{expected}` in\n{stderr}");
    }
    let report = audit_json(&bundle, &[]);
    let registers = report["registers"].as_array().unwrap();
    let children = registers.iter().find(|r| r["path"] == "registers/children.csv").unwrap();
    assert_eq!((children["rows"].as_u64(), children["rows_used"].as_u64()), (Some(6), Some(3)));
    let waiting = report["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "waiting").unwrap();
    assert_eq!(waiting["value"], 1.0, "the good waiting row counts, the bad ones do not");
}

#[test]
fn a_register_with_a_name_column_is_refused() {
    let report = audit_json(&fixture("registers"), &[]);
    let feedback =
        report["registers"].as_array().unwrap().iter().find(|r| r["path"] == "registers/feedback.csv").unwrap();
    assert_eq!(feedback["state"], "refused");
    let diag = report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "IV401").unwrap();
    assert_eq!(diag["file"], "registers/feedback.csv");
    assert!(diag["message"].as_str().unwrap().contains("`child_name` (column 1) looks like a name"));
    let indicator =
        report["indicators"].as_array().unwrap().iter().find(|i| i["id"] == "feedback_within_6_months").unwrap();
    assert_eq!(indicator["judgement"], "no_data");
    // Nothing from the refused register reaches the report.
    let text =
        String::from_utf8(ivaudit().args(["audit", fixture("registers").to_str().unwrap()]).output().unwrap().stdout)
            .unwrap();
    assert!(!text.contains("Someone"));
}

#[test]
fn practice_that_contradicts_policy_changes_status_and_findings() {
    let report = audit_json(&fixture("registers"), &[]);
    // The recruitment policy shows every specific...
    let s05 = obligation(&report, "S05.P1");
    assert!(s05["criteria"].as_array().unwrap().iter().all(|c| c["shown"] == true));
    // ...but the volunteer register shows a matched volunteer without an enhanced DBS check.
    assert_eq!(s05["status"], "partial");
    assert_eq!(
        s05["gaps"],
        serde_json::json!([
            "The volunteer register shows 1 of 2 volunteers with an active match without an enhanced DBS check on record (registers/volunteers.csv, line 3)."
        ])
    );
    let findings = report["findings"].as_array().unwrap();
    for requirement in ["S05.P1", "S11.P1"] {
        assert!(
            findings.iter().any(|f| f["kind"] == "priority_action" && f["requirement"] == requirement),
            "{requirement} should be a priority action"
        );
    }
    let s05_rating = report["standards"].as_array().unwrap().iter().find(|s| s["id"] == "S05").unwrap();
    assert_eq!(s05_rating["rating"], "requires_significant_improvement");
    // Months without visits are counted in the visiting requirement's gap.
    let s08 = obligation(&report, "S08.P1");
    assert!(
        s08["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g.as_str().unwrap().contains("no visit in 21 of 24 whole months"))
    );
    // References never appear in reports; rows are cited instead.
    let md =
        String::from_utf8(ivaudit().args(["audit", fixture("registers").to_str().unwrap()]).output().unwrap().stdout)
            .unwrap();
    for reference in ["C-001", "C-002", "V-01", "V-02", "CMP-1"] {
        assert!(!md.contains(reference), "the report shows {reference}");
    }
}

#[test]
fn an_authority_audit_names_the_clause_missing_from_its_specification() {
    let report = audit_json(&fixture("authority"), &[]);
    let s13 = obligation(&report, "S13.LA1");
    assert_eq!(s13["status"], "partial");
    assert!(
        s13["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .any(|g| g == "The service specification (IV service specification 2025-2028 (specification.md)) has no clause on equality and diversity (Standard 13, Local authority will, bullet 1).")
    );
    let clauses = report["specification"]["clauses"].as_array().unwrap();
    let missing: Vec<&str> = clauses
        .iter()
        .filter(|c| c["found_in"].as_array().unwrap().is_empty())
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(missing, ["SPEC.equality_diversity"]);
    assert_eq!(obligation(&report, "S03.LA1")["status"], "met");
}

#[test]
fn eligibility_judges_each_child_on_their_latest_assessment() {
    let out =
        ivaudit().args(["eligibility", fixture("authority").to_str().unwrap(), "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    let child = |r: &str| e["children"].as_array().unwrap().iter().find(|c| c["child_ref"] == r).unwrap().clone();
    // Latest of two assessments, with its three factors.
    let fx01 = child("FX-01");
    assert_eq!(fx01["assessed_on"], "2025-12-10");
    assert_eq!((fx01["indicated"].as_bool(), fx01["can_appoint"].as_bool()), (Some(true), Some(true)));
    let keys: Vec<&str> = fx01["factors"].as_array().unwrap().iter().map(|f| f["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["little_family_contact", "contact_not_meaningful", "wellbeing_health"]);
    // The case is made but the child objects: no appointment (para 335).
    let fx02 = child("FX-02");
    assert_eq!((fx02["indicated"].as_bool(), fx02["can_appoint"].as_bool()), (Some(true), Some(false)));
    assert!(fx02["finding"].as_str().unwrap().contains("the child objects"));
    // No factors, or not now: not indicated; referred without a factor is flagged.
    assert_eq!(child("FX-03")["indicated"], false);
    assert!(child("FX-04")["finding"].as_str().unwrap().starts_with("Referred with no Appendix C factor"));
    assert_eq!(e["summary"]["assessed"], 5);
    assert_eq!(e["summary"]["indicated"], 3);
    assert_eq!(e["summary"]["can_appoint"], 2);
    assert_eq!(e["summary"]["reviews_overdue"], 1, "FX-02's review was due on 2026-03-01");
    // FX-09 was referred at 10 and never assessed; 298 over 7 less 5 assessed.
    assert_eq!(e["never_assessed"], serde_json::json!(["FX-09"]));
    assert_eq!(e["summary"]["over_7_never_assessed"], 293);
    // The Markdown version is marked internal: it names children.
    let md = String::from_utf8(
        ivaudit().args(["eligibility", fixture("authority").to_str().unwrap()]).output().unwrap().stdout,
    )
    .unwrap();
    assert!(md.starts_with("**INTERNAL: NOT FOR PUBLICATION.**"));
    // A bundle without assessments has no eligibility to report.
    ivaudit()
        .args(["eligibility", fixture("clean").to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("assessments.csv"));
}

#[test]
fn published_commissioning_documents_never_disclose_a_child() {
    for document in ["needs-analysis", "plan", "specification", "report"] {
        for format in ["md", "html"] {
            let out = ivaudit()
                .args([
                    "commission",
                    fixture("authority").to_str().unwrap(),
                    "--document",
                    document,
                    "--format",
                    format,
                ])
                .output()
                .unwrap();
            assert!(out.status.success(), "{document}: {}", String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8(out.stdout).unwrap();
            for reference in ["FX-01", "FX-02", "FX-05", "FX-09", "VX-1"] {
                assert!(!text.contains(reference), "{document} {format} shows {reference}");
            }
            assert!(!text.contains("NOT FOR PUBLICATION"), "{document} {format}");
            if format == "html" {
                assert!(text.starts_with("<!DOCTYPE html>") && !text.contains("<script") && !text.contains("<link"));
            }
        }
    }
    // The looked-after population of 412 is published rounded, and the
    // single matched child is hidden.
    let md = String::from_utf8(
        ivaudit()
            .args(["commission", fixture("authority").to_str().unwrap(), "--document", "needs-analysis"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(md.contains("| Children looked after | 410 | 100% |"), "{md}");
    assert!(md.contains("**Children with an active IV match**: \\*"), "{md}");
    assert!(!md.contains("412"));
}

#[test]
fn internal_documents_are_exact_and_marked_on_every_page() {
    let args = |format: &str| {
        ivaudit()
            .args([
                "commission",
                fixture("authority").to_str().unwrap(),
                "--document",
                "plan",
                "--internal",
                "--format",
                format,
            ])
            .output()
            .unwrap()
            .stdout
    };
    let md = String::from_utf8(args("md")).unwrap();
    assert!(md.starts_with("**INTERNAL: NOT FOR PUBLICATION.**"));
    assert!(md.trim_end().ends_with("**INTERNAL: NOT FOR PUBLICATION.**"));
    // 412 x 2.5% = 10.3, rounded up to 11 children x £2,400 = £26,400.
    assert!(md.contains("**Reasonable budget for the expected need**: £26,400 (11 children x £2,400"), "{md}");
    assert!(md.contains("£24,720 to £49,440"));
    let html = String::from_utf8(args("html")).unwrap();
    assert!(html.contains(r#"<p class="internal-banner">INTERNAL: NOT FOR PUBLICATION</p>"#));
    // Every printed page is marked in its top margin, where it covers nothing.
    assert!(html.contains(r#"@top-center { content: "INTERNAL: NOT FOR PUBLICATION"; }"#), "{html}");
    assert!(!html.contains("position: fixed"));
}

#[test]
fn the_four_documents_agree_with_each_other_and_the_audit() {
    let json = |document: &str| -> Value {
        let out = ivaudit()
            .args([
                "commission",
                fixture("authority").to_str().unwrap(),
                "--document",
                document,
                "--format",
                "json",
                "--internal",
            ])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let docs: Vec<Value> = ["needs-analysis", "plan", "specification", "report"].iter().map(|d| json(d)).collect();
    for d in &docs[1..] {
        for key in ["planning_need", "need", "provision", "budget", "ratings"] {
            assert_eq!(d[key], docs[0][key], "{key} differs between documents");
        }
    }
    let audit = audit_json(&fixture("authority"), &[]);
    let ratings: Vec<String> = audit["standards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["rating_label"].as_str().unwrap().to_string())
        .collect();
    let from_report: Vec<String> =
        docs[3]["ratings"].as_array().unwrap().iter().map(|r| r[1].as_str().unwrap().to_string()).collect();
    assert_eq!(ratings, from_report);
}

#[test]
fn commissioning_documents_need_an_authority_bundle() {
    ivaudit()
        .args(["commission", fixture("clean").to_str().unwrap(), "--document", "plan"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("provider bundle"));
}

#[test]
fn commissioning_documents_are_byte_identical_across_runs() {
    for document in ["needs-analysis", "plan", "specification", "report"] {
        for format in ["md", "html"] {
            let run = || {
                ivaudit()
                    .args([
                        "commission",
                        fixture("authority").to_str().unwrap(),
                        "--document",
                        document,
                        "--format",
                        format,
                    ])
                    .output()
                    .unwrap()
                    .stdout
            };
            let first = run();
            assert!(!first.is_empty());
            assert_eq!(first, run(), "{document} {format}");
        }
    }
    let run = || {
        ivaudit()
            .args(["eligibility", fixture("authority").to_str().unwrap(), "--format", "html"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

/// The README's first command is what a newcomer runs: it must work as
/// written, write a web page, and say where.
#[test]
fn readme_first_command_writes_an_html_report_and_says_where() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let block = readme.split("```sh").nth(1).unwrap().split("```").next().unwrap();
    let command = block.lines().find(|l| l.starts_with("cargo run --release -- ")).expect("a cargo run command");
    let args: Vec<&str> = command.trim_start_matches("cargo run --release -- ").split_whitespace().collect();
    assert!(block.lines().any(|l| l.trim() == "cargo test"), "the test command is on the first screen");
    let cwd = tempfile::tempdir().unwrap();
    // Paths in the README are relative to the repository.
    let args: Vec<String> = args
        .iter()
        .map(|a| if a.starts_with("examples/") { format!("{}/{a}", env!("CARGO_MANIFEST_DIR")) } else { a.to_string() })
        .collect();
    let out = ivaudit().current_dir(cwd.path()).args(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let written = args.iter().skip_while(|a| *a != "--out").nth(1).expect("the command writes a file");
    let path = cwd.path().join(written);
    assert!(stderr.contains(&format!("ivaudit: wrote {}", path.display())), "says where, in full: {stderr}");
    assert!(stderr.contains("open it in a web browser"), "{stderr}");
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "a web page: {}", &html[..80.min(html.len())]);
    assert!(!stderr.contains("error["), "the example raises no error diagnostics: {stderr}");
}

/// Every criterion the examples show from their text carries the passage
/// it rests on and where it is; every near miss says why.
#[test]
fn every_shown_criterion_in_the_examples_quotes_its_passage() {
    for example in ["examples/provider-bundle", "examples/authority-bundle"] {
        let report = audit_json(&Path::new(env!("CARGO_MANIFEST_DIR")).join(example), &[]);
        let mut quoted = 0;
        for s in report["standards"].as_array().unwrap() {
            for o in s["obligations"].as_array().unwrap() {
                for c in o["criteria"].as_array().unwrap() {
                    for b in c["shown_by"].as_array().unwrap() {
                        if b["how"] == "found" {
                            let quote = b["quote"].as_str().unwrap_or_default();
                            assert!(!quote.is_empty() && quote.chars().count() <= 240, "{example} {}: {b}", c["id"]);
                            // Markdown is quoted by line, a PDF by page.
                            let location = b["location"].as_str().unwrap();
                            if b["path"].as_str().unwrap().ends_with(".pdf") {
                                assert!(location.starts_with("page "), "{b}");
                            } else {
                                assert!(location.starts_with("line "), "{b}");
                                assert!(b["line"].as_u64().unwrap() >= 1, "{b}");
                            }
                            quoted += 1;
                        }
                    }
                    for n in c["near_misses"].as_array().unwrap() {
                        assert!(
                            !n["quote"].as_str().unwrap().is_empty() && !n["reason"].as_str().unwrap().is_empty(),
                            "{n}"
                        );
                    }
                }
            }
        }
        assert!(quoted > 20, "{example}: only {quoted} quoted criteria");
    }
}

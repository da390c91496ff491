//! Hostile input costs time and memory in proportion to its size, never
//! more: each case builds an input that once took minutes, gigabytes or
//! for ever, runs the binary on it with a generous time limit, and checks
//! the diagnostic and exit code a user sees.

use assert_cmd::Command;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::Path;
use std::process::Output;
use std::time::Duration;
use tempfile::TempDir;

/// Far beyond what any of these takes when bounded (well under a second
/// each), far below what they took unbounded.
const PATIENCE: Duration = Duration::from_secs(20);

const BUNDLE_YAML: &str =
    "organisation: Test service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n";

const FRONT: &str = "---\ntitle: A policy\nevidences: [S05]\nkind: policy\nissued: 2025-05-01\n";

fn bundle(files: &[(&str, &[u8])]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    dir
}

/// Runs `ivaudit ARGS`, failing the test if it is still running after
/// `PATIENCE` or ends by a signal (a panic aborting, memory running out).
fn run(args: &[&str], bundle: &Path) -> Output {
    let out = Command::cargo_bin("ivaudit")
        .unwrap()
        .args(&args[..1])
        .arg(bundle)
        .args(&args[1..])
        .timeout(PATIENCE)
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some(),
        "ivaudit {args:?} did not finish within {PATIENCE:?} or was killed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn check(bundle: &Path) -> (Option<i32>, String) {
    let out = run(&["check"], bundle);
    (out.status.code(), stderr(&out))
}

fn audit_json(bundle: &Path) -> (Value, String) {
    let out = run(&["audit", "--format", "json"], bundle);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (serde_json::from_slice(&out.stdout).unwrap(), stderr(&out))
}

fn nested_brackets(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn front_matter_of_200_kb_of_nested_brackets_is_refused_unparsed() {
    let md = format!("{FRONT}shows: {}\n---\nBody\n", nested_brackets(100_000));
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("policies/deep.md", md.as_bytes())]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(
        err.contains("error[IV303]: policies/deep.md:1: front matter is 195.4 KiB, more than the 64 KiB ivaudit reads; this file is not counted as evidence"),
        "{err}"
    );
}

#[test]
fn front_matter_nested_deeper_than_16_is_refused_at_its_line() {
    // Under the size bound, but nested 30,000 deep: once seconds of work.
    let md = format!("{FRONT}shows:\n  - {}\n---\nBody\n", nested_brackets(30_000));
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("deep.md", md.as_bytes())]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(
        err.contains("error[IV304]: deep.md:7: front matter nests lists and mappings more than 16 levels deep, the most ivaudit reads; this file is not counted as evidence"),
        "{err}"
    );
}

#[test]
fn a_300_kb_nested_bundle_yaml_is_refused_and_the_bundle_still_audited() {
    let yaml = format!("{BUNDLE_YAML}authorities: {}\n", nested_brackets(150_000));
    let policy = format!("{FRONT}---\nWe take two references.\n");
    let dir = bundle(&[("bundle.yaml", yaml.as_bytes()), ("policy.md", policy.as_bytes())]);
    let out = run(&["audit", "--format", "json", "--as-of", "2026-03-31"], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("error[IV303]: bundle.yaml: is 293.1 KiB, more than the 64 KiB ivaudit reads; the bundle is assessed as if the role were `both`"),
        "{err}"
    );
    // Refused, not missing: no second diagnostic claims it is absent.
    assert!(!err.contains("IV001"), "{err}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["bundle"]["role"], "both");
    assert_eq!(report["evidence"][0]["path"], "policy.md");
}

#[test]
fn a_deep_bundle_yaml_under_the_size_bound_is_refused_at_its_line() {
    let yaml = format!("{BUNDLE_YAML}commissioning:\n  model: {}\n", nested_brackets(20_000));
    let dir = bundle(&[("bundle.yaml", yaml.as_bytes())]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(err.contains("error[IV304]: bundle.yaml:6: nests lists and mappings more than 16 levels deep"), "{err}");
}

#[test]
fn deep_block_indented_yaml_is_refused_at_its_line() {
    // Each key one space deeper than the last: 2,000 levels of mappings.
    let mut yaml =
        String::from("- file: a.pdf\n  title: A\n  evidences: [S01]\n  kind: policy\n  issued: 2025-01-01\n");
    yaml.push_str("  extra:\n");
    for depth in 0..2_000 {
        yaml.push_str(&format!("{}k{depth}:\n", " ".repeat(depth + 3)));
    }
    let dir =
        bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("evidence.yaml", yaml.as_bytes()), ("a.pdf", b"%PDF")]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    // The list and its entry are two levels, `extra` holds the third on
    // line 7, and line 21 opens the 17th.
    assert!(
        err.contains("error[IV304]: evidence.yaml:21: nests lists and mappings more than 16 levels deep, the most ivaudit reads; no file listed in it is counted as evidence"),
        "{err}"
    );
    assert!(err.contains("warning[IV207]: a.pdf: is not described in evidence.yaml"), "{err}");
}

#[test]
fn an_alias_bomb_is_refused_before_it_expands() {
    // 42 KB that the YAML crate expands into 36 million values (it caps how
    // many aliases it follows, not how much each one repeats): once 38
    // seconds and 3.6 GB.
    let anchor = format!("- &a [{}]\n", vec!["x"; 6_000].join(", "));
    let bomb = format!("- [{}]\n", vec!["*a"; 6_000].join(", "));
    // Front matter and population.yaml are refused in the same way.
    let md = "---\ntitle: &t Bomb\nevidences: [S05]\nkind: policy\nissued: 2025-05-01\nowner: *t\n---\n";
    let dir = bundle(&[
        ("bundle.yaml", BUNDLE_YAML.as_bytes()),
        ("evidence.yaml", format!("{anchor}{bomb}").as_bytes()),
        ("alias.md", md.as_bytes()),
        ("registers/population.yaml", b"over_7: &n 3\nchildren_looked_after: *n\n"),
    ]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(
        err.contains("error[IV305]: evidence.yaml:2: uses a YAML alias (`*name`), which ivaudit does not accept because a few aliases can expand into millions of values; write the value out in full; no file listed in it is counted as evidence"),
        "{err}"
    );
    assert!(err.contains("error[IV305]: alias.md:6: front matter uses a YAML alias"), "{err}");
    assert!(err.contains("error[IV408]: registers/population.yaml:2: uses a YAML alias (`*name`)"), "{err}");
}

#[test]
fn a_1_mb_manifest_of_many_entries_is_read_in_full() {
    let mut yaml = String::new();
    let mut n = 0;
    while yaml.len() < 1_000_000 {
        let file = if n % 2 == 0 { "docs/leaflet.pdf".to_string() } else { format!("docs/missing-{n}.pdf") };
        yaml.push_str(&format!(
            "- file: {file}\n  title: Leaflet {n}\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-07-01\n"
        ));
        n += 1;
    }
    let dir = bundle(&[
        ("bundle.yaml", BUNDLE_YAML.as_bytes()),
        ("evidence.yaml", yaml.as_bytes()),
        ("docs/leaflet.pdf", b"%PDF-1.4"),
    ]);
    let (report, _) = audit_json(dir.path());
    let codes = |code: &str| report["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).count();
    assert_eq!(report["evidence"][0]["path"], "docs/leaflet.pdf");
    assert_eq!(codes("IV202"), n / 2, "every missing file is named");
    assert_eq!(codes("IV204"), n.div_ceil(2) - 1, "every repeat is named");
}

#[test]
fn a_period_from_year_1_to_9999_is_refused_and_thousands_of_matches_still_judged() {
    let yaml = "organisation: Test\nrole: provider\nperiod: {from: 0001-01-01, to: 9999-12-31}\nas_of: 2026-03-31\n";
    let (children, visits) = matches(3_000, "2025-01-01");
    let dir = bundle(&[
        ("bundle.yaml", yaml.as_bytes()),
        ("registers/children.csv", children.as_bytes()),
        ("registers/visits.csv", visits.as_bytes()),
    ]);
    let (report, err) = audit_json(dir.path());
    assert!(
        err.contains(
            "error[IV003]: bundle.yaml:3: `period.from`: `0001-01-01` is outside the years 1990 to 2100 ivaudit accepts"
        ),
        "{err}"
    );
    assert!(err.contains("`period.to`: `9999-12-31` is outside the years 1990 to 2100"), "{err}");
    let visiting = indicator(&report, "visit_months_covered");
    assert_eq!(visiting["note"], "bundle.yaml gives no usable period");
    assert_eq!(indicator(&report, "waiting")["value"], 0.0);
}

#[test]
fn a_period_of_a_century_costs_no_more_than_a_year() {
    // The widest period accepted, every match running through all of it:
    // 3,000 matches x 1,332 months were walked one by one.
    let yaml = "organisation: Test\nrole: provider\nperiod: {from: 1990-01-01, to: 2100-12-31}\nas_of: 2100-12-31\n";
    let (children, visits) = matches(3_000, "1990-01-01");
    let dir = bundle(&[
        ("bundle.yaml", yaml.as_bytes()),
        ("registers/children.csv", children.as_bytes()),
        ("registers/visits.csv", visits.as_bytes()),
    ]);
    let (report, _) = audit_json(dir.path());
    let visiting = indicator(&report, "visit_months_covered");
    assert_eq!(visiting["denominator"], 3_000.0 * 1_332.0);
    assert_eq!(visiting["numerator"], 3_000.0);
}

/// A children register of `n` matches made on `matched_on` with one
/// volunteer, and one visit to each in June 2025.
fn matches(n: usize, matched_on: &str) -> (String, String) {
    let mut children = String::from(
        "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n",
    );
    let mut visits = String::from("child_ref,volunteer_ref,date\n");
    for i in 0..n {
        children.push_str(&format!(
            "C-{i},12,female,english,in_county,foster,{matched_on},iro,yes,{matched_on},V-1,,,no\n"
        ));
        visits.push_str(&format!("C-{i},V-1,2025-06-15\n"));
    }
    (children, visits)
}

fn indicator<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["indicators"].as_array().unwrap().iter().find(|i| i["id"] == id).unwrap()
}

#[test]
fn a_1_mb_children_register_is_read_in_full() {
    let (children, _) = matches(15_000, "2025-01-01");
    assert!(children.len() > 1_000_000);
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("registers/children.csv", children.as_bytes())]);
    let (report, _) = audit_json(dir.path());
    let register = &report["registers"][0];
    assert_eq!(register["path"], "registers/children.csv");
    assert_eq!((register["rows"].as_u64(), register["rows_used"].as_u64()), (Some(15_000), Some(15_000)));
}

#[test]
fn a_1_mb_single_line_markdown_file_is_read_in_full() {
    let line = "We take two references and an enhanced DBS check *for* [every] `volunteer` <b> ".repeat(13_000);
    let md = format!("{FRONT}---\n{line}\n");
    assert!(md.len() > 1_000_000);
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("policy.md", md.as_bytes())]);
    let (report, _) = audit_json(dir.path());
    assert_eq!(report["evidence"][0]["path"], "policy.md");
    assert!(report["diagnostics"].as_array().unwrap().is_empty(), "{}", report["diagnostics"]);
}

#[test]
fn a_20_mb_markdown_file_is_hashed_and_listed_but_not_read() {
    let md = format!("{FRONT}---\n{}", "We take two references.\n".repeat(900_000));
    assert!(md.len() > 20_000_000);
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes()), ("huge.md", md.as_bytes())]);
    let (report, err) = audit_json(dir.path());
    assert!(
        err.contains("error[IV303]: huge.md: is 20.6 MiB, more than the 16 MiB ivaudit reads from a Markdown file; it is listed with its digest, but its text and front matter are not read, so it is not counted as evidence"),
        "{err}"
    );
    assert!(report["evidence"].as_array().unwrap().is_empty());
    assert_eq!(report["unlinked"][0]["path"], "huge.md");
    assert_eq!(report["unlinked"][0]["digest"], hex::encode(Sha256::digest(md.as_bytes())));
}

#[test]
fn a_register_above_its_bound_is_refused() {
    let population = format!("children_looked_after: 400\n# {}\n", "x".repeat(70_000));
    let dir = bundle(&[
        ("bundle.yaml", BUNDLE_YAML.replace("provider", "authority").as_bytes()),
        ("registers/population.yaml", population.as_bytes()),
    ]);
    let (code, err) = check(dir.path());
    assert_eq!(code, Some(1));
    assert!(
        err.contains("error[IV303]: registers/population.yaml: is 68.4 KiB, more than the 64 KiB ivaudit reads; the register is not used"),
        "{err}"
    );
}

#[test]
fn as_of_outside_1990_to_2100_is_refused() {
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes())]);
    let out = run(&["audit", "--as-of", "0001-01-01"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`0001-01-01` is outside the years 1990 to 2100 ivaudit accepts"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_nested_catalog_file_is_refused_with_its_line() {
    let standards = TempDir::new().unwrap();
    let embedded = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    for entry in std::fs::read_dir(embedded).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, standards.path().join(path.file_name().unwrap())).unwrap();
    }
    let s14 = standards.path().join("s14.yaml");
    let text = std::fs::read_to_string(&s14).unwrap();
    std::fs::write(&s14, format!("{text}notes: {}\n", nested_brackets(100_000))).unwrap();
    let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes())]);
    let out = Command::cargo_bin("ivaudit")
        .unwrap()
        .arg("--standards")
        .arg(standards.path())
        .arg("check")
        .arg(dir.path())
        .timeout(PATIENCE)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let line = text.lines().count() + 1;
    let expected = format!("s14.yaml:{line}: nests lists and mappings more than 16 levels deep");
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
}

#[cfg(unix)]
mod special_files {
    use super::*;

    fn mkfifo(path: &Path) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
        assert!(status.success(), "mkfifo {}", path.display());
    }

    /// Opening a FIFO for reading waits for a writer that never comes: an
    /// audit that opened one would hang for ever.
    #[test]
    fn pipes_in_a_bundle_are_never_opened() {
        let manifest =
            "- file: docs/pipe.pdf\n  title: A pipe\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-07-01\n";
        let dir =
            bundle(&[("evidence.yaml", manifest.as_bytes()), ("policy.md", format!("{FRONT}---\nText\n").as_bytes())]);
        for name in ["bundle.yaml", "registers/children.csv", "docs/pipe.pdf", "notes.md"] {
            mkfifo(&dir.path().join(name));
        }
        let (report, err) = audit_json_as_of(dir.path());
        for name in ["bundle.yaml", "registers/children.csv", "docs/pipe.pdf", "notes.md"] {
            assert!(
                err.contains(&format!(
                    "warning[IV306]: {name}: is not a regular file (it is a pipe, socket, device or folder), so it is never opened"
                )),
                "{name}: {err}"
            );
        }
        // The rest of the bundle is judged as usual.
        assert_eq!(report["evidence"][0]["path"], "policy.md");
        assert!(err.contains("error[IV202]: evidence.yaml:1: `docs/pipe.pdf`"), "{err}");
    }

    #[test]
    fn a_pipe_named_evidence_yaml_is_never_opened() {
        let dir = bundle(&[("bundle.yaml", BUNDLE_YAML.as_bytes())]);
        mkfifo(&dir.path().join("evidence.yaml"));
        let (code, err) = check(dir.path());
        assert_eq!(code, Some(0), "{err}");
        assert!(err.contains("warning[IV306]: evidence.yaml: is not a regular file"), "{err}");
    }

    fn audit_json_as_of(bundle: &Path) -> (Value, String) {
        let out = run(&["audit", "--format", "json", "--as-of", "2026-03-31"], bundle);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        (serde_json::from_slice(&out.stdout).unwrap(), stderr(&out))
    }
}

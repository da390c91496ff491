//! `ivaudit check` as a newcomer's feedback loop, and the slips it must
//! survive: each test is named after a way the tool used to fail a user.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn ivaudit() -> Command {
    Command::cargo_bin("ivaudit").unwrap()
}

const BUNDLE_YAML: &str = "organisation: Afon Test IV Service\nrole: provider\nauthorities: [Test County Council]\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n";

const POLICY: &str = "---\ntitle: Safeguarding policy\nevidences: [S11.P1]\nkind: policy\nissued: 2025-04-01\n---\n# Safeguarding\nWe follow the Wales Safeguarding Procedures.\n";

/// A small valid bundle in a temporary folder.
fn bundle() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("bundle");
    std::fs::create_dir_all(root.join("policies")).unwrap();
    std::fs::write(root.join("bundle.yaml"), BUNDLE_YAML).unwrap();
    std::fs::write(root.join("policies/safeguarding.md"), POLICY).unwrap();
    (dir, root)
}

fn run(args: &[&str], root: &Path) -> (i32, String, String) {
    let out = ivaudit().args(&args[..1]).arg(root).args(&args[1..]).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn audit_json(root: &Path) -> serde_json::Value {
    let (code, stdout, stderr) = run(&["audit", "--format", "json"], root);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).unwrap()
}

#[test]
fn bom_before_bundle_yaml_is_accepted() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("bundle.yaml"), format!("\u{feff}{BUNDLE_YAML}")).unwrap();
    let report = audit_json(&root);
    assert_eq!(report["bundle"]["role"], "provider");
    assert_eq!(report["bundle"]["as_of"], "2026-03-31");
    assert_eq!(report["summary"]["errors"], 0);
}

#[test]
fn bom_before_front_matter_and_evidence_yaml_is_accepted() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("policies/safeguarding.md"), format!("\u{feff}{POLICY}")).unwrap();
    std::fs::write(root.join("leaflet.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(
        root.join("evidence.yaml"),
        "\u{feff}- file: leaflet.pdf\n  title: Leaflet\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-05-01\n",
    )
    .unwrap();
    let report = audit_json(&root);
    assert_eq!(report["summary"]["evidence"], 2, "{}", report["diagnostics"]);
}

#[test]
fn misspelt_bundle_yaml_key_keeps_the_as_of_date() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("bundle.yaml"), BUNDLE_YAML.replace("organisation", "organization")).unwrap();
    let (code, _, stderr) = run(&["audit", "--format", "json"], &root);
    assert_eq!(code, 0, "the audit runs: {stderr}");
    assert!(stderr.contains("unknown field `organization` (did you mean `organisation`?"), "{stderr}");
    assert!(!stderr.contains("no as-of date"), "{stderr}");
}

#[test]
fn bad_role_and_bad_date_are_suggested_and_the_rest_kept() {
    let (_dir, root) = bundle();
    let text = BUNDLE_YAML.replace("role: provider", "role: provder").replace("to: 2026-03-31", "to: 31/03/2026");
    std::fs::write(root.join("bundle.yaml"), text).unwrap();
    let (code, _, stderr) = run(&["check"], &root);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[IV003]: bundle.yaml:2: `role` is `provder` (did you mean `provider`?)"), "{stderr}");
    assert!(
        stderr.contains("`period.to`: `31/03/2026` is not a date in the form YYYY-MM-DD; write 2026-03-31"),
        "{stderr}"
    );
    let report = audit_json(&root);
    assert_eq!(report["bundle"]["as_of"], "2026-03-31");
    assert_eq!(report["bundle"]["organisation"], "Afon Test IV Service");
}

#[test]
fn unreadable_as_of_is_explained_not_called_missing() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("bundle.yaml"), BUNDLE_YAML.replace("as_of: 2026-03-31", "as_of: 31 March 2026")).unwrap();
    let (code, _, stderr) = run(&["audit"], &root);
    assert_eq!(code, 2);
    assert!(stderr.contains("bundle.yaml, line 5, could not be read"), "{stderr}");
    assert!(stderr.contains("write 2026-03-31"), "{stderr}");
}

#[test]
fn one_bad_manifest_entry_never_costs_the_others() {
    let (_dir, root) = bundle();
    // Pictures, whose text is not read: only their entries matter here.
    for f in ["a.png", "b.png", "c.png"] {
        std::fs::write(root.join(f), b"\x89PNG\r\n").unwrap();
    }
    let entry = |f: &str| {
        format!("- file: {f}\n  title: Leaflet {f}\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-05-01\n")
    };
    let bad = "- file: b.png\n  title: B\n    evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-05-01\n";
    std::fs::write(root.join("evidence.yaml"), format!("{}{bad}{}", entry("a.png"), entry("c.png"))).unwrap();
    let report = audit_json(&root);
    let paths: Vec<&str> = report["evidence"].as_array().unwrap().iter().map(|e| e["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["a.png", "c.png", "policies/safeguarding.md"]);
    let diag = &report["diagnostics"][0];
    assert_eq!((diag["code"].as_str(), diag["line"].as_u64()), (Some("IV201"), Some(8)), "{diag}");
}

#[test]
fn title_null_is_reported_as_a_missing_title() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("policies/safeguarding.md"), POLICY.replace("title: Safeguarding policy", "title: null"))
        .unwrap();
    let (_, _, stderr) = run(&["check"], &root);
    assert!(
        stderr.contains("error[IV101]: policies/safeguarding.md:2: has an empty `title`; write the document's title"),
        "{stderr}"
    );
}

#[test]
fn a_folder_listed_in_evidence_yaml_is_called_a_folder() {
    let (_dir, root) = bundle();
    std::fs::create_dir_all(root.join("scans")).unwrap();
    std::fs::write(
        root.join("evidence.yaml"),
        "- file: scans\n  title: Scans\n  evidences: [S01]\n  kind: other\n  issued: 2025-05-01\n",
    )
    .unwrap();
    let (_, _, stderr) = run(&["check"], &root);
    assert!(
        stderr.contains("error[IV202]: evidence.yaml:1: `scans` is a folder; list the files inside it one by one"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_listed_in_evidence_yaml_is_named_and_never_opened() {
    let (_dir, root) = bundle();
    let fifo = root.join("pipe.pdf");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::fs::write(
        root.join("evidence.yaml"),
        "- file: pipe.pdf\n  title: Pipe\n  evidences: [S01]\n  kind: other\n  issued: 2025-05-01\n",
    )
    .unwrap();
    // Opening a FIFO for reading blocks until a writer comes: a hang here
    // is the bug, so the test waits with a deadline.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ivaudit"))
        .arg("check")
        .arg(&root)
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("ivaudit check hung on a FIFO");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(stderr.contains("`pipe.pdf` is not an ordinary file"), "{stderr}");
}

#[test]
fn check_names_every_file_that_counts_for_nothing() {
    let (_dir, root) = bundle();
    std::fs::create_dir_all(root.join("notes")).unwrap();
    std::fs::write(root.join("notes/ideas.md"), "# Ideas for next year\nSome notes.\n").unwrap();
    std::fs::write(root.join("notes/rota 2025.xlsx"), b"PK").unwrap();
    std::fs::write(root.join("policies/draft.md"), POLICY.replace("kind: policy", "kind: policy\ndraft: true"))
        .unwrap();
    std::fs::write(root.join("policies/later.md"), POLICY.replace("2025-04-01", "2026-06-01")).unwrap();
    let (code, stdout, stderr) = run(&["check"], &root);
    assert_eq!(code, 0, "warnings only: {stderr}");
    for expected in [
        "warning[IV108]: notes/ideas.md: is Markdown without front matter, so it counts for nothing",
        "warning[IV207]: notes/rota 2025.xlsx: is not described in evidence.yaml, so it counts for nothing",
        "warning[IV109]: policies/draft.md: is marked `draft: true`",
        "warning[IV111]: policies/later.md: is dated 2026-06-01, after the as-of date 2026-03-31",
        "4 file(s) that count for nothing; 0 error(s), 4 warning(s)",
    ] {
        assert!(stderr.contains(expected), "missing `{expected}` in\n{stderr}");
    }
    // The text to paste works: appended to a manifest, the entry parses and
    // only asks for what ivaudit cannot know.
    assert!(stdout.contains("- file: rota 2025.xlsx") || stdout.contains("- file: notes/rota 2025.xlsx"), "{stdout}");
    assert!(stdout.contains("title: Ideas for next year"), "the first heading gives the title: {stdout}");
    let entry: String = stdout
        .lines()
        .skip_while(|l| !l.starts_with("- file:"))
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(root.join("evidence.yaml"), format!("{entry}\n")).unwrap();
    let (_, _, stderr) = run(&["check"], &root);
    assert!(!stderr.contains("IV207"), "the file is now described: {stderr}");
    assert!(stderr.contains("error[IV104]: evidence.yaml:1: `issued`"), "the date is left for the user: {stderr}");
}

#[test]
fn check_agrees_with_audit_about_the_as_of_date() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("bundle.yaml"), BUNDLE_YAML.replace("as_of: 2026-03-31\n", "")).unwrap();
    let (code, _, stderr) = run(&["check"], &root);
    assert_eq!(code, 1, "check fails where audit would refuse: {stderr}");
    assert!(stderr.contains("error[IV004]: bundle.yaml: has no usable `as_of` date"), "{stderr}");
    assert_eq!(run(&["audit"], &root).0, 2);
    assert_eq!(run(&["check", "--as-of", "2026-03-31"], &root).0, 0);
    assert_eq!(run(&["audit", "--as-of", "2026-03-31"], &root).0, 0);
}

#[test]
fn starter_placeholders_are_errors_in_check() {
    let (_dir, root) = bundle();
    std::fs::write(root.join("bundle.yaml"), BUNDLE_YAML.replace("Afon Test IV Service", "\"Your organisation\""))
        .unwrap();
    let (code, _, stderr) = run(&["check"], &root);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error[IV005]: bundle.yaml: `organisation` is still the starter's `Your organisation`"),
        "{stderr}"
    );
}

#[test]
fn ids_are_matched_in_any_case_and_near_misses_suggested() {
    let (_dir, root) = bundle();
    std::fs::write(
        root.join("policies/safeguarding.md"),
        POLICY.replace(
            "evidences: [S11.P1]",
            "evidences: [s11.p1, S11.P9, S11.P1.lone_working]\nshows: [s11.p1.LONE_WORKING]",
        ),
    )
    .unwrap();
    let (_, _, stderr) = run(&["check"], &root);
    assert!(
        stderr.contains("`S11.P9`, which is not a standard or requirement in the catalog (did you mean `S11.P1`?)"),
        "{stderr}"
    );
    assert!(stderr.contains("`S11.P1.lone_working`, which is not a standard or requirement in the catalog; it is a criterion: link its requirement `S11.P1`"), "{stderr}");
    let report = audit_json(&root);
    assert_eq!(report["evidence"][0]["links"], serde_json::json!(["S11.P1"]), "linked under the catalog's spelling");
    let s11 = report["standards"][10]["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "S11.P1")
        .unwrap()
        .clone();
    let lone = s11["criteria"].as_array().unwrap().iter().find(|c| c["id"] == "S11.P1.lone_working").unwrap();
    assert_eq!(lone["shown"], true, "a declared criterion in lower case counts: {lone}");
}

#[test]
fn standards_shows_one_requirement_in_any_case() {
    let out = ivaudit().args(["standards", "s11.p1"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("S11 Standard 11: Keeping safe\n\nS11.P1  IV service providers will"), "{text}");
    assert!(!text.contains("S11.P2"), "only the requirement asked for: {text}");
    let out = ivaudit().args(["standards", "cop.335"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("CoP.335  Statutory duty"));
    let out = ivaudit().args(["standards", "S11.P9"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("did you mean `S11.P1`?"));
}

#[test]
fn the_provider_example_checks_without_errors() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/provider-bundle");
    let (code, _, stderr) = run(&["check"], &root);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/authority-bundle");
    let (code, _, stderr) = run(&["check"], &root);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
}

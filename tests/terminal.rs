//! Nothing a bundle holds can forge the terminal: file names, titles and
//! values reach standard error and Markdown reports with their control
//! characters shown as escapes, so they can neither fake a line of output
//! ("0 error(s)") nor recolour or clear the screen; and every file keeps a
//! name of its own, even one that is not UTF-8.
#![cfg(unix)]

use assert_cmd::Command;
use serde_json::Value;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::time::Duration;
use tempfile::TempDir;

const BUNDLE_YAML: &str =
    "organisation: Test service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n";

/// A name built to fake a clean `check` and clear the screen.
const FORGED: &str = "x\n0 error(s)\x1b[2J.md";

fn ivaudit() -> Command {
    let mut cmd = Command::cargo_bin("ivaudit").unwrap();
    cmd.timeout(Duration::from_secs(20));
    cmd
}

fn write(dir: &Path, name: impl AsRef<OsStr>, text: &[u8]) {
    std::fs::write(dir.join(name.as_ref()), text).unwrap();
}

/// A bundle whose file names, titles and values carry control characters.
fn forged_bundle() -> TempDir {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "bundle.yaml", BUNDLE_YAML.as_bytes());
    // Valid evidence with a forged name, and a title that carries ESC,
    // a right-to-left override and a C1 CSI, as YAML escapes allow.
    write(
        dir.path(),
        FORGED,
        b"---\ntitle: \"Policy\\e[31m \\u202Eevil\\x9b2J\"\nevidences: [S05]\nkind: policy\nissued: 2025-05-01\n---\nText\n",
    );
    // A value quoted back in a diagnostic.
    write(
        dir.path(),
        "bad-id.md",
        b"---\ntitle: Bad\nevidences: [\"S99\\e[2J\\n0 error(s)\"]\nkind: policy\nissued: 2025-05-01\n---\n",
    );
    // A diagnostic about the forged file itself.
    write(dir.path(), "y\n1 error(s)\x1b[0m.md", b"---\ntitle: never closed\n");
    dir
}

fn assert_no_raw_controls(what: &str, text: &str) {
    let bad: Vec<char> = text.chars().filter(|c| ivaudit::text::is_control(*c) && *c != '\n').collect();
    assert!(bad.is_empty(), "{what} holds raw control characters {bad:?}:\n{text}");
}

#[test]
fn check_prints_one_line_per_diagnostic_whatever_the_names() {
    let dir = forged_bundle();
    let out = ivaudit().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_no_raw_controls("stderr", &stderr);
    // Every line is a diagnostic or ivaudit's own summary: no name or value
    // started a line of its own.
    for line in stderr.lines() {
        assert!(
            line.starts_with("error[") || line.starts_with("warning[") || line.starts_with("ivaudit: checked"),
            "a forged line: {line:?}\n{stderr}"
        );
    }
    assert_eq!(stderr.lines().filter(|l| l.starts_with("ivaudit: checked")).count(), 1, "{stderr}");
    assert!(stderr.contains(r"error[IV102]: y\n1 error(s)\u{1b}[0m.md:1: front matter"), "{stderr}");
    assert!(stderr.contains(r"`evidences` names `S99\u{1b}[2J\n0 error(s)`"), "{stderr}");
}

#[test]
fn markdown_reports_show_control_characters_as_escapes() {
    let dir = forged_bundle();
    let out = ivaudit().arg("audit").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8(out.stdout).unwrap();
    assert_no_raw_controls("the Markdown report", &report);
    // The title is there, readable, with its escapes escaped for Markdown.
    assert!(report.contains(r"Policy\\u\{1b\}\[31m \\u\{202e\}evil\\u\{9b\}2J"), "{report}");
    // So is the forged name, as one line of text.
    assert!(report.contains(r"x\\n0 error(s)\\u\{1b\}\[2J.md"), "{report}");
    assert_no_raw_controls("stderr", &String::from_utf8(out.stderr).unwrap());
}

#[test]
fn paths_typed_on_the_command_line_are_printed_escaped() {
    let parent = TempDir::new().unwrap();
    let bundle = parent.path().join("b\n0 error(s)\x1b[2J");
    std::fs::create_dir(&bundle).unwrap();
    write(&bundle, "bundle.yaml", BUNDLE_YAML.as_bytes());
    let out = ivaudit().arg("check").arg(&bundle).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    // The summary and the next step, each one line, however the path reads.
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains(r"b\n0 error(s)\u{1b}[2J: 0 evidence items"), "{stderr}");
    assert!(stderr.contains(r"ivaudit audit "), "{stderr}");
    assert_no_raw_controls("stderr", &stderr);

    let report = parent.path().join("r\x1b[2J.md");
    let out = ivaudit().arg("audit").arg(&bundle).arg("--out").arg(&report).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(r"ivaudit: wrote ") && stderr.contains(r"r\u{1b}[2J.md ("), "{stderr}");
    assert_no_raw_controls("stderr", &stderr);

    let missing = parent.path().join("none\n0 error(s)");
    let out = ivaudit().arg("check").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("ivaudit: error: no evidence bundle at ") && stderr.contains(r"none\n0 error(s)"));
}

/// Two names that differ only in bytes that are not UTF-8 once both read
/// `a\u{FFFD}.md`, and one of the two files vanished from the report.
#[test]
fn names_that_are_not_utf8_stay_distinct_files() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "bundle.yaml", BUNDLE_YAML.as_bytes());
    write(dir.path(), OsStr::from_bytes(b"a\xff.md"), b"First\n");
    write(dir.path(), OsStr::from_bytes(b"a\xfe.md"), b"Second\n");
    // A real name spelled like the escaped form of the first: still a
    // third, different file.
    write(dir.path(), r"a\xFF.md", b"Third\n");
    write(dir.path(), OsStr::from_bytes(b"b\xff.pdf"), b"%PDF");
    let out = ivaudit().arg("audit").arg(dir.path()).args(["--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let items: Vec<(&str, &str)> = report["unlinked"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["path"].as_str().unwrap(), f["digest"].as_str().unwrap()))
        .collect();
    let digest = |text: &[u8]| hex::encode(<sha2::Sha256 as sha2::Digest>::digest(text));
    assert_eq!(
        items,
        [
            (r"a\\xFF.md", digest(b"Third\n").as_str()),
            (r"a\xFE.md", digest(b"Second\n").as_str()),
            (r"a\xFF.md", digest(b"First\n").as_str()),
        ]
    );
    assert_eq!(report["unlisted"][0]["path"], r"b\xFF.pdf");
    assert_eq!(report["unlisted"][0]["digest"], digest(b"%PDF"));
}

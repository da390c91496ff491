//! End-to-end tests of `--out`: it never damages anything. Every check runs
//! on each of the three commands that take `--out`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn ivaudit() -> Command {
    let mut cmd = Command::cargo_bin("ivaudit").unwrap();
    // A command that opened a named pipe would wait for ever.
    cmd.timeout(Duration::from_secs(120));
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The three commands that take `--out`, each as its arguments after the bundle.
const COMMANDS: [(&str, &[&str]); 3] =
    [("audit", &[]), ("eligibility", &[]), ("commission", &["--document", "needs-analysis"])];

/// `ivaudit COMMAND BUNDLE EXTRA...`.
fn run(command: (&str, &[&str]), bundle: &Path) -> Command {
    let mut cmd = ivaudit();
    cmd.arg(command.0).arg(bundle).args(command.1);
    cmd
}

/// A copy of the authority fixture in a new temporary folder (so that links
/// can be made to its files on the same file system, and a failure cannot
/// dirty the fixture), with the folder.
fn bundle_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle");
    copy_dir(&fixture("authority"), &bundle);
    (dir, bundle)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, to show that nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(snapshot(&path));
        } else {
            files.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    files.sort();
    files
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

#[cfg(unix)]
#[test]
fn out_symlink_to_bundle_file_is_refused_and_evidence_unchanged() {
    use std::os::unix::fs::symlink;
    for command in COMMANDS {
        let (dir, bundle) = bundle_copy();
        let before = snapshot(&bundle);
        symlink(bundle.join("specification.md"), dir.path().join("report.md")).unwrap();
        // A chain of links, a relative one, and a link to a file not yet there.
        symlink("report.md", dir.path().join("chained.md")).unwrap();
        symlink("bundle/registers/children.csv", dir.path().join("relative.md")).unwrap();
        symlink("bundle/new-report.md", dir.path().join("dangling.md")).unwrap();
        for out in ["report.md", "chained.md", "relative.md", "dangling.md"] {
            let assert = run(command, &bundle).arg("--out").arg(dir.path().join(out)).assert().code(2).stdout("");
            let stderr = stderr_of(&assert);
            assert!(stderr.contains("refusing to write") && stderr.contains("inside the evidence bundle"), "{stderr}");
            assert!(std::fs::symlink_metadata(dir.path().join(out)).unwrap().file_type().is_symlink());
        }
        assert_eq!(snapshot(&bundle), before, "{} changed the evidence", command.0);
    }
}

#[cfg(unix)]
#[test]
fn out_hard_link_to_bundle_file_is_refused() {
    for command in COMMANDS {
        let (dir, bundle) = bundle_copy();
        let before = snapshot(&bundle);
        let out = dir.path().join("report.md");
        std::fs::hard_link(bundle.join("specification.md"), &out).unwrap();
        let assert = run(command, &bundle).arg("--out").arg(&out).assert().code(2).stdout("");
        let stderr = stderr_of(&assert);
        assert!(stderr.contains("refusing to write"), "{stderr}");
        assert!(stderr.contains("specification.md in the evidence bundle (a hard link)"), "{stderr}");
        assert_eq!(snapshot(&bundle), before, "{} changed the evidence", command.0);
        assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(bundle.join("specification.md")).unwrap());
    }
}

#[test]
fn out_inside_the_bundle_by_any_path_is_refused() {
    for command in COMMANDS {
        let (dir, bundle) = bundle_copy();
        let before = snapshot(&bundle);
        for out in [
            bundle.join("report.md"),
            bundle.join("registers/../report.md"),
            bundle.join("no/such/folder/report.md"),
            dir.path().join("bundle/../bundle/report.md"),
            bundle.join("bundle.yaml"),
        ] {
            let assert = run(command, &bundle).arg("--out").arg(&out).assert().code(2);
            let stderr = stderr_of(&assert);
            assert!(stderr.contains("refusing to write"), "{}: {stderr}", out.display());
        }
        let assert = run(command, &bundle).arg("--out").arg(&bundle).assert().code(2);
        assert!(stderr_of(&assert).contains("it is the evidence bundle"), "{}", stderr_of(&assert));
        assert_eq!(snapshot(&bundle), before);
    }
}

/// Writes a templates folder whose template for `command` writes well past
/// any buffer and then fails, so that rendering fails after it has started
/// writing.
fn failing_templates(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let failing = "{% for i in range(5000) %}padding line {{ i }}\n{% endfor %}{{ no_such_field }}\n";
    // The audit streams its own template; documents stream the HTML shell.
    std::fs::write(dir.join("inspection.md"), failing).unwrap();
    std::fs::write(dir.join("_document.html"), failing).unwrap();
}

#[test]
fn failed_write_leaves_existing_target_untouched() {
    let templates = tempfile::tempdir().unwrap();
    failing_templates(templates.path());
    for command in COMMANDS {
        let dir = tempfile::tempdir().unwrap();
        // Markdown for the audit, HTML for the documents: the formats whose
        // failing template is streamed into the file.
        let out = dir.path().join(if command.0 == "audit" { "report.md" } else { "report.html" });
        std::fs::write(&out, "the previous report\n").unwrap();
        let assert = run(command, &fixture("authority"))
            .arg("--out")
            .arg(&out)
            .arg("--templates")
            .arg(templates.path())
            .assert()
            .code(2);
        let stderr = stderr_of(&assert);
        assert!(stderr.contains("undefined"), "{stderr}");
        assert!(stderr.contains(&format!("the existing {} is unchanged", out.display())), "{stderr}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "the previous report\n", "{}", command.0);
        assert_eq!(names(dir.path()), [out.file_name().unwrap().to_str().unwrap()], "a temporary file was left");
    }
}

#[cfg(unix)]
#[test]
fn out_dev_full_is_refused_not_removed() {
    use std::os::unix::fs::FileTypeExt;
    for device in ["/dev/full", "/dev/null"] {
        if !Path::new(device).exists() {
            continue;
        }
        for command in COMMANDS {
            run(command, &fixture("authority")).args(["--out", device]).assert().code(2).stdout("").stderr(format!(
                "ivaudit: error: cannot write the report to {device}: it is a device, not a file; \
                 give a file name such as report.html (or leave out --out to print the report)\n"
            ));
            assert!(std::fs::metadata(device).unwrap().file_type().is_char_device(), "{device} is gone");
        }
    }
}

#[cfg(unix)]
#[test]
fn out_fifo_is_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.md");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success(), "mkfifo");
    for command in COMMANDS {
        run(command, &fixture("authority"))
            .arg("--out")
            .arg(&fifo)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("it is a named pipe (FIFO), not a file"));
        assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    }
}

#[test]
fn out_directory_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("reports");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("last-year.md"), "kept\n").unwrap();
    for command in COMMANDS {
        run(command, &fixture("authority")).arg("--out").arg(&folder).assert().code(2).stderr(format!(
            "ivaudit: error: cannot write the report to {}: it is a folder, not a file; give a file name such as {} \
             (or leave out --out to print the report)\n",
            folder.display(),
            folder.join("report.html").display()
        ));
        assert_eq!(names(&folder), ["last-year.md"]);
        assert_eq!(std::fs::read_to_string(folder.join("last-year.md")).unwrap(), "kept\n");
    }
}

#[test]
fn missing_folder_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x/y/report.html");
    for command in COMMANDS {
        run(command, &fixture("authority")).arg("--out").arg(&out).assert().code(2).stdout("").stderr(format!(
            "ivaudit: error: cannot write {}: there is no folder {}\n",
            out.display(),
            dir.path().join("x/y").display()
        ));
        assert!(!dir.path().join("x").exists(), "no folder is created");
    }
}

/// Standard output on a full disk: the cause in words, not "os error 28".
#[cfg(target_os = "linux")]
#[test]
fn disk_full_is_said_plainly() {
    // Every Linux system has /dev/full; a container might not.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else { return };
    for command in COMMANDS {
        let done = std::process::Command::new(assert_cmd::cargo::cargo_bin("ivaudit"))
            .arg(command.0)
            .arg(fixture("authority"))
            .args(command.1)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(done.status.code(), Some(2), "{}", command.0);
        let stderr = String::from_utf8(done.stderr).unwrap();
        assert!(
            stderr.ends_with("ivaudit: error: cannot write the report to standard output: the disk is full\n"),
            "{stderr}"
        );
    }
}

#[test]
fn broken_pipe_is_not_an_error() {
    for command in COMMANDS {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ivaudit"))
            .arg(command.0)
            .arg(fixture("authority"))
            .args(command.1)
            .args(["--format", "html"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}: {}", command.0, String::from_utf8_lossy(&out.stderr));
        assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
    }
}

#[test]
fn format_follows_extension() {
    let dir = tempfile::tempdir().unwrap();
    for command in COMMANDS {
        for (name, kind) in [
            ("r.html", "html"),
            ("r.HTM", "html"),
            ("r.md", "md"),
            ("r.markdown", "md"),
            ("r.json", "json"),
            ("r.txt", "md"),
            ("r", "md"),
        ] {
            let out = dir.path().join(name);
            let assert = run(command, &fixture("authority")).arg("--out").arg(&out).assert().success().stdout("");
            assert!(
                stderr_of(&assert).contains(&format!("ivaudit: wrote {}", out.display())),
                "{}",
                stderr_of(&assert)
            );
            let text = std::fs::read_to_string(&out).unwrap();
            match kind {
                "html" => assert!(text.starts_with("<!DOCTYPE html>"), "{} {name}", command.0),
                "json" => assert!(serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{} {name}", command.0),
                _ => assert!(
                    text.lines().any(|l| l.starts_with("# ")) && !text.starts_with(['<', '{']),
                    "{} {name}: {}",
                    command.0,
                    &text[..40]
                ),
            }
        }
        // An extension that names no format takes --format.
        let out = dir.path().join("r.txt");
        run(command, &fixture("authority")).arg("--out").arg(&out).args(["--format", "html"]).assert().success();
        assert!(std::fs::read_to_string(&out).unwrap().starts_with("<!DOCTYPE html>"));
    }
}

#[test]
fn format_contradicting_extension_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for command in COMMANDS {
        let out = dir.path().join("report.html");
        run(command, &fixture("authority")).arg("--out").arg(&out).args(["--format", "md"]).assert().code(2).stderr(
            format!(
                "ivaudit: error: --out {} is an HTML file name but --format md was given; \
                 leave out --format (the format follows the file name) or write to {}\n",
                out.display(),
                dir.path().join("report.md").display()
            ),
        );
        assert!(!out.exists());
        let out = dir.path().join("report.md");
        run(command, &fixture("authority"))
            .arg("--out")
            .arg(&out)
            .args(["--format", "json"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is a Markdown file name but --format json was given"));
        // Saying the same twice is fine.
        run(command, &fixture("authority")).arg("--out").arg(&out).args(["--format", "md"]).assert().success();
    }
}

#[test]
fn concurrent_writers_leave_one_complete_report() {
    let bin = assert_cmd::cargo::cargo_bin("ivaudit");
    for command in COMMANDS {
        // Two different reports for the same file: HTML and JSON (the file
        // name says neither, so each takes its --format).
        let expected: Vec<Vec<u8>> = ["html", "json"]
            .iter()
            .map(|format| run(command, &fixture("authority")).args(["--format", format]).output().unwrap().stdout)
            .collect();
        assert!(expected.iter().all(|e| e.len() > 4_000), "reports long enough to take several writes");
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("report.out");
        std::fs::write(&out, "the previous report\n").unwrap();
        for round in 0..5 {
            let children: Vec<_> = ["html", "json"]
                .iter()
                .map(|format| {
                    std::process::Command::new(&bin)
                        .arg(command.0)
                        .arg(fixture("authority"))
                        .args(command.1)
                        .args(["--format", format, "--out"])
                        .arg(&out)
                        .stdout(std::process::Stdio::null())
                        .stderr(std::process::Stdio::piped())
                        .spawn()
                        .unwrap()
                })
                .collect();
            for child in children {
                let done = child.wait_with_output().unwrap();
                assert!(done.status.success(), "{}: {}", command.0, String::from_utf8_lossy(&done.stderr));
            }
            let written = std::fs::read(&out).unwrap();
            assert!(
                expected.contains(&written),
                "{} round {round}: the report is neither writer's whole output ({} bytes)",
                command.0,
                written.len()
            );
            assert_eq!(names(dir.path()), ["report.out"], "a temporary file was left");
        }
    }
}

#[cfg(unix)]
#[test]
fn out_symlink_elsewhere_is_followed_and_the_link_kept() {
    use std::os::unix::fs::{PermissionsExt, symlink};
    for command in COMMANDS {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("published")).unwrap();
        let target = dir.path().join("published/report.md");
        std::fs::write(&target, "old\n").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("latest.md");
        symlink("published/report.md", &link).unwrap();
        run(command, &fixture("authority")).arg("--out").arg(&link).assert().success();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
        assert!(std::fs::read_to_string(&target).unwrap().lines().any(|l| l.starts_with("# ")), "{}", command.0);
        assert_eq!(std::fs::metadata(&target).unwrap().permissions().mode() & 0o777, 0o640);
    }
}

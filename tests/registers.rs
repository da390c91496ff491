//! End-to-end tests of how `ivaudit` reads registers typed and saved by
//! people: what a person typed into a cell is never repeated on stderr or
//! in any report, every problem is cited at its file, line and column however
//! the file was saved, and odd files give diagnostics, never a panic.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A value standing for a name typed into the wrong column.
const PLANTED: &str = "Placeholder Person";
/// A child's reference typed into a date column.
const PLANTED_REF: &str = "C-0777";

fn ivaudit() -> Command {
    Command::cargo_bin("ivaudit").unwrap()
}

/// A provider bundle in `dir` holding `registers` (file name under
/// `registers/`, bytes).
fn bundle(dir: &Path, registers: &[(&str, Vec<u8>)]) -> PathBuf {
    let b = dir.join("bundle");
    std::fs::create_dir_all(b.join("registers")).unwrap();
    std::fs::write(
        b.join("bundle.yaml"),
        "organisation: Register Test Service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )
    .unwrap();
    for (name, bytes) in registers {
        std::fs::write(b.join("registers").join(name), bytes).unwrap();
    }
    b
}

/// Rows joined with `separator` and `ending`, the way a spreadsheet saves them.
fn csv(rows: &[Vec<&str>], separator: &str, ending: &str) -> Vec<u8> {
    let mut out = String::new();
    for row in rows {
        out.push_str(&row.join(separator));
        out.push_str(ending);
    }
    out.into_bytes()
}

/// `check`'s stderr, and the audit report in every format.
fn every_output(bundle: &Path) -> Vec<(String, String)> {
    let check = ivaudit().arg("check").arg(bundle).output().unwrap();
    assert!(check.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&check.stderr));
    let mut out = vec![("check stderr".to_string(), String::from_utf8(check.stderr).unwrap())];
    for format in ["md", "html", "json"] {
        let audit = ivaudit().arg("audit").arg(bundle).args(["--format", format]).output().unwrap();
        assert!(audit.status.success(), "{format}: {}", String::from_utf8_lossy(&audit.stderr));
        out.push((format!("audit {format} stderr"), String::from_utf8(audit.stderr).unwrap()));
        out.push((format!("audit {format}"), String::from_utf8(audit.stdout).unwrap()));
    }
    out
}

fn audit_json(bundle: &Path) -> Value {
    let out = ivaudit().arg("audit").arg(bundle).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (file, line, column, code) of every diagnostic about a register.
fn register_diagnostics(report: &Value) -> Vec<(String, Option<u64>, Option<u64>, String)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().unwrap().starts_with("registers/"))
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64(),
                d["column"].as_u64(),
                d["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn register<'a>(report: &'a Value, path: &str) -> &'a Value {
    report["registers"].as_array().unwrap().iter().find(|r| r["path"] == path).unwrap()
}

const CHILDREN_HEADER: &[&str] = ivaudit::bundle::registers::CHILDREN_COLUMNS;

/// A children register with one planted value in each kind of column, each on
/// its own line, with a good row before and after. Returns the rows and the
/// (line, column) each planted value must be cited at.
fn planted_children() -> (Vec<Vec<&'static str>>, Vec<(u64, u64)>) {
    let good =
        ["C-001", "12", "female", "english", "in_county", "foster", "2025-06-01", "iro", "yes", "", "", "", "", "no"];
    let mut rows = vec![CHILDREN_HEADER.to_vec(), good.to_vec()];
    let mut expected = Vec::new();
    // reference, count, gender, choice, date, yes/no, and a child's reference in a date column.
    for (column, value) in
        [(0, PLANTED), (1, PLANTED), (2, PLANTED), (4, PLANTED), (6, PLANTED), (8, PLANTED), (9, PLANTED_REF)]
    {
        let mut row = good.to_vec();
        row[0] = ["C-010", "C-011", "C-012", "C-013", "C-014", "C-015", "C-016"][expected.len()];
        row[column] = value;
        rows.push(row);
        expected.push((rows.len() as u64, column as u64 + 1));
    }
    let mut last = good.to_vec();
    last[0] = "C-099";
    rows.push(last);
    (rows, expected)
}

fn planted_volunteers() -> Vec<Vec<&'static str>> {
    let header = vec![
        "volunteer_ref",
        "gender",
        "welsh_speaker",
        "care_experienced",
        "applied_on",
        "approved_on",
        "approvers",
        "references",
        "dbs_level",
        "dbs_date",
        "training_completed_on",
        "training_topics",
        "left_on",
    ];
    let good = vec!["V-01", "male", "no", "no", "", "", "2", "2", "enhanced", "2024-02-01", "", "safeguarding", ""];
    let mut keys = good.clone();
    keys[0] = "V-02";
    keys[11] = PLANTED;
    let mut reference = good.clone();
    reference[0] = PLANTED;
    vec![header, good, keys, reference]
}

#[test]
fn a_value_typed_into_any_kind_of_column_is_never_repeated_and_is_cited_at_its_line_and_column() {
    let (children, expected) = planted_children();
    let volunteers = planted_volunteers();
    for (separator, ending) in [(",", "\n"), (",", "\r\n"), (";", "\r\n"), (",", "\r")] {
        let dir = tempfile::tempdir().unwrap();
        let b = bundle(
            dir.path(),
            &[
                ("children.csv", csv(&children, separator, ending)),
                ("volunteers.csv", csv(&volunteers, separator, ending)),
                (
                    "visits.csv",
                    csv(
                        &[vec!["child_ref", "volunteer_ref", "date"], vec!["C-001", PLANTED, "2025-07-01"]],
                        separator,
                        ending,
                    ),
                ),
            ],
        );
        let case = format!("separator {separator:?}, endings {ending:?}");
        for (what, text) in every_output(&b) {
            assert!(!text.contains("Placeholder"), "{case}: {what} repeats a planted value:\n{text}");
            assert!(!text.contains(PLANTED_REF), "{case}: {what} repeats a child's reference");
        }
        let report = audit_json(&b);
        let cited: Vec<(String, Option<u64>, Option<u64>, String)> =
            register_diagnostics(&report).into_iter().filter(|d| d.3 != "IV410").collect();
        let mut want: Vec<(String, Option<u64>, Option<u64>, String)> = expected
            .iter()
            .map(|(line, column)| {
                ("registers/children.csv".to_string(), Some(*line), Some(*column), "IV405".to_string())
            })
            .collect();
        want.push(("registers/visits.csv".into(), Some(2), Some(2), "IV405".into()));
        want.push(("registers/volunteers.csv".into(), Some(3), Some(12), "IV405".into()));
        want.push(("registers/volunteers.csv".into(), Some(4), Some(1), "IV405".into()));
        want.sort();
        assert_eq!(cited, want, "{case}");
        let children = register(&report, "registers/children.csv");
        assert_eq!((children["rows"].as_u64(), children["rows_used"].as_u64()), (Some(9), Some(2)), "{case}");
    }
}

#[test]
fn an_excel_register_with_bom_and_crlf_is_cited_at_the_right_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(b"child_ref,date,from\r\nC-1,2026-01-10,child\r\nC-2,2026-01-11,carer\r\nC-3,2026-01-12,aunt\r\n");
    let b = bundle(dir.path(), &[("feedback.csv", bytes)]);
    let stderr = String::from_utf8(ivaudit().arg("check").arg(&b).output().unwrap().stderr).unwrap();
    assert!(
        stderr.contains(
            "error[IV405]: registers/feedback.csv:4:3: column `from` (column 3): expected one of child, volunteer, \
             carer, social_worker, iro; this row is left out"
        ),
        "{stderr}"
    );
}

#[test]
fn a_semicolon_register_is_read_and_its_separator_named() {
    let dir = tempfile::tempdir().unwrap();
    let b = bundle(
        dir.path(),
        &[(
            "complaints.csv",
            b"ref;received_on;resolved_on;outcome\r\nCMP-1;2025-10-01;2025-10-08;Not Upheld\r\n".to_vec(),
        )],
    );
    let stderr = String::from_utf8(ivaudit().arg("check").arg(&b).output().unwrap().stderr).unwrap();
    assert!(stderr.contains("warning[IV410]: registers/complaints.csv:1: fields are separated by `;`"), "{stderr}");
    let report = audit_json(&b);
    assert_eq!(register_diagnostics(&report), [("registers/complaints.csv".into(), Some(1), None, "IV410".into())]);
    assert_eq!(register(&report, "registers/complaints.csv")["rows_used"], 1);
}

#[test]
fn headers_and_values_differing_only_in_case_or_separators_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let b = bundle(
        dir.path(),
        &[
            (
                "children.csv",
                b"Child Ref,Age,Gender,First Language,Placement,Placement Type,Referred On,Referral Source,Consent,Matched On,Volunteer Ref,Ended On,End Reason,POST18\n\
                  C-1,12,Non-Binary,English,In County,Foster,2025-06-01,Social Worker,Yes,,,,,No\n\
                  C-2,13,NOT_STATED,welsh,OUT-OF-WALES,kinship,2025-06-02,IRO,YES,,,,,no\n"
                    .to_vec(),
            ),
            ("visits.csv", b"child_ref,volunteer_ref,date\nC-1,V-1,2025-07-01\n".to_vec()),
        ],
    );
    let report = audit_json(&b);
    let children_diagnostics: Vec<_> =
        register_diagnostics(&report).into_iter().filter(|d| d.0 == "registers/children.csv").collect();
    assert!(children_diagnostics.is_empty(), "{children_diagnostics:?}");
    assert_eq!(register(&report, "registers/children.csv")["rows_used"], 2);
}

#[test]
fn a_misspelt_value_or_column_gets_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let b = bundle(
        dir.path(),
        &[
            ("feedback.csv", b"chlid_ref,date,from\nC-1,2026-01-10,child\n".to_vec()),
            (
                "complaints.csv",
                b"ref,received_on,resolved_on,outcome\nCMP-1,2025-10-01,2025-10-08,not uphld\n".to_vec(),
            ),
        ],
    );
    let stderr = String::from_utf8(ivaudit().arg("check").arg(&b).output().unwrap().stderr).unwrap();
    for expected in [
        "warning[IV403]: registers/feedback.csv:1:1: column `chlid_ref` (column 1) is not part of this register and is ignored (did you mean `child_ref`?)",
        "error[IV402]: registers/feedback.csv:1: the header lacks `child_ref`; the register is not used",
        "error[IV405]: registers/complaints.csv:2:4: column `outcome` (column 4): expected one of upheld, partly_upheld, not_upheld, withdrawn (did you mean `not_upheld`?); this row is left out",
    ] {
        assert!(stderr.contains(expected), "missing `{expected}` in\n{stderr}");
    }
}

#[test]
fn a_personal_data_header_refuses_the_register_whatever_its_case_and_its_cells_are_not_repeated() {
    for header in ["DateOfBirth", "first_name", "NHSNo", "post code", "e-mail", "d.o.b"] {
        let dir = tempfile::tempdir().unwrap();
        let text = format!("child_ref,volunteer_ref,date,{header}\nC-1,V-1,2025-07-01,{PLANTED}\n");
        let b = bundle(dir.path(), &[("visits.csv", text.into_bytes())]);
        for (what, text) in every_output(&b) {
            assert!(!text.contains("Placeholder"), "{header}: {what} repeats a cell");
        }
        let report = audit_json(&b);
        assert_eq!(register(&report, "registers/visits.csv")["state"], "refused", "{header}");
        assert_eq!(register_diagnostics(&report), [("registers/visits.csv".into(), Some(1), Some(4), "IV401".into())]);
        let message =
            report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "IV401").unwrap()["message"]
                .as_str()
                .unwrap()
                .to_string();
        assert!(message.starts_with(&format!("column `{header}` (column 4) looks like a name")), "{message}");
    }
}

#[test]
fn population_yaml_errors_never_repeat_a_value() {
    let dir = tempfile::tempdir().unwrap();
    let b = bundle(dir.path(), &[("population.yaml", format!("children_looked_after: {PLANTED}\n").into_bytes())]);
    for (what, text) in every_output(&b) {
        assert!(!text.contains("Placeholder"), "{what} repeats a value:\n{text}");
    }
    let report = audit_json(&b);
    let d = report["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "IV408").unwrap();
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(1), Some(24)));
    assert!(d["message"].as_str().unwrap().starts_with("`children_looked_after`: expected a whole number"), "{d}");
}

#[test]
fn odd_register_files_give_diagnostics_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut huge = b"child_ref,assessed_on\nC-1".to_vec();
    huge.extend(std::iter::repeat_n(b','.to_owned(), 100_000));
    huge.extend(b"\n");
    huge.extend(vec![b'x'; 10 * 1024 * 1024]);
    huge.extend(b",2026-01-01\n");
    let b = bundle(
        dir.path(),
        &[
            ("children.csv", Vec::new()),
            ("visits.csv", b"\n\n\r\n\n".to_vec()),
            ("volunteers.csv", vec![0u8; 256]),
            ("feedback.csv", b"child_ref,date,from\nC-1,2026-01-10,child\nC-2,2026-01-11,Zq\xf6zq\n".to_vec()),
            (
                "complaints.csv",
                b"ref,received_on,resolved_on,outcome\nCMP-1,2025-10-01,,\nCMP-2,\"2025-10-02,,\n".to_vec(),
            ),
            ("assessments.csv", huge),
        ],
    );
    let report = audit_json(&b);
    assert_eq!(
        register_diagnostics(&report),
        [
            ("registers/assessments.csv".into(), Some(1), None, "IV402".into()),
            ("registers/children.csv".into(), None, None, "IV402".into()),
            ("registers/complaints.csv".into(), Some(3), None, "IV404".into()),
            ("registers/feedback.csv".into(), Some(3), Some(3), "IV404".into()),
            ("registers/visits.csv".into(), None, None, "IV402".into()),
            ("registers/volunteers.csv".into(), Some(1), None, "IV402".into()),
        ]
    );
    // The assessments register lacks most of its columns, so it is refused;
    // its huge row and huge cell cost only time linear in their size.
    assert_eq!(register(&report, "registers/assessments.csv")["state"], "refused");
    let text = serde_json::to_string(&report).unwrap();
    assert!(text.len() < 2_000_000, "nothing in the report grows with the huge cell");
    assert!(!text.contains("Zq"), "a row that is not UTF-8 is cited, not repeated");
    // A register with only its header row says "none": no diagnostic, nothing refused.
    let dir = tempfile::tempdir().unwrap();
    let b = bundle(dir.path(), &[("visits.csv", b"child_ref,volunteer_ref,date\r\n".to_vec())]);
    let report = audit_json(&b);
    assert!(register_diagnostics(&report).is_empty());
    assert_eq!(register(&report, "registers/visits.csv")["state"], "used");
}

#[test]
fn huge_cells_in_a_usable_register_are_left_out_with_a_short_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = b"child_ref,date,from\nC-1,2026-01-10,child\n".to_vec();
    let big = "x".repeat(10 * 1024 * 1024);
    text.extend(format!("{big},{big},{big}\n").as_bytes());
    text.extend(b"C-2");
    text.extend(std::iter::repeat_n(b','.to_owned(), 100_000));
    text.extend(b"\nC-3,2026-01-12,carer\n");
    let b = bundle(dir.path(), &[("feedback.csv", text)]);
    let report = audit_json(&b);
    assert_eq!(
        register_diagnostics(&report),
        [
            ("registers/feedback.csv".into(), Some(3), Some(1), "IV405".into()),
            ("registers/feedback.csv".into(), Some(3), Some(2), "IV405".into()),
            ("registers/feedback.csv".into(), Some(3), Some(3), "IV405".into()),
            ("registers/feedback.csv".into(), Some(4), None, "IV404".into()),
        ]
    );
    assert_eq!(register(&report, "registers/feedback.csv")["rows_used"], 2);
    assert!(serde_json::to_string(&report).unwrap().len() < 2_000_000);
}

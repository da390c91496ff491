//! Helpers shared by the per-standard rule tests: judge a short document
//! written for a test against one criterion of the built-in catalog.

#![allow(dead_code)] // each test file uses some of them

pub mod pdf;

use std::sync::OnceLock;

use ivaudit::bundle::{EvidenceKind, Origin};
use ivaudit::catalog::{Catalog, CatalogSource, Criterion};
use ivaudit::diag::Diagnostic;
use ivaudit::judge::{Reader, Reason, Verdict, passage};

pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&CatalogSource::Embedded).expect("the built-in catalog loads"))
}

pub fn criterion(id: &str) -> &'static Criterion {
    catalog().criteria().find(|c| c.id == id).unwrap_or_else(|| panic!("no criterion {id}"))
}

/// What a one-document file of `kind`, issued on 2025-06-01, shows of
/// criterion `id`.
pub fn judge_as(id: &str, kind: EvidenceKind, body: &str) -> Verdict {
    let reader = Reader::new(passage::markdown(body, 1, Some(("Policy", 1))), "2025-06-01".parse().unwrap());
    reader.judge(&criterion(id).rule, kind)
}

/// [`judge_as`] for a policy.
pub fn judge(id: &str, body: &str) -> Verdict {
    judge_as(id, EvidenceKind::Policy, body)
}

#[track_caller]
pub fn shown(id: &str, body: &str) {
    let v = judge(id, body);
    assert!(matches!(v, Verdict::Shown(_)), "{id} should be shown by {body:?}, got {v:?}");
}

#[track_caller]
pub fn not_shown(id: &str, body: &str) {
    let v = judge(id, body);
    assert!(!matches!(v, Verdict::Shown(_)), "{id} should not be shown by {body:?}, got {v:?}");
}

#[track_caller]
pub fn near(id: &str, body: &str, reason: Reason) {
    match judge(id, body) {
        Verdict::Near(_, r) => assert_eq!(r, reason, "{id} should be a near miss ({reason:?}) on {body:?}"),
        v => panic!("{id} should be a near miss ({reason:?}) on {body:?}, got {v:?}"),
    }
}

/// `zip` with every central-directory entry declaring `size` uncompressed
/// bytes: a zip bomb by declaration, built from a small honest archive.
pub fn declare_size(mut zip: Vec<u8>, size: u32) -> Vec<u8> {
    let mut i = 0;
    while i + 28 <= zip.len() {
        if zip[i..i + 4] == *b"PK\x01\x02" {
            zip[i + 24..i + 28].copy_from_slice(&size.to_le_bytes());
        }
        i += 1;
    }
    zip
}

/// The criterion the document tests judge: shown by a sentence saying every
/// volunteer gives two written references.
pub const TWO_REFERENCES: &str = "S05.P1.two_references";

/// Audits a provider bundle holding `policies/NAME` with `bytes`, listed in
/// evidence.yaml as a recruitment policy, with `shows` when given.
pub fn audit(name: &str, bytes: &[u8], shows: Option<&str>) -> ivaudit::Audit {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path().join("bundle");
    std::fs::create_dir_all(b.join("policies")).unwrap();
    std::fs::write(
        b.join("bundle.yaml"),
        "organisation: Office Test Service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )
    .unwrap();
    let shows = shows.map(|s| format!("  shows: [{s}]\n")).unwrap_or_default();
    std::fs::write(
        b.join("evidence.yaml"),
        format!(
            "- file: policies/{name}\n  title: Volunteer recruitment policy\n  evidences: [S05.P1]\n  kind: policy\n  issued: 2025-04-01\n{shows}"
        ),
    )
    .unwrap();
    std::fs::write(b.join("policies").join(name), bytes).unwrap();
    let started = std::time::Instant::now();
    let a = ivaudit::audit(catalog(), &b, None).unwrap();
    assert!(started.elapsed().as_secs() < 20, "took {:?}", started.elapsed());
    assert_eq!(a.report.standards.len(), 14, "the audit completes");
    a
}

pub fn item<'a>(a: &'a ivaudit::Audit, name: &str) -> &'a ivaudit::bundle::Evidence {
    let path = format!("policies/{name}");
    a.bundle.evidence.iter().find(|e| e.path == path).expect("the document counts as evidence")
}

pub fn diagnostics_for<'a>(a: &'a ivaudit::Audit, name: &str) -> Vec<&'a Diagnostic> {
    a.bundle.diagnostics.iter().filter(|d| d.file.ends_with(name)).collect()
}

/// Audits `bytes` as `name` declaring two references, and returns its one
/// diagnostic; the document must still count for its declaration.
pub fn refused(name: &str, bytes: &[u8]) -> Diagnostic {
    let a = audit(name, bytes, Some(TWO_REFERENCES));
    let e = item(&a, name);
    assert_eq!(e.origin, Origin::Manifest, "its text is not read");
    assert!(
        e.declared.contains(&catalog().criterion_index(TWO_REFERENCES).unwrap()),
        "it still counts for its declaration"
    );
    assert!(e.found.is_empty());
    let d = diagnostics_for(&a, name);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(d[0].message.ends_with("counts only for the criteria its evidence.yaml entry lists under `shows:`"));
    d[0].clone()
}

/// `ivaudit check` on a bundle holding `files` that evidence.yaml does not
/// describe: its standard output, the entries offered for pasting.
pub fn check_entries(files: &[(&str, Vec<u8>)]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let b = dir.path();
    std::fs::write(
        b.join("bundle.yaml"),
        "organisation: Paste Test Service\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )
    .unwrap();
    std::fs::create_dir_all(b.join("policies")).unwrap();
    for (name, bytes) in files {
        std::fs::write(b.join(name), bytes).unwrap();
    }
    let out = assert_cmd::Command::cargo_bin("ivaudit").unwrap().arg("check").arg(b).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

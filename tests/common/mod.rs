//! Helpers shared by the per-standard rule tests: judge a short document
//! written for a test against one criterion of the built-in catalog.

#![allow(dead_code)] // each test file uses some of them

use std::sync::OnceLock;

use ivaudit::bundle::EvidenceKind;
use ivaudit::catalog::{Catalog, CatalogSource, Criterion};
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

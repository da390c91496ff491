//! Synthetic evidence bundles of any size, for benchmarks and scale tests.
//!
//! The content is generated deterministically from the document number, so
//! the same size always gives byte-identical bundles and comparable timings.

use std::io;
use std::path::Path;

use crate::catalog::{Catalog, Kind, Party};

/// A small deterministic generator (SplitMix64): no external randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const FILLER: &str = "The service keeps this document under review with the young people's advisory group. \
Volunteers and staff read it at induction and again at each annual review, and the IV Service \
Co-ordinator records that they have done so. Where practice changes, the change is explained to \
children and young people in a way that suits their age and understanding.";

/// Writes a provider bundle of `documents` Markdown files (and one PDF
/// described in `evidence.yaml` for every 50 documents) into `dir`.
pub fn write_bundle(dir: &Path, catalog: &Catalog, documents: usize) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("bundle.yaml"),
        "organisation: Synthetic IV Service\nrole: provider\nauthorities: [Synthetic County Council]\n\
         period: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )?;
    let requirements: Vec<&crate::catalog::Requirement> =
        catalog.requirements().filter(|r| r.applies_to(Party::Provider) && r.kind != Kind::Statutory).collect();
    let kinds = ["policy", "procedure", "training-record", "minutes", "report", "survey"];
    let mut rng = Rng(documents as u64);
    let mut manifest = String::new();
    for n in 0..documents {
        let folder = dir.join(format!("docs-{:03}", n / 100));
        std::fs::create_dir_all(&folder)?;
        let links: Vec<&str> = (0..3).map(|_| rng.pick(&requirements).id.as_str()).collect();
        let first = requirements.iter().find(|r| r.id == links[0]).expect("picked from the list");
        let phrases: Vec<&str> = first
            .criteria
            .iter()
            .filter(|_| !rng.next().is_multiple_of(4))
            .filter_map(|c| c.look_for.first().map(|p| p.trim_end_matches('*')))
            .collect();
        let issued_month = 1 + rng.next() % 12;
        let review = if rng.next().is_multiple_of(10) { "2025-12-31" } else { "2026-12-31" };
        let body = format!(
            "---\ntitle: Synthetic document {n}\nevidences: [{}]\nkind: {}\nissued: 2025-{issued_month:02}-01\n\
             review_due: {review}\nowner: IV Service Co-ordinator\n---\n# Synthetic document {n}\n\n\
             This document answers {} (“{}”).\n\nIt covers: {}.\n\n{FILLER}\n\n{FILLER}\n",
            links.join(", "),
            rng.pick(&kinds),
            first.id,
            first.text.split_whitespace().collect::<Vec<_>>().join(" "),
            if phrases.is_empty() { "general practice".to_string() } else { phrases.join("; ") },
        );
        std::fs::write(folder.join(format!("doc-{n:05}.md")), body)?;
        if n.is_multiple_of(50) {
            let pdf = format!("docs-{:03}/scan-{n:05}.pdf", n / 100);
            std::fs::write(dir.join(&pdf), format!("%PDF-1.4\n% synthetic scan {n}\n%%EOF\n"))?;
            manifest.push_str(&format!(
                "- file: {pdf}\n  title: Scanned record {n}\n  evidences: [{}]\n  kind: data-return\n  issued: 2025-06-01\n",
                links[1]
            ));
        }
    }
    std::fs::write(dir.join("evidence.yaml"), manifest)
}

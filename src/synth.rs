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
/// described in `evidence.yaml` for every 50 documents) into `dir`, with
/// registers of one match for every 5 documents.
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
            .filter_map(|c| c.rule.entries.first()?.clauses.first()?.terms.first().map(|t| t.example.as_str()))
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
            crate::text::flatten(&first.text),
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
    std::fs::write(dir.join("evidence.yaml"), manifest)?;
    write_registers(dir, documents / 5, &mut rng)
}

/// Registers in proportion: `matches` referrals, one volunteer each, about
/// monthly visits over the period and feedback twice a year.
fn write_registers(dir: &Path, matches: usize, rng: &mut Rng) -> io::Result<()> {
    use std::fmt::Write;
    let regs = dir.join("registers");
    std::fs::create_dir_all(&regs)?;
    let topics =
        "safeguarding;children_in_care;boundaries;confidentiality;communication;equality_diversity;health_safety";
    let mut children = String::from(
        "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n",
    );
    let mut volunteers = String::from(
        "volunteer_ref,gender,welsh_speaker,care_experienced,applied_on,approved_on,approvers,references,dbs_level,dbs_date,training_completed_on,training_topics,left_on\n",
    );
    let mut visits = String::from("child_ref,volunteer_ref,date\n");
    let mut feedback = String::from("child_ref,date,from\n");
    for n in 0..matches {
        let gender = if rng.next().is_multiple_of(3) { "male" } else { "female" };
        let placement = if rng.next().is_multiple_of(4) { "out_of_county" } else { "in_county" };
        let start_month = 1 + rng.next() % 12;
        let _ = writeln!(
            children,
            "C-{n:05},{},{gender},english,{placement},foster,2024-{start_month:02}-01,social_worker,yes,2024-{start_month:02}-20,V-{n:05},,,no",
            8 + rng.next() % 10
        );
        let _ = writeln!(
            volunteers,
            "V-{n:05},{gender},no,no,2023-01-01,2023-03-01,2,2,enhanced,2023-02-01,2023-03-15,{topics},"
        );
        for month in 0..12 {
            if !rng.next().is_multiple_of(25) {
                let (year, m) = if month < 9 { (2025, month + 4) } else { (2026, month - 8) };
                let _ = writeln!(visits, "C-{n:05},V-{n:05},{year}-{m:02}-{:02}", 1 + rng.next() % 28);
            }
        }
        let _ = writeln!(feedback, "C-{n:05},2025-{:02}-10,child", 4 + rng.next() % 9);
        let _ = writeln!(feedback, "C-{n:05},2026-0{}-15,child", 1 + rng.next() % 3);
    }
    std::fs::write(regs.join("children.csv"), children)?;
    std::fs::write(regs.join("volunteers.csv"), volunteers)?;
    std::fs::write(regs.join("visits.csv"), visits)?;
    std::fs::write(regs.join("feedback.csv"), feedback)?;
    std::fs::write(
        regs.join("complaints.csv"),
        "ref,received_on,resolved_on,outcome\nCMP-1,2025-06-01,2025-06-10,not_upheld\n",
    )
}

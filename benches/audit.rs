//! `cargo bench`: audits generated bundles of 2,500, 5,000 and 10,000
//! documents and prints the median time of each, so that growth with bundle
//! size can be seen. Wall time and peak memory of the real binary are
//! measured by `bench/run.sh`.
#![allow(clippy::disallowed_macros)] // printing is this program's job

use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::report::{Format, ReportKind, Templates, render};
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    println!("{:>9}  {:>12}  {:>14}  {:>14}", "documents", "load+assess", "+ html report", "per document");
    for documents in [2_500, 5_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        ivaudit::synth::write_bundle(dir.path(), &catalog, documents).unwrap();
        let mut assess = Vec::new();
        let mut full = Vec::new();
        for _ in 0..5 {
            let start = Instant::now();
            let audit = ivaudit::audit(&catalog, dir.path(), None).unwrap();
            assess.push(start.elapsed());
            let html = render(
                &audit.report,
                ReportKind::Inspection,
                Format::Html,
                &Templates::Embedded,
                &ivaudit::locale::Messages::english(),
            )
            .unwrap();
            full.push(start.elapsed());
            assert!(html.len() > documents * 100);
        }
        let (a, f) = (median(assess), median(full));
        println!(
            "{documents:>9}  {:>10.1}ms  {:>12.1}ms  {:>12.1}µs",
            a.as_secs_f64() * 1e3,
            f.as_secs_f64() * 1e3,
            f.as_secs_f64() * 1e6 / documents as f64
        );
    }
}

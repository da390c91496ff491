//! The ratchet: judgements scored against the hand-labelled corpus in
//! `../shared/corpus` must not fall below the figures the README records.
//! Each improvement raises the recorded figures; no change may lower them.
//! Where the corpus is not present (a clone elsewhere), the test says so and
//! passes: the corpus is not part of this repository.

#![allow(clippy::disallowed_macros)] // saying the test was skipped is its job

use ivaudit::catalog::{Catalog, CatalogSource};
use std::path::Path;

/// The figures recorded in the README, on the line after its marker.
fn recorded() -> Vec<(String, f64)> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let line = readme
        .lines()
        .skip_while(|l| !l.contains("corpus-figures"))
        .nth(1)
        .expect("the README records the corpus figures after its `corpus-figures` marker");
    let words: Vec<&str> = line.trim_matches('`').split_whitespace().collect();
    words
        .windows(2)
        .filter_map(|w| w[1].parse::<f64>().ok().map(|v| (w[0].to_string(), v)))
        .filter(|(name, _)| name != "labels")
        .collect()
}

#[test]
fn judgements_on_the_labelled_corpus_do_not_fall_below_the_recorded_figures() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.join("labels.yaml").exists() {
        eprintln!("skipped: no labelled corpus at {}", corpus.display());
        return;
    }
    let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
    let audit = ivaudit::audit(&catalog, &corpus, None).unwrap();
    let labels = ivaudit::scoring::read_labels(&std::fs::read_to_string(corpus.join("labels.yaml")).unwrap()).unwrap();
    let scores = ivaudit::scoring::score(&audit.report, &labels, &|_| true);
    let now = [
        ("precision", scores.overall.precision()),
        ("recall", scores.overall.recall()),
        ("F1", scores.overall.f1()),
        ("safety-precision", scores.safety.precision()),
    ];
    let recorded = recorded();
    assert_eq!(recorded.len(), 4, "the README line names precision, recall, F1 and safety-precision: {recorded:?}");
    let summary = ivaudit::scoring::summary(&scores);
    for (name, floor) in &recorded {
        let value = now.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("unknown figure {name}")).1;
        assert!(
            value + 0.0005 >= *floor,
            "{name} fell to {value:.3}, below the {floor:.3} the README records.\nNow: {summary}\nDisagreements: run `cargo run --release --example score-corpus -- ../shared/corpus`"
        );
    }
    assert!(
        scores.unscored * 20 <= scores.overall.total(),
        "more than 5% of the labels name criteria the catalog no longer has"
    );
}

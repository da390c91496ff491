//! Scores ivaudit's judgements on a labelled corpus: an evidence bundle with
//! a `labels.yaml` (the form of `../shared/corpus`).
//!
//! ```text
//! cargo run --release --example score-corpus -- CORPUS [--only PREFIX,...] [--except PREFIX,...]
//!     [--criteria PREFIX,...] [--show N] [--by-criterion]
//! ```
//!
//! Prints every disagreement (up to `--show`, default all), then figures per
//! criterion key with `--by-criterion`, and last the summary line the README
//! records. `--only`/`--except` keep or drop documents by path prefix, so a
//! part of the corpus can be held out (for example `minutes/,participation/`);
//! `--criteria S08,S11` scores only criteria whose IDs start so.
#![allow(clippy::disallowed_macros)]

use ivaudit::catalog::{Catalog, CatalogSource};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus =
        PathBuf::from(args.first().ok_or("usage: score-corpus CORPUS [--only P,..] [--except P,..] [--show N]")?);
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let list = |name: &str| value(name).map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>());
    let (only, except, criteria) = (list("--only"), list("--except"), list("--criteria"));
    let show: usize = value("--show").map(|v| v.parse()).transpose()?.unwrap_or(usize::MAX);

    let catalog = Catalog::load(&CatalogSource::Embedded)?;
    let audit = ivaudit::audit(&catalog, &corpus, None)?;
    let labels = ivaudit::scoring::read_labels(&std::fs::read_to_string(corpus.join("labels.yaml"))?)?;
    let keep = |file: &str| {
        only.as_ref().is_none_or(|o| o.iter().any(|p| file.starts_with(p.as_str())))
            && except.as_ref().is_none_or(|e| !e.iter().any(|p| file.starts_with(p.as_str())))
    };
    let labels: Vec<_> = labels
        .into_iter()
        .filter(|l| criteria.as_ref().is_none_or(|c| c.iter().any(|p| l.criterion.starts_with(p.as_str()))))
        .collect();
    let scores = ivaudit::scoring::score(&audit.report, &labels, &keep);
    for d in scores.disagreements.iter().take(show) {
        println!("{} {} {}\n    label: {}\n    ivaudit: {}", d.kind, d.file, d.criterion, d.label, d.ours);
    }
    if args.iter().any(|a| a == "--by-criterion") {
        println!("\n{:<32} {:>4} {:>4} {:>4} {:>4}  {:>5} {:>5}", "criterion key", "tp", "fp", "fn", "tn", "P", "R");
        for (key, c) in &scores.by_key {
            println!(
                "{key:<32} {:>4} {:>4} {:>4} {:>4}  {:>5.2} {:>5.2}",
                c.tp,
                c.fp,
                c.fn_,
                c.tn,
                c.precision(),
                c.recall()
            );
        }
    }
    println!("{}", ivaudit::scoring::summary(&scores));
    Ok(())
}

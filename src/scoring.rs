//! Measuring judgement against hand-labelled documents.
//!
//! A labelled corpus is an evidence bundle plus `labels.yaml`: for each
//! document, for each criterion of the requirements it is offered for,
//! whether a careful inspector reading that document alone finds the
//! criterion shown, with the quote or the reason. This module compares the
//! audit's judgements with those labels and counts agreement: precision
//! (when ivaudit says shown, how often it is right), recall (of what is
//! shown, how much ivaudit finds) and F1, overall, on the criteria on which
//! children's safety depends, and per criterion, with every disagreement
//! listed so that a regression is visible where it happens.
//!
//! The labels are read, never learned from: the scorer is how rules are
//! measured, and `tests/corpus.rs` fails if the figures fall below those
//! recorded in the README.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

use crate::report::Report;

/// One label: is `criterion` shown by `file`?
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub file: String,
    pub criterion: String,
    pub shown: bool,
    /// The quote for a shown label, or the reason for one not shown.
    pub note: String,
}

#[derive(Deserialize)]
struct RawDoc {
    file: String,
    labels: BTreeMap<String, RawLabel>,
}

#[derive(Deserialize)]
struct RawLabel {
    shown: bool,
    #[serde(default)]
    quote: Option<String>,
    #[serde(default)]
    why: Option<String>,
}

/// Reads labels in the corpus's `labels.yaml` form.
pub fn read_labels(text: &str) -> Result<Vec<Label>, String> {
    let docs: Vec<RawDoc> = serde_yaml::from_str(text).map_err(|e| format!("labels: {e}"))?;
    let mut out = Vec::new();
    for d in docs {
        for (criterion, l) in d.labels {
            out.push(Label {
                file: d.file.clone(),
                criterion,
                shown: l.shown,
                note: l.quote.or(l.why).unwrap_or_default(),
            });
        }
    }
    Ok(out)
}

/// Counts of agreement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub tn: usize,
}

impl Counts {
    fn add(&mut self, gold: bool, predicted: bool) {
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.tp + self.fp + self.fn_ + self.tn
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// What ivaudit said about one labelled pair, for a disagreement.
#[derive(Debug, Clone)]
pub struct Disagreement {
    /// `FP` (ivaudit says shown, the label says not) or `FN`.
    pub kind: &'static str,
    pub file: String,
    pub criterion: String,
    /// The label's quote or reason.
    pub label: String,
    /// ivaudit's quote (for a shown claim) or its near miss, if any.
    pub ours: String,
}

/// The figures for a corpus.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub overall: Counts,
    /// On criteria marked safety-critical.
    pub safety: Counts,
    pub by_criterion: BTreeMap<String, Counts>,
    /// Pooled by the criterion's key (`*.out_of_hours`).
    pub by_key: BTreeMap<String, Counts>,
    /// Labels of criteria the catalog no longer has (not scored).
    pub unscored: usize,
    pub disagreements: Vec<Disagreement>,
}

/// What the audit said of each criterion, per document path.
struct Said {
    shown: HashMap<(String, String), String>,
    near: HashMap<(String, String), String>,
    safety: HashMap<String, bool>,
}

fn said(report: &Report) -> Said {
    let mut s = Said { shown: HashMap::new(), near: HashMap::new(), safety: HashMap::new() };
    for standard in &report.standards {
        for o in &standard.obligations {
            for c in &o.criteria {
                s.safety.insert(c.id.clone(), c.safety);
                for b in &c.shown_by {
                    let q = b.quote.clone().unwrap_or_else(|| "(declared)".into());
                    s.shown.insert(
                        (b.path.clone(), c.id.clone()),
                        format!("{}: {q}", b.location.clone().unwrap_or_default()),
                    );
                }
                for n in &c.near_misses {
                    s.near.insert(
                        (n.path.clone(), c.id.clone()),
                        format!("near miss ({:?}) {}: {}", n.reason, n.location, n.quote),
                    );
                }
            }
        }
    }
    s
}

/// Scores `report` (an audit of the labelled bundle) against `labels`,
/// keeping only labels whose file passes `keep`.
pub fn score(report: &Report, labels: &[Label], keep: &dyn Fn(&str) -> bool) -> Scores {
    let said = said(report);
    let mut scores = Scores::default();
    for l in labels.iter().filter(|l| keep(&l.file)) {
        let Some(&safety) = said.safety.get(&l.criterion) else {
            scores.unscored += 1;
            continue;
        };
        let key = (l.file.clone(), l.criterion.clone());
        let predicted = said.shown.contains_key(&key);
        scores.overall.add(l.shown, predicted);
        if safety {
            scores.safety.add(l.shown, predicted);
        }
        scores.by_criterion.entry(l.criterion.clone()).or_default().add(l.shown, predicted);
        let suffix = l.criterion.rsplit('.').next().unwrap_or(&l.criterion);
        scores.by_key.entry(format!("*.{suffix}")).or_default().add(l.shown, predicted);
        if l.shown != predicted {
            let ours = said.shown.get(&key).or_else(|| said.near.get(&key)).cloned().unwrap_or_default();
            scores.disagreements.push(Disagreement {
                kind: if predicted { "FP" } else { "FN" },
                file: l.file.clone(),
                criterion: l.criterion.clone(),
                label: l.note.clone(),
                ours,
            });
        }
    }
    scores
}

/// The one line recorded in the README and checked by the ratchet test.
pub fn summary(s: &Scores) -> String {
    format!(
        "labels {} precision {:.3} recall {:.3} F1 {:.3} safety-precision {:.3} (safety labels {}); unscored {}",
        s.overall.total(),
        s.overall.precision(),
        s.overall.recall(),
        s.overall.f1(),
        s.safety.precision(),
        s.safety.total(),
        s.unscored
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_precision_recall_and_f1() {
        let mut c = Counts::default();
        for (g, p) in [(true, true), (true, true), (true, false), (false, true), (false, false)] {
            c.add(g, p);
        }
        assert_eq!((c.tp, c.fp, c.fn_, c.tn), (2, 1, 1, 1));
        assert!((c.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }

    #[test]
    fn labels_are_read_in_the_corpus_form() {
        let text = "- file: a.md\n  labels:\n    S01.P1.x: {shown: true, quote: \"we do x\"}\n    S01.P1.y: {shown: false, why: \"only planned\"}\n";
        let labels = read_labels(text).unwrap();
        assert_eq!(labels.len(), 2);
        assert_eq!(
            labels[0],
            Label { file: "a.md".into(), criterion: "S01.P1.x".into(), shown: true, note: "we do x".into() }
        );
        assert!(!labels[1].shown);
    }
}

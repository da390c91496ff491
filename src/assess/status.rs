//! The status of one requirement, decided from the evidence linked to it.

use serde::Serialize;

use crate::bundle::{Evidence, Origin};
use crate::catalog::Requirement;
use crate::date::Date;

/// Whether a requirement is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    NotMet,
    /// The other party's requirement.
    NotApplicable,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Met => "Met",
            Status::Partial => "Partly met",
            Status::NotMet => "Not met",
            Status::NotApplicable => "Not applicable",
        }
    }
}

/// Whether an item of evidence counts at the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Currency {
    Current,
    /// Past its `review_due` date.
    Overdue,
    /// Issued after the as-of date.
    NotYetIssued,
    /// Marked `draft: true`.
    Draft,
    /// An `ivaudit init` starter document whose prompts are still there.
    Starter,
}

impl Currency {
    pub fn of(e: &Evidence, as_of: Date) -> Currency {
        if e.draft {
            Currency::Draft
        } else if e.starter {
            Currency::Starter
        } else if e.issued > as_of {
            Currency::NotYetIssued
        } else if e.review_due.is_some_and(|due| due < as_of) {
            Currency::Overdue
        } else {
            Currency::Current
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Currency::Current => "current",
            Currency::Overdue => "review overdue",
            Currency::NotYetIssued => "issued after the as-of date",
            Currency::Draft => "draft",
            Currency::Starter => "unfilled starter document",
        }
    }
}

/// How a criterion was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShownHow {
    /// Its phrases occur in the document's text.
    Found,
    /// The document's metadata lists it under `shows`.
    Declared,
}

/// One criterion of a requirement and the evidence that shows it.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionResult {
    pub id: String,
    pub shows: String,
    pub safety: bool,
    /// Indices into the bundle's evidence, with how each shows it.
    pub shown_by: Vec<(usize, ShownHow)>,
}

/// The judgement on one requirement.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementResult {
    pub id: String,
    pub status: Status,
    /// Linked evidence (indices into the bundle's evidence) and its currency.
    pub cited: Vec<(usize, Currency)>,
    pub criteria: Vec<CriterionResult>,
    /// Plain sentences saying what is missing; empty when met.
    pub gaps: Vec<String>,
    /// Whether a register shows practice that puts children's safety at
    /// stake, whatever the policies say.
    pub practice_safety: bool,
}

impl RequirementResult {
    /// Whether a criterion that children's safety depends on is not shown.
    pub fn misses_safety_criterion(&self) -> bool {
        self.criteria.iter().any(|c| c.safety && c.shown_by.is_empty())
    }

    /// Whether any linked evidence counts at the as-of date.
    pub fn has_current_evidence(&self) -> bool {
        self.cited.iter().any(|(_, c)| *c == Currency::Current)
    }
}

/// `Title (path)`, the way gaps name a document.
fn name(e: &Evidence) -> String {
    format!("{} ({})", e.title, e.path)
}

fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Decides the status of `req` from the evidence linked to it (`linked`
/// holds indices into `evidence`), at `as_of`.
///
/// The rules, also printed in every report:
/// - not met: no evidence is linked, or only drafts, unfilled starter
///   documents or documents issued after the as-of date;
/// - partly met: the only evidence is past its review date, or current
///   evidence does not show every criterion;
/// - met: current evidence is linked and shows every criterion.
pub fn assess(req: &Requirement, linked: &[usize], evidence: &[Evidence], as_of: Date) -> RequirementResult {
    let cited: Vec<(usize, Currency)> = linked.iter().map(|&i| (i, Currency::of(&evidence[i], as_of))).collect();
    let current: Vec<usize> = cited.iter().filter(|(_, c)| *c == Currency::Current).map(|(i, _)| *i).collect();

    let criteria: Vec<CriterionResult> = req
        .criteria
        .iter()
        .map(|c| {
            let shown_by = current
                .iter()
                .filter_map(|&i| {
                    let e = &evidence[i];
                    if e.found.binary_search(&c.index).is_ok() {
                        Some((i, ShownHow::Found))
                    } else if e.declared.binary_search(&c.index).is_ok() {
                        Some((i, ShownHow::Declared))
                    } else {
                        None
                    }
                })
                .collect();
            CriterionResult { id: c.id.clone(), shows: c.shows.clone(), safety: c.safety, shown_by }
        })
        .collect();

    let mut gaps = Vec::new();
    for &(i, currency) in &cited {
        let e = &evidence[i];
        match currency {
            Currency::Current => {}
            Currency::Overdue => gaps.push(format!(
                "{} was due for review on {}.",
                name(e),
                e.review_due.map(|d| d.to_string()).unwrap_or_default()
            )),
            Currency::NotYetIssued => {
                gaps.push(format!("{} is dated {}, after the as-of date {as_of}, so it does not count.", name(e), e.issued))
            }
            Currency::Draft => gaps.push(format!("{} is marked as a draft, so it does not count yet.", name(e))),
            Currency::Starter => gaps.push(format!(
                "{} is still an ivaudit starter document (its starter note has not been removed), so it does not count yet.",
                name(e)
            )),
        }
    }

    let status = if cited.is_empty() {
        gaps.push("No evidence in the bundle is linked to this requirement.".to_string());
        Status::NotMet
    } else if current.is_empty() {
        if cited.iter().any(|(_, c)| *c == Currency::Overdue) { Status::Partial } else { Status::NotMet }
    } else {
        let missing: Vec<&CriterionResult> = criteria.iter().filter(|c| c.shown_by.is_empty()).collect();
        if missing.is_empty() {
            gaps.clear();
            Status::Met
        } else {
            let names: Vec<String> = current.iter().map(|&i| name(&evidence[i])).collect();
            let unread = current.iter().all(|&i| evidence[i].origin == Origin::Manifest);
            for c in missing {
                let sentence = if names.len() == 1 {
                    format!("{} does not show that {}.", names[0], c.shows)
                } else {
                    format!("None of the current evidence ({}) shows that {}.", list(&names), c.shows)
                };
                gaps.push(if unread {
                    format!(
                        "{sentence} The text of files described in evidence.yaml is not read: if the document does cover this, list {} under shows in its entry.",
                        c.id
                    )
                } else {
                    sentence
                });
            }
            Status::Partial
        }
    };
    RequirementResult { id: req.id.clone(), status, cited, criteria, gaps, practice_safety: false }
}

impl RequirementResult {
    /// Adds what the registers show. Practice that falls short makes a met
    /// requirement only partly met: a policy is not enough if the records
    /// contradict it.
    /// Each gap is its sentence and whether children's safety is at stake.
    pub fn add_practice_gaps<'a>(&mut self, gaps: impl IntoIterator<Item = (&'a str, bool)>) {
        for (text, safety) in gaps {
            if self.status == Status::Met {
                self.status = Status::Partial;
            }
            self.gaps.push(text.to_string());
            self.practice_safety |= safety;
        }
    }
}

/// The result for a requirement that binds the other party only.
pub fn not_applicable(req: &Requirement) -> RequirementResult {
    RequirementResult {
        id: req.id.clone(),
        status: Status::NotApplicable,
        cited: Vec::new(),
        criteria: Vec::new(),
        gaps: Vec::new(),
        practice_safety: false,
    }
}

//! The priorities for the next commissioning cycle: the audit's priority
//! actions and areas for improvement, written for the commissioning report.
//!
//! A published priority is never a copy of the audit's sentence. The audit
//! names documents by title and path and cites register lines with exact
//! counts, any of which can identify a child. A published priority is
//! written instead from structured facts: the standard and requirement from
//! the catalog, the kind of shortfall in fixed words, criteria in the
//! catalog's own words, and a register's shortfall as its fixed measure with
//! a count and base that have passed disclosure control. An internal
//! document keeps the audit's sentences, exact figures, titles and lines.

use serde::Serialize;

use super::disclosure::{self, Mode};
use crate::assess::indicators::GapFact;
use crate::assess::{Assessment, Currency, FindingKind, RequirementResult, Status};
use crate::catalog::{Catalog, Kind, Requirement};
use crate::text::capitalise;

/// One priority for the next commissioning cycle.
#[derive(Debug, Clone, Serialize)]
pub struct Priority {
    pub kind: FindingKind,
    pub kind_label: &'static str,
    pub standard_number: u32,
    pub standard_title: String,
    pub requirement: String,
    /// The requirement as the catalog words it: its ID, who it binds or
    /// its legal basis, and its first sentence.
    pub requirement_label: String,
    /// `not met` or `partly met`.
    pub status: &'static str,
    /// What falls short, one sentence each.
    pub shortfalls: Vec<String>,
    /// Why it is a priority action, when it is one.
    pub why: Option<&'static str>,
}

/// The audit's priority actions and areas for improvement, in the audit's
/// order, each written for `mode`.
pub fn priorities(catalog: &Catalog, assessment: &Assessment, mode: Mode) -> Vec<Priority> {
    assessment
        .findings
        .iter()
        .filter(|f| matches!(f.kind, FindingKind::PriorityAction | FindingKind::AreaForImprovement))
        .filter_map(|f| {
            let id = f.requirement.as_deref()?;
            let req = catalog.requirement(id)?;
            let standard = catalog.standard(&f.standard)?;
            let result = assessment.standards.iter().flat_map(|s| &s.requirements).find(|r| r.id == id)?;
            let shortfalls = match mode {
                Mode::Internal => result.gaps.clone(),
                Mode::Publication => published_shortfalls(catalog, assessment, req, result),
            };
            Some(Priority {
                kind: f.kind,
                kind_label: f.kind.label(),
                standard_number: standard.number,
                standard_title: standard.title.clone(),
                requirement: req.id.clone(),
                requirement_label: requirement_label(req),
                status: if result.status == Status::NotMet { "not met" } else { "partly met" },
                shortfalls,
                why: match (f.kind, req.kind) {
                    (FindingKind::PriorityAction, Kind::Statutory) => {
                        Some("This is a priority because it is a duty in law.")
                    }
                    (FindingKind::PriorityAction, _) => {
                        Some("This is a priority because children's safety depends on it.")
                    }
                    _ => None,
                },
            })
        })
        .collect()
}

/// `S05.P1 (IV service provider will: “...”)`, or for a duty in law
/// `The statutory duty CoP.335 (Part 6 Code of Practice: “...”)`.
fn requirement_label(req: &Requirement) -> String {
    let quote = crate::assess::quote(&req.text);
    match req.kind {
        Kind::Statutory => {
            format!("The statutory duty {} ({}: “{quote}”)", req.id, req.legal_basis.as_deref().unwrap_or("in law"))
        }
        _ => format!("{} ({} will: “{quote}”)", req.id, capitalise(req.party.noun())),
    }
}

/// The shortfalls of one requirement from structured facts alone: which
/// evidence is missing or stale in fixed words (never a title or path),
/// the criteria not shown in the catalog's words, register shortfalls with
/// counts under disclosure control (never a line), and specification
/// clauses by the catalog's titles.
fn published_shortfalls(
    catalog: &Catalog,
    assessment: &Assessment,
    req: &Requirement,
    result: &RequirementResult,
) -> Vec<String> {
    let mut out = Vec::new();
    let has = |c: Currency| result.cited.iter().any(|(_, cur)| *cur == c);
    if result.cited.is_empty() {
        out.push("No evidence is linked to this requirement.".to_string());
    } else if !result.has_current_evidence() {
        if has(Currency::Overdue) {
            out.push("The only evidence linked that could count is past its review date.".to_string());
        } else {
            let mut kinds = Vec::new();
            if has(Currency::Draft) {
                kinds.push("drafts");
            }
            if has(Currency::Starter) {
                kinds.push("unfilled starter documents");
            }
            if has(Currency::NotYetIssued) {
                kinds.push("documents dated after the as-of date");
            }
            out.push(format!("None of the evidence linked counts yet ({}).", or_list(&kinds)));
        }
    } else {
        for c in result.criteria.iter().filter(|c| c.shown_by.is_empty()) {
            out.push(format!("Current documents do not show that {}.", c.shows));
        }
    }
    for gap in assessment.practice_gaps.iter().filter(|g| g.requirement == req.id) {
        out.push(published_fact(&gap.fact));
    }
    if let Some(spec) = &assessment.specification {
        let clauses = catalog.clauses.iter().filter(|c| c.requirement == req.id);
        if spec.documents.is_empty() {
            if clauses.count() > 0 {
                out.push("There is no current service specification (a document of kind specification), so the clauses the standards require in it cannot be checked.".to_string());
            }
        } else {
            for clause in clauses {
                let found = spec.clauses.iter().any(|c| c.id == clause.id && !c.found_in.is_empty());
                if !found {
                    out.push(format!(
                        "The current service specification has no clause on {} ({}).",
                        clause.title.to_lowercase(),
                        clause.source
                    ));
                }
            }
        }
    }
    if out.is_empty() {
        // Every status the audit gives has a reason above; this keeps a
        // priority from ever standing without one.
        out.push("The inspection report gives the detail.".to_string());
    }
    out
}

/// A practice gap for publication: its fixed words, and its count and base
/// as published. The share is given only where disclosure control allows.
pub fn published_fact(fact: &GapFact) -> String {
    match fact {
        GapFact::Statement(text) => (*text).to_string(),
        GapFact::Shortfall { registers, measure, count, base, base_phrase } => {
            let count = disclosure::count(*count as u64, Mode::Publication);
            let base = disclosure::count(*base as u64, Mode::Publication);
            let share = disclosure::percent(&count, &base);
            let share = if share.ends_with('%') { format!(", {share}") } else { String::new() };
            format!(
                "Records show practice falling short ({registers}): {measure}: {} of {} {base_phrase}{share}.",
                count.shown, base.shown
            )
        }
    }
}

fn or_list(items: &[&str]) -> String {
    match items {
        [] => "not current".to_string(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shortfall(count: usize, base: usize) -> GapFact {
        GapFact::Shortfall {
            registers: "registers/children.csv",
            measure: "children waiting at the as-of date who had been referred more than 12 months earlier".into(),
            count,
            base,
            base_phrase: "children waiting",
        }
    }

    #[test]
    fn a_small_shortfall_is_published_as_a_star_with_its_base_rounded() {
        let text = published_fact(&shortfall(1, 8));
        assert_eq!(
            text,
            "Records show practice falling short (registers/children.csv): children waiting at the as-of date who had been referred more than 12 months earlier: * of 10 children waiting."
        );
    }

    #[test]
    fn a_share_is_given_only_on_a_published_base_of_20_or_more() {
        assert!(published_fact(&shortfall(12, 41)).ends_with(": 10 of 40 children waiting, 25%."));
        assert!(published_fact(&shortfall(6, 12)).ends_with(": 5 of 10 children waiting."));
        assert!(published_fact(&shortfall(2, 41)).ends_with(": * of 40 children waiting."));
    }
}

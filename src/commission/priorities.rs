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
use crate::catalog::{Catalog, Kind, Party, Requirement};
use crate::locale::Messages;
use crate::msg;

/// One priority for the next commissioning cycle.
#[derive(Debug, Clone, Serialize)]
pub struct Priority {
    pub kind: FindingKind,
    pub kind_label: String,
    pub standard_number: u32,
    pub standard_title: String,
    pub requirement: String,
    /// The requirement as the catalog words it: its ID, who it binds or
    /// its legal basis, and its first sentence.
    pub requirement_label: String,
    /// `not met` or `partly met`, in the document's language.
    pub status: String,
    /// What falls short, one sentence each.
    pub shortfalls: Vec<String>,
    /// Why it is a priority action, when it is one.
    pub why: Option<String>,
}

/// The audit's priority actions and areas for improvement, in the audit's
/// order, each written for `mode`, in the language of `m`: fixed words from its messages,
/// the catalog's words in that language where the catalog has them (else
/// marked as English).
pub fn priorities_in(catalog: &Catalog, assessment: &Assessment, mode: Mode, m: &Messages) -> Vec<Priority> {
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
                Mode::Publication => published_shortfalls(catalog, assessment, req, result, m),
            };
            let kind_label = match f.kind {
                FindingKind::PriorityAction => "com-kind-priority-action",
                _ => "com-kind-area-for-improvement",
            };
            Some(Priority {
                kind: f.kind,
                kind_label: m.get(kind_label),
                standard_number: standard.number,
                standard_title: m.pick(&standard.title, standard.title_cy.as_deref()),
                requirement: req.id.clone(),
                requirement_label: requirement_label(req, m),
                status: m.get(if result.status == Status::NotMet {
                    "com-status-not-met"
                } else {
                    "com-status-partly-met"
                }),
                shortfalls,
                why: match (f.kind, req.kind) {
                    (FindingKind::PriorityAction, Kind::Statutory) => Some(m.get("com-why-duty")),
                    (FindingKind::PriorityAction, _) => Some(m.get("com-why-safety")),
                    _ => None,
                },
            })
        })
        .collect()
}

/// `S05.P1 (IV service provider will: “...”)`, or for a duty in law
/// `The statutory duty CoP.335 (Part 6 Code of Practice: “...”)`.
fn requirement_label(req: &Requirement, m: &Messages) -> String {
    let quote = m.pick(&crate::assess::quote(&req.text), req.text_cy.as_deref().map(crate::assess::quote).as_deref());
    match req.kind {
        Kind::Statutory => {
            let basis = match req.legal_basis.as_deref() {
                Some(l) => m.pick(l, None),
                None => m.get("com-requirement-in-law"),
            };
            msg!(m, "com-requirement-statutory", id = req.id.as_str(), basis = basis, quote = quote)
        }
        _ => {
            let party = match req.party {
                Party::Authority => "com-party-authority",
                Party::Provider => "com-party-provider",
                Party::Both => "com-party-both",
            };
            msg!(m, "com-requirement-party", id = req.id.as_str(), party = m.get(party), quote = quote)
        }
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
    m: &Messages,
) -> Vec<String> {
    let mut out = Vec::new();
    let has = |c: Currency| result.cited.iter().any(|(_, cur)| *cur == c);
    if result.cited.is_empty() {
        out.push(m.get("com-short-no-evidence"));
    } else if !result.has_current_evidence() {
        if has(Currency::Overdue) {
            out.push(m.get("com-short-overdue"));
        } else {
            let mut kinds = Vec::new();
            if has(Currency::Draft) {
                kinds.push(m.get("com-short-drafts"));
            }
            if has(Currency::Starter) {
                kinds.push(m.get("com-short-starters"));
            }
            if has(Currency::NotYetIssued) {
                kinds.push(m.get("com-short-not-issued"));
            }
            out.push(msg!(m, "com-short-not-counting", kinds = or_list(&kinds, m)));
        }
    } else {
        for c in result.criteria.iter().filter(|c| c.shown_by.is_empty()) {
            // The criterion's own words, found in the catalog by its id.
            let welsh = req.criteria.iter().find(|k| k.id == c.id).and_then(|k| k.shows_cy.as_deref());
            out.push(msg!(m, "com-short-criterion", shows = m.pick(&c.shows, welsh)));
        }
    }
    for gap in assessment.practice_gaps.iter().filter(|g| g.requirement == req.id) {
        out.push(published_fact_in(&gap.fact, m));
    }
    if let Some(spec) = &assessment.specification {
        let clauses = catalog.clauses.iter().filter(|c| c.requirement == req.id);
        if spec.documents.is_empty() {
            if clauses.count() > 0 {
                out.push(m.get("com-short-no-specification"));
            }
        } else {
            for clause in clauses {
                let found = spec.clauses.iter().any(|c| c.id == clause.id && !c.found_in.is_empty());
                if !found {
                    let title = m.pick(&clause.title, clause.title_cy.as_deref());
                    out.push(msg!(
                        m,
                        "com-short-no-clause",
                        clause = title.to_lowercase(),
                        source = m.pick(&clause.source, None)
                    ));
                }
            }
        }
    }
    if out.is_empty() {
        // Every status the audit gives has a reason above; this keeps a
        // priority from ever standing without one.
        out.push(m.get("com-short-see-report"));
    }
    out
}

/// A practice gap for publication: its fixed words, and its count and base
/// as published. The share is given only where disclosure control allows.
pub fn published_fact(fact: &GapFact) -> String {
    published_fact_in(fact, &Messages::english())
}

/// [`published_fact`] in the language of `m`. The measure and statement
/// are worded by `assess::indicators`.
pub fn published_fact_in(fact: &GapFact, m: &Messages) -> String {
    match fact {
        GapFact::Statement(text) => text.clone(),
        GapFact::Shortfall { registers, measure, count, base, base_phrase } => {
            let count = disclosure::count(*count as u64, Mode::Publication);
            let base = disclosure::count(*base as u64, Mode::Publication);
            let share = disclosure::percent(&count, &base);
            let id = if share.ends_with('%') { "com-short-records-share" } else { "com-short-records" };
            msg!(
                m,
                id,
                registers = registers.as_str(),
                measure = measure.as_str(),
                count = count.shown,
                base = base.shown,
                base_phrase = base_phrase.as_str(),
                share = share
            )
        }
    }
}

/// "a, b or c" in the language of `m`.
fn or_list(items: &[String], m: &Messages) -> String {
    match items {
        [] => m.get("com-short-not-current"),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), m.get("com-or")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shortfall(count: usize, base: usize) -> GapFact {
        GapFact::Shortfall {
            registers: "registers/children.csv".into(),
            measure: "children waiting at the as-of date who had been referred more than 12 months earlier".into(),
            count,
            base,
            base_phrase: "children waiting".into(),
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

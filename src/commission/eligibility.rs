//! Eligibility (Appendix C): whether the best-interests case for an
//! Independent Visitor is made for each assessed child, whether consent
//! allows an appointment, and who has not been assessed or is overdue a
//! review. The rolled-up count of children for whom an IV is indicated is
//! where the needs analysis starts.
//!
//! Rules (printed in the report):
//! - each child is judged on their latest assessment;
//! - an IV is *indicated* when at least one Appendix C factor is ticked and
//!   the decision is not `not_now` (a `declined` decision records that the
//!   case was made but the child said no);
//! - an IV *can be appointed* when it is indicated, the child does not
//!   object, and the decision is not `declined`: Part 6 Code of Practice,
//!   para 335, forbids appointing where a child with sufficient
//!   understanding objects;
//! - a review is overdue when `next_review` is before the as-of date.

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

use crate::bundle::Bundle;
use crate::bundle::registers::{Assessor, ChildView, Decision, EligibilityAssessment, FACTORS};
use crate::date::Date;
use crate::locale::Messages;
use crate::msg;

/// One ticked factor.
#[derive(Debug, Clone, Serialize)]
pub struct Factor {
    pub key: &'static str,
    /// The factor in the report's language.
    pub label: String,
}

/// The judgement for one child.
#[derive(Debug, Clone, Serialize)]
pub struct ChildEligibility {
    pub child_ref: String,
    pub assessed_on: Date,
    pub assessed_by: Option<Assessor>,
    /// Who assessed, in words ("IRO", "Social worker").
    pub assessed_by_label: Option<String>,
    pub age: Option<u32>,
    pub factors: Vec<Factor>,
    pub child_view: Option<ChildView>,
    pub decision: Decision,
    pub indicated: bool,
    pub can_appoint: bool,
    pub next_review: Option<Date>,
    pub review_overdue: bool,
    /// Why, in a sentence.
    pub finding: String,
    /// The register line of the assessment judged.
    pub line: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub assessed: usize,
    pub indicated: usize,
    pub can_appoint: usize,
    /// Indicated, but the child objects or declined.
    pub objects_or_declined: usize,
    pub reviews_overdue: usize,
    /// Referred children aged 7 or over in `children.csv` with no assessment.
    pub referred_never_assessed: usize,
    /// Children over 7 in `population.yaml` less those assessed, where known.
    pub over_7_never_assessed: Option<usize>,
}

/// The eligibility picture at the as-of date.
#[derive(Debug, Clone, Serialize)]
pub struct Eligibility {
    pub as_of: Date,
    pub children: Vec<ChildEligibility>,
    /// References of referred children aged 7 or over never assessed.
    pub never_assessed: Vec<String>,
    pub summary: Summary,
    /// The arithmetic behind `over_7_never_assessed`, in words.
    pub over_7_basis: String,
    pub rules: Vec<String>,
}

/// The rules the report prints, as message ids.
const RULES: &[&str] =
    &["elig-rule-latest", "elig-rule-indicated", "elig-rule-can-appoint", "elig-rule-over-7", "elig-rule-overdue"];

fn finding(a: &EligibilityAssessment, indicated: bool, can_appoint: bool, m: &Messages) -> String {
    let factors = a.factors.len();
    if can_appoint {
        return msg!(m, "elig-finding-can-appoint", factors = factors);
    }
    if indicated {
        return match (a.child_view, a.decision) {
            (Some(ChildView::Objects), _) => msg!(m, "elig-finding-objects", factors = factors),
            (_, Decision::Declined) => msg!(m, "elig-finding-declined", factors = factors),
            _ => m.get("elig-finding-made"),
        };
    }
    match (a.factors.is_empty(), a.decision) {
        (true, Decision::Refer) => m.get("elig-finding-referred-without-factor"),
        (true, _) => m.get("elig-finding-no-factor"),
        (false, _) => msg!(m, "elig-finding-not-now", factors = factors),
    }
}

/// An assessor as a report prints it: a word, not the register's code.
fn assessor_label(a: Assessor, m: &Messages) -> String {
    m.get(match a {
        Assessor::SocialWorker => "elig-assessor-social-worker",
        Assessor::Iro => "elig-assessor-iro",
        Assessor::Provider => "elig-assessor-provider",
    })
}

/// A factor of the Appendix C tool in the report's language: the message
/// `elig-factor-<key>`, or the register's English words for a factor with
/// no message.
fn factor_label(key: &str, english: &str, m: &Messages) -> String {
    let id = format!("elig-factor-{}", key.replace('_', "-"));
    if m.has(&id) { m.get(&id) } else { m.foreign(english, crate::locale::Lang::En) }
}

/// Judges every assessed child at `as_of`, in English. `None` without an
/// assessments register.
pub fn assess(bundle: &Bundle, as_of: Date) -> Option<Eligibility> {
    assess_in(bundle, as_of, &Messages::english())
}

/// [`assess`] with its words (findings, labels, rules) from `m`.
pub fn assess_in(bundle: &Bundle, as_of: Date, m: &Messages) -> Option<Eligibility> {
    let assessments = bundle.registers.assessments.as_ref()?;
    let mut latest: BTreeMap<&str, &EligibilityAssessment> = BTreeMap::new();
    for a in assessments.iter().filter(|a| a.assessed_on <= as_of) {
        let e = latest.entry(a.child_ref.as_str()).or_insert(a);
        if a.assessed_on > e.assessed_on {
            *e = a;
        }
    }
    let children: Vec<ChildEligibility> = latest
        .values()
        .map(|a| {
            let indicated = !a.factors.is_empty() && a.decision != Decision::NotNow;
            let can_appoint = indicated && a.child_view != Some(ChildView::Objects) && a.decision != Decision::Declined;
            ChildEligibility {
                child_ref: a.child_ref.clone(),
                assessed_on: a.assessed_on,
                assessed_by: a.assessed_by,
                assessed_by_label: a.assessed_by.map(|by| assessor_label(by, m)),
                age: a.age,
                factors: FACTORS
                    .iter()
                    .filter(|(k, _)| a.factors.contains(k))
                    .map(|(key, label)| Factor { key, label: factor_label(key, label, m) })
                    .collect(),
                child_view: a.child_view,
                decision: a.decision,
                indicated,
                can_appoint,
                next_review: a.next_review,
                review_overdue: a.next_review.is_some_and(|n| n < as_of),
                finding: finding(a, indicated, can_appoint, m),
                line: a.line,
            }
        })
        .collect();

    let assessed: BTreeSet<&str> = latest.keys().copied().collect();
    let never_assessed: Vec<String> = bundle
        .registers
        .children
        .iter()
        .flatten()
        .filter(|r| r.age.is_some_and(|a| a >= 7) && !assessed.contains(r.child_ref.as_str()))
        .map(|r| r.child_ref.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let assessed_over_7 = children.iter().filter(|c| c.age.is_some_and(|a| a >= 7)).count();
    let (over_7_never_assessed, over_7_basis) = match bundle.registers.population.as_ref().and_then(|p| p.over_7) {
        Some(over_7) => (
            Some((over_7 as usize).saturating_sub(assessed_over_7)),
            msg!(m, "elig-over-7-basis", over_7 = over_7.to_string(), assessed = assessed_over_7.to_string()),
        ),
        None => (None, m.get("elig-over-7-unknown")),
    };
    let summary = Summary {
        assessed: children.len(),
        indicated: children.iter().filter(|c| c.indicated).count(),
        can_appoint: children.iter().filter(|c| c.can_appoint).count(),
        objects_or_declined: children.iter().filter(|c| c.indicated && !c.can_appoint).count(),
        reviews_overdue: children.iter().filter(|c| c.review_overdue).count(),
        referred_never_assessed: never_assessed.len(),
        over_7_never_assessed,
    };
    Some(Eligibility {
        as_of,
        children,
        never_assessed,
        summary,
        over_7_basis,
        rules: RULES.iter().map(|id| m.get(id)).collect(),
    })
}

//! Ratings on Care Inspectorate Wales' four-level scale, and the rules that
//! decide them. The rules are data so that every report can print them.

use serde::Serialize;

use super::status::{RequirementResult, Status};
use crate::catalog::{Kind, Requirement};

/// CIW's published rating scale, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Excellent,
    Good,
    RequiresImprovement,
    RequiresSignificantImprovement,
}

impl Rating {
    pub fn label(self) -> &'static str {
        match self {
            Rating::Excellent => "Excellent",
            Rating::Good => "Good",
            Rating::RequiresImprovement => "Requires improvement",
            Rating::RequiresSignificantImprovement => "Requires significant improvement",
        }
    }
}

/// One rule as printed in reports.
#[derive(Debug, Clone, Serialize)]
pub struct RatingRule {
    pub rating: Rating,
    pub label: &'static str,
    pub rule: &'static str,
}

/// The rules, checked from the top: the first that holds gives the rating.
pub fn rules() -> Vec<RatingRule> {
    let rule = |rating: Rating, rule| RatingRule { rating, label: rating.label(), rule };
    vec![
        rule(
            Rating::RequiresSignificantImprovement,
            "A statutory duty that applies is not fully met, an obligation on which children's safety depends has no evidence that counts, current evidence leaves out a specific the obligation's own words make safety-critical, a register shows practice that puts children's safety at stake (such as a matched volunteer without an enhanced DBS check), or no obligation that applies is met at all.",
        ),
        rule(
            Rating::RequiresImprovement,
            "Any statutory duty or obligation that applies is partly met or not met, or current evidence leaves out a good-practice specific of an obligation on which children's safety depends.",
        ),
        rule(
            Rating::Good,
            "Every statutory duty and obligation that applies is met with current evidence, on its own words, and no safety-critical good-practice specific is missing.",
        ),
        rule(
            Rating::Excellent,
            "As for Good, and every good-practice pointer that applies is met, and every good-practice specific of an obligation is shown, with current evidence too.",
        ),
    ]
}

/// Whether an unmet requirement puts a child's safety or a statutory duty at
/// stake, which makes it a priority action: a statutory duty not fully met,
/// a safety obligation with no evidence that counts, or current evidence
/// that leaves out a safety specific, or a register showing practice that
/// puts children at risk (a matched volunteer without an enhanced DBS check).
/// A safety policy that is merely past its review date is an area for
/// improvement, not a priority.
pub fn is_priority(req: &Requirement, result: &RequirementResult) -> bool {
    match (req.kind, result.status) {
        (_, Status::Met | Status::NotApplicable) | (Kind::GoodPractice, _) => false,
        (Kind::Statutory, _) => true,
        (Kind::Obligation, _) if result.practice_safety => true,
        (Kind::Obligation, Status::NotMet) => req.safety || result.criteria.iter().any(|c| c.safety),
        (Kind::Obligation, Status::Partial) => result.has_current_evidence() && result.misses_safety_criterion(),
    }
}

/// Rates one standard from its requirements' results, with the reason.
/// `None` when nothing in the standard applies to the bundle's role.
pub fn rate(pairs: &[(&Requirement, &RequirementResult)]) -> Option<(Rating, String)> {
    let applies = |k: Kind| pairs.iter().filter(move |(r, res)| r.kind == k && res.status != Status::NotApplicable);
    let binding: Vec<_> = applies(Kind::Statutory).chain(applies(Kind::Obligation)).collect();
    if binding.is_empty() {
        return None;
    }
    let obligations: Vec<_> = applies(Kind::Obligation).collect();
    let priorities: Vec<&str> =
        binding.iter().filter(|(r, res)| is_priority(r, res)).map(|(r, _)| r.id.as_str()).collect();
    if !priorities.is_empty() {
        return Some((
            Rating::RequiresSignificantImprovement,
            format!("priority action needed on {}", priorities.join(", ")),
        ));
    }
    if !obligations.is_empty() && obligations.iter().all(|(_, res)| res.status == Status::NotMet) {
        return Some((Rating::RequiresSignificantImprovement, "none of the obligations that apply is met".to_string()));
    }
    let unmet: Vec<&str> =
        binding.iter().filter(|(_, res)| res.status != Status::Met).map(|(r, _)| r.id.as_str()).collect();
    if !unmet.is_empty() {
        return Some((Rating::RequiresImprovement, format!("not fully met: {}", unmet.join(", "))));
    }
    let safety_specifics: Vec<&str> = binding
        .iter()
        .flat_map(|(_, res)| res.specifics.iter().filter(|g| g.safety).map(|g| g.criterion.as_str()))
        .collect();
    if !safety_specifics.is_empty() {
        return Some((
            Rating::RequiresImprovement,
            format!("safety-critical good practice not shown: {}", safety_specifics.join(", ")),
        ));
    }
    let gp: Vec<_> = applies(Kind::GoodPractice).collect();
    let gp_unmet = gp.iter().filter(|(_, res)| res.status != Status::Met).count();
    let specifics: usize = binding.iter().map(|(_, res)| res.specifics.len()).sum();
    if gp_unmet == 0 && specifics == 0 {
        Some((
            Rating::Excellent,
            "every statutory duty, obligation and good-practice pointer that applies is met".to_string(),
        ))
    } else {
        let also = if specifics > 0 {
            format!("; {} good-practice specifics of obligations are not shown", specifics)
        } else {
            String::new()
        };
        Some((
            Rating::Good,
            format!(
                "every statutory duty and obligation that applies is met; {} of {} good-practice pointers are met{also}",
                gp.len() - gp_unmet,
                gp.len()
            ),
        ))
    }
}

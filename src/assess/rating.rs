//! Ratings on Care Inspectorate Wales' four-level scale, and the rules that
//! decide them. The rules are data so that every report can print them.

use serde::Serialize;

use super::status::{RequirementResult, Status};
use crate::catalog::{Kind, Requirement};
use crate::locale::Messages;
use crate::msg;

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
    /// The message that names the rating ("Requires improvement").
    pub fn message_id(self) -> &'static str {
        match self {
            Rating::Excellent => "find-rating-excellent",
            Rating::Good => "find-rating-good",
            Rating::RequiresImprovement => "find-rating-requires-improvement",
            Rating::RequiresSignificantImprovement => "find-rating-requires-significant-improvement",
        }
    }

    /// The rating in the language of `messages`.
    pub fn label_in(self, messages: &Messages) -> String {
        messages.get(self.message_id())
    }
}

/// One rule as printed in reports.
#[derive(Debug, Clone, Serialize)]
pub struct RatingRule {
    pub rating: Rating,
    pub label: String,
    pub rule: String,
}

/// The rules, checked from the top: the first that holds gives the rating.
///
/// In the language of `messages`.
pub fn rules_in(messages: &Messages) -> Vec<RatingRule> {
    let rule =
        |rating: Rating, id: &str| RatingRule { rating, label: rating.label_in(messages), rule: messages.get(id) };
    vec![
        rule(Rating::RequiresSignificantImprovement, "find-rating-rule-requires-significant-improvement"),
        rule(Rating::RequiresImprovement, "find-rating-rule-requires-improvement"),
        rule(Rating::Good, "find-rating-rule-good"),
        rule(Rating::Excellent, "find-rating-rule-excellent"),
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
    rate_in(pairs, &Messages::english())
}

/// [`rate`], its reason in the language of `messages`.
pub fn rate_in(pairs: &[(&Requirement, &RequirementResult)], messages: &Messages) -> Option<(Rating, String)> {
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
            msg!(messages, "find-reason-priority", ids = priorities.join(", ")),
        ));
    }
    if !obligations.is_empty() && obligations.iter().all(|(_, res)| res.status == Status::NotMet) {
        return Some((Rating::RequiresSignificantImprovement, messages.get("find-reason-none-met")));
    }
    let unmet: Vec<&str> =
        binding.iter().filter(|(_, res)| res.status != Status::Met).map(|(r, _)| r.id.as_str()).collect();
    if !unmet.is_empty() {
        return Some((
            Rating::RequiresImprovement,
            msg!(messages, "find-reason-not-fully-met", ids = unmet.join(", ")),
        ));
    }
    let safety_specifics: Vec<&str> = binding
        .iter()
        .flat_map(|(_, res)| res.specifics.iter().filter(|g| g.safety).map(|g| g.criterion.as_str()))
        .collect();
    if !safety_specifics.is_empty() {
        return Some((
            Rating::RequiresImprovement,
            msg!(messages, "find-reason-safety-specifics", ids = safety_specifics.join(", ")),
        ));
    }
    let gp: Vec<_> = applies(Kind::GoodPractice).collect();
    let gp_unmet = gp.iter().filter(|(_, res)| res.status != Status::Met).count();
    let specifics: usize = binding.iter().map(|(_, res)| res.specifics.len()).sum();
    if gp_unmet == 0 && specifics == 0 {
        Some((Rating::Excellent, messages.get("find-reason-excellent")))
    } else {
        Some((
            Rating::Good,
            msg!(messages, "find-reason-good", met = gp.len() - gp_unmet, total = gp.len(), specifics = specifics),
        ))
    }
}

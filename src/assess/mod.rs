//! Judging a bundle against the catalog: a status for every requirement, a
//! rating for every standard, and findings in CIW's vocabulary.

pub mod rating;
pub mod status;

use serde::Serialize;
use std::collections::HashMap;

use crate::bundle::Bundle;
use crate::catalog::{Catalog, Kind, Party, Requirement, Standard};
use crate::date::Date;
pub use rating::{Rating, RatingRule};
pub use status::{Currency, RequirementResult, ShownHow, Status};

/// CIW's kinds of finding, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// A child's safety or a statutory duty is at stake.
    PriorityAction,
    /// An obligation under the standards is not fully met.
    AreaForImprovement,
    /// A good-practice pointer is not met.
    Recommendation,
    /// Practice worth sharing.
    Strength,
}

impl FindingKind {
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::PriorityAction => "Priority action",
            FindingKind::AreaForImprovement => "Area for improvement",
            FindingKind::Recommendation => "Recommendation",
            FindingKind::Strength => "Strength",
        }
    }
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub standard: String,
    pub kind: FindingKind,
    pub requirement: Option<String>,
    pub text: String,
}

/// The judgement on one standard.
#[derive(Debug, Clone, Serialize)]
pub struct StandardResult {
    pub id: String,
    pub rating: Option<Rating>,
    /// Why the rating is what it is, in a phrase.
    pub reason: String,
    pub requirements: Vec<RequirementResult>,
}

/// The whole judgement.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub as_of: Date,
    pub role: Party,
    pub standards: Vec<StandardResult>,
    /// Sorted by standard, then seriousness, then requirement order.
    pub findings: Vec<Finding>,
}

/// Assesses `bundle` against `catalog` at `as_of`.
pub fn assess(catalog: &Catalog, bundle: &Bundle, as_of: Date) -> Assessment {
    let role = bundle.meta.role;
    // Evidence linked to each ID, whether a requirement or a whole standard.
    let mut links: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in bundle.evidence.iter().enumerate() {
        for id in &e.links {
            links.entry(id.as_str()).or_default().push(i);
        }
    }
    let mut standards = Vec::new();
    let mut findings = Vec::new();
    for standard in &catalog.standards {
        let whole = links.get(standard.id.as_str()).cloned().unwrap_or_default();
        let results: Vec<RequirementResult> = standard
            .requirements
            .iter()
            .map(|req| {
                if !req.applies_to(role) {
                    return status::not_applicable(req);
                }
                let mut linked = whole.clone();
                linked.extend(links.get(req.id.as_str()).into_iter().flatten().copied());
                linked.sort_unstable();
                linked.dedup();
                status::assess(req, &linked, &bundle.evidence, as_of)
            })
            .collect();
        let pairs: Vec<(&Requirement, &RequirementResult)> = standard.requirements.iter().zip(&results).collect();
        let rated = rating::rate(&pairs);
        findings.extend(standard_findings(standard, &pairs, rated.as_ref().map(|(r, _)| *r)));
        let (rating, reason) = match rated {
            Some((r, why)) => (Some(r), why),
            None => (None, "nothing in this standard applies to the bundle's role".to_string()),
        };
        standards.push(StandardResult { id: standard.id.clone(), rating, reason, requirements: results });
    }
    Assessment { as_of, role, standards, findings }
}

/// The first sentence of a requirement's text, for quoting in a finding.
fn quote(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = flat.find(['•', ':']).map(|i| (i, true)).or_else(|| flat.find(". ").map(|i| (i + 1, false)));
    match cut {
        Some((i, true)) => format!("{} …", flat[..i].trim_end()),
        Some((i, false)) if i < flat.len() => format!("{} …", &flat[..i]),
        _ => flat,
    }
}

fn standard_findings(standard: &Standard, pairs: &[(&Requirement, &RequirementResult)], rating: Option<Rating>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (req, res) in pairs {
        let state = match res.status {
            Status::NotMet => "is not met",
            Status::Partial => "is partly met",
            Status::Met | Status::NotApplicable => continue,
        };
        let kind = if rating::is_priority(req, res) {
            FindingKind::PriorityAction
        } else if req.kind == Kind::GoodPractice {
            FindingKind::Recommendation
        } else {
            FindingKind::AreaForImprovement
        };
        let what = match req.kind {
            Kind::Statutory => format!("The statutory duty {} ({})", req.id, req.legal_basis.as_deref().unwrap_or("")),
            Kind::Obligation => format!("{} ({} will: “{}”)", req.id, capitalise(req.party.noun()), quote(&req.text)),
            Kind::GoodPractice => format!("Good practice {} (“{}”)", req.id, quote(&req.text)),
        };
        let why = match (kind, req.kind) {
            (FindingKind::PriorityAction, Kind::Statutory) => " This is a priority because it is a duty in law.",
            (FindingKind::PriorityAction, _) => " This is a priority because children's safety depends on it.",
            _ => "",
        };
        out.push(Finding {
            standard: standard.id.clone(),
            kind,
            requirement: Some(req.id.clone()),
            text: format!("{what} {state}. {}{why}", res.gaps.join(" ")),
        });
    }
    if matches!(rating, Some(Rating::Good | Rating::Excellent)) {
        let gp_met: Vec<&str> = pairs
            .iter()
            .filter(|(r, res)| r.kind == Kind::GoodPractice && res.status == Status::Met)
            .map(|(r, _)| r.id.as_str())
            .collect();
        let text = if gp_met.is_empty() {
            format!("Standard {} ({}) is well evidenced: every duty and obligation that applies is met with current evidence.", standard.number, standard.title)
        } else {
            format!(
                "Standard {} ({}) is well evidenced: every duty and obligation that applies is met with current evidence, and good practice is shown in {}.",
                standard.number,
                standard.title,
                gp_met.join(", ")
            )
        };
        out.push(Finding { standard: standard.id.clone(), kind: FindingKind::Strength, requirement: None, text });
    }
    // Stable order: seriousness first, then the requirement order above.
    out.sort_by_key(|f| f.kind);
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quotes_the_first_sentence() {
        assert_eq!(quote("Publicise IV services."), "Publicise IV services.");
        assert_eq!(quote("One thing. Another thing."), "One thing. …");
        assert_eq!(quote("Must not be appointed:\n• a member"), "Must not be appointed …");
    }
}

//! Judging a bundle against the catalog: a status for every requirement, a
//! rating for every standard, and findings in CIW's vocabulary.

pub mod indicators;
pub mod rating;
pub mod specification;
pub mod status;

use serde::Serialize;
use std::collections::HashMap;

use crate::bundle::Bundle;
use crate::catalog::{Catalog, Kind, Party, Requirement, Standard};
use crate::date::Date;
use crate::locale::Messages;
use crate::msg;
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
    /// The message that names the kind ("Priority action").
    pub fn message_id(self) -> &'static str {
        match self {
            FindingKind::PriorityAction => "find-kind-priority-action",
            FindingKind::AreaForImprovement => "find-kind-area-for-improvement",
            FindingKind::Recommendation => "find-kind-recommendation",
            FindingKind::Strength => "find-kind-strength",
        }
    }

    /// The kind in the language of `messages`.
    pub fn label_in(self, messages: &Messages) -> String {
        messages.get(self.message_id())
    }

    /// The months a service is given to act on a finding of this kind, from
    /// the as-of date: CIW expects a priority action promptly and an area for
    /// improvement by the next inspection. A suggestion, printed with the
    /// report's rules; `None` for a strength.
    pub fn months_to_act(self) -> Option<i32> {
        match self {
            FindingKind::PriorityAction => Some(3),
            FindingKind::AreaForImprovement => Some(6),
            FindingKind::Recommendation => Some(12),
            FindingKind::Strength => None,
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
    /// What the registers show.
    pub indicators: Vec<indicators::Indicator>,
    /// The service specification against its required clauses (authority bundles).
    pub specification: Option<specification::SpecificationCheck>,
    /// The practice gaps the registers show, with their structured facts,
    /// for documents that must not copy the audit's sentences.
    #[serde(skip)]
    pub practice_gaps: Vec<indicators::PracticeGap>,
}

/// Assesses `bundle` against `catalog` at `as_of`, its sentences in English.
pub fn assess(catalog: &Catalog, bundle: &Bundle, as_of: Date) -> Assessment {
    assess_in(catalog, bundle, as_of, &crate::locale::Messages::english())
}

/// [`assess`], its findings, gaps and reasons written in the language of
/// `messages`.
pub fn assess_in(catalog: &Catalog, bundle: &Bundle, as_of: Date, messages: &Messages) -> Assessment {
    let role = bundle.meta.role;
    let practice = indicators::compute_in(bundle, as_of, messages);
    let specification = specification::check_in(catalog, bundle, as_of, messages);
    let spec_gaps: &[(String, String)] = specification.as_ref().map(|s| s.gaps.as_slice()).unwrap_or(&[]);
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
                let mut result = status::assess_in(req, &linked, &bundle.evidence, as_of, messages);
                result.add_practice_gaps(
                    practice
                        .gaps
                        .iter()
                        .filter(|g| g.requirement == req.id)
                        .map(|g| (g.text.as_str(), g.safety))
                        .chain(spec_gaps.iter().filter(|(r, _)| *r == req.id).map(|(_, t)| (t.as_str(), false))),
                );
                result
            })
            .collect();
        let pairs: Vec<(&Requirement, &RequirementResult)> = standard.requirements.iter().zip(&results).collect();
        let rated = rating::rate_in(&pairs, messages);
        findings.extend(standard_findings(standard, &pairs, rated.as_ref().map(|(r, _)| *r), messages));
        let (rating, reason) = match rated {
            Some((r, why)) => (Some(r), why),
            None => (None, messages.get("find-reason-nothing-applies")),
        };
        standards.push(StandardResult { id: standard.id.clone(), rating, reason, requirements: results });
    }
    Assessment {
        as_of,
        role,
        standards,
        findings,
        indicators: practice.indicators,
        specification,
        practice_gaps: practice.gaps,
    }
}

/// The first sentence of a requirement's text, for quoting in a finding.
pub(crate) fn quote(text: &str) -> String {
    let flat = crate::text::flatten(text);
    let cut = flat.find(['•', ':']).map(|i| (i, true)).or_else(|| flat.find(". ").map(|i| (i + 1, false)));
    match cut {
        Some((i, true)) => format!("{} …", flat[..i].trim_end()),
        Some((i, false)) if i < flat.len() => format!("{} …", &flat[..i]),
        _ => flat,
    }
}

/// "Local authority will", "IV service provider will": who an obligation binds.
fn will(party: Party, messages: &Messages) -> String {
    let party = match party {
        Party::Authority => "authority",
        Party::Provider => "provider",
        Party::Both => "both",
    };
    msg!(messages, "find-party-will", party = party)
}

/// The first sentence of a requirement's text in the report's language.
fn quote_in(req: &Requirement, messages: &Messages) -> String {
    messages.pick(&quote(&req.text), req.text_cy.as_deref().map(quote).as_deref())
}

fn standard_findings(
    standard: &Standard,
    pairs: &[(&Requirement, &RequirementResult)],
    rating: Option<Rating>,
    messages: &Messages,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for (req, res) in pairs {
        let state = match res.status {
            Status::NotMet => "find-not-met",
            Status::Partial => "find-partly-met",
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
            Kind::Statutory => msg!(
                messages,
                "find-what-statutory",
                id = req.id.as_str(),
                basis = messages.pick(req.legal_basis.as_deref().unwrap_or(""), None)
            ),
            Kind::Obligation => msg!(
                messages,
                "find-what-obligation",
                id = req.id.as_str(),
                will = will(req.party, messages),
                quote = quote_in(req, messages)
            ),
            Kind::GoodPractice => {
                msg!(messages, "find-what-good-practice", id = req.id.as_str(), quote = quote_in(req, messages))
            }
        };
        let why = match (kind, req.kind) {
            (FindingKind::PriorityAction, Kind::Statutory) => format!(" {}", messages.get("find-why-duty")),
            (FindingKind::PriorityAction, _) => format!(" {}", messages.get("find-why-safety")),
            _ => String::new(),
        };
        out.push(Finding {
            standard: standard.id.clone(),
            kind,
            requirement: Some(req.id.clone()),
            text: format!("{} {}{why}", msg!(messages, state, what = what), res.gaps.join(" ")),
        });
    }
    // Good-practice specifics an obligation carries: each not shown is a
    // recommendation, or an area for improvement where children's safety
    // depends on it, while the obligation itself is judged on its own words.
    for (req, res) in pairs {
        if matches!(res.status, Status::NotApplicable | Status::NotMet) {
            continue;
        }
        for gap in &res.specifics {
            let (kind, why) = if gap.safety {
                (FindingKind::AreaForImprovement, format!(" {}", messages.get("find-why-specific-safety")))
            } else {
                (FindingKind::Recommendation, String::new())
            };
            let from = req.criteria.iter().find(|c| c.id == gap.criterion).map(|c| c.source.as_str()).unwrap_or("");
            let text = msg!(
                messages,
                "find-specific",
                id = req.id.as_str(),
                will = will(req.party, messages),
                quote = quote_in(req, messages),
                source = messages.pick(from, None),
                gap = gap.text.as_str()
            );
            out.push(Finding {
                standard: standard.id.clone(),
                kind,
                requirement: Some(req.id.clone()),
                text: format!("{text}{why}"),
            });
        }
    }
    if matches!(rating, Some(Rating::Good | Rating::Excellent)) {
        let gp_met: Vec<&str> = pairs
            .iter()
            .filter(|(r, res)| r.kind == Kind::GoodPractice && res.status == Status::Met)
            .map(|(r, _)| r.id.as_str())
            .collect();
        let title = messages.pick(&standard.title, standard.title_cy.as_deref());
        let text = if gp_met.is_empty() {
            msg!(messages, "find-strength", number = standard.number, title = title)
        } else {
            msg!(
                messages,
                "find-strength-good-practice",
                number = standard.number,
                title = title,
                ids = gp_met.join(", ")
            )
        };
        out.push(Finding { standard: standard.id.clone(), kind: FindingKind::Strength, requirement: None, text });
    }
    // Stable order: seriousness first, then the requirement order above.
    out.sort_by_key(|f| f.kind);
    out
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

#[cfg(test)]
mod rule_tests {
    use super::rating::{Rating, is_priority, rate};
    use super::status::{RequirementResult, Status};

    /// A requirement judged, its gaps in English.
    fn judge(req: &Requirement, linked: &[usize], evidence: &[Evidence], as_of: Date) -> RequirementResult {
        super::status::assess_in(req, linked, evidence, as_of, &crate::locale::Messages::english())
    }
    use crate::bundle::{Evidence, EvidenceKind, Origin};
    use crate::catalog::{Criterion, Kind, Party, Requirement};
    use crate::date::Date;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn criterion(index: usize, safety: bool) -> Criterion {
        Criterion {
            id: format!("S05.P1.c{index}"),
            shows: format!("specific {index} is in place"),
            shows_cy: None,
            find: Vec::new(),
            rule: crate::judge::Rule::default(),
            from: crate::catalog::Basis::Text,
            source: "test".into(),
            safety,
            index,
        }
    }

    /// A good-practice specific of an obligation.
    fn specific(index: usize, safety: bool) -> Criterion {
        Criterion { from: crate::catalog::Basis::GoodPractice, ..criterion(index, safety) }
    }

    fn req(kind: Kind, safety: bool, criteria: Vec<Criterion>) -> Requirement {
        Requirement {
            id: "S05.P1".into(),
            standard: "S05".into(),
            kind,
            party: Party::Provider,
            text: "Operate a safe process.".into(),
            text_cy: None,
            source: "test".into(),
            legal_basis: None,
            safety,
            criteria,
        }
    }

    fn doc(path: &str, issued: &str, review_due: Option<&str>, found: Vec<usize>) -> Evidence {
        Evidence {
            path: path.into(),
            origin: Origin::Markdown,
            title: "Recruitment policy".into(),
            lang: crate::locale::Lang::En,
            kind: EvidenceKind::Policy,
            issued: d(issued),
            review_due: review_due.map(d),
            owner: None,
            links: vec!["S05.P1".into()],
            declared: Vec::new(),
            found: found
                .into_iter()
                .map(|index| crate::bundle::evidence::TextFinding {
                    index,
                    quote: crate::judge::Quote { text: "x".into(), location: crate::judge::Location::Line { line: 1 } },
                })
                .collect(),
            near: Vec::new(),
            draft: false,
            starter: false,
            digest: "0".repeat(64),
        }
    }

    const AS_OF: &str = "2026-03-31";

    #[test]
    fn nothing_linked_is_not_met() {
        let r = judge(&req(Kind::Obligation, false, vec![]), &[], &[], d(AS_OF));
        assert_eq!(r.status, Status::NotMet);
        assert_eq!(r.gaps, ["No evidence in the bundle is linked to this requirement."]);
    }

    #[test]
    fn current_evidence_showing_every_criterion_is_met() {
        let e = [doc("a.md", "2025-04-01", Some("2026-04-01"), vec![0, 1])];
        let r = judge(&req(Kind::Obligation, true, vec![criterion(0, true), criterion(1, false)]), &[0], &e, d(AS_OF));
        assert_eq!(r.status, Status::Met);
        assert!(r.gaps.is_empty());
    }

    #[test]
    fn review_due_on_the_as_of_date_is_still_current() {
        let e = [doc("a.md", "2025-04-01", Some(AS_OF), vec![])];
        assert_eq!(judge(&req(Kind::Obligation, false, vec![]), &[0], &e, d(AS_OF)).status, Status::Met);
    }

    #[test]
    fn only_overdue_evidence_is_partial_with_the_date() {
        let e = [doc("conf.md", "2024-11-30", Some("2025-11-30"), vec![0])];
        let r = judge(&req(Kind::Obligation, false, vec![criterion(0, false)]), &[0], &e, d(AS_OF));
        assert_eq!(r.status, Status::Partial);
        assert_eq!(r.gaps, ["Recruitment policy (conf.md) was due for review on 2025-11-30."]);
        // Overdue evidence shows no specific: only current evidence counts.
        assert!(r.criteria[0].shown_by.is_empty());
    }

    #[test]
    fn missing_criteria_are_partial_and_named() {
        let e = [doc("a.md", "2025-04-01", None, vec![0])];
        let r =
            judge(&req(Kind::Obligation, false, vec![criterion(0, false), criterion(1, false)]), &[0], &e, d(AS_OF));
        assert_eq!(r.status, Status::Partial);
        assert_eq!(r.gaps, ["Recruitment policy (a.md) does not show that specific 1 is in place."]);
    }

    #[test]
    fn good_practice_specifics_do_not_change_an_obligations_status() {
        let e = [doc("a.md", "2025-04-01", None, vec![0])];
        let r = req(Kind::Obligation, true, vec![criterion(0, false), specific(1, true), specific(2, false)]);
        let res = judge(&r, &[0], &e, d(AS_OF));
        assert_eq!(res.status, Status::Met, "judged on its own words");
        let gaps: Vec<(&str, bool)> = res.specifics.iter().map(|g| (g.criterion.as_str(), g.safety)).collect();
        assert_eq!(gaps, [("S05.P1.c1", true), ("S05.P1.c2", false)]);
        assert!(!is_priority(&r, &res), "a good-practice specific is never a priority action");
        // A missing safety specific keeps the standard from Good.
        let rated = rate(&[(&r, &res)]).unwrap();
        assert_eq!(rated.0, Rating::RequiresImprovement, "{}", rated.1);
    }

    #[test]
    fn content_only_in_overdue_evidence_reads_right() {
        let e = [doc("new.md", "2025-04-01", None, vec![]), doc("old.md", "2024-01-01", Some("2025-01-01"), vec![0])];
        let r = req(Kind::Obligation, false, vec![criterion(0, false)]);
        let res = judge(&r, &[0, 1], &e, d(AS_OF));
        assert_eq!(res.status, Status::Partial);
        assert!(
            res.gaps.iter().any(|g| g.contains(
                "it is shown only in evidence past its review date (Recruitment policy (old.md), due 2025-01-01)"
            )),
            "{:?}",
            res.gaps
        );
    }

    #[test]
    fn a_near_miss_is_named_in_the_gap() {
        let mut e = doc("lone.md", "2025-04-01", None, vec![]);
        e.near = vec![crate::bundle::evidence::NearMiss {
            index: 0,
            quote: crate::judge::Quote {
                text: "We do not offer it.".into(),
                location: crate::judge::Location::Line { line: 9 },
            },
            reason: crate::judge::Reason::Negated,
        }];
        let res = judge(&req(Kind::Obligation, false, vec![criterion(0, false)]), &[0], &[e], d(AS_OF));
        assert_eq!(
            res.gaps,
            [
                "Recruitment policy (lone.md) does not show that specific 0 is in place: lone.md, line 9, mentions it but says it is not in place."
            ]
        );
        assert_eq!(res.criteria[0].near_misses.len(), 1);
    }

    #[test]
    fn a_criterion_declared_under_shows_counts() {
        let mut e = doc("leaflet.pdf", "2025-04-01", None, vec![]);
        e.origin = Origin::Manifest;
        e.declared = vec![0];
        let r = judge(&req(Kind::Obligation, false, vec![criterion(0, false)]), &[0], &[e], d(AS_OF));
        assert_eq!(r.status, Status::Met);
    }

    #[test]
    fn drafts_and_future_documents_do_not_count() {
        let mut draft = doc("draft.md", "2025-04-01", None, vec![]);
        draft.draft = true;
        let future = doc("future.md", "2026-04-01", None, vec![]);
        let r = judge(&req(Kind::Obligation, false, vec![]), &[0, 1], &[draft, future], d(AS_OF));
        assert_eq!(r.status, Status::NotMet);
        assert_eq!(r.gaps.len(), 2);
        assert!(r.gaps[0].contains("marked as a draft"));
        assert!(r.gaps[1].contains("dated 2026-04-01, after the as-of date 2026-03-31"));
    }

    #[test]
    fn priority_actions_follow_safety_and_statute() {
        let e = [doc("a.md", "2025-04-01", None, vec![1])];
        let safety_req = req(Kind::Obligation, false, vec![criterion(0, true), criterion(1, false)]);
        let missing_safety = judge(&safety_req, &[0], &e, d(AS_OF));
        assert!(is_priority(&safety_req, &missing_safety));
        let plain = req(Kind::Obligation, false, vec![criterion(0, false), criterion(1, false)]);
        assert!(!is_priority(&plain, &judge(&plain, &[0], &e, d(AS_OF))));
        let statutory = req(Kind::Statutory, false, vec![]);
        assert!(is_priority(&statutory, &judge(&statutory, &[], &[], d(AS_OF))));
        // A safety policy that is only overdue is an area for improvement.
        let stale = [doc("a.md", "2024-04-01", Some("2025-04-01"), vec![0])];
        assert!(!is_priority(&safety_req, &judge(&safety_req, &[0], &stale, d(AS_OF))));
        let gp = req(Kind::GoodPractice, true, vec![]);
        assert!(!is_priority(&gp, &judge(&gp, &[], &[], d(AS_OF))));
    }

    #[test]
    fn ratings_follow_the_published_rules() {
        let ob = req(Kind::Obligation, false, vec![]);
        let gp = req(Kind::GoodPractice, false, vec![]);
        let current = [doc("a.md", "2025-04-01", None, vec![])];
        let met = judge(&ob, &[0], &current, d(AS_OF));
        let not_met = judge(&ob, &[], &[], d(AS_OF));
        let gp_met = judge(&gp, &[0], &current, d(AS_OF));
        let gp_not = judge(&gp, &[], &[], d(AS_OF));
        let stale = [doc("a.md", "2024-04-01", Some("2025-04-01"), vec![])];
        let partial = judge(&ob, &[0], &stale, d(AS_OF));

        let rating = |pairs: &[(&Requirement, &super::RequirementResult)]| rate(pairs).map(|(r, _)| r);
        assert_eq!(rating(&[(&ob, &met), (&gp, &gp_met)]), Some(Rating::Excellent));
        assert_eq!(rating(&[(&ob, &met), (&gp, &gp_not)]), Some(Rating::Good));
        assert_eq!(rating(&[(&ob, &met), (&ob, &partial)]), Some(Rating::RequiresImprovement));
        assert_eq!(rating(&[(&ob, &met), (&ob, &not_met)]), Some(Rating::RequiresImprovement));
        assert_eq!(rating(&[(&ob, &not_met), (&ob, &not_met)]), Some(Rating::RequiresSignificantImprovement));
        let statutory = req(Kind::Statutory, false, vec![]);
        let duty_unmet = judge(&statutory, &[], &[], d(AS_OF));
        assert_eq!(rating(&[(&ob, &met), (&statutory, &duty_unmet)]), Some(Rating::RequiresSignificantImprovement));
        assert_eq!(rating(&[(&gp, &gp_met)]), None);
    }
}

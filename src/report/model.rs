//! The report model: every fact a report shows, in one serialisable shape.
//!
//! JSON output *is* this model, serialised; the Markdown and HTML templates
//! render from the same value. So the formats cannot disagree, and the JSON
//! shape is a contract: fields may be added, but a change to an existing
//! field bumps `SCHEMA_VERSION`.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::assess::indicators::{Indicator, Judgement, Unit};
use crate::assess::{self, Assessment, Currency, FindingKind, RatingRule, ShownHow, Status};
use crate::bundle::{Bundle, Evidence};
use crate::catalog::{Catalog, Kind, Party};
use crate::diag::{Diagnostic, Severity};

/// Version of the JSON shape.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub schema_version: u32,
    /// The language the report's words are in (`en`, `cy`).
    pub lang: crate::locale::Lang,
    pub tool: Tool,
    pub catalog: CatalogInfo,
    pub bundle: BundleInfo,
    pub summary: Summary,
    pub standards: Vec<StandardView>,
    pub findings: Vec<FindingView>,
    /// Every finding that is not a strength, as a tracked action, most
    /// serious first ([`super::actions`]).
    pub action_plan: Vec<super::actions::Action>,
    pub evidence: Vec<EvidenceView>,
    pub unlinked: Vec<crate::bundle::FileRef>,
    pub unlisted: Vec<crate::bundle::FileRef>,
    /// The registers read, with their digests and how many rows counted.
    pub registers: Vec<crate::bundle::registers::RegisterFile>,
    /// What the registers show, computed at the as-of date.
    pub indicators: Vec<IndicatorView>,
    /// The service specification against its required clauses (authority bundles).
    pub specification: Option<crate::assess::specification::SpecificationCheck>,
    pub diagnostics: Vec<Diagnostic>,
    pub rules: Rules,
}

/// An indicator with what a report needs to draw it.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    #[serde(flatten)]
    pub indicator: Indicator,
    pub judgement_label: &'static str,
    /// Geometry of a bar chart, in percent of its width; `null` for counts.
    pub bar: Option<Bar>,
}

/// A horizontal bar: how much is filled, and where the target marks fall.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    pub fill: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// What a full bar stands for, in words.
    pub scale: String,
}

fn judgement_label(j: Judgement) -> &'static str {
    match j {
        Judgement::Meets => "meets the benchmark",
        Judgement::Below => "below the benchmark",
        Judgement::Above => "above the benchmark",
        Judgement::Information => "for information",
        Judgement::NoData => "no data",
    }
}

fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn bar(i: &Indicator) -> Option<Bar> {
    let value = i.value?;
    let (low, high) = i.benchmark.as_ref().map(|b| (b.low, b.high)).unwrap_or((None, None));
    match i.unit {
        Unit::Share => Some(Bar {
            fill: tenth(value * 100.0),
            low: low.map(|v| tenth(v * 100.0)),
            high: high.map(|v| tenth(v * 100.0)),
            scale: "100%".into(),
        }),
        Unit::Ratio => {
            let full = value.max(2.0);
            Some(Bar {
                fill: tenth(value / full * 100.0),
                low: low.map(|v| tenth(v / full * 100.0)),
                high: high.map(|v| tenth(v / full * 100.0)),
                scale: format!("a ratio of {full:.1}"),
            })
        }
        Unit::Count | Unit::Months | Unit::Days => None,
    }
}

fn indicator_view(i: &Indicator) -> IndicatorView {
    IndicatorView { indicator: i.clone(), judgement_label: judgement_label(i.judgement), bar: bar(i) }
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct CatalogInfo {
    pub title: String,
    pub publisher: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct BundleInfo {
    pub organisation: String,
    pub role: Party,
    pub role_label: &'static str,
    pub authorities: Vec<String>,
    pub period: Option<crate::bundle::Period>,
    pub as_of: crate::date::Date,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// How many standards have each rating, keyed by rating.
    pub ratings: BTreeMap<&'static str, usize>,
    /// How many requirements have each status, keyed by status.
    pub statuses: BTreeMap<&'static str, usize>,
    /// How many findings of each kind, keyed by kind.
    pub findings: BTreeMap<&'static str, usize>,
    pub evidence: usize,
    pub unlinked: usize,
    pub unlisted: usize,
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StandardView {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub group: String,
    pub group_title: String,
    pub source: String,
    pub outcomes: Vec<String>,
    /// "What this means for young people", one string per paragraph.
    pub young_people: Vec<String>,
    pub rating: Option<assess::Rating>,
    pub rating_label: &'static str,
    pub rating_reason: String,
    /// How many of its requirements have each status.
    pub counts: BTreeMap<&'static str, usize>,
    /// Indicators that bear on this standard.
    pub indicators: Vec<IndicatorView>,
    pub obligations: Vec<RequirementView>,
    pub findings: Vec<FindingView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    pub id: String,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub party: Party,
    pub party_label: &'static str,
    pub text: String,
    pub source: String,
    pub legal_basis: Option<String>,
    pub safety: bool,
    pub status: Status,
    pub status_label: &'static str,
    /// Bundle-relative paths of the evidence linked to it.
    pub evidence: Vec<String>,
    pub cited: Vec<Citation>,
    pub criteria: Vec<CriterionView>,
    pub gaps: Vec<String>,
    /// What the requirement is, in words: "Standard 1, good practice 2".
    pub label: String,
    /// The label with its status: "Standard 1, good practice 2: not met".
    pub heading: String,
}

/// Evidence cited for a requirement. Its digest is in the evidence index,
/// under the same path: repeating it for every citation would double the
/// report's memory on a large bundle.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    pub path: String,
    pub title: String,
    pub issued: crate::date::Date,
    pub review_due: Option<crate::date::Date>,
    pub currency: Currency,
    pub currency_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub shows: String,
    pub safety: bool,
    /// `text` when it comes from the requirement's own words and bears on
    /// its status; `good_practice` or `young_people` otherwise.
    pub from: crate::catalog::Basis,
    pub shown: bool,
    pub shown_by: Vec<ShownBy>,
    /// How many more documents show it than `shown_by` lists: always 0 in
    /// JSON; a printed report lists the first few.
    pub shown_by_more: usize,
    /// Current documents that mention it but do not show it.
    pub near_misses: Vec<NearMissView>,
    /// Documents past their review date that show it, when no current one does.
    pub overdue_by: Vec<ShownBy>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ShownBy {
    pub path: String,
    pub how: ShownHow,
    /// The passage that shows it (trimmed to 240 characters), when the text was read.
    pub quote: Option<std::sync::Arc<str>>,
    /// Where the passage is, in words ("line 14").
    pub location: Option<String>,
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NearMissView {
    pub path: String,
    pub location: String,
    pub line: Option<usize>,
    pub quote: std::sync::Arc<str>,
    pub reason: crate::judge::Reason,
    /// The reason in words.
    pub reason_text: &'static str,
}

fn shown_by(bundle: &Bundle, s: &assess::status::ShownBy) -> ShownBy {
    ShownBy {
        path: bundle.evidence[s.evidence].path.clone(),
        how: s.how,
        quote: s.quote.as_ref().map(|q| q.text.clone()),
        location: s.quote.as_ref().map(|q| q.location.to_string()),
        line: s.quote.as_ref().and_then(|q| q.location.line()),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub standard: String,
    pub kind: FindingKind,
    pub kind_label: &'static str,
    pub requirement: Option<String>,
    pub text: String,
    /// The suggested time to act, in words ("within 3 months"); `null` for a strength.
    pub timescale: Option<String>,
    /// The as-of date plus that time.
    pub target_date: Option<crate::date::Date>,
    /// The standard's number and title, for "Standard 5: ..." without
    /// reading the number out of its ID.
    pub standard_number: u32,
    pub standard_title: String,
    /// The requirement in words ("Standard 5, provider obligation 1"); `null`
    /// for a finding on a whole standard.
    pub requirement_label: Option<String>,
    /// The first sentence of the requirement's text.
    pub requirement_quote: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub path: String,
    pub title: String,
    pub kind: crate::bundle::EvidenceKind,
    pub kind_label: &'static str,
    pub origin: crate::bundle::Origin,
    pub issued: crate::date::Date,
    pub review_due: Option<crate::date::Date>,
    pub owner: Option<String>,
    pub links: Vec<String>,
    pub currency: Currency,
    pub currency_label: &'static str,
    pub digest: String,
}

/// The rules behind every judgement, printed in each report.
#[derive(Debug, Clone, Serialize)]
pub struct Rules {
    pub statuses: Vec<String>,
    pub criteria: String,
    pub indicators: Vec<String>,
    pub ratings: Vec<RatingRule>,
    pub findings: Vec<String>,
}

fn role_label(role: Party) -> &'static str {
    match role {
        Party::Authority => "Local authority",
        Party::Provider => "IV service provider",
        Party::Both => "Local authority and IV service provider",
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(crate::text::flatten).filter(|p| !p.is_empty()).collect()
}

/// A requirement in words, for headings and findings: "Standard 1,
/// provider obligation 1", "Standard 3, local authority obligation 2",
/// "Standard 1, good practice 2", "Standard 1, statutory duty (Code of
/// Practice, paragraph 330)". The number is the one the ID ends with.
pub fn requirement_label(standard_number: u32, req: &crate::catalog::Requirement) -> String {
    let number = req.id.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
    let what = match (req.kind, req.party) {
        (Kind::Statutory, _) => {
            return format!("Standard {standard_number}, statutory duty (Code of Practice, paragraph {number})");
        }
        (Kind::GoodPractice, _) => "good practice",
        (Kind::Obligation, Party::Authority) => "local authority obligation",
        (Kind::Obligation, Party::Provider) => "provider obligation",
        (Kind::Obligation, Party::Both) => "obligation",
    };
    if number.is_empty() {
        format!("Standard {standard_number}, {what} {}", req.id)
    } else {
        format!("Standard {standard_number}, {what} {number}")
    }
}

fn finding_view(catalog: &Catalog, f: &assess::Finding, as_of: crate::date::Date) -> FindingView {
    let months = f.kind.months_to_act();
    let standard = catalog.standard(&f.standard);
    let number = standard.map_or(0, |s| s.number);
    let requirement = f.requirement.as_deref().and_then(|id| catalog.requirement(id));
    FindingView {
        standard_number: number,
        standard_title: standard.map(|s| s.title.clone()).unwrap_or_default(),
        requirement_label: requirement.map(|r| requirement_label(number, r)),
        requirement_quote: requirement.map(|r| assess::quote(&r.text)),
        timescale: months.map(|m| format!("within {m} months")),
        target_date: months.map(|m| as_of.add_months(m)),
        standard: f.standard.clone(),
        kind: f.kind,
        kind_label: f.kind.label(),
        requirement: f.requirement.clone(),
        text: f.text.clone(),
    }
}

fn citation(e: &Evidence, currency: Currency) -> Citation {
    Citation {
        path: e.path.clone(),
        title: e.title.clone(),
        issued: e.issued,
        review_due: e.review_due,
        currency,
        currency_label: currency.label(),
    }
}

fn rules() -> Rules {
    Rules {
        statuses: vec![
            "Met: current evidence is linked to the requirement and shows each specific drawn from the requirement's own words.".into(),
            "Partly met: the only linked evidence is past its review date, the current evidence does not show every specific drawn from the requirement's own words, or the registers show practice falling short of the requirement (a policy is not enough if the records contradict it).".into(),
            "Not met: no evidence is linked, or only drafts, unfilled starter documents from ivaudit init, or documents dated after the as-of date.".into(),
            "Not applicable: the requirement binds the other party (a provider is not judged on what local authorities will do, and the reverse).".into(),
            "Specifics an obligation carries from a good-practice bullet or the young people's statement are judged and reported, but never change the obligation's status: each one not shown is a recommendation, or an area for improvement where children's safety depends on it.".into(),
            "Evidence is current when it is not a draft or an unfilled starter document, was issued on or before the as-of date, and its review date (if any) is not before the as-of date. A file links to a requirement by naming its ID, or its whole standard (S05), under `evidences`. A specific found only in evidence past its review date is reported as such.".into(),
        ],
        criteria: "A specific is shown by a current, linked document whose text holds, in one passage (a sentence, list item, table row or heading, read with the headings above it), every term the catalog's rule for it names (words compared by their stem, synonyms from the catalog's concepts), and says it plainly: a passage that negates it (not, no, never, without, unable to), presents it as a plan (plan to, will introduce, draft, a start date after the document's date, a heading such as Next steps), falls short of the standard's threshold (every six weeks against at least monthly, one reference against two), records it happening in only some cases (33 of 41, most), or permits what the standard prohibits, does not show it, and the report says what came close and why. Each shown specific quotes its passage and location. Word (.docx), OpenDocument (.odt), PDF (its text layer) and plain-text files described in evidence.yaml are read the same way, quoted under their heading and paragraph, or by page in a PDF. For other files (images, for example), and for a document whose text cannot be read (a scan without a text layer, a file protected with a password), a specific counts when the entry lists it under `shows` (marked declared).".into(),
        indicators: vec![
            "Indicators are computed from the registers at the as-of date over the bundle's period (cut at the as-of date). A match runs from matched_on up to, but not including, ended_on; a child is waiting when referred, consenting, not matched and the referral not closed.".into(),
            "A whole month counts towards visiting when the match ran for all of it and the month lies wholly in the period; it is covered when the visits register holds at least one visit by that volunteer to that child in it.".into(),
            "A volunteer with an active match is fully vetted with an enhanced DBS check on record (the register holds the latest check, so a renewal is not a late check), at least two references, at least two approvers, approval dated on or before their first active match, and completed initial training covering every topic Standard 6 lists.".into(),
            "Where a register shows practice falling short, the shortfall is added to the requirement it bears on, which is then at most partly met; a shortfall that puts children's safety at stake is a priority action. An absent register is a gap where the standards expect the record.".into(),
            "Reports never show a child's or volunteer's reference: they cite the register's file and line numbers.".into(),
        ],
        ratings: assess::rating::rules(),
        findings: vec![
            "Priority action: a statutory duty is not fully met, an obligation on which children's safety depends has no evidence that counts, current evidence leaves out a safety-critical specific drawn from the obligation's own words, or a register shows practice that puts children's safety at stake (such as a matched volunteer without an enhanced DBS check).".into(),
            "Area for improvement: an obligation of the standards is partly met or not met, or current evidence does not show a good-practice specific of an obligation on which children's safety depends.".into(),
            "Recommendation: a good-practice pointer is partly met or not met, or current evidence does not show a good-practice specific an obligation carries. Good practice never yields more than a recommendation, except a safety-critical specific of an obligation.".into(),
            "Strength: a standard rated Good or Excellent, naming the good practice it shows.".into(),
            "Suggested timescales, from the as-of date: a priority action within 3 months, an area for improvement within 6 months, a recommendation within 12 months.".into(),
        ]
        .into_iter()
        .chain(super::actions::rules())
        .collect(),
    }
}

/// Builds the report model from a catalog, a bundle and its assessment.
pub fn build(
    catalog: &Catalog,
    bundle: &Bundle,
    assessment: &Assessment,
    messages: &crate::locale::Messages,
) -> Report {
    // Every key is present, zero or not, so templates and programs can rely on it.
    let zeroes = |keys: &[&'static str]| keys.iter().map(|k| (*k, 0)).collect::<BTreeMap<&'static str, usize>>();
    let mut statuses = zeroes(&["met", "partial", "not_met", "not_applicable"]);
    let mut ratings = zeroes(&["excellent", "good", "requires_improvement", "requires_significant_improvement"]);
    let mut standards = Vec::new();
    for (standard, result) in catalog.standards.iter().zip(&assessment.standards) {
        let mut counts = zeroes(&["met", "partial", "not_met", "not_applicable"]);
        let obligations: Vec<RequirementView> = standard
            .requirements
            .iter()
            .zip(&result.requirements)
            .map(|(req, res)| {
                *statuses.entry(status_key(res.status)).or_default() += 1;
                *counts.entry(status_key(res.status)).or_default() += 1;
                RequirementView {
                    id: req.id.clone(),
                    kind: req.kind,
                    kind_label: req.kind.label(),
                    party: req.party,
                    party_label: role_label(req.party),
                    text: req.text.clone(),
                    source: req.source.clone(),
                    legal_basis: req.legal_basis.clone(),
                    safety: req.safety,
                    status: res.status,
                    status_label: res.status.label(),
                    evidence: res.cited.iter().map(|&(i, _)| bundle.evidence[i].path.clone()).collect(),
                    cited: res.cited.iter().map(|&(i, c)| citation(&bundle.evidence[i], c)).collect(),
                    criteria: res
                        .criteria
                        .iter()
                        .map(|c| CriterionView {
                            id: c.id.clone(),
                            shows: c.shows.clone(),
                            safety: c.safety,
                            from: c.from,
                            shown: c.shown(),
                            shown_by: c.shown_by.iter().map(|s| shown_by(bundle, s)).collect(),
                            shown_by_more: 0,
                            near_misses: c
                                .near_misses
                                .iter()
                                .map(|n| NearMissView {
                                    path: bundle.evidence[n.evidence].path.clone(),
                                    location: n.quote.location.to_string(),
                                    line: n.quote.location.line(),
                                    quote: n.quote.text.clone(),
                                    reason: n.reason,
                                    reason_text: n.reason.says(),
                                })
                                .collect(),
                            overdue_by: c.overdue_by.iter().map(|s| shown_by(bundle, s)).collect(),
                        })
                        .collect(),
                    gaps: res.gaps.clone(),
                    label: requirement_label(standard.number, req),
                    heading: format!(
                        "{}: {}",
                        requirement_label(standard.number, req),
                        res.status.label().to_lowercase()
                    ),
                }
            })
            .collect();
        if let Some(r) = result.rating {
            *ratings.entry(rating_key(r)).or_default() += 1;
        }
        standards.push(StandardView {
            id: standard.id.clone(),
            number: standard.number,
            title: standard.title.clone(),
            group: standard.group.clone(),
            group_title: standard.group_title.clone(),
            source: standard.source.clone(),
            outcomes: standard.outcomes.iter().map(|o| crate::text::flatten(o)).collect(),
            young_people: paragraphs(&standard.young_people),
            rating: result.rating,
            rating_label: result.rating.map(|r| r.label()).unwrap_or("Not rated"),
            rating_reason: result.reason.clone(),
            counts,
            indicators: assessment
                .indicators
                .iter()
                .filter(|i| i.standards.contains(&standard.id.as_str()))
                .map(indicator_view)
                .collect(),
            obligations,
            findings: assessment
                .findings
                .iter()
                .filter(|f| f.standard == standard.id)
                .map(|f| finding_view(catalog, f, assessment.as_of))
                .collect(),
        });
    }
    let mut findings_count = zeroes(&["priority_action", "area_for_improvement", "recommendation", "strength"]);
    for f in &assessment.findings {
        *findings_count.entry(finding_key(f.kind)).or_default() += 1;
    }
    // The summary of findings lists the most serious first, across standards.
    let mut findings: Vec<FindingView> =
        assessment.findings.iter().map(|f| finding_view(catalog, f, assessment.as_of)).collect();
    findings.sort_by_key(|f| f.kind);
    let action_plan = super::actions::plan(&findings, &standards, &assessment.practice_gaps, bundle.meta.role);
    let evidence = bundle
        .evidence
        .iter()
        .map(|e| {
            let currency = Currency::of(e, assessment.as_of);
            EvidenceView {
                path: e.path.clone(),
                title: e.title.clone(),
                kind: e.kind,
                kind_label: e.kind.label(),
                origin: e.origin,
                issued: e.issued,
                review_due: e.review_due,
                owner: e.owner.clone(),
                links: e.links.clone(),
                currency,
                currency_label: currency.label(),
                digest: e.digest.clone(),
            }
        })
        .collect();
    let count = |s: Severity| bundle.diagnostics.iter().filter(|d| d.severity == s).count();
    Report {
        schema: "ivaudit/audit",
        schema_version: SCHEMA_VERSION,
        lang: messages.lang(),
        tool: Tool { name: "ivaudit", version: env!("CARGO_PKG_VERSION") },
        catalog: CatalogInfo {
            title: catalog.document.title.clone(),
            publisher: catalog.document.publisher.clone(),
            version: catalog.document.version.clone(),
        },
        bundle: BundleInfo {
            organisation: bundle.meta.organisation.clone(),
            role: bundle.meta.role,
            role_label: role_label(bundle.meta.role),
            authorities: bundle.meta.authorities.clone(),
            period: bundle.meta.period,
            as_of: assessment.as_of,
        },
        summary: Summary {
            ratings,
            statuses,
            findings: findings_count,
            evidence: bundle.evidence.len(),
            unlinked: bundle.unlinked.len(),
            unlisted: bundle.unlisted.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        },
        standards,
        findings,
        action_plan,
        evidence,
        unlinked: bundle.unlinked.clone(),
        unlisted: bundle.unlisted.clone(),
        registers: bundle.registers.files.clone(),
        indicators: assessment.indicators.iter().map(indicator_view).collect(),
        specification: assessment.specification.clone(),
        diagnostics: bundle.diagnostics.clone(),
        rules: rules(),
    }
}

fn status_key(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::Partial => "partial",
        Status::NotMet => "not_met",
        Status::NotApplicable => "not_applicable",
    }
}

fn rating_key(r: assess::Rating) -> &'static str {
    match r {
        assess::Rating::Excellent => "excellent",
        assess::Rating::Good => "good",
        assess::Rating::RequiresImprovement => "requires_improvement",
        assess::Rating::RequiresSignificantImprovement => "requires_significant_improvement",
    }
}

fn finding_key(k: FindingKind) -> &'static str {
    match k {
        FindingKind::PriorityAction => "priority_action",
        FindingKind::AreaForImprovement => "area_for_improvement",
        FindingKind::Recommendation => "recommendation",
        FindingKind::Strength => "strength",
    }
}

/// How many documents a printed report quotes for one criterion.
pub const QUOTED_PER_CRITERION: usize = 3;

impl Report {
    /// The report as a printed report shows it: for each criterion, the
    /// first few documents that show it (with a count of the rest) and the
    /// first few near misses. A bundle of thousands of documents would
    /// otherwise print thousands of quotes under one criterion.
    pub fn for_reading(mut self) -> Report {
        for s in &mut self.standards {
            for o in &mut s.obligations {
                for c in &mut o.criteria {
                    if c.shown_by.len() > QUOTED_PER_CRITERION {
                        c.shown_by_more = c.shown_by.len() - QUOTED_PER_CRITERION;
                        c.shown_by.truncate(QUOTED_PER_CRITERION);
                    }
                    c.near_misses.truncate(QUOTED_PER_CRITERION);
                    c.overdue_by.truncate(QUOTED_PER_CRITERION);
                    // Give the space back: on a large bundle the lists ran
                    // to thousands, and rendering is when memory peaks.
                    c.shown_by.shrink_to_fit();
                    c.near_misses.shrink_to_fit();
                    c.overdue_by.shrink_to_fit();
                }
            }
        }
        self
    }
}

//! The report model: every fact a report shows, in one serialisable shape.
//!
//! JSON output *is* this model, serialised; the Markdown and HTML templates
//! render from the same value. So the formats cannot disagree, and the JSON
//! shape is a contract: fields may be added, but a change to an existing
//! field bumps `SCHEMA_VERSION`.

use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

use crate::assess::indicators::{Indicator, Judgement, Unit};
use crate::assess::{self, Assessment, Currency, FindingKind, RatingRule, ShownHow, Status};
use crate::bundle::{Bundle, Evidence};
use crate::catalog::{Catalog, Kind, Party};
use crate::diag::{Diagnostic, Severity};
use crate::locale::{Lang, Messages};
use crate::msg;

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
    pub diagnostics: Vec<DiagnosticView>,
    pub rules: Rules,
}

/// A diagnostic as a report shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticView {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    /// The problem in the report's language, when that is not English:
    /// the code's one-line summary, then the diagnostic's own English
    /// detail marked as English. Absent from an English report, whose
    /// `message` is the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// The problem of `d` in the language of `messages`: `None` in English.
fn diagnostic_view(d: &Diagnostic, messages: &Messages) -> DiagnosticView {
    let problem = (messages.lang() != Lang::En).then(|| {
        let summary = messages.get(&format!("diag-{}", d.code.to_string().to_lowercase()));
        format!("{summary} {}", messages.foreign(&d.message, Lang::En))
    });
    DiagnosticView { diagnostic: d.clone(), problem }
}

/// An indicator with what a report needs to draw it.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorView {
    #[serde(flatten)]
    pub indicator: Indicator,
    pub judgement_label: String,
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

fn judgement_label(j: Judgement, messages: &Messages) -> String {
    messages.get(match j {
        Judgement::Meets => "ind-judgement-meets",
        Judgement::Below => "ind-judgement-below",
        Judgement::Above => "ind-judgement-above",
        Judgement::Information => "ind-judgement-information",
        Judgement::NoData => "ind-judgement-no-data",
    })
}

fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn bar(i: &Indicator, messages: &Messages) -> Option<Bar> {
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
                scale: msg!(messages, "ind-bar-ratio", ratio = format!("{full:.1}")),
            })
        }
        Unit::Count | Unit::Months | Unit::Days => None,
    }
}

fn indicator_view(i: &Indicator, messages: &Messages) -> IndicatorView {
    IndicatorView {
        indicator: i.clone(),
        judgement_label: judgement_label(i.judgement, messages),
        bar: bar(i, messages),
    }
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
    pub role_label: String,
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
    pub rating_label: String,
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
    pub kind_label: String,
    pub party: Party,
    pub party_label: String,
    pub text: String,
    pub source: String,
    pub legal_basis: Option<String>,
    pub safety: bool,
    pub status: Status,
    pub status_label: String,
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
    pub currency_label: Arc<str>,
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
    pub reason_text: Arc<str>,
}

/// A quoted passage of `e`, marked with its language when that is not the
/// report's.
fn quoted(e: &Evidence, text: &std::sync::Arc<str>, messages: &Messages) -> std::sync::Arc<str> {
    if e.lang == messages.lang() { text.clone() } else { messages.foreign(text, e.lang).into() }
}

fn shown_by(bundle: &Bundle, s: &assess::status::ShownBy, messages: &Messages) -> ShownBy {
    let e = &bundle.evidence[s.evidence];
    ShownBy {
        path: e.path.clone(),
        how: s.how,
        quote: s.quote.as_ref().map(|q| quoted(e, &q.text, messages)),
        location: s.quote.as_ref().map(|q| assess::status::location_words(&q.location, e.lang, messages)),
        line: s.quote.as_ref().and_then(|q| q.location.line()),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub standard: String,
    pub kind: FindingKind,
    pub kind_label: String,
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
    pub kind_label: Arc<str>,
    pub origin: crate::bundle::Origin,
    pub issued: crate::date::Date,
    pub review_due: Option<crate::date::Date>,
    pub owner: Option<String>,
    pub links: Vec<String>,
    pub currency: Currency,
    pub currency_label: Arc<str>,
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

fn role_label(role: Party, messages: &Messages) -> String {
    messages.get(match role {
        Party::Authority => "rep-role-authority",
        Party::Provider => "rep-role-provider",
        Party::Both => "rep-role-both",
    })
}

fn kind_label(kind: Kind, messages: &Messages) -> String {
    messages.get(match kind {
        Kind::Statutory => "rep-kind-statutory",
        Kind::Obligation => "rep-kind-obligation",
        Kind::GoodPractice => "rep-kind-good-practice",
    })
}

fn evidence_kind_id(kind: crate::bundle::EvidenceKind) -> &'static str {
    use crate::bundle::EvidenceKind as K;
    match kind {
        K::Policy => "rep-evidence-policy",
        K::Procedure => "rep-evidence-procedure",
        K::TrainingRecord => "rep-evidence-training-record",
        K::Publicity => "rep-evidence-publicity",
        K::Minutes => "rep-evidence-minutes",
        K::Survey => "rep-evidence-survey",
        K::Report => "rep-evidence-report",
        K::Contract => "rep-evidence-contract",
        K::Specification => "rep-evidence-specification",
        K::DataReturn => "rep-evidence-data-return",
        K::Other => "rep-evidence-other",
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(crate::text::flatten).filter(|p| !p.is_empty()).collect()
}

/// A requirement in words, for headings and findings: "Standard 1,
/// provider obligation 1", "Standard 3, local authority obligation 2",
/// "Standard 1, good practice 2", "Standard 1, statutory duty (Code of
/// Practice, paragraph 330)". The number is the one the ID ends with.
///
/// In the language of `messages`.
pub fn requirement_label_in(standard_number: u32, req: &crate::catalog::Requirement, messages: &Messages) -> String {
    let number = req.id.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
    let what = match (req.kind, req.party) {
        (Kind::Statutory, _) => {
            return msg!(messages, "rep-req-statutory", standard = standard_number, paragraph = number);
        }
        (Kind::GoodPractice, _) => "rep-req-good-practice",
        (Kind::Obligation, Party::Authority) => "rep-req-authority",
        (Kind::Obligation, Party::Provider) => "rep-req-provider",
        (Kind::Obligation, Party::Both) => "rep-req-obligation",
    };
    let number = if number.is_empty() { req.id.as_str() } else { number };
    msg!(messages, "rep-req-label", standard = standard_number, what = messages.get(what), number = number)
}

/// The catalog's wording of a standard's title in the report's language.
fn standard_title(s: &crate::catalog::Standard, messages: &Messages) -> String {
    messages.pick(&s.title, s.title_cy.as_deref())
}

fn finding_view(catalog: &Catalog, f: &assess::Finding, as_of: crate::date::Date, messages: &Messages) -> FindingView {
    let months = f.kind.months_to_act();
    let standard = catalog.standard(&f.standard);
    let number = standard.map_or(0, |s| s.number);
    let requirement = f.requirement.as_deref().and_then(|id| catalog.requirement(id));
    FindingView {
        standard_number: number,
        standard_title: standard.map(|s| standard_title(s, messages)).unwrap_or_default(),
        requirement_label: requirement.map(|r| requirement_label_in(number, r, messages)),
        requirement_quote: requirement
            .map(|r| messages.pick(&assess::quote(&r.text), r.text_cy.as_deref().map(assess::quote).as_deref())),
        timescale: months.map(|m| msg!(messages, "find-timescale", months = m)),
        target_date: months.map(|m| as_of.add_months(m)),
        standard: f.standard.clone(),
        kind: f.kind,
        kind_label: f.kind.label_in(messages),
        requirement: f.requirement.clone(),
        text: f.text.clone(),
    }
}

fn citation(e: &Evidence, currency: Currency, labels: &Labels) -> Citation {
    Citation {
        path: e.path.clone(),
        title: labels.messages.foreign(&e.title, e.lang),
        issued: e.issued,
        review_due: e.review_due,
        currency,
        currency_label: labels.get(currency.message_id()),
    }
}

/// Labels said once per report and shared by every item that carries one.
/// On a large bundle there is a label per citation, evidence item and near
/// miss: formatted and allocated for each, they cost a Fluent lookup apiece
/// and megabytes of memory.
struct Labels<'m> {
    messages: &'m Messages,
    said: std::cell::RefCell<std::collections::HashMap<&'static str, Arc<str>>>,
}

impl<'m> Labels<'m> {
    fn new(messages: &'m Messages) -> Self {
        Labels { messages, said: Default::default() }
    }

    fn get(&self, id: &'static str) -> Arc<str> {
        self.said.borrow_mut().entry(id).or_insert_with(|| self.messages.get(id).into()).clone()
    }
}

fn rules(messages: &Messages) -> Rules {
    let all = |ids: &[&str]| ids.iter().map(|id| messages.get(id)).collect::<Vec<String>>();
    Rules {
        statuses: all(&[
            "rep-rule-status-met",
            "rep-rule-status-partial",
            "rep-rule-status-not-met",
            "rep-rule-status-not-applicable",
            "rep-rule-status-specifics",
            "rep-rule-status-current",
        ]),
        // The cue words are the English words ivaudit looks for in documents.
        criteria: msg!(
            messages,
            "rep-rule-criteria",
            negation = messages.foreign("not, no, never, without, unable to", Lang::En),
            plan = messages.foreign("plan to, will introduce, draft", Lang::En),
            heading = messages.foreign("Next steps", Lang::En)
        ),
        indicators: all(&[
            "rep-rule-indicators-period",
            "rep-rule-indicators-visits",
            "rep-rule-indicators-vetted",
            "rep-rule-indicators-shortfall",
            "rep-rule-indicators-references",
        ]),
        ratings: assess::rating::rules_in(messages),
        findings: all(&[
            "rep-rule-finding-priority",
            "rep-rule-finding-area",
            "rep-rule-finding-recommendation",
            "rep-rule-finding-strength",
            "rep-rule-finding-timescales",
        ])
        .into_iter()
        .chain(super::actions::rules_in(messages))
        .collect(),
    }
}

/// Builds the report model from a catalog, a bundle and its assessment.
pub fn build(catalog: &Catalog, bundle: &Bundle, assessment: &Assessment, messages: &Messages) -> Report {
    let labels = Labels::new(messages);
    // Catalog text the catalog gives no Welsh for: English, marked as such
    // in a Welsh report.
    let english = |text: &str| messages.pick(text, None);
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
                let label = requirement_label_in(standard.number, req, messages);
                let status_label = res.status.label_in(messages);
                RequirementView {
                    id: req.id.clone(),
                    kind: req.kind,
                    kind_label: kind_label(req.kind, messages),
                    party: req.party,
                    party_label: role_label(req.party, messages),
                    text: messages.pick(&req.text, req.text_cy.as_deref()),
                    source: english(&req.source),
                    legal_basis: req.legal_basis.as_deref().map(english),
                    safety: req.safety,
                    status: res.status,
                    evidence: res.cited.iter().map(|&(i, _)| bundle.evidence[i].path.clone()).collect(),
                    cited: res.cited.iter().map(|&(i, c)| citation(&bundle.evidence[i], c, &labels)).collect(),
                    criteria: res
                        .criteria
                        .iter()
                        .map(|c| CriterionView {
                            id: c.id.clone(),
                            shows: messages.pick(
                                &c.shows,
                                req.criteria.iter().find(|k| k.id == c.id).and_then(|k| k.shows_cy.as_deref()),
                            ),
                            safety: c.safety,
                            from: c.from,
                            shown: c.shown(),
                            shown_by: c.shown_by.iter().map(|s| shown_by(bundle, s, messages)).collect(),
                            shown_by_more: 0,
                            near_misses: c
                                .near_misses
                                .iter()
                                .map(|n| {
                                    let e = &bundle.evidence[n.evidence];
                                    NearMissView {
                                        path: e.path.clone(),
                                        location: assess::status::location_words(&n.quote.location, e.lang, messages),
                                        line: n.quote.location.line(),
                                        quote: quoted(e, &n.quote.text, messages),
                                        reason: n.reason,
                                        reason_text: labels.get(assess::status::reason_id(n.reason)),
                                    }
                                })
                                .collect(),
                            overdue_by: c.overdue_by.iter().map(|s| shown_by(bundle, s, messages)).collect(),
                        })
                        .collect(),
                    gaps: res.gaps.clone(),
                    heading: msg!(
                        messages,
                        "rep-req-heading",
                        label = label.as_str(),
                        status = status_label.to_lowercase()
                    ),
                    label,
                    status_label,
                }
            })
            .collect();
        if let Some(r) = result.rating {
            *ratings.entry(rating_key(r)).or_default() += 1;
        }
        standards.push(StandardView {
            id: standard.id.clone(),
            number: standard.number,
            title: standard_title(standard, messages),
            group: standard.group.clone(),
            group_title: messages.pick(&standard.group_title, standard.group_title_cy.as_deref()),
            source: messages.pick(&standard.source, standard.source_cy.as_deref()),
            outcomes: if messages.lang() == Lang::Cy && !standard.outcomes_cy.is_empty() {
                standard.outcomes_cy.iter().map(|o| crate::text::flatten(o)).collect()
            } else {
                standard.outcomes.iter().map(|o| english(&crate::text::flatten(o))).collect()
            },
            young_people: match (messages.lang(), &standard.young_people_cy) {
                (Lang::Cy, Some(cy)) if !cy.trim().is_empty() => paragraphs(cy),
                _ => paragraphs(&standard.young_people).iter().map(|p| english(p)).collect(),
            },
            rating: result.rating,
            rating_label: result.rating.map_or_else(|| messages.get("find-rating-none"), |r| r.label_in(messages)),
            rating_reason: result.reason.clone(),
            counts,
            indicators: assessment
                .indicators
                .iter()
                .filter(|i| i.standards.contains(&standard.id.as_str()))
                .map(|i| indicator_view(i, messages))
                .collect(),
            obligations,
            findings: assessment
                .findings
                .iter()
                .filter(|f| f.standard == standard.id)
                .map(|f| finding_view(catalog, f, assessment.as_of, messages))
                .collect(),
        });
    }
    let mut findings_count = zeroes(&["priority_action", "area_for_improvement", "recommendation", "strength"]);
    for f in &assessment.findings {
        *findings_count.entry(finding_key(f.kind)).or_default() += 1;
    }
    // The summary of findings lists the most serious first, across standards.
    let mut findings: Vec<FindingView> =
        assessment.findings.iter().map(|f| finding_view(catalog, f, assessment.as_of, messages)).collect();
    findings.sort_by_key(|f| f.kind);
    let action_plan =
        super::actions::plan_in(&findings, &standards, &assessment.practice_gaps, bundle.meta.role, messages);
    let evidence = bundle
        .evidence
        .iter()
        .map(|e| {
            let currency = Currency::of(e, assessment.as_of);
            EvidenceView {
                path: e.path.clone(),
                title: messages.foreign(&e.title, e.lang),
                kind: e.kind,
                kind_label: labels.get(evidence_kind_id(e.kind)),
                origin: e.origin,
                issued: e.issued,
                review_due: e.review_due,
                owner: e.owner.clone(),
                links: e.links.clone(),
                currency,
                currency_label: labels.get(currency.message_id()),
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
            title: messages.pick(&catalog.document.title, catalog.document.title_cy.as_deref()),
            publisher: english(&catalog.document.publisher),
            version: catalog.document.version.clone(),
        },
        bundle: BundleInfo {
            organisation: bundle.meta.organisation.clone(),
            role: bundle.meta.role,
            role_label: role_label(bundle.meta.role, messages),
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
        indicators: assessment.indicators.iter().map(|i| indicator_view(i, messages)).collect(),
        specification: assessment.specification.clone(),
        diagnostics: bundle.diagnostics.iter().map(|d| diagnostic_view(d, messages)).collect(),
        rules: rules(messages),
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

//! The four documents Appendix D asks an authority to publish: the IV needs
//! analysis, the commissioning plan, the specification and the commissioning
//! report. One model is built for all four from the bundle and its audit,
//! so they cannot disagree with each other or with the audit.
//!
//! In publication mode every count of children passes through disclosure
//! control, and every figure derived from a count (a share, a budget) is
//! worked out from the count as published, so that nothing hidden or
//! rounded can be recovered by reversing the arithmetic. Nothing is copied
//! from the audit's sentences, which name evidence by title and path and
//! cite register lines: the priorities are written from structured facts
//! (`priorities`). Text the bundle supplies (the organisation, the
//! commissioning model and providers) still reaches the documents, which is
//! why the command runs every publication document past `guard` before
//! writing it.

use serde::Serialize;

use super::disclosure::{self, Cell, Mode, Table};
use super::eligibility::{self, Eligibility};
use super::priorities::{self, Priority};
use crate::assess::Assessment;
use crate::assess::indicators::{self, COST_PER_MATCH_GBP, Indicator, thousands};
use crate::bundle::Bundle;
use crate::bundle::registers::{FeedbackFrom, Gender, Language, Placement, Referral};
use crate::catalog::{Catalog, Kind, Party};
use crate::date::Date;
use crate::text::flatten as flat;
use crate::text::plural;

/// Which document to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    NeedsAnalysis,
    Plan,
    Specification,
    Report,
}

impl Document {
    pub fn template_stem(self) -> &'static str {
        match self {
            Document::NeedsAnalysis => "commission-needs-analysis",
            Document::Plan => "commission-plan",
            Document::Specification => "commission-specification",
            Document::Report => "commission-report",
        }
    }

    /// The message that names the document.
    pub fn title_id(self) -> &'static str {
        match self {
            Document::NeedsAnalysis => "title-needs-analysis",
            Document::Plan => "title-plan",
            Document::Specification => "title-specification",
            Document::Report => "title-commission-report",
        }
    }
}

/// A figure with the arithmetic behind it and where its inputs come from.
#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub label: String,
    pub shown: String,
    pub arithmetic: String,
    pub source: String,
}

fn figure(label: &str, shown: impl Into<String>, arithmetic: impl Into<String>, source: &str) -> Figure {
    Figure { label: label.to_string(), shown: shown.into(), arithmetic: arithmetic.into(), source: source.to_string() }
}

/// A line of the population table: a count, its share of children looked
/// after, and the Welsh average where Appendix D gives one.
#[derive(Debug, Clone, Serialize)]
pub struct PopulationLine {
    pub label: &'static str,
    pub count: Cell,
    pub share: String,
    pub welsh_average: Option<&'static str>,
}

/// One standard as the specification writes it.
#[derive(Debug, Clone, Serialize)]
pub struct SpecStandard {
    pub number: u32,
    pub title: String,
    pub outcomes: Vec<String>,
    pub provider_will: Vec<SpecItem>,
    /// How compliance will be shown: the specifics the audit checks and the
    /// register indicators bearing on the standard.
    pub evidence: Vec<String>,
    pub indicators: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpecItem {
    pub id: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpecClause {
    pub id: String,
    pub title: String,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Duty {
    pub id: String,
    pub legal_basis: String,
    pub text: String,
}

/// A line of the commissioning report: what was planned and what was delivered.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    pub measure: String,
    pub planned: String,
    pub delivered: String,
    pub source: String,
}

/// Everything the four documents show.
#[derive(Debug, Clone, Serialize)]
pub struct Commission {
    pub document: &'static str,
    pub title: String,
    /// The language of the document's words (`en`, `cy`).
    pub lang: crate::locale::Lang,
    pub mode: Mode,
    pub internal: bool,
    pub authority: String,
    pub period: Option<crate::bundle::Period>,
    pub as_of: Date,
    pub standards_title: String,
    pub tool: String,
    pub disclosure_note: &'static str,
    pub population: Vec<PopulationLine>,
    pub need: Vec<Figure>,
    /// The expected need the plan is built on, as published.
    pub planning_need: Option<u64>,
    pub provision: Vec<Figure>,
    pub targets: Vec<Figure>,
    pub characteristics: Vec<(String, Table)>,
    pub budget: Vec<Figure>,
    pub outputs: Vec<String>,
    pub outcomes: Vec<String>,
    pub procurement: Vec<String>,
    pub advocacy_safeguards: Vec<String>,
    pub duties: Vec<Duty>,
    pub standards: Vec<SpecStandard>,
    pub clauses: Vec<SpecClause>,
    pub delivery: Vec<Delivery>,
    pub ratings: Vec<(String, String)>,
    /// The audit's priority actions and areas for improvement, written from
    /// structured facts in publication (never the audit's sentences).
    pub priorities: Vec<Priority>,
    pub feedback: Vec<Figure>,
    /// Plain statements of what could not be worked out, and why.
    pub missing: Vec<String>,
}

const SRC_POP: &str = "registers/population.yaml";
const SRC_CHILDREN: &str = "registers/children.csv";
const SRC_ASSESS: &str = "registers/assessments.csv (Appendix C)";
const SRC_BAND: &str = "Appendix D, Principle 3 (2.5-5.0% of children looked after)";
const SRC_COST: &str = "Appendix D, Principle 4 (GBP 2,400 per child a year)";

/// New Economics Foundation outcomes quoted in Appendix D, Principle 2.
const NEF_OUTCOMES: &[&str] = &[
    "Personal well-being: improved confidence, self-esteem, trust and resilience; able to ask for help.",
    "Personal relationships: better able to form and maintain relationships with peers and new contacts.",
    "Social interaction: an expanded network of support; improved social interaction, skills and behaviours.",
    "Practical skills and problem-solving, such as staying safe, making decisions and budgeting.",
    "Achievement: personal and educational achievement, developing skills and range of experience.",
];

/// The three safeguards Appendix D demands when IV and advocacy are bought together.
const ADVOCACY_SAFEGUARDS: &[&str] = &[
    "The outcomes expected of the independent professional advocacy service and of the IV service are set out separately.",
    "Separate service specifications are issued for advocacy and for the IV service.",
    "The budget enables the provider to meet, and to show that it meets, the need for both advocacy and IV services.",
];

pub const DISCLOSURE_NOTE: &str = "To protect children's identities, counts of 1 to 4 are shown as *, other counts are rounded to the nearest 5, further cells are hidden where a total would reveal a hidden one, and percentages and other derived figures are worked out from the published counts. A percentage of fewer than 20 children is shown as *, since rounding would make it misleading. Totals are rounded on their own, so they may differ from the sum of their rounded parts.";

/// `1 child`, `11 children`: for planning figures, which are worked out
/// from published counts and are not themselves counts of children.
fn children_phrase(n: u64) -> String {
    plural(n as usize, "child", "children")
}

fn ind<'a>(a: &'a Assessment, id: &str) -> Option<&'a Indicator> {
    a.indicators.iter().find(|i| i.id == id)
}

fn gbp(n: u64) -> String {
    format!("£{}", thousands(n))
}

/// A share of the published whole, as `12%`, or `*`/`-`.
fn share(part: &Cell, whole: &Cell) -> String {
    disclosure::percent(part, whole)
}

/// Builds the model at `as_of`.
pub fn build(
    catalog: &Catalog,
    bundle: &Bundle,
    assessment: &Assessment,
    document: Document,
    mode: Mode,
    messages: &crate::locale::Messages,
) -> Commission {
    let as_of = assessment.as_of;
    let regs = &bundle.registers;
    let count = |n: u64| disclosure::count(n, mode);
    let mut missing = Vec::new();

    // Population.
    let pop = regs.population.as_ref();
    let cla = pop.map(|p| count(u64::from(p.children_looked_after)));
    let mut population = Vec::new();
    if let (Some(p), Some(cla)) = (pop, &cla) {
        population.push(PopulationLine {
            label: "Children looked after",
            count: cla.clone(),
            share: "100%".into(),
            welsh_average: None,
        });
        for (label, value, avg) in [
            ("Aged over 7", p.over_7, None),
            ("Placed out of county", p.out_of_county, Some("27%")),
            ("Placed outside Wales", p.out_of_wales, Some("4%")),
            ("Three or more placement moves in a year", p.three_plus_moves, Some("10%")),
            ("Living in a residential setting", p.residential, None),
        ] {
            if let Some(v) = value {
                let c = count(u64::from(v));
                population.push(PopulationLine { label, share: share(&c, cla), count: c, welsh_average: avg });
            }
        }
    } else {
        missing.push("registers/population.yaml is missing, so the looked-after population, expected need from the 2.5-5.0% band and the reasonable budget cannot be worked out.".to_string());
    }

    // Expected need.
    let eligibility: Option<Eligibility> = eligibility::assess(bundle, as_of);
    let mut need = Vec::new();
    let assessed_need = eligibility.as_ref().map(|e| count(e.summary.indicated as u64));
    if let (Some(e), Some(indicated)) = (&eligibility, &assessed_need) {
        need.push(figure(
            "Children for whom an IV is indicated, from assessments",
            indicated.shown.clone(),
            format!("the latest assessment of each of {} assessed children", count(e.summary.assessed as u64).shown),
            SRC_ASSESS,
        ));
        need.push(figure(
            "Of whom an IV can be appointed (the child consents)",
            count(e.summary.can_appoint as u64).shown,
            "indicated, the child does not object and did not decline (Part 6 Code of Practice, para 335)",
            SRC_ASSESS,
        ));
    } else {
        missing.push(
            "registers/assessments.csv is missing, so expected need rests on the 2.5-5.0% band alone.".to_string(),
        );
    }
    // The band, from the published count of children looked after.
    let band = cla.as_ref().and_then(|c| c.value).map(|c| (c * 25, c * 50)); // in thousandths of a child
    if let (Some((low, high)), Some(c)) = (band, &cla) {
        need.push(figure(
            "Expected need from the 2.5-5.0% band",
            format!("{:.1} to {:.1} children", low as f64 / 1000.0, high as f64 / 1000.0),
            format!("{} children looked after x 2.5% and x 5.0%", c.shown),
            SRC_BAND,
        ));
    }
    // Planning need: the larger of the assessed need and the band's lower end
    // (rounded up to whole children), since not every child is yet assessed.
    let band_low_children = band.map(|(low, _)| low.div_ceil(1000));
    let assessed_value = assessed_need.as_ref().and_then(|c| c.value);
    let planning_need = match (assessed_value, band_low_children) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    if let Some(n) = planning_need {
        // Every figure in these words is the one the document shows: the
        // assessed need as published, never the count behind it.
        let a = assessed_need.as_ref().map(|c| c.shown.as_str()).unwrap_or_default();
        let why = match (assessed_value, band_low_children) {
            (Some(av), Some(b)) if av >= b => {
                format!("the assessed need ({a}), which is not below the band's lower end ({b})")
            }
            (Some(_), Some(b)) => format!(
                "the band's lower end, {} (2.5% rounded up), since fewer are yet assessed as needing an IV ({a})",
                children_phrase(b)
            ),
            (None, Some(b)) if assessed_need.is_some() => format!(
                "the band's lower end, {} (2.5% rounded up), since the number assessed as needing an IV is too small to publish ({a})",
                children_phrase(b)
            ),
            (None, Some(b)) => format!("the band's lower end, {} (2.5% rounded up)", children_phrase(b)),
            (Some(_), None) => format!("the assessed need ({a})"),
            (None, None) => String::new(),
        };
        need.push(figure(
            "Expected need used for planning",
            children_phrase(n),
            why,
            "ivaudit's planning rule: the larger of assessed need and the lower end of the band",
        ));
    }

    // Current provision.
    let children: &[Referral] = regs.children.as_deref().unwrap_or(&[]);
    let matched: Vec<&Referral> = indicators::matched_children(children, as_of).into_values().collect();
    let waiting: Vec<&Referral> = indicators::waiting_children(children, as_of).into_values().collect();
    let matched_c = count(matched.len() as u64);
    let waiting_c = count(waiting.len() as u64);
    let mut provision = Vec::new();
    if regs.children.is_some() {
        provision.push(figure(
            "Children with an active IV match",
            matched_c.shown.clone(),
            format!("matched on or before {as_of} and not ended"),
            SRC_CHILDREN,
        ));
        provision.push(figure(
            "Children waiting for a match",
            waiting_c.shown.clone(),
            "referred, consenting, not matched, referral open",
            SRC_CHILDREN,
        ));
        for (id, label) in [
            ("waiting_over_3_months", "Of those, waiting more than 3 months"),
            ("waiting_over_12_months", "Of those, waiting more than 12 months"),
        ] {
            if let Some(v) = ind(assessment, id).and_then(|i| i.value) {
                provision.push(figure(
                    label,
                    count(v as u64).shown,
                    "referred more than 3 or 12 months before the as-of date",
                    SRC_CHILDREN,
                ));
            }
        }
        if let Some(c) = &cla {
            provision.push(figure(
                "Reach: children matched, of children looked after",
                share(&matched_c, c),
                format!("{} / {}", matched_c.shown, c.shown),
                "registers/children.csv and registers/population.yaml; Appendix D expects 2.5-5.0%",
            ));
        }
    } else {
        missing.push(
            "registers/children.csv is missing, so current matches and the waiting list cannot be shown.".to_string(),
        );
    }
    let unmet = planning_need.zip(matched_c.value).map(|(n, m)| n.saturating_sub(m));
    if let (Some(u), Some(n)) = (unmet, planning_need) {
        provision.push(figure(
            "Unmet need",
            children_phrase(u),
            format!("{n} expected need less {} matched", matched_c.shown),
            "the figures above",
        ));
    }

    // Volunteer targets.
    let group: Vec<&Referral> = matched.iter().chain(waiting.iter()).copied().collect();
    let targets = planning_need.map(|n| volunteer_targets(n, &group, pop, cla.as_ref(), mode)).unwrap_or_default();

    // Protected characteristics, as tables with disclosure control.
    let characteristics = if regs.children.is_some() { characteristics(&matched, &waiting, mode) } else { Vec::new() };

    // Budget.
    let mut budget = Vec::new();
    if let Some(n) = planning_need {
        let reasonable = n * u64::from(COST_PER_MATCH_GBP);
        budget.push(figure(
            "Reasonable budget for the expected need",
            gbp(reasonable),
            format!("{} x £2,400", children_phrase(n)),
            SRC_COST,
        ));
        if let Some((low, high)) = band {
            let (bl, bh) = (low * u64::from(COST_PER_MATCH_GBP) / 1000, high * u64::from(COST_PER_MATCH_GBP) / 1000);
            budget.push(figure(
                "Reasonable budget across the 2.5-5.0% band",
                format!("{} to {}", gbp(bl), gbp(bh)),
                format!("{:.1} to {:.1} children x £2,400", low as f64 / 1000.0, high as f64 / 1000.0),
                SRC_COST,
            ));
        }
        match pop.and_then(|p| p.iv_budget) {
            Some(current) => {
                let current = u64::from(current);
                budget.push(figure("Current IV budget", gbp(current), "as stated", SRC_POP));
                let (label, diff) = if current >= reasonable {
                    ("Budget above the reasonable budget", current - reasonable)
                } else {
                    ("Shortfall against the reasonable budget", reasonable - current)
                };
                budget.push(figure(
                    label,
                    gbp(diff),
                    format!("{} less {}", gbp(reasonable.max(current)), gbp(reasonable.min(current))),
                    "the figures above",
                ));
                budget.push(figure(
                    "Matches the current budget funds",
                    format!("{}", current / u64::from(COST_PER_MATCH_GBP)),
                    format!("{} / £2,400, whole matches", gbp(current)),
                    SRC_COST,
                ));
            }
            None => missing.push(
                "registers/population.yaml gives no iv_budget, so the current budget cannot be compared.".to_string(),
            ),
        }
    }

    // Outputs and outcomes.
    let mut outputs = Vec::new();
    if let Some(n) = planning_need {
        outputs.push(format!(
            "{} matched with an Independent Visitor, with the waiting list kept open to self-referral.",
            children_phrase(n)
        ));
    }
    outputs.extend([
        "Every match made within 3 months of referral (Standard 5, good practice, bullet 8).".to_string(),
        "Every match visited at least once a month (Standard 8, good practice, bullet 1).".to_string(),
        "Feedback from every child at least every 6 months, and the match reviewed at every Statutory Review (Standard 9).".to_string(),
        "Every volunteer with an enhanced DBS check, at least two references, approval by more than one person and initial training on every topic Standard 6 lists.".to_string(),
        "Quarterly and annual reports to the authority, including the views of children and young people (Appendix D, Principle 4; Standard 4).".to_string(),
    ]);
    let mut outcomes: Vec<String> = NEF_OUTCOMES.iter().map(|s| s.to_string()).collect();
    for s in &catalog.standards {
        for o in &s.outcomes {
            outcomes.push(format!("Standard {}: {}", s.number, flat(o)));
        }
    }

    // Procurement.
    let c = &bundle.meta.commissioning;
    let mut procurement = Vec::new();
    if let Some(model) = &c.model {
        procurement.push(format!("Commissioning model: {model}."));
    }
    if !c.providers.is_empty() {
        procurement.push(format!("Provider: {}.", c.providers.join(", ")));
    }
    procurement.push("The funding covers enough hours of a dedicated IV co-ordinator to recruit and support volunteers locally (Appendix D, Element two).".to_string());
    let advocacy_safeguards: Vec<String> =
        if c.with_advocacy { ADVOCACY_SAFEGUARDS.iter().map(|s| s.to_string()).collect() } else { Vec::new() };

    let (duties, standards, clauses) = specification_content(catalog, assessment);

    // Delivery against the plan (the commissioning report).
    let delivery = delivery(assessment, planning_need, &matched_c, mode);
    let ratings = assessment
        .standards
        .iter()
        .zip(&catalog.standards)
        .map(|(r, s)| {
            (format!("{}. {}", s.number, s.title), r.rating.map(|r| r.label()).unwrap_or("Not rated").to_string())
        })
        .collect();
    let priorities = priorities::priorities(catalog, assessment, mode);

    // Children's feedback.
    let mut feedback = Vec::new();
    if let (Some(fb), Some(p)) = (&regs.feedback, bundle.meta.period) {
        let in_period = |from: &[FeedbackFrom]| {
            fb.iter().filter(|f| from.contains(&f.from) && p.from <= f.date && f.date <= p.to.min(as_of)).count() as u64
        };
        feedback.push(figure(
            "Feedback received from children",
            count(in_period(&[FeedbackFrom::Child])).shown,
            "records from children in the period",
            "registers/feedback.csv",
        ));
        feedback.push(figure(
            "Reviews by social workers and IROs",
            count(in_period(&[FeedbackFrom::SocialWorker, FeedbackFrom::Iro])).shown,
            "records from social workers and IROs in the period",
            "registers/feedback.csv",
        ));
    }

    Commission {
        document: document.template_stem(),
        title: messages.get(document.title_id()),
        lang: messages.lang(),
        mode,
        internal: mode == Mode::Internal,
        authority: bundle.meta.organisation.clone(),
        period: bundle.meta.period,
        as_of,
        standards_title: catalog.document.title.clone(),
        tool: format!("ivaudit {}", env!("CARGO_PKG_VERSION")),
        disclosure_note: DISCLOSURE_NOTE,
        population,
        need,
        planning_need,
        provision,
        targets,
        characteristics,
        budget,
        outputs,
        outcomes,
        procurement,
        advocacy_safeguards,
        duties,
        standards,
        clauses,
        delivery,
        ratings,
        priorities,
        feedback,
        missing,
    }
}

/// Indicative targets for volunteers with the attributes the children need,
/// each the expected need `n` times a share worked out from published counts.
fn volunteer_targets(
    n: u64,
    group: &[&Referral],
    pop: Option<&crate::bundle::registers::Population>,
    cla: Option<&Cell>,
    mode: Mode,
) -> Vec<Figure> {
    let count = |v: u64| disclosure::count(v, mode);
    let mut targets = vec![figure(
        "Independent Visitors needed in all",
        format!("{n}"),
        "one volunteer for each child expected to need an IV (Standard 5, good practice, bullet 6)",
        "the expected need above",
    )];
    let share_of = |pred: &dyn Fn(&Referral) -> bool, known: &dyn Fn(&Referral) -> bool| -> Option<(u64, u64)> {
        let known: Vec<&&Referral> = group.iter().filter(|r| known(r)).collect();
        let hits = known.iter().filter(|r| pred(r)).count() as u64;
        (!known.is_empty()).then_some((hits, known.len() as u64))
    };
    let mut target = |label: &str, what: &str, source: &str, fraction: Option<(u64, u64)>| {
        let Some((part, whole)) = fraction else { return };
        let (p, w) = (count(part), count(whole));
        if let (Some(pv), Some(wv)) = (p.value, w.value.filter(|w| *w > 0)) {
            let t = (n * pv).div_ceil(wv);
            targets.push(figure(
                label,
                format!("{t}"),
                format!("{n} x {} / {} {what}, rounded up", p.shown, w.shown),
                source,
            ));
        } else {
            targets.push(figure(label, disclosure::SUPPRESSED, format!("{what}: too few to publish"), source));
        }
    };
    target(
        "Welsh-speaking volunteers",
        "matched and waiting children whose first language is Welsh",
        "registers/children.csv; Standard 13, providers will, bullet 2",
        share_of(&|r| r.first_language == Some(Language::Welsh), &|r| r.first_language.is_some()),
    );
    target(
        "Male volunteers",
        "matched and waiting children who are boys",
        "registers/children.csv; Appendix D, footnote 8",
        share_of(&|r| r.gender == Some(Gender::Male), &|r| r.gender.is_some()),
    );
    if let (Some(p), Some(c)) = (pop, cla)
        && let Some(out) = p.out_of_county.map(|o| o + p.out_of_wales.unwrap_or(0))
    {
        let o = count(u64::from(out));
        if let (Some(ov), Some(cv)) = (o.value, c.value.filter(|c| *c > 0)) {
            targets.push(figure(
                "Volunteers able to reach children placed out of county or outside Wales",
                format!("{}", (n * ov).div_ceil(cv)),
                format!("{n} x {} / {} children looked after placed away, rounded up", o.shown, c.shown),
                "registers/population.yaml; Appendix D, Element two",
            ));
        }
    }
    targets
}

fn gender_group(r: &Referral) -> &'static str {
    match r.gender {
        Some(Gender::Female) => "Girls and young women",
        Some(Gender::Male) => "Boys and young men",
        Some(Gender::NonBinary | Gender::Other) => "Another gender",
        _ => "Not recorded",
    }
}

fn language_group(r: &Referral) -> &'static str {
    match r.first_language {
        Some(Language::Welsh) => "Welsh",
        Some(Language::English) => "English",
        Some(Language::Other) => "Another language",
        None => "Not recorded",
    }
}

fn placement_group(r: &Referral) -> &'static str {
    match r.placement {
        Some(Placement::InCounty) => "In county",
        Some(Placement::OutOfCounty) => "Out of county",
        Some(Placement::OutOfWales) => "Outside Wales",
        None => "Not recorded",
    }
}

/// Matched and waiting children by gender, first language and placement,
/// each a table under disclosure control.
fn characteristics(matched: &[&Referral], waiting: &[&Referral], mode: Mode) -> Vec<(String, Table)> {
    let by = |label: &str, group: fn(&Referral) -> &'static str, keys: &[&str]| -> (String, Table) {
        let rows: Vec<(&str, Vec<u64>)> = keys
            .iter()
            .map(|key| {
                let m = matched.iter().filter(|r| group(r) == *key).count() as u64;
                let w = waiting.iter().filter(|r| group(r) == *key).count() as u64;
                (*key, vec![m, w])
            })
            .collect();
        (label.to_string(), disclosure::table(&["Matched", "Waiting"], &rows, mode))
    };
    vec![
        by("Gender", gender_group, &["Girls and young women", "Boys and young men", "Another gender", "Not recorded"]),
        by("First language", language_group, &["Welsh", "English", "Another language", "Not recorded"]),
        by("Placement", placement_group, &["In county", "Out of county", "Outside Wales", "Not recorded"]),
    ]
}

/// What the specification takes from the catalog: the statutory duties, each
/// standard with what the provider will do and how compliance will be shown,
/// and the clauses a specification must contain.
fn specification_content(
    catalog: &Catalog,
    assessment: &Assessment,
) -> (Vec<Duty>, Vec<SpecStandard>, Vec<SpecClause>) {
    let duties = catalog
        .requirements()
        .filter(|r| r.kind == Kind::Statutory)
        .map(|r| Duty { id: r.id.clone(), legal_basis: r.legal_basis.clone().unwrap_or_default(), text: flat(&r.text) })
        .collect();
    let standards = catalog
        .standards
        .iter()
        .map(|s| {
            let provider: Vec<&crate::catalog::Requirement> = s
                .requirements
                .iter()
                .filter(|r| r.party == Party::Provider && matches!(r.kind, Kind::Obligation | Kind::Statutory))
                .collect();
            SpecStandard {
                number: s.number,
                title: s.title.clone(),
                outcomes: s.outcomes.iter().map(|o| flat(o)).collect(),
                provider_will: provider.iter().map(|r| SpecItem { id: r.id.clone(), text: flat(&r.text) }).collect(),
                evidence: provider
                    .iter()
                    .flat_map(|r| r.criteria.iter().map(|c| format!("documents showing that {}", c.shows)))
                    .collect(),
                indicators: assessment
                    .indicators
                    .iter()
                    .filter(|i| i.standards.contains(&s.id.as_str()))
                    .filter_map(|i| {
                        i.benchmark
                            .as_ref()
                            .filter(|b| b.low.is_some() || b.high.is_some())
                            .map(|b| format!("{}: {}", i.title, b.text))
                    })
                    .collect(),
            }
        })
        .collect();
    let clauses = catalog
        .clauses
        .iter()
        .map(|c| SpecClause {
            id: c.id.clone(),
            title: c.title.clone(),
            text: c.text.clone(),
            source: c.source.clone(),
        })
        .collect();
    (duties, standards, clauses)
}

/// What the plan promised against what the registers show was delivered.
fn delivery(assessment: &Assessment, planning_need: Option<u64>, matched: &Cell, mode: Mode) -> Vec<Delivery> {
    let mut delivery = Vec::new();
    if let Some(n) = planning_need {
        delivery.push(Delivery {
            measure: "Children matched".into(),
            planned: format!("{n}"),
            delivered: matched.shown.clone(),
            source: SRC_CHILDREN.into(),
        });
    }
    for (id, planned) in [
        ("matched_within_3_months", "every match"),
        ("visit_months_covered", "every month of every match"),
        ("feedback_within_6_months", "every match"),
        ("reviewed_by_authority_within_6_months", "every match"),
    ] {
        if let Some(i) = ind(assessment, id) {
            delivery.push(Delivery {
                measure: i.title.to_string(),
                planned: planned.to_string(),
                delivered: published_share(i, mode),
                source: i.registers.join(", "),
            });
        }
    }
    delivery
}

/// An indicator's share as a document may publish it: hidden when either of
/// its counts is 1 to 4, otherwise worked out from the rounded counts.
fn published_share(i: &Indicator, mode: Mode) -> String {
    match (i.numerator, i.denominator) {
        (Some(n), Some(d)) => {
            let (n, d) = (disclosure::count(n as u64, mode), disclosure::count(d as u64, mode));
            let pct = disclosure::percent(&n, &d);
            if pct == disclosure::SUPPRESSED { pct } else { format!("{pct} ({} of {})", n.shown, d.shown) }
        }
        _ => "no data".to_string(),
    }
}

#[cfg(test)]
mod tests {
    //! The budget arithmetic against cases worked out by hand.

    use super::*;
    use crate::bundle::registers::{ChildView, Decision, EligibilityAssessment, Population, Registers};
    use crate::bundle::{BundleMeta, Period};
    use crate::catalog::{Catalog, CatalogSource};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn authority(population: Population, assessments: Option<Vec<EligibilityAssessment>>) -> Bundle {
        Bundle {
            meta: BundleMeta {
                organisation: "Test Council".into(),
                role: Party::Authority,
                authorities: Vec::new(),
                period: Some(Period { from: d("2025-04-01"), to: d("2026-03-31") }),
                as_of: Some(d("2026-03-31")),
                commissioning: Default::default(),
            },
            evidence: Vec::new(),
            unlinked: Vec::new(),
            unlisted: Vec::new(),
            diagnostics: Vec::new(),
            registers: Registers {
                population: Some(population),
                assessments,
                children: Some(Vec::new()),
                ..Registers::default()
            },
        }
    }

    fn population(cla: u32, budget: u32) -> Population {
        Population {
            children_looked_after: cla,
            over_7: None,
            out_of_county: None,
            out_of_wales: None,
            three_plus_moves: None,
            residential: None,
            iv_budget: Some(budget),
        }
    }

    fn indicated(n: usize) -> Vec<EligibilityAssessment> {
        (0..n)
            .map(|i| EligibilityAssessment {
                line: i + 2,
                child_ref: format!("C-{i}"),
                assessed_on: d("2025-10-01"),
                assessed_by: None,
                factors: vec!["little_family_contact"],
                age: Some(12),
                child_view: Some(ChildView::Wants),
                decision: Decision::Refer,
                next_review: None,
            })
            .collect()
    }

    fn build_for(bundle: &Bundle, mode: Mode) -> Commission {
        let catalog = Catalog::load(&CatalogSource::Embedded).unwrap();
        let assessment = crate::assess::assess(&catalog, bundle, d("2026-03-31"));
        build(&catalog, bundle, &assessment, Document::Plan, mode, &crate::locale::Messages::english())
    }

    fn shown<'a>(c: &'a Commission, label: &str) -> &'a Figure {
        c.budget.iter().chain(&c.need).find(|f| f.label == label).unwrap_or_else(|| panic!("no figure {label}"))
    }

    #[test]
    fn internal_budget_uses_exact_counts() {
        // 412 x 2.5% = 10.3 children, rounded up to 11 for planning:
        // 11 x £2,400 = £26,400. Band: 10.3 x £2,400 = £24,720 to 20.6 x £2,400 = £49,440.
        let c = build_for(&authority(population(412, 14_400), None), Mode::Internal);
        assert_eq!(c.planning_need, Some(11));
        assert_eq!(shown(&c, "Reasonable budget for the expected need").shown, "£26,400");
        assert_eq!(shown(&c, "Reasonable budget across the 2.5-5.0% band").shown, "£24,720 to £49,440");
        assert_eq!(shown(&c, "Expected need from the 2.5-5.0% band").shown, "10.3 to 20.6 children");
        assert_eq!(shown(&c, "Current IV budget").shown, "£14,400");
        let shortfall = shown(&c, "Shortfall against the reasonable budget");
        assert_eq!(shortfall.shown, "£12,000");
        assert_eq!(shortfall.arithmetic, "£26,400 less £14,400");
        assert_eq!(shown(&c, "Matches the current budget funds").shown, "6");
    }

    #[test]
    fn published_budget_is_worked_from_the_rounded_count() {
        // 412 is published as 410, and everything derived uses 410, so the
        // exact population cannot be recovered by dividing a budget:
        // 410 x 2.5% = 10.25 children (11 for planning) -> £26,400; band £24,600 to £49,200.
        let c = build_for(&authority(population(412, 14_400), None), Mode::Publication);
        assert_eq!(c.population[0].count.shown, "410");
        assert_eq!(shown(&c, "Reasonable budget across the 2.5-5.0% band").shown, "£24,600 to £49,200");
        assert_eq!(shown(&c, "Reasonable budget for the expected need").shown, "£26,400");
        assert!(shown(&c, "Expected need from the 2.5-5.0% band").arithmetic.starts_with("410 children looked after"));
    }

    #[test]
    fn assessed_need_above_the_band_drives_the_plan() {
        // 15 children assessed as needing an IV > 11 from the band: 15 x £2,400 = £36,000.
        let c = build_for(&authority(population(412, 40_000), Some(indicated(15))), Mode::Internal);
        assert_eq!(c.planning_need, Some(15));
        assert_eq!(shown(&c, "Reasonable budget for the expected need").shown, "£36,000");
        let over = shown(&c, "Budget above the reasonable budget");
        assert_eq!(over.shown, "£4,000");
        // Published, 15 stays 15 (already a multiple of 5) and 3 assessed would be hidden.
        let c = build_for(&authority(population(412, 40_000), Some(indicated(3))), Mode::Publication);
        let need = c.need.iter().find(|f| f.label.starts_with("Children for whom")).unwrap();
        assert_eq!(need.shown, "*");
        assert_eq!(c.planning_need, Some(11), "a hidden assessed count falls back to the band");
        let why = &shown(&c, "Expected need used for planning").arithmetic;
        assert!(why.ends_with("too small to publish (*)") && !why.contains('3'), "{why}");
    }

    #[test]
    fn the_planning_rule_quotes_the_assessed_need_as_published() {
        // 8 children assessed as needing an IV are published as 10, and the
        // words explaining the plan say 10 too: never the 8 behind it.
        let c = build_for(&authority(population(412, 40_000), Some(indicated(8))), Mode::Publication);
        let why = &shown(&c, "Expected need used for planning").arithmetic;
        assert_eq!(
            why,
            "the band's lower end, 11 children (2.5% rounded up), since fewer are yet assessed as needing an IV (10)"
        );
        let c = build_for(&authority(population(412, 40_000), Some(indicated(8))), Mode::Internal);
        assert!(shown(&c, "Expected need used for planning").arithmetic.ends_with("(8)"));
    }

    #[test]
    fn advocacy_safeguards_appear_only_when_bought_together() {
        let mut b = authority(population(200, 12_000), None);
        assert!(build_for(&b, Mode::Publication).advocacy_safeguards.is_empty());
        b.meta.commissioning.with_advocacy = true;
        let c = build_for(&b, Mode::Publication);
        assert_eq!(c.advocacy_safeguards.len(), 3);
        assert!(c.advocacy_safeguards[1].contains("Separate service specifications"));
    }
}

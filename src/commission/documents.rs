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
use crate::assess::indicators::{self, COST_PER_MATCH_GBP, Indicator, thousands};
use crate::assess::{Assessment, Rating};
use crate::bundle::Bundle;
use crate::bundle::registers::{FeedbackFrom, Gender, Language, Placement, Referral};
use crate::catalog::{Catalog, Kind, Party};
use crate::date::Date;
use crate::locale::Messages;
use crate::msg;
use crate::text::flatten as flat;

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
    pub label: String,
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
    pub disclosure_note: String,
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
const SRC_FEEDBACK: &str = "registers/feedback.csv";

/// New Economics Foundation outcomes quoted in Appendix D, Principle 2
/// (messages).
const NEF_OUTCOMES: &[&str] =
    &["com-nef-well-being", "com-nef-relationships", "com-nef-social", "com-nef-practical", "com-nef-achievement"];

/// The three safeguards Appendix D demands when IV and advocacy are bought
/// together (messages).
const ADVOCACY_SAFEGUARDS: &[&str] = &["com-advocacy-outcomes", "com-advocacy-specifications", "com-advocacy-budget"];

/// `1 child`, `11 children`: for planning figures, which are worked out
/// from published counts and are not themselves counts of children.
fn children_phrase(m: &Messages, n: u64) -> String {
    msg!(m, "count-children", count = n)
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

/// Builds the model at `as_of`, every word from `messages`.
pub fn build(
    catalog: &Catalog,
    bundle: &Bundle,
    assessment: &Assessment,
    document: Document,
    mode: Mode,
    messages: &Messages,
) -> Commission {
    let m = messages;
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
            label: m.get("com-pop-looked-after"),
            count: cla.clone(),
            share: "100%".into(),
            welsh_average: None,
        });
        for (label, value, avg) in [
            ("com-pop-over-7", p.over_7, None),
            ("com-pop-out-of-county", p.out_of_county, Some("27%")),
            ("com-pop-outside-wales", p.out_of_wales, Some("4%")),
            ("com-pop-three-moves", p.three_plus_moves, Some("10%")),
            ("com-pop-residential", p.residential, None),
        ] {
            if let Some(v) = value {
                let c = count(u64::from(v));
                population.push(PopulationLine {
                    label: m.get(label),
                    share: share(&c, cla),
                    count: c,
                    welsh_average: avg,
                });
            }
        }
    } else {
        missing.push(m.get("com-missing-population"));
    }

    // Expected need.
    let eligibility: Option<Eligibility> = eligibility::assess_in(bundle, as_of, m);
    let mut need = Vec::new();
    let assessed_need = eligibility.as_ref().map(|e| count(e.summary.indicated as u64));
    let src_assess = m.get("com-src-assessments");
    if let (Some(e), Some(indicated)) = (&eligibility, &assessed_need) {
        need.push(figure(
            &m.get("com-fig-indicated"),
            indicated.shown.clone(),
            msg!(m, "com-fig-indicated-how", assessed = count(e.summary.assessed as u64).shown),
            &src_assess,
        ));
        need.push(figure(
            &m.get("com-fig-can-appoint"),
            count(e.summary.can_appoint as u64).shown,
            m.get("com-fig-can-appoint-how"),
            &src_assess,
        ));
    } else {
        missing.push(m.get("com-missing-assessments"));
    }
    // The band, from the published count of children looked after.
    let band = cla.as_ref().and_then(|c| c.value).map(|c| (c * 25, c * 50)); // in thousandths of a child
    let tenths = |thousandths: u64| format!("{:.1}", thousandths as f64 / 1000.0);
    if let (Some((low, high)), Some(c)) = (band, &cla) {
        need.push(figure(
            &m.get("com-fig-band"),
            msg!(m, "com-fig-band-shown", low = tenths(low), high = tenths(high)),
            msg!(m, "com-fig-band-how", looked_after = c.shown.clone()),
            &m.get("com-src-band"),
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
                msg!(m, "com-planning-assessed", assessed = a, band_low = b.to_string())
            }
            (Some(_), Some(b)) => msg!(m, "com-planning-band-fewer", children = children_phrase(m, b), assessed = a),
            (None, Some(b)) if assessed_need.is_some() => {
                msg!(m, "com-planning-band-too-small", children = children_phrase(m, b), assessed = a)
            }
            (None, Some(b)) => msg!(m, "com-planning-band", children = children_phrase(m, b)),
            (Some(_), None) => msg!(m, "com-planning-assessed-only", assessed = a),
            (None, None) => String::new(),
        };
        need.push(figure(&m.get("com-fig-planning"), children_phrase(m, n), why, &m.get("com-src-planning-rule")));
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
            &m.get("com-fig-matched"),
            matched_c.shown.clone(),
            msg!(m, "com-fig-matched-how", date = as_of.to_string()),
            SRC_CHILDREN,
        ));
        provision.push(figure(
            &m.get("com-fig-waiting"),
            waiting_c.shown.clone(),
            m.get("com-fig-waiting-how"),
            SRC_CHILDREN,
        ));
        for (id, label) in
            [("waiting_over_3_months", "com-fig-waiting-3"), ("waiting_over_12_months", "com-fig-waiting-12")]
        {
            if let Some(v) = ind(assessment, id).and_then(|i| i.value) {
                provision.push(figure(
                    &m.get(label),
                    count(v as u64).shown,
                    m.get("com-fig-waiting-long-how"),
                    SRC_CHILDREN,
                ));
            }
        }
        if let Some(c) = &cla {
            provision.push(figure(
                &m.get("com-fig-reach"),
                share(&matched_c, c),
                format!("{} / {}", matched_c.shown, c.shown),
                &m.get("com-src-reach"),
            ));
        }
    } else {
        missing.push(m.get("com-missing-children"));
    }
    let unmet = planning_need.zip(matched_c.value).map(|(n, m)| n.saturating_sub(m));
    if let (Some(u), Some(n)) = (unmet, planning_need) {
        provision.push(figure(
            &m.get("com-fig-unmet"),
            children_phrase(m, u),
            msg!(m, "com-fig-unmet-how", need = n.to_string(), matched = matched_c.shown.clone()),
            &m.get("com-src-figures-above"),
        ));
    }

    // Volunteer targets.
    let group: Vec<&Referral> = matched.iter().chain(waiting.iter()).copied().collect();
    let targets = planning_need.map(|n| volunteer_targets(n, &group, pop, cla.as_ref(), mode, m)).unwrap_or_default();

    // Protected characteristics, as tables with disclosure control.
    let characteristics =
        if regs.children.is_some() { characteristics(&matched, &waiting, mode, m) } else { Vec::new() };

    // Budget.
    let mut budget = Vec::new();
    if let Some(n) = planning_need {
        let reasonable = n * u64::from(COST_PER_MATCH_GBP);
        let src_cost = m.get("com-src-cost");
        budget.push(figure(
            &m.get("com-fig-budget-need"),
            gbp(reasonable),
            msg!(m, "com-budget-need-how", children = children_phrase(m, n)),
            &src_cost,
        ));
        if let Some((low, high)) = band {
            let (bl, bh) = (low * u64::from(COST_PER_MATCH_GBP) / 1000, high * u64::from(COST_PER_MATCH_GBP) / 1000);
            budget.push(figure(
                &m.get("com-fig-budget-band"),
                msg!(m, "com-range", low = gbp(bl), high = gbp(bh)),
                msg!(m, "com-budget-band-how", low = tenths(low), high = tenths(high)),
                &src_cost,
            ));
        }
        match pop.and_then(|p| p.iv_budget) {
            Some(current) => {
                let current = u64::from(current);
                budget.push(figure(&m.get("com-fig-budget-current"), gbp(current), m.get("com-as-stated"), SRC_POP));
                let (label, diff) = if current >= reasonable {
                    ("com-fig-budget-above", current - reasonable)
                } else {
                    ("com-fig-budget-shortfall", reasonable - current)
                };
                budget.push(figure(
                    &m.get(label),
                    gbp(diff),
                    msg!(m, "com-less", from = gbp(reasonable.max(current)), less = gbp(reasonable.min(current))),
                    &m.get("com-src-figures-above"),
                ));
                budget.push(figure(
                    &m.get("com-fig-budget-matches"),
                    format!("{}", current / u64::from(COST_PER_MATCH_GBP)),
                    msg!(m, "com-budget-matches-how", budget = gbp(current)),
                    &src_cost,
                ));
            }
            None => missing.push(m.get("com-missing-budget")),
        }
    }

    // Outputs and outcomes.
    let mut outputs = Vec::new();
    if let Some(n) = planning_need {
        outputs.push(msg!(m, "com-output-matched", count = n));
    }
    outputs.extend(
        [
            "com-output-3-months",
            "com-output-monthly",
            "com-output-feedback",
            "com-output-volunteers",
            "com-output-reports",
        ]
        .iter()
        .map(|id| m.get(id)),
    );
    let mut outcomes: Vec<String> = NEF_OUTCOMES.iter().map(|id| m.get(id)).collect();
    for s in &catalog.standards {
        for (i, o) in s.outcomes.iter().enumerate() {
            let outcome = m.pick(&flat(o), s.outcomes_cy.get(i).map(|w| flat(w)).as_deref());
            outcomes.push(msg!(m, "com-standard-outcome", number = s.number.to_string(), outcome = outcome));
        }
    }

    // Procurement.
    let c = &bundle.meta.commissioning;
    let mut procurement = Vec::new();
    if let Some(model) = &c.model {
        procurement.push(msg!(m, "com-procurement-model", model = model.as_str()));
    }
    if !c.providers.is_empty() {
        procurement.push(msg!(m, "com-procurement-provider", providers = c.providers.join(", ")));
    }
    procurement.push(m.get("com-procurement-coordinator"));
    let advocacy_safeguards: Vec<String> =
        if c.with_advocacy { ADVOCACY_SAFEGUARDS.iter().map(|id| m.get(id)).collect() } else { Vec::new() };

    let (duties, standards, clauses) = specification_content(catalog, assessment, m);

    // Delivery against the plan (the commissioning report).
    let delivery = delivery(assessment, planning_need, &matched_c, mode, m);
    let ratings = assessment
        .standards
        .iter()
        .zip(&catalog.standards)
        .map(|(r, s)| {
            let title = m.pick(&s.title, s.title_cy.as_deref());
            let rating = match r.rating {
                Some(Rating::Excellent) => "com-rating-excellent",
                Some(Rating::Good) => "com-rating-good",
                Some(Rating::RequiresImprovement) => "com-rating-requires-improvement",
                Some(Rating::RequiresSignificantImprovement) => "com-rating-requires-significant-improvement",
                None => "com-not-rated",
            };
            (msg!(m, "com-rating-standard", number = s.number.to_string(), title = title), m.get(rating))
        })
        .collect();
    let priorities = priorities::priorities_in(catalog, assessment, mode, m);

    // Children's feedback.
    let mut feedback = Vec::new();
    if let (Some(fb), Some(p)) = (&regs.feedback, bundle.meta.period) {
        let in_period = |from: &[FeedbackFrom]| {
            fb.iter().filter(|f| from.contains(&f.from) && p.from <= f.date && f.date <= p.to.min(as_of)).count() as u64
        };
        feedback.push(figure(
            &m.get("com-fig-feedback-children"),
            count(in_period(&[FeedbackFrom::Child])).shown,
            m.get("com-feedback-children-how"),
            SRC_FEEDBACK,
        ));
        feedback.push(figure(
            &m.get("com-fig-feedback-professionals"),
            count(in_period(&[FeedbackFrom::SocialWorker, FeedbackFrom::Iro])).shown,
            m.get("com-feedback-professionals-how"),
            SRC_FEEDBACK,
        ));
    }

    Commission {
        document: document.template_stem(),
        title: m.get(document.title_id()),
        lang: m.lang(),
        mode,
        internal: mode == Mode::Internal,
        authority: bundle.meta.organisation.clone(),
        period: bundle.meta.period,
        as_of,
        standards_title: m.pick(&catalog.document.title, catalog.document.title_cy.as_deref()),
        tool: format!("ivaudit {}", env!("CARGO_PKG_VERSION")),
        disclosure_note: m.get("com-disclosure-note"),
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
    m: &Messages,
) -> Vec<Figure> {
    let count = |v: u64| disclosure::count(v, mode);
    let mut targets = vec![figure(
        &m.get("com-fig-ivs-needed"),
        format!("{n}"),
        m.get("com-fig-ivs-needed-how"),
        &m.get("com-src-need-above"),
    )];
    let share_of = |pred: &dyn Fn(&Referral) -> bool, known: &dyn Fn(&Referral) -> bool| -> Option<(u64, u64)> {
        let known: Vec<&&Referral> = group.iter().filter(|r| known(r)).collect();
        let hits = known.iter().filter(|r| pred(r)).count() as u64;
        (!known.is_empty()).then_some((hits, known.len() as u64))
    };
    let mut target = |label: &str, what: &str, source: &str, fraction: Option<(u64, u64)>| {
        let Some((part, whole)) = fraction else { return };
        let (p, w) = (count(part), count(whole));
        let (label, what, source) = (m.get(label), m.get(what), m.get(source));
        if let (Some(pv), Some(wv)) = (p.value, w.value.filter(|w| *w > 0)) {
            let t = (n * pv).div_ceil(wv);
            targets.push(figure(
                &label,
                format!("{t}"),
                msg!(m, "com-target-how", need = n.to_string(), part = p.shown, whole = w.shown, what = what),
                &source,
            ));
        } else {
            targets.push(figure(&label, disclosure::SUPPRESSED, msg!(m, "com-target-too-few", what = what), &source));
        }
    };
    target(
        "com-fig-welsh-speaking",
        "com-what-welsh",
        "com-src-welsh-speaking",
        share_of(&|r| r.first_language == Some(Language::Welsh), &|r| r.first_language.is_some()),
    );
    target(
        "com-fig-male",
        "com-what-boys",
        "com-src-male",
        share_of(&|r| r.gender == Some(Gender::Male), &|r| r.gender.is_some()),
    );
    if let (Some(p), Some(c)) = (pop, cla)
        && let Some(out) = p.out_of_county.map(|o| o + p.out_of_wales.unwrap_or(0))
    {
        let o = count(u64::from(out));
        if let (Some(ov), Some(cv)) = (o.value, c.value.filter(|c| *c > 0)) {
            targets.push(figure(
                &m.get("com-fig-placed-away"),
                format!("{}", (n * ov).div_ceil(cv)),
                msg!(m, "com-placed-away-how", need = n.to_string(), part = o.shown, whole = c.shown.clone()),
                &m.get("com-src-placed-away"),
            ));
        }
    }
    targets
}

/// The row of a characteristics table a child falls in: a message id.
fn gender_group(r: &Referral) -> &'static str {
    match r.gender {
        Some(Gender::Female) => "com-gender-female",
        Some(Gender::Male) => "com-gender-male",
        Some(Gender::NonBinary | Gender::Other) => "com-gender-other",
        _ => "com-not-recorded",
    }
}

fn language_group(r: &Referral) -> &'static str {
    match r.first_language {
        Some(Language::Welsh) => "com-lang-welsh",
        Some(Language::English) => "com-lang-english",
        Some(Language::Other) => "com-lang-other",
        None => "com-not-recorded",
    }
}

fn placement_group(r: &Referral) -> &'static str {
    match r.placement {
        Some(Placement::InCounty) => "com-placement-in",
        Some(Placement::OutOfCounty) => "com-placement-out",
        Some(Placement::OutOfWales) => "com-placement-wales",
        None => "com-not-recorded",
    }
}

/// Matched and waiting children by gender, first language and placement,
/// each a table under disclosure control.
fn characteristics(matched: &[&Referral], waiting: &[&Referral], mode: Mode, m: &Messages) -> Vec<(String, Table)> {
    let columns = [m.get("com-col-matched"), m.get("com-col-waiting")];
    let columns: Vec<&str> = columns.iter().map(String::as_str).collect();
    let by = |title: &str, group: fn(&Referral) -> &'static str, keys: &[&str]| -> (String, Table) {
        let labels: Vec<String> = keys.iter().map(|k| m.get(k)).collect();
        let rows: Vec<(&str, Vec<u64>)> = keys
            .iter()
            .zip(&labels)
            .map(|(key, label)| {
                let mt = matched.iter().filter(|r| group(r) == *key).count() as u64;
                let w = waiting.iter().filter(|r| group(r) == *key).count() as u64;
                (label.as_str(), vec![mt, w])
            })
            .collect();
        (m.get(title), disclosure::table(&columns, &rows, mode))
    };
    vec![
        by(
            "com-char-gender",
            gender_group,
            &["com-gender-female", "com-gender-male", "com-gender-other", "com-not-recorded"],
        ),
        by(
            "com-char-language",
            language_group,
            &["com-lang-welsh", "com-lang-english", "com-lang-other", "com-not-recorded"],
        ),
        by(
            "com-char-placement",
            placement_group,
            &["com-placement-in", "com-placement-out", "com-placement-wales", "com-not-recorded"],
        ),
    ]
}

/// What the specification takes from the catalog: the statutory duties, each
/// standard with what the provider will do and how compliance will be shown,
/// and the clauses a specification must contain, in the catalog's words in
/// the document's language (or marked as English).
fn specification_content(
    catalog: &Catalog,
    assessment: &Assessment,
    m: &Messages,
) -> (Vec<Duty>, Vec<SpecStandard>, Vec<SpecClause>) {
    let text_of = |r: &crate::catalog::Requirement| m.pick(&flat(&r.text), r.text_cy.as_deref().map(flat).as_deref());
    let duties = catalog
        .requirements()
        .filter(|r| r.kind == Kind::Statutory)
        .map(|r| Duty {
            id: r.id.clone(),
            legal_basis: r.legal_basis.as_deref().map(|l| m.pick(l, None)).unwrap_or_default(),
            text: text_of(r),
        })
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
                title: m.pick(&s.title, s.title_cy.as_deref()),
                outcomes: s
                    .outcomes
                    .iter()
                    .enumerate()
                    .map(|(i, o)| m.pick(&flat(o), s.outcomes_cy.get(i).map(|w| flat(w)).as_deref()))
                    .collect(),
                provider_will: provider.iter().map(|r| SpecItem { id: r.id.clone(), text: text_of(r) }).collect(),
                evidence: provider
                    .iter()
                    .flat_map(|r| {
                        r.criteria
                            .iter()
                            .map(|c| msg!(m, "com-spec-evidence", shows = m.pick(&c.shows, c.shows_cy.as_deref())))
                    })
                    .collect(),
                // Indicator titles and benchmarks are worded by
                // `assess::indicators`, in the assessment's language.
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
            title: m.pick(&c.title, c.title_cy.as_deref()),
            text: m.pick(&c.text, c.text_cy.as_deref()),
            source: m.pick(&c.source, None),
        })
        .collect();
    (duties, standards, clauses)
}

/// What the plan promised against what the registers show was delivered.
fn delivery(
    assessment: &Assessment,
    planning_need: Option<u64>,
    matched: &Cell,
    mode: Mode,
    m: &Messages,
) -> Vec<Delivery> {
    let mut delivery = Vec::new();
    if let Some(n) = planning_need {
        delivery.push(Delivery {
            measure: m.get("com-delivery-matched"),
            planned: format!("{n}"),
            delivered: matched.shown.clone(),
            source: SRC_CHILDREN.into(),
        });
    }
    for (id, planned) in [
        ("matched_within_3_months", "com-planned-every-match"),
        ("visit_months_covered", "com-planned-every-month"),
        ("feedback_within_6_months", "com-planned-every-match"),
        ("reviewed_by_authority_within_6_months", "com-planned-every-match"),
    ] {
        if let Some(i) = ind(assessment, id) {
            delivery.push(Delivery {
                // Worded by `assess::indicators`, in the assessment's language.
                measure: i.title.to_string(),
                planned: m.get(planned),
                delivered: published_share(i, mode, m),
                source: i.registers.join(", "),
            });
        }
    }
    delivery
}

/// An indicator's share as a document may publish it: hidden when either of
/// its counts is 1 to 4, otherwise worked out from the rounded counts.
fn published_share(i: &Indicator, mode: Mode, m: &Messages) -> String {
    match (i.numerator, i.denominator) {
        (Some(n), Some(d)) => {
            let (n, d) = (disclosure::count(n as u64, mode), disclosure::count(d as u64, mode));
            let pct = disclosure::percent(&n, &d);
            if pct == disclosure::SUPPRESSED {
                pct
            } else {
                msg!(m, "com-share-of", percent = pct, count = n.shown, base = d.shown)
            }
        }
        _ => m.get("com-no-data"),
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

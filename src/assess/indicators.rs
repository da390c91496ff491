//! Indicators: what the registers show the service actually delivers, each
//! with its arithmetic, the benchmark it is judged against and where that
//! benchmark comes from. Where practice falls short of what the standards
//! expect, a *practice gap* is attached to the requirement it bears on, so
//! that a register can overturn a policy that reads well.
//!
//! Definitions (also in the README):
//! - A match runs from `matched_on` up to, but not including, `ended_on`.
//! - "At the as-of date" means on that day; "in the period" means from the
//!   period's start to its end or the as-of date, whichever is earlier.
//! - A whole month counts for visiting when the match ran for all of it and
//!   the month lies wholly inside the period.

use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

use crate::bundle::Bundle;
use crate::bundle::registers::{
    DbsLevel, EndReason, FeedbackFrom, Gender, Language, Placement, Referral, Registers, TRAINING_TOPICS, Volunteer,
};
use crate::catalog::Party;
use crate::date::Date;
use crate::locale::{Lang, Messages};
use crate::msg;

/// The cost of one IV match a year (Appendix D, Principle 4).
pub const COST_PER_MATCH_GBP: u32 = 2_400;
/// The expected reach band, in tenths of a percent (Appendix D, Principle 3).
pub const REACH_LOW_PERMILLE: u32 = 25;
pub const REACH_HIGH_PERMILLE: u32 = 50;

const SRC_REACH: &str = "Appendix D, Principle 3: “it would seem reasonable to expect that 2.5-5.0 percent of care experienced children and young people have access to an IV”";
const SRC_BUDGET: &str =
    "Appendix D, Principle 4: children and young people expected to require an IV x £2,400 = reasonable budget";
const SRC_THREE_MONTHS: &str = "Standard 5, good practice, bullet 8: “Every effort should be in place to secure a match within 3 months of the referral being received”";
const SRC_MONTHLY: &str = "Standard 8, good practice, bullet 1: IVs “should expect to visit a minimum of once a month”";
const SRC_VETTING: &str = "Standard 5, good practice, bullet 2 (enhanced DBS checks, at least two references, more than one person approving) and Standard 6, good practice, bullet 2 (initial training topics)";
const SRC_FEEDBACK: &str = "Standard 9: feedback “should be requested from children and young people on a regular basis” (six months is ivaudit's measure of regular)";
const SRC_REVIEW: &str = "Standard 9, good practice, bullet 2: “The IV arrangement should be reviewed by the local authority at every Statutory Review with the IRO asking for feedback”; Statutory Reviews are held at least every six months";
const SRC_OUT_OF_COUNTY: &str = "Appendix D, Principle 3: Welsh average 27% of looked-after children placed out of county; in the 2018 snapshot 36% of matched and 44% of waiting children were placed out of county (practice assessment)";
const SRC_WAITING: &str = "National figures: 43 children waiting in Wales in 2022 and 38 in 2023 (Children's Legal Centre Wales briefing); nearly a third of the 2018 waiting list had waited over 12 months (practice assessment)";
const SRC_WELSH: &str = "Standard 13, IV service providers will, bullet 2 (children whose first language is Welsh) and Standard 5, bullet 3 (volunteers speaking Welsh)";
const SRC_MEN: &str =
    "Appendix D, footnote 8: too few men among volunteers may leave boys and young men without a suitable match";
const SRC_COMPLAINTS: &str = "Standard 14, IV service providers will: “respond quickly and seriously”";
const SRC_POST18: &str = "Standard 7, good practice, bullet 4 and Standard 1, good practice, bullet 8 (continuing matches beyond 18); in 2022 two Welsh authorities funded IVs for 10 care leavers (Children's Legal Centre Wales briefing)";
const SRC_ENDINGS: &str = "Standard 7, IV service providers will: “a clear and consistent process for referral, matching, and positive endings”";
const SRC_LENGTH: &str =
    "New Economics Foundation (2014): IV matches lasted three years on average (legislative framework briefing)";

/// How an indicator compares with its benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    Meets,
    Below,
    Above,
    /// There is no benchmark to judge against; the figure informs.
    Information,
    /// The register it needs is absent, refused or empty.
    NoData,
}

/// What an indicator's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A fraction from 0 to 1, shown as a percentage.
    Share,
    Count,
    /// A ratio such as budget / reasonable budget.
    Ratio,
    Months,
    Days,
}

/// The benchmark or target an indicator is judged against.
#[derive(Debug, Clone, Serialize)]
pub struct Benchmark {
    pub text: String,
    pub low: Option<f64>,
    pub high: Option<f64>,
}

/// One indicator.
#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    pub id: &'static str,
    /// What it measures, in the report's language.
    pub title: String,
    pub unit: Unit,
    pub value: Option<f64>,
    pub numerator: Option<f64>,
    pub denominator: Option<f64>,
    /// The value in words, with its arithmetic.
    pub display: String,
    pub benchmark: Option<Benchmark>,
    /// Where the benchmark comes from: a citation of the standards, in
    /// their English words (marked as English in a Welsh report).
    pub source: String,
    pub judgement: Judgement,
    /// Why there is no data, or what else the figure shows.
    pub note: Option<String>,
    /// The registers it rests on.
    pub registers: Vec<&'static str>,
    /// The standards it bears on.
    pub standards: Vec<&'static str>,
}

/// A shortfall in practice, attached to the requirement it bears on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeGap {
    pub requirement: &'static str,
    /// The audit's own sentence, with its exact counts and the register
    /// lines concerned: for the inspection report and internal documents.
    pub text: String,
    /// Whether a child's safety is at stake (a priority action).
    pub safety: bool,
    /// The same shortfall as structured facts, for documents an authority
    /// publishes: they pass the counts through disclosure control and never
    /// copy `text`, which cites register lines.
    pub fact: GapFact,
}

/// What a practice gap says, without the audit's wording: fixed phrases
/// (from the message files, in the report's language) and bare counts.
/// Nothing here comes from a register cell or from the bundle's text, so a
/// document can write it out once its counts have passed disclosure control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GapFact {
    /// `count` of `base` fall short.
    Shortfall {
        /// The registers the counts are read from ("registers/children.csv").
        registers: String,
        /// What falls short, in fixed words with no figure from the bundle
        /// ("volunteers with an active match without at least two references").
        measure: String,
        count: usize,
        base: usize,
        /// What the base counts ("volunteers with an active match").
        base_phrase: String,
    },
    /// A fixed sentence that carries no figure from the bundle (an absent
    /// register, a budget below the reasonable budget).
    Statement(String),
}

/// Indicators and the practice gaps they reveal.
#[derive(Debug, Clone, Default)]
pub struct Practice {
    pub indicators: Vec<Indicator>,
    pub gaps: Vec<PracticeGap>,
}

fn round(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

fn percent(v: f64) -> String {
    let p = v * 100.0;
    if (p - p.round()).abs() < 1e-9 { format!("{p:.0}%") } else { format!("{p:.1}%") }
}

/// A citation of rows of the register `path`: "registers/children.csv,
/// lines 5, 7", or "registers/children.xlsx, rows 5, 7" for a spreadsheet,
/// whose reader sees row numbers, not lines.
fn cite(path: &str, lines: &[usize], m: &Messages) -> String {
    let mut lines = lines.to_vec();
    lines.sort_unstable();
    lines.dedup();
    let shown: Vec<String> = lines.iter().take(12).map(|l| l.to_string()).collect();
    let more = if lines.len() > 12 {
        format!(" {}", msg!(m, "ind-cite-more", count = (lines.len() - 12).to_string()))
    } else {
        String::new()
    };
    let (one, many) = if crate::bundle::registers::is_sheet(path) {
        ("ind-cite-row", "ind-cite-rows")
    } else {
        ("ind-cite-line", "ind-cite-lines")
    };
    match shown.len() {
        1 => format!("{path}, {}", msg!(m, one, number = shown[0].as_str())),
        _ => format!("{path}, {}{more}", msg!(m, many, numbers = shown.join(", "))),
    }
}

/// "needs registers/children.csv and registers/visits.csv".
fn needs(m: &Messages, registers: &[&str]) -> String {
    let registers: Vec<String> = registers.iter().map(|r| r.to_string()).collect();
    msg!(m, "ind-needs", registers = m.and_list(&registers))
}

/// A phrase of `ind-*` with a count ("3 children", "1 match").
fn counted(m: &Messages, id: &str, n: usize) -> String {
    msg!(m, id, count = n)
}

struct Builder<'m> {
    id: &'static str,
    title: String,
    source: String,
    registers: Vec<&'static str>,
    standards: Vec<&'static str>,
    m: &'m Messages,
}

impl<'m> Builder<'m> {
    /// An indicator `id`, titled by the message `ind-<id>` (underscores as
    /// hyphens), judged against a benchmark from `source`.
    fn new(id: &'static str, source: &'static str, m: &'m Messages) -> Builder<'m> {
        Builder {
            id,
            title: m.get(&format!("ind-{}", id.replace('_', "-"))),
            source: m.foreign(source, Lang::En),
            registers: Vec::new(),
            standards: Vec::new(),
            m,
        }
    }

    fn registers(mut self, r: &[&'static str]) -> Builder<'m> {
        self.registers = r.to_vec();
        self
    }

    fn standards(mut self, s: &[&'static str]) -> Builder<'m> {
        self.standards = s.to_vec();
        self
    }

    fn no_data(self, unit: Unit, why: impl Into<String>, benchmark: Option<Benchmark>) -> Indicator {
        Indicator {
            id: self.id,
            title: self.title,
            unit,
            value: None,
            numerator: None,
            denominator: None,
            display: self.m.get("ind-no-data"),
            benchmark,
            source: self.source,
            judgement: Judgement::NoData,
            note: Some(why.into()),
            registers: self.registers,
            standards: self.standards,
        }
    }

    /// A share `num / den`, or no data when `den` is zero. `of_what` is the
    /// message that names what `den` counts.
    fn share(self, num: usize, den: usize, of_what: &str, benchmark: Benchmark, note: Option<String>) -> Indicator {
        let of_what = self.m.get(of_what);
        if den == 0 {
            let why = msg!(self.m, "ind-none-to-measure", what = of_what.as_str());
            return self.no_data(Unit::Share, why, Some(benchmark));
        }
        let value = round(num as f64 / den as f64);
        let judgement = judge(value, &benchmark);
        Indicator {
            id: self.id,
            title: self.title,
            unit: Unit::Share,
            value: Some(value),
            numerator: Some(num as f64),
            denominator: Some(den as f64),
            display: msg!(
                self.m,
                "ind-share",
                percent = percent(num as f64 / den as f64),
                count = num,
                base = den,
                what = of_what
            ),
            benchmark: Some(benchmark),
            source: self.source,
            judgement,
            note,
            registers: self.registers,
            standards: self.standards,
        }
    }

    /// A count; `what` is the whole phrase shown, such as "3 children waiting".
    fn count(self, n: usize, what: &str, benchmark: Option<Benchmark>, note: Option<String>) -> Indicator {
        let value = n as f64;
        let judgement = benchmark.as_ref().map(|b| judge(value, b)).unwrap_or(Judgement::Information);
        Indicator {
            id: self.id,
            title: self.title,
            unit: Unit::Count,
            value: Some(value),
            numerator: Some(value),
            denominator: None,
            display: what.to_string(),
            benchmark,
            source: self.source,
            judgement,
            note,
            registers: self.registers,
            standards: self.standards,
        }
    }
}

fn judge(value: f64, b: &Benchmark) -> Judgement {
    match (b.low, b.high) {
        (Some(low), _) if value < low - 1e-12 => Judgement::Below,
        (_, Some(high)) if value > high + 1e-12 => Judgement::Above,
        (None, None) => Judgement::Information,
        _ => Judgement::Meets,
    }
}

fn target(text: String, low: Option<f64>, high: Option<f64>) -> Benchmark {
    Benchmark { text, low, high }
}

fn info(text: String) -> Benchmark {
    target(text, None, None)
}

/// The days the indicators look over: the period, cut at the as-of date.
#[derive(Debug, Clone, Copy)]
struct Window {
    from: Date,
    to: Date,
}

/// A calendar month as a number that counts months (year x 12 + month - 1),
/// so that spans of months are arithmetic, never a walk.
fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

/// The first whole month that starts on or after `d`.
fn first_whole_month_from(d: Date) -> i64 {
    month_index(d) + i64::from(d.day() > 1)
}

/// The last whole month that ends on or before `d`.
fn last_whole_month_to(d: Date) -> i64 {
    month_index(d) - i64::from(d != d.last_of_month())
}

/// Computes every indicator and practice gap for `bundle` at `as_of`, in English.
pub fn compute(bundle: &Bundle, as_of: Date) -> Practice {
    compute_in(bundle, as_of, &Messages::english())
}

/// [`compute`], its titles, figures in words, notes, benchmarks and
/// practice gaps in the language of `m`. Only [`GapFact`] stays in fixed
/// English words: documents write their own sentences from it.
pub fn compute_in(bundle: &Bundle, as_of: Date, m: &Messages) -> Practice {
    let regs = &bundle.registers;
    let role = bundle.meta.role;
    let provider = role != Party::Authority;
    let authority = role != Party::Provider;
    let window = bundle.meta.period.map(|p| Window { from: p.from, to: p.to.min(as_of) }).filter(|w| w.from <= w.to);
    let mut p = Practice::default();

    if authority {
        reach(regs, as_of, &mut p, m);
        budget(regs, &mut p, m);
    }
    waiting(regs, as_of, authority, &mut p, m);
    matching(regs, window, &mut p, m);
    visiting(regs, window, &mut p, m);
    vetting(regs, as_of, &mut p, m);
    recent_feedback(regs, as_of, &CHILD_FEEDBACK, &mut p, m);
    if authority {
        recent_feedback(regs, as_of, &AUTHORITY_REVIEW, &mut p, m);
    }
    out_of_county(regs, as_of, &mut p, m);
    welsh(regs, as_of, &mut p, m);
    men(regs, as_of, &mut p, m);
    complaints(regs, window, &mut p, m);
    continuations(regs, as_of, window, &mut p, m);

    // An absent register is itself a gap where the standards expect the record.
    // Each with the message of its sentence.
    let expected: [(bool, bool, &'static str, &str); 6] = [
        (provider, regs.children.is_some(), "S07.P1", "ind-gap-no-children"),
        (provider, regs.visits.is_some(), "S08.P1", "ind-gap-no-visits"),
        (provider, regs.volunteers.is_some(), "S05.P1", "ind-gap-no-volunteers"),
        (provider, regs.feedback.is_some(), "S09.P1", "ind-gap-no-feedback"),
        (provider, regs.complaints.is_some(), "S14.P1", "ind-gap-no-complaints"),
        (authority, regs.population.is_some(), "S12.LA1", "ind-gap-no-population"),
    ];
    // The sentence names no figure, so it is published as the audit says it.
    for (applies, present, requirement, id) in expected {
        if applies && !present {
            let sentence = m.get(id);
            p.gaps.push(PracticeGap {
                requirement,
                text: sentence.clone(),
                safety: false,
                fact: GapFact::Statement(sentence),
            });
        }
    }
    p
}

/// One entry per child, keyed by reference: where a child has several rows,
/// the latest referral wins.
fn by_child<'a>(rows: impl Iterator<Item = &'a Referral>) -> BTreeMap<&'a str, &'a Referral> {
    let mut by: BTreeMap<&str, &Referral> = BTreeMap::new();
    for r in rows {
        let e = by.entry(r.child_ref.as_str()).or_insert(r);
        if r.referred_on > e.referred_on {
            *e = r;
        }
    }
    by
}

/// Children whose match runs on `day`, one entry per child. The audit and
/// the commissioning documents both count children through this.
pub fn matched_children(children: &[Referral], day: Date) -> BTreeMap<&str, &Referral> {
    by_child(children.iter().filter(|r| r.matched_on_day(day)))
}

/// Children waiting on `day`, one entry per child.
pub fn waiting_children(children: &[Referral], day: Date) -> BTreeMap<&str, &Referral> {
    // A child with a running match is not waiting, whatever an older row says.
    let matched = matched_children(children, day);
    by_child(children.iter().filter(|r| r.waiting_on_day(day) && !matched.contains_key(r.child_ref.as_str())))
}

fn reach(regs: &Registers, as_of: Date, p: &mut Practice, m: &Messages) {
    let b = Builder::new("reach", SRC_REACH, m)
        .registers(&[regs.path("children"), "registers/population.yaml"])
        .standards(&["S12"]);
    let band = target(m.get("ind-bench-reach"), Some(0.025), Some(0.05));
    let (Some(children), Some(pop)) = (&regs.children, &regs.population) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            needs(m, &["registers/children.csv", "registers/population.yaml"]),
            Some(band),
        ));
        return;
    };
    let matched = matched_children(children, as_of).len();
    let ind = b.share(matched, pop.children_looked_after as usize, "ind-of-children-looked-after", band, None);
    if ind.judgement == Judgement::Below {
        p.gaps.push(PracticeGap {
            requirement: "S12.LA2",
            text: msg!(m, "ind-gap-reach", display = ind.display.as_str()),
            safety: false,
            // Not a count: rounded for publication, the counts could put the
            // share inside the band the sentence says it falls below.
            fact: GapFact::Statement(m.get("ind-fact-reach")),
        });
    }
    p.indicators.push(ind);
}

fn budget(regs: &Registers, p: &mut Practice, m: &Messages) {
    let b = Builder::new("budget_per_expected_match", SRC_BUDGET, m)
        .registers(&["registers/population.yaml"])
        .standards(&["S12"]);
    let bench = target(m.get("ind-bench-budget"), Some(1.0), None);
    let Some(pop) = &regs.population else {
        p.indicators.push(b.no_data(Unit::Ratio, needs(m, &["registers/population.yaml"]), Some(bench)));
        return;
    };
    let Some(budget) = pop.iv_budget else {
        p.indicators.push(b.no_data(Unit::Ratio, m.get("ind-no-budget"), Some(bench)));
        return;
    };
    let cla = pop.children_looked_after;
    if cla == 0 {
        p.indicators.push(b.no_data(Unit::Ratio, m.get("ind-no-children-looked-after"), Some(bench)));
        return;
    }
    // Exact arithmetic in pence-free pounds: need = cla x permille / 1000.
    let low_gbp = u64::from(cla) * u64::from(REACH_LOW_PERMILLE) * u64::from(COST_PER_MATCH_GBP) / 1000;
    let high_gbp = u64::from(cla) * u64::from(REACH_HIGH_PERMILLE) * u64::from(COST_PER_MATCH_GBP) / 1000;
    let need_low = f64::from(cla) * f64::from(REACH_LOW_PERMILLE) / 1000.0;
    let need_high = f64::from(cla) * f64::from(REACH_HIGH_PERMILLE) / 1000.0;
    let ratio = round(f64::from(budget) / low_gbp as f64);
    let display = msg!(
        m,
        "ind-display-budget",
        budget = thousands(u64::from(budget)),
        low = thousands(low_gbp),
        high = thousands(high_gbp),
        needlow = format!("{need_low:.1}"),
        needhigh = format!("{need_high:.1}"),
        children = cla.to_string(),
        cost = thousands(u64::from(COST_PER_MATCH_GBP)),
        ratio = format!("{ratio:.2}"),
    );
    let judgement = judge(ratio, &bench);
    if judgement == Judgement::Below {
        p.gaps.push(PracticeGap {
            requirement: "S12.LA2",
            text: msg!(
                m,
                "ind-gap-budget",
                budget = thousands(u64::from(budget)),
                low = thousands(low_gbp),
                cost = thousands(u64::from(COST_PER_MATCH_GBP))
            ),
            safety: false,
            fact: GapFact::Statement(msg!(m, "ind-fact-budget", cost = thousands(u64::from(COST_PER_MATCH_GBP)))),
        });
    }
    p.indicators.push(Indicator {
        id: b.id,
        title: b.title,
        unit: Unit::Ratio,
        value: Some(ratio),
        numerator: Some(f64::from(budget)),
        denominator: Some(low_gbp as f64),
        display,
        benchmark: Some(bench),
        source: b.source,
        judgement,
        note: None,
        registers: b.registers,
        standards: b.standards,
    });
}

/// `12345` as `12,345`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn waiting(regs: &Registers, as_of: Date, authority: bool, p: &mut Practice, m: &Messages) {
    let registers = [regs.path("children")];
    let Some(children) = &regs.children else {
        for id in ["waiting", "waiting_over_3_months", "waiting_over_12_months"] {
            let b = Builder::new(id, SRC_WAITING, m).registers(&registers).standards(&["S05", "S07"]);
            p.indicators.push(b.no_data(Unit::Count, needs(m, &["registers/children.csv"]), None));
        }
        return;
    };
    let waiting = waiting_children(children, as_of);
    p.indicators.push(Builder::new("waiting", SRC_WAITING, m).registers(&registers).standards(&["S05", "S07"]).count(
        waiting.len(),
        &counted(m, "ind-display-waiting", waiting.len()),
        None,
        None,
    ));
    for (id, months, requirement) in [
        ("waiting_over_3_months", 3, "S05.GP8"),
        ("waiting_over_12_months", 12, if authority { "S12.LA2" } else { "S05.GP8" }),
    ] {
        let cutoff = as_of.add_months(-months);
        let long: Vec<usize> = waiting.values().filter(|r| r.referred_on < cutoff).map(|r| r.line).collect();
        let source = if months == 3 { SRC_THREE_MONTHS } else { SRC_WAITING };
        let ind = Builder::new(id, source, m).registers(&registers).standards(&["S05", "S07"]).count(
            long.len(),
            &msg!(m, "ind-display-referred-before", count = long.len(), date = cutoff.to_string()),
            Some(target(m.get("ind-bench-none-waiting"), None, Some(0.0))),
            None,
        );
        if !long.is_empty() {
            p.gaps.push(PracticeGap {
                requirement,
                text: msg!(
                    m,
                    "ind-gap-waiting",
                    count = long.len(),
                    months = months,
                    cite = cite(regs.path("children"), &long, m)
                ),
                safety: false,
                fact: GapFact::Shortfall {
                    registers: "registers/children.csv".into(),
                    measure: msg!(m, "ind-fact-waiting", months = months),
                    count: long.len(),
                    base: waiting.len(),
                    base_phrase: m.get("ind-fact-base-waiting"),
                },
            });
        }
        p.indicators.push(ind);
    }
}

fn matching(regs: &Registers, window: Option<Window>, p: &mut Practice, m: &Messages) {
    let b = Builder::new("matched_within_3_months", SRC_THREE_MONTHS, m)
        .registers(&[regs.path("children")])
        .standards(&["S05", "S07"]);
    let bench = target(m.get("ind-bench-match-3"), Some(1.0), None);
    let (Some(children), Some(w)) = (&regs.children, window) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            no_data_why(regs.children.is_some(), "registers/children.csv", m),
            Some(bench),
        ));
        return;
    };
    let made: Vec<&Referral> =
        children.iter().filter(|r| r.matched_on.is_some_and(|m| w.from <= m && m <= w.to)).collect();
    let late: Vec<usize> =
        made.iter().filter(|r| r.matched_on.is_some_and(|m| m > r.referred_on.add_months(3))).map(|r| r.line).collect();
    let ind = b.share(made.len() - late.len(), made.len(), "ind-of-matches-made", bench, None);
    if !late.is_empty() {
        p.gaps.push(PracticeGap {
            requirement: "S05.GP8",
            text: msg!(
                m,
                "ind-gap-matching",
                count = late.len(),
                base = made.len(),
                cite = cite(regs.path("children"), &late, m)
            ),
            safety: false,
            fact: GapFact::Shortfall {
                registers: "registers/children.csv".into(),
                measure: m.get("ind-fact-slow-matches"),
                count: late.len(),
                base: made.len(),
                base_phrase: m.get("ind-fact-base-matches-made"),
            },
        });
    }
    p.indicators.push(ind);
}

fn no_data_why(register_present: bool, register: &str, m: &Messages) -> String {
    if register_present { m.get("ind-no-period") } else { needs(m, &[register]) }
}

fn visiting(regs: &Registers, window: Option<Window>, p: &mut Practice, m: &Messages) {
    let b = Builder::new("visit_months_covered", SRC_MONTHLY, m)
        .registers(&[regs.path("children"), regs.path("visits")])
        .standards(&["S08"]);
    let bench = target(m.get("ind-bench-visits"), Some(1.0), None);
    let (Some(children), Some(visits), Some(w)) = (&regs.children, &regs.visits, window) else {
        let why = if regs.children.is_none() || regs.visits.is_none() {
            needs(m, &["registers/children.csv", "registers/visits.csv"])
        } else {
            m.get("ind-no-period")
        };
        p.indicators.push(b.no_data(Unit::Share, why, Some(bench)));
        return;
    };
    // The months each child and volunteer met in, sorted and distinct, so
    // that the months of one match are counted by two binary searches:
    // time and memory follow the registers, never the length of the period.
    let mut visited: HashMap<(&str, &str), Vec<i64>> = HashMap::new();
    for v in visits {
        visited.entry((v.child_ref.as_str(), v.volunteer_ref.as_str())).or_default().push(month_index(v.date));
    }
    for months in visited.values_mut() {
        months.sort_unstable();
        months.dedup();
    }
    let (window_first, window_last) = (first_whole_month_from(w.from), last_whole_month_to(w.to));
    let (mut covered, mut total) = (0usize, 0usize);
    let mut gaps: Vec<usize> = Vec::new();
    for r in children {
        let (Some(m), Some(v)) = (r.matched_on, &r.volunteer_ref) else { continue };
        // A whole month counts when the match ran for all of it: it started
        // on or before the month's first day and had not ended by its last.
        let first = window_first.max(first_whole_month_from(m));
        let last = r.ended_on.map_or(window_last, |e| window_last.min(month_index(e) - 1));
        if first > last {
            continue;
        }
        let months = usize::try_from(last - first + 1).unwrap_or(0);
        let seen = visited
            .get(&(r.child_ref.as_str(), v.as_str()))
            .map_or(0, |visits| visits.partition_point(|&i| i <= last) - visits.partition_point(|&i| i < first));
        total += months;
        covered += seen;
        if seen < months {
            gaps.push(r.line);
        }
    }
    let ind = b.share(covered, total, "ind-of-match-months", bench, None);
    if total > covered {
        p.gaps.push(PracticeGap {
            requirement: "S08.P1",
            text: msg!(
                m,
                "ind-gap-visits",
                count = total - covered,
                base = total,
                cite = cite(regs.path("children"), &gaps, m)
            ),
            safety: false,
            fact: GapFact::Shortfall {
                registers: registers(m, &["registers/children.csv", "registers/visits.csv"]),
                measure: m.get("ind-fact-months-without-visit"),
                count: total - covered,
                base: total,
                base_phrase: m.get("ind-fact-base-match-months"),
            },
        });
    }
    p.indicators.push(ind);
}

/// Why a matched volunteer is not fully vetted, if they are not. The
/// register holds a volunteer's latest DBS check, so a renewal cannot be told
/// from a late first check: an enhanced check on record by the as-of date is
/// what counts. Approval, which is recorded once, must come before matching.
fn vetting_failures(v: &Volunteer, first_match: Date, as_of: Date) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut safety = Vec::new();
    let mut training = Vec::new();
    if !(v.dbs_level == Some(DbsLevel::Enhanced) && v.dbs_date.is_some_and(|d| d <= as_of)) {
        safety.push("an enhanced DBS check on record");
    }
    if v.references.is_none_or(|n| n < 2) {
        safety.push("at least two references");
    }
    if v.approvers.is_none_or(|n| n < 2) {
        safety.push("approval by more than one person");
    }
    if v.approved_on.is_none_or(|a| a > first_match) {
        safety.push("approval recorded before their first match");
    }
    if v.training_completed_on.is_none() {
        training.push("completed initial training");
    } else if TRAINING_TOPICS.iter().any(|t| !v.training_topics.iter().any(|k| k == t)) {
        training.push("initial training covering every topic Standard 6 lists");
    }
    (safety, training)
}

fn vetting(regs: &Registers, as_of: Date, p: &mut Practice, m: &Messages) {
    let b = Builder::new("volunteers_fully_vetted", SRC_VETTING, m)
        .registers(&[regs.path("children"), regs.path("volunteers")])
        .standards(&["S05", "S06", "S11"]);
    let bench = target(m.get("ind-bench-vetted"), Some(1.0), None);
    let (Some(children), Some(volunteers)) = (&regs.children, &regs.volunteers) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            needs(m, &["registers/children.csv", "registers/volunteers.csv"]),
            Some(bench),
        ));
        return;
    };
    let by_ref: HashMap<&str, &Volunteer> = volunteers.iter().map(|v| (v.volunteer_ref.as_str(), v)).collect();
    // Each volunteer with a running match, with the date of their earliest such match.
    let mut active: BTreeMap<&str, Date> = BTreeMap::new();
    for r in children.iter().filter(|r| r.matched_on_day(as_of)) {
        if let (Some(v), Some(m)) = (&r.volunteer_ref, r.matched_on) {
            let e = active.entry(v.as_str()).or_insert(m);
            *e = (*e).min(m);
        }
    }
    let mut by_reason: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    let mut training_reasons: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();
    let mut vetted = 0;
    let mut counted = 0;
    for (vref, first) in &active {
        let Some(v) = by_ref.get(vref) else { continue };
        counted += 1;
        let (safety, training) = vetting_failures(v, *first, as_of);
        if safety.is_empty() && training.is_empty() {
            vetted += 1;
        }
        for r in safety {
            by_reason.entry(r).or_default().push(v.line);
        }
        for r in training {
            training_reasons.entry(r).or_default().push(v.line);
        }
    }
    for (reason, lines) in &by_reason {
        let text = msg!(
            m,
            "ind-gap-vetting",
            count = lines.len(),
            base = counted,
            without = m.get(vetting_reason_id(reason)),
            cite = cite(regs.path("volunteers"), lines, m)
        );
        let fact = vetting_fact(reason, lines.len(), counted, m);
        for requirement in ["S05.P1", "S11.P1"] {
            p.gaps.push(PracticeGap { requirement, text: text.clone(), safety: true, fact: fact.clone() });
        }
    }
    for (reason, lines) in &training_reasons {
        p.gaps.push(PracticeGap {
            requirement: "S06.P1",
            text: msg!(
                m,
                "ind-gap-vetting",
                count = lines.len(),
                base = counted,
                without = m.get(vetting_reason_id(reason)),
                cite = cite(regs.path("volunteers"), lines, m)
            ),
            safety: false,
            fact: vetting_fact(reason, lines.len(), counted, m),
        });
    }
    p.indicators.push(b.share(vetted, counted, "ind-of-matched-volunteers", bench, None));
}

/// The message of one of `vetting_failures`'s fixed phrases.
fn vetting_reason_id(reason: &str) -> &'static str {
    match reason {
        "an enhanced DBS check on record" => "ind-without-dbs",
        "at least two references" => "ind-without-references",
        "approval by more than one person" => "ind-without-approvers",
        "approval recorded before their first match" => "ind-without-approval-date",
        "completed initial training" => "ind-without-training",
        _ => "ind-without-training-topics",
    }
}

/// A vetting shortfall as facts: `reason` is one of `vetting_failures`'s
/// fixed phrases.
fn vetting_fact(reason: &'static str, count: usize, base: usize, m: &Messages) -> GapFact {
    GapFact::Shortfall {
        registers: registers(m, &["registers/children.csv", "registers/volunteers.csv"]),
        measure: msg!(m, "ind-fact-vetting", without = m.get(vetting_reason_id(reason))),
        count,
        base,
        base_phrase: m.get("ind-fact-base-matched-volunteers"),
    }
}

/// The registers a shortfall is counted from, as a list in words.
fn registers(m: &Messages, paths: &[&str]) -> String {
    m.and_list(&paths.iter().map(|p| p.to_string()).collect::<Vec<_>>())
}

/// A measure of how recently each active match was heard about.
struct RecentFeedback {
    id: &'static str,
    source: &'static str,
    standards: &'static [&'static str],
    from: &'static [FeedbackFrom],
    /// Who was not heard from, as a message ("no feedback from the child").
    whom_id: &'static str,
    requirement: &'static str,
}

const CHILD_FEEDBACK: RecentFeedback = RecentFeedback {
    id: "feedback_within_6_months",
    source: SRC_FEEDBACK,
    standards: &["S09"],
    from: &[FeedbackFrom::Child],
    whom_id: "ind-whom-child",
    requirement: "S09.P1",
};

/// Whether the authority hears about each match: feedback from the child's
/// social worker or IRO, as at a Statutory Review.
const AUTHORITY_REVIEW: RecentFeedback = RecentFeedback {
    id: "reviewed_by_authority_within_6_months",
    source: SRC_REVIEW,
    standards: &["S08", "S09"],
    from: &[FeedbackFrom::SocialWorker, FeedbackFrom::Iro],
    whom_id: "ind-whom-review",
    requirement: "S09.LA1",
};

fn recent_feedback(regs: &Registers, as_of: Date, f: &RecentFeedback, p: &mut Practice, m: &Messages) {
    let b = Builder::new(f.id, f.source, m)
        .registers(&[regs.path("children"), regs.path("feedback")])
        .standards(f.standards);
    let bench = target(m.get("ind-bench-every-active-match"), Some(1.0), None);
    let (Some(children), Some(feedback)) = (&regs.children, &regs.feedback) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            needs(m, &["registers/children.csv", "registers/feedback.csv"]),
            Some(bench),
        ));
        return;
    };
    let since = as_of.add_months(-6);
    let heard: HashSet<&str> = feedback
        .iter()
        .filter(|r| f.from.contains(&r.from) && since < r.date && r.date <= as_of)
        .map(|r| r.child_ref.as_str())
        .collect();
    let matched = matched_children(children, as_of);
    let missing: Vec<usize> =
        matched.values().filter(|r| !heard.contains(r.child_ref.as_str())).map(|r| r.line).collect();
    let ind = b.share(matched.len() - missing.len(), matched.len(), "ind-of-active-matches", bench, None);
    if !missing.is_empty() {
        p.gaps.push(PracticeGap {
            requirement: f.requirement,
            text: msg!(
                m,
                "ind-gap-feedback",
                whom = m.get(f.whom_id),
                count = missing.len(),
                base = matched.len(),
                cite = cite(regs.path("children"), &missing, m)
            ),
            safety: false,
            fact: GapFact::Shortfall {
                registers: registers(m, &["registers/children.csv", "registers/feedback.csv"]),
                measure: msg!(m, "ind-fact-feedback", whom = m.get(f.whom_id)),
                count: missing.len(),
                base: matched.len(),
                base_phrase: m.get("ind-fact-base-active-matches"),
            },
        });
    }
    p.indicators.push(ind);
}

fn out_of_county(regs: &Registers, as_of: Date, p: &mut Practice, m: &Messages) {
    let away = |r: &&Referral| matches!(r.placement, Some(Placement::OutOfCounty | Placement::OutOfWales));
    for (id, waiting) in [("out_of_county_share", false), ("out_of_county_share_waiting", true)] {
        let b = Builder::new(id, SRC_OUT_OF_COUNTY, m).registers(&[regs.path("children")]).standards(&["S01", "S13"]);
        let bench = info(m.get("ind-bench-out-of-county"));
        let Some(children) = &regs.children else {
            p.indicators.push(b.no_data(Unit::Share, needs(m, &["registers/children.csv"]), Some(bench)));
            continue;
        };
        let group = if waiting { waiting_children(children, as_of) } else { matched_children(children, as_of) };
        let known: Vec<&&Referral> = group.values().filter(|r| r.placement.is_some()).collect();
        let n = known.iter().filter(|r| away(r)).count();
        let of_what = if waiting { "ind-of-waiting-placed" } else { "ind-of-matched-placed" };
        p.indicators.push(b.share(n, known.len(), of_what, bench, None));
    }
    // The matched share also says how the waiting list compares, since
    // out-of-county children are the hardest to match (2018: 36% matched, 44% waiting).
    let waiting_display =
        p.indicators.last().filter(|i| i.id == "out_of_county_share_waiting").map(|i| i.display.clone());
    if let (Some(w), Some(matched)) =
        (waiting_display, p.indicators.iter_mut().find(|i| i.id == "out_of_county_share" && i.value.is_some()))
    {
        matched.note = Some(msg!(m, "ind-note-waiting", display = w));
    }
}

fn welsh(regs: &Registers, as_of: Date, p: &mut Practice, m: &Messages) {
    let b = Builder::new("welsh_language_matches", SRC_WELSH, m)
        .registers(&[regs.path("children"), regs.path("volunteers")])
        .standards(&["S05", "S13"]);
    let bench = target(m.get("ind-bench-welsh"), Some(1.0), None);
    let (Some(children), Some(volunteers)) = (&regs.children, &regs.volunteers) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            needs(m, &["registers/children.csv", "registers/volunteers.csv"]),
            Some(bench),
        ));
        return;
    };
    let speaks: HashMap<&str, bool> =
        volunteers.iter().map(|v| (v.volunteer_ref.as_str(), v.welsh_speaker == Some(true))).collect();
    let matched = matched_children(children, as_of);
    let welsh: Vec<&&Referral> = matched.values().filter(|r| r.first_language == Some(Language::Welsh)).collect();
    let unmet: Vec<usize> = welsh
        .iter()
        .filter(|r| !r.volunteer_ref.as_deref().is_some_and(|v| speaks.get(v).copied().unwrap_or(false)))
        .map(|r| r.line)
        .collect();
    let ind = b.share(welsh.len() - unmet.len(), welsh.len(), "ind-of-welsh-children", bench, None);
    if !unmet.is_empty() {
        p.gaps.push(PracticeGap {
            requirement: "S13.P2",
            text: msg!(
                m,
                "ind-gap-welsh",
                count = unmet.len(),
                base = welsh.len(),
                cite = cite(regs.path("children"), &unmet, m)
            ),
            safety: false,
            fact: GapFact::Shortfall {
                registers: registers(m, &["registers/children.csv", "registers/volunteers.csv"]),
                measure: m.get("ind-fact-welsh-unmet"),
                count: unmet.len(),
                base: welsh.len(),
                base_phrase: m.get("ind-fact-base-welsh-children"),
            },
        });
    }
    p.indicators.push(ind);
}

fn men(regs: &Registers, as_of: Date, p: &mut Practice, m: &Messages) {
    let b = Builder::new("male_volunteers_share", SRC_MEN, m)
        .registers(&[regs.path("volunteers"), regs.path("children")])
        .standards(&["S05", "S13"]);
    let (Some(volunteers), Some(children)) = (&regs.volunteers, &regs.children) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            needs(m, &["registers/volunteers.csv", "registers/children.csv"]),
            None,
        ));
        return;
    };
    let active: Vec<&Volunteer> = volunteers
        .iter()
        .filter(|v| v.approved_on.is_some_and(|a| a <= as_of) && v.left_on.is_none_or(|l| l > as_of))
        .filter(|v| v.gender.is_some())
        .collect();
    let men = active.iter().filter(|v| v.gender == Some(Gender::Male)).count();
    let mut group: BTreeMap<&str, &Referral> = matched_children(children, as_of);
    group.extend(waiting_children(children, as_of));
    let known: Vec<&&Referral> = group.values().filter(|r| r.gender.is_some()).collect();
    let boys = known.iter().filter(|r| r.gender == Some(Gender::Male)).count();
    let bench = if known.is_empty() {
        info(m.get("ind-bench-boys-none"))
    } else {
        info(msg!(
            m,
            "ind-bench-boys",
            percent = percent(boys as f64 / known.len() as f64),
            count = boys,
            base = known.len()
        ))
    };
    p.indicators.push(b.share(men, active.len(), "ind-of-volunteers-gender", bench, None));
}

fn complaints(regs: &Registers, window: Option<Window>, p: &mut Practice, m: &Messages) {
    let b = Builder::new("complaints_resolved", SRC_COMPLAINTS, m)
        .registers(&[regs.path("complaints")])
        .standards(&["S14"]);
    let (Some(complaints), Some(w)) = (&regs.complaints, window) else {
        p.indicators.push(b.no_data(
            Unit::Share,
            no_data_why(regs.complaints.is_some(), "registers/complaints.csv", m),
            None,
        ));
        p.indicators.push(
            Builder::new("complaints_median_days", SRC_COMPLAINTS, m)
                .registers(&[regs.path("complaints")])
                .standards(&["S14"])
                .no_data(Unit::Days, no_data_why(regs.complaints.is_some(), "registers/complaints.csv", m), None),
        );
        return;
    };
    let received: Vec<_> = complaints.iter().filter(|c| w.from <= c.received_on && c.received_on <= w.to).collect();
    let resolved: Vec<i64> = received
        .iter()
        .filter_map(|c| c.resolved_on.filter(|r| *r <= w.to).map(|r| c.received_on.days_until(r)))
        .collect();
    let note = if received.is_empty() { Some(m.get("ind-no-complaints")) } else { None };
    p.indicators.push(b.share(
        resolved.len(),
        received.len(),
        "ind-of-complaints",
        info(m.get("ind-bench-no-target")),
        note,
    ));
    let b = Builder::new("complaints_median_days", SRC_COMPLAINTS, m)
        .registers(&[regs.path("complaints")])
        .standards(&["S14"]);
    match median(&resolved) {
        None => p.indicators.push(b.no_data(Unit::Days, m.get("ind-none-resolved"), None)),
        Some(days) => p.indicators.push(Indicator {
            id: b.id,
            title: b.title,
            unit: Unit::Days,
            value: Some(days),
            numerator: None,
            denominator: Some(resolved.len() as f64),
            display: msg!(m, "ind-display-median-days", days = median_text(days), count = resolved.len()),
            benchmark: None,
            source: b.source,
            judgement: Judgement::Information,
            note: None,
            registers: b.registers,
            standards: b.standards,
        }),
    }
}

/// A median as the indicators print it: "4", "4.5".
fn median_text(v: f64) -> String {
    format!("{v}")
}

fn median(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_unstable();
    let n = v.len();
    Some(if n % 2 == 1 { v[n / 2] as f64 } else { (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0 })
}

fn continuations(regs: &Registers, as_of: Date, window: Option<Window>, p: &mut Practice, m: &Messages) {
    let Some(children) = &regs.children else {
        for (id, source, unit) in [
            ("post18_continuations", SRC_POST18, Unit::Count),
            ("planned_endings", SRC_ENDINGS, Unit::Share),
            ("median_match_length_months", SRC_LENGTH, Unit::Months),
        ] {
            let b = Builder::new(id, source, m).registers(&[regs.path("children")]).standards(&["S07"]);
            p.indicators.push(b.no_data(unit, needs(m, &["registers/children.csv"]), None));
        }
        return;
    };
    let matched = matched_children(children, as_of);
    let post18 = matched.values().filter(|r| r.post18).count();
    p.indicators.push(
        Builder::new("post18_continuations", SRC_POST18, m)
            .registers(&[regs.path("children")])
            .standards(&["S07"])
            .count(post18, &counted(m, "ind-display-post18", post18), None, None),
    );
    let ended: Vec<&Referral> = match window {
        Some(w) => children
            .iter()
            .filter(|r| r.matched_on.is_some() && r.ended_on.is_some_and(|e| w.from <= e && e <= w.to))
            .collect(),
        None => Vec::new(),
    };
    let planned = ended.iter().filter(|r| r.end_reason == Some(EndReason::Planned)).count();
    let b = Builder::new("planned_endings", SRC_ENDINGS, m).registers(&[regs.path("children")]).standards(&["S07"]);
    p.indicators.push(b.share(planned, ended.len(), "ind-of-matches-ended", info(m.get("ind-bench-no-target")), None));
    let lengths: Vec<i64> = ended.iter().filter_map(|r| Some(months_between(r.matched_on?, r.ended_on?))).collect();
    let b = Builder::new("median_match_length_months", SRC_LENGTH, m)
        .registers(&[regs.path("children")])
        .standards(&["S07"]);
    match median(&lengths) {
        None => p.indicators.push(b.no_data(Unit::Months, m.get("ind-none-ended"), None)),
        Some(months) => p.indicators.push(Indicator {
            id: b.id,
            title: b.title,
            unit: Unit::Months,
            value: Some(months),
            numerator: None,
            denominator: Some(lengths.len() as f64),
            display: msg!(m, "ind-display-median-months", months = median_text(months), count = lengths.len()),
            benchmark: Some(info(m.get("ind-bench-match-length"))),
            source: b.source,
            judgement: Judgement::Information,
            note: None,
            registers: b.registers,
            standards: b.standards,
        }),
    }
}

/// Whole calendar months from `from` to `to` (a match from 15 January to
/// 14 March ran one whole month; to 15 March, two).
pub fn months_between(from: Date, to: Date) -> i64 {
    let mut months = i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() {
        months -= 1;
    }
    months.max(0)
}

#[cfg(test)]
mod tests {
    //! Each indicator against a case worked out by hand.

    use super::*;
    use crate::bundle::registers::{Complaint, Feedback, Population, Visit};
    use crate::bundle::{Bundle, BundleMeta, Period};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn referral(
        line: usize,
        child: &str,
        referred: &str,
        matched: Option<&str>,
        volunteer: Option<&str>,
        ended: Option<&str>,
    ) -> Referral {
        Referral {
            line,
            child_ref: child.into(),
            age: Some(12),
            gender: Some(Gender::Female),
            first_language: Some(Language::English),
            placement: Some(Placement::InCounty),
            placement_type: None,
            referred_on: d(referred),
            referral_source: None,
            consent: true,
            matched_on: matched.map(d),
            volunteer_ref: volunteer.map(str::to_string),
            ended_on: ended.map(d),
            end_reason: ended.map(|_| EndReason::Planned),
            post18: false,
        }
    }

    fn volunteer(line: usize, vref: &str) -> Volunteer {
        Volunteer {
            line,
            volunteer_ref: vref.into(),
            gender: Some(Gender::Female),
            welsh_speaker: Some(false),
            care_experienced: None,
            applied_on: None,
            approved_on: Some(d("2017-01-01")),
            approvers: Some(2),
            references: Some(2),
            dbs_level: Some(DbsLevel::Enhanced),
            dbs_date: Some(d("2017-01-01")),
            training_completed_on: Some(d("2017-02-01")),
            training_topics: TRAINING_TOPICS.iter().map(|t| t.to_string()).collect(),
            left_on: None,
        }
    }

    fn visit(child: &str, vol: &str, date: &str) -> Visit {
        Visit { line: 0, child_ref: child.into(), volunteer_ref: vol.into(), date: d(date) }
    }

    fn bundle(role: Party, registers: Registers) -> Bundle {
        Bundle {
            meta: BundleMeta {
                organisation: "Test".into(),
                role,
                authorities: Vec::new(),
                period: Some(Period { from: d("2025-04-01"), to: d("2026-03-31") }),
                as_of: None,
                commissioning: Default::default(),
            },
            evidence: Vec::new(),
            unlinked: Vec::new(),
            unlisted: Vec::new(),
            diagnostics: Vec::new(),
            registers,
        }
    }

    fn get<'a>(p: &'a Practice, id: &str) -> &'a Indicator {
        p.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("no indicator {id}"))
    }

    fn fraction(i: &Indicator) -> (f64, f64) {
        (i.numerator.unwrap(), i.denominator.unwrap())
    }

    /// Every practice gap carries facts a published document can use: the
    /// same counts as the audit's sentence, and fixed words with no register
    /// line and no reference in them, while the audit's sentence keeps both.
    #[test]
    fn practice_gaps_carry_facts_without_lines_or_references() {
        let mut children = vec![
            referral(2, "CH-7Q41", "2024-01-01", Some("2024-02-01"), Some("VOL-7Q03"), None),
            referral(3, "CH-7Q42", "2024-01-01", Some("2024-02-01"), Some("VOL-7Q04"), None),
            referral(4, "CH-7Q43", "2024-11-01", None, None, None),
        ];
        children[0].first_language = Some(Language::Welsh);
        let mut unvetted = volunteer(2, "VOL-7Q03");
        unvetted.dbs_level = Some(DbsLevel::Standard);
        let regs = Registers {
            children: Some(children),
            volunteers: Some(vec![unvetted, volunteer(3, "VOL-7Q04")]),
            visits: Some(vec![visit("CH-7Q41", "VOL-7Q03", "2025-05-02")]),
            feedback: Some(Vec::new()),
            ..Registers::default()
        };
        let p = compute(&bundle(Party::Both, regs), d("2026-03-31"));
        assert!(p.gaps.len() >= 6, "{:#?}", p.gaps);
        for g in &p.gaps {
            if let GapFact::Shortfall { measure, count, base, .. } = &g.fact {
                assert!(count <= base && *count > 0, "{g:?}");
                assert!(!measure.contains("line") && !measure.contains("7Q"), "{measure}");
                // The audit's own sentence still cites the register lines.
                assert!(g.text.contains(", line"), "{}", g.text);
            }
        }
        let fact = |requirement: &str, what: &str| {
            p.gaps
                .iter()
                .find(|g| g.requirement == requirement && g.text.contains(what))
                .map(|g| g.fact.clone())
                .unwrap_or_else(|| panic!("no gap on {requirement} with {what}"))
        };
        assert_eq!(
            fact("S05.P1", "enhanced DBS"),
            GapFact::Shortfall {
                registers: "registers/children.csv and registers/volunteers.csv".into(),
                measure: "volunteers with an active match without an enhanced DBS check on record".into(),
                count: 1,
                base: 2,
                base_phrase: "volunteers with an active match".into(),
            }
        );
        let GapFact::Shortfall { count, base, .. } = fact("S12.LA2", "12 months") else { panic!() };
        assert_eq!((count, base), (1, 1));
        let GapFact::Shortfall { count, base, .. } = fact("S13.P2", "Welsh") else { panic!() };
        assert_eq!((count, base), (1, 1));
        let GapFact::Shortfall { count, base, .. } = fact("S09.LA1", "social worker") else { panic!() };
        assert_eq!((count, base), (2, 2));
        // An absent register is a fixed sentence.
        assert!(
            matches!(fact("S14.P1", "complaints"), GapFact::Statement(s) if s.contains("registers/complaints.csv"))
        );
    }

    #[test]
    fn visiting_counts_whole_months_only_and_respects_month_boundaries() {
        // A: matched before the period, still running: Apr 2025 - Mar 2026, 12 whole months.
        // B: matched 15 June, ended 20 October: only July, August, September are whole.
        let children = vec![
            referral(2, "A", "2025-01-01", Some("2025-03-10"), Some("V1"), None),
            referral(3, "B", "2025-05-01", Some("2025-06-15"), Some("V2"), Some("2025-10-20")),
        ];
        let mut visits = Vec::new();
        for month in [
            "2025-04", "2025-05", "2025-06", "2025-07", "2025-09", "2025-10", "2025-11", "2025-12", "2026-02",
            "2026-03",
        ] {
            visits.push(visit("A", "V1", &format!("{month}-15")));
        }
        visits.push(visit("A", "V1", "2026-01-31")); // last day of January counts for January
        visits.push(visit("A", "V2", "2025-08-10")); // the wrong volunteer: not A's match
        visits.push(visit("B", "V2", "2025-06-20")); // June is not a whole month of B's match
        visits.push(visit("B", "V2", "2025-07-01"));
        visits.push(visit("B", "V2", "2025-09-30"));
        let regs = Registers { children: Some(children), visits: Some(visits), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        let i = get(&p, "visit_months_covered");
        // A: 11 of 12 (August missed); B: 2 of 3 (August missed).
        assert_eq!(fraction(i), (13.0, 15.0));
        assert_eq!(i.judgement, Judgement::Below);
        let gap = p.gaps.iter().find(|g| g.requirement == "S08.P1").unwrap();
        assert!(gap.text.contains("no visit in 2 of 15 whole months"), "{}", gap.text);
        assert!(gap.text.contains("lines 2, 3"), "{}", gap.text);
        assert!(!gap.safety);
    }

    /// The visiting indicator as first written, walking every whole month
    /// of the window for every match: the reference the arithmetic one must
    /// agree with.
    fn visiting_by_walking_months(children: &[Referral], visits: &[Visit], w: Window) -> (usize, usize, Vec<usize>) {
        let visited: HashSet<(&str, &str, i32, u8)> = visits
            .iter()
            .map(|v| (v.child_ref.as_str(), v.volunteer_ref.as_str(), v.date.year(), v.date.month()))
            .collect();
        let mut months = Vec::new();
        let mut month = w.from.first_of_month();
        while month <= w.to {
            if month >= w.from && month.last_of_month() <= w.to {
                months.push((month, month.last_of_month()));
            }
            month = month.add_months(1);
        }
        let (mut covered, mut total, mut gaps) = (0, 0, Vec::new());
        for r in children {
            let (Some(m), Some(v)) = (r.matched_on, &r.volunteer_ref) else { continue };
            for &(first, last) in &months {
                if m <= first && r.ended_on.is_none_or(|e| e > last) {
                    total += 1;
                    if visited.contains(&(r.child_ref.as_str(), v.as_str(), first.year(), first.month())) {
                        covered += 1;
                    } else {
                        gaps.push(r.line);
                    }
                }
            }
        }
        gaps.sort_unstable();
        gaps.dedup();
        (covered, total, gaps)
    }

    #[test]
    fn visiting_by_arithmetic_agrees_with_walking_every_month() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let day = |n: u64| d("2023-01-01").add_days(n as i64);
        for round in 0..200 {
            let children: Vec<Referral> = (0..8)
                .map(|i| {
                    let matched = day(next(1000));
                    let ended = (next(3) == 0).then(|| day(next(1000)));
                    let mut r = referral(i + 2, &format!("C{}", next(4)), "2022-01-01", None, None, None);
                    r.matched_on = Some(matched);
                    r.ended_on = ended;
                    r.volunteer_ref = Some(format!("V{}", next(3)));
                    r
                })
                .collect();
            let visits: Vec<Visit> = (0..60)
                .map(|_| Visit {
                    line: 0,
                    child_ref: format!("C{}", next(4)),
                    volunteer_ref: format!("V{}", next(3)),
                    date: day(next(1000)),
                })
                .collect();
            let (a, b) = (day(next(1000)), day(next(1000)));
            let w = Window { from: a.min(b), to: a.max(b) };
            let regs =
                Registers { children: Some(children.clone()), visits: Some(visits.clone()), ..Registers::default() };
            let mut p = Practice::default();
            visiting(&regs, Some(w), &mut p, &Messages::english());
            let (covered, total, gaps) = visiting_by_walking_months(&children, &visits, w);
            let i = get(&p, "visit_months_covered");
            if total == 0 {
                assert_eq!(i.judgement, Judgement::NoData, "round {round}");
                continue;
            }
            assert_eq!(fraction(i), (covered as f64, total as f64), "round {round}");
            let gap = p.gaps.iter().find(|g| g.requirement == "S08.P1");
            assert_eq!(gap.is_some(), covered < total, "round {round}");
            if let Some(gap) = gap {
                assert!(
                    gap.text.contains(&cite("registers/children.csv", &gaps, &Messages::english())),
                    "round {round}: {} / {}",
                    gap.text,
                    cite("registers/children.csv", &gaps, &Messages::english())
                );
            }
        }
    }

    #[test]
    fn visiting_over_a_century_costs_no_more_than_over_a_year() {
        // Every match runs for the whole window of 1,332 months: walking
        // them took time and memory in proportion to matches x months.
        let children: Vec<Referral> = (0..5_000)
            .map(|n| referral(n + 2, &format!("C{n}"), "1990-01-01", Some("1990-01-01"), Some("V1"), None))
            .collect();
        let visits: Vec<Visit> = (0..5_000).map(|n| visit(&format!("C{n}"), "V1", "2000-06-15")).collect();
        let regs = Registers { children: Some(children), visits: Some(visits), ..Registers::default() };
        let window = Window { from: d("1990-01-01"), to: d("2100-12-31") };
        let mut p = Practice::default();
        visiting(&regs, Some(window), &mut p, &Messages::english());
        assert_eq!(fraction(get(&p, "visit_months_covered")), (5_000.0, 5_000.0 * 1_332.0));
        let gap = p.gaps.iter().find(|g| g.requirement == "S08.P1").unwrap();
        assert!(gap.text.contains("lines 2, 3, 4") && gap.text.contains("and 4988 more"), "{}", gap.text);
    }

    #[test]
    fn the_as_of_date_cuts_the_period() {
        let children = vec![referral(2, "A", "2025-01-01", Some("2025-03-10"), Some("V1"), None)];
        let visits = vec![visit("A", "V1", "2025-04-02")];
        let regs = Registers { children: Some(children), visits: Some(visits), ..Registers::default() };
        // At 15 February 2026 the whole months are April 2025 to January 2026.
        let p = compute(&bundle(Party::Provider, regs), d("2026-02-15"));
        assert_eq!(fraction(get(&p, "visit_months_covered")), (1.0, 10.0));
    }

    #[test]
    fn matching_within_three_months_uses_calendar_months_clamped_at_month_end() {
        let children = vec![
            referral(2, "A", "2025-01-10", Some("2025-04-10"), Some("V1"), None), // exactly 3 months: within
            referral(3, "B", "2025-05-31", Some("2025-09-01"), Some("V1"), None), // 31 Aug + 1 day: late
            referral(4, "C", "2025-11-30", Some("2026-02-28"), Some("V1"), None), // 30 Nov + 3 months = 28 Feb: within
            referral(5, "D", "2024-12-01", Some("2025-03-01"), Some("V1"), None), // matched before the period
        ];
        let regs = Registers { children: Some(children), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "matched_within_3_months")), (2.0, 3.0));
        let gap = p
            .gaps
            .iter()
            .find(|g| g.requirement == "S05.GP8" && g.text.contains("took more than three months"))
            .unwrap();
        assert!(gap.text.starts_with("1 of 3 matches"), "{}", gap.text);
    }

    #[test]
    fn waiting_counts_consenting_unmatched_open_referrals() {
        let mut no_consent = referral(5, "E", "2025-06-01", None, None, None);
        no_consent.consent = false;
        let children = vec![
            referral(2, "A", "2025-12-01", None, None, None), // waiting, over 3 months (cutoff 2025-12-31)
            referral(3, "B", "2026-01-15", None, None, None), // waiting, under 3 months
            referral(4, "C", "2025-03-01", None, None, None), // waiting, over 12 months (cutoff 2025-03-31)
            no_consent,
            referral(6, "F", "2025-06-01", None, None, Some("2026-02-01")), // referral closed
            referral(7, "G", "2026-01-01", Some("2026-04-10"), Some("V1"), None), // matched after the as-of date
        ];
        let regs = Registers { children: Some(children), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(get(&p, "waiting").value, Some(4.0));
        assert_eq!(get(&p, "waiting_over_3_months").value, Some(2.0));
        assert_eq!(get(&p, "waiting_over_12_months").value, Some(1.0));
        assert_eq!(get(&p, "waiting_over_12_months").judgement, Judgement::Above);
    }

    #[test]
    fn reach_and_budget_follow_appendix_d() {
        let mut children: Vec<Referral> = (0..9)
            .map(|n| referral(n + 2, &format!("C{n}"), "2024-01-01", Some("2024-02-01"), Some("V1"), None))
            .collect();
        // An ended match does not count towards reach.
        children.push(referral(20, "X", "2024-01-01", Some("2024-02-01"), Some("V1"), Some("2025-12-01")));
        let population = Population {
            children_looked_after: 400,
            over_7: None,
            out_of_county: None,
            out_of_wales: None,
            three_plus_moves: None,
            residential: None,
            iv_budget: Some(30_000),
        };
        let regs = Registers { children: Some(children), population: Some(population), ..Registers::default() };
        let p = compute(&bundle(Party::Authority, regs), d("2026-03-31"));
        let reach = get(&p, "reach");
        assert_eq!(fraction(reach), (9.0, 400.0));
        assert_eq!(reach.value, Some(0.0225));
        assert_eq!(reach.judgement, Judgement::Below);
        assert!(
            reach.display.starts_with("2.2% (9 of 400") || reach.display.starts_with("2.3% (9 of 400"),
            "{}",
            reach.display
        );
        // 400 x 2.5% = 10 children x £2,400 = £24,000; 400 x 5% = 20 x £2,400 = £48,000.
        let budget = get(&p, "budget_per_expected_match");
        assert_eq!(fraction(budget), (30_000.0, 24_000.0));
        assert_eq!(budget.value, Some(1.25));
        assert_eq!(budget.judgement, Judgement::Meets);
        assert!(
            budget
                .display
                .contains("£30,000 budget against a reasonable budget of £24,000 to £48,000 (10.0 to 20.0 children")
        );
        assert!(p.gaps.iter().any(|g| g.requirement == "S12.LA2" && g.text.contains("below the 2.5-5.0%")));
        // A provider bundle has no reach or budget indicator.
        let p = compute(&bundle(Party::Provider, Registers::default()), d("2026-03-31"));
        assert!(p.indicators.iter().all(|i| i.id != "reach" && i.id != "budget_per_expected_match"));
    }

    #[test]
    fn a_budget_below_the_reasonable_budget_is_a_gap() {
        let population = Population {
            children_looked_after: 250,
            over_7: None,
            out_of_county: None,
            out_of_wales: None,
            three_plus_moves: None,
            residential: None,
            iv_budget: Some(9_000),
        };
        let regs = Registers { children: Some(Vec::new()), population: Some(population), ..Registers::default() };
        let p = compute(&bundle(Party::Authority, regs), d("2026-03-31"));
        // 250 x 2.5% = 6.25 children x £2,400 = £15,000.
        let budget = get(&p, "budget_per_expected_match");
        assert_eq!(fraction(budget), (9_000.0, 15_000.0));
        assert_eq!(budget.value, Some(0.6));
        assert!(
            p.gaps
                .iter()
                .any(|g| g.requirement == "S12.LA2"
                    && g.text.contains("£9,000 is below the reasonable budget of £15,000"))
        );
    }

    #[test]
    fn vetting_finds_each_shortfall_and_safety_ones_are_priorities() {
        let children = vec![
            referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
            referral(3, "B", "2024-01-01", Some("2024-02-01"), Some("V2"), None),
            referral(4, "C", "2024-01-01", Some("2024-02-01"), Some("V3"), None),
            referral(5, "D", "2024-01-01", Some("2024-02-01"), Some("V4"), Some("2025-01-01")), // ended: not counted
        ];
        let mut standard_dbs = volunteer(3, "V2");
        standard_dbs.dbs_level = Some(DbsLevel::Standard);
        let mut approved_late_one_reference = volunteer(4, "V3");
        approved_late_one_reference.approved_on = Some(d("2024-03-01")); // after the match on 2024-02-01
        approved_late_one_reference.dbs_date = Some(d("2025-06-01")); // a renewal: still on record
        approved_late_one_reference.references = Some(1);
        let mut untrained = volunteer(5, "V4");
        untrained.training_completed_on = None;
        let volunteers = vec![volunteer(2, "V1"), standard_dbs, approved_late_one_reference, untrained];
        let regs = Registers { children: Some(children), volunteers: Some(volunteers), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "volunteers_fully_vetted")), (1.0, 3.0));
        let texts: Vec<&str> = p.gaps.iter().filter(|g| g.requirement == "S05.P1").map(|g| g.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts.iter().any(|t| t.contains(
            "1 of 3 volunteers with an active match without an enhanced DBS check on record (registers/volunteers.csv, line 3)"
        )));
        assert!(
            texts
                .iter()
                .any(|t| t.contains("without approval recorded before their first match") && t.contains("line 4"))
        );
        assert!(texts.iter().any(|t| t.contains("without at least two references")));
        assert!(p.gaps.iter().filter(|g| g.requirement == "S05.P1" || g.requirement == "S11.P1").all(|g| g.safety));
        // The ended match's untrained volunteer is not counted.
        assert!(!p.gaps.iter().any(|g| g.requirement == "S06.P1"));
    }

    #[test]
    fn feedback_counts_the_six_months_before_the_as_of_date() {
        let children = vec![
            referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
            referral(3, "B", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
        ];
        let feedback = vec![
            Feedback { line: 2, child_ref: "A".into(), date: d("2025-09-30"), from: FeedbackFrom::Child }, // exactly 6 months: too old
            Feedback { line: 3, child_ref: "B".into(), date: d("2025-10-01"), from: FeedbackFrom::Child },
            Feedback { line: 4, child_ref: "A".into(), date: d("2026-01-01"), from: FeedbackFrom::Carer }, // not from the child
        ];
        let regs = Registers { children: Some(children), feedback: Some(feedback), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "feedback_within_6_months")), (1.0, 2.0));
        assert!(p.gaps.iter().any(|g| g.requirement == "S09.P1" && g.text.contains("for 1 of 2 active matches")));
    }

    #[test]
    fn authorities_hear_about_each_match_from_social_workers_or_iros() {
        let children = vec![
            referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
            referral(3, "B", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
            referral(4, "C", "2024-01-01", Some("2024-02-01"), Some("V1"), None),
        ];
        let feedback = vec![
            Feedback { line: 2, child_ref: "A".into(), date: d("2026-01-10"), from: FeedbackFrom::Iro },
            Feedback { line: 3, child_ref: "B".into(), date: d("2026-02-10"), from: FeedbackFrom::Child }, // not the authority
            Feedback { line: 4, child_ref: "C".into(), date: d("2025-08-10"), from: FeedbackFrom::SocialWorker }, // too old
        ];
        let regs =
            Registers { children: Some(children.clone()), feedback: Some(feedback.clone()), ..Registers::default() };
        let p = compute(&bundle(Party::Authority, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "reviewed_by_authority_within_6_months")), (1.0, 3.0));
        assert!(p.gaps.iter().any(|g| g.requirement == "S09.LA1" && g.text.contains("for 2 of 3 active matches")));
        // Providers are not judged on the authority's reviews.
        let regs = Registers { children: Some(children), feedback: Some(feedback), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert!(p.indicators.iter().all(|i| i.id != "reviewed_by_authority_within_6_months"));
    }

    #[test]
    fn empty_registers_give_no_data_not_zero() {
        let regs = Registers {
            children: Some(Vec::new()),
            visits: Some(Vec::new()),
            volunteers: Some(Vec::new()),
            feedback: Some(Vec::new()),
            complaints: Some(Vec::<Complaint>::new()),
            ..Registers::default()
        };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(get(&p, "waiting").value, Some(0.0));
        for id in
            ["matched_within_3_months", "visit_months_covered", "volunteers_fully_vetted", "feedback_within_6_months"]
        {
            assert_eq!(get(&p, id).judgement, Judgement::NoData, "{id}");
            assert_eq!(get(&p, id).value, None, "{id}");
        }
        // Registers that exist but are empty are not "absent".
        assert!(p.gaps.is_empty(), "{:?}", p.gaps);
    }

    #[test]
    fn absent_registers_are_gaps_where_the_standards_expect_the_record() {
        let p = compute(&bundle(Party::Provider, Registers::default()), d("2026-03-31"));
        let on: Vec<&str> = p.gaps.iter().map(|g| g.requirement).collect();
        assert_eq!(on, ["S07.P1", "S08.P1", "S05.P1", "S09.P1", "S14.P1"]);
        assert!(p.gaps.iter().all(|g| !g.safety));
        let p = compute(&bundle(Party::Authority, Registers::default()), d("2026-03-31"));
        let on: Vec<&str> = p.gaps.iter().map(|g| g.requirement).collect();
        assert_eq!(on, ["S12.LA1"]);
    }

    #[test]
    fn out_of_county_shares_of_matched_and_waiting_children() {
        let mut a = referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None);
        a.placement = Some(Placement::OutOfCounty);
        let mut b = referral(3, "B", "2024-01-01", Some("2024-02-01"), Some("V1"), None);
        b.placement = Some(Placement::OutOfWales);
        let c = referral(4, "C", "2024-01-01", Some("2024-02-01"), Some("V1"), None); // in county
        let mut unknown = referral(5, "D", "2024-01-01", Some("2024-02-01"), Some("V1"), None);
        unknown.placement = None; // not counted either way
        let mut w = referral(6, "W", "2026-01-01", None, None, None);
        w.placement = Some(Placement::OutOfCounty);
        let regs = Registers { children: Some(vec![a, b, c, unknown, w]), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "out_of_county_share")), (2.0, 3.0));
        assert_eq!(fraction(get(&p, "out_of_county_share_waiting")), (1.0, 1.0));
        assert_eq!(
            get(&p, "out_of_county_share").note.as_deref(),
            Some("of waiting children: 100% (1 of 1 waiting children with a placement recorded)")
        );
        assert_eq!(get(&p, "out_of_county_share").judgement, Judgement::Information);
    }

    #[test]
    fn welsh_speaking_children_need_welsh_speaking_volunteers() {
        let mut a = referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None);
        a.first_language = Some(Language::Welsh);
        let mut b = referral(3, "B", "2024-01-01", Some("2024-02-01"), Some("V2"), None);
        b.first_language = Some(Language::Welsh);
        let c = referral(4, "C", "2024-01-01", Some("2024-02-01"), Some("V2"), None); // English: not counted
        let mut v1 = volunteer(2, "V1");
        v1.welsh_speaker = Some(true);
        let regs = Registers {
            children: Some(vec![a, b, c]),
            volunteers: Some(vec![v1, volunteer(3, "V2")]),
            ..Registers::default()
        };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "welsh_language_matches")), (1.0, 2.0));
        let gap = p.gaps.iter().find(|g| g.requirement == "S13.P2").unwrap();
        assert!(gap.text.starts_with("1 of 2 matched children whose first language is Welsh"), "{}", gap.text);
        assert!(gap.text.contains("line 3"), "{}", gap.text);
    }

    #[test]
    fn men_among_volunteers_against_boys_among_children() {
        let mut boy = referral(2, "A", "2024-01-01", Some("2024-02-01"), Some("V1"), None);
        boy.gender = Some(Gender::Male);
        let girl = referral(3, "B", "2026-01-01", None, None, None); // waiting, counted
        let mut man = volunteer(2, "V1");
        man.gender = Some(Gender::Male);
        let mut left = volunteer(3, "V2");
        left.left_on = Some(d("2025-06-01")); // no longer active
        let mut not_yet = volunteer(4, "V3");
        not_yet.approved_on = None; // not approved
        let regs = Registers {
            children: Some(vec![boy, girl]),
            volunteers: Some(vec![man, left, not_yet, volunteer(5, "V4"), volunteer(6, "V5")]),
            ..Registers::default()
        };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        let i = get(&p, "male_volunteers_share");
        assert_eq!(fraction(i), (1.0, 3.0));
        assert_eq!(i.benchmark.as_ref().unwrap().text, "boys are 50% of matched and waiting children (1 of 2)");
    }

    #[test]
    fn complaints_in_the_period_resolved_and_median_days() {
        let complaint = |line, received: &str, resolved: Option<&str>| Complaint {
            line,
            reference: format!("K-{line}"),
            received_on: d(received),
            resolved_on: resolved.map(d),
            outcome: None,
        };
        let complaints = vec![
            complaint(2, "2025-05-01", Some("2025-05-08")), // 7 days
            complaint(3, "2025-06-01", Some("2025-06-21")), // 20 days
            complaint(4, "2025-07-01", Some("2025-07-04")), // 3 days
            complaint(5, "2026-03-01", None),               // open
            complaint(6, "2025-03-01", Some("2025-03-02")), // before the period
            complaint(7, "2026-03-20", Some("2026-04-10")), // resolved after the as-of date: still open then
        ];
        let regs = Registers { complaints: Some(complaints), ..Registers::default() };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(fraction(get(&p, "complaints_resolved")), (3.0, 5.0));
        assert_eq!(get(&p, "complaints_median_days").value, Some(7.0));
    }

    #[test]
    fn continuations_endings_and_match_length() {
        let mut over18 = referral(2, "A", "2019-01-01", Some("2019-02-01"), Some("V1"), None);
        over18.post18 = true;
        let mut planned = referral(3, "B", "2022-01-01", Some("2022-01-15"), Some("V1"), Some("2025-07-15")); // 42 months
        planned.end_reason = Some(EndReason::Planned);
        let mut left = referral(4, "C", "2024-01-01", Some("2024-03-10"), Some("V1"), Some("2025-09-09")); // 17 months
        left.end_reason = Some(EndReason::VolunteerLeft);
        let mut earlier = referral(5, "D", "2020-01-01", Some("2020-02-01"), Some("V1"), Some("2025-03-31")); // before the period
        earlier.end_reason = Some(EndReason::ChildChoice);
        let closed_unmatched = referral(6, "E", "2025-05-01", None, None, Some("2025-08-01")); // not a match
        let regs = Registers {
            children: Some(vec![over18, planned, left, earlier, closed_unmatched]),
            ..Registers::default()
        };
        let p = compute(&bundle(Party::Provider, regs), d("2026-03-31"));
        assert_eq!(get(&p, "post18_continuations").value, Some(1.0));
        assert_eq!(get(&p, "post18_continuations").display, "1 young person over 18 still matched");
        assert_eq!(fraction(get(&p, "planned_endings")), (1.0, 2.0));
        assert_eq!(get(&p, "median_match_length_months").value, Some(29.5));
    }

    #[test]
    fn whole_months_between_dates() {
        assert_eq!(months_between(d("2025-01-15"), d("2025-03-14")), 1);
        assert_eq!(months_between(d("2025-01-15"), d("2025-03-15")), 2);
        assert_eq!(months_between(d("2023-04-01"), d("2026-03-31")), 35);
        assert_eq!(months_between(d("2026-03-31"), d("2025-01-01")), 0);
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}

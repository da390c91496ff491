//! The status of one requirement, decided from the evidence linked to it.

use serde::Serialize;

use crate::bundle::{Evidence, Origin};
use crate::catalog::{Basis, Criterion, Requirement};
use crate::date::Date;
use crate::judge::{Location, Quote, Reason};
use crate::locale::{Lang, Messages};
use crate::msg;

/// Whether a requirement is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    NotMet,
    /// The other party's requirement.
    NotApplicable,
}

impl Status {
    /// The message that names the status ("Met", "Partly met").
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Met => "find-status-met",
            Status::Partial => "find-status-partial",
            Status::NotMet => "find-status-not-met",
            Status::NotApplicable => "find-status-not-applicable",
        }
    }

    /// The status in the language of `messages`.
    pub fn label_in(self, messages: &Messages) -> String {
        messages.get(self.message_id())
    }
}

/// Whether an item of evidence counts at the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Currency {
    Current,
    /// Past its `review_due` date.
    Overdue,
    /// Issued after the as-of date.
    NotYetIssued,
    /// Marked `draft: true`.
    Draft,
    /// An `ivaudit init` starter document whose prompts are still there.
    Starter,
}

impl Currency {
    pub fn of(e: &Evidence, as_of: Date) -> Currency {
        if e.draft {
            Currency::Draft
        } else if e.starter {
            Currency::Starter
        } else if e.issued > as_of {
            Currency::NotYetIssued
        } else if e.review_due.is_some_and(|due| due < as_of) {
            Currency::Overdue
        } else {
            Currency::Current
        }
    }

    /// The message that names the currency ("current", "draft").
    pub fn message_id(self) -> &'static str {
        match self {
            Currency::Current => "find-currency-current",
            Currency::Overdue => "find-currency-overdue",
            Currency::NotYetIssued => "find-currency-not-yet-issued",
            Currency::Draft => "find-currency-draft",
            Currency::Starter => "find-currency-starter",
        }
    }

    /// The currency in the language of `messages`.
    pub fn label_in(self, messages: &Messages) -> String {
        messages.get(self.message_id())
    }
}

/// How a criterion was shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ShownHow {
    /// A passage of the document's text shows it.
    Found,
    /// The document's metadata lists it under `shows`.
    Declared,
}

/// A document that shows a criterion, with the passage when its text was read.
#[derive(Debug, Clone, Serialize)]
pub struct ShownBy {
    /// Index into the bundle's evidence.
    pub evidence: usize,
    pub how: ShownHow,
    pub quote: Option<Quote>,
}

/// A document whose text mentions a criterion but does not show it.
#[derive(Debug, Clone, Serialize)]
pub struct NearBy {
    pub evidence: usize,
    pub quote: Quote,
    pub reason: Reason,
}

/// One criterion of a requirement and the evidence that shows it.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionResult {
    pub id: String,
    pub shows: String,
    pub safety: bool,
    pub from: Basis,
    /// Current evidence that shows it.
    pub shown_by: Vec<ShownBy>,
    /// Current evidence that came close.
    pub near_misses: Vec<NearBy>,
    /// Evidence past its review date that shows it, when no current
    /// evidence does.
    pub overdue_by: Vec<ShownBy>,
}

impl CriterionResult {
    pub fn shown(&self) -> bool {
        !self.shown_by.is_empty()
    }

    /// Whether the criterion bears on the requirement's status: it comes
    /// from the requirement's own words.
    pub fn own(&self) -> bool {
        self.from == Basis::Text
    }
}

/// A good-practice specific of an obligation that current evidence does
/// not show: it yields a recommendation, or an area for improvement when it
/// is safety-critical, but never changes the obligation's status.
#[derive(Debug, Clone, Serialize)]
pub struct SpecificGap {
    pub criterion: String,
    pub safety: bool,
    pub text: String,
}

/// The judgement on one requirement.
#[derive(Debug, Clone, Serialize)]
pub struct RequirementResult {
    pub id: String,
    pub status: Status,
    /// Linked evidence (indices into the bundle's evidence) and its currency.
    pub cited: Vec<(usize, Currency)>,
    pub criteria: Vec<CriterionResult>,
    /// Plain sentences saying what is missing; empty when met.
    pub gaps: Vec<String>,
    /// Good-practice specifics not shown (they do not change the status).
    pub specifics: Vec<SpecificGap>,
    /// Whether a register shows practice that puts children's safety at
    /// stake, whatever the policies say.
    pub practice_safety: bool,
}

impl RequirementResult {
    /// Whether a criterion from the requirement's own words on which
    /// children's safety depends is not shown.
    pub fn misses_safety_criterion(&self) -> bool {
        self.criteria.iter().any(|c| c.safety && c.own() && !c.shown())
    }

    /// Whether any linked evidence counts at the as-of date.
    pub fn has_current_evidence(&self) -> bool {
        self.cited.iter().any(|(_, c)| *c == Currency::Current)
    }
}

/// `Title (path)`, the way gaps name a document: the title marked with its
/// language when that is not the report's.
pub fn name(e: &Evidence, messages: &Messages) -> String {
    format!("{} ({})", messages.foreign(&e.title, e.lang), e.path)
}

/// Where a passage is, in words: "line 14", "page 3", "under “Heading”,
/// paragraph 2". A heading is the document's own words, marked with its
/// language (`lang`) when that is not the report's.
pub fn location_words(location: &Location, lang: Lang, messages: &Messages) -> String {
    match location {
        Location::Line { line } => msg!(messages, "find-location-line", line = line.to_string()),
        Location::Page { page } => msg!(messages, "find-location-page", page = page.to_string()),
        Location::Paragraph { heading: Some(h), paragraph: 0 } => {
            msg!(messages, "find-location-heading", heading = messages.foreign(h, lang))
        }
        Location::Paragraph { heading: Some(h), paragraph } => msg!(
            messages,
            "find-location-under-heading",
            heading = messages.foreign(h, lang),
            paragraph = paragraph.to_string()
        ),
        Location::Paragraph { heading: None, paragraph } => {
            msg!(messages, "find-location-paragraph", paragraph = paragraph.to_string())
        }
    }
}

/// The message that says why a passage that mentions a criterion does not
/// show it ("says it is not in place").
pub fn reason_id(reason: Reason) -> &'static str {
    match reason {
        Reason::Negated => "find-reason-negated",
        Reason::Intended => "find-reason-intended",
        Reason::Weaker => "find-reason-weaker",
        Reason::Practice => "find-reason-practice",
        Reason::Contrary => "find-reason-contrary",
        Reason::Incomplete => "find-reason-incomplete",
    }
}

/// Who shows criterion `c` among `docs`, and how.
fn shown_among(c: &Criterion, docs: &[usize], evidence: &[Evidence]) -> Vec<ShownBy> {
    docs.iter()
        .filter_map(|&i| {
            let e = &evidence[i];
            if let Some(q) = e.shows(c.index) {
                Some(ShownBy { evidence: i, how: ShownHow::Found, quote: Some(q.clone()) })
            } else if e.declared.binary_search(&c.index).is_ok()
                && e.near_miss(c.index).is_none_or(|n| n.reason == Reason::Incomplete)
            {
                // A declaration counts unless the text itself says otherwise.
                Some(ShownBy { evidence: i, how: ShownHow::Declared, quote: None })
            } else {
                None
            }
        })
        .collect()
}

/// Decides the status of `req` from the evidence linked to it (`linked`
/// holds indices into `evidence`), at `as_of`.
///
/// The rules, also printed in every report:
/// - not met: no evidence is linked, or only drafts, unfilled starter
///   documents or documents issued after the as-of date;
/// - partly met: the only evidence is past its review date, or current
///   evidence does not show every criterion drawn from the requirement's own
///   words;
/// - met: current evidence is linked and shows every such criterion.
///
/// Criteria an obligation carries from good practice or the young people's
/// statement are judged and reported, but do not change its status: each
/// one not shown is a specific gap, for a recommendation.
///
/// Its gaps are written in the language of `messages`.
pub fn assess_in(
    req: &Requirement,
    linked: &[usize],
    evidence: &[Evidence],
    as_of: Date,
    messages: &Messages,
) -> RequirementResult {
    let name = |e: &Evidence| name(e, messages);
    let cited: Vec<(usize, Currency)> = linked.iter().map(|&i| (i, Currency::of(&evidence[i], as_of))).collect();
    let current: Vec<usize> = cited.iter().filter(|(_, c)| *c == Currency::Current).map(|(i, _)| *i).collect();
    let overdue: Vec<usize> = cited.iter().filter(|(_, c)| *c == Currency::Overdue).map(|(i, _)| *i).collect();

    let criteria: Vec<CriterionResult> = req
        .criteria
        .iter()
        .map(|c| {
            let shown_by = shown_among(c, &current, evidence);
            let overdue_by = if shown_by.is_empty() { shown_among(c, &overdue, evidence) } else { Vec::new() };
            let near_misses = if shown_by.is_empty() {
                current
                    .iter()
                    .filter_map(|&i| {
                        evidence[i].near_miss(c.index).map(|n| NearBy {
                            evidence: i,
                            quote: n.quote.clone(),
                            reason: n.reason,
                        })
                    })
                    .collect()
            } else {
                Vec::new()
            };
            CriterionResult {
                id: c.id.clone(),
                shows: c.shows.clone(),
                safety: c.safety,
                from: c.from,
                shown_by,
                near_misses,
                overdue_by,
            }
        })
        .collect();

    let mut gaps = Vec::new();
    for &(i, currency) in &cited {
        let e = &evidence[i];
        match currency {
            Currency::Current => {}
            Currency::Overdue => gaps.push(msg!(
                messages,
                "find-gap-overdue",
                document = name(e),
                date = e.review_due.map(|d| d.to_string()).unwrap_or_default()
            )),
            Currency::NotYetIssued => gaps.push(msg!(
                messages,
                "find-gap-not-yet-issued",
                document = name(e),
                issued = e.issued.to_string(),
                asof = as_of.to_string()
            )),
            Currency::Draft => gaps.push(msg!(messages, "find-gap-draft", document = name(e))),
            Currency::Starter => gaps.push(msg!(messages, "find-gap-starter", document = name(e))),
        }
    }

    let names: Vec<String> = current.iter().map(|&i| name(&evidence[i])).collect();
    // What a criterion asks for, in the catalog's words for this language.
    let shows_of = |c: &CriterionResult| -> String {
        let cy = req.criteria.iter().find(|k| k.id == c.id).and_then(|k| k.shows_cy.as_deref());
        messages.pick(&c.shows, cy)
    };
    let unread = !current.is_empty() && current.iter().all(|&i| evidence[i].origin == Origin::Manifest);
    // What a criterion's absence says, in one sentence.
    let missing_sentence = |c: &CriterionResult| -> String {
        let shows = shows_of(c);
        let mut sentence = if names.len() == 1 {
            msg!(messages, "find-gap-not-shown-one", document = names[0].as_str(), shows = shows)
        } else {
            msg!(messages, "find-gap-not-shown-many", documents = messages.and_list(&names), shows = shows)
        };
        if let Some(n) = c.near_misses.first() {
            let e = &evidence[n.evidence];
            sentence.push_str(": ");
            sentence.push_str(&msg!(
                messages,
                "find-gap-near",
                path = e.path.as_str(),
                location = location_words(&n.quote.location, e.lang, messages),
                reason = messages.get(reason_id(n.reason))
            ));
        }
        if let Some(o) = c.overdue_by.first() {
            let e = &evidence[o.evidence];
            sentence.push_str("; ");
            sentence.push_str(&msg!(
                messages,
                "find-gap-overdue-only",
                document = name(e),
                date = e.review_due.map(|d| d.to_string()).unwrap_or_default()
            ));
        }
        sentence.push('.');
        if unread {
            sentence.push(' ');
            sentence.push_str(&msg!(messages, "find-gap-unread", id = c.id.as_str()));
        }
        sentence
    };

    let mut specifics = Vec::new();
    let status = if cited.is_empty() {
        gaps.push(messages.get("find-gap-no-evidence"));
        Status::NotMet
    } else if current.is_empty() {
        if cited.iter().any(|(_, c)| *c == Currency::Overdue) { Status::Partial } else { Status::NotMet }
    } else {
        for c in criteria.iter().filter(|c| !c.own() && !c.shown()) {
            specifics.push(SpecificGap { criterion: c.id.clone(), safety: c.safety, text: missing_sentence(c) });
        }
        let missing: Vec<&CriterionResult> = criteria.iter().filter(|c| c.own() && !c.shown()).collect();
        if missing.is_empty() {
            gaps.clear();
            Status::Met
        } else {
            gaps.extend(missing.iter().map(|c| missing_sentence(c)));
            Status::Partial
        }
    };
    RequirementResult { id: req.id.clone(), status, cited, criteria, gaps, specifics, practice_safety: false }
}

impl RequirementResult {
    /// Adds what the registers show. Practice that falls short makes a met
    /// requirement only partly met: a policy is not enough if the records
    /// contradict it.
    /// Each gap is its sentence and whether children's safety is at stake.
    pub fn add_practice_gaps<'a>(&mut self, gaps: impl IntoIterator<Item = (&'a str, bool)>) {
        for (text, safety) in gaps {
            if self.status == Status::Met {
                self.status = Status::Partial;
            }
            self.gaps.push(text.to_string());
            self.practice_safety |= safety;
        }
    }
}

/// The result for a requirement that binds the other party only.
pub fn not_applicable(req: &Requirement) -> RequirementResult {
    RequirementResult {
        id: req.id.clone(),
        status: Status::NotApplicable,
        cited: Vec::new(),
        criteria: Vec::new(),
        gaps: Vec::new(),
        specifics: Vec::new(),
        practice_safety: false,
    }
}

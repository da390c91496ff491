//! The action plan: every finding that is not a strength, as a row a service
//! can track, in the reports and as a spreadsheet (`--format csv`, `xlsx`).
//!
//! Each action carries a stable reference (`A01`, `A02`, … in the order of
//! the findings, most serious first), the requirement in words, the evidence
//! the finding rests on, a suggested owner (a role, never a person), a target
//! date and a status, "Open". The plan is built from the report model, so it
//! says exactly what the report says.
//!
//! The spreadsheet writers keep two promises of their own. No cell can start
//! a formula: text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
//! return (or a full-width `=`, `+`, `-` or `@`, which some spreadsheets
//! also obey) is prefixed with `'`, as OWASP advises against CSV injection,
//! and the XLSX writer only ever writes text as text. And the same bundle
//! at the same as-of date gives the same bytes: the workbook's creation
//! date is the as-of date, never the clock.

use crate::locale::Messages;
use crate::msg;
use serde::Serialize;
use std::borrow::Cow;

use crate::assess::FindingKind;
use crate::assess::indicators::PracticeGap;
use crate::catalog::Party;
use crate::date::Date;

use super::RenderError;
use super::model::{FindingView, StandardView};

/// What every action's status is when the plan is written: the plan is a
/// starting point for the service to track, not a record of progress.
pub const OPEN: &str = "Open";

/// How many documents one action lists; the rest are counted
/// (`evidence_more`). A requirement a whole standard's worth of documents
/// links to would otherwise repeat thousands of paths in every action on it.
pub const EVIDENCE_PER_ACTION: usize = 25;

/// The longest text a spreadsheet cell holds, in UTF-16 units: Excel's own
/// limit. Longer text is cut, saying so, rather than refused.
const CELL_UNITS: usize = 32_767;

/// The messages of the column headings, in [`COLUMNS`] order.
const COLUMN_IDS: [&str; 9] = [
    "act-col-reference",
    "act-col-standard",
    "act-col-requirement",
    "act-col-kind",
    "act-col-action",
    "act-col-evidence",
    "act-col-owner",
    "act-col-target-date",
    "act-col-status",
];

/// The column headings of the CSV and XLSX action plan in the language of
/// `messages`.
pub fn columns(messages: &Messages) -> [String; 9] {
    COLUMN_IDS.map(|id| messages.get(id))
}

/// The column headings of the CSV and XLSX action plan, in order, in English.
pub const COLUMNS: [&str; 9] = [
    "Reference",
    "Standard",
    "Requirement",
    "Kind",
    "Action",
    "Evidence cited",
    "Suggested owner",
    "Target date",
    "Status",
];

/// One action.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    /// `A01`, `A02`, …: the position in the plan, most serious first.
    pub reference: String,
    /// The standard's ID (`S05`), number and title.
    pub standard: String,
    pub standard_number: u32,
    pub standard_title: String,
    /// The requirement's ID (`S05.GP2`, `CoP.335`), when the finding names one.
    pub requirement: Option<String>,
    /// The requirement in words: "Standard 5, good practice 2".
    pub requirement_words: String,
    pub kind: FindingKind,
    /// "Priority action", "Area for improvement" or "Recommendation".
    pub kind_label: String,
    /// What must change: the finding's text.
    pub action: String,
    /// The evidence the finding rests on: the documents linked to the
    /// requirement (at most [`EVIDENCE_PER_ACTION`]), then the register rows
    /// the finding cites. Empty when the bundle holds none.
    pub evidence: Vec<CitedEvidence>,
    /// How many more documents are linked to the requirement than
    /// `evidence` lists.
    pub evidence_more: usize,
    /// A role, never a person ([`suggested_owner`]).
    pub owner: String,
    /// "within 3 months".
    pub timescale: String,
    /// The as-of date plus the timescale.
    pub target_date: Date,
    /// [`OPEN`], in the plan's language.
    pub status: String,
}

/// A file an action rests on, and where in it when that is known.
#[derive(Debug, Clone, Serialize)]
pub struct CitedEvidence {
    /// Bundle-relative path.
    pub path: String,
    /// The evidence's title; `null` for a register.
    pub title: Option<String>,
    /// Where in the file: "line 19", "lines 61, 68", "rows 4, 9".
    pub location: Option<String>,
    /// "current", "draft", "review overdue", …; `null` for a register.
    pub currency: Option<String>,
    /// Whether the document counts at the as-of date (its currency is
    /// not then repeated in words).
    #[serde(skip)]
    pub current: bool,
}

impl CitedEvidence {
    /// "Title (path)", "Title (path; draft)" or "path, line 19".
    pub fn words(&self) -> String {
        match (&self.title, &self.location) {
            (Some(title), _) => match &self.currency {
                Some(c) if !self.current => format!("{title} ({}; {c})", self.path),
                _ => format!("{title} ({})", self.path),
            },
            (None, Some(location)) => format!("{}, {location}", self.path),
            (None, None) => self.path.clone(),
        }
    }
}

impl Action {
    /// The evidence cited, in words, as the spreadsheet prints it: the
    /// documents, how many more there are, then the register rows.
    pub fn evidence_words(&self, messages: &Messages) -> String {
        if self.evidence.is_empty() {
            return messages.get("act-evidence-none");
        }
        let (documents, registers): (Vec<&CitedEvidence>, Vec<&CitedEvidence>) =
            self.evidence.iter().partition(|e| e.title.is_some());
        let mut parts: Vec<String> = documents.iter().map(|e| e.words()).collect();
        if self.evidence_more > 0 {
            parts.push(msg!(messages, "act-evidence-more", count = self.evidence_more));
        }
        parts.extend(registers.iter().map(|e| e.words()));
        parts.join("; ")
    }

    /// "S05.GP2: Standard 5, good practice 2".
    pub fn requirement_cell(&self) -> String {
        match &self.requirement {
            Some(id) => format!("{id}: {}", self.requirement_words),
            None => self.requirement_words.clone(),
        }
    }

    /// "Standard 5: Recruitment and selection".
    pub fn standard_cell(&self, messages: &Messages) -> String {
        msg!(messages, "rep-standard-heading", number = self.standard_number, title = self.standard_title.as_str())
    }
}

/// The standards whose provider obligations are about running the service
/// safely (recruitment and selection, training and support, independence,
/// keeping safe, resourcing, equality and diversity, complaints): the IV
/// service manager answers for them.
const PROVIDER_MANAGEMENT: [u32; 7] = [5, 6, 10, 11, 12, 13, 14];

/// The standards whose authority obligations are about the child's own
/// arrangement (the right to an IV, the child's wishes, starting and ending,
/// the relationship, feedback): social-work practice.
const AUTHORITY_PRACTICE: [u32; 5] = [1, 2, 7, 8, 9];

pub const PROVIDER_MANAGER: &str = "IV service manager";
pub const PROVIDER_COORDINATOR: &str = "IV co-ordinator";
pub const AUTHORITY_COMMISSIONING: &str = "Commissioning manager (local authority)";
pub const AUTHORITY_PRACTICE_LEAD: &str = "Team manager, children looked after";

/// The messages that name the four roles, in the order of the constants above.
const ROLE_IDS: [(&str, &str); 4] = [
    (PROVIDER_MANAGER, "act-owner-provider-manager"),
    (PROVIDER_COORDINATOR, "act-owner-provider-coordinator"),
    (AUTHORITY_COMMISSIONING, "act-owner-authority-commissioning"),
    (AUTHORITY_PRACTICE_LEAD, "act-owner-authority-practice"),
];

fn role_in(role: &str, messages: &Messages) -> String {
    ROLE_IDS.iter().find(|(r, _)| *r == role).map_or_else(|| role.to_string(), |(_, id)| messages.get(id))
}

/// The role suggested to own an action on a requirement: always a role,
/// never a person, chosen from who the requirement binds and what its
/// standard is about.
///
/// - A requirement on the provider goes to the **IV service manager** when
///   it falls under standards 5, 6, 10, 11, 12, 13 or 14 (recruitment,
///   training, independence, keeping safe, resourcing, equality,
///   complaints) or children's safety depends on it; otherwise to the **IV
///   co-ordinator**, who runs day-to-day practice.
/// - A requirement on the local authority goes to the **Team manager,
///   children looked after** when it falls under standards 1, 2, 7, 8 or 9
///   (the child's right to an IV, their wishes, starting and ending, the
///   relationship, feedback) or its text names social workers; otherwise to
///   the **Commissioning manager (local authority)**.
/// - A requirement on both parties goes to the bundle's own party; a bundle
///   for both names both roles.
///
/// [`rules_in`] says the same in the words every report prints.
pub fn suggested_owner(party: Party, standard: u32, safety: bool, text: &str, role: Party) -> String {
    suggested_owner_in(party, standard, safety, text, role, &Messages::english())
}

/// [`suggested_owner`] in the language of `messages`. The requirement's
/// `text` is the catalog's English, which names social workers.
pub fn suggested_owner_in(
    party: Party,
    standard: u32,
    safety: bool,
    text: &str,
    role: Party,
    messages: &Messages,
) -> String {
    let provider = || {
        if PROVIDER_MANAGEMENT.contains(&standard) || safety { PROVIDER_MANAGER } else { PROVIDER_COORDINATOR }
    };
    let authority = || {
        // The requirement's words, in English or in the catalog's Welsh.
        let text = text.to_lowercase();
        let social_workers = ["social worker", "gweithiwr cymdeithasol", "gweithwyr cymdeithasol"];
        if AUTHORITY_PRACTICE.contains(&standard) || social_workers.iter().any(|w| text.contains(w)) {
            AUTHORITY_PRACTICE_LEAD
        } else {
            AUTHORITY_COMMISSIONING
        }
    };
    let party = if party == Party::Both { role } else { party };
    match party {
        Party::Provider => role_in(provider(), messages),
        Party::Authority => role_in(authority(), messages),
        Party::Both => messages.and_list(&[role_in(provider(), messages), role_in(authority(), messages)]),
    }
}

/// The action plan's rules, printed with the rules for findings in every
/// report, in the language of `messages`.
pub fn rules_in(messages: &Messages) -> Vec<String> {
    vec![
        msg!(messages, "act-rule-plan", open = messages.get("act-status-open")),
        msg!(
            messages,
            "act-rule-owner",
            manager = role_in(PROVIDER_MANAGER, messages),
            coordinator = role_in(PROVIDER_COORDINATOR, messages),
            practice = role_in(AUTHORITY_PRACTICE_LEAD, messages),
            commissioning = role_in(AUTHORITY_COMMISSIONING, messages)
        ),
    ]
}

/// The action plan for `findings` (already most serious first), with the
/// standards' requirements for what each rests on and `gaps` for the
/// register rows a finding cites. `role` is the bundle's party.
///
/// Its words are in the language of `messages` (which should be
/// the language the findings were written in).
pub fn plan_in(
    findings: &[FindingView],
    standards: &[StandardView],
    gaps: &[PracticeGap],
    role: Party,
    messages: &Messages,
) -> Vec<Action> {
    let mut out = Vec::new();
    for f in findings {
        let (Some(timescale), Some(target_date)) = (&f.timescale, f.target_date) else {
            // A strength: nothing to do.
            continue;
        };
        let standard = standards.iter().find(|s| s.id == f.standard);
        let number = standard.map_or(0, |s| s.number);
        let requirement = f.requirement.as_deref().and_then(|id| standard?.obligations.iter().find(|r| r.id == id));
        // The documents linked to the requirement, the first few of them:
        // a bundle may link thousands to one requirement.
        let cited = requirement.map_or(&[][..], |r| r.cited.as_slice());
        let mut evidence: Vec<CitedEvidence> = cited
            .iter()
            .take(EVIDENCE_PER_ACTION)
            .map(|c| CitedEvidence {
                path: c.path.clone(),
                title: Some(c.title.clone()),
                location: None,
                currency: Some(c.currency_label.to_string()),
                current: c.currency == crate::assess::Currency::Current,
            })
            .collect();
        let evidence_more = cited.len().saturating_sub(EVIDENCE_PER_ACTION);
        if let Some(id) = &f.requirement {
            // Register rows: only from the audit's own sentences that this
            // finding repeats, never from text a bundle wrote. There are at
            // most a few, each citing at most a dozen rows.
            for g in gaps.iter().filter(|g| g.requirement == id && f.text.contains(g.text.as_str())) {
                for (path, location) in register_citations(&g.text) {
                    if !evidence.iter().any(|e| e.path == path && e.location.as_deref() == Some(location)) {
                        evidence.push(CitedEvidence {
                            path: path.to_string(),
                            title: None,
                            location: Some(location.to_string()),
                            currency: None,
                            current: false,
                        });
                    }
                }
            }
        }
        let owner = match requirement {
            Some(r) => suggested_owner_in(r.party, number, r.safety, &r.text, role, messages),
            None => suggested_owner_in(role, number, false, "", role, messages),
        };
        out.push(Action {
            reference: format!("A{:02}", out.len() + 1),
            standard: f.standard.clone(),
            standard_number: number,
            // The standard and requirement as the report names them, so the
            // plan and the report always agree (and a catalog's Welsh title
            // is used).
            standard_title: f.standard_title.clone(),
            requirement_words: f
                .requirement_label
                .clone()
                .unwrap_or_else(|| msg!(messages, "rep-standard-n", number = number)),
            requirement: f.requirement.clone(),
            kind: f.kind,
            kind_label: f.kind_label.clone(),
            action: f.text.clone(),
            evidence,
            evidence_more,
            owner,
            timescale: timescale.clone(),
            target_date,
            status: messages.get("act-status-open"),
        });
    }
    out
}

/// The register rows an audit sentence cites, as (path, "line 19"): every
/// "(registers/…, line(s)/row(s) …)" in it. A register cited without rows
/// (one that is absent) is left out: nothing in it can be pointed to.
fn register_citations(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    for (start, _) in text.match_indices("(registers/") {
        let inner = &text[start + 1..];
        let Some(end) = inner.find(')') else { break };
        // "line 19", "rows 4, 9" (or "llinell 19"): a location with a number.
        if let Some((path, location)) = inner[..end].split_once(", ")
            && location.contains(|c: char| c.is_ascii_digit())
        {
            out.push((path, location));
        }
    }
    out
}

/// Whether a spreadsheet would take `text` for a formula: it starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return, or a full-width `=`, `+`,
/// `-` or `@`.
pub fn starts_formula(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}'])
}

/// `text` as a CSV cell holds it: [`clean`], and prefixed with `'` if it
/// would otherwise start a formula (Excel hides the `'` when it opens a CSV).
pub fn cell(text: &str) -> Cow<'_, str> {
    cell_noting(text, "(cut: see the report)")
}

fn cell_noting<'a>(text: &'a str, cut: &str) -> Cow<'a, str> {
    let text = clean_noting(text, cut);
    if starts_formula(&text) { Cow::Owned(format!("'{text}")) } else { text }
}

/// `text` with its control characters shown as escapes (as everywhere
/// ivaudit prints a bundle's text) and cut to Excel's limit.
pub fn clean(text: &str) -> Cow<'_, str> {
    clean_noting(text, "(cut: see the report)")
}

/// [`clean`], saying `cut` after text it cuts.
fn clean_noting<'a>(text: &'a str, cut: &str) -> Cow<'a, str> {
    // A cell cannot say a phrase is in another language: marks are dropped.
    let mut text = match crate::locale::marks::strip(text) {
        Cow::Borrowed(t) => crate::text::escape_control(t),
        Cow::Owned(t) => Cow::Owned(crate::text::escape_control(&t).into_owned()),
    };
    if text.encode_utf16().count() > CELL_UNITS - 40 {
        let mut units = 0;
        let note = cut;
        let cut_at = text
            .char_indices()
            .find(|(_, c)| {
                units += c.len_utf16();
                units > CELL_UNITS - 40
            })
            .map_or(text.len(), |(i, _)| i);
        text = Cow::Owned(format!("{} … {note}", &text[..cut_at]));
    }
    text
}

/// A date as UK spreadsheets read it: 31/03/2026.
pub fn uk_date(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// The cells of one action, in [`COLUMNS`] order, as text (the target date
/// as dd/mm/yyyy).
fn row(a: &Action, messages: &Messages) -> [String; 9] {
    [
        a.reference.clone(),
        a.standard_cell(messages),
        a.requirement_cell(),
        a.kind_label.clone(),
        a.action.clone(),
        a.evidence_words(messages),
        a.owner.clone(),
        uk_date(a.target_date),
        a.status.clone(),
    ]
}

/// Writes the plan as CSV the way Excel in the UK opens it: UTF-8 with a
/// byte-order mark, CRLF line ends, RFC 4180 quoting, dates as dd/mm/yyyy,
/// and no cell that starts a formula.
pub fn write_csv(plan: &[Action], messages: &Messages, out: &mut dyn std::io::Write) -> Result<(), RenderError> {
    let cut = format!("({})", messages.get("act-cut"));
    out.write_all("\u{feff}".as_bytes()).map_err(RenderError::Io)?;
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(out);
    let csv_error = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => RenderError::Io(e),
        other => RenderError::Io(std::io::Error::other(format!("{other:?}"))),
    };
    w.write_record(columns(messages)).map_err(csv_error)?;
    for a in plan {
        let cells = row(a, messages);
        w.write_record(cells.iter().map(|c| cell_noting(c, &cut).into_owned())).map_err(csv_error)?;
    }
    w.flush().map_err(RenderError::Io)
}

/// The column widths of the XLSX plan, in characters, in [`COLUMNS`] order.
const WIDTHS: [f64; 9] = [11.0, 30.0, 34.0, 20.0, 80.0, 60.0, 26.0, 12.0, 9.0];

/// The columns whose text wraps: Action and Evidence cited.
const WRAPPED: [usize; 2] = [4, 5];

/// The target date's column.
const DATE_COLUMN: usize = 7;

/// Writes the plan as an Excel workbook: one sheet, "Action plan", with a
/// bold header row frozen at the top, a filter over the table, set column
/// widths, the action and evidence wrapped, and target dates as real dates
/// shown dd/mm/yyyy. Text is only ever written as text (never as a formula)
/// and neutralised as in [`cell`]. `organisation` and `as_of` go into the
/// document's properties; the creation date is `as_of`, so two runs give
/// the same bytes.
pub fn write_xlsx(
    plan: &[Action],
    organisation: &str,
    as_of: Date,
    messages: &Messages,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook};
    let xlsx = |e: rust_xlsxwriter::XlsxError| RenderError::Workbook(e.to_string());
    let date = |d: Date| -> Result<ExcelDateTime, RenderError> {
        let year =
            u16::try_from(d.year()).map_err(|_| RenderError::Workbook(format!("the year of {d} is out of range")))?;
        ExcelDateTime::from_ymd(year, d.month(), d.day()).map_err(xlsx)
    };
    let mut workbook = Workbook::new();
    let properties = DocProperties::new()
        .set_title(
            crate::text::escape_control(&msg!(messages, "act-workbook-title", organisation = organisation)).as_ref(),
        )
        .set_subject(messages.get("act-workbook-subject"))
        .set_company(crate::text::escape_control(organisation).as_ref())
        .set_author(format!("ivaudit {}", env!("CARGO_PKG_VERSION")))
        .set_comment(msg!(messages, "act-workbook-comment", date = messages.date(as_of)))
        .set_creation_datetime(&date(as_of)?);
    workbook.set_properties(&properties);
    let sheet = workbook.add_worksheet();
    sheet.set_name(messages.get("act-sheet")).map_err(xlsx)?;
    let cut = format!("({})", messages.get("act-cut"));
    let header = Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top);
    let plain = Format::new().set_align(FormatAlign::Top);
    let wrapped = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    // A cell that would start a formula is a string cell marked with Excel's
    // own quote prefix: shown as typed, kept as text if it is edited.
    let (plain_quoted, wrapped_quoted) = (plain.clone().set_quote_prefix(), wrapped.clone().set_quote_prefix());
    let dated = Format::new().set_num_format("dd/mm/yyyy").set_align(FormatAlign::Top).set_align(FormatAlign::Left);
    for (col, (name, width)) in columns(messages).iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        sheet.write_string_with_format(0, col, name, &header).map_err(xlsx)?;
        sheet.set_column_width(col, width).map_err(xlsx)?;
    }
    for (i, a) in plan.iter().enumerate() {
        let r = u32::try_from(i + 1).map_err(|_| RenderError::Workbook("too many actions for one sheet".into()))?;
        for (col, text) in row(a, messages).iter().enumerate() {
            let c = col as u16;
            if col == DATE_COLUMN {
                sheet.write_datetime_with_format(r, c, date(a.target_date)?, &dated).map_err(xlsx)?;
            } else {
                let text = clean_noting(text, &cut);
                let format = match (WRAPPED.contains(&col), starts_formula(&text)) {
                    (true, false) => &wrapped,
                    (true, true) => &wrapped_quoted,
                    (false, false) => &plain,
                    (false, true) => &plain_quoted,
                };
                sheet.write_string_with_format(r, c, text, format).map_err(xlsx)?;
            }
        }
    }
    let last_row = u32::try_from(plan.len()).unwrap_or(u32::MAX);
    sheet.autofilter(0, 0, last_row, (COLUMNS.len() - 1) as u16).map_err(xlsx)?;
    sheet.set_freeze_panes(1, 0).map_err(xlsx)?;
    // Printed, it goes across A4 with the header on every page.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_repeat_rows(0, 0).map_err(xlsx)?;
    sheet.set_print_fit_to_pages(1, 0);
    let bytes = workbook.save_to_buffer().map_err(xlsx)?;
    out.write_all(&bytes).map_err(RenderError::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_are_roles_chosen_by_party_and_subject() {
        use Party::*;
        assert_eq!(suggested_owner(Provider, 5, false, "", Provider), PROVIDER_MANAGER);
        assert_eq!(suggested_owner(Provider, 8, false, "", Provider), PROVIDER_COORDINATOR);
        assert_eq!(suggested_owner(Provider, 8, true, "", Provider), PROVIDER_MANAGER, "safety goes to the manager");
        assert_eq!(suggested_owner(Authority, 12, false, "", Authority), AUTHORITY_COMMISSIONING);
        assert_eq!(suggested_owner(Authority, 7, false, "", Authority), AUTHORITY_PRACTICE_LEAD);
        assert_eq!(
            suggested_owner(Authority, 11, true, "The child's social worker should update", Authority),
            AUTHORITY_PRACTICE_LEAD
        );
        // Good practice on both parties goes to the bundle's own party.
        assert_eq!(suggested_owner(Both, 9, false, "", Provider), PROVIDER_COORDINATOR);
        assert_eq!(suggested_owner(Both, 9, false, "", Authority), AUTHORITY_PRACTICE_LEAD);
        assert_eq!(
            suggested_owner(Both, 12, false, "", Both),
            format!("{PROVIDER_MANAGER} and {AUTHORITY_COMMISSIONING}")
        );
    }

    #[test]
    fn register_rows_are_read_from_the_audits_own_sentence() {
        let text = "2 children waiting had been referred more than 3 months earlier (registers/children.csv, lines 61, 68). \
                    There is no usable visits register (registers/visits.csv), so … (registers/volunteers.xlsx, row 4)";
        assert_eq!(
            register_citations(text),
            [("registers/children.csv", "lines 61, 68"), ("registers/volunteers.xlsx", "row 4")]
        );
    }

    #[test]
    fn a_cell_never_starts_a_formula() {
        for bad in ["=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\u{ff1d}1+1"] {
            let c = cell(bad);
            assert!(c.starts_with('\''), "{bad:?} gave {c:?}");
            assert_eq!(&c[1..], bad);
        }
        // A tab or carriage return is shown as an escape, so it cannot lead.
        assert_eq!(cell("\t=1"), "\\t=1");
        assert_eq!(cell("Recruitment policy (a-b.md)"), "Recruitment policy (a-b.md)");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn a_cell_is_cut_to_excels_limit() {
        let long = "é".repeat(40_000);
        let c = cell(&long);
        assert!(c.encode_utf16().count() <= CELL_UNITS, "{}", c.encode_utf16().count());
        assert!(c.ends_with("(cut: see the report)"));
    }

    #[test]
    fn evidence_reads_documents_then_the_rest_then_register_rows() {
        let doc = |n: usize| CitedEvidence {
            path: format!("policies/p{n}.md"),
            title: Some(format!("Policy {n}")),
            location: None,
            currency: Some(if n == 2 { "draft" } else { "current" }.to_string()),
            current: n != 2,
        };
        let mut action = Action {
            reference: "A01".into(),
            standard: "S05".into(),
            standard_number: 5,
            standard_title: "Recruitment and selection".into(),
            requirement: Some("S05.P1".into()),
            requirement_words: "Standard 5, provider obligation 1".into(),
            kind: FindingKind::PriorityAction,
            kind_label: FindingKind::PriorityAction.label_in(&Messages::english()),
            action: "S05.P1 is partly met.".into(),
            evidence: vec![
                doc(1),
                doc(2),
                CitedEvidence {
                    path: "registers/volunteers.csv".into(),
                    title: None,
                    location: Some("line 19".into()),
                    currency: None,
                    current: false,
                },
            ],
            evidence_more: 3,
            owner: PROVIDER_MANAGER.into(),
            timescale: "within 3 months".into(),
            target_date: "2026-06-30".parse().unwrap(),
            status: OPEN.to_string(),
        };
        assert_eq!(
            action.evidence_words(&Messages::english()),
            "Policy 1 (policies/p1.md); Policy 2 (policies/p2.md; draft); \
             and 3 more documents linked to the requirement (listed in the report); registers/volunteers.csv, line 19"
        );
        assert_eq!(action.requirement_cell(), "S05.P1: Standard 5, provider obligation 1");
        action.evidence.clear();
        assert_eq!(action.evidence_words(&Messages::english()), "No evidence in the bundle");
    }

    #[test]
    fn an_empty_plan_is_its_header_row() {
        let mut csv = Vec::new();
        write_csv(&[], &Messages::english(), &mut csv).unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "\u{feff}Reference,Standard,Requirement,Kind,Action,Evidence cited,Suggested owner,Target date,Status\r\n"
        );
        let mut xlsx = Vec::new();
        write_xlsx(&[], "Nothing To Do Service", "2026-03-31".parse().unwrap(), &Messages::english(), &mut xlsx)
            .unwrap();
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
        let range = book.worksheet_range("Action plan").unwrap();
        assert_eq!(range.rows().count(), 1);
    }

    #[test]
    fn dates_are_written_day_first() {
        assert_eq!(uk_date("2026-06-30".parse().unwrap()), "30/06/2026");
        assert_eq!(uk_date("2027-01-05".parse().unwrap()), "05/01/2027");
    }
}

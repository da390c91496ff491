//! The registers a service keeps (`registers/*.csv`, or the same as `.xlsx`
//! or `.ods` spreadsheets, and `registers/population.yaml`):
//! referrals and matches, visits, volunteers, feedback, complaints, and an
//! authority's looked-after population. They let the audit test what a
//! service does against what its policies say.
//!
//! Children and volunteers appear only by reference. Reports never print
//! those references: they cite a register's file and rows instead.

pub mod names;
mod population;
pub mod sheet;
pub mod table;

use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

use crate::date::Date;
use crate::diag::{Code, Diagnostic};
pub use population::Population;
use population::read_population;
use table::{Cells, Table};

pub const FOLDER: &str = "registers";

/// The column contract of each CSV register, in the order templates use.
pub const CHILDREN_COLUMNS: &[&str] = &[
    "child_ref",
    "age",
    "gender",
    "first_language",
    "placement",
    "placement_type",
    "referred_on",
    "referral_source",
    "consent",
    "matched_on",
    "volunteer_ref",
    "ended_on",
    "end_reason",
    "post18",
];
pub const VISITS_COLUMNS: &[&str] = &["child_ref", "volunteer_ref", "date"];
pub const VOLUNTEERS_COLUMNS: &[&str] = &[
    "volunteer_ref",
    "gender",
    "welsh_speaker",
    "care_experienced",
    "applied_on",
    "approved_on",
    "approvers",
    "references",
    "dbs_level",
    "dbs_date",
    "training_completed_on",
    "training_topics",
    "left_on",
];
pub const FEEDBACK_COLUMNS: &[&str] = &["child_ref", "date", "from"];
pub const COMPLAINTS_COLUMNS: &[&str] = &["ref", "received_on", "resolved_on", "outcome"];

/// The factors of Appendix C's assessment tool, as yes/no columns, in the
/// tool's order, with the words reports use for each.
pub const FACTORS: &[(&str, &str)] = &[
    ("little_family_contact", "has no or little contact with family"),
    ("contact_not_meaningful", "contact with family is not meaningful"),
    ("wellbeing_health", "an IV would contribute to their physical and mental health and emotional well-being"),
    ("wellbeing_education", "an IV would contribute to their education, training and recreation"),
    ("wellbeing_protection", "an IV would contribute to their protection from abuse and neglect"),
    ("wellbeing_relationships", "an IV would contribute to their enjoyment of safe and healthy personal relationships"),
    ("wellbeing_community", "an IV would contribute to feeling valued and engaged in their community"),
    (
        "wellbeing_independence",
        "an IV would contribute to their social life and to helping them grow up and be independent",
    ),
    (
        "wellbeing_voice",
        "an IV would help them access information and advice, be treated with dignity and respect and have their voice heard",
    ),
    (
        "placed_at_distance",
        "placed at a distance from home (particularly out of county), making contact hard to maintain",
    ),
    (
        "communication_difficulties",
        "unable to go out independently, or has difficulties communicating or building positive relationships",
    ),
    (
        "risk_inappropriate_relationships",
        "engaging (or likely to engage) in behaviour risking inappropriate relationships",
    ),
    (
        "residential_setting",
        "placed in a residential setting and would benefit from a unique, individual relationship with an IV",
    ),
    (
        "multiple_placements",
        "experiencing multiple placements and the difficulty of keeping a continuous relationship with an adult",
    ),
];

/// `assessments.csv`: every column, in order.
pub fn assessment_columns() -> Vec<&'static str> {
    let mut c = vec!["child_ref", "assessed_on", "assessed_by"];
    c.extend(FACTORS.iter().map(|(k, _)| *k));
    c.extend(["age", "child_view", "decision", "next_review"]);
    c
}

/// The initial training topics Standard 6 lists (good practice, bullet 2).
pub const TRAINING_TOPICS: &[&str] = &[
    "safeguarding",
    "children_in_care",
    "boundaries",
    "confidentiality",
    "communication",
    "equality_diversity",
    "health_safety",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Female,
    Male,
    NonBinary,
    Other,
    NotStated,
}

const GENDERS: &[(&str, Gender)] = &[
    ("female", Gender::Female),
    ("male", Gender::Male),
    ("non_binary", Gender::NonBinary),
    ("other", Gender::Other),
    ("not_stated", Gender::NotStated),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Welsh,
    English,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    InCounty,
    OutOfCounty,
    OutOfWales,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PlacementType {
    Foster,
    Residential,
    Kinship,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralSource {
    SocialWorker,
    Iro,
    Carer,
    #[serde(rename = "self")]
    SelfReferral,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    Planned,
    ChildChoice,
    VolunteerLeft,
    CeasedLookedAfter,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DbsLevel {
    Enhanced,
    Standard,
    Basic,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackFrom {
    Child,
    Volunteer,
    Carer,
    SocialWorker,
    Iro,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Assessor {
    SocialWorker,
    Iro,
    Provider,
}

/// The child's view of having an IV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildView {
    Wants,
    Objects,
    Undecided,
}

/// What the assessment decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Refer,
    NotNow,
    Declined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintOutcome {
    Upheld,
    PartlyUpheld,
    NotUpheld,
    Withdrawn,
}

/// One referral (`children.csv`): a child waiting has no `matched_on`.
#[derive(Debug, Clone)]
pub struct Referral {
    pub line: usize,
    pub child_ref: String,
    pub age: Option<u32>,
    pub gender: Option<Gender>,
    pub first_language: Option<Language>,
    pub placement: Option<Placement>,
    pub placement_type: Option<PlacementType>,
    pub referred_on: Date,
    pub referral_source: Option<ReferralSource>,
    pub consent: bool,
    pub matched_on: Option<Date>,
    pub volunteer_ref: Option<String>,
    /// The day the referral or match ended: no longer running from that day.
    pub ended_on: Option<Date>,
    pub end_reason: Option<EndReason>,
    pub post18: bool,
}

impl Referral {
    /// Whether the match runs on `day` (matched on or before it, not yet ended).
    pub fn matched_on_day(&self, day: Date) -> bool {
        self.matched_on.is_some_and(|m| m <= day) && self.ended_on.is_none_or(|e| day < e)
    }

    /// Whether the child is waiting on `day`: referred, consenting, not
    /// matched and the referral not closed.
    pub fn waiting_on_day(&self, day: Date) -> bool {
        self.consent
            && self.referred_on <= day
            && self.matched_on.is_none_or(|m| m > day)
            && self.ended_on.is_none_or(|e| day < e)
    }
}

#[derive(Debug, Clone)]
pub struct Visit {
    pub line: usize,
    pub child_ref: String,
    pub volunteer_ref: String,
    pub date: Date,
}

#[derive(Debug, Clone)]
pub struct Volunteer {
    pub line: usize,
    pub volunteer_ref: String,
    pub gender: Option<Gender>,
    pub welsh_speaker: Option<bool>,
    pub care_experienced: Option<bool>,
    pub applied_on: Option<Date>,
    pub approved_on: Option<Date>,
    pub approvers: Option<u32>,
    pub references: Option<u32>,
    pub dbs_level: Option<DbsLevel>,
    pub dbs_date: Option<Date>,
    pub training_completed_on: Option<Date>,
    pub training_topics: Vec<String>,
    pub left_on: Option<Date>,
}

#[derive(Debug, Clone)]
pub struct Feedback {
    pub line: usize,
    pub child_ref: String,
    pub date: Date,
    pub from: FeedbackFrom,
}

#[derive(Debug, Clone)]
pub struct Complaint {
    pub line: usize,
    /// The complaint's reference (`ref`), which may identify a child.
    pub reference: String,
    pub received_on: Date,
    pub resolved_on: Option<Date>,
    pub outcome: Option<ComplaintOutcome>,
}

/// One eligibility assessment (`assessments.csv`, Appendix C).
#[derive(Debug, Clone)]
pub struct EligibilityAssessment {
    pub line: usize,
    pub child_ref: String,
    pub assessed_on: Date,
    pub assessed_by: Option<Assessor>,
    /// The keys of the factors ticked, in `FACTORS` order.
    pub factors: Vec<&'static str>,
    pub age: Option<u32>,
    pub child_view: Option<ChildView>,
    pub decision: Decision,
    pub next_review: Option<Date>,
}

/// Which register column a [`KnownReference`] was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// `child_ref`.
    Child,
    /// `volunteer_ref`.
    Volunteer,
    /// `ref` in `complaints.csv`.
    Complaint,
}

/// A reference as written in a register, where it was written. Collected
/// from every data row read, used or not, so that nothing published can
/// repeat one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KnownReference {
    pub kind: ReferenceKind,
    /// The cell as typed (trimmed); always code-like (see `table::is_code_like`).
    pub value: String,
    /// Bundle-relative path of the register, such as `registers/visits.csv`.
    pub file: String,
    /// The physical line the row starts on.
    pub line: usize,
}

/// A register as read: its file, digest, and how many rows counted.
#[derive(Debug, Clone, Serialize)]
pub struct RegisterFile {
    pub path: String,
    pub digest: String,
    /// `used`, or `refused` when the whole register could not be used.
    pub state: &'static str,
    pub rows: usize,
    pub rows_used: usize,
}

/// Every register found; `None` where a register is absent or refused.
#[derive(Debug, Clone, Default)]
pub struct Registers {
    pub children: Option<Vec<Referral>>,
    pub visits: Option<Vec<Visit>>,
    pub volunteers: Option<Vec<Volunteer>>,
    pub feedback: Option<Vec<Feedback>>,
    pub complaints: Option<Vec<Complaint>>,
    pub assessments: Option<Vec<EligibilityAssessment>>,
    pub population: Option<Population>,
    pub files: Vec<RegisterFile>,
    /// Every code-like value in a reference column (`child_ref`,
    /// `volunteer_ref`, complaints' `ref`) of every data row read: rows left
    /// out for a bad cell and registers refused whole included. Sorted, no
    /// duplicates. For keeping references out of published documents; the
    /// audit itself counts only the rows it uses.
    pub references: Vec<KnownReference>,
}

/// The register file names ivaudit knows, under `registers/`.
pub const KNOWN: &[&str] = &[
    "children.csv",
    "visits.csv",
    "volunteers.csv",
    "feedback.csv",
    "complaints.csv",
    "assessments.csv",
    "population.yaml",
];

/// The registers kept as tables, by name: each may be `NAME.csv`,
/// `NAME.xlsx` or `NAME.ods`.
pub const TABLES: &[&str] = &["children", "visits", "volunteers", "feedback", "complaints", "assessments"];

/// The kinds of file a table register may be, by extension.
pub const TABLE_EXTENSIONS: &[&str] = &["csv", "xlsx", "ods"];

/// Whether `name`, a file name under `registers/`, is a register ivaudit
/// reads: one of [`KNOWN`], or a table register saved as `.xlsx` or `.ods`.
pub fn is_known(name: &str) -> bool {
    KNOWN.contains(&name)
        || name.rsplit_once('.').is_some_and(|(stem, ext)| TABLES.contains(&stem) && TABLE_EXTENSIONS.contains(&ext))
}

/// Every path a table register may have, so that reports can name the
/// file a register was read from without allocating a name per figure.
pub const PATHS: &[&str] = &[
    "registers/children.csv",
    "registers/children.xlsx",
    "registers/children.ods",
    "registers/visits.csv",
    "registers/visits.xlsx",
    "registers/visits.ods",
    "registers/volunteers.csv",
    "registers/volunteers.xlsx",
    "registers/volunteers.ods",
    "registers/feedback.csv",
    "registers/feedback.xlsx",
    "registers/feedback.ods",
    "registers/complaints.csv",
    "registers/complaints.xlsx",
    "registers/complaints.ods",
    "registers/assessments.csv",
    "registers/assessments.xlsx",
    "registers/assessments.ods",
];

impl Registers {
    /// The file the register `stem` (`children`) was read from, CSV or
    /// spreadsheet; its CSV name when none was used. Citations of its rows
    /// must name the file a reader will open.
    pub fn path(&self, stem: &str) -> &'static str {
        let used = self.files.iter().find(|f| {
            f.state == "used"
                && f.path.strip_prefix("registers/").and_then(|n| n.rsplit_once('.')).is_some_and(|(s, _)| s == stem)
        });
        let wanted = used.map_or_else(|| format!("{FOLDER}/{stem}.csv"), |f| f.path.clone());
        PATHS.iter().find(|p| **p == wanted).copied().unwrap_or("registers")
    }
}

/// Whether a register path is a spreadsheet, whose rows are cited as rows,
/// not lines.
pub fn is_sheet(path: &str) -> bool {
    path.ends_with(".xlsx") || path.ends_with(".ods")
}

fn path(name: &str) -> String {
    format!("{FOLDER}/{name}")
}

/// A table register as found: the files that hold it (more than one is an
/// error, and then none is read) and its table, when it could be used.
struct Found {
    names: Vec<String>,
    table: Option<Table>,
}

impl Found {
    fn rows(&self) -> Option<usize> {
        self.table.as_ref().map(|t| t.rows.len())
    }

    /// The path of the file read, or nothing when none was.
    fn file(&self) -> &str {
        self.table.as_ref().map_or("", |t| t.file.as_str())
    }
}

/// Reads the register `stem` from whichever of its files `files` holds.
fn find_table(
    files: &BTreeMap<&str, (Vec<u8>, String)>,
    stem: &str,
    columns: &[&'static str],
    diagnostics: &mut Vec<Diagnostic>,
    references: &mut Vec<KnownReference>,
) -> Found {
    let names: Vec<String> =
        TABLE_EXTENSIONS.iter().map(|ext| format!("{stem}.{ext}")).filter(|n| files.contains_key(n.as_str())).collect();
    let table = match names.as_slice() {
        [] => None,
        [name] => {
            let (bytes, _) = &files[name.as_str()];
            let file = path(name);
            match sheet::Format::of(name) {
                None => table::read(&file, bytes, columns, diagnostics, references),
                Some(format) => match sheet::rows(&file, bytes, format, stem, &crate::limits::SHEET) {
                    Ok(rows) => table::read_rows(&file, rows, columns, diagnostics, references),
                    Err(d) => {
                        diagnostics.push(d);
                        None
                    }
                },
            }
        }
        [first, ..] => {
            let all: Vec<String> = names.iter().map(|n| format!("`{}`", path(n))).collect();
            diagnostics.push(Diagnostic::error(
                Code::IV412,
                path(first),
                format!(
                    "{} are two versions of the register `{stem}`, and ivaudit cannot tell which is current, so \
                     neither is used; keep one and remove the other",
                    all.join(" and ")
                ),
            ));
            None
        }
    };
    Found { names, table }
}

/// Reads every register in `files` (file name to bytes and digest).
pub fn read(files: &BTreeMap<&str, (Vec<u8>, String)>, diagnostics: &mut Vec<Diagnostic>) -> Registers {
    let mut regs = Registers::default();
    let mut references = Vec::new();
    let mut table_of = |stem: &str, columns: &[&'static str], diagnostics: &mut Vec<Diagnostic>| -> Found {
        find_table(files, stem, columns, diagnostics, &mut references)
    };
    let children = table_of("children", CHILDREN_COLUMNS, diagnostics);
    let volunteers = table_of("volunteers", VOLUNTEERS_COLUMNS, diagnostics);
    let visits = table_of("visits", VISITS_COLUMNS, diagnostics);
    let feedback = table_of("feedback", FEEDBACK_COLUMNS, diagnostics);
    let complaints = table_of("complaints", COMPLAINTS_COLUMNS, diagnostics);
    let assessments = table_of("assessments", &assessment_columns(), diagnostics);
    references.sort();
    references.dedup();
    regs.references = references;

    regs.volunteers = volunteers.table.as_ref().map(|t| read_volunteers(t, diagnostics));
    let volunteer_refs: Option<HashSet<String>> =
        regs.volunteers.as_ref().map(|v| v.iter().map(|v| v.volunteer_ref.clone()).collect());
    let volunteer_refs = volunteer_refs.as_ref().map(|r| (r, volunteers.file()));
    regs.children = children.table.as_ref().map(|t| read_children(t, volunteer_refs, diagnostics));
    let child_refs: Option<HashSet<String>> =
        regs.children.as_ref().map(|c| c.iter().map(|c| c.child_ref.clone()).collect());
    let child_refs = child_refs.as_ref().map(|r| (r, children.file()));
    regs.visits = visits.table.as_ref().map(|t| read_visits(t, child_refs, volunteer_refs, diagnostics));
    regs.feedback = feedback.table.as_ref().map(|t| read_feedback(t, child_refs, diagnostics));
    regs.complaints = complaints.table.as_ref().map(|t| read_complaints(t, diagnostics));
    regs.assessments = assessments.table.as_ref().map(|t| read_assessments(t, diagnostics));

    if let Some((bytes, _)) = files.get("population.yaml") {
        match read_population(bytes) {
            Ok(p) => regs.population = Some(p),
            Err((why, line, column)) => diagnostics.push(
                Diagnostic::error(Code::IV408, path("population.yaml"), format!("{why}; it is not used"))
                    .at(line, column),
            ),
        }
    }

    let counts = [
        (&children, regs.children.as_ref().map(Vec::len)),
        (&volunteers, regs.volunteers.as_ref().map(Vec::len)),
        (&visits, regs.visits.as_ref().map(Vec::len)),
        (&feedback, regs.feedback.as_ref().map(Vec::len)),
        (&complaints, regs.complaints.as_ref().map(Vec::len)),
        (&assessments, regs.assessments.as_ref().map(Vec::len)),
    ];
    for (found, used) in counts {
        for name in &found.names {
            if let Some((_, digest)) = files.get(name.as_str()) {
                regs.files.push(RegisterFile {
                    path: path(name),
                    digest: digest.clone(),
                    state: if used.is_some() { "used" } else { "refused" },
                    rows: found.rows().unwrap_or(0),
                    rows_used: used.unwrap_or(0),
                });
            }
        }
    }
    if let Some((_, digest)) = files.get("population.yaml") {
        let used = regs.population.is_some();
        regs.files.push(RegisterFile {
            path: path("population.yaml"),
            digest: digest.clone(),
            state: if used { "used" } else { "refused" },
            rows: usize::from(used),
            rows_used: usize::from(used),
        });
    }
    regs.files.sort_by(|a, b| a.path.cmp(&b.path));
    regs
}

fn unknown_ref(t: &Table, line: usize, column: &'static str, register: &str) -> Diagnostic {
    let number = t.column_number(column);
    Diagnostic::error(
        Code::IV406,
        &t.file,
        format!("column `{column}` (column {number}): the reference is not in {register}; this row is left out"),
    )
    .at(Some(line), Some(number))
}

/// A row that repeats a reference which must be unique.
fn repeated(t: &Table, line: usize, columns: &[&'static str], what: &str) -> Diagnostic {
    let named: Vec<String> = columns.iter().map(|c| format!("`{c}` (column {})", t.column_number(c))).collect();
    let noun = if columns.len() == 1 { "column" } else { "columns" };
    Diagnostic::error(
        Code::IV407,
        &t.file,
        format!("{noun} {}: {what} is on an earlier row too; this row is left out", named.join(" and ")),
    )
    .at(Some(line), Some(t.column_number(columns[0])))
}

fn read_volunteers(t: &Table, diagnostics: &mut Vec<Diagnostic>) -> Vec<Volunteer> {
    let mut out: Vec<Volunteer> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let volunteer_ref = c.reference("volunteer_ref", true);
        let v = Volunteer {
            line: c.line(),
            volunteer_ref: volunteer_ref.clone().unwrap_or_default(),
            gender: c.choice("gender", false, GENDERS),
            welsh_speaker: c.yes_no("welsh_speaker", false),
            care_experienced: c.yes_no("care_experienced", false),
            applied_on: c.date("applied_on", false),
            approved_on: c.date("approved_on", false),
            approvers: c.count("approvers", false, 20),
            references: c.count("references", false, 20),
            dbs_level: c.choice(
                "dbs_level",
                false,
                &[
                    ("enhanced", DbsLevel::Enhanced),
                    ("standard", DbsLevel::Standard),
                    ("basic", DbsLevel::Basic),
                    ("none", DbsLevel::None),
                ],
            ),
            dbs_date: c.date("dbs_date", false),
            training_completed_on: c.date("training_completed_on", false),
            training_topics: c.keys("training_topics", TRAINING_TOPICS),
            left_on: c.date("left_on", false),
        };
        if !c.ok() {
            continue;
        }
        if !seen.insert(v.volunteer_ref.clone()) {
            diagnostics.push(repeated(t, v.line, &["volunteer_ref"], "this reference"));
            continue;
        }
        out.push(v);
    }
    out
}

/// Known references and the file they were read from.
type Known<'a> = Option<(&'a HashSet<String>, &'a str)>;

fn read_children(t: &Table, volunteers: Known<'_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Referral> {
    let mut out: Vec<Referral> = Vec::new();
    let mut seen: HashSet<(String, Date)> = HashSet::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let child_ref = c.reference("child_ref", true);
        let age = c.count("age", false, 25);
        let gender = c.choice("gender", false, GENDERS);
        let first_language = c.choice(
            "first_language",
            false,
            &[("welsh", Language::Welsh), ("english", Language::English), ("other", Language::Other)],
        );
        let placement = c.choice(
            "placement",
            false,
            &[
                ("in_county", Placement::InCounty),
                ("out_of_county", Placement::OutOfCounty),
                ("out_of_wales", Placement::OutOfWales),
            ],
        );
        let placement_type = c.choice(
            "placement_type",
            false,
            &[
                ("foster", PlacementType::Foster),
                ("residential", PlacementType::Residential),
                ("kinship", PlacementType::Kinship),
                ("other", PlacementType::Other),
            ],
        );
        let referred_on = c.date("referred_on", true);
        let referral_source = c.choice(
            "referral_source",
            false,
            &[
                ("social_worker", ReferralSource::SocialWorker),
                ("iro", ReferralSource::Iro),
                ("carer", ReferralSource::Carer),
                ("self", ReferralSource::SelfReferral),
                ("other", ReferralSource::Other),
            ],
        );
        let consent = c.yes_no("consent", true);
        let matched_on = c.date("matched_on", false);
        let volunteer_ref = c.reference("volunteer_ref", matched_on.is_some());
        let ended_on = c.date("ended_on", false);
        let end_reason = c.choice(
            "end_reason",
            ended_on.is_some(),
            &[
                ("planned", EndReason::Planned),
                ("child_choice", EndReason::ChildChoice),
                ("volunteer_left", EndReason::VolunteerLeft),
                ("ceased_looked_after", EndReason::CeasedLookedAfter),
                ("other", EndReason::Other),
            ],
        );
        let post18 = c.yes_no("post18", false).unwrap_or(false);
        if let (Some(r), Some(m)) = (referred_on, matched_on)
            && m < r
        {
            c.rule("matched_on", "the match is dated before the referral (`referred_on`)");
        }
        if let (Some(r), Some(e)) = (referred_on, ended_on)
            && e < r
        {
            c.rule("ended_on", "the end is dated before the referral (`referred_on`)");
        }
        if matched_on.is_some() && consent == Some(false) {
            c.rule("consent", "is `no` but the child is matched; the authority must not appoint where a child objects");
        }
        if volunteer_ref.is_some() && matched_on.is_none() {
            c.rule("matched_on", "is empty but a volunteer is named");
        }
        let line = c.line();
        if !c.ok() {
            continue;
        }
        let (child_ref, referred_on) = (child_ref.unwrap_or_default(), referred_on.expect("required"));
        if let (Some((known, file)), Some(v)) = (volunteers, &volunteer_ref)
            && !known.contains(v)
        {
            diagnostics.push(unknown_ref(t, line, "volunteer_ref", file));
            continue;
        }
        if !seen.insert((child_ref.clone(), referred_on)) {
            diagnostics.push(repeated(t, line, &["child_ref", "referred_on"], "the same referral"));
            continue;
        }
        out.push(Referral {
            line,
            child_ref,
            age,
            gender,
            first_language,
            placement,
            placement_type,
            referred_on,
            referral_source,
            consent: consent.expect("required"),
            matched_on,
            volunteer_ref,
            ended_on,
            end_reason,
            post18,
        });
    }
    out
}

fn read_visits(t: &Table, children: Known<'_>, volunteers: Known<'_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Visit> {
    let mut out = Vec::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let child_ref = c.reference("child_ref", true);
        let volunteer_ref = c.reference("volunteer_ref", true);
        let date = c.date("date", true);
        let line = c.line();
        if !c.ok() {
            continue;
        }
        let (child_ref, volunteer_ref) = (child_ref.unwrap_or_default(), volunteer_ref.unwrap_or_default());
        if let Some((k, file)) = children
            && !k.contains(&child_ref)
        {
            diagnostics.push(unknown_ref(t, line, "child_ref", file));
            continue;
        }
        if let Some((k, file)) = volunteers
            && !k.contains(&volunteer_ref)
        {
            diagnostics.push(unknown_ref(t, line, "volunteer_ref", file));
            continue;
        }
        out.push(Visit { line, child_ref, volunteer_ref, date: date.expect("required") });
    }
    out
}

fn read_feedback(t: &Table, children: Known<'_>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Feedback> {
    let mut out = Vec::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let child_ref = c.reference("child_ref", true);
        let date = c.date("date", true);
        let from = c.choice(
            "from",
            true,
            &[
                ("child", FeedbackFrom::Child),
                ("volunteer", FeedbackFrom::Volunteer),
                ("carer", FeedbackFrom::Carer),
                ("social_worker", FeedbackFrom::SocialWorker),
                ("iro", FeedbackFrom::Iro),
            ],
        );
        let line = c.line();
        if !c.ok() {
            continue;
        }
        let child_ref = child_ref.unwrap_or_default();
        if let Some((k, file)) = children
            && !k.contains(&child_ref)
        {
            diagnostics.push(unknown_ref(t, line, "child_ref", file));
            continue;
        }
        out.push(Feedback { line, child_ref, date: date.expect("required"), from: from.expect("required") });
    }
    out
}

fn read_complaints(t: &Table, diagnostics: &mut Vec<Diagnostic>) -> Vec<Complaint> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let reference = c.reference("ref", true);
        let received_on = c.date("received_on", true);
        let resolved_on = c.date("resolved_on", false);
        let outcome = c.choice(
            "outcome",
            false,
            &[
                ("upheld", ComplaintOutcome::Upheld),
                ("partly_upheld", ComplaintOutcome::PartlyUpheld),
                ("not_upheld", ComplaintOutcome::NotUpheld),
                ("withdrawn", ComplaintOutcome::Withdrawn),
            ],
        );
        if let (Some(r), Some(s)) = (received_on, resolved_on)
            && s < r
        {
            c.rule("resolved_on", "the resolution is dated before the complaint was received (`received_on`)");
        }
        let line = c.line();
        if !c.ok() {
            continue;
        }
        let reference = reference.unwrap_or_default();
        if !seen.insert(reference.clone()) {
            diagnostics.push(repeated(t, line, &["ref"], "this reference"));
            continue;
        }
        out.push(Complaint { line, reference, received_on: received_on.expect("required"), resolved_on, outcome });
    }
    out
}

fn read_assessments(t: &Table, diagnostics: &mut Vec<Diagnostic>) -> Vec<EligibilityAssessment> {
    let mut out = Vec::new();
    let mut seen: HashSet<(String, Date)> = HashSet::new();
    for row in &t.rows {
        let mut c = Cells::new(t, row, diagnostics);
        let child_ref = c.reference("child_ref", true);
        let assessed_on = c.date("assessed_on", true);
        let assessed_by = c.choice(
            "assessed_by",
            false,
            &[("social_worker", Assessor::SocialWorker), ("iro", Assessor::Iro), ("provider", Assessor::Provider)],
        );
        let mut factors = Vec::new();
        for (key, _) in FACTORS {
            if c.yes_no(key, false) == Some(true) {
                factors.push(*key);
            }
        }
        let age = c.count("age", false, 25);
        let child_view = c.choice(
            "child_view",
            false,
            &[("wants", ChildView::Wants), ("objects", ChildView::Objects), ("undecided", ChildView::Undecided)],
        );
        let decision = c.choice(
            "decision",
            true,
            &[("refer", Decision::Refer), ("not_now", Decision::NotNow), ("declined", Decision::Declined)],
        );
        let next_review = c.date("next_review", false);
        if let (Some(a), Some(n)) = (assessed_on, next_review)
            && n < a
        {
            c.rule("next_review", "the review is dated before the assessment (`assessed_on`)");
        }
        let line = c.line();
        if !c.ok() {
            continue;
        }
        let (child_ref, assessed_on) = (child_ref.unwrap_or_default(), assessed_on.expect("required"));
        if !seen.insert((child_ref.clone(), assessed_on)) {
            diagnostics.push(repeated(t, line, &["child_ref", "assessed_on"], "the same assessment"));
            continue;
        }
        out.push(EligibilityAssessment {
            line,
            child_ref,
            assessed_on,
            assessed_by,
            factors,
            age,
            child_view,
            decision: decision.expect("required"),
            next_review,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_files(files: &[(&'static str, &str)]) -> (Registers, Vec<Diagnostic>) {
        let map: BTreeMap<&str, (Vec<u8>, String)> =
            files.iter().map(|(name, text)| (*name, (text.as_bytes().to_vec(), String::new()))).collect();
        let mut diagnostics = Vec::new();
        let regs = read(&map, &mut diagnostics);
        (regs, diagnostics)
    }

    #[test]
    fn population_errors_name_the_field_never_the_value() {
        let cases: &[(&str, &str, Option<usize>)] = &[
            (
                "children_looked_after: 412\niv_budget: Placeholder Person\n",
                "`iv_budget`: expected a whole number, 0 or more, written without quotes or separators (such as 412)",
                Some(2),
            ),
            ("children_looked_after: -4\n", "`children_looked_after`: expected a whole number", Some(1)),
            ("children_looked_after: '412'\n", "`children_looked_after`: expected a whole number", Some(1)),
            ("{children_looked_after: 3, over_7: Placeholder}", "`over_7`: expected a whole number", Some(1)),
            ("Placeholder Person", "expected one field a line, such as `children_looked_after: 412`", Some(1)),
            ("iv_budget: 3\n", "`children_looked_after` is missing; it is required", Some(1)),
            (
                "children_looked_after: 4\nPlaceholder Person: 3\n",
                "holds a field that is not one of children_looked_after, over_7",
                Some(2),
            ),
            ("children_looked_after: 4\nover7: 3\n", "(did you mean `over_7`?)", Some(2)),
            (
                "children_looked_after: 4\nchildren_looked_after: 5\n",
                "`children_looked_after` is given more than once",
                Some(1),
            ),
            ("children_looked_after: 4\n---\nPlaceholder: 2\n", "holds more than one YAML document", None),
            ("children_looked_after: \"Placeholder\n", "is not valid YAML: found unexpected end of stream", Some(2)),
        ];
        for (yaml, expected, line) in cases {
            let (regs, diags) = read_files(&[("population.yaml", yaml)]);
            assert!(regs.population.is_none(), "{yaml}");
            assert_eq!(diags.len(), 1, "{yaml}: {diags:?}");
            let d = &diags[0];
            assert_eq!((d.code, d.file.as_str(), d.line), (Code::IV408, "registers/population.yaml", *line), "{yaml}");
            assert!(d.message.contains(expected), "{yaml}: {}", d.message);
            assert!(!d.message.contains("Placeholder"), "{yaml}: {}", d.message);
            assert!(d.message.ends_with("; it is not used"), "{}", d.message);
        }
        let (regs, diags) = read_files(&[("population.yaml", "\u{feff}children_looked_after: 412\nover_7: 300\n")]);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(regs.population.unwrap().over_7, Some(300));
    }

    #[test]
    fn population_that_is_not_utf8_is_refused_without_repeating_it() {
        let map: BTreeMap<&str, (Vec<u8>, String)> =
            [("population.yaml", (b"children_looked_after: 4\nx: Pers\xf6n\n".to_vec(), String::new()))].into();
        let mut diags = Vec::new();
        read(&map, &mut diags);
        assert_eq!(diags[0].message, "is not UTF-8 text; save it as UTF-8; it is not used");
    }

    #[test]
    fn references_are_gathered_from_every_register_sorted_and_without_duplicates() {
        let (regs, _) = read_files(&[
            (
                "children.csv",
                "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n\
                 C-2,12,female,english,In County,foster,2025-01-01,iro,yes,2025-02-01,V-1,,,no\n\
                 C-1,12,Placeholder Person,english,in_county,foster,2025-01-01,iro,yes,,,,,no\n",
            ),
            ("volunteers.csv", "volunteer_ref,gender\nV-1,female\n"),
            ("visits.csv", "child_ref,volunteer_ref,date,carer_name\nC-9,V-1,2025-03-01,x\n"),
            ("complaints.csv", "ref,received_on,resolved_on,outcome\nCMP-1,2025-01-01,,\nCMP-1,2025-01-01,,\n"),
        ]);
        let got: Vec<(ReferenceKind, &str, &str, usize)> =
            regs.references.iter().map(|r| (r.kind, r.value.as_str(), r.file.as_str(), r.line)).collect();
        assert_eq!(
            got,
            [
                (ReferenceKind::Child, "C-1", "registers/children.csv", 3),
                (ReferenceKind::Child, "C-2", "registers/children.csv", 2),
                (ReferenceKind::Child, "C-9", "registers/visits.csv", 2),
                (ReferenceKind::Volunteer, "V-1", "registers/children.csv", 2),
                (ReferenceKind::Volunteer, "V-1", "registers/visits.csv", 2),
                (ReferenceKind::Volunteer, "V-1", "registers/volunteers.csv", 2),
                (ReferenceKind::Complaint, "CMP-1", "registers/complaints.csv", 2),
            ]
        );
        // The row with the bad gender is left out of the audit, its reference kept for the guard.
        assert_eq!(regs.children.as_ref().unwrap().len(), 1);
        assert_eq!(regs.children.unwrap()[0].placement, Some(Placement::InCounty));
        assert!(regs.visits.is_none(), "the visits register is refused for its name column");
    }

    #[test]
    fn cross_row_problems_name_their_columns() {
        let (_, diags) = read_files(&[(
            "complaints.csv",
            "received_on,ref,resolved_on,outcome\n2025-02-01,CMP-1,2025-01-01,\n2025-01-01,CMP-2,,\n2025-01-01,CMP-2,,\n",
        )]);
        let got: Vec<(Option<usize>, Option<usize>, &str)> =
            diags.iter().map(|d| (d.line, d.column, d.message.as_str())).collect();
        assert_eq!(
            got,
            [
                (
                    Some(2),
                    Some(3),
                    "column `resolved_on` (column 3): the resolution is dated before the complaint was received \
                     (`received_on`); this row is left out"
                ),
                (
                    Some(4),
                    Some(2),
                    "column `ref` (column 2): this reference is on an earlier row too; this row is left out"
                ),
            ]
        );
    }
}

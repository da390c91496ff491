//! Evidence metadata, written either as Markdown front matter or as an entry
//! of the `evidence.yaml` manifest, and its validation.

use crate::locale::Lang;
use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::date::Date;
use crate::diag::{Code, Diagnostic};
use crate::judge::{Quote, Reason};

/// What sort of document a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    Policy,
    Procedure,
    TrainingRecord,
    Publicity,
    Minutes,
    Survey,
    Report,
    Contract,
    Specification,
    DataReturn,
    Other,
}

impl EvidenceKind {
    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Policy => "policy",
            EvidenceKind::Procedure => "procedure",
            EvidenceKind::TrainingRecord => "training record",
            EvidenceKind::Publicity => "publicity",
            EvidenceKind::Minutes => "minutes",
            EvidenceKind::Survey => "survey",
            EvidenceKind::Report => "report",
            EvidenceKind::Contract => "contract",
            EvidenceKind::Specification => "specification",
            EvidenceKind::DataReturn => "data return",
            EvidenceKind::Other => "other",
        }
    }
}

/// A field that may be written as one value or a list of them.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// Metadata exactly as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeta {
    /// The file an `evidence.yaml` entry describes; front matter has none.
    #[serde(default)]
    pub file: Option<serde_yaml::Value>,
    /// Any scalar is taken as the title (`title: 2025` is a title too);
    /// `title: null` is kept apart from a missing title, to say which.
    #[serde(default, deserialize_with = "present")]
    title: Option<serde_yaml::Value>,
    evidences: OneOrMany,
    kind: EvidenceKind,
    issued: String,
    #[serde(default)]
    review_due: Option<String>,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    shows: Option<OneOrMany>,
    #[serde(default)]
    draft: bool,
    /// The language the document is written in (`en`, `cy`); English when
    /// not given. Reports mark its title and quotes with it.
    #[serde(default)]
    lang: Option<String>,
}

/// A field that is present, even as `null`, is `Some`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_yaml::Value>, D::Error> {
    serde_yaml::Value::deserialize(d).map(Some)
}

/// The note every starter document from `ivaudit init` carries. A document
/// that still has it is an unfilled template, whatever its front matter says.
pub const STARTER_NOTE: &str = "This is a starter document from ivaudit.";

/// Where an item of evidence was described.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A Markdown file with front matter: its text is read.
    Markdown,
    /// A file listed in `evidence.yaml`: only its metadata is read.
    Manifest,
    /// A file listed in `evidence.yaml` whose text is read too (`.docx`,
    /// `.odt`, `.txt`).
    Document,
}

/// One validated item of evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    /// Bundle-relative path with `/` separators.
    pub path: String,
    pub origin: Origin,
    pub title: String,
    /// The language it is written in, as its metadata says (English if not).
    pub lang: Lang,
    pub kind: EvidenceKind,
    pub issued: Date,
    pub review_due: Option<Date>,
    pub owner: Option<String>,
    /// Requirement or standard IDs, as validated against the catalog.
    pub links: Vec<String>,
    /// Criteria the author declares the document shows (`shows:`).
    #[serde(skip)]
    pub declared: Vec<usize>,
    /// Criteria (and specification clauses) the document's text shows,
    /// each with the passage that shows it, sorted by index.
    #[serde(skip)]
    pub found: Vec<TextFinding>,
    /// Criteria the text mentions but does not show, with the passage and
    /// why, sorted by index.
    #[serde(skip)]
    pub near: Vec<NearMiss>,
    pub draft: bool,
    /// Still carries the note of an `ivaudit init` starter document, so
    /// its prompts have not been replaced.
    pub starter: bool,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub digest: String,
}

/// A criterion or specification clause (by its index in the catalog) a
/// document's text shows, and the passage that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextFinding {
    pub index: usize,
    pub quote: Quote,
}

/// A criterion a document's text mentions but does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    pub index: usize,
    pub quote: Quote,
    pub reason: Reason,
}

impl Evidence {
    /// The passage that shows criterion or clause `index`, if the text shows it.
    pub fn shows(&self, index: usize) -> Option<&Quote> {
        self.found.binary_search_by_key(&index, |f| f.index).ok().map(|i| &self.found[i].quote)
    }

    /// What came close to showing criterion `index`, if anything did.
    pub fn near_miss(&self, index: usize) -> Option<&NearMiss> {
        self.near.binary_search_by_key(&index, |n| n.index).ok().map(|i| &self.near[i])
    }
}

/// Where to point diagnostics about one item's metadata.
pub struct Place<'a> {
    pub file: &'a str,
    /// Finds the line of a field, if it can be told.
    pub line_of: &'a dyn Fn(&str) -> Option<usize>,
}

/// Validates metadata against the catalog. Returns `None` (with an error
/// diagnostic saying so) when the item cannot count as evidence at all.
pub fn validate(
    raw: RawMeta,
    catalog: &Catalog,
    place: &Place,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<ValidMeta> {
    let mut usable = true;
    let mut date = |field: &str, value: &str, usable: &mut bool| match value.trim().parse::<Date>() {
        Ok(d) => Some(d),
        Err(e) => {
            diagnostics.push(
                Diagnostic::error(
                    Code::IV104,
                    place.file,
                    format!("`{field}`: {e}; this file is not counted as evidence"),
                )
                .at((place.line_of)(field), None),
            );
            *usable = false;
            None
        }
    };
    let issued = date("issued", &raw.issued, &mut usable);
    let review_due = raw.review_due.as_deref().and_then(|v| date("review_due", v, &mut usable));
    if let (Some(i), Some(r)) = (issued, review_due)
        && r < i
    {
        diagnostics.push(
            Diagnostic::error(Code::IV105, place.file, format!("`review_due` ({r}) is before `issued` ({i})"))
                .at((place.line_of)("review_due"), None),
        );
    }
    let title = raw.title.as_ref().and_then(super::yaml::scalar).map(|t| t.trim().to_string()).unwrap_or_default();
    if title.is_empty() {
        let what = match &raw.title {
            None => "has no `title`",
            Some(v) if v.is_null() => "has an empty `title`",
            Some(v) if super::yaml::scalar(v).is_some() => "has an empty `title`",
            Some(_) => "has a `title` that is not text",
        };
        diagnostics.push(
            Diagnostic::error(
                Code::IV101,
                place.file,
                format!("{what}; write the document's title, such as `title: Safeguarding policy`. This file is not counted as evidence"),
            )
            .at((place.line_of)("title").or((place.line_of)("file")), None),
        );
        usable = false;
    }

    let mut links = Vec::new();
    for id in raw.evidences.into_vec() {
        let id = id.trim();
        if catalog.is_linkable(id) {
            let id = catalog.canonical_id(id).unwrap_or(id).to_string();
            if !links.contains(&id) {
                links.push(id);
            }
        } else {
            let hint = match catalog.canonical_id(id) {
                // A criterion where a requirement was wanted.
                Some(c) => format!(
                    "; it is a criterion: link its requirement `{}` and list `{c}` under `shows`",
                    c.rsplit_once('.').map_or(c, |(r, _)| r)
                ),
                None => catalog.nearest_id(id).map(|n| format!(" (did you mean `{n}`?)")).unwrap_or_default(),
            };
            diagnostics.push(
                Diagnostic::error(
                    Code::IV103,
                    place.file,
                    format!("`evidences` names `{id}`, which is not a standard or requirement in the catalog{hint}; this link is ignored"),
                )
                .at((place.line_of)("evidences"), None),
            );
        }
    }
    links.sort();
    let mut declared = Vec::new();
    for id in raw.shows.map(OneOrMany::into_vec).unwrap_or_default() {
        match catalog.criterion_index(id.trim()) {
            Some(i) => declared.push(i),
            None => {
                let id = id.trim();
                let hint = catalog.nearest_id(id).map(|n| format!(" (did you mean `{n}`?)")).unwrap_or_default();
                diagnostics.push(
                    Diagnostic::error(
                        Code::IV103,
                        place.file,
                        format!("`shows` names `{id}`, which is not a criterion in the catalog{hint}; it is ignored"),
                    )
                    .at((place.line_of)("shows"), None),
                )
            }
        }
    }
    declared.sort_unstable();
    declared.dedup();
    if links.is_empty() && usable {
        diagnostics.push(
            Diagnostic::warning(Code::IV107, place.file, "links to no requirement, so it supports no judgement")
                .at((place.line_of)("evidences"), None),
        );
    }
    let owner = raw.owner.map(|o| o.trim().to_string()).filter(|o| !o.is_empty());
    let lang = match raw.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        None => Lang::En,
        Some(l) => Lang::parse(l).unwrap_or_else(|| {
            diagnostics.push(
                Diagnostic::warning(
                    Code::IV113,
                    place.file,
                    format!(
                        "`lang: {}` is not a language ivaudit knows (en for English, cy for Welsh); the document is taken to be in English",
                        crate::text::escape_control(l)
                    ),
                )
                .at((place.line_of)("lang"), None),
            );
            Lang::En
        }),
    };
    Some(ValidMeta {
        title,
        lang,
        kind: raw.kind,
        issued: issued.filter(|_| usable)?,
        review_due,
        owner,
        links,
        declared,
        draft: raw.draft,
    })
    .filter(|_| usable)
}

/// Metadata that passed validation.
pub struct ValidMeta {
    pub title: String,
    pub lang: Lang,
    pub kind: EvidenceKind,
    pub issued: Date,
    pub review_due: Option<Date>,
    pub owner: Option<String>,
    pub links: Vec<String>,
    pub declared: Vec<usize>,
    pub draft: bool,
}

impl ValidMeta {
    pub fn into_evidence(
        self,
        path: String,
        origin: Origin,
        found: Vec<TextFinding>,
        near: Vec<NearMiss>,
        starter: bool,
        digest: String,
    ) -> Evidence {
        Evidence {
            path,
            origin,
            title: self.title,
            lang: self.lang,
            kind: self.kind,
            issued: self.issued,
            review_due: self.review_due,
            owner: self.owner,
            links: self.links,
            declared: self.declared,
            found,
            near,
            draft: self.draft,
            starter,
            digest,
        }
    }
}

//! The catalog files exactly as written in YAML, before validation.

use serde::Deserialize;

use std::collections::BTreeMap;

use super::{Basis, Party};
use crate::bundle::EvidenceKind;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndex {
    pub document: RawDocument,
    pub groups: Vec<RawGroup>,
    /// Where the Welsh titles come from (required when any is given).
    #[serde(default)]
    pub source_cy: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub title: String,
    pub short_title: String,
    pub publisher: String,
    pub published: String,
    pub version: String,
    /// The document's Welsh title, where the catalog gives it.
    #[serde(default)]
    pub title_cy: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub title_cy: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub section: String,
    pub heading: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStandard {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub group: String,
    pub source: RawSource,
    pub outcomes: Vec<String>,
    pub young_people: String,
    #[serde(default)]
    pub notes: Option<String>,
    /// The Welsh wording of this file's items, each optional, and where it
    /// comes from (required when any is given).
    #[serde(default)]
    pub source_cy: Option<String>,
    #[serde(default)]
    pub title_cy: Option<String>,
    #[serde(default)]
    pub outcomes_cy: Option<Vec<String>>,
    #[serde(default)]
    pub young_people_cy: Option<String>,
    /// Named word lists used only in this file's rules.
    #[serde(default)]
    pub concepts: BTreeMap<String, Vec<String>>,
    pub requirements: Vec<RawRequirement>,
}

/// `concepts.yaml`: named word lists shared by every rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConcepts {
    pub concepts: BTreeMap<String, Vec<String>>,
}

/// One entry of a rule's `find`: terms that must all be in one passage,
/// the same with a check, or any one of several such clauses.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawFind {
    Terms(Vec<String>),
    Any(RawAny),
    Clause(RawClauseSpec),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAny {
    pub any: Vec<RawClauseForm>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum RawClauseForm {
    Terms(Vec<String>),
    Clause(RawClauseSpec),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClauseSpec {
    pub terms: Vec<String>,
    #[serde(default)]
    pub count: Option<u32>,
    #[serde(default)]
    pub every: Option<String>,
    #[serde(default)]
    pub within: Option<String>,
    #[serde(default)]
    pub lasting: Option<String>,
    #[serde(default)]
    pub negated: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequirement {
    pub id: String,
    pub party: Party,
    pub text: String,
    #[serde(default)]
    pub text_cy: Option<String>,
    pub source: String,
    #[serde(default)]
    pub safety: bool,
    #[serde(default)]
    pub criteria: Vec<RawCriterion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCriterion {
    pub id: String,
    pub shows: String,
    #[serde(default)]
    pub shows_cy: Option<String>,
    /// The rule: what a passage must hold.
    #[serde(default)]
    pub find: Option<Vec<RawFind>>,
    /// The older form of a rule: any one of these phrases.
    #[serde(default)]
    pub look_for: Option<Vec<String>>,
    /// Only documents of these kinds can show it.
    #[serde(default)]
    pub kinds: Option<Vec<EvidenceKind>>,
    /// About what is offered, so take-up figures do not count against it.
    #[serde(default)]
    pub offered: bool,
    /// Where the criterion's words come from, when not the requirement's own.
    #[serde(default)]
    pub from: Option<Basis>,
    pub source: String,
    #[serde(default)]
    pub safety: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatutory {
    pub source: RawSource,
    pub duties: Vec<RawDuty>,
    #[serde(default)]
    pub source_cy: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDuty {
    pub id: String,
    pub party: Party,
    pub standard: String,
    pub legal_basis: String,
    pub text: String,
    #[serde(default)]
    pub text_cy: Option<String>,
    pub source: String,
    #[serde(default)]
    pub safety: bool,
    #[serde(default)]
    pub criteria: Vec<RawCriterion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSpecification {
    pub clauses: Vec<RawClause>,
    #[serde(default)]
    pub source_cy: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClause {
    pub id: String,
    pub title: String,
    pub requirement: String,
    pub text: String,
    #[serde(default)]
    pub title_cy: Option<String>,
    #[serde(default)]
    pub text_cy: Option<String>,
    #[serde(default)]
    pub find: Option<Vec<RawFind>>,
    #[serde(default)]
    pub look_for: Option<Vec<String>>,
    pub source: String,
}

impl RawDuty {
    /// Whether the duty or one of its criteria gives Welsh wording.
    pub fn has_welsh(&self) -> bool {
        self.text_cy.is_some() || self.criteria.iter().any(|c| c.shows_cy.is_some())
    }
}

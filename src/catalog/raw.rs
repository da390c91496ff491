//! The catalog files exactly as written in YAML, before validation.

use serde::Deserialize;

use super::Party;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndex {
    pub document: RawDocument,
    pub groups: Vec<RawGroup>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDocument {
    pub title: String,
    pub short_title: String,
    pub publisher: String,
    pub published: String,
    pub version: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGroup {
    pub id: String,
    pub title: String,
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
    pub requirements: Vec<RawRequirement>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRequirement {
    pub id: String,
    pub party: Party,
    pub text: String,
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
    pub look_for: Vec<String>,
    pub source: String,
    #[serde(default)]
    pub safety: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStatutory {
    pub source: RawSource,
    pub duties: Vec<RawDuty>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDuty {
    pub id: String,
    pub party: Party,
    pub standard: String,
    pub legal_basis: String,
    pub text: String,
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
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawClause {
    pub id: String,
    pub title: String,
    pub requirement: String,
    pub text: String,
    pub look_for: Vec<String>,
    pub source: String,
}

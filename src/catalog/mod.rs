//! The standards catalog: the 14 national standards, their requirements and
//! the statutory duties, read from YAML (`standards/`) and validated.
//!
//! The catalog is data, not code, so that a correction to the transcription
//! of the standards document never needs a programmer. The price is that the
//! data must be checked as carefully as code would be: `load` refuses a
//! catalog with a duplicate ID, an unknown party or group, an ID that does
//! not fit its standard or a duty reported under a standard that does not
//! exist, and names every such problem at once.

pub mod describe;
mod load;
mod raw;

pub use load::{CatalogError, CatalogSource};

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use crate::judge::Rule;

/// Who a requirement binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Party {
    Authority,
    Provider,
    Both,
}

impl Party {
    /// The name used in YAML and JSON: `authority`, `provider` or `both`.
    pub fn key(self) -> &'static str {
        match self {
            Party::Authority => "authority",
            Party::Provider => "provider",
            Party::Both => "both",
        }
    }

    /// How reports name the party in a sentence.
    pub fn noun(self) -> &'static str {
        match self {
            Party::Authority => "local authority",
            Party::Provider => "IV service provider",
            Party::Both => "local authority and IV service provider",
        }
    }
}

/// The three kinds of requirement, in order of seriousness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A duty in law (Appendix A): Part 6 Code of Practice, section 98.
    Statutory,
    /// What local authorities or providers "will" do under a standard.
    Obligation,
    /// A good-practice pointer: yields recommendations only.
    GoodPractice,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Statutory => "Statutory duty",
            Kind::Obligation => "Obligation",
            Kind::GoodPractice => "Good practice",
        }
    }
}

/// Bibliographic details of the standards document.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub title: String,
    pub short_title: String,
    pub publisher: String,
    pub published: String,
    pub version: String,
    /// The Welsh title, where the catalog gives one.
    pub title_cy: Option<String>,
}

/// Where a criterion's words come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The requirement's own words: it bears on the requirement's status.
    Text,
    /// A good-practice pointer of the standard: judged and reported, but it
    /// feeds recommendations (or an area for improvement where the
    /// criterion is marked safety-critical), never the obligation's status.
    GoodPractice,
    /// The young people's statement of the standard: as for good practice.
    YoungPeople,
}

impl Basis {
    pub fn label(self) -> &'static str {
        match self {
            Basis::Text => "the requirement's own words",
            Basis::GoodPractice => "good practice",
            Basis::YoungPeople => "what young people say",
        }
    }
}

/// A specific that a reader can check for in a document.
#[derive(Debug, Clone, Serialize)]
pub struct Criterion {
    pub id: String,
    /// Completes "the evidence does not show that ...".
    pub shows: String,
    /// The Welsh wording of `shows`, where the catalog gives one.
    pub shows_cy: Option<String>,
    /// The rule as written, one line per entry, for people to read.
    pub find: Vec<String>,
    #[serde(skip)]
    pub rule: Rule,
    pub from: Basis,
    pub source: String,
    pub safety: bool,
    /// Position in the catalog's list of criteria.
    #[serde(skip)]
    pub index: usize,
}

/// A clause an IV service specification must contain (`specification.yaml`).
#[derive(Debug, Clone, Serialize)]
pub struct Clause {
    pub id: String,
    pub title: String,
    /// The requirement that calls for the clause.
    pub requirement: String,
    /// What the clause commits the provider to, for writing a specification.
    pub text: String,
    /// The Welsh title and text, where the catalog gives them.
    pub title_cy: Option<String>,
    pub text_cy: Option<String>,
    pub find: Vec<String>,
    #[serde(skip)]
    pub rule: Rule,
    pub source: String,
    /// Position among the things judged in a document (after every criterion).
    #[serde(skip)]
    pub index: usize,
}

/// One requirement: a statutory duty, an obligation or a good-practice pointer.
#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    pub id: String,
    /// The standard it is reported under.
    pub standard: String,
    pub kind: Kind,
    pub party: Party,
    /// The text as written in the standards document.
    pub text: String,
    /// The official Welsh text, where the catalog gives it.
    pub text_cy: Option<String>,
    /// Where in the document it comes from.
    pub source: String,
    pub legal_basis: Option<String>,
    pub safety: bool,
    pub criteria: Vec<Criterion>,
}

impl Requirement {
    /// Whether an organisation in `role` must answer for this requirement.
    pub fn applies_to(&self, role: Party) -> bool {
        role == Party::Both || self.party == Party::Both || self.party == role
    }
}

/// One of the 14 national standards.
#[derive(Debug, Clone, Serialize)]
pub struct Standard {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub group: String,
    pub group_title: String,
    pub source: String,
    pub outcomes: Vec<String>,
    pub young_people: String,
    pub notes: Option<String>,
    /// The Welsh wording, each where the catalog gives it (`outcomes_cy`
    /// empty when it gives none), and the Welsh publication it is from.
    pub title_cy: Option<String>,
    pub group_title_cy: Option<String>,
    pub outcomes_cy: Vec<String>,
    pub young_people_cy: Option<String>,
    pub source_cy: Option<String>,
    /// Statutory duties first, then authority and provider obligations,
    /// then good practice, each in document order.
    pub requirements: Vec<Requirement>,
}

/// The whole catalog, validated.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub document: Document,
    pub standards: Vec<Standard>,
    /// The clauses a service specification must contain.
    pub clauses: Vec<Clause>,
    /// Requirement ID -> (standard index, requirement index).
    requirement_index: HashMap<String, (usize, usize)>,
    /// Criterion IDs in `Criterion::index` order.
    criterion_ids: Vec<String>,
    /// Every standard, requirement and criterion ID, keyed by its
    /// lower-case form.
    ids: HashMap<String, String>,
}

/// What an ID a user typed turned out to be.
#[derive(Debug, Clone, Copy)]
pub enum Found<'a> {
    Standard(&'a Standard),
    Requirement(&'a Requirement),
    /// A criterion and the requirement it belongs to.
    Criterion(&'a Criterion, &'a Requirement),
}

impl Catalog {
    /// Loads and validates the catalog from `source`.
    pub fn load(source: &CatalogSource) -> Result<Catalog, CatalogError> {
        load::load(source)
    }

    /// The catalog's own spelling of an ID typed in any case (`s05.p1` is
    /// `S05.P1`, `cop.335` is `CoP.335`), or `None` if there is no such ID.
    pub fn canonical_id(&self, id: &str) -> Option<&str> {
        self.ids.get(&id.trim().to_lowercase()).map(String::as_str)
    }

    /// The known ID nearest to one that is not in the catalog, for "did you
    /// mean ...?".
    pub fn nearest_id(&self, id: &str) -> Option<&str> {
        let mut all: Vec<&str> = self.ids.values().map(String::as_str).collect();
        all.sort_unstable();
        crate::suggest::closest(id, &all)
    }

    /// Looks up any ID: a standard, a requirement or a criterion.
    pub fn find(&self, id: &str) -> Option<Found<'_>> {
        let id = self.canonical_id(id)?;
        if let Some(s) = self.standards.iter().find(|s| s.id == id) {
            return Some(Found::Standard(s));
        }
        if let Some(r) = self.requirement(id) {
            return Some(Found::Requirement(r));
        }
        self.requirements().find_map(|r| r.criteria.iter().find(|c| c.id == id).map(|c| Found::Criterion(c, r)))
    }

    pub fn standard(&self, id: &str) -> Option<&Standard> {
        let id = self.canonical_id(id)?;
        self.standards.iter().find(|s| s.id == id)
    }

    pub fn requirement(&self, id: &str) -> Option<&Requirement> {
        let id = self.canonical_id(id)?;
        self.requirement_index.get(id).map(|&(s, r)| &self.standards[s].requirements[r])
    }

    pub fn requirements(&self) -> impl Iterator<Item = &Requirement> {
        self.standards.iter().flat_map(|s| s.requirements.iter())
    }

    /// The criterion index for a criterion ID, if it exists.
    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        let id = self.canonical_id(id)?;
        self.criterion_ids.iter().position(|c| c == id)
    }

    pub fn criterion_count(&self) -> usize {
        self.criterion_ids.len()
    }

    /// Whether `id` names something evidence can link to: a standard
    /// (`S05`) or a requirement (`S05.P1`, `CoP.335`).
    pub fn is_linkable(&self, id: &str) -> bool {
        self.canonical_id(id)
            .is_some_and(|id| self.requirement_index.contains_key(id) || self.standards.iter().any(|s| s.id == id))
    }

    /// Every criterion, in the order of the standards and their requirements.
    pub fn criteria(&self) -> impl Iterator<Item = &Criterion> {
        self.requirements().flat_map(|r| r.criteria.iter())
    }

    /// The criteria a document linked to `links` (requirement or standard
    /// IDs) is judged on: those of every requirement it links to.
    pub fn criteria_for(&self, links: &[String]) -> Vec<&Criterion> {
        let mut out: Vec<&Criterion> = Vec::new();
        for id in links {
            if let Some(r) = self.requirement(id) {
                out.extend(&r.criteria);
            } else if let Some(s) = self.standard(id) {
                out.extend(s.requirements.iter().flat_map(|r| &r.criteria));
            }
        }
        out.sort_by_key(|c| c.index);
        out.dedup_by_key(|c| c.index);
        out
    }

    /// Counts of requirements by kind and party, for `ivaudit standards`.
    pub fn counts(&self) -> CatalogCounts {
        let mut c = CatalogCounts::default();
        for r in self.requirements() {
            match (r.kind, r.party) {
                (Kind::Statutory, _) => c.statutory += 1,
                (Kind::Obligation, Party::Authority) => c.authority += 1,
                (Kind::Obligation, _) => c.provider += 1,
                (Kind::GoodPractice, _) => c.good_practice += 1,
            }
            c.criteria += r.criteria.len();
        }
        c.standards = self.standards.len();
        c
    }
}

/// How many of each thing the catalog holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CatalogCounts {
    pub standards: usize,
    pub statutory: usize,
    pub authority: usize,
    pub provider: usize,
    pub good_practice: usize,
    pub criteria: usize,
}

//! Checking an authority's IV service specification against the clauses the
//! standards say it must contain (`standards/specification.yaml`): a
//! confidentiality clause (Standard 3), children's views (4), child
//! protection in line with the All Wales procedures (11), equality and
//! diversity (13), complaints (14), and Appendix D's outputs and outcomes,
//! statutory requirements and national standards.

use serde::Serialize;

use super::status::Currency;
use crate::bundle::{Bundle, EvidenceKind};
use crate::catalog::{Catalog, Party};
use crate::date::Date;

/// One clause and the specification documents that contain it.
#[derive(Debug, Clone, Serialize)]
pub struct ClauseCheck {
    pub id: String,
    pub title: String,
    pub requirement: String,
    pub source: String,
    /// Paths of the current specification documents with the clause.
    pub found_in: Vec<String>,
}

/// The specification check of an authority bundle.
#[derive(Debug, Clone, Serialize)]
pub struct SpecificationCheck {
    /// Paths of the current documents of kind `specification`.
    pub documents: Vec<String>,
    pub clauses: Vec<ClauseCheck>,
    /// Gaps as (requirement, sentence).
    #[serde(skip)]
    pub gaps: Vec<(String, String)>,
}

/// Checks the bundle's current specification documents. `None` for a
/// provider bundle, which is not judged on the authority's specification.
///
/// Its gap sentences are in the language of `messages`.
pub fn check_in(
    catalog: &Catalog,
    bundle: &Bundle,
    as_of: Date,
    messages: &crate::locale::Messages,
) -> Option<SpecificationCheck> {
    if bundle.meta.role == Party::Provider {
        return None;
    }
    let specs: Vec<&crate::bundle::Evidence> = bundle
        .evidence
        .iter()
        .filter(|e| e.kind == EvidenceKind::Specification && Currency::of(e, as_of) == Currency::Current)
        .collect();
    let documents: Vec<String> = specs.iter().map(|e| e.path.clone()).collect();
    let names: Vec<String> = specs.iter().map(|e| super::status::name(e, messages)).collect();
    let mut gaps = Vec::new();
    let mut clauses = Vec::new();
    for clause in &catalog.clauses {
        let found_in: Vec<String> =
            specs.iter().filter(|e| e.shows(clause.index).is_some()).map(|e| e.path.clone()).collect();
        if specs.is_empty() {
            let text = messages.get("find-spec-none");
            if !gaps.iter().any(|(r, t)| r == &clause.requirement && t == &text) {
                gaps.push((clause.requirement.clone(), text));
            }
        } else if found_in.is_empty() {
            gaps.push((
                clause.requirement.clone(),
                crate::msg!(
                    messages,
                    "find-spec-no-clause",
                    documents = names.join(", "),
                    clause = messages.pick(&clause.title.to_lowercase(), clause.title_cy.as_deref()),
                    source = messages.pick(&clause.source, None)
                ),
            ));
        }
        clauses.push(ClauseCheck {
            id: clause.id.clone(),
            title: messages.pick(&clause.title, clause.title_cy.as_deref()),
            requirement: clause.requirement.clone(),
            source: messages.pick(&clause.source, None),
            found_in,
        });
    }
    Some(SpecificationCheck { documents, clauses, gaps })
}

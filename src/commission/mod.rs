//! What an authority publishes: the eligibility picture (Appendix C) and the
//! four commissioning documents of Appendix D, drawn from the same bundle and
//! the same computations as the audit so that they agree with it.

pub mod disclosure;
pub mod documents;
pub mod eligibility;
pub mod guard;
pub mod priorities;

use serde::Serialize;

/// The eligibility report: the organisation and the eligibility picture,
/// whose `children[]` and `summary` sit at the top level of the JSON.
#[derive(Debug, Clone, Serialize)]
pub struct EligibilityReport {
    pub organisation: String,
    #[serde(flatten)]
    pub eligibility: eligibility::Eligibility,
}

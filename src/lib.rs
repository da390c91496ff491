//! ivaudit: audits Independent Visitor services in Wales against the 14
//! National Practice Standards and renders gap analyses in the style of a
//! Care Inspectorate Wales inspection report.
//!
//! The library holds every judgement; the `ivaudit` binary only parses
//! arguments, prints and picks exit codes.

pub mod assess;
pub mod assets;
pub mod bundle;
pub mod catalog;
pub mod date;
pub mod diag;
pub mod text;

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
pub mod commission;
pub mod date;
pub mod diag;
pub mod init;
pub mod judge;
pub mod limits;
pub mod locale;
pub mod output;
pub mod report;
pub mod scoring;
pub mod suggest;
pub mod synth;
pub mod text;

use std::path::Path;

use bundle::{Bundle, BundleError};
use catalog::Catalog;
use date::Date;

/// Why an audit produced no report at all.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The string says why, when bundle.yaml has an `as_of` that could
    /// not be read.
    #[error(
        "no as-of date: {0}set `as_of` in bundle.yaml or pass --as-of YYYY-MM-DD (reports never use today's date, so that they can be reproduced)"
    )]
    NoAsOf(String),
}

/// A finished audit: what was read, how it was judged, and the report model.
pub struct Audit {
    pub bundle: Bundle,
    pub assessment: assess::Assessment,
    pub report: report::Report,
}

/// Reads the bundle at `root` and judges it at `as_of` (or the bundle's own
/// `as_of` when `None`).
///
/// ```
/// use ivaudit::catalog::{Catalog, CatalogSource};
/// use ivaudit::report::{Format, ReportKind, Templates, render};
///
/// let catalog = Catalog::load(&CatalogSource::Embedded)?;
/// let audit = ivaudit::audit(&catalog, "examples/provider-bundle".as_ref(), None)?;
/// assert_eq!(audit.report.standards.len(), 14);
/// let html = render(&audit.report, ReportKind::Inspection, Format::Html, &Templates::Embedded, &ivaudit::locale::Messages::english())?;
/// assert!(html.contains("Pontydd Independent Visitor Service"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn audit(catalog: &Catalog, root: &Path, as_of: Option<Date>) -> Result<Audit, AuditError> {
    audit_in(catalog, root, as_of, &locale::Messages::english())
}

/// [`audit`], with the report's words in the language of `messages`.
pub fn audit_in(
    catalog: &Catalog,
    root: &Path,
    as_of: Option<Date>,
    messages: &locale::Messages,
) -> Result<Audit, AuditError> {
    let (bundle, as_of) = load(catalog, root, as_of)?;
    let assessment = assess::assess_in(catalog, &bundle, as_of, messages);
    let report = report::model::build(catalog, &bundle, &assessment, messages);
    Ok(Audit { bundle, assessment, report })
}

/// Reads the bundle at `root` and settles the date it is judged at: `as_of`
/// if given, else the bundle's own. Never today's date, so that every
/// output can be reproduced.
pub fn load(catalog: &Catalog, root: &Path, as_of: Option<Date>) -> Result<(Bundle, Date), AuditError> {
    let bundle = Bundle::load(root, catalog)?;
    let Some(as_of) = as_of.or(bundle.meta.as_of) else {
        // Point at the diagnostic that explains a value that was written
        // but could not be read, rather than claim it is missing.
        let unreadable = bundle.diagnostics.iter().find(|d| {
            d.file == bundle::meta::FILE
                && (d.message.starts_with("`as_of`") || d.line.is_none() && d.code == diag::Code::IV001)
        });
        let why = match unreadable {
            Some(d) => format!(
                "bundle.yaml{} could not be read ({}); ",
                d.line.map(|l| format!(", line {l},")).unwrap_or_default(),
                d.message
            ),
            None => String::new(),
        };
        return Err(AuditError::NoAsOf(why));
    };
    Ok((bundle, as_of))
}

//! `bundle.yaml`: who the bundle is from and the date it is judged at.

use serde::{Deserialize, Serialize};

use crate::catalog::Party;
use crate::date::Date;
use crate::diag::{Code, Diagnostic, yaml_position};

pub const FILE: &str = "bundle.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBundleMeta {
    organisation: String,
    role: Party,
    #[serde(default)]
    authorities: Vec<String>,
    period: RawPeriod,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    commissioning: Commissioning,
}

/// How an authority commissions its IV service (optional in `bundle.yaml`).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Commissioning {
    /// IV bought together with independent professional advocacy.
    #[serde(default)]
    pub with_advocacy: bool,
    /// The provider or providers commissioned.
    #[serde(default)]
    pub providers: Vec<String>,
    /// The contract's model, in words ("regional contract", "spot purchase").
    #[serde(default)]
    pub model: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    from: String,
    to: String,
}

/// The period the evidence covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

/// What `bundle.yaml` says, with safe stand-ins where it could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct BundleMeta {
    pub organisation: String,
    /// `both` when `bundle.yaml` is unusable, so nothing is left unassessed.
    pub role: Party,
    pub authorities: Vec<String>,
    pub period: Option<Period>,
    pub as_of: Option<Date>,
    pub commissioning: Commissioning,
}

impl BundleMeta {
    fn fallback() -> BundleMeta {
        BundleMeta {
            organisation: "Unnamed organisation".into(),
            role: Party::Both,
            authorities: Vec::new(),
            period: None,
            as_of: None,
            commissioning: Commissioning::default(),
        }
    }
}

/// Reads `bundle.yaml` from its text (`None` when the file is missing).
pub fn read(text: Option<&str>, diagnostics: &mut Vec<Diagnostic>) -> BundleMeta {
    let Some(text) = text else {
        diagnostics.push(Diagnostic::error(
            Code::IV001,
            FILE,
            "bundle.yaml is missing: the organisation, role and period are unknown, so every requirement is assessed as if the role were `both`",
        ));
        return BundleMeta::fallback();
    };
    let raw: RawBundleMeta = match serde_yaml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let (message, line, column) = yaml_position(&e, 0);
            diagnostics.push(
                Diagnostic::error(
                    Code::IV002,
                    FILE,
                    format!("{message}; the bundle is assessed as if the role were `both`"),
                )
                .at(line, column),
            );
            return BundleMeta::fallback();
        }
    };
    let mut date = |field: &str, value: &str| match value.parse::<Date>() {
        Ok(d) => Some(d),
        Err(e) => {
            let line = text.lines().position(|l| l.contains(field) && l.contains(value)).map(|i| i + 1);
            diagnostics.push(Diagnostic::error(Code::IV003, FILE, format!("`{field}`: {e}")).at(line, None));
            None
        }
    };
    let from = date("from", &raw.period.from);
    let to = date("to", &raw.period.to);
    let as_of = raw.as_of.as_deref().and_then(|v| date("as_of", v));
    let period = match (from, to) {
        (Some(from), Some(to)) if from <= to => Some(Period { from, to }),
        (Some(from), Some(to)) => {
            diagnostics.push(Diagnostic::error(
                Code::IV003,
                FILE,
                format!("the period ends ({to}) before it starts ({from})"),
            ));
            None
        }
        _ => None,
    };
    BundleMeta {
        organisation: raw.organisation,
        role: raw.role,
        authorities: raw.authorities,
        period,
        as_of,
        commissioning: raw.commissioning,
    }
}

//! `registers/population.yaml`: an authority's looked-after population,
//! read so that no message repeats anything written in it.

use serde::{Deserialize, Serialize};

use super::names;

/// An authority's looked-after population (`population.yaml`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Population {
    pub children_looked_after: u32,
    pub over_7: Option<u32>,
    pub out_of_county: Option<u32>,
    pub out_of_wales: Option<u32>,
    pub three_plus_moves: Option<u32>,
    pub residential: Option<u32>,
    /// GBP a year.
    pub iv_budget: Option<u32>,
}

/// The fields of `population.yaml`, in the order the README gives them.
const POPULATION_FIELDS: &[&str] = &[
    "children_looked_after",
    "over_7",
    "out_of_county",
    "out_of_wales",
    "three_plus_moves",
    "residential",
    "iv_budget",
];

/// Reads `population.yaml`, or says why not (with the line and column where
/// known) without repeating anything written in it: the YAML library's own
/// messages quote values (`invalid type: string "..."`), so each is
/// translated into one that names the field and what it expects.
pub(super) fn read_population(bytes: &[u8]) -> Result<Population, (String, Option<usize>, Option<usize>)> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|_| ("is not UTF-8 text; save it as UTF-8".to_string(), None, None))?;
    crate::limits::check_yaml(text, crate::limits::POPULATION).map_err(|e| (e.to_string(), e.line(), None))?;
    serde_yaml::from_str::<Population>(text).map_err(|e| {
        let (line, column) = e.location().map_or((None, None), |l| (Some(l.line()), Some(l.column())));
        (population_problem(&e.to_string()), line, column)
    })
}

/// A YAML error about `population.yaml` in words that repeat only its field
/// names, never a value or an unknown key.
fn population_problem(error: &str) -> String {
    let whole_number = "expected a whole number, 0 or more, written without quotes or separators (such as 412)";
    let backticked = |s: &str| s.split('`').nth(1).map(str::to_string);
    if let Some((field, rest)) = error.split_once(": ")
        && let Some(field) = POPULATION_FIELDS.iter().find(|f| **f == field)
        && (rest.starts_with("invalid type") || rest.starts_with("invalid value"))
    {
        return format!("`{field}`: {whole_number}");
    }
    if error.starts_with("invalid type") {
        return format!(
            "expected one field a line, such as `children_looked_after: 412`; its fields are {}",
            POPULATION_FIELDS.join(", ")
        );
    }
    if let Some(rest) = error.strip_prefix("missing field ")
        && let Some(field) = backticked(rest).filter(|f| POPULATION_FIELDS.contains(&f.as_str()))
    {
        return format!("`{field}` is missing; it is required");
    }
    if let Some(rest) = error.strip_prefix("unknown field ") {
        let hint = backticked(rest)
            .and_then(|key| names::closest(&key, POPULATION_FIELDS.iter().copied()))
            .map(|f| format!(" (did you mean `{f}`?)"))
            .unwrap_or_default();
        return format!("holds a field that is not one of {}{hint}", POPULATION_FIELDS.join(", "));
    }
    if let Some(rest) = error.strip_prefix("duplicate field ") {
        return match backticked(rest).filter(|f| POPULATION_FIELDS.contains(&f.as_str())) {
            Some(field) => format!("`{field}` is given more than once"),
            None => "a field is given more than once".to_string(),
        };
    }
    if error.contains("more than one document") {
        return "holds more than one YAML document (a `---` line part-way); it must hold one".to_string();
    }
    // A syntax error: the YAML parser's own wording is a fixed phrase, kept
    // only if it is nothing but lower-case words, so no value can slip through.
    let phrase = error.split(" at line ").next().unwrap_or_default();
    if !phrase.is_empty() && phrase.chars().all(|c| c.is_ascii_lowercase() || c == ' ' || c == ',') {
        format!("is not valid YAML: {phrase}")
    } else {
        "is not valid YAML".to_string()
    }
}

//! `bundle.yaml`: who the bundle is from and the date it is judged at.
//!
//! The file is read field by field. A misspelt field, a bad role or a date
//! written another way is a diagnostic with a suggestion, and every field
//! that can be read is still kept: one typo must never cost the as-of date
//! and leave the user facing a "missing as-of date" they can see.

use serde::Serialize;
use serde_yaml::{Mapping, Value};

use super::yaml::{self, Piece};
use crate::catalog::Party;
use crate::date::Date;
use crate::diag::{Code, Diagnostic};
use crate::suggest;

pub const FILE: &str = "bundle.yaml";

/// The fields `bundle.yaml` may hold.
const FIELDS: &[&str] = &["organisation", "role", "authorities", "period", "as_of", "commissioning"];
const PERIOD_FIELDS: &[&str] = &["from", "to"];
const COMMISSIONING_FIELDS: &[&str] = &["with_advocacy", "providers", "model"];
const ROLES: &[&str] = &["provider", "authority", "both"];

/// The organisation name the starter `bundle.yaml` carries until it is
/// replaced.
pub const PLACEHOLDER_ORGANISATION: &str = "Your organisation";
/// The authority name the starter `bundle.yaml` carries.
pub const PLACEHOLDER_AUTHORITY: &str = "Your local authority";

/// How an authority commissions its IV service (optional in `bundle.yaml`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Commissioning {
    /// IV bought together with independent professional advocacy.
    pub with_advocacy: bool,
    /// The provider or providers commissioned.
    pub providers: Vec<String>,
    /// The contract's model, in words ("regional contract", "spot purchase").
    pub model: Option<String>,
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
    /// `both` when the role cannot be read, so nothing is left unassessed.
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
    let mut meta = BundleMeta::fallback();
    let Some(text) = text else {
        diagnostics.push(Diagnostic::error(
            Code::IV001,
            FILE,
            "bundle.yaml is missing: the organisation, role and period are unknown, so every requirement is assessed as if the role were `both`",
        ));
        return meta;
    };
    let text = yaml::strip_bom(text);
    let mut reader = Reader { text, diagnostics };
    let Some((fields, unreadable)) = reader.fields() else { return meta };
    let mut seen = unreadable;
    for (key, value, line) in fields {
        seen.push(key.clone());
        match key.as_str() {
            "organisation" => {
                if let Some(name) = reader.text_value(&key, &value, line) {
                    meta.organisation = name;
                }
            }
            "role" => meta.role = reader.role(&value, line).unwrap_or(Party::Both),
            "authorities" => meta.authorities = reader.text_list(&key, &value, line),
            "period" => meta.period = reader.period(&value, line),
            "as_of" => meta.as_of = reader.date("as_of", &value, line),
            "commissioning" => meta.commissioning = reader.commissioning(&value, line),
            other => {
                let hint = suggest::unknown_among(other, FIELDS, "fields");
                reader.error(Code::IV002, Some(line), format!("unknown field `{other}`{hint}; it is ignored"));
            }
        }
    }
    // Required fields, unless a misspelling of them was already reported.
    let suggested = |field: &str| seen.iter().any(|k| suggest::closest(k, FIELDS) == Some(field) && k != field);
    for (field, consequence) in [
        ("organisation", "reports will call it `Unnamed organisation`"),
        ("role", "every requirement is assessed as if the role were `both`"),
        ("period", "indicators that look over the period cannot be worked out"),
    ] {
        if !seen.iter().any(|k| k == field) && !suggested(field) {
            reader.error(Code::IV002, None, format!("has no `{field}`, so {consequence}"));
        }
    }
    meta
}

/// A field as read: its name, its value and the line it is on.
type Field = (String, Value, usize);

struct Reader<'t, 'd> {
    text: &'t str,
    diagnostics: &'d mut Vec<Diagnostic>,
}

impl Reader<'_, '_> {
    fn error(&mut self, code: Code, line: Option<usize>, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(code, FILE, message).at(line, None));
    }

    /// Every top-level field with its value and line, and the names of
    /// fields present but unreadable. When the file as a whole cannot be
    /// parsed, each field is parsed on its own and only the fields that
    /// fail are lost. `None` when the file holds no fields at all.
    fn fields(&mut self) -> Option<(Vec<Field>, Vec<String>)> {
        match serde_yaml::from_str::<Value>(self.text) {
            Ok(Value::Mapping(m)) => return Some((self.entries(m, 1), Vec::new())),
            Ok(Value::Null) => {
                self.error(
                    Code::IV002,
                    Some(1),
                    "is empty; it needs at least `organisation`, `role`, `period` and `as_of`",
                );
                return None;
            }
            Ok(other) => {
                self.error(
                    Code::IV002,
                    Some(1),
                    format!(
                        "must be a set of `name: value` fields, such as `role: provider`, not {}",
                        yaml::kind_of(&other)
                    ),
                );
                return None;
            }
            Err(_) => {}
        }
        // The whole file did not parse: recover field by field.
        let pieces = yaml::fields(self.text);
        if let Some(line) = yaml::stray_line(self.text, &pieces) {
            self.error(Code::IV002, Some(line), "this line is indented but belongs to no field; it is ignored");
        }
        let mut out = Vec::new();
        let mut unreadable = Vec::new();
        for piece in pieces {
            match serde_yaml::from_str::<Value>(piece.text) {
                Ok(Value::Mapping(m)) => out.extend(self.entries(m, piece.line)),
                Ok(_) => self.piece_error(piece, "this line is not a `name: value` field; it is ignored".to_string()),
                Err(e) => {
                    let p = yaml::explain(&e, piece.text, piece.line - 1);
                    let name = piece.text.split(':').next().unwrap_or("").trim();
                    unreadable.push(name.to_string());
                    let what = if FIELDS.contains(&name) { format!("`{name}`: ") } else { String::new() };
                    self.diagnostics.push(
                        Diagnostic::error(Code::IV002, FILE, format!("{what}{}; this field is ignored", p.message))
                            .at(p.line.or(Some(piece.line)), p.column),
                    );
                }
            }
        }
        Some((out, unreadable))
    }

    fn piece_error(&mut self, piece: Piece, message: String) {
        self.error(Code::IV002, Some(piece.line), message);
    }

    fn entries(&mut self, mapping: Mapping, from: usize) -> Vec<Field> {
        let mut out = Vec::new();
        for (k, v) in mapping {
            let Some(key) = yaml::scalar(&k) else {
                self.error(
                    Code::IV002,
                    Some(from),
                    "a field name must be a word such as `role`; this field is ignored",
                );
                continue;
            };
            let line = yaml::key_line(self.text, &key, from).unwrap_or(from);
            out.push((key, v, line));
        }
        out
    }

    fn text_value(&mut self, key: &str, value: &Value, line: usize) -> Option<String> {
        match yaml::scalar(value).map(|s| s.trim().to_string()) {
            Some(s) if !s.is_empty() => Some(s),
            _ => {
                self.error(
                    Code::IV003,
                    Some(line),
                    format!("`{key}` must be a name written as text, not {}; it is ignored", describe(value)),
                );
                None
            }
        }
    }

    fn text_list(&mut self, key: &str, value: &Value, line: usize) -> Vec<String> {
        match value {
            Value::Sequence(items) => {
                let mut out = Vec::new();
                for item in items {
                    match yaml::scalar(item).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) {
                        Some(s) => out.push(s),
                        None => self.error(
                            Code::IV003,
                            Some(line),
                            format!(
                                "`{key}`: every item must be a name written as text, not {}; that item is ignored",
                                describe(item)
                            ),
                        ),
                    }
                }
                out
            }
            Value::Null => Vec::new(),
            other => self.text_value(key, other, line).into_iter().collect(),
        }
    }

    fn role(&mut self, value: &Value, line: usize) -> Option<Party> {
        let written = yaml::scalar(value).unwrap_or_default();
        match written.trim().to_lowercase().as_str() {
            "provider" => Some(Party::Provider),
            "authority" => Some(Party::Authority),
            "both" => Some(Party::Both),
            _ => {
                let shown = if written.is_empty() { describe(value).to_string() } else { format!("`{written}`") };
                let hint = suggest::did_you_mean(&written, ROLES);
                self.error(
                    Code::IV003,
                    Some(line),
                    format!("`role` is {shown}{hint}: write provider, authority or both. The bundle is assessed as if the role were `both`"),
                );
                None
            }
        }
    }

    fn date(&mut self, field: &str, value: &Value, line: usize) -> Option<Date> {
        let Some(written) = yaml::scalar(value) else {
            self.error(
                Code::IV003,
                Some(line),
                format!("`{field}` must be a date written YYYY-MM-DD, not {}", describe(value)),
            );
            return None;
        };
        match written.trim().parse::<Date>() {
            Ok(d) => Some(d),
            Err(e) => {
                let hint = suggest::date_hint(&written);
                self.error(Code::IV003, Some(line), format!("`{field}`: {e}{hint}"));
                None
            }
        }
    }

    fn sub_fields(&mut self, parent: &str, value: &Value, line: usize, known: &[&str]) -> Vec<Field> {
        let Value::Mapping(m) = value else {
            self.error(
                Code::IV003,
                Some(line),
                format!("`{parent}` must be a set of fields ({}), not {}", known.join(", "), describe(value)),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, v) in m {
            let key = yaml::scalar(k).unwrap_or_default();
            let at = yaml::key_line(self.text, &key, line).unwrap_or(line);
            if known.contains(&key.as_str()) {
                out.push((key, v.clone(), at));
            } else {
                let hint = suggest::unknown_among(&key, known, "fields");
                self.error(
                    Code::IV002,
                    Some(at),
                    format!("`{parent}` has an unknown field `{key}`{hint}; it is ignored"),
                );
            }
        }
        out
    }

    fn period(&mut self, value: &Value, line: usize) -> Option<Period> {
        let fields = self.sub_fields("period", value, line, PERIOD_FIELDS);
        let mut from = None;
        let mut to = None;
        let read = |s: &mut Self, name: &str| -> Option<Date> {
            match fields.iter().find(|(k, _, _)| k == name) {
                Some((_, v, at)) => s.date(&format!("period.{name}"), v, *at),
                None => {
                    s.error(Code::IV003, Some(line), format!("`period` has no `{name}` date"));
                    None
                }
            }
        };
        if !fields.is_empty() || matches!(value, Value::Mapping(_)) {
            from = read(self, "from");
            to = read(self, "to");
        }
        match (from, to) {
            (Some(from), Some(to)) if from <= to => Some(Period { from, to }),
            (Some(from), Some(to)) => {
                self.error(Code::IV003, Some(line), format!("the period ends ({to}) before it starts ({from})"));
                None
            }
            _ => None,
        }
    }

    fn commissioning(&mut self, value: &Value, line: usize) -> Commissioning {
        let mut c = Commissioning::default();
        if value.is_null() {
            return c;
        }
        for (key, v, at) in self.sub_fields("commissioning", value, line, COMMISSIONING_FIELDS) {
            match key.as_str() {
                "with_advocacy" => match &v {
                    Value::Bool(b) => c.with_advocacy = *b,
                    Value::Null => {}
                    other => self.error(
                        Code::IV003,
                        Some(at),
                        format!("`commissioning.with_advocacy` must be true or false, not {}", describe(other)),
                    ),
                },
                "providers" => c.providers = self.text_list("commissioning.providers", &v, at),
                _ => c.model = self.text_value("commissioning.model", &v, at),
            }
        }
        c
    }
}

/// A value for a message: short scalars quoted, anything else by its kind.
fn describe(value: &Value) -> String {
    match yaml::scalar(value) {
        Some(s) if s.chars().count() <= 40 && !s.contains('\n') => format!("`{s}`"),
        _ => yaml::kind_of(value).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> (BundleMeta, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let meta = read(Some(text), &mut diags);
        (meta, diags)
    }

    const GOOD: &str = "organisation: Pontydd IV Service\nrole: provider\nauthorities: [Bro Hafren]\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n";

    #[test]
    fn a_good_file_gives_every_field_and_no_diagnostic() {
        let (meta, diags) = read_text(GOOD);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(meta.organisation, "Pontydd IV Service");
        assert_eq!(meta.role, Party::Provider);
        assert_eq!(meta.authorities, ["Bro Hafren"]);
        assert_eq!(meta.as_of.unwrap().to_string(), "2026-03-31");
        assert_eq!(meta.period.unwrap().from.to_string(), "2025-04-01");
    }

    #[test]
    fn bom_before_bundle_yaml_is_accepted() {
        let (meta, diags) = read_text(&format!("\u{feff}{GOOD}"));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(meta.role, Party::Provider);
        assert!(meta.as_of.is_some());
    }

    #[test]
    fn misspelt_key_is_suggested_and_the_other_fields_kept() {
        let (meta, diags) = read_text(&GOOD.replace("organisation", "organization"));
        assert_eq!(diags.len(), 1, "one diagnostic, not a second about the missing field: {diags:?}");
        assert_eq!(diags[0].line, Some(1));
        assert!(
            diags[0].message.starts_with("unknown field `organization` (did you mean `organisation`? The fields are")
        );
        assert_eq!(meta.role, Party::Provider);
        assert_eq!(meta.as_of.unwrap().to_string(), "2026-03-31");
    }

    #[test]
    fn bad_role_is_named_with_a_suggestion_and_as_of_kept() {
        let (meta, diags) = read_text(&GOOD.replace("role: provider", "role: provder"));
        assert_eq!(diags.len(), 1);
        assert_eq!((diags[0].code, diags[0].line), (Code::IV003, Some(2)));
        assert!(diags[0].message.contains("`provder` (did you mean `provider`?)"), "{}", diags[0].message);
        assert_eq!(meta.role, Party::Both);
        assert!(meta.as_of.is_some());
        let (meta, diags) = read_text(&GOOD.replace("role: provider", "role: Authority"));
        assert!(diags.is_empty());
        assert_eq!(meta.role, Party::Authority);
    }

    #[test]
    fn a_date_written_the_uk_way_gets_its_iso_form() {
        let (meta, diags) = read_text(&GOOD.replace("as_of: 2026-03-31", "as_of: 31/03/2027"));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].line, Some(5));
        assert!(diags[0].message.ends_with("; write 2027-03-31"), "{}", diags[0].message);
        assert!(meta.as_of.is_none());
        assert_eq!(meta.role, Party::Provider);
    }

    #[test]
    fn a_syntax_error_loses_only_its_own_field() {
        let text = "organisation: Pontydd: IV Service\nrole: provider\nperiod:\n  from: 2025-04-01\n  to: 2026-03-31\nas_of: 2026-03-31\n";
        let (meta, diags) = read_text(text);
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!(diags[0].line, Some(1));
        assert!(diags[0].message.contains("double quotes"), "{}", diags[0].message);
        assert_eq!(meta.role, Party::Provider);
        assert_eq!(meta.period.unwrap().to.to_string(), "2026-03-31");
        assert_eq!(meta.as_of.unwrap().to_string(), "2026-03-31");
    }

    #[test]
    fn nested_fields_are_checked_one_by_one() {
        let text = "organisation: A\nrole: authority\nperiod:\n  from: 2025-04-01\n  too: 2026-03-31\nas_of: 2026-03-31\ncommissioning:\n  with_advocacy: yes please\n  model: regional\n";
        let (meta, diags) = read_text(text);
        let lines: Vec<(Option<usize>, &str)> = diags.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert!(
            lines.iter().any(|(l, m)| *l == Some(5) && m.contains("unknown field `too` (did you mean `to`?")),
            "{lines:?}"
        );
        assert!(lines.iter().any(|(l, m)| *l == Some(3) && m.contains("`period` has no `to` date")), "{lines:?}");
        assert!(lines.iter().any(|(l, m)| *l == Some(8) && m.contains("true or false")), "{lines:?}");
        assert_eq!(meta.commissioning.model.as_deref(), Some("regional"));
        assert!(meta.as_of.is_some());
    }

    #[test]
    fn missing_and_empty_files_say_what_is_missing() {
        let (meta, diags) = read_text("");
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("is empty"));
        assert_eq!(meta.role, Party::Both);
        let (_, diags) = read_text("organisation: A\n");
        let messages: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains("has no `role`")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("has no `period`")), "{messages:?}");
        let (_, diags) =
            read_text("organisation: [not, a, string]\nrole: provider\nperiod: {from: 2025-04-01, to: 2026-03-31}\n");
        assert_eq!(diags.len(), 1);
        assert!(diags[0].message.contains("`organisation` must be a name written as text, not a list"));
    }
}

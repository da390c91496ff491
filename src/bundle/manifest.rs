//! `evidence.yaml`: the manifest that describes evidence files which are not
//! Markdown (PDF, DOCX, XLSX, ...), since their text is not read.
//!
//! Each entry is checked on its own so that one bad entry never hides the
//! others.

use serde_yaml::Value;

use super::evidence::RawMeta;
use crate::diag::{Code, Diagnostic, yaml_message, yaml_position};

pub const FILE: &str = "evidence.yaml";

/// One manifest entry that parsed.
pub struct Entry {
    /// The `file` field as written.
    pub file: String,
    /// The 1-based line the entry starts on.
    pub line: Option<usize>,
    pub meta: RawMeta,
}

/// Lines on which top-level list items start (`- ...` in column 1).
fn item_lines(text: &str) -> Vec<usize> {
    text.lines().enumerate().filter(|(_, l)| *l == "-" || l.starts_with("- ")).map(|(i, _)| i + 1).collect()
}

/// Parses the manifest, reporting each bad entry and keeping the good ones.
pub fn read(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let value: Value = match serde_yaml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let (message, line, column) = yaml_position(&e, 0);
            diagnostics.push(
                Diagnostic::error(Code::IV201, FILE, format!("{message}; no file listed in it is counted as evidence"))
                    .at(line, column),
            );
            return Vec::new();
        }
    };
    let items = match value {
        Value::Null => return Vec::new(),
        Value::Sequence(items) => items,
        _ => {
            diagnostics.push(
                Diagnostic::error(Code::IV201, FILE, "must be a list of entries, each starting with `- file:`")
                    .at(Some(1), None),
            );
            return Vec::new();
        }
    };
    let lines = item_lines(text);
    let mut entries = Vec::new();
    for (n, item) in items.into_iter().enumerate() {
        let line = lines.get(n).copied();
        let problem = |message: String| Diagnostic::error(Code::IV201, FILE, message).at(line, None);
        let Value::Mapping(mut map) = item else {
            diagnostics
                .push(problem(format!("entry {} is not a mapping with `file`, `title`, `evidences`, ...", n + 1)));
            continue;
        };
        let file = match map.remove("file") {
            Some(Value::String(f)) if !f.trim().is_empty() => f.trim().to_string(),
            _ => {
                diagnostics.push(problem(format!("entry {} has no `file` naming the file it describes", n + 1)));
                continue;
            }
        };
        match serde_yaml::from_value::<RawMeta>(Value::Mapping(map)) {
            Ok(meta) => entries.push(Entry { file, line, meta }),
            Err(e) => diagnostics.push(problem(format!(
                "entry for `{file}`: {}; this file is not counted as evidence",
                yaml_message(&e)
            ))),
        }
    }
    entries
}

/// Resolves a manifest path against the bundle without touching the file
/// system: `..` may not climb out, and absolute paths are refused.
pub fn normalise_path(file: &str) -> Result<String, String> {
    let file = file.replace('\\', "/");
    if file.starts_with('/') || file.split('/').next().is_some_and(|c| c.ends_with(':')) {
        return Err(format!("`{file}` is an absolute path; manifest paths are relative to the bundle"));
    }
    let mut parts: Vec<&str> = Vec::new();
    for component in file.split('/') {
        match component {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(format!("`{file}` points outside the bundle"));
                }
            }
            c => parts.push(c),
        }
    }
    if parts.is_empty() {
        return Err(format!("`{file}` does not name a file"));
    }
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_bundle() {
        assert_eq!(normalise_path("docs/./a.pdf").unwrap(), "docs/a.pdf");
        assert_eq!(normalise_path("docs/x/../a.pdf").unwrap(), "docs/a.pdf");
        assert_eq!(normalise_path("docs\\a.pdf").unwrap(), "docs/a.pdf");
        assert!(normalise_path("../secret.pdf").unwrap_err().contains("outside the bundle"));
        assert!(normalise_path("docs/../../x").unwrap_err().contains("outside the bundle"));
        assert!(normalise_path("/etc/passwd").unwrap_err().contains("absolute"));
        assert!(normalise_path("C:/x.pdf").unwrap_err().contains("absolute"));
        assert!(normalise_path("./").is_err());
    }

    #[test]
    fn bad_entries_are_reported_and_good_ones_kept() {
        let text = "- file: a.pdf\n  title: A\n  evidences: [S05]\n  kind: policy\n  issued: 2026-01-01\n\
                    - file: b.pdf\n  title: B\n  evidences: [S05]\n  kind: leaflet\n  issued: 2026-01-01\n\
                    - title: no file\n";
        let mut diags = Vec::new();
        let entries = read(text, &mut diags);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].file, "a.pdf");
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].line, Some(6));
        assert!(
            diags[0].message.contains("b.pdf") && diags[0].message.contains("unknown variant `leaflet`"),
            "{}",
            diags[0].message
        );
        assert_eq!(diags[1].line, Some(11));
    }
}

//! `evidence.yaml`: the manifest that describes evidence files which are not
//! Markdown (PDF, DOCX, XLSX, ...): what each is and what it evidences. The
//! text of Word, OpenDocument and plain-text files is then read
//! (`bundle::document`); other files count only for their `shows:`.
//!
//! Each entry is checked on its own so that one bad entry never hides the
//! others.

use serde_yaml::Value;

use super::evidence::RawMeta;
use super::yaml;
use crate::diag::{Code, Diagnostic};

pub const FILE: &str = "evidence.yaml";

/// One manifest entry that parsed.
pub struct Entry {
    /// The `file` field as written.
    pub file: String,
    /// The 1-based line the entry starts on.
    pub line: Option<usize>,
    pub meta: RawMeta,
}

/// Parses the manifest, reporting each bad entry at its own line and
/// keeping every good one. When the file as a whole is not valid YAML (one
/// badly indented or quoted entry), each entry is parsed on its own so that
/// only the bad one is lost.
pub fn read(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Entry> {
    let text = yaml::strip_bom(text);
    let pieces = yaml::items(text);
    let error = |line: Option<usize>, column: Option<usize>, message: String| {
        Diagnostic::error(Code::IV201, FILE, message).at(line, column)
    };
    let whole = serde_yaml::from_str::<Value>(text);
    match &whole {
        Ok(Value::Null) => return Vec::new(),
        Ok(Value::Sequence(items)) if items.len() != pieces.len() => {
            // Written in flow style (`[{file: a.pdf, ...}]`): read as it is,
            // without lines for each entry.
            let items = items.clone();
            return items.into_iter().enumerate().filter_map(|(n, v)| entry(n, None, v, diagnostics)).collect();
        }
        Ok(Value::Sequence(_)) => {}
        Ok(Value::Mapping(m)) if m.contains_key("file") => {
            diagnostics.push(error(
                Some(1),
                None,
                "must be a list: start each entry with `- ` before `file:` and indent its other fields by two spaces; nothing in it is counted as evidence".to_string(),
            ));
            return Vec::new();
        }
        Ok(other) => {
            diagnostics.push(error(
                Some(1),
                None,
                format!("must be a list of entries, each starting with `- file:`, not {}", yaml::kind_of(other)),
            ));
            return Vec::new();
        }
        Err(e) if pieces.is_empty() => {
            let p = yaml::explain(e, text, 0);
            diagnostics.push(error(
                p.line,
                p.column,
                format!("{}; no file listed in it is counted as evidence", p.message),
            ));
            return Vec::new();
        }
        Err(_) => {
            if let Some(line) = yaml::stray_line(text, &pieces) {
                diagnostics.push(error(
                    Some(line),
                    None,
                    "this line is not part of any entry (entries start with `- file:`); it is ignored".to_string(),
                ));
            }
        }
    }
    // One entry at a time, each parsed from its own lines, so that a bad
    // entry is reported at the line of its bad field and costs only itself.
    let mut entries = Vec::new();
    for (n, piece) in pieces.iter().enumerate() {
        let at = |e: &serde_yaml::Error| yaml::explain(e, piece.text, piece.line - 1);
        match serde_yaml::from_str::<Vec<RawMeta>>(piece.text) {
            Ok(mut one) if one.len() == 1 => {
                let meta = one.remove(0);
                if let Some(e) = entry_of(n, Some(piece.line), meta, diagnostics) {
                    entries.push(e);
                }
            }
            Ok(_) => diagnostics.push(error(
                Some(piece.line),
                None,
                "this entry cannot be read; start it with `- file:` and indent its other fields by two spaces"
                    .to_string(),
            )),
            Err(e) => {
                let p = at(&e);
                // Name the file when the entry's own lines say which it is.
                let file = serde_yaml::from_str::<Value>(piece.text)
                    .ok()
                    .and_then(|v| v.get(0).and_then(|m| m.get("file")).and_then(yaml::scalar))
                    .map(|f| format!("entry for `{f}`: "))
                    .unwrap_or_default();
                diagnostics.push(error(
                    p.line.or(Some(piece.line)),
                    p.column,
                    format!("{file}{}; this entry (from line {}) is not counted as evidence", p.message, piece.line),
                ));
            }
        }
    }
    entries
}

/// Reads one entry given as a YAML value (flow-style manifests).
fn entry(n: usize, line: Option<usize>, item: Value, diagnostics: &mut Vec<Diagnostic>) -> Option<Entry> {
    let problem = |message: String| Diagnostic::error(Code::IV201, FILE, message).at(line, None);
    let file = item.get("file").and_then(yaml::scalar);
    match serde_yaml::from_value::<RawMeta>(item) {
        Ok(meta) => entry_of(n, line, meta, diagnostics),
        Err(e) => {
            let name = file.map(|f| format!("entry for `{f}`")).unwrap_or_else(|| format!("entry {}", n + 1));
            diagnostics.push(problem(format!(
                "{name}: {}; this file is not counted as evidence",
                yaml::explain(&e, "", 0).message
            )));
            None
        }
    }
}

/// An entry whose fields were read: it counts only if it names its file.
fn entry_of(n: usize, line: Option<usize>, mut meta: RawMeta, diagnostics: &mut Vec<Diagnostic>) -> Option<Entry> {
    match meta.file.take().as_ref().and_then(yaml::scalar) {
        Some(f) if !f.trim().is_empty() => Some(Entry { file: f.trim().to_string(), line, meta }),
        _ => {
            diagnostics.push(
                Diagnostic::error(
                    Code::IV201,
                    FILE,
                    format!("entry {} has no `file` naming the file it describes", n + 1),
                )
                .at(line, None),
            );
            None
        }
    }
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
        assert_eq!(entries[0].line, Some(1));
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].line, Some(9), "the line of the bad field");
        assert_eq!(
            diags[0].message,
            "entry for `b.pdf`: `kind`: `leaflet` is not one of policy, procedure, training-record, publicity, minutes, survey, report, contract, specification, data-return, other; this entry (from line 6) is not counted as evidence"
        );
        assert_eq!(diags[1].line, Some(11));
    }

    #[test]
    fn one_badly_indented_entry_costs_only_itself() {
        // Today's YAML parsers reject the whole file for the third line.
        let text = "# manifest\n- file: a.pdf\n  title: A\n   evidences: [S05]\n  kind: policy\n  issued: 2026-01-01\n\
                    - file: b.pdf\n  title: \"B: leaflet\"\n  evidences: [S05]\n  kind: publicity\n  issued: 2026-01-01\n\
                    - file: c.pdf\n  title: C: leaflet\n  evidences: [S05]\n  kind: publicity\n  issued: 2026-01-01\n";
        let mut diags = Vec::new();
        let entries = read(text, &mut diags);
        assert_eq!(entries.iter().map(|e| e.file.as_str()).collect::<Vec<_>>(), ["b.pdf"]);
        assert_eq!(entries[0].line, Some(7));
        let lines: Vec<Option<usize>> = diags.iter().map(|d| d.line).collect();
        assert_eq!(lines, [Some(4), Some(13)], "{diags:?}");
        assert!(diags[0].message.contains("indented differently"), "{}", diags[0].message);
        assert!(diags[1].message.contains("double quotes"), "{}", diags[1].message);
    }

    #[test]
    fn bom_before_evidence_yaml_is_accepted() {
        let text = "\u{feff}- file: a.pdf\n  title: A\n  evidences: [S05]\n  kind: policy\n  issued: 2026-01-01\n";
        let mut diags = Vec::new();
        assert_eq!(read(text, &mut diags).len(), 1);
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn a_single_entry_without_its_dash_is_explained() {
        let mut diags = Vec::new();
        assert!(read("file: a.pdf\ntitle: A\n", &mut diags).is_empty());
        assert!(diags[0].message.contains("start each entry with `- `"), "{}", diags[0].message);
    }

    #[test]
    fn flow_style_manifests_are_read() {
        let mut diags = Vec::new();
        let text = "[{file: a.pdf, title: A, evidences: [S05], kind: policy, issued: 2026-01-01}]\n";
        assert_eq!(read(text, &mut diags).len(), 1);
        assert!(diags.is_empty(), "{diags:?}");
    }
}

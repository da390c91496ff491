//! Diagnostics: problems found in a bundle, each tied to a file and, where
//! known, a line.
//!
//! Nothing in a bundle is allowed to stop an audit. Every problem becomes a
//! `Diagnostic` that is printed on stderr *and* carried into the report, so an
//! inspector sees exactly what could not be assessed and why.

use serde::Serialize;
use std::fmt;

use crate::text::escape_control;

/// How serious a diagnostic is. `check` exits 1 when any `Error` is present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Stable diagnostic codes. Their meanings are documented in the README and
/// must not be reused for something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Code {
    /// `bundle.yaml` is missing.
    IV001,
    /// `bundle.yaml` cannot be read as YAML or has a wrong field.
    IV002,
    /// A field of `bundle.yaml` has an invalid value.
    IV003,
    /// No as-of date: `audit` would refuse to run (`check` only).
    IV004,
    /// `bundle.yaml` still holds a starter placeholder (`check` only).
    IV005,
    /// Front matter is not valid YAML or has a wrong field.
    IV101,
    /// Front matter opened with `---` is never closed.
    IV102,
    /// An evidence item names a requirement or criterion that is not in the catalog.
    IV103,
    /// A date is not a real `YYYY-MM-DD` date.
    IV104,
    /// `review_due` falls before `issued`.
    IV105,
    /// Evidence that links to no requirement.
    IV107,
    /// Markdown without front matter counts for nothing (`check` only).
    IV108,
    /// Evidence marked as a draft counts for nothing (`check` only).
    IV109,
    /// An unfilled starter document counts for nothing (`check` only).
    IV110,
    /// Evidence dated after the as-of date does not count (`check` only).
    IV111,
    /// A criterion declared under `shows` that the document's text does not show.
    IV112,
    /// `lang` names a language ivaudit does not know; the document is taken as English.
    IV113,
    /// `evidence.yaml` cannot be read as YAML or an entry has a wrong field.
    IV201,
    /// A manifest entry names a file that does not exist.
    IV202,
    /// A manifest entry names a path outside the bundle.
    IV203,
    /// A file is listed twice in the manifest.
    IV204,
    /// A manifest entry lists a Markdown file, which carries its own front matter.
    IV205,
    /// A manifest entry lists a register, which is read as data, not evidence.
    IV206,
    /// A file that no manifest entry describes counts for nothing (`check` only).
    IV207,
    /// A file cannot be read.
    IV301,
    /// A symbolic link, which is never followed.
    IV302,
    /// A file, or the front matter of one, is larger than ivaudit reads.
    IV303,
    /// YAML nests lists and mappings deeper than ivaudit reads.
    IV304,
    /// YAML uses an alias (`*name`), which ivaudit does not accept.
    IV305,
    /// A pipe, socket or device inside the bundle, which is never opened.
    IV306,
    /// A register column looks like a name, address or date of birth.
    IV401,
    /// A register lacks a column of its contract.
    IV402,
    /// A register has a column outside its contract (ignored).
    IV403,
    /// A register row cannot be read.
    IV404,
    /// A register cell has a bad value; its row is left out.
    IV405,
    /// A register row refers to a child or volunteer not in the other registers.
    IV406,
    /// A reference appears twice where it must be unique.
    IV407,
    /// `population.yaml` cannot be read or has a wrong field.
    IV408,
    /// A file in `registers/` that is not a known register.
    IV409,
    /// A register separated by `;` rather than `,` (read all the same).
    IV410,
    /// A spreadsheet register (`.xlsx`, `.ods`) cannot be opened: not a
    /// workbook, damaged or truncated, or encrypted.
    IV411,
    /// One register given twice (`children.csv` and `children.xlsx`).
    IV412,
    /// An office document listed in evidence.yaml (`.docx`, `.odt`) cannot
    /// be opened: not that kind of document, damaged or cut short, or
    /// encrypted. It counts only for what its entry declares.
    IV413,
    /// A PDF listed in `evidence.yaml` opens but holds no text that can be
    /// read: a scan without a text layer, or fonts that do not map their
    /// glyphs to letters. It counts only for what its entry declares.
    IV414,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Bundle-relative path with `/` separators.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub severity: Severity,
    pub code: Code,
    pub message: String,
}

impl Diagnostic {
    pub fn error(code: Code, file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            severity: Severity::Error,
            code,
            message: message.into(),
        }
    }

    pub fn warning(code: Code, file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, file, message) }
    }

    pub fn at(mut self, line: Option<usize>, column: Option<usize>) -> Diagnostic {
        self.line = line;
        self.column = column;
        self
    }

    /// `file:line:column`, with the parts that are known.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file),
            (Some(l), None) => format!("{}:{l}", self.file),
            _ => self.file.clone(),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// The one-line form used on stderr: `error[IV101]: path:3:7: message`.
    /// It is always one line: control characters in the file name or the
    /// message (which may quote a title or value from the bundle) are shown
    /// as escapes, so that nothing in a bundle can fake a line of output or
    /// take over the terminal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (location, message) = (escape_control(&self.location()).into_owned(), escape_control(&self.message));
        write!(f, "{severity}[{}]: {location}: {message}", self.code)
    }
}

/// Sorts diagnostics into the order reports print them: by file, then line.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.code, &a.message).cmp(&(&b.file, b.line, b.column, b.code, &b.message))
    });
}

/// Turns a YAML error into a message in plain words and a position.
/// `line_offset` is added to the line for YAML that starts part-way into a
/// file (front matter).
pub fn yaml_position(err: &serde_yaml::Error, line_offset: usize) -> (String, Option<usize>, Option<usize>) {
    let p = crate::bundle::yaml::explain(err, "", line_offset);
    (p.message, p.line, p.column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line_whatever_the_bundle_holds() {
        let d = Diagnostic::error(Code::IV103, "x\n0 error(s)\u{1b}[2J.md", "`evidences` names `S99\u{1b}[31m\nerror`")
            .at(Some(3), None);
        let shown = d.to_string();
        assert!(!shown.contains('\n') && !shown.contains('\u{1b}'), "{shown:?}");
        assert_eq!(shown, "error[IV103]: x\\n0 error(s)\\u{1b}[2J.md:3: `evidences` names `S99\\u{1b}[31m\\nerror`");
    }
}

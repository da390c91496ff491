//! Command-line arguments.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

use ivaudit::catalog::Party;
use ivaudit::date::Date;
use ivaudit::report::{Format, ReportKind, Templates};

#[derive(Debug, Parser)]
#[command(
    name = "ivaudit",
    version,
    about = "Audit Independent Visitor services in Wales against the 14 National Practice Standards",
    long_about = "Audit Independent Visitor (IV) services in Wales against the 14 National Practice Standards.\n\n\
                  ivaudit reads an evidence bundle (a folder of policies, procedures and records) and writes a\n\
                  gap analysis per standard in the style of a Care Inspectorate Wales inspection report."
)]
pub struct Cli {
    /// Use the standards catalog in DIR instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR")]
    pub standards: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Audit an evidence bundle and write a report.
    Audit(AuditArgs),
    /// Check an evidence bundle and print its diagnostics only (exit 1 on any error).
    Check(CheckArgs),
    /// List the standards, or show one standard or requirement in full.
    Standards {
        /// A standard or requirement ID, such as S05 or S11.P1 (any case).
        id: Option<String>,
    },
    /// Report, per assessed child, whether an IV is indicated and can be appointed (Appendix C).
    Eligibility(DocArgs),
    /// Write a commissioning document for an authority to edit and publish (Appendix D).
    Commission(CommissionArgs),
    /// Create a new evidence bundle from the starter documents.
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
        /// Whose bundle it is.
        #[arg(long, value_enum, default_value = "provider")]
        role: RoleArg,
    },
}

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub common: DocArgs,
    /// Which report to write.
    #[arg(long, value_enum, default_value = "inspection")]
    pub report: ReportArg,
}

#[derive(Debug, clap::Args)]
pub struct DocArgs {
    /// The evidence bundle (a folder with bundle.yaml).
    pub bundle: PathBuf,
    /// Output format [default: from --out's extension, else md].
    ///
    /// Without --format, an --out name ending in .html or .htm gets HTML, .md or .markdown
    /// Markdown, .json JSON, .csv CSV, .xlsx XLSX, .docx Word; any other name, and standard output, get
    /// Markdown. A --format that contradicts the extension is an error. csv and xlsx write the
    /// action plan of `audit` only.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Write to FILE instead of standard output (never inside the bundle).
    ///
    /// The report is written to a new file beside FILE and renamed over it, so FILE holds the
    /// old report or the new one, never part of one; a symbolic link is followed and kept.
    /// Refused: a file of the bundle (also through a link), a folder, a device.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Judge the bundle at this date (YYYY-MM-DD) instead of its `as_of`.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
    /// Use report templates from DIR; files there replace the built-in ones of the same name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Write in this language: en (English) or cy (Cymraeg, Welsh).
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
    /// Use message files from DIR/<lang>/*.ftl; each message there replaces the built-in one of
    /// the same id (see locales/ and glossary.csv).
    #[arg(long, value_name = "DIR")]
    pub messages: Option<PathBuf>,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Cymraeg (Welsh).
    Cy,
}

impl From<LangArg> for ivaudit::locale::Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => ivaudit::locale::Lang::En,
            LangArg::Cy => ivaudit::locale::Lang::Cy,
        }
    }
}

impl DocArgs {
    /// `--format`, or the format `--out`'s extension names; an error when
    /// the two disagree.
    pub fn format(&self) -> Result<Format, String> {
        ivaudit::output::choose_format(self.out.as_deref(), self.format.map(Format::from)).map_err(|e| e.to_string())
    }

    /// [`DocArgs::format`] for a command that writes a document, not an
    /// audit: CSV and XLSX, which hold an audit's action plan, are refused.
    pub fn document_format(&self, command: &str) -> Result<Format, String> {
        let format = self.format()?;
        if format.is_action_plan() {
            let (name, how) = match (self.format, &self.out) {
                (Some(_), _) | (None, None) => {
                    (format!("--format {}", ivaudit::output::flag(format)), "--format md, html, docx or json")
                }
                (None, Some(out)) => {
                    (format!("--out {}", out.display()), "an --out name ending in .md, .html, .docx or .json")
                }
            };
            return Err(format!(
                "{name}: `ivaudit {command}` writes md, html, docx or json; csv and xlsx hold the action plan, which `ivaudit audit` writes. Give {how}"
            ));
        }
        binary_to_terminal(format, self.out.is_none())?;
        Ok(format)
    }

    /// The messages of `--lang`, with `--messages` laid over them.
    pub fn messages(&self) -> Result<std::sync::Arc<ivaudit::locale::Messages>, String> {
        ivaudit::locale::Messages::load(self.lang.into(), self.messages.as_deref())
            .map(std::sync::Arc::new)
            .map_err(|e| format!("--messages: {e}"))
    }

    pub fn templates(&self) -> Templates {
        match &self.templates {
            Some(dir) => Templates::Dir(dir.clone()),
            None => Templates::Embedded,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct CommissionArgs {
    #[command(flatten)]
    pub common: DocArgs,
    /// Which document to write.
    #[arg(long, value_enum)]
    pub document: DocumentArg,
    /// Exact figures for the authority's own use, marked not for publication
    /// (by default counts are suppressed and rounded for publication).
    #[arg(long)]
    pub internal: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DocumentArg {
    /// IV needs analysis
    NeedsAnalysis,
    /// IV commissioning plan
    Plan,
    /// IV service specification
    Specification,
    /// IV commissioning report
    Report,
}

impl From<DocumentArg> for ivaudit::commission::documents::Document {
    fn from(d: DocumentArg) -> Self {
        use ivaudit::commission::documents::Document;
        match d {
            DocumentArg::NeedsAnalysis => Document::NeedsAnalysis,
            DocumentArg::Plan => Document::Plan,
            DocumentArg::Specification => Document::Specification,
            DocumentArg::Report => Document::Report,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The evidence bundle (a folder with bundle.yaml).
    pub bundle: PathBuf,
    /// Check the bundle as `audit --as-of DATE` would judge it.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<Date>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.parse().map_err(|e: ivaudit::date::DateError| e.to_string())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Markdown
    Md,
    /// One self-contained HTML file
    Html,
    /// JSON for programs (versioned shape)
    Json,
    /// The action plan as CSV for Excel (audit only)
    Csv,
    /// The action plan as an Excel workbook (audit only; give --out plan.xlsx)
    Xlsx,
    /// A Word document to edit (give --out report.docx)
    Docx,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Md => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
            FormatArg::Xlsx => Format::Xlsx,
            FormatArg::Docx => Format::Docx,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ReportArg {
    /// For a Care Inspectorate Wales inspector
    Inspection,
    /// A readiness checklist and action list
    SelfAssessment,
}

impl From<ReportArg> for ReportKind {
    fn from(r: ReportArg) -> ReportKind {
        match r {
            ReportArg::Inspection => ReportKind::Inspection,
            ReportArg::SelfAssessment => ReportKind::SelfAssessment,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Provider,
    Authority,
    Both,
}

impl From<RoleArg> for Party {
    fn from(r: RoleArg) -> Party {
        match r {
            RoleArg::Provider => Party::Provider,
            RoleArg::Authority => Party::Authority,
            RoleArg::Both => Party::Both,
        }
    }
}

/// Refuses to write a workbook or a Word document to a terminal, where it
/// would be noise; to a file or a pipe it is written.
pub fn binary_to_terminal(format: Format, to_stdout: bool) -> Result<(), String> {
    use std::io::IsTerminal;
    if format.is_binary() && to_stdout && std::io::stdout().is_terminal() {
        let name = if format == Format::Xlsx { "an XLSX workbook" } else { "a Word document" };
        let file = if format == Format::Xlsx { "plan.xlsx" } else { "report.docx" };
        return Err(format!(
            "{name} is not for reading on a terminal; write it to a file with --out {file} (or redirect: > {file})"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}

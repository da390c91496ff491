//! The `ivaudit` command line: argument parsing, output and exit codes.
//! Every judgement lives in the library.
//!
//! Exit codes (a contract, documented in the README):
//! - 0: the command did its job (an audit that finds gaps still exits 0);
//! - 1: `check` found at least one error in the bundle;
//! - 2: the command could not run: bad arguments, no bundle, an unusable
//!   catalog or template, or a report that could not be written.
#![allow(clippy::disallowed_macros)] // printing is this program's job

mod args;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use ivaudit::catalog::{Catalog, CatalogSource, describe};
use ivaudit::diag::Code;
use ivaudit::report;
use ivaudit::text::escape_control;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            // A message may run over several lines (a catalog's problems,
            // each already escaped); any other control character is shown
            // as an escape.
            let lines: Vec<_> = message.split('\n').map(escape_control).collect();
            eprintln!("ivaudit: error: {}", lines.join("\n"));
            ExitCode::from(2)
        }
    }
}

fn load_catalog(dir: Option<&PathBuf>) -> Result<Catalog, String> {
    let source = match dir {
        Some(d) => CatalogSource::Dir(d.clone()),
        None => CatalogSource::Embedded,
    };
    Catalog::load(&source).map_err(|e| e.to_string())
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Audit(args::AuditArgs { common: a, report: report_kind }) => {
            let format = a.format()?;
            args::binary_to_terminal(format, a.out.is_none())?;
            let catalog = load_catalog(cli.standards.as_ref())?;
            let messages = a.messages()?;
            check_out(&a)?;
            let audit = ivaudit::audit_in(&catalog, &a.bundle, a.as_of, &messages).map_err(|e| e.to_string())?;
            print_diagnostics(&audit.bundle.diagnostics);
            // Only the report model is needed from here: free the rest
            // before rendering, which is when memory peaks.
            // (`..` in a pattern would keep the other fields alive to the
            // end of the scope: drop them by name.)
            let ivaudit::Audit { report: model, bundle, assessment } = audit;
            drop((bundle, assessment, catalog));
            let (kind, templates) = (report_kind.into(), a.templates());
            let findings = model.summary.findings.clone();
            let actions = model.action_plan.len();
            write_output(a.out.as_deref(), &a.bundle, |w| {
                report::render_to(model, kind, format, &templates, &messages, w)
            })?;
            if let Some(path) = &a.out {
                let counts = format!(
                    "{} priority actions, {} areas for improvement, {} recommendations",
                    findings["priority_action"], findings["area_for_improvement"], findings["recommendation"],
                );
                let detail = if format.is_action_plan() {
                    format!(" (an action plan of {}: {counts})", ivaudit::text::plural(actions, "action", "actions"))
                } else {
                    format!(" ({counts})")
                };
                say_wrote(path, format, &detail);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eligibility(d) => {
            d.document_format("eligibility")?;
            let catalog = load_catalog(cli.standards.as_ref())?;
            let messages = d.messages()?;
            check_out(&d)?;
            let (bundle, as_of) = ivaudit::load(&catalog, &d.bundle, d.as_of).map_err(|e| e.to_string())?;
            print_diagnostics(&bundle.diagnostics);
            let Some(eligibility) = ivaudit::commission::eligibility::assess(&bundle, as_of) else {
                return Err(format!(
                    "{} has no usable registers/assessments.csv, so there is no eligibility to report",
                    shown(&d.bundle)
                ));
            };
            let context =
                ivaudit::commission::EligibilityReport { organisation: bundle.meta.organisation.clone(), eligibility };
            write_document(&d, "eligibility", "title-eligibility", true, &context, &messages)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Commission(c) => {
            c.common.document_format("commission")?;
            let catalog = load_catalog(cli.standards.as_ref())?;
            let messages = c.common.messages()?;
            check_out(&c.common)?;
            let audit =
                ivaudit::audit_in(&catalog, &c.common.bundle, c.common.as_of, &messages).map_err(|e| e.to_string())?;
            print_diagnostics(&audit.bundle.diagnostics);
            if audit.bundle.meta.role == ivaudit::catalog::Party::Provider {
                return Err(format!(
                    "{} is a provider bundle; commissioning documents are written from an authority bundle (role: authority or both)",
                    shown(&c.common.bundle)
                ));
            }
            let mode = if c.internal {
                ivaudit::commission::disclosure::Mode::Internal
            } else {
                ivaudit::commission::disclosure::Mode::Publication
            };
            let document: ivaudit::commission::documents::Document = c.document.into();
            let model = ivaudit::commission::documents::build(
                &catalog,
                &audit.bundle,
                &audit.assessment,
                document,
                mode,
                &messages,
            );
            if c.internal {
                write_document(&c.common, document.template_stem(), document.title_id(), true, &model, &messages)?;
                return Ok(ExitCode::SUCCESS);
            }
            // A document for publication is rendered in memory and checked by
            // the guard before a byte of it is written anywhere.
            let mut rendered = Vec::new();
            let (format, templates) = (c.common.document_format("commission")?, c.common.templates());
            report::render_document(
                document.template_stem(),
                document.title_id(),
                false,
                &model,
                format,
                &templates,
                &messages,
                &mut rendered,
            )
            .map_err(|e| nothing_written(&e, c.common.out.as_deref()))?;
            let cleared = ivaudit::commission::guard::check(&rendered, &audit.bundle, &catalog)
                .map_err(|refusal| refusal.to_string())?;
            for warning in cleared.warnings() {
                eprintln!("ivaudit: warning: {warning}");
            }
            write_output(c.common.out.as_deref(), &c.common.bundle, |w| {
                w.write_all(&rendered).map_err(report::RenderError::Io)
            })?;
            if let Some(path) = &c.common.out {
                say_wrote(path, format, "");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(c) => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            let bundle = ivaudit::bundle::Bundle::load(&c.bundle, &catalog).map_err(|e| e.to_string())?;
            let readiness = ivaudit::bundle::readiness::check(&bundle, &c.bundle, c.as_of);
            let mut all: Vec<&ivaudit::diag::Diagnostic> =
                bundle.diagnostics.iter().chain(&readiness.diagnostics).collect();
            all.sort_by(|a, b| (&a.file, a.line, a.code).cmp(&(&b.file, b.line, b.code)));
            let mut err = std::io::stderr().lock();
            for d in &all {
                let _ = writeln!(err, "{d}");
            }
            drop(err);
            print_paste_text(&readiness)?;
            let errors = all.iter().filter(|d| d.severity == ivaudit::diag::Severity::Error).count();
            let warnings = all.len() - errors;
            let ignored = readiness
                .diagnostics
                .iter()
                .filter(|d| matches!(d.code, Code::IV108 | Code::IV109 | Code::IV110 | Code::IV111 | Code::IV207))
                .count();
            eprintln!(
                "ivaudit: checked {}: {} evidence items, {ignored} file(s) that count for nothing; {errors} error(s), {warnings} warning(s)",
                shown(&c.bundle),
                bundle.evidence.len(),
            );
            if errors == 0 {
                eprintln!("ivaudit: ready to audit: ivaudit audit {} --out report.html", shown(&c.bundle));
            }
            Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Standards { id } => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            let text = match id {
                None => describe::list(&catalog),
                Some(id) => {
                    use ivaudit::catalog::Found;
                    let standard_of = |r: &ivaudit::catalog::Requirement| {
                        catalog.standard(&r.standard).expect("a requirement's standard is in the catalog")
                    };
                    match catalog.find(&id) {
                        Some(Found::Standard(s)) => describe::show(s),
                        Some(Found::Requirement(r)) | Some(Found::Criterion(_, r)) => {
                            describe::show_requirement(standard_of(r), r)
                        }
                        None => {
                            let hint =
                                catalog.nearest_id(&id).map(|n| format!("did you mean `{n}`? ")).unwrap_or_default();
                            return Err(format!(
                                "no standard, requirement or criterion `{id}` in the catalog; {hint}`ivaudit standards` lists the standards (S01 to S14)"
                            ));
                        }
                    }
                }
            };
            write_stdout(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Init { dir, role } => {
            let files = ivaudit::init::scaffold(&dir, role.into()).map_err(|e| e.to_string())?;
            eprintln!("ivaudit: created {} with {} files.", shown(&dir), files.len());
            eprintln!(
                "Next: fill in bundle.yaml, replace the prompts in each document, delete `draft: true` when a document is final,"
            );
            eprintln!("then run `ivaudit check {0}` and `ivaudit audit {0} --out report.html`.", shown(&dir));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Refuses a bad `--out` before the bundle is read and anything rendered;
/// [`write_output`] checks it again when it writes.
fn check_out(d: &args::DocArgs) -> Result<(), String> {
    match &d.out {
        Some(out) => ivaudit::output::check(out, &d.bundle).map(drop).map_err(|e| e.to_string()),
        None => Ok(()),
    }
}

/// Writes a document to `--out` or standard output.
fn write_document(
    d: &args::DocArgs,
    stem: &str,
    title_id: &str,
    internal: bool,
    context: &impl serde::Serialize,
    messages: &std::sync::Arc<ivaudit::locale::Messages>,
) -> Result<(), String> {
    let (format, templates) = (d.format()?, d.templates());
    write_output(d.out.as_deref(), &d.bundle, |w| {
        report::render_document(stem, title_id, internal, context, format, &templates, messages, w)
    })?;
    if let Some(path) = &d.out {
        say_wrote(path, format, "");
    }
    Ok(())
}

/// A failure before anything was written, with the reassurance the
/// writer gives for failures while writing.
fn nothing_written(e: &dyn std::fmt::Display, out: Option<&Path>) -> String {
    match out {
        Some(path) if path.exists() => format!("{e}; the existing {} is unchanged", shown(path)),
        Some(path) => format!("{e}; nothing was written to {}", shown(path)),
        None => e.to_string(),
    }
}

/// Says where the report went, as a full path a reader can find, and for a
/// web page, how to read it.
fn say_wrote(path: &Path, format: report::Format, detail: &str) {
    let full = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let open = if format == report::Format::Html { "; open it in a web browser" } else { "" };
    eprintln!("ivaudit: wrote {}{detail}{open}", shown(&full));
}

/// Runs `render` into `out`, or standard output without one. `out` is
/// checked against `bundle` and replaced whole or not at all
/// ([`ivaudit::output`]); a reader closing standard output early
/// (`ivaudit audit x | head`) is not an error. A report already in memory
/// is written with `|w| w.write_all(&bytes).map_err(report::RenderError::Io)`.
fn write_output(
    out: Option<&Path>,
    bundle: &Path,
    render: impl FnOnce(&mut dyn Write) -> Result<(), report::RenderError>,
) -> Result<(), String> {
    match out {
        Some(path) => ivaudit::output::write_file(path, bundle, render).map_err(|e| e.to_string()),
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            match render(&mut stdout).and_then(|()| stdout.flush().map_err(report::RenderError::Io)) {
                Err(report::RenderError::Io(e)) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(format!("cannot write the report to standard output: {}", ivaudit::output::plain_cause(&e)))
                }
                Err(e) if !e.is_broken_pipe() => Err(e.to_string()),
                _ => Ok(()),
            }
        }
    }
}

/// Prints, on standard output, the text `check` offers to paste: entries
/// for evidence.yaml and front matter for Markdown files without it.
fn print_paste_text(readiness: &ivaudit::bundle::readiness::Readiness) -> Result<(), String> {
    let mut text = String::new();
    if !readiness.manifest_entries.is_empty() {
        text.push_str("# Entries to paste into evidence.yaml, one for each file it does not describe.\n");
        text.push_str("# Fill in `evidences` and check `title` and `issued`, taken from the document where it says them: ivaudit never guesses what a document evidences.\n");
        for e in &readiness.manifest_entries {
            text.push_str(e);
        }
    }
    for (path, fm) in &readiness.front_matter {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("# Front matter to put at the top of {path}:\n{fm}"));
    }
    write_stdout(&text)
}

/// Prints each diagnostic on one line of standard error; `Display` shows
/// any control character in a file name or message as an escape.
fn print_diagnostics(diagnostics: &[ivaudit::diag::Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{d}");
    }
}

/// A path as it may be printed on a terminal: control characters escaped.
fn shown(path: &Path) -> String {
    escape_control(&path.display().to_string()).into_owned()
}

/// Writes to stdout; a closed pipe (`ivaudit audit x | head`) is not an error.
fn write_stdout(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the report: {}", ivaudit::output::plain_cause(&e)))
        }
        _ => Ok(()),
    }
}

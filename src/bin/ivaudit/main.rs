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
            let catalog = load_catalog(cli.standards.as_ref())?;
            refuse_out_inside(&a)?;
            let audit = ivaudit::audit(&catalog, &a.bundle, a.as_of).map_err(|e| e.to_string())?;
            print_diagnostics(&audit.bundle.diagnostics);
            // Only the report model is needed from here: free the rest
            // before rendering, which is when memory peaks.
            let ivaudit::Audit { report: model, .. } = audit;
            drop(catalog);
            let (kind, format, templates) = (report_kind.into(), a.format.into(), a.templates());
            let findings = model.summary.findings.clone();
            write_output(a.out.as_deref(), |w| report::render_to(model, kind, format, &templates, w))?;
            if let Some(path) = &a.out {
                eprintln!(
                    "ivaudit: wrote {} ({} priority actions, {} areas for improvement, {} recommendations)",
                    shown(path),
                    findings["priority_action"],
                    findings["area_for_improvement"],
                    findings["recommendation"],
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eligibility(d) => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            refuse_out_inside(&d)?;
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
            write_document(&d, "eligibility", "Eligibility for an Independent Visitor", true, &context)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Commission(c) => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            refuse_out_inside(&c.common)?;
            let audit = ivaudit::audit(&catalog, &c.common.bundle, c.common.as_of).map_err(|e| e.to_string())?;
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
            let model =
                ivaudit::commission::documents::build(&catalog, &audit.bundle, &audit.assessment, document, mode);
            write_document(&c.common, document.template_stem(), document.title(), c.internal, &model)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check(c) => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            let bundle = ivaudit::bundle::Bundle::load(&c.bundle, &catalog).map_err(|e| e.to_string())?;
            print_diagnostics(&bundle.diagnostics);
            let errors = bundle.diagnostics.iter().filter(|d| d.severity == ivaudit::diag::Severity::Error).count();
            let warnings = bundle.diagnostics.len() - errors;
            eprintln!(
                "ivaudit: checked {}: {} evidence items, {} unlinked, {} unlisted; {errors} error(s), {warnings} warning(s)",
                shown(&c.bundle),
                bundle.evidence.len(),
                bundle.unlinked.len(),
                bundle.unlisted.len(),
            );
            Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Standards { id } => {
            let catalog = load_catalog(cli.standards.as_ref())?;
            let text = match id {
                None => describe::list(&catalog),
                Some(id) => match catalog.standard(&id) {
                    Some(s) => describe::show(s),
                    None => {
                        return Err(format!(
                            "no standard `{id}` in the catalog; `ivaudit standards` lists them (S01 to S14)"
                        ));
                    }
                },
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
            eprintln!(
                "then run `ivaudit check {0}` and `ivaudit audit {0} --format html --out report.html`.",
                shown(&dir)
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn refuse_out_inside(d: &args::DocArgs) -> Result<(), String> {
    match &d.out {
        Some(out) => refuse_inside_bundle(out, &d.bundle),
        None => Ok(()),
    }
}

/// Writes a document to `--out` or standard output.
fn write_document(
    d: &args::DocArgs,
    stem: &str,
    title: &str,
    internal: bool,
    context: &impl serde::Serialize,
) -> Result<(), String> {
    let (format, templates) = (d.format.into(), d.templates());
    write_output(d.out.as_deref(), |w| report::render_document(stem, title, internal, context, format, &templates, w))?;
    if let Some(path) = &d.out {
        eprintln!("ivaudit: wrote {}", shown(path));
    }
    Ok(())
}

/// Runs `render` into `out`, or standard output without one. A file that
/// could not be written whole is removed, never left half-written; a reader
/// closing standard output early (`ivaudit audit x | head`) is not an error.
fn write_output(
    out: Option<&Path>,
    render: impl FnOnce(&mut dyn Write) -> Result<(), report::RenderError>,
) -> Result<(), String> {
    match out {
        Some(path) => {
            let cannot = |e: &dyn std::fmt::Display| format!("cannot write {}: {e}", path.display());
            let file = std::fs::File::create(path).map_err(|e| cannot(&e))?;
            let mut writer = std::io::BufWriter::new(file);
            render(&mut writer)
                .map_err(|e| e.to_string())
                .and_then(|()| writer.flush().map_err(|e| cannot(&e)))
                .inspect_err(|_| {
                    let _ = std::fs::remove_file(path);
                })
        }
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            match render(&mut stdout).and_then(|()| stdout.flush().map_err(report::RenderError::Io)) {
                Err(e) if !e.is_broken_pipe() => Err(e.to_string()),
                _ => Ok(()),
            }
        }
    }
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
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write the report: {e}")),
        _ => Ok(()),
    }
}

/// The bundle is evidence: a report must never be written into it.
fn refuse_inside_bundle(out: &Path, bundle: &Path) -> Result<(), String> {
    let Ok(bundle) = bundle.canonicalize() else { return Ok(()) };
    let absolute = if out.is_absolute() {
        out.to_path_buf()
    } else {
        std::env::current_dir().map_err(|e| e.to_string())?.join(out)
    };
    let parent = absolute.parent().unwrap_or(Path::new("/"));
    let parent = parent.canonicalize().map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    if parent.starts_with(&bundle) {
        return Err(format!(
            "refusing to write {} inside the evidence bundle; write the report somewhere else",
            out.display()
        ));
    }
    Ok(())
}

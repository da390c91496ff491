//! The evidence bundle: a folder of Markdown evidence with front matter, an
//! `evidence.yaml` manifest for other files, and `bundle.yaml` saying whose
//! bundle it is.
//!
//! Loading never stops at a bad file. Each problem becomes a diagnostic and
//! the file it concerns counts for nothing, while every other file is still
//! read. The bundle is only ever read: nothing is written inside it, symbolic
//! links are not followed, and no manifest path may leave it.

pub mod describe;
pub mod document;
pub mod evidence;
pub mod frontmatter;
pub mod manifest;
pub mod meta;
pub mod readiness;
pub mod registers;
pub mod yaml;

use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::diag::{self, Code, Diagnostic};
use crate::limits::{self, LimitError, ReadError, YamlBounds};
use crate::text::escape_control;
pub use evidence::{Evidence, EvidenceKind, Origin};
pub use meta::{BundleMeta, Period};

/// A file the audit lists but does not assess.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileRef {
    pub path: String,
    pub digest: String,
}

/// Everything read from a bundle.
#[derive(Debug, Clone, Serialize)]
pub struct Bundle {
    pub meta: BundleMeta,
    /// Usable evidence, sorted by path.
    pub evidence: Vec<Evidence>,
    /// Markdown files without front matter.
    pub unlinked: Vec<FileRef>,
    /// Other files that no manifest entry describes.
    pub unlisted: Vec<FileRef>,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The registers under `registers/`.
    #[serde(skip)]
    pub registers: registers::Registers,
}

/// Why a bundle could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("no evidence bundle at {}", shown(.0))]
    NotFound(PathBuf),
    #[error("{} is not a folder; an evidence bundle is a folder", shown(.0))]
    NotAFolder(PathBuf),
    #[error("cannot read the evidence bundle at {}: {}", shown(.0), .1)]
    Io(PathBuf, std::io::Error),
}

/// A path given on the command line, as it may be printed.
fn shown(path: &Path) -> String {
    escape_control(&path.display().to_string()).into_owned()
}

/// A regular file found by walking the bundle.
struct Found {
    /// Its display path (see [`relative`]): the key everything else uses.
    rel: String,
    /// Its real path, the only one ever opened.
    abs: PathBuf,
}

impl Bundle {
    /// Reads the bundle at `root`, checking its evidence against `catalog`.
    pub fn load(root: &Path, catalog: &Catalog) -> Result<Bundle, BundleError> {
        match std::fs::metadata(root) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(BundleError::NotFound(root.to_path_buf()));
            }
            Err(e) => return Err(BundleError::Io(root.to_path_buf(), e)),
            Ok(m) if !m.is_dir() => return Err(BundleError::NotAFolder(root.to_path_buf())),
            Ok(_) => {}
        }
        let mut diagnostics = Vec::new();
        let files = walk(root, &mut diagnostics)?;

        // Each root file is read within its bounds and checked before it
        // is parsed; what cannot be read is reported here, with what
        // follows from it.
        let read_root_text = |name: &str, bounds: YamlBounds, consequence: &str, diagnostics: &mut Vec<Diagnostic>| {
            let Some(found) = files.get(name) else { return RootText::Missing };
            match read_yaml(found, bounds) {
                Ok(text) => RootText::Read(text),
                Err(d) => {
                    diagnostics.push(followed_by(d, consequence));
                    RootText::Refused
                }
            }
        };
        let meta = match read_root_text(
            meta::FILE,
            limits::BUNDLE_YAML,
            "the bundle is assessed as if the role were `both`",
            &mut diagnostics,
        ) {
            RootText::Read(text) => meta::read(Some(&text), &mut diagnostics),
            RootText::Missing => meta::read(None, &mut diagnostics),
            // The refusal is reported; only the stand-in is wanted, not a
            // second diagnostic saying the file is missing.
            RootText::Refused => meta::read(None, &mut Vec::new()),
        };
        let entries = match read_root_text(
            manifest::FILE,
            limits::MANIFEST,
            "no file listed in it is counted as evidence",
            &mut diagnostics,
        ) {
            RootText::Read(text) => manifest::read(&text, &mut diagnostics),
            RootText::Missing | RootText::Refused => Vec::new(),
        };

        let listed = resolve_manifest(entries, &files, root, &mut diagnostics);
        // Read, hash and check every other file in parallel, while this
        // thread reads the registers; results are sorted afterwards so the
        // order never depends on scheduling.
        let work: Vec<&Found> =
            files.values().filter(|f| f.rel != meta::FILE && f.rel != manifest::FILE && !is_register(&f.rel)).collect();
        let read_documents = || -> Vec<Outcome> {
            work.par_iter()
                .map(|f| {
                    if is_markdown(&f.rel) {
                        read_markdown(f, listed.get(&f.rel), catalog)
                    } else {
                        read_other(f, listed.get(&f.rel), catalog)
                    }
                })
                .collect()
        };
        let (registers, results) = std::thread::scope(|scope| {
            let documents = scope.spawn(read_documents);
            let registers = read_registers(&files, &listed, &mut diagnostics);
            let results = documents.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (registers, results)
        });

        let mut evidence = Vec::new();
        let mut unlinked = Vec::new();
        let mut unlisted = Vec::new();
        for outcome in results {
            diagnostics.extend(outcome.diagnostics);
            match outcome.item {
                Item::Evidence(e) => evidence.push(*e),
                Item::Unlinked(f) => unlinked.push(f),
                Item::Unlisted(f) => unlisted.push(f),
                Item::Nothing => {}
            }
        }
        evidence.sort_by(|a, b| a.path.cmp(&b.path));
        unlinked.sort_by(|a, b| a.path.cmp(&b.path));
        unlisted.sort_by(|a, b| a.path.cmp(&b.path));
        diag::sort(&mut diagnostics);
        Ok(Bundle { meta, evidence, unlinked, unlisted, diagnostics, registers })
    }
}

/// What became of a root YAML file.
enum RootText {
    Read(String),
    Missing,
    /// Present but not read: too large, too deep, an alias, not UTF-8, or
    /// unreadable. A diagnostic says which.
    Refused,
}

/// `d` with what follows from it added to its message.
fn followed_by(d: Diagnostic, consequence: &str) -> Diagnostic {
    let message = format!("{}; {consequence}", d.message);
    Diagnostic { message, ..d }
}

/// The diagnostic for a file that could not be read. A pipe, socket or
/// device is a warning: it is simply not part of the evidence.
fn read_problem(file: &str, e: &ReadError) -> Diagnostic {
    match e {
        ReadError::NotRegular => Diagnostic::warning(e.code(), file, e.to_string()),
        _ => Diagnostic::error(e.code(), file, e.to_string()),
    }
}

/// Reads a root YAML file within `bounds` and checks it before it is
/// parsed.
fn read_yaml(found: &Found, bounds: YamlBounds) -> Result<String, Diagnostic> {
    let file = found.rel.as_str();
    let bytes = limits::read_regular(&found.abs, bounds.max_bytes).map_err(|e| read_problem(file, &e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let line = line_of_byte(e.as_bytes(), e.utf8_error().valid_up_to());
        Diagnostic::error(Code::IV301, file, "is not valid UTF-8 text").at(Some(line), None)
    })?;
    limits::check_yaml(&text, bounds).map_err(|e| limit_problem(file, &e, "", 0))?;
    Ok(text)
}

/// The diagnostic for YAML refused by [`limits::check_yaml`]. `subject`
/// starts the message ("front matter "); `line_offset` is added to its line
/// for YAML that starts part-way into a file.
fn limit_problem(file: &str, e: &LimitError, subject: &str, line_offset: usize) -> Diagnostic {
    Diagnostic::error(e.code(), file, format!("{subject}{e}")).at(e.line().map(|l| l + line_offset), None)
}

/// The 1-based line on which byte `at` of `bytes` falls.
fn line_of_byte(bytes: &[u8], at: usize) -> usize {
    bytes[..at].iter().filter(|b| **b == b'\n').count() + 1
}

/// The file name of a path inside `registers/`, if it is there.
fn register_name(rel: &str) -> Option<&str> {
    rel.strip_prefix(registers::FOLDER).and_then(|r| r.strip_prefix('/'))
}

/// Whether a path is one of the registers ivaudit reads as data.
fn is_register(rel: &str) -> bool {
    register_name(rel).is_some_and(registers::is_known)
}

/// Resolves manifest entries to files the walk found, reporting every entry
/// that cannot count: outside the bundle, missing, a register, Markdown, or
/// listed twice.
fn resolve_manifest(
    entries: Vec<manifest::Entry>,
    files: &BTreeMap<String, Found>,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, manifest::Entry> {
    let mut listed: BTreeMap<String, manifest::Entry> = BTreeMap::new();
    for entry in entries {
        let at = entry.line;
        let error = |code, message: String| Diagnostic::error(code, manifest::FILE, message).at(at, None);
        let warning = |code, message: String| Diagnostic::warning(code, manifest::FILE, message).at(at, None);
        let rel = match manifest::normalise_path(&entry.file) {
            Ok(rel) => rel,
            Err(why) => {
                diagnostics.push(error(Code::IV203, format!("{why}; it is not counted as evidence")));
                continue;
            }
        };
        if is_register(&rel) {
            diagnostics.push(warning(
                Code::IV206,
                format!("`{rel}` is a register, read as data for the indicators; this manifest entry is ignored"),
            ));
        } else if !files.contains_key(&rel) || rel == meta::FILE || rel == manifest::FILE {
            let why = why_not_a_file(root, &rel);
            diagnostics.push(error(Code::IV202, format!("`{}` {why}; it is not counted as evidence", entry.file)));
        } else {
            match listed.entry(rel) {
                std::collections::btree_map::Entry::Occupied(e) => diagnostics.push(error(
                    Code::IV204,
                    format!("`{}` is listed more than once; only its first entry counts", e.key()),
                )),
                std::collections::btree_map::Entry::Vacant(v) => {
                    v.insert(entry);
                }
            }
        }
    }
    listed
}

/// Why a manifest path names nothing the walk kept as a file, in words a
/// user can act on. Looks at the path without following any link.
fn why_not_a_file(root: &Path, rel: &str) -> String {
    if rel == meta::FILE || rel == manifest::FILE {
        return format!("is {rel}, which describes the bundle and is not evidence");
    }
    // Walk down the path one component at a time, never through a link.
    let mut at = root.to_path_buf();
    let parts: Vec<&str> = rel.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        at.push(part);
        let last = i + 1 == parts.len();
        let Ok(m) = at.symlink_metadata() else { return "does not exist in the bundle".to_string() };
        if part.starts_with('.') {
            return format!("is inside `{part}`, a hidden file or folder, which is never read");
        }
        let ft = m.file_type();
        if ft.is_symlink() {
            return if last {
                "is a symbolic link, which is never followed".to_string()
            } else {
                format!("is inside `{}`, a symbolic link, which is never followed", parts[..=i].join("/"))
            };
        }
        if last {
            return if ft.is_dir() {
                "is a folder; list the files inside it one by one".to_string()
            } else if ft.is_file() {
                "could not be read".to_string()
            } else {
                "is not an ordinary file (a named pipe, device or socket), so it cannot be evidence".to_string()
            };
        }
        if !ft.is_dir() {
            return format!("does not exist: `{}` is a file, not a folder", parts[..=i].join("/"));
        }
    }
    "does not exist in the bundle".to_string()
}

/// Reads the registers under `registers/`, warning about any other file
/// there that no manifest entry describes.
fn read_registers(
    files: &BTreeMap<String, Found>,
    listed: &BTreeMap<String, manifest::Entry>,
    diagnostics: &mut Vec<Diagnostic>,
) -> registers::Registers {
    let mut register_files = BTreeMap::new();
    for (rel, found) in files {
        let Some(name) = register_name(rel).filter(|n| registers::is_known(n)) else { continue };
        {
            let max = if name.ends_with(".yaml") { limits::POPULATION.max_bytes } else { limits::REGISTER_BYTES };
            match limits::read_regular(&found.abs, max) {
                Ok(bytes) => {
                    let digest = sha256_hex(&bytes);
                    register_files.insert(name, (bytes, digest));
                }
                Err(e) => diagnostics.push(followed_by(read_problem(rel, &e), "the register is not used")),
            }
        }
    }
    for rel in files.keys() {
        if register_name(rel).is_some() && !is_register(rel) && !listed.contains_key(rel) {
            diagnostics.push(Diagnostic::warning(
                Code::IV409,
                rel,
                format!("is not a register ivaudit knows ({}), so it is not read", registers::KNOWN.join(", ")),
            ));
        }
    }
    registers::read(&register_files, diagnostics)
}

fn is_markdown(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Walks the bundle without following links, skipping hidden files and
/// folders (`.git`, `.DS_Store`). Keys are bundle-relative `/` paths.
fn walk(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Result<BTreeMap<String, Found>, BundleError> {
    let mut files = BTreeMap::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                if e.depth() == 0 {
                    return Err(BundleError::Io(root.to_path_buf(), e.into()));
                }
                let rel = e.path().map(|p| relative(root, p)).unwrap_or_default();
                diagnostics.push(Diagnostic::error(Code::IV301, rel, format!("cannot be read: {e}")));
                continue;
            }
        };
        let rel = relative(root, entry.path());
        // The root may itself be reached through a link: that is the user's choice.
        if entry.depth() > 0 && entry.path_is_symlink() {
            diagnostics.push(Diagnostic::warning(
                Code::IV302,
                rel,
                "is a symbolic link; links are never followed, so it is not assessed",
            ));
            continue;
        }
        let kind = entry.file_type();
        if kind.is_file() {
            files.insert(rel.clone(), Found { rel, abs: entry.path().to_path_buf() });
        } else if !kind.is_dir() {
            // A pipe, socket or device: opening a pipe would wait for ever
            // for a writer, and a device is no evidence.
            diagnostics.push(read_problem(&rel, &ReadError::NotRegular));
        }
    }
    Ok(files)
}

/// The display path of a file in the bundle: its components joined by `/`,
/// readable, and different for every different path, so that two files can
/// never share a key and one silently vanish. Bytes that are not UTF-8 are
/// shown as `\xFF`, control characters as `\n` or `\u{1b}`, and a backslash
/// as `\\`; since a real backslash is always doubled, no name can be
/// mistaken for the escaped form of another. Files are only ever opened by
/// their real path, never by this one.
fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| display_name(c.as_os_str())).collect::<Vec<_>>().join("/")
}

/// One path component as [`relative`] shows it.
fn display_name(name: &OsStr) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        for ch in chunk.valid().chars() {
            if ch == '\\' {
                out.push_str("\\\\");
            } else if crate::text::is_control(ch) {
                crate::text::push_visible_control(&mut out, ch);
            } else {
                out.push(ch);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02X}");
        }
    }
    out
}

enum Item {
    Evidence(Box<Evidence>),
    Unlinked(FileRef),
    Unlisted(FileRef),
    Nothing,
}

struct Outcome {
    item: Item,
    diagnostics: Vec<Diagnostic>,
}

impl Outcome {
    fn unreadable(f: &Found, e: &ReadError) -> Outcome {
        Outcome { item: Item::Nothing, diagnostics: vec![read_problem(&f.rel, e)] }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A Markdown file: described by its own front matter, or, without front
/// matter, by its `evidence.yaml` entry when it has one (its text then read
/// as any listed document's is). A file with both keeps its front matter and
/// the entry is ignored, with a warning (IV205).
fn read_markdown(f: &Found, entry: Option<&manifest::Entry>, catalog: &Catalog) -> Outcome {
    let bytes = match limits::read_regular(&f.abs, limits::MARKDOWN_BYTES) {
        Ok(b) => b,
        Err(ReadError::TooLarge(e)) => return too_large_markdown(f, &e),
        Err(e) => return Outcome::unreadable(f, &e),
    };
    let digest = sha256_hex(&bytes);
    let mut diagnostics = Vec::new();
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = line_of_byte(&bytes, e.valid_up_to());
            diagnostics.push(
                Diagnostic::error(Code::IV301, &f.rel, "is not valid UTF-8 text; it is not counted as evidence")
                    .at(Some(line), None),
            );
            return Outcome { item: Item::Nothing, diagnostics };
        }
    };
    let split = frontmatter::split(text);
    if let Some(entry) = entry {
        if matches!(split, frontmatter::Split::None) {
            return read_document(f, entry, document::Format::Markdown, catalog);
        }
        diagnostics.push(
            Diagnostic::warning(
                Code::IV205,
                manifest::FILE,
                format!(
                    "`{}` is Markdown with its own front matter, which describes it; this manifest entry is ignored",
                    f.rel
                ),
            )
            .at(entry.line, None),
        );
    }
    let (yaml, yaml_line, body) = match split {
        frontmatter::Split::None => {
            return Outcome { item: Item::Unlinked(FileRef { path: f.rel.clone(), digest }), diagnostics };
        }
        frontmatter::Split::Unclosed => {
            diagnostics.push(
                Diagnostic::error(
                    Code::IV102,
                    &f.rel,
                    "front matter opened with `---` on line 1 is never closed by a `---` line; this file is not counted as evidence",
                )
                .at(Some(1), None),
            );
            return Outcome { item: Item::Nothing, diagnostics };
        }
        frontmatter::Split::Found { yaml, yaml_line, body } => (yaml, yaml_line, body),
    };
    if let Err(e) = limits::check_yaml(yaml, limits::FRONT_MATTER) {
        let d = limit_problem(&f.rel, &e, "front matter ", yaml_line - 1);
        // Too large has no line of its own: point at the opening `---`.
        let line = d.line.or(Some(1));
        diagnostics.push(followed_by(d, "this file is not counted as evidence").at(line, None));
        return Outcome { item: Item::Nothing, diagnostics };
    }
    let raw: evidence::RawMeta = match serde_yaml::from_str(yaml) {
        Ok(raw) => raw,
        Err(e) => {
            let yaml::Problem { message, line, column } = yaml::explain(&e, yaml, yaml_line - 1);
            let line = line.or(Some(yaml_line));
            diagnostics.push(
                Diagnostic::error(
                    Code::IV101,
                    &f.rel,
                    format!("front matter: {message}; this file is not counted as evidence"),
                )
                .at(line, column),
            );
            return Outcome { item: Item::Nothing, diagnostics };
        }
    };
    let line_of = |key: &str| frontmatter::key_line(yaml, key).map(|l| l + yaml_line - 1);
    if raw.file.is_some() {
        diagnostics.push(
            Diagnostic::error(
                Code::IV101,
                &f.rel,
                "front matter: unknown field `file` (a Markdown file describes itself; `file` belongs in evidence.yaml); this file is not counted as evidence",
            )
            .at(line_of("file"), None),
        );
        return Outcome { item: Item::Nothing, diagnostics };
    }
    let place = evidence::Place { file: &f.rel, line_of: &line_of };
    let Some(valid) = evidence::validate(raw, catalog, &place, &mut diagnostics) else {
        return Outcome { item: Item::Nothing, diagnostics };
    };
    // The body's first line in the file, so passages are cited at the
    // line an editor shows.
    let body_offset = body.as_ptr() as usize - text.as_ptr() as usize;
    let body_line = text[..body_offset].matches('\n').count() + 1;
    let title_line = line_of("title").unwrap_or(1);
    let passages = crate::judge::passage::markdown(body, body_line, Some((&valid.title, title_line)));
    let (found, near) = judge_text(catalog, &valid, passages);
    check_declared(catalog, &f.rel, &valid, &found, &near, line_of("shows"), &mut diagnostics);
    let starter = body.contains(evidence::STARTER_NOTE);
    let e = valid.into_evidence(f.rel.clone(), Origin::Markdown, found, near, starter, digest);
    Outcome { item: Item::Evidence(Box::new(e)), diagnostics }
}

/// Judges a document's passages on every criterion of the requirements it
/// links to, and (for a specification) on the clauses a specification must
/// contain.
fn judge_text(
    catalog: &Catalog,
    valid: &evidence::ValidMeta,
    passages: crate::judge::Passages,
) -> (Vec<evidence::TextFinding>, Vec<evidence::NearMiss>) {
    use crate::judge::Verdict;
    let mut found = Vec::new();
    let mut near = Vec::new();
    let criteria = catalog.criteria_for(&valid.links);
    let clauses = catalog.clauses.iter().filter(|_| valid.kind == EvidenceKind::Specification);
    let rules: Vec<(usize, &crate::judge::Rule)> =
        criteria.iter().map(|c| (c.index, &c.rule)).chain(clauses.map(|c| (c.index, &c.rule))).collect();
    if rules.is_empty() {
        return (found, near);
    }
    let reader = crate::judge::Reader::new(passages, valid.issued);
    for (index, rule) in rules {
        match reader.judge(rule, valid.kind) {
            Verdict::Shown(quote) => found.push(evidence::TextFinding { index, quote }),
            Verdict::Near(quote, reason) => near.push(evidence::NearMiss { index, quote, reason }),
            Verdict::Absent => {}
        }
    }
    found.sort_by_key(|f| f.index);
    near.sort_by_key(|n| n.index);
    (found, near)
}

/// Warns about criteria a document declares under `shows` that its own
/// text does not show: the author's word stands where the text is silent,
/// but not where the text says otherwise.
fn check_declared(
    catalog: &Catalog,
    file: &str,
    valid: &evidence::ValidMeta,
    found: &[evidence::TextFinding],
    near: &[evidence::NearMiss],
    line: Option<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for &index in &valid.declared {
        if found.binary_search_by_key(&index, |f| f.index).is_ok() {
            continue;
        }
        let Some(c) = catalog.criteria().find(|c| c.index == index) else { continue };
        let message = match near.binary_search_by_key(&index, |n| n.index).ok().map(|i| &near[i]) {
            Some(n) if n.reason != crate::judge::Reason::Incomplete => format!(
                "`shows` declares `{}`, but {} of this document mentions it {}; the declaration is not counted",
                c.id,
                n.quote.location,
                n.reason.says()
            ),
            _ => format!(
                "`shows` declares `{}`, but the text of this document does not show that {}; it counts only as declared",
                c.id, c.shows
            ),
        };
        diagnostics.push(Diagnostic::warning(Code::IV112, file, message).at(line, None));
    }
}

/// A Markdown file too large to read is still hashed, streamed, and listed,
/// but counts for nothing.
fn too_large_markdown(f: &Found, e: &LimitError) -> Outcome {
    let digest = match hash_file(&f.abs) {
        Ok(d) => d,
        Err(e) => return Outcome::unreadable(f, &e),
    };
    let message = format!(
        "{e} from a Markdown file; it is listed with its digest, but its text and front matter are not read, so it is not counted as evidence"
    );
    Outcome {
        item: Item::Unlinked(FileRef { path: f.rel.clone(), digest }),
        diagnostics: vec![Diagnostic::error(e.code(), &f.rel, message)],
    }
}

fn read_other(f: &Found, entry: Option<&manifest::Entry>, catalog: &Catalog) -> Outcome {
    if let (Some(entry), Some(format)) = (entry, document::Format::of(&f.rel)) {
        return read_document(f, entry, format, catalog);
    }
    let digest = match hash_file(&f.abs) {
        Ok(d) => d,
        Err(e) => return Outcome::unreadable(f, &e),
    };
    let Some(entry) = entry else {
        return Outcome { item: Item::Unlisted(FileRef { path: f.rel.clone(), digest }), diagnostics: Vec::new() };
    };
    let mut diagnostics = Vec::new();
    let line = entry.line;
    let line_of = move |_: &str| line;
    let place = evidence::Place { file: manifest::FILE, line_of: &line_of };
    // Manifest metadata is validated here, where its file is known to exist.
    let raw = entry.meta.clone();
    match evidence::validate(raw, catalog, &place, &mut diagnostics) {
        Some(valid) => {
            let e = valid.into_evidence(f.rel.clone(), Origin::Manifest, Vec::new(), Vec::new(), false, digest);
            Outcome { item: Item::Evidence(Box::new(e)), diagnostics }
        }
        None => Outcome { item: Item::Nothing, diagnostics },
    }
}

/// A `.docx`, `.odt` or `.txt` file listed in `evidence.yaml`: its entry is
/// validated as for any listed file, and its text read and judged as
/// Markdown's is. When the text cannot be read (too large, damaged, a zip
/// bomb) a diagnostic says why and the file counts only for what its entry
/// declares under `shows:`.
fn read_document(f: &Found, entry: &manifest::Entry, format: document::Format, catalog: &Catalog) -> Outcome {
    let mut diagnostics = Vec::new();
    let (bytes, digest) = match limits::read_regular(&f.abs, format.max_bytes(&limits::DOCUMENT)) {
        Ok(bytes) => {
            let digest = sha256_hex(&bytes);
            (Some(bytes), digest)
        }
        Err(ReadError::TooLarge(e)) => match hash_file(&f.abs) {
            Ok(digest) => {
                diagnostics.push(Diagnostic::error(e.code(), &f.rel, format!("{e}; {}", document::DECLARED_ONLY)));
                (None, digest)
            }
            Err(e) => return Outcome::unreadable(f, &e),
        },
        Err(e) => return Outcome::unreadable(f, &e),
    };
    let line = entry.line;
    let line_of = move |_: &str| line;
    let place = evidence::Place { file: manifest::FILE, line_of: &line_of };
    let Some(valid) = evidence::validate(entry.meta.clone(), catalog, &place, &mut diagnostics) else {
        return Outcome { item: Item::Nothing, diagnostics };
    };
    let read = bytes.map(|b| document::passages(&f.rel, &b, format, &limits::DOCUMENT));
    let (origin, found, near) = match read {
        Some(Ok(passages)) => {
            let (found, near) = judge_text(catalog, &valid, passages);
            check_declared(catalog, &f.rel, &valid, &found, &near, None, &mut diagnostics);
            (Origin::Document, found, near)
        }
        Some(Err(d)) => {
            diagnostics.push(d);
            (Origin::Manifest, Vec::new(), Vec::new())
        }
        None => (Origin::Manifest, Vec::new(), Vec::new()),
    };
    let e = valid.into_evidence(f.rel.clone(), origin, found, near, false, digest);
    Outcome { item: Item::Evidence(Box::new(e)), diagnostics }
}

/// The SHA-256 digest of a file of any size, streamed in blocks.
fn hash_file(path: &Path) -> Result<String, ReadError> {
    let mut hasher = Sha256::new();
    limits::stream_regular(path, |block| hasher.update(block))?;
    Ok(hex::encode(hasher.finalize()))
}

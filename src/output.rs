//! Writing a report to a file (`--out FILE`) without ever damaging anything.
//!
//! [`check`] looks at the target before anything is rendered, and
//! [`Destination::write`] writes it:
//!
//! - The report is rendered into a new temporary file in the target's own
//!   folder, flushed and synced, then renamed over the target in one step. A
//!   reader, or a second ivaudit writing the same file, sees the old report
//!   or the new one, never part of one. On any failure only the temporary
//!   file is removed: the target is never truncated or deleted.
//! - The evidence bundle is never written: a target inside it, reached by
//!   its path, through symbolic links, or as a hard link to one of its
//!   files, is refused.
//! - Only a regular file is replaced. A folder, a device such as `/dev/full`,
//!   a named pipe or a socket is refused, and left as it is.
//! - A symbolic link is followed to its final target, which is checked like
//!   any other path and replaced; the link itself is never touched, so it
//!   points at the new report.
//! - A file ivaudit may not write (read-only, someone else's) is refused as
//!   it would be by any program opening it, although a rename could replace it.
//! - A replaced file keeps its permission bits (less set-user-ID, set-group-ID
//!   and sticky) and, where the system allows it, its owner and group. A new
//!   file gets 0666 less the umask, like any file a program creates.
//! - Every error names the file and says why in plain words ([`plain_cause`]).
//!
//! A process killed outright (SIGKILL, power loss) while rendering can leave
//! its temporary file, `.ivaudit-XXXXXX.tmp`, beside the target; the target
//! itself is still whole.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::report::{Format, RenderError};

/// How many symbolic links are followed before a chain counts as a loop
/// (Linux's own limit).
const MAX_LINKS: usize = 40;

/// A checked `--out`: the file to replace, known to be outside the bundle
/// and to be a regular file or absent.
#[derive(Debug, Clone)]
pub struct Destination {
    /// `--out` as given, for messages.
    out: PathBuf,
    /// Where `--out` leads, when it is a symbolic link, for messages.
    link_to: Option<PathBuf>,
    /// The bundle as given, to check again just before replacing.
    bundle: PathBuf,
    /// What is replaced: the final target of any links, in a canonical folder.
    file: PathBuf,
    /// The file there now, if any.
    existing: Option<fs::Metadata>,
}

/// Why a report could not be written to its file. Its `Display` is the
/// whole message for the user: the file, and the cause in plain words.
#[derive(Debug)]
pub struct OutputError {
    out: PathBuf,
    /// Where `out` leads, when it is a symbolic link.
    link_to: Option<PathBuf>,
    existed: bool,
    problem: Problem,
}

/// What went wrong, for callers and tests that need more than the message.
#[derive(Debug)]
#[non_exhaustive]
pub enum Problem {
    /// `--out` was an empty string.
    NoName,
    /// `--out` ends in `/`, naming a folder.
    NamesFolder,
    /// The target is inside the bundle; `link_to` is where a symbolic link
    /// led, when it was a link that led there.
    InBundle { bundle: PathBuf, link_to: Option<PathBuf> },
    /// The target is the bundle folder itself.
    IsBundle { bundle: PathBuf },
    /// The target is a hard link to this file of the bundle.
    HardLink { evidence: PathBuf },
    /// The target exists and is not a regular file.
    NotAFile(Kind),
    /// The folder the file would go in does not exist.
    NoFolder(PathBuf),
    /// The "folder" the file would go in is something else.
    ParentNotAFolder(PathBuf),
    /// Too many symbolic links, or a loop of them.
    LinkLoop,
    /// The target became something else while the report was rendered.
    Changed,
    /// A system call failed.
    Io { stage: Stage, cause: io::Error },
    /// The report itself could not be rendered (a template error).
    Render(RenderError),
}

/// What an existing target is, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Device,
    Fifo,
    Socket,
    Other,
}

/// Which step of writing failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Looking at the target and its folders.
    Inspect,
    /// Checking that the existing file may be written.
    Open,
    /// Creating the temporary file in the target's folder.
    Create,
    /// Writing, flushing or syncing the temporary file.
    Write,
    /// Renaming the temporary file over the target.
    Replace,
}

impl OutputError {
    /// What went wrong.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }

    /// Whether the output was refused before anything was written (as
    /// opposed to a failure while writing).
    pub fn is_refusal(&self) -> bool {
        !matches!(self.problem, Problem::Io { .. } | Problem::Render(_))
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let out = match &self.link_to {
            Some(target) => format!("{} (a symbolic link to {})", self.out.display(), target.display()),
            None => self.out.display().to_string(),
        };
        let elsewhere = "write the report somewhere else";
        let name_a_file = "give a file name such as report.html (or leave out --out to print the report)";
        match &self.problem {
            Problem::NoName => write!(f, "--out needs a file name, such as report.html"),
            Problem::NamesFolder => {
                write!(
                    f,
                    "cannot write the report to {out}: it names a folder; give a file name such as {out}report.html"
                )
            }
            Problem::InBundle { bundle, link_to: None } => write!(
                f,
                "refusing to write {out} inside the evidence bundle {}: the bundle is evidence and is never written; {elsewhere}",
                bundle.display()
            ),
            Problem::InBundle { bundle, link_to: Some(target) } => write!(
                f,
                "refusing to write {out}: it is a symbolic link to {}, inside the evidence bundle {}; {elsewhere}",
                target.display(),
                bundle.display()
            ),
            Problem::IsBundle { bundle } => write!(
                f,
                "refusing to write the report to {out}: it is the evidence bundle {} itself; give a file name outside it, such as report.html",
                bundle.display()
            ),
            Problem::HardLink { evidence } => write!(
                f,
                "refusing to write {out}: it is the same file as {} in the evidence bundle (a hard link); {elsewhere}",
                evidence.display()
            ),
            Problem::NotAFile(Kind::Folder) => write!(
                f,
                "cannot write the report to {out}: it is a folder, not a file; give a file name such as {} (or leave out --out to print the report)",
                self.out.join("report.html").display()
            ),
            Problem::NotAFile(kind) => {
                let what = match kind {
                    Kind::Device => "a device",
                    Kind::Fifo => "a named pipe (FIFO)",
                    Kind::Socket => "a socket",
                    Kind::Folder | Kind::Other => "a special file",
                };
                write!(f, "cannot write the report to {out}: it is {what}, not a file; {name_a_file}")
            }
            Problem::NoFolder(dir) => write!(f, "cannot write {out}: there is no folder {}", dir.display()),
            Problem::ParentNotAFolder(dir) => write!(f, "cannot write {out}: {} is not a folder", dir.display()),
            Problem::LinkLoop => {
                write!(
                    f,
                    "cannot write {out}: it is a symbolic link that leads round in a loop (or through more than {MAX_LINKS} links)"
                )
            }
            Problem::Changed => write!(
                f,
                "cannot write {out}: it was changed by something else while the report was being written, so nothing was replaced; run the command again"
            ),
            Problem::Io { stage, cause } => {
                write!(f, "cannot write {out}: {}", plain_cause(cause))?;
                match stage {
                    Stage::Create if cause.kind() == io::ErrorKind::PermissionDenied => write!(
                        f,
                        " (ivaudit writes the report to a new file in the same folder and renames it into place, and that folder does not let you create files)"
                    )?,
                    _ => {}
                }
                self.say_unchanged(f, stage)
            }
            Problem::Render(e) => {
                write!(f, "{e}")?;
                self.say_unchanged(f, &Stage::Write)
            }
        }
    }
}

impl OutputError {
    /// Reassures that a failure while writing left the target as it was.
    fn say_unchanged(&self, f: &mut fmt::Formatter<'_>, stage: &Stage) -> fmt::Result {
        match stage {
            Stage::Inspect | Stage::Open => Ok(()),
            _ if self.existed => write!(f, "; the existing {} is unchanged", self.out.display()),
            _ => write!(f, "; nothing was written to {}", self.out.display()),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            Problem::Io { cause, .. } => Some(cause),
            Problem::Render(e) => Some(e),
            _ => None,
        }
    }
}

/// Checks `out` as a place to write a report read from `bundle`, before
/// anything is rendered: see the [module documentation](self) for what is
/// refused. A bundle that does not exist (yet) is not checked against; the
/// caller reports it when it reads it.
pub fn check(out: &Path, bundle: &Path) -> Result<Destination, OutputError> {
    let fail = |problem| OutputError { out: out.to_path_buf(), link_to: None, existed: false, problem };
    if out.as_os_str().is_empty() {
        return Err(fail(Problem::NoName));
    }
    if out.to_string_lossy().ends_with(std::path::is_separator) {
        return Err(fail(Problem::NamesFolder));
    }
    let canonical_bundle = bundle.canonicalize().ok();
    let inside_bundle = |at: &Path| canonical_bundle.as_ref().is_some_and(|b| at.starts_with(b));
    let refuse_link = |hops: usize, at: &Path| Problem::InBundle {
        bundle: bundle.to_path_buf(),
        link_to: (hops > 0).then(|| at.to_path_buf()),
    };
    // Inside the bundle by its very name, even where folders are missing.
    if let Ok(cwd) = std::env::current_dir()
        && canonical_bundle.is_some()
        && cwd.join(out).starts_with(cwd.join(bundle))
        && cwd.join(out) != cwd.join(bundle)
    {
        return Err(fail(refuse_link(0, out)));
    }
    // Follow symbolic links one at a time, so that every step is checked.
    let mut path = out.to_path_buf();
    let mut hops = 0;
    let existing = loop {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let at = locate(&path).map_err(fail)?;
                if inside_bundle(&at) {
                    return Err(fail(refuse_link(hops, &at)));
                }
                hops += 1;
                if hops > MAX_LINKS {
                    return Err(fail(Problem::LinkLoop));
                }
                let target = fs::read_link(&path).map_err(|e| fail(inspect(e)))?;
                // A relative target is relative to the link's own folder.
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            Ok(meta) => break Some(meta),
            Err(e) if e.kind() == io::ErrorKind::NotFound => break None,
            // A file where a folder should be: let `locate` name it.
            Err(e) if e.kind() == io::ErrorKind::NotADirectory => break None,
            Err(e) => return Err(fail(inspect(e))),
        }
    };
    // From here on, a message about a link also says where it leads.
    let link_to = (hops > 0).then(|| path.clone());
    let fail = |problem| OutputError { link_to: link_to.clone(), ..fail(problem) };
    let file = match &existing {
        Some(_) => fs::canonicalize(&path).map_err(|e| fail(inspect(e)))?,
        None => locate(&path).map_err(fail)?,
    };
    if let Some(b) = &canonical_bundle {
        if file == *b {
            return Err(fail(Problem::IsBundle { bundle: bundle.to_path_buf() }));
        }
        if file.starts_with(b) {
            return Err(OutputError { link_to: None, ..fail(refuse_link(hops, &file)) });
        }
        if let Some(meta) = existing.as_ref().filter(|m| m.is_file() && has_other_names(m))
            && let Some(rel) = same_file_in(b, meta)
        {
            return Err(fail(Problem::HardLink { evidence: bundle.join(rel) }));
        }
    }
    if let Some(meta) = &existing
        && let Some(kind) = not_a_file(meta)
    {
        return Err(fail(Problem::NotAFile(kind)));
    }
    Ok(Destination { out: out.to_path_buf(), link_to, bundle: bundle.to_path_buf(), file, existing })
}

/// Checks `out` ([`check`]) and writes what `render` writes into it
/// ([`Destination::write`]). For a report already rendered into memory:
/// `write_file(out, bundle, |w| w.write_all(&bytes).map_err(RenderError::Io))`.
pub fn write_file(
    out: &Path,
    bundle: &Path,
    render: impl FnOnce(&mut dyn Write) -> Result<(), RenderError>,
) -> Result<(), OutputError> {
    check(out, bundle)?.write(render)
}

impl Destination {
    /// The file that will be replaced: the final target of any symbolic
    /// links, in a canonical folder.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// Renders into a temporary file beside the target and renames it into
    /// place. On any failure the target is left exactly as it was and the
    /// temporary file is removed.
    pub fn write(&self, render: impl FnOnce(&mut dyn Write) -> Result<(), RenderError>) -> Result<(), OutputError> {
        let fail = |problem| OutputError {
            out: self.out.clone(),
            link_to: self.link_to.clone(),
            existed: self.existing.is_some(),
            problem,
        };
        let io = |stage: Stage| move |cause| fail(Problem::Io { stage, cause });
        if fs::symlink_metadata(&self.file).is_ok_and(|m| m.is_file()) {
            // Renaming would replace a file this user may not write; any
            // other program would be refused, so ivaudit is too. Opening
            // without truncating changes nothing.
            fs::OpenOptions::new().write(true).open(&self.file).map_err(io(Stage::Open))?;
        }
        let dir = self.file.parent().expect("a located file is in a folder");
        let mut builder = tempfile::Builder::new();
        builder.prefix(".ivaudit-").suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o666));
        }
        let temp = builder.tempfile_in(dir).map_err(io(Stage::Create))?;
        let mut writer = io::BufWriter::new(temp.as_file());
        let rendered = match render(&mut writer) {
            Ok(()) => writer.flush().map_err(|cause| Problem::Io { stage: Stage::Write, cause }),
            Err(RenderError::Io(cause)) => Err(Problem::Io { stage: Stage::Write, cause }),
            Err(e) => Err(Problem::Render(e)),
        };
        // A failed writer is dropped before the file it writes to.
        drop(writer);
        rendered.map_err(fail)?;
        // The target may have changed while the report was rendered (which
        // can take a while): only what passes the checks now is replaced. A
        // file that has appeared meanwhile, such as another ivaudit's report,
        // is a file like any other.
        let again =
            check(&self.out, &self.bundle).map_err(|e| OutputError { existed: self.existing.is_some(), ..e })?;
        if again.file != self.file {
            return Err(fail(Problem::Changed));
        }
        if let Some(meta) = &again.existing {
            keep_owner_and_mode(temp.as_file(), meta).map_err(io(Stage::Write))?;
        }
        temp.as_file().sync_all().map_err(io(Stage::Write))?;
        temp.persist(&self.file).map_err(|e| fail(Problem::Io { stage: Stage::Replace, cause: e.error }))?;
        // Make the rename itself durable; a folder that cannot be synced
        // (some network file systems) does not make the report unwritten.
        if let Ok(folder) = fs::File::open(dir) {
            let _ = folder.sync_all();
        }
        Ok(())
    }
}

/// Where `path`, which is not itself followed if it is a symbolic link,
/// lives: its folder with every link resolved, joined with its name.
fn locate(path: &Path) -> Result<PathBuf, Problem> {
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        // `/`, or a path ending in `..` whose folder is missing.
        return fs::canonicalize(path).map_err(inspect);
    };
    let parent = if parent.as_os_str().is_empty() { Path::new(".") } else { parent };
    match fs::canonicalize(parent) {
        Ok(dir) if dir.is_dir() => Ok(dir.join(name)),
        Ok(_) => Err(Problem::ParentNotAFolder(parent.to_path_buf())),
        Err(e) if matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory) => {
            Err(Problem::NoFolder(parent.to_path_buf()))
        }
        Err(e) => Err(inspect(e)),
    }
}

fn inspect(cause: io::Error) -> Problem {
    Problem::Io { stage: Stage::Inspect, cause }
}

/// What `meta` is, unless it is a regular file.
fn not_a_file(meta: &fs::Metadata) -> Option<Kind> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some(Kind::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_block_device() || t.is_char_device() {
            return Some(Kind::Device);
        }
        if t.is_fifo() {
            return Some(Kind::Fifo);
        }
        if t.is_socket() {
            return Some(Kind::Socket);
        }
    }
    Some(Kind::Other)
}

/// Whether a file has more than one name: only then can it be a hard link
/// to a file of the bundle, which spares walking the bundle every time a
/// report is replaced.
#[cfg(unix)]
fn has_other_names(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn has_other_names(_meta: &fs::Metadata) -> bool {
    true
}

/// The bundle-relative path of a file in `bundle` that is the same file
/// (device and inode) as `meta`: a hard link, or the same file reached
/// through a bind mount. Links inside the bundle are not followed, as the
/// bundle reader never follows them; unreadable folders are skipped (the
/// bundle reader reports them, and a rename never changes a file's
/// content through another of its names anyway).
#[cfg(unix)]
fn same_file_in(bundle: &Path, meta: &fs::Metadata) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    walkdir::WalkDir::new(bundle)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .find(|e| e.metadata().is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino()))
        .map(|e| e.path().strip_prefix(bundle).unwrap_or(e.path()).to_path_buf())
}

#[cfg(not(unix))]
fn same_file_in(_bundle: &Path, _meta: &fs::Metadata) -> Option<PathBuf> {
    None
}

/// Gives the new file the replaced file's permission bits, and its owner
/// and group where the system allows (as root, or a group the user is in).
#[cfg(unix)]
fn keep_owner_and_mode(file: &fs::File, old: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let new = file.metadata()?;
    if (new.uid(), new.gid()) != (old.uid(), old.gid()) {
        // Best effort: an ordinary user cannot give a file away.
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()))
            .or_else(|_| std::os::unix::fs::fchown(file, None, Some(old.gid())));
    }
    file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o777))
}

#[cfg(not(unix))]
fn keep_owner_and_mode(file: &fs::File, old: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(old.permissions())
}

/// An I/O error in plain words: "the disk is full", "permission denied".
/// Used for every file ivaudit writes.
pub fn plain_cause(e: &io::Error) -> String {
    use io::ErrorKind as K;
    let words = match e.kind() {
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "the disk quota is full",
        K::PermissionDenied => "permission denied",
        K::ReadOnlyFilesystem => "the file system is read-only",
        K::NotFound => "there is no such file or folder",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "part of the path is a file, not a folder",
        K::InvalidFilename => "the file name is too long, or not allowed there",
        K::FileTooLarge => "the file is too large for the file system",
        K::AlreadyExists => "it already exists",
        K::DirectoryNotEmpty => "it is a folder that is not empty",
        K::ResourceBusy | K::ExecutableFileBusy => "the file is in use",
        K::CrossesDevices => "it is on another file system",
        K::TooManyLinks => "the file has too many links",
        K::StaleNetworkFileHandle => "the network file system lost track of the file",
        K::OutOfMemory => "there is not enough memory",
        K::BrokenPipe => "the program reading the output stopped",
        _ if e.raw_os_error() == Some(5) => "the disk reported an input/output error",
        _ => return system_words(e),
    };
    words.to_string()
}

/// The system's own message, without "(os error N)" or the path tempfile
/// adds (every message here names its file already), first letter lowered
/// to sit after a colon.
fn system_words(e: &io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let text = text.split(" at path ").next().unwrap_or(text);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "an unknown error".to_string(),
    }
}

/// The format a file name asks for, by its extension (any case): `.html`
/// and `.htm` HTML, `.md` and `.markdown` Markdown, `.json` JSON, `.csv`
/// CSV, `.xlsx` an Excel workbook.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => Some(Format::Html),
        "md" | "markdown" => Some(Format::Markdown),
        "json" => Some(Format::Json),
        "csv" => Some(Format::Csv),
        "xlsx" => Some(Format::Xlsx),
        "docx" => Some(Format::Docx),
        _ => None,
    }
}

/// The format to write: `--format` if given, else the one `--out`'s
/// extension names, else Markdown. A `--format` that contradicts the
/// extension is an error, so that report.html never holds Markdown.
pub fn choose_format(out: Option<&Path>, given: Option<Format>) -> Result<Format, FormatConflict> {
    let named = out.and_then(|o| format_of(o).map(|f| (o, f)));
    match (given, named) {
        (Some(given), Some((out, named))) if given != named => {
            Err(FormatConflict { out: out.to_path_buf(), named, given })
        }
        (Some(given), _) => Ok(given),
        (None, Some((_, named))) => Ok(named),
        (None, None) => Ok(Format::Markdown),
    }
}

/// `--format` says one format and `--out`'s extension another.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "--out {} is {} file name but --format {} was given; leave out --format (the format follows the file name) or write to {}",
    out.display(),
    with_article(*named),
    flag(*given),
    out.with_extension(flag(*given)).display()
)]
pub struct FormatConflict {
    pub out: PathBuf,
    pub named: Format,
    pub given: Format,
}

/// The `--format` value that names `f`.
pub fn flag(f: Format) -> &'static str {
    match f {
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Json => "json",
        Format::Csv => "csv",
        Format::Xlsx => "xlsx",
        Format::Docx => "docx",
    }
}

fn with_article(f: Format) -> &'static str {
    match f {
        Format::Markdown => "a Markdown",
        Format::Html => "an HTML",
        Format::Json => "a JSON",
        Format::Csv => "a CSV",
        Format::Xlsx => "an XLSX",
        Format::Docx => "a Word",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder with a bundle (one evidence file) and room beside it.
    fn setup() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let bundle = dir.path().join("bundle");
        fs::create_dir(&bundle).unwrap();
        fs::write(bundle.join("policy.md"), "evidence\n").unwrap();
        (dir, bundle)
    }

    fn ok(text: &'static str) -> impl FnOnce(&mut dyn Write) -> Result<(), RenderError> {
        move |w| w.write_all(text.as_bytes()).map_err(RenderError::Io)
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn a_report_replaces_the_target_whole() {
        let (dir, bundle) = setup();
        let out = dir.path().join("report.md");
        write_file(&out, &bundle, ok("first\n")).unwrap();
        write_file(&out, &bundle, ok("second\n")).unwrap();
        assert_eq!(fs::read_to_string(&out).unwrap(), "second\n");
        assert_eq!(names(dir.path()), ["bundle", "report.md"], "no temporary file is left");
    }

    #[test]
    fn failed_render_leaves_existing_target_untouched_and_no_temporary_file() {
        let (dir, bundle) = setup();
        let out = dir.path().join("report.md");
        fs::write(&out, "previous report\n").unwrap();
        let err = write_file(&out, &bundle, |w| {
            // Well past any buffer, so the temporary file really was written.
            w.write_all(&vec![b'x'; 100_000]).map_err(RenderError::Io)?;
            Err(RenderError::Template(minijinja::Error::new(minijinja::ErrorKind::UndefinedError, "no_such_field")))
        })
        .unwrap_err();
        assert!(matches!(err.problem(), Problem::Render(_)));
        assert!(err.to_string().ends_with(&format!("; the existing {} is unchanged", out.display())), "{err}");
        assert_eq!(fs::read_to_string(&out).unwrap(), "previous report\n");
        assert_eq!(names(dir.path()), ["bundle", "report.md"]);
    }

    #[test]
    fn a_write_error_names_the_file_and_the_cause() {
        let (dir, bundle) = setup();
        let out = dir.path().join("report.md");
        let err = write_file(&out, &bundle, |_| Err(RenderError::Io(io::Error::from(io::ErrorKind::StorageFull))))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("cannot write {0}: the disk is full; nothing was written to {0}", out.display())
        );
        assert!(!out.exists());
        assert_eq!(names(dir.path()), ["bundle"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn disk_full_is_said_plainly() {
        for (errno, words) in [
            (28, "the disk is full"),                                // ENOSPC
            (122, "the disk quota is full"),                         // EDQUOT
            (13, "permission denied"),                               // EACCES
            (1, "permission denied"),                                // EPERM
            (30, "the file system is read-only"),                    // EROFS
            (2, "there is no such file or folder"),                  // ENOENT
            (21, "it is a folder, not a file"),                      // EISDIR
            (36, "the file name is too long, or not allowed there"), // ENAMETOOLONG
            (27, "the file is too large for the file system"),       // EFBIG
            (5, "the disk reported an input/output error"),          // EIO
            (24, "too many open files"),                             // EMFILE, the system's words
        ] {
            assert_eq!(plain_cause(&io::Error::from_raw_os_error(errno)), words, "errno {errno}");
        }
    }

    /// minijinja and serde_json wrap a writer's error into their own ("I/O
    /// error during rendering"); the renderers hand back the original.
    #[test]
    fn a_writer_error_comes_back_as_itself_not_as_a_template_error() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from(io::ErrorKind::StorageFull))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let templates = tempfile::tempdir().unwrap();
        fs::write(templates.path().join("note.md"), "# {{ title }}\n").unwrap();
        let templates = crate::report::Templates::Dir(templates.path().to_path_buf());
        let context = serde_json::json!({ "title": "A note" });
        for format in [Format::Html, Format::Json, Format::Markdown] {
            let err = crate::report::render_document(
                "note",
                "title-inspection",
                false,
                &context,
                format,
                &templates,
                &crate::locale::Messages::english(),
                &mut Full,
            )
            .unwrap_err();
            match err {
                RenderError::Io(e) => assert_eq!(e.kind(), io::ErrorKind::StorageFull, "{format:?}"),
                other => panic!("{format:?}: {other}"),
            }
        }
    }

    #[test]
    fn the_bundle_and_anything_in_it_are_refused() {
        let (dir, bundle) = setup();
        let cases = [
            bundle.join("report.md"),
            bundle.join("policy.md"),
            bundle.join("sub/../report.md"),
            bundle.join("no/such/folder/report.md"),
            dir.path().join("bundle/../bundle/report.md"),
        ];
        for out in cases {
            let err = check(&out, &bundle).unwrap_err();
            assert!(matches!(err.problem(), Problem::InBundle { .. }), "{}: {err}", out.display());
        }
        for out in [bundle.clone(), dir.path().join("bundle/.")] {
            let err = check(&out, &bundle).unwrap_err();
            assert!(matches!(err.problem(), Problem::IsBundle { .. }), "{}: {err}", out.display());
        }
        assert_eq!(fs::read_to_string(bundle.join("policy.md")).unwrap(), "evidence\n");
    }

    #[cfg(unix)]
    #[test]
    fn links_into_the_bundle_are_refused_at_every_step() {
        use std::os::unix::fs::symlink;
        let (dir, bundle) = setup();
        let d = dir.path();
        symlink(bundle.join("policy.md"), d.join("direct.md")).unwrap();
        symlink("direct.md", d.join("chained.md")).unwrap();
        symlink("bundle/new.md", d.join("dangling.md")).unwrap();
        symlink("bundle", d.join("folder-link")).unwrap();
        for out in ["direct.md", "chained.md", "dangling.md", "folder-link/new.md"] {
            let err = check(&d.join(out), &bundle).unwrap_err();
            assert!(matches!(err.problem(), Problem::InBundle { .. }), "{out}: {err}");
        }
        let err = check(&d.join("folder-link"), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::IsBundle { .. }), "{err}");
        // A link inside the bundle is refused even when it leads out.
        symlink(d.join("outside.md"), bundle.join("out-link.md")).unwrap();
        assert!(matches!(check(&bundle.join("out-link.md"), &bundle).unwrap_err().problem(), Problem::InBundle { .. }));
        fs::hard_link(bundle.join("policy.md"), d.join("hard.md")).unwrap();
        let err = check(&d.join("hard.md"), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::HardLink { .. }), "{err}");
        assert!(err.to_string().contains("policy.md"), "{err}");
        assert_eq!(fs::read_to_string(bundle.join("policy.md")).unwrap(), "evidence\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_is_followed_and_stays_a_link_to_the_new_report() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let (dir, bundle) = setup();
        let reports = dir.path().join("reports");
        fs::create_dir(&reports).unwrap();
        fs::write(reports.join("2026.md"), "old\n").unwrap();
        fs::set_permissions(reports.join("2026.md"), fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("latest.md");
        symlink("reports/2026.md", &link).unwrap();
        write_file(&link, &bundle, ok("new\n")).unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_link(&link).unwrap(), Path::new("reports/2026.md"));
        assert_eq!(fs::read_to_string(reports.join("2026.md")).unwrap(), "new\n");
        assert_eq!(fs::metadata(reports.join("2026.md")).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(names(&reports), ["2026.md"]);
        // A dangling link is written through too: it then leads to the report.
        symlink("reports/2027.md", dir.path().join("next.md")).unwrap();
        write_file(&dir.path().join("next.md"), &bundle, ok("next\n")).unwrap();
        assert_eq!(fs::read_to_string(reports.join("2027.md")).unwrap(), "next\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_target_turned_into_a_link_to_evidence_while_rendering_is_not_replaced() {
        let (dir, bundle) = setup();
        let out = dir.path().join("report.md");
        let destination = check(&out, &bundle).unwrap();
        let err = destination
            .write(|w| {
                std::os::unix::fs::symlink(bundle.join("policy.md"), &out).unwrap();
                w.write_all(b"report\n").map_err(RenderError::Io)
            })
            .unwrap_err();
        assert!(matches!(err.problem(), Problem::InBundle { .. }), "{err}");
        assert_eq!(fs::read_to_string(bundle.join("policy.md")).unwrap(), "evidence\n");
        assert!(fs::symlink_metadata(&out).unwrap().file_type().is_symlink());
        assert_eq!(names(dir.path()), ["bundle", "report.md"]);
    }

    #[test]
    fn what_is_not_a_file_is_refused_and_kept() {
        let (dir, bundle) = setup();
        let folder = dir.path().join("reports");
        fs::create_dir(&folder).unwrap();
        let err = check(&folder, &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::NotAFile(Kind::Folder)));
        assert!(err.to_string().contains("it is a folder, not a file; give a file name such as"), "{err}");
        assert!(folder.is_dir());
        let err = check(&dir.path().join("new/"), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::NamesFolder), "{err}");
        #[cfg(unix)]
        if Path::new("/dev/null").exists() {
            let err = check(Path::new("/dev/null"), &bundle).unwrap_err();
            assert_eq!(
                err.to_string(),
                "cannot write the report to /dev/null: it is a device, not a file; give a file name such as report.html (or leave out --out to print the report)"
            );
        }
        let err = check(Path::new(""), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::NoName));
    }

    #[test]
    fn a_missing_or_false_folder_is_named() {
        let (dir, bundle) = setup();
        let out = dir.path().join("no/such/report.md");
        let err = check(&out, &bundle).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("cannot write {}: there is no folder {}", out.display(), dir.path().join("no/such").display())
        );
        fs::write(dir.path().join("notes.txt"), "").unwrap();
        let err = check(&dir.path().join("notes.txt/report.md"), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::ParentNotAFolder(_)), "{err}");
        assert!(err.to_string().ends_with("notes.txt is not a folder"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_named() {
        let (dir, bundle) = setup();
        std::os::unix::fs::symlink("b.md", dir.path().join("a.md")).unwrap();
        std::os::unix::fs::symlink("a.md", dir.path().join("b.md")).unwrap();
        let err = check(&dir.path().join("a.md"), &bundle).unwrap_err();
        assert!(matches!(err.problem(), Problem::LinkLoop), "{err}");
    }

    #[test]
    fn a_bundle_that_does_not_exist_is_not_in_the_way() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("report.md");
        write_file(&out, &dir.path().join("no-bundle"), ok("report\n")).unwrap();
        assert_eq!(fs::read_to_string(&out).unwrap(), "report\n");
    }

    #[test]
    fn format_follows_the_extension_unless_given() {
        for (name, format) in [
            ("r.html", Format::Html),
            ("r.HTM", Format::Html),
            ("r.md", Format::Markdown),
            ("r.markdown", Format::Markdown),
            ("r.json", Format::Json),
            ("plan.csv", Format::Csv),
            ("plan.XLSX", Format::Xlsx),
            ("report.docx", Format::Docx),
            ("r.txt", Format::Markdown),
            ("report", Format::Markdown),
        ] {
            assert_eq!(choose_format(Some(Path::new(name)), None), Ok(format), "{name}");
        }
        assert_eq!(choose_format(None, None), Ok(Format::Markdown));
        assert_eq!(choose_format(None, Some(Format::Json)), Ok(Format::Json));
        assert_eq!(choose_format(Some(Path::new("r.txt")), Some(Format::Html)), Ok(Format::Html));
        assert_eq!(choose_format(Some(Path::new("r.html")), Some(Format::Html)), Ok(Format::Html));
        let err = choose_format(Some(Path::new("report.html")), Some(Format::Markdown)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--out report.html is an HTML file name but --format md was given; leave out --format (the format follows the file name) or write to report.md"
        );
        let err = choose_format(Some(Path::new("plan.xlsx")), Some(Format::Csv)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--out plan.xlsx is an XLSX file name but --format csv was given; leave out --format (the format follows the file name) or write to plan.csv"
        );
    }
}

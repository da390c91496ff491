//! `ivaudit init`: a new bundle made from the evidence templates.

use std::path::{Path, PathBuf};

use crate::catalog::Party;

/// Why a bundle could not be created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0} already exists and is not empty; choose a new folder so nothing is overwritten")]
    NotEmpty(PathBuf),
    #[error("{0} exists and is not a folder; choose a new folder name so nothing is overwritten")]
    NotAFolder(PathBuf),
    #[error(
        "{0} is a symbolic link; ivaudit init writes only into folders it creates or an empty folder named directly, never through a link"
    )]
    Link(PathBuf),
    #[error("cannot write {}: {}", .0.display(), crate::output::plain_cause(.1))]
    Io(PathBuf, std::io::Error),
}

/// Writes a new bundle into `dir` (which must be absent or empty) for an
/// organisation in `role`, returning the files written, bundle-relative.
///
/// Nothing is ever overwritten or written through a symbolic link: every
/// file is created new (`create_new`, which does not follow a link in its
/// place), and every folder under `dir` is one init created itself or a real
/// folder, never a link that appeared in the meantime.
pub fn scaffold(dir: &Path, role: Party) -> Result<Vec<String>, InitError> {
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => return Err(InitError::Link(dir.to_path_buf())),
        Ok(meta) if !meta.is_dir() => return Err(InitError::NotAFolder(dir.to_path_buf())),
        Ok(_) => {
            let mut entries = std::fs::read_dir(dir).map_err(|e| InitError::Io(dir.to_path_buf(), e))?;
            if entries.next().is_some() {
                return Err(InitError::NotEmpty(dir.to_path_buf()));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| InitError::Io(dir.to_path_buf(), e))?;
        }
        Err(e) => return Err(InitError::Io(dir.to_path_buf(), e)),
    }
    let templates = &crate::assets::EVIDENCE_TEMPLATES;
    let wanted = |path: &Path| -> bool {
        // The looked-after population and eligibility assessments are an
        // authority's records.
        if path == Path::new("registers/population.yaml") || path == Path::new("registers/assessments.csv") {
            return role != Party::Provider;
        }
        match path.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned()).as_deref() {
            Some("provider") => role != Party::Authority,
            Some("authority") => role != Party::Provider,
            _ => true,
        }
    };
    let mut written = Vec::new();
    let mut files: Vec<&include_dir::File> = Vec::new();
    collect(templates, &mut files);
    files.sort_by_key(|f| f.path());
    for file in files {
        let rel = file.path();
        if !wanted(rel) || rel.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        let target = dir.join(rel);
        if let Some(parent) = rel.parent() {
            make_folders(dir, parent)?;
        }
        let mut contents = file.contents().to_vec();
        if rel == Path::new("bundle.yaml") {
            let role_name = match role {
                Party::Authority => "authority",
                Party::Provider => "provider",
                Party::Both => "both",
            };
            contents = String::from_utf8_lossy(&contents)
                .replacen("role: provider", &format!("role: {role_name}"), 1)
                .into_bytes();
        }
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .and_then(|mut f| std::io::Write::write_all(&mut f, &contents))
            .map_err(|e| InitError::Io(target.clone(), e))?;
        written.push(rel.to_string_lossy().replace('\\', "/"));
    }
    Ok(written)
}

/// Creates `dir/rel` one folder at a time; a folder already there must be
/// a real folder (made earlier in this run), not a link to elsewhere.
fn make_folders(dir: &Path, rel: &Path) -> Result<(), InitError> {
    let mut path = dir.to_path_buf();
    for part in rel.components() {
        path.push(part);
        match std::fs::create_dir(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match std::fs::symlink_metadata(&path) {
                Ok(meta) if meta.file_type().is_symlink() => return Err(InitError::Link(path)),
                Ok(meta) if meta.is_dir() => {}
                Ok(_) => return Err(InitError::NotAFolder(path)),
                Err(e) => return Err(InitError::Io(path, e)),
            },
            Err(e) => return Err(InitError::Io(path, e)),
        }
    }
    Ok(())
}

fn collect<'a>(dir: &'a include_dir::Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
    out.extend(dir.files());
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_writes_a_bundle_into_a_new_or_empty_folder() {
        let dir = tempfile::tempdir().unwrap();
        let files = scaffold(&dir.path().join("new"), Party::Provider).unwrap();
        assert!(files.contains(&"bundle.yaml".to_string()));
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        assert_eq!(scaffold(&empty, Party::Provider).unwrap(), files);
    }

    #[cfg(unix)]
    #[test]
    fn init_into_a_symlink_is_refused_and_its_target_left_empty() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::create_dir(&target).unwrap();
        std::os::unix::fs::symlink(&target, dir.path().join("link")).unwrap();
        let err = scaffold(&dir.path().join("link"), Party::Provider).unwrap_err();
        assert!(matches!(err, InitError::Link(_)), "{err}");
        assert_eq!(std::fs::read_dir(&target).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn init_never_writes_through_a_link_that_appears_in_its_folder() {
        // As if something made `registers` a link before init reached it.
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("elsewhere");
        std::fs::create_dir(&elsewhere).unwrap();
        let bundle = dir.path().join("bundle");
        std::fs::create_dir(&bundle).unwrap();
        std::os::unix::fs::symlink(&elsewhere, bundle.join("registers")).unwrap();
        let err = make_folders(&bundle, Path::new("registers")).unwrap_err();
        assert!(matches!(err, InitError::Link(_)), "{err}");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn init_over_a_file_is_refused_and_the_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notes.txt");
        std::fs::write(&file, "mine\n").unwrap();
        let err = scaffold(&file, Party::Provider).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{} exists and is not a folder; choose a new folder name so nothing is overwritten",
                file.display()
            )
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine\n");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn init_errors_say_the_cause_plainly() {
        let err = InitError::Io(PathBuf::from("b/bundle.yaml"), std::io::Error::from_raw_os_error(28));
        assert_eq!(err.to_string(), "cannot write b/bundle.yaml: the disk is full");
    }
}

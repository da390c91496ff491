//! `ivaudit init`: a new bundle made from the evidence templates.

use std::path::{Path, PathBuf};

use crate::catalog::Party;

/// Why a bundle could not be created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0} already exists and is not empty; choose a new folder so nothing is overwritten")]
    NotEmpty(PathBuf),
    #[error("cannot write {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// Writes a new bundle into `dir` (which must be absent or empty) for an
/// organisation in `role`, returning the files written, bundle-relative.
pub fn scaffold(dir: &Path, role: Party) -> Result<Vec<String>, InitError> {
    if let Ok(mut entries) = std::fs::read_dir(dir)
        && entries.next().is_some()
    {
        return Err(InitError::NotEmpty(dir.to_path_buf()));
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
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
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
        std::fs::write(&target, contents).map_err(|e| InitError::Io(target.clone(), e))?;
        written.push(rel.to_string_lossy().replace('\\', "/"));
    }
    Ok(written)
}

fn collect<'a>(dir: &'a include_dir::Dir<'a>, out: &mut Vec<&'a include_dir::File<'a>>) {
    out.extend(dir.files());
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

//! What `ivaudit check` tells a newcomer beyond the bundle's errors: every
//! file that will count for nothing and why, a missing as-of date, starter
//! values never replaced, and for each file not yet described, the text to
//! paste to describe it.
//!
//! These notes are about getting a bundle ready rather than about the
//! evidence itself, so they are printed by `check` and not carried into
//! reports, which list unlinked, unlisted and draft files in their own
//! sections. A bundle that `check` passes is one `audit` accepts.

use std::path::Path;

use super::meta::{self, PLACEHOLDER_AUTHORITY, PLACEHOLDER_ORGANISATION};
use super::{Bundle, manifest};
use crate::date::Date;
use crate::diag::{Code, Diagnostic};

/// The notes and the ready-to-paste text.
#[derive(Debug, Clone, Default)]
pub struct Readiness {
    pub diagnostics: Vec<Diagnostic>,
    /// For each file not described in `evidence.yaml`, an entry to paste there.
    pub manifest_entries: Vec<String>,
    /// For each Markdown file without front matter, the front matter to put
    /// at its top, with the file it is for.
    pub front_matter: Vec<(String, String)>,
}

/// Checks `bundle` (read from `root`) for what will count for nothing at
/// `as_of`, the date the audit would use (`--as-of`, else the bundle's own).
pub fn check(bundle: &Bundle, root: &Path, as_of: Option<Date>) -> Readiness {
    let mut r = Readiness::default();
    let as_of = as_of.or(bundle.meta.as_of);
    let unreadable_as_of = bundle.diagnostics.iter().any(|d| d.file == meta::FILE && d.message.starts_with("`as_of`"));
    if as_of.is_none() && !unreadable_as_of {
        r.diagnostics.push(Diagnostic::error(
            Code::IV004,
            meta::FILE,
            "has no usable `as_of` date, so `ivaudit audit` will refuse to run: add a line such as `as_of: 2026-03-31` (the date the bundle is judged at), or pass --as-of",
        ));
    }
    if bundle.meta.organisation == PLACEHOLDER_ORGANISATION {
        r.diagnostics.push(Diagnostic::error(
            Code::IV005,
            meta::FILE,
            format!("`organisation` is still the starter's `{PLACEHOLDER_ORGANISATION}`; write your organisation's name, which heads every report"),
        ));
    }
    if bundle.meta.authorities.iter().any(|a| a == PLACEHOLDER_AUTHORITY) {
        r.diagnostics.push(Diagnostic::error(
            Code::IV005,
            meta::FILE,
            format!("`authorities` still holds the starter's `{PLACEHOLDER_AUTHORITY}`; list the local authorities this bundle is about"),
        ));
    }
    // A README at the top of a bundle describes the bundle; it is not evidence.
    let readme = |p: &str| p.eq_ignore_ascii_case("README.md");
    for f in bundle.unlinked.iter().filter(|f| !readme(&f.path)) {
        r.diagnostics.push(Diagnostic::warning(
            Code::IV108,
            &f.path,
            "is Markdown without front matter, so it counts for nothing; `ivaudit check` prints front matter to put at its top",
        ));
        let title = first_heading(&root.join(&f.path)).unwrap_or_else(|| title_from_name(&f.path));
        r.front_matter.push((f.path.clone(), front_matter(&title, &f.path)));
    }
    for f in &bundle.unlisted {
        r.diagnostics.push(Diagnostic::warning(
            Code::IV207,
            &f.path,
            "is not described in evidence.yaml, so it counts for nothing; `ivaudit check` prints an entry to paste there",
        ));
        let described = super::describe::describe(&root.join(&f.path), &f.path);
        r.manifest_entries.push(manifest_entry(&f.path, &described));
    }
    for e in &bundle.evidence {
        let file = if e.origin != super::Origin::Markdown { manifest::FILE } else { e.path.as_str() };
        let what = if e.origin != super::Origin::Markdown { format!("`{}` ", e.path) } else { String::new() };
        if e.draft && e.starter {
            r.diagnostics.push(Diagnostic::warning(
                Code::IV109,
                file,
                format!("{what}is an ivaudit starter document marked `draft: true`: it counts for nothing until its prompts are replaced, its starter note deleted and `draft: true` removed"),
            ));
        } else if e.draft {
            r.diagnostics.push(Diagnostic::warning(
                Code::IV109,
                file,
                format!("{what}is marked `draft: true`, so it counts for nothing until that line is removed"),
            ));
        } else if e.starter {
            r.diagnostics.push(Diagnostic::warning(
                Code::IV110,
                file,
                format!("{what}is still an ivaudit starter document: it counts for nothing until its prompts are replaced and its starter note is deleted"),
            ));
        } else if let Some(as_of) = as_of.filter(|d| e.issued > *d) {
            r.diagnostics.push(Diagnostic::warning(
                Code::IV111,
                file,
                format!("{what}is dated {}, after the as-of date {as_of}, so it does not count at that date", e.issued),
            ));
        }
    }
    crate::diag::sort(&mut r.diagnostics);
    r
}

/// A YAML double-quoted scalar when `s` needs quoting (JSON strings are
/// valid YAML), else `s` as it is.
fn scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || " ._/()-".contains(c))
        && !s.starts_with([' ', '-'])
        && !s.ends_with(' ');
    if plain { s.to_string() } else { serde_json::to_string(s).unwrap_or_default() }
}

/// The kind a file's folder or name suggests, or `other`.
fn kind_from_path(path: &str) -> &'static str {
    let lower = path.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    let has = |w: &[&str]| words.iter().any(|x| w.contains(x));
    if has(&["policy", "policies"]) {
        "policy"
    } else if has(&["procedure", "procedures"]) {
        "procedure"
    } else if has(&["training", "certificate", "certificates"]) {
        "training-record"
    } else if has(&["publicity", "leaflet", "leaflets", "poster", "posters"]) {
        "publicity"
    } else if has(&["minutes"]) {
        "minutes"
    } else if has(&["survey", "surveys"]) {
        "survey"
    } else if has(&["contract", "contracts"]) {
        "contract"
    } else if has(&["specification"]) {
        "specification"
    } else if has(&["report", "reports"]) {
        "report"
    } else {
        "other"
    }
}

/// A readable title from a file name: `iv-leaflet_2025.pdf` is "Iv leaflet 2025".
fn title_from_name(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let words = crate::text::flatten(&stem.replace(['-', '_'], " "));
    crate::text::capitalise(&words)
}

/// The text of a Markdown file's first heading, if it has one early on.
fn first_heading(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = Vec::new();
    let (file, _) = crate::limits::open_regular(path).ok()?;
    file.take(64 * 1024).read_to_end(&mut head).ok()?;
    let text = String::from_utf8_lossy(&head);
    text.lines()
        .find_map(|l| l.strip_prefix('#').map(|h| h.trim_start_matches('#').trim().to_string()))
        .filter(|h| !h.is_empty() && h.chars().count() <= 200 && !h.chars().any(char::is_control))
}

/// An entry for `path`, filled from what the document says about itself
/// where it says it: its title (else its first heading, else its file name)
/// and the date it was last saved, marked for checking. `evidences` stays
/// empty: what a document is evidence for is its author's judgement.
fn manifest_entry(path: &str, d: &super::describe::Described) -> String {
    let (title, title_note) = match (&d.title, &d.heading) {
        (Some(t), _) => (t.clone(), "from the document's properties"),
        (None, Some(h)) => (h.clone(), "the document's first heading"),
        (None, None) => (title_from_name(path), "the document's own title"),
    };
    let issued = match d.modified.or(d.created) {
        Some(date) => format!(
            "{date}   # when the document was last saved, from its properties: change it to the date it was issued or approved"
        ),
        None => "YYYY-MM-DD   # the date it was issued or approved".to_string(),
    };
    format!(
        "- file: {}\n  title: {}   # {title_note}\n  evidences: []   # the requirements it supports, such as S01.P1 (`ivaudit standards S01` lists them)\n  kind: {}\n  issued: {issued}\n",
        scalar(path),
        scalar(&title),
        kind_from_path(path)
    )
}

fn front_matter(title: &str, path: &str) -> String {
    format!(
        "---\ntitle: {}\nevidences: []   # the requirements it supports, such as S01.P1\nkind: {}\nissued: YYYY-MM-DD\n---\n",
        scalar(title),
        kind_from_path(path)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_valid_yaml_even_for_odd_names() {
        for path in ["publicity/iv-leaflet-2025.pdf", "a: b.pdf", "- odd \"name\".pdf", "x\ny.pdf", "#hash.pdf"] {
            let entry = manifest_entry(path, &Default::default());
            let value: serde_yaml::Value = serde_yaml::from_str(&entry).unwrap_or_else(|e| panic!("{entry}: {e}"));
            assert_eq!(value[0]["file"].as_str(), Some(path), "{entry}");
            assert_eq!(value[0]["evidences"].as_sequence().map(Vec::len), Some(0), "never guesses evidences");
        }
    }

    #[test]
    fn kinds_and_titles_come_from_the_path() {
        assert_eq!(kind_from_path("policies/safe.docx"), "policy");
        assert_eq!(kind_from_path("training/certificates-2025.pdf"), "training-record");
        assert_eq!(kind_from_path("scans/thing.pdf"), "other");
        assert_eq!(title_from_name("publicity/iv-leaflet_2025.pdf"), "Iv leaflet 2025");
    }
}

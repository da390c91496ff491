//! What a document says about itself: the title and dates a word processor
//! stores in it, and its first heading. `ivaudit check` fills the entry it
//! offers for an undescribed file from these, so a co-ordinator with a folder
//! of Word and PDF policies pastes entries rather than typing them.
//!
//! Only what the document states is taken; `evidences` is never guessed.
//! Every read is bounded as the audit's is ([`crate::limits::DOCUMENT`],
//! [`crate::limits::PDF`]); a document that cannot be read describes nothing
//! and its entry falls back on its file name.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::document::Format;
use crate::date::Date;
use crate::judge::{PassageKind, Passages};
use crate::limits::{self, archive};

/// What a document says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Described {
    /// The title in its properties (Word, OpenDocument) or information (PDF).
    pub title: Option<String>,
    /// Its first title or heading.
    pub heading: Option<String>,
    pub created: Option<Date>,
    /// When it was last saved.
    pub modified: Option<Date>,
}

/// What the document at `path` (named `rel` in the bundle) says about itself;
/// nothing when it is not a document ivaudit reads or cannot be read.
pub fn describe(path: &std::path::Path, rel: &str) -> Described {
    let Some(format) = Format::of(rel) else { return Described::default() };
    match limits::read_regular(path, format.max_bytes(&limits::DOCUMENT)) {
        Ok(bytes) => describe_bytes(rel, &bytes, format),
        Err(_) => Described::default(),
    }
}

/// What a document's bytes say about themselves.
pub fn describe_bytes(rel: &str, bytes: &[u8], format: Format) -> Described {
    let read = std::panic::catch_unwind(|| match format {
        Format::Text | Format::Markdown => Described::default(),
        Format::Pdf => match super::document::pdf(rel, bytes) {
            Ok(pdf) => Described {
                title: pdf.title.filter(|t| usable(t)),
                heading: first_heading(&pdf.passages),
                created: pdf.created.as_deref().and_then(pdf_date),
                modified: pdf.modified.as_deref().and_then(pdf_date),
            },
            Err(_) => Described::default(),
        },
        Format::Docx | Format::Odt => zipped(rel, bytes, format),
    });
    read.unwrap_or_default()
}

/// Word keeps its properties in `docProps/core.xml`, OpenDocument in `meta.xml`.
fn zipped(rel: &str, bytes: &[u8], format: Format) -> Described {
    let props = if format == Format::Docx { "docprops/core.xml" } else { "meta.xml" };
    let Ok(parts) = archive::unpack(bytes, limits::DOCUMENT.zip(), |n| n == props) else {
        return Described::default();
    };
    let fields = parts.get(props).map(|xml| elements(xml)).unwrap_or_default();
    let date = |keys: &[&str]| keys.iter().find_map(|k| fields.get(*k)).and_then(|v| iso_prefix(v));
    let heading = super::document::passages(rel, bytes, format, &limits::DOCUMENT).ok().and_then(|p| first_heading(&p));
    Described {
        title: fields.get("title").cloned().filter(|t| usable(t)),
        heading,
        created: date(&["created", "creation-date"]),
        modified: date(&["modified", "date"]),
    }
}

/// The text of each element of a small XML part, by local name (`dc:title`
/// is `title`); the first of each name wins.
fn elements(xml: &[u8]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Ok(text) = std::str::from_utf8(xml) else { return out };
    let mut reader = quick_xml::Reader::from_str(text);
    // The element open, and its text so far.
    let mut open: Option<(String, String)> = None;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => open = Some((e.local_name().as_ref().to_string(), String::new())),
            Ok(Event::Text(t)) => {
                if let Some((_, text)) = &mut open {
                    text.push_str(&t.xml10_content());
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some((_, text)) = &mut open {
                    text.extend(crate::judge::office::entity(&r));
                }
            }
            Ok(Event::End(_)) => {
                if let Some((name, text)) = open.take() {
                    let text = text.trim();
                    if !text.is_empty() && out.len() < 64 {
                        out.entry(name).or_insert_with(|| text.to_string());
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => return out,
            _ => {}
        }
    }
}

/// The first title or heading of a document's passages.
fn first_heading(p: &Passages) -> Option<String> {
    p.passages
        .iter()
        .find(|x| matches!(x.kind, PassageKind::Title | PassageKind::Heading))
        .map(|x| x.text.to_string())
        .filter(|t| usable(t))
}

/// A title worth offering: not empty, not a template's placeholder, short,
/// and free of control characters.
fn usable(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.chars().count() <= 200
        && !t.chars().any(char::is_control)
        && !["untitled", "document", "microsoft word"].iter().any(|p| t.to_lowercase().starts_with(p))
}

/// `2025-03-14T10:22:00Z` as a date.
fn iso_prefix(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}

/// A PDF date, `D:20250314102200+00'00'`, as a date.
fn pdf_date(s: &str) -> Option<Date> {
    let digits = s.strip_prefix("D:").unwrap_or(s);
    let d = digits.get(..8)?;
    if !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..8]).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_documents_write_them() {
        assert_eq!(pdf_date("D:20250314102200+00'00'").map(|d| d.to_string()).as_deref(), Some("2025-03-14"));
        assert_eq!(pdf_date("D:2025").map(|d| d.to_string()), None);
        assert_eq!(pdf_date("D:20251399").map(|d| d.to_string()), None);
        assert_eq!(iso_prefix("2025-03-14T10:22:00Z").map(|d| d.to_string()).as_deref(), Some("2025-03-14"));
        assert_eq!(iso_prefix("14/03/2025"), None);
    }

    #[test]
    fn placeholder_titles_are_not_offered() {
        assert!(usable("Safeguarding policy"));
        for t in ["", "  ", "Untitled document", "Microsoft Word - policy.docx", "a\u{1b}[31m"] {
            assert!(!usable(t), "{t:?}");
        }
    }

    #[test]
    fn core_properties_are_read_by_local_name() {
        let xml = br#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>Safeguarding &amp; child protection</dc:title><dcterms:created>2024-09-01T09:00:00Z</dcterms:created><dcterms:modified>2025-03-14T10:22:00Z</dcterms:modified></cp:coreProperties>"#;
        let f = elements(xml);
        assert_eq!(f.get("title").map(String::as_str), Some("Safeguarding & child protection"));
        assert_eq!(f.get("modified").map(String::as_str), Some("2025-03-14T10:22:00Z"));
    }
}

//! Evidence listed in `evidence.yaml` whose text is read: Word (`.docx`),
//! OpenDocument text (`.odt`), PDF with a text layer (`.pdf`) and plain
//! text (`.txt`).
//!
//! A PDF is read within [`crate::limits::PDF`] by [`crate::judge::pdf`]: an
//! encrypted one, a scan without a text layer or a damaged file is a
//! diagnostic saying what to do.
//!
//! A `.docx` or `.odt` is a zip archive, checked within
//! [`crate::limits::DOCUMENT`] by [`crate::limits::archive::unpack`] before
//! its text part is parsed, so a zip bomb, a truncated copy or another file
//! renamed is a diagnostic, never a panic or a hang. A diagnostic names the
//! file and what to do, and never repeats what the document holds. When the
//! text cannot be read, the document still counts for what its entry
//! declares under `shows:`.

use crate::diag::{Code, Diagnostic};
use crate::judge::Passages;
use crate::judge::office;
use crate::limits::archive::{self, ZipProblem};
use crate::limits::{DocumentBounds, size_text};

/// The kinds of document whose text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Odt,
    Pdf,
    Text,
    /// Markdown without front matter, described in `evidence.yaml`.
    Markdown,
}

impl Format {
    /// The format of a file name, from its extension (any case).
    pub fn of(name: &str) -> Option<Format> {
        let (_, ext) = name.rsplit_once('.')?;
        match ext.to_ascii_lowercase().as_str() {
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            "pdf" => Some(Format::Pdf),
            "txt" => Some(Format::Text),
            _ => None,
        }
    }

    /// The largest file of this format read.
    pub fn max_bytes(self, bounds: &DocumentBounds) -> u64 {
        match self {
            Format::Docx | Format::Odt | Format::Pdf => bounds.max_bytes,
            Format::Text => crate::limits::TEXT_BYTES,
            Format::Markdown => crate::limits::MARKDOWN_BYTES,
        }
    }

    fn what(self) -> &'static str {
        match self {
            Format::Docx => "a Word document (.docx)",
            Format::Odt => "an OpenDocument text (.odt)",
            Format::Pdf => "a PDF (.pdf)",
            Format::Text => "plain text (.txt)",
            Format::Markdown => "Markdown (.md)",
        }
    }

    /// For a format that is a zip archive, the part holding its text and
    /// the reader of that part; `None` for the others.
    fn zipped(self) -> Option<(&'static str, XmlReader)> {
        match self {
            Format::Docx => Some(("word/document.xml", office::docx)),
            Format::Odt => Some(("content.xml", office::odt)),
            Format::Pdf | Format::Text | Format::Markdown => None,
        }
    }
}

/// Reads the text part of a zipped document into passages.
type XmlReader = fn(&[u8]) -> Result<Passages, office::Malformed>;

/// What follows when a document's text is not read.
pub const DECLARED_ONLY: &str =
    "its text is not read, so it counts only for the criteria its evidence.yaml entry lists under `shows:`";

/// The passages of a document's bytes, or the diagnostic (naming `file`)
/// saying why its text cannot be read.
pub fn passages(file: &str, bytes: &[u8], format: Format, bounds: &DocumentBounds) -> Result<Passages, Diagnostic> {
    let refuse = |code: Code, why: String| Diagnostic::error(code, file, format!("{why}; {DECLARED_ONLY}"));
    let again = "save it again from the word processor (File > Save As)";
    if matches!(format, Format::Text | Format::Markdown) {
        let text = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let text = std::str::from_utf8(text)
            .map_err(|_| refuse(Code::IV301, "is not valid UTF-8 text; save it again as UTF-8 text".to_string()))?;
        return Ok(if format == Format::Text {
            office::plain(text)
        } else {
            crate::judge::passage::markdown(text, 1, None)
        });
    }
    let Some((part, read_xml)) = format.zipped() else {
        // The one format left that is not a zip archive.
        return pdf(file, bytes).map(|p| p.passages);
    };
    if bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        return Err(refuse(
            Code::IV413,
            format!(
                "is encrypted with a password, or is an old Word 97-2003 document (.doc) renamed; remove the \
                 password and {again} as {}",
                format.what()
            ),
        ));
    }
    if !bytes.starts_with(b"PK") {
        return Err(refuse(
            Code::IV413,
            format!(
                "is not {} (it is not a zip archive: perhaps another kind of file renamed); {again} as {}",
                format.what(),
                format.what()
            ),
        ));
    }
    let unpacked = archive::unpack(bytes, bounds.zip(), |name| name == part || name == "meta-inf/manifest.xml");
    let mut parts = unpacked.map_err(|p| match p {
        ZipProblem::Damaged => refuse(
            Code::IV413,
            format!(
                "is damaged or incomplete: it cannot be unpacked as {} (it may have been cut short while it was \
                 copied); {again}",
                format.what()
            ),
        ),
        ZipProblem::Encrypted => {
            refuse(Code::IV413, format!("is encrypted with a password; remove the password and {again}"))
        }
        ZipProblem::TooManyParts { parts } => refuse(
            Code::IV303,
            format!(
                "holds {parts} parts, more than the {} ivaudit opens in a document; {again}, or save a copy as \
                 plain text (.txt)",
                bounds.max_parts
            ),
        ),
        ZipProblem::TooLarge { size } => refuse(
            Code::IV303,
            format!(
                "expands to {}, more than the {} ivaudit unpacks from a document (a zip bomb, or a document far \
                 larger than a policy); save a copy without its images, or as plain text (.txt)",
                size_text(size),
                size_text(bounds.max_unzipped)
            ),
        ),
        ZipProblem::PartTooLarge { size, .. } => refuse(
            Code::IV303,
            format!(
                "holds {} of text, more than the {} ivaudit reads from a document; split it into its parts, each \
                 with its own entry",
                size_text(size),
                size_text(bounds.max_text)
            ),
        ),
        ZipProblem::Bomb => refuse(
            Code::IV303,
            format!(
                "holds a part that expands to more than its zip directory declares (a zip bomb, or a damaged \
                 file), so it is not unpacked; {again}"
            ),
        ),
    })?;
    if parts.get("meta-inf/manifest.xml").is_some_and(|m| m.windows(15).any(|w| w == b"encryption-data")) {
        return Err(refuse(Code::IV413, format!("is encrypted with a password; remove the password and {again}")));
    }
    let Some(xml) = parts.remove(part) else {
        return Err(refuse(
            Code::IV413,
            format!("is a zip archive but not {} (it holds no {part}); {again} as {}", format.what(), format.what()),
        ));
    };
    let read = || read_xml(&xml);
    // The XML reader returns errors for the malformed text tried; a panic
    // on one not tried still refuses only this document's text.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or(Err(office::Malformed)).map_err(|_| {
        refuse(
            Code::IV413,
            format!("cannot be read as {}: its text part is damaged or not well-formed XML; {again}", format.what()),
        )
    })
}

/// The text layer of a PDF, or the diagnostic saying why it cannot be read.
pub fn pdf(file: &str, bytes: &[u8]) -> Result<crate::judge::pdf::Pdf, Diagnostic> {
    use crate::judge::pdf::{self, Problem};
    let refuse = |code: Code, why: String| Diagnostic::error(code, file, format!("{why}; {DECLARED_ONLY}"));
    let bounds = crate::limits::PDF;
    let again = "save or export it again as PDF from the program that made it";
    // The reader returns errors for the damage tried; a panic on damage not
    // tried still refuses only this document's text.
    let read = std::panic::catch_unwind(|| pdf::read(bytes, &bounds)).unwrap_or(Err(Problem::Damaged));
    read.map_err(|p| match p {
        Problem::Damaged => refuse(
            Code::IV413,
            format!(
                "cannot be read as a PDF: it is damaged or incomplete (it may have been cut short while it was \
                 copied), or another kind of file renamed; {again}"
            ),
        ),
        Problem::Encrypted => refuse(
            Code::IV413,
            "is encrypted: it needs a password to open; save a copy without the password (or print it to PDF \
             again)"
                .to_string(),
        ),
        Problem::NoText { pages } => refuse(
            Code::IV414,
            format!(
                "has no text layer: its {} hold pictures of pages (a scan), not text; run it through OCR (text \
                 recognition), or list what it shows under `shows:`",
                crate::text::plural(pages, "page", "pages")
            ),
        ),
        Problem::Undecodable => refuse(
            Code::IV414,
            format!(
                "draws its text in fonts that do not say which letters they hold, so its text cannot be read; \
                 {again} (choose to embed fonts with Unicode text), or list what it shows under `shows:`"
            ),
        ),
        Problem::TooManyPages { pages } => refuse(
            Code::IV303,
            format!(
                "has {pages} pages, more than the {} ivaudit reads from a document; split it into its parts, each \
                 with its own entry",
                bounds.max_pages
            ),
        ),
        Problem::TooManyStreams { streams } => refuse(
            Code::IV303,
            format!(
                "holds {streams} compressed object streams, more than the {} ivaudit expands from a PDF; {again}",
                bounds.max_object_streams
            ),
        ),
        Problem::TooLarge => refuse(
            Code::IV303,
            format!(
                "holds a stream that expands to more than {} (a decompression bomb, or a page far larger than a \
                 policy's); {again}",
                size_text(bounds.max_page_content as u64)
            ),
        ),
        Problem::TooMuchText => refuse(
            Code::IV303,
            format!(
                "holds more than {} of text, more than ivaudit reads from a document; split it into its parts, \
                 each with its own entry",
                size_text(bounds.max_text as u64)
            ),
        ),
    })
}

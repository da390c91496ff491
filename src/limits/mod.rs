//! Bounds on everything ivaudit reads, so that no input, however large or
//! hostile, costs more than time and memory in proportion to its size.
//!
//! Three kinds of input could otherwise cost far more than their size:
//!
//! - **Nested YAML.** Loading YAML costs time in proportion to its size
//!   *times* its flow nesting (`[[[[...`): 200 KB of brackets took over a
//!   minute. Every YAML file is measured by [`check_yaml`] before it is
//!   parsed, in one pass that never parses, and refused when it nests deeper
//!   than [`YAML_DEPTH`].
//! - **YAML aliases.** An alias (`*name`) repeats the value its anchor names,
//!   so a few lines of aliases to aliases expand into millions of values (the
//!   "billion laughs"). The YAML crate caps how many aliases it follows, but
//!   not how much each one repeats: 48 KB of aliases took nine seconds. No
//!   file ivaudit reads needs them, so [`check_yaml`] refuses any alias.
//! - **Large files.** Each kind of file has a size bound, checked from its
//!   metadata before it is read and again while it is read, so a file that
//!   grows while ivaudit reads it is never read past its bound.
//!
//! Files are opened only through [`open_regular`], which never blocks on a
//! pipe and never reads a device: a FIFO named `bundle.yaml` would otherwise
//! hang an audit for ever.
//!
//! The module holds the bounds; [`files`] reads files within them and
//! [`yaml`] measures YAML before it is parsed.

pub mod archive;
mod files;
mod yaml;

pub use files::{ReadError, open_regular, read_regular, stream_regular};

use crate::diag::Code;

const KIB: u64 = 1024;
const MIB: u64 = 1024 * KIB;

/// The deepest nesting of lists and mappings read from any YAML file. Real
/// front matter nests 2 deep (`evidences: [S05]`), the catalog 7; nesting is
/// what makes loading YAML slow, so the bound is low.
pub const YAML_DEPTH: usize = 16;

/// The largest front matter read from a Markdown file (real front matter is
/// well under 1 KiB).
pub const FRONT_MATTER: YamlBounds = YamlBounds { max_bytes: 64 * KIB, max_depth: YAML_DEPTH };

/// The largest `bundle.yaml` read (a real one is a few hundred bytes).
pub const BUNDLE_YAML: YamlBounds = YamlBounds { max_bytes: 64 * KIB, max_depth: YAML_DEPTH };

/// The largest `evidence.yaml` read: a manifest of thousands of PDFs is about
/// 0.5 MiB, so this leaves room for ten times that.
pub const MANIFEST: YamlBounds = YamlBounds { max_bytes: 8 * MIB, max_depth: YAML_DEPTH };

/// The largest `registers/population.yaml` read (a real one is a few lines).
pub const POPULATION: YamlBounds = YamlBounds { max_bytes: 64 * KIB, max_depth: YAML_DEPTH };

/// The largest catalog file read from `--standards DIR` (the largest built-in
/// one is 16 KiB).
pub const CATALOG_FILE: YamlBounds = YamlBounds { max_bytes: 4 * MIB, max_depth: YAML_DEPTH };

/// The largest Markdown file whose text is read. A larger one is still hashed
/// (streamed, never held in memory) and listed, but its text and front matter
/// are not read, so it counts for nothing.
pub const MARKDOWN_BYTES: u64 = 16 * MIB;

/// The largest CSV register read: about half a million rows.
pub const REGISTER_BYTES: u64 = 64 * MIB;

/// The bounds on a spreadsheet register (`.xlsx`, `.ods`), checked before
/// the workbook is parsed: a workbook is a zip archive, and a few kilobytes
/// of zip can expand to gigabytes.
pub const SHEET: SheetBounds =
    SheetBounds { max_unzipped: 64 * MIB, max_parts: 1_000, max_rows: 500_000, max_cells: 4_000_000 };

/// How much of a spreadsheet is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetBounds {
    /// The most the workbook's parts may expand to, added up: what their
    /// zip directory declares, and what they really expand to (a zip bomb
    /// may declare less than it holds).
    pub max_unzipped: u64,
    /// The most parts (files inside the zip) a workbook may hold; a real one
    /// holds a dozen or two.
    pub max_parts: usize,
    /// The most rows with something in them, as for a CSV register of
    /// [`REGISTER_BYTES`].
    pub max_rows: usize,
    /// The most cells, counting each row from column A to its last filled
    /// cell (and, in an OpenDocument sheet, every repeated cell and row).
    pub max_cells: u64,
}

impl SheetBounds {
    /// The bounds on the workbook's zip.
    pub fn zip(&self) -> archive::ZipBounds {
        archive::ZipBounds { max_unzipped: self.max_unzipped, max_parts: self.max_parts, max_kept: self.max_unzipped }
    }
}

/// The bounds on a word-processed document whose text is read (`.docx`,
/// `.odt`). A larger or deeper one is refused (IV303) and counts only for
/// what its `evidence.yaml` entry declares under `shows:`.
pub const DOCUMENT: DocumentBounds =
    DocumentBounds { max_bytes: 64 * MIB, max_unzipped: 256 * MIB, max_parts: 2_000, max_text: 32 * MIB };

/// The bounds on a PDF whose text is read. A PDF is read whole into memory
/// (at most `DOCUMENT.max_bytes`); while it is loaded each object stream
/// expands to at most `max_stream` and there are at most
/// `max_object_streams` of them, so a load takes at most a few hundred MiB
/// even for a hostile file, and a real policy a few MiB.
pub const PDF: crate::judge::pdf::PdfBounds = crate::judge::pdf::PdfBounds {
    max_pages: 2_000,
    max_page_content: 16 * MIB as usize,
    max_stream: 4 * MIB as usize,
    max_object_streams: 64,
    max_text: 32 * MIB as usize,
};

/// The largest plain text (`.txt`) evidence file whose text is read.
pub const TEXT_BYTES: u64 = MARKDOWN_BYTES;

/// How much of a word-processed document is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentBounds {
    /// The largest file read (images included).
    pub max_bytes: u64,
    /// The most its parts may expand to, added up (images included).
    pub max_unzipped: u64,
    /// The most parts it may hold; a real one holds a few dozen.
    pub max_parts: usize,
    /// The largest text part read (`word/document.xml`, `content.xml`):
    /// the text of a 2,000-page policy is a few MiB of XML.
    pub max_text: u64,
}

impl DocumentBounds {
    /// The bounds on the document's zip.
    pub fn zip(&self) -> archive::ZipBounds {
        archive::ZipBounds { max_unzipped: self.max_unzipped, max_parts: self.max_parts, max_kept: self.max_text }
    }
}

/// The earliest year a date may have: nothing an IV service records predates
/// the Children Act 1989.
pub const EARLIEST_YEAR: i32 = 1990;

/// The latest year a date may have. A date outside these years is a typing
/// slip (`0202-03-01`, `20255-01-01` cut short), and a period of thousands of
/// years would only make every span-based measure meaningless.
pub const LATEST_YEAR: i32 = 2100;

/// How large and how deep one kind of YAML file may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YamlBounds {
    pub max_bytes: u64,
    pub max_depth: usize,
}

/// Why an input is refused before it is parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    /// Larger than its bound.
    #[error("is {}, more than the {} ivaudit reads", size_text(*size), size_text(*max))]
    TooLarge { size: u64, max: u64 },
    /// Nests lists and mappings deeper than the bound; `line` is the 1-based
    /// line on which the nesting passes it.
    #[error("nests lists and mappings more than {max} levels deep, the most ivaudit reads")]
    TooDeep { line: usize, max: usize },
    /// Uses a YAML alias on the 1-based `line`.
    #[error(
        "uses a YAML alias (`*name`), which ivaudit does not accept because a few aliases can expand into millions of values; write the value out in full"
    )]
    Alias { line: usize },
}

impl LimitError {
    /// The 1-based line the problem is on, when it has one.
    pub fn line(&self) -> Option<usize> {
        match self {
            LimitError::TooLarge { .. } => None,
            LimitError::TooDeep { line, .. } | LimitError::Alias { line } => Some(*line),
        }
    }

    /// The diagnostic code that reports it.
    pub fn code(&self) -> Code {
        match self {
            LimitError::TooLarge { .. } => Code::IV303,
            LimitError::TooDeep { .. } => Code::IV304,
            LimitError::Alias { .. } => Code::IV305,
        }
    }
}

/// A byte count as people read it: `512 bytes`, `64 KiB`, `1.5 MiB`.
pub fn size_text(bytes: u64) -> String {
    let unit = |n: u64, size: u64, name: &str| {
        if n.is_multiple_of(size) {
            format!("{} {name}", n / size)
        } else {
            format!("{:.1} {name}", n as f64 / size as f64)
        }
    };
    if bytes >= MIB {
        unit(bytes, MIB, "MiB")
    } else if bytes >= KIB {
        unit(bytes, KIB, "KiB")
    } else {
        format!("{bytes} bytes")
    }
}

/// Checks YAML text against `bounds` before it is parsed: its size, how
/// deeply it nests lists and mappings (flow `[{` and block indentation both
/// count), and that it uses no alias. One pass over the text, in time
/// proportional to its length; nothing is parsed or allocated beyond a stack
/// as deep as the bound.
///
/// The pass follows the tokenizer of libyaml, which the YAML crate uses, at
/// every point where it decides what is text and what is structure (quoted
/// and block scalars, comments, where a plain scalar ends), so that nothing
/// the parser would read as nesting can hide from it inside what looks like
/// text.
///
/// ```
/// use ivaudit::limits::{FRONT_MATTER, LimitError, check_yaml};
/// assert!(check_yaml("title: A\nevidences: [S05]\n", FRONT_MATTER).is_ok());
/// let deep = format!("title: {}{}", "[".repeat(20), "]".repeat(20));
/// assert_eq!(check_yaml(&deep, FRONT_MATTER), Err(LimitError::TooDeep { line: 1, max: 16 }));
/// assert_eq!(check_yaml("a: &x [1]\nb: *x\n", FRONT_MATTER), Err(LimitError::Alias { line: 2 }));
/// ```
pub fn check_yaml(text: &str, bounds: YamlBounds) -> Result<(), LimitError> {
    let size = text.len() as u64;
    if size > bounds.max_bytes {
        return Err(LimitError::TooLarge { size, max: bounds.max_bytes });
    }
    yaml::Scanner::new(text.as_bytes(), bounds.max_depth).run().map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(512), "512 bytes");
        assert_eq!(size_text(64 * 1024), "64 KiB");
        assert_eq!(size_text(20 * 1024 * 1024 + 512 * 1024), "20.5 MiB");
    }
}

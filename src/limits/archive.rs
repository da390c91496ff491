//! Zip archives (`.xlsx`, `.ods`, `.docx`, `.odt`) checked before they are
//! parsed: a few kilobytes of zip can expand to gigabytes.
//!
//! [`unpack`] reads the zip directory, counts the parts and adds up the
//! sizes they declare, then unpacks every part once to check it holds no
//! more than it declares (a zip bomb may declare less than it holds). Only
//! the parts the caller asks for are kept; the rest are read into nothing.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// How much of a zip archive is unpacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZipBounds {
    /// The most the parts may expand to, added up, both as declared and as
    /// really unpacked.
    pub max_unzipped: u64,
    /// The most parts (files inside the zip) the archive may hold.
    pub max_parts: usize,
    /// The most one kept part may declare.
    pub max_kept: u64,
}

/// Why an archive is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipProblem {
    /// It cannot be opened or unpacked as a zip: damaged, truncated, or
    /// another kind of file.
    Damaged,
    /// A part is encrypted with a password.
    Encrypted,
    /// It holds more parts than the bound.
    TooManyParts { parts: usize },
    /// Its parts declare more than the bound, added up.
    TooLarge { size: u64 },
    /// A part expands to more than it declares.
    Bomb,
    /// A part to keep declares more than [`ZipBounds::max_kept`].
    PartTooLarge { name: String, size: u64 },
}

/// Checks `bytes` as a zip within `bounds` and returns the parts whose
/// lower-case names `keep` accepts, keyed by that lower-case name.
pub fn unpack(
    bytes: &[u8],
    bounds: ZipBounds,
    keep: impl Fn(&str) -> bool,
) -> Result<BTreeMap<String, Vec<u8>>, ZipProblem> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| ZipProblem::Damaged)?;
    if zip.len() > bounds.max_parts {
        return Err(ZipProblem::TooManyParts { parts: zip.len() });
    }
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|_| ZipProblem::Damaged)?;
        if part.encrypted() {
            return Err(ZipProblem::Encrypted);
        }
        declared = declared.saturating_add(part.size());
    }
    if declared > bounds.max_unzipped {
        return Err(ZipProblem::TooLarge { size: declared });
    }
    let mut kept = BTreeMap::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|_| ZipProblem::Damaged)?;
        let size = part.size();
        let name = part.name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        let wanted = keep(&name);
        if wanted && size > bounds.max_kept {
            return Err(ZipProblem::PartTooLarge { name, size });
        }
        // Never more than one byte past what the part declares, so never
        // more than the bound.
        let mut limited = (&mut part).take(size.saturating_add(1));
        let read = if wanted {
            let mut text = Vec::new();
            let n = limited.read_to_end(&mut text).map_err(|_| ZipProblem::Damaged)? as u64;
            kept.insert(name, text);
            n
        } else {
            std::io::copy(&mut limited, &mut std::io::sink()).map_err(|_| ZipProblem::Damaged)?
        };
        if read > size {
            return Err(ZipProblem::Bomb);
        }
    }
    Ok(kept)
}

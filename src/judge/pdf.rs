//! The text layer of a PDF as located passages, as [`super::office`] reads
//! Word documents.
//!
//! A PDF holds no paragraphs, only strings of glyphs placed on pages. The
//! reader follows each page's text operators, tracking where every string
//! starts (text and graphics matrices) and how far it reaches (the fonts'
//! glyph widths), and rebuilds what a reader sees: a line is strings at one
//! height, joined with a space where a gap separates them; a paragraph is
//! lines a line's height apart, ended by a wider gap, a change of type size,
//! a bullet or a page's end (a sentence carried over to the next page joins
//! its paragraph). Headings come from the outline (bookmarks) where the
//! document has one; without one, a short line in larger type than the body,
//! or wholly in bold, is a heading. A line starting with a bullet or a number
//! is a list item. Page numbers standing alone are dropped. Each passage is
//! located by its page ("page 3").
//!
//! Not read: text drawn inside form XObjects, annotations and form fields,
//! and text in images (a scanned page has none: the caller says so). Table
//! cells come out as the line they sit on.

use std::collections::{BTreeMap, HashMap};

use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};

use super::office::Builder;
use super::passage::Passages;

/// How much of a PDF is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PdfBounds {
    /// The most pages read; a longer document is refused, not cut short.
    pub max_pages: usize,
    /// The most a page's content (its drawing operators) may expand to.
    pub max_page_content: usize,
    /// The most any one stream may expand to while the file is loaded.
    pub max_stream: usize,
    /// The most object streams the file may hold (each is expanded while
    /// loading, so together they bound the memory a load takes).
    pub max_object_streams: usize,
    /// The most text read from the whole document, in bytes.
    pub max_text: usize,
}

/// Why a PDF's text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not a PDF, or damaged beyond what the reader repairs.
    Damaged,
    /// Encrypted with a password that opening it needs.
    Encrypted,
    /// More pages than the bounds allow.
    TooManyPages { pages: usize },
    /// More object streams than the bounds allow.
    TooManyStreams { streams: usize },
    /// A page's content, or a stream, expands past the bounds.
    TooLarge,
    /// More text than the bounds allow.
    TooMuchText,
    /// No page draws any text: a scan, or pictures of text.
    NoText { pages: usize },
    /// The text is drawn in fonts that do not say which letters their glyphs
    /// are, so what comes out is not words.
    Undecodable,
}

/// What the reader takes from a PDF.
#[derive(Debug, Default)]
pub struct Pdf {
    pub passages: Passages,
    /// The title in the document information, when it has one.
    pub title: Option<String>,
    /// The creation and modification dates there, as written (`D:20250314…`).
    pub created: Option<String>,
    pub modified: Option<String>,
    pub pages: usize,
}

/// Reads the text layer of a PDF's bytes.
pub fn read(bytes: &[u8], bounds: &PdfBounds) -> Result<Pdf, Problem> {
    if !bytes.get(..1024.min(bytes.len())).is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-")) {
        return Err(Problem::Damaged);
    }
    let streams = count(bytes, b"/ObjStm");
    if streams > bounds.max_object_streams {
        return Err(Problem::TooManyStreams { streams });
    }
    let options = lopdf::LoadOptions { max_decompressed_size: Some(bounds.max_stream), ..Default::default() };
    let doc = Document::load_mem_with_options(bytes, options).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword | lopdf::Error::AlreadyEncrypted => {
            Problem::Encrypted
        }
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => Problem::TooLarge,
        _ if bytes.windows(8).any(|w| w == b"/Encrypt") => Problem::Encrypted,
        _ => Problem::Damaged,
    })?;
    if doc.is_encrypted() && doc.encryption_state.is_none() {
        return Err(Problem::Encrypted);
    }
    let pages = doc.get_pages();
    if pages.len() > bounds.max_pages {
        return Err(Problem::TooManyPages { pages: pages.len() });
    }
    let outline = outline(&doc);
    let mut lines_by_page: Vec<(usize, Vec<Line>)> = Vec::with_capacity(pages.len());
    let mut text_bytes = 0usize;
    let mut glyphs = 0usize;
    let mut letters = 0usize;
    // Pages share their fonts: each is read (its encoding, its widths) once.
    let mut fonts = Fonts::new();
    for (&number, &id) in &pages {
        let lines = page_lines(&doc, id, bounds, &mut fonts)?;
        for l in &lines {
            text_bytes += l.text.len();
            glyphs += l.text.chars().filter(|c| !c.is_whitespace()).count();
            letters += l.text.chars().filter(|c| c.is_alphabetic()).count();
        }
        if text_bytes > bounds.max_text {
            return Err(Problem::TooMuchText);
        }
        lines_by_page.push((number as usize, lines));
    }
    if glyphs == 0 {
        return Err(Problem::NoText { pages: pages.len() });
    }
    // Words are mostly letters; glyph codes read as Latin-1 are mostly not.
    if letters * 2 < glyphs {
        return Err(Problem::Undecodable);
    }
    drop_running(&mut lines_by_page);
    let info = info(&doc);
    let title = info.get(b"Title".as_slice()).cloned();
    Ok(Pdf {
        passages: build(&lines_by_page, &outline, title.as_deref()),
        title,
        created: info.get(b"CreationDate".as_slice()).cloned(),
        modified: info.get(b"ModDate".as_slice()).cloned(),
        pages: pages.len(),
    })
}

/// How often `needle` occurs in `hay`.
fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

/// The text entries of the document information dictionary.
fn info(doc: &Document) -> HashMap<&'static [u8], String> {
    let mut out = HashMap::new();
    let Ok(dict) = doc.trailer.get_deref(b"Info", doc).and_then(Object::as_dict) else { return out };
    for key in [b"Title".as_slice(), b"CreationDate", b"ModDate"] {
        if let Ok(Object::String(bytes, _)) = dict.get_deref(key, doc) {
            let text = text_string(bytes);
            let text = text.trim();
            if !text.is_empty() {
                out.insert(key, text.to_string());
            }
        }
    }
    out
}

/// A PDF text string: UTF-16 with a byte-order mark, else PDFDocEncoding
/// (read as Latin-1, which it matches for letters).
pub(crate) fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        let units: Vec<u16> = rest.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return String::from_utf8_lossy(rest).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The outline's entries by page: (level, normalised title, title).
fn outline(doc: &Document) -> BTreeMap<usize, Vec<(usize, String)>> {
    let mut out: BTreeMap<usize, Vec<(usize, String)>> = BTreeMap::new();
    if let Ok(toc) = doc.get_toc() {
        for entry in toc.toc {
            let title = super::passage::tidy(&entry.title);
            if !title.is_empty() {
                out.entry(entry.page).or_default().push((entry.level.max(1), title));
            }
        }
    }
    out
}

/// A line of text as drawn: where it sits and in what type.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// Height on the page, in points from the foot.
    y: f32,
    /// The type size, in points as printed.
    size: f32,
    /// Every string of the line is in a bold face.
    bold: bool,
}

/// A font as the reader needs it: how its codes become text and how wide
/// its glyphs are.
struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// Two bytes to a code (a composite font), else one.
    wide: bool,
    /// Widths in thousandths of the type size, by code.
    widths: HashMap<u32, f32>,
    default_width: f32,
    bold: bool,
}

impl<'a> Font<'a> {
    fn new(doc: &'a Document, dict: &'a Dictionary, limit: usize) -> Result<Font<'a>, Problem> {
        let encoding = match dict.get_font_encoding_with_limit(doc, limit) {
            Ok(e) => Some(e),
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
                return Err(Problem::TooLarge);
            }
            Err(_) => None,
        };
        let name = |d: &Dictionary| d.get_deref(b"BaseFont", doc).and_then(Object::as_name).map(<[u8]>::to_vec);
        let base = name(dict).unwrap_or_default().to_ascii_lowercase();
        let bold = ["bold", "black", "heavy"].iter().any(|w| base.windows(w.len()).any(|x| x == w.as_bytes()));
        let wide = dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|n| n == b"Type0");
        let mut widths = HashMap::new();
        let mut default_width = 500.0;
        if wide {
            let descendant = dict
                .get_deref(b"DescendantFonts", doc)
                .and_then(Object::as_array)
                .ok()
                .and_then(|a| a.first())
                .and_then(|o| doc.dereference(o).ok())
                .and_then(|(_, o)| o.as_dict().ok());
            if let Some(d) = descendant {
                default_width = d.get_deref(b"DW", doc).ok().and_then(number).unwrap_or(1000.0);
                if let Ok(w) = d.get_deref(b"W", doc).and_then(Object::as_array) {
                    cid_widths(doc, w, &mut widths);
                }
            }
        } else {
            let first = dict.get_deref(b"FirstChar", doc).ok().and_then(number).unwrap_or(0.0) as u32;
            if let Ok(w) = dict.get_deref(b"Widths", doc).and_then(Object::as_array) {
                for (i, o) in w.iter().take(256).enumerate() {
                    if let Some(n) = doc.dereference(o).ok().and_then(|(_, o)| number(o)) {
                        widths.insert(first + i as u32, n);
                    }
                }
            }
        }
        Ok(Font { encoding, wide, widths, default_width, bold })
    }

    /// The text of `bytes` in this font, and its width in thousandths of the
    /// type size, with the spacing the graphics state adds.
    fn show(&self, bytes: &[u8], state: &TextState, out: &mut String) -> f32 {
        if let Some(e) = &self.encoding {
            let _ = e.write_to_string(bytes, out);
        }
        let step = if self.wide { 2 } else { 1 };
        let mut width = 0.0;
        for code in bytes.chunks(step) {
            let c = code.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b));
            let w = self.widths.get(&c).copied().unwrap_or(self.default_width);
            width += w + 1000.0 * state.char_spacing / state.size.max(0.1);
            if !self.wide && c == 32 {
                width += 1000.0 * state.word_spacing / state.size.max(0.1);
            }
        }
        width * state.scale
    }
}

/// The widths of a composite font's `/W` array: `c [w1 w2 …]` or
/// `c_first c_last w`. Bounded, as the array comes from the file.
fn cid_widths(doc: &Document, w: &[Object], widths: &mut HashMap<u32, f32>) {
    const MOST: usize = 65_536;
    let mut i = 0;
    while i < w.len() && widths.len() < MOST {
        let Some(first) = number(&w[i]) else { return };
        let first = first as u32;
        match w.get(i + 1).map(|o| doc.dereference(o).map(|(_, o)| o)) {
            Some(Ok(Object::Array(list))) => {
                for (k, o) in list.iter().take(MOST).enumerate() {
                    if let Some(n) = number(o) {
                        widths.insert(first + k as u32, n);
                    }
                }
                i += 2;
            }
            Some(Ok(last)) => {
                let (Some(last), Some(n)) = (number(last), w.get(i + 2).and_then(number)) else { return };
                let last = (last as u32).min(first.saturating_add(MOST as u32));
                for c in first..=last {
                    widths.insert(c, n);
                }
                i += 3;
            }
            _ => return,
        }
    }
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// An affine matrix `[a b c d e f]`.
#[derive(Debug, Clone, Copy)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    /// `self` then `then`.
    fn times(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn translate(self, tx: f32, ty: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, tx, ty]).times(self)
    }

    fn of(operands: &[Object]) -> Option<Matrix> {
        let v: Vec<f32> = operands.iter().filter_map(number).collect();
        let m: [f32; 6] = v.try_into().ok()?;
        m.iter().all(|x| x.is_finite()).then_some(Matrix(m))
    }
}

/// The text state the operators set.
struct TextState {
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    /// Horizontal scaling, as a fraction.
    scale: f32,
    leading: f32,
}

/// A string as drawn: where it starts and ends on the page.
struct Run {
    text: String,
    x: f32,
    end: f32,
    y: f32,
    size: f32,
    bold: bool,
}

/// The fonts read so far, by the dictionary that defines each (the same
/// dictionary whichever page and name use it).
type Fonts<'a> = HashMap<*const Dictionary, Font<'a>>;

/// The lines a page draws, top to bottom as the content draws them.
fn page_lines<'a>(
    doc: &'a Document,
    id: ObjectId,
    bounds: &PdfBounds,
    cache: &mut Fonts<'a>,
) -> Result<Vec<Line>, Problem> {
    let content = match doc.get_page_content_with_limit(id, bounds.max_page_content) {
        Ok(c) => c,
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            return Err(Problem::TooLarge);
        }
        Err(_) => return Ok(Vec::new()),
    };
    let Ok(content) = lopdf::content::Content::decode(&content) else { return Ok(Vec::new()) };
    let mut names: HashMap<Vec<u8>, *const Dictionary> = HashMap::new();
    for (name, dict) in doc.get_page_fonts(id).unwrap_or_default() {
        let key: *const Dictionary = dict;
        if let std::collections::hash_map::Entry::Vacant(e) = cache.entry(key) {
            e.insert(Font::new(doc, dict, bounds.max_page_content)?);
        }
        names.insert(name, key);
    }
    let fonts = &*cache;
    let mut runs: Vec<Run> = Vec::new();
    let mut ctm = Matrix::IDENTITY;
    let mut saved: Vec<Matrix> = Vec::new();
    let (mut tm, mut lm) = (Matrix::IDENTITY, Matrix::IDENTITY);
    let mut state = TextState { size: 0.0, char_spacing: 0.0, word_spacing: 0.0, scale: 1.0, leading: 0.0 };
    let mut font: Option<&Font> = None;
    for op in &content.operations {
        let args = &op.operands;
        let num = |i: usize| args.get(i).and_then(number).filter(|n| n.is_finite());
        match op.operator.as_str() {
            "q" if saved.len() < 64 => saved.push(ctm),
            "Q" => ctm = saved.pop().unwrap_or(Matrix::IDENTITY),
            "cm" => {
                if let Some(m) = Matrix::of(args) {
                    ctm = m.times(ctm);
                }
            }
            "BT" => (tm, lm) = (Matrix::IDENTITY, Matrix::IDENTITY),
            "Tf" => {
                font =
                    args.first().and_then(|n| n.as_name().ok()).and_then(|n| names.get(n)).and_then(|k| fonts.get(k));
                state.size = num(1).unwrap_or(0.0);
            }
            "Tc" => state.char_spacing = num(0).unwrap_or(0.0),
            "Tw" => state.word_spacing = num(0).unwrap_or(0.0),
            "Tz" => state.scale = num(0).unwrap_or(100.0) / 100.0,
            "TL" => state.leading = num(0).unwrap_or(0.0),
            "Tm" => {
                if let Some(m) = Matrix::of(args) {
                    (tm, lm) = (m, m);
                }
            }
            "Td" | "TD" => {
                let (tx, ty) = (num(0).unwrap_or(0.0), num(1).unwrap_or(0.0));
                if op.operator == "TD" {
                    state.leading = -ty;
                }
                lm = lm.translate(tx, ty);
                tm = lm;
            }
            "T*" => {
                lm = lm.translate(0.0, -state.leading);
                tm = lm;
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    lm = lm.translate(0.0, -state.leading);
                    tm = lm;
                    if op.operator == "\"" {
                        state.word_spacing = num(0).unwrap_or(state.word_spacing);
                        state.char_spacing = num(1).unwrap_or(state.char_spacing);
                    }
                }
                let Some(f) = font else { continue };
                let shown = if op.operator == "\"" { args.get(2..).unwrap_or_default() } else { args };
                let start = tm.times(ctm);
                let mut text = String::new();
                let mut advance = 0.0;
                for o in shown {
                    show(f, o, &state, &mut text, &mut advance);
                }
                tm = Matrix([1.0, 0.0, 0.0, 1.0, advance * state.size / 1000.0, 0.0]).times(tm);
                let end = tm.times(ctm);
                let size = state.size * start.0[3].hypot(start.0[2]).max(start.0[0].hypot(start.0[1]));
                if !text.trim().is_empty() {
                    runs.push(Run { text, x: start.0[4], end: end.0[4], y: start.0[5], size, bold: f.bold });
                }
            }
            _ => {}
        }
    }
    Ok(lines(runs))
}

/// Adds what a show operand draws to `text` and its width to `advance`.
fn show(font: &Font, o: &Object, state: &TextState, text: &mut String, advance: &mut f32) {
    match o {
        Object::String(bytes, _) => *advance += font.show(bytes, state, text),
        Object::Array(items) => {
            for item in items {
                match item {
                    Object::String(..) => show(font, item, state, text, advance),
                    _ => {
                        let Some(n) = number(item) else { continue };
                        if !n.is_finite() {
                            continue;
                        }
                        // A move right of a fifth of an em or more is a space.
                        if n < -200.0 && !text.ends_with(' ') {
                            text.push(' ');
                        }
                        *advance -= n * state.scale;
                    }
                }
            }
        }
        _ => {}
    }
}

/// Joins runs at one height into lines.
fn lines(runs: Vec<Run>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut last_end = f32::MIN;
    for run in runs {
        let size = run.size.max(1.0);
        let same = out.last().is_some_and(|l| (l.y - run.y).abs() < 0.4 * size.min(l.size.max(1.0)));
        match out.last_mut() {
            Some(line) if same => {
                let gap = run.x - last_end;
                if gap > 2.0 * size {
                    // A gap of two ems or more parts table columns.
                    line.text.push_str(" | ");
                } else if gap > 0.15 * size && !line.text.ends_with(' ') && !run.text.starts_with(' ') {
                    line.text.push(' ');
                }
                line.text.push_str(&run.text);
                line.size = line.size.max(run.size);
                line.bold &= run.bold;
            }
            _ => out.push(Line { text: run.text, y: run.y, size: run.size, bold: run.bold }),
        }
        last_end = run.end;
    }
    for l in &mut out {
        l.text = unligature(&l.text).split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out.retain(|l| !l.text.is_empty());
    out
}

/// The text with typographic ligatures ("ﬁ", "ﬂ") spelt out, as a reader
/// and the outline spell them.
fn unligature(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(|c| ('\u{fb00}'..='\u{fb06}').contains(&c)) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    out.into()
}

/// Drops running headers and footers: a page's first or last line whose
/// words (digits aside) open or close more than half the pages of a
/// document of three pages or more.
fn drop_running(pages: &mut [(usize, Vec<Line>)]) {
    if pages.len() < 3 {
        return;
    }
    let key =
        |l: &Line| -> String { l.text.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect() };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (_, lines) in pages.iter() {
        let mut ends: Vec<String> = lines.first().into_iter().chain(lines.last()).map(key).collect();
        ends.dedup();
        for k in ends.into_iter().filter(|k| !k.is_empty()) {
            *seen.entry(k).or_default() += 1;
        }
    }
    let half = pages.len() / 2;
    for (_, lines) in pages.iter_mut() {
        for _ in 0..2 {
            if lines.first().is_some_and(|l| seen.get(&key(l)).is_some_and(|n| *n > half)) {
                lines.remove(0);
            }
            if lines.last().is_some_and(|l| seen.get(&key(l)).is_some_and(|n| *n > half)) {
                lines.pop();
            }
        }
    }
}

/// A paragraph being gathered from lines.
struct Para {
    text: String,
    size: f32,
    bold: bool,
    item: bool,
    lines: usize,
}

/// Builds passages from the lines of every page.
///
/// A paragraph opening the document that repeats its information title is
/// its title.
fn build(
    pages: &[(usize, Vec<Line>)],
    outline: &BTreeMap<usize, Vec<(usize, String)>>,
    title: Option<&str>,
) -> Passages {
    let body = body_size(pages);
    // Without an outline, larger type marks headings: the largest size is
    // level 1, the next level 2, and bold body-size lines the level below.
    let mut sizes: Vec<i32> = Vec::new();
    if outline.is_empty() {
        for (_, lines) in pages {
            for l in lines {
                let s = (l.size * 2.0).round() as i32;
                if l.size >= body * 1.15 && words(&l.text) <= 20 && !sizes.contains(&s) {
                    sizes.push(s);
                }
            }
        }
        sizes.sort_unstable_by(|a, b| b.cmp(a));
        sizes.truncate(5);
    }
    let mut b = Builder::default();
    let mut pending: Option<Para> = None;
    for (number, lines) in pages {
        let entries = outline.get(number).map(Vec::as_slice).unwrap_or_default();
        let mut prev: Option<&Line> = None;
        for (i, line) in lines.iter().enumerate() {
            if is_page_number(&line.text) && (i == 0 || i + 1 == lines.len()) {
                continue;
            }
            // A numbered heading in the outline ("3. Safeguarding") is not a list item.
            let outlined = entries.iter().any(|(_, t)| same_heading(&line.text, t));
            let marker = if outlined { None } else { list_marker(&line.text) };
            let new_para = match (prev, &pending) {
                (_, None) => true,
                (None, Some(p)) => {
                    // A page's first line in the same type carries on the
                    // paragraph the page before left open mid-sentence.
                    p.text.ends_with(['.', '!', '?', ':'])
                        || (p.size - line.size).abs() > 0.1 * p.size.max(1.0)
                        || p.bold != line.bold
                        || marker.is_some()
                        || outlined
                }
                (Some(pl), Some(p)) => {
                    let gap = pl.y - line.y;
                    let size = pl.size.max(line.size).max(1.0);
                    gap > 1.5 * size
                        || gap < -0.4 * size
                        || (pl.size - line.size).abs() > 0.1 * size
                        || pl.bold != line.bold
                        || marker.is_some()
                        || is_heading(&p.text, p.size, p.bold, p.lines, body, entries, &sizes).is_some()
                }
            };
            if new_para {
                if let Some(p) = pending.take() {
                    if b.out.passages.is_empty() && title.is_some_and(|t| same_heading(&p.text, t)) {
                        b.title(&p.text);
                    } else {
                        flush(&mut b, p, body, entries, &sizes);
                    }
                }
                b.page = Some(*number);
                let text = marker.map_or(line.text.as_str(), |m| line.text[m..].trim_start());
                pending = Some(Para {
                    text: text.to_string(),
                    size: line.size,
                    bold: line.bold,
                    item: marker.is_some(),
                    lines: 1,
                });
            } else if let Some(p) = pending.as_mut() {
                join_line(&mut p.text, &line.text);
                p.lines += 1;
            }
            prev = Some(line);
        }
        // A paragraph ending mid-sentence waits for the next page; one
        // that ends here is flushed so its headings match this page.
        if pending.as_ref().is_some_and(|p| p.text.ends_with(['.', '!', '?', ':']) || p.item) {
            flush(&mut b, pending.take().expect("checked above"), body, entries, &sizes);
        }
    }
    if let Some(p) = pending {
        let entries = outline.get(&b.page.unwrap_or(0)).map(Vec::as_slice).unwrap_or_default();
        flush(&mut b, p, body, entries, &sizes);
    }
    b.out
}

fn flush(b: &mut Builder, p: Para, body: f32, entries: &[(usize, String)], sizes: &[i32]) {
    match is_heading(&p.text, p.size, p.bold, p.lines, body, entries, sizes) {
        Some(level) => b.heading(level, &p.text),
        None => b.paragraph(&p.text, p.item),
    }
}

/// The heading level of a paragraph, if it is one.
fn is_heading(
    text: &str,
    size: f32,
    bold: bool,
    lines: usize,
    body: f32,
    entries: &[(usize, String)],
    sizes: &[i32],
) -> Option<usize> {
    if let Some((level, _)) = entries.iter().find(|(_, t)| same_heading(text, t)) {
        return Some(*level);
    }
    if !entries.is_empty() || lines > 2 || words(text) > 20 || text.ends_with(['.', ',', ';']) {
        return None;
    }
    let s = (size * 2.0).round() as i32;
    if let Some(rank) = sizes.iter().position(|x| *x == s) {
        return Some(rank + 1);
    }
    (bold && (size - body).abs() <= 0.1 * body && words(text) <= 12 && lines == 1).then_some(sizes.len() + 1)
}

/// Letters and digits only, lower case: a heading and its outline entry
/// match whatever spaces and punctuation each has.
fn normalise(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether a line is the heading an outline entry names: the same words,
/// whatever the spacing and punctuation, with or without its section
/// number ("2.1 ASN.1 syntax" and "ASN.1 syntax").
fn same_heading(line: &str, entry: &str) -> bool {
    let (a, b) = (normalise(line), normalise(entry));
    let numbered = |long: &str, short: &str| {
        !short.is_empty() && long.strip_suffix(short).is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    };
    a == b || numbered(&a, &b) || numbered(&b, &a)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The type size most of the text is in.
fn body_size(pages: &[(usize, Vec<Line>)]) -> f32 {
    let mut by: HashMap<i32, usize> = HashMap::new();
    for (_, lines) in pages {
        for l in lines {
            *by.entry((l.size * 2.0).round() as i32).or_default() += l.text.len();
        }
    }
    by.into_iter().max_by_key(|(s, n)| (*n, -s)).map_or(10.0, |(s, _)| s as f32 / 2.0)
}

/// A line that is only a page number ("3", "Page 3", "Page 3 of 12", "- 3 -").
fn is_page_number(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace()).to_lowercase();
    let t = t.strip_prefix("page").map_or(t.as_str(), str::trim_start);
    let mut parts = t.split(" of ");
    let is_num = |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.trim().chars().all(|c| c.is_ascii_digit()));
    match (parts.next(), parts.next(), parts.next()) {
        (a, None, None) => is_num(a),
        (a, b, None) => is_num(a) && is_num(b),
        _ => false,
    }
}

/// The byte length of a list marker opening `text` ("• ", "1. ", "a) "),
/// if it opens with one.
fn list_marker(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, first) = chars.next()?;
    if matches!(first, '•' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '□' | '\u{f0b7}' | '–' | '-' | '*') {
        let rest = &text[first.len_utf8()..];
        return rest.starts_with(' ').then_some(first.len_utf8());
    }
    let end = text.find([' ']).filter(|e| *e <= 4)?;
    let head = &text[..end];
    let label = head.strip_suffix(['.', ')'])?;
    let numbered = !label.is_empty() && label.chars().all(|c| c.is_ascii_digit());
    let lettered = label.len() == 1 && label.chars().all(|c| c.is_ascii_lowercase());
    (numbered || lettered).then_some(end)
}

/// Appends a line to a paragraph, undoing a hyphen that broke a word at the
/// line's end ("volun-" + "teers").
fn join_line(para: &mut String, line: &str) {
    let broken = para.ends_with('-')
        && para[..para.len() - 1].ends_with(char::is_alphabetic)
        && line.starts_with(char::is_lowercase);
    if broken {
        para.pop();
    } else {
        para.push(' ');
    }
    para.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, y: f32, size: f32) -> Line {
        Line { text: text.to_string(), y, size, bold: false }
    }

    fn texts(p: &Passages) -> Vec<String> {
        p.passages.iter().map(|p| format!("{:?} {} @{}", p.kind, p.text, p.location)).collect()
    }

    #[test]
    fn page_numbers_stand_alone_only() {
        for yes in ["3", "Page 3", "page 3 of 12", "- 3 -", "12 of 40"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["3 volunteers", "Page three", "Standard 3", "of 3", ""] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn list_markers_are_bullets_numbers_and_letters() {
        assert_eq!(list_marker("• Volunteers are visited"), Some(3));
        assert_eq!(list_marker("2. Volunteers are visited"), Some(2));
        assert_eq!(list_marker("b) Volunteers are visited"), Some(2));
        assert_eq!(list_marker("2026. Volunteers"), None);
        assert_eq!(list_marker("-1 degrees"), None);
        assert_eq!(list_marker("Volunteers are visited"), None);
    }

    #[test]
    fn a_word_broken_at_a_line_end_is_mended() {
        let mut p = "We recruit volun-".to_string();
        join_line(&mut p, "teers every spring");
        assert_eq!(p, "We recruit volunteers every spring");
        let mut p = "A well-".to_string();
        join_line(&mut p, "Known name");
        assert_eq!(p, "A well- Known name");
    }

    #[test]
    fn lines_a_gap_apart_make_paragraphs_and_larger_type_headings() {
        let page = vec![
            line("Matching", 780.0, 16.0),
            line("We match each child with a volunteer", 750.0, 11.0),
            line("who shares their interests.", 737.0, 11.0),
            line("Volunteers are visited monthly.", 710.0, 11.0),
            line("7", 40.0, 9.0),
        ];
        let p = build(&[(2, page)], &BTreeMap::new(), None);
        assert_eq!(
            texts(&p),
            [
                "Heading Matching @page 2",
                "Sentence We match each child with a volunteer who shares their interests. @page 2",
                "Sentence Volunteers are visited monthly. @page 2",
            ]
        );
    }

    #[test]
    fn a_sentence_carried_over_a_page_joins_its_paragraph_on_its_first_page() {
        let one = vec![line("Every volunteer has an enhanced DBS check", 80.0, 11.0)];
        let two = vec![line("renewed every three years.", 780.0, 11.0), line("Next paragraph here.", 750.0, 11.0)];
        let p = build(&[(1, one), (2, two)], &BTreeMap::new(), None);
        assert_eq!(
            texts(&p),
            [
                "Sentence Every volunteer has an enhanced DBS check renewed every three years. @page 1",
                "Sentence Next paragraph here. @page 2",
            ]
        );
    }

    #[test]
    fn running_headers_and_footers_are_dropped_and_a_sentence_crosses_them() {
        let page = |n: usize, first: &str, last: &str| {
            vec![
                line("Pontydd IV Service: safeguarding policy", 800.0, 9.0),
                line(first, 760.0, 11.0),
                line(last, 100.0, 11.0),
                line(&format!("Version 3, page {n} of 3"), 40.0, 9.0),
            ]
        };
        let mut pages = vec![
            (1, page(1, "Concerns are reported the same day.", "Every volunteer has an enhanced")),
            (2, page(2, "DBS check before a match.", "Records are kept securely.")),
            (3, page(3, "The policy is reviewed each year.", "It was approved in March.")),
        ];
        drop_running(&mut pages);
        let p = build(&pages, &BTreeMap::new(), None);
        let t = texts(&p);
        assert!(!t.iter().any(|t| t.contains("Pontydd") || t.contains("Version 3")), "{t:?}");
        // With the running header gone, a sentence crossing the page is one
        // passage, located on the page it starts on.
        assert!(
            t.contains(&"Sentence Every volunteer has an enhanced DBS check before a match. @page 1".to_string()),
            "{t:?}"
        );
    }

    #[test]
    fn the_outline_names_headings_when_there_is_one() {
        let page = vec![line("3. Safeguarding", 780.0, 11.0), line("Concerns go to the lead.", 760.0, 11.0)];
        let outline = BTreeMap::from([(1, vec![(1, "3 Safeguarding".to_string())])]);
        let p = build(&[(1, page)], &outline, None);
        assert_eq!(texts(&p), ["Heading 3. Safeguarding @page 1", "Sentence Concerns go to the lead. @page 1"]);
        assert_eq!(p.passages[1].context.len(), 1);
    }

    #[test]
    fn garbage_is_not_a_pdf() {
        let bounds = crate::limits::PDF;
        assert_eq!(read(b"hello", &bounds).unwrap_err(), Problem::Damaged);
        assert_eq!(read(b"%PDF-1.4\n garbage", &bounds).unwrap_err(), Problem::Damaged);
    }
}

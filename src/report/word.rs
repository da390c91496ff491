//! Word output (`--format docx`): a report or document's Markdown, as
//! rendered from its template, written as a WordprocessingML package that
//! a council can edit.
//!
//! Markdown headings become Word's built-in Heading 1-4 styles (with their
//! outline levels, so the navigation pane and a contents field work), tables
//! become Word tables whose first row repeats on every page and whose rows do
//! not split, lists become indented paragraphs with their bullet or number.
//! Every page is A4 with the organisation, the document and its date in the
//! header (and the INTERNAL marking where it applies) and "Page N of M" in the
//! footer; the package carries the title and organisation as document
//! properties.
//!
//! Written here with the zip and XML escaping the crate already has, rather
//! than with docx-rs: docx-rs 0.4 cannot mark a table's header row to repeat
//! or set the document title, and would bring second copies of zip and
//! quick-xml. The package is deterministic: fixed part order, fixed zip
//! timestamps, dates from the as-of date.

use std::fmt::Write as _;
use std::io::Write;

use pulldown_cmark::{Alignment, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::RenderError;
use crate::locale::{Lang, marks};

/// What the header, footer and properties of a Word document say.
#[derive(Debug, Clone)]
pub struct WordMeta<'a> {
    /// The document's name: "Inspection report", "Needs analysis".
    pub title: &'a str,
    pub organisation: &'a str,
    /// The as-of date, ISO (`2026-03-31`); empty when there is none.
    pub as_of: &'a str,
    /// Marked INTERNAL: NOT FOR PUBLICATION on every page.
    pub internal: bool,
    /// The document's language: its words, and `w:lang` on every run.
    pub messages: &'a crate::locale::Messages,
}

/// Writes `markdown` as a `.docx` package into `out`.
pub fn write_docx(markdown: &str, meta: &WordMeta, out: &mut dyn Write) -> Result<(), RenderError> {
    let body = body(markdown, &super::document::caption_prefix_of(meta.messages));
    let words = meta.messages;
    let lang = words.lang();
    let (title, organisation) = (marks::strip(meta.title), marks::strip(meta.organisation));
    let as_of_words = meta.as_of.parse::<crate::date::Date>().map(|d| words.date(d)).unwrap_or_default();
    let mut heading = format!("{organisation} · {title}");
    if !as_of_words.is_empty() {
        heading.push_str(&format!(" · {}", crate::msg!(words, "word-as-at", date = as_of_words)));
    }
    let mut header = paragraph_xml("Header", None, &run_xml(&heading, false, false, None));
    if meta.internal {
        header.push_str(&paragraph_xml(
            "Header",
            Some("center"),
            &format!(
                r#"<w:r><w:rPr><w:b/><w:color w:val="A31515"/></w:rPr><w:t>{}</w:t></w:r>"#,
                escape(&words.get("marking-internal"))
            ),
        ));
    }
    let footer = paragraph_xml(
        "Footer",
        Some("right"),
        &[
            run_xml(&format!("{} ", words.get("word-page")), false, false, None),
            r#"<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#.to_string(),
            run_xml(&format!(" {} ", words.get("word-of")), false, false, None),
            r#"<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>"#.to_string(),
        ]
        .concat(),
    );
    let stamp = if meta.as_of.is_empty() { "2000-01-01".to_string() } else { meta.as_of.to_string() };
    let parts: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.to_string()),
        ("_rels/.rels", PACKAGE_RELS.to_string()),
        (
            "docProps/core.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language><cp:lastModifiedBy>ivaudit</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}T00:00:00Z</dcterms:modified></cp:coreProperties>"#,
                escape(&format!("{title}: {organisation}")),
                escape(&organisation),
                lang.word_tag()
            ),
        ),
        (
            "docProps/app.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ivaudit {}</Application><Company>{}</Company></Properties>"#,
                env!("CARGO_PKG_VERSION"),
                escape(&organisation)
            ),
        ),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.to_string()),
        // Every run is in the document's language unless marked otherwise.
        (
            "word/styles.xml",
            STYLES.replace(r#"<w:lang w:val="en-GB"/>"#, &format!(r#"<w:lang w:val="{}"/>"#, lang.word_tag())),
        ),
        (
            "word/header1.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {NS}>{header}</w:hdr>"#),
        ),
        (
            "word/footer1.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {NS}>{footer}</w:ftr>"#),
        ),
        (
            "word/document.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" w:bottom="1418" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>"#
            ),
        ),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let fail = |e: zip::result::ZipError| RenderError::Workbook(format!("cannot write the Word document: {e}"));
    for (name, text) in parts {
        zip.start_file(name, options).map_err(fail)?;
        zip.write_all(text.as_bytes()).map_err(RenderError::Io)?;
    }
    let bytes = zip.finish().map_err(fail)?.into_inner();
    out.write_all(&bytes).map_err(RenderError::Io)
}

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

/// Word's built-in style names, so that Word treats them as its own
/// headings (navigation pane, contents field).
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="300" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="heading 4"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="3"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="20"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

/// Text as XML character data: escaped, without the control characters
/// XML 1.0 cannot hold.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A run of `text`; `lang` marks a run in another language than the
/// document's, so that Word's proofing and a screen reader switch to it.
fn run_xml(text: &str, bold: bool, italic: bool, lang: Option<Lang>) -> String {
    if text.is_empty() {
        return String::new();
    }
    let mut props = String::new();
    if bold {
        props.push_str("<w:b/>");
    }
    if italic {
        props.push_str("<w:i/>");
    }
    if let Some(lang) = lang {
        let _ = write!(props, r#"<w:lang w:val="{}"/>"#, lang.word_tag());
    }
    let props = if props.is_empty() { String::new() } else { format!("<w:rPr>{props}</w:rPr>") };
    format!(r#"<w:r>{props}<w:t xml:space="preserve">{}</w:t></w:r>"#, escape(text))
}

fn paragraph_xml(style: &str, align: Option<&str>, runs: &str) -> String {
    let jc = align.map(|a| format!(r#"<w:jc w:val="{a}"/>"#)).unwrap_or_default();
    format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/>{jc}</w:pPr>{runs}</w:p>"#)
}

/// A table being gathered: its column alignments and rows of cells (each
/// cell its runs), the first row the header.
#[derive(Default)]
struct TableState {
    align: Vec<Alignment>,
    rows: Vec<Vec<String>>,
}

/// The body of `document.xml` for `markdown`.
fn body(markdown: &str, caption_prefix: &str) -> String {
    let mut out = String::new();
    let mut runs = String::new();
    let (mut bold, mut italic) = (0usize, 0usize);
    let mut style = "Normal";
    // Open lists: the next number, or None for bullets.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut quote = 0usize;
    let mut table: Option<TableState> = None;
    let mut link: Option<String> = None;
    // Inside a table's header row, whose text is bold.
    let mut head = false;
    // Inside a `<span lang="…">` the template wrote round another language.
    let mut foreign: Option<Lang> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                style = match level {
                    HeadingLevel::H1 => "Heading1",
                    HeadingLevel::H2 => "Heading2",
                    HeadingLevel::H3 => "Heading3",
                    _ => "Heading4",
                };
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push_str(&paragraph_xml(style, None, &runs));
                runs.clear();
                style = "Normal";
            }
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) if table.is_none() && !runs.is_empty() => {
                let mut s = if quote > 0 { "Quote" } else if lists.is_empty() { "Normal" } else { "ListParagraph" };
                // "Table: …" before a table is its caption.
                let prefix = format!(r#"<w:r><w:t xml:space="preserve">{caption_prefix}"#);
                let caption = Some(prefix).filter(|p| runs.starts_with(p.as_str()));
                if let Some(prefix) = caption.filter(|_| s == "Normal") {
                    runs = runs.replacen(&prefix, r#"<w:r><w:t xml:space="preserve">"#, 1);
                    s = "Caption";
                }
                let indent = if lists.is_empty() {
                    String::new()
                } else {
                    format!(r#"<w:ind w:left="{}" w:hanging="284"/>"#, 284 + 360 * lists.len())
                };
                out.push_str(&format!(r#"<w:p><w:pPr><w:pStyle w:val="{s}"/>{indent}</w:pPr>{runs}</w:p>"#));
                runs.clear();
            }
            Event::Start(Tag::List(start)) => {
                if !runs.is_empty() {
                    out.push_str(&paragraph_xml("ListParagraph", None, &runs));
                    runs.clear();
                }
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                let marker = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "•".to_string(),
                };
                runs.push_str(&run_xml(&marker, false, false, None));
                runs.push_str("<w:r><w:tab/></w:r>");
            }
            Event::End(TagEnd::Item) if !runs.is_empty() => {
                let indent = format!(r#"<w:ind w:left="{}" w:hanging="284"/>"#, 284 + 360 * lists.len());
                out.push_str(&format!(r#"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/>{indent}</w:pPr>{runs}</w:p>"#));
                runs.clear();
            }
            Event::Start(Tag::BlockQuote(_)) => quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote = quote.saturating_sub(1),
            Event::Start(Tag::Strong) => bold += 1,
            Event::End(TagEnd::Strong) => bold = bold.saturating_sub(1),
            Event::Start(Tag::Emphasis) => italic += 1,
            Event::End(TagEnd::Emphasis) => italic = italic.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => {
                // An outside address is printed after its text; a link
                // within the document has no page to point at in Word.
                if let Some(url) = link.take().filter(|u| u.starts_with("http")) {
                    runs.push_str(&run_xml(&format!(" ({url})"), false, false, None));
                }
            }
            // Markdown from the templates escapes what evidence says, so raw
            // HTML is only ever the template's own: a language span, or
            // else kept as its text.
            Event::InlineHtml(t) if span_lang(&t).is_some() => foreign = span_lang(&t).flatten(),
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) => {
                runs.push_str(&run_xml(&t, bold > 0 || head, italic > 0, foreign))
            }
            Event::SoftBreak => runs.push_str(&run_xml(" ", false, false, None)),
            Event::HardBreak => runs.push_str("<w:r><w:br/></w:r>"),
            Event::Rule => out.push_str(r#"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr></w:pPr></w:p>"#),
            Event::Start(Tag::Table(align)) => table = Some(TableState { align, rows: Vec::new() }),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                head = matches!(event, Event::Start(Tag::TableHead));
                if let Some(t) = table.as_mut() {
                    t.rows.push(Vec::new());
                }
            }
            Event::End(TagEnd::TableHead) => head = false,
            Event::End(TagEnd::TableCell) => {
                if let Some(row) = table.as_mut().and_then(|t| t.rows.last_mut()) {
                    row.push(std::mem::take(&mut runs));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    out.push_str(&table_xml(&t));
                }
            }
            _ => {}
        }
    }
    if !runs.is_empty() {
        out.push_str(&paragraph_xml("Normal", None, &runs));
    }
    out
}

/// What a raw HTML tag says about language: `Some(Some(lang))` for the
/// opening `<span lang="…">` [`marks`] writes, `Some(None)` for its
/// `</span>`, `None` for any other tag.
fn span_lang(tag: &str) -> Option<Option<Lang>> {
    let tag = tag.trim();
    if tag == "</span>" {
        return Some(None);
    }
    let value = tag.strip_prefix("<span lang=\"")?.strip_suffix("\">")?;
    Lang::parse(value).map(Some)
}

/// A Word table: full width, columns shared equally, the first row a
/// header repeated on every page, no row split across pages, figures
/// aligned as the Markdown aligned them.
fn table_xml(t: &TableState) -> String {
    let columns = t.rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let width = 9638 / columns;
    let mut out = String::from(
        r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#,
    );
    for _ in 0..columns {
        let _ = write!(out, r#"<w:gridCol w:w="{width}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    for (r, row) in t.rows.iter().enumerate() {
        let header = if r == 0 { "<w:tblHeader/>" } else { "" };
        let _ = write!(out, "<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>");
        for c in 0..columns {
            let runs = row.get(c).map(String::as_str).unwrap_or_default();
            let jc = match t.align.get(c) {
                Some(Alignment::Right) => r#"<w:jc w:val="right"/>"#,
                Some(Alignment::Center) => r#"<w:jc w:val="center"/>"#,
                _ => "",
            };
            let shade = if r == 0 { r#"<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>"# } else { "" };
            let _ = write!(
                out,
                r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr><w:p><w:pPr><w:spacing w:after="0"/>{jc}</w:pPr>{runs}</w:p></w:tc>"#
            );
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl><w:p/>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_use_words_own_styles_and_tables_repeat_their_header() {
        let b = body(
            "# Report\n\n## Standard 1\n\nText with **bold** & <angle>.\n\n| Name | Count |\n|---|---:|\n| A | 3 |\n\n- one\n- two\n",
            super::super::document::CAPTION_PREFIX,
        );
        assert!(
            b.contains(r#"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Report</w:t></w:r>"#),
            "{b}"
        );
        assert!(b.contains(r#"<w:pStyle w:val="Heading2"/>"#));
        assert!(b.contains(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">bold</w:t></w:r>"#), "{b}");
        assert!(b.contains(" &amp; ") && b.contains("&lt;angle&gt;"), "{b}");
        assert_eq!(b.matches("<w:tblHeader/>").count(), 1, "only the first row is the header");
        assert!(b.contains(r#"<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">3</w:t>"#), "{b}");
        assert_eq!(b.matches(r#"•</w:t></w:r><w:r><w:tab/></w:r>"#).count(), 2, "{b}");
    }

    #[test]
    fn control_characters_never_reach_the_xml() {
        assert_eq!(escape("a\u{1b}[31mb\u{0}c"), "a[31mbc");
    }
}

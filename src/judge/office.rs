//! Word (`word/document.xml` of a `.docx`), OpenDocument text (`content.xml`
//! of an `.odt`) and plain text as located passages, as
//! [`super::passage::markdown`] reads Markdown.
//!
//! Headings (Word's Title and Heading 1-9 styles or an outline level,
//! OpenDocument's `text:h`) nest by level and give context to what follows
//! them. Each paragraph is cut into sentences; a list paragraph is one item,
//! led into by a paragraph ending in a colon; a table row is its cells
//! joined with " | ", read with the table's first row. A passage is located
//! by the nearest heading above it and its paragraph counted from that
//! heading (paragraphs, list items and table rows each count one; a heading
//! itself is paragraph 0). A plain text file is cut into paragraphs at blank
//! lines and located by line.
//!
//! Only the text is read: no style, image, comment, footnote or tracked
//! deletion. XML that is not well formed is an error; the caller then counts
//! the document only for what its author declares.

use std::sync::Arc;

use quick_xml::events::{BytesStart, Event};

use super::passage::{Kind, Location, Passage, Passages, sentences, tidy};

/// Why a document's XML could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed;

/// Builds passages block by block; the PDF reader ([`super::pdf`]) uses it
/// too, with page locations.
#[derive(Default)]
pub(super) struct Builder {
    pub(super) out: Passages,
    /// (level, index into `out.headings`), outermost first.
    stack: Vec<(usize, usize)>,
    /// The nearest heading's text, and paragraphs counted since it.
    nearest: Option<String>,
    count: usize,
    /// The lead-in of the list now open.
    lead: Option<usize>,
    /// The first row of the table now open, as an index into the headings.
    header: Option<usize>,
    /// The page being read, when passages are located by page (PDF).
    pub(super) page: Option<usize>,
}

impl Builder {
    fn context(&self, extra: Option<usize>) -> Arc<[usize]> {
        self.stack.iter().map(|(_, i)| *i).chain(extra).collect()
    }

    fn next_location(&mut self) -> Location {
        self.count += 1;
        self.location()
    }

    fn location(&self) -> Location {
        match self.page {
            Some(page) => Location::Page { page },
            None => Location::Paragraph { heading: self.nearest.clone(), paragraph: self.count },
        }
    }

    pub(super) fn title(&mut self, text: &str) {
        let text = tidy(text);
        if text.is_empty() {
            return;
        }
        let location = self.next_location();
        self.out.passages.push(Passage { text, kind: Kind::Title, location, context: Arc::from([]), lead: None });
    }

    pub(super) fn heading(&mut self, level: usize, text: &str) {
        let text = tidy(text);
        if text.is_empty() {
            return;
        }
        while self.stack.last().is_some_and(|(l, _)| *l >= level) {
            self.stack.pop();
        }
        let context = self.context(None);
        self.out.headings.push(text.clone());
        self.stack.push((level, self.out.headings.len() - 1));
        self.nearest = Some(text.clone());
        self.count = 0;
        self.lead = None;
        let location = self.location();
        self.out.passages.push(Passage { text, kind: Kind::Heading, location, context, lead: None });
    }

    /// A paragraph, or (when `item`) a list item.
    pub(super) fn paragraph(&mut self, text: &str, item: bool) {
        if text.trim().is_empty() {
            return;
        }
        let location = self.next_location();
        let lead = if item { self.lead } else { None };
        if !item {
            // A sentence ending with a colon leads into the list after it.
            let t = text.trim_end();
            self.lead = t.ends_with(':').then(|| {
                let start = t.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
                self.out.headings.push(tidy(&t[start..]));
                self.out.headings.len() - 1
            });
        }
        let context = self.context(lead);
        for (start, end) in sentences(text) {
            let s = tidy(&text[start..end]);
            if s.chars().any(char::is_alphanumeric) {
                self.out.passages.push(Passage {
                    text: s,
                    kind: Kind::Sentence,
                    location: location.clone(),
                    context: context.clone(),
                    lead,
                });
            }
        }
    }

    /// A table row; the first row of a table is also its header.
    fn row(&mut self, cells: &[String], first: bool) {
        let text = cells.iter().map(|c| tidy(c)).filter(|c| !c.is_empty()).collect::<Vec<_>>().join(" | ");
        if text.is_empty() {
            return;
        }
        self.lead = None;
        let location = self.next_location();
        let context = self.context(if first { None } else { self.header });
        if first {
            self.out.headings.push(text.clone());
            self.header = Some(self.out.headings.len() - 1);
        }
        self.out.passages.push(Passage { text, kind: Kind::Row, location, context, lead: None });
    }
}

/// The tables open at this point of a document (a cell may hold a table):
/// for each, the cells of the row being read and whether that row is the
/// table's first; and how deep inside table cells the reader is.
#[derive(Default)]
struct Tables {
    open: Vec<(Vec<String>, bool)>,
    in_cell: usize,
}

impl Tables {
    fn open(&mut self) {
        self.open.push((Vec::new(), true));
    }

    /// Enters a cell: an outer cell starts `para` afresh; a cell of a table
    /// inside it adds `nested` (a separator) to the outer cell's text.
    fn enter_cell(&mut self, para: &mut String, nested: Option<char>) {
        self.in_cell += 1;
        if self.in_cell == 1 {
            para.clear();
        } else {
            para.extend(nested);
        }
    }

    /// Leaves a cell, taking its text from `para` when it is an outer one.
    fn leave_cell(&mut self, para: &mut String) {
        self.in_cell = self.in_cell.saturating_sub(1);
        if self.in_cell == 0
            && let Some((cells, _)) = self.open.last_mut()
        {
            cells.push(std::mem::take(para));
        }
    }

    /// Ends a row: it becomes a passage (the table's header if it is the
    /// first row with text).
    fn end_row(&mut self, b: &mut Builder) {
        if let Some((cells, first)) = self.open.last_mut() {
            let before = b.out.passages.len();
            b.row(cells, *first);
            *first &= b.out.passages.len() == before;
            cells.clear();
        }
    }

    fn close(&mut self, b: &mut Builder) {
        self.open.pop();
        b.header = None;
    }
}

/// The value of attribute `key` of `e`.
fn attribute(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes().flatten().find(|a| a.key.as_ref() == key).map(|a| a.value.to_string())
}

/// The text an entity reference stands for (`&amp;`, `&#8217;`).
pub(crate) fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// The heading level of a Word paragraph style: `Heading1`..`Heading9`
/// (any case, with or without a space), 0 for `Title`.
fn word_style_level(style: &str) -> Option<usize> {
    let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    if s == "title" {
        return Some(0);
    }
    let n = s.strip_prefix("heading")?.parse::<usize>().ok()?;
    (1..=9).contains(&n).then_some(n)
}

/// The passages of a Word document's `word/document.xml`.
pub fn docx(xml: &[u8]) -> Result<Passages, Malformed> {
    let text = std::str::from_utf8(xml).map_err(|_| Malformed)?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut b = Builder::default();
    // The paragraph being read: its text, style level, and whether a list item.
    let mut para = String::new();
    let mut level: Option<usize> = None;
    let mut item = false;
    let mut in_text = false;
    let mut tables = Tables::default();
    loop {
        let event = reader.read_event().map_err(|_| Malformed)?;
        let (start, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = start {
            match e.name().as_ref() {
                "w:p" if !empty => {
                    if tables.in_cell == 0 {
                        para.clear();
                        (level, item) = (None, false);
                    } else {
                        para.push(' ');
                    }
                }
                "w:pStyle" if tables.in_cell == 0 => {
                    let style = attribute(e, "w:val").unwrap_or_default();
                    level = level.or(word_style_level(&style));
                    item |= style.to_ascii_lowercase().starts_with("list");
                }
                "w:outlineLvl" if tables.in_cell == 0 => {
                    let n = attribute(e, "w:val").and_then(|v| v.parse::<usize>().ok());
                    level = level.or(n.filter(|n| *n < 9).map(|n| n + 1));
                }
                "w:numPr" if tables.in_cell == 0 => item = true,
                "w:t" => in_text = !empty,
                "w:tab" | "w:br" | "w:cr" => para.push(' '),
                "w:tbl" if !empty && tables.in_cell == 0 => {
                    flush_docx(&mut b, &mut para, level, item);
                    tables.open();
                }
                "w:tr" if !empty && tables.in_cell == 0 => {
                    if let Some((cells, _)) = tables.open.last_mut() {
                        cells.clear();
                    }
                }
                "w:tc" if !empty => tables.enter_cell(&mut para, Some(' ')),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Eof => break,
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                if let Some(c) = entity(&r) {
                    para.push(c);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" if tables.in_cell == 0 => flush_docx(&mut b, &mut para, level, item),
                "w:tc" => tables.leave_cell(&mut para),
                "w:tr" if tables.in_cell == 0 => tables.end_row(&mut b),
                "w:tbl" if tables.in_cell == 0 => tables.close(&mut b),
                _ => {}
            },
            _ => {}
        }
    }
    flush_docx(&mut b, &mut para, level, item);
    Ok(b.out)
}

fn flush_docx(b: &mut Builder, para: &mut String, level: Option<usize>, item: bool) {
    let text = std::mem::take(para);
    match level {
        Some(0) => b.title(&text),
        Some(l) => b.heading(l, &text),
        None => b.paragraph(&text, item),
    }
}

/// The passages of an OpenDocument text's `content.xml`.
pub fn odt(xml: &[u8]) -> Result<Passages, Malformed> {
    let text = std::str::from_utf8(xml).map_err(|_| Malformed)?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut b = Builder::default();
    let mut para = String::new();
    // Inside a `text:p` or `text:h`: its heading level (Some for `text:h`,
    // 0 for a Title paragraph) and nesting.
    let mut open = 0usize;
    let mut level: Option<usize> = None;
    let mut lists = 0usize;
    // Elements whose text is not the document's (notes, annotations).
    let mut skip = 0usize;
    let mut tables = Tables::default();
    let mut in_body = false;
    loop {
        let event = reader.read_event().map_err(|_| Malformed)?;
        if skip > 0 {
            match event {
                Event::Start(_) => skip += 1,
                Event::End(_) => skip -= 1,
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        match event {
            Event::Eof => break,
            Event::Start(e) => match e.name().as_ref() {
                "office:body" => in_body = true,
                "text:note" | "office:annotation" | "text:tracked-changes" | "office:forms" => skip = 1,
                "text:list" => lists += 1,
                "text:p" | "text:h" if in_body => {
                    open += 1;
                    if tables.in_cell > 0 {
                        para.push(' ');
                    } else if open == 1 {
                        para.clear();
                        level = if e.name().as_ref() == "text:h" {
                            Some(
                                attribute(&e, "text:outline-level")
                                    .and_then(|v| v.parse::<usize>().ok())
                                    .unwrap_or(1)
                                    .clamp(1, 10),
                            )
                        } else if attribute(&e, "text:style-name").is_some_and(|s| s.eq_ignore_ascii_case("title")) {
                            Some(0)
                        } else {
                            None
                        };
                    }
                }
                "table:table" if tables.in_cell == 0 => tables.open(),
                "table:table-cell" | "table:covered-table-cell" => tables.enter_cell(&mut para, None),
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "text:s" if open > 0 => {
                    let n = attribute(&e, "text:c").and_then(|v| v.parse::<usize>().ok()).unwrap_or(1);
                    para.push_str(&" ".repeat(n.min(8)));
                }
                "text:tab" | "text:line-break" if open > 0 => para.push(' '),
                _ => {}
            },
            Event::Text(t) if open > 0 => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if open > 0 => {
                if let Some(c) = entity(&r) {
                    para.push(c);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "text:list" => lists = lists.saturating_sub(1),
                "text:p" | "text:h" if open > 0 => {
                    open -= 1;
                    if open == 0 && tables.in_cell == 0 {
                        let text = std::mem::take(&mut para);
                        match level {
                            Some(0) => b.title(&text),
                            Some(l) => b.heading(l, &text),
                            None => b.paragraph(&text, lists > 0),
                        }
                    }
                }
                "table:table-cell" | "table:covered-table-cell" => tables.leave_cell(&mut para),
                "table:table-row" if tables.in_cell == 0 => tables.end_row(&mut b),
                "table:table" if tables.in_cell == 0 => tables.close(&mut b),
                _ => {}
            },
            _ => {}
        }
    }
    Ok(b.out)
}

/// The passages of a plain text file: paragraphs separated by blank lines,
/// cut into sentences, each located at the line it starts on. `#` and
/// other Markdown marks are read as the text they are.
pub fn plain(text: &str) -> Passages {
    let mut out = Passages::default();
    let mut para = String::new();
    // (offset in `para`, 1-based line) for each line of the paragraph.
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let flush = |out: &mut Passages, para: &mut String, starts: &mut Vec<(usize, usize)>| {
        for (start, end) in sentences(para) {
            let s = tidy(&para[start..end]);
            if s.chars().any(char::is_alphanumeric) {
                let i = starts.partition_point(|(o, _)| *o <= start).saturating_sub(1);
                let line = starts.get(i).map_or(1, |(_, l)| *l);
                out.passages.push(Passage {
                    text: s,
                    kind: Kind::Sentence,
                    location: Location::Line { line },
                    context: Arc::from([]),
                    lead: None,
                });
            }
        }
        para.clear();
        starts.clear();
    };
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            flush(&mut out, &mut para, &mut starts);
            continue;
        }
        if !para.is_empty() {
            para.push(' ');
        }
        starts.push((para.len(), n + 1));
        para.push_str(line.trim());
    }
    flush(&mut out, &mut para, &mut starts);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn under(p: &Passages, text: &str) -> (Vec<String>, Location) {
        let q = p.passages.iter().find(|q| q.text == text).unwrap_or_else(|| panic!("no {text:?} in {p:?}"));
        (q.context.iter().map(|&i| p.headings[i].clone()).collect(), q.location.clone())
    }

    #[test]
    fn docx_headings_paragraphs_lists_and_tables() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Volunteer policy</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Recruitment</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Every volunteer gives two </w:t></w:r><w:r><w:t>written references. They are checked &amp; kept.</w:t></w:r></w:p>
<w:p><w:r><w:t>We will not appoint:</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>an elected member</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Checks</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Check</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>When</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>DBS</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Before</w:t></w:r></w:p><w:p><w:r><w:t>matching</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;
        let p = docx(xml.as_bytes()).unwrap();
        assert_eq!(p.passages[0].kind, Kind::Title);
        assert_eq!(
            under(&p, "Every volunteer gives two written references."),
            (
                vec!["Recruitment".to_string()],
                Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 1 }
            )
        );
        assert_eq!(
            under(&p, "They are checked & kept.").1,
            Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 1 }
        );
        let item = p.passages.iter().find(|q| q.text == "an elected member").unwrap();
        assert_eq!(item.lead.map(|i| p.headings[i].as_str()), Some("We will not appoint:"));
        assert_eq!(item.location, Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 3 });
        assert_eq!(
            under(&p, "DBS | Before matching"),
            (
                vec!["Recruitment".to_string(), "Checks".to_string(), "Check | When".to_string()],
                Location::Paragraph { heading: Some("Checks".into()), paragraph: 2 }
            )
        );
    }

    #[test]
    fn odt_headings_lists_and_tables() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="b"><office:body><office:text>
<text:h text:outline-level="1">Recruitment</text:h>
<text:p>Every volunteer gives two<text:s/>written references.<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note></text:p>
<text:list><text:list-item><text:p>an item</text:p></text:list-item></text:list>
<table:table><table:table-row><table:table-cell><text:p>A</text:p></table:table-cell><table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table>
</office:text></office:body></office:document-content>"#;
        let p = odt(xml.as_bytes()).unwrap();
        let texts: Vec<&str> = p.passages.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["Recruitment", "Every volunteer gives two written references.", "an item", "A | B"]);
        assert_eq!(under(&p, "A | B").1, Location::Paragraph { heading: Some("Recruitment".into()), paragraph: 3 });
    }

    #[test]
    fn malformed_xml_is_an_error_not_a_panic() {
        assert_eq!(docx(b"<w:document><w:body><w:p></w:body>").unwrap_err(), Malformed);
        assert_eq!(odt(b"\xff\xfe<").unwrap_err(), Malformed);
    }

    #[test]
    fn plain_text_paragraphs_keep_their_lines() {
        let p = plain("# Not a heading\n\nEvery volunteer gives two\nwritten references. Always.\n");
        let got: Vec<(&str, Location)> = p.passages.iter().map(|q| (q.text.as_str(), q.location.clone())).collect();
        assert_eq!(
            got,
            [
                ("# Not a heading", Location::Line { line: 1 }),
                ("Every volunteer gives two written references.", Location::Line { line: 3 }),
                ("Always.", Location::Line { line: 4 }),
            ]
        );
    }
}

//! A document as located passages: its sentences, list items, table rows
//! and headings, each with the headings above it and where it is.
//!
//! A passage is the unit a criterion is judged in, so that words from one
//! part of a policy never combine with words from another, and every
//! judgement can quote the passage it rests on. A heading gives context to
//! what sits under it: a row "Safeguarding" of a table under "Induction
//! programme" is read with that heading, and a table row with the table's
//! header row.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

/// Where a passage is, in words a reader can follow to find it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Location {
    /// A line of a text file (Markdown), 1-based.
    Line { line: usize },
    /// A page of a paginated document (PDF), 1-based.
    Page { page: usize },
    /// A paragraph of a word-processed document, counted from its heading.
    Paragraph { heading: Option<String>, paragraph: usize },
}

impl Location {
    /// The line, when the location is one.
    pub fn line(&self) -> Option<usize> {
        match self {
            Location::Line { line } => Some(*line),
            _ => None,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::Line { line } => write!(f, "line {line}"),
            Location::Page { page } => write!(f, "page {page}"),
            Location::Paragraph { heading: Some(h), paragraph: 0 } => write!(f, "heading “{h}”"),
            Location::Paragraph { heading: Some(h), paragraph } => write!(f, "under “{h}”, paragraph {paragraph}"),
            Location::Paragraph { heading: None, paragraph } => write!(f, "paragraph {paragraph}"),
        }
    }
}

/// What kind of block a passage comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The document's title.
    Title,
    Heading,
    /// A sentence of a paragraph or a list item.
    Sentence,
    /// A row of a table, its cells joined.
    Row,
}

/// One passage.
#[derive(Debug, Clone)]
pub struct Passage {
    pub text: String,
    pub kind: Kind,
    pub location: Location,
    /// Indexes into the document's headings: the headings this passage sits
    /// under, outermost first (and, for a table row, the header row last;
    /// for a list item, the sentence that leads into the list last).
    pub context: std::sync::Arc<[usize]>,
    /// For a list item, the lead-in sentence ("The following cannot be
    /// appointed:"), as an index into the headings.
    pub lead: Option<usize>,
}

/// A document split into passages, with the headings they refer to.
#[derive(Debug, Clone, Default)]
pub struct Passages {
    pub passages: Vec<Passage>,
    /// The text of every heading and table header row.
    pub headings: Vec<String>,
}

/// Maps byte offsets of a file to 1-based lines.
struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "no", "nos", "dr", "mr", "mrs", "ms", "st", "vs", "approx", "incl", "para", "p", "cf", "ref",
];

/// Text gathered from a block, with the source offset of each piece so that
/// a sentence cut from it can be placed on its line.
#[derive(Default)]
struct Block {
    text: String,
    /// (offset in `text`, offset in the source).
    map: Vec<(usize, usize)>,
}

impl Block {
    fn push(&mut self, piece: &str, source: usize) {
        if piece.is_empty() {
            return;
        }
        self.map.push((self.text.len(), source));
        self.text.push_str(piece);
    }

    fn space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    fn source_of(&self, at: usize) -> usize {
        let i = self.map.partition_point(|(t, _)| *t <= at).saturating_sub(1);
        self.map.get(i).map_or(0, |(t, s)| s + at.saturating_sub(*t))
    }

    fn take(&mut self) -> Block {
        std::mem::take(self)
    }
}

/// Splits a Markdown body into passages. `first_line` is the line of the
/// file the body starts on (after front matter); `title` (with its line)
/// becomes the first passage, so a policy's title counts as what it says it
/// is.
pub fn markdown(body: &str, first_line: usize, title: Option<(&str, usize)>) -> Passages {
    let lines = Lines::new(body);
    let at = |offset: usize| Location::Line { line: lines.line(offset) + first_line - 1 };
    let mut out = Passages::default();
    if let Some((t, line)) = title {
        out.passages.push(Passage {
            text: crate::text::flatten(t),
            kind: Kind::Title,
            location: Location::Line { line },
            context: std::sync::Arc::from([]),
            lead: None,
        });
    }
    // The heading stack: (level, index into `out.headings`).
    let mut stack: Vec<(usize, usize)> = Vec::new();
    let mut block = Block::default();
    let mut heading_level: Option<usize> = None;
    let mut in_table_head = false;
    let mut table_header: Option<usize> = None;
    let mut row = Block::default();
    let mut in_cell = false;
    let mut item_depth = 0usize;
    // The lead-in sentence of the paragraph just read, and of the list now open.
    let mut lead: Option<usize> = None;
    let mut list_lead: Option<usize> = None;
    for (event, range) in Parser::new_ext(body, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush_sentences(&mut out, &mut block, &stack, &at, None);
                lead = None;
                heading_level = Some(level as usize);
            }
            Event::End(TagEnd::Heading(_)) => {
                let level = heading_level.take().unwrap_or(1);
                let b = block.take();
                let text = crate::text::flatten(&b.text);
                if !text.is_empty() {
                    while stack.last().is_some_and(|(l, _)| *l >= level) {
                        stack.pop();
                    }
                    let context: std::sync::Arc<[usize]> = stack.iter().map(|(_, i)| *i).collect();
                    out.headings.push(text.clone());
                    stack.push((level, out.headings.len() - 1));
                    out.passages.push(Passage {
                        text,
                        kind: Kind::Heading,
                        location: at(b.source_of(0)),
                        context,
                        lead: None,
                    });
                }
            }
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => {
                if in_cell {
                    continue;
                }
                if item_depth == 0 {
                    // A sentence ending with a colon leads into the list
                    // that follows it.
                    let text = block.text.trim_end();
                    lead = text.ends_with(':').then(|| {
                        let start = text.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
                        out.headings.push(tidy(&text[start..]));
                        out.headings.len() - 1
                    });
                    flush_sentences(&mut out, &mut block, &stack, &at, None);
                } else {
                    block.space();
                }
            }
            Event::Start(Tag::List(_)) if item_depth == 0 => list_lead = lead.take(),
            Event::End(TagEnd::List(_)) if item_depth == 0 => list_lead = None,
            Event::Start(Tag::Item) => {
                flush_sentences(&mut out, &mut block, &stack, &at, if item_depth > 0 { list_lead } else { None });
                item_depth += 1;
            }
            Event::End(TagEnd::Item) => {
                flush_sentences(&mut out, &mut block, &stack, &at, list_lead);
                item_depth = item_depth.saturating_sub(1);
            }
            Event::Start(Tag::Table(_)) => {
                flush_sentences(&mut out, &mut block, &stack, &at, None);
                lead = None;
                table_header = None;
            }
            Event::End(TagEnd::Table) => table_header = None,
            Event::Start(Tag::TableHead) => in_table_head = true,
            Event::End(TagEnd::TableHead) => {
                in_table_head = false;
                let b = row.take();
                let text = crate::text::flatten(&b.text);
                if !text.is_empty() {
                    out.headings.push(text);
                    table_header = Some(out.headings.len() - 1);
                }
            }
            Event::Start(Tag::TableRow) => row = Block::default(),
            Event::End(TagEnd::TableRow) => {
                let b = row.take();
                let text = crate::text::flatten(&b.text);
                if !in_table_head && !text.is_empty() {
                    let context: std::sync::Arc<[usize]> = stack.iter().map(|(_, i)| *i).chain(table_header).collect();
                    out.passages.push(Passage {
                        text,
                        kind: Kind::Row,
                        location: at(b.source_of(0)),
                        context,
                        lead: None,
                    });
                }
            }
            Event::Start(Tag::TableCell) => {
                in_cell = true;
                if !row.text.is_empty() {
                    row.text.push_str(" | ");
                }
            }
            Event::End(TagEnd::TableCell) => in_cell = false,
            Event::Text(t) | Event::Code(t) => {
                if in_cell || in_table_head {
                    row.push(&t, range.start);
                } else {
                    block.push(&t, range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if in_cell {
                    row.space();
                } else {
                    block.space();
                }
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::CodeBlock) => {
                flush_sentences(&mut out, &mut block, &stack, &at, None)
            }
            _ => {}
        }
    }
    flush_sentences(&mut out, &mut block, &stack, &at, None);
    out
}

/// `text` with its runs of whitespace as single spaces, copied only when
/// it has any to fold.
pub(crate) fn tidy(text: &str) -> String {
    let t = text.trim();
    if t.contains(['\n', '\t', '\r']) || t.contains("  ") { crate::text::flatten(t) } else { t.to_string() }
}

/// Cuts the gathered paragraph or list item into sentences.
fn flush_sentences(
    out: &mut Passages,
    block: &mut Block,
    stack: &[(usize, usize)],
    at: &dyn Fn(usize) -> Location,
    lead: Option<usize>,
) {
    let b = block.take();
    if b.text.trim().is_empty() {
        return;
    }
    // One list of headings shared by every sentence of the block.
    let context: std::sync::Arc<[usize]> = stack.iter().map(|(_, i)| *i).chain(lead).collect();
    for (start, end) in sentences(&b.text) {
        let text = tidy(&b.text[start..end]);
        if text.chars().any(char::is_alphanumeric) {
            out.passages.push(Passage {
                text,
                kind: Kind::Sentence,
                location: at(b.source_of(start)),
                context: context.clone(),
                lead,
            });
        }
    }
}

/// Byte ranges of the sentences of `text`: cut after `.`, `!` or `?` that
/// is followed by a space and then a capital letter, digit or quotation
/// mark, except after an abbreviation ("e.g.", "No.") or inside a number.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let next = text[i + 1..].chars().next();
            let after = text[i + 1..].trim_start();
            let spaced = next.is_some_and(char::is_whitespace);
            let opens =
                after.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'(".contains(c));
            if spaced && opens && !(b == b'.' && after_abbreviation(&text[..i])) {
                out.push((start, i + 1));
                start = i + 1 + (text[i + 1..].len() - after.len());
            }
        }
        i += 1;
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Whether `before` ends with an abbreviation ("e.g", "No"), whose full
/// stop does not end a sentence.
fn after_abbreviation(before: &str) -> bool {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(before.len(), |(i, _)| i);
    let word = &before[start..];
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &Passages) -> Vec<(&str, usize)> {
        p.passages.iter().map(|p| (p.text.as_str(), p.location.line().unwrap_or(0))).collect()
    }

    #[test]
    fn sentences_lists_tables_and_headings_with_their_lines() {
        let body = "# Induction programme\n\nAll volunteers train. They are vetted first, e.g. by DBS.\n\n- Item one\n- Item two spans\n  two lines\n\n| Session | Topic |\n|---|---|\n| 1 | Safeguarding |\n| 2 | Boundaries |\n";
        let p = markdown(body, 7, Some(("Training record", 2)));
        assert_eq!(
            texts(&p),
            [
                ("Training record", 2),
                ("Induction programme", 7),
                ("All volunteers train.", 9),
                ("They are vetted first, e.g. by DBS.", 9),
                ("Item one", 11),
                ("Item two spans two lines", 12),
                ("1 | Safeguarding", 17),
                ("2 | Boundaries", 18),
            ]
        );
        // A table row is read under its heading and with its header row.
        let row = &p.passages[6];
        let context: Vec<&str> = row.context.iter().map(|&i| p.headings[i].as_str()).collect();
        assert_eq!(context, ["Induction programme", "Session | Topic"]);
    }

    #[test]
    fn a_sentence_ending_in_a_colon_leads_into_its_list() {
        let body =
            "Some intro. The following cannot be appointed:\n\n- an elected member\n- a relative\n\nAfter the list.\n";
        let p = markdown(body, 1, None);
        let item = p.passages.iter().find(|x| x.text == "an elected member").unwrap();
        assert_eq!(item.lead.map(|i| p.headings[i].as_str()), Some("The following cannot be appointed:"));
        let after = p.passages.iter().find(|x| x.text == "After the list.").unwrap();
        assert_eq!(after.lead, None);
    }

    #[test]
    fn headings_nest_by_level() {
        let body = "# A\n## B\ntext b\n## C\ntext c\n# D\ntext d\n";
        let p = markdown(body, 1, None);
        let under = |t: &str| -> Vec<String> {
            let q = p.passages.iter().find(|q| q.text == t).unwrap();
            q.context.iter().map(|&i| p.headings[i].clone()).collect()
        };
        assert_eq!(under("text b"), ["A", "B"]);
        assert_eq!(under("text c"), ["A", "C"]);
        assert_eq!(under("text d"), ["D"]);
    }

    #[test]
    fn paragraph_locations_read_as_a_reader_finds_them() {
        let under = |h: Option<&str>, paragraph| Location::Paragraph { heading: h.map(str::to_string), paragraph };
        assert_eq!(under(Some("Recruitment"), 3).to_string(), "under “Recruitment”, paragraph 3");
        assert_eq!(under(Some("Recruitment"), 0).to_string(), "heading “Recruitment”");
        assert_eq!(under(None, 2).to_string(), "paragraph 2");
    }

    #[test]
    fn sentence_ends_are_not_abbreviations_or_decimals() {
        let s = |t: &str| sentences(t).into_iter().map(|(a, b)| t[a..b].to_string()).collect::<Vec<_>>();
        assert_eq!(s("Visits are monthly. Each lasts 2.5 hours."), ["Visits are monthly.", "Each lasts 2.5 hours."]);
        assert_eq!(s("See para. 4 of the policy."), ["See para. 4 of the policy."]);
        assert_eq!(s("Done! \"Next\" starts."), ["Done!", "\"Next\" starts."]);
    }
}

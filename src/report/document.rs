//! A document written as Markdown (the commissioning documents, the
//! eligibility report), as the HTML body of `_document.html`.
//!
//! pulldown-cmark writes everything but tables. A table is written here so
//! that it reads right in a browser, a screen reader and on paper: a
//! caption (the `Table: ...` paragraph just above it, or else the heading
//! it sits under), column headers with `scope="col"`, the first cell of
//! each row as a row header with `scope="row"`, no empty header cell,
//! numbers right-aligned and text left-aligned by what the column holds,
//! and a container that scrolls sideways on a narrow screen instead of
//! the page.

use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};

/// The paragraph that names the table below it: `Table: Children by gender`.
pub const CAPTION_PREFIX: &str = "Table: ";

/// How a document in the language of `messages` names the table below a
/// paragraph: what the message `com-table-caption` puts before the caption
/// ("Table: ", "Tabl: "). Read from the message, so that a council that
/// rewords it keeps its captions; the English prefix where the message
/// puts nothing before the caption.
pub fn caption_prefix_of(messages: &crate::locale::Messages) -> String {
    let prefix = crate::msg!(messages, "com-table-caption", caption = "");
    if prefix.trim().is_empty() { CAPTION_PREFIX.to_string() } else { prefix }
}

/// `markdown` as HTML, tables written accessibly; a paragraph starting with
/// `caption_prefix` just above a table is its caption.
pub fn to_html(markdown: &str, caption_prefix: &str) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, Options::ENABLE_TABLES).collect();
    let mut out = String::with_capacity(markdown.len() * 2);
    let mut pending: Vec<Event<'_>> = Vec::new();
    let mut heading = String::new();
    let mut tables = 0usize;
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading { .. }) => {
                let end = matching_end(&events, i);
                heading = plain_text(&events[i + 1..end]);
                pending.extend(events[i..=end].iter().cloned());
                i = end + 1;
            }
            Event::Start(Tag::Paragraph) => {
                let end = matching_end(&events, i);
                let text = plain_text(&events[i + 1..end]);
                let table_follows = matches!(events.get(end + 1), Some(Event::Start(Tag::Table(_))));
                if table_follows && text.starts_with(caption_prefix) {
                    flush(&mut out, &mut pending);
                    let table_end = matching_end(&events, end + 1);
                    let caption = caption_events(&events[i + 1..end], caption_prefix);
                    tables += 1;
                    write_table(&mut out, &events[end + 1..=table_end], Some(&caption), &heading, tables);
                    i = table_end + 1;
                } else {
                    pending.extend(events[i..=end].iter().cloned());
                    i = end + 1;
                }
            }
            Event::Start(Tag::Table(_)) => {
                flush(&mut out, &mut pending);
                let end = matching_end(&events, i);
                tables += 1;
                write_table(&mut out, &events[i..=end], None, &heading, tables);
                i = end + 1;
            }
            e => {
                pending.push(e.clone());
                i += 1;
            }
        }
    }
    flush(&mut out, &mut pending);
    out
}

fn flush(out: &mut String, pending: &mut Vec<Event<'_>>) {
    if !pending.is_empty() {
        pulldown_cmark::html::push_html(out, pending.drain(..));
    }
}

/// The index of the event that closes the element `events[start]` opens.
fn matching_end(events: &[Event<'_>], start: usize) -> usize {
    let mut depth = 0usize;
    for (i, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    events.len() - 1
}

/// The text a reader sees in `events`.
fn plain_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text
}

/// A caption paragraph's inline events without its `Table: ` prefix.
fn caption_events<'a>(events: &[Event<'a>], prefix: &str) -> Vec<Event<'a>> {
    let mut out: Vec<Event<'a>> = events.to_vec();
    if let Some(Event::Text(t)) = out.first_mut() {
        let rest = t.strip_prefix(prefix).unwrap_or(t).to_string();
        *t = rest.into();
    }
    out
}

/// Inline events as HTML.
fn inline_html(events: &[Event<'_>]) -> String {
    let mut s = String::new();
    pulldown_cmark::html::push_html(&mut s, events.iter().cloned());
    s.trim().to_string()
}

fn escape_html(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            c => s.push(c),
        }
    }
    s
}

struct ParsedTable<'a> {
    aligns: Vec<Alignment>,
    head: Vec<Vec<Event<'a>>>,
    rows: Vec<Vec<Vec<Event<'a>>>>,
}

fn parse_table<'a>(events: &[Event<'a>]) -> ParsedTable<'a> {
    let mut table = ParsedTable { aligns: Vec::new(), head: Vec::new(), rows: Vec::new() };
    let mut in_head = false;
    let mut cell: Option<Vec<Event<'a>>> = None;
    for e in events {
        match e {
            Event::Start(Tag::Table(a)) => table.aligns = a.clone(),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => table.rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                let c = cell.take().unwrap_or_default();
                if in_head {
                    table.head.push(c);
                } else if let Some(row) = table.rows.last_mut() {
                    row.push(c);
                }
            }
            Event::End(TagEnd::Table) | Event::End(TagEnd::TableRow) => {}
            other => {
                if let Some(c) = cell.as_mut() {
                    c.push(other.clone());
                }
            }
        }
    }
    table
}

/// Whether a cell reads as a figure: `410`, `12.5%`, `£26,400`, `*` (a
/// count hidden to protect children), `1.2`.
pub fn is_figure(text: &str) -> bool {
    let t = text.trim();
    if t == "*" {
        return true;
    }
    let t = t.strip_prefix('£').unwrap_or(t);
    let t = t.strip_suffix('%').unwrap_or(t);
    let mut digits = false;
    for (i, c) in t.char_indices() {
        match c {
            '0'..='9' => digits = true,
            ',' | '.' if i > 0 => {}
            '-' if i == 0 => {}
            _ => return false,
        }
    }
    digits
}

fn write_table(out: &mut String, events: &[Event<'_>], caption: Option<&[Event<'_>]>, heading: &str, n: usize) {
    let table = parse_table(events);
    let columns = table.head.len().max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
    // A column is right-aligned when the template says so (`---:`) or when
    // it holds only figures; the first column labels its rows.
    let numeric: Vec<bool> = (0..columns)
        .map(|c| {
            if c == 0 {
                return false;
            }
            match table.aligns.get(c) {
                Some(Alignment::Right) => true,
                Some(Alignment::Left | Alignment::Center) => false,
                _ => {
                    let cells: Vec<String> =
                        table.rows.iter().filter_map(|r| r.get(c)).map(|e| plain_text(e)).collect();
                    cells.iter().any(|t| !t.trim().is_empty())
                        && cells.iter().all(|t| t.trim().is_empty() || is_figure(t))
                }
            }
        })
        .collect();
    let id = format!("table-{n}");
    let caption_html = match caption {
        Some(events) => inline_html(events),
        None if !heading.is_empty() => escape_html(heading),
        None => format!("Table {n}"),
    };
    out.push_str(&format!(
        "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{id}\" tabindex=\"0\">\n<table>\n<caption id=\"{id}\">{caption_html}</caption>\n"
    ));
    out.push_str("<thead><tr>");
    for (c, cell) in table.head.iter().enumerate() {
        let html = inline_html(cell);
        let class = if numeric.get(c) == Some(&true) { " class=\"num\"" } else { "" };
        if html.is_empty() {
            // An empty corner cell is no header: a screen reader would
            // announce it before every row.
            out.push_str("<td></td>");
        } else {
            out.push_str(&format!("<th scope=\"col\"{class}>{html}</th>"));
        }
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (c, cell) in row.iter().enumerate() {
            let html = inline_html(cell);
            if c == 0 {
                out.push_str(&format!("<th scope=\"row\">{html}</th>"));
            } else if numeric.get(c) == Some(&true) {
                out.push_str(&format!("<td class=\"num\">{html}</td>"));
            } else {
                out.push_str(&format!("<td>{html}</td>"));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_told_from_words() {
        for t in ["410", "*", "12%", "£26,400", "2.5", "1,000", " 7 "] {
            assert!(is_figure(t), "{t}");
        }
        for t in ["", "yes", "not known", "12 children", "45% (5 of 11)", "S05.P1", "2026-03-31", "-"] {
            assert!(!is_figure(t), "{t}");
        }
    }

    #[test]
    fn a_table_gets_a_caption_row_headers_and_aligned_columns() {
        let html = to_html(
            "## 1. Population\n\nTable: Children by gender\n\n| Gender | Children | Note |\n|---|---|---|\n| Girls | 15 | counted |\n| Boys | * | hidden |\n",
            CAPTION_PREFIX,
        );
        assert!(html.contains("<caption id=\"table-1\">Children by gender</caption>"), "{html}");
        assert!(!html.contains("Table: "), "{html}");
        assert!(
            html.contains(
                "<th scope=\"col\">Gender</th><th scope=\"col\" class=\"num\">Children</th><th scope=\"col\">Note</th>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<tr><th scope=\"row\">Girls</th><td class=\"num\">15</td><td>counted</td></tr>"),
            "{html}"
        );
        assert!(
            html.contains("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"table-1\" tabindex=\"0\">"),
            "{html}"
        );
        assert!(!html.contains("text-align"), "{html}");
    }

    #[test]
    fn a_table_without_a_caption_line_is_named_by_its_heading() {
        let html = to_html("## 3. Ratings\n\n| Standard | Rating |\n|---|---|\n| 1. Access | Good |\n", CAPTION_PREFIX);
        assert!(html.contains("<caption id=\"table-1\">3. Ratings</caption>"), "{html}");
    }

    #[test]
    fn an_empty_corner_is_not_a_header() {
        let html = to_html("| | Children |\n|---|---:|\n| Assessed | 4 |\n", CAPTION_PREFIX);
        assert!(
            html.contains("<thead><tr><td></td><th scope=\"col\" class=\"num\">Children</th></tr></thead>"),
            "{html}"
        );
    }

    #[test]
    fn a_left_aligned_column_of_figures_stays_left_when_the_template_says_so() {
        let html = to_html("| A | B |\n|---|:---|\n| x | 4 |\n", CAPTION_PREFIX);
        assert!(html.contains("<td>4</td>"), "{html}");
    }

    #[test]
    fn a_caption_paragraph_not_above_a_table_is_ordinary_text() {
        let html = to_html("Table: not followed by one\n\nSome text.\n", CAPTION_PREFIX);
        assert!(html.contains("<p>Table: not followed by one</p>"), "{html}");
    }
}

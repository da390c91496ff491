//! Marks around text in another language than the document's.
//!
//! A Welsh report quotes the standards' English wording and English
//! evidence; a screen reader must switch voice for them, so HTML needs
//! `<span lang="en">` and Word `w:lang` around exactly that text. The text
//! travels through the report model as a plain string, so the model wraps
//! it in two private-use characters (which no document ivaudit writes ever
//! contains) and each renderer turns them into its own markup: HTML and
//! Markdown get a `span`, Word a run property, and JSON, CSV and XLSX,
//! which have no way to say it, drop them.
//!
//! Marks that are not paired (a bundle could type one) are harmless: a
//! stray end is dropped, a second start inside a span is ignored, and a
//! span still open at the end of a value is closed there. Only the two
//! fixed tags can come out of a mark, never anything a bundle wrote.

use std::borrow::Cow;

use super::Lang;

const START_EN: char = '\u{E000}';
const START_CY: char = '\u{E001}';
const END: char = '\u{E002}';

fn is_mark(c: char) -> bool {
    matches!(c, START_EN | START_CY | END)
}

/// `text` marked as being in `lang`.
pub fn wrap(text: &str, lang: Lang) -> String {
    let start = match lang {
        Lang::En => START_EN,
        Lang::Cy => START_CY,
    };
    let mut out = String::with_capacity(text.len() + 6);
    out.push(start);
    out.extend(text.chars().filter(|&c| !is_mark(c)));
    out.push(END);
    out
}

/// `text` without marks, for places that cannot carry them: an HTML
/// attribute, a page title, JSON, a spreadsheet cell.
pub fn strip(text: &str) -> Cow<'_, str> {
    if text.contains(is_mark) {
        Cow::Owned(text.chars().filter(|&c| !is_mark(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether `text` has any mark.
pub fn any(text: &str) -> bool {
    text.contains(is_mark)
}

/// Runs of `text` with the language each is marked with (`None`: the
/// document's own).
pub fn segments(text: &str) -> Vec<(Option<Lang>, String)> {
    let mut out: Vec<(Option<Lang>, String)> = Vec::new();
    let mut current: Option<Lang> = None;
    let mut run = String::new();
    for c in text.chars() {
        let next = match c {
            START_EN if current.is_none() => Some(Some(Lang::En)),
            START_CY if current.is_none() => Some(Some(Lang::Cy)),
            END if current.is_some() => Some(None),
            c if is_mark(c) => continue,
            _ => None,
        };
        match next {
            Some(lang) => {
                if !run.is_empty() {
                    out.push((current, std::mem::take(&mut run)));
                }
                current = lang;
            }
            None => run.push(c),
        }
    }
    if !run.is_empty() {
        out.push((current, run));
    }
    out
}

/// `text`, already escaped for HTML or Markdown, with each marked run as
/// `<span lang="…">…</span>`.
pub fn to_spans(text: &str) -> Cow<'_, str> {
    if !any(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 32);
    for (lang, run) in segments(text) {
        match lang {
            Some(lang) => {
                out.push_str("<span lang=\"");
                out.push_str(lang.tag());
                out.push_str("\">");
                out.push_str(&run);
                out.push_str("</span>");
            }
            None => out.push_str(&run),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_run_becomes_a_span_and_stray_marks_vanish() {
        let text = format!("Mae {} yn dweud", wrap("the policy", Lang::En));
        assert_eq!(to_spans(&text), "Mae <span lang=\"en-GB\">the policy</span> yn dweud");
        assert_eq!(strip(&text), "Mae the policy yn dweud");
        // A stray end, a nested start and an unclosed start.
        let odd = format!("a{END}b{START_EN}c{START_CY}d");
        assert_eq!(to_spans(&odd), "ab<span lang=\"en-GB\">cd</span>");
    }

    #[test]
    fn wrapping_drops_marks_inside_the_text() {
        let inner = format!("x{START_CY}y");
        assert_eq!(segments(&wrap(&inner, Lang::En)), vec![(Some(Lang::En), "xy".to_string())]);
    }
}

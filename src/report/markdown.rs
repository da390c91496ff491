//! Escaping for Markdown output.
//!
//! minijinja escapes `.html` templates itself; for `.md` templates ivaudit
//! registers a custom auto-escape mode that runs every interpolated string
//! through `escape`. Text that comes from a bundle (titles, owners, paths) is
//! therefore data: it cannot open a heading, emphasis, a link or raw HTML,
//! and it cannot break a table row with a pipe or a newline. Nor can it
//! reach a terminal raw: control characters and bidirectional overrides are
//! shown as escapes.

/// Escapes `s` so that it renders as the literal text inside a Markdown
/// paragraph, list item or table cell.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut at_start = true;
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '!' | '&' | '{' | '}' | '$' => {
                out.push('\\');
                out.push(ch);
            }
            // A line break would end a table row or start a new block.
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
                continue;
            }
            // A report read in a terminal (`ivaudit audit x | less -R`, or
            // `cat report.md`) must not obey what a bundle wrote: every other
            // control character is shown as an escape (`\u{1b}`), itself
            // escaped so that it renders as written.
            c if crate::text::is_control(c) => {
                let mut visible = String::new();
                crate::text::push_visible_control(&mut visible, c);
                for v in visible.chars() {
                    if matches!(v, '\\' | '{' | '}') {
                        out.push('\\');
                    }
                    out.push(v);
                }
            }
            // At the start these would make a list item or setext heading.
            '-' | '+' if at_start && matches!(chars.peek(), None | Some(' ')) => {
                out.push('\\');
                out.push(ch);
            }
            '=' if at_start => {
                out.push('\\');
                out.push(ch);
            }
            c if at_start && c.is_ascii_digit() => {
                // "1." or "1)" at the start would make an ordered list.
                out.push(c);
                while let Some(&d) = chars.peek() {
                    if d.is_ascii_digit() {
                        out.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if let Some(&p @ ('.' | ')')) = chars.peek() {
                    chars.next();
                    if matches!(chars.peek(), None | Some(' ')) {
                        out.push('\\');
                    }
                    out.push(p);
                }
            }
            c => out.push(c),
        }
        at_start = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_is_neutralised() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("# Heading"), "\\# Heading");
        assert_eq!(escape("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(escape("[click](http://x)"), "\\[click\\](http://x)");
        assert_eq!(escape("**bold** _it_"), "\\*\\*bold\\*\\* \\_it\\_");
        assert_eq!(escape("line\nbreak\r\n| cell"), "line break \\| cell");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("12. ordered"), "12\\. ordered");
        assert_eq!(escape("&lt;"), "\\&lt;");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        // Rendered, these read `x\u{1b}[2Jy`: the escape as written.
        assert_eq!(escape("x\u{1b}[2Jy"), r"x\\u\{1b\}\[2Jy");
        assert_eq!(escape("a\u{202e}b\u{7f}"), r"a\\u\{202e\}b\\u\{7f\}");
        assert_eq!(escape("one\u{2028}two"), "one two");
        let out = escape("\u{0}\u{1}\u{8}\u{9b}\u{85}\u{2066}");
        assert!(!out.chars().any(crate::text::is_control), "{out:?}");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        assert_eq!(escape("Recruitment policy 2025-11-30 (v2.1)"), "Recruitment policy 2025-11-30 (v2.1)");
        assert_eq!(escape("a-b + c = d"), "a-b + c = d");
        assert_eq!(escape("2.5 and -5"), "2.5 and -5");
        assert_eq!(escape("-5"), "-5");
    }
}

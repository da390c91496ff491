//! Splitting a Markdown file into its YAML front matter and its body.

/// A Markdown file split at its front matter.
#[derive(Debug, PartialEq, Eq)]
pub enum Split<'a> {
    /// No front matter: the file does not start with a `---` line.
    None,
    /// Front matter between `---` lines. `yaml_line` is the 1-based line the
    /// YAML starts on, so YAML errors can be reported at the file's line.
    Found { yaml: &'a str, yaml_line: usize, body: &'a str },
    /// A `---` line opens front matter that no later `---` line closes.
    Unclosed,
}

/// Splits `text` at its front matter. The opening `---` must be the first
/// line (after an optional byte order mark); the closing line is the next
/// line that is exactly `---` or `...`. A `---` further down the body (a
/// thematic break) is left alone.
pub fn split(text: &str) -> Split<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_end = text.find('\n').unwrap_or(text.len());
    if text[..first_end].trim_end() != "---" {
        return Split::None;
    }
    let yaml_start = (first_end + 1).min(text.len());
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            let body_start = offset + line.len();
            return Split::Found { yaml: &text[yaml_start..offset], yaml_line: 2, body: &text[body_start..] };
        }
        offset += line.len();
    }
    Split::Unclosed
}

/// The 1-based line within `yaml` on which the top-level `key:` is written.
pub fn key_line(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines().position(|l| l.strip_prefix(key).is_some_and(|rest| rest.starts_with(':'))).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let cases: &[(&str, Split)] = &[
            ("# Title\n", Split::None),
            ("", Split::None),
            ("---\ntitle: A\n---\nBody\n", Split::Found { yaml: "title: A\n", yaml_line: 2, body: "Body\n" }),
            ("\u{feff}---\ntitle: A\n---\n", Split::Found { yaml: "title: A\n", yaml_line: 2, body: "" }),
            ("---\r\ntitle: A\r\n---\r\nBody", Split::Found { yaml: "title: A\r\n", yaml_line: 2, body: "Body" }),
            ("---\ntitle: A\n...\nBody", Split::Found { yaml: "title: A\n", yaml_line: 2, body: "Body" }),
            ("---\n---\n", Split::Found { yaml: "", yaml_line: 2, body: "" }),
            ("---\ntitle: A\nno end\n", Split::Unclosed),
            ("---", Split::Unclosed),
            (
                "---\ntitle: A\n---\nBody\n\n---\n\nMore\n",
                Split::Found { yaml: "title: A\n", yaml_line: 2, body: "Body\n\n---\n\nMore\n" },
            ),
            ("Intro\n---\ntitle: A\n---\n", Split::None),
        ];
        for (input, expected) in cases {
            assert_eq!(&split(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn finds_top_level_keys_only() {
        let yaml = "title: A\nevidences:\n  - S05\nreview_due: 2026-01-01\n";
        assert_eq!(key_line(yaml, "evidences"), Some(2));
        assert_eq!(key_line(yaml, "review_due"), Some(4));
        assert_eq!(key_line(yaml, "review"), None);
    }
}

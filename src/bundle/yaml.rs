//! YAML as people write it: recovering what can be read from a file with
//! one slip in it, and saying what went wrong in words a co-ordinator can
//! act on.
//!
//! A YAML parser stops at the first problem and explains it in its own
//! terms ("mapping values are not allowed in this context"). For
//! `bundle.yaml` and `evidence.yaml` that would throw away every good field
//! or entry for one bad one, so the files are split into their top-level
//! pieces (fields of a mapping, items of a list) by indentation alone, and
//! each piece is parsed on its own. The splitting never parses: it is one
//! pass over the lines.

use serde_yaml::Value;

use crate::suggest;

/// The text without a leading byte-order mark, which Windows editors write
/// and YAML parsers read as the start of a second document.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A part of a YAML file that can be parsed on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The 1-based line of the file the piece starts on.
    pub line: usize,
    pub text: &'a str,
}

/// Lines of `text` with their 1-based numbers and byte offsets.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').enumerate().map(move |(i, line)| {
        let start = offset;
        offset += line.len();
        (i + 1, start, line)
    })
}

/// Whether a line holds nothing YAML reads: blank, a comment, or a
/// document marker.
fn is_filler(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Splits a block mapping into its top-level fields: each piece starts at a
/// line in column 0 that is not blank, a comment or a document marker, and
/// runs to the next such line. Returns the pieces and the lines of any text
/// before the first field that is not filler.
pub fn fields(text: &str) -> Vec<Piece<'_>> {
    split(text, |line| indent(line) == 0 && !line.starts_with('\t'))
}

/// Splits a block sequence into its top-level items: each piece starts at
/// a line beginning `-` at the indentation of the first item.
pub fn items(text: &str) -> Vec<Piece<'_>> {
    let Some(first) = lines(text)
        .map(|(_, _, l)| l)
        .find(|l| !is_filler(l) && l.trim_start_matches(' ').starts_with('-'))
        .map(indent)
    else {
        return Vec::new();
    };
    split(text, move |line| {
        let rest = &line[first.min(line.len())..];
        indent(line) == first && (rest.trim_end() == "-" || rest.starts_with("- ") || rest.starts_with("-\t"))
    })
}

fn split<'a>(text: &'a str, starts: impl Fn(&str) -> bool) -> Vec<Piece<'a>> {
    let mut pieces: Vec<Piece<'a>> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (n, start, line) in lines(text) {
        if is_filler(line) || !starts(line) {
            continue;
        }
        if let Some((line_no, from)) = open.take() {
            pieces.push(Piece { line: line_no, text: &text[from..start] });
        }
        open = Some((n, start));
    }
    if let Some((line_no, from)) = open {
        pieces.push(Piece { line: line_no, text: &text[from..] });
    }
    pieces
}

/// The first line of `text` holding something other than filler before the
/// first piece starts, if any: text the splitting could not place.
pub fn stray_line(text: &str, pieces: &[Piece]) -> Option<usize> {
    let first = pieces.first().map_or(usize::MAX, |p| p.line);
    lines(text).find(|(n, _, l)| *n < first && !is_filler(l)).map(|(n, _, _)| n)
}

/// A YAML problem in plain words, with the 1-based line and column it is at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// Explains a YAML error. `text` is the YAML that was parsed (so the line
/// at fault can be looked at) and `line_offset` is added to its lines when
/// it starts part-way into a file.
pub fn explain(err: &serde_yaml::Error, text: &str, line_offset: usize) -> Problem {
    let raw = err.to_string();
    let (mut line, mut column) = match err.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    let at_line = |n: Option<usize>| n.and_then(|n| text.lines().nth(n.saturating_sub(1))).unwrap_or("");
    // "while parsing a flow sequence at line 3 column 12": where a bracket
    // or quotation mark was opened, which is where the user must look.
    let opened_at = |what: &str| -> Option<(usize, Option<usize>)> {
        let rest = &raw[raw.find(what)? + what.len()..];
        let number = |s: &str| s.chars().take_while(char::is_ascii_digit).collect::<String>().parse::<usize>().ok();
        let column = rest.split_once(" column ").and_then(|(_, c)| number(c));
        Some((number(rest)?, column))
    };
    let message = if raw.starts_with("mapping values are not allowed") {
        let here = at_line(line);
        let after_key = here.split_once(": ").map(|(_, v)| v).unwrap_or("");
        if after_key.contains(": ") || after_key.ends_with(':') {
            "this value contains a colon followed by a space, which YAML reads as another field; put the whole value in double quotes, for example title: \"Policy: volunteers\"".to_string()
        } else {
            "this line is indented differently from the line above it; each field must start in the same column as the field before it".to_string()
        }
    } else if raw.starts_with("found a tab character") || raw.contains("tab character") {
        "a tab is used to indent this line; YAML must be indented with spaces only".to_string()
    } else if raw.contains("while scanning a quoted scalar") {
        if let Some((l, c)) = opened_at("while scanning a quoted scalar at line ") {
            (line, column) = (Some(l), c);
        }
        "a quotation mark opened here is never closed; end the value with the same quotation mark (a value containing an apostrophe, such as it's, goes in double quotes)".to_string()
    } else if raw.starts_with("did not find expected ',' or ']'") {
        if let Some((l, c)) = opened_at("while parsing a flow sequence at line ") {
            (line, column) = (Some(l), c);
        }
        "a list opened with `[` here is never closed with `]`".to_string()
    } else if raw.starts_with("did not find expected ',' or '}'") {
        if let Some((l, c)) = opened_at("while parsing a flow mapping at line ") {
            (line, column) = (Some(l), c);
        }
        "a mapping opened with `{` here is never closed with `}`".to_string()
    } else if raw.starts_with("found character that cannot start any token") {
        let here = at_line(line);
        let ch = column.and_then(|c| here.chars().nth(c.saturating_sub(1))).unwrap_or('?');
        let ch = if ch == '`' { "a backtick (`)".to_string() } else { format!("`{ch}`") };
        format!("a value cannot start with {ch}; put the whole value in double quotes")
    } else if raw.starts_with("did not find expected key") {
        "this line cannot be read as `name: value`; a value that contains quotation marks, a colon or a # must be put in double quotes (write it's as \"it's\")".to_string()
    } else if raw.starts_with("did not find expected '-' indicator") {
        "the entries of this list are indented differently; start each entry with `- ` in the same column and indent its fields by two more spaces".to_string()
    } else if raw.starts_with("deserializing from YAML containing more than one document") {
        "a line `---` splits this YAML into two documents; remove the extra `---`".to_string()
    } else if raw.starts_with("recursion limit exceeded") {
        "this YAML is nested too deeply (or an alias refers to itself)".to_string()
    } else if raw.contains("found unexpected end of stream") {
        "the file ends in the middle of a value; check the last lines for a quotation mark or bracket that is never closed".to_string()
    } else if let Some(rest) = raw.strip_prefix("duplicate entry with key ") {
        let key = rest.split(" at line").next().unwrap_or(rest).trim_matches('"');
        format!("`{key}` is written twice; keep one")
    } else {
        data_message(&raw)
    };
    Problem { message, line: line.map(|l| l + line_offset), column }
}

/// Messages from reading YAML into a type ("unknown field", "invalid
/// type", "missing field"), reworded without repeating the value read.
fn data_message(raw: &str) -> String {
    let text = match raw.find(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    // serde puts the path to the value first: `title: invalid type: ...`.
    let (path, text) = match text.split_once(": ") {
        Some((p, rest)) if !p.contains(' ') && !p.is_empty() => (Some(p), rest),
        _ => (None, text),
    };
    // Inside a list the path starts with the item's index (`[0].kind`),
    // which the line already gives.
    let path = path.map(|p| p.trim_start_matches('.'));
    let path = path.map(|p| if p.starts_with('[') { p.split_once("].").map_or(p, |(_, rest)| rest) } else { p });
    let path = path.filter(|p| !p.starts_with('['));
    let field = |s: &str| match path {
        Some(p) => format!("`{p}`: {s}"),
        None => s.to_string(),
    };
    if let Some(rest) = text.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let hint = suggest::unknown_among(name, &backticked(expected), "fields");
        return field(&format!("unknown field `{name}`{hint}"));
    }
    if let Some(rest) = text.strip_prefix("unknown variant `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known = backticked(expected);
        let hint = suggest::did_you_mean(name, &known);
        return field(&format!("`{name}` is not one of {}{hint}", known.join(", ")));
    }
    if let Some(rest) = text.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return field(&format!("`{name}` is missing"));
    }
    if let Some(rest) = text.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return field(&format!("`{name}` is written twice; keep one"));
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "something else"));
        return field(&format!("expected {}, found {}", kind_words(expected), kind_words(found)));
    }
    if let Some(rest) = text.strip_prefix("invalid value: ") {
        let (_, expected) = rest.split_once(", expected ").unwrap_or((rest, "something else"));
        return field(&format!("expected {}", kind_words(expected)));
    }
    field(text)
}

/// The names in backticks in "one of `a`, `b`" or "`a` or `b`".
fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

/// A serde type description in everyday words, never with the value.
fn kind_words(s: &str) -> &'static str {
    let s = s.trim();
    let first = s.split([' ', '`', '"']).find(|w| !w.is_empty() && *w != "a" && *w != "an").unwrap_or("");
    match first {
        "string" | "str" | "char" => "text",
        "sequence" => "a list",
        "map" | "struct" | "mapping" => "a set of `name: value` fields",
        "unit" | "null" => "nothing",
        "boolean" | "bool" => "true or false",
        "integer" | "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "a whole number",
        "floating" | "f64" | "f32" => "a number",
        "enum" | "variant" => "one of the listed words",
        _ => "a different kind of value",
    }
}

/// A scalar as text: strings as they are, numbers and booleans as written.
/// `None` for null, lists and mappings.
pub fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Tagged(t) => scalar(&t.value),
        Value::Null | Value::Sequence(_) | Value::Mapping(_) => None,
    }
}

/// What kind of value a YAML value is, in words.
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a set of `name: value` fields",
        Value::Tagged(t) => kind_of(&t.value),
    }
}

/// The 1-based line within `text` on which `key:` is written at the given
/// indentation or deeper, searching from `from` (1-based).
pub fn key_line(text: &str, key: &str, from: usize) -> Option<usize> {
    lines(text).skip(from.saturating_sub(1)).find_map(|(n, _, l)| {
        let t = l.trim_start_matches([' ', '-']).trim_start();
        let t = t
            .strip_prefix('"')
            .and_then(|t| t.strip_prefix(key))
            .and_then(|t| t.strip_prefix('"'))
            .or_else(|| t.strip_prefix(key));
        t.is_some_and(|rest| rest.trim_start().starts_with(':')).then_some(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(text: &str) -> Problem {
        let err = serde_yaml::from_str::<Value>(text).unwrap_err();
        explain(&err, text, 0)
    }

    #[test]
    fn splits_fields_by_indentation_alone() {
        let text = "# comment\norganisation: A\nperiod:\n  from: 2025-04-01\n  to: 2026-03-31\n\nrole: \"unclosed\nas_of: 2026-03-31\n";
        let p = fields(text);
        let starts: Vec<usize> = p.iter().map(|p| p.line).collect();
        assert_eq!(starts, [2, 3, 7, 8]);
        assert_eq!(p[1].text, "period:\n  from: 2025-04-01\n  to: 2026-03-31\n\n");
        assert_eq!(stray_line(text, &p), None);
        assert_eq!(stray_line("  stray: x\nkey: v\n", &fields("  stray: x\nkey: v\n")), Some(1));
    }

    #[test]
    fn splits_list_items_at_the_first_items_indentation() {
        let text = "# header\n- file: a.pdf\n  title: A\n   bad: indent\n- file: b.pdf\n  title: B\n";
        let p = items(text);
        assert_eq!(p.iter().map(|p| p.line).collect::<Vec<_>>(), [2, 5]);
        let indented = "  - file: a\n    title: A\n  - file: b\n";
        assert_eq!(items(indented).iter().map(|p| p.line).collect::<Vec<_>>(), [1, 3]);
        assert!(items("file: a\n").is_empty());
    }

    #[test]
    fn explains_parser_errors_in_plain_words() {
        let colon = problem("title: Policy: volunteers\nkind: policy\n");
        assert!(colon.message.contains("double quotes"), "{colon:?}");
        assert_eq!(colon.line, Some(1));
        let indented = problem("title: A\n  kind: policy\n");
        assert!(indented.message.contains("indented differently"), "{indented:?}");
        assert!(problem("title: A\n\tkind: policy\n").message.contains("tab"));
        let quote = problem("title: \"A\nkind: policy\n");
        assert!(quote.message.contains("never closed"), "{quote:?}");
        assert_eq!(quote.line, Some(1), "the quote is reported where it opens");
        assert!(problem("title: [A\nkind: policy\n").message.contains("`[`"));
        assert!(problem("title: @x\n").message.contains("cannot start with `@`"));
        assert!(problem("title: 'it's'\n").message.contains("\"it's\""));
        assert!(problem("title: A\ntitle: B\n").message.contains("`title` is written twice"));
        assert!(problem("- file: a\n title: b\n").message.contains("`- `"));
    }

    #[test]
    fn explains_type_errors_without_repeating_the_value() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Meta {
            title: String,
            count: Option<u32>,
            kind: Option<Kind>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "lowercase")]
        enum Kind {
            Policy,
            Procedure,
        }
        let explain_meta = |text: &str| {
            let err = serde_yaml::from_str::<Meta>(text).unwrap_err();
            explain(&err, text, 10)
        };
        let typed = explain_meta("title: A\ncount: Placeholder Person\n");
        assert_eq!(typed.message, "`count`: expected a whole number, found text");
        assert_eq!(typed.line, Some(12));
        assert!(!typed.message.contains("Placeholder"));
        let unknown = explain_meta("title: A\ncuont: 3\n");
        assert!(
            unknown
                .message
                .starts_with("unknown field `cuont` (did you mean `count`? The fields are title, count, kind)"),
            "{unknown:?}"
        );
        let variant = explain_meta("title: A\nkind: polcy\n");
        assert_eq!(variant.message, "`kind`: `polcy` is not one of policy, procedure (did you mean `policy`?)");
        assert_eq!(explain_meta("count: 3\n").message, "`title` is missing");
        assert_eq!(explain_meta("title: [a]\n").message, "`title`: expected text, found a list");
    }

    #[test]
    fn finds_keys_even_quoted() {
        let text = "a: 1\nperiod:\n  from: x\n  \"to\": y\n";
        assert_eq!(key_line(text, "from", 2), Some(3));
        assert_eq!(key_line(text, "to", 2), Some(4));
        assert_eq!(key_line(text, "a", 1), Some(1));
        assert_eq!(key_line(text, "b", 1), None);
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(strip_bom("\u{feff}title: A"), "title: A");
        assert_eq!(strip_bom("title: A"), "title: A");
    }
}

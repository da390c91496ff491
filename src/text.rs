//! Word-level phrase matching between catalog criteria and evidence text.
//!
//! Criteria are checked by looking for phrases a genuine policy would contain
//! ("two references", "enhanced DBS"). Matching must be predictable for a
//! non-programmer reading the rules in the report, so it is deliberately
//! simple: case, punctuation and hyphens are ignored, phrases match whole
//! words, and a trailing `*` lets the last word run on. All phrases are found
//! in one pass over a document with Aho-Corasick, which keeps a 10,000
//! document bundle fast however many criteria the catalog holds.

use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::fmt::Write as _;

/// Lower-cases `text` and turns every run of non-alphanumeric characters
/// into a single space, with a space at both ends so that whole-word
/// patterns can be found with a plain substring search.
///
/// ```
/// assert_eq!(ivaudit::text::normalise("Enhanced-DBS checks!"), " enhanced dbs checks ");
/// ```
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            out.extend(ch.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Collapses every run of whitespace, line breaks included, into one space:
/// YAML folds and Markdown wraps text that reports print on one line.
pub fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text with its first letter in upper case.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// `n` with the right form of a noun: `plural(1, "child", "children")` is
/// "1 child", `plural(3, ...)` "3 children".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// Whether `ch` could take over a terminal or reorder what it shows, so it
/// must never reach one raw: C0 and C1 control characters (a newline can
/// fake a line of output, ESC starts an escape sequence), DEL, the Unicode
/// line and paragraph separators, and the bidirectional marks, embeddings,
/// overrides and isolates that can make text read differently from what it
/// is ("Trojan Source").
/// Whether `s` holds any character [`is_control`] names. Reports run this
/// on every string they print, so it first looks at bytes: every such
/// character starts with a byte below 0x20, 0x7F, or the lead bytes 0xC2
/// (C1), 0xD8 (U+061C) or 0xE2 (the U+2xxx marks), and most text has none.
pub fn has_control(s: &str) -> bool {
    s.bytes().any(|b| b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe2)) && s.chars().any(is_control)
}

pub fn is_control(ch: char) -> bool {
    matches!(
        ch,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
    )
}

/// Writes the visible form of a control character: `\n`, `\r`, `\t`, or
/// `\u{1b}` with its code point in hex.
pub fn push_visible_control(out: &mut String, ch: char) {
    match ch {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// `s` with every control character (see [`is_control`]) shown as an
/// escape, so that text from a bundle printed to a terminal (a file name, a
/// title, a cell) can neither fake a line of output nor recolour or clear
/// the screen. Text without one is returned as it is.
///
/// ```
/// use ivaudit::text::escape_control;
/// assert_eq!(escape_control("x\n0 error(s)\x1b[2J.md"), "x\\n0 error(s)\\u{1b}[2J.md");
/// assert_eq!(escape_control("policies/recruitment.md"), "policies/recruitment.md");
/// ```
pub fn escape_control(s: &str) -> Cow<'_, str> {
    if !has_control(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for ch in s.chars() {
        if is_control(ch) {
            push_visible_control(&mut out, ch);
        } else {
            out.push(ch);
        }
    }
    Cow::Owned(out)
}

/// The pattern that finds `phrase` in normalised text, or `None` for a
/// phrase with no words in it.
pub fn pattern(phrase: &str) -> Option<String> {
    let phrase = phrase.trim();
    let (stem, open) = match phrase.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (phrase, false),
    };
    let words = normalise(stem);
    if words.trim().is_empty() {
        return None;
    }
    Some(if open { words.trim_end().to_string() } else { words })
}

/// Finds many phrases at once, reporting which *targets* (criteria) they
/// belong to.
#[derive(Debug, Clone)]
pub struct PhraseMatcher {
    automaton: AhoCorasick,
    /// For each pattern, the target it belongs to.
    targets: Vec<usize>,
    target_count: usize,
}

impl PhraseMatcher {
    /// `phrases` pairs each phrase with the index of its target.
    pub fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, usize)>) -> PhraseMatcher {
        let mut patterns = Vec::new();
        let mut targets = Vec::new();
        let mut target_count = 0;
        for (phrase, target) in phrases {
            target_count = target_count.max(target + 1);
            if let Some(p) = pattern(phrase) {
                patterns.push(p);
                targets.push(target);
            }
        }
        let automaton = AhoCorasick::new(&patterns).expect("phrase patterns are plain strings");
        PhraseMatcher { automaton, targets, target_count }
    }

    /// The sorted targets with at least one phrase in `normalised` text.
    pub fn find(&self, normalised: &str) -> Vec<usize> {
        let mut seen = vec![false; self.target_count];
        for m in self.automaton.find_overlapping_iter(normalised) {
            seen[self.targets[m.pattern().as_usize()]] = true;
        }
        seen.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(phrase: &str, text: &str) -> bool {
        PhraseMatcher::new([(phrase, 0)]).find(&normalise(text)) == vec![0]
    }

    #[test]
    fn ignores_case_punctuation_and_hyphens() {
        assert!(finds("self-refer", "Young people may SELF REFER by text."));
        assert!(finds("out of hours", "an out-of-hours number"));
        assert!(finds("child’s home", "never the child's home"));
    }

    #[test]
    fn matches_whole_words_only() {
        assert!(!finds("iro", "the environment"));
        assert!(finds("iro", "the IRO chairs the review"));
        assert!(!finds("foster carer", "foster carers"));
    }

    #[test]
    fn star_lets_the_last_word_run_on() {
        assert!(finds("foster carer*", "we write to foster carers"));
        assert!(finds("referee*", "two referees"));
        assert!(!finds("referee*", "a prereferee"));
    }

    #[test]
    fn overlapping_phrases_all_count() {
        let m = PhraseMatcher::new([("two references", 0), ("references", 1), ("enhanced dbs", 2)]);
        assert_eq!(m.find(&normalise("We take two references.")), vec![0, 1]);
    }

    #[test]
    fn wording_helpers() {
        assert_eq!(flatten("  two\n  lines\t here "), "two lines here");
        assert_eq!(capitalise("local authority"), "Local authority");
        assert_eq!(capitalise(""), "");
        assert_eq!(plural(1, "match", "matches"), "1 match");
        assert_eq!(plural(0, "match", "matches"), "0 matches");
    }

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(escape_control("a\r\nb\tc"), "a\\r\\nb\\tc");
        assert_eq!(escape_control("\u{7f}\u{9b}31m"), "\\u{7f}\\u{9b}31m");
        assert_eq!(escape_control("abc\u{202e}fdp.exe"), "abc\\u{202e}fdp.exe");
        assert_eq!(escape_control("\u{2066}x\u{2069}\u{2028}"), "\\u{2066}x\\u{2069}\\u{2028}");
        // Welsh, accents and ordinary punctuation pass untouched, borrowed.
        let plain = "Gwasanaeth Ymwelwyr Annibynnol – ŵ ŷ â (v2.1) \\ path";
        assert!(matches!(escape_control(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn empty_phrases_are_ignored() {
        assert_eq!(pattern(" -- "), None);
        assert_eq!(pattern("DBS*").as_deref(), Some(" dbs"));
    }
}

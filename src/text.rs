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
    fn empty_phrases_are_ignored() {
        assert_eq!(pattern(" -- "), None);
        assert_eq!(pattern("DBS*").as_deref(), Some(" dbs"));
    }
}

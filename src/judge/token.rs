//! Words as the judge compares them: lower-cased, stemmed (Snowball
//! English, so "references", "referee" and "referencing" meet their
//! catalog forms), numbers read whether written as figures or words, and
//! the punctuation that bounds a negation's reach kept as a boundary.
//!
//! A token is two hashes, not strings: the stem (what catalog terms are
//! matched on) and the lower-case word (what cue words such as "planned"
//! or "never" are matched on, where stemming would lose the difference
//! between "plan" and "planned"). Hashing keeps a 10,000-document bundle
//! free of per-word allocations; stems are cached per thread.

use std::cell::RefCell;

/// One word of a passage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    /// Hash of the Snowball stem of the lower-case word.
    pub stem: u64,
    /// Hash of the lower-case word itself.
    pub word: u64,
    /// The number the word is, if it is one ("12", "12.5", "twelve"; "a"
    /// is not).
    pub number: Option<f32>,
    /// Byte range of the word in the passage text.
    pub start: u32,
    pub end: u32,
    /// Which segment of the passage the word is in: segments are cut at
    /// `; : ( ) |`, sentence ends, words such as "but", "unless" or "who",
    /// and the comma that closes an "if" or "when" clause; a negation
    /// reaches only words of its own segment.
    pub segment: u16,
    /// Which part of the passage the word is in, cut only at punctuation:
    /// words within reach of each other (`A ~ B`) must share it, but a
    /// relative clause does not part them ("applicants who grew up in
    /// care").
    pub part: u16,
    /// The first four bytes of the lower-case word, the first in the
    /// highest byte, so that the words beginning with a given prefix sort
    /// together (`reference*`). It fills what would otherwise be padding.
    pub head: u32,
}

/// The first four bytes of `lower`, big-endian, padded with zeros.
pub fn head_of(lower: &str) -> u32 {
    let mut b = [0u8; 4];
    for (d, s) in b.iter_mut().zip(lower.bytes()) {
        *d = s;
    }
    u32::from_be_bytes(b)
}

/// A hasher for maps keyed by these hashes or by short words: FNV-1a,
/// far cheaper than the default SipHash, which guards against attackers
/// choosing keys to collide; a bundle's words can at worst slow a map that
/// the cache's size bound keeps small.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn write_u64(&mut self, n: u64) {
        // Keys are already FNV hashes: mix once more and keep them.
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A `HashMap` with the FNV hasher.
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;

/// FNV-1a: a fast, fixed hash, so the same word always has the same hash
/// in every run and on every machine.
pub fn hash(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Words that end a negation's reach, as "but" does in "not offered, but
/// advice is available".
const SEGMENT_WORDS: &[&str] = &[
    "but", "however", "although", "though", "except", "unless", "until", "whereas", "before", "prior", "once", "if",
    "who", "which", "whose", "when", "where", "so",
];

/// Words that open a clause a comma closes ("If the match is not working,
/// the co-ordinator agrees ..."): the comma starts a new segment.
const CONDITIONAL_WORDS: &[&str] = &["if", "unless", "when", "where", "once", "until"];

/// The numbers written as words that matter in standards' thresholds.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("eighteen", 18),
    ("twenty", 20),
    ("thirty", 30),
    ("single", 1),
    ("both", 2),
    ("twice", 2),
    ("once", 1),
];

/// The largest number of distinct words cached per thread before the cache
/// is cleared: a hostile bundle of random words cannot grow it without end.
const CACHE_LIMIT: usize = 100_000;

thread_local! {
    static STEMS: RefCell<FastMap<u64, u64>> = RefCell::new(FastMap::default());
    static STEMMER: rust_stemmers::Stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
}

/// The hash of the stem of a lower-case word.
pub fn stem_hash(lower: &str) -> u64 {
    stem_of(lower, hash(lower))
}

/// The stem hash of `lower`, whose own hash is `word`: the cache is keyed
/// by the word's hash, so a word already seen costs one lookup.
fn stem_of(lower: &str, word: u64) -> u64 {
    STEMS.with(|cache| STEMMER.with(|stemmer| stem_cached(&mut cache.borrow_mut(), stemmer, lower, word)))
}

fn stem_cached(cache: &mut FastMap<u64, u64>, stemmer: &rust_stemmers::Stemmer, lower: &str, word: u64) -> u64 {
    if let Some(h) = cache.get(&word) {
        return *h;
    }
    let h = hash(&stemmer.stem(irregular(lower).unwrap_or(lower)));
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(word, h);
    h
}

/// The base form of an irregular verb the stemmer leaves apart from it
/// ("goes through" is "go through"; "told" is "tell"). Forms of "be",
/// "have" and "do" are left alone: a catalog phrase such as "were in care"
/// must not find "are in care". So is "met": as "meet" it would find every
/// "meeting", and a catalog's "costs are met" would find the minutes'
/// heading.
fn irregular(lower: &str) -> Option<&'static str> {
    Some(match lower {
        "goes" | "went" | "gone" => "go",
        "told" => "tell",
        "gave" | "given" => "give",
        "took" | "taken" => "take",
        "saw" | "seen" => "see",
        "kept" => "keep",
        "held" => "hold",
        "made" => "make",
        "brought" => "bring",
        "spoke" | "spoken" => "speak",
        "wrote" | "written" => "write",
        "chose" | "chosen" => "choose",
        "began" | "begun" => "begin",
        "knew" | "known" => "know",
        "sent" => "send",
        "paid" => "pay",
        "heard" => "hear",
        "taught" => "teach",
        "thought" => "think",
        "sought" => "seek",
        "felt" => "feel",
        "understood" => "understand",
        "undertook" | "undertaken" => "undertake",
        "withdrew" | "withdrawn" => "withdraw",
        "grew" | "grown" => "grow",
        _ => return None,
    })
}

/// The hashes of a list of words, for comparing with a token's `word`.
fn hashes(list: &[&str]) -> Vec<u64> {
    list.iter().map(|w| hash(w)).collect()
}

/// [`SEGMENT_WORDS`] and [`CONDITIONAL_WORDS`] as hashes.
fn segment_words() -> &'static (Vec<u64>, Vec<u64>) {
    static WORDS: std::sync::OnceLock<(Vec<u64>, Vec<u64>)> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| (hashes(SEGMENT_WORDS), hashes(CONDITIONAL_WORDS)))
}

/// The number a lower-case word is, if any.
fn number_of(lower: &str) -> Option<f32> {
    let first = lower.as_bytes().first()?;
    if first.is_ascii_digit() {
        let plain = lower.len() <= 12 && lower.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        return plain.then(|| lower.parse::<f32>().ok()).flatten();
    }
    if lower.len() > 9 || !b"otfsentwbz".contains(first) {
        return None;
    }
    NUMBER_WORDS.iter().find(|(w, _)| *w == lower).map(|(_, n)| *n as f32)
}

/// Splits `text` into tokens. Apostrophes inside a word are kept out:
/// "volunteer's" is "volunteer", and "don't" is "do" and "not".
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 6);
    tokenize_into(text, &mut tokens);
    tokens
}

/// Appends the tokens of `text` to `tokens`.
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    // The thread's stem cache, taken once for the whole text.
    STEMS.with(|cache| STEMMER.with(|stemmer| split(text, tokens, &mut Stems(&mut cache.borrow_mut(), stemmer))));
}

/// The stem cache and the stemmer, passed down to each word.
struct Stems<'a>(&'a mut FastMap<u64, u64>, &'a rust_stemmers::Stemmer);

fn split(text: &str, tokens: &mut Vec<Token>, stems: &mut Stems) {
    let (segment_words, conditional_words) = segment_words();
    let bytes = text.as_bytes();
    let mut segment: u16 = 0;
    let mut part: u16 = 0;
    let mut conditional = false;
    let mut lower = String::new();
    let mut i = 0;
    // The character at byte `i`, for text beyond ASCII.
    let char_at = |i: usize| text[i..].chars().next().unwrap_or(' ');
    while i < bytes.len() {
        let b = bytes[i];
        let starts_word = b.is_ascii_alphanumeric() || (b >= 0x80 && char_at(i).is_alphanumeric());
        if !starts_word {
            let c = if b < 0x80 { b as char } else { char_at(i) };
            if matches!(c, ';' | ':' | '(' | ')' | '|' | '.' | '!' | '?' | '\n' | '•' | '–' | '—')
                || (c == ',' && conditional)
            {
                // An abbreviation's full stop does not matter here: a
                // segment boundary only narrows a negation.
                segment = segment.saturating_add(1);
                if c != ',' {
                    part = part.saturating_add(1);
                }
                conditional = false;
            }
            i += c.len_utf8();
            continue;
        }
        let start = i;
        lower.clear();
        // Most words are plain ASCII letters and digits followed by a space
        // or punctuation: copy them in one go.
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let after = bytes.get(i + run).copied();
        let plain = after.is_none_or(|b| b < 0x80 && b != b'.' && b != b'\'');
        if plain {
            lower.push_str(&text[i..i + run]);
            lower.make_ascii_lowercase();
            i += run;
        }
        while !plain && i < bytes.len() {
            let b = bytes[i];
            // A decimal point inside a number ("12.5 weeks").
            if b == b'.'
                && lower.bytes().all(|d| d.is_ascii_digit())
                && !lower.is_empty()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                lower.push('.');
                i += 1;
                continue;
            }
            if b.is_ascii_alphanumeric() {
                lower.push(b.to_ascii_lowercase() as char);
                i += 1;
            } else if b >= 0x80 {
                let c = char_at(i);
                if !c.is_alphanumeric() {
                    break;
                }
                lower.extend(c.to_lowercase());
                i += c.len_utf8();
            } else {
                break;
            }
        }
        let end = i;
        // A contraction or possessive: "n't" is a negation, "'s" is dropped.
        let quote = match bytes.get(i) {
            Some(b'\'') => 1,
            Some(0xE2) if text[i..].starts_with('’') => '’'.len_utf8(),
            _ => 0,
        };
        if quote > 0 {
            let rest = &text[i + quote..];
            let after_len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            let after = &rest[..after_len];
            if after.eq_ignore_ascii_case("t") && lower.ends_with('n') {
                lower.pop();
                push_word(tokens, stems, &lower, start, end, (segment, part));
                push_word(tokens, stems, "not", end, end, (segment, part));
                i += quote + after_len;
                continue;
            }
            if ["s", "ll", "re", "ve", "d", "m"].iter().any(|w| after.eq_ignore_ascii_case(w)) {
                push_word(tokens, stems, &lower, start, end, (segment, part));
                i += quote + after_len;
                continue;
            }
        }
        let word = hash(&lower);
        if lower.len() <= 8 && segment_words.contains(&word) {
            segment = segment.saturating_add(1);
            conditional = conditional_words.contains(&word);
        }
        push_hashed(tokens, stems, &lower, word, start, end, (segment, part));
    }
}

fn push_word(tokens: &mut Vec<Token>, stems: &mut Stems, lower: &str, start: usize, end: usize, at: (u16, u16)) {
    push_hashed(tokens, stems, lower, hash(lower), start, end, at);
}

fn push_hashed(
    tokens: &mut Vec<Token>,
    stems: &mut Stems,
    lower: &str,
    word: u64,
    start: usize,
    end: usize,
    (segment, part): (u16, u16),
) {
    tokens.push(Token {
        stem: stem_cached(stems.0, stems.1, lower, word),
        word,
        number: number_of(lower),
        start: start as u32,
        end: end as u32,
        segment,
        part,
        head: head_of(lower),
    });
}

/// The stems of a catalog phrase, and whether its last word may run on
/// (`foster carer*`).
pub fn phrase(text: &str) -> (Vec<u64>, Option<String>) {
    let trimmed = text.trim();
    let (body, open) = match trimmed.strip_suffix('*') {
        Some(b) => (b, true),
        None => (trimmed, false),
    };
    let tokens = tokenize(body);
    if open && let Some(last) = body.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()) {
        let stems: Vec<u64> = tokens[..tokens.len().saturating_sub(1)].iter().map(|t| t.stem).collect();
        return (stems, Some(last.to_lowercase()));
    }
    (tokens.iter().map(|t| t.stem).collect(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<u64> {
        tokenize(text).iter().map(|t| t.stem).collect()
    }

    #[test]
    fn inflections_meet_their_stem() {
        assert_eq!(words("references"), words("reference"));
        assert_eq!(words("Volunteers"), words("volunteer"));
        assert_eq!(words("volunteer's home"), words("volunteer home"));
        assert_eq!(words("trained"), words("training"));
        assert_ne!(words("planned"), words("plane"));
    }

    #[test]
    fn contractions_and_numbers() {
        let t = tokenize("We don't offer twelve visits, 4 of them.");
        assert_eq!(t[1].word, hash("do"));
        assert_eq!(t[2].word, hash("not"));
        assert_eq!(t[4].number, Some(12.0));
        assert_eq!(t[6].number, Some(4.0));
        assert_eq!(tokenize("average 12.5 weeks")[1].number, Some(12.5));
    }

    #[test]
    fn segments_stop_at_punctuation_and_contrast_words() {
        let t = tokenize("not offered; advice is available but not at night");
        assert_eq!(t[0].segment, t[1].segment);
        assert!(t[2].segment > t[1].segment);
        let but = t.iter().position(|x| x.word == hash("but")).unwrap();
        assert!(t[but].segment > t[but - 1].segment);
    }

    #[test]
    fn the_comma_closing_a_condition_ends_its_segment() {
        let t = tokenize("If the match is not working, the co-ordinator agrees the ending");
        let not = t.iter().position(|x| x.word == hash("not")).unwrap();
        let agrees = t.iter().position(|x| x.word == hash("agrees")).unwrap();
        assert_ne!(t[not].segment, t[agrees].segment);
        // Without a condition, a comma does not end a segment.
        let t = tokenize("We do not offer advice, support or visits at night");
        assert_eq!(t[0].segment, t[t.len() - 1].segment);
    }

    #[test]
    fn phrases_with_a_running_last_word() {
        let (stems, open) = phrase("foster carer*");
        assert_eq!(stems, words("foster"));
        assert_eq!(open.as_deref(), Some("carer"));
        assert_eq!(phrase("out-of-hours").0, words("out of hours"));
    }
}

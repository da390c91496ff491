//! What disqualifies a passage that mentions a criterion: it says the thing
//! is not done (negation), only planned (intention), done less often or
//! less fully than the standard asks (a weaker threshold), or done only in
//! some cases (records of practice falling short).
//!
//! Negation follows NegEx (Chapman et al., 2001): trigger words with a
//! scope that runs a few words either side, within the trigger's segment of
//! the sentence, and pseudo-triggers that look like negation but are not
//! ("no later than", "not only"). Two negations in one scope cancel ("no
//! volunteer is matched without an enhanced DBS check"). Every list here is
//! of words a reader would recognise; the README's "How judgements are
//! made" prints them.

use std::sync::OnceLock;

use super::token::{FastMap, Token, hash};
use crate::date::Date;

/// Negation triggers.
pub const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "none",
    "nor",
    "neither",
    "cannot",
    "unable",
    "nobody",
    "nothing",
    "lack",
    "lacks",
    "lacking",
    "unavailable",
    "absent",
    "stopped",
    "paused",
    "suspended",
    "withdrawn",
    "refused",
    "declined",
];

/// Word sequences that contain a trigger but do not negate.
pub const PSEUDO_NEGATIONS: &[&[&str]] = &[
    &["not", "only"],
    &["not", "just"],
    &["no", "later", "than"],
    &["no", "more", "than"],
    &["no", "less", "than"],
    &["not", "less", "than"],
    &["not", "more", "than"],
    &["not", "exceed"],
    &["not", "exceeding"],
    &["no", "longer", "than"],
    &["whether", "or", "not"],
    &["not", "limited", "to"],
    &["no", "matter"],
    &["no", "exception"],
    &["no", "exceptions"],
    &["without", "delay"],
    &["without", "undue", "delay"],
    &["without", "exception"],
    &["without", "fail"],
    &["not", "later", "than"],
    // A decision not to do something, kept under review, is not a
    // negation of the review.
    &["decision", "not"],
    &["decisions", "not"],
    &["decides", "not"],
    &["decided", "not"],
    &["chooses", "not"],
    &["choose", "not"],
];

/// Word sequences that contain an intention but describe what goes on now
/// ("as long as the match continues to be agreed").
pub const PSEUDO_INTENTIONS: &[&[&str]] = &[
    &["continues", "to", "be", "agreed"],
    &["continue", "to", "be", "agreed"],
    &["continues", "to", "be", "developed"],
    &["continue", "to", "be", "developed"],
    &["previously", "proposed"],
];

/// Triggers that also reach back to the words before them ("self-referrals
/// are not accepted"); the others ("no", "without") qualify only what
/// follows them ("a charity with no connection to the council").
pub const BACKWARD_NEGATIONS: &[&str] =
    &["not", "never", "cannot", "unavailable", "stopped", "paused", "suspended", "withdrawn", "refused", "declined"];

/// Auxiliary verbs and subject pronouns: "and" followed only by these
/// before a negation opens a predicate of its own ("and they have never").
/// "Do" is left out: "considered the request and did not agree it" still
/// refuses the request.
const AUXILIARIES: &[&str] = &[
    "have", "has", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "must", "should",
    "may", "might", "shall", "they", "we", "it", "he", "she", "you", "i",
];

/// How far a negation reaches, in words, before and after it.
const NEGATION_AFTER: usize = 10;
const NEGATION_BEFORE: usize = 6;

/// Word sequences that mark something as planned rather than in place.
pub const INTENTIONS: &[&[&str]] = &[
    &["plan", "to"],
    &["plans", "to"],
    &["planning", "to"],
    &["intend"],
    &["intends"],
    &["intended"],
    &["intention"],
    &["propose"],
    &["proposes"],
    &["proposed"],
    &["proposal"],
    &["draft"],
    &["drafting"],
    &["being", "developed"],
    &["being", "drafted"],
    &["being", "written"],
    &["being", "prepared"],
    &["being", "explored"],
    &["being", "considered"],
    &["to", "be", "agreed"],
    &["to", "be", "introduced"],
    &["to", "be", "developed"],
    &["to", "be", "confirmed"],
    &["to", "be", "added"],
    &["to", "be", "set", "up"],
    &["will", "introduce"],
    &["will", "be", "introduced"],
    &["will", "develop"],
    &["will", "be", "developed"],
    &["will", "start"],
    &["will", "begin"],
    &["will", "launch"],
    &["will", "be", "launched"],
    &["will", "be", "added"],
    &["will", "add"],
    &["will", "return"],
    &["will", "resume"],
    &["will", "be", "piloted"],
    &["will", "pilot"],
    &["will", "be", "set", "up"],
    &["will", "set", "up"],
    &["will", "establish"],
    &["will", "be", "established"],
    &["will", "explore"],
    &["will", "look", "at"],
    &["will", "consider"],
    &["hope", "to"],
    &["hopes", "to"],
    &["hoping", "to"],
    &["working", "towards"],
    &["exploring"],
    &["considering"],
    &["under", "consideration"],
    &["not", "yet"],
    &["yet", "to"],
    &["next", "year"],
    &["in", "future"],
    &["in", "the", "future"],
    &["action", "point"],
    &["planned", "for"],
    &["due", "to", "launch"],
    &["due", "to", "start"],
    &["due", "to", "begin"],
    &["due", "to", "be"],
    &["are", "talking", "to"],
    &["in", "talks"],
    &["in", "discussion", "with"],
    &["in", "discussions", "with"],
    &["being", "discussed"],
    &["to", "be", "discussed"],
    &["under", "discussion"],
    &["discussing"],
    &["asked", "whether"],
    &["queried", "whether"],
    &["raised", "whether"],
];

/// Words in a heading or a table's header row that make everything under
/// it a plan ("Next steps", "Actions", "What we will do").
pub const INTENTION_HEADINGS: &[&[&str]] = &[
    &["next", "steps"],
    &["action", "plan"],
    &["actions", "agreed"],
    &["agreed", "actions"],
    &["future"],
    &["plans"],
    &["proposals"],
    &["proposed"],
    &["development", "plan"],
    &["improvement", "plan"],
    &["what", "we", "will", "do"],
    &["by", "when"],
    &["priorities"],
    &["areas", "for", "development"],
];

/// Headings that make everything under them a plan when they are the
/// whole heading ("Actions", "5. Action points"); as part of a longer
/// heading they may name what was done ("Actions taken since the last
/// inspection").
pub const ACTION_HEADINGS: &[&[&str]] = &[
    &["actions"],
    &["action", "points"],
    &["action", "log"],
    &["action", "list"],
    &["actions", "arising"],
    &["outstanding", "actions"],
    &["open", "actions"],
];

/// Openings of a sentence that refer back to the one before ("For them we
/// look for volunteers who share their language"): the sentence is read
/// with the terms of the one before it.
pub const ANAPHORA: &[&[&str]] = &[
    &["for", "them"],
    &["for", "these"],
    &["for", "those"],
    &["for", "this", "group"],
    &["for", "such"],
    &["in", "these", "cases"],
    &["in", "such", "cases"],
    &["in", "this", "case"],
    &["these", "young", "people"],
    &["these", "children"],
    &["this", "group"],
    &["they"],
];

/// Words that grant permission, which contradict a prohibition.
pub const PERMISSIONS: &[&str] = &["may", "can", "allowed", "permitted", "welcome", "encouraged", "able", "fine", "ok"];

fn words(list: &[&str]) -> Vec<u64> {
    list.iter().map(|w| hash(w)).collect()
}

/// Word sequences, indexed by their first word so that a passage is read
/// once, not once per sequence.
struct Sequences(FastMap<u64, Vec<Vec<u64>>>);

impl Sequences {
    fn new(list: &[&[&str]]) -> Sequences {
        let mut map: FastMap<u64, Vec<Vec<u64>>> = FastMap::default();
        for s in list {
            let seq: Vec<u64> = s.iter().map(|w| hash(w)).collect();
            map.entry(seq[0]).or_default().push(seq);
        }
        Sequences(map)
    }

    /// The lengths of the sequences that start at `at`.
    fn at<'a>(&'a self, tokens: &'a [Token], at: usize) -> impl Iterator<Item = usize> + 'a {
        self.0.get(&tokens[at].word).into_iter().flatten().filter(move |s| starts_with(tokens, at, s)).map(Vec::len)
    }

    fn any(&self, tokens: &[Token]) -> bool {
        (0..tokens.len()).any(|i| self.at(tokens, i).next().is_some())
    }
}

struct Cues {
    negations: Vec<u64>,
    backward: Vec<u64>,
    pseudo: Sequences,
    intentions: Sequences,
    pseudo_intentions: Sequences,
    intention_headings: Sequences,
    permissions: Vec<u64>,
    coordinators: Vec<u64>,
    anaphora: Sequences,
    by: u64,
    deadline_words: Vec<u64>,
    action_headings: Vec<Vec<u64>>,
    auxiliaries: Vec<u64>,
    months: FastMap<u64, u8>,
    /// Seasons, as the month they start in.
    seasons: FastMap<u64, u8>,
    future_words: Vec<u64>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| Cues {
        negations: words(NEGATIONS),
        backward: words(BACKWARD_NEGATIONS),
        pseudo: Sequences::new(PSEUDO_NEGATIONS),
        intentions: Sequences::new(INTENTIONS),
        pseudo_intentions: Sequences::new(PSEUDO_INTENTIONS),
        intention_headings: Sequences::new(INTENTION_HEADINGS),
        permissions: words(PERMISSIONS),
        coordinators: words(&["and", "or"]),
        anaphora: Sequences::new(ANAPHORA),
        by: hash("by"),
        deadline_words: words(&["by", "of", "end", "mid", "early", "late"]),
        action_headings: ACTION_HEADINGS.iter().map(|h| words(h)).collect(),
        auxiliaries: words(AUXILIARIES),
        months: [
            ("january", 1),
            ("jan", 1),
            ("february", 2),
            ("feb", 2),
            ("march", 3),
            ("mar", 3),
            ("april", 4),
            ("apr", 4),
            ("may", 5),
            ("june", 6),
            ("jun", 6),
            ("july", 7),
            ("jul", 7),
            ("august", 8),
            ("aug", 8),
            ("september", 9),
            ("sept", 9),
            ("sep", 9),
            ("october", 10),
            ("oct", 10),
            ("november", 11),
            ("nov", 11),
            ("december", 12),
            ("dec", 12),
        ]
        .iter()
        .map(|(w, m)| (hash(w), *m))
        .collect(),
        seasons: [("spring", 3u8), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12)]
            .iter()
            .map(|(w, m)| (hash(w), *m))
            .collect(),
        future_words: words(&[
            "during",
            "from",
            "by",
            "starting",
            "starts",
            "start",
            "begins",
            "beginning",
            "in",
            "until",
            "after",
            "launching",
        ]),
    })
}

fn starts_with(tokens: &[Token], at: usize, seq: &[u64]) -> bool {
    seq.len() <= tokens.len() - at && seq.iter().zip(&tokens[at..]).all(|(w, t)| *w == t.word)
}

/// Positions of the negation triggers in `tokens`, pseudo-triggers left out.
pub fn negation_positions(tokens: &[Token]) -> Vec<usize> {
    let c = cues();
    let mut out = Vec::new();
    let mut covered_until = 0;
    for i in 0..tokens.len() {
        if let Some(len) = c.pseudo.at(tokens, i).max() {
            covered_until = covered_until.max(i + len);
        }
        if i >= covered_until && c.negations.contains(&tokens[i].word) {
            out.push(i);
        }
    }
    out
}

/// Whether the words at `span` (token indexes) are negated: an odd number
/// of negation triggers reach them.
///
/// A trigger reaches on through a later trigger it reaches ("No volunteer
/// is matched without an enhanced DBS check and two references": "no"
/// cancels "without" all the way to "references"). A trigger that reaches
/// back stops at "and" or "or" opening its own predicate ("employed by
/// another council and have never worked with the child": "never" does not
/// reach "another council").
pub fn negated(tokens: &[Token], negations: &[usize], span: (usize, usize)) -> bool {
    let (start, end) = span;
    // How far forward each trigger reaches, later triggers first so that
    // an earlier one can take over the reach of a later one it reaches.
    let mut reach = vec![0usize; negations.len()];
    for k in (0..negations.len()).rev() {
        let n = negations[k];
        let mut r = n + NEGATION_AFTER;
        for (j, &m) in negations.iter().enumerate().skip(k + 1) {
            if m <= r && tokens[m].segment == tokens[n].segment {
                r = r.max(reach[j]);
            }
        }
        reach[k] = r;
    }
    let reaching = negations
        .iter()
        .zip(&reach)
        .filter(|&(&n, &r)| {
            if n < start {
                start <= r && tokens[n].segment == tokens[start].segment
            } else if n > end {
                n - end <= NEGATION_BEFORE
                    && tokens[n].segment == tokens[end].segment
                    && cues().backward.contains(&tokens[n].word)
                    && !opens_predicate(tokens, end, n)
            } else {
                false
            }
        })
        .count();
    reaching % 2 == 1
}

/// Whether an "and" or "or" between `from` and the trigger at `n` is
/// followed only by auxiliaries before it ("and have never", "or did
/// not"): the trigger negates its own predicate, not what came before.
fn opens_predicate(tokens: &[Token], from: usize, n: usize) -> bool {
    let c = cues();
    (from + 1..n).any(|k| {
        c.coordinators.contains(&tokens[k].word) && tokens[k + 1..n].iter().all(|t| c.auxiliaries.contains(&t.word))
    })
}

/// Whether a passage speaks of a plan rather than of practice in place.
pub fn intended(tokens: &[Token]) -> bool {
    let c = cues();
    let mut covered_until = 0;
    for i in 0..tokens.len() {
        if let Some(len) = c.pseudo_intentions.at(tokens, i).max() {
            covered_until = covered_until.max(i + len);
        }
        if i >= covered_until && c.intentions.at(tokens, i).next().is_some() {
            return true;
        }
    }
    false
}

/// Whether a sentence opens by referring back to the one before it.
pub fn anaphoric(tokens: &[Token]) -> bool {
    cues().anaphora.at(tokens, 0).next().is_some()
}

/// Whether a heading marks what is under it as plans or actions.
pub fn intention_heading(tokens: &[Token]) -> bool {
    let c = cues();
    let words: Vec<u64> = tokens.iter().skip_while(|t| t.number.is_some()).map(|t| t.word).collect();
    c.intention_headings.any(tokens) || c.action_headings.contains(&words)
}

/// Whether a table row has a cell that says "none" or "no" on its own
/// ("| Residential staff | None delivered |"): the row is negated.
pub fn row_says_none(text: &str) -> bool {
    text.split(" | ").skip(1).any(|cell| {
        let cell = cell.trim().to_lowercase();
        let first = cell.split_whitespace().next().unwrap_or("");
        cell.split_whitespace().count() <= 3
            && (matches!(first, "none" | "no" | "nil" | "n/a" | "never") || cell.starts_with("not "))
    })
}

/// Whether a passage grants permission ("may", "can", "allowed").
pub fn permits(tokens: &[Token]) -> bool {
    let c = cues();
    tokens.iter().any(|t| c.permissions.contains(&t.word))
}

/// The first date after `issued` a passage names as a start ("from April
/// 2026", "by September 2026", "in January 2027"): the thing is not in
/// place at the document's date.
pub fn future_date(tokens: &[Token], issued: Date) -> Option<Date> {
    let c = cues();
    let year_of =
        |t: Option<&Token>| t.and_then(|t| t.number).filter(|y| (1990.0..=2100.0).contains(y)).map(|y| y as i32);
    for i in 0..tokens.len() {
        // "April 2026", "autumn 2026", or a financial year "2026-27"
        // (which starts in April).
        let date = if let Some(&month) = c.months.get(&tokens[i].word) {
            let Some(year) = year_of(tokens.get(i + 1)) else {
                // A deadline with no year ("by the end of March") is the
                // next such month: an action, not practice.
                // The month must follow "by" or "end of" directly: "by the
                // co-ordinator may" is not a date.
                let by = tokens[i.saturating_sub(4)..i].iter().any(|t| t.word == c.by)
                    && i >= 1
                    && c.deadline_words.contains(&tokens[i - 1].word);
                if by && month != issued.month() {
                    let year = if month > issued.month() { issued.year() } else { issued.year() + 1 };
                    return Date::new(year, month, 1);
                }
                continue;
            };
            Date::new(year, month, 1)
        } else if let Some(&month) = c.seasons.get(&tokens[i].word) {
            let Some(year) = year_of(tokens.get(i + 1)) else { continue };
            Date::new(year, month, 1)
        } else if let Some(year) = year_of(Some(&tokens[i]))
            && tokens.get(i + 1).and_then(|t| t.number).is_some_and(|n| (n as i32) == (year + 1) % 100)
        {
            Date::new(year, 4, 1)
        } else if let Some(year) = year_of(Some(&tokens[i]))
            && i >= 1
            && !c.months.contains_key(&tokens[i - 1].word)
            && !c.seasons.contains_key(&tokens[i - 1].word)
            && year > issued.year()
        {
            // A year on its own ("in 2027", "during 2027"), after the
            // document's year.
            Date::new(year, 1, 1)
        } else {
            continue;
        };
        let Some(date) = date else { continue };
        let lead = tokens[i.saturating_sub(2)..i].iter().any(|t| c.future_words.contains(&t.word));
        if lead && date.last_of_month() > issued && date > issued.first_of_month() {
            return Some(date);
        }
    }
    None
}

/// A proportion "N of M" (or "N out of M", "N/M" written with numbers),
/// with N below M, or a percentage below 100: practice happening only in
/// some cases. `percentages` is false where a percentage is a weighting or
/// a score (a tender question worth "10%"), not a share of cases.
pub fn partial_proportion(tokens: &[Token], text: &str, percentages: bool) -> bool {
    !proportion_segments(tokens, text, percentages).is_empty()
}

/// The segments of the passage that hold a proportion below the whole (see
/// [`partial_proportion`]).
pub fn proportion_segments(tokens: &[Token], text: &str, percentages: bool) -> Vec<u16> {
    let mut segments = Vec::new();
    let of = hash("of");
    let out = hash("out");
    let the = hash("the");
    let percent = percentages && text.contains('%');
    for i in 0..tokens.len() {
        let Some(n) = tokens[i].number else { continue };
        let next = tokens.get(i + 1);
        let m = if next.is_some_and(|t| t.word == of) {
            // "7 of 9", or "seven of the nine" (not "one of the two
            // referees", which says which, not how many).
            let after = tokens.get(i + 2);
            if after.is_some_and(|t| t.word == the) && n >= 2.0 {
                tokens.get(i + 3).and_then(|t| t.number)
            } else {
                after.and_then(|t| t.number)
            }
        } else if next.is_some_and(|t| t.word == out) && tokens.get(i + 2).is_some_and(|t| t.word == of) {
            tokens.get(i + 3).and_then(|t| t.number)
        } else if next
            .is_some_and(|t| t.number.is_some() && text[tokens[i].end as usize..t.start as usize].trim() == "/")
            && !is_date(tokens, text, i)
        {
            next.and_then(|t| t.number)
        } else {
            None
        };
        if let Some(m) = m
            && n < m
            && m > 1.0
        {
            segments.push(tokens[i].segment);
        }
        if percent && n < 100.0 && text[tokens[i].end as usize..].trim_start().starts_with('%') {
            segments.push(tokens[i].segment);
        }
    }
    segments
}

/// Whether the number at `i` is part of a date written with slashes
/// ("16/09/25"), not a proportion.
fn is_date(tokens: &[Token], text: &str, i: usize) -> bool {
    let slash = |a: usize, b: usize| {
        tokens.get(a).zip(tokens.get(b)).is_some_and(|(x, y)| text.get(x.end as usize..y.start as usize) == Some("/"))
    };
    (i >= 1 && slash(i - 1, i)) || slash(i + 1, i + 2)
}

/// A length of time in days, as "3 months", "twelve weeks", "a year",
/// "90 days" say it.
fn unit_days(word: u64) -> Option<f64> {
    static UNITS: OnceLock<Vec<(u64, f64)>> = OnceLock::new();
    let units = UNITS.get_or_init(|| {
        [
            ("day", 1.0),
            ("days", 1.0),
            ("week", 7.0),
            ("weeks", 7.0),
            ("fortnight", 14.0),
            ("fortnights", 14.0),
            ("month", 30.4),
            ("months", 30.4),
            ("year", 365.0),
            ("years", 365.0),
        ]
        .iter()
        .map(|(w, d)| (hash(w), *d))
        .collect()
    });
    units.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

/// Every length of time a passage names, in days, with the token where it
/// is: "3 months", "twelve weeks", "a year", "6-12 months" (the larger).
pub fn durations(tokens: &[Token]) -> Vec<(usize, f64)> {
    let modifiers = [hash("working"), hash("calendar"), hash("school"), hash("full"), hash("whole"), hash("business")];
    let a = hash("a");
    let an = hash("an");
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let Some(days) = unit_days(tokens[i].word) else { continue };
        // "3 months", "a year", "two working days", "six calendar months".
        let back = if i >= 2 && modifiers.contains(&tokens[i - 1].word) { 2 } else { 1 };
        let count = match i.checked_sub(back).map(|p| &tokens[p]) {
            Some(t) if t.number.is_some() => t.number.map(f64::from),
            Some(t) if t.word == a || t.word == an => Some(1.0),
            _ => None,
        };
        if let Some(n) = count {
            out.push((i, n * days));
        }
    }
    out
}

/// Every frequency a passage names, as the number of days between
/// occasions: "monthly" 30, "every four weeks" 28, "six-weekly" 42,
/// "fortnightly" 14, "every 4 to 6 weeks" 42 (the less often),
/// "twice a month" 15, "quarterly" 91.
pub fn frequencies(tokens: &[Token]) -> Vec<(usize, f64)> {
    static NAMED: OnceLock<Vec<(u64, f64)>> = OnceLock::new();
    let named = NAMED.get_or_init(|| {
        [
            ("daily", 1.0),
            ("weekly", 7.0),
            ("fortnightly", 14.0),
            ("monthly", 30.4),
            ("bimonthly", 61.0),
            ("quarterly", 91.0),
            ("termly", 122.0),
            ("annually", 365.0),
            ("annual", 365.0),
            ("yearly", 365.0),
        ]
        .iter()
        .map(|(w, d)| (hash(w), *d))
        .collect()
    });
    let every = [hash("every"), hash("each"), hash("per"), hash("a"), hash("an")];
    let bi = hash("bi");
    let other = hash("other");
    let to = hash("to");
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let t = &tokens[i];
        if let Some((_, d)) = named.iter().find(|(w, _)| *w == t.word) {
            // "six-weekly", "4 weekly", "bi-monthly".
            let prev = i.checked_sub(1).map(|p| &tokens[p]);
            let d = match prev {
                Some(p) if p.number.is_some() && *d < 365.0 => f64::from(p.number.unwrap_or(1.0)) * d,
                Some(p) if p.word == bi => 2.0 * d,
                _ => *d,
            };
            out.push((i, d));
            continue;
        }
        let Some(days) = unit_days(t.word) else { continue };
        // "every 4 to 6 weeks", "every four weeks", "every other month",
        // "once a month", "twice a month", "each month".
        let mut j = i;
        let mut n: Option<f64> = None;
        if j >= 1 && tokens[j - 1].number.is_some() {
            n = tokens[j - 1].number.map(f64::from);
            j -= 1;
            if j >= 2 && tokens[j - 1].word == to && tokens[j - 2].number.is_some() {
                j -= 2;
            }
        } else if j >= 1 && tokens[j - 1].word == other {
            n = Some(2.0);
            j -= 1;
        }
        let lead = j.checked_sub(1).map(|p| tokens[p].word);
        if lead.is_some_and(|w| every.contains(&w)) {
            if lead == Some(hash("per")) {
                out.push((i, days));
            } else if lead == Some(hash("a")) || lead == Some(hash("an")) {
                // "once a month", "twice a month", "three times a month";
                // a bare "a month" ("a month after referral") is a length.
                let before = j.checked_sub(2).map(|p| &tokens[p]);
                let times = match before {
                    Some(t) if t.number.is_some() => t.number.map(f64::from),
                    Some(t) if t.word == hash("times") => {
                        j.checked_sub(3).and_then(|p| tokens[p].number).map(f64::from)
                    }
                    _ => None,
                };
                if let Some(times) = times {
                    out.push((i, days / times.max(1.0)));
                }
            } else {
                out.push((i, n.unwrap_or(1.0) * days));
            }
        }
    }
    out
}

/// A number of people or things written just before a word ("two
/// references", "2 satisfactory references", "at least two written
/// references"): the nearest number within three words before it.
/// A number with a fraction ("2.4", a clause number) is not a count.
pub fn count_before(tokens: &[Token], at: usize) -> Option<f32> {
    (at.saturating_sub(3)..at).rev().find_map(|i| tokens[i].number).filter(|n| n.fract() == 0.0)
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    fn neg(text: &str, word: &str) -> bool {
        let t = tokenize(text);
        let n = negation_positions(&t);
        let w = super::super::token::stem_hash(word);
        let i = t.iter().position(|x| x.stem == w).unwrap();
        negated(&t, &n, (i, i))
    }

    #[test]
    fn negation_reaches_its_words_and_stops_at_boundaries() {
        assert!(neg("We do not currently offer out-of-hours support.", "support"));
        assert!(neg("Self-referrals are not accepted at present.", "referrals"));
        assert!(!neg("Self-referrals are accepted.", "referrals"));
        assert!(!neg("No volunteer is matched without an enhanced DBS check.", "dbs"));
        assert!(!neg("Volunteers are never matched before their DBS check is back.", "dbs"));
        assert!(!neg("Advice is not offered at night; support is available by phone.", "support"));
        assert!(!neg("Visits start no later than three months after referral.", "visits"));
        assert!(neg("There is no budget for interpreters.", "interpreters"));
    }

    #[test]
    fn intentions_and_future_dates() {
        assert!(intended(&tokenize("We plan to introduce group supervision next year.")));
        assert!(intended(&tokenize("A module will be added covering equality.")));
        assert!(!intended(&tokenize("Volunteers will complete training before they are matched.")));
        assert!(!intended(&tokenize("The Pathway Plan records the decision.")));
        assert!(!intended(&tokenize("The IV stays while the match continues to be agreed in the care plan.")));
        assert!(intended(&tokenize("Dates are to be agreed.")));
        let issued = "2025-04-10".parse().unwrap();
        assert!(future_date(&tokenize("A module will run from April 2026."), issued).is_some());
        assert!(future_date(&tokenize("The pilot started in January 2025."), issued).is_none());
    }

    #[test]
    fn frequencies_read_as_days_between() {
        let f = |t: &str| frequencies(&tokenize(t)).into_iter().map(|(_, d)| d.round() as i64).collect::<Vec<_>>();
        assert_eq!(f("visits at least monthly"), [30]);
        assert_eq!(f("every four weeks"), [28]);
        assert_eq!(f("six-weekly reviews"), [42]);
        assert_eq!(f("every 4 to 6 weeks"), [42]);
        assert_eq!(f("once a month"), [30]);
        assert_eq!(f("twice a month"), [15]);
        assert_eq!(f("every other month"), [61]);
        assert_eq!(f("bi-monthly"), [61]);
        assert_eq!(f("quarterly"), [91]);
        assert_eq!(f("fortnightly"), [14]);
    }

    #[test]
    fn durations_and_counts() {
        let d = |t: &str| durations(&tokenize(t)).into_iter().map(|(_, d)| d.round() as i64).collect::<Vec<_>>();
        assert_eq!(d("within 3 months of referral"), [91]);
        assert_eq!(d("twelve weeks"), [84]);
        assert_eq!(d("a year"), [365]);
        let t = tokenize("at least two written references");
        assert_eq!(count_before(&t, 4), Some(2.0));
        let t = tokenize("2.4 References are taken up");
        assert_eq!(count_before(&t, 1), None, "a clause number is not a count");
        let t = tokenize("one reference");
        assert_eq!(count_before(&t, 1), Some(1.0));
    }

    #[test]
    fn proportions_below_the_whole() {
        let p = |t: &str| partial_proportion(&tokenize(t), t, true);
        assert!(p("33 of 41 matches were visited every month"));
        assert!(p("9 out of 31 files"));
        assert!(p("85% of young people"));
        assert!(!p("all 6 of the 6 volunteers"));
        assert!(!p("6 of 6 volunteers"));
        assert!(!p("100% of matches"));
        assert!(!partial_proportion(&tokenize("Training | 10%"), "Training | 10%", false), "a weighting");
    }
}

//! A criterion as the judge applies it: what must be found together in one
//! passage, and what a passage must also say (a number, a frequency, a
//! prohibition) for it to count.
//!
//! The rules are written in the catalog's YAML (`find:` on a criterion; see
//! `standards/README.md`) and compiled here once, when the catalog loads,
//! into stemmed phrases.

use std::collections::HashMap;

use super::token;
use crate::bundle::EvidenceKind;

/// One phrase of a term: its stems in order, and the start of a last word
/// that may run on (`foster carer*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub stems: Vec<u64>,
    pub open: Option<String>,
}

impl Phrase {
    fn key(&self) -> u64 {
        let mut h = self.stems.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, s| (h ^ s).wrapping_mul(0x0100_0000_01b3));
        if let Some(o) = &self.open {
            h = (h ^ token::hash(o)).wrapping_mul(0x0100_0000_01b3) ^ 1;
        }
        h
    }
}

/// A term: any of its phrases shows it. `label` is how it was written in
/// the catalog (`<dbs>`, `enhanced`), for messages. A term written with
/// `~` (`<volunteer> ~ home | house`) needs a phrase of each side within
/// `NEAR` words of each other, in either order: "the volunteer's own
/// home", "home of the IV", "your IV's house".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub label: String,
    pub phrases: Vec<Phrase>,
    /// The other side of a `~` term; empty for a plain term.
    pub near: Vec<Phrase>,
    /// Identifies the term by its phrases, so that a document works out
    /// where a term occurs once however many criteria use it.
    pub key: u64,
    /// Words that show the term, with concepts expanded ("volunteer home"
    /// for `<volunteer> ~ home`): what a generated document writes.
    pub example: String,
}

fn term_key(phrases: &[Phrase], near: &[Phrase]) -> u64 {
    let side = |ps: &[Phrase]| ps.iter().fold(0x1234_5678u64, |h, p| (h ^ p.key()).wrapping_mul(0x0100_0000_01b3));
    side(phrases).rotate_left(17) ^ side(near).wrapping_mul(3)
}

/// How many words may separate the two sides of a `~` term.
pub const NEAR: usize = 3;

/// What a passage must also say about the first term for the clause to
/// count.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Check {
    /// A number of at least this just before the first term ("two references").
    AtLeast(u32),
    /// A frequency at least this often, in days between occasions ("monthly": 30.4).
    Every(f64),
    /// A time limit no longer than this, in days ("within 3 months").
    Within(f64),
    /// A length of time at least this, in days ("a year").
    Lasting(f64),
}

/// Terms that must all appear in one passage (or the headings it sits
/// under), with what else the passage must say.
#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub terms: Vec<Term>,
    pub check: Option<Check>,
    /// A prohibition: shown only by a passage that states it negatively
    /// ("never at the volunteer's home").
    pub negated: bool,
}

/// One thing the document must show: any of its clauses.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub clauses: Vec<Clause>,
}

/// A criterion's rule: every entry must be shown by some passage of the
/// document (not necessarily the same one).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Rule {
    pub entries: Vec<Entry>,
    /// Only documents of these kinds can show it (empty: any kind).
    pub kinds: Vec<EvidenceKind>,
    /// The criterion is about what is offered: a record that only some
    /// took it up ("17 of the 26 volunteers came") does not count against
    /// it.
    pub offered: bool,
}

/// Named lists of phrases (`standards/concepts.yaml`), written `<name>` in
/// a term. Each concept is compiled once, however many terms use it.
#[derive(Debug, Default)]
pub struct Concepts {
    raw: HashMap<String, Vec<String>>,
    compiled: std::cell::RefCell<HashMap<String, Vec<Phrase>>>,
}

impl Concepts {
    pub fn new() -> Concepts {
        Concepts::default()
    }

    pub fn insert(&mut self, name: String, phrases: Vec<String>) {
        self.compiled.get_mut().remove(&name);
        self.raw.insert(name, phrases);
    }

    /// The compiled phrases of a concept, or `None` if there is no such name.
    fn phrases(&self, name: &str) -> Result<Option<Vec<Phrase>>, String> {
        if let Some(p) = self.compiled.borrow().get(name) {
            return Ok(Some(p.clone()));
        }
        let Some(list) = self.raw.get(name) else { return Ok(None) };
        let phrases = list.iter().map(|p| phrase(p)).collect::<Result<Vec<_>, _>>()?;
        self.compiled.borrow_mut().insert(name.to_string(), phrases.clone());
        Ok(Some(phrases))
    }
}

impl<const N: usize> From<[(String, Vec<String>); N]> for Concepts {
    fn from(pairs: [(String, Vec<String>); N]) -> Concepts {
        Concepts { raw: pairs.into_iter().collect(), compiled: Default::default() }
    }
}

/// A clause as the catalog writes it, before compiling.
#[derive(Debug, Clone, Default)]
pub struct ClauseSpec {
    pub terms: Vec<String>,
    pub count: Option<u32>,
    pub every: Option<String>,
    pub within: Option<String>,
    pub lasting: Option<String>,
    pub negated: bool,
}

/// Compiles one term (`<dbs> | criminal record check`, `<volunteer> ~ home`).
pub fn term(text: &str, concepts: &Concepts) -> Result<Term, String> {
    let sides: Vec<&str> = text.split('~').collect();
    match sides.as_slice() {
        [one] => {
            let phrases = alternatives(one, concepts)?;
            let example = first_words(one, concepts);
            Ok(Term {
                label: text.trim().to_string(),
                key: term_key(&phrases, &[]),
                phrases,
                near: Vec::new(),
                example,
            })
        }
        [a, b] => {
            let (phrases, near) = (alternatives(a, concepts)?, alternatives(b, concepts)?);
            let example = format!("{} {}", first_words(a, concepts), first_words(b, concepts));
            Ok(Term { label: text.trim().to_string(), key: term_key(&phrases, &near), phrases, near, example })
        }
        _ => Err(format!("term `{text}` has more than one `~`; write two sides, such as `<volunteer> ~ home`")),
    }
}

/// The first alternative of `a | b | <concept>` as words, a concept by its
/// first phrase, without a trailing `*`.
fn first_words(text: &str, concepts: &Concepts) -> String {
    let first = text.split('|').map(str::trim).find(|p| !p.is_empty()).unwrap_or_default();
    let words = match first.strip_prefix('<').and_then(|p| p.strip_suffix('>')) {
        Some(name) => concepts.raw.get(name.trim()).and_then(|l| l.first()).map_or(first, String::as_str),
        None => first,
    };
    words.trim_end_matches('*').to_string()
}

/// The phrases of `a | b | <concept>`.
fn alternatives(text: &str, concepts: &Concepts) -> Result<Vec<Phrase>, String> {
    let mut phrases = Vec::new();
    for part in text.split('|').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(name) = part.strip_prefix('<').and_then(|p| p.strip_suffix('>')) {
            let list = concepts.phrases(name.trim())?.ok_or_else(|| format!("unknown concept `<{}>`", name.trim()))?;
            phrases.extend(list);
        } else {
            phrases.push(phrase(part)?);
        }
    }
    if phrases.is_empty() {
        return Err(format!("term `{}` has no words", text.trim()));
    }
    phrases.sort_by(|a, b| a.stems.cmp(&b.stems).then(a.open.cmp(&b.open)));
    phrases.dedup();
    Ok(phrases)
}

fn phrase(text: &str) -> Result<Phrase, String> {
    let (stems, open) = token::phrase(text);
    if stems.is_empty() && open.is_none() {
        return Err(format!("phrase `{text}` has no words"));
    }
    Ok(Phrase { stems, open })
}

/// A length of time or a frequency as the catalog writes it ("monthly",
/// "3 months", "12 weeks", "a year"), in days.
pub fn days(text: &str) -> Result<f64, String> {
    let t = text.trim().to_lowercase();
    let named = [
        ("daily", 1.0),
        ("weekly", 7.0),
        ("fortnightly", 14.0),
        ("monthly", 30.4),
        ("quarterly", 91.0),
        ("yearly", 365.0),
        ("annually", 365.0),
    ];
    if let Some((_, d)) = named.iter().find(|(w, _)| *w == t) {
        return Ok(*d);
    }
    let mut words = t.split_whitespace();
    let (n, unit) = match (words.next(), words.next(), words.next()) {
        (Some(u), None, None) => (1.0, u),
        (Some(n), Some(u), None) => {
            let n = if n == "a" || n == "an" {
                1.0
            } else {
                n.parse::<f64>().map_err(|_| format!("`{text}` is not a length of time such as `3 months`"))?
            };
            (n, u)
        }
        _ => return Err(format!("`{text}` is not a length of time such as `3 months`")),
    };
    let per = match unit.trim_end_matches('s') {
        "day" => 1.0,
        "week" => 7.0,
        "fortnight" => 14.0,
        "month" => 30.4,
        "year" => 365.0,
        _ => return Err(format!("`{text}` is not a length of time such as `3 months`")),
    };
    Ok(n * per)
}

/// Compiles a clause.
pub fn clause(spec: &ClauseSpec, concepts: &Concepts) -> Result<Clause, String> {
    if spec.terms.is_empty() {
        return Err("a clause needs at least one term".into());
    }
    let terms = spec.terms.iter().map(|t| term(t, concepts)).collect::<Result<Vec<_>, _>>()?;
    let checks = [spec.count.is_some(), spec.every.is_some(), spec.within.is_some(), spec.lasting.is_some()];
    if checks.iter().filter(|c| **c).count() > 1 {
        return Err("a clause takes at most one of `count`, `every`, `within` and `lasting`".into());
    }
    let check = if let Some(n) = spec.count {
        Some(Check::AtLeast(n))
    } else if let Some(e) = &spec.every {
        Some(Check::Every(days(e)?))
    } else if let Some(w) = &spec.within {
        Some(Check::Within(days(w)?))
    } else if let Some(l) = &spec.lasting {
        Some(Check::Lasting(days(l)?))
    } else {
        None
    };
    Ok(Clause { terms, check, negated: spec.negated })
}

/// The rule for the old `look_for` form: any one of the phrases, anywhere
/// in one passage.
pub fn any_phrase(phrases: &[String]) -> Result<Rule, String> {
    let concepts = Concepts::new();
    let mut clauses = Vec::new();
    for p in phrases {
        if let Ok(t) = term(p, &concepts) {
            clauses.push(Clause { terms: vec![t], check: None, negated: false });
        }
    }
    if clauses.is_empty() {
        return Err("no `look_for` phrase with words in it".into());
    }
    Ok(Rule { entries: vec![Entry { clauses }], kinds: Vec::new(), offered: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concepts() -> Concepts {
        Concepts::from([("dbs".to_string(), vec!["dbs".to_string(), "disclosure and barring".to_string()])])
    }

    #[test]
    fn terms_expand_concepts_and_literal_phrases() {
        let t = term("<dbs> | criminal record check", &concepts()).unwrap();
        assert_eq!(t.phrases.len(), 3);
        assert!(term("<nothing>", &concepts()).unwrap_err().contains("unknown concept `<nothing>`"));
        assert!(term(" | ", &concepts()).is_err());
    }

    #[test]
    fn near_terms_have_two_sides() {
        let t = term("<dbs> ~ enhanced | full", &concepts()).unwrap();
        assert_eq!((t.phrases.len(), t.near.len()), (2, 2));
        assert!(term("a ~ b ~ c", &concepts()).is_err());
    }

    #[test]
    fn lengths_of_time_in_days() {
        assert_eq!(days("monthly").unwrap(), 30.4);
        assert_eq!(days("3 months").unwrap(), 3.0 * 30.4);
        assert_eq!(days("12 weeks").unwrap(), 84.0);
        assert_eq!(days("a year").unwrap(), 365.0);
        assert!(days("soon").is_err());
    }

    #[test]
    fn one_check_per_clause() {
        let spec = ClauseSpec {
            terms: vec!["visit".into()],
            count: Some(2),
            every: Some("monthly".into()),
            ..Default::default()
        };
        assert!(clause(&spec, &concepts()).is_err());
    }
}

//! Judging evidence as an inspector reads it: a document is split into
//! located passages, and a criterion is shown only by a passage (read with
//! the headings above it) that holds all of a clause's terms and does not
//! say the opposite: not negated, not merely planned, not at a weaker
//! threshold than the standard, not contradicted by records of practice.
//!
//! Every verdict carries the passage it rests on, so a report can quote it;
//! a passage that came close but was disqualified is kept as a near miss
//! with the reason, so a report can say what came close.

pub mod cues;
pub mod office;
pub mod passage;
pub mod pdf;
pub mod rule;
pub mod token;

use serde::Serialize;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use crate::bundle::EvidenceKind;
use crate::date::Date;
pub use passage::{Kind as PassageKind, Location, Passage, Passages};
pub use rule::{Check, Clause, Rule};
use token::{FastMap, Token};

/// The longest quote a report prints, in characters.
pub const QUOTE_CHARS: usize = 240;

/// Why a passage that mentions a criterion does not show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// It says the thing is not done ("we do not offer out-of-hours support").
    Negated,
    /// It is planned, not in place ("from April 2026", "we plan to").
    Intended,
    /// It falls short of the standard's threshold ("every six weeks", "one reference").
    Weaker,
    /// Records show it happening only in some cases ("33 of 41 matches").
    Practice,
    /// It allows what the standard rules out ("volunteers may bring family").
    Contrary,
    /// It covers only part of what the criterion names, or not the number
    /// or frequency the criterion asks for.
    Incomplete,
}

impl Reason {
    /// Completes "<file>, line 9 mentions <this> but ...".
    pub fn says(self) -> &'static str {
        match self {
            Reason::Negated => "says it is not in place",
            Reason::Intended => "only as a plan or an intention, not as practice in place at the document's date",
            Reason::Weaker => "at a weaker level than the standard asks",
            Reason::Practice => "records show it happening in only some cases",
            Reason::Contrary => "allows what the standard rules out",
            Reason::Incomplete => "not everything the criterion names, or not how much or how often",
        }
    }

    /// How serious a near miss is, for choosing which to report: a passage
    /// that contradicts the criterion says more than one that is incomplete.
    fn weight(self) -> u8 {
        match self {
            Reason::Contrary => 6,
            Reason::Negated => 5,
            Reason::Practice => 4,
            Reason::Weaker => 3,
            Reason::Intended => 2,
            Reason::Incomplete => 1,
        }
    }
}

/// A passage quoted: at most `QUOTE_CHARS` characters, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Shared, not copied, between the evidence, the judgement and the
    /// report: a large bundle holds tens of thousands of quotes.
    pub text: std::sync::Arc<str>,
    pub location: Location,
}

/// What one document shows of one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Shown(Quote),
    /// Mentioned, but disqualified.
    Near(Quote, Reason),
    Absent,
}

/// A document made ready for judging: its passages, their words, and an
/// index from stems to where they occur. What a passage says about
/// negation, plans and partial practice is worked out only for passages a
/// rule looks at, once each.
pub struct Reader {
    passages: Vec<Passage>,
    /// Every passage's words, one after another, and where each passage's
    /// begin (one allocation for the whole document).
    words: Vec<Token>,
    starts: Vec<u32>,
    headings: Vec<Vec<Token>>,
    heading_text: Vec<String>,
    issued: Date,
    negations: Vec<OnceCell<Vec<usize>>>,
    /// Whether each passage speaks of a plan (its words, a date after the
    /// document's, or a heading such as "Next steps").
    planned: Vec<OnceCell<bool>>,
    heading_plans: Vec<OnceCell<bool>>,
    /// The segments of each passage that record practice in only some
    /// cases ("seven of the nine").
    partial: Vec<OnceCell<Vec<u16>>>,
    /// (stem, passage, token), sorted: where each stem occurs.
    index: Index,
    /// (stem, heading, token), sorted.
    heading_index: Index,
    /// Where each term (by its key) occurs, worked out once per document
    /// however many criteria use it.
    occurrences: RefCell<FastMap<u64, Spans>>,
    /// (first four bytes of the word, passage, token), sorted: built the
    /// first time a rule asks for words beginning with a prefix.
    heads: OnceCell<Vec<(u32, u32, u32)>>,
    in_headings: RefCell<FastMap<u64, Rc<[u32]>>>,
    /// Shared empty results: most terms occur nowhere in a document, and an
    /// `Rc` of nothing would still cost an allocation each.
    no_spans: Spans,
    no_headings: Rc<[u32]>,
}

/// Where a term occurs: (passage, first word, past the last word), sorted.
type Spans = Rc<[(u32, u32, u32)]>;

/// Where each of a clause's terms occurs in one passage, term by term:
/// word ranges in one buffer, reused from passage to passage.
#[derive(Default)]
struct TermSpans {
    all: Vec<(usize, usize)>,
    ends: Vec<usize>,
}

impl TermSpans {
    fn clear(&mut self) {
        self.all.clear();
        self.ends.clear();
    }

    /// Adds the next term's ranges; false when it has none here.
    fn push_term(&mut self, ranges: impl Iterator<Item = (usize, usize)>) -> bool {
        let before = self.all.len();
        self.all.extend(ranges);
        self.ends.push(self.all.len());
        self.all.len() > before
    }

    fn all(&self) -> &[(usize, usize)] {
        &self.all
    }

    fn terms(&self) -> impl Iterator<Item = &[(usize, usize)]> {
        self.ends.iter().scan(0, |from, &end| {
            let term = &self.all[*from..end];
            *from = end;
            Some(term)
        })
    }
}

/// Where each stem occurs: (stem, passage or heading, word), sorted, with
/// a bit per stem's low bits so that the many stems a document does not
/// have are turned away without a search.
struct Index {
    entries: Vec<(u64, u32, u32)>,
    seen: [u64; 32],
}

impl Index {
    fn new<'a>(tokens: impl Iterator<Item = &'a [Token]>) -> Index {
        let mut entries: Vec<(u64, u32, u32)> = Vec::new();
        let mut seen = [0u64; 32];
        for (pi, t) in tokens.enumerate() {
            for (ti, tok) in t.iter().enumerate() {
                let bit = tok.stem & 2047;
                seen[(bit >> 6) as usize] |= 1 << (bit & 63);
                entries.push((tok.stem, pi as u32, ti as u32));
            }
        }
        entries.sort_unstable();
        Index { entries, seen }
    }

    /// The entries for one stem.
    fn get(&self, stem: u64) -> &[(u64, u32, u32)] {
        let bit = stem & 2047;
        if self.seen[(bit >> 6) as usize] & (1 << (bit & 63)) == 0 {
            return &[];
        }
        let from = self.entries.partition_point(|e| e.0 < stem);
        let to = from + self.entries[from..].partition_point(|e| e.0 == stem);
        &self.entries[from..to]
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Reader {
    /// Reads `passages` of a document issued on `issued`.
    pub fn new(p: Passages, issued: Date) -> Reader {
        let headings: Vec<Vec<Token>> = p.headings.iter().map(|h| token::tokenize(h)).collect();
        let mut words = Vec::with_capacity(p.passages.iter().map(|x| x.text.len() / 6).sum());
        let mut starts = Vec::with_capacity(p.passages.len() + 1);
        for x in &p.passages {
            starts.push(words.len() as u32);
            token::tokenize_into(&x.text, &mut words);
        }
        starts.push(words.len() as u32);
        let n = p.passages.len();
        let index = Index::new((0..n).map(|i| &words[starts[i] as usize..starts[i + 1] as usize]));
        Reader {
            index,
            heading_index: Index::new(headings.iter().map(Vec::as_slice)),
            heading_plans: (0..headings.len()).map(|_| OnceCell::new()).collect(),
            passages: p.passages,
            words,
            starts,
            headings,
            heading_text: p.headings,
            issued,
            negations: (0..n).map(|_| OnceCell::new()).collect(),
            planned: (0..n).map(|_| OnceCell::new()).collect(),
            partial: (0..n).map(|_| OnceCell::new()).collect(),
            occurrences: RefCell::default(),
            heads: OnceCell::new(),
            in_headings: RefCell::default(),
            no_spans: Rc::from([]),
            no_headings: Rc::from([]),
        }
    }

    /// The words of passage `p`.
    fn tokens(&self, p: usize) -> &[Token] {
        &self.words[self.starts[p] as usize..self.starts[p + 1] as usize]
    }

    fn negations(&self, p: usize) -> &[usize] {
        self.negations[p].get_or_init(|| cues::negation_positions(self.tokens(p)))
    }

    fn planned(&self, p: usize) -> bool {
        *self.planned[p].get_or_init(|| {
            let t = self.tokens(p);
            cues::intended(t)
                || cues::future_date(t, self.issued).is_some()
                || self.passages[p]
                    .context
                    .iter()
                    .any(|&h| *self.heading_plans[h].get_or_init(|| cues::intention_heading(&self.headings[h])))
        })
    }

    /// Whether a heading or lead-in says "not": an odd number of negation
    /// triggers in it.
    fn heading_negated(&self, h: usize) -> bool {
        cues::negation_positions(&self.headings[h]).len() % 2 == 1
    }

    fn partial(&self, p: usize) -> &[u16] {
        self.partial[p].get_or_init(|| {
            let passage = &self.passages[p];
            // In a table whose header names weightings or scores, a
            // percentage is not a share of cases.
            let weighting = passage.kind == PassageKind::Row
                && passage.context.last().is_some_and(|&h| {
                    let header = self.heading_text[h].to_lowercase();
                    ["weight", "score", "mark"].iter().any(|w| header.contains(w))
                });
            cues::proportion_segments(self.tokens(p), &passage.text, !weighting)
        })
    }

    /// Whether the document has no passages at all.
    pub fn is_empty(&self) -> bool {
        self.passages.is_empty()
    }

    /// What this document, of kind `kind`, shows of `rule`.
    pub fn judge(&self, rule: &Rule, kind: EvidenceKind) -> Verdict {
        if !rule.kinds.is_empty() && !rule.kinds.contains(&kind) {
            return Verdict::Absent;
        }
        let mut shown: Option<Quote> = None;
        let mut near: Option<(Quote, Reason)> = None;
        let mut missing = false;
        for entry in &rule.entries {
            let mut entry_shown = None;
            let mut entry_near: Option<(usize, Reason)> = None;
            for clause in &entry.clauses {
                match self.clause(clause, rule.offered) {
                    Found::Shown(p, span) => {
                        if entry_shown.is_none_or(|(q, _)| p < q) {
                            entry_shown = Some((p, span));
                        }
                    }
                    Found::Near(p, reason) => {
                        if entry_near.is_none_or(|(_, r)| reason.weight() > r.weight()) {
                            entry_near = Some((p, reason));
                        }
                    }
                    Found::Nothing => {}
                }
            }
            match (entry_shown, entry_near) {
                (Some((p, span)), _) => {
                    if shown.is_none() {
                        shown = Some(self.quote(p, span));
                    }
                }
                (None, Some((p, reason))) => {
                    missing = true;
                    if near.as_ref().is_none_or(|(_, r)| reason.weight() > r.weight()) {
                        near = Some((self.quote(p, None), reason));
                    }
                }
                (None, None) => missing = true,
            }
        }
        match (missing, shown, near) {
            (false, Some(q), _) => Verdict::Shown(q),
            (true, _, Some((q, r))) => Verdict::Near(q, r),
            // Part found, part not mentioned at all.
            (true, Some(q), None) => Verdict::Near(q, Reason::Incomplete),
            _ => Verdict::Absent,
        }
    }

    /// Where a term occurs in passage bodies: sorted (passage, start, end).
    /// A `~` term occurs where a phrase of each side lies within
    /// `rule::NEAR` words of the other, in one segment.
    fn occurrences(&self, term: &rule::Term) -> Spans {
        if let Some(found) = self.occurrences.borrow().get(&term.key) {
            return Rc::clone(found);
        }
        let found = self.find_term(term);
        let found: Spans = if found.is_empty() { Rc::clone(&self.no_spans) } else { found.into() };
        self.occurrences.borrow_mut().insert(term.key, Rc::clone(&found));
        found
    }

    fn find_term(&self, term: &rule::Term) -> Vec<(u32, u32, u32)> {
        let a = self.phrase_occurrences(&term.phrases);
        if term.near.is_empty() {
            return a;
        }
        let b = self.phrase_occurrences(&term.near);
        let mut out = Vec::new();
        for &(p, s1, e1) in &a {
            let from = b.partition_point(|(q, _, _)| *q < p);
            for &(_, s2, e2) in b[from..].iter().take_while(|(q, _, _)| *q == p) {
                let gap = if s2 > e1 {
                    s2 - e1 - 1
                } else if s1 > e2 {
                    s1 - e2 - 1
                } else {
                    0
                };
                let toks = self.tokens(p as usize);
                if gap as usize <= rule::NEAR && toks[s1 as usize].part == toks[s2 as usize].part {
                    out.push((p, s1.min(s2), e1.max(e2)));
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn phrase_occurrences(&self, phrases: &[rule::Phrase]) -> Vec<(u32, u32, u32)> {
        let mut out = Vec::new();
        for phrase in phrases {
            match phrase.stems.first() {
                Some(first) => {
                    for &(_, p, t) in self.index.get(*first) {
                        let toks = self.tokens(p as usize);
                        if let Some(end) = phrase_at(toks, t as usize, phrase, &self.passages[p as usize].text) {
                            out.push((p, t, end as u32));
                        }
                    }
                }
                None if phrase.open.as_ref().is_some_and(|o| !o.is_empty() && o.is_ascii()) => {
                    // A single word that may run on: the words that begin
                    // with its first bytes sort together.
                    let prefix = phrase.open.as_deref().unwrap_or_default();
                    let heads = self.heads.get_or_init(|| {
                        let mut heads: Vec<(u32, u32, u32)> = Vec::with_capacity(self.words.len());
                        for p in 0..self.passages.len() {
                            heads.extend(
                                self.tokens(p).iter().enumerate().map(|(t, tok)| (tok.head, p as u32, t as u32)),
                            );
                        }
                        heads.sort_unstable();
                        heads
                    });
                    let k = prefix.len().min(4);
                    let lo = token::head_of(&prefix[..k]);
                    let hi = u64::from(lo) + (1u64 << (8 * (4 - k)));
                    let from = heads.partition_point(|(h, _, _)| *h < lo);
                    for &(_, p, t) in heads[from..].iter().take_while(|(h, _, _)| u64::from(*h) < hi) {
                        let toks = self.tokens(p as usize);
                        if let Some(end) = phrase_at(toks, t as usize, phrase, &self.passages[p as usize].text) {
                            out.push((p, t, end as u32));
                        }
                    }
                }
                None => {
                    // A single word that may run on: look at every word.
                    for p in 0..self.passages.len() {
                        let toks = self.tokens(p);
                        for t in 0..toks.len() {
                            if let Some(end) = phrase_at(toks, t, phrase, &self.passages[p].text) {
                                out.push((p as u32, t as u32, end as u32));
                            }
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The headings in which a term occurs.
    fn heading_occurrences(&self, term: &rule::Term) -> Rc<[u32]> {
        if let Some(found) = self.in_headings.borrow().get(&term.key) {
            return Rc::clone(found);
        }
        let found = self.find_heading_term(term);
        let found: Rc<[u32]> = if found.is_empty() { Rc::clone(&self.no_headings) } else { found.into() };
        self.in_headings.borrow_mut().insert(term.key, Rc::clone(&found));
        found
    }

    fn find_heading_term(&self, term: &rule::Term) -> Vec<u32> {
        let a = self.heading_phrases(&term.phrases);
        if term.near.is_empty() {
            return a.iter().map(|(h, _, _)| *h).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        }
        let b = self.heading_phrases(&term.near);
        let mut out: Vec<u32> = a
            .iter()
            .filter(|(h, s1, e1)| {
                b.iter().any(|(g, s2, e2)| {
                    let gap = if s2 > e1 {
                        s2 - e1 - 1
                    } else if s1 > e2 {
                        s1 - e2 - 1
                    } else {
                        0
                    };
                    g == h && gap as usize <= rule::NEAR
                })
            })
            .map(|(h, _, _)| *h)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Where phrases occur in headings: (heading, start, end).
    fn heading_phrases(&self, phrases: &[rule::Phrase]) -> Vec<(u32, u32, u32)> {
        let mut out = Vec::new();
        let mut try_at = |h: u32, t: u32, phrase: &rule::Phrase| {
            if let Some(end) = phrase_at(&self.headings[h as usize], t as usize, phrase, &self.heading_text[h as usize])
            {
                out.push((h, t, end as u32));
            }
        };
        for phrase in phrases {
            match phrase.stems.first() {
                Some(first) => {
                    for &(_, h, t) in self.heading_index.get(*first) {
                        try_at(h, t, phrase);
                    }
                }
                None => {
                    for (h, toks) in self.headings.iter().enumerate() {
                        for t in 0..toks.len() {
                            try_at(h as u32, t as u32, phrase);
                        }
                    }
                }
            }
        }
        out
    }

    fn clause(&self, clause: &Clause, offered: bool) -> Found {
        // Term by term, stopping at the first found nowhere: most clauses
        // fail on some term, and most documents on most clauses.
        let mut body: Vec<Spans> = Vec::new();
        let mut in_headings: Vec<Rc<[u32]>> = Vec::new();
        for t in &clause.terms {
            let b = self.occurrences(t);
            let h =
                if self.heading_index.is_empty() { Rc::clone(&self.no_headings) } else { self.heading_occurrences(t) };
            if b.is_empty() && h.is_empty() {
                return Found::Nothing;
            }
            body.push(b);
            in_headings.push(h);
        }
        let mut candidates: Vec<u32> = body.iter().flat_map(|b| b.iter()).map(|(p, _, _)| *p).collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut best_near: Option<(usize, Reason)> = None;
        let mut first_shown: Option<(usize, Option<(usize, usize)>)> = None;
        let mut spans = TermSpans::default();
        // The first passage that records practice falling short, or a
        // rule against the standard, in its own words.
        let mut against: Option<(usize, Reason)> = None;
        // (section, passage) of each passage with a weaker figure.
        let mut weaker: Vec<(Option<usize>, usize)> = Vec::new();
        for p in candidates {
            let pi = p as usize;
            let passage = &self.passages[pi];
            // Every occurrence of each term in this passage (none when the
            // term is found only in a heading above it).
            spans.clear();
            let mut complete = true;
            let before = self.referred_to(pi);
            for (ti, occ) in body.iter().enumerate() {
                let from = occ.partition_point(|(q, _, _)| *q < p);
                let here =
                    occ[from..].iter().take_while(|(q, _, _)| *q == p).map(|(_, s, e)| (*s as usize, *e as usize));
                if !spans.push_term(here)
                    && !passage.context.iter().any(|&h| in_headings[ti].binary_search(&(h as u32)).is_ok())
                    && before.is_none_or(|b| occ.binary_search_by(|(q, _, _)| q.cmp(&(b as u32))).is_err())
                {
                    complete = false;
                    break;
                }
            }
            if !complete {
                continue;
            }
            let verdict = self.check(pi, clause, &spans, offered);
            match verdict {
                None => {
                    first_shown.get_or_insert((pi, spans.all().first().copied()));
                }
                Some(reason) => {
                    // Whether every term is in the passage itself, not
                    // only in a heading above it.
                    let own_words = spans.terms().all(|t| !t.is_empty());
                    if matches!(reason, Reason::Practice | Reason::Contrary) && own_words {
                        against.get_or_insert((pi, reason));
                    }
                    if reason == Reason::Weaker {
                        weaker.push((passage.context.last().copied(), pi));
                    }
                    if best_near.is_none_or(|(_, r)| reason.weight() > r.weight()) {
                        best_near = Some((pi, reason));
                    }
                }
            }
        }
        // A weaker figure in the same section qualifies a passage that
        // meets the threshold: "every four weeks for the first three
        // months; after that, six-weekly" is not monthly visiting.
        if let Some((p, _)) = first_shown
            && let Some(&(_, w)) = weaker.iter().find(|(s, _)| *s == self.passages[p].context.last().copied())
        {
            return Found::Near(w, Reason::Weaker);
        }
        // Records of practice falling short, or a rule against the
        // standard, outweigh a passage that shows it elsewhere in the same
        // document: a policy is not enough if the minutes say otherwise.
        // Only when they say it in their own words: a heading "Quarter 3
        // report" over "8 matches is below 2% of the children looked
        // after" is not a record of young people's regular participation.
        match (first_shown, against, best_near) {
            (Some(_), Some((p, r)), _) => Found::Near(p, r),
            (Some((p, span)), None, _) => Found::Shown(p, span),
            (None, _, Some((p, r))) => Found::Near(p, r),
            (None, _, None) => Found::Nothing,
        }
    }

    /// Why passage `p`, which holds all the clause's terms, does not show
    /// it; `None` when it does.
    fn check(&self, p: usize, clause: &Clause, spans: &TermSpans, offered: bool) -> Option<Reason> {
        let tokens = self.tokens(p);
        let negations = self.negations(p);
        let is_negated = |s: &(usize, usize)| cues::negated(tokens, negations, *s);
        // A list under a lead-in such as "The following cannot be
        // appointed:" is negated by it.
        let lead_negated = self.passages[p].lead.is_some_and(|h| self.heading_negated(h))
            || (self.passages[p].kind == PassageKind::Row && cues::row_says_none(&self.passages[p].text));
        if clause.negated {
            // A prohibition: some term must be stated negatively.
            let stated = lead_negated || spans.all().iter().any(is_negated);
            if !stated {
                return Some(if cues::permits(tokens) { Reason::Contrary } else { Reason::Incomplete });
            }
        } else if lead_negated || spans.terms().any(|occ| !occ.is_empty() && occ.iter().all(is_negated)) {
            // Negated when some term is mentioned only in negated form.
            return Some(Reason::Negated);
        }
        if self.planned(p) {
            return Some(Reason::Intended);
        }
        if let Some(reason) = self.heading_answered(p) {
            return Some(reason);
        }
        if let Some(check) = clause.check {
            let at = spans.terms().next().unwrap_or(&[]);
            match self.measure(p, check, at) {
                Measure::Meets => {}
                Measure::Falls => return Some(Reason::Weaker),
                Measure::Missing => return Some(Reason::Incomplete),
            }
        }
        // A share below the whole counts against the clause where it is
        // said of one of its terms ("references for seven of the nine"),
        // not of something else in the sentence ("three of the 14 endings
        // were sudden, when young people moved"). Where the criterion is
        // about what is offered, how many took it up does not count.
        let partial = self.partial(p);
        if !offered && !partial.is_empty() {
            let tokens = self.tokens(p);
            let all = spans.all();
            // A table row's cells are one record: a share in any cell is
            // said of the row.
            let row = self.passages[p].kind == PassageKind::Row;
            if row || all.is_empty() || all.iter().any(|&(s, _)| partial.contains(&tokens[s].segment)) {
                return Some(Reason::Practice);
            }
        }
        None
    }

    /// The sentence that passage `p` refers back to, when it opens with
    /// "For them" or "They" and follows a sentence under the same headings.
    fn referred_to(&self, p: usize) -> Option<usize> {
        let here = &self.passages[p];
        let prev = self.passages.get(p.checked_sub(1)?)?;
        let sentences = here.kind == PassageKind::Sentence && prev.kind == PassageKind::Sentence;
        (sentences && std::sync::Arc::ptr_eq(&here.context, &prev.context) && cues::anaphoric(self.tokens(p)))
            .then(|| p - 1)
    }

    /// A heading ("Out-of-hours support") answered by the sentence under it
    /// ("We do not offer this at present."): the heading names the topic,
    /// the sentence says whether it is done.
    fn heading_answered(&self, p: usize) -> Option<Reason> {
        let heading = &self.passages[p];
        if heading.kind != PassageKind::Heading {
            return None;
        }
        let next = p + 1;
        let under = self.passages.get(next)?;
        let h = *under.context.last()?;
        if matches!(under.kind, PassageKind::Heading | PassageKind::Title) || self.heading_text[h] != heading.text {
            return None;
        }
        if self.negations(next).len() % 2 == 1 {
            Some(Reason::Negated)
        } else if self.planned(next) {
            Some(Reason::Intended)
        } else {
            None
        }
    }

    /// Whether passage `p` says enough about the first term, which occurs
    /// at `at` (empty when it is found only in a heading). A quantity is
    /// read in the segment of each occurrence ("meet monthly, but seven
    /// matches meet every six weeks" is weaker), else the nearest one in the
    /// passage, else one in the headings above it.
    fn measure(&self, p: usize, check: Check, at: &[(usize, usize)]) -> Measure {
        let tokens = self.tokens(p);
        let read = |f: fn(&[Token]) -> Vec<(usize, f64)>| -> Vec<f64> {
            let found = f(tokens);
            let mut values: Vec<f64> = at
                .iter()
                .filter_map(|&(s, _)| {
                    let seg = tokens[s].segment;
                    found.iter().filter(|(i, _)| tokens[*i].segment == seg).min_by_key(|(i, _)| i.abs_diff(s))
                })
                .map(|(_, d)| *d)
                .collect();
            if values.is_empty() {
                let pivot = at.first().map_or(0, |(s, _)| *s);
                values.extend(found.iter().min_by_key(|(i, _)| i.abs_diff(pivot)).map(|(_, d)| *d));
            }
            if values.is_empty() {
                values.extend(
                    self.passages[p].context.iter().rev().find_map(|&h| f(&self.headings[h]).first().map(|(_, d)| *d)),
                );
            }
            values
        };
        let judge = |values: Vec<f64>, ok: &dyn Fn(f64) -> bool| {
            if values.is_empty() {
                Measure::Missing
            } else if values.iter().all(|v| ok(*v)) {
                Measure::Meets
            } else {
                Measure::Falls
            }
        };
        match check {
            Check::AtLeast(n) => {
                let counts: Vec<f64> =
                    at.iter().filter_map(|&(s, _)| cues::count_before(tokens, s)).map(f64::from).collect();
                // Any occurrence with the number is enough: "two references:
                // the referees ..." names it once.
                if counts.iter().any(|c| *c >= f64::from(n)) {
                    Measure::Meets
                } else {
                    judge(counts, &|c| c >= f64::from(n))
                }
            }
            Check::Every(max) => judge(read(cues::frequencies), &|d| d <= max * 1.02),
            Check::Within(max) => judge(read(cues::durations), &|d| d <= max * 1.02),
            Check::Lasting(min) => judge(read(cues::durations), &|d| d >= min * 0.98),
        }
    }

    /// The passage quoted, cut to `QUOTE_CHARS` around `span` if longer.
    fn quote(&self, p: usize, span: Option<(usize, usize)>) -> Quote {
        let passage = &self.passages[p];
        let text = &passage.text;
        let from = span.map_or(0, |(s, _)| self.tokens(p)[s].start as usize);
        Quote { text: cut(text, from, QUOTE_CHARS).into(), location: passage.location.clone() }
    }
}

enum Found {
    Shown(usize, Option<(usize, usize)>),
    Near(usize, Reason),
    Nothing,
}

enum Measure {
    Meets,
    Falls,
    Missing,
}

/// Where `phrase` matches `tokens` starting at `at`: the index of its last
/// token.
fn phrase_at(tokens: &[Token], at: usize, phrase: &rule::Phrase, text: &str) -> Option<usize> {
    let n = phrase.stems.len();
    if at + n > tokens.len() {
        return None;
    }
    if !phrase.stems.iter().zip(&tokens[at..]).all(|(s, t)| *s == t.stem) {
        return None;
    }
    match &phrase.open {
        None if n > 0 => Some(at + n - 1),
        None => None,
        Some(prefix) => {
            let t = tokens.get(at + n)?;
            let word = text.get(t.start as usize..t.end as usize)?;
            let head = word.get(..prefix.len())?;
            (head.eq_ignore_ascii_case(prefix) || (!head.is_ascii() && head.to_lowercase() == *prefix))
                .then_some(at + n)
        }
    }
}

/// `text` cut to at most `max` characters, keeping `from` (a byte offset)
/// in view and cutting at spaces, with "…" where it was cut.
pub fn cut(text: &str, from: usize, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    // Start a little before the match, at a word boundary.
    let mut start = text[..from.min(text.len())].char_indices().rev().nth(60).map_or(0, |(i, _)| i);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..].find(' ').map_or(start, |i| start + i + 1);
    }
    let body: String = text[start..].chars().take(max - 2).collect();
    let body = match body.rfind(' ') {
        Some(i) if start + body.len() < text.len() && i > max / 2 => body[..i].to_string(),
        _ => body,
    };
    let lead = if start > 0 { "…" } else { "" };
    let tail = if start + body.len() < text.len() { "…" } else { "" };
    format!("{lead}{body}{tail}")
}

#[cfg(test)]
mod tests;

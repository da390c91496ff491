//! The last check on a document an authority publishes, run on the bytes
//! about to be written: no child's, volunteer's or complaint's reference
//! held in the registers, and no citation of register lines.
//!
//! The documents are built so that neither can get in: figures pass
//! disclosure control and the priorities are written from structured facts.
//! Text the bundle supplies still reaches a document (the organisation's
//! name, the commissioning model and providers), as can a template given
//! with `--templates`, so this guard checks the result as a reader would see
//! it, whatever produced it. When it finds anything the document is not
//! written; the message says what kind of item it found and which input it
//! came from, never the reference itself.
//!
//! How a document is read. Every format is read several ways and a hit in
//! any of them counts: the bytes as they are; with HTML character
//! references decoded (`C&#45;0142`); as the text an HTML page shows, with
//! tags removed both with and without a space in their place (a reference
//! split by `<b>` markup is joined up again, and one in a table cell is kept
//! apart from the next); the Markdown rendered the way a reader sees it
//! (escapes such as `C\_0142` undone); and every string of a JSON document
//! with its escapes decoded. Invisible characters (zero-width spaces, soft
//! hyphens) are dropped and dash, slash and full-width look-alikes read as
//! their ASCII forms.
//!
//! How a reference is matched. A token is a maximal run of letters, digits
//! and `- _ . /`, with trailing `.` and `/` trimmed. A reference matches,
//! ignoring case, a whole token or any part of a token that begins and ends
//! at the token's edges or at one of `- _ . /`, so that `C-0142` is found in
//! `C-0142-notes.md` but not in `C-01423` or `XC-0142`. A token that is an
//! ID from the standards catalog (`S05.P1`) is matched only whole, so a
//! volunteer `P1` is not mistaken for part of it.
//!
//! References that cannot be told from figures. A reference with no letter
//! and at most four digits (`142`, `0-42`) reads like a count, a year or a
//! sum of money, which the documents are full of, so the guard does not
//! look for it; it says how many such references it skipped, in which
//! register, every time it runs (`Cleared::warnings`). A reference that is
//! also an ordinary word the documents use makes the guard refuse: the safe
//! side.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

use crate::bundle::Bundle;
use crate::catalog::Catalog;

pub use crate::bundle::registers::ReferenceKind;

fn one(kind: ReferenceKind) -> &'static str {
    match kind {
        ReferenceKind::Child => "a child's reference",
        ReferenceKind::Volunteer => "a volunteer's reference",
        ReferenceKind::Complaint => "a complaint's reference",
    }
}

fn many(kind: ReferenceKind) -> &'static str {
    match kind {
        ReferenceKind::Child => "children's references",
        ReferenceKind::Volunteer => "volunteers' references",
        ReferenceKind::Complaint => "complaints' references",
    }
}

/// A reference the registers hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownReference {
    pub reference: String,
    pub kind: ReferenceKind,
    /// The register it was read from (`registers/children.csv`).
    pub register: &'static str,
}

/// Every child, volunteer and complaint reference in the bundle's
/// registers, once per reference and kind (the first register that holds
/// it is named). This is the one list the guard checks against.
pub fn register_references(bundle: &Bundle) -> Vec<KnownReference> {
    // Every reference typed in a register, from every row read, used or
    // left out, and from registers refused whole: a child's reference in a
    // row with a bad date is still a child's reference.
    let mut out = Vec::new();
    let mut seen: HashSet<(String, ReferenceKind)> = HashSet::new();
    // Where a reference is in several registers, name the register of
    // record first: children.csv for a child, volunteers.csv for a volunteer.
    let rank = |r: &crate::bundle::registers::KnownReference| {
        let order = match r.kind {
            ReferenceKind::Volunteer => ["registers/volunteers.", "registers/children."],
            _ => ["registers/children.", "registers/complaints."],
        };
        order.iter().position(|n| r.file.starts_with(n)).unwrap_or(order.len())
    };
    let mut all: Vec<&crate::bundle::registers::KnownReference> = bundle.registers.references.iter().collect();
    all.sort_by_key(|r| rank(r));
    for r in all {
        if !r.value.is_empty() && seen.insert((r.value.to_lowercase(), r.kind)) {
            out.push(KnownReference { reference: r.value.clone(), kind: r.kind, register: register_name(&r.file) });
        }
    }
    out
}

/// The register's path as a static string (the registers are a fixed set).
fn register_name(file: &str) -> &'static str {
    crate::bundle::registers::PATHS
        .iter()
        .chain(&["registers/population.yaml"])
        .find(|p| **p == file)
        .copied()
        .unwrap_or("registers")
}

/// Whether the guard can look for `reference`: not when it has no letter
/// and at most four digits, since it then reads like an ordinary figure.
pub fn is_checkable(reference: &str) -> bool {
    let letters = reference.chars().any(char::is_alphabetic);
    let digits = reference.chars().filter(char::is_ascii_digit).count();
    !reference.trim().is_empty() && (letters || digits > 4)
}

/// What the guard found that must not be published.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    Reference {
        kind: ReferenceKind,
        register: &'static str,
    },
    /// A citation of register lines, such as `registers/children.csv, lines 5, 7`.
    LineCitation {
        register: String,
    },
}

/// One kind of item found, how many different ones, and the inputs that
/// hold them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub item: Item,
    pub count: usize,
    /// Where the item comes from, as places a user can fix ("bundle.yaml
    /// (organisation)"); empty when no input holds it.
    pub origins: Vec<String>,
}

/// Why a document must not be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub findings: Vec<Finding>,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "refusing to publish: the document would show")?;
        for found in &self.findings {
            let what = match &found.item {
                Item::Reference { kind, register } if found.count == 1 => format!("{} from {register}", one(*kind)),
                Item::Reference { kind, register } => format!("{} {} from {register}", found.count, many(*kind)),
                Item::LineCitation { register } => format!("a citation of lines of {register}"),
            };
            let from = if found.origins.is_empty() {
                "which none of the bundle's text or the standards catalog holds: it comes from a template given with --templates, or from a fault in ivaudit".to_string()
            } else {
                format!("which comes from {}", found.origins.join("; "))
            };
            write!(f, "\n  - {what}, {from}")?;
        }
        write!(
            f,
            "\nNothing was written. Remove it where it comes from, or write the document with --internal for the authority's own use."
        )
    }
}

impl std::error::Error for Refusal {}

/// References the guard did not look for (see `is_checkable`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unchecked {
    pub kind: ReferenceKind,
    pub register: &'static str,
    pub count: usize,
}

/// A document the guard found clean, with what it could not check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleared {
    pub unchecked: Vec<Unchecked>,
}

impl Cleared {
    /// One sentence for each register with references the guard could not
    /// look for.
    pub fn warnings(&self) -> Vec<String> {
        self.unchecked
            .iter()
            .map(|u| {
                format!(
                    "{} {} in {} have no letter and at most four digits, so the publication guard cannot tell them from figures and did not look for them; references such as C-0142 can be checked",
                    u.count,
                    many(u.kind),
                    u.register
                )
            })
            .collect()
    }
}

/// Checks a rendered publication document (Markdown, HTML or JSON) against
/// the bundle's register references and for register line citations.
pub fn check(document: &[u8], bundle: &Bundle, catalog: &Catalog) -> Result<Cleared, Refusal> {
    check_against(document, &register_references(bundle), &inputs(bundle, catalog), &catalog_ids(catalog))
}

/// A piece of text a document may be written from, and where it is.
#[derive(Debug, Clone)]
pub struct Input {
    pub place: String,
    pub text: String,
}

/// Checks `document` against `references`, naming the `inputs` that hold
/// what it finds. `whole_only` holds tokens (lower case) matched only whole.
pub fn check_against(
    document: &[u8],
    references: &[KnownReference],
    inputs: &[Input],
    whole_only: &HashSet<String>,
) -> Result<Cleared, Refusal> {
    let mut unchecked: BTreeMap<(ReferenceKind, &'static str), usize> = BTreeMap::new();
    let mut wanted: Vec<&KnownReference> = Vec::new();
    for r in references {
        if is_checkable(&r.reference) {
            wanted.push(r);
        } else {
            *unchecked.entry((r.kind, r.register)).or_default() += 1;
        }
    }
    let matcher = Matcher::new(&wanted, whole_only);
    let views = reader_views(&String::from_utf8_lossy(document));

    let mut hits: HashSet<usize> = HashSet::new();
    let mut citations: BTreeSet<String> = BTreeSet::new();
    for view in &views {
        matcher.find(view, &mut hits);
        citations.extend(line_citations(view));
    }

    let mut findings: Vec<Finding> = Vec::new();
    if !hits.is_empty() {
        // An input is where a reference came from when the document shows
        // the reference with the input's own words around it.
        let shown: Vec<String> = views.iter().map(|v| token_line(v)).collect();
        let input_hits: Vec<HashSet<usize>> = inputs.iter().map(|input| matcher.carried(&input.text, &shown)).collect();
        let mut groups: BTreeMap<(Item, Vec<String>), usize> = BTreeMap::new();
        let mut sorted: Vec<usize> = hits.into_iter().collect();
        sorted.sort_unstable();
        for i in sorted {
            let r = wanted[i];
            let mut origins: Vec<String> = inputs
                .iter()
                .zip(&input_hits)
                .filter(|(_, found)| found.contains(&i))
                .map(|(input, _)| masked_place(input, &matcher))
                .collect();
            origins.dedup();
            *groups.entry((Item::Reference { kind: r.kind, register: r.register }, origins)).or_default() += 1;
        }
        findings.extend(groups.into_iter().map(|((item, origins), count)| Finding { item, count, origins }));
    }
    for register in citations {
        let mut origins: Vec<String> = inputs
            .iter()
            .filter(|input| reader_views(&input.text).iter().any(|v| !line_citations(v).is_empty()))
            .map(|input| masked_place(input, &matcher))
            .collect();
        origins.dedup();
        findings.push(Finding { item: Item::LineCitation { register }, count: 1, origins });
    }
    if !findings.is_empty() {
        return Err(Refusal { findings });
    }
    Ok(Cleared {
        unchecked: unchecked.into_iter().map(|((kind, register), count)| Unchecked { kind, register, count }).collect(),
    })
}

/// The place of an input with any reference in it masked, since a place
/// can be an evidence file's path that holds the reference itself.
fn masked_place(input: &Input, matcher: &Matcher) -> String {
    matcher.mask(&input.place)
}

/// The texts a document is written from, with where each is: what
/// `bundle.yaml` says, the evidence's titles, paths and owners, and the
/// catalog's text.
pub fn inputs(bundle: &Bundle, catalog: &Catalog) -> Vec<Input> {
    let mut out = Vec::new();
    let mut add = |place: String, text: &str| out.push(Input { place, text: text.to_string() });
    let meta = &bundle.meta;
    add("bundle.yaml (organisation)".into(), &meta.organisation);
    for a in &meta.authorities {
        add("bundle.yaml (authorities)".into(), a);
    }
    if let Some(model) = &meta.commissioning.model {
        add("bundle.yaml (commissioning.model)".into(), model);
    }
    for p in &meta.commissioning.providers {
        add("bundle.yaml (commissioning.providers)".into(), p);
    }
    for e in &bundle.evidence {
        add(format!("the title of the evidence {}", e.path), &e.title);
        add(format!("the file name of the evidence {}", e.path), &e.path);
        if let Some(owner) = &e.owner {
            add(format!("the owner of the evidence {}", e.path), owner);
        }
    }
    let doc = &catalog.document;
    for text in [&doc.title, &doc.short_title, &doc.publisher] {
        add("the standards catalog (its title)".into(), text);
    }
    for s in &catalog.standards {
        let place = format!("the standards catalog ({})", s.id);
        add(place.clone(), &s.title);
        for o in &s.outcomes {
            add(place.clone(), o);
        }
        add(place.clone(), &s.young_people);
        for r in &s.requirements {
            let place = format!("the standards catalog ({})", r.id);
            add(place.clone(), &r.text);
            add(place.clone(), &r.source);
            if let Some(l) = &r.legal_basis {
                add(place.clone(), l);
            }
            for c in &r.criteria {
                add(place.clone(), &c.shows);
            }
        }
    }
    for c in &catalog.clauses {
        let place = format!("the standards catalog (clause {})", c.id);
        add(place.clone(), &c.title);
        add(place.clone(), &c.text);
        add(place, &c.source);
    }
    out
}

/// The catalog's IDs, in lower case: tokens matched only whole.
pub fn catalog_ids(catalog: &Catalog) -> HashSet<String> {
    let mut ids = HashSet::new();
    for s in &catalog.standards {
        ids.insert(s.id.to_lowercase());
        for r in &s.requirements {
            ids.insert(r.id.to_lowercase());
            for c in &r.criteria {
                ids.insert(c.id.to_lowercase());
            }
        }
    }
    for c in &catalog.clauses {
        ids.insert(c.id.to_lowercase());
    }
    ids
}

const SEPARATORS: &[char] = &['-', '_', '.', '/'];

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || SEPARATORS.contains(&c)
}

/// Called with the byte range of a match and the references it matches.
type OnHit<'f> = dyn FnMut((usize, usize), &[usize]) + 'f;

/// Finds references in text.
struct Matcher<'a> {
    /// Lower-cased single-token references to their index in `wanted`.
    tokens: HashMap<String, Vec<usize>>,
    /// References with characters a token cannot hold (a space), matched as
    /// lower-cased text between non-alphanumeric neighbours.
    phrases: Vec<(String, usize)>,
    /// The distinct lengths of `tokens`' keys, in bytes.
    lengths: Vec<usize>,
    whole_only: &'a HashSet<String>,
}

impl<'a> Matcher<'a> {
    fn new(wanted: &[&KnownReference], whole_only: &'a HashSet<String>) -> Matcher<'a> {
        let mut tokens: HashMap<String, Vec<usize>> = HashMap::new();
        let mut phrases = Vec::new();
        for (i, r) in wanted.iter().enumerate() {
            // As tokens are: a trailing `.` or `/` is not part of one.
            let reference = r.reference.trim().trim_end_matches(['.', '/']).to_lowercase();
            if reference.is_empty() {
                continue;
            }
            if reference.chars().all(is_token_char) {
                tokens.entry(reference).or_default().push(i);
            } else {
                phrases.push((reference, i));
            }
        }
        let mut lengths: Vec<usize> = tokens.keys().map(String::len).collect();
        lengths.sort_unstable();
        lengths.dedup();
        Matcher { tokens, phrases, lengths, whole_only }
    }

    /// Adds the index of every reference found in `text` to `found`.
    fn find(&self, text: &str, found: &mut HashSet<usize>) {
        self.spans(text, &mut |_, indices| found.extend(indices.iter().copied()));
    }

    /// The references in `input` that `shown` (documents as `token_line`s)
    /// shows in the input's context: with up to two of the input's tokens
    /// on either side.
    fn carried(&self, input: &str, shown: &[String]) -> HashSet<usize> {
        let mut carried = HashSet::new();
        for view in reader_views(input) {
            let toks = tokens(&view);
            let lower: Vec<String> = toks.iter().map(|(_, t)| t.to_lowercase()).collect();
            for (k, (_, token)) in toks.iter().enumerate() {
                let mut found = HashSet::new();
                self.find(token, &mut found);
                if found.is_empty() {
                    continue;
                }
                let window = format!(" {} ", lower[k.saturating_sub(2)..(k + 3).min(lower.len())].join(" "));
                if shown.iter().any(|d| d.contains(&window)) {
                    carried.extend(found);
                }
            }
            // References that are not one token are taken on their own.
            for (phrase, i) in &self.phrases {
                if view.to_lowercase().contains(phrase.as_str()) {
                    carried.insert(*i);
                }
            }
        }
        carried
    }

    /// `text` with every reference found in it replaced by `[reference]`.
    fn mask(&self, text: &str) -> String {
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        self.spans(text, &mut |range, _| ranges.push(range));
        if ranges.is_empty() {
            return text.to_string();
        }
        ranges.sort_unstable();
        let mut out = String::new();
        let mut at = 0;
        for (start, end) in ranges {
            if start < at {
                at = at.max(end);
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str("[reference]");
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }

    /// Calls `hit` with the byte range and reference indices of every match.
    /// Parts are cut from the text itself and lower-cased one at a time, so
    /// the ranges are always the text's own; only parts as long as some
    /// reference are compared, which keeps the work linear in the text.
    fn spans(&self, text: &str, hit: &mut OnHit<'_>) {
        let mut part = String::new();
        let lower = |s: &str, part: &mut String| {
            part.clear();
            part.extend(s.chars().flat_map(char::to_lowercase));
        };
        for (start, token) in tokens(text) {
            lower(token, &mut part);
            if let Some(indices) = self.tokens.get(part.as_str()) {
                hit((start, start + token.len()), indices);
            }
            if self.whole_only.contains(part.as_str()) {
                continue;
            }
            let is_end = |i: usize| i == token.len() || token[i..].starts_with(SEPARATORS);
            let starts = std::iter::once(0)
                .chain(token.char_indices().filter(|(_, c)| SEPARATORS.contains(c)).map(|(i, c)| i + c.len_utf8()));
            for s in starts {
                for &len in &self.lengths {
                    let e = s + len;
                    if (s, e) == (0, token.len()) || e > token.len() || !token.is_char_boundary(e) || !is_end(e) {
                        continue;
                    }
                    lower(&token[s..e], &mut part);
                    if let Some(indices) = self.tokens.get(part.as_str()) {
                        hit((start + s, start + e), indices);
                    }
                }
            }
        }
        if !self.phrases.is_empty() {
            let lower = text.to_lowercase();
            if lower.len() == text.len() {
                for (phrase, i) in &self.phrases {
                    for (at, _) in lower.match_indices(phrase.as_str()) {
                        let end = at + phrase.len();
                        let before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                        let after = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                        if before && after {
                            hit((at, end), std::slice::from_ref(i));
                        }
                    }
                }
            } else {
                // Offsets would not line up: report without a range to mask.
                for (phrase, i) in &self.phrases {
                    if lower.contains(phrase.as_str()) {
                        hit((0, 0), std::slice::from_ref(i));
                    }
                }
            }
        }
    }
}

/// The tokens of `text` with their byte offsets: maximal runs of letters,
/// digits and `- _ . /`, with trailing `.` and `/` trimmed.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut push = |s: usize, e: usize| {
        let token = text[s..e].trim_end_matches(['.', '/']);
        if !token.is_empty() {
            out.push((s, token));
        }
    };
    for (i, c) in text.char_indices() {
        match (is_token_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(s, text.len());
    }
    out
}

/// The tokens of `text` in lower case, joined by single spaces, with a
/// space at each end.
fn token_line(text: &str) -> String {
    let mut line = String::from(" ");
    for (_, t) in tokens(text) {
        line.push_str(&t.to_lowercase());
        line.push(' ');
    }
    line
}

/// The ways a reader can see `text`: as it is, with character references
/// decoded, as an HTML page shows it, as rendered Markdown shows it, and as
/// the strings of a JSON document, each with invisible characters dropped
/// and look-alike punctuation read as ASCII.
fn reader_views(text: &str) -> Vec<String> {
    let mut views = vec![text.to_string(), decode_entities(text)];
    views.push(visible_text(text, ""));
    views.push(visible_text(text, " "));
    let mut html = String::new();
    let parser = pulldown_cmark::Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES);
    pulldown_cmark::html::push_html(&mut html, parser);
    views.push(visible_text(&html, ""));
    views.push(visible_text(&html, " "));
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let mut strings = String::new();
        json_strings(&value, &mut strings);
        views.push(strings);
    }
    // The language marks (`locale::marks`) are invisible: a reader sees the
    // text on either side joined up, or apart where a span ends a word.
    if views.iter().any(|v| crate::locale::marks::any(v)) {
        let apart: Vec<String> = views.iter().map(|v| v.replace(is_language_mark, " ")).collect();
        views.extend(apart);
    }
    views.into_iter().map(|v| plain(&v)).collect()
}

fn json_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.push_str(k);
                out.push('\n');
                json_strings(v, out);
            }
        }
        _ => {}
    }
}

/// Whether `c` is one of the private-use characters that mark text in
/// another language (`locale::marks`).
fn is_language_mark(c: char) -> bool {
    crate::locale::marks::any(c.encode_utf8(&mut [0; 4]))
}

/// Drops invisible characters and reads look-alike punctuation and
/// full-width forms as ASCII.
fn plain(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}' => None,
            c if is_language_mark(c) => None,
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => Some('-'),
            '\u{2044}' | '\u{2215}' => Some('/'),
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            c => Some(c),
        })
        .collect()
}

/// The text an HTML page shows: tags and comments removed (replaced by
/// `joiner`) and character references decoded.
fn visible_text(html: &str, joiner: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(comment) = tail.strip_prefix("<!--") {
            rest = comment.find("-->").map(|e| &comment[e + 3..]).unwrap_or("");
            out.push_str(joiner);
            continue;
        }
        let is_tag = tail[1..].chars().next().is_some_and(|c| c.is_ascii_alphabetic() || "/!?".contains(c));
        if !is_tag {
            out.push('<');
            rest = &tail[1..];
            continue;
        }
        // The tag ends at the first `>` outside a quoted attribute value.
        let mut quote: Option<char> = None;
        let mut end = None;
        for (j, c) in tail.char_indices().skip(1) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(j);
                    break;
                }
                _ => {}
            }
        }
        out.push_str(joiner);
        rest = end.map(|e| &tail[e + 1..]).unwrap_or("");
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// Decodes HTML character references: numeric ones (with or without the
/// closing `;`) and the named ones that can stand for a character of a
/// reference or hide one.
fn decode_entities(text: &str) -> String {
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", " "),
        ("hyphen", "-"),
        ("dash", "-"),
        ("ndash", "-"),
        ("mdash", "-"),
        ("minus", "-"),
        ("period", "."),
        ("sol", "/"),
        ("lowbar", "_"),
        ("UnderBar", "_"),
        ("shy", ""),
        ("ZeroWidthSpace", ""),
        ("NoBreak", ""),
        ("zwj", ""),
        ("zwnj", ""),
        ("lrm", ""),
        ("rlm", ""),
        ("InvisibleTimes", ""),
        ("InvisibleComma", ""),
        ("af", ""),
        ("it", ""),
        ("ic", ""),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 1..];
        let decoded = if let Some(num) = tail.strip_prefix('#') {
            let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex.chars().take_while(char::is_ascii_hexdigit).collect::<String>(), 16, 2),
                None => (num.chars().take_while(char::is_ascii_digit).collect::<String>(), 10, 1),
            };
            (!digits.is_empty() && digits.len() <= 8)
                .then(|| u32::from_str_radix(&digits, radix).ok().and_then(char::from_u32))
                .flatten()
                .map(|c| {
                    let used = skip + digits.len();
                    let used = if tail[used..].starts_with(';') { used + 1 } else { used };
                    (c.to_string(), used)
                })
        } else {
            NAMED
                .iter()
                .find(|(name, _)| tail.starts_with(name) && tail[name.len()..].starts_with(';'))
                .map(|(name, s)| (s.to_string(), name.len() + 1))
        };
        match decoded {
            Some((s, used)) => {
                out.push_str(&s);
                rest = &tail[used..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Registers whose lines `text` cites: a register's file name with `line`,
/// `lines`, `row` or `rows` and a number next to it (`registers/children.csv,
/// lines 5, 7`, `line 12 of children.csv`), or a `file:line` form
/// (`children.csv:5`).
fn line_citations(text: &str) -> Vec<String> {
    // Every register's file name, CSV or spreadsheet ("children.xlsx").
    let names = crate::bundle::registers::KNOWN
        .iter()
        .copied()
        .chain(crate::bundle::registers::PATHS.iter().filter_map(|p| p.strip_prefix("registers/")));
    // Register names and the words around them are ASCII: lower-casing
    // only ASCII keeps every offset valid.
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for name in names {
        for (at, _) in lower.match_indices(name) {
            let end = at + name.len();
            let after = &lower[end..];
            let window_after: &str = &after[..floor_boundary(after, 40)];
            let window_after = window_after.split([')', '\n', ';']).next().unwrap_or("");
            let before = &lower[..at];
            let from = ceil_boundary(before, before.len().saturating_sub(40));
            let window_before = before[from..].rsplit(['(', '\n', ';']).next().unwrap_or("");
            let colon = after.strip_prefix(':').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if colon || cites_a_line(window_after) || cites_a_line(window_before) {
                let register =
                    if before.ends_with("registers/") { format!("registers/{name}") } else { (*name).to_string() };
                if !out.contains(&register) {
                    out.push(register);
                }
            }
        }
    }
    out
}

/// The words for a line or row of a register, in every language a
/// document is written in: English, and Welsh with its mutated forms
/// (`llinell`, `ei linell`; `rhes`, `ei res`).
const LINE_WORDS: &[&str] = &[
    "line",
    "lines",
    "row",
    "rows", // English
    "llinell",
    "llinellau",
    "linell",
    "linellau",
    "rhes",
    "rhesi",
    "rhesau",
    "res",
    "resi",
    "resau", // Welsh
];

/// Whether `window` holds a word for a line or row (`LINE_WORDS`)
/// followed by a number.
fn cites_a_line(window: &str) -> bool {
    let words: Vec<&str> = window.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.windows(2).any(|w| LINE_WORDS.contains(&w[0]) && w[1].starts_with(|c: char| c.is_ascii_digit()))
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn child(reference: &str) -> KnownReference {
        KnownReference { reference: reference.into(), kind: ReferenceKind::Child, register: "registers/children.csv" }
    }

    fn volunteer(reference: &str) -> KnownReference {
        KnownReference {
            reference: reference.into(),
            kind: ReferenceKind::Volunteer,
            register: "registers/volunteers.csv",
        }
    }

    fn run(document: &str, refs: &[KnownReference]) -> Result<Cleared, Refusal> {
        let whole: HashSet<String> = ["s05.p1".to_string()].into_iter().collect();
        let inputs = [Input { place: "bundle.yaml (organisation)".into(), text: "Afon Council".into() }];
        check_against(document.as_bytes(), refs, &inputs, &whole)
    }

    fn refused(document: &str) -> bool {
        run(document, &[child("C-0142"), volunteer("V-031")]).is_err()
    }

    #[test]
    fn references_are_found_as_whole_tokens_in_any_case() {
        assert!(refused("Matched: C-0142."));
        assert!(refused("matched c-0142, then"));
        assert!(refused("the volunteer v-031/"));
        assert!(!refused("nothing here: C-01423, XC-0142, C-014"));
    }

    #[test]
    fn a_reference_inside_a_file_name_is_found() {
        assert!(refused("see policies/C-0142-notes.md"));
        assert!(refused("see policies/c-0142_notes.md"));
        assert!(!refused("see policies/C-01423-notes.md"));
    }

    #[test]
    fn a_catalog_id_is_matched_only_whole() {
        let refs = [volunteer("P1")];
        assert!(run("S05.P1 is not met", &refs).is_ok());
        assert!(run("volunteer P1 was matched", &refs).is_err());
    }

    #[test]
    fn character_references_and_markup_do_not_hide_a_reference() {
        assert!(refused("<p>C&#45;0142</p>"));
        assert!(refused("<p>C&#x2d;0142</p>"));
        assert!(refused("<p>C&hyphen;0142</p>"));
        assert!(refused("<p>C-<b>01</b>42</p>"));
        assert!(refused("<p>C-<!-- hidden -->0142</p>"));
        assert!(refused(r#"<abbr title="C&#45;0142">a child</abbr>"#));
        assert!(refused("<p>C\u{200B}-0142</p>"));
        assert!(refused("<p>C\u{2011}0142</p>"));
        assert!(refused("<p>Ｃ－０１４２</p>"));
        // A reference in one table cell is still found when the next cell follows it.
        assert!(refused("<td>C-0142</td><td>x</td>"));
    }

    #[test]
    fn markdown_escapes_and_emphasis_do_not_hide_a_reference() {
        assert!(run(r"a child V\_031b", &[volunteer("V_031b")]).is_err());
        assert!(refused("C-**0142**"));
        assert!(refused(r"C\-0142"));
    }

    #[test]
    fn json_escapes_do_not_hide_a_reference() {
        assert!(refused(r#"{"authority": "C\u002d0142 Council"}"#));
        assert!(refused(r#"{"C\u002D0142": 1}"#));
    }

    #[test]
    fn register_line_citations_are_found() {
        assert!(refused("(registers/children.csv, lines 5, 7)"));
        assert!(refused("(registers/volunteers.csv, line 3)"));
        assert!(refused("line 12 of children.csv"));
        assert!(refused("registers/children.csv:5:3"));
        // Spreadsheet registers are cited by row.
        assert!(refused("(registers/children.xlsx, rows 5, 7)"));
        assert!(refused("row 12 of visits.ods"));
        assert!(refused("volunteers.xlsx:4"));
        assert!(refused("<li>registers/children.csv, <em>line</em> 9</li>"));
        assert!(!refused("Source: registers/children.csv; in line with the All Wales procedures"));
        assert!(!refused("registers/children.csv and registers/population.yaml; line 5 of the contract"));
    }

    #[test]
    fn welsh_citations_of_register_lines_are_found() {
        assert!(refused("(registers/children.csv, llinellau 5, 7)"));
        assert!(refused("(registers/volunteers.csv, llinell 3)"));
        assert!(refused("llinell 12 o children.csv"));
        assert!(refused("ar ei linell 12 yn children.csv"));
        assert!(refused("rhes 12 o visits.ods"));
        assert!(refused("(registers/children.xlsx, rhesi 5, 7)"));
        assert!(!refused("ffynhonnell: registers/children.csv; Safon 13, pwynt 2"));
    }

    #[test]
    fn language_marks_do_not_hide_a_reference() {
        // Marks around English text in a Welsh document (JSON keeps none,
        // but a template or a stray mark could): a reference split by one,
        // inside one, or joined to one is still found.
        let (en, end) = ('\u{E000}', '\u{E002}');
        assert!(refused(&format!("Diolch i {en}C-0142{end}.")));
        assert!(refused(&format!("Diolch i C-01{end}42.")));
        assert!(refused(&format!("gan{en}C-0142 Council{end}")));
        assert!(refused("Diolch i <span lang=\"en-GB\">C-0142</span>."));
    }

    #[test]
    fn the_refusal_names_kind_and_origin_but_never_the_reference() {
        let inputs = [
            Input { place: "bundle.yaml (organisation)".into(), text: "C-0142 Council".into() },
            Input {
                place: "the file name of the evidence notes/C-0142-plan.md".into(),
                text: "notes/C-0142-plan.md".into(),
            },
        ];
        let document = b"# Plan: C-0142 Council, see notes/C-0142-plan.md";
        let err = check_against(document, &[child("C-0142")], &inputs, &HashSet::new()).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("a child's reference from registers/children.csv"), "{message}");
        assert!(message.contains("bundle.yaml (organisation)"), "{message}");
        assert!(message.contains("notes/[reference]-plan.md"), "{message}");
        assert!(!message.to_lowercase().contains("c-0142"), "{message}");
    }

    #[test]
    fn a_citation_from_no_input_is_blamed_on_templates_or_ivaudit() {
        let err = run("x (registers/children.csv, line 4)", &[]).unwrap_err();
        assert!(err.to_string().contains("--templates"), "{err}");
        assert_eq!(err.findings[0].item, Item::LineCitation { register: "registers/children.csv".into() });
    }

    #[test]
    fn short_numeric_references_are_skipped_and_said_so() {
        assert!(!is_checkable("142"));
        assert!(!is_checkable("0-42"));
        assert!(is_checkable("01423"));
        assert!(is_checkable("A1"));
        let cleared = run("10 children, 142 x £2,400", &[child("142"), child("0042"), child("C-1")]).unwrap();
        assert_eq!(
            cleared.unchecked,
            [Unchecked { kind: ReferenceKind::Child, register: "registers/children.csv", count: 2 }]
        );
        assert!(cleared.warnings()[0].starts_with("2 children's references in registers/children.csv"));
        // A long number is checked.
        assert!(run("case 014231", &[child("014231")]).is_err());
    }

    fn fixture(name: &str) -> Bundle {
        let catalog = Catalog::load(&crate::catalog::CatalogSource::Embedded).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
        Bundle::load(&root, &catalog).unwrap()
    }

    #[test]
    fn register_references_come_from_every_register_once_each() {
        let refs = register_references(&fixture("registers"));
        let find = |r: &str, kind: ReferenceKind| {
            refs.iter().filter(|k| k.reference == r && k.kind == kind).map(|k| k.register).collect::<Vec<_>>()
        };
        assert_eq!(find("C-001", ReferenceKind::Child), ["registers/children.csv"]);
        // The register of record names it, though children.csv holds it too.
        assert_eq!(find("V-01", ReferenceKind::Volunteer), ["registers/volunteers.csv"]);
        assert_eq!(find("CMP-1", ReferenceKind::Complaint), ["registers/complaints.csv"]);
        // Only in the assessments register.
        let refs = register_references(&fixture("authority"));
        assert_eq!(
            refs.iter().find(|k| k.reference == "FX-02").map(|k| (k.kind, k.register)),
            Some((ReferenceKind::Child, "registers/assessments.csv"))
        );
        assert_eq!(refs.iter().filter(|k| k.reference == "FX-01").count(), 1);
    }

    #[test]
    fn a_huge_token_full_of_separators_is_checked_quickly() {
        // Comparing every part of a token with every other would take
        // hours here: 100,000 separators. Only parts as long as a reference
        // are compared, so this takes milliseconds.
        let token = "a-".repeat(100_000);
        let refs: Vec<KnownReference> = (0..300).map(|i| child(&format!("C-{i:05}"))).collect();
        let started = std::time::Instant::now();
        assert!(run(&token, &refs).is_ok());
        assert!(run(&format!("{token}x-C-00042y"), &refs).is_ok(), "not bounded by a separator");
        assert!(run(&format!("{token}C-00042"), &refs).is_err());
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    }

    #[test]
    fn tokens_trim_trailing_dots_and_slashes() {
        let t: Vec<&str> = tokens("C-0142. and V-031/, x.y").into_iter().map(|(_, t)| t).collect();
        assert_eq!(t, ["C-0142", "and", "V-031", "x.y"]);
    }
}

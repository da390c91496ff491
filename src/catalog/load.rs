//! Reading the catalog files and validating them into a `Catalog`.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::PathBuf;

use super::raw::{
    RawClauseForm, RawClauseSpec, RawConcepts, RawCriterion, RawFind, RawIndex, RawSpecification, RawStandard,
    RawStatutory,
};
use super::{Basis, Catalog, Clause, Criterion, Document, Kind, Party, Requirement, Standard};
use crate::diag::yaml_position;
use crate::judge::Rule;
use crate::judge::rule::{self, ClauseSpec, Concepts, Entry};
use crate::limits;
use crate::text::escape_control;

/// Where the catalog's YAML files come from.
#[derive(Debug, Clone)]
pub enum CatalogSource {
    /// The copy built into the binary.
    Embedded,
    /// A folder laid out like `standards/` (`--standards DIR`).
    Dir(PathBuf),
}

impl fmt::Display for CatalogSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogSource::Embedded => f.write_str("the built-in standards catalog"),
            CatalogSource::Dir(p) => write!(f, "the standards catalog in {}", p.display()),
        }
    }
}

/// A catalog that cannot be used, with every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError {
    pub source: String,
    pub problems: Vec<String>,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line per problem, each shown with its control characters
        // escaped, so a file name cannot add lines of its own.
        let n = self.problems.len();
        write!(f, "{} is not usable ({n} problem{}):", escape_control(&self.source), if n == 1 { "" } else { "s" })?;
        for p in &self.problems {
            write!(f, "\n  {}", escape_control(p))?;
        }
        Ok(())
    }
}

impl std::error::Error for CatalogError {}

/// The YAML files of a catalog, by file name.
fn read_files(source: &CatalogSource) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    match source {
        CatalogSource::Embedded => {
            for file in crate::assets::STANDARDS.files() {
                let name = file.path().to_string_lossy().into_owned();
                if name.ends_with(".yaml") {
                    let text = file.contents_utf8().ok_or_else(|| format!("{name}: not UTF-8"))?;
                    files.insert(name, text.to_string());
                }
            }
        }
        CatalogSource::Dir(dir) => {
            let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for entry in entries {
                let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
                if path.extension().is_some_and(|e| e == "yaml") {
                    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
                    if !path.is_file() {
                        // Skipping it would leave a standard out without a word.
                        return Err(format!("{name}: is not a regular file, so the catalog cannot be read whole"));
                    }
                    // A link to a catalog file is followed (the catalog is the
                    // user's own), but what is opened must be a regular file
                    // within the bound, read without blocking.
                    let real = std::fs::canonicalize(&path).map_err(|e| format!("{name}: {e}"))?;
                    let bytes = limits::read_regular(&real, limits::CATALOG_FILE.max_bytes)
                        .map_err(|e| format!("{name}: {e}"))?;
                    let text = String::from_utf8(bytes).map_err(|_| format!("{name}: not UTF-8"))?;
                    files.insert(name, text);
                }
            }
        }
    }
    Ok(files)
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str, problems: &mut Vec<String>) -> Option<T> {
    if let Err(e) = limits::check_yaml(text, limits::CATALOG_FILE) {
        let at = e.line().map_or_else(|| name.to_string(), |l| format!("{name}:{l}"));
        problems.push(format!("{at}: {e}"));
        return None;
    }
    match serde_yaml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let (message, line, column) = yaml_position(&e, 0);
            let at = match (line, column) {
                (Some(l), Some(c)) => format!("{name}:{l}:{c}"),
                _ => name.to_string(),
            };
            problems.push(format!("{at}: {message}"));
            None
        }
    }
}

/// Collects problems while building the checked catalog.
struct Builder {
    problems: Vec<String>,
    seen_ids: HashSet<String>,
    /// Every criterion ID, in index order.
    criteria: Vec<String>,
    concepts: Concepts,
}

impl Builder {
    fn claim(&mut self, file: &str, id: &str) {
        if !self.seen_ids.insert(id.to_string()) {
            self.problems.push(format!("{file}: duplicate ID {id}"));
        }
    }

    /// Adds a named concept, refusing a name used twice and an empty list.
    fn concept(&mut self, file: &str, name: String, list: Vec<String>, seen: &mut HashMap<String, String>) {
        if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') || name.is_empty() {
            self.problems.push(format!("{file}: concept `{name}` must be named in lower case, digits and `_`"));
        }
        if list.iter().all(|p| p.trim().is_empty()) {
            self.problems.push(format!("{file}: concept `{name}` has no words"));
        }
        if let Some(first) = seen.get(&name) {
            self.problems.push(format!("{file}: concept `{name}` is already defined in {first}"));
            return;
        }
        seen.insert(name.clone(), file.to_string());
        self.concepts.insert(name, list);
    }

    /// A file that gives Welsh wording must say where it comes from
    /// (`source_cy`: the Welsh publication, or who translated it), so that
    /// a reader can trust it as they trust the English.
    fn welsh_source(&mut self, file: &str, any_welsh: bool, source_cy: Option<&str>) {
        if any_welsh && source_cy.is_none_or(|s| s.trim().is_empty()) {
            self.problems.push(format!(
                "{file}: gives Welsh wording (a `_cy` field) but no `source_cy` saying where it comes from"
            ));
        }
    }

    fn require_text(&mut self, file: &str, id: &str, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.problems.push(format!("{file}: {id} has an empty `{field}`"));
        }
    }

    /// Compiles a rule from `find` (or the older `look_for`), naming every
    /// problem with the file and the item.
    fn rule(
        &mut self,
        file: &str,
        id: &str,
        find: Option<Vec<RawFind>>,
        look_for: Option<Vec<String>>,
    ) -> (Rule, Vec<String>) {
        match (find, look_for) {
            (Some(find), None) => {
                let mut entries = Vec::new();
                let mut lines = Vec::new();
                for f in &find {
                    let forms: Vec<RawClauseSpec> = match f {
                        RawFind::Terms(terms) => vec![RawClauseSpec::terms(terms.clone())],
                        RawFind::Clause(c) => vec![c.clone()],
                        RawFind::Any(any) => any
                            .any
                            .iter()
                            .map(|form| match form {
                                RawClauseForm::Terms(t) => RawClauseSpec::terms(t.clone()),
                                RawClauseForm::Clause(c) => c.clone(),
                            })
                            .collect(),
                    };
                    if forms.is_empty() {
                        self.problems.push(format!("{file}: {id}: an `any` entry needs at least one clause"));
                        continue;
                    }
                    let mut clauses = Vec::new();
                    for form in &forms {
                        match rule::clause(&form.spec(), &self.concepts) {
                            Ok(c) => clauses.push(c),
                            Err(e) => self.problems.push(format!("{file}: {id}: {e}")),
                        }
                    }
                    lines.push(forms.iter().map(RawClauseSpec::describe).collect::<Vec<_>>().join(" or "));
                    entries.push(Entry { clauses });
                }
                if entries.is_empty() {
                    self.problems.push(format!("{file}: {id}: `find` needs at least one entry"));
                }
                (Rule { entries, kinds: Vec::new(), offered: false }, lines)
            }
            (None, Some(phrases)) => match rule::any_phrase(&phrases) {
                Ok(r) => (r, vec![format!("any of: {}", phrases.join(" | "))]),
                Err(e) => {
                    self.problems.push(format!("{file}: {id}: {e}"));
                    (Rule::default(), Vec::new())
                }
            },
            (Some(_), Some(_)) => {
                self.problems.push(format!("{file}: {id} has both `find` and `look_for`; keep `find`"));
                (Rule::default(), Vec::new())
            }
            (None, None) => {
                self.problems.push(format!("{file}: {id} has no `find` saying what a document must hold"));
                (Rule::default(), Vec::new())
            }
        }
    }

    fn criteria(&mut self, file: &str, owner: &str, owner_kind: Kind, raw: Vec<RawCriterion>) -> Vec<Criterion> {
        let mut out = Vec::new();
        for c in raw {
            self.claim(file, &c.id);
            let key_ok = c.id.strip_prefix(owner).and_then(|rest| rest.strip_prefix('.')).is_some_and(|key| {
                !key.is_empty() && key.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
            });
            if !key_ok {
                self.problems
                    .push(format!("{file}: criterion ID {} must be {owner}.<key> with a lower-case key", c.id));
            }
            self.require_text(file, &c.id, "shows", &c.shows);
            self.require_text(file, &c.id, "source", &c.source);
            let (mut rule, find) = self.rule(file, &c.id, c.find, c.look_for);
            rule.kinds = c.kinds.unwrap_or_default();
            rule.offered = c.offered;
            // A good-practice pointer's criteria are its own words; an
            // obligation's or duty's say where they come from, or are read
            // from their source.
            let from = match (owner_kind, c.from) {
                (Kind::GoodPractice, Some(b)) if b != Basis::Text => {
                    self.problems.push(format!(
                        "{file}: {}: a good-practice pointer's criteria come from its own words (`from: text`)",
                        c.id
                    ));
                    Basis::Text
                }
                (_, Some(b)) => b,
                (Kind::GoodPractice, None) => Basis::Text,
                (_, None) => basis_from_source(&c.source),
            };
            let index = self.criteria.len();
            self.criteria.push(c.id.clone());
            out.push(Criterion {
                id: c.id,
                shows: c.shows,
                shows_cy: c.shows_cy,
                find,
                rule,
                from,
                source: c.source,
                safety: c.safety,
                index,
            });
        }
        out
    }
}

/// Where a criterion comes from, read from its `source` when `from` is not
/// given: a good-practice bullet or the young people's statement.
fn basis_from_source(source: &str) -> Basis {
    let s = source.to_lowercase();
    if s.contains("good practice") {
        Basis::GoodPractice
    } else if s.contains("young people") || s.contains("what this means") {
        Basis::YoungPeople
    } else {
        Basis::Text
    }
}

impl RawClauseSpec {
    fn terms(terms: Vec<String>) -> RawClauseSpec {
        RawClauseSpec { terms, count: None, every: None, within: None, lasting: None, negated: false }
    }

    fn spec(&self) -> ClauseSpec {
        ClauseSpec {
            terms: self.terms.clone(),
            count: self.count,
            every: self.every.clone(),
            within: self.within.clone(),
            lasting: self.lasting.clone(),
            negated: self.negated,
        }
    }

    /// The clause in words: `[<dbs>, enhanced]`, `[<reference>] at least 2`.
    fn describe(&self) -> String {
        let mut out = format!("[{}]", self.terms.join(", "));
        if let Some(n) = self.count {
            out.push_str(&format!(" at least {n}"));
        }
        if let Some(e) = &self.every {
            out.push_str(&format!(" at least {e}"));
        }
        if let Some(w) = &self.within {
            out.push_str(&format!(" within {w}"));
        }
        if let Some(l) = &self.lasting {
            out.push_str(&format!(" lasting {l}"));
        }
        if self.negated {
            out.push_str(" stated as a prohibition");
        }
        out
    }
}

/// Splits `S05.LA2` into its kind and checks the party fits.
fn requirement_kind(standard: &str, id: &str, party: Party) -> Result<Kind, String> {
    let rest = id
        .strip_prefix(standard)
        .and_then(|r| r.strip_prefix('.'))
        .ok_or_else(|| format!("requirement ID {id} does not start with {standard}."))?;
    let (prefix, number) = rest.split_at(rest.find(|c: char| c.is_ascii_digit()).unwrap_or(rest.len()));
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) || number.starts_with('0') {
        return Err(format!("requirement ID {id} must end in a number (LA1, P2, GP3)"));
    }
    match (prefix, party) {
        ("LA", Party::Authority) | ("P", Party::Provider) => Ok(Kind::Obligation),
        ("LA", other) => {
            Err(format!("{id} is a local authority obligation but its party is `{}`, not `authority`", other.key()))
        }
        ("P", other) => {
            Err(format!("{id} is a provider obligation but its party is `{}`, not `provider`", other.key()))
        }
        ("GP", _) => Ok(Kind::GoodPractice),
        _ => Err(format!("requirement ID {id} must be {standard}.LAn, {standard}.Pn or {standard}.GPn")),
    }
}

fn standard_id_ok(id: &str, number: u32) -> bool {
    id.len() == 3 && id.starts_with('S') && id[1..].parse::<u32>().ok() == Some(number)
}

pub(super) fn load(source: &CatalogSource) -> Result<Catalog, CatalogError> {
    let fail = |problems: Vec<String>| CatalogError { source: source.to_string(), problems };
    let mut files = read_files(source).map_err(|p| fail(vec![p]))?;
    let mut b =
        Builder { problems: Vec::new(), seen_ids: HashSet::new(), criteria: Vec::new(), concepts: Concepts::new() };

    let index_text = files.remove("catalog.yaml");
    let concepts_text = files.remove("concepts.yaml");
    let statutory_text = files.remove("statutory.yaml");
    let specification_text = files.remove("specification.yaml");
    if specification_text.is_none() {
        b.problems.push("specification.yaml: missing".into());
    }
    let specification: Option<RawSpecification> =
        specification_text.and_then(|t| parse("specification.yaml", &t, &mut b.problems));
    if index_text.is_none() {
        b.problems.push("catalog.yaml: missing".into());
    }
    if statutory_text.is_none() {
        b.problems.push("statutory.yaml: missing".into());
    }
    let index: Option<RawIndex> = index_text.and_then(|t| parse("catalog.yaml", &t, &mut b.problems));
    let statutory: Option<RawStatutory> = statutory_text.and_then(|t| parse("statutory.yaml", &t, &mut b.problems));
    let groups: HashMap<String, (String, Option<String>)> = index
        .as_ref()
        .map(|i| i.groups.iter().map(|g| (g.id.clone(), (g.title.clone(), g.title_cy.clone()))).collect())
        .unwrap_or_default();
    if let Some(i) = &index {
        let any = i.document.title_cy.is_some() || i.groups.iter().any(|g| g.title_cy.is_some());
        b.welsh_source("catalog.yaml", any, i.source_cy.as_deref());
    }
    if let Some(s) = &statutory {
        b.welsh_source("statutory.yaml", s.duties.iter().any(super::raw::RawDuty::has_welsh), s.source_cy.as_deref());
    }
    if let Some(s) = &specification {
        let any = s.clauses.iter().any(|c| c.title_cy.is_some() || c.text_cy.is_some());
        b.welsh_source("specification.yaml", any, s.source_cy.as_deref());
    }

    // Concepts first: shared ones, then each standard's own, one namespace.
    let mut concept_files: HashMap<String, String> = HashMap::new();
    if let Some(text) = &concepts_text
        && let Some(raw) = parse::<RawConcepts>("concepts.yaml", text, &mut b.problems)
    {
        for (name, list) in raw.concepts {
            b.concept("concepts.yaml", name, list, &mut concept_files);
        }
    }
    let mut raws = Vec::new();
    for (file, text) in &files {
        let Some(mut raw) = parse::<RawStandard>(file, text, &mut b.problems) else { continue };
        for (name, list) in std::mem::take(&mut raw.concepts) {
            b.concept(file, name, list, &mut concept_files);
        }
        raws.push((file.clone(), raw));
    }
    let mut standards = Vec::new();
    for (file, raw) in raws {
        standards.push(build_standard(&mut b, &file, raw, &groups));
    }
    if standards.is_empty() {
        b.problems.push("no standard files (s01.yaml ...) found".into());
    }
    standards.sort_by_key(|s| s.number);
    for pair in standards.windows(2) {
        if pair[0].number == pair[1].number {
            b.problems.push(format!("standard number {} is used twice", pair[0].number));
        }
    }
    // The standards run from 1 without a gap: a missing one would otherwise
    // simply never be judged.
    let highest = standards.last().map_or(0, |s| s.number);
    for n in 1..highest {
        if !standards.iter().any(|s| s.number == n) {
            b.problems.push(format!("standard {n} is missing: no file (such as s{n:02}.yaml) defines it"));
        }
    }

    if let Some(statutory) = statutory {
        let file = "statutory.yaml";
        let prefix = format!("{}, {}", statutory.source.section, statutory.source.heading);
        let mut duties: Vec<(usize, Requirement)> = Vec::new();
        for d in statutory.duties {
            b.claim(file, &d.id);
            let paragraph = d.id.strip_prefix("CoP.").and_then(|n| n.parse::<usize>().ok());
            if paragraph.is_none() {
                b.problems.push(format!("{file}: duty ID {} must be CoP.<paragraph number>", d.id));
            }
            for (field, value) in [("text", &d.text), ("source", &d.source), ("legal_basis", &d.legal_basis)] {
                b.require_text(file, &d.id, field, value);
            }
            let Some(home) = standards.iter().position(|s| s.id == d.standard) else {
                b.problems.push(format!(
                    "{file}: {} is reported under {}, which is not a standard in the catalog",
                    d.id, d.standard
                ));
                continue;
            };
            let criteria = b.criteria(file, &d.id, Kind::Statutory, d.criteria);
            duties.push((
                home,
                Requirement {
                    id: d.id,
                    standard: d.standard,
                    kind: Kind::Statutory,
                    party: d.party,
                    text: d.text.trim().to_string(),
                    text_cy: d.text_cy.map(|t| t.trim().to_string()),
                    source: format!("{prefix}, {}", d.source),
                    legal_basis: Some(d.legal_basis),
                    safety: d.safety,
                    criteria,
                },
            ));
        }
        duties.sort_by_key(|(_, d)| d.id.strip_prefix("CoP.").and_then(|n| n.parse::<usize>().ok()));
        for (home, duty) in duties.into_iter().rev() {
            standards[home].requirements.insert(0, duty);
        }
    }

    let mut clauses = Vec::new();
    for c in specification.map(|s| s.clauses).unwrap_or_default() {
        let file = "specification.yaml";
        b.claim(file, &c.id);
        if !c.id.starts_with("SPEC.") {
            b.problems.push(format!("{file}: clause ID {} must start with SPEC.", c.id));
        }
        let known = standards.iter().flat_map(|s| &s.requirements).any(|r| r.id == c.requirement);
        if !known {
            b.problems
                .push(format!("{file}: {} names requirement {}, which is not in the catalog", c.id, c.requirement));
        }
        for (field, value) in [("title", &c.title), ("text", &c.text), ("source", &c.source)] {
            b.require_text(file, &c.id, field, value);
        }
        let (rule, find) = b.rule(file, &c.id, c.find, c.look_for);
        clauses.push(Clause {
            id: c.id,
            title: c.title,
            requirement: c.requirement,
            text: c.text,
            title_cy: c.title_cy,
            text_cy: c.text_cy,
            find,
            rule,
            source: c.source,
            index: 0,
        });
    }

    let (document, index_ok) = match index {
        Some(i) => (
            Document {
                title: i.document.title,
                short_title: i.document.short_title,
                publisher: i.document.publisher,
                published: i.document.published,
                version: i.document.version,
                title_cy: i.document.title_cy,
            },
            true,
        ),
        None => (
            Document {
                title: String::new(),
                short_title: String::new(),
                publisher: String::new(),
                published: String::new(),
                version: String::new(),
                title_cy: None,
            },
            false,
        ),
    };
    if !b.problems.is_empty() || !index_ok {
        return Err(fail(b.problems));
    }

    let criteria_count = b.criteria.len();
    for (n, clause) in clauses.iter_mut().enumerate() {
        clause.index = criteria_count + n;
    }
    let mut requirement_index = HashMap::new();
    for (si, s) in standards.iter().enumerate() {
        for (ri, r) in s.requirements.iter().enumerate() {
            requirement_index.insert(r.id.clone(), (si, ri));
        }
    }
    let criterion_ids: Vec<String> = b.criteria;
    // Every ID a user may type, by its lower-case form: IDs are matched
    // without regard to case everywhere.
    let mut ids = HashMap::new();
    for id in standards.iter().map(|s| &s.id).chain(requirement_index.keys()).chain(&criterion_ids) {
        ids.insert(id.to_lowercase(), id.clone());
    }
    Ok(Catalog { document, standards, clauses, requirement_index, criterion_ids, ids })
}

fn build_standard(
    b: &mut Builder,
    file: &str,
    raw: RawStandard,
    groups: &HashMap<String, (String, Option<String>)>,
) -> Standard {
    if !standard_id_ok(&raw.id, raw.number) {
        b.problems.push(format!(
            "{file}: standard ID {} does not match its number {} (expected S{:02})",
            raw.id, raw.number, raw.number
        ));
    }
    b.claim(file, &raw.id);
    let (group_title, group_title_cy) = match groups.get(&raw.group) {
        Some(t) => t.clone(),
        None => {
            b.problems
                .push(format!("{file}: {} is in group `{}`, which catalog.yaml does not define", raw.id, raw.group));
            (String::new(), None)
        }
    };
    let any_welsh = raw.title_cy.is_some()
        || raw.outcomes_cy.is_some()
        || raw.young_people_cy.is_some()
        || raw.requirements.iter().any(|r| r.text_cy.is_some() || r.criteria.iter().any(|c| c.shows_cy.is_some()));
    b.welsh_source(file, any_welsh, raw.source_cy.as_deref());
    if let Some(cy) = &raw.outcomes_cy
        && cy.len() != raw.outcomes.len()
    {
        b.problems.push(format!(
            "{file}: {} has {} outcomes but {} in `outcomes_cy`; give the Welsh of each, in the same order",
            raw.id,
            raw.outcomes.len(),
            cy.len()
        ));
    }
    b.require_text(file, &raw.id, "title", &raw.title);
    b.require_text(file, &raw.id, "young_people", &raw.young_people);
    let mut requirements = Vec::new();
    for r in raw.requirements {
        b.claim(file, &r.id);
        b.require_text(file, &r.id, "text", &r.text);
        b.require_text(file, &r.id, "source", &r.source);
        let kind = match requirement_kind(&raw.id, &r.id, r.party) {
            Ok(k) => k,
            Err(p) => {
                b.problems.push(format!("{file}: {p}"));
                Kind::GoodPractice
            }
        };
        let criteria = b.criteria(file, &r.id, kind, r.criteria);
        requirements.push(Requirement {
            id: r.id,
            standard: raw.id.clone(),
            kind,
            party: r.party,
            text: r.text.trim().to_string(),
            text_cy: r.text_cy.map(|t| t.trim().to_string()),
            source: format!("{}, {}, {}", raw.source.section, raw.source.heading, r.source),
            legal_basis: None,
            safety: r.safety,
            criteria,
        });
    }
    // Authority obligations, then provider obligations, then good practice,
    // each in the document order their numbers give.
    requirements.sort_by_key(|r| (r.kind, r.party == Party::Provider && r.kind == Kind::Obligation, id_number(&r.id)));
    Standard {
        id: raw.id,
        number: raw.number,
        title: raw.title,
        group: raw.group,
        group_title,
        source: format!("{}, {}", raw.source.section, raw.source.heading),
        outcomes: raw.outcomes,
        young_people: raw.young_people.trim().to_string(),
        notes: raw.notes,
        title_cy: raw.title_cy,
        group_title_cy,
        outcomes_cy: raw.outcomes_cy.unwrap_or_default(),
        young_people_cy: raw.young_people_cy.map(|t| t.trim().to_string()),
        source_cy: raw.source_cy,
        requirements,
    }
}

fn id_number(id: &str) -> u32 {
    let digits: String =
        id.chars().rev().take_while(|c| c.is_ascii_digit()).collect::<Vec<_>>().into_iter().rev().collect();
    digits.parse().unwrap_or(0)
}

//! The labelled hard-case fixture (`tests/fixtures/labelled`): a provider
//! bundle with one document per kind of text the judge finds hard
//! (negation, intention, thresholds, paraphrase, a table under a heading,
//! prohibition, records of practice), each written as a Welsh IV service
//! would write it, and `labels.yaml` saying, criterion by criterion, what a
//! careful inspector finds each document shows.
//!
//! The labels were written from the criteria's `shows:` text before ivaudit
//! was run on the documents, and are never changed to agree with it: a
//! failing test here names a judgement the engine gets wrong, with the
//! label, ivaudit's verdict and the passage it quoted.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ivaudit::catalog::{Catalog, CatalogSource};
use ivaudit::scoring::{self, Label};

/// Each kind of hard case and the document that holds it.
const KINDS: &[(&str, &str)] = &[
    ("negation", "negation.md"),
    ("intention", "intention.md"),
    ("thresholds", "thresholds.md"),
    ("paraphrase", "paraphrase.md"),
    ("table under heading", "table-under-heading.md"),
    ("prohibition", "prohibition.md"),
    ("practice record", "practice-record.md"),
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/labelled")
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&CatalogSource::Embedded).expect("built-in catalog loads"))
}

fn audit() -> &'static ivaudit::Audit {
    static AUDIT: OnceLock<ivaudit::Audit> = OnceLock::new();
    AUDIT.get_or_init(|| ivaudit::audit(catalog(), &dir(), None).expect("the labelled fixture audits"))
}

fn labels() -> &'static [Label] {
    static LABELS: OnceLock<Vec<Label>> = OnceLock::new();
    LABELS.get_or_init(|| {
        let text = std::fs::read_to_string(dir().join("labels.yaml")).expect("labels.yaml is readable");
        scoring::read_labels(&text).expect("labels.yaml is in the corpus form")
    })
}

/// The text of a document after its front matter.
fn body(file: &str) -> String {
    let text = std::fs::read_to_string(dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let rest = text.strip_prefix("---\n").unwrap_or_else(|| panic!("{file} opens with front matter"));
    let end = rest.find("\n---\n").unwrap_or_else(|| panic!("{file}: front matter is closed"));
    rest[end + 5..].to_string()
}

/// Scores the audit against the labels of `file` and fails, listing every
/// disagreement, unless ivaudit agrees with all of them.
fn assert_judged_as_labelled(file: &str) {
    let scores = scoring::score(&audit().report, labels(), &|path| path == file);
    assert!(scores.overall.total() > 0, "no label of {file} was scored");
    assert_eq!(scores.unscored, 0, "{file} has labels for criteria the catalog does not have");
    let listed: Vec<String> = scores
        .disagreements
        .iter()
        .map(|d| {
            let ours = if d.ours.is_empty() { "(nothing found)" } else { d.ours.as_str() };
            format!(
                "  {} {} (labelled {}): {}\n      ivaudit: {ours}",
                d.kind,
                d.criterion,
                if d.kind == "FN" { "shown" } else { "not shown" },
                d.label
            )
        })
        .collect();
    assert!(
        listed.is_empty(),
        "{file}: ivaudit disagrees with {} of its {} labels ({}):\n{}",
        listed.len(),
        scores.overall.total(),
        scoring::summary(&scores),
        listed.join("\n")
    );
}

#[test]
fn negation_is_judged_as_labelled() {
    assert_judged_as_labelled("negation.md");
}

#[test]
fn intention_is_judged_as_labelled() {
    assert_judged_as_labelled("intention.md");
}

#[test]
fn thresholds_are_judged_as_labelled() {
    assert_judged_as_labelled("thresholds.md");
}

#[test]
fn paraphrase_is_judged_as_labelled() {
    assert_judged_as_labelled("paraphrase.md");
}

#[test]
fn table_under_heading_is_judged_as_labelled() {
    assert_judged_as_labelled("table-under-heading.md");
}

#[test]
fn prohibition_is_judged_as_labelled() {
    assert_judged_as_labelled("prohibition.md");
}

#[test]
fn practice_record_is_judged_as_labelled() {
    assert_judged_as_labelled("practice-record.md");
}

#[test]
fn every_kind_has_a_document_with_shown_and_not_shown_labels() {
    for (kind, file) in KINDS {
        assert!(dir().join(file).is_file(), "no document for {kind}: {file} is missing");
        let mine: Vec<&Label> = labels().iter().filter(|l| l.file == *file).collect();
        assert!(mine.iter().any(|l| l.shown), "{file} ({kind}) has no label of a criterion shown");
        assert!(mine.iter().any(|l| !l.shown), "{file} ({kind}) has no label of a criterion not shown");
    }
    let documents = audit().bundle.evidence.iter().filter(|e| e.path.ends_with(".md")).count();
    assert_eq!(documents, KINDS.len(), "every document in the fixture is one kind's");
}

/// The labels are only as good as their coverage: every criterion a
/// document is judged on has exactly one label, every quote is on one line
/// of the document's body, as the corpus form requires, and every
/// document counts as current evidence.
#[test]
fn labels_cover_every_criterion_each_document_is_offered_for_and_quote_it_exactly() {
    let audit = audit();
    for e in &audit.bundle.evidence {
        assert!(!e.draft && !e.starter, "{} counts for nothing", e.path);
        let as_of = audit.assessment.as_of;
        assert!(e.issued <= as_of, "{} is dated after the as-of date", e.path);
        assert!(e.review_due.is_none_or(|d| d >= as_of), "{} is past its review date", e.path);
        let mut expected: Vec<&str> = catalog().criteria_for(&e.links).iter().map(|c| c.id.as_str()).collect();
        expected.sort_unstable();
        let mut labelled: Vec<&str> =
            labels().iter().filter(|l| l.file == e.path).map(|l| l.criterion.as_str()).collect();
        labelled.sort_unstable();
        assert_eq!(labelled, expected, "{}: labels do not match the criteria of {:?}", e.path, e.links);
    }
    for l in labels() {
        assert!(audit.bundle.evidence.iter().any(|e| e.path == l.file), "{} is labelled but not in the bundle", l.file);
        assert!(!l.note.trim().is_empty(), "{} {}: a label needs its quote or its reason", l.file, l.criterion);
        if l.shown {
            let body = body(&l.file);
            assert!(
                body.lines().any(|line| line.contains(&l.note)),
                "{} {}: the quote is not on one line of the body: {:?}",
                l.file,
                l.criterion,
                l.note
            );
            assert!(
                !l.note.contains('|') && !l.note.contains("**"),
                "{} {}: a quote holds no table pipes or `**`",
                l.file,
                l.criterion
            );
        }
    }
}

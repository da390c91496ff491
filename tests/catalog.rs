//! The built-in catalog holds the whole standards document.

use ivaudit::catalog::{Catalog, CatalogSource, Kind, Party};

fn catalog() -> Catalog {
    Catalog::load(&CatalogSource::Embedded).expect("built-in catalog loads")
}

#[test]
fn holds_all_14_standards_with_17_authority_and_18_provider_obligations() {
    let c = catalog();
    let counts = c.counts();
    assert_eq!(counts.standards, 14);
    assert_eq!(counts.authority, 17);
    assert_eq!(counts.provider, 18);
    assert_eq!(counts.statutory, 10);
    let ids: Vec<&str> = c.standards.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S11", "S12", "S13", "S14"]);
}

#[test]
fn statutory_duties_are_paragraphs_330_to_339() {
    let c = catalog();
    let mut duties: Vec<&str> = c.requirements().filter(|r| r.kind == Kind::Statutory).map(|r| r.id.as_str()).collect();
    duties.sort();
    let expected: Vec<String> = (330..=339).map(|n| format!("CoP.{n}")).collect();
    assert_eq!(duties, expected);
    assert!(c.requirement("CoP.330").unwrap().legal_basis.as_deref().unwrap().contains("98(1)"));
}

#[test]
fn every_requirement_has_text_and_a_source_in_the_document() {
    for r in catalog().requirements() {
        assert!(!r.text.trim().is_empty(), "{} has no text", r.id);
        assert!(r.source.contains("Standard") || r.source.contains("Appendix A"), "{}: {}", r.id, r.source);
        for c in &r.criteria {
            assert!(c.id.starts_with(&format!("{}.", r.id)), "{}", c.id);
            assert!(!c.rule.entries.is_empty() && !c.find.is_empty(), "{}", c.id);
        }
    }
}

#[test]
fn the_specifics_the_engine_checks_for_are_recorded() {
    let c = catalog();
    for id in [
        "S05.P1.enhanced_dbs",
        "S05.P1.two_references",
        "S05.P1.approvers",
        "S06.P1.safeguarding",
        "S06.P1.children_in_care",
        "S06.P1.boundaries",
        "S06.P1.confidentiality",
        "S06.P1.communication",
        "S06.P1.equality_diversity",
        "S06.P1.health_safety",
        "S07.P1.three_months",
        "S11.P1.lone_working",
        "S11.P1.out_of_hours",
        "S14.P1.written_information",
        "S14.P1.explained_verbally",
    ] {
        assert!(c.criterion_index(id).is_some(), "missing criterion {id}");
    }
    let p1 = c.requirement("S05.P1").unwrap();
    assert_eq!(p1.party, Party::Provider);
    assert!(p1.safety);
}

/// Writes the built-in catalog to a folder, edits one file, and loads it.
fn load_edited(file: &str, from: &str, to: &str) -> Result<Catalog, ivaudit::catalog::CatalogError> {
    let dir = tempfile::tempdir().unwrap();
    ivaudit::assets::STANDARDS.extract(dir.path()).unwrap();
    let path = dir.path().join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    Catalog::load(&CatalogSource::Dir(dir.path().to_path_buf()))
}

#[test]
fn an_unedited_copy_loads() {
    let dir = tempfile::tempdir().unwrap();
    ivaudit::assets::STANDARDS.extract(dir.path()).unwrap();
    assert_eq!(Catalog::load(&CatalogSource::Dir(dir.path().to_path_buf())).unwrap().counts(), catalog().counts());
}

#[test]
fn schema_violations_are_refused_with_the_file_and_item() {
    let cases = [
        ("s02.yaml", "id: S02.P1", "id: S02.LA1", "s02.yaml: duplicate ID S02.LA1"),
        ("s02.yaml", "party: provider", "party: volunteer", "s02.yaml:"),
        (
            "statutory.yaml",
            "standard: S10",
            "standard: S15",
            "statutory.yaml: CoP.336 is reported under S15, which is not a standard in the catalog",
        ),
        ("s03.yaml", "id: S03.P1", "id: S04.P1", "s03.yaml: requirement ID S04.P1 does not start with S03."),
        (
            "s01.yaml",
            "group: children",
            "group: adults",
            "s01.yaml: S01 is in group `adults`, which catalog.yaml does not define",
        ),
        (
            "s01.yaml",
            "id: S01.LA1\n    party: authority",
            "id: S01.LA1\n    party: provider",
            "s01.yaml: S01.LA1 is a local authority obligation but its party is `provider`, not `authority`",
        ),
        (
            "s05.yaml",
            "id: S05.P1.two_references",
            "id: S05.P2.two_references",
            "criterion ID S05.P2.two_references must be S05.P1.<key>",
        ),
        ("s14.yaml", "number: 14", "number: 14\nweight: 3", "s14.yaml:"),
    ];
    for (file, from, to, expected) in cases {
        let err = load_edited(file, from, to).expect_err(expected);
        let text = err.to_string();
        assert!(text.starts_with("the standards catalog in "), "{text}");
        assert!(err.problems.iter().any(|p| p.contains(expected)), "expected `{expected}` in {:#?}", err.problems);
    }
    // An unknown party and an unknown field, in plain words.
    let err = load_edited("s02.yaml", "party: provider", "party: volunteer").unwrap_err();
    assert!(err.problems[0].contains("`volunteer` is not one of authority, provider, both"), "{:?}", err.problems);
    let err = load_edited("s14.yaml", "number: 14", "number: 14\nweight: 3").unwrap_err();
    assert!(err.problems[0].contains("unknown field `weight`"), "{:?}", err.problems);
}

#[test]
fn a_catalog_missing_a_standard_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    ivaudit::assets::STANDARDS.extract(dir.path()).unwrap();
    std::fs::remove_file(dir.path().join("s05.yaml")).unwrap();
    let err = Catalog::load(&CatalogSource::Dir(dir.path().to_path_buf())).unwrap_err();
    assert!(err.problems.iter().any(|p| p.contains("standard 5 is missing")), "{:?}", err.problems);
}

#[cfg(unix)]
#[test]
fn a_pipe_in_the_catalog_folder_is_refused_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    ivaudit::assets::STANDARDS.extract(dir.path()).unwrap();
    let s05 = dir.path().join("s05.yaml");
    std::fs::remove_file(&s05).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(&s05).status().unwrap().success());
    let err = Catalog::load(&CatalogSource::Dir(dir.path().to_path_buf())).unwrap_err();
    assert!(err.problems[0].contains("s05.yaml: is not a regular file"), "{:?}", err.problems);
}

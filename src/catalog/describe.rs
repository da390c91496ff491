//! Plain-text views of the catalog for `ivaudit standards`.

use std::fmt::Write;

use super::{Catalog, Kind, Party, Requirement, Standard};
use crate::text::flatten as flat;

/// One line per standard, with how many requirements of each kind it has.
pub fn list(catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", catalog.document.title);
    let _ = writeln!(out, "{}, {}\n", catalog.document.publisher, catalog.document.published);
    let _ = writeln!(
        out,
        "{:<4} {:<62} {:<26} {:>3} {:>3} {:>3} {:>4}",
        "ID", "Standard", "Group", "LA", "P", "GP", "Duty"
    );
    for s in &catalog.standards {
        let count = |kind: Kind, party: Option<Party>| {
            s.requirements.iter().filter(|r| r.kind == kind && party.is_none_or(|p| r.party == p)).count()
        };
        let _ = writeln!(
            out,
            "{:<4} {:<62} {:<26} {:>3} {:>3} {:>3} {:>4}",
            s.id,
            truncate(&format!("{}. {}", s.number, s.title), 62),
            s.group_title,
            count(Kind::Obligation, Some(Party::Authority)),
            count(Kind::Obligation, Some(Party::Provider)),
            count(Kind::GoodPractice, None),
            count(Kind::Statutory, None),
        );
    }
    let c = catalog.counts();
    let _ = writeln!(
        out,
        "\n{} standards: {} local authority obligations, {} provider obligations, {} good-practice pointers, {} statutory duties, {} checkable criteria.",
        c.standards, c.authority, c.provider, c.good_practice, c.statutory, c.criteria
    );
    let _ = writeln!(out, "Show one in full with: ivaudit standards S05");
    out
}

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(width - 1).collect::<String>())
    }
}

/// One standard in full: outcomes, the young people's statement, and every
/// requirement with its source and criteria.
pub fn show(standard: &Standard) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} Standard {}: {}", standard.id, standard.number, standard.title);
    let _ = writeln!(out, "Group: {}", standard.group_title);
    let _ = writeln!(out, "Source: {}\n", standard.source);
    let _ = writeln!(out, "Outcomes:");
    if standard.outcomes.is_empty() {
        let _ = writeln!(out, "  (none printed in the document)");
    }
    for o in &standard.outcomes {
        let _ = writeln!(out, "  • {}", flat(o));
    }
    let _ = writeln!(out, "\nWhat this means for young people:");
    for p in standard.young_people.split("\n\n") {
        let _ = writeln!(out, "  “{}”", flat(p));
    }
    for r in &standard.requirements {
        requirement(&mut out, r);
    }
    if let Some(notes) = &standard.notes {
        let _ = writeln!(out, "\nTranscription notes: {}", flat(notes));
    }
    out
}

/// One requirement in full, under the standard it belongs to, so that
/// `ivaudit standards S11.P1` answers "what does S11.P1 ask?" directly.
pub fn show_requirement(standard: &Standard, r: &Requirement) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} Standard {}: {}", standard.id, standard.number, standard.title);
    requirement(&mut out, r);
    let _ = writeln!(out, "\nThe whole standard: ivaudit standards {}", standard.id);
    out
}

fn requirement(out: &mut String, r: &Requirement) {
    let who = match (r.kind, r.party) {
        (Kind::Statutory, _) => "Statutory duty".to_string(),
        (Kind::Obligation, Party::Authority) => "Local authorities will".to_string(),
        (Kind::Obligation, _) => "IV service providers will".to_string(),
        (Kind::GoodPractice, p) => format!("Good practice ({})", p.noun()),
    };
    let _ = writeln!(out, "\n{}  {}{}", r.id, who, if r.safety { "  [safety]" } else { "" });
    let _ = writeln!(out, "  {}", flat(&r.text));
    if let Some(basis) = &r.legal_basis {
        let _ = writeln!(out, "  Legal basis: {basis}");
    }
    let _ = writeln!(out, "  Source: {}", r.source);
    for c in &r.criteria {
        let _ = writeln!(out, "  - {}: shows that {}{}", c.id, c.shows, if c.safety { " [safety]" } else { "" });
        if c.from != super::Basis::Text {
            let _ = writeln!(out, "      from {} (judged, but not part of the requirement's status)", c.from.label());
        }
        for line in &c.find {
            let _ = writeln!(out, "      finds: {line}");
        }
    }
}

//! The judge on one kind of hard case at a time, each in sentences written
//! for these tests.

use super::rule::{self, ClauseSpec, Concepts, Entry, Rule};
use super::*;

fn concepts() -> Concepts {
    let c = |name: &str, list: &[&str]| (name.to_string(), list.iter().map(|s| s.to_string()).collect());
    Concepts::from([
        c("dbs", &["dbs", "disclosure and barring", "criminal record check"]),
        c("reference", &["reference", "referee"]),
        c("visit", &["visit", "meet", "see"]),
        c("out_of_hours", &["out of hours", "evening", "weekend", "on call", "24 hours"]),
        c("volunteer_home", &["volunteer home", "volunteer own home", "their own home"]),
    ])
}

fn spec(terms: &[&str]) -> ClauseSpec {
    ClauseSpec { terms: terms.iter().map(|t| t.to_string()).collect(), ..Default::default() }
}

fn rule_of(specs: &[ClauseSpec]) -> Rule {
    let entries = specs.iter().map(|s| Entry { clauses: vec![rule::clause(s, &concepts()).unwrap()] }).collect();
    Rule { entries, kinds: Vec::new(), offered: false }
}

fn judge(body: &str, specs: &[ClauseSpec]) -> Verdict {
    let reader = Reader::new(passage::markdown(body, 1, None), "2025-06-01".parse().unwrap());
    reader.judge(&rule_of(specs), EvidenceKind::Policy)
}

fn shown(v: &Verdict) -> Option<&str> {
    match v {
        Verdict::Shown(q) => Some(&q.text),
        _ => None,
    }
}

fn near(v: &Verdict) -> Option<Reason> {
    match v {
        Verdict::Near(_, r) => Some(*r),
        _ => None,
    }
}

#[test]
fn paraphrases_and_inflections_are_found() {
    let dbs = [spec(&["<dbs>", "enhanced"])];
    assert!(shown(&judge("Every volunteer has a DBS check at the enhanced level.", &dbs)).is_some());
    assert!(shown(&judge("We obtain enhanced Disclosure and Barring checks.", &dbs)).is_some());
    // Words from different sentences do not combine.
    assert_eq!(judge("We run DBS checks. Enhanced support is offered.", &dbs), Verdict::Absent);
}

#[test]
fn negation_is_not_shown_and_says_so() {
    let ooh = [spec(&["<out_of_hours>", "support"])];
    let v = judge("We do not currently offer out-of-hours support to volunteers.", &ooh);
    assert_eq!(near(&v), Some(Reason::Negated));
    let v = judge("No volunteer is matched without an enhanced DBS check.", &[spec(&["<dbs>", "enhanced"])]);
    assert!(shown(&v).is_some(), "two negations cancel: {v:?}");
    let v = judge("Support is not offered in the day; evening support is available by phone.", &ooh);
    assert!(shown(&v).is_some(), "the negation stops at the semicolon: {v:?}");
}

#[test]
fn intentions_and_future_starts_are_not_shown() {
    let group = [spec(&["group", "supervision"])];
    assert_eq!(near(&judge("We plan to introduce group supervision next year.", &group)), Some(Reason::Intended));
    assert_eq!(
        near(&judge("Group supervision sessions will start from January 2026.", &group)),
        Some(Reason::Intended)
    );
    assert!(shown(&judge("Group supervision sessions have run since January 2025.", &group)).is_some());
    let body = "# Next steps\n\n- Group supervision for all volunteers\n";
    assert_eq!(near(&judge(body, &group)), Some(Reason::Intended), "a heading of plans covers what is under it");
}

#[test]
fn thresholds_are_read_and_compared() {
    let refs = [ClauseSpec { count: Some(2), ..spec(&["<reference>"]) }];
    assert!(shown(&judge("We take up two written references for every applicant.", &refs)).is_some());
    assert!(shown(&judge("Applicants give the names of 2 referees.", &refs)).is_some());
    assert_eq!(near(&judge("One reference is taken before approval.", &refs)), Some(Reason::Weaker));
    assert_eq!(near(&judge("References are taken before approval.", &refs)), Some(Reason::Incomplete));

    let monthly = [ClauseSpec { every: Some("monthly".into()), ..spec(&["<visit>"]) }];
    assert!(shown(&judge("Volunteers visit at least once every four weeks.", &monthly)).is_some());
    assert!(shown(&judge("Visits are monthly.", &monthly)).is_some());
    assert_eq!(near(&judge("Visits take place every six weeks.", &monthly)), Some(Reason::Weaker));
    assert_eq!(near(&judge("Volunteers visit every 4 to 6 weeks.", &monthly)), Some(Reason::Weaker));

    let quick = [ClauseSpec { within: Some("3 months".into()), ..spec(&["match"]) }];
    assert!(shown(&judge("A match is made within twelve weeks of referral.", &quick)).is_some());
    assert_eq!(near(&judge("A match is made within 16 weeks.", &quick)), Some(Reason::Weaker));
    let year = [ClauseSpec { lasting: Some("a year".into()), ..spec(&["commit"]) }];
    assert!(shown(&judge("Volunteers commit for at least 12 months.", &year)).is_some());
    assert_eq!(near(&judge("Volunteers commit for six months.", &year)), Some(Reason::Weaker));
}

#[test]
fn a_table_row_is_read_under_its_heading() {
    let body = "## Induction programme\n\n| Session | Topic |\n|---|---|\n| 3 | Safeguarding |\n";
    let v = judge(body, &[spec(&["induction", "safeguarding"])]);
    assert_eq!(shown(&v), Some("3 | Safeguarding"));
    match v {
        Verdict::Shown(q) => assert_eq!(q.location, Location::Line { line: 5 }),
        _ => unreachable!(),
    }
}

#[test]
fn prohibitions_are_shown_by_the_negative_statement() {
    let never_home = [ClauseSpec { negated: true, ..spec(&["<visit>", "<volunteer_home>"]) }];
    assert!(shown(&judge("Visits never take place at the volunteer's home.", &never_home)).is_some());
    assert!(shown(&judge("Volunteers must not see young people in their own home.", &never_home)).is_some());
    assert_eq!(
        near(&judge("Visits may take place at the volunteer's home if the carer agrees.", &never_home)),
        Some(Reason::Contrary)
    );
}

#[test]
fn records_of_partial_practice_are_not_shown() {
    let monthly = [ClauseSpec { every: Some("monthly".into()), ..spec(&["<visit>"]) }];
    assert_eq!(near(&judge("33 of 41 matches had a visit every month.", &monthly)), Some(Reason::Practice));
}

#[test]
fn every_entry_must_be_found_somewhere() {
    let both = [spec(&["confidentiality", "young people"]), spec(&["confidentiality", "volunteer"])];
    let body = "Young people are told about confidentiality. Volunteers sign a confidentiality agreement.";
    assert!(shown(&judge(body, &both)).is_some());
    let v = judge("Young people are told about confidentiality.", &both);
    assert_eq!(near(&v), Some(Reason::Incomplete));
}

#[test]
fn quotes_are_cut_around_the_match() {
    let long = format!(
        "Our approach, {} the service obtains enhanced DBS checks for all, {}",
        "with filler words here, ".repeat(20),
        "and more text, ".repeat(20)
    );
    let v = judge(&long, &[spec(&["<dbs>", "enhanced"])]);
    let q = shown(&v).unwrap();
    assert!(q.chars().count() <= QUOTE_CHARS, "{q}");
    assert!(q.contains("enhanced DBS checks"), "{q}");
    assert!(q.starts_with('…') && q.ends_with('…'), "{q}");
}

#[test]
fn a_list_under_a_negative_lead_in_is_negated() {
    let body = "The following cannot be appointed as an Independent Visitor:\n\n- an elected member of the council\n- a relative of the child\n";
    let elected = [ClauseSpec { negated: true, ..spec(&["elected member"]) }];
    assert!(shown(&judge(body, &elected)).is_some(), "the prohibition is in the lead-in");
    let plain = [spec(&["elected member"])];
    assert_eq!(near(&judge(body, &plain)), Some(Reason::Negated));
}

#[test]
fn a_table_cell_saying_none_negates_its_row() {
    let body =
        "| Group | Sessions |\n|---|---|\n| Residential staff | None delivered |\n| Foster carers | Two sessions |\n";
    let v = judge(body, &[spec(&["residential"])]);
    assert_eq!(near(&v), Some(Reason::Negated));
    assert!(shown(&judge(body, &[spec(&["foster"])])).is_some());
}

#[test]
fn conditions_and_decisions_do_not_spread_a_negation() {
    let endings = [spec(&["ending", "agree"])];
    assert!(
        shown(&judge(
            "If the match is not working, the co-ordinator agrees the ending with the young person.",
            &endings
        ))
        .is_some()
    );
    let review = [spec(&["review"])];
    assert!(shown(&judge("Any decision not to offer an IV is kept under review.", &review)).is_some());
    assert!(shown(&judge("Urgent concerns are passed on without delay to the duty review team.", &review)).is_some());
}

#[test]
fn plans_in_their_other_forms() {
    let web = [spec(&["website"])];
    assert_eq!(near(&judge("Our website is due to launch next spring.", &web)), Some(Reason::Intended));
    assert_eq!(near(&judge("A website will be in place from 2026-27.", &web)), Some(Reason::Intended));
    assert_eq!(near(&judge("We expect a website during 2027.", &web)), Some(Reason::Intended));
    assert_eq!(near(&judge("A website is planned for autumn 2026.", &web)), Some(Reason::Intended));
    assert!(shown(&judge("Young people chose what they would like to see on our website.", &web)).is_some());
    assert!(shown(&judge("Our website has run since 2019.", &web)).is_some());
}

#[test]
fn a_heading_is_answered_by_the_sentence_under_it() {
    let ooh = [spec(&["<out_of_hours>", "support"])];
    let v = judge("# Out-of-hours support\n\nWe do not offer this at present.\n", &ooh);
    assert_eq!(near(&v), Some(Reason::Negated));
    let v = judge("# Out-of-hours support\n\nA phone line is to be introduced.\n", &ooh);
    assert_eq!(near(&v), Some(Reason::Intended));
    let v = judge("# Out-of-hours support\n\nRing the duty co-ordinator on 01234 567890.\n", &ooh);
    assert!(shown(&v).is_some(), "{v:?}");
}

#[test]
fn weightings_and_clause_numbers_are_not_practice_or_counts() {
    let train = [spec(&["train", "volunteer"])];
    let body = "| Question | Weighting |\n|---|---|\n| How will you train volunteers? | 10% |\n";
    assert!(shown(&judge(body, &train)).is_some(), "a tender weighting is not a share of cases");
    let body = "| Outcome | Share |\n|---|---|\n| Volunteers trained this year | 60% |\n";
    assert_eq!(near(&judge(body, &train)), Some(Reason::Practice));
    let two = [ClauseSpec { count: Some(2), ..spec(&["<reference>"]) }];
    let v = judge("2.4 References are taken up for every applicant.", &two);
    assert_eq!(near(&v), Some(Reason::Incomplete), "2.4 is a clause number: {v:?}");
}

/// Regression: "who" cuts a negation's reach, and once cut `A ~ B` too, so
/// "applicants who grew up in care" stopped showing care-experienced
/// applicants were sought.
#[test]
fn a_relative_clause_does_not_part_words_within_reach() {
    let care = [spec(&["grew up in care ~ applicant*", "welcome"])];
    assert!(shown(&judge("We welcome applicants who grew up in care.", &care)).is_some());
    // A sentence end still does.
    assert_eq!(judge("We welcome applicants. Some grew up in care.", &care), Verdict::Absent);
}

#[test]
fn a_negation_reaches_on_through_the_negation_it_cancels() {
    let refs = [ClauseSpec { count: Some(2), ..spec(&["<reference>"]) }];
    let v = judge(
        "No new volunteer is ever matched without an enhanced check and two satisfactory written references.",
        &refs,
    );
    assert!(shown(&v).is_some(), "'no ... without' is a requirement however long: {v:?}");
    let v = judge("We match volunteers without two references when we are short of time.", &refs);
    assert_eq!(near(&v), Some(Reason::Negated));
}

#[test]
fn a_negation_after_and_have_negates_its_own_predicate() {
    let other = [spec(&["another council"])];
    let v =
        judge("Foster carers may volunteer if they work for another council and have never known the child.", &other);
    assert!(shown(&v).is_some(), "'never' belongs to 'have never known': {v:?}");
    // "did not" still refuses what was asked for.
    let v = judge("The board considered funding from another council and did not agree it.", &other);
    assert_eq!(near(&v), Some(Reason::Negated));
}

#[test]
fn actions_and_deadlines_without_a_year_are_plans() {
    let leaflet = [spec(&["leaflet", "residential"])];
    let body = "# Minutes\n\n## 4. Actions\n\n- Send the leaflet to residential homes (Participation Worker).\n";
    assert_eq!(near(&judge(body, &leaflet)), Some(Reason::Intended));
    // A longer heading may name what was done.
    let body = "# Minutes\n\n## Actions taken since March\n\n- The leaflet went to residential homes.\n";
    assert!(shown(&judge(body, &leaflet)).is_some());
    let v = judge("Share the leaflet with residential homes by the end of March.", &leaflet);
    assert_eq!(near(&v), Some(Reason::Intended));
    // "by" and a modal "may" are not a deadline.
    assert!(
        shown(&judge("The leaflet is given to residential staff by the co-ordinator, who may explain it.", &leaflet))
            .is_some()
    );
}

#[test]
fn a_weaker_figure_in_the_same_section_qualifies_one_that_meets_it() {
    let monthly = [ClauseSpec { every: Some("monthly".into()), ..spec(&["<visit>"]) }];
    let body =
        "## Visiting\n\nIn the first two months IVs visit every four weeks. Later visits are every eight weeks.\n";
    assert_eq!(near(&judge(body, &monthly)), Some(Reason::Weaker));
    // In another section it is about something else.
    let body = "## Visiting\n\nIVs visit every four weeks.\n\n## Endings\n\nAfter a match ends, a visit may follow every eight weeks for a while.\n";
    assert!(shown(&judge(body, &monthly)).is_some());
}

#[test]
fn shares_written_with_the_are_read_and_only_against_their_own_words() {
    let refs = [ClauseSpec { count: Some(2), ..spec(&["<reference>"]) }];
    let v = judge("Two references were held for eight of the ten volunteers approved.", &refs);
    assert_eq!(near(&v), Some(Reason::Practice));
    // "One of the two" says which, not how many.
    assert!(shown(&judge("Two references are taken; one of the two must be from an employer.", &refs)).is_some());
    // A share of something else in another part of the sentence does not count.
    let visit = [spec(&["<visit>", "young person"])];
    let v = judge("Four of the 12 endings were early; when a young person moves, a last visit is offered.", &visit);
    assert!(shown(&v).is_some(), "{v:?}");
}

#[test]
fn take_up_does_not_count_against_what_is_offered() {
    let sessions = |offered| Rule {
        entries: vec![Entry { clauses: vec![rule::clause(&spec(&["group session*"]), &concepts()).unwrap()] }],
        kinds: Vec::new(),
        offered,
    };
    let text = "9 of the 20 volunteers came to the group sessions we ran this year.";
    let reader = Reader::new(passage::markdown(text, 1, None), "2025-06-01".parse().unwrap());
    assert!(matches!(reader.judge(&sessions(true), EvidenceKind::Policy), Verdict::Shown(_)));
    assert!(matches!(reader.judge(&sessions(false), EvidenceKind::Policy), Verdict::Near(_, Reason::Practice)));
}

#[test]
fn a_sentence_opening_for_them_is_read_with_the_one_before() {
    let new_arrivals = [spec(&["asylum", "interpreter"])];
    let body = "Some young people arrive alone as asylum seekers. For them we book an interpreter.\n";
    assert!(shown(&judge(body, &new_arrivals)).is_some());
    // Without the back-reference the two sentences do not combine.
    let body = "Some young people arrive alone as asylum seekers. Volunteers can ask for an interpreter.\n";
    assert_eq!(judge(body, &new_arrivals), Verdict::Absent);
}

#[test]
fn irregular_verbs_meet_their_base_form() {
    let explain = [spec(&["go through", "rules"])];
    assert!(shown(&judge("The co-ordinator goes through the rules at the first meeting.", &explain)).is_some());
    assert!(shown(&judge("The co-ordinator went through the rules.", &explain)).is_some());
    // "met" is not "meeting": a meeting is not a need met.
    let met = [spec(&["met", "needs"])];
    assert_eq!(judge("Needs were discussed at the meeting.", &met), Verdict::Absent);
}

/// Regression: a share under a heading that lent the clause one of its
/// terms ("Quarter 3 report" for "quarterly") outweighed a passage showing
/// the criterion elsewhere in the document.
#[test]
fn a_record_outweighs_a_policy_only_in_its_own_words() {
    let regular = [spec(&["young people", "quarterly"])];
    let body = "Young people meet quarterly with the manager.\n\n## Quarter 3 report\n\nOnly 2% of young people in care have an IV.\n";
    assert!(shown(&judge(body, &regular)).is_some());
    let body = "Young people meet quarterly with the manager.\n\nYoung people met quarterly in 3 of 4 teams.\n";
    assert_eq!(near(&judge(body, &regular)), Some(Reason::Practice));
}

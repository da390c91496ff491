//! The judgement rules of Standards 1 to 4 and 14, and of the service
//! specification's clauses, on short documents written for these tests:
//! one or two sentences each, in the ways services and councils phrase
//! things, with the hard cases an inspector rejects (negation, intention,
//! a weaker threshold, a permission where the standard forbids, a group of
//! people left out) beside the paraphrases an inspector accepts.

mod common;

use common::*;
use ivaudit::bundle::EvidenceKind;
use ivaudit::catalog::Basis;
use ivaudit::judge::{Reader, Verdict, passage};

// Paraphrases: the standard's idea in other words.
#[test]
fn self_referral_is_found_however_it_is_worded() {
    shown("S01.GP2.self_referral", "Young people can self-refer by text or phone.");
    shown("S01.GP2.self_referral", "You can ask for an IV yourself by ringing the office.");
    shown("S01.GP2.self_referral", "Young people may contact the service directly to ask for an IV.");
    not_shown("S01.GP2.self_referral", "Referrals are made by the child's social worker.");
}

#[test]
fn age_seven_is_read_in_its_usual_phrasings_and_a_higher_age_is_not_enough() {
    shown("S01.LA2.over_7", "We consider appointing an Independent Visitor for every child aged 7 or over.");
    shown("S01.LA2.over_7", "All looked after children over the age of seven are considered for an IV.");
    not_shown("S01.LA2.over_7", "All looked after children over the age of ten are considered for an IV.");
}

#[test]
fn storage_and_access_are_found_in_plain_words_for_young_people() {
    shown(
        "S03.GP1.storage_and_access",
        "Your IV's notes are kept on a locked computer system, and you can ask to see them whenever you like.",
    );
    // Only half: how notes are stored, not that the young person can see them.
    not_shown("S03.GP1.storage_and_access", "Your IV's notes are kept on a locked computer system.");
}

#[test]
fn reward_and_recognition_are_both_needed_for_participation_to_be_recognised_and_rewarded() {
    shown(
        "S04.GP1.recognised_rewarded",
        "Members of the youth panel get a shopping voucher and a certificate each year.",
    );
    not_shown("S04.GP1.recognised_rewarded", "Members of the youth panel get a shopping voucher.");
}

#[test]
fn a_variety_of_formats_needs_more_than_one_kind_of_material() {
    shown("S01.P1.formats", "Our publicity includes a printed leaflet and a short animated video.");
    shown("S01.P1.formats", "We produce publicity in a range of formats.");
    // Two languages are not two formats.
    not_shown("S01.P1.formats", "We have a single information sheet, available in Welsh and English.");
}

// Negation: the topic is there, the practice is not.

#[test]
fn a_refusal_of_self_referral_is_not_shown() {
    not_shown("S01.GP2.self_referral", "Self-referrals are not accepted at present.");
    not_shown("S01.GP2.self_referral", "We do not take self-referrals.");
}

#[test]
fn publicity_that_has_not_reached_residential_homes_is_not_shown() {
    not_shown("S01.P1.residential", "Residential providers have not yet received our leaflets.");
    shown("S01.P1.residential", "Our poster and leaflet go to every children's home in the county.");
}

// Intention: planned, not in place at the document's date.

#[test]
fn training_for_iros_only_planned_is_not_shown() {
    not_shown("S01.P2.iros", "A briefing for IROs is planned for the IRO team day in May 2026.");
    not_shown("S01.P2.iros", "## Next steps\n\n- Awareness session for Independent Reviewing Officers\n");
    shown("S01.P2.iros", "Independent Reviewing Officers attended an awareness session on IVs in March 2025.");
}

#[test]
fn rewards_promised_for_next_year_are_not_shown() {
    not_shown("S04.GP1.recognised_rewarded", "We plan to give panel members vouchers and certificates next year.");
}

// Weaker threshold: less than the standard asks.

#[test]
fn consideration_at_the_first_review_only_is_not_every_statutory_review() {
    not_shown(
        "S01.LA3.statutory_review",
        "At the child's first looked after review the IRO asks whether an IV has been considered.",
    );
    shown("S01.LA3.statutory_review", "The IRO asks whether an IV has been considered at every looked after review.");
    shown("S01.GP5.statutory_review", "The appointment of an IV is considered at each CLA review.");
}

#[test]
fn participation_in_one_part_of_running_the_service_is_not_planning_monitoring_and_review() {
    not_shown("S04.GP1.participation", "Young people helped to design our new leaflet.");
    shown(
        "S04.GP1.participation",
        "The youth forum meets every quarter to help plan the service, look at our performance figures and review what is working.",
    );
}

// Prohibitions: shown by the negative statement, not by a permission.

#[test]
fn information_withheld_from_social_services_without_consent_is_shown_by_the_negative_rule() {
    shown(
        "S03.GP3.prior_consent",
        "We do not pass on what you tell your IV to your social worker unless you agree, except when someone is at risk of harm.",
    );
    shown(
        "S03.GP3.prior_consent",
        "Information is never shared with social services without the young person's consent, unless it is needed to protect them or someone else.",
    );
}

#[test]
fn information_shared_with_social_services_as_a_matter_of_course_is_not_shown() {
    not_shown("S03.GP3.prior_consent", "We share what young people tell us with their social worker at each review.");
    not_shown(
        "S03.GP3.prior_consent",
        "Information may be shared with social services without consent whenever we think it helps.",
    );
}

// Tables and headings: a row read with the headings above it.

#[test]
fn an_induction_table_row_shows_confidentiality_and_record_keeping_training() {
    let body = "## Volunteer induction programme\n\n| Session | Covers |\n|---|---|\n| 6 | Confidentiality and its limits; writing visit records |\n";
    shown("S03.GP6.volunteer_training", body);
    let only_confidentiality =
        "## Volunteer induction programme\n\n| Session | Covers |\n|---|---|\n| 6 | Confidentiality and its limits |\n";
    not_shown("S03.GP6.volunteer_training", only_confidentiality);
}

#[test]
fn a_dissemination_table_row_shows_publicity_sent_to_foster_carers() {
    let body = "## Who receives our materials\n\n| Audience | Material |\n|---|---|\n| Foster carers | leaflet with the fostering newsletter |\n";
    shown("S01.P1.foster_carers", body);
    // A row saying nothing went out is not dissemination.
    not_shown("S01.P1.residential", "## Reach\n\n| Audience | Sessions |\n|---|---|\n| Residential staff | 0 |\n");
}

// Every named element: children and young people, volunteers, carers,
// social workers.

#[test]
fn a_leaflet_telling_only_young_people_does_not_show_that_volunteers_understand_information_sharing() {
    let young_people =
        "We explain to young people that we will pass information on if they or someone else is at risk of harm.";
    not_shown("S03.P1.information_sharing", young_people);
    let both = format!(
        "{young_people} Volunteers are trained at induction in when they must share information to keep a child safe."
    );
    shown("S03.P1.information_sharing", &both);
}

#[test]
fn written_complaints_information_must_reach_all_four_groups() {
    not_shown("S14.GP1.written_information", "Every young person receives a complaints leaflet when they are matched.");
    shown(
        "S14.GP1.written_information",
        "Every young person receives a complaints leaflet when they are matched. A copy of the complaints procedure is sent to the carer and the social worker, and it is in the volunteer handbook.",
    );
    not_shown(
        "S14.GP1.explained_verbally",
        "The co-ordinator explains how to complain to the young person at the first meeting.",
    );
    shown(
        "S14.GP1.explained_verbally",
        "The co-ordinator explains how to complain to the young person, their carer, their social worker and the IV at the first meeting.",
    );
}

#[test]
fn both_the_councils_and_the_providers_websites_are_needed() {
    not_shown("S01.GP3.websites", "Information about Independent Visitors is on the council's website.");
    shown(
        "S01.GP3.websites",
        "Information about Independent Visitors is on the council's website and on the provider's website.",
    );
}

// Who acts: the specification or contract, not the provider's own policy.

#[test]
fn a_providers_own_complaints_policy_does_not_show_the_council_expects_one() {
    let body = "The provider shall maintain a robust complaints procedure.";
    let v = judge_as("S14.LA1.complaints_procedure", EvidenceKind::Policy, body);
    assert!(!matches!(v, Verdict::Shown(_)), "{v:?}");
    let v = judge_as("S14.LA1.complaints_procedure", EvidenceKind::Contract, body);
    assert!(matches!(v, Verdict::Shown(_)), "{v:?}");
    let v = judge_as(
        "S03.LA1.service_specification",
        EvidenceKind::Specification,
        "The provider shall comply with its confidentiality policy.",
    );
    assert!(matches!(v, Verdict::Shown(_)), "{v:?}");
}

#[test]
fn support_to_complain_comes_from_the_iv_service_not_an_outside_advocate() {
    shown("S14.P1.support_to_complain", "A member of staff will help a young person to make a complaint.");
    not_shown("S14.P1.support_to_complain", "An independent advocate can help a young person to make a complaint.");
}

// The catalog itself.

#[test]
fn response_timescales_are_not_a_criterion_because_the_standard_names_none() {
    // Standard 14 asks providers to "respond quickly and seriously"; it sets
    // no timescale, so none is judged.
    assert!(catalog().criterion_index("S14.P1.response_timescales").is_none());
}

#[test]
fn criteria_drawn_from_good_practice_or_young_people_feed_recommendations_not_status() {
    let from = |id: &str| catalog().criteria().find(|c| c.id == id).unwrap().from;
    assert_eq!(from("S03.P1.information_sharing"), Basis::Text);
    assert_eq!(from("S03.P1.storage_and_access"), Basis::GoodPractice);
    assert_eq!(from("S14.P1.written_information"), Basis::GoodPractice);
    assert_eq!(from("S14.P1.support_to_complain"), Basis::YoungPeople);
    assert_eq!(from("S01.LA1.out_of_county"), Basis::YoungPeople);
}

#[test]
fn childrens_views_clause_is_reported_under_the_requirement_its_source_cites() {
    let clause = catalog().clauses.iter().find(|c| c.id == "SPEC.childrens_views").unwrap();
    assert_eq!(clause.requirement, "S04.P1");
    assert_eq!(clause.source, "Standard 4, IV service providers will, bullet 1");
    let reader = Reader::new(
        passage::markdown("The views of children and young people will shape how the service is run.", 1, None),
        "2025-06-01".parse().unwrap(),
    );
    assert!(matches!(reader.judge(&clause.rule, EvidenceKind::Specification), Verdict::Shown(_)));
}

#[test]
fn specification_clauses_need_a_policy_not_a_mention_of_the_law() {
    let clause = |id: &str| &catalog().clauses.iter().find(|c| c.id == id).unwrap().rule;
    let read = |body: &str| Reader::new(passage::markdown(body, 1, None), "2025-06-01".parse().unwrap());
    let equality = clause("SPEC.equality_diversity");
    let law = read("The Provider shall comply with the Equality Act 2010.");
    assert!(!matches!(law.judge(equality, EvidenceKind::Specification), Verdict::Shown(_)));
    let policy = read("The Provider shall have equality and diversity policies in place.");
    assert!(matches!(policy.judge(equality, EvidenceKind::Specification), Verdict::Shown(_)));
}

/// Regression: "members" alone was a service user, so a council panel's
/// "Members were concerned ..." read as a record of young people taking part
/// in only some cases, and outweighed the forum's own record.
#[test]
fn councillors_are_not_service_users() {
    shown(
        "S04.GP1.participation",
        "Forum members meet every month, help plan the service's priorities and review its figures with the manager.\n\n\
         ## Quarter 3 report\n\nMembers were concerned that 8 matches is below 2% of the 412 children looked after.\n",
    );
}

/// Regression: reminding a young person of a policy is telling them it.
#[test]
fn a_reminder_tells_the_young_person() {
    shown(
        "S03.P1.safeguarding_policy",
        "At the first visit the IV reminds the young person of the safeguarding policy. Volunteers sign the safeguarding policy at induction.",
    );
}

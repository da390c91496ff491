//! The catalog's rules for Standards 7 (starting and ending), 9 (regular
//! feedback), 10 (independence) and 13 (equality and diversity), judged on
//! short documents written for these tests: one kind of hard case at a time.

mod common;

use common::*;
use ivaudit::bundle::EvidenceKind;
use ivaudit::judge::{Reason, Verdict};

// Paraphrase: the same practice in the words different services use.
#[test]
fn referral_routes_are_found_in_their_usual_wordings() {
    shown(
        "S07.LA1.referral_process",
        "Social workers refer a child by completing the IV referral form and emailing it to the provider.",
    );
    shown("S07.LA1.referral_process", "## How to refer\n\nComplete the online form on the council portal.");
    shown("S07.P1.referral_process", "When a referral is received, the co-ordinator logs it within two days.");
    not_shown("S07.P1.referral_process", "We received 48 referrals this year.");
}

#[test]
fn volunteer_references_are_not_referrals() {
    // "reference" and "referral" share a stem root ("refer"): a recruitment
    // step must not read as a referral route.
    not_shown(
        "S07.LA1.referral_process",
        "Two written references are taken for every volunteer and sent to the panel.",
    );
    not_shown("S07.P1.referral_process", "Volunteers must provide two references on the reference form.");
    not_shown(
        "S07.P1.referral_process",
        "Applicants complete an application form, two references, the DBS check and the induction.",
    );
}

#[test]
fn self_referral_is_found_however_it_is_put() {
    shown("S07.LA1.self_referral", "Young people can refer themselves by phoning or texting the service.");
    shown("S07.LA1.self_referral", "Children and young people may contact the service directly to ask for an IV.");
    shown("S07.GP1.direct_referrals", "We accept referrals directly from young people as well as from professionals.");
    not_shown("S07.GP1.direct_referrals", "Referrals are made by the social worker.");
}

#[test]
fn feedback_from_young_people_is_found_in_check_ins_and_surveys() {
    shown(
        "S09.P1.child_feedback",
        "The co-ordinator checks in with each young person every three months to ask how their match is going.",
    );
    shown("S09.P1.child_feedback", "Young people complete an annual feedback questionnaire about their IV.");
    shown("S09.GP1.child_feedback", "We regularly ask children and young people what they think of their IV.");
    shown("S09.P1.contact_preference", "We record every young person's preferred method of contact.");
    shown(
        "S09.P1.contact_preference",
        "Each young person chooses how they want to be contacted: phone, text, email or a visit.",
    );
    not_shown("S09.P1.contact_preference", "Young people choose the activities they do on visits.");
}

#[test]
fn independence_is_found_in_the_words_commissioners_use() {
    shown("S10.LA1.independent_provider", "The council commissions the IV service from a registered charity.");
    shown(
        "S10.LA1.independent_provider",
        "The service is delivered under contract by an organisation that is independent of the local authority.",
    );
    not_shown("S10.LA1.independent_provider", "Independent Visitor service contract monitoring takes place quarterly.");
    shown(
        "S10.P1.conflict_of_interest",
        "Every applicant completes a declaration of interests, which is checked before any match.",
    );
}

#[test]
fn welsh_language_needs_are_about_children_not_the_document() {
    shown(
        "S13.P2.welsh_language",
        "Young people whose first language is Welsh are matched with a Welsh-speaking volunteer.",
    );
    shown("S13.P2.welsh_language", "Every child is offered visits through the medium of Welsh.");
    not_shown("S13.P2.welsh_language", "This policy is available in Welsh on request.");
    shown(
        "S13.P2.newly_arrived",
        "Unaccompanied asylum-seeking young people are matched with a volunteer who understands their culture.",
    );
    shown(
        "S13.P2.interpreters",
        "We pay for a professional interpreter whenever a newly arrived young person needs one.",
    );
}

#[test]
fn the_children_served_are_compared_with_the_looked_after_population() {
    shown(
        "S13.GP1.reflect_population",
        "We compare the young people we match with the children looked after in each council area.",
    );
    not_shown("S13.GP1.reflect_population", "Our volunteers reflect the diversity of the communities we serve.");
    shown("S13.GP2.transport", "The full cost of travel is met when a young person is placed out of county.");
    not_shown("S13.GP2.transport", "Volunteers claim travel expenses at 45p a mile.");
}

// Negation: the topic is there, the practice is not.

#[test]
fn refused_self_referral_is_not_shown() {
    near("S07.LA1.self_referral", "Self-referrals from young people are not accepted.", Reason::Negated);
    near("S07.GP1.direct_referrals", "We don't accept self-referrals.", Reason::Negated);
}

#[test]
fn absent_practice_is_not_shown() {
    near("S09.P1.child_feedback", "We do not currently ask young people for feedback about their IV.", Reason::Negated);
    near("S13.P2.welsh_language", "We have no Welsh-speaking volunteers at present.", Reason::Negated);
    near("S13.GP2.transport", "We cannot pay travel costs for young people placed out of county.", Reason::Negated);
    near(
        "S07.GP4.beyond_18",
        "Continuing the IV match after 18 is not considered in pathway planning.",
        Reason::Negated,
    );
    near(
        "S10.P1.conflict_of_interest",
        "We do not currently check volunteers for conflicts of interest.",
        Reason::Negated,
    );
}

#[test]
fn interpreters_with_no_budget_or_no_price_are_not_provided() {
    not_shown("S13.P2.interpreters", "We do not have a budget for interpreters.");
    // A finance line of nothing is not provision.
    not_shown("S13.GP2.interpreters", "| Line | Annual budget |\n|---|---|\n| Interpreting | £0 |\n");
}

// Intention: planned, not in place.

#[test]
fn plans_are_not_practice() {
    near("S07.LA1.referral_process", "We plan to introduce an online referral form next year.", Reason::Intended);
    near(
        "S09.LA1.social_worker_feedback",
        "Social workers will start asking children about their IV at each visit from April 2026.",
        Reason::Intended,
    );
    near(
        "S13.GP3.training",
        "A session on equality and diversity will be added to volunteer induction in 2026.",
        Reason::Intended,
    );
    near(
        "S13.GP1.reflect_population",
        "We will compare referrals with the looked after population from next year.",
        Reason::Intended,
    );
}

// Weaker threshold, and vague where the standard asks for something definite.

#[test]
fn a_match_target_longer_than_three_months_is_weaker() {
    shown("S07.P1.three_months", "Every effort is made to find a volunteer within 12 weeks of the referral.");
    shown("S07.P1.three_months", "Our target is for every young person to be matched within 90 days of referral.");
    near("S07.P1.three_months", "Matches are made within 16 weeks of a referral being accepted.", Reason::Weaker);
    near("S07.P1.three_months", "7 of 10 young people were matched within 3 months of referral.", Reason::Practice);
}

#[test]
fn six_monthly_updates_do_not_read_as_monthly() {
    // "monthly" and "months" share a stem: a word list would take "every
    // six months" for "monthly".
    shown(
        "S07.LA1.regular_updates",
        "While they wait for a match, young people receive a monthly update from the co-ordinator.",
    );
    near("S07.LA1.regular_updates", "Young people on the waiting list are updated every six months.", Reason::Weaker);
    not_shown("S07.LA1.regular_updates", "The young person is told when a match has been found.");
}

#[test]
fn some_time_is_not_a_waiting_time() {
    not_shown(
        "S07.LA1.waiting_times",
        "The social worker explains to the child that it may take a while to find a volunteer, and how matching works.",
    );
    shown(
        "S07.LA1.waiting_times",
        "Young people are told that the wait for a match is usually around ten weeks. We explain to young people how matching works.",
    );
}

#[test]
fn feedback_asked_once_is_not_regular() {
    not_shown(
        "S09.LA1.social_worker_feedback",
        "The social worker asked the child about their IV when the match started.",
    );
    shown(
        "S09.LA1.social_worker_feedback",
        "At every statutory visit the social worker asks the child how things are going with their IV.",
    );
    not_shown(
        "S09.P1.match_monitoring",
        "We ask the young person, the IV, the carer and the social worker for feedback when the match ends.",
    );
}

#[test]
fn the_first_review_only_is_not_every_review() {
    let first_only = "The IV arrangement is reviewed at the first looked after review only. The IRO asks the child, \
                      the IV, the carer and the social worker for feedback.";
    not_shown("S09.GP2.statutory_review", first_only);
}

// Prohibitions stated in the negative.

#[test]
fn no_conflict_and_no_discrimination_are_positive_statements() {
    shown("S10.P1.conflict_of_interest", "No volunteer is matched with a child where there is a conflict of interest.");
    shown(
        "S10.GP1.conflict_of_interest",
        "At interview we check that the applicant has no conflict of interest with any child who may be referred.",
    );
    shown(
        "S13.P1.non_discrimination",
        "We make sure that no child, young person or volunteer is discriminated against.",
    );
    near(
        "S13.P1.non_discrimination",
        "Volunteers may be refused if they discriminate against children.",
        Reason::Contrary,
    );
}

// Table rows and headings.

#[test]
fn a_training_table_row_is_read_under_its_heading() {
    let body = "## Volunteer induction\n\n| Session | Topic |\n|---|---|\n| 5 | Equality, diversity and inclusion |\n";
    shown("S13.GP3.training", body);
    not_shown("S13.GP3.training", "Equality and diversity is covered in the volunteer handbook.");
    not_shown("S13.GP3.training", "Staff receive equality training every year.");
}

#[test]
fn who_can_refer_and_how_can_sit_under_headings() {
    let body = "## Who can refer\n\nAny professional working with the child.\n\n## How to refer\n\nEmail the completed form to the IV team.\n";
    shown("S07.GP1.who_can_refer", body);
    near("S07.GP1.who_can_refer", "Referrals can be made by the child's social worker.", Reason::Incomplete);
}

// Every named element.

#[test]
fn match_monitoring_needs_all_four_voices() {
    shown(
        "S09.P1.match_monitoring",
        "Every six months we ask the young person, the IV, the carer and the social worker for feedback on the match.",
    );
    shown(
        "S09.GP2.match_monitoring",
        "We check in with the young person every three months. IVs give feedback at each supervision. \
         Social workers and carers are asked for their views twice a year.",
    );
    near(
        "S09.P1.match_monitoring",
        "Every six months we ask the young person and the IV for feedback on the match.",
        Reason::Incomplete,
    );
}

#[test]
fn statutory_review_needs_every_review_and_the_iro_hearing_everyone() {
    shown(
        "S09.GP2.statutory_review",
        "The IV arrangement is reviewed at every looked after review. The IRO seeks the views of the young person, \
         their IV, carers and social worker.",
    );
    near(
        "S09.LA1.statutory_review",
        "The IV arrangement is reviewed at every looked after review, and the IRO asks the child for their views.",
        Reason::Incomplete,
    );
}

#[test]
fn no_previous_involvement_covers_social_workers_iros_and_foster_carers() {
    shown(
        "S10.P1.no_previous_involvement",
        "A social worker, IRO or foster carer from a different local authority can volunteer, provided the young \
         person has never known them before.",
    );
    not_shown(
        "S10.GP1.no_previous_involvement",
        "Social workers and foster carers who work for another local authority may volunteer with us.",
    );
    not_shown(
        "S10.P1.no_previous_involvement",
        "Social workers, IROs and foster carers who work for another local authority may volunteer with us.",
    );
}

#[test]
fn non_discrimination_covers_volunteers_as_well_as_children() {
    not_shown("S13.P1.non_discrimination", "We make sure that no child or young person is discriminated against.");
    shown(
        "S13.P1.non_discrimination",
        "Children and young people are treated fairly. Volunteers and applicants are never discriminated against.",
    );
}

#[test]
fn waiting_times_need_the_matching_process_too() {
    near(
        "S07.LA1.waiting_times",
        "The social worker explains to the young person how long they may have to wait.",
        Reason::Incomplete,
    );
}

#[test]
fn endings_and_introductions_are_agreed_with_the_young_person() {
    shown("S07.GP3.introductions", "The young person chooses where the introductory meeting takes place.");
    not_shown("S07.GP3.introductions", "The co-ordinator arranges the first meeting at the office.");
    shown("S07.GP3.positive_endings", "The young person decides how they want to say goodbye to their IV.");
    not_shown("S07.GP3.positive_endings", "The co-ordinator ends the match by letter to the volunteer.");
    shown(
        "S07.P1.introductions",
        "Before the first meeting, the co-ordinator explains to the young person how the introduction will happen.",
    );
    not_shown("S07.P1.introductions", "Volunteers are introduced to the staff team at induction.");
    shown(
        "S07.P1.positive_endings",
        "Endings are managed carefully so that the young person can say goodbye properly.",
    );
    not_shown("S07.P1.positive_endings", "At the end of each visit the IV records what they did.");
}

#[test]
fn continuing_beyond_18_is_part_of_pathway_planning() {
    shown(
        "S07.GP4.beyond_18",
        "At the pathway plan review, the personal adviser considers whether the IV match should continue after 18.",
    );
    not_shown("S07.GP4.beyond_18", "The pathway plan is reviewed every six months.");
    not_shown("S07.GP4.beyond_18", "IV matches end when the young person reaches 18.");
}

// Who acts: the specification.

#[test]
fn only_the_specification_sets_the_equality_policy_expectation() {
    let body = "The Provider shall have an equality and diversity policy and shall review it every two years.";
    assert!(matches!(judge_as("S13.LA1.equality_policy", EvidenceKind::Specification, body), Verdict::Shown(_)));
    assert_eq!(judge_as("S13.LA1.equality_policy", EvidenceKind::Policy, body), Verdict::Absent);
    assert!(!matches!(
        judge_as(
            "S13.LA1.equality_policy",
            EvidenceKind::Specification,
            "The Provider shall comply with the Equality Act 2010."
        ),
        Verdict::Shown(_)
    ));
}

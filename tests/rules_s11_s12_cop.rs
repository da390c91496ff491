//! The rules of Standard 11 (keeping safe), Standard 12 (resourcing) and
//! the Part 6 Code of Practice duties (CoP.330-339), judged on short
//! documents written for these tests: one kind of hard case at a time.
//! Standard 11's criteria are safety-critical, so most cases here are ones
//! a careless rule would wrongly call shown.

mod common;

use common::*;
use ivaudit::bundle::EvidenceKind;
use ivaudit::catalog::Basis;
use ivaudit::judge::{Reason, Verdict};

// Standard 11: the national procedures, under either name.
#[test]
fn the_wales_safeguarding_procedures_count_for_the_all_wales_child_protection_procedures() {
    shown("S11.P1.all_wales", "Our safeguarding procedures follow the Wales Safeguarding Procedures.");
    shown("S11.P1.all_wales", "Staff and volunteers act in line with the All-Wales Child Protection Procedures.");
    not_shown("S11.P1.all_wales", "Staff follow our own safeguarding policy at all times.");
    near("S11.P1.all_wales", "Our procedures do not yet reflect the Wales Safeguarding Procedures.", Reason::Negated);
}

#[test]
fn adults_at_risk_count_for_the_protection_of_vulnerable_adults() {
    shown("S11.P1.vulnerable_adults", "The policy also covers adults at risk (formerly POVA).");
    near(
        "S11.P1.vulnerable_adults",
        "This policy is about children; it does not cover vulnerable adults.",
        Reason::Negated,
    );
}

#[test]
fn only_a_specification_or_contract_shows_what_the_specification_requires() {
    let body =
        "The Provider shall have child protection procedures that comply with the Wales Safeguarding Procedures.";
    assert!(matches!(judge_as("S11.LA1.all_wales", EvidenceKind::Specification, body), Verdict::Shown(_)));
    assert!(matches!(judge_as("S11.LA1.all_wales", EvidenceKind::Contract, body), Verdict::Shown(_)));
    // The provider's own policy says nothing of what the council requires.
    assert_eq!(judge_as("S11.LA1.all_wales", EvidenceKind::Policy, body), Verdict::Absent);
    let adults = "The Provider shall also follow procedures for safeguarding adults at risk.";
    assert!(matches!(judge_as("S11.LA1.vulnerable_adults", EvidenceKind::Specification, adults), Verdict::Shown(_)));
    // Requiring the Wales procedures is not requiring adult protection.
    assert!(!matches!(judge_as("S11.LA1.vulnerable_adults", EvidenceKind::Specification, body), Verdict::Shown(_)));
}

// Child protection training: three sets of procedures, each named.

#[test]
fn child_protection_training_must_cover_national_local_and_own_procedures() {
    shown(
        "S11.GP1.cp_training",
        "Induction includes safeguarding: the Wales Safeguarding Procedures, the council's child protection procedures and our own safeguarding policy.",
    );
    // The local authority's procedures are missing.
    near(
        "S11.GP1.cp_training",
        "## Training\n\nEvery volunteer is trained in the Wales Safeguarding Procedures and in this policy before matching.\n",
        Reason::Incomplete,
    );
    // Naming the procedures outside any training does not show training on them.
    not_shown(
        "S11.P1.cp_training",
        "We follow the Wales Safeguarding Procedures, the local authority's procedures and this policy.",
    );
}

#[test]
fn child_protection_training_read_from_a_table_row_under_its_heading() {
    let body = "## Induction modules\n\n| Module | Trainer |\n|---|---|\n\
                | Safeguarding: Wales Safeguarding Procedures, the local authority's procedures and our policy | Manager |\n";
    shown("S11.GP1.cp_training", body);
}

#[test]
fn planned_training_on_local_procedures_is_not_training_in_place() {
    let body = "Volunteers are trained in the Wales Safeguarding Procedures and our safeguarding policy. \
                Training on the council's child protection procedures will be added next year.";
    near("S11.GP1.cp_training", body, Reason::Intended);
}

// Lone working: a policy and a way of reporting in.

#[test]
fn lone_working_needs_a_reporting_system() {
    shown(
        "S11.GP3.lone_working",
        "Under our lone working procedure volunteers text the office to check in when a visit starts and to check out when it ends.",
    );
    shown("S11.P1.lone_working", "# Lone working\n\nVolunteers must check in and check out with the office.\n");
    // Being alone with a young person is not a lone-working arrangement.
    not_shown("S11.P1.lone_working", "IVs spend time alone with the young person.");
    near("S11.GP3.lone_working", "There is no lone working system for volunteers to check in with.", Reason::Negated);
}

// Out-of-hours contact numbers for safeguarding concerns.

#[test]
fn an_emergency_duty_team_number_counts_as_an_out_of_hours_number() {
    shown(
        "S11.GP3.out_of_hours",
        "For a safeguarding concern outside office hours, ring the council's Emergency Duty Team on 0300 000 0000.",
    );
    shown("S11.P1.out_of_hours", "If you are worried about a young person at the weekend, call the EDT.");
    shown("S11.P1.out_of_hours", "An on-call manager takes calls about safeguarding concerns until 10pm every day.");
}

#[test]
fn nine_nine_nine_alone_is_not_an_out_of_hours_number_for_safeguarding_concerns() {
    not_shown("S11.GP3.out_of_hours", "Outside office hours, in an emergency ring 999.");
    // "a number of" is not a telephone number.
    not_shown("S11.GP3.out_of_hours", "A number of safeguarding concerns were raised out of hours last year.");
}

#[test]
fn out_of_hours_cover_that_is_absent_or_only_planned_is_not_shown() {
    near("S11.GP3.out_of_hours", "We do not have an out-of-hours number for safeguarding concerns.", Reason::Negated);
    near(
        "S11.P1.out_of_hours",
        "We plan to introduce an out-of-hours line for safeguarding concerns from April 2026.",
        Reason::Intended,
    );
}

// Risk assessments, explained to the young person.

#[test]
fn risk_assessed_activities_must_also_be_explained_to_the_young_person() {
    let both = "Adventurous activities are risk assessed by the co-ordinator. \
                The IV explains to the young person, in plain words, what the risk assessment says.";
    shown("S11.P1.risk_assessments", both);
    near(
        "S11.P1.risk_assessments",
        "Adventurous activities are risk assessed by the co-ordinator and filed.",
        Reason::Incomplete,
    );
    // A heading such as "Keeping safe on visits" explains nothing to anyone.
    let heading = "# Keeping safe on visits\n\nActivities need a risk assessment. Tell the young person about the budget for the trip.\n";
    not_shown("S11.P1.risk_assessments", heading);
    // Explaining the limits of confidentiality is not explaining an activity's risks.
    let secrets = "Activities are risk assessed. At the first visit the IV explains to the young person that they cannot keep a secret if someone is at risk of harm.";
    not_shown("S11.P1.risk_assessments", secrets);
}

#[test]
fn risk_profile_updates_must_be_prompt() {
    shown(
        "S11.GP2.risk_profile",
        "The child's social worker tells the IV service straight away about any change in the risks to the child.",
    );
    not_shown(
        "S11.GP2.risk_profile",
        "The child's social worker shares risk information with the co-ordinator at referral.",
    );
}

// "Has a policy" criteria: a named, adopted policy is enough.

#[test]
fn a_named_policy_shows_the_provider_has_it() {
    shown("S11.GP4.confidentiality", "Trustees re-adopted the Confidentiality Policy in May.");
    shown("S11.GP4.data_protection", "This policy should be read with:\n\n- Data Protection Policy\n");
    shown("S11.GP4.information_sharing", "Our Confidentiality and Information Sharing Policy applies to all staff.");
    shown("S11.GP4.volunteer_agreements", "Every volunteer signs a volunteer agreement before matching.");
    shown("S11.GP4.social_media", "See our Social Media Policy, approved by trustees in March 2025.");
}

#[test]
fn a_combined_policy_name_shows_each_topic_it_names() {
    let body = "Our Data Protection and Information Security Policy applies to all volunteers.";
    shown("S11.GP4.data_protection", body);
    not_shown("S11.GP4.confidentiality", body);
}

#[test]
fn another_policy_touching_the_topic_is_not_that_policy() {
    // A confidentiality policy that complies with data protection law is
    // not a data protection policy.
    not_shown("S11.GP4.data_protection", "This policy complies with UK GDPR.");
    // A clause about social media is not a social media policy.
    not_shown("S11.GP4.social_media", "IVs must not contact young people through social media.");
    // A confidentiality agreement is not a volunteer agreement.
    not_shown("S11.GP4.volunteer_agreements", "Volunteers sign a confidentiality agreement.");
    // An unsigned protocol with the council is not the provider's policy.
    not_shown("S11.GP4.information_sharing", "An information sharing protocol with the council has been proposed.");
}

#[test]
fn a_policy_being_written_is_not_in_place() {
    near("S11.GP4.social_media", "A separate Social Media Policy is being developed.", Reason::Intended);
    near("S11.P1.data_protection", "A data protection policy is being drafted.", Reason::Intended);
}

// Standard 12: money for activities, travel and each match.

#[test]
fn budget_lines_in_a_price_table_show_activity_and_travel_funding() {
    let table = "## Price schedule\n\n| Element | Annual cost |\n|---|---|\n\
                 | Volunteer travel | £9,000 |\n| Activities | £12,000 |\n| Training and recruitment | £6,000 |\n\
                 | Cost per match per year | £2,400 |\n";
    shown("S12.GP2.travel_costs", table);
    shown("S12.GP2.activities", table);
    shown("S12.GP2.cost_per_match", table);
}

#[test]
fn a_training_budget_is_not_travel_funding() {
    let table = "## Price schedule\n\n| Element | Annual cost |\n|---|---|\n| Training and recruitment | £6,000 |\n";
    not_shown("S12.P1.travel_costs", table);
}

#[test]
fn expenses_that_are_not_met_are_not_funded() {
    shown("S12.P1.travel_costs", "Mileage is reimbursed at 45p per mile, and bus fares in full.");
    near("S12.P1.travel_costs", "Volunteers' travel costs are not reimbursed.", Reason::Negated);
    near("S12.P1.activities", "Volunteers pay for outings themselves; there is no activity budget.", Reason::Negated);
}

#[test]
fn a_total_budget_is_not_a_cost_per_match() {
    shown("S12.LA2.cost_per_match", "The contract pays £2,400 per match per year.");
    not_shown("S12.LA2.cost_per_match", "The IV budget for the year is £96,000 for 40 matches.");
    // An activity allowance for each match is not the cost of a match.
    not_shown("S12.GP2.cost_per_match", "Each match has an allowance of £25 a month for activities.");
}

#[test]
fn mapping_must_be_annual_count_eligible_children_and_set_the_budget() {
    let full = "Each year the council maps the number of looked after children eligible for an IV, \
                and the estimate sets the IV budget.";
    shown("S12.LA1.annual_mapping", full);
    near(
        "S12.LA1.annual_mapping",
        "A mapping exercise of children eligible for an IV is carried out every two years and sets the IV budget.",
        Reason::Weaker,
    );
    near(
        "S12.LA1.annual_mapping",
        "We carried out a mapping exercise in 2024. The IV budget is based on last year's spend.",
        Reason::Incomplete,
    );
}

#[test]
fn additional_funding_needs_a_way_to_ask_for_it_when_circumstances_change() {
    shown(
        "S12.GP3.additional_funding",
        "Where a child moves out of county, the provider can ask the council for extra funding to cover the additional travel.",
    );
    shown(
        "S12.GP3.additional_funding",
        "The council considers requests for additional funding from a contingency budget.",
    );
    not_shown("S12.GP3.additional_funding", "Additional funding is not available.");
    // A one-off increase is not a system for changing needs.
    not_shown("S12.GP3.additional_funding", "Additional funding of £5,000 was approved for 2026-27.");
}

// The Part 6 Code of Practice duties.

#[test]
fn the_role_is_to_visit_befriend_and_advise_all_three() {
    shown(
        "CoP.334.visit_befriend_advise",
        "Your Independent Visitor will visit you, be your friend and give you advice if you want it.",
    );
    not_shown("CoP.334.visit_befriend_advise", "Your Independent Visitor will visit you and be your friend.");
}

#[test]
fn an_iv_is_considered_on_both_parental_grounds() {
    let both = "## When we consider an IV\n\n\
                - the child has not lived with a parent during the last 12 months\n\
                - contact with a parent has been infrequent or has not happened\n";
    shown("CoP.331.parental_contact", both);
    let one = "## When we consider an IV\n\n- the child has not lived with a parent during the last 12 months\n";
    near("CoP.331.parental_contact", one, Reason::Incomplete);
    // A fact about children, with no IV consideration, is not the duty.
    not_shown(
        "CoP.331.parental_contact",
        "Twelve children had not lived with a parent for a year, or had little contact with a parent.",
    );
}

#[test]
fn an_objecting_child_with_understanding_is_not_given_an_iv() {
    shown("CoP.335.child_objects", "An IV will not be appointed if a child of sufficient understanding objects.");
    near(
        "CoP.335.child_objects",
        "An IV may still be appointed when a child with sufficient understanding objects.",
        Reason::Contrary,
    );
}

#[test]
fn people_barred_from_appointment_are_shown_by_the_prohibition() {
    shown("CoP.336.elected_members", "Councillors and co-opted members of the council cannot be appointed as IVs.");
    near("CoP.336.elected_members", "Elected members may be appointed as IVs.", Reason::Contrary);
    shown(
        "CoP.336.officers",
        "We will not appoint any officer employed in the council's education or social services functions as an IV.",
    );
    // A ban on sharing information with officers is not a bar on appointing them.
    not_shown("CoP.336.officers", "IVs must not share information with social services officers.");
    shown(
        "CoP.336.household",
        "Nobody living in the same household as a councillor or council officer may be appointed as an IV.",
    );
    not_shown("CoP.336.household", "We will not appoint any elected member or officer of the council as an IV.");
}

#[test]
fn the_iv_is_reconsidered_at_every_review_not_the_first_only() {
    shown(
        "CoP.337.each_review",
        "At every looked after review the IRO asks whether the child still needs an IV and whether the current IV is right for them.",
    );
    not_shown("CoP.337.each_review", "At the first review the IRO asks whether the child needs an IV.");
    // A volunteer's own supervision review is not the child's review.
    not_shown(
        "CoP.337.each_review",
        "Each supervision review checks whether the volunteer still needs support and whether the match should continue.",
    );
}

#[test]
fn an_appointment_ends_when_the_child_stops_being_looked_after() {
    shown("CoP.338.ceases_looked_after", "An IV's appointment ends when the young person is no longer looked after.");
    shown(
        "CoP.338.ceases_looked_after",
        "The appointment comes to an end when the child stops being looked after, for example on adoption.",
    );
}

#[test]
fn termination_must_be_in_writing() {
    shown(
        "CoP.338.termination_in_writing",
        "The IV or the council may end the appointment by giving notice in writing.",
    );
    not_shown("CoP.338.termination_in_writing", "A volunteer who wants to stop tells their co-ordinator.");
    not_shown("CoP.338.termination_in_writing", "The IV writes a goodbye letter at the end of the match.");
}

#[test]
fn expenses_but_no_salary() {
    shown("CoP.339.reasonable_expenses", "IVs can claim travel and other out-of-pocket expenses.");
    // The entitlement in one sentence, the travel in a list item below it.
    shown(
        "CoP.339.reasonable_expenses",
        "IVs are entitled to recover reasonable expenses:\n\n- travel: mileage at 45p a mile, or bus fares\n- the cost of an activity\n",
    );
    not_shown("CoP.339.reasonable_expenses", "IVs are entitled to recover reasonable expenses.");
    near("CoP.339.reasonable_expenses", "Travel expenses are not reimbursed.", Reason::Negated);
    shown("CoP.339.no_salary", "Volunteers receive no fee or salary for the role.");
    shown("CoP.339.no_salary", "This is an unpaid volunteering role.");
    not_shown("CoP.339.no_salary", "Volunteers are paid a sessional fee for each visit.");
}

#[test]
fn the_best_interests_duty_is_about_appointing() {
    shown(
        "CoP.330.best_interests",
        "The council appoints an IV for any child it looks after where this is in the child's best interests.",
    );
    not_shown("CoP.330.best_interests", "The IV always acts in the child's best interests.");
}

// The catalog's own promises about these criteria.

#[test]
fn an_obligation_and_its_good_practice_pointer_judge_the_same_words_the_same_way() {
    for (a, b) in [
        ("S11.P1.cp_training", "S11.GP1.cp_training"),
        ("S11.P1.lone_working", "S11.GP3.lone_working"),
        ("S11.P1.out_of_hours", "S11.GP3.out_of_hours"),
        ("S11.P1.data_protection", "S11.GP4.data_protection"),
        ("S11.P1.confidentiality", "S11.GP4.confidentiality"),
        ("S11.P1.information_sharing", "S11.GP4.information_sharing"),
        ("S11.P1.volunteer_agreements", "S11.GP4.volunteer_agreements"),
        ("S11.P1.social_media", "S11.GP4.social_media"),
        ("S12.P1.activities", "S12.GP2.activities"),
        ("S12.P1.travel_costs", "S12.GP2.travel_costs"),
        ("S12.LA2.cost_per_match", "S12.GP2.cost_per_match"),
    ] {
        assert_eq!(criterion(a).rule, criterion(b).rule, "{a} and {b} have drifted apart");
    }
}

#[test]
fn specifics_from_good_practice_or_young_people_do_not_decide_the_obligation() {
    assert_eq!(criterion("S11.P1.all_wales").from, Basis::Text);
    assert_eq!(criterion("S11.P1.vulnerable_adults").from, Basis::Text);
    assert_eq!(criterion("S11.P1.cp_training").from, Basis::GoodPractice);
    assert_eq!(criterion("S11.P1.risk_assessments").from, Basis::YoungPeople);
    assert_eq!(criterion("S12.LA2.cost_per_match").from, Basis::GoodPractice);
    assert_eq!(criterion("S12.P1.travel_costs").from, Basis::Text);
}

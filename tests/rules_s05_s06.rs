//! Standards 5 (recruitment and selection) and 6 (training and support):
//! the catalog's rules judged on short documents written for these tests,
//! one kind of hard case at a time.

mod common;

use common::*;
use ivaudit::catalog::Basis;
use ivaudit::judge::Reason;

#[test]
fn s06_p1_status_rests_on_its_own_words_and_its_specifics_are_good_practice() {
    let p1 = catalog().requirement("S06.P1").unwrap();
    let own: Vec<&str> = p1.criteria.iter().filter(|c| c.from == Basis::Text).map(|c| c.id.as_str()).collect();
    assert_eq!(own, ["S06.P1.initial_training", "S06.P1.ongoing_support"]);
    assert_eq!(p1.criteria.iter().filter(|c| c.from == Basis::GoodPractice).count(), 11);
    // The same holds for the other obligations of both standards: what
    // good practice adds never decides their status.
    for id in
        ["S05.P1.enhanced_dbs", "S05.P1.two_references", "S05.P1.approvers", "S05.P1.interview", "S05.P2.one_year"]
    {
        assert_eq!(catalog().criteria().find(|c| c.id == id).unwrap().from, Basis::GoodPractice, "{id}");
    }
    for id in ["S05.P2.long_term_commitment", "S05.P3.welsh_speakers", "S05.LA1.recruitment_policy"] {
        assert_eq!(catalog().criteria().find(|c| c.id == id).unwrap().from, Basis::Text, "{id}");
    }
}

#[test]
fn vetting_checks_are_found_in_other_words() {
    shown("S05.P1.enhanced_dbs", "All volunteers undergo an enhanced Disclosure and Barring Service check.");
    shown(
        "S05.GP2.enhanced_dbs",
        "A DBS check at the enhanced level, including the children's barred list, is required.",
    );
    // A standard check is not an enhanced one.
    not_shown("S05.GP2.enhanced_dbs", "Every volunteer has a basic DBS check. Enhanced training is offered.");
    shown(
        "S05.P1.interview",
        "Applicants are interviewed, and approval rests on the interview, both references and feedback from the trainers.",
    );
    shown("S05.GP2.interview", "Each applicant is interviewed to assess the skills and attributes the role needs.");
}

#[test]
fn references_need_two_and_a_referral_is_not_a_reference() {
    shown("S05.P1.two_references", "We take up two written references for every applicant.");
    shown("S05.GP2.two_references", "Applicants give the details of 2 referees.");
    near("S05.GP2.two_references", "One reference is required before approval.", Reason::Weaker);
    near("S05.GP2.two_references", "References are taken up for every applicant.", Reason::Incomplete);
    // "referred" shares a stem with "reference": it must not count.
    not_shown("S05.P1.two_references", "Last year 12 young people were referred to the service.");
}

#[test]
fn approval_needs_more_than_one_person() {
    shown("S05.P1.approvers", "An approval panel of three staff decides whether to approve each applicant.");
    shown("S05.GP2.approvers", "Two managers sign off every volunteer before they are matched.");
    shown("S05.P1.approvers", "Each application is considered by the Volunteer Approval Panel.");
    // Said as a prohibition.
    shown("S05.GP2.approvers", "No applicant can be approved by a single person.");
    // One person approving is weaker than the standard.
    not_shown("S05.P1.approvers", "The Volunteer Co-ordinator decides whether to approve each applicant.");
    // A panel in the heading of a recruitment policy is no approval panel.
    not_shown("S05.P1.approvers", "# Volunteer recruitment and selection\n\nApproval panel.\n");
}

#[test]
fn the_commitment_must_last_at_least_a_year() {
    shown("S05.P2.one_year", "We ask every IV to commit to the role for a minimum of twelve months.");
    shown("S05.GP7.one_year", "The role needs a commitment of at least two years.");
    near("S05.P2.one_year", "The role needs a commitment of at least six months.", Reason::Weaker);
    shown("S05.P2.long_term_commitment", "Applicants are told at interview that this is a long-term commitment.");
    not_shown("S05.P2.long_term_commitment", "The role needs a commitment of at least six months.");
}

#[test]
fn welsh_and_other_languages_and_communication_needs_are_recruited_for() {
    shown("S05.P3.welsh_speakers", "We actively recruit Welsh-speaking volunteers.");
    // Bilingual publicity is not a Welsh-speaking volunteer.
    not_shown("S05.P3.welsh_speakers", "Every volunteer recruitment campaign is advertised bilingually.");
    shown("S05.P3.other_languages", "We are looking for volunteers who speak Polish or Farsi.");
    // A child's first language is not a volunteer's other language.
    not_shown(
        "S05.P3.other_languages",
        "A young person whose first language is Welsh can have an IV who speaks Welsh.",
    );
    shown(
        "S05.P3.communication_difficulties",
        "We particularly welcome volunteers who use Makaton or British Sign Language.",
    );
}

#[test]
fn diverse_and_care_experienced_volunteers_are_sought() {
    shown(
        "S05.GP1.diverse_volunteers",
        "We advertise for volunteers through faith and minority ethnic community groups.",
    );
    shown("S05.GP1.diverse_volunteers", "We want volunteers from all walks of life.");
    shown("S05.GP1.diverse_volunteers", "Our recruitment builds a diverse pool of volunteers.");
    // Diverse needs of young people are not a diverse group of volunteers.
    not_shown("S05.GP1.diverse_volunteers", "Our volunteers meet the diverse needs of young people.");
    // The word in an equality policy's title does not make every sentence about volunteers count.
    not_shown(
        "S05.GP1.diverse_volunteers",
        "# Equality and Diversity Policy\n\nVolunteers are treated fairly and with respect.\n",
    );
    shown("S05.GP1.care_experienced_volunteers", "We especially welcome applicants who grew up in care.");
    shown("S05.GP1.care_experienced_volunteers", "We particularly welcome people who have been in care themselves.");
    // Care experienced young people are the children the service is for, not volunteers.
    not_shown(
        "S05.GP1.care_experienced_volunteers",
        "We particularly welcome referrals for care experienced young people.",
    );
    // Protection from discrimination is not an effort to recruit.
    not_shown(
        "S05.GP1.care_experienced_volunteers",
        "No volunteer is treated less favourably because they are care experienced.",
    );
}

#[test]
fn young_people_take_part_in_recruiting_and_in_choosing_their_iv() {
    let both = "Young people sit on every interview panel. Each young person chooses their own IV from two profiles.";
    shown("S05.GP3.children_in_recruitment", both);
    // Choosing one's own IV alone leaves out recruitment.
    near(
        "S05.GP3.children_in_recruitment",
        "Each young person chooses their own IV from two profiles.",
        Reason::Incomplete,
    );
    shown(
        "S05.GP3.children_in_recruitment",
        "Young people are involved in the recruitment of volunteers. Young people choose their own IV.",
    );
    // Volunteers involved with young people are not young people involved in recruiting.
    not_shown(
        "S05.GP3.children_in_recruitment",
        "We recruit volunteers who are involved with young people. Young people choose their own IV.",
    );
    // Young people in a sentence about interviews are not interviewers.
    not_shown(
        "S05.GP3.children_in_recruitment",
        "# Volunteer recruitment\n\nWe explain the commitment again at interview, because young people have had many endings. Young people choose their own IV.\n",
    );
}

#[test]
fn matching_specifics() {
    shown(
        "S05.GP4.person_specification",
        "The young person's interests and personality are written into the person specification.",
    );
    not_shown("S05.GP4.person_specification", "The person specification lists the skills every volunteer needs.");
    shown("S05.GP5.change_of_iv", "A young person who is unhappy with their match can ask for a different IV.");
    shown("S05.GP5.change_of_iv", "The young person can request a new volunteer at any time.");
    // New volunteers joining the service are not a change of IV.
    not_shown("S05.GP5.change_of_iv", "New volunteers complete induction and are then matched with young people.");
    shown("S05.GP6.one_child_per_iv", "Each IV is matched with only one young person at a time.");
    shown(
        "S05.GP7.care_plan",
        "The match is recorded in the young person's care plan. The IV match is discussed at every looked after review.",
    );
    near("S05.GP7.care_plan", "The match is recorded in the young person's care plan.", Reason::Incomplete);
    shown(
        "S05.GP8.progress_updates",
        "While they wait, we update the young person and their social worker on the progress of the match every month.",
    );
    // Only the young person is kept up to date.
    not_shown("S05.GP8.progress_updates", "While they wait, we update the young person on the progress of the match.");
}

#[test]
fn the_authority_seeks_the_policies_before_it_awards_the_contract() {
    shown(
        "S05.LA1.recruitment_policy",
        "Before recommending award, the panel checked each bidder's recruitment and selection policy and its matching procedure.",
    );
    // A provider reviewing its own policy is not the authority seeking evidence.
    not_shown("S05.LA1.recruitment_policy", "Our recruitment and matching policy is reviewed every year.");
    shown(
        "S06.LA1.training_support_policy",
        "Each bidder must submit its volunteer training programme and its support and supervision policy.",
    );
    shown(
        "S06.GP4.demands_of_role",
        "Bidders must explain and demonstrate how they support IVs to manage the demands of the role.",
    );
    // The provider saying so itself is not the commissioner requiring it.
    not_shown("S06.GP4.demands_of_role", "We help our volunteers manage the demands of the role.");
}

#[test]
fn initial_training_is_training_before_the_first_match() {
    shown("S06.P1.initial_training", "Every volunteer completes the induction training before being matched.");
    shown("S06.P1.initial_training", "All new IVs complete a 15-hour induction programme.");
    // An induction in the document's heading does not make any "before" training.
    not_shown(
        "S06.P1.initial_training",
        "# Vetting and induction record\n\nOne volunteer was matched before the second reference arrived.\n",
    );
}

#[test]
fn a_topic_counts_only_as_part_of_initial_training() {
    let table =
        |heading: &str, topic: &str| format!("## {heading}\n\n| Session | Topic |\n|---|---|\n| 3 | {topic} |\n");
    shown("S06.GP2.safeguarding", &table("Induction programme", "Recognising abuse and neglect"));
    shown("S06.P1.boundaries", &table("Induction programme", "Professional boundaries"));
    shown("S06.GP2.confidentiality", &table("Pre-match training", "Confidentiality and its limits"));
    shown("S06.GP2.communication", &table("Induction programme", "Listening to young people"));
    shown("S06.GP2.health_safety", &table("Induction programme", "Lone working and first aid"));
    shown("S06.GP2.equality_diversity", &table("Induction programme", "Equality, diversity and inclusion"));
    // The same topic on a supervision agenda, or in a later course, is not initial training.
    not_shown("S06.P1.boundaries", &table("Supervision agenda", "Boundaries"));
    not_shown("S06.P1.safeguarding", "IVs can book any course run by the regional safeguarding board.");
}

#[test]
fn children_in_care_needs_every_named_group() {
    let all = "## Induction\n\n- Why children come into care\n- Disabled children in care\n- Unaccompanied asylum-seeking children\n";
    shown("S06.GP2.children_in_care", all);
    let no_uasc = "## Induction\n\n- Why children come into care\n- Disabled children in care\n";
    near("S06.P1.children_in_care", no_uasc, Reason::Incomplete);
    // Disability as a protected characteristic is not disabled children.
    let equality = "## Induction\n\n- Why children come into care\n- The Equality Act: age, disability, race\n- Unaccompanied asylum-seeking children\n";
    not_shown("S06.GP2.children_in_care", equality);
}

#[test]
fn a_module_still_to_come_is_not_taught() {
    let body =
        "# Induction programme\n\nAn equality and diversity module will be added to the induction from April 2026.\n";
    near("S06.GP2.equality_diversity", body, Reason::Intended);
    near("S06.P1.group_sessions", "We plan to introduce group supervision for volunteers next year.", Reason::Intended);
}

#[test]
fn support_while_volunteering() {
    shown("S06.GP3.face_to_face", "Every IV has face-to-face supervision with their co-ordinator every six weeks.");
    // Seeing the young person face to face is a visit, not support from the service.
    not_shown("S06.GP3.face_to_face", "Volunteers see their young person face to face every month.");
    // A single meeting in person, with no frequency, is not regular support.
    near(
        "S06.GP3.face_to_face",
        "Each volunteer meets the co-ordinator in person before their first visit.",
        Reason::Incomplete,
    );
    shown("S06.GP3.group_sessions", "Volunteers meet for a group supervision session every quarter.");
    // "Volunteers meet" is not a volunteers' meeting ("meet" and "meeting" share a stem).
    not_shown("S06.GP3.group_sessions", "Our volunteers meet their young person at least monthly.");
    shown("S06.P1.ongoing_development", "IVs can choose further courses each year, such as trauma-informed practice.");
    not_shown("S06.P1.ongoing_development", "All IVs complete the induction before their first visit.");
    // "refreshments" shares a stem with "refresher".
    not_shown("S06.GP3.ongoing_development", "Each training session ends with refreshments.");
    shown(
        "S06.P1.ongoing_support",
        "Once matched, each volunteer has regular supervision. Refresher training is offered every two years.",
    );
    near("S06.P1.ongoing_support", "Once matched, each volunteer has regular supervision.", Reason::Incomplete);
}

#[test]
fn out_of_hours_support_comes_from_the_service_not_the_emergency_duty_team() {
    shown("S06.GP3.out_of_hours", "An on-call manager is available to volunteers in the evenings and at weekends.");
    shown("S06.P1.out_of_hours", "Volunteers can ring our out-of-hours support line.");
    near("S06.GP3.out_of_hours", "We do not currently offer out-of-hours support to volunteers.", Reason::Negated);
    // The council's Emergency Duty Team number is Standard 11's contact number, not support.
    not_shown(
        "S06.GP3.out_of_hours",
        "Out of hours, volunteers should ring the council's Emergency Duty Team on 0300 000 0000.",
    );
    // A heading alone does not show support.
    not_shown("S06.GP3.out_of_hours", "# Volunteer support\n\n## 5. Out of hours\n\nThe office is open 9am to 5pm.\n");
}

#[test]
fn young_people_design_and_deliver_the_training() {
    shown(
        "S06.GP1.young_people_in_training",
        "Care experienced young people helped write the induction materials. Young people co-deliver the session on what they want from an IV.",
    );
    near(
        "S06.GP1.young_people_in_training",
        "Care experienced young people helped write the induction materials.",
        Reason::Incomplete,
    );
}

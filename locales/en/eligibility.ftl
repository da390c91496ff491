# The eligibility report (reports/eligibility.md, src/commission/eligibility.rs):
# the Appendix C picture for the authority's own use. British English.
#
# Each message id here has a Welsh twin in ../cy/eligibility.ftl.

## The report

elig-internal-note = This report names children by reference. Use the needs analysis for anything published.
elig-intro = Assessments with the Appendix C tool as at { $as_of }.
elig-summary-heading = Summary
elig-summary-caption = Eligibility at a glance
elig-col-measure = Measure
elig-col-children = Children
elig-assessed = Assessed
elig-indicated = An IV is indicated (the best-interests case is made)
elig-can-appoint = An IV can be appointed (the child consents)
elig-objects-or-declined = Indicated, but the child objects or declined
elig-reviews-overdue = Reviews overdue
elig-referred-never-assessed = Referred children aged 7 or over never assessed
elig-over-7-never-assessed = Children over 7 looked after with no assessment
elig-not-known = not known
elig-summary-note = The number of children for whom an IV is indicated is where the needs analysis starts. Children over 7 with no assessment: { $basis }.
elig-children-heading = Children
elig-children-caption = Each assessed child's latest assessment
elig-col-child = Child
elig-col-assessed = Assessed
elig-col-by = By
elig-col-age = Age
elig-col-indicated = Indicated
elig-col-can-appoint = Can appoint
elig-col-next-review = Next review
elig-col-finding = Finding
elig-not-recorded = not recorded
elig-yes = yes
elig-no = no
elig-none = none
elig-overdue = (overdue)
elig-factors-heading = Factors recorded
elig-never-assessed-heading = Referred but never assessed
elig-rules-heading = How eligibility is decided

## Who assessed

elig-assessor-social-worker = Social worker
elig-assessor-iro = IRO
elig-assessor-provider = IV service provider

## The factors of the Appendix C tool

elig-factor-little-family-contact = has no or little contact with family
elig-factor-contact-not-meaningful = contact with family is not meaningful
elig-factor-wellbeing-health = an IV would contribute to their physical and mental health and emotional well-being
elig-factor-wellbeing-education = an IV would contribute to their education, training and recreation
elig-factor-wellbeing-protection = an IV would contribute to their protection from abuse and neglect
elig-factor-wellbeing-relationships = an IV would contribute to their enjoyment of safe and healthy personal relationships
elig-factor-wellbeing-community = an IV would contribute to feeling valued and engaged in their community
elig-factor-wellbeing-independence = an IV would contribute to their social life and to helping them grow up and be independent
elig-factor-wellbeing-voice = an IV would help them access information and advice, be treated with dignity and respect and have their voice heard
elig-factor-placed-at-distance = placed at a distance from home (particularly out of county), making contact hard to maintain
elig-factor-communication-difficulties = unable to go out independently, or has difficulties communicating or building positive relationships
elig-factor-risk-inappropriate-relationships = engaging (or likely to engage) in behaviour risking inappropriate relationships
elig-factor-residential-setting = placed in a residential setting and would benefit from a unique, individual relationship with an IV
elig-factor-multiple-placements = experiencing multiple placements and the difficulty of keeping a continuous relationship with an adult

## Each child's finding

elig-finding-can-appoint =
    { $factors ->
        [one] The best-interests case is made on { $factors } factor and the child consents: an IV can be appointed.
       *[other] The best-interests case is made on { $factors } factors and the child consents: an IV can be appointed.
    }
elig-finding-objects =
    { $factors ->
        [one] The case is made on { $factors } factor, but the child objects: no IV may be appointed while they do, if they have sufficient understanding (para 335).
       *[other] The case is made on { $factors } factors, but the child objects: no IV may be appointed while they do, if they have sufficient understanding (para 335).
    }
elig-finding-declined =
    { $factors ->
        [one] The case is made on { $factors } factor, but the child declined.
       *[other] The case is made on { $factors } factors, but the child declined.
    }
elig-finding-made = The case is made.
elig-finding-referred-without-factor = Referred with no Appendix C factor recorded: the best-interests case is not shown.
elig-finding-no-factor = No Appendix C factor is recorded: an IV is not indicated.
elig-finding-not-now =
    { $factors ->
        [one] { $factors } factor recorded but the decision was not now: keep under review.
       *[other] { $factors } factors recorded but the decision was not now: keep under review.
    }

## Children over 7 with no assessment

elig-over-7-basis = { $over_7 } children over 7 looked after (registers/population.yaml) less { $assessed } assessed (registers/assessments.csv)
elig-over-7-unknown = registers/population.yaml gives no count of children over 7

## How eligibility is decided

elig-rule-latest = Each child is judged on their latest assessment in registers/assessments.csv.
elig-rule-indicated = An IV is indicated when at least one factor of the Appendix C tool is ticked and the decision is not “not now”; a decision that the child declined records that the case was made but the child said no.
elig-rule-can-appoint = An IV can be appointed when it is indicated, the child does not object and did not decline: the authority must not appoint where a child with sufficient understanding objects (Part 6 Code of Practice, para 335).
elig-rule-over-7 = Children over 7 are those aged 7 or more (Standard 1: consider an IV for all children over 7 years of age).
elig-rule-overdue = A review is overdue when its next review date is before the as-of date.

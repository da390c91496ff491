# The four commissioning documents of Appendix D (needs analysis, plan,
# specification, commissioning report) and the HTML shell every document
# shares. British English.
#
# Each message id here has a Welsh twin in ../cy/commission.ftl.

## The HTML shell (reports/_document.html): the running header of a
## printed page

com-print-heading = { $authority }: { $title }
com-print-as-at = As at { $date }

## Every document's opening and closing (reports/_commission.md)

com-internal-note = Exact figures for { $authority }'s own use; publish only the version without --internal.
com-heading = { $title }: { $authority }
com-intro-period = Covering { $from } to { $to }; figures as at { $as_of }. A draft prepared with { $tool } for { $authority } to edit and publish, following Appendix D (the commissioning framework) of the { $standards }.
com-intro = Figures as at { $as_of }. A draft prepared with { $tool } for { $authority } to edit and publish, following Appendix D (the commissioning framework) of the { $standards }.
com-not-yet-known = Not yet known
com-figure-source = source: { $source }
com-table-caption = Table: { $caption }
com-table-total = Total
com-characteristic-caption = Children matched and waiting, by { $characteristic }

## Disclosure control

com-disclosure-note = To protect children's identities, counts of 1 to 4 are shown as *, other counts are rounded to the nearest 5, further cells are hidden where a total would reveal a hidden one, and percentages and other derived figures are worked out from the published counts. A percentage of fewer than 20 children is shown as *, since rounding would make it misleading. Totals are rounded on their own, so they may differ from the sum of their rounded parts.

## The needs analysis (reports/commission-needs-analysis.md)

com-na-intro = This needs analysis is the first element of the commissioning cycle (analyse, plan, deliver, review). It estimates how many children looked after by { $authority } need an Independent Visitor, how many have one, and what kind of volunteers the service needs.
com-na-population-heading = The looked-after population
com-na-population-caption = The looked-after population against the Welsh averages
com-na-col-group = Group
com-na-col-children = Children
com-na-col-share = Share of children looked after
com-na-col-welsh-average = Welsh average (Appendix D)
com-na-population-source = Source: registers/population.yaml. Appendix D asks commissioners to compare three or more placement moves, placements out of county and placements outside Wales with the Welsh averages, as signs of unmet need.
com-na-not-available = Not available: see "Not yet known".
com-na-need-heading = Expected need
com-na-need-note = Assessments use the Appendix C tool; the 2.5-5.0% band is Appendix D's reasonable expectation of reach. While not every child over 7 has been assessed, the plan uses the larger of the two.
com-na-provision-heading = Current provision and unmet need
com-na-targets-heading = Volunteers needed
com-na-targets-intro = Indicative targets for the numbers of Independent Visitors with the attributes the children need (Appendix D, "What commissioners should publish").
com-na-characteristics-heading = Protected characteristics
com-na-characteristics-intro = Children with an active match and children waiting, by characteristic, to show any inequality in access (Appendix D, "Protected characteristics").
com-na-feedback-heading = Children's experience

## The commissioning plan (reports/commission-plan.md)

com-plan-intro = This commissioning plan sets out how { $authority } will meet the need identified in its IV needs analysis, with the outputs and outcomes the service is expected to achieve for the funding available (Appendix D, "IV Commissioning Plan").
com-plan-need-heading = The need to be met
com-plan-resources-heading = Resources
com-plan-resources-intro = Appendix D: "Children and young people expected to require an IV x £2,400 = reasonable budget". The £2,400 covers recruitment and selection, induction and ongoing training, supervision, quarterly and annual reports, and the expenses of a monthly visit.
com-plan-outputs-heading = Outputs
com-plan-outcomes-heading = Outcomes
com-plan-procurement-heading = How the service will be bought
com-plan-advocacy-intro = The IV service is bought together with independent professional advocacy. Appendix D requires that commissioners then:

## The specification (reports/commission-specification.md)

com-spec-intro = A draft specification prepared with { $tool } from the { $standards } as at { $as_of }, for { $authority } to edit and issue. It sets out how the provider will deliver the statutory requirements and each of the 14 national standards, how compliance will be shown, and the outputs and outcomes the contract must achieve (Appendix D, Element three).
com-spec-duties-heading = Statutory requirements
com-spec-duties-intro = The provider will support { $authority } to meet its duties under section 98 of the Social Services and Well-being (Wales) Act 2014 and the Part 6 Code of Practice (paragraphs 330-339):
com-spec-clauses-heading = Required clauses
com-spec-clause-required-by = (Required by { $source }.)
com-spec-standards-heading = The 14 national standards
com-spec-standard-heading = Standard { $number }: { $title }
com-spec-outcome = Outcome: { $outcomes }
com-spec-provider-will = The provider will:
com-spec-support-authority = Support the authority in meeting this standard.
com-spec-compliance = Compliance will be shown by:
com-spec-evidence = documents showing that { $shows }
com-spec-records = records showing { $indicator }
com-spec-outputs-heading = Outputs
com-spec-outcomes-heading = Outcomes

## The commissioning report (reports/commission-report.md)

com-report-intro = This commissioning report summarises how the Independent Visitor service delivered against the commissioning plan, what children and young people said, and the priorities for the next commissioning cycle (Appendix D, "IV commissioning report").
com-report-delivery-heading = Delivery against the plan
com-report-delivery-caption = Delivery against the plan
com-report-col-measure = Measure
com-report-col-planned = Planned
com-report-col-delivered = Delivered
com-report-col-source = Source
com-report-feedback-heading = What children and young people said
com-report-no-feedback = No feedback register was provided: see "Not yet known".
com-report-ratings-heading = The service against the national standards
com-report-ratings-caption = Ratings of the 14 national standards
com-report-col-standard = Standard
com-report-col-rating = Rating
com-report-ratings-note = Ratings are those of ivaudit's audit of the same evidence, on Care Inspectorate Wales' four-level scale.
com-report-priorities-heading = Priorities for the next commissioning cycle
com-report-priority = (Standard { $number }, { $title }): { $requirement } is { $status }.
com-report-no-priorities = No priority actions or areas for improvement were found.

## The looked-after population

com-pop-looked-after = Children looked after
com-pop-over-7 = Aged over 7
com-pop-out-of-county = Placed out of county
com-pop-outside-wales = Placed outside Wales
com-pop-three-moves = Three or more placement moves in a year
com-pop-residential = Living in a residential setting

## What could not be worked out

com-missing-population = registers/population.yaml is missing, so the looked-after population, expected need from the 2.5-5.0% band and the reasonable budget cannot be worked out.
com-missing-assessments = registers/assessments.csv is missing, so expected need rests on the 2.5-5.0% band alone.
com-missing-children = registers/children.csv is missing, so current matches and the waiting list cannot be shown.
com-missing-budget = registers/population.yaml gives no iv_budget, so the current budget cannot be compared.

## Where figures come from

com-src-assessments = registers/assessments.csv (Appendix C)
com-src-band = Appendix D, Principle 3 (2.5-5.0% of children looked after)
com-src-cost = Appendix D, Principle 4 (GBP 2,400 per child a year)
com-src-planning-rule = ivaudit's planning rule: the larger of assessed need and the lower end of the band
com-src-reach = registers/children.csv and registers/population.yaml; Appendix D expects 2.5-5.0%
com-src-figures-above = the figures above
com-src-need-above = the expected need above
com-src-welsh-speaking = registers/children.csv; Standard 13, providers will, bullet 2
com-src-male = registers/children.csv; Appendix D, footnote 8
com-src-placed-away = registers/population.yaml; Appendix D, Element two

## Expected need

com-fig-indicated = Children for whom an IV is indicated, from assessments
com-fig-indicated-how = the latest assessment of each of { $assessed } assessed children
com-fig-can-appoint = Of whom an IV can be appointed (the child consents)
com-fig-can-appoint-how = indicated, the child does not object and did not decline (Part 6 Code of Practice, para 335)
com-fig-band = Expected need from the 2.5-5.0% band
com-fig-band-shown = { $low } to { $high } children
com-fig-band-how = { $looked_after } children looked after x 2.5% and x 5.0%
com-fig-planning = Expected need used for planning
com-planning-assessed = the assessed need ({ $assessed }), which is not below the band's lower end ({ $band_low })
com-planning-band-fewer = the band's lower end, { $children } (2.5% rounded up), since fewer are yet assessed as needing an IV ({ $assessed })
com-planning-band-too-small = the band's lower end, { $children } (2.5% rounded up), since the number assessed as needing an IV is too small to publish ({ $assessed })
com-planning-band = the band's lower end, { $children } (2.5% rounded up)
com-planning-assessed-only = the assessed need ({ $assessed })

## Current provision

com-fig-matched = Children with an active IV match
com-fig-matched-how = matched on or before { $date } and not ended
com-fig-waiting = Children waiting for a match
com-fig-waiting-how = referred, consenting, not matched, referral open
com-fig-waiting-3 = Of those, waiting more than 3 months
com-fig-waiting-12 = Of those, waiting more than 12 months
com-fig-waiting-long-how = referred more than 3 or 12 months before the as-of date
com-fig-reach = Reach: children matched, of children looked after
com-fig-unmet = Unmet need
com-fig-unmet-how = { $need } expected need less { $matched } matched

## Volunteers needed

com-fig-ivs-needed = Independent Visitors needed in all
com-fig-ivs-needed-how = one volunteer for each child expected to need an IV (Standard 5, good practice, bullet 6)
com-target-how = { $need } x { $part } / { $whole } { $what }, rounded up
com-target-too-few = { $what }: too few to publish
com-fig-welsh-speaking = Welsh-speaking volunteers
com-what-welsh = matched and waiting children whose first language is Welsh
com-fig-male = Male volunteers
com-what-boys = matched and waiting children who are boys
com-fig-placed-away = Volunteers able to reach children placed out of county or outside Wales
com-placed-away-how = { $need } x { $part } / { $whole } children looked after placed away, rounded up

## Protected characteristics: table titles, rows and columns

com-char-gender = Gender
com-char-language = First language
com-char-placement = Placement
com-gender-female = Girls and young women
com-gender-male = Boys and young men
com-gender-other = Another gender
com-lang-welsh = Welsh
com-lang-english = English
com-lang-other = Another language
com-placement-in = In county
com-placement-out = Out of county
com-placement-wales = Outside Wales
com-not-recorded = Not recorded
com-col-matched = Matched
com-col-waiting = Waiting

## Budget

com-fig-budget-need = Reasonable budget for the expected need
com-budget-need-how = { $children } x £2,400
com-fig-budget-band = Reasonable budget across the 2.5-5.0% band
com-range = { $low } to { $high }
com-budget-band-how = { $low } to { $high } children x £2,400
com-fig-budget-current = Current IV budget
com-as-stated = as stated
com-fig-budget-above = Budget above the reasonable budget
com-fig-budget-shortfall = Shortfall against the reasonable budget
com-less = { $from } less { $less }
com-fig-budget-matches = Matches the current budget funds
com-budget-matches-how = { $budget } / £2,400, whole matches

## Outputs

com-output-matched =
    { $count ->
        [one] { $count } child matched with an Independent Visitor, with the waiting list kept open to self-referral.
       *[other] { $count } children matched with an Independent Visitor, with the waiting list kept open to self-referral.
    }
com-output-3-months = Every match made within 3 months of referral (Standard 5, good practice, bullet 8).
com-output-monthly = Every match visited at least once a month (Standard 8, good practice, bullet 1).
com-output-feedback = Feedback from every child at least every 6 months, and the match reviewed at every Statutory Review (Standard 9).
com-output-volunteers = Every volunteer with an enhanced DBS check, at least two references, approval by more than one person and initial training on every topic Standard 6 lists.
com-output-reports = Quarterly and annual reports to the authority, including the views of children and young people (Appendix D, Principle 4; Standard 4).

## Outcomes: the New Economics Foundation outcomes quoted in Appendix D,
## Principle 2, then each standard's

com-nef-well-being = Personal well-being: improved confidence, self-esteem, trust and resilience; able to ask for help.
com-nef-relationships = Personal relationships: better able to form and maintain relationships with peers and new contacts.
com-nef-social = Social interaction: an expanded network of support; improved social interaction, skills and behaviours.
com-nef-practical = Practical skills and problem-solving, such as staying safe, making decisions and budgeting.
com-nef-achievement = Achievement: personal and educational achievement, developing skills and range of experience.
com-standard-outcome = Standard { $number }: { $outcome }

## How the service will be bought

com-procurement-model = Commissioning model: { $model }.
com-procurement-provider = Provider: { $providers }.
com-procurement-coordinator = The funding covers enough hours of a dedicated IV co-ordinator to recruit and support volunteers locally (Appendix D, Element two).
com-advocacy-outcomes = The outcomes expected of the independent professional advocacy service and of the IV service are set out separately.
com-advocacy-specifications = Separate service specifications are issued for advocacy and for the IV service.
com-advocacy-budget = The budget enables the provider to meet, and to show that it meets, the need for both advocacy and IV services.

## Delivery against the plan

com-delivery-matched = Children matched
com-planned-every-match = every match
com-planned-every-month = every month of every match
com-share-of = { $percent } ({ $count } of { $base })
com-no-data = no data

## Ratings (Care Inspectorate Wales' four-level scale)

com-rating-excellent = Excellent
com-rating-good = Good
com-rating-requires-improvement = Requires improvement
com-rating-requires-significant-improvement = Requires significant improvement
com-not-rated = Not rated
com-rating-standard = { $number }. { $title }

## Children's feedback

com-fig-feedback-children = Feedback received from children
com-feedback-children-how = records from children in the period
com-fig-feedback-professionals = Reviews by social workers and IROs
com-feedback-professionals-how = records from social workers and IROs in the period

## Priorities for the next commissioning cycle

com-kind-priority-action = Priority action
com-kind-area-for-improvement = Area for improvement
com-status-not-met = not met
com-status-partly-met = partly met
com-why-duty = This is a priority because it is a duty in law.
com-why-safety = This is a priority because children's safety depends on it.
com-requirement-statutory = The statutory duty { $id } ({ $basis }: “{ $quote }”)
com-requirement-in-law = in law
com-requirement-party = { $id } ({ $party } will: “{ $quote }”)
com-party-authority = Local authority
com-party-provider = IV service provider
com-party-both = Local authority and IV service provider
com-short-no-evidence = No evidence is linked to this requirement.
com-short-overdue = The only evidence linked that could count is past its review date.
com-short-not-counting = None of the evidence linked counts yet ({ $kinds }).
com-short-drafts = drafts
com-short-starters = unfilled starter documents
com-short-not-issued = documents dated after the as-of date
com-short-not-current = not current
com-or = or
com-short-criterion = Current documents do not show that { $shows }.
com-short-records = Records show practice falling short ({ $registers }): { $measure }: { $count } of { $base } { $base_phrase }.
com-short-records-share = Records show practice falling short ({ $registers }): { $measure }: { $count } of { $base } { $base_phrase }, { $share }.
com-short-no-specification = There is no current service specification (a document of kind specification), so the clauses the standards require in it cannot be checked.
com-short-no-clause = The current service specification has no clause on { $clause } ({ $source }).
com-short-see-report = The inspection report gives the detail.

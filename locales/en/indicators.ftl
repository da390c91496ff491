# What the registers show: the indicators' titles, their figures in words,
# benchmarks and notes, and the practice gaps they attach to requirements
# (src/assess/indicators.rs). The commissioning documents show some of
# these too. British English.
#
# Each id has a Welsh twin in ../cy/indicators.ftl. Dates are ISO dates
# (2025-12-31): the reports write them in words.

## Titles: ind-<indicator id>, underscores as hyphens

ind-reach = Reach: children with an active match, of all children looked after
ind-budget-per-expected-match = IV budget against the reasonable budget for expected need
ind-waiting = Children waiting for a match at the as-of date
ind-waiting-over-3-months = Of those waiting, waiting more than 3 months
ind-waiting-over-12-months = Of those waiting, waiting more than 12 months
ind-matched-within-3-months = Matches made in the period within 3 months of referral
ind-visit-months-covered = Whole months of active matches in the period with at least one visit
ind-volunteers-fully-vetted = Volunteers with an active match who are fully vetted and trained
ind-feedback-within-6-months = Active matches with feedback from the child in the 6 months before the as-of date
ind-reviewed-by-authority-within-6-months = Active matches with feedback from the social worker or IRO in the 6 months before the as-of date
ind-out-of-county-share = Matched children placed out of county
ind-out-of-county-share-waiting = Waiting children placed out of county
ind-welsh-language-matches = Matched children whose first language is Welsh with a Welsh-speaking volunteer
ind-male-volunteers-share = Men among active volunteers
ind-complaints-resolved = Complaints received in the period that are resolved
ind-complaints-median-days = Median days to resolve a complaint received in the period
ind-post18-continuations = Active matches continuing beyond 18
ind-planned-endings = Matches ended in the period with a planned ending
ind-median-match-length-months = Median length of matches ended in the period

## Judgements against the benchmark

ind-judgement-meets = meets the benchmark
ind-judgement-below = below the benchmark
ind-judgement-above = above the benchmark
ind-judgement-information = for information
ind-judgement-no-data = no data
# What a full bar of a ratio chart stands for.
ind-bar-ratio = a ratio of { $ratio }

## Figures in words

ind-no-data = no data
# "75% (3 of 4 matches made in the period)"; $what is one of ind-of-*.
ind-share = { $percent } ({ $count } of { $base } { $what })
ind-of-children-looked-after = children looked after
ind-of-matches-made = matches made in the period
ind-of-match-months = match-months
ind-of-matched-volunteers = volunteers with an active match
ind-of-active-matches = active matches
ind-of-waiting-placed = waiting children with a placement recorded
ind-of-matched-placed = matched children with a placement recorded
ind-of-welsh-children = matched children whose first language is Welsh
ind-of-volunteers-gender = approved volunteers with a gender recorded
ind-of-complaints = complaints received in the period
ind-of-matches-ended = matches ended in the period
ind-display-budget = £{ $budget } budget against a reasonable budget of £{ $low } to £{ $high } ({ $needlow } to { $needhigh } children expected to need an IV, 2.5-5.0% of { $children }, x £{ $cost }): ratio { $ratio } at 2.5%
ind-display-waiting =
    { $count ->
        [one] { $count } child waiting (referred, consenting, not yet matched)
       *[other] { $count } children waiting (referred, consenting, not yet matched)
    }
ind-display-referred-before =
    { $count ->
        [one] { $count } child referred before { $date }
       *[other] { $count } children referred before { $date }
    }
ind-display-post18 =
    { $count ->
        [one] { $count } young person over 18 still matched
       *[other] { $count } young people over 18 still matched
    }
ind-display-median-days =
    { $count ->
        [one] { $days } days (median of { $count } resolved complaint)
       *[other] { $days } days (median of { $count } resolved complaints)
    }
ind-display-median-months =
    { $count ->
        [one] { $months } months (median of { $count } match ended in the period)
       *[other] { $months } months (median of { $count } matches ended in the period)
    }

## Notes: why there is no data, or what else a figure shows

# $registers: "registers/children.csv and registers/visits.csv"
ind-needs = needs { $registers }
ind-none-to-measure = there are no { $what } to measure
ind-no-period = bundle.yaml gives no usable period
ind-no-budget = registers/population.yaml gives no iv_budget
ind-no-children-looked-after = registers/population.yaml gives no children looked after
ind-no-complaints = no complaints were received in the period
ind-none-resolved = no complaint received in the period has been resolved
ind-none-ended = no match ended in the period
ind-note-waiting = of waiting children: { $display }

## Benchmarks

ind-bench-reach = 2.5% to 5.0% of children looked after
ind-bench-budget = at least the reasonable budget at 2.5% expected need (ratio 1.0)
ind-bench-none-waiting = no child waiting that long
ind-bench-match-3 = every match within 3 months of referral
ind-bench-visits = a visit in every month of every match
ind-bench-vetted = every matched volunteer
ind-bench-every-active-match = every active match
ind-bench-out-of-county = Welsh average 27% of looked-after children placed out of county
ind-bench-welsh = every child whose first language is Welsh
ind-bench-boys-none = the share of boys among matched and waiting children (none recorded)
ind-bench-boys = boys are { $percent } of matched and waiting children ({ $count } of { $base })
ind-bench-no-target = no target in the standards
ind-bench-match-length = three years (36 months) on average

## Citing register rows ("registers/children.csv, lines 5, 7")

ind-cite-line = line { $number }
ind-cite-lines = lines { $numbers }
ind-cite-row = row { $number }
ind-cite-rows = rows { $numbers }
ind-cite-more = and { $count } more

## Practice gaps ($cite: the register rows concerned)

ind-gap-reach = Only { $display } had an active IV match at the as-of date (reach indicator), below the 2.5-5.0% that Appendix D expects.
ind-gap-budget = The IV budget of £{ $budget } is below the reasonable budget of £{ $low } for the lowest expected need (Appendix D: expected need x £{ $cost }).
ind-gap-waiting =
    { $count ->
        [one] { $count } child waiting at the as-of date had been referred more than { $months } months earlier ({ $cite }).
       *[other] { $count } children waiting at the as-of date had been referred more than { $months } months earlier ({ $cite }).
    }
ind-gap-matching = { $count } of { $base } matches made in the period took more than three months from referral ({ $cite }).
ind-gap-visits = The visits register shows no visit in { $count } of { $base } whole months of active matches in the period, against the expectation of at least one visit a month ({ $cite } for the matches concerned).
# $without is one of ind-without-*.
ind-gap-vetting = The volunteer register shows { $count } of { $base } volunteers with an active match without { $without } ({ $cite }).
ind-without-dbs = an enhanced DBS check on record
ind-without-references = at least two references
ind-without-approvers = approval by more than one person
ind-without-approval-date = approval recorded before their first match
ind-without-training = completed initial training
ind-without-training-topics = initial training covering every topic Standard 6 lists
# $whom is ind-whom-child or ind-whom-review.
ind-gap-feedback = The feedback register holds { $whom } in the six months to the as-of date for { $count } of { $base } active matches ({ $cite }).
ind-whom-child = no feedback from the child
ind-whom-review = nothing from the social worker or IRO
ind-gap-welsh = { $count } of { $base } matched children whose first language is Welsh have a volunteer not recorded as a Welsh speaker ({ $cite }).
ind-gap-no-children = There is no usable register of referrals and matches (registers/children.csv), so waiting times and matching cannot be shown from records.
ind-gap-no-visits = There is no usable visits register (registers/visits.csv), so regular visiting cannot be shown from records.
ind-gap-no-volunteers = There is no usable volunteer register (registers/volunteers.csv), so the vetting of matched volunteers cannot be checked against records.
ind-gap-no-feedback = There is no usable feedback register (registers/feedback.csv), so regular checks with children cannot be shown from records.
ind-gap-no-complaints = There is no usable complaints register (registers/complaints.csv), so the handling of complaints cannot be shown from records (a register with only its header row shows there were none).
ind-gap-no-population = There is no usable annual mapping of the looked-after population (registers/population.yaml), so the funding cannot be shown to rest on an estimate of eligible children.

## Practice gaps as facts for the documents an authority publishes
## (commission.ftl's com-short-records puts them together): no figure from
## the bundle, only fixed words and the counts after disclosure control.

ind-fact-reach = Fewer children looked after had an active IV match at the as-of date than the 2.5-5.0% that Appendix D expects (reach indicator).
ind-fact-budget = The IV budget is below the reasonable budget for the lowest expected need (Appendix D: expected need x £{ $cost }).
ind-fact-waiting = children waiting at the as-of date who had been referred more than { $months } months earlier
ind-fact-base-waiting = children waiting
ind-fact-slow-matches = matches made in the period that took more than three months from referral
ind-fact-base-matches-made = matches made in the period
ind-fact-months-without-visit = whole months of active matches in the period with no visit, against the expectation of at least one visit a month
ind-fact-base-match-months = whole months of active matches
# $without is one of ind-without-*.
ind-fact-vetting = volunteers with an active match without { $without }
ind-fact-base-matched-volunteers = volunteers with an active match
# $whom is ind-whom-child or ind-whom-review.
ind-fact-feedback = active matches with { $whom } in the six months to the as-of date
ind-fact-base-active-matches = active matches
ind-fact-welsh-unmet = matched children whose first language is Welsh with a volunteer not recorded as a Welsh speaker
ind-fact-base-welsh-children = matched children whose first language is Welsh

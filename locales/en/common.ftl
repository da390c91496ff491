# Words every report and document shares: dates, counts, the names of the
# outputs, the Word header and footer. British English.
#
# Each message id here has a Welsh twin in ../cy/common.ftl; the tests fail
# when either file has an id the other lacks.

## Dates: "31 March 2026"

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Counts

count-children =
    { $count ->
        [one] { $count } child
       *[other] { $count } children
    }

## The outputs' names, as the title and the Word header give them

title-inspection = Inspection report
title-self-assessment = Readiness self-assessment
title-needs-analysis = Independent Visitor needs analysis
title-plan = Independent Visitor commissioning plan
title-specification = Independent Visitor service specification
title-commission-report = Independent Visitor commissioning report
title-eligibility = Eligibility for an Independent Visitor

## Word header and footer

word-as-at = as at { $date }
word-page = Page
word-of = of
marking-internal = INTERNAL: NOT FOR PUBLICATION

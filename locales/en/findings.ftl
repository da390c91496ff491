# The audit's judgements in words: statuses, ratings, kinds of finding, the
# currency of evidence, and the sentences of findings, gaps and rating
# reasons that src/assess writes at assessment time. British English.
#
# Each id has a Welsh twin in ../cy/findings.ftl. Dates in these sentences
# are ISO dates (2025-11-30): the reports write them in words.

## Status of a requirement

find-status-met = Met
find-status-partial = Partly met
find-status-not-met = Not met
find-status-not-applicable = Not applicable

## Currency of an item of evidence

find-currency-current = current
find-currency-overdue = review overdue
find-currency-not-yet-issued = issued after the as-of date
find-currency-draft = draft
find-currency-starter = unfilled starter document

## Ratings (Care Inspectorate Wales' scale)

find-rating-excellent = Excellent
find-rating-good = Good
find-rating-requires-improvement = Requires improvement
find-rating-requires-significant-improvement = Requires significant improvement
find-rating-none = Not rated

find-rating-rule-requires-significant-improvement = A statutory duty that applies is not fully met, an obligation on which children's safety depends has no evidence that counts, current evidence leaves out a specific the obligation's own words make safety-critical, a register shows practice that puts children's safety at stake (such as a matched volunteer without an enhanced DBS check), or no obligation that applies is met at all.
find-rating-rule-requires-improvement = Any statutory duty or obligation that applies is partly met or not met, or current evidence leaves out a good-practice specific of an obligation on which children's safety depends.
find-rating-rule-good = Every statutory duty and obligation that applies is met with current evidence, on its own words, and no safety-critical good-practice specific is missing.
find-rating-rule-excellent = As for Good, and every good-practice pointer that applies is met, and every good-practice specific of an obligation is shown, with current evidence too.

## Why a standard has its rating ($ids: requirement IDs, "S05.P1, S05.P2")

find-reason-priority = priority action needed on { $ids }
find-reason-none-met = none of the obligations that apply is met
find-reason-not-fully-met = not fully met: { $ids }
find-reason-safety-specifics = safety-critical good practice not shown: { $ids }
find-reason-excellent = every statutory duty, obligation and good-practice pointer that applies is met
find-reason-good =
    every statutory duty and obligation that applies is met; { $met } of { $total } good-practice pointers are met{ $specifics ->
        [0] {""}
       *[other] ; { $specifics } good-practice specifics of obligations are not shown
    }
find-reason-nothing-applies = nothing in this standard applies to the bundle's role

## Kinds of finding

find-kind-priority-action = Priority action
find-kind-area-for-improvement = Area for improvement
find-kind-recommendation = Recommendation
find-kind-strength = Strength
# The suggested time to act on a finding.
find-timescale =
    { $months ->
        [one] within { $months } month
       *[other] within { $months } months
    }

## Findings ($quote: the first sentence of the requirement's text)

find-party-will =
    { $party ->
        [authority] Local authority will
        [both] Local authority and IV service provider will
       *[provider] IV service provider will
    }
find-what-statutory = The statutory duty { $id } ({ $basis })
find-what-obligation = { $id } ({ $will }: “{ $quote }”)
find-what-good-practice = Good practice { $id } (“{ $quote }”)
# Followed by the requirement's gaps.
find-not-met = { $what } is not met.
find-partly-met = { $what } is partly met.
find-why-duty = This is a priority because it is a duty in law.
find-why-safety = This is a priority because children's safety depends on it.
find-specific = { $id } ({ $will }: “{ $quote }”), good practice ({ $source }): { $gap }
find-why-specific-safety = Children's safety depends on this.
find-strength = Standard { $number } ({ $title }) is well evidenced: every duty and obligation that applies is met with current evidence.
find-strength-good-practice = Standard { $number } ({ $title }) is well evidenced: every duty and obligation that applies is met with current evidence, and good practice is shown in { $ids }.

## Gaps ($document: "Title (path)")

find-gap-no-evidence = No evidence in the bundle is linked to this requirement.
find-gap-overdue = { $document } was due for review on { $date }.
find-gap-not-yet-issued = { $document } is dated { $issued }, after the as-of date { $asof }, so it does not count.
find-gap-draft = { $document } is marked as a draft, so it does not count yet.
find-gap-starter = { $document } is still an ivaudit starter document (its starter note has not been removed), so it does not count yet.
find-gap-not-shown-one = { $document } does not show that { $shows }
find-gap-not-shown-many = None of the current evidence ({ $documents }) shows that { $shows }
# After ": ".
find-gap-near = { $path }, { $location }, mentions it but { $reason }
# After "; ".
find-gap-overdue-only = it is shown only in evidence past its review date ({ $document }, due { $date })
find-gap-unread = ivaudit does not read the text of this evidence (a picture, a format it does not read, or a document it could not open, as its diagnostics say): if the document does cover this, list { $id } under shows in its entry.
find-spec-none = There is no current service specification (a document of kind specification) in the bundle, so the clauses the standards require in it cannot be checked.
find-spec-no-clause = The service specification ({ $documents }) has no clause on { $clause } ({ $source }).

## Why a passage that mentions a specific does not show it

find-reason-negated = says it is not in place
find-reason-intended = only as a plan or an intention, not as practice in place at the document's date
find-reason-weaker = at a weaker level than the standard asks
find-reason-practice = records show it happening in only some cases
find-reason-contrary = allows what the standard rules out
find-reason-incomplete = not everything the criterion names, or not how much or how often

## Where a passage is

find-location-line = line { $line }
find-location-page = page { $page }
find-location-heading = heading “{ $heading }”
find-location-under-heading = under “{ $heading }”, paragraph { $paragraph }
find-location-paragraph = paragraph { $paragraph }

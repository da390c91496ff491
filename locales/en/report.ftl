# The fixed words of the audit reports (inspection report and readiness
# self-assessment), in HTML and Markdown: reports/inspection.*,
# self-assessment.*, _front.*, _glance.*, _indicators.*, _appendix.*,
# _head.html and _style.css. British English.
#
# Messages are plain text: the templates keep the markup around them. Each
# id has a Welsh twin in ../cy/report.ftl.

## Page furniture

rep-report = Report
rep-as-at = As at { $date }
rep-title-with-organisation = { $title }: { $organisation }
rep-skip-report = Skip to the report
rep-skip-self-assessment = Skip to the self-assessment
rep-contents = Contents
rep-inspection-subtitle = Independent Visitor service: gap analysis against the National Practice Standards for Independent Visitors (Wales), judged as at { $date }.
rep-self-subtitle-authority = What the evidence shows and what is missing before inspection by Care Inspectorate Wales, judged as at { $date }.
rep-self-subtitle-provider = What the evidence shows and what is missing before a tender or an inspection, judged as at { $date }.
rep-self-checklist-authority = A checklist of what the evidence shows and what is missing before inspection by Care Inspectorate Wales, judged as at { $date }.
rep-self-checklist-provider = A checklist of what the evidence shows and what is missing before a tender or an inspection, judged as at { $date }.
# Followed by "; ", then rep-the-rules (a link) and rep-are-at-the-end.
rep-same-judgements = It applies exactly the same judgements as the inspection report
rep-the-rules = the rules
rep-are-at-the-end = are at the end.
rep-footer-judged = Judged as at { $date } against { $standards }.
rep-footer-cites = This report cites every file it relied on in the evidence index (Annex C); file paths are relative to the evidence bundle.
rep-footer-paths = File paths are relative to the evidence bundle.

## Section headings

rep-about-service = About the service
rep-summary = Summary
rep-ratings = Ratings
rep-priority-notices = Priority action notices
rep-areas-for-improvement = Areas for improvement
rep-recommendations = Recommendations
rep-strengths = Strengths
rep-strengths-to-build = Strengths to build on
rep-where-you-stand = Where you stand
rep-action-plan = Action plan
rep-checklist = Readiness checklist
rep-standards-1-to-14 = Standards 1 to 14
rep-annex = Annex { $letter }
rep-requirement-by-requirement = Requirement by requirement
rep-registers-show = What the registers show
rep-evidence-index = Evidence index
rep-diagnostics = Diagnostics
rep-how-judged = How the judgements were made
rep-standard-heading = Standard { $number }: { $title }
rep-standard-n = Standard { $number }

## About this report (the front table)

rep-about-report = About this report
rep-value = Value
rep-front-organisation = Organisation
rep-front-role = Role
rep-front-authorities = Local authorities
rep-none-named = None named
rep-front-period = Period covered
rep-period = { $from } to { $to }
rep-not-stated = Not stated
rep-front-as-at = Judged as at
rep-front-standards = Standards
rep-front-reviewed = What was reviewed
rep-reviewed-evidence =
    { $count ->
        [one] { $count } item of evidence
       *[other] { $count } items of evidence
    }
rep-reviewed-registers =
    { $count ->
        [one] { $count } register ({ $paths })
       *[other] { $count } registers ({ $paths })
    }
rep-reviewed-no-registers = no registers
rep-front-not-assessed = Files not assessed
rep-not-assessed-counts = { $unlinked } Markdown without front matter; { $unlisted } not described in evidence.yaml
rep-front-problems = Problems in the bundle
rep-problems-counts =
    { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
rep-see-diagnostics = see Diagnostics
rep-front-produced-by = Produced by

## Summary

rep-summary-judged = { $organisation } ({ $role }) was judged against the 14 National Practice Standards for Independent Visitors (Wales) on the evidence in its bundle as at { $date }.
rep-summary-statuses =
    Of the requirements that apply, { $met } { $met ->
        [one] is
       *[other] are
    } met, { $partial } partly met and { $notmet } not met.
rep-summary-ratings = Ratings: { $excellent } Excellent, { $good } Good, { $improvement } Requires improvement, { $significant } Requires significant improvement.
rep-summary-findings =
    Findings: { $priority ->
        [one] { $priority } priority action
       *[other] { $priority } priority actions
    }, { $areas ->
        [one] { $areas } area for improvement
       *[other] { $areas } areas for improvement
    }, { $recommendations ->
        [one] { $recommendations } recommendation
       *[other] { $recommendations } recommendations
    }, { $strengths ->
        [one] { $strengths } strength
       *[other] { $strengths } strengths
    }.

## Ratings at a glance

rep-glance-caption = The 14 standards: rating and requirements met, partly met and not met
rep-col-standard = Standard
rep-col-rating = Rating
rep-col-met = Met
rep-col-partly-met = Partly met
rep-col-not-met = Not met

## Findings

rep-priority-intro = A duty in law not fully met, or children's safety at stake. Each names the requirement, what must change and a suggested timescale from the as-of date.
rep-areas-intro = Obligations of the standards partly met or not met.
rep-recommendations-intro = Good practice not yet shown: never more than a recommendation.
rep-no-strengths = None yet: a standard becomes a strength once every duty and obligation that applies is met.
rep-none = None.
rep-suggested-timescale = Suggested timescale: { $timescale }, by { $date }.
rep-findings-for = Findings for Standard { $number }
rep-no-findings = No findings.

## A standard

rep-rating = Rating
rep-outcomes = Outcomes the standard sets
rep-young-people = What this means for young people
rep-requirements = Requirements
rep-requirements-caption = Requirements of Standard { $number } (detail in Annex A)
rep-requirements-detail = Requirements (detail in Annex A)
rep-col-requirement = Requirement
rep-col-status = Status
rep-not-applicable = Not applicable to the role judged ({ $role })

## Annex A: requirement by requirement

rep-annex-a-intro = Each requirement that applies, with its text, the evidence cited, every specific checked (with the passage that shows it, or what came close and why) and the gaps.
rep-safety-depends = children's safety depends on it
rep-legal-basis = Legal basis
rep-source = Source
rep-evidence-cited = Evidence cited
rep-issued-on = issued { $date }
rep-review-due-on = review due { $date }
rep-none-found = None found in the bundle.
rep-none-found-lower = none found in the bundle.
rep-specifics-checked = Specifics checked
rep-shown = Shown
rep-not-shown = Not shown
rep-safety = safety
rep-good-practice-note = good practice: a recommendation, not part of the status
# "Declared under `shows` in PATH (...)": the field name stays in the template.
rep-declared-1 = Declared under
rep-declared-2 = in { $path } (on its author's word: not found in text ivaudit reads)
rep-shown-in = Shown in { $path }, { $location }
rep-and-more-documents =
    { $count ->
        [one] and { $count } more document
       *[other] and { $count } more documents
    }
rep-near-miss = { $path }, { $location } mentions it but { $reason }
rep-shown-overdue = Shown only in evidence past its review date
rep-gaps = Gaps
rep-none-applies = No requirement of this standard applies to the role judged ({ $role }).

## The self-assessment's action plan and checklist

# Followed by "; ", rep-action-plan-lead (nothing in English), "`ivaudit audit` ", rep-action-plan-with, " `--out plan.xlsx` (",
# rep-action-plan-or, " `plan.csv`) " and rep-action-plan-writes.
rep-action-plan-intro = Most serious first: priority actions (a child's safety or a duty in law is at stake), then areas for improvement (obligations of the standards), then recommendations (good practice). Each has a suggested owner (a role, never a person) and a target date from its timescale
rep-action-plan-lead = {""}
rep-action-plan-with = with
rep-action-plan-or = or
rep-action-plan-writes = writes the same plan, with the evidence each action rests on, as a spreadsheet to track.
rep-action-plan-caption =
    { $count ->
        [one] Action plan ({ $count } action, most serious first)
       *[other] Action plan ({ $count } actions, most serious first)
    }
rep-nothing-to-do = Nothing to do: every requirement that applies is met.
rep-shown-by = Shown by

## What the registers show

rep-indicators-intro = Indicators computed from the registers as at { $date }, each with its arithmetic, the benchmark it is judged against and where that benchmark comes from.
rep-indicators-bars = Bars show the value; black marks show the benchmark.
rep-indicators-shortfall = Where practice falls short, the shortfall is quoted under the requirement it bears on.
rep-indicators-caption = Indicators ({ $count })
rep-col-indicator = Indicator
rep-col-benchmark = Benchmark
rep-col-judgement = Judgement
rep-col-source = Source
rep-none-lower = none
rep-no-registers = The bundle holds no registers (registers/children.csv, visits.csv, volunteers.csv, feedback.csv, complaints.csv, population.yaml), so what the service delivers cannot be tested against what its policies say, and none of the { $count } indicators has data.

## Evidence index

rep-evidence-intro = Every file the judgements rest on, with the SHA-256 digest of the file as received, so that anyone can show that what was assessed is what was sent.
rep-digests-html = Digests are shortened to their first 12 hex digits; the full digest is in the JSON report and in each short one's tooltip.
rep-digests-md = Digests are shortened to their first 12 hex digits; the full digest is in the JSON report.
rep-evidence-caption =
    { $count ->
        [one] Evidence assessed ({ $count } item)
       *[other] Evidence assessed ({ $count } items)
    }
rep-col-file = File
rep-col-title = Title
rep-col-kind = Kind
rep-col-owner = Owner
rep-col-issued = Issued
rep-col-review-due = Review due
rep-col-standing = Standing
rep-col-links = Links to
rep-owner-not-stated = not stated
rep-links-nothing = nothing
rep-no-evidence = No usable evidence was found in the bundle.
rep-spec-heading = Service specification
# Followed by the documents' paths and a full stop.
rep-spec-intro = The clauses the standards say an IV service specification must contain, checked in
rep-spec-no-document = no document: the bundle has no current specification
rep-spec-caption = Specification clauses
rep-col-clause = Clause
rep-col-required-by = Required by
rep-col-found-in = Found in
rep-spec-gap-under = gap reported under { $requirement }
rep-missing = missing
rep-registers = Registers
rep-registers-caption = Registers read
rep-col-used = Used
rep-col-rows = Rows counted
rep-register-used = yes
rep-register-refused = no: refused (see Diagnostics)
rep-rows-of = { $used } of { $rows }
rep-no-registers-short = None: the bundle holds no registers.
rep-unlinked-file = Markdown without front matter, so it is not linked to any requirement
rep-unlisted-file = not described in evidence.yaml, so it is not assessed
rep-all-assessed = None: every file in the bundle was assessed.

## Diagnostics

# "... what its `evidence.yaml` entry lists under `shows:`; everything ...":
# the file and field names stay in the template, between the three parts.
rep-diagnostics-intro-1 = Problems found while reading the bundle. A file with an error counts for nothing until it is corrected, except a listed document whose text could not be read, which still counts for what its
rep-diagnostics-intro-2 = entry lists under
rep-diagnostics-intro-3 = ; everything else was still assessed.
rep-diagnostics-caption = Diagnostics ({ $count })
rep-col-line = Line
rep-col-severity = Severity
rep-col-code = Code
rep-col-problem = Problem
rep-severity-error = Error
rep-severity-warning = Warning
rep-all-read = None: every file in the bundle could be read.

## How the judgements were made

rep-rules-statuses = Status of each requirement
rep-rules-indicators = Indicators
rep-rules-ratings = Ratings
rep-rules-findings = Findings
rep-ratings-rules-intro = Each standard is rated on Care Inspectorate Wales' four-level scale. The rules are applied in this order and the first that holds gives the rating:

## The rules printed in every report (How the judgements were made)

# $negation, $plan and $heading are the English words ivaudit looks for in
# documents ("not, no, never"): they stay English in every language.

rep-rule-status-met = Met: current evidence is linked to the requirement and shows each specific drawn from the requirement's own words.
rep-rule-status-partial = Partly met: the only linked evidence is past its review date, the current evidence does not show every specific drawn from the requirement's own words, or the registers show practice falling short of the requirement (a policy is not enough if the records contradict it).
rep-rule-status-not-met = Not met: no evidence is linked, or only drafts, unfilled starter documents from ivaudit init, or documents dated after the as-of date.
rep-rule-status-not-applicable = Not applicable: the requirement binds the other party (a provider is not judged on what local authorities will do, and the reverse).
rep-rule-status-specifics = Specifics an obligation carries from a good-practice bullet or the young people's statement are judged and reported, but never change the obligation's status: each one not shown is a recommendation, or an area for improvement where children's safety depends on it.
rep-rule-status-current = Evidence is current when it is not a draft or an unfilled starter document, was issued on or before the as-of date, and its review date (if any) is not before the as-of date. A file links to a requirement by naming its ID, or its whole standard (S05), under `evidences`. A specific found only in evidence past its review date is reported as such.
rep-rule-criteria = A specific is shown by a current, linked document whose text holds, in one passage (a sentence, list item, table row or heading, read with the headings above it), every term the catalog's rule for it names (words compared by their stem, synonyms from the catalog's concepts), and says it plainly: a passage that negates it ({ $negation }), presents it as a plan ({ $plan }, a start date after the document's date, a heading such as { $heading }), falls short of the standard's threshold (every six weeks against at least monthly, one reference against two), records it happening in only some cases (33 of 41, most), or permits what the standard prohibits, does not show it, and the report says what came close and why. Each shown specific quotes its passage and location. Word (.docx), OpenDocument (.odt), PDF (its text layer) and plain-text files described in evidence.yaml are read the same way, quoted under their heading and paragraph, or by page in a PDF. For other files (images, for example), and for a document whose text cannot be read (a scan without a text layer, a file protected with a password), a specific counts when the entry lists it under `shows` (marked declared).
rep-rule-indicators-period = Indicators are computed from the registers at the as-of date over the bundle's period (cut at the as-of date). A match runs from matched_on up to, but not including, ended_on; a child is waiting when referred, consenting, not matched and the referral not closed.
rep-rule-indicators-visits = A whole month counts towards visiting when the match ran for all of it and the month lies wholly in the period; it is covered when the visits register holds at least one visit by that volunteer to that child in it.
rep-rule-indicators-vetted = A volunteer with an active match is fully vetted with an enhanced DBS check on record (the register holds the latest check, so a renewal is not a late check), at least two references, at least two approvers, approval dated on or before their first active match, and completed initial training covering every topic Standard 6 lists.
rep-rule-indicators-shortfall = Where a register shows practice falling short, the shortfall is added to the requirement it bears on, which is then at most partly met; a shortfall that puts children's safety at stake is a priority action. An absent register is a gap where the standards expect the record.
rep-rule-indicators-references = Reports never show a child's or volunteer's reference: they cite the register's file and line numbers.
rep-rule-finding-priority = Priority action: a statutory duty is not fully met, an obligation on which children's safety depends has no evidence that counts, current evidence leaves out a safety-critical specific drawn from the obligation's own words, or a register shows practice that puts children's safety at stake (such as a matched volunteer without an enhanced DBS check).
rep-rule-finding-area = Area for improvement: an obligation of the standards is partly met or not met, or current evidence does not show a good-practice specific of an obligation on which children's safety depends.
rep-rule-finding-recommendation = Recommendation: a good-practice pointer is partly met or not met, or current evidence does not show a good-practice specific an obligation carries. Good practice never yields more than a recommendation, except a safety-critical specific of an obligation.
rep-rule-finding-strength = Strength: a standard rated Good or Excellent, naming the good practice it shows.
rep-rule-finding-timescales = Suggested timescales, from the as-of date: a priority action within 3 months, an area for improvement within 6 months, a recommendation within 12 months.

## Labels of the report model

rep-role-authority = Local authority
rep-role-provider = IV service provider
rep-role-both = Local authority and IV service provider
rep-kind-statutory = Statutory duty
rep-kind-obligation = Obligation
rep-kind-good-practice = Good practice
rep-evidence-policy = policy
rep-evidence-procedure = procedure
rep-evidence-training-record = training record
rep-evidence-publicity = publicity
rep-evidence-minutes = minutes
rep-evidence-survey = survey
rep-evidence-report = report
rep-evidence-contract = contract
rep-evidence-specification = specification
rep-evidence-data-return = data return
rep-evidence-other = other

## A requirement in words: "Standard 1, provider obligation 1"

rep-req-label = Standard { $standard }, { $what } { $number }
rep-req-statutory = Standard { $standard }, statutory duty (Code of Practice, paragraph { $paragraph })
rep-req-good-practice = good practice
rep-req-authority = local authority obligation
rep-req-provider = provider obligation
rep-req-obligation = obligation
# "Standard 1, provider obligation 1: not met"
rep-req-heading = { $label }: { $status }

# The action plan: its columns, owners, statuses and evidence in words, in
# the reports and in the CSV and XLSX spreadsheets (src/report/actions.rs).
# British English. Each id has a Welsh twin in ../cy/actions.ftl.

## Columns (CSV, XLSX and the self-assessment's table)

act-col-reference = Reference
act-col-standard = Standard
act-col-requirement = Requirement
act-col-kind = Kind
act-col-action = Action
act-col-evidence = Evidence cited
act-col-owner = Suggested owner
act-col-target-date = Target date
act-col-status = Status

## The workbook

act-sheet = Action plan
act-workbook-title = Action plan: { $organisation }
act-workbook-subject = Independent Visitor services: action plan from the audit against the National Practice Standards
act-workbook-comment = Judged as at { $date }
# After text cut to a spreadsheet cell's limit, in brackets.
act-cut = cut: see the report

## Cells

act-status-open = Open
act-evidence-none = No evidence in the bundle
act-evidence-more =
    { $count ->
        [one] and { $count } more document linked to the requirement (listed in the report)
       *[other] and { $count } more documents linked to the requirement (listed in the report)
    }

## Suggested owners: roles, never people

act-owner-provider-manager = IV service manager
act-owner-provider-coordinator = IV co-ordinator
act-owner-authority-commissioning = Commissioning manager (local authority)
act-owner-authority-practice = Team manager, children looked after

## The rules printed with the findings

act-rule-plan = Action plan: every finding other than a strength is an action, referenced A01, A02 and so on, most serious first, with the evidence it rests on, a target date (the as-of date plus its suggested timescale) and the status { $open }.
act-rule-owner = Suggested owner, always a role and never a person: for the provider, the { $manager } where the standard is about running the service safely (standards 5, 6, 10, 11, 12, 13 and 14: recruitment, training, independence, keeping safe, resourcing, equality, complaints) or children's safety depends on the requirement, otherwise the { $coordinator }; for the local authority, the { $practice } where the standard is about the child's own arrangement (standards 1, 2, 7, 8 and 9) or the requirement names social workers, otherwise the { $commissioning }. A requirement on both parties goes to the bundle's own party.

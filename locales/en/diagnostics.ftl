# One line for each diagnostic code (src/diag.rs), shown in a report that
# is not in English before the diagnostic's own detail, which ivaudit
# writes in English (it is also printed on stderr). British English.
# Each id has a Welsh twin in ../cy/diagnostics.ftl.

## bundle.yaml

diag-iv001 = bundle.yaml is missing.
diag-iv002 = bundle.yaml cannot be read as YAML or has a wrong field.
diag-iv003 = A field of bundle.yaml has an invalid value.
diag-iv004 = No as-of date: the audit would refuse to run.
diag-iv005 = bundle.yaml still holds a starter placeholder.

## Evidence and its front matter

diag-iv101 = The front matter is not valid YAML or has a wrong field.
diag-iv102 = The front matter is opened with --- but never closed.
diag-iv103 = An evidence item names a requirement or criterion that is not in the catalog.
diag-iv104 = A date is not a real date (YYYY-MM-DD).
diag-iv105 = The review date falls before the date of issue.
diag-iv107 = The evidence links to no requirement.
diag-iv108 = Markdown without front matter counts for nothing.
diag-iv109 = Evidence marked as a draft counts for nothing.
diag-iv110 = An unfilled starter document counts for nothing.
diag-iv111 = Evidence dated after the as-of date does not count.
diag-iv112 = A specific declared under shows is not shown by the document's text.
diag-iv113 = The language named is not one ivaudit knows; the document is taken as English.

## evidence.yaml

diag-iv201 = evidence.yaml cannot be read as YAML or an entry has a wrong field.
diag-iv202 = An entry names a file that does not exist.
diag-iv203 = An entry names a path outside the bundle.
diag-iv204 = A file is listed twice.
diag-iv205 = An entry lists a Markdown file, which carries its own front matter.
diag-iv206 = An entry lists a register, which is read as data, not as evidence.
diag-iv207 = A file that no entry describes counts for nothing.

## Files

diag-iv301 = A file cannot be read.
diag-iv302 = A symbolic link, which is never followed.
diag-iv303 = A file, or its front matter, is larger than ivaudit reads.
diag-iv304 = YAML nests lists and mappings deeper than ivaudit reads.
diag-iv305 = YAML uses an alias, which ivaudit does not accept.
diag-iv306 = A pipe, socket or device inside the bundle, which is never opened.

## Registers

diag-iv401 = A register column looks like a name, address or date of birth.
diag-iv402 = A register lacks a column it must have.
diag-iv403 = A register has a column it does not define (ignored).
diag-iv404 = A register row cannot be read.
diag-iv405 = A register cell has a bad value; its row is left out.
diag-iv406 = A register row refers to a child or volunteer not in the other registers.
diag-iv407 = A reference appears twice where it must be unique.
diag-iv408 = population.yaml cannot be read or has a wrong field.
diag-iv409 = A file in registers/ that is not a known register.
diag-iv410 = A register separated by semicolons rather than commas (read all the same).
diag-iv411 = A spreadsheet register cannot be opened: not a workbook, damaged, cut short or encrypted.
diag-iv412 = One register is given twice.
diag-iv413 = An office document cannot be opened: not that kind of document, damaged, cut short or encrypted; it counts only for what its entry declares.
diag-iv414 = A PDF holds no text that can be read (a scan without a text layer, or fonts that do not map to letters); it counts only for what its entry declares.

# Geiriau a rennir gan bob adroddiad a dogfen: dyddiadau, cyfrifon, enwau'r
# allbynnau, pennyn a throedyn Word. Cymraeg.
#
# Mae gan bob id neges yma efell Saesneg yn ../en/common.ftl; mae'r profion
# yn methu pan fo gan y naill ffeil id nad yw yn y llall.
# Termau: gweler ../../glossary.csv.

## Dyddiadau: "31 Mawrth 2026"

date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Cyfrifon. Ar ôl rhif mewn ffigurau, "o" a'r lluosog wedi'i dreiglo'n
## feddal ("5 o blant"); "1 plentyn" yn unigol.

count-children =
    { $count ->
        [one] { $count } plentyn
       *[other] { $count } o blant
    }

## Enwau'r allbynnau, fel y mae'r teitl a phennyn Word yn eu rhoi

title-inspection = Adroddiad arolygu
title-self-assessment = Hunanasesiad parodrwydd
title-needs-analysis = Dadansoddiad o anghenion Ymwelwyr Annibynnol
title-plan = Cynllun comisiynu Ymwelwyr Annibynnol
title-specification = Manyleb gwasanaeth Ymwelwyr Annibynnol
title-commission-report = Adroddiad comisiynu Ymwelwyr Annibynnol
title-eligibility = Cymhwysedd i gael Ymwelydd Annibynnol

## Pennyn a throedyn Word

word-as-at = fel ar { $date }
word-page = Tudalen
word-of = o
marking-internal = MEWNOL: NID I'W GYHOEDDI

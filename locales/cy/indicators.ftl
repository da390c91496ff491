# Yr hyn y mae'r cofrestrau'n ei ddangos: teitlau'r dangosyddion, eu
# ffigurau mewn geiriau, meincnodau a nodiadau, a'r bylchau mewn arfer y
# maent yn eu cysylltu â gofynion (src/assess/indicators.rs). Mae'r
# dogfennau comisiynu'n dangos rhai o'r rhain hefyd.
#
# Mae gan bob id efell Saesneg yn ../en/indicators.ftl. Dyddiadau ISO
# (2025-12-31) yw'r dyddiadau: mae'r adroddiadau'n eu hysgrifennu mewn geiriau.

## Teitlau: ind-<id y dangosydd>, gyda chysylltnodau yn lle tanlinellau

ind-reach = Cyrhaeddiad: plant sydd wedi'u paru, o'r holl blant sy'n derbyn gofal
ind-budget-per-expected-match = Cyllideb Ymwelwyr Annibynnol o'i chymharu â'r gyllideb resymol ar gyfer yr angen disgwyliedig
ind-waiting = Plant sy'n aros i gael eu paru ar y dyddiad cyfeirio
ind-waiting-over-3-months = O'r rhai sy'n aros, yn aros mwy na 3 mis
ind-waiting-over-12-months = O'r rhai sy'n aros, yn aros mwy na 12 mis
ind-matched-within-3-months = Parau a wnaed yn y cyfnod o fewn 3 mis i'r atgyfeiriad
ind-visit-months-covered = Misoedd cyfan o baru gweithredol yn y cyfnod gydag o leiaf un ymweliad
ind-volunteers-fully-vetted = Gwirfoddolwyr sydd wedi'u paru sydd wedi'u fetio a'u hyfforddi'n llawn
ind-feedback-within-6-months = Parau gweithredol ag adborth gan y plentyn yn y 6 mis cyn y dyddiad cyfeirio
ind-reviewed-by-authority-within-6-months = Parau gweithredol ag adborth gan y gweithiwr cymdeithasol neu'r Swyddog Adolygu Annibynnol yn y 6 mis cyn y dyddiad cyfeirio
ind-out-of-county-share = Plant sydd wedi'u paru a leolwyd y tu allan i'r sir
ind-out-of-county-share-waiting = Plant sy'n aros a leolwyd y tu allan i'r sir
ind-welsh-language-matches = Plant sydd wedi'u paru a'u hiaith gyntaf yn Gymraeg gyda gwirfoddolwr sy'n siarad Cymraeg
ind-male-volunteers-share = Dynion ymhlith y gwirfoddolwyr gweithredol
ind-complaints-resolved = Cwynion a ddaeth i law yn y cyfnod sydd wedi'u datrys
ind-complaints-median-days = Canolrif y dyddiau i ddatrys cwyn a ddaeth i law yn y cyfnod
ind-post18-continuations = Parau gweithredol sy'n parhau y tu hwnt i 18 oed
ind-planned-endings = Parau a ddaeth i ben yn y cyfnod gyda diweddglo wedi'i gynllunio
ind-median-match-length-months = Canolrif hyd y parau a ddaeth i ben yn y cyfnod

## Dyfarniadau yn erbyn y meincnod

ind-judgement-meets = yn bodloni'r meincnod
ind-judgement-below = islaw'r meincnod
ind-judgement-above = uwchlaw'r meincnod
ind-judgement-information = er gwybodaeth
ind-judgement-no-data = dim data
# Yr hyn y mae bar llawn siart cymhareb yn ei gynrychioli.
ind-bar-ratio = cymhareb o { $ratio }

## Ffigurau mewn geiriau

ind-no-data = dim data
# "75% (3 o 4: parau a wnaed yn y cyfnod)"; un o ind-of-* yw $what.
ind-share = { $percent } ({ $count } o { $base }: { $what })
ind-of-children-looked-after = plant sy'n derbyn gofal
ind-of-matches-made = parau a wnaed yn y cyfnod
ind-of-match-months = misoedd paru
ind-of-matched-volunteers = gwirfoddolwyr sydd wedi'u paru
ind-of-active-matches = parau gweithredol
ind-of-waiting-placed = plant sy'n aros y cofnodwyd eu lleoliad
ind-of-matched-placed = plant sydd wedi'u paru y cofnodwyd eu lleoliad
ind-of-welsh-children = plant sydd wedi'u paru a'u hiaith gyntaf yn Gymraeg
ind-of-volunteers-gender = gwirfoddolwyr cymeradwy y cofnodwyd eu rhywedd
ind-of-complaints = cwynion a ddaeth i law yn y cyfnod
ind-of-matches-ended = parau a ddaeth i ben yn y cyfnod
ind-display-budget = Cyllideb o £{ $budget } o'i chymharu â chyllideb resymol o £{ $low } i £{ $high } ({ $needlow } i { $needhigh } o blant y disgwylir y bydd angen Ymwelydd Annibynnol arnynt, 2.5-5.0% o { $children }, x £{ $cost }): cymhareb o { $ratio } ar 2.5%
ind-display-waiting =
    { $count ->
        [zero] dim plant yn aros (wedi'u hatgyfeirio, yn cydsynio, heb eu paru eto)
        [one] { $count } plentyn yn aros (wedi'i atgyfeirio, yn cydsynio, heb ei baru eto)
       *[other] { $count } o blant yn aros (wedi'u hatgyfeirio, yn cydsynio, heb eu paru eto)
    }
ind-display-referred-before =
    { $count ->
        [zero] dim plant wedi'u hatgyfeirio cyn { $date }
        [one] { $count } plentyn wedi'i atgyfeirio cyn { $date }
       *[other] { $count } o blant wedi'u hatgyfeirio cyn { $date }
    }
ind-display-post18 =
    { $count ->
        [zero] dim pobl ifanc dros 18 oed sy'n dal wedi'u paru
        [one] { $count } person ifanc dros 18 oed sy'n dal wedi'i baru
       *[other] { $count } o bobl ifanc dros 18 oed sy'n dal wedi'u paru
    }
ind-display-median-days =
    { $count ->
        [one] { $days } diwrnod (canolrif { $count } gŵyn a ddatryswyd)
       *[other] { $days } diwrnod (canolrif { $count } o gwynion a ddatryswyd)
    }
ind-display-median-months =
    { $count ->
        [one] { $months } mis (canolrif { $count } pâr a ddaeth i ben yn y cyfnod)
       *[other] { $months } mis (canolrif { $count } o barau a ddaeth i ben yn y cyfnod)
    }

## Nodiadau: pam nad oes data, neu beth arall y mae ffigur yn ei ddangos

# $registers: "registers/children.csv a registers/visits.csv"
ind-needs = angen { $registers }
ind-none-to-measure = nid oes { $what } i'w mesur
ind-no-period = nid yw bundle.yaml yn rhoi cyfnod y gellir ei ddefnyddio
ind-no-budget = nid yw registers/population.yaml yn rhoi iv_budget
ind-no-children-looked-after = nid yw registers/population.yaml yn rhoi nifer y plant sy'n derbyn gofal
ind-no-complaints = ni ddaeth unrhyw gwynion i law yn y cyfnod
ind-none-resolved = nid oes unrhyw gŵyn a ddaeth i law yn y cyfnod wedi'i datrys
ind-none-ended = ni ddaeth unrhyw bâr i ben yn y cyfnod
ind-note-waiting = o'r plant sy'n aros: { $display }

## Meincnodau

ind-bench-reach = 2.5% i 5.0% o'r plant sy'n derbyn gofal
ind-bench-budget = o leiaf y gyllideb resymol ar 2.5% o angen disgwyliedig (cymhareb 1.0)
ind-bench-none-waiting = dim plentyn yn aros mor hir â hynny
ind-bench-match-3 = pob pâr o fewn 3 mis i'r atgyfeiriad
ind-bench-visits = ymweliad ym mhob mis o bob pâr
ind-bench-vetted = pob gwirfoddolwr sydd wedi'i baru
ind-bench-every-active-match = pob pâr gweithredol
ind-bench-out-of-county = cyfartaledd Cymru: 27% o'r plant sy'n derbyn gofal wedi'u lleoli y tu allan i'r sir
ind-bench-welsh = pob plentyn a'i iaith gyntaf yn Gymraeg
ind-bench-boys-none = cyfran y bechgyn ymhlith y plant sydd wedi'u paru a'r rhai sy'n aros (dim wedi'u cofnodi)
ind-bench-boys = bechgyn yw { $percent } o'r plant sydd wedi'u paru a'r rhai sy'n aros ({ $count } o { $base })
ind-bench-no-target = dim targed yn y safonau
ind-bench-match-length = tair blynedd (36 mis) ar gyfartaledd

## Nodi rhesi cofrestr ("registers/children.csv, llinellau 5, 7")

ind-cite-line = llinell { $number }
ind-cite-lines = llinellau { $numbers }
ind-cite-row = rhes { $number }
ind-cite-rows = rhesi { $numbers }
ind-cite-more = a { $count } arall

## Bylchau mewn arfer ($cite: y rhesi cofrestr dan sylw)

ind-gap-reach = Dim ond { $display } oedd wedi'u paru ar y dyddiad cyfeirio (dangosydd cyrhaeddiad), islaw'r 2.5-5.0% y mae Atodiad D yn ei ddisgwyl.
ind-gap-budget = Mae cyllideb Ymwelwyr Annibynnol o £{ $budget } islaw'r gyllideb resymol o £{ $low } ar gyfer yr angen disgwyliedig isaf (Atodiad D: angen disgwyliedig x £{ $cost }).
ind-gap-waiting =
    { $count ->
        [one] Roedd { $count } plentyn a oedd yn aros ar y dyddiad cyfeirio wedi'i atgyfeirio fwy na { $months } mis ynghynt ({ $cite }).
       *[other] Roedd { $count } o blant a oedd yn aros ar y dyddiad cyfeirio wedi'u hatgyfeirio fwy na { $months } mis ynghynt ({ $cite }).
    }
ind-gap-matching = Cymerodd { $count } o { $base } o barau a wnaed yn y cyfnod fwy na thri mis o'r atgyfeiriad ({ $cite }).
ind-gap-visits = Nid yw'r gofrestr ymweliadau yn dangos unrhyw ymweliad mewn { $count } o { $base } o fisoedd cyfan o baru gweithredol yn y cyfnod, yn erbyn y disgwyliad o o leiaf un ymweliad y mis ({ $cite } ar gyfer y parau dan sylw).
# Un o ind-without-* yw $without.
ind-gap-vetting = Mae'r gofrestr gwirfoddolwyr yn dangos { $count } o { $base } o wirfoddolwyr sydd wedi'u paru heb { $without } ({ $cite }).
ind-without-dbs = wiriad DBS manwl ar gofnod
ind-without-references = o leiaf ddau eirda
ind-without-approvers = gymeradwyaeth gan fwy nag un person
ind-without-approval-date = gymeradwyaeth wedi'i chofnodi cyn eu paru cyntaf
ind-without-training = hyfforddiant cychwynnol wedi'i gwblhau
ind-without-training-topics = hyfforddiant cychwynnol sy'n cwmpasu pob pwnc a restrir yn Safon 6
# ind-whom-child neu ind-whom-review yw $whom.
ind-gap-feedback = Mae'r gofrestr adborth yn cynnwys { $whom } yn y chwe mis hyd at y dyddiad cyfeirio ar gyfer { $count } o { $base } o barau gweithredol ({ $cite }).
ind-whom-child = dim adborth gan y plentyn
ind-whom-review = dim gan y gweithiwr cymdeithasol na'r Swyddog Adolygu Annibynnol
ind-gap-welsh = Mae gan { $count } o { $base } o blant sydd wedi'u paru a'u hiaith gyntaf yn Gymraeg wirfoddolwr nad yw wedi'i gofnodi fel siaradwr Cymraeg ({ $cite }).
ind-gap-no-children = Nid oes cofrestr atgyfeiriadau a pharau y gellir ei defnyddio (registers/children.csv), felly ni ellir dangos amseroedd aros a pharu o'r cofnodion.
ind-gap-no-visits = Nid oes cofrestr ymweliadau y gellir ei defnyddio (registers/visits.csv), felly ni ellir dangos ymweliadau rheolaidd o'r cofnodion.
ind-gap-no-volunteers = Nid oes cofrestr gwirfoddolwyr y gellir ei defnyddio (registers/volunteers.csv), felly ni ellir gwirio fetio'r gwirfoddolwyr sydd wedi'u paru yn erbyn y cofnodion.
ind-gap-no-feedback = Nid oes cofrestr adborth y gellir ei defnyddio (registers/feedback.csv), felly ni ellir dangos gwiriadau rheolaidd gyda phlant o'r cofnodion.
ind-gap-no-complaints = Nid oes cofrestr cwynion y gellir ei defnyddio (registers/complaints.csv), felly ni ellir dangos sut yr ymdriniwyd â chwynion o'r cofnodion (mae cofrestr â'i rhes pennawd yn unig yn dangos nad oedd dim).
ind-gap-no-population = Nid oes mapio blynyddol y gellir ei ddefnyddio o'r boblogaeth sy'n derbyn gofal (registers/population.yaml), felly ni ellir dangos bod y cyllid yn seiliedig ar amcangyfrif o'r plant cymwys.

## Bylchau mewn ymarfer fel ffeithiau ar gyfer y dogfennau y mae awdurdod yn
## eu cyhoeddi (mae com-short-records yn commission.ftl yn eu rhoi at ei
## gilydd: "{ $count } o { $base } { $base_phrase }", felly mae pob
## ind-fact-base-* yn dechrau ag "o" a'r enw wedi'i dreiglo'n feddal).

ind-fact-reach = Roedd gan lai o blant sy'n derbyn gofal bâr Ymwelydd Annibynnol gweithredol ar y dyddiad cyfeirio na'r 2.5-5.0% y mae Atodiad D yn ei ddisgwyl (dangosydd cyrhaeddiad).
ind-fact-budget = Mae cyllideb yr Ymwelwyr Annibynnol islaw'r gyllideb resymol ar gyfer yr angen disgwyliedig isaf (Atodiad D: angen disgwyliedig x £{ $cost }).
ind-fact-waiting = plant sy'n aros ar y dyddiad cyfeirio a atgyfeiriwyd fwy na { $months } mis ynghynt
ind-fact-base-waiting = o blant sy'n aros
ind-fact-slow-matches = parau a wnaed yn y cyfnod a gymerodd fwy na thri mis o'r atgyfeiriad
ind-fact-base-matches-made = o barau a wnaed yn y cyfnod
ind-fact-months-without-visit = misoedd cyfan o baru gweithredol yn y cyfnod heb ymweliad, yn erbyn y disgwyliad o o leiaf un ymweliad y mis
ind-fact-base-match-months = o fisoedd cyfan o baru gweithredol
# Un o ind-without-* yw $without (wedi'i dreiglo'n feddal ar ôl "heb").
ind-fact-vetting = gwirfoddolwyr sydd wedi'u paru heb { $without }
ind-fact-base-matched-volunteers = o wirfoddolwyr sydd wedi'u paru
# ind-whom-child neu ind-whom-review yw $whom.
ind-fact-feedback = parau gweithredol y mae'r gofrestr adborth yn dangos { $whom } ar eu cyfer yn y chwe mis hyd at y dyddiad cyfeirio
ind-fact-base-active-matches = o barau gweithredol
ind-fact-welsh-unmet = plant sydd wedi'u paru a'u hiaith gyntaf yn Gymraeg â gwirfoddolwr nad yw wedi'i gofnodi fel siaradwr Cymraeg
ind-fact-base-welsh-children = o blant sydd wedi'u paru a'u hiaith gyntaf yn Gymraeg

# Dyfarniadau'r archwiliad mewn geiriau: statwsau, graddau, mathau o
# ganfyddiad, cyfredolrwydd tystiolaeth, a brawddegau'r canfyddiadau, y
# bylchau a'r rhesymau dros raddau y mae src/assess yn eu hysgrifennu adeg
# yr asesiad. Cymraeg ffurfiol.
#
# Mae gan bob id efell Saesneg yn ../en/findings.ftl. Dyddiadau ISO
# (2025-11-30) yw'r dyddiadau yn y brawddegau hyn: mae'r adroddiadau'n eu
# hysgrifennu mewn geiriau.

## Statws gofyniad

find-status-met = Wedi'i fodloni
find-status-partial = Wedi'i fodloni'n rhannol
find-status-not-met = Heb ei fodloni
find-status-not-applicable = Amherthnasol

## Cyfredolrwydd eitem o dystiolaeth

find-currency-current = cyfredol
find-currency-overdue = adolygiad yn hwyr
find-currency-not-yet-issued = wedi'i chyhoeddi ar ôl y dyddiad cyfeirio
find-currency-draft = drafft
find-currency-starter = dogfen gychwynnol heb ei llenwi

## Graddau (graddfa Arolygiaeth Gofal Cymru)

find-rating-excellent = Rhagorol
find-rating-good = Da
find-rating-requires-improvement = Angen gwella
find-rating-requires-significant-improvement = Angen gwella sylweddol
find-rating-none = Heb ei graddio

find-rating-rule-requires-significant-improvement = Nid yw dyletswydd statudol sy'n gymwys wedi'i bodloni'n llawn, nid oes tystiolaeth sy'n cyfrif ar gyfer rhwymedigaeth y mae diogelwch plant yn dibynnu arni, mae tystiolaeth gyfredol yn hepgor elfen benodol y mae geiriau'r rhwymedigaeth ei hun yn ei gwneud yn hanfodol i ddiogelwch, mae cofrestr yn dangos arfer sy'n rhoi diogelwch plant yn y fantol (megis gwirfoddolwr wedi'i baru heb wiriad DBS manwl), neu nid oes unrhyw rwymedigaeth sy'n gymwys wedi'i bodloni o gwbl.
find-rating-rule-requires-improvement = Mae unrhyw ddyletswydd statudol neu rwymedigaeth sy'n gymwys wedi'i bodloni'n rhannol neu heb ei bodloni, neu mae tystiolaeth gyfredol yn hepgor elfen benodol o arfer da mewn rhwymedigaeth y mae diogelwch plant yn dibynnu arni.
find-rating-rule-good = Mae pob dyletswydd statudol a rhwymedigaeth sy'n gymwys wedi'u bodloni â thystiolaeth gyfredol, ar eu geiriau eu hunain, ac nid oes unrhyw elfen benodol o arfer da sy'n hanfodol i ddiogelwch ar goll.
find-rating-rule-excellent = Fel ar gyfer Da, ac mae pob pwynt arfer da sy'n gymwys wedi'i fodloni, a dangosir pob elfen benodol o arfer da mewn rhwymedigaeth, â thystiolaeth gyfredol hefyd.

## Pam mae gan safon ei gradd ($ids: IDau gofynion, "S05.P1, S05.P2")

find-reason-priority = mae angen cam blaenoriaeth ar { $ids }
find-reason-none-met = nid oes yr un o'r rhwymedigaethau sy'n gymwys wedi'i bodloni
find-reason-not-fully-met = heb eu bodloni'n llawn: { $ids }
find-reason-safety-specifics = arfer da sy'n hanfodol i ddiogelwch heb ei ddangos: { $ids }
find-reason-excellent = mae pob dyletswydd statudol, rhwymedigaeth a phwynt arfer da sy'n gymwys wedi'u bodloni
find-reason-good =
    mae pob dyletswydd statudol a rhwymedigaeth sy'n gymwys wedi'u bodloni; mae { $met } o { $total } o bwyntiau arfer da wedi'u bodloni{ $specifics ->
        [0] {""}
        [one] ; nid yw { $specifics } elfen benodol o arfer da mewn rhwymedigaethau wedi'i dangos
       *[other] ; nid yw { $specifics } o elfennau penodol o arfer da mewn rhwymedigaethau wedi'u dangos
    }
find-reason-nothing-applies = nid oes dim yn y safon hon yn gymwys i rôl y bwndel

## Mathau o ganfyddiad

find-kind-priority-action = Cam blaenoriaeth
find-kind-area-for-improvement = Maes i'w wella
find-kind-recommendation = Argymhelliad
find-kind-strength = Cryfder
# Yr amser a awgrymir i weithredu ar ganfyddiad.
find-timescale = o fewn { $months } mis

## Canfyddiadau ($quote: brawddeg gyntaf testun y gofyniad)

find-party-will =
    { $party ->
        [authority] Bydd yr awdurdod lleol yn
        [both] Bydd yr awdurdod lleol a darparwr gwasanaeth Ymwelwyr Annibynnol yn
       *[provider] Bydd darparwr gwasanaeth Ymwelwyr Annibynnol yn
    }
find-what-statutory = { $id } (dyletswydd statudol: { $basis })
find-what-obligation = { $id } ({ $will }: “{ $quote }”)
find-what-good-practice = arfer da { $id } (“{ $quote }”)
# Wedi'i ddilyn gan fylchau'r gofyniad.
find-not-met = Nid yw { $what } wedi'i fodloni.
find-partly-met = Mae { $what } wedi'i fodloni'n rhannol.
find-why-duty = Mae hyn yn flaenoriaeth am ei fod yn ddyletswydd yn y gyfraith.
find-why-safety = Mae hyn yn flaenoriaeth am fod diogelwch plant yn dibynnu arno.
find-specific = { $id } ({ $will }: “{ $quote }”), arfer da ({ $source }): { $gap }
find-why-specific-safety = Mae diogelwch plant yn dibynnu ar hyn.
find-strength = Mae Safon { $number } ({ $title }) wedi'i thystiolaethu'n dda: mae pob dyletswydd a rhwymedigaeth sy'n gymwys wedi'u bodloni â thystiolaeth gyfredol.
find-strength-good-practice = Mae Safon { $number } ({ $title }) wedi'i thystiolaethu'n dda: mae pob dyletswydd a rhwymedigaeth sy'n gymwys wedi'u bodloni â thystiolaeth gyfredol, a dangosir arfer da yn { $ids }.

## Bylchau ($document: "Teitl (llwybr)")

find-gap-no-evidence = Nid oes unrhyw dystiolaeth yn y bwndel wedi'i chysylltu â'r gofyniad hwn.
find-gap-overdue = Roedd { $document } i fod i gael ei hadolygu ar { $date }.
find-gap-not-yet-issued = Mae { $document } wedi'i dyddio { $issued }, ar ôl y dyddiad cyfeirio { $asof }, felly nid yw'n cyfrif.
find-gap-draft = Mae { $document } wedi'i nodi'n ddrafft, felly nid yw'n cyfrif eto.
find-gap-starter = Mae { $document } yn dal i fod yn ddogfen gychwynnol ivaudit (nid yw ei nodyn cychwynnol wedi'i ddileu), felly nid yw'n cyfrif eto.
find-gap-not-shown-one = Nid yw { $document } yn dangos bod { $shows }
find-gap-not-shown-many = Nid oes dim o'r dystiolaeth gyfredol ({ $documents }) yn dangos bod { $shows }
# Ar ôl ": ".
find-gap-near = mae { $path }, { $location }, yn ei chrybwyll, ond { $reason }
# Ar ôl "; ".
find-gap-overdue-only = fe'i dangosir dim ond mewn tystiolaeth sydd wedi pasio'i dyddiad adolygu ({ $document }, yn ddyledus { $date })
find-gap-unread = Nid yw ivaudit yn darllen testun y dystiolaeth hon (llun, fformat nad yw'n ei ddarllen, neu ddogfen na allai ei hagor, fel y dywed ei diagnosteg): os yw'r ddogfen yn ymdrin â hyn, rhestrwch { $id } o dan shows yn ei chofnod.
find-spec-none = Nid oes manyleb gwasanaeth gyfredol (dogfen o'r math specification) yn y bwndel, felly ni ellir gwirio'r cymalau y mae'r safonau'n eu gofyn ynddi.
find-spec-no-clause = Nid oes gan y fanyleb gwasanaeth ({ $documents }) gymal ar { $clause } ({ $source }).

## Pam nad yw darn sy'n crybwyll elfen benodol yn ei dangos

find-reason-negated = yn dweud nad yw ar waith
find-reason-intended = dim ond fel cynllun neu fwriad, nid fel arfer sydd ar waith ar ddyddiad y ddogfen
find-reason-weaker = ar lefel wannach nag y mae'r safon yn ei gofyn
find-reason-practice = mae'r cofnodion yn dangos ei bod yn digwydd mewn rhai achosion yn unig
find-reason-contrary = yn caniatáu'r hyn y mae'r safon yn ei wahardd
find-reason-incomplete = nid popeth y mae'r maen prawf yn ei enwi, neu nid faint na pha mor aml

## Ble mae darn

find-location-line = llinell { $line }
find-location-page = tudalen { $page }
find-location-heading = pennawd “{ $heading }”
find-location-under-heading = o dan “{ $heading }”, paragraff { $paragraph }
find-location-paragraph = paragraff { $paragraph }

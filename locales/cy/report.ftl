# Geiriau sefydlog yr adroddiadau archwilio (yr adroddiad arolygu a'r
# hunanasesiad parodrwydd), yn HTML a Markdown. Cymraeg ffurfiol, yng
# nghywair cyhoeddiadau Llywodraeth Cymru ac Arolygiaeth Gofal Cymru.
#
# Testun plaen yw'r negeseuon: mae'r templedi'n cadw'r marcio o'u cwmpas.
# Mae gan bob id efell Saesneg yn ../en/report.ftl. Termau: gweler
# ../../glossary.csv.

## Dodrefn y dudalen

rep-report = Adroddiad
rep-as-at = Fel ar { $date }
rep-title-with-organisation = { $title }: { $organisation }
rep-skip-report = Neidio i'r adroddiad
rep-skip-self-assessment = Neidio i'r hunanasesiad
rep-contents = Cynnwys
rep-inspection-subtitle = Gwasanaeth Ymwelwyr Annibynnol: dadansoddiad o fylchau yn erbyn y Safonau Ymarfer Cenedlaethol ar gyfer Ymwelwyr Annibynnol (Cymru), wedi'i farnu fel ar { $date }.
rep-self-subtitle-authority = Yr hyn y mae'r dystiolaeth yn ei ddangos a'r hyn sydd ar goll cyn arolygiad gan Arolygiaeth Gofal Cymru, wedi'i farnu fel ar { $date }.
rep-self-subtitle-provider = Yr hyn y mae'r dystiolaeth yn ei ddangos a'r hyn sydd ar goll cyn tendr neu arolygiad, wedi'i farnu fel ar { $date }.
rep-self-checklist-authority = Rhestr wirio o'r hyn y mae'r dystiolaeth yn ei ddangos a'r hyn sydd ar goll cyn arolygiad gan Arolygiaeth Gofal Cymru, wedi'i farnu fel ar { $date }.
rep-self-checklist-provider = Rhestr wirio o'r hyn y mae'r dystiolaeth yn ei ddangos a'r hyn sydd ar goll cyn tendr neu arolygiad, wedi'i farnu fel ar { $date }.
# Wedi'i ddilyn gan "; ", yna rep-the-rules (dolen) a rep-are-at-the-end.
rep-same-judgements = Mae'n defnyddio'r un dyfarniadau yn union â'r adroddiad arolygu
rep-the-rules = mae'r rheolau
rep-are-at-the-end = ar y diwedd.
rep-footer-judged = Wedi'i farnu fel ar { $date } yn erbyn { $standards }.
rep-footer-cites = Mae'r adroddiad hwn yn nodi pob ffeil y dibynnodd arni yn y mynegai tystiolaeth (Atodiad C); mae llwybrau ffeiliau yn gymharol â'r bwndel tystiolaeth.
rep-footer-paths = Mae llwybrau ffeiliau yn gymharol â'r bwndel tystiolaeth.

## Penawdau'r adrannau

rep-about-service = Am y gwasanaeth
rep-summary = Crynodeb
rep-ratings = Graddau
rep-priority-notices = Hysbysiadau camau blaenoriaeth
rep-areas-for-improvement = Meysydd i'w gwella
rep-recommendations = Argymhellion
rep-strengths = Cryfderau
rep-strengths-to-build = Cryfderau i adeiladu arnynt
rep-where-you-stand = Ble rydych chi arni
rep-action-plan = Cynllun gweithredu
rep-checklist = Rhestr wirio parodrwydd
rep-standards-1-to-14 = Safonau 1 i 14
rep-annex = Atodiad { $letter }
rep-requirement-by-requirement = Gofyniad wrth ofyniad
rep-registers-show = Yr hyn y mae'r cofrestrau'n ei ddangos
rep-evidence-index = Mynegai tystiolaeth
rep-diagnostics = Diagnosteg
rep-how-judged = Sut y gwnaed y dyfarniadau
rep-standard-heading = Safon { $number }: { $title }
rep-standard-n = Safon { $number }

## Am yr adroddiad hwn (y tabl blaen)

rep-about-report = Am yr adroddiad hwn
rep-value = Gwerth
rep-front-organisation = Sefydliad
rep-front-role = Rôl
rep-front-authorities = Awdurdodau lleol
rep-none-named = Dim wedi'u henwi
rep-front-period = Y cyfnod dan sylw
rep-period = { $from } i { $to }
rep-not-stated = Heb ei nodi
rep-front-as-at = Wedi'i farnu fel ar
rep-front-standards = Safonau
rep-front-reviewed = Yr hyn a adolygwyd
rep-reviewed-evidence =
    { $count ->
        [zero] dim tystiolaeth
        [one] { $count } eitem o dystiolaeth
       *[other] { $count } eitem o dystiolaeth
    }
rep-reviewed-registers =
    { $count ->
        [one] { $count } gofrestr ({ $paths })
       *[other] { $count } o gofrestrau ({ $paths })
    }
rep-reviewed-no-registers = dim cofrestrau
rep-front-not-assessed = Ffeiliau nas aseswyd
rep-not-assessed-counts = { $unlinked } Markdown heb flaenfater; { $unlisted } heb eu disgrifio yn evidence.yaml
rep-front-problems = Problemau yn y bwndel
rep-problems-counts =
    { $errors ->
        [zero] dim gwallau
        [one] { $errors } gwall
       *[other] { $errors } o wallau
    }, { $warnings ->
        [zero] dim rhybuddion
        [one] { $warnings } rhybudd
       *[other] { $warnings } o rybuddion
    }
rep-see-diagnostics = gweler Diagnosteg
rep-front-produced-by = Cynhyrchwyd gan

## Crynodeb

rep-summary-judged = Cafodd { $organisation } ({ $role }) ei farnu yn erbyn y 14 o Safonau Ymarfer Cenedlaethol ar gyfer Ymwelwyr Annibynnol (Cymru) ar sail y dystiolaeth yn ei fwndel fel ar { $date }.
rep-summary-statuses =
    O'r gofynion sy'n gymwys, mae { $met } { $met ->
        [one] wedi'i fodloni
       *[other] wedi'u bodloni
    }, { $partial } { $partial ->
        [one] wedi'i fodloni'n rhannol
       *[other] wedi'u bodloni'n rhannol
    } a { $notmet } { $notmet ->
        [one] heb ei fodloni
       *[other] heb eu bodloni
    }.
rep-summary-ratings = Graddau: { $excellent } Rhagorol, { $good } Da, { $improvement } Angen gwella, { $significant } Angen gwella sylweddol.
rep-summary-findings =
    Canfyddiadau: { $priority ->
        [zero] dim camau blaenoriaeth
        [one] { $priority } cam blaenoriaeth
       *[other] { $priority } o gamau blaenoriaeth
    }, { $areas ->
        [zero] dim meysydd i'w gwella
        [one] { $areas } maes i'w wella
       *[other] { $areas } o feysydd i'w gwella
    }, { $recommendations ->
        [zero] dim argymhellion
        [one] { $recommendations } argymhelliad
       *[other] { $recommendations } o argymhellion
    }, { $strengths ->
        [zero] dim cryfderau
        [one] { $strengths } cryfder
       *[other] { $strengths } o gryfderau
    }.

## Y graddau ar gip

rep-glance-caption = Y 14 safon: y radd a'r gofynion sydd wedi'u bodloni, wedi'u bodloni'n rhannol a heb eu bodloni
rep-col-standard = Safon
rep-col-rating = Gradd
rep-col-met = Wedi'u bodloni
rep-col-partly-met = Wedi'u bodloni'n rhannol
rep-col-not-met = Heb eu bodloni

## Canfyddiadau

rep-priority-intro = Dyletswydd yn y gyfraith heb ei bodloni'n llawn, neu ddiogelwch plant yn y fantol. Mae pob un yn enwi'r gofyniad, yr hyn y mae'n rhaid ei newid ac amserlen a awgrymir o'r dyddiad cyfeirio.
rep-areas-intro = Rhwymedigaethau'r safonau sydd wedi'u bodloni'n rhannol neu heb eu bodloni.
rep-recommendations-intro = Arfer da nas dangoswyd eto: ni fydd byth yn fwy nag argymhelliad.
rep-no-strengths = Dim eto: daw safon yn gryfder pan fydd pob dyletswydd a rhwymedigaeth sy'n gymwys wedi'u bodloni.
rep-none = Dim.
rep-suggested-timescale = Amserlen a awgrymir: { $timescale }, erbyn { $date }.
rep-findings-for = Canfyddiadau ar gyfer Safon { $number }
rep-no-findings = Dim canfyddiadau.

## Safon

rep-rating = Gradd
rep-outcomes = Y canlyniadau y mae'r safon yn eu gosod
rep-young-people = Beth mae hyn yn ei olygu i bobl ifanc
rep-requirements = Gofynion
rep-requirements-caption = Gofynion Safon { $number } (manylion yn Atodiad A)
rep-requirements-detail = Gofynion (manylion yn Atodiad A)
rep-col-requirement = Gofyniad
rep-col-status = Statws
rep-not-applicable = Amherthnasol i'r rôl a farnwyd ({ $role })

## Atodiad A: gofyniad wrth ofyniad

rep-annex-a-intro = Pob gofyniad sy'n gymwys, gyda'i destun, y dystiolaeth a ddyfynnwyd, pob elfen benodol a wiriwyd (gyda'r darn sy'n ei dangos, neu'r hyn a ddaeth yn agos a pham) a'r bylchau.
rep-safety-depends = mae diogelwch plant yn dibynnu arno
rep-legal-basis = Sail gyfreithiol
rep-source = Ffynhonnell
rep-evidence-cited = Tystiolaeth a ddyfynnwyd
rep-issued-on = cyhoeddwyd { $date }
rep-review-due-on = adolygiad yn ddyledus { $date }
rep-none-found = Ni chanfuwyd dim yn y bwndel.
rep-none-found-lower = ni chanfuwyd dim yn y bwndel.
rep-specifics-checked = Elfennau penodol a wiriwyd
rep-shown = Wedi'i dangos
rep-not-shown = Heb ei dangos
rep-safety = diogelwch
rep-good-practice-note = arfer da: argymhelliad, nid rhan o'r statws
# "Wedi'i datgan o dan `shows` yn LLWYBR (...)": mae enw'r maes yn aros yn y templed.
rep-declared-1 = Wedi'i datgan o dan
rep-declared-2 = yn { $path } (ar air ei hawdur: heb ei chanfod mewn testun y mae ivaudit yn ei ddarllen)
rep-shown-in = Wedi'i dangos yn { $path }, { $location }
rep-and-more-documents =
    { $count ->
        [one] ynghyd ag un ddogfen arall
       *[other] ynghyd â { $count } o ddogfennau eraill
    }
rep-near-miss = Mae { $path }, { $location }, yn ei chrybwyll, ond { $reason }
rep-shown-overdue = Wedi'i dangos dim ond mewn tystiolaeth sydd wedi pasio'i dyddiad adolygu
rep-gaps = Bylchau
rep-none-applies = Nid oes unrhyw ofyniad yn y safon hon yn gymwys i'r rôl a farnwyd ({ $role }).

## Cynllun gweithredu a rhestr wirio'r hunanasesiad

# Wedi'i ddilyn gan "; ", rep-action-plan-lead, "`ivaudit audit` ", rep-action-plan-with,
# " `--out plan.xlsx` (", rep-action-plan-or, " `plan.csv`) " a rep-action-plan-writes.
rep-action-plan-intro = Y mwyaf difrifol yn gyntaf: camau blaenoriaeth (mae diogelwch plentyn neu ddyletswydd yn y gyfraith yn y fantol), yna meysydd i'w gwella (rhwymedigaethau'r safonau), yna argymhellion (arfer da). Mae gan bob un berchennog a awgrymir (rôl, byth person) a dyddiad targed o'i amserlen
rep-action-plan-lead = mae{" "}
rep-action-plan-with = gyda
rep-action-plan-or = neu
rep-action-plan-writes = yn ysgrifennu'r un cynllun, gyda'r dystiolaeth y mae pob cam yn seiliedig arni, fel taenlen i'w dilyn.
rep-action-plan-caption =
    { $count ->
        [one] Cynllun gweithredu ({ $count } cam, y mwyaf difrifol yn gyntaf)
       *[other] Cynllun gweithredu ({ $count } o gamau, y mwyaf difrifol yn gyntaf)
    }
rep-nothing-to-do = Dim i'w wneud: mae pob gofyniad sy'n gymwys wedi'i fodloni.
rep-shown-by = Wedi'i ddangos gan

## Yr hyn y mae'r cofrestrau'n ei ddangos

rep-indicators-intro = Dangosyddion a gyfrifwyd o'r cofrestrau fel ar { $date }, pob un gyda'i rifyddeg, y meincnod y'i bernir yn ei erbyn ac o ble y daw'r meincnod hwnnw.
rep-indicators-bars = Mae'r barrau'n dangos y gwerth; mae'r marciau du'n dangos y meincnod.
rep-indicators-shortfall = Lle mae arfer yn brin, dyfynnir y diffyg o dan y gofyniad y mae'n berthnasol iddo.
rep-indicators-caption = Dangosyddion ({ $count })
rep-col-indicator = Dangosydd
rep-col-benchmark = Meincnod
rep-col-judgement = Dyfarniad
rep-col-source = Ffynhonnell
rep-none-lower = dim
rep-no-registers = Nid oes cofrestrau yn y bwndel (registers/children.csv, visits.csv, volunteers.csv, feedback.csv, complaints.csv, population.yaml), felly ni ellir profi'r hyn y mae'r gwasanaeth yn ei ddarparu yn erbyn yr hyn y mae ei bolisïau'n ei ddweud, ac nid oes data gan yr un o'r { $count } dangosydd.

## Mynegai tystiolaeth

rep-evidence-intro = Pob ffeil y mae'r dyfarniadau'n seiliedig arni, gyda chrynhoad SHA-256 y ffeil fel y'i derbyniwyd, fel y gall unrhyw un ddangos mai'r hyn a aseswyd yw'r hyn a anfonwyd.
rep-digests-html = Mae'r crynoadau wedi'u byrhau i'w 12 digid hecs cyntaf; mae'r crynhoad llawn yn yr adroddiad JSON ac yn y testun sy'n ymddangos wrth hofran dros bob un byr.
rep-digests-md = Mae'r crynoadau wedi'u byrhau i'w 12 digid hecs cyntaf; mae'r crynhoad llawn yn yr adroddiad JSON.
rep-evidence-caption =
    { $count ->
        [one] Tystiolaeth a aseswyd ({ $count } eitem)
       *[other] Tystiolaeth a aseswyd ({ $count } eitem)
    }
rep-col-file = Ffeil
rep-col-title = Teitl
rep-col-kind = Math
rep-col-owner = Perchennog
rep-col-issued = Cyhoeddwyd
rep-col-review-due = Adolygiad yn ddyledus
rep-col-standing = Sefyllfa
rep-col-links = Yn cysylltu â
rep-owner-not-stated = heb ei nodi
rep-links-nothing = dim
rep-no-evidence = Ni chanfuwyd unrhyw dystiolaeth ddefnyddiadwy yn y bwndel.
rep-spec-heading = Manyleb gwasanaeth
# Wedi'i ddilyn gan lwybrau'r dogfennau ac atalnod llawn.
rep-spec-intro = Y cymalau y mae'r safonau'n dweud bod rhaid i fanyleb gwasanaeth Ymwelwyr Annibynnol eu cynnwys, wedi'u gwirio yn
rep-spec-no-document = dim dogfen: nid oes manyleb gyfredol yn y bwndel
rep-spec-caption = Cymalau'r fanyleb
rep-col-clause = Cymal
rep-col-required-by = Yn ofynnol gan
rep-col-found-in = Wedi'i ganfod yn
rep-spec-gap-under = bwlch wedi'i nodi o dan { $requirement }
rep-missing = ar goll
rep-registers = Cofrestrau
rep-registers-caption = Cofrestrau a ddarllenwyd
rep-col-used = Defnyddiwyd
rep-col-rows = Rhesi a gyfrifwyd
rep-register-used = do
rep-register-refused = naddo: gwrthodwyd (gweler Diagnosteg)
rep-rows-of = { $used } o { $rows }
rep-no-registers-short = Dim: nid oes cofrestrau yn y bwndel.
rep-unlinked-file = Markdown heb flaenfater, felly nid yw'n gysylltiedig ag unrhyw ofyniad
rep-unlisted-file = heb ei disgrifio yn evidence.yaml, felly nid yw wedi'i hasesu
rep-all-assessed = Dim: aseswyd pob ffeil yn y bwndel.

## Diagnosteg

# "... y mae ei chofnod yn `evidence.yaml` yn ei restru o dan `shows:`; aseswyd ...":
# mae enwau'r ffeil a'r maes yn aros yn y templed, rhwng y tair rhan.
rep-diagnostics-intro-1 = Problemau a ganfuwyd wrth ddarllen y bwndel. Nid yw ffeil â gwall yn cyfrif o gwbl nes ei chywiro, ac eithrio dogfen a restrwyd na ellid darllen ei thestun, sy'n dal i gyfrif am yr hyn y mae ei chofnod yn
rep-diagnostics-intro-2 = yn ei restru o dan
rep-diagnostics-intro-3 = ; aseswyd popeth arall o hyd.
rep-diagnostics-caption = Diagnosteg ({ $count })
rep-col-line = Llinell
rep-col-severity = Difrifoldeb
rep-col-code = Cod
rep-col-problem = Y broblem
rep-severity-error = Gwall
rep-severity-warning = Rhybudd
rep-all-read = Dim: gellid darllen pob ffeil yn y bwndel.

## Sut y gwnaed y dyfarniadau

rep-rules-statuses = Statws pob gofyniad
rep-rules-indicators = Dangosyddion
rep-rules-ratings = Graddau
rep-rules-findings = Canfyddiadau
rep-ratings-rules-intro = Rhoddir gradd i bob safon ar raddfa pedair lefel Arolygiaeth Gofal Cymru. Defnyddir y rheolau yn y drefn hon, a'r gyntaf sy'n wir sy'n rhoi'r radd:

## Y rheolau a argreffir ym mhob adroddiad (Sut y gwnaed y dyfarniadau)

# $negation, $plan a $heading yw'r geiriau Saesneg y mae ivaudit yn chwilio
# amdanynt mewn dogfennau ("not, no, never"): maent yn aros yn Saesneg.

rep-rule-status-met = Wedi'i fodloni: mae tystiolaeth gyfredol wedi'i chysylltu â'r gofyniad ac mae'n dangos pob elfen benodol a dynnwyd o eiriau'r gofyniad ei hun.
rep-rule-status-partial = Wedi'i fodloni'n rhannol: mae'r unig dystiolaeth gysylltiedig wedi pasio'i dyddiad adolygu, nid yw'r dystiolaeth gyfredol yn dangos pob elfen benodol a dynnwyd o eiriau'r gofyniad ei hun, neu mae'r cofrestrau'n dangos arfer sy'n brin o'r gofyniad (nid yw polisi'n ddigon os yw'r cofnodion yn ei wrth-ddweud).
rep-rule-status-not-met = Heb ei fodloni: nid oes tystiolaeth wedi'i chysylltu, neu dim ond drafftiau, dogfennau cychwynnol ivaudit init heb eu llenwi, neu ddogfennau a ddyddiwyd ar ôl y dyddiad cyfeirio.
rep-rule-status-not-applicable = Amherthnasol: mae'r gofyniad yn rhwymo'r parti arall (ni fernir darparwr ar yr hyn y bydd awdurdodau lleol yn ei wneud, na'r gwrthwyneb).
rep-rule-status-specifics = Caiff elfennau penodol y mae rhwymedigaeth yn eu cario o bwynt arfer da neu o ddatganiad y bobl ifanc eu barnu a'u hadrodd, ond nid ydynt byth yn newid statws y rhwymedigaeth: mae pob un nas dangosir yn argymhelliad, neu'n faes i'w wella lle mae diogelwch plant yn dibynnu arno.
rep-rule-status-current = Mae tystiolaeth yn gyfredol pan nad yw'n ddrafft nac yn ddogfen gychwynnol heb ei llenwi, pan gafodd ei chyhoeddi ar y dyddiad cyfeirio neu cyn hynny, a phan nad yw ei dyddiad adolygu (os oes un) cyn y dyddiad cyfeirio. Mae ffeil yn cysylltu â gofyniad drwy enwi ei ID, neu ei safon gyfan (S05), o dan `evidences`. Nodir felly elfen benodol a ganfuwyd dim ond mewn tystiolaeth sydd wedi pasio'i dyddiad adolygu.
rep-rule-criteria = Dangosir elfen benodol gan ddogfen gyfredol, gysylltiedig y mae ei thestun yn cynnwys, mewn un darn (brawddeg, eitem mewn rhestr, rhes mewn tabl neu bennawd, wedi'i ddarllen gyda'r penawdau uwch ei ben), bob term y mae rheol y catalog ar ei chyfer yn ei enwi (geiriau wedi'u cymharu yn ôl eu bôn, cyfystyron o gysyniadau'r catalog), ac sy'n ei dweud yn blaen: nid yw darn sy'n ei negyddu ({ $negation }), sy'n ei chyflwyno fel cynllun ({ $plan }, dyddiad cychwyn ar ôl dyddiad y ddogfen, pennawd fel { $heading }), sy'n brin o drothwy'r safon (bob chwe wythnos yn erbyn o leiaf bob mis, un geirda yn erbyn dau), sy'n cofnodi ei bod yn digwydd mewn rhai achosion yn unig (33 o 41, y rhan fwyaf), neu sy'n caniatáu'r hyn y mae'r safon yn ei wahardd, yn ei dangos, ac mae'r adroddiad yn dweud beth a ddaeth yn agos a pham. Mae pob elfen benodol a ddangosir yn dyfynnu ei darn a'i leoliad. Darllenir ffeiliau Word (.docx), OpenDocument (.odt), PDF (ei haen destun) a thestun plaen a ddisgrifir yn evidence.yaml yn yr un ffordd, a'u dyfynnu o dan eu pennawd a'u paragraff, neu fesul tudalen mewn PDF. Ar gyfer ffeiliau eraill (delweddau, er enghraifft), ac ar gyfer dogfen na ellir darllen ei thestun (sgan heb haen destun, ffeil wedi'i diogelu â chyfrinair), mae elfen benodol yn cyfrif pan fydd y cofnod yn ei rhestru o dan `shows` (wedi'i nodi'n ddatganedig).
rep-rule-indicators-period = Cyfrifir dangosyddion o'r cofrestrau ar y dyddiad cyfeirio dros gyfnod y bwndel (wedi'i dorri ar y dyddiad cyfeirio). Mae paru'n rhedeg o matched_on hyd at ended_on, ond heb ei gynnwys; mae plentyn yn aros pan fydd wedi'i atgyfeirio, yn cydsynio, heb ei baru, a'r atgyfeiriad heb ei gau.
rep-rule-indicators-visits = Mae mis cyfan yn cyfrif tuag at ymweld pan redodd y paru am y mis cyfan a phan fo'r mis yn gyfan gwbl o fewn y cyfnod; mae wedi'i gwmpasu pan fo'r gofrestr ymweliadau yn cynnwys o leiaf un ymweliad gan y gwirfoddolwr hwnnw â'r plentyn hwnnw ynddo.
rep-rule-indicators-vetted = Mae gwirfoddolwr sydd wedi'i baru wedi'i fetio'n llawn pan fo gwiriad DBS manwl ar gofnod (mae'r gofrestr yn cadw'r gwiriad diweddaraf, felly nid yw adnewyddiad yn wiriad hwyr), o leiaf ddau eirda, o leiaf ddau berson yn cymeradwyo, cymeradwyaeth wedi'i dyddio ar ddyddiad ei baru gweithredol cyntaf neu cyn hynny, a hyfforddiant cychwynnol wedi'i gwblhau sy'n cwmpasu pob pwnc a restrir yn Safon 6.
rep-rule-indicators-shortfall = Lle mae cofrestr yn dangos arfer sy'n brin, ychwanegir y diffyg at y gofyniad y mae'n berthnasol iddo, sydd wedyn wedi'i fodloni'n rhannol ar y gorau; mae diffyg sy'n rhoi diogelwch plant yn y fantol yn gam blaenoriaeth. Mae cofrestr absennol yn fwlch lle mae'r safonau'n disgwyl y cofnod.
rep-rule-indicators-references = Nid yw adroddiadau byth yn dangos cyfeirnod plentyn na gwirfoddolwr: maent yn nodi ffeil y gofrestr a rhifau'r llinellau.
rep-rule-finding-priority = Cam blaenoriaeth: nid yw dyletswydd statudol wedi'i bodloni'n llawn, nid oes tystiolaeth sy'n cyfrif ar gyfer rhwymedigaeth y mae diogelwch plant yn dibynnu arni, mae tystiolaeth gyfredol yn hepgor elfen benodol sy'n hanfodol i ddiogelwch a dynnwyd o eiriau'r rhwymedigaeth ei hun, neu mae cofrestr yn dangos arfer sy'n rhoi diogelwch plant yn y fantol (megis gwirfoddolwr wedi'i baru heb wiriad DBS manwl).
rep-rule-finding-area = Maes i'w wella: mae un o rwymedigaethau'r safonau wedi'i bodloni'n rhannol neu heb ei bodloni, neu nid yw tystiolaeth gyfredol yn dangos elfen benodol o arfer da mewn rhwymedigaeth y mae diogelwch plant yn dibynnu arni.
rep-rule-finding-recommendation = Argymhelliad: mae pwynt arfer da wedi'i fodloni'n rhannol neu heb ei fodloni, neu nid yw tystiolaeth gyfredol yn dangos elfen benodol o arfer da y mae rhwymedigaeth yn ei chario. Nid yw arfer da byth yn arwain at fwy nag argymhelliad, ac eithrio elfen benodol o rwymedigaeth sy'n hanfodol i ddiogelwch.
rep-rule-finding-strength = Cryfder: safon a raddiwyd yn Dda neu'n Rhagorol, gan enwi'r arfer da y mae'n ei ddangos.
rep-rule-finding-timescales = Amserlenni a awgrymir, o'r dyddiad cyfeirio: cam blaenoriaeth o fewn 3 mis, maes i'w wella o fewn 6 mis, argymhelliad o fewn 12 mis.

## Labeli model yr adroddiad

rep-role-authority = Awdurdod lleol
rep-role-provider = Darparwr gwasanaeth Ymwelwyr Annibynnol
rep-role-both = Awdurdod lleol a darparwr gwasanaeth Ymwelwyr Annibynnol
rep-kind-statutory = Dyletswydd statudol
rep-kind-obligation = Rhwymedigaeth
rep-kind-good-practice = Arfer da
rep-evidence-policy = polisi
rep-evidence-procedure = gweithdrefn
rep-evidence-training-record = cofnod hyfforddiant
rep-evidence-publicity = deunydd cyhoeddusrwydd
rep-evidence-minutes = cofnodion
rep-evidence-survey = arolwg
rep-evidence-report = adroddiad
rep-evidence-contract = contract
rep-evidence-specification = manyleb
rep-evidence-data-return = ffurflen ddata
rep-evidence-other = arall

## Gofyniad mewn geiriau: "Safon 1, rhwymedigaeth darparwr 1"

rep-req-label = Safon { $standard }, { $what } { $number }
rep-req-statutory = Safon { $standard }, dyletswydd statudol (Cod Ymarfer, paragraff { $paragraph })
rep-req-good-practice = arfer da
rep-req-authority = rhwymedigaeth awdurdod lleol
rep-req-provider = rhwymedigaeth darparwr
rep-req-obligation = rhwymedigaeth
# "Safon 1, rhwymedigaeth darparwr 1: heb ei fodloni"
rep-req-heading = { $label }: { $status }

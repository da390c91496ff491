# Pedair dogfen gomisiynu Atodiad D (dadansoddiad o anghenion, cynllun,
# manyleb, adroddiad comisiynu) a'r gragen HTML y mae pob dogfen yn ei
# rhannu. Cymraeg.
#
# Mae gan bob id neges yma efell Saesneg yn ../en/commission.ftl.
# Termau: gweler ../../glossary.csv.

## Y gragen HTML (reports/_document.html): pennyn tudalen wedi'i hargraffu

com-print-heading = { $authority }: { $title }
com-print-as-at = Fel ar { $date }

## Dechrau a diwedd pob dogfen (reports/_commission.md)

com-internal-note = Ffigurau union at ddefnydd { $authority } ei hun; cyhoeddwch y fersiwn heb --internal yn unig.
com-heading = { $title }: { $authority }
com-intro-period = Yn cwmpasu'r cyfnod { $from } i { $to }; ffigurau fel ar { $as_of }. Drafft a baratowyd gydag { $tool } i { $authority } ei olygu a'i gyhoeddi, gan ddilyn Atodiad D (y fframwaith comisiynu) o'r { $standards }.
com-intro = Ffigurau fel ar { $as_of }. Drafft a baratowyd gydag { $tool } i { $authority } ei olygu a'i gyhoeddi, gan ddilyn Atodiad D (y fframwaith comisiynu) o'r { $standards }.
com-not-yet-known = Heb fod yn hysbys eto
com-figure-source = ffynhonnell: { $source }
com-table-caption = Tabl: { $caption }
com-table-total = Cyfanswm
com-characteristic-caption = Plant sydd wedi'u paru a phlant sy'n aros, yn ôl { $characteristic }

## Rheoli datgelu

com-disclosure-note = Er mwyn diogelu hunaniaeth plant, dangosir cyfrifon o 1 i 4 fel *, caiff cyfrifon eraill eu talgrynnu i'r 5 agosaf, cuddir celloedd pellach lle byddai cyfanswm yn datgelu un cudd, a chaiff canrannau a ffigurau deilliedig eraill eu cyfrifo o'r cyfrifon a gyhoeddir. Dangosir canran o lai nag 20 o blant fel *, gan y byddai talgrynnu'n ei gwneud yn gamarweiniol. Caiff cyfansymiau eu talgrynnu ar eu pennau eu hunain, felly gallant fod yn wahanol i swm eu rhannau wedi'u talgrynnu.

## Y dadansoddiad o anghenion (reports/commission-needs-analysis.md)

com-na-intro = Y dadansoddiad hwn o anghenion yw elfen gyntaf y cylch comisiynu (dadansoddi, cynllunio, cyflawni, adolygu). Mae'n amcangyfrif faint o'r plant sy'n derbyn gofal gan { $authority } sydd angen Ymwelydd Annibynnol, faint sydd ag un, a pha fath o wirfoddolwyr sydd eu hangen ar y gwasanaeth.
com-na-population-heading = Y boblogaeth o blant sy'n derbyn gofal
com-na-population-caption = Y boblogaeth o blant sy'n derbyn gofal o'i chymharu â chyfartaleddau Cymru
com-na-col-group = Grŵp
com-na-col-children = Plant
com-na-col-share = Cyfran o'r plant sy'n derbyn gofal
com-na-col-welsh-average = Cyfartaledd Cymru (Atodiad D)
com-na-population-source = Ffynhonnell: registers/population.yaml. Mae Atodiad D yn gofyn i gomisiynwyr gymharu tri symudiad lleoliad neu fwy, lleoliadau y tu allan i'r sir a lleoliadau y tu allan i Gymru â chyfartaleddau Cymru, fel arwyddion o angen heb ei ddiwallu.
com-na-not-available = Nid yw ar gael: gweler "Heb fod yn hysbys eto".
com-na-need-heading = Yr angen disgwyliedig
com-na-need-note = Mae asesiadau'n defnyddio offeryn Atodiad C; y band 2.5-5.0% yw disgwyliad rhesymol Atodiad D o ran cyrhaeddiad. Hyd nes y bydd pob plentyn dros 7 oed wedi'i asesu, mae'r cynllun yn defnyddio'r mwyaf o'r ddau.
com-na-provision-heading = Y ddarpariaeth bresennol a'r angen heb ei ddiwallu
com-na-targets-heading = Y gwirfoddolwyr sydd eu hangen
com-na-targets-intro = Targedau dangosol ar gyfer nifer yr Ymwelwyr Annibynnol sydd â'r nodweddion y mae ar y plant eu hangen (Atodiad D, "Yr hyn y dylai comisiynwyr ei gyhoeddi").
com-na-characteristics-heading = Nodweddion gwarchodedig
com-na-characteristics-intro = Plant sydd wedi'u paru a phlant sy'n aros, yn ôl nodwedd, i ddangos unrhyw anghydraddoldeb o ran mynediad (Atodiad D, "Nodweddion gwarchodedig").
com-na-feedback-heading = Profiad y plant

## Y cynllun comisiynu (reports/commission-plan.md)

com-plan-intro = Mae'r cynllun comisiynu hwn yn nodi sut y bydd { $authority } yn diwallu'r angen a nodwyd yn ei ddadansoddiad o anghenion Ymwelwyr Annibynnol, gyda'r allbynnau a'r canlyniadau y disgwylir i'r gwasanaeth eu cyflawni am y cyllid sydd ar gael (Atodiad D, "Cynllun Comisiynu Ymwelwyr Annibynnol").
com-plan-need-heading = Yr angen i'w ddiwallu
com-plan-resources-heading = Adnoddau
com-plan-resources-intro = Atodiad D: "Plant a phobl ifanc y disgwylir y bydd angen Ymwelydd Annibynnol arnynt x £2,400 = cyllideb resymol". Mae'r £2,400 yn talu am recriwtio a dethol, cyfnod sefydlu a hyfforddiant parhaus, goruchwyliaeth, adroddiadau chwarterol a blynyddol, a threuliau ymweliad misol.
com-plan-outputs-heading = Allbynnau
com-plan-outcomes-heading = Canlyniadau
com-plan-procurement-heading = Sut y caiff y gwasanaeth ei brynu
com-plan-advocacy-intro = Caiff y gwasanaeth Ymwelwyr Annibynnol ei brynu ynghyd ag eiriolaeth broffesiynol annibynnol. Mae Atodiad D yn ei gwneud yn ofynnol wedyn i gomisiynwyr sicrhau:

## Y fanyleb (reports/commission-specification.md)

com-spec-intro = Manyleb ddrafft a baratowyd gydag { $tool } o'r { $standards } fel ar { $as_of }, i { $authority } ei golygu a'i chyhoeddi. Mae'n nodi sut y bydd y darparwr yn cyflawni'r gofynion statudol a phob un o'r 14 safon genedlaethol, sut y dangosir cydymffurfiaeth, a'r allbynnau a'r canlyniadau y mae'n rhaid i'r contract eu cyflawni (Atodiad D, Elfen tri).
com-spec-duties-heading = Gofynion statudol
com-spec-duties-intro = Bydd y darparwr yn cefnogi { $authority } i gyflawni ei ddyletswyddau o dan adran 98 o Ddeddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014 a Chod Ymarfer Rhan 6 (paragraffau 330-339):
com-spec-clauses-heading = Cymalau gofynnol
com-spec-clause-required-by = (Yn ofynnol gan { $source }.)
com-spec-standards-heading = Y 14 safon genedlaethol
com-spec-standard-heading = Safon { $number }: { $title }
com-spec-outcome = Canlyniad: { $outcomes }
com-spec-provider-will = Bydd y darparwr yn:
com-spec-support-authority = Cefnogi'r awdurdod i fodloni'r safon hon.
com-spec-compliance = Dangosir cydymffurfiaeth gan:
com-spec-evidence = dogfennau sy'n dangos { $shows }
com-spec-records = cofnodion sy'n dangos { $indicator }
com-spec-outputs-heading = Allbynnau
com-spec-outcomes-heading = Canlyniadau

## Yr adroddiad comisiynu (reports/commission-report.md)

com-report-intro = Mae'r adroddiad comisiynu hwn yn crynhoi sut y cyflawnodd y gwasanaeth Ymwelwyr Annibynnol yn erbyn y cynllun comisiynu, yr hyn a ddywedodd plant a phobl ifanc, a'r blaenoriaethau ar gyfer y cylch comisiynu nesaf (Atodiad D, "Adroddiad comisiynu Ymwelwyr Annibynnol").
com-report-delivery-heading = Cyflawni yn erbyn y cynllun
com-report-delivery-caption = Cyflawni yn erbyn y cynllun
com-report-col-measure = Mesur
com-report-col-planned = Wedi'i gynllunio
com-report-col-delivered = Wedi'i gyflawni
com-report-col-source = Ffynhonnell
com-report-feedback-heading = Yr hyn a ddywedodd plant a phobl ifanc
com-report-no-feedback = Ni ddarparwyd cofrestr adborth: gweler "Heb fod yn hysbys eto".
com-report-ratings-heading = Y gwasanaeth yn erbyn y safonau cenedlaethol
com-report-ratings-caption = Graddau'r 14 safon genedlaethol
com-report-col-standard = Safon
com-report-col-rating = Gradd
com-report-ratings-note = Graddau archwiliad ivaudit o'r un dystiolaeth yw'r rhain, ar raddfa pedair lefel Arolygiaeth Gofal Cymru.
com-report-priorities-heading = Blaenoriaethau ar gyfer y cylch comisiynu nesaf
com-report-priority = (Safon { $number }, { $title }): { $requirement }, { $status }.
com-report-no-priorities = Ni chanfuwyd unrhyw gamau blaenoriaeth na meysydd i'w gwella.

## Y boblogaeth o blant sy'n derbyn gofal

com-pop-looked-after = Plant sy'n derbyn gofal
com-pop-over-7 = Dros 7 oed
com-pop-out-of-county = Wedi'u lleoli y tu allan i'r sir
com-pop-outside-wales = Wedi'u lleoli y tu allan i Gymru
com-pop-three-moves = Tri symudiad lleoliad neu fwy mewn blwyddyn
com-pop-residential = Yn byw mewn lleoliad preswyl

## Yr hyn na ellid ei gyfrifo

com-missing-population = Mae registers/population.yaml ar goll, felly ni ellir cyfrifo'r boblogaeth o blant sy'n derbyn gofal, yr angen disgwyliedig o'r band 2.5-5.0% na'r gyllideb resymol.
com-missing-assessments = Mae registers/assessments.csv ar goll, felly mae'r angen disgwyliedig yn dibynnu ar y band 2.5-5.0% yn unig.
com-missing-children = Mae registers/children.csv ar goll, felly ni ellir dangos y parau presennol na'r rhestr aros.
com-missing-budget = Nid yw registers/population.yaml yn rhoi iv_budget, felly ni ellir cymharu'r gyllideb bresennol.

## O ble y daw'r ffigurau

com-src-assessments = registers/assessments.csv (Atodiad C)
com-src-band = Atodiad D, Egwyddor 3 (2.5-5.0% o'r plant sy'n derbyn gofal)
com-src-cost = Atodiad D, Egwyddor 4 (£2,400 y plentyn y flwyddyn)
com-src-planning-rule = rheol gynllunio ivaudit: y mwyaf o'r angen a aseswyd a phen isaf y band
com-src-reach = registers/children.csv a registers/population.yaml; mae Atodiad D yn disgwyl 2.5-5.0%
com-src-figures-above = y ffigurau uchod
com-src-need-above = yr angen disgwyliedig uchod
com-src-welsh-speaking = registers/children.csv; Safon 13, bydd darparwyr yn, pwynt 2
com-src-male = registers/children.csv; Atodiad D, troednodyn 8
com-src-placed-away = registers/population.yaml; Atodiad D, Elfen dau

## Yr angen disgwyliedig

com-fig-indicated = Plant y mae Ymwelydd Annibynnol wedi'i nodi ar eu cyfer, o asesiadau
com-fig-indicated-how = asesiad diweddaraf pob un o'r { $assessed } o blant a aseswyd
com-fig-can-appoint = Y rhai y gellir penodi Ymwelydd Annibynnol iddynt (mae'r plentyn yn cydsynio)
com-fig-can-appoint-how = wedi'i nodi, nid yw'r plentyn yn gwrthwynebu ac ni wrthododd (Cod Ymarfer Rhan 6, paragraff 335)
com-fig-band = Angen disgwyliedig o'r band 2.5-5.0%
com-fig-band-shown = { $low } i { $high } o blant
com-fig-band-how = { $looked_after } o blant sy'n derbyn gofal x 2.5% a x 5.0%
com-fig-planning = Yr angen disgwyliedig a ddefnyddir i gynllunio
com-planning-assessed = yr angen a aseswyd ({ $assessed }), nad yw'n is na phen isaf y band ({ $band_low })
com-planning-band-fewer = pen isaf y band, { $children } (2.5% wedi'i dalgrynnu i fyny), gan fod llai wedi'u hasesu hyd yma fel rhai sydd angen Ymwelydd Annibynnol ({ $assessed })
com-planning-band-too-small = pen isaf y band, { $children } (2.5% wedi'i dalgrynnu i fyny), gan fod nifer y rhai a aseswyd fel rhai sydd angen Ymwelydd Annibynnol yn rhy fach i'w gyhoeddi ({ $assessed })
com-planning-band = pen isaf y band, { $children } (2.5% wedi'i dalgrynnu i fyny)
com-planning-assessed-only = yr angen a aseswyd ({ $assessed })

## Y ddarpariaeth bresennol

com-fig-matched = Plant sydd wedi'u paru ag Ymwelydd Annibynnol ar hyn o bryd
com-fig-matched-how = wedi'u paru ar { $date } neu cyn hynny a heb ddod i ben
com-fig-waiting = Plant sy'n aros i gael eu paru
com-fig-waiting-how = wedi'u hatgyfeirio, yn cydsynio, heb eu paru, a'r atgyfeiriad ar agor
com-fig-waiting-3 = O'r rheini, yn aros mwy na 3 mis
com-fig-waiting-12 = O'r rheini, yn aros mwy na 12 mis
com-fig-waiting-long-how = wedi'u hatgyfeirio fwy na 3 neu 12 mis cyn y dyddiad cyfeirio
com-fig-reach = Cyrhaeddiad: plant wedi'u paru, o'r plant sy'n derbyn gofal
com-fig-unmet = Angen heb ei ddiwallu
com-fig-unmet-how = angen disgwyliedig o { $need } llai { $matched } wedi'u paru

## Y gwirfoddolwyr sydd eu hangen

com-fig-ivs-needed = Cyfanswm yr Ymwelwyr Annibynnol sydd eu hangen
com-fig-ivs-needed-how = un gwirfoddolwr ar gyfer pob plentyn y disgwylir y bydd angen Ymwelydd Annibynnol arno (Safon 5, arfer da, pwynt 6)
com-target-how = { $need } x { $part } / { $whole } o { $what }, wedi'i dalgrynnu i fyny
com-target-too-few = rhy ychydig o { $what } i'w cyhoeddi
com-fig-welsh-speaking = Gwirfoddolwyr sy'n siarad Cymraeg
# Ar ôl "o" yn com-target-how a com-target-too-few: treiglad meddal (blant).
com-what-welsh = blant wedi'u paru ac yn aros y mae eu hiaith gyntaf yn Gymraeg
com-fig-male = Gwirfoddolwyr gwrywaidd
com-what-boys = blant wedi'u paru ac yn aros sy'n fechgyn
com-fig-placed-away = Gwirfoddolwyr sy'n gallu cyrraedd plant sydd wedi'u lleoli y tu allan i'r sir neu y tu allan i Gymru
com-placed-away-how = { $need } x { $part } / { $whole } o blant sy'n derbyn gofal wedi'u lleoli i ffwrdd, wedi'i dalgrynnu i fyny

## Nodweddion gwarchodedig: teitlau, rhesi a cholofnau'r tablau

com-char-gender = Rhywedd
com-char-language = Iaith gyntaf
com-char-placement = Lleoliad
com-gender-female = Merched a menywod ifanc
com-gender-male = Bechgyn a dynion ifanc
com-gender-other = Rhywedd arall
com-lang-welsh = Cymraeg
com-lang-english = Saesneg
com-lang-other = Iaith arall
com-placement-in = Yn y sir
com-placement-out = Y tu allan i'r sir
com-placement-wales = Y tu allan i Gymru
com-not-recorded = Heb ei gofnodi
com-col-matched = Wedi'u paru
com-col-waiting = Yn aros

## Cyllideb

com-fig-budget-need = Cyllideb resymol ar gyfer yr angen disgwyliedig
com-budget-need-how = { $children } x £2,400
com-fig-budget-band = Cyllideb resymol ar draws y band 2.5-5.0%
com-range = { $low } i { $high }
com-budget-band-how = { $low } i { $high } o blant x £2,400
com-fig-budget-current = Cyllideb bresennol Ymwelwyr Annibynnol
com-as-stated = fel y'i nodwyd
com-fig-budget-above = Cyllideb uwchlaw'r gyllideb resymol
com-fig-budget-shortfall = Diffyg o'i gymharu â'r gyllideb resymol
com-less = { $from } llai { $less }
com-fig-budget-matches = Nifer y parau y mae'r gyllideb bresennol yn eu hariannu
com-budget-matches-how = { $budget } / £2,400, parau cyfan

## Allbynnau

com-output-matched =
    { $count ->
        [one] { $count } plentyn wedi'i baru ag Ymwelydd Annibynnol, a'r rhestr aros yn parhau ar agor i hunanatgyfeiriadau.
       *[other] { $count } o blant wedi'u paru ag Ymwelydd Annibynnol, a'r rhestr aros yn parhau ar agor i hunanatgyfeiriadau.
    }
com-output-3-months = Pob paru wedi'i wneud o fewn 3 mis i'r atgyfeiriad (Safon 5, arfer da, pwynt 8).
com-output-monthly = Ymweliad o leiaf unwaith y mis ar gyfer pob paru (Safon 8, arfer da, pwynt 1).
com-output-feedback = Adborth gan bob plentyn o leiaf bob 6 mis, a'r paru wedi'i adolygu ym mhob Adolygiad Statudol (Safon 9).
com-output-volunteers = Pob gwirfoddolwr â gwiriad DBS manwl, o leiaf ddau eirda, cymeradwyaeth gan fwy nag un person a hyfforddiant cychwynnol ar bob pwnc a restrir yn Safon 6.
com-output-reports = Adroddiadau chwarterol a blynyddol i'r awdurdod, gan gynnwys barn plant a phobl ifanc (Atodiad D, Egwyddor 4; Safon 4).

## Canlyniadau: canlyniadau'r New Economics Foundation a ddyfynnir yn
## Atodiad D, Egwyddor 2, ac yna rhai pob safon

com-nef-well-being = Llesiant personol: mwy o hyder, hunan-barch, ymddiriedaeth a gwydnwch; gallu gofyn am help.
com-nef-relationships = Perthnasoedd personol: gwell gallu i ffurfio a chynnal perthnasoedd â chyfoedion a chysylltiadau newydd.
com-nef-social = Rhyngweithio cymdeithasol: rhwydwaith cymorth ehangach; gwell rhyngweithio, sgiliau ac ymddygiad cymdeithasol.
com-nef-practical = Sgiliau ymarferol a datrys problemau, megis cadw'n ddiogel, gwneud penderfyniadau a chyllidebu.
com-nef-achievement = Cyflawniad: cyflawniad personol ac addysgol, datblygu sgiliau ac ystod o brofiadau.
com-standard-outcome = Safon { $number }: { $outcome }

## Sut y caiff y gwasanaeth ei brynu

com-procurement-model = Model comisiynu: { $model }.
com-procurement-provider = Darparwr: { $providers }.
com-procurement-coordinator = Mae'r cyllid yn talu am ddigon o oriau cydgysylltydd Ymwelwyr Annibynnol penodedig i recriwtio a chefnogi gwirfoddolwyr yn lleol (Atodiad D, Elfen dau).
com-advocacy-outcomes = Bod y canlyniadau a ddisgwylir gan y gwasanaeth eiriolaeth broffesiynol annibynnol a chan y gwasanaeth Ymwelwyr Annibynnol yn cael eu nodi ar wahân.
com-advocacy-specifications = Bod manylebau gwasanaeth ar wahân yn cael eu cyhoeddi ar gyfer eiriolaeth ac ar gyfer y gwasanaeth Ymwelwyr Annibynnol.
com-advocacy-budget = Bod y gyllideb yn galluogi'r darparwr i ddiwallu'r angen am wasanaethau eiriolaeth ac Ymwelwyr Annibynnol, ac i ddangos ei fod yn gwneud hynny.

## Cyflawni yn erbyn y cynllun

com-delivery-matched = Plant wedi'u paru
com-planned-every-match = pob paru
com-planned-every-month = pob mis o bob paru
com-share-of = { $percent } ({ $count } o { $base })
com-no-data = dim data

## Graddau (graddfa pedair lefel Arolygiaeth Gofal Cymru)

com-rating-excellent = Rhagorol
com-rating-good = Da
com-rating-requires-improvement = Angen gwella
com-rating-requires-significant-improvement = Angen gwella sylweddol
com-not-rated = Heb ei graddio
com-rating-standard = { $number }. { $title }

## Adborth y plant

com-fig-feedback-children = Adborth a gafwyd gan blant
com-feedback-children-how = cofnodion gan blant yn ystod y cyfnod
com-fig-feedback-professionals = Adolygiadau gan weithwyr cymdeithasol a Swyddogion Adolygu Annibynnol
com-feedback-professionals-how = cofnodion gan weithwyr cymdeithasol a Swyddogion Adolygu Annibynnol yn ystod y cyfnod

## Blaenoriaethau ar gyfer y cylch comisiynu nesaf

com-kind-priority-action = Cam blaenoriaeth
com-kind-area-for-improvement = Maes i'w wella
com-status-not-met = heb ei fodloni
com-status-partly-met = wedi'i fodloni'n rhannol
com-why-duty = Mae hyn yn flaenoriaeth oherwydd ei fod yn ddyletswydd gyfreithiol.
com-why-safety = Mae hyn yn flaenoriaeth oherwydd bod diogelwch plant yn dibynnu arno.
com-requirement-statutory = Y ddyletswydd statudol { $id } ({ $basis }: “{ $quote }”)
com-requirement-in-law = yn y gyfraith
com-requirement-party = { $id } (bydd { $party } yn: “{ $quote }”)
com-party-authority = yr awdurdod lleol
com-party-provider = darparwr y gwasanaeth Ymwelwyr Annibynnol
com-party-both = yr awdurdod lleol a darparwr y gwasanaeth Ymwelwyr Annibynnol
com-short-no-evidence = Nid oes tystiolaeth wedi'i chysylltu â'r gofyniad hwn.
com-short-overdue = Mae'r unig dystiolaeth gysylltiedig a allai gyfrif wedi pasio ei dyddiad adolygu.
com-short-not-counting = Nid yw dim o'r dystiolaeth gysylltiedig yn cyfrif eto ({ $kinds }).
com-short-drafts = drafftiau
com-short-starters = dogfennau cychwynnol heb eu llenwi
com-short-not-issued = dogfennau sydd wedi'u dyddio ar ôl y dyddiad cyfeirio
com-short-not-current = nid yw'n gyfredol
com-or = neu
com-short-criterion = Nid yw'r dogfennau cyfredol yn dangos { $shows }.
com-short-records = Mae cofnodion yn dangos bod ymarfer yn brin ({ $registers }): { $measure }: { $count } o { $base } { $base_phrase }.
com-short-records-share = Mae cofnodion yn dangos bod ymarfer yn brin ({ $registers }): { $measure }: { $count } o { $base } { $base_phrase }, { $share }.
com-short-no-specification = Nid oes manyleb gwasanaeth gyfredol (dogfen o'r math specification), felly ni ellir gwirio'r cymalau y mae'r safonau'n eu gwneud yn ofynnol ynddi.
com-short-no-clause = Nid oes gan y fanyleb gwasanaeth gyfredol gymal ar { $clause } ({ $source }).
com-short-see-report = Mae'r adroddiad arolygu yn rhoi'r manylion.

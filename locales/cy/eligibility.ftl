# Yr adroddiad cymhwysedd (reports/eligibility.md, src/commission/eligibility.rs):
# darlun Atodiad C at ddefnydd yr awdurdod ei hun. Cymraeg.
#
# Mae gan bob id neges yma efell Saesneg yn ../en/eligibility.ftl.
# Termau: gweler ../../glossary.csv.

## Yr adroddiad

elig-internal-note = Mae'r adroddiad hwn yn enwi plant yn ôl eu cyfeirnod. Defnyddiwch y dadansoddiad o anghenion ar gyfer unrhyw beth a gyhoeddir.
elig-intro = Asesiadau gydag offeryn Atodiad C fel ar { $as_of }.
elig-summary-heading = Crynodeb
elig-summary-caption = Cymhwysedd yn gryno
elig-col-measure = Mesur
elig-col-children = Plant
elig-assessed = Wedi'u hasesu
elig-indicated = Mae Ymwelydd Annibynnol wedi'i nodi (mae'r achos budd pennaf wedi'i wneud)
elig-can-appoint = Gellir penodi Ymwelydd Annibynnol (mae'r plentyn yn cydsynio)
elig-objects-or-declined = Wedi'i nodi, ond mae'r plentyn yn gwrthwynebu neu wedi gwrthod
elig-reviews-overdue = Adolygiadau sy'n hwyr
elig-referred-never-assessed = Plant 7 oed neu hŷn a atgyfeiriwyd ond na chawsant eu hasesu erioed
elig-over-7-never-assessed = Plant dros 7 oed sy'n derbyn gofal heb asesiad
elig-not-known = nid yw'n hysbys
elig-summary-note = Nifer y plant y mae Ymwelydd Annibynnol wedi'i nodi ar eu cyfer yw man cychwyn y dadansoddiad o anghenion. Plant dros 7 oed heb asesiad: { $basis }.
elig-children-heading = Plant
elig-children-caption = Asesiad diweddaraf pob plentyn a aseswyd
elig-col-child = Plentyn
elig-col-assessed = Aseswyd
elig-col-by = Gan
elig-col-age = Oed
elig-col-indicated = Wedi'i nodi
elig-col-can-appoint = Gellir penodi
elig-col-next-review = Adolygiad nesaf
elig-col-finding = Canfyddiad
elig-not-recorded = heb ei gofnodi
elig-yes = ydy
elig-no = nac ydy
elig-none = dim
elig-overdue = (yn hwyr)
elig-factors-heading = Ffactorau a gofnodwyd
elig-never-assessed-heading = Wedi'u hatgyfeirio ond heb eu hasesu erioed
elig-rules-heading = Sut y penderfynir ar gymhwysedd

## Pwy a aseswyd

elig-assessor-social-worker = Gweithiwr cymdeithasol
elig-assessor-iro = Swyddog Adolygu Annibynnol
elig-assessor-provider = Darparwr gwasanaeth Ymwelwyr Annibynnol

## Ffactorau offeryn Atodiad C

elig-factor-little-family-contact = nid oes ganddo ddim cyswllt, neu fawr ddim cyswllt, â'i deulu
elig-factor-contact-not-meaningful = nid yw'r cyswllt â'r teulu yn ystyrlon
elig-factor-wellbeing-health = byddai Ymwelydd Annibynnol yn cyfrannu at ei iechyd corfforol a meddyliol a'i lesiant emosiynol
elig-factor-wellbeing-education = byddai Ymwelydd Annibynnol yn cyfrannu at ei addysg, ei hyfforddiant a'i hamdden
elig-factor-wellbeing-protection = byddai Ymwelydd Annibynnol yn cyfrannu at ei ddiogelu rhag camdriniaeth ac esgeulustod
elig-factor-wellbeing-relationships = byddai Ymwelydd Annibynnol yn cyfrannu at ei fwynhad o berthnasoedd personol diogel ac iach
elig-factor-wellbeing-community = byddai Ymwelydd Annibynnol yn cyfrannu at deimlo ei fod yn cael ei werthfawrogi ac yn rhan o'i gymuned
elig-factor-wellbeing-independence = byddai Ymwelydd Annibynnol yn cyfrannu at ei fywyd cymdeithasol ac at ei helpu i dyfu i fyny a bod yn annibynnol
elig-factor-wellbeing-voice = byddai Ymwelydd Annibynnol yn ei helpu i gael gwybodaeth a chyngor, i gael ei drin ag urddas a pharch ac i gael gwrandawiad
elig-factor-placed-at-distance = wedi'i leoli bellter o'i gartref (yn enwedig y tu allan i'r sir), sy'n ei gwneud yn anodd cynnal cyswllt
elig-factor-communication-difficulties = ni all fynd allan yn annibynnol, neu mae'n cael anhawster cyfathrebu neu feithrin perthnasoedd cadarnhaol
elig-factor-risk-inappropriate-relationships = yn ymddwyn (neu'n debygol o ymddwyn) mewn ffordd sy'n peryglu perthnasoedd amhriodol
elig-factor-residential-setting = wedi'i leoli mewn lleoliad preswyl a byddai'n elwa ar berthynas unigryw, unigol ag Ymwelydd Annibynnol
elig-factor-multiple-placements = yn profi lleoliadau lluosog a'r anhawster o gynnal perthynas barhaus ag oedolyn

## Canfyddiad pob plentyn. Ar ôl rhif mewn ffigurau: "1 ffactor", "5 o ffactorau".

elig-finding-can-appoint =
    { $factors ->
        [one] Mae'r achos budd pennaf wedi'i wneud ar sail { $factors } ffactor ac mae'r plentyn yn cydsynio: gellir penodi Ymwelydd Annibynnol.
       *[other] Mae'r achos budd pennaf wedi'i wneud ar sail { $factors } o ffactorau ac mae'r plentyn yn cydsynio: gellir penodi Ymwelydd Annibynnol.
    }
elig-finding-objects =
    { $factors ->
        [one] Mae'r achos wedi'i wneud ar sail { $factors } ffactor, ond mae'r plentyn yn gwrthwynebu: ni ellir penodi Ymwelydd Annibynnol tra bydd yn gwrthwynebu, os oes ganddo ddealltwriaeth ddigonol (paragraff 335).
       *[other] Mae'r achos wedi'i wneud ar sail { $factors } o ffactorau, ond mae'r plentyn yn gwrthwynebu: ni ellir penodi Ymwelydd Annibynnol tra bydd yn gwrthwynebu, os oes ganddo ddealltwriaeth ddigonol (paragraff 335).
    }
elig-finding-declined =
    { $factors ->
        [one] Mae'r achos wedi'i wneud ar sail { $factors } ffactor, ond gwrthododd y plentyn.
       *[other] Mae'r achos wedi'i wneud ar sail { $factors } o ffactorau, ond gwrthododd y plentyn.
    }
elig-finding-made = Mae'r achos wedi'i wneud.
elig-finding-referred-without-factor = Wedi'i atgyfeirio heb gofnodi unrhyw ffactor o Atodiad C: nid yw'r achos budd pennaf wedi'i ddangos.
elig-finding-no-factor = Nid oes unrhyw ffactor o Atodiad C wedi'i gofnodi: nid yw Ymwelydd Annibynnol wedi'i nodi.
elig-finding-not-now =
    { $factors ->
        [one] { $factors } ffactor wedi'i gofnodi ond y penderfyniad oedd nid nawr: parhewch i adolygu.
       *[other] { $factors } o ffactorau wedi'u cofnodi ond y penderfyniad oedd nid nawr: parhewch i adolygu.
    }

## Plant dros 7 oed heb asesiad

elig-over-7-basis = { $over_7 } o blant dros 7 oed sy'n derbyn gofal (registers/population.yaml) llai { $assessed } a aseswyd (registers/assessments.csv)
elig-over-7-unknown = nid yw registers/population.yaml yn rhoi nifer y plant dros 7 oed

## Sut y penderfynir ar gymhwysedd

elig-rule-latest = Caiff pob plentyn ei farnu ar sail ei asesiad diweddaraf yn registers/assessments.csv.
elig-rule-indicated = Mae Ymwelydd Annibynnol wedi'i nodi pan fo o leiaf un o ffactorau offeryn Atodiad C wedi'i dicio ac nad “nid nawr” yw'r penderfyniad; mae penderfyniad bod y plentyn wedi gwrthod yn cofnodi bod yr achos wedi'i wneud ond bod y plentyn wedi dweud na.
elig-rule-can-appoint = Gellir penodi Ymwelydd Annibynnol pan fo wedi'i nodi, nad yw'r plentyn yn gwrthwynebu ac nad yw wedi gwrthod: rhaid i'r awdurdod beidio â phenodi os yw plentyn sydd â dealltwriaeth ddigonol yn gwrthwynebu (Cod Ymarfer Rhan 6, paragraff 335).
elig-rule-over-7 = Plant dros 7 oed yw'r rhai sy'n 7 oed neu'n hŷn (Safon 1: ystyried Ymwelydd Annibynnol ar gyfer pob plentyn dros 7 oed).
elig-rule-overdue = Mae adolygiad yn hwyr pan fo dyddiad ei adolygiad nesaf cyn y dyddiad cyfeirio.

# Un llinell ar gyfer pob cod diagnostig (src/diag.rs), a ddangosir mewn
# adroddiad Cymraeg o flaen manylion y diagnostig ei hun, y mae ivaudit yn
# eu hysgrifennu yn Saesneg (fe'u hargreffir ar stderr hefyd).
# Mae gan bob id efell Saesneg yn ../en/diagnostics.ftl.

## bundle.yaml

diag-iv001 = Mae bundle.yaml ar goll.
diag-iv002 = Ni ellir darllen bundle.yaml fel YAML, neu mae ganddo faes anghywir.
diag-iv003 = Mae gan un o feysydd bundle.yaml werth annilys.
diag-iv004 = Nid oes dyddiad cyfeirio: byddai'r archwiliad yn gwrthod rhedeg.
diag-iv005 = Mae bundle.yaml yn dal i gynnwys testun dalfan o'r ddogfen gychwynnol.

## Tystiolaeth a'i blaenfater

diag-iv101 = Nid yw'r blaenfater yn YAML dilys, neu mae ganddo faes anghywir.
diag-iv102 = Mae'r blaenfater yn agor â --- ond nid yw byth yn cau.
diag-iv103 = Mae eitem o dystiolaeth yn enwi gofyniad neu faen prawf nad yw yn y catalog.
diag-iv104 = Nid yw dyddiad yn ddyddiad go iawn (BBBB-MM-DD).
diag-iv105 = Mae'r dyddiad adolygu yn disgyn cyn y dyddiad cyhoeddi.
diag-iv107 = Nid yw'r dystiolaeth yn cysylltu ag unrhyw ofyniad.
diag-iv108 = Nid yw Markdown heb flaenfater yn cyfrif o gwbl.
diag-iv109 = Nid yw tystiolaeth a nodwyd yn ddrafft yn cyfrif o gwbl.
diag-iv110 = Nid yw dogfen gychwynnol heb ei llenwi yn cyfrif o gwbl.
diag-iv111 = Nid yw tystiolaeth a ddyddiwyd ar ôl y dyddiad cyfeirio yn cyfrif.
diag-iv112 = Nid yw testun y ddogfen yn dangos elfen a ddatganwyd o dan shows.
diag-iv113 = Nid yw ivaudit yn adnabod yr iaith a enwir; cymerir bod y ddogfen yn Saesneg.

## evidence.yaml

diag-iv201 = Ni ellir darllen evidence.yaml fel YAML, neu mae gan gofnod faes anghywir.
diag-iv202 = Mae cofnod yn enwi ffeil nad yw'n bodoli.
diag-iv203 = Mae cofnod yn enwi llwybr y tu allan i'r bwndel.
diag-iv204 = Rhestrir ffeil ddwywaith.
diag-iv205 = Mae cofnod yn rhestru ffeil Markdown, sy'n cario ei blaenfater ei hun.
diag-iv206 = Mae cofnod yn rhestru cofrestr, a ddarllenir fel data, nid fel tystiolaeth.
diag-iv207 = Nid yw ffeil nad oes cofnod yn ei disgrifio yn cyfrif o gwbl.

## Ffeiliau

diag-iv301 = Ni ellir darllen ffeil.
diag-iv302 = Dolen symbolaidd, na chaiff byth ei dilyn.
diag-iv303 = Mae ffeil, neu ei blaenfater, yn fwy nag y mae ivaudit yn ei ddarllen.
diag-iv304 = Mae'r YAML yn nythu rhestrau a mapiau yn ddyfnach nag y mae ivaudit yn ei ddarllen.
diag-iv305 = Mae'r YAML yn defnyddio alias, nad yw ivaudit yn ei dderbyn.
diag-iv306 = Pibell, soced neu ddyfais y tu mewn i'r bwndel, na chaiff byth ei hagor.

## Cofrestrau

diag-iv401 = Mae colofn mewn cofrestr yn edrych fel enw, cyfeiriad neu ddyddiad geni.
diag-iv402 = Nid oes gan gofrestr golofn y mae'n rhaid iddi ei chael.
diag-iv403 = Mae gan gofrestr golofn nad yw'n ei diffinio (anwybyddir hi).
diag-iv404 = Ni ellir darllen rhes mewn cofrestr.
diag-iv405 = Mae gan gell mewn cofrestr werth gwael; gadewir ei rhes allan.
diag-iv406 = Mae rhes mewn cofrestr yn cyfeirio at blentyn neu wirfoddolwr nad yw yn y cofrestrau eraill.
diag-iv407 = Mae cyfeirnod yn ymddangos ddwywaith lle mae'n rhaid iddo fod yn unigryw.
diag-iv408 = Ni ellir darllen population.yaml, neu mae ganddo faes anghywir.
diag-iv409 = Ffeil yn registers/ nad yw'n gofrestr hysbys.
diag-iv410 = Cofrestr wedi'i gwahanu â hanner colonau yn hytrach na choma (fe'i darllenir serch hynny).
diag-iv411 = Ni ellir agor cofrestr taenlen: nid yw'n llyfr gwaith, neu mae wedi'i difrodi, ei thorri'n fyr neu ei hamgryptio.
diag-iv412 = Rhoddir un gofrestr ddwywaith.
diag-iv413 = Ni ellir agor dogfen swyddfa: nid yw'r math hwnnw o ddogfen, neu mae wedi'i difrodi, ei thorri'n fyr neu ei hamgryptio; nid yw'n cyfrif ond am yr hyn y mae ei chofnod yn ei ddatgan.
diag-iv414 = Nid oes gan PDF destun y gellir ei ddarllen (sgan heb haen destun, neu ffontiau nad ydynt yn cyfateb i lythrennau); nid yw'n cyfrif ond am yr hyn y mae ei gofnod yn ei ddatgan.

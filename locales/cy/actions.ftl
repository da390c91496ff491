# Y cynllun gweithredu: ei golofnau, ei berchnogion, ei statwsau a'i
# dystiolaeth mewn geiriau, yn yr adroddiadau ac yn y taenlenni CSV ac XLSX
# (src/report/actions.rs). Mae gan bob id efell Saesneg yn ../en/actions.ftl.

## Colofnau (CSV, XLSX a thabl yr hunanasesiad)

act-col-reference = Cyfeirnod
act-col-standard = Safon
act-col-requirement = Gofyniad
act-col-kind = Math
act-col-action = Cam gweithredu
act-col-evidence = Tystiolaeth a ddyfynnwyd
act-col-owner = Perchennog a awgrymir
act-col-target-date = Dyddiad targed
act-col-status = Statws

## Y llyfr gwaith

act-sheet = Cynllun gweithredu
act-workbook-title = Cynllun gweithredu: { $organisation }
act-workbook-subject = Gwasanaethau Ymwelwyr Annibynnol: cynllun gweithredu o'r archwiliad yn erbyn y Safonau Ymarfer Cenedlaethol
act-workbook-comment = Wedi'i farnu fel ar { $date }
# Ar ôl testun a dorrwyd i derfyn cell taenlen, mewn cromfachau.
act-cut = wedi'i dorri: gweler yr adroddiad

## Celloedd

act-status-open = Agored
act-evidence-none = Dim tystiolaeth yn y bwndel
act-evidence-more =
    { $count ->
        [one] ac un ddogfen arall wedi'i chysylltu â'r gofyniad (wedi'i rhestru yn yr adroddiad)
       *[other] a { $count } o ddogfennau eraill wedi'u cysylltu â'r gofyniad (wedi'u rhestru yn yr adroddiad)
    }

## Perchnogion a awgrymir: rolau, byth pobl

act-owner-provider-manager = Rheolwr y gwasanaeth Ymwelwyr Annibynnol
act-owner-provider-coordinator = Cydgysylltydd Ymwelwyr Annibynnol
act-owner-authority-commissioning = Rheolwr comisiynu (awdurdod lleol)
act-owner-authority-practice = Rheolwr tîm, plant sy'n derbyn gofal

## Y rheolau a argreffir gyda'r canfyddiadau

act-rule-plan = Cynllun gweithredu: mae pob canfyddiad ac eithrio cryfder yn gam gweithredu, gyda'r cyfeirnodau A01, A02 ac yn y blaen, y mwyaf difrifol yn gyntaf, gyda'r dystiolaeth y mae'n seiliedig arni, dyddiad targed (y dyddiad cyfeirio ynghyd â'r amserlen a awgrymir) a'r statws { $open }.
act-rule-owner = Perchennog a awgrymir, sydd bob amser yn rôl a byth yn berson: ar gyfer y darparwr, { $manager } lle mae'r safon yn ymwneud â rhedeg y gwasanaeth yn ddiogel (safonau 5, 6, 10, 11, 12, 13 a 14: recriwtio, hyfforddiant, annibyniaeth, cadw'n ddiogel, adnoddau, cydraddoldeb, cwynion) neu lle mae diogelwch plant yn dibynnu ar y gofyniad, fel arall { $coordinator }; ar gyfer yr awdurdod lleol, { $practice } lle mae'r safon yn ymwneud â threfniant y plentyn ei hun (safonau 1, 2, 7, 8 a 9) neu lle mae'r gofyniad yn enwi gweithwyr cymdeithasol, fel arall { $commissioning }. Mae gofyniad ar y ddau barti yn mynd i barti'r bwndel ei hun.

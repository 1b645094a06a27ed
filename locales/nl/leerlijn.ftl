# Nederlandse meldingen van leerlijn (Project Fluent, https://projectfluent.org).
#
# Elke melding heeft een id (links van `=`) en een tekst. Woorden tussen
# accolades, zoals { $programme }, vult leerlijn zelf in: laat ze staan, maar
# zet ze waar de zin ze nodig heeft. Een blok als
#     { $count ->
#         [one] biedt
#        *[other] bieden
#     }
# kiest een tekst naar de waarde van een variabele; de regel met `*` is de
# standaard. Namen uit het plan staan tussen backquotes (`waalhaven`) en
# blijven zoals ze zijn. Zie CONTRIBUTING.md, "Translating leerlijn".

## Gedeelde onderdelen

# De laatste twee delen van een opsomming: `a, b en c` is { $head } = "a, b", { $last } = "c".
list-and = { $head } en { $last }
list-or = { $head } of { $last }
# Een schooljaar, genoemd naar het beginjaar: 2026 is schooljaar 2026–2027.
school-year = { $year } (schooljaar { $year }–{ $next })
year-range = { $first }–{ $last }
# `niveau 2`, `niveau 3 en 4`; { $list } zijn de getallen, al samengevoegd.
levels = niveau { $list }
region-named = regio `{ $region }`
the-project = het project
# Waarom { $item } in een jaar niet loopt.
cause = { $cause ->
    [starts] `{ $item }` begint pas in { $year }
    [ends] `{ $item }` stopt na het schooljaar dat in { $year } begint
    [qual-starts] kwalificatie { $crebo } van `{ $item }` geldt pas vanaf { $year }
   *[qual-ends] kwalificatie { $crebo } van `{ $item }` vervalt na het schooljaar dat in { $year } begint
}

## C201 inadmissible-transition

c201-track = { $kind ->
    [pro] `{ $programme }` (praktijkonderwijs) leidt rechtstreeks naar `{ $offer }`, { $qual } op niveau { $level }, maar praktijkonderwijs eindigt met een getuigschrift, geen diploma: dat voldoet aan geen vooropleidingseis van WEB art. 8.2.1, dus alleen { $admits } staat open
    [entree] `{ $programme }` (leerweg { $track }) leidt rechtstreeks naar `{ $offer }`, { $qual }, een entreeopleiding, maar de toelating tot entree staat alleen open voor wie niet aan de vooropleidingseis van niveau 2 voldoet (WEB art. 8.1.1b), en een { $track }-diploma voldoet daar wel aan
   *[other] `{ $programme }` (leerweg { $track }) leidt rechtstreeks naar `{ $offer }`, { $qual } op niveau { $level }, maar een { $track }-diploma geeft alleen toelating tot { $admits } (WEB art. 8.2.1)
}
c201-step = `{ $from }` (niveau { $from_level }) leidt rechtstreeks naar `{ $offer }`, { $qual } op niveau { $level }, maar een diploma op niveau { $from_level } geeft alleen toelating tot { $admits } (WEB art. 8.2.1)
# { $levels } zijn niveaus, al samengevoegd ("3 en 4"); { $admits } ook ("2, 3 of 4").
c201-help-track = { $kind ->
    [via] laat de doorstroomroute eerst via aanbod op niveau { $levels } lopen (WEB art. 8.2.1), of verbeter de `track` van het programma als de leerweg geen { $track } is
   *[direct] laat de doorstroomroute naar aanbod op niveau { $admits } lopen, of verbeter de `track` van het programma als de leerweg geen { $track } is
}
c201-help-step = zet er een aanbod op niveau { $next } tussen (WEB art. 8.2.1): Entree (niveau 1) leidt naar niveau 2, niveau 2 naar niveau 3 en 4, niveau 3 naar niveau 4

## C202 missing-subjects

c202-missing = `{ $programme }` mist vakken voor `{ $offer }`, { $qual }: { $parts }
c202-requires = de kwalificatie vereist { $subjects }
c202-prerequisite = de vooropleidingseis { $rule } vraagt { $one_of } voor toelating vanuit { $from } tot { $into }{ $from_year ->
    [none] {""}
   *[other] , vanaf { $from_year }–{ $next }
}
c202-help = neem voor elke eis een passend vak op in de `subjects` van het programma (het vak moet deel hebben uitgemaakt van het eindexamen: WEB art. 8.2.2, Doorstroomregeling vmbo – mbo 2020), of leid de leerlingen naar ander aanbod

## C203 level-regression

c203-regression = `{ $from }` (niveau { $from_level }) leidt naar `{ $offer }`, { $qual } op niveau { $level }: { $kind ->
    [same] hetzelfde niveau, geen hoger
   *[lower] een lager niveau, geen hoger
}
c203-help = een stap tussen mbo-aanbod moet een niveau omhoog; draai de stap om als die andersom bedoeld is, of verwijder hem

## C204 inactive-node

# { $year } is een schooljaar ("2026 (schooljaar 2026–2027)"), { $why } een reden.
c204-inactive = de doorstroomroute `{ $pathway }` loopt in { $year }, maar { $why }
c204-help = { $limit }, { $other }{ $follows }
# { $bounds } is `from = 2026` en/of `until = 2030`.
c204-help-bounds = geef de doorstroomroute { $bounds } zodat die binnen de jaren van `{ $node }` blijft
c204-help-no-shared-year = de doorstroomroute en `{ $node }` hebben geen jaar van het plan gemeen: stem hun jaren op elkaar af of verwijder de doorstroomroute
c204-help-own-years = of laat de eigen jaren van de doorstroomroute weg: dan neemt ze de jaren die ze niet zelf noemt over van `{ $node }`, waar ze begint
c204-help-replace = of vervang `{ $node }` door aanbod dat in { $year } loopt
c204-help-follows = ; zonder eigen `from`/`until` volgt deze doorstroomroute de jaren van `{ $first }`, waar ze begint

## C205 route-unavailable

c205-route = de doorstroomroute `{ $pathway }` vraagt om `{ $route }`, maar { $offers } { $count ->
    [one] biedt
   *[other] bieden
} die niet aan
c205-help = voeg `{ $route }` toe aan de `routes` van { $offers }, of wijzig of verwijder de `route` van de doorstroomroute

## C206 cross-region

c206-cross-region = `{ $from }` (in { $from_regions }) leidt naar `{ $to }` (in { $to_regions }), maar geen regio omvat beide
c206-help = neem beide op in de `members` van een gezamenlijke regio als de overstap gepland is; is de overstap over de regiogrens afgesproken, zet deze melding dan uit en noem de afspraak als reden

## C207 dead-end

c207-dead-end = programma `{ $programme }` loopt dood: er begint geen doorstroomroute bij
c207-help = voeg een doorstroomroute toe naar mbo-aanbod, of haal het programma uit het plan

## C208 target-unreachable

c208-whose-region = het streefniveau van regio `{ $region }`
c208-whose-none = het streefniveau voor een school zonder regio
c208-target = geen route vanaf `{ $programme }` bereikt niveau { $target }, { $whose }: { $best ->
    [0] de routes bereiken geen aanbod met een bekend niveau
   *[other] de routes komen hooguit tot niveau { $best }
}
c208-help = verleng een route met een doorstroomroute naar aanbod op niveau { $target } (niveau 2 leidt naar niveau 3 en 4, niveau 3 naar niveau 4)

## C209 sector-gap

c209-no-sector = geen enkele sector
c209-gap = { $kind ->
    [component] geen route vanaf `{ $programme }` bereikt aanbod in { $wanted }, de sector van het praktijkgerichte programma; de routes bereiken { $reached }
   *[profile] geen route vanaf `{ $programme }` bereikt aanbod in een sector van profiel { $profile } ({ $wanted }); de routes bereiken { $reached }
}
c209-help = voeg een doorstroomroute toe naar aanbod in { $wanted }, zodat leerlingen verder kunnen in de richting waarop ze zijn voorbereid

## C210 cycle

c210-cycle = { $count ->
    [one] een doorstroomroute leidt van { $offers } terug naar zichzelf
   *[other] doorstroomroutes lopen in een kring via { $offers }
}
c210-edge = deze stap hoort bij de kring
c210-help = een route tussen mbo-aanbod gaat bij elke stap een niveau omhoog en kan dus niet terugkomen; verwijder de stap die terugleidt

## C211 unreached-offer

c211-unreached = geen route vanaf een programma bereikt `{ $offer }` ({ $qual })
c211-help = voeg een doorstroomroute toe die erheen leidt; is het aanbod bedoeld voor andere studenten (volwassenen, havisten), zet deze melding dan uit met die reden

## D302 overlapping-offer

# { $title } is " (Titel)" of niets; { $when } is `years` (dan somt { $years } ze op) of `timeless`.
d302-overlap = crebo { $crebo }{ $title } wordt { $count ->
    [2] twee
    [3] drie
    [4] vier
   *[other] { $count }
} keer aangeboden in { $region } { $when ->
    [years] in { $years }
   *[timeless] tegelijk
}: { $offers }
d302-also-offered = ook hier aangeboden, door `{ $institution }`
d302-also-offered-at = ook hier aangeboden, door `{ $institution }` in { $location }
d302-help-agree = spreek in de regio af welk aanbod blijft (doelmatigheid, WEB art. 6.1.3), of zet deze melding uit en noem de afspraak als reden
d302-help-capacity = { $all ->
    [yes] samen hebben ze { $capacity } plaatsen per jaar; { $agree }
   *[no] samen hebben ze minstens { $capacity } plaatsen per jaar (niet elk aanbod noemt zijn `capacity`); { $agree }
}

## D303 duplicate-pathway

d303-duplicate = de doorstroomroute `{ $chain }` voegt niets toe: eerdere doorstroomroutes leggen elke overstap ervan al vast
d303-duplicate-route = de doorstroomroute `{ $chain }` ({ $route }) voegt niets toe: eerdere doorstroomroutes leggen elke overstap ervan al vast
d303-first = de eerste overstap staat hier al
d303-help = verwijder deze doorstroomroute, of zet de jaren, de route of de notitie, als die bewust anders zijn, bij de doorstroomroute die de overstappen al vastlegt

## D304 overlapping-dossier

# { $when } is `years` (dan somt { $years } ze op) of `timeless`.
d304-overlap = kwalificatiedossier { $dossier }{ $title } wordt op niveau { $level } door meerdere instellingen aangeboden in { $region } { $when ->
    [years] in { $years }
   *[timeless] tegelijk
}: { $offers }
d304-offer = { $qual } door `{ $institution }`
d304-also = { $crebo }, zelfde dossier en niveau, door `{ $institution }`
d304-help = kwalificaties van één dossier delen het grootste deel van hun inhoud: ga met de andere instellingen na of de regio ze allemaal nodig heeft (doelmatigheid, WEB art. 6.1.3)

## S401 uncovered-sector

s401-uncovered = { $timeless ->
    [yes] { $region } vraagt om `{ $sector }`, maar geen instelling van de regio biedt die sector aan op niveau { $level } of hoger
   *[no] { $region } vraagt om `{ $sector }`, maar in geen enkel jaar van het plan biedt een instelling van de regio die sector aan op niveau { $level } of hoger
}
s401-help = vraag een instelling van de regio een kwalificatie in `{ $sector }` op niveau { $level } of hoger aan te bieden, of neem een instelling die dat doet op in de `members` van de regio

## S402 unreachable-sector

s402-unreachable = { $region } vraagt om `{ $sector }` en { $offers } { $count ->
    [one] biedt
   *[other] bieden
} die sector aan op niveau { $level } of hoger, maar { $timeless ->
    [yes] geen route vanaf de programma's van de regio leidt daarheen
   *[no] in geen enkel jaar van het plan leidt een route vanaf de programma's van de regio daarheen
}
s402-help = voeg een doorstroomroute toe vanaf een programma van de regio (rechtstreeks of via een lager niveau) naar een van deze opleidingen, in jaren waarin beide lopen

## S403 sector-lapse

s403-lapse = { $region } vraagt om `{ $sector }`; de programma's van de regio bereiken die sector in sommige jaren van het plan, maar niet in { $year }{ $count ->
    [0] {""}
   *[other] : { $causes }
}
s403-pathway-cause = de doorstroomroute { $cause }
s403-help = houd in { $year } een route naar `{ $sector }` open: laat de genoemde onderdelen ook dat jaar lopen, of voeg een doorstroomroute toe naar ander aanbod in de sector dat dan loopt

## K601 capacity-shortfall

k601-places = { $unbounded ->
    [yes] { $places } plaatsen, naast aanbod zonder opgegeven `capacity`
   *[no] { $places } plaatsen
}
# { $when } is een reeks jaren of één schooljaar; { $worst } het slechtste jaar daarvan.
k601-shortfall = { $kind ->
    [range] { $region } kan in { $when } niet al haar vmbo-gediplomeerden een plaats bieden: in het slechtste jaar, { $worst }, hebben { $shortfall } van de { $leavers } gediplomeerden geen plaats; het aanbod waar hun doorstroomroutes naartoe leiden heeft { $places }
    [year] { $region } kan { $shortfall } van haar { $leavers } vmbo-gediplomeerden in { $when } geen plaats bieden: het aanbod waar hun doorstroomroutes naartoe leiden heeft { $places }
   *[timeless] { $region } kan { $shortfall } van haar { $leavers } vmbo-gediplomeerden geen plaats bieden: het aanbod waar hun doorstroomroutes naartoe leiden heeft { $places }
}
# { $count } telt { $programmes }, waarvan de doorstroomroutes aanbod bereiken; { $more } is k601-help-more.
k601-help = { $count ->
    [0] leg doorstroomroutes vast van { $stranded } naar aanbod met vrije plaatsen
    [one] verhoog de `capacity` van het aanbod waar { $programmes } naartoe leidt, of leg doorstroomroutes vast naar aanbod met vrije plaatsen{ $more }
   *[other] verhoog de `capacity` van het aanbod waar { $programmes } naartoe leiden, of leg doorstroomroutes vast naar aanbod met vrije plaatsen{ $more }
}
# { $count } telt { $stranded }: programma's waarvan de doorstroomroutes dat jaar geen aanbod bereiken.
k601-help-more = { $count ->
    [0] {""}
    [one] ; { $stranded } leidt nog naar geen aanbod: leg ook daarvandaan doorstroomroutes vast
   *[other] ; { $stranded } leiden nog naar geen aanbod: leg ook daarvandaan doorstroomroutes vast
}
k601-unplaced = { $unplaced } van de { $leavers } gediplomeerden zonder plaats{ $year ->
    [none] {""}
   *[other] {" "}({ $year })
}

## K602 small-cohort

# { $year } is een schooljaar of "none"; { $worst } het slechtste jaar van de reeks { $when }.
k602-small = { $kind ->
    [range] het aanbod `{ $offer }` ({ $qual }) kan in { $when } minder studenten instromen dan het minimum van { $min_cohort }: hoogstens { $intake } gediplomeerden in { $worst }, uit { $programmes }
   *[single] het aanbod `{ $offer }` ({ $qual }) kan hoogstens { $intake } gediplomeerden laten instromen{ $year ->
        [none] {""}
       *[other] {" "}in { $year }
    }, uit { $programmes }: minder dan het minimum van { $min_cohort }
}
k602-help = een opleiding met zo weinig instroom is moeilijk in stand te houden: spreek in de regio af haar samen te voegen met ander aanbod van crebo { $crebo } (zie D302), of leid meer programma's ernaartoe; `min-cohort` in leerlijn.toml legt het minimum vast ({ $min_cohort })

## R501 orphan

r501-orphan = { $kind ->
    [school] school
   *[institution] instelling
} `{ $name }` hoort bij geen enkele regio en valt zo buiten elk regioplan
r501-help = neem deze op in de `members` van een regio, of haal deze uit het plan

## W001 unused-suppression

w001-unused-suppression = ongebruikte `allow`-regel: { $parts }
w001-malformed = ze heeft niet de vorm `# leerlijn: allow(CHECK, ...) reden`
w001-empty = ze noemt geen controle
w001-unknown = { $count ->
    [one] { $names } is geen controle
   *[other] { $names } zijn geen controles
}
w001-unsuppressible = { $names } { $count ->
    [one] kan
   *[other] kunnen
} niet uitgezet worden: E- en W-codes melden altijd
w001-unused = { $kind ->
    [no-item] ze hoort bij geen onderdeel, dus { $names } zet niets uit
   *[item] het onderdeel waar ze bij hoort heeft geen { $names }-melding
}
# { $names } zijn de bedoelde checks, { $name } de onbekende naam die er staat.
w001-guess = { $names } (voor `{ $name }`)
w001-help-guess = bedoel je { $guesses }? Anders: { $rest }
w001-help = { $kind ->
    [no-item] een `allow`-regel achter de eerste regel van een onderdeel hoort bij dat onderdeel, een `allow`-regel op een eigen regel bij het onderdeel direct eronder: zet het commentaar daar, of verwijder het
   *[item] verwijder het commentaar of de namen die het niet nodig heeft; `leerlijn explain --list` toont alle controles
}

## W002 suppression-without-reason

w002-no-reason = { $count ->
    [0] `allow`-regel zonder reden
   *[other] `allow`-regel voor { $names } zonder reden
}
w002-help = zet na de haakjes waarom, zodat de volgende lezer weet of het nog klopt: `# leerlijn: allow(C211) aanbod voor volwassenen`

## Hulpregels die het antwoord noemen

hint-second-offer = zijn het de BOL- en de BBL-variant, leg dan één aanbod vast met `routes = [bol, bbl]`; haal anders het latere aanbod weg, of geef het een eigen `location` en een naam met `as`
hint-bad-brin = `{ $text }` is geen BRIN-code: een BRIN bestaat uit twee cijfers en twee hoofdletters, zoals `25LP`
hint-brin = schrijf `brin = "{ $brin }"`
# { $name } is de naam van de instelling.
hint-brin-named = schrijf `brin = "{ $brin }"` ({ $name })
hint-brin-unknown = schrijf de BRIN-code van vier tekens die DUO de school of instelling geeft, zoals `brin = "25LP"` (een vestiging voegt twee cijfers toe: `25LP01`)
hint-unknown-brin = geen mbo-instelling heeft BRIN `{ $text }`
hint-near-brin-item = `{ $brin }` ({ $name })
hint-near-brin = bedoel je { $list }?
hint-profile-not-sector = { $count ->
    [0] `{ $profile }` is een profiel, geen sector: schrijf hier een sector
    [one] `{ $profile }` is een profiel; het bereidt voor op sector { $sectors }: schrijf die
   *[other] `{ $profile }` is een profiel; het bereidt voor op de sectoren { $sectors }: schrijf een daarvan
}
hint-sector-not-profile = { $count ->
    [0] `{ $sector }` is een sector, geen profiel: schrijf hier het vmbo-profiel van het programma
   *[other] `{ $sector }` is een sector; de profielen die erop voorbereiden zijn { $profiles }: schrijf een daarvan
}

## E001/E002 syntaxfouten

syntax-unquoted-spaces = tekst met spaties moet tussen aanhalingstekens
syntax-unquoted = `{ $text }` is geen getal en geen ID: tekst moet tussen aanhalingstekens
syntax-needs-quotes = tekst zonder aanhalingstekens
syntax-help-quote = schrijf `{ $field } = "{ $text }"`
syntax-unbracketed = `{ $field }` is een lijst: de elementen moeten tussen haken, gescheiden door komma's
syntax-needs-brackets = meerdere waarden zonder haken
syntax-help-brackets = schrijf `{ $field } = { $list }`
syntax-not-arrow = `{ $text }` is geen pijl; schrijf `->`
syntax-help-arrow = de stappen van een doorstroomroute worden verbonden met `->` (een streepje en `>`): `pathway school.programma -> instelling.CREBO`
# { $item } is hoe het plan het onderdeel noemt: `institution roc-twente`, `offer 25342`.
syntax-unclosed = het blok van `{ $item }` dat hier begint, is niet afgesloten
syntax-block-starts-here = het blok begint hier
syntax-close-here = sluit het hier af met `{"}"}`
syntax-help-unclosed = zet een `{"}"}` na de laatste regel van het blok van `{ $item }`
# { $child } is een sleutelwoord van de plantaal (`offer`, `programme`).
syntax-stray-close = deze `{"}"}` sluit het blok van `{ $item }` af, maar daarna volgen nog `{ $child }`-onderdelen
syntax-closes-too-early = sluit het blok te vroeg af
syntax-help-stray-close = haal deze `{"}"}` weg: het blok van `{ $item }` eindigt na de laatste `{ $child }`
syntax-non-ascii-id = `{ $text }` is geen ID: een ID bestaat uit ASCII-letters, cijfers, `_` en `-`
syntax-help-ascii = schrijf `{ $ascii }` (hier en overal waar het plan ernaar verwijst)
syntax-help-ascii-none = schrijf het ID in ASCII-letters, cijfers, `_` en `-`; zet andere tekst in een titel "..."
syntax-help-more = herstel eerst de getoonde fouten: de latere volgen er vaak uit
# Wat er verwacht werd; { $kw } is een sleutelwoord van de plantaal, { $field } een veldnaam.
expected-item = elk onderdeel begint met zijn sleutelwoord: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution of pathway
expected-id = schrijf een ID na `{ $kw }`: kleine ASCII-letters, cijfers, `-` en `_`, bijvoorbeeld `{ $kw } mijn-{ $kw }`
expected-crebo = schrijf de crebocode van vijf cijfers na `{ $kw }`, bijvoorbeeld `{ $kw } 25263`
expected-eq = een veld schrijf je als `{ $field } = waarde`; zet tekst tussen aanhalingstekens: `{ $field } = "..."`
expected-value = na `=` komt een ID, een getal, tekst tussen aanhalingstekens "..." of een lijst `[a, b]`
expected-count = aantallen per jaar schrijf je als `[JAAR: AANTAL, ...]`, bijvoorbeeld `pupils = [2025: 24, 2027: 20]`
expected-list-element = een lijst bevat ID's, getallen of tekst tussen aanhalingstekens, gescheiden door komma's: `[a, b]`
expected-comma-or-bracket = scheid de elementen van een lijst met `,` en sluit hem af met `]`: `[a, b]`
expected-field-or-end = schrijf in een blok velden als `naam = waarde`; sluit het blok af met `{"}"}`
expected-field-or-item = schrijf in dit blok velden als `naam = waarde` en `{ $kw }`-onderdelen; sluit het blok af met `{"}"}`
expected-block = open het blok met `{"{"}` na de kop: `{ $kw } ID {"{"} ... {"}"}`
expected-block-or-item = zet de velden in een blok `{"{"} ... {"}"}`, of begin het volgende onderdeel op een nieuwe regel
expected-node = schrijf de stap als `instelling.CREBO` (of `school.programma` voor de eerste stap)
expected-member = na `.` komt het ID van het programma of de crebocode van het aanbod: `olympia.pie-kb`, `zadkine.25263`
expected-arrow-block-or-item = zet de doorstroomroute voort met `-> instelling.CREBO`, voeg een blok `{"{"} ... {"}"}` toe, of begin het volgende onderdeel op een nieuwe regel
expected-arrow = een doorstroomroute verbindt minstens twee stappen met `->`: `pathway school.programma -> instelling.CREBO`
expected-as-id = na `as` komt het eigen ID van het aanbod: `offer 25263 as techniek-4 {"{"} ... {"}"}`

## Regels die uit de wet volgen (E104, C201 specialist, C212, R502)

law-profile-not-on-track = `{ $programme }` heeft profiel { $profile }, maar dat is geen profiel van de leerweg { $track } (het hoort bij { $tracks })
law-help-profile-tracks = { $count ->
    [0] bij leerweg { $track } hoort geen profiel; verwijder `profile = { $profile }` of verbeter de `track`
   *[other] de profielen van { $track } zijn { $profiles } (WVO 2020 art. 2.25–2.27); verbeter het `profile`, of de `track` als het programma geen { $track } is
}
law-practical-not-on-track = `{ $programme }` volgt leerweg { $track }, maar een praktijkgericht vak (`practical`) hoort alleen bij de gemengde of theoretische leerweg
law-help-practical = sinds 2024 is het praktijkgerichte vak een vak in gl en tl (Uitvoeringsbesluit WVO 2020 art. 2.17, 2.25), geen leerweg: verwijder `practical`, of zet `track` op gl, tl of gt
law-unknown-municipality = { $ambiguous ->
    [yes] "{ $name }" is de naam van meer dan één Nederlandse gemeente van 2026
   *[no] "{ $name }" is geen Nederlandse gemeente van 2026
}
# { $names } zijn gemeentenamen tussen aanhalingstekens, al samengevoegd met "of".
law-help-municipality-ambiguous = meer dan één gemeente heeft die naam: schrijf { $names }
law-help-municipality-closest = bedoelt u { $names }? Gemeenten heten zoals het CBS ze voor 2026 schrijft; de oude naam van een opgeheven (samengevoegde) gemeente staat er niet in: schrijf de gemeente waar die nu bij hoort
law-help-municipality = schrijf de gemeente zoals het CBS haar voor 2026 noemt ("Den Haag" en "Den Bosch" mogen ook); de oude naam van een opgeheven (samengevoegde) gemeente staat er niet in: schrijf de gemeente waar die nu bij hoort
law-unknown-labour-market = "{ $name }" is niet een van de 35 arbeidsmarktregio's van 2026
law-help-labour-market-closest = bedoelt u { $names }?
law-help-labour-market = schrijf de naam van de arbeidsmarktregio zoals het CBS die voor 2026 gebruikt, bijvoorbeeld "Rijnmond" of "Holland Rijnland"
law-route-not-allowed = `{ $offer }` biedt { $qual } aan in de leerweg { $route }, die deze kwalificatie niet kent
law-help-route-not-allowed = deze kwalificatie kan alleen in de { $allowed } gevolgd worden: verwijder de leerweg (zonder `routes` geldt wat de kwalificatie toestaat)
law-bad-type = `type = { $text }` is geen soort kwalificatie
law-prerequisite-from-list = `from` van een vooropleidingseis is het eerste schooljaar waarin die geldt, geen lijst van profielen
law-help-prerequisite-from-fix = de profielen waarvoor de eis geldt staan in `profiles`: schrijf `{ $fix }`
law-help-prerequisite-from = de profielen waarvoor de eis geldt staan in `profiles = [...]`; `from` is een jaar, zoals `2025`
law-help-type = de enige soort is `specialist`, voor een specialistenopleiding (WEB art. 8.2.1 lid 2); laat `type` anders weg
law-specialist-from-programme = `{ $programme }` leidt rechtstreeks naar `{ $offer }`, { $qual }, een specialistenopleiding: voor toelating is een diploma vakopleiding voor eenzelfde beroep nodig (WEB art. 8.2.1 lid 2), en dat is geen vmbo-diploma
law-specialist-from-offer = `{ $from }`, { $from_qual } (niveau { $from_level }), leidt naar `{ $offer }`, { $qual }, een specialistenopleiding waarvoor toelating een diploma vakopleiding voor eenzelfde beroep vraagt (WEB art. 8.2.1 lid 2): { $why ->
    [other-dossier] een vakopleiding uit een ander kwalificatiedossier, die leerlijn niet als opleiding voor eenzelfde beroep telt
   *[not-level-3] geen vakopleiding (niveau 3)
}
# { $vakopleidingen } zijn "25xxx Naam" van de kwalificaties op niveau 3, samengevoegd met "of".
law-help-specialist = { $count ->
    [0] het kwalificatiedossier heeft geen kwalificatie op niveau 3, dus leerlijn kan niet zien welke vakopleiding "voor eenzelfde beroep" is: laat de instelling studenten toe vanuit de vakopleiding waar deze doorstroomroute begint, zet deze melding dan uit met een `allow`-regel en de reden
   *[other] laat de doorstroomroute eerst via een kwalificatie op niveau 3 uit hetzelfde kwalificatiedossier lopen: { $vakopleidingen }
}
law-superseded = `{ $offer }` biedt { $qual } aan, die door { $successor } is vervangen{ $year ->
    [none] {""}
   *[other] {" "}(in dit plan vanaf { $year }–{ $next })
}
# { $old } en { $new } zijn crebocodes.
law-replace-here = vervang ook hier { $old } door { $new }
law-help-superseded = { $count ->
    [0] bied de huidige kwalificatie aan: vervang { $old } door { $new } in dit `offer`; nieuwe studenten schrijven zich in op de huidige code
   *[other] bied de huidige kwalificatie aan: vervang { $old } door { $new } in dit `offer` en in elke verwijzing ernaar ({ $references }); nieuwe studenten schrijven zich in op de huidige code
}
law-outside-labour-market = `{ $member }` staat in { $municipality }, in arbeidsmarktregio { $own }, maar regio `{ $region }` beslaat { $labour_market }
law-help-outside-labour-market = maak het lid van de regio voor { $own }, verbeter de `municipality`, of verbeter de `labour-market` van de regio; bedient het deze regio over de grens heen, zet deze melding dan uit met een `allow`-regel en de reden

## V701–V705: twee versies van een plan vergeleken

# Wanneer een wijziging geldt: één open reeks jaren, een gesloten reeks, of een opsomming daarvan.
when-from = vanaf { $year } (schooljaar { $year }–{ $next })
when-years = in de schooljaren { $list }
# Waarom de oude route ophoudt ({ $item } een onderdeel, { $from } -> { $to } een stap).
route-cause = { $cause ->
    [removed] `{ $item }` uit het plan is gehaald
    [not-running] `{ $item }` dan niet meer loopt
    [step-removed] de stap `{ $from } -> { $to }` is geschrapt
    [step-not-running] de stap `{ $from } -> { $to }` dan niet meer loopt
    [changed] de kwalificatie van `{ $item }` een ander niveau of een andere sector heeft gekregen
    [left-region] `{ $item }` geen lid van de regio meer is
    [target] het streefniveau van de regio is verhoogd
   *[unchanged] de nieuwe versie haar niet meer meetelt, al is de route zelf niet veranderd
}
# De jaren die een aanbod liep of verliest.
years = { $kind ->
    [every] elk jaar
    [from] vanaf { $from }
    [until] tot en met { $until }
    [one] { $from }
   *[range] { $from }–{ $until }
}
# { $when } is "none" in een plan zonder jaren.
v701-route-lost = { $when ->
    [none] leerlingen van `{ $programme }` bereiken niveau { $level } in { $sector } niet meer: hun route `{ $route }` houdt op, omdat { $cause }
   *[other] { $when }, bereiken leerlingen van `{ $programme }` niveau { $level } in { $sector } niet meer: hun route `{ $route }` houdt op, omdat { $cause }
}
v701-help = behoud of vervang het aanbod of de stap waar de route op steunde, of leg een nieuwe doorstroomroute vast van `{ $programme }` naar aanbod op niveau { $level } in { $sector }
v702-coverage-lost = { $when ->
    [none] geen leerling van { $region } kan nog niveau { $level } in { $sector } bereiken: de route `{ $route }` uit de oude versie houdt op, omdat { $cause }
   *[other] { $when }, kan geen leerling van { $region } nog niveau { $level } in { $sector } bereiken: de route `{ $route }` uit de oude versie houdt op, omdat { $cause }
}
v702-help = de regio vraagt om { $sector }: houd aanbod op niveau { $level } in { $sector } dat via een doorstroomroute bereikbaar is, of spreek in de regio af wie het overneemt
v703-lost = { $kind ->
    [removed] is geschrapt (het liep { $years })
    [ends] stopt eerder: { $years } vervalt
   *[starts] begint later: { $years } vervalt
}
# { $what } is een of meer van de v703-lost-teksten.
v703-withdrawn = { $count ->
    [0] aanbod `{ $offer }` ({ $qual }) { $what }; geen doorstroomroute gebruikte het
   *[other] aanbod `{ $offer }` ({ $qual }) { $what }; doorstroomroutes van { $users } gebruikten het
}
v703-help = is dit de bedoeling, informeer dan de scholen waarvan leerlingen het gebruikten en controleer de doorstroomroutes die erop steunden; zo niet, herstel de jaren van het aanbod
v704-route-gained = { $when ->
    [none] leerlingen van `{ $programme }` kunnen niveau { $level } in { $sector } bereiken, via `{ $route }`
   *[other] { $when }, kunnen leerlingen van `{ $programme }` niveau { $level } in { $sector } bereiken, via `{ $route }`
}
v704-help = niets op te lossen als deze route de bedoeling is; laat het de school weten, zodat die haar leerlingen kan adviseren
v705-rule = { $bol ->
    [yes] een bol-opleiding moet 18 maanden vooraf gemeld zijn
   *[no] een opleiding alleen in de bbl moet 6 maanden vooraf gemeld zijn
}
# { $deadline } en { $date } zijn datums (JJJJ-MM-DD); { $rule } is v705-rule.
v705-notice-late = { $start ->
    [yes] aanbod `{ $offer }` ({ $qual }) start in { $year } (schooljaar { $year }–{ $next }), maar de start van { $rule }, uiterlijk { $deadline }, en die datum is op { $date } voorbij; het kan op zijn vroegst starten in schooljaar { $earliest }–{ $earliest_next }
   *[no] aanbod `{ $offer }` ({ $qual }) laat vanaf { $year } (schooljaar { $year }–{ $next }) geen studenten meer toe, maar de beëindiging van { $rule }, uiterlijk { $deadline }, en die datum is op { $date } voorbij; het kan op zijn vroegst stoppen in schooljaar { $earliest }–{ $earliest_next }
}
v705-help = { $start ->
    [yes] zet `from` van het aanbod op { $earliest } of later (Regeling melding 2018 art. 2, WEB art. 6.1.2), of ga na of de start op tijd is gemeld
   *[no] laat het aanbod studenten toelaten tot en met ten minste { $until } (`until = { $until }`) (Regeling melding 2018 art. 2, WEB art. 6.1.2), of ga na of de beëindiging op tijd is gemeld
}
v70x-in-old-version = in de oude versie

## E001–E003: het bestand lezen

# Wat de parser in plaats daarvan vond.
found = { $kind ->
    [ident] naam `{ $text }`
    [keyword] sleutelwoord `{ $text }`
    [int] getal `{ $text }`
    [string] een tekst
    [punct] `{ $text }`
   *[eof] het einde van het bestand
}
# Wat de parser verwachtte. { $kind } is een soort onderdeel ("aanbod", "leerweg");
# { $key } dezelfde soort zoals de plantaal hem schrijft, om het lidwoord naar te kiezen.
expected-what-item = een onderdeel (`region`, `school`, `institution`, `pathway`, ...)
expected-what-id = een ID voor { $key ->
    [subject] het
    [profile] het
    [dossier] het
    [programme] het
    [offer] het
   *[other] de
} { $kind }
expected-what-crebo = de crebocode van { $key ->
    [subject] het
    [profile] het
    [dossier] het
    [programme] het
    [offer] het
   *[other] de
} { $kind }
expected-what-eq = `=` na veld `{ $field }`
expected-what-value = een waarde (een ID, een getal, een tekst of een lijst)
expected-what-list-element = een element (een ID, een getal of een tekst) of `]`
expected-what-count = een getal na `JAAR:` (zoals in `[2025: 24, 2027: 20]`)
expected-what-comma-or-bracket = `,` of `]`
expected-what-field-or-end = een veld of `{"}"}`
expected-what-field-or-item = een veld, een `{ $keyword }` of `{"}"}`
expected-what-block = `{"{"}` om het blok van { $key ->
    [subject] het
    [profile] het
    [dossier] het
    [programme] het
    [offer] het
   *[other] de
} { $kind } te openen
expected-what-block-or-item = `{"{"}` om het blok van { $key ->
    [subject] het
    [profile] het
    [dossier] het
    [programme] het
    [offer] het
   *[other] de
} { $kind } te openen, of het volgende onderdeel
expected-what-node = een stap (`school.programma` of `instelling.aanbod`)
expected-what-member = een ID of crebocode na `.`
expected-what-arrow-block-or-item = `->`, `{"{"}` of het volgende onderdeel
expected-what-arrow = `->` en de volgende stap: een doorstroomroute heeft minstens twee stappen
expected-what-as-id = een ID na `as`
# De vorm die de waarde van een veld moet hebben.
shape = { $shape ->
    [ref] een naam
    [ref-list] een lijst namen, zoals `[a, b]`
    [int] een geheel getal
    [int-list] een lijst gehele getallen
    [str] een tekst tussen dubbele aanhalingstekens
    [year] een jaartal, zoals `2025`
    [level] een mbo-niveau van 1 tot en met 4
    [level-list] een lijst mbo-niveaus, zoals `[2, 3, 4]`
    [crebo] een crebocode van 5 cijfers
    [crebo-list] een lijst crebocodes
    [route] `bol` of `bbl`
    [route-list] een lijst leerwegen, zoals `[bol, bbl]`
    [count] een geheel getal, of getallen per jaar zoals `[2025: 24, 2027: 20]`
   *[year-count] een jaar en een getal, zoals `2025: 24`
}
e001-expected = verwacht: { $expected }, gevonden: { $found }
# { $parent } is `school` of `institution`.
e001-nested-outside = `{ $keyword }` kan alleen binnen een `{ $parent }`-blok staan
e001-not-nested = `{ $keyword }` kan niet binnen een `{ $parent }`-blok staan
e001-bare-crebo-node = een stap van een doorstroomroute is een verwijzing met een punt, gevonden: de losse crebo `{ $text }`
e001-more-syntax-errors = nog { $count } syntaxfouten in dit bestand worden niet getoond
e001-unexpected-here = hier onverwacht
e001-help-item-start = elk onderdeel begint met zijn sleutelwoord: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution of pathway
e001-help-dotted-node = schrijf de stap als `instelling.CREBO` (of `school.programma` voor de eerste stap)
e001-help-nested-only = zet de `{ $keyword }` in het blok van zijn `{ $parent }`
e001-help-top-level-only = zet de `{ $keyword }` na de `{"}"}` die `{ $parent }` sluit: een `{ $keyword }` staat op zichzelf, buiten elk blok
e002-unterminated-string = tekst zonder afsluitend aanhalingsteken
e002-bad-escape = onbekende escape `{ $text }` in tekst
e002-stray-chars = `{ $text }` is geen geldig teken van de taal
e002-help-escapes = de escapes zijn \", \\, \n, \t en \u{"{"}1F600{"}"} (1 tot 6 hexadecimale cijfers)
e002-help-stray = ID's bestaan uit ASCII-letters, cijfers, `_` en `-`; zet andere tekst in een tekst "..." of na `#`
e002-help-bom = dit is een onzichtbaar byte-order-mark (U+FEFF); een bestand mag ermee beginnen, en daar slaat leerlijn het over, maar hier niet: verwijder het (in de meeste editors: verwijder het teken vóór het eerste zichtbare)
e002-help-close-string = sluit de tekst af met `"` op dezelfde regel
e003-invalid-utf8 = het bestand is geen geldige UTF-8: ongeldige byte op positie { $offset }
e003-cannot-read = het bestand kan niet worden gelezen: { $error }
e003-help-utf8 = sla het bestand op als UTF-8 (de meeste editors bieden dat onder "Opslaan als" of "Codering")

## Soorten onderdelen

# Een soort onderdeel, naar zijn sleutelwoord in de plantaal.
kind = { $kind ->
    [track] leerweg
    [sector] sector
    [subject] vak
    [profile] profiel
    [dossier] kwalificatiedossier
    [qualification] kwalificatie
    [prerequisite] nadere vooropleidingseis
    [school] school
    [programme] vmbo-programma
    [institution] instelling
    [offer] aanbod
    [pathway] doorstroomroute
   *[region] regio
}
# "een leerweg": { $name } is de soort zoals de melding die noemt.
a-kind = een { $name }
# Een onderdeel zoals een melding het noemt: "vmbo-programma `olympia.pie-kb`".
owner = { $kind } `{ $name }`

## E104–E107: waarden en velden

e104-bad-level = `{ $field }` noemt mbo-niveau { $value }, dat niet bestaat
e104-bad-crebo = `{ $text }` is geen crebocode: een crebocode heeft precies 5 cijfers
e104-bad-year = `{ $field } = { $value }` is geen jaar in 1900–2200
e104-from-after-until = { $owner } loopt `from = { $from }` `until = { $until }`: `from` ligt na `until`
e104-bad-route = `{ $text }` is geen mbo-leerweg
e104-too-large = `{ $field } = { $text }` is te groot
e104-count-year-order = `{ $field }` noemt { $year } na { $prev }: de jaren moeten oplopen
e104-help-count-year-order = noem elk jaar één keer, het vroegste eerst, zoals in `[2025: 24, 2027: 20]`
e104-empty-list = { $owner } heeft een lege lijst `{ $field }`
# { $sectors } zijn de sectoren van de kring, met pijlen ertussen.
e104-includes-cycle = { $count ->
    [2] sector `{ $first }` bevat zichzelf
   *[other] sectoren bevatten elkaar in een kring: { $sectors }
}
# { $shape } is een van de `shape`-teksten.
e104-bad-shape = verkeerde waarde voor `{ $field }`: verwacht { $shape }
e104-bad-element = verkeerd element in `{ $field }`: verwacht { $shape }
e104-help-levels = mbo-niveaus zijn 1 (Entree), 2, 3 en 4
e104-help-crebo = schrijf de crebocode van 5 cijfers, bijvoorbeeld `25263`; `leerlijn catalogue` doorzoekt de catalogus
e104-help-years = schrijf het beginjaar van het schooljaar, bijvoorbeeld `2025` voor 2025–2026
e104-help-swap-years = `from` en `until` zijn inclusieve beginjaren: verwissel ze of verbeter er een
e104-help-routes = de mbo-leerwegen zijn `bol` (beroepsopleidend) en `bbl` (beroepsbegeleidend)
e104-help-too-large = getallen mogen hoogstens 4294967295 zijn
e104-help-break-cycle = een brede sector bevat smallere; verwijder één element uit `includes` om de kring te doorbreken
e104-help-shape = schrijf `{ $field } = ` gevolgd door { $shape }
e104-help-rewrite = schrijf `{ $fix }`
e104-help-rewrite-element = schrijf het element als `{ $fix }`
e105-missing-field = { $owner } heeft geen veld { $fields }
# { $examples } zijn velden zoals ze geschreven kunnen worden, samengevoegd met "of".
e105-help-add-field = voeg { $examples } toe aan het blok
e106-unknown-field = { $owner } heeft geen veld `{ $field }`
# { $a_kind } is "een leerweg", "een aanbod"; { $fields } alle velden van die soort.
e106-help-fields = { $kind ->
    [closest] bedoel je { $closest }? De velden van { $a_kind } zijn { $fields }
    [none] { $a_kind } heeft geen velden: maak het blok leeg
   *[all] de velden van { $a_kind } zijn { $fields }
}
e107-duplicate-field = { $owner } geeft veld `{ $field }` meer dan eens
e107-first-field-here = eerst hier gegeven
e107-help-one-field-merged = geef het veld één keer, met alle waarden in één lijst: `{ $merged }`
e107-help-one-field = houd een van de twee waarden over en verwijder het andere veld

## D301 duplicate-offer

d301-duplicate-offer = instelling `{ $institution }` biedt crebo { $crebo } ({ $title }) twee keer aan, beide zonder locatie
d301-duplicate-offer-at = instelling `{ $institution }` biedt crebo { $crebo } ({ $title }) twee keer aan in { $location }
d301-first-offer-here = eerst hier aangeboden

## --baseline

baseline-fixed = { $count ->
    [one] 1 regel in de baseline is opgelost: schrijf de baseline opnieuw (`--write-baseline BESTAND`)
   *[other] { $count } regels in de baseline zijn opgelost: schrijf de baseline opnieuw (`--write-baseline BESTAND`)
}

## E101–E103: namen

# Waar een verwijzing naar moet wijzen. { $wanted } is een sleutelwoord ("track"),
# of member, node, programme-of, offer-of; { $kind } de naam van de soort,
# { $parent } de school of instelling.
wanted = { $wanted ->
    [member] school of instelling
    [node] vmbo-programma of aanbod
    [programme-of] vmbo-programma van school `{ $parent }`
    [offer-of] aanbod van instelling `{ $parent }`
   *[kind] { $kind }
}
did-you-mean = bedoel je { $names }?
e101-unknown = { $key ->
    [programme-of] school `{ $parent }` heeft geen vmbo-programma `{ $name }`
    [offer-of] instelling `{ $parent }` heeft geen aanbod `{ $name }`
    [subject] onbekend { $wanted } `{ $name }`
    [profile] onbekend { $wanted } `{ $name }`
    [dossier] onbekend { $wanted } `{ $name }`
    [programme] onbekend { $wanted } `{ $name }`
    [offer] onbekend { $wanted } `{ $name }`
    [node] onbekend { $wanted } `{ $name }`
   *[other] onbekende { $wanted } `{ $name }`
}
e101-unknown-crebo = onbekende crebo { $code }: geen { $kind } heeft deze code
# { $a_wanted } is "een leerweg", "een aanbod van instelling `x`".
e101-declare = { $key ->
    [programme-of] leg `programme { $name } {"{"} track = ... {"}"}` vast in school `{ $parent }`, of verbeter de verwijzing
    [offer-code] voeg `offer { $name }` toe aan instelling `{ $parent }`, of verbeter de verwijzing
    [offer-of] geef een aanbod van instelling `{ $parent }` een naam met `offer CREBO as { $name }`, of verbeter de verwijzing
   *[other] leg { $a_wanted } `{ $name }` vast, of verbeter de naam
}
e101-declare-crebo = { $kind ->
    [dossier] verbeter de code, of leg het kwalificatiedossier vast: `dossier { $code } "..." {"{"} sector = ... {"}"}`
   *[qualification] verbeter de code, of leg de kwalificatie vast: `qualification { $code } "..." {"{"} level = ..., sector = ... {"}"}`
}
e101-not-offered = instelling `{ $institution }` biedt crebo { $code } ({ $title }) niet aan: voeg `offer { $code }` toe aan haar blok, of verbeter de verwijzing{ $count ->
    [0] {""}
   *[other] {" "}(bedoel je { $close }?)
}
e101-newer-crebo = crebo { $code } ({ $name }) is nieuwer dan de ingebouwde catalogus: leg de kwalificatie vast met haar niveau en sector
e101-newer-dossier = crebo { $code } ({ $name }) is een kwalificatiedossier dat nieuwer is dan de ingebouwde catalogus: leg het vast met zijn sector
e101-newer-dossier-offered = crebo { $code } ({ $name }) is een kwalificatiedossier dat nieuwer is dan de ingebouwde catalogus, en een dossier kan niet worden aangeboden: bied een van de kwalificaties aan, vastgelegd met haar niveau en sector
e101-historic-crebo = crebo { $code } ({ $name }) is een oudere code die de kwalificatiestructuur van 2015 heeft vervangen: gebruik de huidige crebo, of leg de kwalificatie vast met haar niveau en sector
e101-not-defined = nergens gedefinieerd
e101-not-defined-in = niet gedefinieerd in `{ $parent }`
e101-not-in-catalogue = niet in de catalogus en niet in het plan
# { $first } / { $a_first } is de soort van de eerste definitie.
e102-duplicate = { $key ->
    [programme-of] school `{ $parent }` heeft twee vmbo-programma's met de naam `{ $name }`
    [offer-of] instelling `{ $parent }` geeft twee keer een aanbod de naam `{ $name }`
    [code-first] crebo { $name } is twee keer gedefinieerd: als { $a_first } en nog eens als { $a_wanted }
    [first] { $wanted } `{ $name }` heeft hetzelfde ID als { $first } `{ $name }`
    [code] { $wanted } { $name } is meer dan eens gedefinieerd
   *[other] { $wanted } `{ $name }` is meer dan eens gedefinieerd
}
e102-unnamed-repeat-offer = instelling `{ $institution }` biedt crebo { $crebo } nogmaals aan zonder naam, dus `{ $institution }.{ $crebo }` is al bezet
e102-first-defined-here = eerst hier gedefinieerd
e102-help-rename-or-remove = geef een van de twee een andere naam, of verwijder de latere definitie
e102-help-crebo-twice = een crebocode hoort bij één kwalificatiedossier of kwalificatie: verbeter een van de twee codes, of verwijder de latere declaratie
e102-help-shared-namespace = leerwegen, sectoren, vakken, profielen, vooropleidingseisen, scholen, instellingen en regio's delen één naamruimte: geef een van de twee een ander ID
e102-help-prelude-kind = de standaardprelude gebruikt het ID `{ $name }` al voor { $a_other }: kies een ander ID
e102-help-prelude-crebo = de ingebouwde catalogus legt crebo { $name } al vast: verwijder deze vastlegging en gebruik die van de catalogus
e102-help-prelude = de ingebouwde catalogus legt `{ $name }` al vast: verwijder deze definitie en gebruik die van de catalogus, of kies een ander ID
e102-help-name-offer = geef het latere aanbod een naam, bijvoorbeeld `offer { $crebo } as { $name }`, en verwijs ernaar als `{ $institution }.{ $name }`
e103-wrong-kind = verwacht: { $a_wanted }, maar `{ $name }` is { $a_found }
e103-dossier-offered = crebo { $code } ({ $title }) is een kwalificatiedossier en kan niet worden aangeboden; bied een van de kwalificaties aan
e103-is-a = dit is { $a_found }
e103-dossier-qual = { $crebo } { $name } (niveau { $level })
# { $quals } zijn e103-dossier-qual-teksten, gescheiden door "; ".
e103-dossier-holds = kwalificatiedossier { $dossier } bevat: { $quals }
e103-help-use-kind = { $count ->
    [0] verwijs hier naar { $a_wanted }
   *[other] verwijs hier naar { $a_wanted }: { $names }
}
e103-help-node-member = { $found ->
    [school] een stap van een doorstroomroute noemt één vmbo-opleiding: schrijf `{ $base }.PROGRAMMA`
   *[institution] een stap van een doorstroomroute noemt één aanbod: schrijf `{ $base }.CREBO` (of `{ $base }.NAAM` voor een aanbod met `as`)
}{ $count ->
    [0] {""}
   *[other] , zoals { $examples }
}
e103-help-later-node = alleen de eerste stap van een doorstroomroute kan een vmbo-opleiding zijn; elke volgende stap is een mbo-aanbod (`instelling.CREBO`)
e103-help-qual-dossier = crebo { $qual } is een kwalificatie van kwalificatiedossier { $dossier }: schrijf hier `{ $dossier }`
e103-help-qual-no-dossier = crebo { $qual } is een kwalificatie: schrijf hier de crebo van haar kwalificatiedossier

## Hulp bij E105: velden zoals ze geschreven kunnen worden

# { $example } is het veld met een plaatshouder, zoals `level = N`; de soort
# en het veld kiezen de toelichting erachter.
field-example = { $key ->
    [profile-sectors] { $example } (de sectoren waarop het profiel voorbereidt)
    [dossier-sector] { $example } (de sector waartoe de kwalificaties behoren)
    [qualification-level] { $example } (mbo-niveau 1 tot en met 4)
    [qualification-dossier] { $example } (de kwalificatie krijgt dan de sector van het dossier)
    [programme-track] { $example } (de leerweg: bb, kb, gl, tl, gt, havo of pro)
    [region-members] { $example } (de scholen en instellingen van de regio)
    [prerequisite-into] { $example } (de sectoren waarvoor de eis geldt)
    [prerequisite-from] { $example } (de vmbo-profielen waarvoor de eis geldt)
    [prerequisite-one-of] { $example } (de vakken waarvan een leerling er één moet hebben gehad)
   *[other] { $example }
}
# Hoe een lijstveld te vullen dat niet leeg mag zijn.
fill-list = { $field ->
    [admits] noem de mbo-niveaus waartoe het diploma toelaat, bijvoorbeeld `[2, 3, 4]`
    [sectors] noem minstens één sector waarop het profiel voorbereidt
    [routes] noem `bol`, `bbl` of beide, of laat `routes` weg: een aanbod heeft standaard beide
    [into] noem minstens één sector waarvoor de eis geldt
    [from] noem minstens één vmbo-profiel waarvoor de eis geldt
    [one-of] noem minstens één vak dat aan de eis voldoet
    [members] noem de scholen en instellingen van de regio
   *[other] noem minstens één element in `{ $field }`
}

## Correcties (check --fix, --diff)

fix-write = schrijf `{ $text }`
fix-remove-repeated = haal de tweede `{ $field }` weg
fix-replace-crebo = { $count ->
    [0] vervang { $old } door { $new } in het `offer`
    [one] vervang { $old } door { $new } in het `offer` en in de verwijzing ernaar
   *[other] vervang { $old } door { $new } in het `offer` en in de { $count } verwijzingen ernaar
}

## De uitvoer in de terminal (het human-formaat van check)

human-line-too-long = de regel is te lang om te tonen
# Het laatste element van een lijst waarvan de rest niet genoemd wordt.
list-more = nog { $count } andere
human-more-labels = nog { $count } { $count ->
    [one] plaats
   *[other] plaatsen
} van deze melding niet getoond (`--format json` geeft ze alle)
summary-errors = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
summary-warnings = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
summary-infos = { $count ->
    [one] { $count } melding
   *[other] { $count } meldingen
}
# { $counts } zijn de summary-errors/-warnings/-infos-teksten, met komma's ertussen.
summary = { $counts } in { $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } uitgezet)
}

## De formaten statistics en markdown

# Het niveau van een melding, zoals de statistiektabel het toont.
level = { $level ->
    [error] fout
    [warning] waarschuwing
   *[info] melding
}
md-title-changes = ## leerlijn: wat deze wijziging betekent voor leerlingen
md-title-check = ## leerlijn-controle
md-no-change = Geen verandering voor leerlingen: geen doorstroomroute, dekking of aanbod verdwijnt of komt erbij.
md-changes-header = | regio | routes kwijt | routes erbij | dekking kwijt | dekking erbij | aanbod ingetrokken |
md-the-project = (het project)
md-more = en nog { $count }
md-no-findings = Geen bevindingen: { $summary }.
md-findings = Bevindingen
md-help = hulp:

## ---- leerlijn report: de HTML-pagina (src/commands/report.rs, report_changes.rs, pupil_flow.rs) ----

report-below-target = (onder streefniveau)
report-broken-count = { $count } gebroken
report-broken-transition-with-its-codes = gebroken overstap (met de codes)
report-broken-transitions = gebroken overstappen
report-changes-matrix = Gevraagde sectoren bereikbaar op niveau { $level }: ervoor → erna; gewijzigde cellen zijn omlijnd.
report-changes-no-change-for-pupils-no = Geen verandering voor leerlingen: geen route, dekking of aanbod verdwijnt of komt erbij.
report-changes-offers-withdrawn-or-shortened = Aanbod ingetrokken of ingekort
report-changes-programmes-that-gain-a-route = Programma's die een route krijgen
report-changes-programmes-that-lose-a-route = Programma's die een route verliezen
report-changes-region = Regio
report-changes-what-changes-since = Wat er verandert sinds
report-columns-vmbo-programmes-then-mbo = Kolommen: vmbo-programma's, dan mbo-niveaus. Een blok is een school (blauw) of een instelling (donker); een gestreept grijs blok ligt buiten de regio. Een rij noemt haar gediplomeerden of plaatsen in het eerste planjaar, of, voor een programma of aanbod dat dan niet loopt, vanaf of tot en met welk jaar het loopt.
report-coverage = Dekking
report-coverage-not-checked = Niet gecontroleerd: het plan heeft syntaxfouten, en de dekking wordt pas beoordeeld als die hersteld zijn.
report-demanded-sectors = Gevraagde sectoren
report-error = fout
report-errors = fouten
report-every-year = elk jaar
report-findings = Bevindingen
report-flow-all-sectors = alle sectoren
report-flow-greatest-intake = grootst mogelijke instroom
report-flow-leavers-and-placed-leavers-per = Gediplomeerden en geplaatste gediplomeerden per schooljaar
report-flow-leavers-and-places = Gediplomeerden en plaatsen
report-flow-offer = aanbod
report-flow-on-paper-the-offers-that = Op papier: het aanbod dat meer gediplomeerden kunnen bereiken dan er plaatsen zijn, en het kleine aanbod (K602).
report-flow-open-bar-leavers-filled-bar = Open balk: gediplomeerden. Gevulde balk: gediplomeerden met een plaats (rood als er zonder plaats zijn).
report-flow-per-school-year-the-leavers = Per schooljaar: de gediplomeerden van de vmbo-programma's van de regio, en hoeveel van hen terechtkunnen op de plaatsen van het aanbod waar hun doorstroomroutes eerst naartoe leiden (een maximale stroom; aanbod zonder capaciteit heeft plaats voor iedereen).
report-flow-placed-leavers = geplaatst / gediplomeerden
report-flow-same-crebo-in-the-region = zelfde crebo in de regio
report-grouped-by-check-leerlijn-explain = Per controle; `leerlijn explain CODE` legt elke controle uit met een voorbeeld.
report-help = hulp
report-info = melding
report-infos = meldingen
report-leavers = gediplomeerden
# Het blok van een programma in de afbeeldingen: "Mavo Zuid · 24 leerlingen".
# Houd het kort: het blok is smal, en op papier maakt een langer woord elk blok hoger.
report-node-pupils = leerlingen
report-node-from = vanaf { $year }
report-node-until = tot en met { $year }
report-leavers-a-year = gediplomeerden per jaar
report-leavers-count = { $count ->
    [one] { $count } gediplomeerde
   *[other] { $count } gediplomeerden
}
report-level-unknown = niveau onbekend
report-levels-sectors-and-crebo-codes = Niveaus, sectoren en crebo-codes komen uit de ingebouwde catalogus van mbo-kwalificaties (2015); wat waar wordt aangeboden komt uit de bestanden van het plan zelf.
report-made-by = Gemaakt met
report-mbo-institutions = mbo-instellingen
report-more = meer
report-no-findings-the-plan-passes = Geen bevindingen: het plan doorstaat elke controle.
report-no-offers-in-this-region = Geen aanbod in deze regio.
report-no-pathway-starts-at-this = Geen doorstroomroute begint bij dit programma.
report-no-programmes-or-offers = Geen programma's of aanbod.
report-no-region = In geen regio
report-no-region-members = Geen regio noemt ze als lid: { $members }. Geen regio vraagt iets van ze, dus er is geen dekking te beoordelen; de routes van hun programma's staan hieronder tot mbo 4.
report-no-route-to-target = Geen route naar mbo { $target }: de routes komen tot niveau { $best }.
report-no-vmbo-programmes-in-this = Geen vmbo-programma's in deze regio.
report-no-years-a-timeless-plan = zonder jaren (een tijdloos plan)
report-none = geen
report-not-checked = ? niet gecontroleerd
report-not-offered = niet aangeboden
report-not-reachable = ✗ niet bereikbaar
report-offers = opleidingen in het aanbod
report-overview-every-transition-of-the = Overzicht: alle overstappen van de regio
report-pathways = doorstroomroutes
report-places = plaatsen
report-places-a-year = plaatsen per jaar
report-places-count = { $count ->
    [one] { $count } plaats
   *[other] { $count } plaatsen
}
report-places-unknown = plaatsen onbekend
report-plan-years = Planjaren
report-practical = praktijk
report-programme = programma
report-programmes = programma's
report-programmes-fine = { $count ->
    [one] { $count } programma heeft
   *[other] { $count } programma's hebben
} een route naar het streefniveau en geen bevinding: hun routes staan in de afbeeldingen hierboven. De tabel noemt de andere.
report-reachable = ✓ bereikbaar
report-reachable-only-broken = ⚠ alleen bereikbaar via gebroken routes
report-reachable-only-in = ◐ alleen bereikbaar in { $years }
report-red-rows-carry-an-error = Rode rijen hebben een fout, gele een waarschuwing; grijs cursief aanbod wordt door geen enkele route bereikt.
report-region-members = { $schools ->
    [one] { $schools } vmbo-school
   *[other] { $schools } vmbo-scholen
}, { $institutions ->
    [one] { $institutions } mbo-instelling
   *[other] { $institutions } mbo-instellingen
}.
report-regional-plan-review = Bespreking regionaal plan
report-regions = regio's
report-routes-into = Routes naar
report-routes-to-level = { $count ->
    [one] { $count } route
   *[other] { $count } routes
} naar niveau { $level }
report-routes-to-the-target-level = routes naar het streefniveau
report-routes-unbroken-routes-from-the = Routes: ongebroken routes vanaf de vmbo-programma's van de regio, een keten 2 → 3 → 4 telt één keer per pad. Plaatsen: de jaarlijkse capaciteit van het aanbod in de cel. Gediplomeerden: de leerlingen van de programma's met zo'n route. Plaatsen en gediplomeerden van { $year }: alleen het aanbod en de programma's van dat jaar.
report-sector = sector
report-summary = Samenvatting
report-suppressed = uitgezet
report-syntax-errors-notice = Het plan heeft syntaxfouten (E0xx-codes), dus de andere controles zijn niet uitgevoerd: routes, dekking en plaatsen zijn niet gecontroleerd. Herstel de syntaxfouten onder Bevindingen en maak het rapport opnieuw.
report-target-level = Streefniveau: mbo { $level }.
report-the-plan-declares-no-region = Het plan noemt geen regio: het wordt gelezen als één regio met alle scholen en instellingen, zonder vraag en met streefniveau 4.
report-the-region-demands-no-sector = De regio vraagt geen sector; de rijen zijn de sectoren die haar instellingen aanbieden.
report-the-whole-project = Het hele project
report-track-profile = leerweg · profiel
report-transition = overstap
report-transition-graph = Overstappen in beeld
report-transitions = overstappen
report-vmbo-programmes-and-their-routes = vmbo-programma's en hun routes
report-vmbo-schools = vmbo-scholen
report-warning = waarschuwing
report-warnings = waarschuwingen
report-wrote = { $path } geschreven ({ $summary })
report-against-syntax-errors = de versie bij `{ $rev }` heeft { $count ->
    [one] een syntaxfout
   *[other] { $count } syntaxfouten
} en is niet te vergelijken
## ---- end of leerlijn report ----

## ---- De eigen regels van leerlijn: stoppen (exit 2), waarschuwingen en opmerkingen op stderr (src/commands/texts.rs, src/cli.rs) ----

error = fout
warning = waarschuwing
note = opmerking
load-missing = pad `{ $path }` bestaat niet
load-unreachable = pad `{ $path }` is niet te lezen: { $error }
load-not-a-file = pad `{ $path }` is geen gewoon bestand en geen map
load-no-files = geen `.pathway`-bestand gevonden in { $paths }
config-missing = { $path }: het configuratiebestand bestaat niet
config-not-a-file = { $path }: het configuratiebestand is geen gewoon bestand (een map, een apparaat of een pijp); noem een `leerlijn.toml`-bestand
stdin-unreadable = standaardinvoer (`-`) is niet te lezen: { $error }
stdin-twice = `-` (standaardinvoer) mag maar één keer als pad
cannot-write = kan `{ $path }` niet schrijven: { $error }
cannot-read = kan `{ $path }` niet lezen: { $error }
write-changed-meanwhile = het bestand is op schijf gewijzigd terwijl leerlijn liep; er is niets geschreven (voer het opnieuw uit)
write-read-only = het bestand is alleen-lezen
io-no-folder = de map bestaat niet
io-gone = het is er niet meer
io-permission-denied = geen toestemming
io-disk-full = de schijf is vol
io-read-only-file-system = het bestandssysteem is alleen-lezen
io-is-a-folder = het is een map
ignore-fixed = { $code } { $name } is altijd een fout en is niet uit te zetten; herstel het bestand
statistics-format = `--statistics` werkt met `--format human`, `concise` of `json`, niet met `{ $format }`
graph-has-errors = het plan heeft { $count ->
    [one] één fout
   *[other] { $count } fouten
} (E-codes); de graaf laat weg wat daardoor niet te lezen is — `leerlijn check` toont ze
unknown-sector = onbekende sector `{ $name }`
unknown-sector-close = onbekende sector `{ $name }`; bedoel je { $close }?
explain-name-a-check = noem een controle (bijvoorbeeld `leerlijn explain C201`) of gebruik `--list`
explain-unknown-check = onbekende controle `{ $name }`; `leerlijn explain --list` toont ze allemaal
explain-unknown-check-close = onbekende controle `{ $name }`; bedoel je { $close }?
diff-old-syntax-errors = de oude versie heeft { $count ->
    [one] een syntaxfout
   *[other] { $count } syntaxfouten
} en is niet te vergelijken; draai eerst `leerlijn check` op die versie
against-old-syntax-errors = de oude versie heeft { $count ->
    [one] een syntaxfout
   *[other] { $count } syntaxfouten
}; daarom geen bevindingen over de planversies
stdout-failed = kan niet naar de standaarduitvoer schrijven: { $error }
lsp-failed = taalserver: { $error }
baseline-written = { $count ->
    [one] { $count } bevinding
   *[other] { $count } bevindingen
} vastgelegd in de baseline `{ $path }`
fmt-not-utf8 = { $path }: geen geldige UTF-8; niet opgemaakt
fmt-syntax-errors = { $path }: syntaxfouten; niet opgemaakt
fmt-would-reformat = zou opmaken: { $path }
fmt-formatted = opgemaakt: { $path }
fmt-refused = { $path }:{ $reason }
fix-refused = niet aangepast: `{ $path }` houdt een syntaxfout die geen correctie herstelt; verbeter die met de hand
fix-held = niet aangepast: `{ $path }` deelt een correctie met `{ $other }`, dat niet wordt aangepast
fix-applied = `{ $path }` verbeterd: { $count ->
    [one] { $count } correctie
   *[other] { $count } correcties
} toegepast
fix-would-apply = `{ $path }` zou worden verbeterd: { $count ->
    [one] { $count } correctie
   *[other] { $count } correcties
}
write-refuse-input = `{ $target }` wordt niet geschreven: het is `{ $input }`, een invoerbestand van deze run; kies een ander uitvoerbestand
write-refuse-config = `{ $target }` (`{ $config }`) wordt niet geschreven: `leerlijn.toml` is de naam van het configuratiebestand van leerlijn, of er nu een is of niet; kies een ander uitvoerbestand

baseline-unreadable = kan de baseline `{ $path }` niet lezen: { $error }
baseline-not-a-file = kan de baseline `{ $path }` niet lezen: het is geen gewoon bestand
baseline-too-large = de baseline `{ $path }` is groter dan { $mib } MiB; dat kan geen baseline van leerlijn zijn
baseline-not-utf8 = kan de baseline `{ $path }` niet lezen: geen UTF-8; schrijf hem opnieuw met `--write-baseline`
baseline-not-a-baseline = `{ $path }` is geen baseline van leerlijn ({ $error }); schrijf hem opnieuw met `--write-baseline`
baseline-version = de baseline `{ $path }` heeft versie { $version }, deze leerlijn leest versie { $reads }
baseline-unwritable = kan de baseline `{ $path }` niet schrijven: { $error }

git-said = { $message }
git-not-a-revision = `{ $rev }` is geen git-revisie
git-not-a-repository = `{ $path }` staat niet in een git-repository (`--against` leest de oude versie met git)
git-no-such-revision = revisie `{ $rev }` bestaat niet in de git-repository in `{ $top }` (haal haar in een ondiepe kloon eerst op, bijvoorbeeld met `git fetch origin { $rev }` of `fetch-depth: 0`)
git-outside = `{ $path }` ligt buiten de git-repository in `{ $top }`
git-absent = `{ $path }` heeft geen `.pathway`-bestand in revisie `{ $rev }`: de oude versie daarvan is leeg, dus alles erin telt als nieuw
git-bad-link = `{ $path }` is in revisie `{ $rev }` een symbolische koppeling die naar geen bestand in de repository leidt, dus de oude versie is niet te lezen

## ---- einde van de eigen regels van leerlijn ----

## ---- leerlijn init: het commentaar in de twee bestanden die het schrijft, en zijn regels (src/commands/init.rs) ----

init-config-head =
    leerlijn: configuratie van dit project.
    Alle sleutels zijn optioneel.
init-config-std =
    De ingebouwde landelijke catalogus (sectoren, profielen, vakken en de
    kwalificaties met hun crebo-codes) laden.
init-config-lang =
    Taal van de meldingen: "nl" of "en". Zonder deze regel: nl als LANG met
    nl begint, anders en.
init-config-deny = Ook waarschuwingen laten de controle falen (exitcode 1).
init-config-years =
    De jaren van het plan (schooljaren, op hun beginjaar). Zonder deze regel:
    van het vroegste tot het laatste jaar dat in de bestanden staat.
init-config-levels =
    Het niveau per controle, op code of naam: "error", "warning", "info" of
    "allow" (uit). `leerlijn explain --list` toont alle controles.
init-region-head =
    Een eerste regio voor leerlijn.
    
    Dit is een voorbeeld: vervang de school, de instelling, haar aanbod en de
    overstappen door die van je eigen regio. Alle namen hieronder zijn verzonnen.
init-region-commands =
    Het plan controleren:  leerlijn check
    Een crebo-code zoeken: leerlijn catalogue verpleeg
    Uitleg bij een melding: leerlijn explain C201
init-region-region =
    De regio: wie doet mee (members), welke sectoren de arbeidsmarkt vraagt
    (demand), welk mbo-niveau elke leerling moet kunnen halen (target-level)
    en de arbeidsmarktregio die de regio beslaat (labour-market, een van de 35).
init-region-school =
    Een vmbo-school en haar programma's: leerweg (track: bb, kb, gl, tl, gt),
    profiel (profile), examenvakken (subjects) en het verwachte aantal
    gediplomeerden per jaar (pupils). De gemeente schrijf je zoals het CBS.
init-region-institution =
    Een mbo-instelling en haar aanbod, op crebo-code; naam en niveau staan in
    het commentaar. capacity = plaatsen per jaar.
init-region-pathway =
    Overstappen: een keten a -> b -> c is twee overstappen. Een diploma basis
    (bb) geeft toelating tot niveau 2; kader (kb) tot niveau 2, 3 en 4 (WEB
    art. 8.2.1). Binnen het mbo gaat een route alleen omhoog.
init-wrote = { $path } geschreven
init-next = volgende stap: leerlijn check { $dir }
init-exists = { $files } { $count ->
    [one] bestaat
   *[other] bestaan
} al; init overschrijft niets (kies een andere map)
init-cannot-create = kan `{ $dir }` niet maken: { $error }

## ---- einde van leerlijn init ----

## ---- De eigen fouten van de opdrachtregel (clap) (src/commands/clap_errors.rs) ----

cli-unknown-argument = onbekend argument '{ $arg }'
cli-missing-value = '{ $arg }' vraagt om een waarde, maar die ontbreekt
cli-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
cli-possible-values = mogelijke waarden: { $values }
cli-bad-value-because = ongeldige waarde '{ $value }' voor '{ $arg }': { $reason }
cli-unknown-command = onbekende opdracht '{ $name }'
cli-missing-required = deze verplichte argumenten ontbreken:
cli-conflict = '{ $arg }' gaat niet samen met '{ $other }'
cli-once = '{ $arg }' mag maar één keer
cli-too-many-values = onverwachte waarde '{ $value }' voor '{ $arg }'; er past niet meer
cli-no-equals = schrijf een isgelijkteken bij '{ $arg }': '{ $arg }=WAARDE'
cli-did-you-mean = tip: bedoel je { $names }?
cli-usage = Gebruik: { $usage }
cli-more = Meer uitleg: probeer '--help'.
years-not-a-year = `{ $value }` is geen jaar tussen 1900 en 2200
years-not-a-range = `{ $value }` is geen jaar en geen reeks zoals 2025..2030
years-backwards = de reeks { $first }..{ $last } eindigt voordat ze begint
date-not-a-date = `{ $value }` is geen datum zoals 2026-02-01
arg-unknown-check = onbekende controle `{ $name }`; `leerlijn explain --list` toont alle controles
arg-unknown-check-close = onbekende controle `{ $name }`; bedoel je { $close }?
arg-level-shape = `{ $value }` is niet CODE=NIVEAU; schrijf bijvoorbeeld `--level C211=allow`
arg-level-fixed = { $code } { $name } is altijd een fout en krijgt geen ander niveau
arg-bad-level-close = onbekend niveau `{ $level }`; bedoel je `{ $close }`?
arg-bad-level = onbekend niveau `{ $level }`; kies { $allowed }

## ---- einde van de eigen fouten van de opdrachtregel ----

## ---- leerlijn.toml: fouten in de configuratie (src/config.rs) ----

config-key = sleutel `{ $key }`
config-unreadable = het configuratiebestand is niet te lezen: { $error }
config-unknown-key = onbekende sleutel
config-did-you-mean = bedoel je `{ $name }`?
config-did-you-mean-list = bedoel je { $names }?
config-the-keys-are = de sleutels zijn { $keys }
config-levels-not-table = hier hoort een tabel met niveaus per controle, maar er staat { $found ->
    [string] een tekst
    [integer] een geheel getal
    [float] een getal
    [boolean] true of false
    [array] een lijst
   *[other] een { $found }
}
config-help-levels-table = schrijf `[levels]` en daaronder per regel `CODE-OF-NAAM = "NIVEAU"`
config-help-years = schrijf het eerste en het laatste schooljaar, bijvoorbeeld `years = "2025..2030"`
config-bad-min-cohort = ongeldige waarde { $value }: hier hoort een geheel getal van minstens 1
config-help-min-cohort = schrijf de kleinste jaarlijkse instroom die een opleiding in het aanbod moet hebben, bijvoorbeeld `min-cohort = 12`
config-level-twice = controle { $code } { $name } krijgt twee keer een niveau (ook als `{ $first }`)
config-help-keep-one = houd er één van de twee
config-unknown-check = onbekende controle `{ $name }`
config-help-explain-list = `leerlijn explain --list` toont alle controles
config-fixed-level = ongeldige waarde: { $code } { $name } is altijd een fout en krijgt geen ander niveau
config-help-fixed = haal deze regel weg: E-codes zijn altijd fouten; herstel het bestand
config-bad-word = ongeldige waarde `{ $value }`: kies { $allowed }
config-write-one-of = schrijf een van { $allowed }
config-wrong-type = hier hoort { $expected ->
    [bool] `true` of `false`
    [integer] een geheel getal
   *[text] tekst tussen aanhalingstekens
}, maar er staat `{ $found }`
config-toml-syntax = geen geldige TOML ({ $detail })
config-help-bool = schrijf `{ $key } = true` of `{ $key } = false`
config-help-lang = schrijf `lang = "en"` of `lang = "nl"`
config-help-years-type = schrijf `years = "2025..2030"`
config-help-level = schrijf `{ $check } = "warning"` (een van { $levels })

## ---- einde van leerlijn.toml ----

## ---- leerlijn catalogue: de tabellen (src/commands/catalogue.rs) ----

catalogue-crebo = crebo
catalogue-level = niveau
catalogue-name = naam
catalogue-dossier = dossier
catalogue-sector = sector
catalogue-title = titel
catalogue-replaced = { $name } (vervangen door { $successor })
catalogue-count = { $count } { $count ->
    [one] kwalificatie
   *[other] kwalificaties
}
catalogue-list-count = { $count } { $kind ->
    [sectors] { $count ->
        [one] sector
       *[other] sectoren
    }
    [profiles] { $count ->
        [one] profiel
       *[other] profielen
    }
    [subjects] { $count ->
        [one] vak
       *[other] vakken
    }
   *[tracks] { $count ->
        [one] leerweg
       *[other] leerwegen
    }
}

## ---- einde van leerlijn catalogue ----

## ---- De taalserver: hover en aanvullen (src/lsp/mod.rs) ----

hover-qualification = kwalificatie { $crebo }
hover-qualification-facts = mbo-niveau { $level } · kwalificatiedossier { $dossier } · sector `{ $sector }`
hover-dossier = kwalificatiedossier { $crebo }
hover-item = { $kind ->
    [programme] programma
    [offer] aanbod
    [track] leerweg
    [sector] sector
    [subject] vak
    [profile] profiel
    [prerequisite] vooropleidingseis
    [school] school
    [institution] instelling
   *[region] regio
} { $name }
hover-programme-facts = leerweg `{ $track }` · profiel `{ $profile }`
hover-pupils = gediplomeerden per jaar `{ $pupils }`
hover-mbo-level = mbo-niveau { $level }
hover-capacity = plaatsen per jaar `{ $capacity }`
completion-level = niveau { $level }
completion-kind = { $kind ->
    [programme] programma
   *[offer] aanbod
}

lsp-too-many-files = leerlijn controleert hoogstens { $files } bestanden en bekijkt hoogstens { $entries } namen in mappen; { $root } heeft er meer, dus sommige bestanden vallen weg. Zet een leerlijn.toml in de map van het plan.
lsp-internal-error = interne fout tijdens het controleren; meld deze alsjeblieft

## ---- einde van de taalserver ----

## --- report: the compact overview on paper (issue 15) ---
report-compact-overview = Overzicht: van welke school de programma’s eerst naar welke instelling leiden (dikkere lijn: meer overstappen; rood gestreept: een ervan is gebroken)
## --- end of the compact overview ---

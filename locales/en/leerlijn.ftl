# English messages of leerlijn (Project Fluent syntax, https://projectfluent.org).
#
# Each message has an id (left of `=`) and a text. Words in braces such as
# { $programme } are filled in by leerlijn: keep them, but move them where
# the sentence needs them. A block such as
#     { $count ->
#         [one] level
#        *[other] levels
#     }
# picks a text by the value of a variable; the line marked `*` is the default.
# Backquotes mark names from the plan (`waalhaven`), and stay as they are.
# See CONTRIBUTING.md, "Translating leerlijn".

## Shared pieces

# The last two items of a list: `a, b and c` is { $head } = "a, b", { $last } = "c".
list-and = { $head } and { $last }
list-or = { $head } or { $last }
# A school year by its start year: 2026 is school year 2026–2027.
school-year = { $year } (school year { $year }–{ $next })
year-range = { $first }–{ $last }
# `level 2`, `levels 3 and 4`; { $list } is the numbers, already joined.
levels = { $count ->
    [one] level { $list }
   *[other] levels { $list }
}
region-named = region `{ $region }`
the-project = the project
# Why { $item } does not run in a year.
cause = { $cause ->
    [starts] `{ $item }` only starts in { $year }
    [ends] `{ $item }` ends after { $year }
    [qual-starts] qualification { $crebo } of `{ $item }` is only in force from { $year }
   *[qual-ends] qualification { $crebo } of `{ $item }` lapses after { $year }
}

## C201 inadmissible-transition

c201-track = { $kind ->
    [pro] `{ $programme }` (praktijkonderwijs) leads straight to `{ $offer }`, { $qual } at level { $level }, but praktijkonderwijs ends with a getuigschrift, not a diploma: it meets no vooropleidingseis of WEB art. 8.2.1, so only { $admits } is open to its pupils
    [entree] `{ $programme }` (track { $track }) leads straight to `{ $offer }`, { $qual }, an entreeopleiding, but toelating to entree is open only to those who do not meet the vooropleidingseis of level 2 (WEB art. 8.1.1b), and a { $track } diploma does
   *[other] `{ $programme }` (track { $track }) leads straight to `{ $offer }`, { $qual } at level { $level }, but a { $track } diploma gives toelating to { $admits } only (WEB art. 8.2.1)
}
c201-step = `{ $from }` (level { $from_level }) leads straight to `{ $offer }`, { $qual } at level { $level }, but a level-{ $from_level } diploma gives toelating to { $admits } only (WEB art. 8.2.1)
# { $levels } are level numbers, already joined ("3 and 4"); { $admits } too ("2, 3 or 4").
c201-help-track = { $kind ->
    [via] let the pathway pass through { $count ->
        [one] an offer at level { $levels }
       *[other] offers at levels { $levels }
    } first (WEB art. 8.2.1), or correct the programme's `track` if it is not { $track }
   *[direct] lead the pathway to an offer at level { $admits } instead, or correct the programme's `track` if it is not { $track }
}
c201-help-step = put a level-{ $next } offer in between (WEB art. 8.2.1): Entree (level 1) leads to level 2, level 2 to levels 3 and 4, level 3 to level 4

## C202 missing-subjects

c202-missing = `{ $programme }` lacks subjects for `{ $offer }`, { $qual }: { $parts }
c202-requires = the qualification requires { $subjects }
c202-prerequisite = the vooropleidingseis { $rule } asks { $one_of } for toelating from { $from } into { $into }{ $from_year ->
    [none] {""}
   *[other] , from { $from_year }–{ $next }
}
c202-help = add a subject that meets each rule to the programme's `subjects` (the vak must have been part of the eindexamen: WEB art. 8.2.2, Doorstroomregeling vmbo – mbo 2020), or lead its pupils to another offer

## C203 level-regression

c203-regression = `{ $from }` (level { $from_level }) leads to `{ $offer }`, { $qual } at level { $level }: { $kind ->
    [same] the same level, not a higher one
   *[lower] a lower level, not a higher one
}
c203-help = a step between mbo offers must go up a level; reverse the step if it is meant the other way, or remove it

## C204 inactive-node

# { $year } is a school year ("2026 (school year 2026–2027)"), { $why } a cause.
c204-inactive = the pathway `{ $pathway }` runs in { $year }, but { $why }
c204-help = { $limit }, { $other }{ $follows }
# { $bounds } is `from = 2026` and/or `until = 2030`.
c204-help-bounds = give the pathway { $bounds } to keep it within the years of `{ $node }`
c204-help-no-shared-year = the pathway and `{ $node }` share no year of the plan: align their years or remove the pathway
c204-help-own-years = or leave out the pathway's own years: it then takes the years it does not write from `{ $node }`, where it starts
c204-help-replace = or replace `{ $node }` by an offer that runs in { $year }
c204-help-follows = ; without `from`/`until` of its own, this pathway follows the years of `{ $first }`, where it starts

## C205 route-unavailable

c205-route = the pathway `{ $pathway }` asks for `{ $route }`, which { $offers } { $count ->
    [one] does
   *[other] do
} not provide
c205-help = add `{ $route }` to the `routes` of { $offers }, or change or remove the pathway's `route`

## C206 cross-region

c206-cross-region = `{ $from }` (in { $from_regions }) leads to `{ $to }` (in { $to_regions }), but no region holds both
c206-help = if the transition is planned, add both to a common region's `members`; if it is agreed across regions, suppress this finding and name the agreement

## C207 dead-end

c207-dead-end = programme `{ $programme }` leads nowhere: no pathway starts at it
c207-help = add a pathway from it to an mbo offer, or remove the programme from the plan

## C208 target-unreachable

c208-whose-region = the target level of region `{ $region }`
c208-whose-none = the target level for a school in no region
c208-target = no route from `{ $programme }` reaches level { $target }, { $whose }: { $best ->
    [0] its routes reach no offer whose level is known
   *[other] its routes reach level { $best } at most
}
c208-help = continue a route with a pathway to an offer at level { $target } (level 2 leads to levels 3 and 4, level 3 to level 4)

## C209 sector-gap

c209-no-sector = no sector
c209-gap = { $kind ->
    [component] no route from `{ $programme }` reaches an offer in { $wanted }, the sector of its practical component; its routes reach { $reached }
   *[profile] no route from `{ $programme }` reaches an offer in a sector of its profile { $profile } ({ $wanted }); its routes reach { $reached }
}
c209-help = add a pathway to an offer in { $wanted }, so pupils can continue in the direction they were prepared for

## C210 cycle

c210-cycle = { $count ->
    [one] a pathway leads from { $offers } back to itself
   *[other] pathways lead round in a cycle through { $offers }
}
c210-edge = this step is part of the cycle
c210-help = a route between mbo offers goes up a level at every step, so it cannot come back; remove the step that leads back

## C211 unreached-offer

c211-unreached = no route from any programme reaches `{ $offer }` ({ $qual })
c211-help = add a pathway that leads to it; if the offer serves other pupils (adults, havo), suppress this finding and say so

## D302 overlapping-offer

# { $title } is " (Title)" or nothing.
# { $when } is `years` (then { $years } lists them) or `timeless`.
d302-overlap = crebo { $crebo }{ $title } is offered { $count } times in { $region } { $when ->
    [years] in { $years }
   *[timeless] at the same time
}: { $offers }
d302-also-offered = also offered here, by `{ $institution }`
d302-also-offered-at = also offered here, by `{ $institution }` in { $location }
d302-help-agree = agree in the region which offer stays (doelmatigheid, WEB art. 6.1.3), or suppress this finding and name the agreement
d302-help-capacity = { $all ->
    [yes] together they have { $capacity } places a year; { $agree }
   *[no] together they have at least { $capacity } places a year (not every offer gives its `capacity`); { $agree }
}

## D303 duplicate-pathway

d303-duplicate = the pathway `{ $chain }` adds nothing: earlier pathways already declare every step of it
d303-duplicate-route = the pathway `{ $chain }` (route { $route }) adds nothing: earlier pathways already declare every step of it
d303-first = its first step is declared here
d303-help = remove this pathway, or, if its years, route or note differ on purpose, move them to the pathway that declares the steps

## D304 overlapping-dossier

# { $when } is `years` (then { $years } lists them) or `timeless`.
d304-overlap = kwalificatiedossier { $dossier }{ $title } is offered at level { $level } by several institutions in { $region } { $when ->
    [years] in { $years }
   *[timeless] at the same time
}: { $offers }
d304-offer = { $qual } by `{ $institution }`
d304-also = { $crebo }, same dossier and level, by `{ $institution }`
d304-help = qualifications of one dossier share most of their content: check with the other institutions whether the region needs each of them (doelmatigheid, WEB art. 6.1.3)

## S401 uncovered-sector

s401-uncovered = { $timeless ->
    [yes] { $region } demands `{ $sector }`, but no member institution offers it at level { $level } or higher
   *[no] { $region } demands `{ $sector }`, but no member institution offers it at level { $level } or higher in any year of the plan
}
s401-help = ask a member institution to offer a qualification in `{ $sector }` at level { $level } or higher, or add an institution that does to the region's `members`

## S402 unreachable-sector

s402-unreachable = { $region } demands `{ $sector }`, which { $offers } { $count ->
    [one] offers
   *[other] offer
} at level { $level } or higher, but { $timeless ->
    [yes] no route from the region's programmes reaches { $count ->
        [one] it
       *[other] them
    }
   *[no] in no year of the plan does a route from the region's programmes reach { $count ->
        [one] it
       *[other] them
    }
}
s402-help = add a pathway from one of the region's programmes (directly or through a lower level) to one of these offers, in years in which both run

## S403 sector-lapse

s403-lapse = { $region } demands `{ $sector }`, which the region's programmes reach in some years of the plan but not in { $year }{ $count ->
    [0] {""}
   *[other] : { $causes }
}
s403-pathway-cause = the pathway { $cause }
s403-help = keep a route to `{ $sector }` open in { $year }: let the items named run that year too, or add a pathway to another offer of the sector that runs then

## K601 capacity-shortfall

k601-places = { $unbounded ->
    [yes] { $places } places, besides offers without a stated `capacity`
   *[no] { $places } places
}
# { $when } is a range of years or one school year; { $worst } the worst year of the range.
k601-shortfall = { $kind ->
    [range] { $region } cannot place all its vmbo leavers in { $when }: at worst, in { $worst }, { $shortfall } of { $leavers } leavers have no place; the offers their pathways lead to have { $places }
    [year] { $region } cannot place { $shortfall } of its { $leavers } vmbo leavers in { $when }: the offers their pathways lead to have { $places }
   *[timeless] { $region } cannot place { $shortfall } of its { $leavers } vmbo leavers: the offers their pathways lead to have { $places }
}
# { $count } counts { $programmes }, whose pathways reach offers; { $more } is k601-help-more.
k601-help = { $count ->
    [0] add pathways from { $stranded } to offers with free places
    [one] raise the `capacity` of the offers { $programmes } leads to, or add pathways from it to offers with free places{ $more }
   *[other] raise the `capacity` of the offers { $programmes } lead to, or add pathways from them to offers with free places{ $more }
}
# { $count } counts { $stranded }: programmes whose pathways reach no offer that year.
k601-help-more = { $count ->
    [0] {""}
    [one] ; { $stranded } leads to no offer yet: add pathways from it as well
   *[other] ; { $stranded } lead to no offer yet: add pathways from them as well
}
k601-unplaced = { $unplaced } of its { $leavers } leavers { $unplaced ->
    [one] has
   *[other] have
} no place{ $year ->
    [none] {""}
   *[other] {" "}({ $year })
}

## K602 small-cohort

# { $year } is a school year or "none"; { $worst } the worst year of the range { $when }.
k602-small = { $kind ->
    [range] offer `{ $offer }` ({ $qual }) can take in fewer than the minimum cohort of { $min_cohort } in { $when }: at most { $intake } leavers in { $worst }, from { $programmes }
   *[single] offer `{ $offer }` ({ $qual }) can take in at most { $intake } leavers{ $year ->
        [none] {""}
       *[other] {" "}in { $year }
    }, from { $programmes }: fewer than the minimum cohort of { $min_cohort }
}
k602-help = a course this small is hard to keep: agree in the region to combine it with another offer of crebo { $crebo } (see D302), or lead more programmes to it; `min-cohort` in leerlijn.toml sets the minimum ({ $min_cohort })

## R501 orphan

r501-orphan = { $kind ->
    [school] school
   *[institution] institution
} `{ $name }` is in no region, so no regional plan covers it
r501-help = add it to a region's `members`, or remove it from the plan

## W001 unused-suppression

w001-unused-suppression = unused suppression: { $parts }
w001-malformed = it is not of the form `# leerlijn: allow(CHECK, ...) reason`
w001-empty = it names no check
w001-unknown = { $count ->
    [one] { $names } is not a check
   *[other] { $names } are not checks
}
w001-unsuppressible = { $names } cannot be suppressed: E and W codes always report
w001-unused = { $kind ->
    [no-item] it applies to no item, so { $names } suppresses nothing
   *[item] the item it applies to has no { $names } finding
}
# { $names } are the checks meant, { $name } the unknown name written.
w001-guess = { $names } (for `{ $name }`)
w001-help-guess = did you mean { $guesses }? Otherwise, { $rest }
w001-help = { $kind ->
    [no-item] a suppression at the end of an item's first line applies to that item, one on a line of its own to the item right below it: move the comment there, or remove it
   *[item] remove the comment or the names it does not need; `leerlijn explain --list` lists every check
}

## W002 suppression-without-reason

w002-no-reason = { $count ->
    [0] suppression without a reason
   *[other] suppression of { $names } without a reason
}
w002-help = say why after the parentheses, so the next reader knows whether it still holds: `# leerlijn: allow(C211) offered for adult learners`

## Help lines that name the answer (hints)

hint-second-offer = if the two are its BOL and BBL routes, write one offer with `routes = [bol, bbl]`; otherwise remove the later offer, or give it its own `location` and a name with `as`
hint-bad-brin = `{ $text }` is not a BRIN code: a BRIN is two digits and two capital letters, like `25LP`
hint-brin = write `brin = "{ $brin }"`
# { $name } is the institution's name.
hint-brin-named = write `brin = "{ $brin }"` ({ $name })
hint-brin-unknown = write the four-character BRIN code DUO gives the school or institution, like `brin = "25LP"` (a branch adds two digits: `25LP01`)
hint-unknown-brin = no mbo institution has BRIN `{ $text }`
hint-near-brin-item = `{ $brin }` ({ $name })
hint-near-brin = did you mean { $list }?
hint-profile-not-sector = { $count ->
    [0] `{ $profile }` is a profile, not a sector: write a sector here
    [one] `{ $profile }` is a profile; it prepares for sector { $sectors }: write that
   *[other] `{ $profile }` is a profile; it prepares for sectors { $sectors }: write one of those
}
hint-sector-not-profile = { $count ->
    [0] `{ $sector }` is a sector, not a profile: write the programme's vmbo profile here
   *[other] `{ $sector }` is a sector; the profiles that prepare for it are { $profiles }: write one of those
}

## E001/E002 syntax errors

syntax-unquoted-spaces = text with spaces needs quotes
syntax-unquoted = `{ $text }` is neither a number nor an ID: text needs quotes
syntax-needs-quotes = text without quotes
syntax-help-quote = write `{ $field } = "{ $text }"`
syntax-unbracketed = `{ $field }` takes a list: its elements need brackets and commas
syntax-needs-brackets = several values without brackets
syntax-help-brackets = write `{ $field } = { $list }`
syntax-not-arrow = `{ $text }` is not an arrow; write `->`
syntax-help-arrow = the steps of a pathway are joined by `->` (a hyphen and `>`): `pathway school.programme -> institution.CREBO`
# { $item } is how the plan names the item: `institution roc-twente`, `offer 25342`.
syntax-unclosed = the block of `{ $item }` that starts here is not closed
syntax-block-starts-here = the block starts here
syntax-close-here = close it here with `{"}"}`
syntax-help-unclosed = add `{"}"}` after the last line of the block of `{ $item }`
# { $child } is a keyword of the plan language (`offer`, `programme`).
syntax-stray-close = this `{"}"}` closes the block of `{ $item }`, but more of its `{ $child }` items follow
syntax-closes-too-early = closes the block too early
syntax-help-stray-close = remove this `{"}"}`: the block of `{ $item }` ends after its last `{ $child }`
syntax-non-ascii-id = `{ $text }` is not an ID: IDs are written in ASCII letters, digits, `_` and `-`
syntax-help-ascii = write `{ $ascii }` (here and wherever the plan refers to it)
syntax-help-ascii-none = write the ID in ASCII letters, digits, `_` and `-`; put other text in a title "..."
syntax-help-more = fix the errors shown first: the ones after them often follow from them
# What was expected; { $kw } is a keyword of the plan language, { $field } a field name.
expected-item = every item starts with its keyword: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution or pathway
expected-id = write an ID after `{ $kw }`: lower-case ASCII letters, digits, `-` and `_`, for example `{ $kw } my-{ $kw }`
expected-crebo = write the five-digit crebo code after `{ $kw }`, for example `{ $kw } 25263`
expected-eq = a field is written `{ $field } = value`; put text in quotes: `{ $field } = "..."`
expected-value = after `=` comes an ID, a number, text in quotes "..." or a list `[a, b]`
expected-count = numbers over the years are written `[YEAR: NUMBER, ...]`, for example `pupils = [2025: 24, 2027: 20]`
expected-list-element = a list holds IDs, numbers or quoted text, separated by commas: `[a, b]`
expected-comma-or-bracket = separate the elements of a list with `,` and close it with `]`: `[a, b]`
expected-field-or-end = inside a block, write fields as `name = value`; close the block with `{"}"}`
expected-field-or-item = inside this block, write fields as `name = value` and `{ $kw }` items; close the block with `{"}"}`
expected-block = open the block with `{"{"}` after the head: `{ $kw } ID {"{"} ... {"}"}`
expected-block-or-item = put the fields in a block `{"{"} ... {"}"}`, or start the next item on a new line
expected-node = write the step as `institution.CREBO` (or `school.programme` for the first step)
expected-member = after `.` comes the programme's ID or the offer's crebo code: `olympia.pie-kb`, `zadkine.25263`
expected-arrow-block-or-item = continue the pathway with `-> institution.CREBO`, add a block `{"{"} ... {"}"}`, or start the next item on a new line
expected-arrow = a pathway joins at least two steps with `->`: `pathway school.programme -> institution.CREBO`
expected-as-id = after `as` comes the offer's own ID: `offer 25263 as techniek-4 {"{"} ... {"}"}`

## The rules that follow from the law (E104, C201 specialist, C212, R502)

law-profile-not-on-track = `{ $programme }` has profile { $profile }, which is not a profiel of track { $track } (it belongs to { $tracks })
law-help-profile-tracks = { $count ->
    [0] no profile belongs to track { $track }; remove `profile = { $profile }` or correct the `track`
   *[other] the profielen of { $track } are { $profiles } (WVO 2020 arts. 2.25–2.27); correct the `profile`, or the `track` if the programme is not { $track }
}
law-practical-not-on-track = `{ $programme }` is on track { $track }, but a praktijkgericht vak (`practical`) belongs to the gemengde or theoretische leerweg only
law-help-practical = since 2024 the praktijkgericht vak is a subject of gl and tl (Uitvoeringsbesluit WVO 2020 arts. 2.17, 2.25), not a leerweg: remove `practical`, or set `track` to gl, tl or gt
law-unknown-municipality = { $ambiguous ->
    [yes] "{ $name }" names more than one Dutch municipality of 2026
   *[no] "{ $name }" is not a Dutch municipality of 2026
}
# { $names } are municipality names in quotes, already joined with "or".
law-help-municipality-ambiguous = more than one municipality has that name: write { $names }
law-help-municipality-closest = did you mean { $names }? Municipalities are named as CBS writes them for 2026; the old name of a merged municipality is not in the list: write the municipality it is part of now
law-help-municipality = write the municipality as CBS names it for 2026 ("Den Haag" and "Den Bosch" are accepted); the old name of a merged municipality is not in the list: write the municipality it is part of now
law-unknown-labour-market = "{ $name }" is not one of the 35 arbeidsmarktregio's of 2026
law-help-labour-market-closest = did you mean { $names }?
law-help-labour-market = write the arbeidsmarktregio's name as CBS does for 2026, e.g. "Rijnmond" or "Holland Rijnland"
law-route-not-allowed = `{ $offer }` offers { $qual } in route { $route }, which that qualification does not have
law-help-route-not-allowed = this qualification can only be followed in { $allowed }: remove the route (without `routes` an offer has the routes its qualification allows)
law-bad-type = `type = { $text }` is not a kind of qualification
law-prerequisite-from-list = a prerequisite's `from` is the first school year it applies in, not a list of profiles
law-help-prerequisite-from-fix = the profiles it applies to go in `profiles`: write `{ $fix }`
law-help-prerequisite-from = the profiles it applies to go in `profiles = [...]`; `from` takes a year, like `2025`
law-help-type = the only type is `specialist`, for a specialistenopleiding (WEB art. 8.2.1 lid 2); leave `type` out otherwise
law-specialist-from-programme = `{ $programme }` leads straight to `{ $offer }`, { $qual }, a specialistenopleiding: toelating requires a diploma vakopleiding for the same occupation (WEB art. 8.2.1 lid 2), which no vmbo diploma is
law-specialist-from-offer = `{ $from }`, { $from_qual } (level { $from_level }), leads to `{ $offer }`, { $qual }, a specialistenopleiding whose toelating requires a diploma vakopleiding for the same occupation (WEB art. 8.2.1 lid 2): { $why ->
    [other-dossier] a vakopleiding of another kwalificatiedossier, which leerlijn does not take to be one for the same occupation
   *[not-level-3] not a vakopleiding (level 3)
}
# { $vakopleidingen } are "25xxx Name" of the level-3 qualifications, joined with "or".
law-help-specialist = { $count ->
    [0] its kwalificatiedossier has no level-3 qualification, so leerlijn cannot tell which vakopleiding is "for the same occupation": if the institution admits from the vakopleiding this pathway starts at, record that with a suppression and its reason
   *[other] lead the pathway through a level-3 qualification of the same kwalificatiedossier first: { $vakopleidingen }
}
law-superseded = `{ $offer }` offers { $qual }, which { $successor } replaces{ $year ->
    [none] {""}
   *[other] {" "}(from { $year }–{ $next } in this plan)
}
# { $old } and { $new } are crebo codes.
law-replace-here = replace { $old } with { $new } here too
law-help-superseded = { $count ->
    [0] offer the current qualification: replace { $old } with { $new } in this `offer`; new students enrol in the current code
   *[other] offer the current qualification: replace { $old } with { $new } in this `offer` and in every reference to it ({ $references }); new students enrol in the current code
}
law-outside-labour-market = `{ $member }` is in { $municipality }, in arbeidsmarktregio { $own }, but region `{ $region }` covers { $labour_market }
law-help-outside-labour-market = make it a member of the region for { $own }, correct its `municipality`, or correct the region's `labour-market`; if it serves this region across the border, say so with a suppression and its reason

## V701–V705: comparing two versions of a plan

# When a change applies: one open range, a closed range, or a list of them.
when-from = from { $year } (school year { $year }–{ $next })
when-years = in school years { $list }
# Why the old route stops ({ $item } an item, { $from } -> { $to } a step).
route-cause = { $cause ->
    [removed] `{ $item }` was removed from the plan
    [not-running] `{ $item }` no longer runs then
    [step-removed] the step `{ $from } -> { $to }` was removed
    [step-not-running] the step `{ $from } -> { $to }` no longer runs then
    [changed] the qualification of `{ $item }` changed level or sector
    [left-region] `{ $item }` is no longer a member of the region
    [target] the region's target level was raised
   *[unchanged] the new version no longer counts it, although the route itself is unchanged
}
# The years an offer ran or loses.
years = { $kind ->
    [every] every year
    [from] from { $from } on
    [until] until { $until }
    [one] { $from }
   *[range] { $from }–{ $until }
}
# { $when } is "none" in a plan without years.
v701-route-lost = { $when ->
    [none] pupils of `{ $programme }` no longer reach level { $level } in { $sector }: their route `{ $route }` stopped, because { $cause }
   *[other] { $when }, pupils of `{ $programme }` no longer reach level { $level } in { $sector }: their route `{ $route }` stopped, because { $cause }
}
v701-help = keep or replace the offer or step the route needed, or declare a new pathway from `{ $programme }` to a level-{ $level } offer in { $sector }
v702-coverage-lost = { $when ->
    [none] no pupil of { $region } can reach level { $level } in { $sector } any more: the old version's route `{ $route }` stopped, because { $cause }
   *[other] { $when }, no pupil of { $region } can reach level { $level } in { $sector } any more: the old version's route `{ $route }` stopped, because { $cause }
}
v702-help = the region demands { $sector }: keep a level-{ $level } offer in { $sector } that a route reaches, or agree in the region who takes it over
v703-lost = { $kind ->
    [removed] is removed (it ran { $years })
    [ends] stops earlier: { $years } lost
   *[starts] starts later: { $years } lost
}
# { $what } is one or more of the v703-lost texts.
v703-withdrawn = { $count ->
    [0] offer `{ $offer }` ({ $qual }) { $what }; no route used it
   *[other] offer `{ $offer }` ({ $qual }) { $what }; routes of { $users } used it
}
v703-help = if this is intended, tell the schools whose pupils used it and check the routes that relied on it; otherwise restore the offer's years
v704-route-gained = { $when ->
    [none] pupils of `{ $programme }` can reach level { $level } in { $sector }, through `{ $route }`
   *[other] { $when }, pupils of `{ $programme }` can reach level { $level } in { $sector }, through `{ $route }`
}
v704-help = nothing to fix if this route is intended; tell the school so it can advise its pupils
v705-rule = { $bol ->
    [yes] a BOL programme must be reported 18 months ahead
   *[no] a BBL-only programme must be reported 6 months ahead
}
# { $deadline } and { $date } are dates (YYYY-MM-DD); { $rule } is v705-rule.
v705-notice-late = { $start ->
    [yes] offer `{ $offer }` ({ $qual }) starts in { $year } (school year { $year }–{ $next }), but the start of { $rule }, by { $deadline }, which has passed on { $date }; the earliest school year it can start is { $earliest }–{ $earliest_next }
   *[no] offer `{ $offer }` ({ $qual }) takes no pupils from { $year } (school year { $year }–{ $next }) on, but the stop of { $rule }, by { $deadline }, which has passed on { $date }; the earliest school year it can stop is { $earliest }–{ $earliest_next }
}
v705-help = { $start ->
    [yes] set the offer's `from` to { $earliest } or later (Regeling melding 2018 art. 2, WEB art. 6.1.2), or check that the start was reported in time
   *[no] let the offer take pupils until { $until } at least (`until = { $until }`) (Regeling melding 2018 art. 2, WEB art. 6.1.2), or check that the stop was reported in time
}
v70x-in-old-version = in the old version

## E001–E003: reading the file

# What the parser found instead.
found = { $kind ->
    [ident] identifier `{ $text }`
    [keyword] keyword `{ $text }`
    [int] number `{ $text }`
    [string] a string
    [punct] `{ $text }`
   *[eof] the end of the file
}
# What the parser expected. { $kind } is an item kind ("offer", "track");
# { $key } the same kind as the plan language writes it, to choose an article by.
expected-what-item = an item (`region`, `school`, `institution`, `pathway`, ...)
expected-what-id = an ID for the { $kind }
expected-what-crebo = the crebo code of the { $kind }
expected-what-eq = `=` after field `{ $field }`
expected-what-value = a value (an ID, a number, a string or a list)
expected-what-list-element = a list element (an ID, a number or a string) or `]`
expected-what-count = a number after `YEAR:` (as in `[2025: 24, 2027: 20]`)
expected-what-comma-or-bracket = `,` or `]`
expected-what-field-or-end = a field or `{"}"}`
expected-what-field-or-item = a field, a nested `{ $keyword }` or `{"}"}`
expected-what-block = `{"{"}` to open the { $kind } block
expected-what-block-or-item = `{"{"}` to open the { $kind } block, or the next item
expected-what-node = a node (`school.programme` or `institution.offer`)
expected-what-member = an ID or crebo code after `.`
expected-what-arrow-block-or-item = `->`, `{"{"}` or the next item
expected-what-arrow = `->` and the next node: a pathway has at least two nodes
expected-what-as-id = an ID after `as`
# The shape a field's value must have.
shape = { $shape ->
    [ref] a name
    [ref-list] a list of names, like `[a, b]`
    [int] a whole number
    [int-list] a list of whole numbers
    [str] a string in double quotes
    [year] a year, like `2025`
    [level] an mbo level 1 to 4
    [level-list] a list of mbo levels, like `[2, 3, 4]`
    [crebo] a 5-digit crebo code
    [crebo-list] a list of crebo codes
    [route] `bol` or `bbl`
    [route-list] a list of routes, like `[bol, bbl]`
    [count] a whole number, or numbers by year like `[2025: 24, 2027: 20]`
   *[year-count] a year and a number, like `2025: 24`
}
e001-expected = expected { $expected }, found { $found }
# { $parent } is `school` or `institution`.
e001-nested-outside = `{ $keyword }` can only stand inside { $parent ->
    [school] a
   *[institution] an
} `{ $parent }` block
e001-not-nested = `{ $keyword }` cannot stand inside { $parent ->
    [institution] an
    [offer] an
   *[other] a
} `{ $parent }` block
e001-bare-crebo-node = a pathway node must be a dotted reference, found the bare crebo `{ $text }`
e001-more-syntax-errors = { $count } more syntax errors in this file are not shown
e001-unexpected-here = unexpected here
e001-help-item-start = every item starts with its keyword: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution or pathway
e001-help-dotted-node = write the node as `institution.CREBO` (or `school.programme` for the first node)
e001-help-nested-only = move the `{ $keyword }` into the block of its `{ $parent }`
e001-help-top-level-only = move the `{ $keyword }` after the `{"}"}` that closes `{ $parent }`: a `{ $keyword }` stands on its own, outside every block
e002-unterminated-string = unterminated string
e002-bad-escape = unknown escape `{ $text }` in string
e002-stray-chars = `{ $text }` starts no token
e002-help-escapes = the escapes are \", \\, \n, \t and \u{"{"}1F600{"}"} (1 to 6 hex digits)
e002-help-stray = IDs are ASCII letters, digits, `_` and `-`; put other text in a string "..." or after `#`
e002-help-bom = this is an invisible byte-order mark (U+FEFF); a file may start with one, and leerlijn skips it there, but not here: delete it (in most editors, delete the character before the first visible one)
e002-help-close-string = close the string with `"` on the same line
e003-invalid-utf8 = the file is not valid UTF-8: invalid byte at offset { $offset }
e003-cannot-read = cannot read the file: { $error }
e003-help-utf8 = save the file as UTF-8 (most editors offer this under "Save as" or "Encoding")

## Item kinds

# An item kind by its keyword in the plan language.
kind = { $kind ->
    [track] track
    [sector] sector
    [subject] subject
    [profile] profile
    [dossier] kwalificatiedossier
    [qualification] qualification
    [prerequisite] prerequisite
    [school] school
    [programme] programme
    [institution] institution
    [offer] offer
    [pathway] pathway
   *[region] region
}
# "a track", "an offer": { $name } is the kind as the message names it, { $kind } its keyword.
a-kind = { $kind ->
    [institution] an
    [offer] an
    [offer-of] an
   *[other] a
} { $name }
# An item as a message names it: "programme `olympia.pie-kb`"; { $kind } from `kind`.
owner = { $kind } `{ $name }`

## E104–E107: values and fields

e104-bad-level = `{ $field }` names mbo level { $value }, which does not exist
e104-bad-crebo = `{ $text }` is not a crebo code: a crebo code has exactly 5 digits
e104-bad-year = `{ $field } = { $value }` is not a year in 1900–2200
e104-from-after-until = { $owner } runs `from = { $from }` `until = { $until }`: `from` is after `until`
e104-bad-route = `{ $text }` is not an mbo route
e104-too-large = `{ $field } = { $text }` is too large
e104-count-year-order = `{ $field }` lists { $year } after { $prev }: the years must go up
e104-help-count-year-order = list each year once, earliest first, as in `[2025: 24, 2027: 20]`
e104-empty-list = { $owner } has an empty `{ $field }` list
# { $sectors } are the sectors of the cycle, joined by arrows.
e104-includes-cycle = { $count ->
    [2] sector `{ $first }` includes itself
   *[other] sectors include each other in a cycle: { $sectors }
}
# { $shape } is one of the `shape` texts.
e104-bad-shape = `{ $field }` must be { $shape }
e104-bad-element = every element of `{ $field }` must be { $shape }
e104-help-levels = mbo levels are 1 (Entree), 2, 3 and 4
e104-help-crebo = write the 5-digit crebo code, e.g. `25263`; `leerlijn catalogue` searches the catalogue
e104-help-years = write the start year of the school year, e.g. `2025` for 2025–2026
e104-help-swap-years = `from` and `until` are inclusive start years: swap them or correct one
e104-help-routes = the mbo routes are `bol` (school-based) and `bbl` (work-based)
e104-help-too-large = numbers must be at most 4294967295
e104-help-break-cycle = a broad sector includes narrower ones; remove one `includes` element to break the cycle
e104-help-shape = write `{ $field } = ` followed by { $shape }
e104-help-rewrite = write `{ $fix }`
e104-help-rewrite-element = write the element as `{ $fix }`
e105-missing-field = { $owner } has no { $fields } field
# { $examples } are fields as they could be written, joined with "or".
e105-help-add-field = add { $examples } to the block
e106-unknown-field = { $owner } has no field `{ $field }`
# { $a_kind } is "a track", "an offer"; { $fields } every field of that kind.
e106-help-fields = { $kind ->
    [closest] did you mean { $closest }? The fields of { $a_kind } are { $fields }
    [none] { $a_kind } has no fields: remove the block's contents
   *[all] the fields of { $a_kind } are { $fields }
}
e107-duplicate-field = { $owner } gives field `{ $field }` more than once
e107-first-field-here = first given here
e107-help-one-field-merged = give the field once, with every value in one list: `{ $merged }`
e107-help-one-field = keep one of the two values and remove the other field

## D301 duplicate-offer

d301-duplicate-offer = institution `{ $institution }` offers crebo { $crebo } ({ $title }) twice, both without a location
d301-duplicate-offer-at = institution `{ $institution }` offers crebo { $crebo } ({ $title }) twice at { $location }
d301-first-offer-here = first offered here

## --baseline

baseline-fixed = { $count ->
    [one] 1 baseline entry is fixed: rewrite the baseline (`--write-baseline FILE`)
   *[other] { $count } baseline entries are fixed: rewrite the baseline (`--write-baseline FILE`)
}

## E101–E103: names

# What a reference must name. { $wanted } is a keyword ("track"), or member,
# node, programme-of, offer-of; { $kind } the kind's name, { $parent } the
# school or institution.
wanted = { $wanted ->
    [member] school or institution
    [node] programme or offer
    [programme-of] programme of school `{ $parent }`
    [offer-of] offer of institution `{ $parent }`
   *[kind] { $kind }
}
did-you-mean = did you mean { $names }?
e101-unknown = { $key ->
    [programme-of] school `{ $parent }` has no programme `{ $name }`
    [offer-of] institution `{ $parent }` has no offer `{ $name }`
   *[other] unknown { $wanted } `{ $name }`
}
e101-unknown-crebo = unknown crebo { $code }: no { $kind } has this code
# { $a_wanted } is "a track", "an offer of institution `x`".
e101-declare = { $key ->
    [programme-of] declare `programme { $name } {"{"} track = ... {"}"}` in school `{ $parent }`, or correct the reference
    [offer-code] add `offer { $name }` to institution `{ $parent }`, or correct the reference
    [offer-of] name an offer of institution `{ $parent }` with `offer CREBO as { $name }`, or correct the reference
   *[other] declare { $a_wanted } `{ $name }`, or correct the name
}
e101-declare-crebo = { $kind ->
    [dossier] correct the code, or declare the kwalificatiedossier: `dossier { $code } "..." {"{"} sector = ... {"}"}`
   *[qualification] correct the code, or declare the qualification: `qualification { $code } "..." {"{"} level = ..., sector = ... {"}"}`
}
e101-not-offered = institution `{ $institution }` does not offer crebo { $code } ({ $title }): add `offer { $code }` to its block, or correct the reference{ $count ->
    [0] {""}
   *[other] {" "}(did you mean { $close }?)
}
e101-newer-crebo = crebo { $code } ({ $name }) is newer than the built-in catalogue: declare it with its level and sector
e101-newer-dossier = crebo { $code } ({ $name }) is a kwalificatiedossier newer than the built-in catalogue: declare it with its sector
e101-newer-dossier-offered = crebo { $code } ({ $name }) is a kwalificatiedossier newer than the built-in catalogue, and a dossier cannot be offered: offer one of its qualifications, declared with its level and sector
e101-historic-crebo = crebo { $code } ({ $name }) is an older code that the 2015 qualification structure replaced: use its current crebo, or declare it with its level and sector
e101-not-defined = not defined anywhere
e101-not-defined-in = not defined in `{ $parent }`
e101-not-in-catalogue = in neither the catalogue nor the plan
# { $first } / { $a_first } is the kind of the first definition.
e102-duplicate = { $key ->
    [programme-of] school `{ $parent }` has two programmes named `{ $name }`
    [offer-of] institution `{ $parent }` has two offers named `{ $name }`
    [code-first] crebo { $name } is defined twice: as { $a_first } and again as { $a_wanted }
    [first] { $wanted } `{ $name }` has the same ID as { $first } `{ $name }`
    [code] { $wanted } { $name } is defined more than once
   *[other] { $wanted } `{ $name }` is defined more than once
}
e102-unnamed-repeat-offer = institution `{ $institution }` offers crebo { $crebo } again without a name, so `{ $institution }.{ $crebo }` is taken
e102-first-defined-here = first defined here
e102-help-rename-or-remove = rename one of the two, or remove the later definition
e102-help-crebo-twice = a crebo code names one kwalificatiedossier or qualification: correct one of the two codes, or remove the later declaration
e102-help-shared-namespace = tracks, sectors, subjects, profiles, prerequisites, schools, institutions and regions share one namespace: give one of the two another ID
e102-help-prelude-kind = the standard prelude already uses the ID `{ $name }` for { $a_other }: choose another ID
e102-help-prelude-crebo = the built-in catalogue already declares crebo { $name }: remove this declaration and use the catalogue's
e102-help-prelude = the standard prelude already declares `{ $name }`: remove this definition and use the prelude's, or choose another ID
e102-help-name-offer = name the later offer, e.g. `offer { $crebo } as { $name }`, and refer to it as `{ $institution }.{ $name }`
e103-wrong-kind = expected { $a_wanted }, but `{ $name }` is { $a_found }
e103-dossier-offered = crebo { $code } ({ $title }) is a kwalificatiedossier, which cannot be offered; offer one of its qualifications
e103-is-a = this is { $a_found }
e103-dossier-qual = { $crebo } { $name } (level { $level })
# { $quals } are e103-dossier-qual texts joined by "; ".
e103-dossier-holds = kwalificatiedossier { $dossier } holds: { $quals }
e103-help-use-kind = { $count ->
    [0] refer to { $a_wanted } here
   *[other] refer to { $a_wanted } here: { $names }
}
e103-help-node-member = { $found ->
    [school] a pathway node names one programme: write `{ $base }.PROGRAMME`
   *[institution] a pathway node names one offer: write `{ $base }.CREBO` (or `{ $base }.NAME` for an offer named with `as`)
}{ $count ->
    [0] {""}
   *[other] , such as { $examples }
}
e103-help-later-node = only the first node of a pathway can be a programme; every later node is an mbo offer (`institution.CREBO`)
e103-help-qual-dossier = crebo { $qual } is a qualification of kwalificatiedossier { $dossier }: write `{ $dossier }` here
e103-help-qual-no-dossier = crebo { $qual } is a qualification: write the crebo of its kwalificatiedossier here

## E105 help: fields as they could be written

# { $example } is the field with a placeholder, such as `level = N`; the
# kind and field choose the note after it.
field-example = { $key ->
    [profile-sectors] { $example } (the sectors the profile prepares for)
    [dossier-sector] { $example } (the sector its qualifications belong to)
    [qualification-level] { $example } (mbo level 1 to 4)
    [qualification-dossier] { $example } (the qualification then takes its dossier's sector)
    [programme-track] { $example } (the leerweg: bb, kb, gl, tl, gt, havo or pro)
    [region-members] { $example } (the region's schools and institutions)
    [prerequisite-into] { $example } (the sectors the rule applies to)
    [prerequisite-from] { $example } (the vmbo profiles the rule applies to)
    [prerequisite-one-of] { $example } (the subjects of which a pupil must have had one)
   *[other] { $example }
}
# How to fill a list field that must not be empty.
fill-list = { $field ->
    [admits] list the mbo levels the diploma gives admission to, e.g. `[2, 3, 4]`
    [sectors] list at least one sector the profile prepares for
    [routes] list `bol`, `bbl` or both, or leave `routes` out: an offer runs in both by default
    [into] list at least one sector the rule applies to
    [from] list at least one vmbo profile the rule applies to
    [one-of] list at least one subject that satisfies the rule
    [members] list the schools and institutions of the region
   *[other] list at least one element in `{ $field }`
}

## Fixes (check --fix, --diff)

fix-write = write `{ $text }`
fix-remove-repeated = remove the second `{ $field }`
fix-replace-crebo = { $count ->
    [0] replace { $old } with { $new } in the `offer`
    [one] replace { $old } with { $new } in the `offer` and in its reference
   *[other] replace { $old } with { $new } in the `offer` and in its { $count } references
}

## The terminal output (check's human format)

human-line-too-long = the line is too long to show
# The last item of a list whose other items are not named.
list-more = { $count } more
human-more-labels = { $count } more { $count ->
    [one] place
   *[other] places
} of this finding not shown (`--format json` lists every one)
summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
summary-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
summary-infos = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}
# { $counts } are the summary-errors/-warnings/-infos texts, joined by commas.
summary = { $counts } in { $files ->
    [one] { $files } file
   *[other] { $files } files
}{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } suppressed)
}

## The statistics and markdown formats

# A finding's level, as the statistics table shows it.
level = { $level ->
    [error] error
    [warning] warning
   *[info] info
}
md-title-changes = ## leerlijn: what this change does to pupils
md-title-check = ## leerlijn check
md-no-change = No change for pupils: no route, coverage or offer is lost or gained.
md-changes-header = | region | routes lost | routes gained | coverage lost | coverage gained | offers withdrawn |
md-the-project = (the project)
md-more = and { $count } more
md-no-findings = No findings: { $summary }.
md-findings = Findings
md-help = help:

## ---- leerlijn report: the HTML page (src/commands/report.rs, report_changes.rs, pupil_flow.rs) ----

report-below-target = (below target)
report-broken-count = { $count } broken
report-broken-transition-with-its-codes = broken transition (with its codes)
report-broken-transitions = broken transitions
report-changes-matrix = Demanded sectors reachable at level { $level }: before → after; changed cells are outlined.
report-changes-no-change-for-pupils-no = No change for pupils: no route, coverage or offer is lost or gained.
report-changes-offers-withdrawn-or-shortened = Offers withdrawn or shortened
report-changes-programmes-that-gain-a-route = Programmes that gain a route
report-changes-programmes-that-lose-a-route = Programmes that lose a route
report-changes-region = Region
report-changes-what-changes-since = What changes since
report-columns-vmbo-programmes-then-mbo = Columns: vmbo programmes, then mbo levels. A box is a school (blue) or an institution (dark); a dashed grey box lies outside the region. A row gives its leavers or places in the first plan year, or, for a programme or offer that does not run then, from or until which year it runs.
report-coverage = Coverage
report-coverage-not-checked = Not checked: the plan has syntax errors, and coverage is judged only once they are fixed.
report-demanded-sectors = Demanded sectors
report-error = error
report-errors = errors
report-every-year = every year
report-findings = Findings
report-flow-all-sectors = all sectors
report-flow-greatest-intake = greatest intake
report-flow-leavers-and-placed-leavers-per = Leavers and placed leavers per school year
report-flow-leavers-and-places = Leavers and places
report-flow-offer = offer
report-flow-on-paper-the-offers-that = On paper: the offers that more leavers can reach than they have places for, and the small ones (K602).
report-flow-open-bar-leavers-filled-bar = Open bar: leavers. Filled bar: leavers with a place (red when some have none).
report-flow-per-school-year-the-leavers = Per school year: the leavers of the region's vmbo programmes, and how many of them the places of the offers their pathways lead to first can take (a maximum flow; an offer without capacity has room for all).
report-flow-placed-leavers = placed / leavers
report-flow-same-crebo-in-the-region = same crebo in the region
report-grouped-by-check-leerlijn-explain = Grouped by check; `leerlijn explain CODE` explains each check with an example.
report-help = help
report-info = info
report-infos = infos
report-leavers = leavers
# A programme's box in the pictures: "Mavo Zuid · 24 leavers". Keep it short:
# the box is narrow, and on paper a longer word makes every box taller.
report-node-pupils = leavers
report-node-from = from { $year }
report-node-until = until { $year }
report-leavers-a-year = leavers a year
report-leavers-count = { $count ->
    [one] { $count } leaver
   *[other] { $count } leavers
}
report-level-unknown = level unknown
report-levels-sectors-and-crebo-codes = Levels, sectors and crebo codes come from the built-in catalogue of mbo qualifications (2015); what is offered where comes from the plan's own files.
report-made-by = Made by
report-mbo-institutions = mbo institutions
report-more = more
report-no-findings-the-plan-passes = No findings: the plan passes every check.
report-no-offers-in-this-region = No offers in this region.
report-no-pathway-starts-at-this = No pathway starts at this programme.
report-no-programmes-or-offers = No programmes or offers.
report-no-region = Not in any region
report-no-region-members = No region lists them as a member: { $members }. No region demands anything of them, so there is no coverage to judge; their programmes' routes are shown up to mbo 4.
# { $target } is the region's target level, { $best } the highest level the programme's routes reach.
report-no-route-to-target = No route to mbo { $target }: its routes reach level { $best } at most.
report-no-vmbo-programmes-in-this = No vmbo programmes in this region.
report-no-years-a-timeless-plan = no years (a timeless plan)
report-none = none
report-not-checked = ? not checked
report-not-offered = not offered
report-not-reachable = ✗ not reachable
report-offers = offers
report-overview-every-transition-of-the = Overview: every transition of the region
report-pathways = pathways
report-places = places
report-places-a-year = places a year
report-places-count = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
report-places-unknown = places unknown
report-plan-years = Plan years
report-practical = practical
report-programme = programme
report-programmes = programmes
# Printed above the table of programmes that still need attention.
report-programmes-fine = { $count ->
    [one] { $count } programme has
   *[other] { $count } programmes have
} a route to the target level and no finding: their routes are in the pictures above. The table lists the others.
report-reachable = ✓ reachable
# { $years } are school years and ranges of them.
report-reachable-only-broken = ⚠ reachable only through broken routes
report-reachable-only-in = ◐ reachable only in { $years }
report-red-rows-carry-an-error = Red rows carry an error, yellow rows a warning; grey italic offers are reached by no route.
report-region-members = { $schools ->
    [one] { $schools } vmbo school
   *[other] { $schools } vmbo schools
}, { $institutions ->
    [one] { $institutions } mbo institution
   *[other] { $institutions } mbo institutions
}.
report-regional-plan-review = Regional plan review
report-regions = regions
report-routes-into = Routes into
# A cell of the coverage matrix: how many unbroken routes reach this level.
report-routes-to-level = { $count ->
    [one] { $count } route
   *[other] { $count } routes
} to level { $level }
report-routes-to-the-target-level = routes to the target level
# { $year } is the first school year of the plan, or "every year".
report-routes-unbroken-routes-from-the = Routes: unbroken routes from the region's vmbo programmes, a chain 2 → 3 → 4 counting once per path. Places: the yearly capacity of the offers in the cell. Leavers: the pupils of the programmes with such a route. Places and leavers of { $year }: only the offers and programmes that run then.
report-sector = sector
report-summary = Summary
report-suppressed = suppressed
report-syntax-errors-notice = The plan has syntax errors (E0xx codes), so the other checks did not run: routes, coverage and places are not checked. Fix the syntax errors under Findings and make the report again.
report-target-level = Target level: mbo { $level }.
report-the-plan-declares-no-region = The plan declares no region: it is read as one region with every school and institution, no demand and target level 4.
report-the-region-demands-no-sector = The region demands no sector; the rows are the sectors its institutions offer.
report-the-whole-project = The whole project
report-track-profile = track · profile
report-transition = transition
report-transition-graph = Transition graph
report-transitions = transitions
report-vmbo-programmes-and-their-routes = vmbo programmes and their routes
report-vmbo-schools = vmbo schools
report-warning = warning
report-warnings = warnings
# { $path } is the file written, { $summary } the summary line of `check`.
report-wrote = wrote { $path } ({ $summary })
# `report --against REV` when the plan at REV cannot be read.
report-against-syntax-errors = the version at `{ $rev }` has { $count } syntax error(s) and cannot be compared
## ---- end of leerlijn report ----

## ---- leerlijn's own lines: stops (exit 2), warnings and notes on stderr (src/commands/texts.rs, src/cli.rs) ----

# The word before a line on stderr.
error = error
warning = warning
note = note
load-missing = path `{ $path }` does not exist
# { $error } is the operating system's reason.
load-unreachable = path `{ $path }` cannot be read: { $error }
load-not-a-file = path `{ $path }` is neither a regular file nor a directory
load-no-files = no `.pathway` file found in { $paths }
config-missing = { $path }: the config file does not exist
config-not-a-file = { $path }: the config file is not a regular file (a folder, a device or a pipe); name a `leerlijn.toml` file
stdin-unreadable = cannot read standard input (`-`): { $error }
stdin-twice = `-` (standard input) can be given only once
cannot-write = cannot write `{ $path }`: { $error }
cannot-read = cannot read `{ $path }`: { $error }
write-changed-meanwhile = the file changed on disk while leerlijn ran; nothing was written (run it again)
write-read-only = the file is read-only
io-no-folder = its folder does not exist
io-gone = it is no longer there
io-permission-denied = permission denied
io-disk-full = the disk is full
io-read-only-file-system = the file system is read-only
io-is-a-folder = it is a folder
ignore-fixed = { $code } { $name } is always an error and cannot be ignored; fix the file instead
statistics-format = `--statistics` works with `--format human`, `concise` or `json`, not `{ $format }`
graph-has-errors = the plan has { $count ->
    [one] { $count } error
   *[other] { $count } errors
} (E codes); the graph leaves out what they make unreadable — `leerlijn check` shows them
unknown-sector = unknown sector `{ $name }`
# { $close } are the closest sector IDs, each in backquotes.
unknown-sector-close = unknown sector `{ $name }`; did you mean { $close }?
explain-name-a-check = name a check (e.g. `leerlijn explain C201`) or use `--list`
explain-unknown-check = unknown check `{ $name }`; `leerlijn explain --list` lists them all
explain-unknown-check-close = unknown check `{ $name }`; did you mean { $close }?
diff-old-syntax-errors = the old version has { $count } syntax error(s) and cannot be compared; `leerlijn check` it first
against-old-syntax-errors = the old version has { $count } syntax error(s); no plan-version findings
stdout-failed = cannot write to standard output: { $error }
lsp-failed = language server: { $error }
# `check --write-baseline`.
baseline-written = wrote { $count } finding(s) to the baseline `{ $path }`
# `fmt`
fmt-not-utf8 = { $path }: not valid UTF-8; not formatted
fmt-syntax-errors = { $path }: syntax errors; not formatted
fmt-would-reformat = would reformat { $path }
fmt-formatted = formatted { $path }
# { $reason } is why the formatter refused (the line and the reason).
fmt-refused = { $path }:{ $reason }
# `check --fix` and `check --diff`
fix-refused = not changed: `{ $path }` still has a syntax error that no fix repairs; correct it by hand
fix-held = not changed: `{ $path }` shares a fix with `{ $other }`, which is not changed
fix-applied = fixed `{ $path }`: { $count } fix(es) applied
fix-would-apply = would fix `{ $path }`: { $count } fix(es)
# Refusing to write over an input of the run.
write-refuse-input = refusing to write `{ $target }`: it is `{ $input }`, an input of this run; choose another output file
write-refuse-config = refusing to write `{ $target }` (`{ $config }`): `leerlijn.toml` is the name of leerlijn's config file, whether or not one is there now; choose another output file

# Reading and writing a baseline (`--baseline`, `--write-baseline`).
baseline-unreadable = cannot read baseline `{ $path }`: { $error }
baseline-not-a-file = cannot read baseline `{ $path }`: not a regular file
baseline-too-large = baseline `{ $path }` is larger than { $mib } MiB; it cannot be a leerlijn baseline
baseline-not-utf8 = cannot read baseline `{ $path }`: not UTF-8; write it again with `--write-baseline`
# { $error } is the JSON reader's own description.
baseline-not-a-baseline = baseline `{ $path }` is not a leerlijn baseline: { $error }; write it again with `--write-baseline`
baseline-version = baseline `{ $path }` has version { $version }, this leerlijn reads version { $reads }
baseline-unwritable = cannot write baseline `{ $path }`: { $error }

# `check --against REV`, `report --against REV`: reading the old version with git.
# { $message } is git's own first line of error.
git-said = { $message }
git-not-a-revision = `{ $rev }` is not a git revision
git-not-a-repository = `{ $path }` is not in a git repository (`--against` reads the old version with git)
git-no-such-revision = revision `{ $rev }` does not exist in the git repository at `{ $top }` (in a shallow clone, fetch it first, e.g. `git fetch origin { $rev }` or `fetch-depth: 0`)
git-outside = `{ $path }` is outside the git repository at `{ $top }`
git-absent = `{ $path }` has no `.pathway` file at revision `{ $rev }`: its old version is empty, so everything in it counts as new
git-bad-link = `{ $path }` at revision `{ $rev }` is a symbolic link that leads to no file in the repository, so the old version cannot be read

## ---- end of leerlijn's own lines ----

## ---- leerlijn init: the comments of the two files it writes, and its lines (src/commands/init.rs) ----
# Each line of an init-config-*/init-region-* text becomes a `# ` comment line.

init-config-head =
    leerlijn: configuration of this project.
    Every key is optional.
init-config-std =
    Load the built-in national catalogue (sectors, profiles, subjects and the
    qualifications with their crebo codes).
init-config-lang =
    Language of the messages: "nl" or "en". Without this line: nl when LANG
    starts with nl, else en.
init-config-deny = Warnings also fail the check (exit status 1).
init-config-years =
    The plan's years (school years, by their first year). Without this line:
    from the earliest to the latest year the files write.
init-config-levels =
    The level per check, by code or name: "error", "warning", "info" or
    "allow" (off). `leerlijn explain --list` lists every check.
init-region-head =
    A first region for leerlijn.
    
    This is an example: replace the school, the institution, what it offers
    and the transitions with those of your own region. Every name below is
    made up.
init-region-commands =
    Check the plan:        leerlijn check
    Find a crebo code:     leerlijn catalogue verpleeg
    Explain a finding:     leerlijn explain C201
init-region-region =
    The region: who takes part (members), which sectors the labour market
    demands (demand), the mbo level every pupil must be able to reach
    (target-level) and the labour-market region it covers (labour-market, one
    of the 35).
init-region-school =
    A vmbo school and its programmes: track (bb, kb, gl, tl, gt), profile,
    exam subjects and the expected number of leavers per year (pupils). The
    municipality is written as CBS writes it.
init-region-institution =
    An mbo institution and what it offers, by crebo code; name and level are in
    the comment. capacity = places per year.
init-region-pathway =
    Transitions: a chain a -> b -> c is two transitions. A bb diploma gives
    admission to level 2; kb to levels 2, 3 and 4 (WEB art. 8.2.1). Inside mbo
    a route only rises.
init-wrote = wrote { $path }
init-next = next: leerlijn check { $dir }
# { $files } are the files that exist, joined with "and".
init-exists = { $files } already { $count ->
    [one] exists
   *[other] exist
}; init overwrites nothing (choose another directory)
init-cannot-create = cannot create `{ $dir }`: { $error }

## ---- end of leerlijn init ----

## ---- The command line's own errors (clap), as clap words them in English (src/commands/clap_errors.rs) ----
# { $arg } is an option or argument as written (`--format <FORMAT>`), { $value } what was given.

cli-unknown-argument = unexpected argument '{ $arg }' found
cli-missing-value = a value is required for '{ $arg }' but none was supplied
cli-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-possible-values = possible values: { $values }
# { $reason } says why the value is not right.
cli-bad-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-unknown-command = unrecognized subcommand '{ $name }'
cli-missing-required = the following required arguments were not provided:
cli-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-once = the argument '{ $arg }' cannot be used multiple times
cli-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-no-equals = equal sign is needed when assigning values to '{ $arg }'
# { $names } are suggestions, joined with "or".
cli-did-you-mean = tip: did you mean { $names }?
cli-usage = Usage: { $usage }
cli-more = For more information, try '--help'.
# Values of options, checked by leerlijn.
years-not-a-year = `{ $value }` is not a year in 1900–2200
years-not-a-range = `{ $value }` is not a year or a range like 2025..2030
years-backwards = the range { $first }..{ $last } ends before it starts
date-not-a-date = `{ $value }` is not a date like 2026-02-01
arg-unknown-check = unknown check `{ $name }`; `leerlijn explain --list` lists every check
arg-unknown-check-close = unknown check `{ $name }`; did you mean { $close }?
arg-level-shape = `{ $value }` is not CODE=LEVEL; write e.g. `--level C211=allow`
arg-level-fixed = { $code } { $name } is always an error and takes no level
arg-bad-level-close = bad level `{ $level }`; did you mean `{ $close }`?
arg-bad-level = bad level `{ $level }`; expected { $allowed }

## ---- end of the command line's own errors ----

## ---- leerlijn.toml: errors in the config (src/config.rs) ----
# { $key } is the key at fault: `lang`, `levels.C211`.

config-key = key `{ $key }`
config-unreadable = cannot read the config file: { $error }
config-unknown-key = unknown key
config-did-you-mean = did you mean `{ $name }`?
config-did-you-mean-list = did you mean { $names }?
config-the-keys-are = the keys are { $keys }
# { $found } is a TOML type: string, integer, float, boolean, datetime, array.
config-levels-not-table = expected a table of check levels, found { $found ->
    [integer] an integer
    [array] an array
   *[other] a { $found }
}
config-help-levels-table = write `[levels]` and then one `CODE-OR-NAME = "LEVEL"` per line
config-help-years = write the first and last school year, e.g. `years = "2025..2030"`
config-bad-min-cohort = bad value { $value }: expected an integer of at least 1
config-help-min-cohort = write the smallest yearly intake an offer should have, e.g. `min-cohort = 12`
config-level-twice = check { $code } { $name } is given a level twice (also as `{ $first }`)
config-help-keep-one = keep one of the two
config-unknown-check = unknown check `{ $name }`
config-help-explain-list = `leerlijn explain --list` lists every check
config-fixed-level = bad value: { $code } { $name } is always an error and takes no level
config-help-fixed = remove this line: E codes are always errors; fix the file instead
# { $allowed } are the allowed words, joined with "or".
config-bad-word = bad value `{ $value }`: expected { $allowed }
config-write-one-of = write one of { $allowed }
# { $expected } chooses what the key takes; { $found } is the value as written.
config-wrong-type = expected { $expected ->
    [bool] `true` or `false`
    [integer] a whole number
   *[text] text in quotes
}, found `{ $found }`
# { $detail } is the TOML reader's own (English) description.
config-toml-syntax = { $detail }
config-help-bool = write `{ $key } = true` or `{ $key } = false`
config-help-lang = write `lang = "en"` or `lang = "nl"`
config-help-years-type = write `years = "2025..2030"`
config-help-level = write `{ $check } = "warning"` (one of { $levels })

## ---- end of leerlijn.toml ----

## ---- leerlijn catalogue: its tables (src/commands/catalogue.rs) ----

catalogue-crebo = crebo
catalogue-level = level
catalogue-name = name
catalogue-dossier = dossier
catalogue-sector = sector
catalogue-title = title
# A qualification that has a successor.
catalogue-replaced = { $name } (replaced by { $successor })
catalogue-count = { $count } { $count ->
    [one] qualification
   *[other] qualifications
}
# { $kind } is sectors, profiles, subjects or tracks.
catalogue-list-count = { $count } { $kind ->
    [sectors] { $count ->
        [one] sector
       *[other] sectors
    }
    [profiles] { $count ->
        [one] profile
       *[other] profiles
    }
    [subjects] { $count ->
        [one] subject
       *[other] subjects
    }
   *[tracks] { $count ->
        [one] track
       *[other] tracks
    }
}

## ---- end of leerlijn catalogue ----

## ---- The language server: hover and completion (src/lsp/mod.rs) ----
# The bold head and the line of facts of a hover; leerlijn adds the Markdown.

hover-qualification = qualification { $crebo }
# { $level } is a number or "?", { $dossier } a crebo code or "-", { $sector } an ID.
hover-qualification-facts = mbo level { $level } · kwalificatiedossier { $dossier } · sector `{ $sector }`
hover-dossier = kwalificatiedossier { $crebo }
# An item of the plan by its kind (a keyword of the plan language) and its name.
hover-item = { $kind ->
    [programme] programme
    [offer] offer
    [track] track
    [sector] sector
    [subject] subject
    [profile] profile
    [prerequisite] prerequisite
    [school] school
    [institution] institution
   *[region] region
} { $name }
hover-programme-facts = track `{ $track }` · profile `{ $profile }`
# { $pupils } is a count or a list by year, as the plan writes it.
hover-pupils = pupils `{ $pupils }`
hover-mbo-level = mbo level { $level }
hover-capacity = capacity `{ $capacity }`
completion-level = level { $level }
completion-kind = { $kind ->
    [programme] programme
   *[offer] offer
}

# A notice in the editor: the workspace is too large to read whole.
lsp-too-many-files = leerlijn checks at most { $files } files and looks at { $entries } directory entries; { $root } has more, so some files are left out. Put a leerlijn.toml in the plan's folder.
lsp-internal-error = internal error while checking; please report it

## ---- end of the language server ----

## --- report: the compact overview on paper (issue 15) ---
report-compact-overview = Overview: which school’s programmes lead first into which institution (a thicker line: more transitions; red and dashed: one of them is broken)
## --- end of the compact overview ---

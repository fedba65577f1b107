"""Protest as CAMEO codes it: aimed at a government, named or not, and violent when a crowd
uses force against the state (docs/conventions.md)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from coders.actors import BORDERS, BUSINESS, CIVILIANS, STATELESS_PREFIXES, ActorResolver
from coders.codebook import (
    ARREST_CODE,
    DEMAND_ROOT,
    DISAPPROVE_ROOT,
    OCCUPATION,
    PROPERTY_DESTROYED,
    PROTEST_ROOT,
    REJECT_ROOT,
    SEIZURE,
    STATE_AGENTS,
    VIOLENT_PROTEST,
    VIOLENT_REPRESSION,
    root_of,
)
from coders.dictionaries import VerbPattern
from coders.grammar import (
    PURPOSE_LINKS,
    children,
    first_of_coordination,
    in_protest,
    is_infinitive,
    prepositions,
)
from coders.records import Actor, Coded

GOVERNMENT = "GOV"
# Crowds: protesters and activists (OPP), people, residents and crowds (CVL), students (EDU),
# workers (LAB).
CROWD_AGENTS = frozenset({"OPP", "CVL", "EDU", "LAB"})
# People who take to the streets when they protest: crowds, and farmers (AGR) and medical
# staff (HLH), whose unions march as workers do. A state or an organisation that protests
# does so in words (110).
DEMONSTRATING_AGENTS = CROWD_AGENTS | {"AGR", "HLH"}
# Verbs a crowd demonstrates by, whatever the dictionaries read in their objects: "people
# rallied in support of the jailed mayor" is no 053 (rallying support is a state's act).
PROTEST_VERBS = frozenset({"protest", "rally"})
# What a crowd that gathers for it demonstrates for: "gathered to demand the withdrawal".
PURPOSE_DEMANDS = frozenset({"demand", "protest", "denounce", "condemn", "call", "press"})
# Purposes that make a crowd in the streets no protest: "poured into the streets to celebrate".
PURPOSE_FESTIVE = frozenset(
    {"celebrate", "mourn", "cheer", "welcome", "greet", "commemorate", "honour", "honor", "pray"}
)
# Crowds named for a purpose of that kind (`gathered_to_celebrate`).
FESTIVE_CROWDS = frozenset({"mourner", "fan", "worshipper", "pilgrim", "reveller", "celebrant"})
# Verbs of coming together: protesters who gather demonstrate ("protesters gathered outside the
# embassy"); mourners or residents who gather need not.
GATHERING_VERBS = frozenset({"gather", "assemble", "mass", "converge", "congregate", "camp"})
PROTESTERS = "OPP"
# Soldiers, whose force on protesters is repression (175) as police force on a crowd is.
SOLDIERS = "MIL"
PROTESTER_WORDS = ("protest", "demonstrat", "marcher", "rioter")
DEMONSTRATION = "141"
# Threats of military force (138), and of dissent or protest (133), CAMEO's mirror of root 14.
THREATENED_FORCE = "138"
THREATENED_PROTEST = "133"
# CAMEO's appeals for political reform: for a change of leader (elections, a resignation),
# of policy, of rights or of institutions.
REFORM_APPEAL = "024"
DISAPPROVAL = "110"
UNSPECIFIED_DEMAND = "100"
# Assault, fighting without heavy weapons and arson: a crowd's "stormed", "threw stones at",
# "attacked", "set fire to" (a crowd that fires missiles, 194, is fighting).
CROWD_FORCE_CODES = ("180", "182", "190", PROPERTY_DESTROYED)
# The words that name a crowd of protesters, whose force on no one named is a riot.
CROWD_WORDS = frozenset(
    {"protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs"}
)
# The forces that police crowds: their force against a crowd is repression.
POLICE = "COP"
# Armed forces, police, rebels, militants, gangs and spies: no crowd, whatever they do.
ARMED_AGENTS = frozenset({"MIL", "COP", "REB", "UAF", "CRM", "SPY", "INS"})
LABOUR_STRIKE = "143"
# Who strikes with weapons, not by stopping work: a bare country, its government, armed forces,
# rebels, militants and gangs.
STRIKING_STATE_AGENTS = frozenset({None, GOVERNMENT}) | ARMED_AGENTS
MILITARY_FORCE = "190"
UNCONVENTIONAL_VIOLENCE = "180"
# The object of a seizure of power (SEIZE, TAKE, GRAB, USURP * POWER).
SEIZED_POWER = "power"
REPRESSION_ROOTS = frozenset({"18", "19"})
# The length of a code with no fourth digit: one with it (torture, 1822) names the act more
# precisely than repression does.
THREE_DIGITS = 3
# The demands whose kind a protest's fourth digit names: a change of leadership (1041),
# of policy (1042), of rights (1043) or of institutions (1044).
DEMAND_KINDS = frozenset({"1041", "1042", "1043", "1044"})
# Acts done to someone, whose OF phrase names who suffered them: "protested against the
# arrest of an opposition leader" is aimed at whoever arrested him, not at him.
SUFFERED_ACT_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "jailing",
        "imprisonment",
        "closure",
        "shutdown",
        "killing",
        "murder",
        "death",
        "execution",
        "ban",
        "banning",
        "dismissal",
        "sacking",
        "removal",
        "ouster",
        "sentencing",
        "conviction",
        "expulsion",
        "deportation",
        "disappearance",
        "abduction",
        "kidnapping",
        "eviction",
        "demolition",
        "prosecution",
        "disqualification",
        "suspension",
    }
)
# Where the pattern comes from that an IN PROTEST phrase gives a verb (`told_in_protest`).
IN_PROTEST_ORIGIN = "eventcoder-rule:in-protest"
# The phrases that name what a protest is against.
PROTESTED_PREPS = frozenset({"against", "over", "at"})
# A ban told by the bare BAN, and the sanction (embargo, boycott) it is on another country's
# aircraft, ships, goods or firms (`foreign_ban_code`).
BARE_BAN = "172"
SANCTIONS = "163"
# A bare cut in relations, which a state may put on its own people (`domestic_curb_code`).
BARE_CUT = "160"
# Sanctions eased (`eased_measure_code`): a measure named inside the phrase of a noun that
# ends or eases it ("approved the lifting of sanctions", "announced a cut in tariffs").
EASED_SANCTIONS = "085"
EASING_NOUNS = frozenset(
    {"lifting", "easing", "removal", "suspension", "repeal", "relaxation", "rollback"}
    | {"scrapping", "withdrawal", "end", "cut", "reduction", "lowering", "relief"}
)
EASED_MEASURE_PREPS = frozenset({"of", "to", "in", "on", "from"})
ECONOMIC_MEASURE_NOUNS = frozenset({"tariff", "duty", "levy", "sanction", "embargo"})
TRADED_NOUNS = frozenset(
    {
        "aircraft", "airline", "carrier", "flight", "plane", "ship", "vessel", "truck",
        "import", "export", "good", "product", "company", "firm", "app", "investment", "bank",
        # "banned Australian wine": the goods of the `goods` set that the IMPOSE and ANNOUNCE
        # rows of a ban read (dictionaries/synsets.1-eventcoder.tsv).
        "seafood", "fish", "fruit", "vegetable", "grain", "wheat", "barley", "rice", "corn",
        "beef", "pork", "poultry", "meat", "wine", "sugar", "timber", "coal", "oil", "gas",
        "steel", "aluminium", "aluminum", "chip", "semiconductor", "gallium", "germanium",
        "commodity",
    }
)  # fmt: skip
# Administrative sanctions (curfews, states of emergency, bans) and their easing.
ADMINISTRATIVE_CODES = ("172", "081")
# Curfews and states of emergency or martial law, imposed and eased: rules over a place.
EMERGENCY_CODES = ("1723", "1724", "0813", "0814")
# Threats of a curfew, a state of emergency or martial law (1323, 1324), and of repression
# (137): "threatened to declare a state of emergency", "threatened to crush the protests" fall
# on the state's own people too, where the story names no adversary.
THREATENED_CURBS = ("1323", "1324", "137")
# Things thrown (182 in this project's rows): a crowd's force at the police.
THROWN_CODE = "182"


def demonstration(
    verb: Token, pattern: VerbPattern, sources: list[Actor], in_passing: bool = False
) -> VerbPattern:
    """People who protest demonstrate (141): "students protested against the reform",
    "farmers protested in Lahore", "doctors protested the arrest of a colleague"; so do
    protesters who gather ("gathered outside the parliament"). The dictionaries read PROTEST
    as a statement (110), or by its object ("protest sanctions", "protest an arrest"), as a
    state's or a party's protest is. Where every doer is a crowd,
    workers, students, farmers or medical staff, the protest is their demonstration, whatever
    it is about, and so do people who gather to demand or protest. So is such a crowd's demand
    of no one named, told in passing by a participle
    on the crowd's noun (`in_passing`): "police detained protesters demanding an end to
    police violence" tells of the protesters' demonstration. Such a crowd's threat of force is
    a threatened protest (133): "teachers threatened to strike"."""
    crowd = bool(sources) and all(s.agent in DEMONSTRATING_AGENTS for s in sources)
    if not crowd or root_of(pattern.code) == PROTEST_ROOT:
        return pattern
    if pattern.code.startswith(THREATENED_FORCE):
        # "teachers threatened to strike", "the union threatened a strike": a crowd's force is
        # protest (145, `protest_code`), and its threat of force a threatened protest.
        return replace(pattern, code=THREATENED_PROTEST, reverse=None)
    lemma = verb.lemma_.lower()
    gathering = lemma in GATHERING_VERBS
    protesting = (
        lemma in PROTEST_VERBS
        or _done_in_protest(verb)
        or (
            gathering and (all(s.agent == PROTESTERS for s in sources) or _gathered_to_demand(verb))
        )
    )
    # Only a participle on the crowd's noun: one on a verb ("went on strike demanding better
    # pay") tells what that act wants, and the act codes.
    describes_crowd = in_passing and verb.dep_ == "acl"
    demanding = describes_crowd and pattern.code == UNSPECIFIED_DEMAND and not pattern.terms
    if not (protesting or demanding):
        return pattern
    return replace(pattern, code=DEMONSTRATION, reverse=None)


def told_in_protest(verb: Token) -> VerbPattern | None:
    """An act done IN PROTEST is a protest, whatever the act: "people banged pots and pans in
    protest against the coup", "workers walked off the job in protest". A crowd's is its
    demonstration (141, `demonstration`); anyone else's, disapproval (110), which codes only
    where a target is named. Only a verb no pattern codes: "expelled two diplomats in protest"
    is the expulsion."""
    if not _done_in_protest(verb):
        return None
    return VerbPattern(verb.lemma_.lower(), DISAPPROVAL, (), (), "(in protest)", IN_PROTEST_ORIGIN)


def _done_in_protest(verb: Token) -> bool:
    """Whether the verb, or its object where the parser hangs the phrase there ("banged drums
    in protest"), has an IN PROTEST phrase."""
    words = [verb, *children(verb, "dobj")]
    return any(in_protest(prep) for word in words for prep in children(word, "prep"))


def _gathered_to_demand(verb: Token) -> bool:
    """Whether a crowd gathers to demand or protest: "thousands of Lebanese gathered in Beirut
    to mourn Hariri and to demand that Syria withdraw" is a demonstration, as protesters'
    gathering is; "gathered to mourn" alone is not."""
    purposes = [c for c in verb.children if c.dep_ in PURPOSE_LINKS]
    purposes += [c for p in purposes for c in p.conjuncts]
    return any(p.lemma_.lower() in PURPOSE_DEMANDS for p in purposes)


def gathered_to_celebrate(verb: Token, pattern: VerbPattern) -> bool:
    """Whether a pattern's demonstration is a crowd come out to celebrate, mourn or welcome
    and not to demand anything, or one named for it ("mourners", "fans"): "Palestinians
    poured into the streets of Gaza to celebrate", "crowds took to the streets to welcome the
    team home". The CAMEO file codes such street verbs 141 whatever they are for."""
    if root_of(pattern.code) != PROTEST_ROOT:
        return False
    # "thousands of mourners filled the streets": the crowd is named for why it came.
    crowd = [t for s in children(verb, "nsubj") for t in s.subtree]
    if any(t.lemma_.lower() in FESTIVE_CROWDS for t in crowd):
        return True
    purposes = [c for c in verb.children if c.dep_ in PURPOSE_LINKS]
    purposes += [c for p in purposes for c in p.conjuncts]
    lemmas = {p.lemma_.lower() for p in purposes}
    return bool(lemmas & PURPOSE_FESTIVE) and not lemmas & PURPOSE_DEMANDS


def implied_targets(
    pattern: VerbPattern, sources: list[Actor], in_passing: bool = False
) -> list[Actor]:
    """A protest, strike or blockade that names no target is aimed at the government of the
    protesters' country ("teachers marched in Lima demanding higher pay": PEREDU → PERGOV
    141), as CAMEO-based datasets code one-sided domestic protest. A state's or an armed
    force's "strike" is no protest, and has no such target. Police force that names no target
    is on the country's crowd (`_repressed_crowds`), a curfew or a state of emergency on the
    country's people (`_governed_people`), and a crowd's demand on its government
    (`_petitioned_government`), unless the demand is told in passing by a participle
    ("protesters demanding an end to police violence", "marched demanding higher pay":
    `in_passing`), which tells what the crowd or its march wants. A crowd's force on no one
    named is a riot against its government (`_all_crowds`), and so is a crowd's threat of
    protest ("the union threatened a general strike": 133)."""
    if pattern.code == THROWN_CODE and (policed := _policed_crowds(sources)):
        return policed
    if seizes_power(pattern):
        return _overthrown_government(sources)
    rioting = pattern.code.startswith(CROWD_FORCE_CODES) and _all_crowds(sources)
    if not rioting and (
        pattern.code == VIOLENT_REPRESSION or root_of(pattern.code) in REPRESSION_ROOTS
    ):
        return _repressed_crowds(sources)
    if pattern.code.startswith(ADMINISTRATIVE_CODES):
        return _governed_people(sources)
    # "the opposition called for early elections": a change only the government gives.
    petition = root_of(pattern.code) == DEMAND_ROOT or pattern.code.startswith(REFORM_APPEAL)
    if petition and not in_passing:
        return _petitioned_government(sources)
    crowd = all(s.agent in DEMONSTRATING_AGENTS for s in sources)
    threatened = pattern.code == THREATENED_PROTEST and crowd
    if not (root_of(pattern.code) == PROTEST_ROOT or threatened or rioting):
        return []
    if pattern.code.startswith(LABOUR_STRIKE):
        sources = [s for s in sources if s.agent not in STRIKING_STATE_AGENTS]
    countries = {s.country for s in sources if not s.code.startswith(STATELESS_PREFIXES)}
    return [Actor(country + GOVERNMENT, "") for country in sorted(countries)]


# A state's missions abroad, and the phrases that put a crowd at one: "gathered outside the
# French embassy", "rallied in front of the US consulate".
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission"})
MISSION_PREPS = frozenset({"outside", "at", "near", "before", "to", "opposite"})


def protested_missions(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The governments whose embassy or consulate a protest is held at: "protesters gathered
    outside the French embassy in Niamey" is aimed at France (FRAGOV), not at Niger's
    government, as the development set codes the crowd that tore down France's embassy
    plaque in Niamey."""
    if root_of(pattern.code) != PROTEST_ROOT:
        return []
    places = [obj for prep, obj in prepositions(verb) if prep in MISSION_PREPS]
    # "protested against the release outside Japan's embassy": the parser may hang the place
    # on the phrase before it.
    places += [
        obj
        for _, phrase in prepositions(verb)
        for prep, obj in prepositions(phrase)
        if prep in MISSION_PREPS
    ]
    places += [
        obj
        for prep, front in prepositions(verb)
        if prep == "in" and front.lower_ == "front"
        for of, obj in prepositions(front)
        if of == "of"
    ]
    missions = [p for p in places if p.lemma_.lower() in MISSION_NOUNS]
    states = {a.country for m in missions for a in resolver.resolve(m) if not a.stateless}
    return [Actor(country + GOVERNMENT, "") for country in sorted(states)]


# What an election gives, which a side rejects or refuses to accept ("the opposition rejected
# the result", "refused to recognise the official tally"); the first are words triage counts
# as an actor, the government that declared them.
RESULT_NOUNS = frozenset({"result", "outcome", "tally"})
ELECTION_RESULT_NOUNS = RESULT_NOUNS | {"count", "election", "vote"}
# Rejection and disapproval, by which an election result is contested.
CONTESTING_ROOTS = frozenset({REJECT_ROOT, DISAPPROVE_ROOT})


def contested_result(verb: Token, code: str, sources: list[Actor], home: str | None) -> list[Actor]:
    """Whom an election result rejected or condemned that names no one is aimed at: the
    government of the country the story is set in, which declared it ("the opposition
    rejected the result": BLROPP → BLRGOV 120; "denounced the election as a fraud": 111), as
    a rejected indictment is the court's (development set). The government itself rejects
    it to no one."""
    if root_of(code) not in CONTESTING_ROOTS or home is None:
        return []
    clauses = [verb, *children(verb, "xcomp")]
    objects = [obj for clause in clauses for obj in children(clause, "dobj")]
    if not any(obj.lemma_.lower() in ELECTION_RESULT_NOUNS for obj in objects):
        return []
    government = Actor(home + GOVERNMENT, "")
    return [] if any(s.code == government.code for s in sources) else [government]


def threatened_people(code: str, sources: list[Actor]) -> list[Actor]:
    """Whom a state threatens with a curfew, a state of emergency or repression where the
    sentence and the story name no one: its own people ("the Sri Lankan president threatened
    to declare a state of emergency": LKAGOV → LKACVL 1324)."""
    return _governed_people(sources) if code.startswith(THREATENED_CURBS) else []


def _all_crowds(sources: list[Actor]) -> bool:
    """Whether every doer is named as a crowd of protesters, whose force on no one named is a
    riot against its government ("protesters set fire to metro stations in Santiago": CHLGOV,
    145); not settlers or a party, whose force is their own."""
    return bool(sources) and all(
        s.agent in CROWD_AGENTS and CROWD_WORDS & set(s.text.lower().split()) for s in sources
    )


def seizes_power(pattern: VerbPattern) -> bool:
    """Whether a pattern is a seizure of power (SEIZE, TAKE, GRAB, USURP * POWER: 180), not
    power given or shared."""
    return pattern.code == UNCONVENTIONAL_VIOLENCE and SEIZED_POWER in pattern.plain_words


def _overthrown_government(sources: list[Actor]) -> list[Actor]:
    """Whom a seizure of power that names no one is aimed at: the government of the
    putschists' country ("Gabon's army officers seized power": GABMIL → GABGOV 180). A
    government taking power, alone or with others of its country, is no coup ("the new
    cabinet took power")."""
    countries = {s.country for s in sources if s.agent != GOVERNMENT and s.country}
    countries -= {s.country for s in sources if s.agent == GOVERNMENT}
    return [Actor(country + GOVERNMENT, "") for country in sorted(countries)]


def _policed_crowds(sources: list[Actor]) -> list[Actor]:
    """Whom a crowd's stones, eggs or petrol bombs that name no one are aimed at: the police
    of its country ("protesters threw stones and petrol bombs": PEROPP → PERCOP, a violent
    protest)."""
    countries = {s.country for s in sources}
    if len(countries) != 1 or any(s.agent not in CROWD_AGENTS for s in sources):
        return []
    return [Actor(countries.pop() + POLICE, "")]


def without_sufferers(
    verb: Token, code: str, targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """A protest's targets but those its object or AGAINST phrase names as suffering the act
    protested ("protested against the arrest of an opposition leader", "the closure of a
    reformist newspaper"): the protest is aimed at whoever did the act, or where no one is
    named, at the government (`implied_targets`)."""
    if root_of(code) != PROTEST_ROOT:
        return targets
    sufferers = _sufferers(verb, resolver)
    return [t for t in targets if t not in sufferers]


# A state's repression of its people, which a disapproval of it is aimed at the state for.
REPRESSION_NOUNS = frozenset({"crackdown", "repression", "persecution", "oppression"})


def repressing_government(verb: Token, code: str, targets: list[Actor]) -> list[Actor]:
    """A disapproval of a crackdown on a crowd is aimed at the government of the crowd's
    country, not at the crowd: "London criticised a crackdown on protesters in Hong Kong" is
    GBR → HKGGOV 111, not HKGOPP. `targets` otherwise."""
    repression = any(o.lemma_.lower() in REPRESSION_NOUNS for o in children(verb, "dobj"))
    if root_of(code) != DISAPPROVE_ROOT or not repression or not targets:
        return targets
    if not all(t.agent in CROWD_AGENTS for t in targets):
        return targets
    countries = dict.fromkeys(t.country for t in targets)
    return [Actor(country + GOVERNMENT, "") for country in countries]


def _sufferers(verb: Token, resolver: ActorResolver) -> list[Actor]:
    acts = children(verb, "dobj")
    acts += [obj for prep, obj in prepositions(verb) if prep in PROTESTED_PREPS]
    sufferers = [
        obj
        for act in acts
        if act.lemma_.lower() in SUFFERED_ACT_NOUNS
        for prep, obj in prepositions(act)
        if prep == "of"
    ]
    return [actor for noun in sufferers for actor in resolver.resolve(noun, strict=False)]


def _petitioned_government(sources: list[Actor]) -> list[Actor]:
    """Whom a crowd's demand is aimed at where the sentence names no one: the government of
    its country ("protesters in Lima demanded early elections": PEROPP → PERGOV 1041), as its
    protest is. Only crowds: a state's or a group's demand of no one named ("Russia demanded
    guarantees") is left without a target. An appeal is so read only where it asks for
    political reform ("the opposition called for early elections": 0241): others often have
    the crowd itself as their object ("urged supporters to stay calm")."""
    return _their_own(sources, CROWD_AGENTS, GOVERNMENT)


def _repressed_crowds(sources: list[Actor]) -> list[Actor]:
    """Whom police fire on, tear-gas or beat where the sentence names no one: the crowd of
    their own country ("police opened fire, killing two people"; "fired tear gas": KENCOP →
    KENCVL 175). Soldiers and armed groups fight others than crowds, and name no such target;
    police named with another actor fight that actor ("Palestinian police and Israeli
    soldiers exchanged fire")."""
    if len({s.code for s in sources}) > 1:
        return []
    return _their_own(sources, frozenset({POLICE}), CIVILIANS)


def governed_at_the_border(
    verb: Token, code: str, sources: list[Actor], targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a curfew or state of emergency declared along a border falls on: the state's own
    people, not the neighbour the border is with ("Peru declared a state of emergency along its
    border with Ecuador": PER → PERCVL 1724, not ECU). `targets` otherwise."""
    if not code.startswith(EMERGENCY_CODES) or not targets:
        return targets
    beyond = [
        obj
        for border in verb.subtree
        if border.lemma_.lower() in BORDERS
        for prep, obj in prepositions(border)
        if prep == "with"
    ]
    neighbours = {a.country for noun in beyond for a in resolver.resolve(noun, strict=True)}
    if not all(t.country in neighbours for t in targets):
        return targets
    return _governed_people(sources) or targets


def _governed_people(sources: list[Actor]) -> list[Actor]:
    """Whom a curfew, a state of emergency or a ban, or its lifting, is imposed on where the
    sentence names no one: the people of the state that imposes it ("Ecuador declared a state
    of emergency": ECU → ECUCVL 1724), as ICEWS codes such acts on a country's citizens."""
    return _their_own(sources, STATE_AGENTS | {None}, CIVILIANS)


def _their_own(sources: list[Actor], doers: frozenset[str | None], role: str) -> list[Actor]:
    """`role` (GOV, CVL) of the country of each source whose agent is among `doers`; sources
    of no country (organisations, armed groups across borders) have none."""
    countries = {s.country for s in sources if s.agent in doers}
    return [
        Actor(country + role, "")
        for country in sorted(countries)
        if not country.startswith(STATELESS_PREFIXES)
    ]


def foreign_ban_code(code: str, verb: Token, source: Actor, target: Actor) -> str:
    """A bare ban (the CAMEO file's BAN, 172) a state or a bloc puts on another country's
    aircraft, ships, goods or firms is a sanction (163): "Canada banned Russian aircraft from
    its airspace", "India banned dozens of Chinese apps", "Britain banned Huawei from its 5G
    network" (a firm named: CHNBUS). A ban on its media or its people is still an
    administrative sanction ("Kazakhstan banned Russian propaganda channels": 172)."""
    foreign = (
        bool(target.code)
        and target.country != source.country
        and not target.code.startswith(STATELESS_PREFIXES)
    )
    traded = _bans_trade(verb) or target.agent == BUSINESS
    return SANCTIONS if code == BARE_BAN and foreign and traded else code


def eased_measure_code(code: str, verb: Token) -> str:
    """Sanctions (163) a pattern found inside the phrase of a noun that ends or eases them are
    eased (085): "Chile approved the lifting of sanctions on Bolivia", "announced the removal
    of tariffs on Bolivian goods", "announced a cut in tariffs", where APPROVE or ANNOUNCE *
    SANCTION read only the measure."""
    if code != SANCTIONS:
        return code
    for obj in children(verb, "dobj"):
        if obj.lemma_.lower() not in EASING_NOUNS and obj.lower_ not in EASING_NOUNS:
            continue
        eased = [o for prep, o in prepositions(obj) if prep in EASED_MEASURE_PREPS]
        eased += [c for c in obj.children if c.dep_ == "compound"]
        if any(e.lemma_.lower() in ECONOMIC_MEASURE_NOUNS for e in eased):
            return EASED_SANCTIONS
    return code


def _bans_trade(verb: Token) -> bool:
    """Whether the verb's object, or the object of its OF phrase ("dozens of Chinese apps"),
    is aircraft, ships, goods or firms."""
    objects = children(verb, "dobj")
    counted = [
        n for o in objects for p in children(o, "prep") if p.lower_ == "of" for n in p.children
    ]
    return any(n.lemma_.lower() in TRADED_NOUNS for n in objects + counted)


def domestic_curb_code(code: str, source: Actor, target: Actor) -> str:
    """A bare cut in relations (the CAMEO file's 160, as for BAR FROM) that a state puts on
    its own people is a restriction of their rights, an administrative sanction (172): "the
    Taliban barred women from attending universities". Relations are cut between parties;
    civilians, the opposition, students or workers at home are governed."""
    governed = (
        target.agent in CROWD_AGENTS
        and (source.agent is None or source.agent in STATE_AGENTS)
        and target.country == source.country
    )
    return BARE_BAN if code == BARE_CUT and governed else code


def governed_target(code: str, source: Actor, target: Actor) -> Actor:
    """A curfew or a state of emergency imposed on a place of the imposing state's own country
    ("imposed a curfew on Kathmandu": NPLGOV → NPL) is imposed on its people (NPLCVL); a
    crowd's protest in a place of its own country ("took to the streets of Belgrade": SRBOPP
    → SRB) is aimed at its government (SRBGOV), as a protest that names no one is."""
    own_place = (
        target.agent is None
        and target.country == source.country
        and not target.code.startswith(STATELESS_PREFIXES)
    )
    if own_place and code.startswith(ADMINISTRATIVE_CODES):
        return Actor(target.country + CIVILIANS, target.text)
    if own_place and root_of(code) == PROTEST_ROOT and source.agent not in STRIKING_STATE_AGENTS:
        return Actor(target.country + GOVERNMENT, target.text)
    return target


def protest_code(code: str, source: Actor, target: Actor) -> str:
    """A crowd's assault on the state or a country's buildings is a violent protest (145):
    "protesters stormed the presidential palace", "threw stones at police", "threw eggs at the
    ruling party's offices". A crowd's attack on other civilians is unconventional violence
    (180), not military force (190): "settlers attacked a village". A state's, government's
    or armed force's demonstration is a disapproval (110). Police using force on
    a crowd is violent repression (175): "police opened fire on the crowd".
    A strike (143) by a state or an armed force is an attack (190): "launched strikes on".
    Armed groups and soldiers keep their force codes, and what the dictionary codes as a riot
    (LOOT, 145) is, done by them, the seizure of property (171)."""
    if _represses(code, source, target):
        return VIOLENT_REPRESSION
    if code.startswith(DEMONSTRATION) and source.agent in STRIKING_STATE_AGENTS:
        # "France and Germany opposed a US push for war" (the CAMEO file's OPPOSE * &FIGHT,
        # 141): a state, its government or its forces do not take to the streets; they
        # disapprove.
        return DISAPPROVAL
    if code.startswith(LABOUR_STRIKE) and source.agent in STRIKING_STATE_AGENTS:
        # "Peru launched strikes on rebel camps": a state or an armed force strikes with
        # weapons; only people, workers and professions go on strike.
        return MILITARY_FORCE
    if code.startswith(VIOLENT_PROTEST) and source.agent in ARMED_AGENTS:
        # "the RSF looted health facilities": a riot's looting, done by an armed force, is the
        # seizure of property.
        return SEIZURE
    if code == OCCUPATION and _crowd(source) and (target.agent in STATE_AGENTS | {None}):
        # "protesters seized government buildings", "his supporters stormed the army's
        # headquarters": a crowd takes no territory; it riots against the state.
        return VIOLENT_PROTEST
    if source.agent not in CROWD_AGENTS or not code.startswith(CROWD_FORCE_CODES):
        return code
    if code == PROPERTY_DESTROYED and target.country != source.country:
        # "Israeli settlers torched Palestinian homes": a raid on another people's property,
        # not a riot against a state.
        return code
    if target.agent is None or target.agent in STATE_AGENTS:
        return VIOLENT_PROTEST
    return UNCONVENTIONAL_VIOLENCE if code == MILITARY_FORCE else code


def _crowd(actor: Actor) -> bool:
    """Whether `actor` is a crowd: people, students or workers, or an opposition told as
    protesters, not its forces ("opposition forces seized the town" takes territory)."""
    if actor.agent == PROTESTERS:
        return any(word in actor.text.lower() for word in CROWD_WORDS)
    return actor.agent in CROWD_AGENTS


def _represses(code: str, source: Actor, target: Actor) -> bool:
    """Police force short of mass killing (roots 18 and 19) against a crowd, whoever's people
    it is ("Israeli police clashed with Palestinian protesters"), and soldiers' against
    protesters ("soldiers opened fire on protesters at the toll gate"); not an act the
    codebook names more precisely (torture, 1822; sexual violence, 1821)."""
    if len(code) != THREE_DIGITS or root_of(code) not in REPRESSION_ROOTS:
        return False
    if source.agent == POLICE:
        return target.agent in CROWD_AGENTS
    # Soldiers' force is repression only on a crowd that protests: on civilians, or on an
    # opposition group, it is war's (190s).
    protesting = any(word in target.text.lower() for word in PROTESTER_WORDS)
    return source.agent == SOLDIERS and target.agent in CROWD_AGENTS and protesting


def with_their_demands(found: list[Coded]) -> list[Coded]:
    """A crowd's protest and the demand it is made for are one event, aimed at the state whose
    act the demand asks for, with the kind of the demand as its fourth digit: "students rallied in
    Dhaka demanding the prime minister's resignation" is BGDEDU → BGDGOV 1411, and "Lebanese
    rallied to demand the withdrawal of Syrian troops" is aimed at Syria's troops, not at
    Lebanon's government; the demand is not coded again. So is the criticism it is made for
    (`_aims_a_protest`). Nor is the demonstration a strike or blockade is made for
    (`_restates`)."""
    merged: list[Coded] = []
    demands = [c for c in found if _aims_a_protest(c)]
    used = {id(c) for c in found if any(_restates(c, protest) for protest in found)}
    for coded in found:
        made = [d for d in demands if _made_by(d, coded)] if _protests(coded) else []
        used.update(id(d) for d in made)
        merged += [_protest_for(coded, d) for d in made] or [coded]
    return [c for c in merged if id(c) not in used]


def told_by_its_arrests(found: list[Coded]) -> list[Coded]:
    """A seizure of power told with the arrests it made is told by them: "the military seized
    power and detained Aung San Suu Kyi" is MMRMIL 173 alone, as the development set and
    the wire stories code a coup."""
    arresting = {c.source.country for c in found if c.code.startswith(ARREST_CODE)}
    return [c for c in found if not (seizes_power(c.pattern) and c.source.country in arresting)]


def _aims_a_protest(coded: Coded) -> bool:
    """Whether an event may be what a protest is made for: a demand, or criticism told as the
    protest's purpose ("thousands marched in Goma to denounce Rwanda's aggression" is a protest
    against Rwanda, not a march on Congo's government besides a denunciation). Criticism told
    by a participle is said while marching, an event of its own ("rallied in Lahore, accusing
    the commission of rigging the vote")."""
    root = root_of(coded.code)
    return root == DEMAND_ROOT or (root == DISAPPROVE_ROOT and is_infinitive(coded.verb))


def _protests(coded: Coded) -> bool:
    return root_of(coded.code) == PROTEST_ROOT and coded.source.agent in DEMONSTRATING_AGENTS


def _restates(purpose: Coded, protest: Coded) -> bool:
    """Whether a demonstration is only what another protest is for: "workers went on strike
    to protest fuel prices", "farmers blocked roads to protest subsidy cuts" are one strike,
    one blockade, not a march besides."""
    return (
        purpose is not protest
        and purpose.code.startswith(DEMONSTRATION)
        and _protests(protest)
        and not protest.code.startswith(DEMONSTRATION)
        and (purpose.source, purpose.target) == (protest.source, protest.target)
        and _serves(purpose.verb, protest.verb)
    )


def _made_by(demand: Coded, protest: Coded) -> bool:
    """Whether the demand is what the protest's crowd marches for: its verb hangs on the
    protest's as its purpose or its participle, and the crowd makes it."""
    return demand.source == protest.source and _serves(demand.verb, protest.verb)


def _serves(verb: Token, protest: Token) -> bool:
    """Whether `verb` hangs on the protest's verb as its purpose or participle, or is
    coordinated with one that does ("gathered to mourn Hariri and to demand that Syria
    withdraw")."""
    purpose = first_of_coordination(verb)
    return purpose.head == protest and purpose.dep_ in PURPOSE_LINKS


def _protest_for(protest: Coded, demand: Coded) -> Coded:
    """The protest, aimed at the state or the state's force that the demand is made of
    (those whose release it demands are no target of it), coded by the demand's kind."""
    kind = demand.code[:4] if demand.code[:4] in DEMAND_KINDS else None
    code = protest.code
    if kind is not None and len(code) == THREE_DIGITS:
        code += kind[-1]
    target = demand.target if demand.target.agent in STATE_AGENTS | {None} else protest.target
    return replace(protest, target=target, code=code)

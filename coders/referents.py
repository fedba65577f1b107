"""Acts a sentence refers back to by a noun: "Saudi Arabia condemned the attack", "Lebanon
welcomed the agreement", "the UN called for an end to the fighting", "India rejected the
allegations". A definite noun of an act the article told before stands for that act, so the
act's actors are whom the verb is aimed at, where the sentence names no one:

- an attack, strike, raid, invasion ...: its attackers;
- fighting, clashes, hostilities, war: both sides;
- an agreement, deal, ceasefire, truce or talks: its parties;
- allegations, accusations, claims, suggestions: the accusers;
- a warning, threat or ultimatum: who threatened;
- sanctions, a ban, an expulsion, an arrest or detention, a curfew, tariffs, measures,
  restrictions or curbs, a sentence or conviction: who imposed or made them;
- a visit or trip: the visitors;
- a decision, vote, ruling, verdict, move, request or proposal: whoever did the story's
  first act.

Who took part in the article's first act of each kind is remembered sentence by sentence
(`context.StoryActs`). An appeal for de-escalation or an offer of mediation that names no one
("urged restraint", "offered to mediate") is aimed at both sides of the first fighting, and a
denial that names no one ("denied any involvement") at the first accusers. The speaker's own
country is never its own target ("Israel rejected the allegations" after Israel accused
others: no one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from coders.actors import (
    ARMED_GROUP_AGENTS,
    COUNTRY_LENGTH,
    FORCE_AGENTS,
    GANG_AGENT,
    ActorResolver,
    actor_code,
)
from coders.arguments import (
    ACCUSING_VERBS,
    ACT_NOUNS,
    COERCE_ROOT,
    DENY_CODE,
    REDUCED_RELATIONS_ROOT,
    RELEASE_CODES,
    STATE_ROLES,
    SUFFERED_VERBS,
    resolve_all,
    subject_actors,
)
from coders.codebook import (
    AGREEMENT,
    FORCE_ROOTS,
    RELATIONS_BROKEN,
    RELEASE,
    SIGN_CODE,
    STATE_AGENTS,
    root_of,
)
from coders.context import COERCION_ROOTS, StoryActs
from coders.dictionaries import VerbPattern
from coders.grammar import (
    ALLEGATION_NOUNS,
    DEFINITE_WORDS,
    RELATIVE_PRONOUNS,
    children,
    conjuncts,
    is_definite,
    is_passive,
    names_one_told,
    prepositions,
)
from coders.modality import ENDING_NOUNS, is_directly_negated
from coders.places import VICTIM_AGENTS, Gazetteer, scene_countries
from coders.protests import CROWD_AGENTS
from coders.records import Actor, Coded
from coders.weapons import (
    ARTILLERY_NOUNS,
    DEFENCE_VERBS,
    INSTRUMENT_NOUNS,
    LAUNCHING_VERBS,
)

# Acts one side does to another: the noun stands for the attackers.
ATTACK_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "raid",
        "bombing",
        "bombardment",
        "shelling",
        "offensive",
        "invasion",
        "incursion",
        "intrusion",
        "assault",
        "killing",
        "massacre",
        "ambush",
        "shooting",
        # "shot down a Chinese balloon ... Beijing protested the downing"
        "downing",
        "blast",
        "missile",
        "rocket",
        "drone",
        "violence",
    }
)
# Attacks by a country's forces on another's ground, which a country condemns when they struck
# it ("Qatar condemned the attack": the one on Qatar; `_attack_named`).
STRIKE_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "assault"}
    | {"offensive", "invasion", "incursion", "intrusion", "violence"}
)
# The words that tell an attack's kind by its weapon: "the drone strike", "the missile attack",
# "the suicide bombing" (`_attack_named`).
WEAPON_KIND_WORDS = (
    INSTRUMENT_NOUNS | ARTILLERY_NOUNS | {"air", "suicide", "car", "knife", "bomb", "naval"}
)
# Armed groups and gangs: where one speaks, its own country's people are no others to it
# (`_others`).
NON_STATE_AGENTS = ARMED_GROUP_AGENTS | {GANG_AGENT}
# Fighting between two sides: the noun stands for both.
FIGHT_NOUNS = frozenset(
    {
        "fighting",
        "clash",
        "hostility",
        "hostilities",
        "violence",
        "war",
        "conflict",
        "bloodshed",
        "escalation",
        "battle",
        "combat",
    }
)
# Accords made or signed, which only their parties make.
ACCORD_CODES = frozenset({AGREEMENT, SIGN_CODE})
# Agreements and talks: the noun stands for their parties.
ACCORD_NOUNS = frozenset(
    {
        "agreement",
        "deal",
        "accord",
        "ceasefire",
        "truce",
        "pact",
        "treaty",
        "memorandum",
        "understanding",
        "talk",
        "talks",
        "negotiation",
        "summit",
        "meeting",
    }
)
# Threats and shows of force: the noun stands for who threatened or held them.
# Drills are shows of force: where the story told them only by the force they used ("fired
# missiles into the waters around Taiwan during its largest exercises ... Taipei condemned the
# drills"), the noun stands for who used it.
# So are weapons launched or tested: "North Korea launched a ballistic missile toward the sea
# ... the United States condemned the launch" (North Korea's).
DRILL_NOUNS = frozenset({"drill", "exercise", "manoeuvre", "maneuver", "launch", "test"})
THREAT_NOUNS = frozenset({"warning", "threat", "ultimatum"}) | DRILL_NOUNS
# Sanctions, bans, expulsions and arrests: the noun stands for who imposed or made them.
COERCION_NOUNS = frozenset(
    {"sanction", "sanctions", "ban", "expulsion", "arrest", "detention", "curfew", "tariff"}
    # "called the sentence unacceptable": the court that passed it; "said the warrant was
    # meaningless": the court that issued it
    | {"sentence", "sentencing", "conviction", "jailing", "imprisonment", "warrant"}
    # "imposed sanctions on ... Iran condemned the measures": the same coercion by another name
    | {"measure", "measures", "restriction", "restrictions", "curb", "curbs", "embargo"}
    # "the EU adopted its 18th package of sanctions ... Slovakia had blocked the package"
    | {"package"}
    # "investigators arrested President Yoon ... Yoon called the investigation illegal": who
    # investigates, and arrested or charged
    | {"investigation", "probe", "prosecution", "indictment"}
    # "Iran's Guards seized a tanker ... London condemned the seizure": who seized it; "the
    # navy intercepted the flotilla ... Turkey called the interception piracy"
    | {"seizure", "confiscation", "interception"}
    # "deported 80 Peruvians ... called the deportations a kidnapping"; "forced the airliner to
    # land ... called the diversion state terrorism": who deported or forced it
    | {"deportation", "diversion"}
    # "imposed anti-dumping duties on Peruvian wine ... Lima said the duties were unjustified"
    | {"duty", "duties", "levy", "levies"}
)
# Protests: the noun stands for the protesters ("called the storming of parliament
# treasonous", "condemned the riots").
PROTEST_NOUNS = frozenset(
    {"protest", "demonstration", "rally", "march", "riot", "storming", "uprising", "sit-in"}
)
# An operation or a campaign of no kind of its own: the noun stands for the story's first
# attackers ("launched an offensive against Kurdish forces in Syria ... the Arab League
# condemned the operation": Turkey's), else its first coercers ("police raided the party's
# offices ... condemned the crackdown").
OPERATION_NOUNS = frozenset({"operation", "campaign", "crackdown", "mission"})
# Visits: the noun stands for the visitors ("called the visit a provocation").
VISIT_NOUNS = frozenset({"visit", "trip"})
# A release or a handover: the noun stands for who freed or handed over ("Venezuela freed
# five activists ... Washington welcomed the release").
RELEASE_NOUNS = frozenset({"release", "handover"})
# Decisions and steps of no kind of their own: the noun stands for whoever did the story's
# first act ("the ICC issued warrants for Netanyahu ... his office called the decision
# antisemitic"); so do a move, a request and a proposal ("Netanyahu rejected the move as
# absurd", "Biden called the request outrageous").
# A demand or appeal: the noun stands for who made it ("rejected the demand").
# So does an application or a bid ("Finland and Sweden applied to join NATO ... Biden
# welcomed the applications").
DEMAND_NOUNS = frozenset({"demand", "appeal", "application", "bid"})
# Criticism: the noun stands for the critics ("Georgia's prime minister dismissed the
# criticism", after the EU criticised its law); so does a remark or a comment answered ("Biden
# called Xi a dictator ... Beijing called the remark extremely wrong").
CRITICISM_NOUNS = frozenset(
    {"criticism", "condemnation", "censure", "rebuke", "reproach", "remark", "comment"}
)
# What a speaker asks or puts forward in words, which a rejection answers.
SPOKEN_ASKING_NOUNS = DEMAND_NOUNS | {"call", "proposal", "offer", "request", "ultimatum"}
DECISION_NOUNS = frozenset(
    {"decision", "vote", "ruling", "verdict", "move", "request", "proposal"}
    # "recognised a Palestinian state ... the Palestinian Authority welcomed the step"
    | {"step"}
    # "named Conille prime minister ... Washington praised the appointment"
    | {"appointment", "nomination"}
    # "promised to move the embassy ... Palestinian officials condemned the plan"
    | {"plan", "pledge", "promise"}
)
# An announcement stands for the parties to the story's first agreement, else for whoever did
# its first act ("Saudi Arabia and Iran agreed to restore relations ... the UN welcomed the
# announcement": both).
ANNOUNCEMENT_NOUNS = frozenset({"announcement", "news", "breakthrough"})
# A coup, or a mutiny or revolt, is told by the arrests it made, or else by the force or
# show of force it used ("troops surrounded the presidential palace ... Brazil condemned the
# attempted coup"; "fighters seized an army headquarters ... Moscow called the mutiny
# treason"): "condemned the coup" is aimed at its officers or fighters.
COUP_NOUNS = frozenset(
    {"coup", "takeover", "putsch", "mutiny", "revolt", "rebellion", "insurrection"}
)
PUTSCHIST_AGENTS = ARMED_GROUP_AGENTS | {"MIL"}
# Phrases of a noun that name the act it is about: "an end TO the fighting", "a halt OF the
# attacks", "a response TO the strikes", "concern ABOUT the strikes", "anger OVER the raid",
# "outrage AT the killing", "an investigation INTO the shooting".
ABOUT_PREPS = frozenset({"to", "of", "for", "about", "over", "at", "into"})
# Verbs whose aim the act's actors can be: not talks about an act (its topic is no party,
# root 04), nor aid, material cooperation, a yield or an investigation (06 to 09), whose
# dictionary patterns read phrases such as "passed on the outcome of the talks" too loosely.
AIMED_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13", "16", "17", "19"})
# Words of an appeal for de-escalation, a denial or a vow of revenge that name no one
# ("urged restraint", "denied any involvement", "vowed revenge"): for triage, each stands
# for the story's other side (a threat's through `engine._story_adversary`).
SIDES_CUES = frozenset(
    {
        "restraint",
        "calm",
        "involvement",
        "retaliation",
        "revenge",
        "vengeance",
        "reprisal",
        "reprisals",
    }
    # "vowed to respond", "promised a response", "vowed to avenge the deaths": the words of a
    # vow to answer an attack.
    | {"respond", "retaliate", "response", "avenge"}
    # "offered to mediate": between the story's sides.
    | {"mediate", "mediation"}
    # "vowed to take countermeasures": an answer to the other side's act.
    | {"countermeasure", "countermeasures", "retaliatory"}
    # "Trump further threatened to impose visa restrictions": a threat is aimed at the other.
    | {"threaten", "threatens", "threatened"}
)
# How many words may describe a noun after its definite word ("the Black Sea grain deal"),
# for triage (`refers_back`).
DESCRIBING_WORDS = 3
# The words between an ending and what it ends: "a cessation OF hostilities", "an end TO
# fighting" (`refers_back`).
ENDED_PREPS = frozenset({"of", "to"})
DE_ESCALATION_CODES = ("0256", "1056")
# Appeals and demands to ease administrative or economic sanctions: "demanded that the tariffs
# be lifted", "urged Washington to ease sanctions" (`sanctioners_asked`).
EASING_ASKED_CODES = ("0251", "0254", "1051", "1054")
# Sanctions and restrictions eased, or promised to be: "scrapped the duties", "pledged to lift
# the ban" (`sanctions_eased`).
EASED_CODES = ("081", "085", "0351", "0354")
# An appeal to meet or negotiate that names no one ("called for an immediate ceasefire and
# talks") is aimed at the same sides.
NEGOTIATION_APPEAL = "026"
# Mediation offered or done (039, 045) that names no one ("offered to mediate"): between the
# sides of the story's fighting, as an appeal for restraint is aimed at them.
MEDIATION_CODES = ("039", "045")
# "Announced similar sanctions" (like the story's first), "followed suit" (as the last
# sentence told): an act done again (`similar_act_targets`, `followed_acts`).
SIMILAR_WORDS = frozenset({"similar", "matching", "parallel", "identical"})
FOLLOW = "follow"
# "joined the curbs": another's measures taken again.
JOIN = "join"
SUIT = "suit"
FOLLOWED_ORIGIN = "eventcoder-rule:followed-suit"
# The nouns of acts a definite noun may stand for (`refers_back`).
REFERRING_NOUNS = frozenset().union(
    ATTACK_NOUNS,
    OPERATION_NOUNS,
    FIGHT_NOUNS,
    ACCORD_NOUNS,
    ALLEGATION_NOUNS,
    ACT_NOUNS,
    THREAT_NOUNS,
    COERCION_NOUNS,
    COUP_NOUNS,
    VISIT_NOUNS,
    PROTEST_NOUNS,
    DECISION_NOUNS,
    ANNOUNCEMENT_NOUNS,
    DEMAND_NOUNS,
    CRITICISM_NOUNS,
    RELEASE_NOUNS,
)
# The phrases of an attack that name whom it struck: "fired rockets at Israel".
STRUCK_PREPS = frozenset({"on", "at", "against"})
# Who fired what was stopped: "launched by Russia", "fired from Iran".
LAUNCH_PREPS = frozenset({"by", "from"})


def referred_targets(
    verb: Token, pattern: VerbPattern, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a verb that names no one is aimed at, through the act its object refers back
    to, or through the kind of act it is (an appeal for de-escalation, a denial, relations
    cut)."""
    if root_of(pattern.code) not in AIMED_ROOTS:
        return []
    acts = resolver.context.acts
    for noun in _referring_nouns(verb):
        if _others_accord(noun, pattern.code, sources, acts):
            continue
        if found := _sides_named(noun, resolver) or actors_referred(noun, sources, resolver):
            return found
    if pattern.code.startswith(DE_ESCALATION_CODES + MEDIATION_CODES + (NEGOTIATION_APPEAL,)):
        sides = _others(acts.fighters(), sources)
        return (
            sides
            or _troubled_country(pattern.code, sources, resolver)
            or _other_party(pattern.code, sources, resolver)
        )
    if pattern.code.startswith(DENY_CODE):
        return _others(_accusers_before(verb, resolver) or acts.accusers, sources)
    # Relations cut with no one named: from whom the story's first cut was ("Bolivia severed
    # ties with Israel ... Colombia and Chile recalled their ambassadors": from Israel).
    if pattern.code == RELATIONS_BROKEN:
        return _others(acts.first_targets(REDUCED_RELATIONS_ROOT), sources)
    return []


def _others_accord(noun: Token, code: str, sources: list[Actor], acts: StoryActs) -> bool:
    """Whether an accord made or signed (030, 057) is the story's accord between others:
    "Qatar's prime minister announced the agreement" that Israel and Hamas reached is no
    agreement of Qatar's with either; "Israel announced the agreement" is Israel's."""
    if code not in ACCORD_CODES or noun.lemma_.lower() not in ACCORD_NOUNS:
        return False
    return not {s.country for s in sources} & {p.country for p in acts.parties}


def _troubled_country(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom an appeal for calm or restraint that names no one is aimed at, in a story of
    unrest that told no fighting between sides: the country whose people protested, where it
    is the one the story is about besides the speakers' ("protesters threw firecrackers at
    parliament in Sofia ... the European Commission called for calm on all sides": BGR). Not
    in a story of a crisis between states whose clash it did not code ("India called for
    restraint", after an Iranian general was killed in Iraq: no one)."""
    countries = {s.country for s in sources}
    if not code.startswith(DE_ESCALATION_CODES) or not countries:
        return []
    context = resolver.context
    country = context.main_other(countries)
    protesting = {a.country for a in context.acts.protesters}
    return [Actor(country, "")] if country is not None and country in protesting else []


def _other_party(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom one of a story's two countries calls on to talk, naming no one: the other ("the
    Dominican Republic closed its border with Haiti ... Haiti's government called for
    dialogue": the Dominican Republic)."""
    pair = resolver.context.main_pair()
    countries = {s.country for s in sources}
    if not code.startswith(NEGOTIATION_APPEAL) or len(countries) != 1 or not countries <= set(pair):
        return []
    return [Actor(country, "") for country in pair if country not in countries]


def _accusers_before(verb: Token, resolver: ActorResolver) -> tuple[Actor, ...]:
    """Who made the accusation a denial answers in the same sentence: "Ukraine blamed Russia
    for the attack, but Moscow denied involvement" denies Ukraine's charge."""
    accusing = verb.head if verb.dep_ == "conj" else None
    if accusing is None or accusing.lemma_.lower() not in ACCUSING_VERBS:
        return ()
    return tuple(subject_actors(accusing, resolver))


def similar_act_targets(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom "similar" or "matching" measures that name no one are aimed at, and measures
    joined: the targets of the story's first acts of that root, other than the doers' own
    country ("the EU imposed sanctions on four Chinese officials. China retaliated with
    sanctions on ten Europeans. Britain and Canada announced similar sanctions": the
    officials; "the United States curbed chip exports to China. The Netherlands and Japan
    joined the curbs": China)."""
    objects = children(verb, "dobj", "nsubjpass")
    joined = verb.lemma_.lower() == JOIN
    if not joined and not any(
        a.lower_ in SIMILAR_WORDS for o in objects for a in children(o, "amod")
    ):
        return []
    countries = {s.country for s in sources}
    targets = resolver.context.acts.first_targets(root_of(code))
    return [t for t in targets if t.country not in countries]


def followed_acts(sentence: Span, resolver: ActorResolver) -> list[Coded]:
    """The acts of "X followed suit": each event of the story's last sentence of events,
    done again by the subject, on the same targets other than the subject's own country
    ("Russia expelled two Polish diplomats. Belarus followed suit": BLR → POLGOV 174)."""
    found = []
    for verb in sentence:
        if verb.lemma_.lower() != FOLLOW or is_directly_negated(verb):
            continue
        if not any(o.lower_ == SUIT for o in children(verb, "dobj")):
            continue
        sources = subject_actors(verb, resolver)
        for code, target in resolver.context.last_acts:
            pattern = VerbPattern(FOLLOW, code, (), (), "(suit)", FOLLOWED_ORIGIN)
            found += [
                Coded(verb, pattern, source, target, code)
                for source in sources
                if source.country != target.country
            ]
    return found


def detainers_asked(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom a release asked for, offered or refused is aimed at where the sentence names no
    holder: the story's first holders, other than the askers ("Russia detained an American
    journalist. The United States demanded his release": RUS), not those who sanctioned them
    since ("the EU banned Belarus's airlines ... demanded the journalist's release": BLR);
    else its first coercers."""
    if code.startswith(RELEASE) or not code.startswith(RELEASE_CODES):
        return []  # a release done ("Hamas released two hostages") names whom it frees
    acts = resolver.context.acts
    return _others(acts.holders, sources) or _others(acts.coercers, sources)


def sanctioners_asked(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom an easing of sanctions or restrictions asked for is aimed at where the sentence
    names no one: the story's first coercers, other than the askers ("China banned Lithuanian
    goods ... Vilnius demanded that the ban be lifted": CHN). Where the story coded none, a
    state's ask is aimed at the story's other side (`engine._story_adversary`)."""
    if not code.startswith(EASING_ASKED_CODES):
        return []
    return _others(resolver.context.acts.coercers, sources)


def sanctions_eased(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom sanctions or restrictions eased, or promised to be eased, are eased for where the
    sentence names no one: those the story's first sanctions or restrictions struck, where
    the easers' country imposed them ("China imposed tariffs on Australian barley ... Beijing
    announced it was scrapping the duties": AUS)."""
    if not code.startswith(EASED_CODES):
        return []
    acts = resolver.context.acts
    countries = {s.country for s in sources}
    if not any(c.country in countries for c in acts.coercers):
        return []
    coerced = [t for root in sorted(COERCION_ROOTS) for t in acts.first_targets(root)]
    return _others(tuple(coerced), sources)


def referred_attackers(
    verb: Token, code: str, targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Who did a use of force whose subject is an attack the story told before and that names
    no one ("Israel struck Hezbollah targets ... the ministry said the strikes killed 490
    people", "the attack wounded dozens"), or a killing told in the passive or a death that
    happened in one ("three civilians were killed in the strikes", "died in the attack"):
    the attackers of the story's first attack on the `targets`' side, else of its first
    attack ("Hamas fired rockets ... Israel responded with air strikes on Gaza. Twenty people
    were killed in the strikes, Gaza's health officials said": Israel)."""
    if root_of(code) not in FORCE_ROOTS:
        return []
    nouns = children(verb, "nsubj")
    if is_passive(verb) or verb.lemma_.lower() in SUFFERED_VERBS:
        nouns += [obj for prep, obj in prepositions(verb) if prep == "in"]
    if not any(n.lemma_.lower() in ATTACK_NOUNS and names_one_told(n) for n in nouns):
        return []
    return list(resolver.context.attack_on({t.country for t in targets}))


def intercepted_launchers(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom force that stops what was fired is aimed at, where the sentence names no one
    ("Israel and its allies shot down almost all of them", "air defences intercepted most of
    the missiles"): whoever the weapons' own phrase says fired them ("shot down 23 of the 31
    drones launched by Russia"), else the story's first attackers, other than the
    defenders."""
    if root_of(code) not in FORCE_ROOTS or verb.lemma_.lower() not in DEFENCE_VERBS:
        return []
    phrases = _launching_phrases(verb) + _launchers_before(verb)
    launchers = tuple(resolve_all(phrases, resolver, strict=False))
    return _others(launchers or resolver.context.acts.attackers, sources)


def _launchers_before(verb: Token) -> list[Token]:
    """The subject of the clause a passive hangs on whose subject is WHICH, or some of it:
    "Iran launched 300 drones at Israel, most of which were shot down" (Iran)."""
    subjects = children(verb, "nsubjpass")
    counted = [obj for s in subjects for prep, obj in prepositions(s) if prep == "of"]
    relative = any(w.lower_ in RELATIVE_PRONOUNS for w in subjects + counted)
    if verb.head.i == verb.i or not relative:
        return []
    return children(verb.head, "nsubj")


def _launching_phrases(verb: Token) -> list[Token]:
    """The BY or FROM phrases of the participle that says who fired what the verb stopped,
    or the subject of the relative clause that does: "drones launched by Russia", "23 of the
    missiles fired from Iran", "15 of the 18 missiles Russia launched"."""
    stopped = children(verb, "dobj", "npadvmod")
    # "shot down eight of the drones": the parser may hang the count on the particle.
    stopped += [obj for particle in children(verb, "prt") for obj in children(particle, "pobj")]
    stopped += [obj for word in stopped for prep, obj in prepositions(word) if prep == "of"]
    phrases = [
        obj
        for word in stopped
        for participle in children(word, "acl")
        for prep, obj in prepositions(participle)
        if prep in LAUNCH_PREPS
    ]
    return phrases + [
        subject
        for word in stopped
        for clause in children(word, "relcl")
        if clause.lemma_.lower() in LAUNCHING_VERBS
        for subject in children(clause, "nsubj")
        if subject.lower_ not in RELATIVE_PRONOUNS
    ]


def attacked_people(
    targets: list[Actor], attackers: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The victims of an attack told before (`referred_attackers`): people the sentence gives
    the attackers' own country (the story's most named, where it places them nowhere) are
    the attacked side's ("Russia launched a drone attack on Odesa ... the attack wounded five
    people": Ukrainians). With no such attackers, the targets as they are."""
    if not attackers:
        return targets
    own = {a.country for a in attackers}
    attacked = [a for a in resolver.context.acts.attacked if a.country not in own]
    if not attacked:
        return targets
    country = attacked[0].country
    return [
        Actor(country + t.code[len(t.country) :], t.text) if t.country in own else t
        for t in targets
    ]


def _victims_of_the_struck(
    verb: Token, code: str, sources: list[Actor], targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The people a killing told as a participle of an attack killed ("attacked Israeli towns,
    killing 1,200 people", "fired rockets at Israel, killing two"), where the sentence gave
    them the attackers' own country: the country the attack struck. Civilians and the like
    only (`VICTIM_AGENTS`); "killing three of its own soldiers" keeps them."""
    if root_of(code) not in FORCE_ROOTS or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return targets
    attack = verb.head
    struck = children(attack, "dobj") + [
        obj for prep, obj in prepositions(attack) if prep in STRUCK_PREPS
    ]
    own = {s.country for s in sources}
    hit = [a.country for a in resolve_all(struck, resolver, strict=True) if not a.stateless]
    country = next((c for c in hit if c not in own), None)
    if country is None:
        return targets
    return [
        Actor(country + t.code[len(t.country) :], t.text)
        if t.agent in VICTIM_AGENTS and t.country in own
        else t
        for t in targets
    ]


def victims_across_the_front(
    verb: Token,
    code: str,
    sources: list[Actor],
    targets: list[Actor],
    resolver: ActorResolver,
    gazetteer: Gazetteer | None,
) -> list[Actor]:
    """The people a side of the story's war strikes, where the sentence gives them the
    attackers' own country only because it names that country and no place: the attacked
    side's ("Russia launched an offensive in Ukraine's east ... Russian troops shelled villages
    and killed four civilians": UKRCVL, not RUSCVL). Only force by the side that struck first
    in the story, on people of no state agent ("killed two Russian deserters" keeps its
    soldiers), where no name in the target phrase and no place the sentence names (by the
    `gazetteer`) makes them the attackers' own; a story whose first attack struck the
    attackers' own country ("Myanmar's military bombed a village") has no other side. The
    victims of a killing told as an attack's participle are first those of whom it struck
    (`_victims_of_the_struck`)."""
    targets = _victims_of_the_struck(verb, code, sources, targets, resolver)
    own = {s.country for s in sources}
    acts = resolver.context.acts
    if (
        root_of(code) not in FORCE_ROOTS
        or not own
        or not own <= {a.country for a in acts.attackers}
    ):
        return targets
    attacked = [a.country for a in acts.attacked if a.country not in own]
    if not attacked or own & scene_countries(verb.sent, gazetteer):
        return targets
    named = _own_names(verb.doc, own, resolver)
    return [
        Actor(attacked[0] + t.code[len(t.country) :], t.text)
        if t.country in own
        and t.agent not in (None, *STATE_AGENTS)
        and not any(name in t.text for name in named)
        else t
        for t in targets
    ]


def _own_names(doc: Doc, countries: set[str], resolver: ActorResolver) -> list[str]:
    """The words of the sentence's names of any of `countries` ("Russian", "Moscow")."""
    day = resolver.context.day
    return [
        doc[m.start : m.end].text
        for m in resolver.mentions.actors
        if (code := actor_code(m.entries, day)) and code[:COUNTRY_LENGTH] in countries
    ]


def _referring_nouns(verb: Token) -> list[Token]:
    """The nouns the verb's object (a passive's subject: "the ruling was welcomed by Peru")
    and phrases (or its adjective's) name, and the act those are about ("called for [an end]
    to [the fighting]")."""
    heads = children(verb, "dobj", "nsubjpass") + [obj for _, obj in prepositions(verb)]
    # "remained committed to the truce": the phrase of the verb's adjective.
    heads += [obj for adjective in children(verb, "acomp") for _, obj in prepositions(adjective)]
    return heads + [
        obj for head in heads for prep, obj in prepositions(head) if prep in ABOUT_PREPS
    ]


def _sides_named(noun: Token, resolver: ActorResolver) -> list[Actor]:
    """The sides a fighting noun's own BETWEEN phrase names: "called for an end to the fighting
    between Israel and Hezbollah" is aimed at both, whatever the story told before."""
    if not {noun.lemma_.lower(), noun.lower_} & FIGHT_NOUNS:
        return []
    sides = [obj for prep, obj in prepositions(noun) if prep == "between"]
    return resolve_all([t for side in sides for t in conjuncts(side)], resolver, True)


def names_an_act_told(noun: Token) -> bool:
    """Whether a noun names an act of a kind a story tells (an attack, an agreement, a
    decision, a proposal, a visit), by its lemma or its word."""
    return not {noun.lemma_.lower(), noun.lower_}.isdisjoint(REFERRING_NOUNS)


def refers_back(token: Token) -> bool:
    """Whether a word, read without its parse, may stand for the actors of an act told
    before: a noun of an act after a definite word ("the attack", "these allegations", "the
    detention", whose doer `arguments.condemned_doers` finds), or a cue of an appeal or
    denial aimed at the story's sides ("restraint", "involvement"). For triage, which reads
    words, not lemmas."""
    word = token.lower_
    if word in SIDES_CUES:
        return True
    singular = {word, word.removesuffix("s"), word.removesuffix("es")}
    if singular.isdisjoint(REFERRING_NOUNS):
        return False
    # "the attack", and with words of a name between: "the attempted coup", "the deadly
    # attack", "the Black Sea grain deal".
    before = [token.doc[i] for i in range(max(token.i - DESCRIBING_WORDS - 1, 0), token.i)]
    definite = bool(before) and before[-1].lower_ in DEFINITE_WORDS
    described = _described_after_a_definite_word(before)
    # "called for a cessation of hostilities", "an end to fighting": the story's sides.
    ending, prep = ([""] * 2 + [w.lower_ for w in before])[-2:]
    ended = ending in ENDING_NOUNS and prep in ENDED_PREPS
    return definite or described or ended


def _described_after_a_definite_word(before: list[Token]) -> bool:
    """Whether the words before a noun are a definite word and then only words that describe
    it ("the attempted", "the Black Sea grain")."""
    for k in range(len(before) - 2, -1, -1):
        if before[k].lower_ in DEFINITE_WORDS:
            return all(w.is_alpha and w.lower_ not in DEFINITE_WORDS for w in before[k + 1 :])
    return False


def actors_referred(noun: Token, speakers: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """The actors of the story's first act of a definite noun's kind ("the attack": its
    attackers; "the claim": its accusers, else whoever spoke last; "the decision": whoever did
    the story's first act, else its last subject), other than the speakers' countries."""
    if not is_definite(noun):
        return []
    named = _attack_named(noun, speakers, resolver)
    found = _others(named or _actors_of(noun, resolver.context.acts), speakers)
    if not found and noun.lemma_.lower() in ALLEGATION_NOUNS | SPOKEN_ASKING_NOUNS:
        # "Chile said Peruvian troops had crossed the border. Peru denied the claim": a claim
        # no accusation coded is the last speaker's; so is a demand or a proposal ("Israel
        # said any deal must dismantle Iran's sites. Tehran rejected the demand").
        found = _others(resolver.context.last_speaker, speakers)
    if not found and noun.lemma_.lower() in DECISION_NOUNS:
        # "Tunisia's president dissolved parliament ... the opposition condemned the
        # decision": a decision the story coded no act for is its lead act's, done by the
        # subject of its first sentence, else its last subject's.
        # A proposal or request, spoken, is no lead act.
        context = resolver.context
        lead = () if noun.lemma_.lower() in SPOKEN_ASKING_NOUNS else context.first_subject
        found = _others(lead, speakers) or _others(context.last_subject, speakers)
    return found


def _attack_named(noun: Token, speakers: list[Actor], resolver: ActorResolver) -> tuple[Actor, ...]:
    """The attackers of the attack an attack noun names by its kind of weapon ("the drone
    strike", "the missile attack") or by where it struck ("Qatar condemned the attack": the one
    on Qatar), where the story told one (`ArticleContext.attack_named`)."""
    words = {noun.lemma_.lower(), noun.lower_}
    if words.isdisjoint(ATTACK_NOUNS):
        return ()
    modifiers = {c.lemma_.lower() for c in children(noun, "compound", "amod")}
    kinds = frozenset(modifiers & WEAPON_KIND_WORDS)
    # "Israel did not comment on the killing": a killing, a shooting or a blast is the one the
    # story told, not whatever struck the speaker since.
    struck = {s.country for s in speakers} if not words.isdisjoint(STRIKE_NOUNS) else set()
    return resolver.context.attack_named(kinds, struck)


def _others(actors: tuple[Actor, ...], speakers: list[Actor]) -> list[Actor]:
    """The actors not of a speaker's country: no one is the target of its own reaction. A
    country's armed groups, gangs, crowds, parties and other people are others to its state
    ("Ecuador's president vowed that the killing would not go unpunished", after gunmen
    killed a candidate; "Kenyan protesters stormed parliament ... Ruto called the storming
    treasonous"), and its state's organs to those outside the state."""
    countries = {s.country for s in speakers}
    state = all(s.agent not in NON_STATE_AGENTS for s in speakers)
    if speakers and all(s.agent not in STATE_ROLES for s in speakers):
        # "Sonko was arrested ... his party condemned the arrest": the opposition, a crowd or
        # an armed group answers its own state's police, army or government.
        return [a for a in actors if a.country not in countries or a.agent in STATE_ROLES]
    return [
        a
        for a in actors
        if a.country not in countries
        or (state and a.agent not in STATE_ROLES)
        or _answers_its_forces(speakers, a)
    ]


def _answers_its_forces(speakers: list[Actor], actor: Actor) -> bool:
    """Whether a state's office holders react to what its own police or army did: "Vice
    President Sara Duterte called the arrest illegal", "Putin called the mutiny a stab in the
    back" (PHLGOV → PHLCOP, RUSGOV → RUSMIL). A state named whole (its agent none) answers
    no organ of its own."""
    return actor.agent in FORCE_AGENTS and all(
        s.agent is not None and s.agent not in FORCE_AGENTS for s in speakers
    )


def _putschists(acts: StoryActs) -> tuple[Actor, ...]:
    """Who made the coup a noun names: the soldiers or armed group among the story's first
    coercers, attackers and threateners, else those ("Gabon's officers seized power ... the
    African Union suspended Gabon ... France condemned the coup": the officers)."""
    told = acts.coercers + acts.attackers + acts.threateners
    armed = tuple(a for a in told if a.agent in PUTSCHIST_AGENTS)
    return armed or acts.coercers or acts.attackers or acts.threateners


def _crowds_repressed(acts: StoryActs) -> tuple[Actor, ...]:
    """The crowds the story's first coercion struck, for "the protests" where it coded no
    protest: "security forces opened fire on protesters ... the prime minister called the
    protests an insurrection" (the protesters fired on)."""
    return tuple(a for a in acts.first_targets(COERCE_ROOT) if a.agent in CROWD_AGENTS)


def _actors_of(noun: Token, acts: StoryActs) -> tuple[Actor, ...]:
    """The actors of the story's first act of the noun's kind (by its lemma or its word). An
    attack, an assault or violence in a story that told no use of force is its riot's ("crowds
    stormed the Capitol ... Biden called the assault an insurrection")."""
    words = {noun.lemma_.lower(), noun.lower_}
    kinds = (
        (ATTACK_NOUNS, acts.attackers or acts.rioters or acts.accused),
        (OPERATION_NOUNS, acts.attackers or acts.coercers),
        (FIGHT_NOUNS, (acts.attackers + acts.attacked) or acts.rioters),
        (ACCORD_NOUNS, acts.parties),
        (ALLEGATION_NOUNS, acts.accusers),
        (DRILL_NOUNS, acts.threateners or acts.attackers),
        (THREAT_NOUNS, acts.threateners),
        (COERCION_NOUNS, acts.coercers),
        (COUP_NOUNS, _putschists(acts)),
        (VISIT_NOUNS, acts.visitors),
        (PROTEST_NOUNS, acts.protesters or _crowds_repressed(acts)),
        (DEMAND_NOUNS, acts.demanders),
        (CRITICISM_NOUNS, acts.critics),
        (RELEASE_NOUNS, acts.releasers),
        (DECISION_NOUNS, acts.doers),
        (ANNOUNCEMENT_NOUNS, acts.parties or acts.doers),
    )
    return next((actors for nouns, actors in kinds if words & nouns), ())

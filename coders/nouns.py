"""Meetings, visits and fighting told as nouns: the setting of a sentence is an event of its own.

"Kyrgyzstan's president announced it during talks with his Uzbek counterpart" reports a
meeting; so do "Blinken's meeting with Wang in Bali aims to ...", "during a rare visit to Iraq
by Erdogan" and "the meeting between the two presidents lasted 75 minutes"; "fierce clashes
broke out between the army and the rebels" reports fighting. The event noun's own phrases
name who met whom: its possessor or `by` phrase is the one who meets or visits, else the
subject of the clause it sets the scene of; its `with`, `to` or `between` phrase the other
side.

A protest that breaks out is told as a noun too: "protests erupted across Iran", "riots broke
out in Nairobi", "demonstrations took place in Belgrade" are the people of the place
protesting against their government, as a crowd that marches with no target named is.

Other event nouns stay uncoded ("after the annexation", "the protests"), as do meetings that
have not happened or are only background: planned ("ahead of a summit", "plans a visit"),
negated, conditional, or past ("after talks with", "since the meeting").
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Span, Token

from coders.actors import BORDERS, CIVILIANS, ActorResolver
from coders.codebook import CONSULT_ROOT, PROTEST_ROOT, TRUCE, VIOLENT_PROTEST, root_of
from coders.dictionaries import VerbPattern
from coders.grammar import children, is_passive, prepositions
from coders.modality import is_future, is_hypothetical, is_negated, is_possible
from coders.places import WHERE_PREPS
from coders.protests import GOVERNMENT, protest_code
from coders.records import Actor, Coded

# Fights between two sides: as nouns that set a scene, each side's attack on the other
# ("clashes broke out between the army and the rebels"); a WITH phrase on them names the other
# side of those killed in them (`arguments._doers_without_by`); fought, they name the act, not
# a target (`arguments._aimed_force`).
CLASH_NOUNS = frozenset(
    {"clash", "clashes", "fighting", "battle", "skirmish", "firefight", "gunfight"}
    | {"gunbattle", "shootout", "brawl", "melee"}
)
FIGHT_CODE = "190"
# The nouns that set a scene, with the code they give and its reverse (None for a visit: the
# visitor's 042 only, as the development set codes a visit told as a noun; a verb of visiting
# keeps the CAMEO file's host, 043). A call is a phone call only with a word saying so.
SETTING_NOUNS = MappingProxyType(
    {
        "meeting": ("040", "040"),
        "talk": ("040", "040"),
        "talks": ("040", "040"),
        "summit": ("040", "040"),
        "visit": ("042", None),
        "trip": ("042", None),
        "call": ("041", "041"),
        "conversation": ("041", "041"),
        **{noun: (FIGHT_CODE, FIGHT_CODE) for noun in CLASH_NOUNS},
        # A truce that takes effect: "a ceasefire between Israel and Hezbollah took effect".
        "ceasefire": (TRUCE, TRUCE),
        "truce": (TRUCE, TRUCE),
        "armistice": (TRUCE, TRUCE),
    }
)
CALL_CODE = "041"
# A visit has a direction; talks and calls are joint.
VISIT_CODE = "042"
MEETING_VERBS = frozenset({"meet", "visit", "host", "talk", "hold", "receive", "call"})
PHONE_WORDS = frozenset({"phone", "telephone", "video"})
# The phrases that set a scene: "during talks", "on a visit", "at a meeting", "in talks".
# Others place the meeting before or after the sentence's time ("ahead of a summit", "after
# talks", "in response to Pelosi's trip") or make it the aim ("called for talks").
SCENE_PREPS = frozenset({"during", "on", "at", "in"})
# Spans of time that count the fighting: "during three days of clashes".
TIME_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "round"})
# "an exchange of fire", "exchanges of gunfire": fighting between the two.
EXCHANGE = "exchange"
FIRE_WORDS = frozenset({"fire", "gunfire"})
# Verbs whose meeting has not happened: "a visit is planned", "talks were called for"; or
# has stopped: "talks were suspended", "the dialogue was broken off".
NOT_NOW_VERBS = frozenset(
    {
        "suspend",
        "halt",
        "freeze",
        "abandon",
        "scrap",
        "stop",
        "break",
        "terminate",
        "end",
        "plan",
        "propose",
        "cancel",
        "postpone",
        "delay",
        "seek",
        "want",
        "call",
        "urge",
        "invite",
        "prepare",
        "schedule",
        "reject",
        "refuse",
        "announce",
        "offer",
        "request",
        "demand",
        "suggest",
        "expect",
        "arrange",
        "hope",
    }
)
PARTNER_PREPS = frozenset({"with", "to", "between"})
# Verbs by which a third party holds talks for others: their BY phrase names no party, and the
# verb codes the hosting or mediation (`arguments.mediated_sides`).
ARRANGING_VERBS = frozenset(
    {"host", "mediate", "broker", "chair", "facilitate", "sponsor", "organise", "organize"}
)
# Nouns of a pause or an end, whose IN phrase names what stops (`_paused`).
PAUSE_NOUNS = frozenset(
    {"pause", "lull", "break", "halt", "respite", "cessation", "suspension", "end", "let-up"}
)
# Verbs by which a witness tells of fighting.
REPORTING_VERBS = frozenset({"report", "describe", "witness", "confirm"})
# How a truce starts: "began", "took effect", "came into force", "went into effect", "took
# hold".
START_VERBS = frozenset({"begin", "start"})
EFFECT_VERBS = frozenset({"take", "come", "go", "enter"})
EFFECT_WORDS = frozenset({"effect", "force", "hold"})
RULE_ORIGIN = "eventcoder-rule:setting-noun"
# Protests told as nouns, with their code, and the verbs by which they break out.
PROTEST_NOUNS = MappingProxyType(
    {"protest": "141", "demonstration": "141", "rally": "141", "riot": VIOLENT_PROTEST}
)
BREAKING_OUT_VERBS = frozenset({"erupt", "occur", "spread", "flare", "continue", "resume", "rage"})
# "broke out", "took place": a verb and the word that makes it one of breaking out.
BREAKING_OUT_PHRASES = frozenset({("break", "out"), ("take", "place")})
# Verbs by which something sets protests off: "the arrest sparked protests across the country".
SETTING_OFF_VERBS = frozenset({"spark", "trigger", "prompt", "provoke", "ignite", "unleash"})
SETTING_OFF_PHRASES = frozenset({("set", "off"), ("touch", "off")})
# Words that make a protest a riot (145): "violent protests".
VIOLENT_WORDS = frozenset({"violent", "deadly"})


def noun_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The meetings, visits and calls a sentence tells as nouns, as coded dyads; not where a
    verb of the sentence already codes a meeting between the same countries (`coded`): "held
    talks with Suleiman during a visit to Beirut" is one meeting, coded by its verb, while
    "agreed during summit talks to work together" is a meeting and an agreement."""
    joined = {frozenset((c.source.country, c.target.country)) for c in coded if _meets(c)}
    found = [
        c
        for c in _setting_events(sentence, resolver)
        if frozenset((c.source.country, c.target.country)) not in joined
    ]
    if not any(c.code.startswith(PROTEST_ROOT) for c in coded):
        found += _protests_breaking_out(sentence, resolver)
    return found


def _protests_breaking_out(sentence: Span, resolver: ActorResolver) -> list[Coded]:
    """ "Protests erupted across Iran": IRNCVL → IRNGOV 141, the country being the one the
    verb's or the noun's phrase names, else the one the sentence or story is set in. So for
    protests something set off ("Khan's arrest sparked protests across the country"), and
    violent ones are riots (145)."""
    found = []
    for noun in sentence:
        code = PROTEST_NOUNS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        verb = noun.head
        told = noun.dep_ == "nsubj" and _breaks_out(verb)
        if code is None or not (told or (noun.dep_ == "dobj" and _sets_off(verb))):
            continue
        country = _protest_country(verb, resolver, noun)
        if country is None:
            continue
        if any(c.lower_ in VIOLENT_WORDS for c in children(noun, "amod")):
            code = VIOLENT_PROTEST
        pattern = VerbPattern(noun.lemma_.lower(), code, (), (), "(noun)", RULE_ORIGIN)
        people = Actor(country + CIVILIANS, noun.text)
        found.append(Coded(noun, pattern, people, Actor(country + GOVERNMENT, noun.text), code))
    return found


def _breaks_out(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    words = {(lemma, c.lower_) for c in verb.children if c.dep_ in {"prt", "dobj"}}
    happens = lemma in BREAKING_OUT_VERBS or bool(words & BREAKING_OUT_PHRASES)
    return happens and not (is_negated(verb) or is_hypothetical(verb))


def _sets_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    words = {(lemma, c.lower_) for c in verb.children if c.dep_ == "prt"}
    sets_off = lemma in SETTING_OFF_VERBS or bool(words & SETTING_OFF_PHRASES)
    return sets_off and not (is_negated(verb) or is_hypothetical(verb))


def _protest_country(verb: Token, resolver: ActorResolver, noun: Token) -> str | None:
    phrases = [*prepositions(verb), *prepositions(noun)]
    places = [obj for prep, obj in phrases if prep in WHERE_PREPS]
    countries = {a.country for a in _resolve(places, resolver)}
    if len(countries) == 1:
        return countries.pop()
    return resolver.home if not countries else None


def _meets(coded: Coded) -> bool:
    """Whether a verb's event is itself a meeting, a visit or a call (root 04, or a verb of
    meeting whatever code a dictionary gives it)."""
    return coded.code.startswith(CONSULT_ROOT) or coded.verb.lemma_.lower() in MEETING_VERBS


def _setting_events(sentence: Span, resolver: ActorResolver) -> list[Coded]:
    found: list[Coded] = []
    for noun in sentence:
        codes = _setting_codes(noun)
        if codes is None or not _happening(noun, codes[0]):
            continue
        doers, others = _sides(noun, resolver)
        pattern = VerbPattern(noun.lemma_.lower(), codes[0], (), (), "(noun)", RULE_ORIGIN)
        for doer in doers:
            for other in others:
                if doer.code == other.code or _hosts_the_visit(codes[0], doer, other):
                    continue
                found.append(Coded(noun, pattern, doer, other, protest_code(codes[0], doer, other)))
                if codes[1] is not None:
                    reverse = protest_code(codes[1], other, doer)
                    found.append(Coded(noun, pattern, other, doer, reverse, reverse=True))
    return found


def _hosts_the_visit(code: str, doer: Actor, visited: Actor) -> bool:
    """Whether `doer` is at home in the country a visit is to: "Putin and Kim signed a pact
    during a visit to Pyongyang" is Putin's visit, which Kim hosts."""
    return code == VISIT_CODE and visited.agent is None and doer.country == visited.country


def is_exchange_of_fire(noun: Token) -> bool:
    """Whether a noun is an exchange of fire or gunfire: fighting between the two sides."""
    return noun.lemma_.lower() == EXCHANGE and any(
        prep == "of" and obj.lemma_.lower() in FIRE_WORDS for prep, obj in prepositions(noun)
    )


def setting_partners(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The other side of a meeting, call or visit that sets the verb's scene: "During talks
    with Bolivia's president, Brazil's leader offered help" (BOLGOV), "during a visit to
    Peru" (PER). Not a fight or a truce."""
    found: list[Actor] = []
    for prep, noun in prepositions(verb):
        codes = _setting_codes(noun) if prep in SCENE_PREPS else None
        if codes is not None and root_of(codes[0]) == CONSULT_ROOT:
            found += _sides(noun, resolver)[1]
    return found


def _setting_codes(noun: Token) -> tuple[str, str | None] | None:
    # A gerund subject is a noun too: "Fighting between the army and the RSF raged".
    gerund = noun.tag_ == "VBG" and noun.dep_ in {"nsubj", "nsubjpass"}
    if noun.pos_ != "NOUN" and not gerund:
        return None
    if noun.lemma_.lower() == "fire" and any(c.lower_ == "cease" for c in noun.children):
        return SETTING_NOUNS["ceasefire"]  # "cease-fire"
    if is_exchange_of_fire(noun):
        return SETTING_NOUNS["fighting"]
    codes = SETTING_NOUNS.get(noun.lemma_.lower()) or SETTING_NOUNS.get(noun.lower_)
    if codes is None:
        return None
    if noun.lemma_.lower() == "call" and not any(c.lower_ in PHONE_WORDS for c in noun.children):
        return None
    return codes


def _happening(noun: Token, code: str) -> bool:
    """Whether the noun tells a meeting of the sentence's time: the scene ("during talks") or
    the subject of what is said ("the meeting lasted two hours"), and not planned, negated or
    only supposed. An object ("held talks", "paid a visit") is its verb's to code, but for
    fighting a witness reports (`_reported_fight`). A truce
    (`code` 0871) happens only as it takes effect."""
    if code == FIGHT_CODE:
        noun = _counted_span(noun)
    if noun.dep_ == "pobj":
        if noun.head.lower_ not in SCENE_PREPS or _paused(noun.head):
            return False
    elif noun.dep_ not in {"nsubj", "nsubjpass", "ROOT"} and not _reported_fight(noun, code):
        return False
    verb = _clause_verb(noun)
    if code == TRUCE:
        # A truce is declared when it takes effect, not when it is agreed, broken or talked of.
        return noun.dep_ == "nsubj" and verb is not None and _takes_effect(verb)
    if verb is None:
        return True
    if verb.lemma_.lower() in NOT_NOW_VERBS and noun.dep_ == "nsubjpass":
        return False  # "a visit is planned"
    if verb.lemma_.lower() in ARRANGING_VERBS and noun.dep_ == "nsubjpass":
        return False  # "the talks were hosted by Turkey": the host is no party to them
    return not (is_negated(verb) or is_hypothetical(verb))


def _paused(prep: Token) -> bool:
    """Whether a phrase names what a pause or an end stops: "a four-day pause in fighting", "a
    lull in the clashes", "a break in talks" tell no fighting or talks of the sentence's time."""
    return prep.head.lemma_.lower() in PAUSE_NOUNS


def _counted_span(noun: Token) -> Token:
    """The span of time that counts the fighting ("during [three days] of clashes"), which
    stands where the noun would; else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in TIME_NOUNS:
        return prep.head
    return noun


def _reported_fight(noun: Token, code: str) -> bool:
    """Fighting that a witness reports ("residents reported heavy fighting between the army
    and the rebels"): the report tells the fighting, as a factual report does; so does an
    act that set it off ("police took over the town hall, sparking clashes with residents")."""
    told = noun.dep_ == "dobj" and noun.head.lemma_.lower() in REPORTING_VERBS
    set_off = noun.dep_ == "dobj" and _sets_off(noun.head) and not _yet_to_come(noun.head)
    return code == FIGHT_CODE and (told or set_off)


def _yet_to_come(verb: Token) -> bool:
    """ "could spark clashes", "will trigger fighting": not set off yet."""
    return is_possible(verb) or is_future(verb)


def _takes_effect(verb: Token) -> bool:
    """ "took effect", "came into force", "went into effect", "took hold", "began"; not
    negated."""
    lemma = verb.lemma_.lower()
    phrase = {word.lemma_.lower() for child in verb.children for word in child.subtree}
    started = lemma in START_VERBS or (lemma in EFFECT_VERBS and bool(phrase & EFFECT_WORDS))
    return started and not (is_negated(verb) or is_hypothetical(verb))


def _clause_verb(noun: Token) -> Token | None:
    node = noun
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _sides(noun: Token, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """Who meets or visits (the possessor, the `by` phrase, else the clause's subject) and the
    other side (the `with`, `to` or `between` phrase); "the meeting between A and B", or talks
    whose clause's subject names two countries and no other side, gives them both ways."""
    phrases = list(prepositions(noun))
    code = (_setting_codes(noun) or ("", ""))[0]
    if code == FIGHT_CODE and noun.dep_ == "nsubj":
        # "clashes broke out in the city between A and B": the phrase hangs off the verb.
        phrases += list(prepositions(noun.head))
        # "fighting broke out on the border between A and B": the sides the border parts.
        borders = [place for _, place in phrases if place.lemma_.lower() in BORDERS]
        phrases += [(p, o) for place in borders for p, o in prepositions(place) if p == "between"]
    owners = children(noun, "poss") + [obj for prep, obj in phrases if prep == "by"]
    doers = _resolve(owners, resolver)
    partners = [obj for prep, obj in phrases if prep in PARTNER_PREPS]
    between = [obj for prep, obj in phrases if prep == "between"]
    if between and not doers:
        # Only the BETWEEN phrase: "fighting between A and B raged, with residents reporting
        # gunfire" is not fighting with the residents.
        others = _resolve(between, resolver)
        return others, others
    if not doers:
        verb = _clause_verb(noun)
        doers = _resolve(_doers_of(verb) if verb is not None else [], resolver)
        if code != VISIT_CODE and not partners and len({d.country for d in doers}) > 1:
            # "During summit talks, the leaders of Japan and South Korea agreed ...": the
            # talks were between them.
            return doers, doers
        if code == CALL_CODE and not partners and verb is not None:
            # "thanked Mitsotakis for the help in a phone call": the call was with him.
            partners = children(verb, "dobj")
    # "talks with his Chilean counterpart": a counterpart in the role of the one who meets.
    agents = {a.agent for a in doers}
    counterpart = agents.pop() if len(agents) == 1 else None
    return doers, _resolve(partners, replace(resolver, counterpart=counterpart))


def _doers_of(verb: Token) -> list[Token]:
    """The subject of the clause a meeting sets the scene of, or its passive's `by` phrase:
    "it was announced by Japarov during talks with his Uzbek counterpart"; for a participle
    after the clause, the clause's ("police cleared the road, sparking clashes with
    protesters")."""
    by = [obj for prep, obj in prepositions(verb) if prep == "by"] if is_passive(verb) else []
    subjects = children(verb, "nsubj") or by
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _doers_of(verb.head)
    return subjects


def _resolve(heads: list[Token], resolver: ActorResolver) -> list[Actor]:
    return [a for head in heads for a in resolver.resolve(head, strict=True)]

"""Seizing a place is occupying territory. CAMEO separates confiscating property (171: "seized
a tanker", "seized weapons") from occupying territory (192: "seized the town", "captured
Goma"); its verb file gives SEIZE and CAPTURE the property code when bare and 192 only for the
place words it lists (TOWN, BASES, AIRPORT), so a base, a crossing or a named town came out as
property."""

from __future__ import annotations

from spacy.tokens import Token

from coders.actors import COUNTRY_LENGTH
from coders.codebook import ARREST_CODE, OCCUPATION, SEIZURE, STATE_AGENTS
from coders.grammar import children, prepositions
from coders.records import Actor

# Verbs that take what they act on: a place taken is occupied.
SEIZING_VERBS = frozenset({"seize", "capture", "take", "overrun", "retake", "recapture", "grab"})
ABDUCTION = "181"
# Codes the dictionaries give a seizure: property (171, 1711), territory (192), or people
# (181: the CAMEO file's MILITANTS SEIZE, whatever they seize).
TAKING_CODES = ("171", "192", ABDUCTION)
# Agents that are people, not property (BUS: a company's ship or assets).
PEOPLE_AGENTS = frozenset(
    {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI", "OPP", "REB", "INS", "UAF", "CRM", "CVL"}
    | {"MED", "EDU", "LAB", "HLH", "REF", "AGR", "REL", "NGO"}
)
# Nouns of places that are held as territory.
TERRITORY_NOUNS = frozenset(
    {
        "town",
        "city",
        "village",
        "base",
        "airbase",
        "airport",
        "airfield",
        "territory",
        "region",
        "province",
        "district",
        "capital",
        "port",
        "crossing",
        "outpost",
        "checkpoint",
        "stronghold",
        "enclave",
        "area",
        "land",
        "island",
        "hill",
        "headquarters",
        "garrison",
        "position",
        "settlement",
        "border",
        # buildings held: "took control of the presidential palace" is no one abducted
        "palace",
        "building",
        "compound",
        "residence",
        # posts and works held: "seized a police station", "took the nuclear plant"
        "station",
        "post",
        "barracks",
        "camp",
        "facility",
        "plant",
        "prison",
        "bridge",
        "oilfield",
        "refinery",
        "mine",
    }
)


def seizure_code(code: str, verb: Token, source: Actor, target: Actor) -> str:
    """171 (property seized) made 192 where what was taken is a place: a place noun ("seized a
    military base", "took over the border crossing") or a place's name, which the dictionaries
    code as its bare country ("captured Goma": COD). People taken, whether the dictionaries
    read the seizure as property or as territory, are detained (173) by a state's forces
    ("American soldiers captured Saddam Hussein") and abducted (181) by anyone else
    ("Hezbollah guerrillas captured two Israeli soldiers"); a place the CAMEO file's MILITANTS
    SEIZE (181) takes is occupied ("militants seized a police station"). Any other code
    unchanged."""
    if verb.lemma_.lower() not in SEIZING_VERBS or not code.startswith(TAKING_CODES):
        return code
    if _takes_people(verb, target):
        return ARREST_CODE if _a_state(source) else ABDUCTION
    if code not in (SEIZURE, ABDUCTION):
        return code
    for taken in _taken(verb):
        if taken.lemma_.lower() in TERRITORY_NOUNS:
            return OCCUPATION
        if taken.pos_ == "PROPN" and len(target.code) == COUNTRY_LENGTH:
            return OCCUPATION
    return code


def _a_state(actor: Actor) -> bool:
    """A state's forces or the state itself by its bare name ("Venezuela said it had captured
    two Americans": detained, as its forces would have)."""
    bare_state = actor.agent is None and len(actor.code) == COUNTRY_LENGTH
    return actor.agent in STATE_AGENTS or bare_state


def _taken(verb: Token) -> list[Token]:
    """What the verb takes: its objects, those of a particle's phrase ("took over the
    crossing"), and those of a CONTROL OF phrase ("took control of Kandahar")."""
    objects = children(verb, "dobj") + [obj for prep, obj in prepositions(verb) if prep == "over"]
    controlled = [
        obj
        for noun in objects
        if noun.lemma_.lower() == "control"
        for prep, obj in prepositions(noun)
        if prep == "of"
    ]
    return objects + controlled


def _takes_people(verb: Token, target: Actor) -> bool:
    """Whether the target is people the verb takes by name or by role ("captured Saddam
    Hussein", "seized two soldiers"), not a place, property or a ship of their country."""
    if target.agent not in PEOPLE_AGENTS:
        return False
    return any(
        taken.lemma_.lower() not in TERRITORY_NOUNS and taken.text in target.text
        for taken in _taken(verb)
    )

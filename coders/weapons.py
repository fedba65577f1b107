"""The weapon decides the force code. An unspecified use of force (190) done by an air strike,
a drone or a missile is an attack with aerial weapons (195); one done by shelling, rockets,
mortars or artillery is a fight with artillery and tanks (194), as the CAMEO codebook
separates them ("an Israeli air strike killed 20 people": 195); one done with a suicide, car
or roadside bomb is that bombing (1831-1833). Who fired a weapon did what it did
(`arguments.fired_by` uses `is_attack`)."""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from coders.grammar import (
    STRIKING_VERBS,
    children,
    conjuncts,
    is_participle_of_noun,
    prepositions,
)

GENERIC_FORCE = "190"
# Fighting with small arms: the CAMEO file's code for some strikes ("struck positions"), which a
# named aerial or artillery weapon makes precise ("jets struck positions": 195).
SMALL_ARMS = "193"
AERIAL = "195"
ARTILLERY = "194"
# CAMEO's non-military bombing (suicide, car, roadside bombs), and the words of such bombs.
BOMBING = "183"
UNCONVENTIONAL_VIOLENCE = "180"
# Damage that the weapon which did it makes an attack: property destroyed (1712) and the CAMEO
# file's bare DAMAGE (180).
WEAPON_DAMAGE = frozenset({"1712", UNCONVENTIONAL_VIOLENCE})
WOUNDING_VERBS = frozenset({"wound", "injure", "harm", "hurt"})
# A bare country and its armed forces.
STATE_FORCE_AGENTS = frozenset({None, "MIL"})
BOMB_NOUNS = frozenset({"bomb", "bombing", "bomber", "explosive", "device", "landmine"})
BOMBING_KINDS = MappingProxyType({"suicide": "1831", "car": "1832", "roadside": "1833"})
# Head nouns (and "air" compounds) of the attack that did it.
AERIAL_NOUNS = frozenset(
    {"airstrike", "drone", "missile", "warplane", "jet", "bombing", "bomber", "aircraft"}
    | {"helicopter", "gunship"}
)
# Weapons and craft an actor uses, by which it acts.
INSTRUMENT_NOUNS = frozenset(
    {"jet", "aircraft", "warplane", "drone", "missile", "rocket", "helicopter", "gunship"}
    | {"artillery", "tank", "warship", "gunboat"}
)
ARTILLERY_NOUNS = frozenset({"shelling", "shell", "rocket", "mortar", "artillery", "barrage"})
# Attacks that an "air", "drone" or "missile" word makes aerial: "air attacks", "drone strikes".
ATTACK_NOUNS = frozenset({"strike", "attack", "raid", "assault"})
# An attack noun that is aerial alone: in war news "the strikes killed 23 people" are air or
# missile strikes (the development set codes them 195).
STRIKE = "strike"
# CAMEO's "engage in mass killings", which its verb file gives KILL * CIVILIANS.
MASS_KILLING = "202"
# A killing of a leader (`killing_code`).
KILL = "kill"
KILLING_ROOTS = ("18", "19")
ASSASSINATION = "186"
LEADER_TITLES = frozenset(
    {"leader", "founder", "chief", "president", "premier", "minister", "governor", "mayor"}
)
# Phrases that name the means: "killed in an air strike", "hit with drones", "by missiles".
MEANS_PREPS = frozenset({"in", "with", "by"})
# Verbs whose object is a weapon stopped, not the means of the attack.
DEFENCE_VERBS = frozenset({"shoot down", "shoot", "down", "intercept", "repel", "repulse"})
# Other words of a weapon or an attack that someone fired, launched or carried out.
OTHER_ATTACK_NOUNS = frozenset(
    {"projectile", "munition", "weapon", "grenade", "bullet", "shot", "offensive", "ambush"}
)
# Attack words that name a person.
ATTACKER_NOUNS = frozenset({"bomber"})
ATTACK_WORDS = AERIAL_NOUNS | ARTILLERY_NOUNS | ATTACK_NOUNS | BOMB_NOUNS | OTHER_ATTACK_NOUNS
# Arms a force attacks with, beside the words of an attack: "attacked the town with tanks".
ARMS_NOUNS = frozenset(
    {"tank", "helicopter", "gun", "rifle", "gunboat", "warship", "artillery", "weapon"}
    # what a crowd or a border patrol fights with: "soldiers fought with clubs and stones"
    | {"knife", "machete", "club", "stick", "stone", "rod", "axe", "sword", "spear"}
)


def is_means(noun: Token) -> bool:
    """Whether a WITH phrase's noun is what an act was done with, not a partner: "attacked
    Kharkiv with drones", "shelled the town with artillery"."""
    lemma = noun.lemma_.lower()
    return lemma in ATTACK_WORDS or lemma in ARMS_NOUNS


def wounding_code(code: str, verb: Token, source_agent: str | None) -> str:
    """A state's or its armed forces' wounding is fighting (190), which the weapon may make
    precise: "the US strikes killed 23 people and wounded 20 others". The CAMEO file codes
    bare WOUND, INJURE, HARM and HURT as unconventional violence (180), which is for
    assailants of other kinds. Any other code unchanged."""
    wounding = verb.lemma_.lower() in WOUNDING_VERBS
    if code == UNCONVENTIONAL_VIOLENCE and wounding and source_agent in STATE_FORCE_AGENTS:
        return GENERIC_FORCE
    return code


def killing_code(code: str, verb: Token, target_text: str) -> str:
    """The killing of a named leader is an assassination (186), as the codebook defines it
    ("the killing of an individual, usually a prominent leader"): "an Israeli gunship killed
    Hamas founder Ahmed Yassin", "killed the rebel leader". Only KILL and a target named by
    a leader's title; the weapon does not make it an air strike (195). Any other code
    unchanged."""
    if verb.lemma_.lower() != KILL or not code.startswith(KILLING_ROOTS):
        return code
    words = {w.lower() for w in target_text.split()}
    return ASSASSINATION if words & LEADER_TITLES else code


def weapon_code(code: str, verb: Token) -> str:
    """190 made precise by the weapon the clause names; a bombing (183) done with a military
    weapon ("missiles were fired at Israel") is that weapon's attack; either one done with a
    suicide, car or roadside bomb is that bombing (1831-1833); small-arms fighting (193) done
    by jets, drones or artillery is theirs; a mass killing (202, the CAMEO file's KILL *
    CIVILIANS) done by such a weapon is that weapon's attack ("Russian missiles killed seven
    civilians": 195); damage done by such a weapon as the clause's doer or means is that
    weapon's attack too ("an air strike destroyed a house": 195, not the property destroyed,
    1712); shelling done with aerial weapons alone is theirs (`_aerial_or_artillery`); any
    other code unchanged."""
    if code == ARTILLERY:
        return _aerial_or_artillery(verb)
    if code in WEAPON_DAMAGE:
        nouns = _attack_nouns(verb, objects=False)
    elif code in {GENERIC_FORCE, BOMBING, SMALL_ARMS, MASS_KILLING}:
        nouns = _attack_nouns(verb)
    else:
        return code
    for noun in nouns:
        lemma = noun.lemma_.lower()
        kind = _bombing_kind(noun)
        if kind is not None:
            return kind
        if code == BOMBING and lemma in BOMB_NOUNS:
            return code
        if lemma in AERIAL_NOUNS or lemma == STRIKE or (lemma in ATTACK_NOUNS and _is_air(noun)):
            return AERIAL
        if lemma in ARTILLERY_NOUNS:
            return ARTILLERY
        if code in {MASS_KILLING, *WEAPON_DAMAGE} and lemma in ATTACK_NOUNS:
            return GENERIC_FORCE
    return code


def _aerial_or_artillery(verb: Token) -> str:
    """Shelling (194) done WITH aerial weapons and none of artillery is their attack (195):
    the CAMEO file codes any verb of attack WITH &WEAPON as 194, so "struck Israeli bases with
    ballistic missiles" was shelling. Only the WITH phrase: PETRARCH-2's gold standard keeps
    missiles launched or fired (the object) at 194."""
    means = [obj for prep, obj in prepositions(verb) if prep == "with"]
    lemmas = {noun.lemma_.lower() for obj in means for noun in conjuncts(obj)}
    aerial = bool(lemmas & AERIAL_NOUNS) and not lemmas & ARTILLERY_NOUNS
    return AERIAL if aerial else ARTILLERY


# Verbs of firing or launching, whose FROM phrase is where the weapon was fired from.
LAUNCHING_VERBS = frozenset({"fire", "launch", "shoot", "lob"})


def fired_from_phrase(verb: Token) -> bool:
    """Whether a verb's FROM phrase says where a weapon was fired or launched from ("fired
    rockets from Gaza"), not whom or what the act is aimed at."""
    return verb.lemma_.lower() in LAUNCHING_VERBS


def is_attack(noun: Token) -> bool:
    """Whether a noun is a weapon or an attack ("a drone", "an air strike", "the shelling")."""
    return noun.lemma_.lower() in ATTACK_WORDS


def describes_a_weapon(verb: Token) -> bool:
    """A past participle after a weapon's noun, with no object of its own: "the 31 drones
    launched by Russia", "missiles fired from Gaza"; the weapon is what it acted on."""
    return is_participle_of_noun(verb) and is_instrument(verb.head)


def is_instrument(noun: Token) -> bool:
    """Whether a noun is a weapon or craft that someone uses ("its jets", "their drones"),
    not an attack ("their attacks")."""
    return noun.lemma_.lower() in INSTRUMENT_NOUNS


# Weapons and craft a verb's object may name as what it used (`is_weapon_used`); not attacks
# ("launched an offensive to retake the region" names its aim, not its means).
USED_WEAPON_NOUNS = (
    INSTRUMENT_NOUNS
    | ARMS_NOUNS
    | {"shell", "mortar", "bomb", "projectile", "munition", "grenade", "bullet"}
)


def is_weapon_used(noun: Token) -> bool:
    """Whether a verb's object is the weapon it used, not what it hit or stopped: "fired North
    Korean missiles at Kyiv" (the maker's country names no target), but not "shot down
    Russian drones" or "attacked a military aircraft"."""
    verb = noun.head
    weapon = noun.lemma_.lower() in USED_WEAPON_NOUNS
    hitting = verb.lemma_.lower() in DEFENCE_VERBS | STRIKING_VERBS
    return noun.dep_ == "dobj" and weapon and not hitting


def is_weapon(noun: Token) -> bool:
    """Whether a noun is a weapon or an attack, not someone who carries one: "a drone", "the
    shelling", but not "a suicide bomber"."""
    return is_attack(noun) and noun.lemma_.lower() not in ATTACKER_NOUNS


def _attack_nouns(verb: Token, objects: bool = True) -> list[Token]:
    """The verb's subject (or the noun a participle hangs on), its object ("carried out air
    strikes") unless not `objects`, and the nouns of its means; for a participle that tells
    what an attack did ("drones struck a car, killing a couple"), the attack's too."""
    # "shot down a drone", "intercepted missiles": the object was stopped, not used; "attacked
    # a military aircraft", "struck artillery positions": it was hit.
    used = objects and verb.lemma_.lower() not in DEFENCE_VERBS | STRIKING_VERBS
    nouns = children(verb, "nsubj", "nsubjpass", *(("dobj",) if used else ()))
    if verb.dep_ == "acl":
        nouns.append(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children(verb, "nsubj"):
        nouns += _attack_nouns(verb.head)
    nouns += [obj for prep, obj in prepositions(verb) if prep in MEANS_PREPS]
    # "struck two border posts with rockets": the parser may hang the means on the object.
    nouns += [
        obj
        for target in children(verb, "dobj")
        for prep, obj in prepositions(target)
        if prep in MEANS_PREPS and is_weapon(obj)
    ]
    # "dozens of missiles", "a wave of drones": the weapon is in the `of` phrase; "exchanged
    # artillery fire": in the word before the noun.
    nouns += [obj for noun in nouns for prep, obj in prepositions(noun) if prep == "of"]
    return nouns + [word for noun in nouns for word in children(noun, "compound")]


def _bombing_kind(noun: Token) -> str | None:
    """A suicide (1831), car (1832) or roadside (1833) bombing, as the bomb's words say: "a car
    bomb killed five", "were killed by a roadside bomb"."""
    if noun.lemma_.lower() not in BOMB_NOUNS | ATTACK_NOUNS:
        return None
    for word in noun.lefts:
        kind = BOMBING_KINDS.get(word.lower_)
        if kind is not None:
            return kind
    return None


def _is_air(strike: Token) -> bool:
    return any(c.lower_ in {"air", "aerial", "drone", "missile"} for c in strike.children)

"""What kind of aid. Aid of no stated kind (070; promised 030 or 033, asked for 020 or 023,
demanded 100 or 103, refused 122, cut 162) made precise by the words of what is given: food,
medicine or relief is humanitarian aid (073, promised: 0333), weapons or ammunition military
aid (072, 0332), money, loans or grants economic aid (071, 0331), as the CAMEO codebook
separates them ("delivered food aid to Darfur": 073)."""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from coders.grammar import children

# The codes of aid of no stated kind, given, promised, asked for, demanded, refused or cut,
# with the stem whose sub-codes name the kinds (070 → 071, 072, 073; an unspecified appeal,
# 020, → 0231, 0232, 0233).
KIND_STEMS = MappingProxyType(
    {
        "070": "07",
        "033": "033",
        "030": "033",
        "023": "023",
        "020": "023",
        "103": "103",
        "100": "103",
        "122": "122",
        "162": "162",
    }
)
# The last digit of each kind's sub-code, the same under every stem.
KIND_DIGITS = MappingProxyType({"economic": "1", "military": "2", "humanitarian": "3"})
# Unspecified appeals, demands and intents are about aid only where the words name aid
# ("appealed for economic assistance", "pledged $2 billion in loans"), not any economic or
# military matter ("called for economic reform", "pledged economic cooperation").
ASKING_CODES = frozenset({"020", "100", "030"})
AID_NOUNS = frozenset(
    {"aid", "assistance", "help", "relief", "loan", "funding", "fund", "weapon", "arm", "food"}
)
# Weapons that are aid only where they are what is given ("promised more tanks", "asked for
# air defence systems"), not where a phrase inside it names them ("demanded an apology over
# the collision with a fighter jet"). "Defence" is a weapon only after "air": "pledged to
# strengthen its defence" is no aid.
GIVEN_WEAPONS = frozenset({"ammunition", "munition", "artillery", "howitzer", "tank", "jet"})
AIR_DEFENCE = frozenset({"defence", "defense", "defences", "defenses"})
# Words of what is given, by lemma, with the kind of aid they make it.
KIND_WORDS = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "humanitarian",
                "food",
                "medical",
                "medicine",
                "relief",
                "shelter",
                "tent",
                "blanket",
                "flour",
                "vaccine",
                "airdrop",
            ),
            "humanitarian",
        ),
        **dict.fromkeys(
            ("military", "weapon", "arm", "ammunition", "munition", "missile", "tank"),
            "military",
        ),
        **dict.fromkeys(
            (
                "financial",
                "economic",
                "loan",
                "grant",
                "cash",
                "budget",
                "funding",
                "fund",
                "money",
            ),
            "economic",
        ),
    }
)
GIVEN_DEPS = ("dobj", "nsubjpass", "attr")
# Vehicles that carry what is given: what they carry is given by whoever sent them ("sent a
# plane carrying food"), and the words of a vehicle that is the subject name what it brought
# ("trucks carrying flour reached Gaza": humanitarian aid).
CARRIER_NOUNS = frozenset(
    {"plane", "aircraft", "flight", "truck", "lorry", "convoy", "ship", "vessel", "boat"}
)


# Intents whose object may name aid offered: cooperation of no stated kind, and aid itself.
OFFERING_CODES = frozenset({"030", "033"})


def offers_aid(code: str, verb: Token) -> bool:
    """Whether an intent names the aid it offers ("offered help", "pledged aid and weapons"):
    what each of its doers gives someone, not a joint act of theirs. "Greece and Armenia
    offered help" is no help to each other, where "agreed to cooperate" is cooperation."""
    return code in OFFERING_CODES and _names_aid(verb)


def _names_aid(verb: Token) -> bool:
    """Whether what the verb gives, asks for or withholds is named as aid or weapons."""
    words = _given_words(verb)
    return bool(_given_weapons(verb)) or any(w.lemma_.lower() in AID_NOUNS for w in words)


def aid_code(code: str, verb: Token) -> str:
    """`code` made precise by the kind of aid the verb's object names; any other code
    unchanged. Where the words name two kinds ("food and weapons"), the first named wins."""
    stem = KIND_STEMS.get(code)
    if stem is None:
        return code
    if code in ASKING_CODES and not _names_aid(verb):
        return code
    words = _given_words(verb)
    weapons = _given_weapons(verb)
    for word in words:
        kind = KIND_WORDS.get(word.lemma_.lower()) or KIND_WORDS.get(word.lower_)
        if kind is not None:
            return stem + KIND_DIGITS[kind]
    if weapons:
        return stem + KIND_DIGITS["military"]
    # "appealed to India for assistance": aid of no stated kind asked for (023), promised
    # (033) or demanded (103).
    return stem if code in ASKING_CODES else code


def _given_words(verb: Token) -> list[Token]:
    """The words of what the verb gives, asks for or withholds: its object's phrase, with the
    phrases inside it ("a tranche of military aid", "packages of food"), and its FOR phrase
    ("appealed to the IMF for economic assistance")."""
    return [t for head in _given_heads(verb) for t in head.subtree]


def _given_heads(verb: Token) -> list[Token]:
    heads = [*children(verb, *GIVEN_DEPS)]
    heads += [s for s in children(verb, "nsubj") if s.lemma_.lower() in CARRIER_NOUNS | AID_NOUNS]
    return heads + [o for p in children(verb, "prep") if p.lower_ == "for" for o in p.children]


def _given_weapons(verb: Token) -> list[Token]:
    """The weapons the verb's object or FOR phrase is, by its head and the words compounded
    into it: "more tanks", "air defence systems", "a batch of howitzers"."""
    heads = _given_heads(verb)
    heads += [o for head in heads for p in children(head, "prep") if p.lower_ == "of"
              for o in children(p, "pobj")]  # fmt: skip
    heads += [c for head in heads for c in children(head, "conj")]
    words = [w for head in heads for w in (head, *children(head, "compound"))]
    return [w for w in words if w.lemma_.lower() in GIVEN_WEAPONS or _is_air_defence(w)]


def _is_air_defence(word: Token) -> bool:
    return word.lower_ in AIR_DEFENCE and word.i > 0 and word.nbor(-1).lower_ == "air"

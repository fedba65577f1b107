"""What kind of aid. Aid of no stated kind (070, or its promise, 033) made precise by the words
of what is given: food, medicine or relief is humanitarian aid (073, promised: 0333), weapons
or ammunition military aid (072, 0332), money, loans or grants economic aid (071, 0331), as
the CAMEO codebook separates them ("delivered food aid to Darfur": 073)."""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

from coders.grammar import children

# The codes of aid of no stated kind, given or promised, and what each kind makes of them.
KINDS = MappingProxyType(
    {
        "070": MappingProxyType({"humanitarian": "073", "military": "072", "economic": "071"}),
        "033": MappingProxyType({"humanitarian": "0333", "military": "0332", "economic": "0331"}),
    }
)
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
            ("financial", "economic", "loan", "grant", "cash", "budget", "funding"), "economic"
        ),
    }
)
GIVEN_DEPS = ("dobj", "nsubjpass", "attr")


def aid_code(code: str, verb: Token) -> str:
    """`code` made precise by the kind of aid the verb's object names; any other code
    unchanged. Where the words name two kinds ("food and weapons"), the first named wins."""
    kinds = KINDS.get(code)
    if kinds is None:
        return code
    for word in _given_words(verb):
        kind = KIND_WORDS.get(word.lemma_.lower()) or KIND_WORDS.get(word.lower_)
        if kind is not None:
            return kinds[kind]
    return code


def _given_words(verb: Token) -> list[Token]:
    """The words of what the verb gives: its object's phrase, with the phrases inside it
    ("a tranche of military aid", "packages of food")."""
    return [t for obj in children(verb, *GIVEN_DEPS) for t in obj.subtree]

"""What field of cooperation. An intent to cooperate of no stated kind (030) made precise by the
field its words name, as the CAMEO codebook separates the intents that mirror material
cooperation: economic (0311), military (0312), judicial (0313), intelligence (0314), and
material cooperation in another field (031: energy, science, health). "Pledged to boost trade
ties" is 0311, "seeking to deepen a partnership in energy" 031, "agreed to expand defence
cooperation" 0312; "vowed to strengthen their partnership" and "agreed to restore diplomatic
ties" stay 030."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from spacy.tokens import Token

from coders.codebook import AGREEMENT
from coders.grammar import children

# Nouns and verbs of cooperation whose words say its field ("trade ties", "a partnership in
# energy", "to cooperate on intelligence").
COOPERATION_WORDS = frozenset(
    {"cooperation", "co-operation", "partnership", "tie", "collaboration", "cooperate"}
)
# The phrases that name a field: its own modifiers, and its IN and ON phrases.
FIELD_DEPS = ("compound", "amod")
FIELD_PREPS = frozenset({"in", "on"})
# Words of a field, by lemma, with the code of an intent to cooperate in it.
FIELD_CODES = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "economic",
                "economy",
                "trade",
                "commerce",
                "commercial",
                "investment",
                "business",
                "financial",
                "finance",
            ),
            "0311",
        ),
        **dict.fromkeys(("military", "defence", "defense", "security", "arms"), "0312"),
        **dict.fromkeys(("judicial", "legal", "justice", "extradition"), "0313"),
        **dict.fromkeys(("intelligence",), "0314"),
        **dict.fromkeys(
            (
                "energy",
                "science",
                "scientific",
                "technology",
                "technological",
                "health",
                "agriculture",
                "agricultural",
                "infrastructure",
                "space",
                "transport",
            ),
            "031",
        ),
    }
)


def cooperation_code(code: str, verb: Token) -> str:
    """An unspecified intent to cooperate (030) made precise by the field its cooperation
    names; any other code unchanged. The first word of a field decides."""
    if code != AGREEMENT:
        return code
    for word in _field_words(verb):
        field = FIELD_CODES.get(word.lemma_.lower())
        if field is not None:
            return field
    return code


def _field_words(verb: Token) -> Iterator[Token]:
    """The words that say the field of the cooperation the verb's clause names: each
    cooperation word's modifiers, and the objects of its IN and ON phrases or of the verbs'
    ("deepen their partnership in energy", where the parser hangs IN on DEEPEN), with the
    words listed with them ("in trade and energy")."""
    words = _cooperation_words(verb)
    if not words:
        return
    for word in words:
        yield from children(word, *FIELD_DEPS)
    for word in (*words, verb, *children(verb, "xcomp")):
        for prep in children(word, "prep"):
            if prep.lower_ not in FIELD_PREPS:
                continue
            for obj in children(prep, "pobj"):
                yield from (obj, *children(obj, *FIELD_DEPS), *children(obj, "conj"))


def _cooperation_words(verb: Token) -> list[Token]:
    """The verb itself where it is a word of cooperation, and the words of cooperation it
    takes as objects, directly or through the verb of its complement ("agreed to deepen
    cooperation")."""
    verbs = [verb, *children(verb, "xcomp")]
    objects = [o for v in verbs for o in children(v, "dobj", "pobj", "nsubjpass")]
    objects += [o for v in verbs for p in children(v, "prep") for o in children(p, "pobj")]
    return [w for w in (*verbs, *objects) if w.lemma_.lower() in COOPERATION_WORDS]

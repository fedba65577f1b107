"""What an accusation charges. An accusation of no stated kind (112) made precise by the words
of its charge, as the CAMEO codebook separates them: of corruption or another crime (1121), of
human rights abuses (1122), of aggression (1123), of war crimes (1124), of espionage or treason
(1125). "Accused the minister of taking bribes" is 1121, "accused Russia of war crimes" 1124.
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Token

ACCUSE_CODE = "112"
# Words of a charge, by lemma, with the code of an accusation of it. A war crime is found
# before a crime (`_charge_words` reads "war crimes" as "war_crime" first). Attacks and
# provocations are left unspecified: news says so of single incidents as often as of
# aggression.
CHARGE_WORDS = MappingProxyType(
    {
        **dict.fromkeys(
            ("war_crime", "genocide", "massacre", "atrocity", "ethnic_cleansing"), "1124"
        ),
        **dict.fromkeys(("espionage", "spying", "spy", "treason", "sabotage"), "1125"),
        **dict.fromkeys(("aggression", "invasion", "incursion", "annexation"), "1123"),
        **dict.fromkeys(
            ("abuse", "torture", "repression", "persecution", "discrimination", "rights"), "1122"
        ),
        **dict.fromkeys(
            (
                "corruption",
                "bribery",
                "bribe",
                "fraud",
                "embezzlement",
                "crime",
                "theft",
                "laundering",
                "smuggling",
                "trafficking",
                "terrorism",
            ),
            "1121",
        ),
    }
)
# Where the charge is put: "accused X of ...", "blamed X for ...".
CHARGE_PREPS = frozenset({"of", "for"})
# Words before a charge's noun that make one charge with it ("war crimes", "ethnic cleansing").
PAIR_DEPS = frozenset({"compound", "amod"})


def charge_code(code: str, verb: Token) -> str:
    """An unspecified accusation (112) made precise by its charge; any other code unchanged.
    The first word of a charge in the phrase decides."""
    if code != ACCUSE_CODE:
        return code
    for word in _charge_words(verb):
        if word in CHARGE_WORDS:
            return CHARGE_WORDS[word]
    return code


def _charge_words(verb: Token) -> list[str]:
    """The words that name the charge: the head of each OF or FOR phrase of the verb or of its
    object (where the parser may hang it), with the noun compounded before it ("war_crime"),
    or the verb of a gerund there and that verb's object ("of taking bribes": take, bribe).
    Words deeper in the phrase tell of other things ("of not showing gratitude for support
    against Russia's invasion" charges no aggression)."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    heads = [
        head
        for host in hosts
        for prep in host.children
        if prep.dep_ == "prep" and prep.lower_ in CHARGE_PREPS
        for head in prep.children
        if head.dep_ in ("pobj", "pcomp")
    ]
    words = []
    for head in heads:
        lemma = head.lemma_.lower()
        words += [f"{c.lemma_.lower()}_{lemma}" for c in head.lefts if c.dep_ in PAIR_DEPS]
        words.append(lemma)
        words += [c.lemma_.lower() for c in head.children if c.dep_ == "dobj"]
    return words

"""Prisoner exchanges. A release told with what it was traded for ("Russia freed Brittney
Griner in exchange for Viktor Bout", "released two soldiers in a swap for five fishermen") is a
release both ways: the side that got its people back freed the other's in return. The
sentence tells one release as a verb and the other only in the phrase of the trade, so the
second is coded from that phrase where it says whose people were given back: toward them,
from the state of those the releasers freed."""

from __future__ import annotations

from spacy.tokens import Token

from coders.actors import ActorResolver
from coders.arguments import holders_named
from coders.codebook import RELEASE
from coders.dictionaries import VerbPattern
from coders.grammar import prepositions
from coders.records import Actor, Coded

# The nouns of a trade, whose FOR phrase names what was given in return: "in exchange for",
# "in a swap for", "in return for".
TRADE_NOUNS = frozenset({"exchange", "swap", "return", "trade"})
TRADE_PREP = "in"
TRADED_PREP = "for"
RULE_ORIGIN = "eventcoder-rule:prisoner-exchange"


def traded_releases(resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The release given in return for each release of `coded` told with a trade, where the
    trade names the releasers' own people: from the country of those freed, or from the
    holders the trade names, to those given back ("Peru freed a Chilean pilot in exchange for
    a Peruvian businessman": CHL → PERBUS 0841; "in exchange for two Peruvian diplomats held
    by Chile"). None where the trade does not say whose people they are ("in exchange for
    hostages", "for arms dealer Viktor Bout"), or where the sentence already codes it."""
    done = {(c.source.country, c.target.country, c.code) for c in coded}
    found: list[Coded] = []
    for release in coded:
        if release.reverse or not release.code.startswith(RELEASE):
            continue
        pattern = VerbPattern(
            release.verb.lemma_.lower(), release.code, (), (), "(exchange)", RULE_ORIGIN
        )
        for giver, target in _given_back(release, resolver):
            key = (giver.country, target.country, release.code)
            if giver.country != target.country and key not in done:
                done.add(key)
                found.append(Coded(release.verb, pattern, giver, target, release.code))
    return found


def _given_back(release: Coded, resolver: ActorResolver) -> list[tuple[Actor, Actor]]:
    """The (giver, receiver) pairs of what a release was traded for, where the trade names
    the releasers' own people: from their holders named, else the freed people's country."""
    pairs = []
    for traded in _traded(release.verb):
        holders = holders_named(traded, resolver)
        giver = holders[0] if holders else Actor(release.target.country, release.target.text)
        back = [a for a in resolver.resolve(traded, strict=True) if a.code != giver.code]
        if back and all(a.country == release.source.country for a in back):
            pairs += [(giver, target) for target in back]
    return pairs


def _traded(verb: Token) -> list[Token]:
    """What a release was traded for: the FOR phrase of its IN phrase of a trade ("in exchange
    for a Peruvian businessman")."""
    return [
        given
        for prep, trade in prepositions(verb)
        if prep == TRADE_PREP and trade.lemma_.lower() in TRADE_NOUNS
        for inner, given in prepositions(trade)
        if inner == TRADED_PREP
    ]

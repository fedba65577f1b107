"""Verb and pattern matching: which CAMEO code a verb and its complements express."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from coders.dictionaries import Dictionaries, PatternTerm, VerbPattern
from coders.grammar import OBJECT_DEPS, children, particle, prepositions


@dataclass(frozen=True)
class Frame:
    """The lemmas around a verb that patterns test: its objects, and each preposition's phrase."""

    objects: frozenset[str]
    by_prep: dict[str, frozenset[str]]

    def satisfies(self, term: PatternTerm) -> bool:
        if term.prep is None:
            return term.word in self.objects
        words = self.by_prep.get(term.prep)
        return words is not None and (term.word is None or term.word in words)


def verb_frame(verb: Token) -> Frame:
    objects = {t.lemma_.lower() for c in children(verb, *OBJECT_DEPS) for t in c.subtree}
    by_prep: dict[str, set[str]] = {}
    for prep, obj in prepositions(verb):
        by_prep.setdefault(prep, set()).update(t.lemma_.lower() for t in obj.subtree)
    return Frame(frozenset(objects), {p: frozenset(w) for p, w in by_prep.items()})


class VerbLexicon:
    """Verb patterns indexed by verb, compiled once from the dictionaries."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        index: dict[str, list[VerbPattern]] = {}
        for pattern in dictionaries.verbs:
            index.setdefault(pattern.verb, []).append(pattern)
        self._index = {verb: tuple(patterns) for verb, patterns in index.items()}

    def __contains__(self, verb: str) -> bool:
        return verb in self._index

    def __len__(self) -> int:
        return sum(len(p) for p in self._index.values())

    def candidates(self, verb: Token) -> tuple[VerbPattern, ...]:
        """Patterns for the phrasal form ("step up") if any, else for the lemma."""
        lemma = verb.lemma_.lower()
        prt = particle(verb)
        if prt and f"{lemma} {prt}" in self._index:
            return self._index[f"{lemma} {prt}"]
        return self._index.get(lemma, ())

    def match(self, verb: Token) -> VerbPattern | None:
        """The most specific pattern whose terms all hold; the earliest listed wins a tie.

        A matching `---` pattern blocks the verb, so None is returned for it too.
        """
        patterns = self.candidates(verb)
        if not patterns:
            return None
        frame = verb_frame(verb)
        best: VerbPattern | None = None
        for pattern in patterns:
            more_specific = best is None or len(pattern.terms) > len(best.terms)
            if more_specific and all(frame.satisfies(t) for t in pattern.terms):
                best = pattern
        return None if best is None or best.is_null else best

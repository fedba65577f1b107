"""What the coder remembers inside one article: short names of people, recent actors."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from coders.dictionaries import ActorEntry
from coders.records import Actor

HISTORY = 3


@dataclass(frozen=True)
class ArticleContext:
    """Immutable article state threaded from sentence to sentence by the engine."""

    day: date
    aliases: Mapping[str, tuple[ActorEntry, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    subjects: tuple[tuple[Actor, ...], ...] = ()
    # The grammatical subject of the last sentence that had one, for "he", "it", "they".
    last_subject: tuple[Actor, ...] = ()
    # How many sentences so far named each country, in the order first named: the story's
    # home country is the most named (see `home`).
    countries: tuple[tuple[str, int], ...] = ()
    # The targets of the article's latest use of force, for a claim of responsibility.
    victims: tuple[Actor, ...] = ()

    def after_sentence(
        self,
        aliases: Mapping[str, tuple[ActorEntry, ...]],
        subjects: tuple[Actor, ...],
        subject: tuple[Actor, ...] = (),
        countries: frozenset[str] = frozenset(),
        victims: tuple[Actor, ...] = (),
    ) -> ArticleContext:
        """The context for the next sentence, given what this sentence named: its `subjects`
        and event participants, its grammatical `subject`, the `countries` it names and the
        `victims` of the force it told of."""
        merged = MappingProxyType({**self.aliases, **aliases})
        history = (*self.subjects, subjects)[-HISTORY:] if subjects else self.subjects
        counts = dict(self.countries)
        for country in sorted(countries):
            counts[country] = counts.get(country, 0) + 1
        return ArticleContext(
            self.day,
            merged,
            history,
            subject or self.last_subject,
            tuple(counts.items()),
            victims or self.victims,
        )

    def home(
        self, named: frozenset[str], placing: frozenset[str], doing: frozenset[str] = frozenset()
    ) -> str | None:
        """The country whose agents a sentence's unplaced agents are ("police", "protesters",
        "the army"): the one country the sentence places people in (`placing`, see
        `Mentions.countries`); else, where it names none or names the story's home among
        others, the home: the country most sentences so far named (on a tie, the one named
        in an earlier sentence, then by code). In a story's first sentence, which has no home
        yet, the one country it names where that country is `doing` something as a subject
        ("Venezuela broke off talks with the opposition": VENOPP). Else none: "police" in a
        sentence on Kenya and Uganda are of neither."""
        if len(placing) == 1:
            return next(iter(placing))
        counts = dict(self.countries)
        if not counts and len(named) == 1 and named <= doing:
            return next(iter(named))
        home = max(counts, key=lambda country: counts[country], default=None)
        if home is None or (named and home not in named):
            return None
        return home

    def main_other(self, excluded: set[str]) -> str | None:
        """The country the article has named most so far other than the `excluded` (on a tie,
        the one counted first): whom a reaction in it is most likely about."""
        counts = {c: n for c, n in self.countries if c not in excluded}
        return max(counts, key=lambda c: counts[c], default=None)

    def recent_group(self, size: int | None = None) -> tuple[Actor, ...]:
        """The latest subject group of two or more distinct actors ("the sides" refers to it);
        with a `size` ("the two countries"), the latest of that many countries, if any: a
        group of three is not "the two countries", and which two of it are is not known."""
        groups = [tuple({a.code: a for a in group}.values()) for group in reversed(self.subjects)]
        groups = [g for g in groups if len({a.country for a in g}) >= 2]
        if size is not None:
            groups = [g for g in groups if len({a.country for a in g}) == size]
        return next(iter(groups), ())

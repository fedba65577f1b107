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

    def after_sentence(
        self,
        aliases: Mapping[str, tuple[ActorEntry, ...]],
        subjects: tuple[Actor, ...],
        subject: tuple[Actor, ...] = (),
    ) -> ArticleContext:
        """The context for the next sentence, given what this sentence named: its `subjects`
        and event participants, and its grammatical `subject`."""
        merged = MappingProxyType({**self.aliases, **aliases})
        history = (*self.subjects, subjects)[-HISTORY:] if subjects else self.subjects
        return ArticleContext(self.day, merged, history, subject or self.last_subject)

    def recent_group(self) -> tuple[Actor, ...]:
        """The latest subject group of two or more distinct actors ("the sides" refers to it)."""
        for group in reversed(self.subjects):
            distinct = tuple({a.code: a for a in group}.values())
            if len({a.country for a in distinct}) >= 2:
                return distinct
        return ()

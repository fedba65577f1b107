"""Sentence screens from the dictionaries: discards (skip a sentence or a story) and issues
(topic codes attached to the events of a sentence)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from coders.dictionaries import DiscardEntry, IssueEntry
from coders.phrases import PhraseIndex


class Discards:
    """Phrases that mark text not to code: sports results, history, entertainment."""

    def __init__(self, entries: Iterable[DiscardEntry]) -> None:
        entries = list(entries)
        self._story = PhraseIndex((e.phrase.lower(), e) for e in entries if e.story)
        self._sentence = PhraseIndex((e.phrase.lower(), e) for e in entries if not e.story)

    def story(self, doc: Doc) -> bool:
        return bool(len(self._story) and self._story.find(doc))

    def sentence(self, sentence: Span) -> bool:
        return bool(len(self._sentence) and self._sentence.find(sentence))


class Issues:
    """Issue phrases; a sentence's events carry the issue codes found in it with counts."""

    def __init__(self, entries: Iterable[IssueEntry]) -> None:
        self._index = PhraseIndex((e.phrase.lower(), e) for e in entries)

    def codes(self, sentence: Span) -> str | None:
        """`CODE n, CODE m` by count, or None; any ignore phrase cancels the sentence's issues."""
        if not len(self._index):
            return None
        found = [m.entries[0] for m in self._index.find(sentence)]
        if not found or any(e.is_ignore for e in found):
            return None
        counts = Counter(e.code for e in found)
        return ", ".join(
            f"{code} {n}" for code, n in sorted(counts.items(), key=lambda c: (-c[1], c[0]))
        )

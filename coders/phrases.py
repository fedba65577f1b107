"""Longest-match lookup of dictionary phrases over the tokens of a sentence.

Phrases are stored as tuples of words in hash maps, so finding every phrase in a sentence costs
a few probes per token whatever the size of the dictionary. A lower-case phrase matches in any
case; a phrase with capitals ("US", "UN") matches only as written. The last word of a phrase may
match a token's lemma as well as its form, so TROOPS finds TROOP and RUSSIANS finds RUSSIAN
without listing plurals; a phrase ending in `*` is a stem, its last word matching any word that
begins with it (ARGENTIN* finds ARGENTINA and ARGENTINE). Accents are not compared: ORBAN
finds Orbán, as the wire services spell names both ways. Nor are hyphens between words: the
PETRARCH files join every word with `_`, so PORT_AU_PRINCE finds Port-au-Prince and KIM_JONG_UN
finds Kim Jong-un.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Generic, TypeVar
from unicodedata import combining, normalize

from spacy.tokens import Doc, Span

T = TypeVar("T")
STEM = "*"
HYPHEN = "-"
FORMS_KEY = "eventcoder.token_forms"
# Letters that Unicode does not split into a letter and a mark ("Støre", "Kılıçdaroğlu"),
# written as the English-language wires write them.
PLAIN_LETTERS = MappingProxyType(
    str.maketrans(
        {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l"}
        | {"Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
        # A typographic apostrophe is the plain one: "People’s" as "People's".
        | {"\u2019": "'"}
    )
)
# The possessive ending, which the tokenizer splits off its word ("People's" is People, 's).
POSSESSIVE = "'s"


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    """Entries found for the tokens `start` to `end` (exclusive) of a document."""

    start: int
    end: int
    entries: tuple[T, ...]

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


@dataclass(frozen=True)
class TokenForms:
    """The forms of every token of a document that lookups compare: lower case, as written,
    lemma, and plain singular. Computed once per document (kept in `doc.user_data`) and shared
    by the actor, agent, discard and issue indexes."""

    lower: list[str]
    text: list[str]
    lemma: list[str]
    singular: list[str]

    @classmethod
    def of(cls, doc: Doc) -> TokenForms:
        forms = doc.user_data.get(FORMS_KEY)
        if not isinstance(forms, cls):
            lower = [fold(t.lower_) for t in doc]
            lemmas = [fold(t.lemma_.lower()) for t in doc]
            text = [fold(t.text) for t in doc]
            forms = cls(lower, text, lemmas, [_singular(w) for w in lower])
            doc.user_data[FORMS_KEY] = forms
        return forms


class PhraseIndex(Generic[T]):
    """Maps word tuples to entries; built once per dictionary set, then only read."""

    def __init__(self, items: Iterable[tuple[str, T]]) -> None:
        table: dict[tuple[str, ...], list[T]] = {}
        stems: dict[tuple[str, ...], list[T]] = {}
        for phrase, entry in items:
            target = stems if phrase.endswith(STEM) else table
            target.setdefault(_words(fold(phrase).rstrip(STEM)), []).append(entry)
        self._table = {key: tuple(values) for key, values in table.items()}
        self._stems = {key: tuple(values) for key, values in stems.items() if key}
        # For each run of leading words, the lengths of the stems that may follow it.
        self._stem_lengths: dict[tuple[str, ...], frozenset[int]] = {}
        for key in self._stems:
            known = self._stem_lengths.get(key[:-1], frozenset())
            self._stem_lengths[key[:-1]] = known | {len(key[-1])}
        # The longest phrase that can start with a given word: most tokens start none, and
        # are passed over with one probe.
        self._starting: dict[str, int] = {}
        for key in list(self._table) + [k for k in self._stems if len(k) > 1]:
            self._starting[key[0]] = max(self._starting.get(key[0], 0), len(key))
        self._stem_starts = {key[0][:2] for key in self._stems if len(key) == 1}
        # The runs of words that begin a longer phrase: a match is tried only as far as the
        # words at a position can still lead to one.
        self._openings = frozenset(
            key[:n] for key in [*self._table, *self._stems] for n in range(1, len(key))
        )

    def __len__(self) -> int:
        return len(self._table) + len(self._stems)

    def lookup(self, phrase: str) -> tuple[T, ...]:
        return self._table.get(_words(fold(phrase)), ())

    def find(self, where: Span | Doc) -> list[PhraseMatch[T]]:
        """Non-overlapping longest matches over a sentence or document, left to right."""
        doc = where.doc if isinstance(where, Span) else where
        position, end = (where.start, where.end) if isinstance(where, Span) else (0, len(doc))
        forms = TokenForms.of(doc)
        matches: list[PhraseMatch[T]] = []
        # Most tokens start no phrase: one probe per form passes them over.
        limits = self._start_limits(forms, position, end)
        first = position
        while position < end:
            limit = limits[position - first]
            if not limit:
                position += 1
                continue
            if limit > 1:
                hyphens = forms.lower[position : position + 2 * limit].count(HYPHEN)
                limit = limit + hyphens if hyphens else self._reach(forms, position, limit)
            match = self._longest_at(forms, position, min(limit, end - position))
            if match is None:
                position += 1
                continue
            matches.append(match)
            position = match.end
        return matches

    def _longest_at(self, forms: TokenForms, position: int, limit: int) -> PhraseMatch[T] | None:
        for stop in range(position + limit, position, -1):
            # A phrase written with capitals is the more specific entry ("US" before "us"),
            # so a user's "Japan" overrides the shipped "japan".
            entries = (
                self._table.get(tuple(forms.text[position:stop]), ())
                or self._entries(forms, position, stop)
                or self._stem_entries(forms.lower[position:stop])
                or self._unhyphenated_entries(forms.lower[position:stop])
            )
            if entries:
                return PhraseMatch(position, stop, entries)
        return None

    def _reach(self, forms: TokenForms, position: int, limit: int) -> int:
        """How many words a phrase starting at `position` can have, at most `limit`: one more
        than the words from there that open a longer phrase, as written or in lower case."""
        openings = self._openings
        reach = 1
        while reach < limit and (
            tuple(forms.lower[position : position + reach]) in openings
            or tuple(forms.text[position : position + reach]) in openings
        ):
            reach += 1
        return reach

    def _start_limits(self, forms: TokenForms, start: int, end: int) -> list[int]:
        """For each token from `start` to `end`, how many words a phrase starting there can
        have (0: none starts there)."""
        starting = self._starting.get
        stems = self._stem_starts
        return [
            max(starting(lower, 0), starting(text, 0), starting(lemma, 0), starting(single, 0))
            or (1 if lower[:2] in stems else 0)
            for lower, text, lemma, single in zip(
                forms.lower[start:end],
                forms.text[start:end],
                forms.lemma[start:end],
                forms.singular[start:end],
                strict=True,
            )
        ]

    def _entries(self, forms: TokenForms, start: int, stop: int) -> tuple[T, ...]:
        words = forms.lower[start:stop]
        found = self._table.get(tuple(words))
        if found:
            return found
        for base in (forms.lemma[stop - 1], forms.singular[stop - 1]):
            if base != words[-1]:
                found = self._table.get((*words[:-1], base))
                if found:
                    return found
        return ()

    def _unhyphenated_entries(self, words: list[str]) -> tuple[T, ...]:
        """The phrase of `words` with the hyphens between them left out."""
        if HYPHEN not in words or words[-1] == HYPHEN or words[0] == HYPHEN:
            return ()
        return self._table.get(tuple(w for w in words if w != HYPHEN), ())

    def _stem_entries(self, words: list[str]) -> tuple[T, ...]:
        lengths = self._stem_lengths.get(tuple(words[:-1]))
        if not lengths:
            return ()
        last = words[-1]
        for size in sorted(lengths, reverse=True):
            if size <= len(last):
                found = self._stems.get((*words[:-1], last[:size]))
                if found:
                    return found
        return ()


def _words(phrase: str) -> tuple[str, ...]:
    """A dictionary phrase's words as the tokenizer splits them: the possessive ending on its
    own ("people's liberation army" is people, 's, liberation, army)."""
    words: list[str] = []
    for word in phrase.split():
        if word.lower().endswith(POSSESSIVE) and len(word) > len(POSSESSIVE):
            words += [word[: -len(POSSESSIVE)], word[-len(POSSESSIVE) :]]
        else:
            words.append(word)
    return tuple(words)


def fold(text: str) -> str:
    """`text` without accents ("Orbán" → "Orban", "Støre" → "Store"); most words are plain
    ASCII already."""
    if text.isascii():
        return text
    return "".join(c for c in normalize("NFKD", text) if not combining(c)).translate(PLAIN_LETTERS)


def _singular(word: str) -> str:
    """A plain -s plural the tagger left alone ("Georgians" tagged as a proper noun), or one
    read with no tagger at all, as triage reads: "companies" is "company"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word

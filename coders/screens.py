"""Sentence screens from the dictionaries: discards (skip a sentence or a story) and issues
(topic codes attached to the events of a sentence)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from coders.dictionaries import DiscardEntry, IssueEntry
from coders.phrases import PhraseIndex

# A year written out ("2008"), which a discard phrase may be.
YEAR_DIGITS = 4


@dataclass(frozen=True)
class DiscardVerdict:
    """Whether a sentence's discard phrases leave it out (`whole`), and the phrases found."""

    whole: bool = False
    phrases: tuple[str, ...] = ()
    # The words of relative clauses that hold a phrase ("a plant that was wrecked by a tsunami
    # 12 years ago"): background, whose verbs code nothing, in a sentence still coded.
    skipped: frozenset[int] = frozenset()


class Discards:
    """Phrases that mark text not to code: sports results, history, entertainment."""

    def __init__(self, entries: Iterable[DiscardEntry]) -> None:
        entries = list(entries)
        self._story = PhraseIndex((e.phrase.lower(), e) for e in entries if e.story)
        self._sentence = PhraseIndex((e.phrase.lower(), e) for e in entries if not e.story)

    def story(self, doc: Doc) -> bool:
        return bool(len(self._story) and self._story.find(doc))

    def sentence(self, sentence: Span, year: int | None = None) -> DiscardVerdict:
        """What the sentence-level phrases do to a parsed sentence (docs/conventions.md,
        "Discard phrases"): any phrase discards it, except one in an appositive, which
        describes a person rather than the event ("Aminul Huq, a one-time national football
        captain, was detained"), one in a SINCE phrase, which measures the event against
        the past ("the biggest assault in Europe since World War Two"), one in a relative
        clause, which tells the background of a noun and is left out alone ("Bongo, who came
        to power in 2009, was detained"), and a year (Phoenix lists 1914-1922 and 1990-2013,
        as history) that is the article's `year` or later: "pledged to reach a deal by the
        end of 2008", in a 2007 story, tells no history."""
        found = self._sentence.find(sentence) if len(self._sentence) else []
        doc = sentence.doc
        found = [m for m in found if not _year_to_come(doc[m.start : m.end].text, year)]
        found = [m for m in found if not _names_a_vote(doc[m.start : m.end])]
        phrases = tuple(sentence.doc[m.start : m.end].text for m in found)
        spans = [doc[m.start : m.end] for m in found]
        clauses = {id(s): _relative_clause(s) for s in spans}
        whole = any(
            not (_describes_a_person(s) or _since_then(s) or clauses[id(s)] is not None)
            for s in spans
        )
        skipped = frozenset(t.i for c in clauses.values() if c is not None for t in c.subtree)
        return DiscardVerdict(whole, phrases, skipped)


def _year_to_come(text: str, year: int | None) -> bool:
    return year is not None and len(text) == YEAR_DIGITS and text.isdigit() and int(text) >= year


# Words of an election that make a landslide its result: "claimed a landslide election win",
# "won by a landslide".
LANDSLIDE = "landslide"
VOTE_WORDS = frozenset({"win", "victory", "election", "vote", "majority", "re-election", "poll"})
WINNING_VERBS = frozenset({"win", "elect", "re-elect"})


def _names_a_vote(words: Span) -> bool:
    """Whether a discarded disaster word is an election's result, not a disaster: "after
    Lukashenko claimed a landslide election win", "re-elected in a landslide"."""
    if not words.text.lower().startswith(LANDSLIDE):
        return False
    root = words.root
    around = [root.head, *root.head.children]
    if any(t.lemma_.lower() in VOTE_WORDS for t in around):
        return True
    return any(t.lemma_.lower() in WINNING_VERBS for t in root.ancestors)


def _since_then(words: Span) -> bool:
    """Whether the words are in a SINCE phrase ("the worst violence since 1945", "the first
    visit since the Second World War"): the past the event is measured against."""
    node = words.root
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        if node.dep_ == "prep" and node.lower_ == SINCE:
            return True
        node = node.head
    return False


SINCE = "since"
# Tags of a participle that heads a reduced relative clause ("men sought in a killing").
REDUCED_RELATIVE_TAGS = frozenset({"VBN", "VBG"})


def _relative_clause(words: Span) -> Token | None:
    """The relative clause the words are in, by its verb ("who came to power [in 2009]", or
    reduced to a participle: "two men sought in a killing [three years ago]"), or None where
    the nearest verb above them heads no relative clause."""
    node = words.root
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node.dep_ == "relcl":
        return node
    return node if _reduced_relative(node) else None


def _reduced_relative(verb: Token) -> bool:
    """A participle that describes the noun before it, with no subject or auxiliary of its own
    ("men sought in a killing"); a clause that has them ("allegations that it had played a
    role") says what the noun holds, and is no relative clause."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    return (
        verb.dep_ == "acl"
        and verb.tag_ in REDUCED_RELATIVE_TAGS
        and not any(c.dep_ in own for c in verb.children)
    )


def _describes_a_person(words: Span) -> bool:
    """Whether a phrase is part of who someone is rather than what happened: an appositive
    ("Aminul Huq, a one-time national football captain") or a title before a name
    ("basketball star Brittney Griner", "former cricket captain Imran Khan")."""
    return _in_appositive(words) or _titles_a_name(words)


def _titles_a_name(words: Span) -> bool:
    node = words.root
    while node.dep_ in {"compound", "amod"} and node.head.i > node.i:
        node = node.head
    return (
        node.i != words.root.i
        and node.i >= words.end
        and node.pos_ == "PROPN"
        and node.ent_type_ in {"", "PERSON"}
    )


def _in_appositive(words: Span) -> bool:
    node = words.root
    while node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
        if node.dep_ == "appos":
            return True
        node = node.head
    return False


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

"""The worklist for growing the dictionaries (`eventcoder dictionaries gaps`).

From parsed articles (with spaCy's named entities) and the sentences that yielded events: the
actors the coder discovered from the text (`coders.discovery`), as candidate dictionary rows
with the code their phrase gave, the dates seen and a count; the names of people,
organisations and places that no actor entry matched; and the verbs of sentences that named
two different actors but gave no event (a verb pattern is likely missing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from coders.actors import actor_code
from coders.articles import Article
from coders.dictionaries import ActorEntry
from coders.discovery import Discovered
from coders.engine import walk_sentences
from coders.lexicon import Lexicon
from coders.phrases import PhraseMatch

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


@dataclass
class Gaps:
    """Counts of unmatched names (by name and entity label) and of verbs of uncoded sentences
    with two actors, each with one example sentence."""

    names: Counter[tuple[str, str]] = field(default_factory=Counter)
    verbs: Counter[str] = field(default_factory=Counter)
    examples: dict[object, str] = field(default_factory=dict)
    articles: int = 0
    # Discovered actors by (name, code), with the article dates they were seen on.
    discovered: Counter[tuple[str, str]] = field(default_factory=Counter)
    seen: dict[tuple[str, str], list[date]] = field(default_factory=dict)

    def add(self, doc: Doc, article: Article, lexicon: Lexicon, coded: set[int]) -> None:
        """Count one parsed article; `coded` holds the indexes of its sentences with events."""
        self.articles += 1
        sentences = enumerate(s for s in doc.sents if s.text.strip())
        for step in walk_sentences(sentences, article, lexicon):
            for found in step.discovered:
                self._count_discovered(found, article.date, step.sentence)
            matches = step.resolver.mentions.actors
            self._count_names(step.sentence, matches)
            if step.index not in coded:
                self._count_verb(step.sentence, matches, article)

    def _count_discovered(self, found: Discovered, day: date, sentence: Span) -> None:
        key = (found.name, found.code)
        self.discovered[key] += 1
        self.seen.setdefault(key, []).append(day)
        self.examples.setdefault(key, sentence.text.strip())

    def _count_names(self, sentence: Span, matches: Sequence[PhraseMatch[ActorEntry]]) -> None:
        matched = {i for m in matches for i in range(m.start, m.end)}
        for entity in sentence.ents:
            inside = set(range(entity.start, entity.end))
            if entity.label_ in ENTITY_LABELS and not matched & inside:
                key = (_name(entity), entity.label_)
                self.names[key] += 1
                self.examples.setdefault(key, sentence.text.strip())

    def _count_verb(
        self, sentence: Span, matches: Sequence[PhraseMatch[ActorEntry]], article: Article
    ) -> None:
        """Count the root verb of a sentence naming two different actors on the article's date."""
        codes = {actor_code(m.entries, article.date) for m in matches} - {None}
        root = sentence.root
        if root.pos_ in {"VERB", "AUX"} and len(codes) >= 2:
            verb = root.lemma_.lower()
            self.verbs[verb] += 1
            self.examples.setdefault(verb, sentence.text.strip())

    def top(self, count: int) -> dict[str, list[dict[str, object]]]:
        return {
            "discovered_actors": [
                self._candidate(name, code, c)
                for (name, code), c in self.discovered.most_common(count)
            ],
            "unmatched_names": [
                {"name": n, "label": label, "count": c, "example": self.examples[(n, label)]}
                for (n, label), c in self.names.most_common(count)
            ],
            "verbs_without_events": [
                {"verb": v, "count": c, "example": self.examples[v]}
                for v, c in self.verbs.most_common(count)
            ],
        }

    def _candidate(self, name: str, code: str, count: int) -> dict[str, object]:
        """A discovered actor as a row to paste into a user's actor file (undated: the
        maintainer adds the dates of the role)."""
        days = self.seen[(name, code)]
        first, last = min(days).isoformat(), max(days).isoformat()
        return {
            "name": name,
            "code": code,
            "count": count,
            "first_seen": first,
            "last_seen": last,
            "row": f"{name.lower()}\t{code}\t\t\tdiscovered; seen {first} to {last}",
            "example": self.examples[(name, code)],
        }


def _name(entity: Span) -> str:
    words = [t for t in entity if not (t.i == entity.start and t.lower_ == "the")]
    return " ".join(t.text for t in words).removesuffix(" 's")


def find_gaps(
    parsed: Iterable[tuple[Doc, Article]], lexicon: Lexicon, coded: dict[str, set[int]]
) -> Gaps:
    """Gaps over parsed articles; `coded` maps article ids to their sentences with events."""
    gaps = Gaps()
    for doc, article in parsed:
        gaps.add(doc, article, lexicon, coded.get(article.id, set()))
    return gaps

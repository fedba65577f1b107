"""Scoring on a set of real news stories in JSON Lines (`realnews-dev.jsonl`'s format): one
sentence a line, with its story, the story's date and the events it reports.

Each story is coded as one article with its date, so that short names and pronouns carry
from sentence to sentence; each event is then put back on the expected sentence it came from,
found by its text (spaCy may split a story's sentences otherwise than the set does).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from coders.articles import Article
from coders.causes import miss_cause
from coders.codebook import is_code_shaped
from coders.errors import InputError
from coders.evaluation import Evaluation, Outcome, Record, Triple
from coders.explain import SentenceExplanation, explain
from coders.pipeline import Coder
from coders.records import CodedArticle

WORD = re.compile(r"\w+")
# A sentence's coded events, the patterns that gave them, and their places.
SentenceEvents = tuple[set[Triple], list[str], dict[Triple, tuple[str, str]]]


@dataclass(frozen=True)
class Story:
    """One story of the set: its id, date and sentences in order (each a `Record`)."""

    id: str
    date: date
    sentences: tuple[Record, ...]

    def article(self) -> Article:
        text = " ".join(record.text for record in self.sentences)
        return Article(id=self.id, date=self.date, text=text, origin=self.id)


def parse_stories(text: str, origin: str = "<stories>") -> list[Story]:
    """Read the set; a line that is not a sentence record raises `InputError` with its line."""
    grouped: dict[str, list[tuple[int, Record]]] = {}
    days: dict[str, date] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            story, day, index, record = _record(line, f"{origin}:{number}")
            grouped.setdefault(story, []).append((index, record))
            days.setdefault(story, day)
    return [
        Story(story, days[story], tuple(r for _, r in sorted(records, key=lambda p: p[0])))
        for story, records in grouped.items()
    ]


def _record(line: str, where: str) -> tuple[str, date, int, Record]:
    try:
        row = json.loads(line)
        story, day, index = str(row["story"]), date.fromisoformat(row["date"]), int(row["sentence"])
        events = {
            (e["source"].upper(), e["target"].upper(), str(e["code"])): e.get("location")
            for e in row["events"]
        }
        text = " ".join(str(row["text"]).split())
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"{where}: not a sentence record ({error})") from error
    unshaped = sorted(code for _, _, code in events if not is_code_shaped(code))
    if unshaped:
        raise InputError(
            f"{where}: {unshaped[0]!r} is not a CAMEO event code (root 01 to 20, up to 4 digits)"
        )
    category = story.split("-", 1)[0]
    places = {triple: str(place) for triple, place in events.items() if place}
    record = Record(f"{story}:{index}", category, day, text, frozenset(events), places)
    return story, day, index, record


def evaluate_stories(stories: list[Story], coder: Coder) -> Evaluation:
    """Code each story as one article and score each expected sentence, with the cause of
    each expected event missed (read from `explain`'s trace of the story)."""
    evaluation = Evaluation()
    coded = coder.code([story.article() for story in stories])
    for story, article in zip(stories, coded, strict=True):
        produced = _by_sentence(story, article)
        traces = _traces(story, coder)
        for position, record in enumerate(story.sentences):
            triples, patterns, places = produced.get(position, (set(), [], {}))
            found = frozenset(triples)
            missed = sorted(record.expected - found)
            causes = tuple(miss_cause(m, found, traces.get(position)) for m in missed)
            outcome = Outcome(record, found, tuple(dict.fromkeys(patterns)), causes, places)
            evaluation.outcomes.append(outcome)
    return evaluation


def _traces(story: Story, coder: Coder) -> dict[int, SentenceExplanation]:
    """The coder's trace of each sentence of the story, by expected sentence."""
    texts = [record.text for record in story.sentences]
    traces: dict[int, SentenceExplanation] = {}
    for trace in explain(story.article().text, story.date, coder):
        traces.setdefault(best_match(trace.text, texts), trace)
    return traces


def _by_sentence(story: Story, coded: CodedArticle) -> dict[int, SentenceEvents]:
    """The events of a coded story, put on the expected sentences their text came from, with
    the patterns that gave them and the places they were given."""
    found: dict[int, SentenceEvents] = {}
    for event in coded.events:
        position = best_match(event.sentence_text, [r.text for r in story.sentences])
        triples, patterns, places = found.setdefault(position, (set(), [], {}))
        triple = (event.source_code, event.target_code, event.event_code)
        triples.add(triple)
        patterns.append(event.matched_pattern)
        if event.location_name is not None and event.location_country is not None:
            places.setdefault(triple, (event.location_name, event.location_country))
    return found


def best_match(sentence: str, candidates: list[str]) -> int:
    """The candidate that holds the sentence (or that the sentence holds); failing that, the
    one that shares the most words with it."""
    text = " ".join(sentence.split())
    for position, candidate in enumerate(candidates):
        if text in candidate or candidate in text:
            return position
    words = set(WORD.findall(text.lower()))
    overlaps = [len(words & set(WORD.findall(c.lower()))) for c in candidates]
    return max(range(len(candidates)), key=lambda p: overlaps[p])

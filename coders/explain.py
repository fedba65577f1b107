"""`eventcoder explain`: how a sentence (or a short text) is coded, step by step.

For each sentence: the parse, in short; the country its unplaced agents take; every actor and
agent phrase found, with its code on the date and the dictionary file and line it came from;
every verb, with the pattern it matched, what its clause made of it (negated, intended, only
the setting ...) and the actors found for it; and the events. The coder's own functions make
each step, so what `explain` says is what `code` does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from spacy.tokens import Span, Token

from coders.actors import actor_code
from coders.arguments import arguments
from coders.articles import Article
from coders.engine import SentenceStep, decide_verb, walk_sentences
from coders.events import describe_pattern
from coders.pipeline import Coder
from coders.places import carried_forward
from coders.records import Event

# Why an event was placed where it was, by `location_source` (docs/conventions.md, Places).
PLACE_REASONS = MappingProxyType(
    {
        "event": "named in its clause",
        "sentence": "named elsewhere in the sentence, in an actor's country",
        "article": "where the same actors met or acted a few sentences before",
        "dateline": "the dateline, in an actor's country",
    }
)


@dataclass(frozen=True)
class Phrase:
    """An actor or agent phrase found in a sentence: its words, its code, where it is from."""

    text: str
    code: str | None
    origin: str


@dataclass(frozen=True)
class VerbStep:
    """One verb: the pattern it matched, what became of it, and the actors found for it."""

    verb: str
    matched: str
    matched_code: str | None
    outcome: str
    code: str | None
    sources: list[str]
    targets: list[str]


@dataclass(frozen=True)
class SentenceExplanation:
    index: int
    text: str
    parse: str
    home: str | None
    discarded: bool  # the whole sentence, by a discard phrase in its main clause
    discard_phrases: list[str]
    # A run's triage would not parse the sentence (`coders.triage`): it names too few actors,
    # so the events below are the ones a run would not code.
    skipped_by_triage: bool
    actors: list[Phrase]
    agents: list[Phrase]
    verbs: list[VerbStep]
    events: list[str]


def explain(text: str, day: date, coder: Coder) -> list[SentenceExplanation]:
    """Each sentence of `text`, coded as one article dated `day`, explained."""
    article = Article(id="explain", date=day, text=text, origin="<explain>")
    doc = coder.parse(" ".join(text.split()))
    sentences = enumerate(s for s in doc.sents if s.text.strip())
    config = coder.config
    steps = list(
        walk_sentences(sentences, article, coder.lexicon, config.unknown_actors, config.coreference)
    )
    # The events as the coder returns them: a follow-up takes the place of the encounter
    # before it (`places.carried_forward`), which only the whole article can tell.
    placed = iter(carried_forward([event for step in steps for event in step.events]))
    kept = _kept_by_triage(text, coder)
    return [
        _explain_step(step, [next(placed) for _ in step.events], coder, day, kept) for step in steps
    ]


def _kept_by_triage(text: str, coder: Coder) -> list[str] | None:
    """The sentences a run would parse, as triage splits them; None where triage is off."""
    if coder.triage is None:
        return None
    return [kept for _, kept in coder.triage.plan(" ".join(text.split())).kept]


def _explain_step(
    step: SentenceStep, placed: list[Event], coder: Coder, day: date, kept: list[str] | None
) -> SentenceExplanation:
    sentence = step.sentence
    mentions = step.resolver.mentions
    doc = sentence.doc
    actors = [
        _phrase(doc[m.start : m.end].text, actor_code(m.entries, day), m.entries)
        for m in mentions.actors
    ]
    agents = [
        _phrase(doc[m.start : m.end].text, m.entries[-1].code, m.entries) for m in mentions.agents
    ]
    verbs = [_verb_step(token, step, coder) for token in sentence if token.pos_ == "VERB"]
    events = [
        f"{e.source_code} → {e.target_code} {e.event_code} ({e.matched_pattern}){_place(e)}"
        for e in placed
    ]
    return SentenceExplanation(
        step.index,
        sentence.text.strip(),
        _parse(sentence),
        step.resolver.home,
        step.discarded.whole,
        list(step.discarded.phrases),
        kept is not None and not any(sentence.text.strip() in k for k in kept),
        actors,
        agents,
        verbs,
        events,
    )


def _place(event: Event) -> str:
    """Where the event was placed and why: " at Nanping, CHN (city, named in its clause)"."""
    if event.location_name is None:
        return ""
    why = PLACE_REASONS.get(event.location_source or "", event.location_source)
    return (
        f" at {event.location_name}, {event.location_country} ({event.location_precision}, {why})"
    )


def _phrase(text: str, code: str | None, entries: tuple) -> Phrase:
    """The phrase with the dictionary row that gave its code: the last file's (a user's file
    overrides the shipped ones)."""
    chosen = next((e for e in reversed(entries) if e.code == code), entries[-1])
    return Phrase(text, code, f"{Path(chosen.source).name}:{chosen.line}")


def _verb_step(verb: Token, step: SentenceStep, coder: Coder) -> VerbStep:
    decision = decide_verb(verb, coder.lexicon)
    matched = describe_pattern(decision.matched) if decision.matched else "-"
    matched_code = decision.matched.code if decision.matched else None
    if decision.pattern is None:
        return VerbStep(verb.text, matched, matched_code, decision.reason, None, [], [])
    sources, targets = arguments(verb, decision.pattern, step.resolver)
    return VerbStep(
        verb.text,
        matched,
        matched_code,
        decision.reason,
        decision.pattern.code,
        [a.code for a in sources],
        [a.code for a in targets],
    )


def _parse(sentence: Span) -> str:
    """word/dependency>head for each word: "Russia/nsubj>met met/ROOT ..."."""
    return " ".join(
        f"{t.text}/{t.dep_}" + ("" if t.head.i == t.i else f">{t.head.text}")
        for t in sentence
        if not t.is_punct
    )


def as_json(explained: list[SentenceExplanation]) -> list[dict]:
    return [asdict(sentence) for sentence in explained]


def as_text(explained: list[SentenceExplanation]) -> str:
    return "\n\n".join(_sentence_text(s) for s in explained)


def _sentence_text(s: SentenceExplanation) -> str:
    lines = [f"sentence {s.index}: {s.text}", f"  parse: {s.parse}"]
    phrases = ", ".join(f'"{p}"' for p in s.discard_phrases)
    if s.discarded:
        lines.append(f"  discarded by a discard phrase: {phrases}")
    elif s.discard_phrases:
        lines.append(
            f"  discard phrase {phrases} in an appositive, a SINCE phrase or a relative clause: "
            "background, the sentence is kept (a relative clause's own verbs code nothing)"
        )
    if s.skipped_by_triage:
        lines.append(
            "  triage: a run does not parse this sentence (it names too few actors), "
            "so it codes none of the events below"
        )
    lines.append(f"  unplaced agents are of: {s.home or '(no country)'}")
    lines.append("  actors:")
    lines += [f'    "{a.text}" {a.code or "(no code on this date)"}  {a.origin}' for a in s.actors]
    lines.append("  agents:")
    lines += [f'    "{a.text}" {a.code}  {a.origin}' for a in s.agents]
    lines.append("  verbs:")
    for v in s.verbs:
        coded = f" → {v.code}" if v.code else ""
        found = f"; sources {', '.join(v.sources) or '-'}; targets {', '.join(v.targets) or '-'}"
        lines.append(f"    {v.verb}: {v.matched}{coded} [{v.outcome}]" + (found if v.code else ""))
    lines.append("  events:")
    lines += [f"    {e}" for e in s.events] or ["    none"]
    return "\n".join(lines)

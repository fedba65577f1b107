"""The coded event record and how it is filled in from a dyad, a pattern and the codebook."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span, Token

from coders.articles import Article
from coders.codebook import Codebook, root_of
from coders.dictionaries import VerbPattern
from coders.places import Place, location_fields
from coders.records import Actor, Event, Provenance


def event_id(
    article_id: str, sentence_index: int, verb: Token, source: str, target: str, code: str
) -> str:
    """Deterministic: the same article coded the same way always gives the same ids."""
    key = f"{article_id}|{sentence_index}|{verb.i - verb.sent.start}|{source}|{target}|{code}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def describe_pattern(pattern: VerbPattern) -> str:
    """`verbs.tsv:120 agree on:cooperation military` — where the rule is and what it says."""
    file, _, line = pattern.origin.rpartition(":")
    return f"{Path(file).name}:{line} {pattern.verb} {pattern.text}".strip()


def verb_text(verb: Token) -> str:
    prt = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *prt])


@dataclass(frozen=True)
class SentenceFacts:
    """What every event of one sentence shares."""

    article: Article
    sentence: Span
    index: int
    issues: str | None
    codebook: Codebook
    provenance: Provenance


def build_event(
    facts: SentenceFacts,
    verb: Token,
    pattern: VerbPattern,
    source: Actor,
    target: Actor,
    code: str | None = None,
    place: Place | None = None,
) -> Event:
    """The event `source` → `target` with the pattern's code (or `code`, for its reverse),
    where it happened if `place` says."""
    article = facts.article
    code = code or pattern.code
    cameo = facts.codebook.get(code)
    return Event(
        event_id=event_id(article.id, facts.index, verb, source.code, target.code, code),
        article_id=article.id,
        sentence_index=facts.index,
        event_date=article.date,
        source_text=source.text,
        source_code=source.code,
        source_country=source.country,
        source_agent=source.agent,
        target_text=target.text,
        target_code=target.code,
        target_country=target.country,
        target_agent=target.agent,
        event_code=code,
        event_root=root_of(code),
        quad_class=cameo.quad_class if cameo else None,
        goldstein=cameo.goldstein if cameo else None,
        plover=cameo.plover if cameo else None,
        issues=facts.issues,
        verb_text=verb_text(verb),
        matched_pattern=describe_pattern(pattern),
        sentence_text=facts.sentence.text.strip(),
        publisher=article.publisher,
        url=article.url,
        coder_version=facts.provenance.coder_version,
        dictionary_version=facts.provenance.dictionary_version,
        source_discovered=source.discovered,
        target_discovered=target.discovered,
        **location_fields(place),
    )

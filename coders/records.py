"""The records the coder passes around and hands out: actors, coded dyads, events, their
provenance, and a coded article. Plain frozen dataclasses without spaCy, so that the warehouse
and the flows can use them without loading a parser (a coded dyad's verb is a spaCy token,
named here for type checking only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from coders.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Token

    from coders.dictionaries import VerbPattern


# An actor no dictionary or rule could code, and the prefixes of codes that are no state nor
# organ of one: international and non-governmental organisations, companies of no country,
# international militants, unidentified armed forces, the international press.
UNKNOWN = "---"
ORGANISATION_PREFIX = "IGO"
STATELESS_PREFIXES = (ORGANISATION_PREFIX, "NGO", "MNC", "IMG", "UAF", "MED", UNKNOWN)
# The agents of actors that speak for a state: the state itself (no agent) and its organs.
STATE_SPEAKERS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


@dataclass(frozen=True)
class Actor:
    """A resolved actor: its CAMEO code and the words of the noun phrase it was found in."""

    code: str
    text: str
    # Coded through a name discovered earlier in the article (`coders.discovery`), not
    # through a dictionary entry.
    discovered: bool = False

    @property
    def country(self) -> str:
        return self.code[:3]

    @property
    def agent(self) -> str | None:
        return self.code[3:6] or None

    @property
    def stateless(self) -> bool:
        """Whether the code names no state or organ of one (`STATELESS_PREFIXES`)."""
        return not self.code or self.code.startswith(STATELESS_PREFIXES)


def one_per_side(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """The `actors` without the bare countries whose own agents are among them: a country and
    its forces or officials are one side ("Palestinian militants fired rockets ... Israel
    responded with strikes on Gaza" has two sides, not three)."""
    agented = {a.country for a in actors if a.agent}
    return tuple(a for a in actors if a.agent or a.country not in agented)


@dataclass(frozen=True)
class Coded:
    """A dyad a verb's pattern coded, before it becomes an event; `reverse` marks the implied
    event the other way round ("B hosted A" of "A visited B")."""

    verb: Token
    pattern: VerbPattern
    source: Actor
    target: Actor
    code: str
    reverse: bool = False


@dataclass(frozen=True)
class Event:
    """One coded who-did-what-to-whom event; the fields are the warehouse's `events` columns."""

    event_id: str
    article_id: str
    sentence_index: int
    event_date: date
    source_text: str
    source_code: str
    source_country: str
    source_agent: str | None
    target_text: str
    target_code: str
    target_country: str
    target_agent: str | None
    event_code: str
    event_root: str
    quad_class: int | None
    goldstein: float | None
    plover: str | None
    issues: str | None
    verb_text: str
    matched_pattern: str
    sentence_text: str
    publisher: str | None
    url: str | None
    coder_version: str
    dictionary_version: str
    # Whether the source or target was coded through a name discovered in the article's text
    # (`coders.discovery`) rather than a dictionary entry.
    source_discovered: bool = False
    target_discovered: bool = False
    # Where the event happened (`coders.places`): null where the text places it nowhere.
    location_name: str | None = None
    location_country: str | None = None
    location_admin1: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    location_precision: str | None = None
    location_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # Every field is a plain value, so no deep copy (dataclasses.asdict) is needed; this is
        # called once per event on each warehouse write.
        return {name: getattr(self, name) for name in EVENT_FIELDS}


EVENT_FIELDS = tuple(f.name for f in fields(Event))


# The coder's own version, recorded with every event beside the dictionaries' content version;
# `recode` codes again what an older version coded. Raised whenever the rules change what is
# coded.
CODER_VERSION = "0.4.0"


@dataclass(frozen=True)
class Provenance:
    """Which coder and dictionaries produced the events of a run."""

    coder_version: str
    dictionary_version: str


@dataclass(frozen=True)
class CodedArticle:
    """An article with the number of sentences it had and the events coded from it."""

    article: Article
    sentences: int
    events: list[Event]
    provenance: Provenance

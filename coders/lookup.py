"""Why a name codes as it does on a date: `eventcoder dictionaries lookup`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coders.actors import actor_code, earlier_dated_entry
from coders.dictionaries import NULL_CODE, ActorEntry, AgentEntry, Dictionaries, normalise_phrase
from coders.phrases import fold


@dataclass(frozen=True)
class Lookup:
    """The entries listing a phrase, the code it takes on `day`, and the reason in words."""

    phrase: str
    day: date
    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    code: str | None
    reason: str

    def as_dict(self) -> dict[str, object]:
        return {
            "phrase": self.phrase,
            "date": self.day.isoformat(),
            "code": self.code,
            "reason": self.reason,
            "actor_entries": [_actor_dict(e) for e in self.actors],
            "agent_entries": [
                {"code": e.code, "before_actor": e.prefix, "file": e.source, "line": e.line}
                for e in self.agents
            ],
        }


def lookup(dictionaries: Dictionaries, text: str, day: date) -> Lookup:
    """The actor entries for `text` as the coder finds them (a name written with capitals
    first, then in any case, then with its hyphens as spaces), the agents it names, and which
    entry decides on `day`."""
    phrase = normalise_phrase(text)
    folded = fold(phrase)  # accents are not compared: "Orbán" is "Orban"
    exact = tuple(e for e in dictionaries.actors if fold(e.name) == folded)
    actors = exact or tuple(e for e in dictionaries.actors if fold(e.name) == folded.lower())
    if not actors and " - " in folded:  # "Port-au-Prince" is the files' PORT_AU_PRINCE
        spaced = folded.lower().replace(" - ", " ")
        actors = tuple(e for e in dictionaries.actors if fold(e.name) == spaced)
    agents = tuple(e for e in dictionaries.agents if fold(e.phrase) == folded.lower())
    code = actor_code(actors, day)
    return Lookup(phrase, day, actors, agents, code, _reason(actors, agents, day, code))


def _reason(
    actors: tuple[ActorEntry, ...], agents: tuple[AgentEntry, ...], day: date, code: str | None
) -> str:
    if not actors:
        if agents:
            codes = ", ".join(sorted({a.code for a in agents}))
            return f"not an actor name; an agent phrase ({codes}) that adds to a named actor"
        return "no dictionary entry lists this name"
    last = actors[-1].source
    overridden = sorted({e.source for e in actors} - {last})
    prefix = ""
    if overridden:
        prefix = f"{last} overrides {', '.join(overridden)} (the last file listing it wins); "
    used = [e for e in actors if e.source == last]
    dated = next((e for e in used if e.dated and e.holds_on(day)), None)
    if dated is not None:
        return prefix + f"the entry dated {_span(dated)} ({_at(dated)}) holds on {day}"
    default = next((e for e in used if not e.dated), None)
    if default is not None and default.code == NULL_CODE:
        return prefix + f"listed with {NULL_CODE} ({_at(default)}) so that it codes nothing"
    earlier = earlier_dated_entry(actors, day)
    if earlier is not None:
        return prefix + (
            f"none of its dated entries holds on {day}, and the earlier file's entry dated "
            f"{_span(earlier)} ({_at(earlier)}) does, before any undated entry"
        )
    if default is None:
        return prefix + f"no entry holds on {day}: none is undated and no date range covers it"
    if code is None:
        return prefix + f"listed with {NULL_CODE} ({_at(default)}) so that it codes nothing"
    return prefix + f"no dated entry holds on {day}; the undated entry ({_at(default)}) applies"


def _span(entry: ActorEntry) -> str:
    return f"{entry.start or '…'} to {entry.end or '…'}"


def _at(entry: ActorEntry) -> str:
    return f"{entry.source}:{entry.line}"


def _actor_dict(entry: ActorEntry) -> dict[str, object]:
    return {
        "code": entry.code,
        "start": entry.start.isoformat() if entry.start else None,
        "end": entry.end.isoformat() if entry.end else None,
        "file": entry.source,
        "line": entry.line,
    }

"""Read the project's own dictionary format (tab-separated, see dictionaries/README.md).

A dictionary directory holds `actors*.tsv`, `agents*.tsv` and `verbs*.tsv` files, read in name
order, so a user adds entries by dropping e.g. `actors.local.tsv` beside the shipped files.
Every row that cannot be read raises `DictionaryError` naming its file and line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coders.errors import DictionaryError

CODE_PATTERN = re.compile(r"^(\d{2,4}|---)$")
ACTOR_CODE_PATTERN = re.compile(r"^([A-Z]{3})+$")
HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")
AGENT_CODE_PATTERN = re.compile(r"^([A-Z]{3})+$")


@dataclass(frozen=True)
class ActorEntry:
    """A name that codes as `code` between `start` and `end` (inclusive; None is open)."""

    name: str
    code: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class AgentEntry:
    """A noun phrase naming a role (MINISTER, TROOPS) and the 3-letter agent code it adds."""

    phrase: str
    code: str


@dataclass(frozen=True)
class PatternTerm:
    """A verb pattern condition: `word` among the verb's complements, inside `prep` if set."""

    word: str | None
    prep: str | None


@dataclass(frozen=True)
class VerbPattern:
    """A verb (lemma, with particle for phrasal verbs) plus conditions, giving a CAMEO code.

    `targets` lists where the target is looked for, in order: `object` or a preposition; empty
    means the coder's default order.
    """

    verb: str
    code: str
    terms: tuple[PatternTerm, ...]
    targets: tuple[str, ...]
    text: str
    origin: str

    @property
    def is_null(self) -> bool:
        """A `---` pattern matches and blocks coding (e.g. HOLD without TALKS)."""
        return self.code == "---"


@dataclass(frozen=True)
class Dictionaries:
    """Everything the coder needs from the dictionary files, with their content version."""

    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    verbs: tuple[VerbPattern, ...]
    version: str
    source: str


def load_dictionaries(directory: Path) -> Dictionaries:
    """Read every dictionary file in `directory` into frozen records."""
    if not directory.is_dir():
        raise DictionaryError(f"{directory}: dictionary directory not found")
    files = sorted(directory.glob("*.tsv"))
    actors = tuple(e for f in _named(files, "actors") for e in read_actors(f))
    agents = tuple(e for f in _named(files, "agents") for e in read_agents(f))
    verbs = tuple(e for f in _named(files, "verbs") for e in read_verbs(f))
    return Dictionaries(actors, agents, verbs, _content_version(files), str(directory))


def _named(files: list[Path], kind: str) -> list[Path]:
    return [f for f in files if f.name.split(".")[0] == kind]


def _content_version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) for each data row, skipping comments, blanks and the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in text.split("\t")]
            if _is_header(cells):
                continue
            if len(cells) > columns:
                raise DictionaryError(f"{path}:{lineno}: expected at most {columns} columns")
            yield lineno, cells + [""] * (columns - len(cells))


def _is_header(cells: list[str]) -> bool:
    return cells[0] in {"name", "phrase", "verb"}


def normalise_phrase(text: str) -> str:
    """Words as spaCy splits them: `_` joins words as in the PETRARCH files, and a hyphen
    inside a word stands alone ("al-Assad" is three tokens)."""
    return " ".join(HYPHEN_IN_WORD.sub(" - ", text.replace("_", " ")).split())


def read_actors(path: Path) -> Iterator[ActorEntry]:
    """Rows: name, code, start (YYYY-MM-DD or empty), end (YYYY-MM-DD or empty), note."""
    for lineno, (name, code, start, end, *_) in _rows(path, 5):
        where = f"{path}:{lineno}"
        if not name or not ACTOR_CODE_PATTERN.match(code):
            raise DictionaryError(f"{where}: actor row needs a name and a code like RUS or RUSGOV")
        entry = ActorEntry(normalise_phrase(name), code, _date(start, where), _date(end, where))
        if entry.start and entry.end and entry.start > entry.end:
            raise DictionaryError(f"{where}: start date {start} is after end date {end}")
        yield entry


def read_agents(path: Path) -> Iterator[AgentEntry]:
    """Rows: phrase, agent code (three letters such as GOV, MIL, REB), note."""
    for lineno, (phrase, code, *_) in _rows(path, 3):
        if not phrase or not AGENT_CODE_PATTERN.match(code):
            raise DictionaryError(f"{path}:{lineno}: agent row needs a phrase and a code like GOV")
        yield AgentEntry(normalise_phrase(phrase), code)


def read_verbs(path: Path) -> Iterator[VerbPattern]:
    """Rows: verb, code, pattern (terms `word` or `prep:word`), targets (`object,with`), note."""
    for lineno, (verb, code, pattern, targets, *_) in _rows(path, 5):
        where = f"{path}:{lineno}"
        if not verb or not CODE_PATTERN.match(code):
            raise DictionaryError(f"{where}: verb row needs a verb and a code like 040 or ---")
        terms = tuple(_term(t, where) for t in pattern.lower().split())
        places = tuple(p.strip() for p in targets.lower().split(",") if p.strip())
        yield VerbPattern(normalise_phrase(verb).lower(), code, terms, places, pattern, where)


def _term(text: str, where: str) -> PatternTerm:
    prep, _, word = text.rpartition(":")
    if ":" in prep or (not word and not prep):
        raise DictionaryError(f"{where}: pattern term {text!r} is not `word` or `prep:word`")
    return PatternTerm(word or None, prep or None)


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise DictionaryError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from exc

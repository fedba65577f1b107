"""Read the project's own dictionary format (tab-separated, see dictionaries/README.md).

A dictionary directory holds `actors*.tsv`, `agents*.tsv`, `verbs*.tsv`, `synsets*.tsv`,
`discards*.tsv`, `issues*.tsv` and `transformations*.tsv` files, read in name order, so a user
adds entries by dropping e.g. `actors.local.tsv` beside the shipped files. Every row that cannot
be read raises `DictionaryError` naming its file and line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from coders.errors import DictionaryError

T = TypeVar("T")

CODE_PATTERN = re.compile(r"^(\d[0-9A-Z]{1,4}|---)$")
ACTOR_CODE_PATTERN = re.compile(r"^([A-Z]{3})+$|^---$")
AGENT_CODE_PATTERN = re.compile(r"^([A-Z]{3})+$")
HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")
TERM = re.compile(r"^(?:(?P<before><)|(?P<prep>[a-z']+):)?(?P<word>&?[^\s:<]*)$")
HEADER_WORDS = frozenset({"name", "phrase", "verb", "set", "rule"})
NULL_CODE = "---"


@dataclass(frozen=True)
class ActorEntry:
    """A name that codes as `code` between `start` and `end` (inclusive; None is open).

    A name ending in `*` is a stem: its last word matches any word that begins with it. The
    code `---` makes the name code nothing (it still hides shorter names inside it)."""

    name: str
    code: str
    start: date | None = None
    end: date | None = None
    source: str = field(default="", compare=False)

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class AgentEntry:
    """A noun phrase naming a role (MINISTER, TROOPS) and the agent code it adds to an actor:
    after the country code (RUS + MIL), or before it when `prefix` (NGO~ in PETRARCH)."""

    phrase: str
    code: str
    prefix: bool = False


@dataclass(frozen=True)
class PatternTerm:
    """A verb pattern condition on a word (or `&set`): among the verb's objects, inside the
    phrase of preposition `prep`, or `before` the verb (its subject and modifiers)."""

    word: str | None
    prep: str | None = None
    before: bool = False


@dataclass(frozen=True)
class VerbPattern:
    """A verb (lemma, with following words for multi-word verbs) plus conditions, giving a
    CAMEO code. `targets` lists where the target is looked for, in order: `object` or a
    preposition; empty means the coder's default order. `reverse` is the code of the event
    the same words imply the other way round: "A visited B" (042) is also "B hosted A" (043),
    written `042:043`."""

    verb: str
    code: str
    terms: tuple[PatternTerm, ...]
    targets: tuple[str, ...]
    text: str
    origin: str
    note: str = ""
    reverse: str | None = None

    @property
    def code_text(self) -> str:
        return f"{self.code}:{self.reverse}" if self.reverse else self.code

    @property
    def is_null(self) -> bool:
        """A `---` pattern matches and blocks coding (e.g. HOLD without TALKS)."""
        return self.code == NULL_CODE


@dataclass(frozen=True)
class Synonym:
    """One member (words, or another `&set`) of a synonym set used in verb patterns."""

    set: str
    member: str


@dataclass(frozen=True)
class Transformation:
    """A PETRARCH verb-on-verb rewrite rule, kept as written (the coder does not apply them)."""

    rule: str
    origin: str


@dataclass(frozen=True)
class DiscardEntry:
    """A phrase whose presence stops coding of its sentence, or of the whole story."""

    phrase: str
    story: bool = False


@dataclass(frozen=True)
class IssueEntry:
    """A phrase that tags the events of its sentence with an issue code; `~` ignores."""

    phrase: str
    code: str

    @property
    def is_ignore(self) -> bool:
        return self.code == "~"


@dataclass(frozen=True)
class Dictionaries:
    """Everything the coder needs from the dictionary files, with their content version."""

    actors: tuple[ActorEntry, ...]
    agents: tuple[AgentEntry, ...]
    verbs: tuple[VerbPattern, ...]
    version: str
    source: str
    synonyms: tuple[Synonym, ...] = ()
    discards: tuple[DiscardEntry, ...] = ()
    issues: tuple[IssueEntry, ...] = ()
    transformations: tuple[Transformation, ...] = ()


def load_dictionaries(directory: Path) -> Dictionaries:
    """Read every dictionary file in `directory` into frozen records."""
    if not directory.is_dir():
        raise DictionaryError(f"{directory}: dictionary directory not found")
    files = sorted(directory.glob("*.tsv"))
    return Dictionaries(
        actors=_all(files, "actors", read_actors),
        agents=_all(files, "agents", read_agents),
        verbs=_all(files, "verbs", read_verbs),
        version=_content_version(files),
        source=str(directory),
        synonyms=_all(files, "synsets", read_synonyms),
        discards=_all(files, "discards", read_discards),
        issues=_all(files, "issues", read_issues),
        transformations=_all(files, "transformations", read_transformations),
    )


def _all(files: list[Path], kind: str, reader: Callable[[Path], Iterator[T]]) -> tuple[T, ...]:
    return tuple(e for f in files if f.name.split(".")[0] == kind for e in reader(f))


def _content_version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) for each data row, skipping comments, blanks and the header."""
    first = True
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in text.split("\t")]
            is_header, first = first and cells[0] in HEADER_WORDS, False
            if is_header:
                continue
            if len(cells) > columns:
                raise DictionaryError(f"{path}:{lineno}: expected at most {columns} columns")
            yield lineno, cells + [""] * (columns - len(cells))


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
        entry = ActorEntry(
            normalise_phrase(name), code, _date(start, where), _date(end, where), path.name
        )
        if entry.start and entry.end and entry.start > entry.end:
            raise DictionaryError(f"{where}: start date {start} is after end date {end}")
        yield entry


def read_agents(path: Path) -> Iterator[AgentEntry]:
    """Rows: phrase, agent code (GOV, MIL, REB; `NGO~` to put it before the actor code), note."""
    for lineno, (phrase, code, *_) in _rows(path, 3):
        bare = code.strip("~")
        if not phrase or not AGENT_CODE_PATTERN.match(bare) or code.startswith("~~"):
            raise DictionaryError(f"{path}:{lineno}: agent row needs a phrase and a code like GOV")
        yield AgentEntry(normalise_phrase(phrase), bare, prefix=code.endswith("~"))


def read_verbs(path: Path) -> Iterator[VerbPattern]:
    """Rows: verb, code, pattern (terms), targets (`object,with`), note."""
    for lineno, (verb, code, pattern, targets, note) in _rows(path, 5):
        where = f"{path}:{lineno}"
        active, _, reverse = code.partition(":")
        if (
            not verb
            or not CODE_PATTERN.match(active)
            or (reverse and not CODE_PATTERN.match(reverse))
        ):
            raise DictionaryError(
                f"{where}: verb row needs a verb and a code like 040, 042:043 or ---"
            )
        places = tuple(p.strip() for p in targets.lower().split(",") if p.strip())
        yield VerbPattern(
            normalise_phrase(verb).lower(),
            active,
            parse_terms(pattern, where),
            places,
            pattern,
            where,
            note,
            reverse if reverse and reverse != NULL_CODE else None,
        )


def parse_terms(pattern: str, where: str) -> tuple[PatternTerm, ...]:
    """`word`, `prep:word`, `prep:`, `<word` and `&set` in any of those places."""
    terms = []
    for text in pattern.lower().split():
        found = TERM.match(text)
        if not found or not (found.group("word") or found.group("prep")):
            raise DictionaryError(
                f"{where}: pattern term {text!r} is not `word`, `prep:word`, `<word` or `&set`"
            )
        terms.append(
            PatternTerm(
                found.group("word") or None, found.group("prep"), bool(found.group("before"))
            )
        )
    return tuple(terms)


def read_synonyms(path: Path) -> Iterator[Synonym]:
    """Rows: set, member (words, or `&other` to include another set), note."""
    for lineno, (name, member, *_) in _rows(path, 3):
        if not name or not member:
            raise DictionaryError(f"{path}:{lineno}: synonym row needs a set and a member")
        yield Synonym(name.lstrip("&").lower(), normalise_phrase(member).lower())


def read_discards(path: Path) -> Iterator[DiscardEntry]:
    """Rows: phrase, scope (`sentence` or `story`), note."""
    for lineno, (phrase, scope, *_) in _rows(path, 3):
        if not phrase or scope not in {"sentence", "story", ""}:
            raise DictionaryError(
                f"{path}:{lineno}: discard row needs a phrase and a scope (sentence or story)"
            )
        yield DiscardEntry(normalise_phrase(phrase), scope == "story")


def read_issues(path: Path) -> Iterator[IssueEntry]:
    """Rows: phrase, issue code (`~` for a phrase that cancels issue coding), note."""
    for lineno, (phrase, code, *_) in _rows(path, 3):
        if not phrase or not code:
            raise DictionaryError(f"{path}:{lineno}: issue row needs a phrase and a code")
        yield IssueEntry(normalise_phrase(phrase), code)


def read_transformations(path: Path) -> Iterator[Transformation]:
    """Rows: rule (as written in PETRARCH), note."""
    for lineno, (rule, *_) in _rows(path, 2):
        yield Transformation(rule, f"{path}:{lineno}")


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise DictionaryError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from exc

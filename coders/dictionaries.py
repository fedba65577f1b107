"""Read the project's own dictionary format (tab-separated, see dictionaries/README.md).

A dictionary directory holds `actors*.tsv`, `agents*.tsv`, `verbs*.tsv`, `synsets*.tsv`,
`discards*.tsv`, `issues*.tsv` and `transformations*.tsv` files, read in name order, so a user
adds entries by dropping e.g. `actors.local.tsv` beside the shipped files. Every row that cannot
be read raises `DictionaryError` naming its file and line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

from coders.errors import DictionaryError

CODE_PATTERN = re.compile(r"^(\d[0-9A-Z]{1,4}|---)$")
# One code (RUS, RUSGOV, a dictionary's own ITHTV), or several joined by `/` for a name that
# stands for more than one actor at once ("the Shire": FRO/BIL/SAM).
ACTOR_CODE_PATTERN = re.compile(r"^[A-Z0-9]{3,}(/[A-Z0-9]{3,})*$|^---$")
AGENT_CODE_PATTERN = re.compile(r"^([A-Z]{3})+$")
HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")
# A word of an act done again or undone, as written ("re-established", "Re-elected",
# "de-escalate"), which the pipeline's tokenizer keeps whole (`pipeline.keep_redone_verbs`).
REDONE_WORD = r"^(?:[Rr]e|[Dd]e)-[a-z]+$"
TERM = re.compile(r"^(?:(?P<before><)|(?P<prep>[a-z']+):)?(?P<word>&?[^\s:<]*)$")
HEADER_WORDS = frozenset({"name", "phrase", "verb", "set", "rule"})
NULL_CODE = "---"
# Joins pattern words that must stand side by side ("economic_memos").
PHRASE_JOINER = "_"


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
    line: int = field(default=0, compare=False)

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
    source: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)


# The pattern term for a compound subject (`<%`) or object (`%`), as PETRARCH writes it.
COMPOUND = "%"


@dataclass(frozen=True)
class PatternTerm:
    """A verb pattern condition on a word (or `&set`): among the verb's objects, inside the
    phrase of preposition `prep`, or `before` the verb (its subject and modifiers)."""

    word: str | None
    prep: str | None = None
    before: bool = False

    @cached_property
    def parts(self) -> tuple[str, ...]:
        """The words (or `&sets`) of the term; `a_b` asks for them side by side, in order."""
        return tuple(p for p in (self.word or "").split(PHRASE_JOINER) if p)

    @property
    def sets(self) -> tuple[str, ...]:
        """The synonym sets the term names, without their `&`."""
        return tuple(p[1:] for p in self.parts if p.startswith("&"))


# A target place written `^in` is the phrase that follows the verb's `in` phrase (PETRARCH's
# `IN ^ +`: "celebrated Iftar in Osgiliath with the leaders of Gondor" is with Gondor).
PLACE_AFTER = "^"


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

    @cached_property
    def plain_words(self) -> frozenset[str]:
        """The words (not sets) its terms ask for: a pattern holds only where each of them
        is somewhere around the verb, which rules most patterns out at once."""
        return frozenset(
            part
            for term in self.terms
            if term.word != COMPOUND
            for part in term.parts
            if not part.startswith("&")
        )

    @property
    def is_null(self) -> bool:
        """A `---` pattern matches and blocks coding (e.g. HOLD without TALKS); `---:030`
        codes only the other way round ("A received assurances from B": B → A 030)."""
        return self.code == NULL_CODE and self.reverse is None

    @property
    def codes_forward(self) -> bool:
        return self.code != NULL_CODE


@dataclass(frozen=True)
class Synonym:
    """One member (words, or another `&set`) of a synonym set used in verb patterns."""

    set: str
    member: str


@dataclass(frozen=True)
class Transformation:
    """A PETRARCH verb-on-verb rule, kept as written and read by `coders.speech`."""

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


KINDS = ("actors", "agents", "verbs", "synsets", "discards", "issues", "transformations")


def load_dictionaries(directory: Path, additions: Sequence[Path] = ()) -> Dictionaries:
    """Read every dictionary file in `directory`, then the user's `additions` (files, or
    directories of files), into frozen records; what is read later wins."""
    files = dictionary_files(directory, additions)
    return Dictionaries(
        actors=_all(files, "actors"),
        agents=_all(files, "agents"),
        verbs=_all(files, "verbs"),
        version=_content_version(files),
        source=str(directory),
        synonyms=_all(files, "synsets"),
        discards=_all(files, "discards"),
        issues=_all(files, "issues"),
        transformations=_all(files, "transformations"),
    )


def dictionary_files(directory: Path, additions: Sequence[Path] = ()) -> list[Path]:
    """The files of `directory` in name order, then the user's additions in the order given."""
    if not directory.is_dir():
        raise DictionaryError(f"{directory}: dictionary directory not found")
    return sorted(directory.glob("*.tsv")) + [f for p in additions for f in _addition(p)]


def _addition(path: Path) -> list[Path]:
    """A user's dictionary file or folder; a file must say by its name what it holds."""
    if path.is_dir():
        return sorted(path.glob("*.tsv"))
    if not path.is_file():
        raise DictionaryError(f"{path}: user dictionary not found")
    if kind_of(path) not in KINDS:
        raise DictionaryError(
            f"{path}: a dictionary file's name starts with what it holds "
            f"({', '.join(KINDS)}), e.g. actors.mine.tsv"
        )
    return [path]


def kind_of(path: Path) -> str:
    return path.name.split(".")[0]


def _all(files: list[Path], kind: str) -> tuple:
    return tuple(e for f in files if kind_of(f) == kind for e in read_file(f, kind))


def content_version(directory: Path, additions: Sequence[Path] = ()) -> str:
    """The version a dictionary set's events record: a hash of its files' names and contents."""
    return _content_version(dictionary_files(directory, additions))


def _content_version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) for each data row, skipping comments, blanks and the header."""
    first = True
    with path.open(encoding="utf-8", newline="") as handle:
        for lineno, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in text.split("\t")]
            is_header, first = first and cells[0] in HEADER_WORDS, False
            if not is_header:
                yield lineno, cells


def normalise_phrase(text: str) -> str:
    """Words as spaCy splits them: `_` joins words as in the PETRARCH files, and a hyphen
    inside a word stands alone ("al-Assad" is three tokens) unless the word is kept whole
    (REDONE_WORD: "de-escalate")."""
    words = text.replace("_", " ").split()
    return " ".join(w if re.match(REDONE_WORD, w) else HYPHEN_IN_WORD.sub(" - ", w) for w in words)


@dataclass(frozen=True)
class Row:
    """One data row of a dictionary file, padded to the columns of its kind."""

    path: Path
    line: int
    cells: list[str]

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _actor(row: Row) -> ActorEntry:
    """Columns: name, code, start (YYYY-MM-DD or empty), end (YYYY-MM-DD or empty), note."""
    name, code, start, end, _ = row.cells
    if not name or not ACTOR_CODE_PATTERN.match(code):
        raise DictionaryError(f"{row.where}: actor row needs a name and a code like RUS or RUSGOV")
    entry = ActorEntry(
        normalise_phrase(name),
        code,
        _date(start, row.where),
        _date(end, row.where),
        row.path.name,
        row.line,
    )
    if entry.start and entry.end and entry.start > entry.end:
        raise DictionaryError(f"{row.where}: start date {start} is after end date {end}")
    return entry


def _agent(row: Row) -> AgentEntry:
    """Columns: phrase, agent code (GOV, MIL, REB; `NGO~` to put it before the actor), note."""
    phrase, code, _ = row.cells
    bare = code.strip("~")
    if not phrase or not AGENT_CODE_PATTERN.match(bare) or code.startswith("~~"):
        raise DictionaryError(f"{row.where}: agent row needs a phrase and a code like GOV")
    return AgentEntry(normalise_phrase(phrase), bare, code.endswith("~"), row.path.name, row.line)


def _verb(row: Row) -> VerbPattern:
    """Columns: verb, code, pattern (terms), targets (`object,with`), note."""
    verb, code, pattern, targets, note = row.cells
    active, _, reverse = code.partition(":")
    if not verb or not CODE_PATTERN.match(active) or (reverse and not CODE_PATTERN.match(reverse)):
        raise DictionaryError(
            f"{row.where}: verb row needs a verb and a code like 040, 042:043 or ---"
        )
    places = tuple(p.strip() for p in targets.lower().split(",") if p.strip())
    return VerbPattern(
        normalise_phrase(verb).lower(),
        active,
        parse_terms(pattern, row.where),
        places,
        pattern,
        row.where,
        note,
        reverse if reverse and reverse != NULL_CODE else None,
    )


def parse_terms(pattern: str, where: str) -> tuple[PatternTerm, ...]:
    """`word`, `prep:word`, `prep:`, `<word` and `&set` in any of those places; `a_b` for
    words side by side."""
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


def _synonym(row: Row) -> Synonym:
    """Columns: set, member (words, or `&other` to include another set), note."""
    name, member, _ = row.cells
    if not name or not member:
        raise DictionaryError(f"{row.where}: synonym row needs a set and a member")
    return Synonym(name.lstrip("&").lower(), normalise_phrase(member).lower())


def _discard(row: Row) -> DiscardEntry:
    """Columns: phrase, scope (`sentence` or `story`), note."""
    phrase, scope, _ = row.cells
    if not phrase or scope not in {"sentence", "story", ""}:
        raise DictionaryError(
            f"{row.where}: discard row needs a phrase and a scope (sentence or story)"
        )
    return DiscardEntry(normalise_phrase(phrase), scope == "story")


def _issue(row: Row) -> IssueEntry:
    """Columns: phrase, issue code (`~` for a phrase that cancels issue coding), note."""
    phrase, code, _ = row.cells
    if not phrase or not code:
        raise DictionaryError(f"{row.where}: issue row needs a phrase and a code")
    return IssueEntry(normalise_phrase(phrase), code)


def _transformation(row: Row) -> Transformation:
    """Columns: rule (as written in PETRARCH), note."""
    return Transformation(row.cells[0], row.where)


# Each kind of file: how many columns its rows have, and how one row is read.
READERS: dict[str, tuple[int, Callable[[Row], object]]] = {
    "actors": (5, _actor),
    "agents": (3, _agent),
    "verbs": (5, _verb),
    "synsets": (3, _synonym),
    "discards": (3, _discard),
    "issues": (3, _issue),
    "transformations": (2, _transformation),
}


def read_file(path: Path, kind: str) -> Iterator:
    """Every entry of one file; the first row that cannot be read raises, naming file and line."""
    for row in _padded_rows(path, kind):
        yield READERS[kind][1](row)


def read_file_tolerantly(path: Path, kind: str) -> tuple[list, list[str]]:
    """Every readable entry of one file, and a message naming file and line for each row that
    is not readable (for `eventcoder dictionaries lint`, which reports them all)."""
    entries, problems = [], []
    try:
        for line, cells in _rows(path):
            try:
                entries.append(READERS[kind][1](_fit(Row(path, line, cells), READERS[kind][0])))
            except DictionaryError as error:
                problems.append(str(error))
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}: cannot be read ({error})")
    return entries, problems


def _padded_rows(path: Path, kind: str) -> Iterator[Row]:
    columns = READERS[kind][0]
    for line, cells in _rows(path):
        yield _fit(Row(path, line, cells), columns)


def _fit(row: Row, columns: int) -> Row:
    if len(row.cells) > columns:
        raise DictionaryError(f"{row.where}: expected at most {columns} columns")
    return Row(row.path, row.line, row.cells + [""] * (columns - len(row.cells)))


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise DictionaryError(f"{where}: {text!r} is not a date (YYYY-MM-DD)") from exc

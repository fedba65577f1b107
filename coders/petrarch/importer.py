"""Convert PETRARCH/TABARI dictionary files into eventcoder's own tab-separated files.

Each input file becomes one or more files named `KIND.0-SOURCE.tsv` in the target directory
(`actors.0-phoenix-countries.tsv`, `verbs.0-cameo-2-0.tsv`, `synsets.0-cameo-2-0.tsv`, ...).
The `0-` makes imported files load before the project's and the user's own, which therefore
take precedence for the same name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coders.dictionaries import (
    ActorEntry,
    AgentEntry,
    DiscardEntry,
    IssueEntry,
    Synonym,
    Transformation,
    VerbPattern,
)
from coders.errors import DictionaryError
from coders.petrarch.actors import read_actors
from coders.petrarch.agents import read_agents
from coders.petrarch.common import Problem, ReadResult
from coders.petrarch.discards import read_discards
from coders.petrarch.issues import read_issues
from coders.petrarch.verbs import VerbDictionary, read_verbs

KINDS = ("actors", "agents", "verbs", "discards", "issues")
HEADERS = {
    "actors": "name\tcode\tstart\tend\tnote",
    "agents": "phrase\tcode\tnote",
    "verbs": "verb\tcode\tpattern\ttargets\tnote",
    "synsets": "set\tmember\tnote",
    "discards": "phrase\tscope\tnote",
    "issues": "phrase\tcode\tnote",
    "transformations": "rule\tnote",
}


@dataclass
class ImportReport:
    """What importing one file read, wrote and could not read."""

    source: Path
    kind: str
    lines_used: int = 0
    written: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def detect_kind(path: Path) -> str:
    """The dictionary kind, from the file name (as the PETRARCH files are named) or content."""
    name = path.name.lower()
    for kind, hints in (
        ("actors", ("actor",)),
        ("agents", ("agent",)),
        ("verbs", ("verb", "cameo")),
        ("discards", ("discard",)),
        ("issues", ("issue",)),
    ):
        if any(h in name for h in hints):
            return kind
    head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    if re.search(r"^---.*\[.*\]\s*---", head, re.MULTILINE):
        return "verbs"
    if "<ISSUE" in head:
        return "issues"
    if re.search(r"\[[A-Z]*~|\[~", head):
        return "agents"
    raise DictionaryError(
        f"{path}: cannot tell which kind of dictionary this is (name it "
        f"*.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt or *.issues.txt)"
    )


def import_file(path: Path, target: Path, kind: str | None = None) -> ImportReport:
    """Read one PETRARCH file and write its eventcoder files into `target`."""
    kind = kind or detect_kind(path)
    reader, writer = CONVERTERS[kind]
    result = reader(path)
    report = ImportReport(path, kind, result.lines_used, problems=list(result.problems))
    target.mkdir(parents=True, exist_ok=True)
    for out_kind, rows in writer(result):
        out = target / f"{out_kind}.0-{_slug(path)}.tsv"
        report.written[out.name] = _write(out, out_kind, path, rows)
    return report


def _slug(path: Path) -> str:
    stem = re.sub(r"\.(actors|agents|verbs|discards|issues)$", "", path.stem, flags=re.I)
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")


def _write(out: Path, kind: str, source: Path, rows: Iterable[tuple[str, ...]]) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"# Imported by `eventcoder dictionaries import` from {source.name}.\n")
        handle.write("# See dictionaries/README.md for the format and NOTICE for the licence.\n")
        handle.write(HEADERS[kind] + "\n")
        for row in rows:
            handle.write("\t".join(_cell(c) for c in row).rstrip("\t") + "\n")
            count += 1
    return count


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\t", " ")


def _actor_rows(result: ReadResult[ActorEntry]):
    yield "actors", ((e.name, e.code, e.start, e.end, "") for e in result.records)


def _agent_rows(result: ReadResult[AgentEntry]):
    yield "agents", ((e.phrase, f"{e.code}~" if e.prefix else e.code, "") for e in result.records)


def _verb_rows(result: ReadResult[VerbDictionary]):
    [found] = result.records
    yield "synsets", ((s.set, s.member, "") for s in _unique(found.synonyms))
    yield "verbs", (_verb_row(p) for p in found.patterns)
    yield "transformations", ((t.rule, _line_of(t.origin)) for t in found.transformations)


def _verb_row(pattern: VerbPattern) -> tuple[str, ...]:
    note = f"{_line_of(pattern.origin)} {pattern.note}".strip()
    return pattern.verb, pattern.code_text, pattern.text, ",".join(pattern.targets), note


def _line_of(origin: str) -> str:
    return "line " + origin.rpartition(":")[2]


def _unique(synonyms: list[Synonym]) -> list[Synonym]:
    return list(dict.fromkeys(synonyms))


def _discard_rows(result: ReadResult[DiscardEntry]):
    yield "discards", ((e.phrase, "story" if e.story else "sentence", "") for e in result.records)


def _issue_rows(result: ReadResult[IssueEntry]):
    yield "issues", ((e.phrase, e.code, "") for e in dict.fromkeys(result.records))


def import_all(files: Iterable[Path], target: Path) -> list[ImportReport]:
    """Import several PETRARCH files into one eventcoder dictionary directory, with the CAMEO
    codebook copied from the shipped dictionaries."""
    from coders.pipeline import DEFAULT_DICTIONARIES

    reports = [import_file(path, target) for path in files]
    codebook = DEFAULT_DICTIONARIES / "cameo_codes.tsv"
    (target / codebook.name).write_bytes(codebook.read_bytes())
    return reports


CONVERTERS: dict[str, tuple[Callable, Callable]] = {
    "actors": (read_actors, _actor_rows),
    "agents": (read_agents, _agent_rows),
    "verbs": (read_verbs, _verb_rows),
    "discards": (read_discards, _discard_rows),
    "issues": (read_issues, _issue_rows),
}

__all__ = ["KINDS", "ImportReport", "Transformation", "detect_kind", "import_all", "import_file"]

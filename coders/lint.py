"""Checks of a dictionary set that the coder itself does not make: `eventcoder dictionaries lint`.

Unreadable rows (malformed dates, codes, patterns) are reported all at once rather than at the
first one; then duplicate and conflicting actor entries, and verb patterns that can never
match (a synonym set nobody defines, or a row that an identical earlier row always beats).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coders.dictionaries import (
    KINDS,
    ActorEntry,
    Synonym,
    VerbPattern,
    dictionary_files,
    kind_of,
    read_file_tolerantly,
)


@dataclass(frozen=True)
class Finding:
    """One problem: `error` (the coder refuses the file), `conflict` or `warning`."""

    severity: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity}: {self.message}"


def lint(directory: Path, additions: Sequence[Path] = ()) -> list[Finding]:
    """Every finding in the dictionary files of `directory` and the user's additions."""
    entries: dict[str, list] = defaultdict(list)
    findings: list[Finding] = []
    for path in dictionary_files(directory, additions):
        if kind_of(path) not in KINDS:  # the codebook, read by its own loader
            continue
        found, problems = read_file_tolerantly(path, kind_of(path))
        entries[kind_of(path)] += found
        findings += [_error(problem) for problem in problems]
    findings += actor_findings(entries["actors"])
    findings += verb_findings(entries["verbs"], entries["synsets"])
    return findings


def _error(problem: str) -> Finding:
    where, _, message = problem.partition(": ")
    return Finding("error", where, message)


def actor_findings(actors: Iterable[ActorEntry]) -> list[Finding]:
    """Rows repeated exactly, and rows of one file that give one name different codes for the
    same dates (the coder would use the first and silently ignore the other)."""
    findings = []
    seen: dict[tuple, ActorEntry] = {}
    by_file_and_name: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for entry in actors:
        key = (entry.name, entry.code, entry.start, entry.end)
        if key in seen:
            first = seen[key]
            findings.append(Finding("warning", _at(entry), f"duplicate of {_at(first)}"))
            continue
        seen[key] = entry
        by_file_and_name[(entry.source, entry.name)].append(entry)
    for group in by_file_and_name.values():
        findings += _conflicts(group)
    return findings


def _conflicts(group: list[ActorEntry]) -> list[Finding]:
    findings = []
    for index, later in enumerate(group):
        for earlier in group[:index]:
            if earlier.code != later.code and _overlap(earlier, later):
                message = (
                    f"{later.name!r} is {later.code} here but {earlier.code} at {_at(earlier)} "
                    "for the same dates; the coder uses the first"
                )
                findings.append(Finding("conflict", _at(later), message))
                break
    return findings


def _overlap(a: ActorEntry, b: ActorEntry) -> bool:
    """Both undated, or date ranges sharing more than a day (the files end one term on the
    day the next begins, which is not a conflict worth reporting)."""
    if not a.dated or not b.dated:
        return not a.dated and not b.dated
    starts = [d for d in (a.start, b.start) if d is not None]
    ends = [d for d in (a.end, b.end) if d is not None]
    return not starts or not ends or max(starts) < min(ends)


def verb_findings(verbs: Iterable[VerbPattern], synonyms: Iterable[Synonym]) -> list[Finding]:
    """Patterns naming an undefined synonym set, and rows that an identical earlier row of the
    same file always beats (within a file the earlier of two equal patterns wins)."""
    defined = {s.set for s in synonyms}
    findings = []
    seen: dict[tuple, VerbPattern] = {}
    for pattern in verbs:
        named = [name for t in pattern.terms for name in t.sets]
        missing = sorted(name for name in named if name not in defined)
        if missing:
            sets = ", ".join(f"&{m}" for m in missing)
            message = f"never matches: {sets} undefined"
            findings.append(Finding("warning", _short(pattern.origin), message))
        key = (pattern.origin.rsplit(":", 1)[0], pattern.verb, pattern.terms, pattern.targets)
        if key in seen:
            first = seen[key]
            message = f"never used: the same pattern at {_short(first.origin)} ({first.code}) wins"
            findings.append(Finding("warning", _short(pattern.origin), message))
        else:
            seen[key] = pattern
    return findings


def _at(entry: ActorEntry) -> str:
    return f"{entry.source}:{entry.line}"


def _short(origin: str) -> str:
    path, _, line = origin.rpartition(":")
    return f"{Path(path).name}:{line}"

"""The warehouse's commit log: which Parquet files are live.

Data files are written first, each atomically; they become part of the warehouse only when a
commit naming them is appended to `_commits.jsonl`. A commit is one JSON line written with a
single append, so a crash leaves either the whole commit or a torn last line that readers
ignore and the next writer cuts off. Files that no commit names (left by a killed run, or
superseded by a recode or a compaction) are never read, and the next writer deletes them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from warehouse.atomic import write_bytes_atomically

LOG_NAME = "_commits.jsonl"


@dataclass(frozen=True)
class Commit:
    """Files (relative to the warehouse root) that a change adds and removes, per table."""

    add: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    remove: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def line(self) -> bytes:
        body = {"add": _lists(self.add), "remove": _lists(self.remove)}
        return (json.dumps(body, sort_keys=True) + "\n").encode("utf-8")


@dataclass
class LiveFiles:
    """The live files of each table, as the replay of every complete commit leaves them."""

    tables: dict[str, set[str]] = field(default_factory=dict)

    def apply(self, commit: Commit) -> None:
        for table, names in commit.remove.items():
            self.tables.setdefault(table, set()).difference_update(names)
        for table, names in commit.add.items():
            self.tables.setdefault(table, set()).update(names)

    def of(self, table: str) -> list[str]:
        return sorted(self.tables.get(table, ()))

    def everything(self) -> set[str]:
        return set().union(*self.tables.values()) if self.tables else set()

    def as_commit(self) -> Commit:
        return Commit(add={t: tuple(sorted(n)) for t, n in self.tables.items() if n})


def read_log(root: Path) -> LiveFiles:
    """Replay the log; a torn last line (a commit cut short by a crash) does not count."""
    live = LiveFiles()
    path = root / LOG_NAME
    if not path.exists():
        return live
    for line in _complete_lines(path.read_bytes()):
        body = json.loads(line)
        live.apply(Commit(_tuples(body.get("add", {})), _tuples(body.get("remove", {}))))
    return live


def append(root: Path, commit: Commit) -> None:
    """Append one commit durably: a single write, then fsync."""
    descriptor = os.open(root / LOG_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, commit.line())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def checkpoint(root: Path, live: LiveFiles) -> None:
    """Replace the log by one commit that adds the live files (write aside, then rename)."""
    write_bytes_atomically(root / LOG_NAME, live.as_commit().line())


def repair(root: Path) -> None:
    """Cut a torn last line off the log so that the next commit starts on a line of its own."""
    path = root / LOG_NAME
    if not path.exists():
        return
    data = path.read_bytes()
    keep = len(b"".join(line + b"\n" for line in _complete_lines(data)))
    if keep != len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)


def size(root: Path) -> int:
    path = root / LOG_NAME
    return path.stat().st_size if path.exists() else 0


def exists(root: Path) -> bool:
    return (root / LOG_NAME).exists()


def _complete_lines(data: bytes) -> list[bytes]:
    """Lines that end in a newline and parse as JSON, up to the first one that does not."""
    lines = []
    for line in data.split(b"\n")[:-1]:
        try:
            json.loads(line)
        except ValueError:
            break
        lines.append(line)
    return lines


def _lists(tables: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    return {table: sorted(names) for table, names in tables.items() if names}


def _tuples(tables: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    return {table: tuple(names) for table, names in tables.items()}

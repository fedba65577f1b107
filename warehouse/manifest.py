"""The warehouse's commit log: which Parquet files are live.

Data files are written first, each atomically; they become part of the warehouse only when a
commit naming them is appended to `_commits.jsonl`. A commit is one JSON line written with a
single append, so a crash leaves either the whole commit or a torn last line that readers
ignore and the next writer cuts off. Files that no commit names (left by a killed run, or
superseded by a recode or a compaction) are never read, and the next writer deletes them.

Only the last line can be torn. A line before it that cannot be read is damage (a disk
fault, a hand edit): reading the log then raises `LogDamaged` naming the line, so that no
writer acts on a partial view of the warehouse; `eventcoder warehouse repair` rebuilds it.
Each commit records its id and, for each file it adds, the size and SHA-256 the file had when
committed, so `eventcoder warehouse verify` can tell a file changed outside eventcoder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coders.errors import LogDamaged, WarehouseError
from warehouse.atomic import write_bytes_atomically

LOG_NAME = "_commits.jsonl"


@dataclass(frozen=True)
class FileFacts:
    """What a data file was when committed: its size in bytes and SHA-256 (hex)."""

    size: int
    sha256: str


@dataclass(frozen=True)
class Commit:
    """Files (relative to the warehouse root) that a change adds and removes, per table, with
    the commit's id and the facts of the files it adds."""

    add: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    remove: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    id: str = ""
    facts: Mapping[str, FileFacts] = field(default_factory=dict)
    note: str = ""

    def line(self) -> bytes:
        body: dict = {"add": _lists(self.add), "remove": _lists(self.remove)}
        if self.id:
            body["id"] = self.id
        if self.facts:
            body["files"] = {n: [f.size, f.sha256] for n, f in sorted(self.facts.items())}
        if self.note:
            body["note"] = self.note
        return (json.dumps(body, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, body: dict) -> Commit:
        facts = {name: FileFacts(*value) for name, value in body.get("files", {}).items()}
        return cls(
            _tuples(body.get("add", {})),
            _tuples(body.get("remove", {})),
            body.get("id", ""),
            facts,
            body.get("note", ""),
        )


@dataclass
class LiveFiles:
    """The live files of each table, as the replay of every complete commit leaves them, with
    the facts recorded for them, the ids of the commits replayed and the files they retired
    (replaced by a recode or a compaction, deleted by the next writer)."""

    tables: dict[str, set[str]] = field(default_factory=dict)
    facts: dict[str, FileFacts] = field(default_factory=dict)
    commits: set[str] = field(default_factory=set)
    retired: set[str] = field(default_factory=set)

    def apply(self, commit: Commit) -> None:
        for table, names in commit.remove.items():
            self.tables.setdefault(table, set()).difference_update(names)
            self.retired.update(names)
        for table, names in commit.add.items():
            self.tables.setdefault(table, set()).update(names)
        self.facts.update(commit.facts)
        if commit.id:
            self.commits.add(commit.id)

    def of(self, table: str) -> list[str]:
        return sorted(self.tables.get(table, ()))

    def everything(self) -> set[str]:
        return set().union(*self.tables.values()) if self.tables else set()

    def table_of(self, name: str) -> str | None:
        return next((t for t, names in self.tables.items() if name in names), None)

    def as_commit(self, note: str = "") -> Commit:
        live = self.everything()
        return Commit(
            add={t: tuple(sorted(n)) for t, n in self.tables.items() if n},
            id="checkpoint",
            facts={n: f for n, f in self.facts.items() if n in live},
            note=note,
        )


def read_log(root: Path) -> LiveFiles:
    """Replay the log; a torn last line (a commit cut short by a crash) does not count, and a
    damaged line anywhere else raises `LogDamaged`."""
    live = LiveFiles()
    path = root / LOG_NAME
    if not path.exists():
        return live
    for commit in _commits(path, path.read_bytes()):
        live.apply(commit)
    return live


def read_readable(root: Path) -> tuple[LiveFiles, list[int]]:
    """Replay every line that can be read, skipping damaged ones; returns the live files and
    the numbers of the lines skipped (for `repair`)."""
    live = LiveFiles()
    skipped = []
    data = (root / LOG_NAME).read_bytes() if exists(root) else b""
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        body = _parsed(line)
        if body is None:
            skipped.append(number)
        else:
            live.apply(Commit.parse(body))
    return live, skipped


def append(root: Path, commit: Commit) -> None:
    """Append one commit durably: a single write, then fsync. If the system refuses it (disk
    full), the partial line is cut again so the log stays as it was."""
    path = root / LOG_NAME
    before = size(root)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(descriptor, commit.line())
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        if path.exists() and size(root) > before:
            os.truncate(path, before)
        raise WarehouseError(f"{path}: could not commit: {error.strerror or error}") from error


def checkpoint(root: Path, live: LiveFiles, note: str = "") -> None:
    """Replace the log by one commit that adds the live files (write aside, then rename)."""
    write_bytes_atomically(root / LOG_NAME, live.as_commit(note).line())


def cut_torn_tail(root: Path) -> None:
    """Cut a torn last line off the log so that the next commit starts on a line of its own
    (raises `LogDamaged`, cutting nothing, if an earlier line is damaged)."""
    path = root / LOG_NAME
    if not path.exists():
        return
    data = path.read_bytes()
    keep = _torn_at(path, data)
    if keep != len(data):
        with path.open("r+b") as handle:
            handle.truncate(keep)


def size(root: Path) -> int:
    path = root / LOG_NAME
    return path.stat().st_size if path.exists() else 0


def exists(root: Path) -> bool:
    return (root / LOG_NAME).exists()


def _commits(path: Path, data: bytes) -> list[Commit]:
    """The commits of the log up to its torn tail, if it has one."""
    whole = data[: _torn_at(path, data)]
    return [Commit.parse(json.loads(line)) for line in whole.split(b"\n") if line.strip()]


def _torn_at(path: Path, data: bytes) -> int:
    """Where the log's torn tail starts (its length if it has none). The torn tail is what
    follows the last newline, or else the last line if it cannot be read; an unreadable line
    before it is damage."""
    lines = data.split(b"\n")
    tail = lines.pop()  # the bytes after the last newline: a commit cut short, or nothing
    offset = 0
    for number, line in enumerate(lines, start=1):
        if line.strip() and _parsed(line) is None:
            if number == len(lines) and not tail.strip():
                return offset
            raise LogDamaged(
                f"{path}:{number}: this line of the commit log is damaged, so the warehouse's "
                "live files are unknown; nothing was changed or deleted. Run `eventcoder "
                "warehouse repair` to rebuild the log from the data files"
            )
        offset += len(line) + 1
    return offset


def _parsed(line: bytes) -> dict | None:
    try:
        body = json.loads(line)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _lists(tables: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    return {table: sorted(names) for table, names in tables.items() if names}


def _tuples(tables: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    return {table: tuple(names) for table, names in tables.items()}

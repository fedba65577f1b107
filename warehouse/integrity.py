"""Checking a warehouse's files against its commit log, and repairing the log from the files.

`verify` only reads. `repair` is explicit, never run on its own: it rebuilds the log from the
lines that can still be read and from the commit ids the data files carry, drops the files
that are missing or cannot be read (listing the articles they held rows of, to recode), and
keeps the old log beside the new one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq

from warehouse import manifest
from warehouse.schema import TABLES
from warehouse.store import (
    ARTICLE_TABLES,
    COMMIT_FILES_KEY,
    COMMIT_KEY,
    Warehouse,
    file_facts,
)

# Where `repair` moves the dropped files that are still on disk.
QUARANTINE = "_dropped"
UNCOMMITTED = (
    "not named by any commit (added by hand, or left by an interrupted run: the next run "
    "deletes it)"
)


@dataclass(frozen=True)
class Finding:
    """One file that is not as the commit log says: its path (relative to the warehouse)
    and what is wrong with it."""

    name: str
    problem: str

    def __str__(self) -> str:
        return f"{self.name}: {self.problem}"


@dataclass(frozen=True)
class Verification:
    """What `verify` found: problems (the warehouse is not as committed), and files that are
    on disk but not live for a known reason (replaced, awaiting the next writer)."""

    checked: int
    problems: list[Finding]
    retired: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(warehouse: Warehouse) -> Verification:
    """Check every live file exists, with the size and SHA-256 its commit recorded (or, for
    files committed before those were recorded, that its Parquet footer reads), and list data
    files no commit names. Raises `LogDamaged` if the log itself is damaged."""
    live = manifest.read_log(warehouse.root)
    committed = live.everything()
    problems = [
        Finding(name, problem)
        for name in sorted(committed)
        if (problem := _file_problem(warehouse.root / name, live.facts.get(name)))
    ]
    retired = []
    for path in _data_files(warehouse):
        name = _name(warehouse, path)
        if name in committed:
            continue
        if name in live.retired:
            retired.append(name)
        else:
            problems.append(Finding(name, UNCOMMITTED))
    return Verification(len(committed), problems, retired)


def _file_problem(path: Path, facts: manifest.FileFacts | None) -> str:
    """What is wrong with a committed file, or '' if nothing."""
    if not path.exists():
        return "missing"
    if facts is None:
        return "" if _readable(path) else "cannot be read as Parquet"
    if path.stat().st_size != facts.size:
        return f"changed outside eventcoder: {path.stat().st_size} bytes, committed {facts.size}"
    if file_facts(path).sha256 != facts.sha256:
        return "changed outside eventcoder: its SHA-256 differs from the one committed"
    return ""


@dataclass
class Repair:
    """What `repair` did."""

    skipped_lines: list[int] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    dropped: list[Finding] = field(default_factory=list)
    accepted: list[Finding] = field(default_factory=list)
    articles_to_recode: list[str] = field(default_factory=list)
    backup: Path | None = None

    def lines(self) -> list[str]:
        lines = [f"damaged log lines skipped: {self.skipped_lines}"] if self.skipped_lines else []
        lines += [f"adopted from its commit id: {name}" for name in self.adopted]
        lines += [f"dropped: {finding}" for finding in self.dropped]
        lines += [f"kept as changed: {finding}" for finding in self.accepted]
        if self.articles_to_recode:
            lines.append(
                f"{len(self.articles_to_recode)} articles lost rows with the dropped files; "
                "code them again (eventcoder recode --force --id ID, or run their input "
                "again): " + " ".join(self.articles_to_recode)
            )
        if self.dropped:
            lines.append(f"dropped files still on disk are kept in {QUARANTINE}/")
        if self.backup:
            lines.append(f"the previous log is kept as {self.backup.name}")
        return lines or ["nothing to repair: every committed file is as committed"]


def repair(warehouse: Warehouse) -> Repair:
    """Rebuild the commit log so that it names exactly the data files that can be read.
    The caller holds the warehouse lock (without the writer's recovery, which would refuse a
    damaged log)."""
    root = warehouse.root
    live, skipped = manifest.read_readable(root)
    report = Repair(skipped_lines=skipped)
    report.adopted = _adopt_orphans(warehouse, live)
    for name in sorted(live.everything()):
        problem = _file_problem(root / name, live.facts.get(name))
        if problem.startswith("changed") and _readable(root / name, _table(name)):
            live.facts[name] = file_facts(root / name)
            report.accepted.append(Finding(name, problem))
        elif problem:
            report.dropped.append(Finding(name, problem))
    report.articles_to_recode = _articles_of(warehouse, live, report.dropped)
    for finding in report.dropped:
        live.tables[_table(finding.name)].discard(finding.name)
        _quarantine(root, finding.name)
    if skipped or report.adopted or report.dropped or report.accepted:
        report.backup = _keep_old_log(root)
        manifest.checkpoint(root, live, note=f"repair: {'; '.join(report.lines())}")
    return report


def _adopt_orphans(warehouse: Warehouse, live: manifest.LiveFiles) -> list[str]:
    """Add the files of commits the log no longer shows (their line was damaged), when every
    file such a commit added is present; returns their names."""
    by_commit: dict[str, list[tuple[str, int]]] = defaultdict(list)
    known = live.everything() | live.retired
    for path in _data_files(warehouse):
        name = _name(warehouse, path)
        if name in known:
            continue
        stamp = _stamp(path)
        if stamp and stamp[0] not in live.commits:
            by_commit[stamp[0]].append((name, stamp[1]))
    adopted = []
    for files in by_commit.values():
        if len(files) == files[0][1]:  # a whole commit, not one cut short before its line
            for name, _ in files:
                live.tables.setdefault(_table(name), set()).add(name)
                live.facts[name] = file_facts(warehouse.root / name)
                adopted.append(name)
    return sorted(adopted)


def _articles_of(
    warehouse: Warehouse, live: manifest.LiveFiles, dropped: list[Finding]
) -> list[str]:
    """The articles that lost rows with the dropped files, told by the readable files that
    were written with them (same batch name): for an events file, the articles whose stored
    event count is now more than their live events; for an articles or texts file, the ids in
    the other one of that month."""
    gone = {f.name for f in dropped}
    kept = [n for n in live.everything() - gone if _table(n) in ARTICLE_TABLES]
    ids: set[str] = set()
    for name in gone:
        table, batch = _table(name), _batch(name)
        siblings = [n for n in kept if _batch(n) == batch]
        if table == "events":
            ids |= _short_of_events(warehouse, siblings)
        elif table in ARTICLE_TABLES:
            month = name.split("/", 1)[1].rsplit("/", 1)[0]
            ids |= _ids(warehouse, [n for n in siblings if f"/{month}/" in n])
    return sorted(ids)


def _short_of_events(warehouse: Warehouse, names: list[str]) -> set[str]:
    stored: dict[str, int] = {}
    for name in (n for n in names if _table(n) == "articles"):
        table = pq.read_table(warehouse.root / name, columns=["article_id", "event_count"])
        stored.update(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))
    found: dict[str, int] = defaultdict(int)
    for name in (n for n in names if _table(n) == "events"):
        for article_id in pq.read_table(warehouse.root / name, columns=["article_id"])[0]:
            found[article_id.as_py()] += 1
    return {a for a, count in stored.items() if (count or 0) > found[a]}


def _ids(warehouse: Warehouse, names: list[str]) -> set[str]:
    ids: set[str] = set()
    for name in names:
        ids.update(pq.read_table(warehouse.root / name, columns=["article_id"])[0].to_pylist())
    return ids


def _batch(name: str) -> str:
    """The batch part of a data file's name (`part-<batch>-s<schema>.parquet`)."""
    return Path(name).name.rsplit("-s", 1)[0]


def _quarantine(root: Path, name: str) -> Path | None:
    """Move a dropped file that is still on disk out of the tables, into `_dropped/`, where
    no writer deletes it and the user can look at it."""
    path = root / name
    if not path.exists():
        return None
    target = root / QUARANTINE / name
    target.parent.mkdir(parents=True, exist_ok=True)
    path.replace(target)
    return target


def _keep_old_log(root: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup = root / f"{manifest.LOG_NAME}.before-repair-{stamp}"
    if manifest.exists(root):
        backup.write_bytes((root / manifest.LOG_NAME).read_bytes())
    return backup


def _stamp(path: Path) -> tuple[str, int] | None:
    """The commit id and file count a data file carries, if it can be read and has them."""
    try:
        metadata = pq.read_schema(path).metadata or {}
    except (OSError, ValueError):
        return None
    if COMMIT_KEY not in metadata:
        return None
    return metadata[COMMIT_KEY].decode(), int(metadata.get(COMMIT_FILES_KEY, b"0"))


def _readable(path: Path, table: str | None = None) -> bool:
    """Whether a file reads whole as Parquet (with the table's columns, if one is given)."""
    try:
        columns = pq.read_table(path).column_names
    except (OSError, ValueError):
        return False
    return table is None or set(TABLES[table].names) <= set(columns)


def _data_files(warehouse: Warehouse) -> list[Path]:
    return sorted(p for table in TABLES for p in warehouse.files_on_disk(table))


def _name(warehouse: Warehouse, path: Path) -> str:
    return path.relative_to(warehouse.root).as_posix()


def _table(name: str) -> str:
    return name.split("/", 1)[0]

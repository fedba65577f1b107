"""Writing coded articles to the partitioned Parquet store, atomically and without duplicates."""

from __future__ import annotations

import fcntl
import hashlib
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import uuid4

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from coders.errors import WarehouseBusy, WarehouseError
from warehouse import manifest
from warehouse.atomic import replace_atomically
from warehouse.schema import PARTITION_DATE, TABLES, fingerprint

if TYPE_CHECKING:
    from coders.records import CodedArticle

ROW_GROUP_SIZE = 128_000
PARTITION_GLOB = "year=*/month=*/*.parquet"
# A commit log longer than this is rewritten as one commit when a writer takes the lock.
CHECKPOINT_BYTES = 4_000_000
# How long `sweep` waits after a new catalog is published before deleting the files the old
# one named: a query that opened the old catalog opens its files well within this.
SWEEP_GRACE_SECONDS = 2.0
# What a killed catalog refresh or log checkpoint leaves in the warehouse's top folder.
STALE_TEMPORARIES = (".catalog.*.duckdb", ".catalog.*.duckdb.wal", f".{manifest.LOG_NAME}.*.tmp")
# The tables whose rows belong to an article, replaced together when it is re-coded.
ARTICLE_TABLES = ("events", "articles", "texts")
# Parquet key-value metadata every data file carries: the commit that added it, and how many
# files that commit adds, so that `warehouse repair` can rebuild the log from the files.
COMMIT_KEY = b"eventcoder.commit"
COMMIT_FILES_KEY = b"eventcoder.commit_files"


@dataclass(frozen=True)
class WriteResult:
    """What one write added: file paths, and the articles and events in them."""

    files: tuple[Path, ...]
    articles: int
    events: int


class Warehouse:
    """A directory of Parquet tables (`events/`, `articles/`, ...), the commit log that says
    which of their files are live, and a DuckDB catalog file."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().resolve()
        if self.root.exists() and not self.root.is_dir():
            raise WarehouseError(f"{self.root}: is a file, not a warehouse folder")

    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.duckdb"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def files(self, table: str) -> list[Path]:
        """The live files of a table: those the commit log names (or, in a warehouse written
        before the log existed, every Parquet file in the table's partitions)."""
        if not manifest.exists(self.root):
            return self.files_on_disk(table)
        return [self.root / name for name in manifest.read_log(self.root).of(table)]

    def files_on_disk(self, table: str) -> list[Path]:
        """Every Parquet file in a table's partitions, live or not."""
        return sorted(self.table_dir(table).glob(PARTITION_GLOB))

    def coded_articles(self) -> tuple[set[str], set[str]]:
        """Ids and content hashes of every article already in the store."""
        ids: set[str] = set()
        hashes: set[str] = set()
        for path in self.files("articles"):
            table = read_data(path, ["article_id", "content_hash"])
            ids.update(table.column("article_id").to_pylist())
            hashes.update(table.column("content_hash").to_pylist())
        return ids, hashes

    @contextmanager
    def lock(self, recover: bool = True) -> Iterator[None]:
        """Hold the warehouse for one writer; a second run at the same time stops at once
        with `WarehouseBusy` instead of interleaving its files with the first. Taking the
        lock first clears what an interrupted writer left behind (unless `recover` is false,
        as for a reader that only rebuilds the catalog)."""
        self.root.mkdir(parents=True, exist_ok=True)
        with (self.root / ".lock").open("a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise WarehouseBusy(
                    f"{self.root}: another eventcoder run is writing to this warehouse; "
                    "run again when it has finished"
                ) from exc
            try:
                if recover:
                    self.recover()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def check_free(self) -> None:
        """Raise `WarehouseBusy` now if another run is writing, so that a second writer is
        refused before it loads anything (the run takes the lock for good later)."""
        with self.lock(recover=False):
            pass

    def sweep(self) -> list[Path]:
        """After a recode or compaction has published its catalog: wait a moment, so that a
        query that opened the previous catalog has opened its files, then delete the files
        the log no longer names. The caller holds the lock."""
        if not self._superseded():
            return []
        time.sleep(SWEEP_GRACE_SECONDS)
        return self.recover()

    def _superseded(self) -> bool:
        live = manifest.read_log(self.root).everything()
        return any(_relative(self.root, p) not in live for p in self._all_data_files())

    def recover(self) -> list[Path]:
        """Cut a torn commit, adopt a warehouse written before the commit log, and delete
        files no commit names (half-written or superseded ones); returns what was deleted.
        A committed file that is missing stops it before anything is deleted: the log and
        the files disagree, which only `eventcoder warehouse repair` settles."""
        self.root.mkdir(parents=True, exist_ok=True)
        manifest.cut_torn_tail(self.root)
        if not manifest.exists(self.root):
            adopted = {t: {_relative(self.root, p) for p in self.files(t)} for t in TABLES}
            manifest.checkpoint(self.root, manifest.LiveFiles(adopted))
        log = manifest.read_log(self.root)
        live = log.everything()
        missing = sorted(name for name in live if not (self.root / name).exists())
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise WarehouseError(
                f"{self.root / missing[0]}{more}: {_unreadable(FileNotFoundError())}"
            )
        if manifest.size(self.root) > CHECKPOINT_BYTES:  # keep the replay short
            manifest.checkpoint(self.root, log)
        stray = [p for p in self._all_data_files() if _relative(self.root, p) not in live]
        stray += [p for pattern in STALE_TEMPORARIES for p in self.root.glob(pattern)]
        for path in stray:
            path.unlink(missing_ok=True)
        return stray

    def write(self, coded: Sequence[CodedArticle], run_id: str) -> WriteResult:
        """Write one batch (events, articles, texts) and commit it: all of it becomes
        visible at once, or, after a crash, none of it.

        File names derive from the batch's content, so writing the same batch again (a retry)
        replaces its files instead of adding copies.
        """
        if not coded:
            return WriteResult((), 0, 0)
        groups = _batch_groups(coded, run_id)
        files = NewFiles(self.root, _group_count(groups))
        self._write_groups(files, groups, _batch_name(coded))
        manifest.append(self.root, files.commit())
        return self._result(files.added, coded)

    def replace(self, coded: Sequence[CodedArticle], run_id: str) -> WriteResult:
        """Swap the stored rows of these articles for their new coding, in one commit:
        the files that held them are rewritten without them, and the new rows added.

        The replaced files stay on disk, out of the log, until `sweep` after the catalog is
        refreshed (or the next writer): the catalog readers use until then still names them."""
        if not coded:
            return WriteResult((), 0, 0)
        ids = {c.article.id for c in coded}
        months = {(c.article.date.year, c.article.date.month) for c in coded}
        holding = self._files_holding(ids, months)
        groups = _batch_groups(coded, run_id)
        files = NewFiles(self.root, sum(keeps for *_, keeps in holding) + _group_count(groups))
        removed = self._rewrite_without(files, ids, holding)
        self._write_groups(files, groups, f"r{uuid4().hex[:16]}")
        manifest.append(self.root, files.commit(remove=removed))
        return self._result(files.added, coded)

    def compact(self) -> CompactResult:
        """Merge each partition's live files into one, in one commit; the rows do not change.
        The merged files are deleted by `sweep`, as after `replace`."""
        merges = [
            (table, directory, paths)
            for table in TABLES
            for directory, paths in _by_partition(self.files(table)).items()
            if len(paths) > 1
        ]
        files = NewFiles(self.root, len(merges))
        removed: dict[str, tuple[str, ...]] = {}
        for table, directory, paths in merges:
            merged = _sorted(_read_aligned(paths, TABLES[table]), table)
            files.write(table, directory, f"c{uuid4().hex[:16]}", merged)
            removed[table] = removed.get(table, ()) + _relatives(self.root, paths)
        if removed:
            manifest.append(self.root, files.commit(remove=removed))
        manifest.checkpoint(self.root, manifest.read_log(self.root))
        return CompactResult(sum(len(v) for v in removed.values()), len(merges))

    def load(self, table: str, data: pa.Table, name: str) -> list[Path]:
        """Add rows already in a table's schema (a bulk import), one file per month, in one
        commit; `name` names the files."""
        column = data.column(PARTITION_DATE[table])
        keys = pc.add(pc.multiply(pc.year(column), 100), pc.month(column))
        unique = pc.unique(keys).to_pylist()
        files = NewFiles(self.root, len(unique))
        for key in unique:
            month = data.filter(pc.equal(keys, key)).cast(TABLES[table])
            files.write(table, self._partition(table, key // 100, key % 100), name, month)
        manifest.append(self.root, files.commit())
        return [self.root / n for n in files.added.get(table, ())]

    def record_sources(self, rows: list[dict], run_id: str) -> list[Path]:
        """Record input files taken in (path, content hash, size, time), in one commit."""
        if not rows:
            return []
        return self._commit_groups({"sources": rows}, f"src-{_short_hash(run_id)}")

    def known_sources(self) -> tuple[set[str], set[tuple[str, int, datetime]]]:
        """Every input file recorded so far: content hashes, and (path, size, modified at)."""
        hashes: set[str] = set()
        stamps: set[tuple[str, int, datetime]] = set()
        for path in self.files("sources"):
            table = read_data(path, ["path", "content_hash", "size", "modified_at"])
            hashes.update(table["content_hash"].to_pylist())
            stamps.update(
                zip(
                    table["path"].to_pylist(),
                    table["size"].to_pylist(),
                    table["modified_at"].to_pylist(),
                    strict=True,
                )
            )
        return hashes, stamps

    def write_run(self, run: dict, rejects: list[dict]) -> list[Path]:
        """Record one run (its counts and versions) and the inputs it rejected."""
        name = f"run-{_short_hash(run['run_id'])}"
        return self._commit_groups({"runs": [run], "rejects": rejects}, name)

    def _commit_groups(self, rows: dict[str, list[dict]], name: str) -> list[Path]:
        """Write rows of some tables (one file per table and month) in one commit."""
        groups = {t: _by_month(part, PARTITION_DATE[t]) for t, part in rows.items()}
        files = NewFiles(self.root, _group_count(groups))
        self._write_groups(files, groups, name)
        manifest.append(self.root, files.commit())
        return [self.root / n for names in files.added.values() for n in names]

    def _write_groups(self, files: NewFiles, groups: MonthGroups, name: str) -> None:
        for table, months in groups.items():
            for (year, month), part in months.items():
                data = pa.Table.from_pylist(part, schema=TABLES[table])
                files.write(table, self._partition(table, year, month), name, data)

    def _files_holding(
        self, ids: set[str], months: set[tuple[int, int]]
    ) -> list[tuple[str, Path, bool]]:
        """The live files of those months that hold rows of `ids`: (table, path, whether
        other rows stay in it), read from their `article_id` column only."""
        wanted = {str(self._partition(t, y, m)) for t in ARTICLE_TABLES for y, m in months}
        chosen = pa.array(sorted(ids))
        holding = []
        for table in ARTICLE_TABLES:
            for path in self.files(table):
                if str(path.parent) not in wanted:
                    continue
                hits = pc.is_in(read_data(path, ["article_id"])[0], chosen)
                if pc.any(hits).as_py():
                    holding.append((table, path, not pc.all(hits).as_py()))
        return holding

    def _rewrite_without(
        self, files: NewFiles, ids: set[str], holding: list[tuple[str, Path, bool]]
    ) -> dict[str, tuple[str, ...]]:
        """Rewrite the files holding rows of `ids` without those rows; returns the files
        replaced, per table."""
        removed: dict[str, tuple[str, ...]] = {}
        chosen = pa.array(sorted(ids))
        for table, path, keeps in holding:
            removed[table] = (*removed.get(table, ()), _relative(self.root, path))
            if keeps:
                rows = read_data(path)
                kept = rows.filter(pc.invert(pc.is_in(rows.column("article_id"), chosen)))
                files.write(table, path.parent, f"r{uuid4().hex[:16]}", kept)
        return removed

    def _partition(self, table: str, year: int, month: int) -> Path:
        return self.table_dir(table) / f"year={year:04d}" / f"month={month:02d}"

    def _all_data_files(self) -> list[Path]:
        found: list[Path] = []
        for table in TABLES:
            found += self.files_on_disk(table)
            found += self.table_dir(table).glob("year=*/month=*/.*.tmp")
        return found

    def _result(
        self, added: dict[str, tuple[str, ...]], coded: Sequence[CodedArticle]
    ) -> WriteResult:
        files = tuple(self.root / n for names in added.values() for n in names)
        return WriteResult(files, len(coded), sum(len(c.events) for c in coded))


MonthGroups = dict[str, dict[tuple[int, int], list[dict]]]


@dataclass
class NewFiles:
    """The data files one commit adds. Each is stamped with the commit's id and the number of
    files the commit adds, and its size and SHA-256 are kept for the commit line."""

    root: Path
    count: int
    id: str = field(default_factory=lambda: uuid4().hex[:16])
    added: dict[str, tuple[str, ...]] = field(default_factory=dict)
    facts: dict[str, manifest.FileFacts] = field(default_factory=dict)

    def write(self, table: str, directory: Path, stem: str, data: pa.Table) -> Path:
        stamp = {COMMIT_KEY: self.id.encode(), COMMIT_FILES_KEY: str(self.count).encode()}
        stamped = data.replace_schema_metadata({**(data.schema.metadata or {}), **stamp})
        target = _write_data_file(directory, stem, stamped)
        name = _relative(self.root, target)
        self.added[table] = (*self.added.get(table, ()), name)
        self.facts[name] = file_facts(target)
        return target

    def commit(self, remove: dict[str, tuple[str, ...]] | None = None) -> manifest.Commit:
        return manifest.Commit(self.added, remove or {}, self.id, self.facts)


def file_facts(path: Path) -> manifest.FileFacts:
    """A file's size and SHA-256, as a commit records them."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return manifest.FileFacts(path.stat().st_size, digest.hexdigest())


@dataclass(frozen=True)
class CompactResult:
    """How many files a compaction merged, and into how many."""

    merged: int
    into: int


def read_data(path: Path, columns: list[str] | None = None) -> pa.Table:
    """Read a committed data file; one that is missing or cannot be read raises
    `WarehouseError` naming it, with what to do."""
    try:
        return pq.read_table(path, columns=columns)
    except (OSError, ValueError) as error:
        raise WarehouseError(f"{path}: {_unreadable(error)}") from error


def _unreadable(error: Exception) -> str:
    cause = "missing" if isinstance(error, FileNotFoundError) else f"cannot be read ({error})"
    return (
        f"this committed file is {cause}; `eventcoder warehouse verify` lists every such file "
        "and `eventcoder warehouse repair` drops them"
    )


def _write_data_file(directory: Path, stem: str, data: pa.Table) -> Path:
    """Write `data` to `part-<stem>-s<schema fingerprint>.parquet` in `directory`."""
    target = directory / f"part-{stem}-s{fingerprint(data.schema)}.parquet"
    write_atomic(data, target)
    return target


def write_atomic(table: pa.Table, target: Path) -> None:
    """Write beside the target, then rename: a reader never sees half a file."""
    replace_atomically(
        target,
        lambda temporary: pq.write_table(
            table, temporary, compression="zstd", row_group_size=ROW_GROUP_SIZE
        ),
    )


def _by_month(rows: Iterable[dict], date_column: str) -> dict[tuple[int, int], list[dict]]:
    groups: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for row in rows:
        day = row[date_column]
        groups[(day.year, day.month)].append(row)
    return groups


def _batch_groups(coded: Sequence[CodedArticle], run_id: str) -> MonthGroups:
    """A batch's rows of the article tables, by table and month."""
    rows = {
        "events": [e.to_dict() for c in coded for e in c.events],
        "articles": [_article_row(c, run_id) for c in coded],
        "texts": [_text_row(c) for c in coded],
    }
    return {table: _by_month(part, PARTITION_DATE[table]) for table, part in rows.items()}


def _group_count(groups: MonthGroups) -> int:
    return sum(len(months) for months in groups.values())


def _by_partition(paths: Iterable[Path]) -> dict[Path, list[Path]]:
    groups: dict[Path, list[Path]] = defaultdict(list)
    for path in paths:
        groups[path.parent].append(path)
    return groups


def _read_aligned(paths: Sequence[Path], schema: pa.Schema) -> pa.Table:
    """Read files into one table of the current schema; columns an older file lacks are null."""
    parts = []
    for path in paths:
        table = read_data(path)
        columns = [
            table.column(f.name) if f.name in table.column_names else pa.nulls(len(table), f.type)
            for f in schema
        ]
        parts.append(pa.Table.from_arrays(columns, schema=schema))
    return pa.concat_tables(parts)


def _sorted(table: pa.Table, name: str) -> pa.Table:
    first = TABLES[name].names[0]
    return table.sort_by([(PARTITION_DATE[name], "ascending"), (first, "ascending")])


def _relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _relatives(root: Path, paths: Iterable[Path]) -> tuple[str, ...]:
    return tuple(_relative(root, p) for p in paths)


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _batch_name(coded: Sequence[CodedArticle]) -> str:
    digest = hashlib.sha256()
    for item in coded:
        digest.update(item.article.id.encode())
        digest.update(b"\0")
    digest.update(coded[0].provenance.dictionary_version.encode())
    return digest.hexdigest()[:16]


def _text_row(coded: CodedArticle) -> dict:
    article = coded.article
    return {"article_id": article.id, "article_date": article.date, "text": article.text}


def _article_row(coded: CodedArticle, run_id: str) -> dict:
    article = coded.article
    return {
        "article_id": article.id,
        "article_date": article.date,
        "title": article.title,
        "publisher": article.publisher,
        "url": article.url,
        "origin": article.origin,
        "content_hash": article.content_hash,
        "sentence_count": coded.sentences,
        "event_count": len(coded.events),
        "coder_version": coded.provenance.coder_version,
        "dictionary_version": coded.provenance.dictionary_version,
        "run_id": run_id,
        "coded_at": datetime.now(UTC),
        "dateline": article.dateline,
    }

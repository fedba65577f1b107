"""Writing coded articles to the partitioned Parquet store, atomically and without duplicates."""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from coders.errors import EventCoderError
from coders.pipeline import CodedArticle
from warehouse.schema import PARTITION_DATE, TABLES

ROW_GROUP_SIZE = 128_000


class WarehouseBusy(EventCoderError):
    """Another run holds the warehouse."""


@dataclass(frozen=True)
class WriteResult:
    """What one write added: file paths, and the articles and events in them."""

    files: tuple[Path, ...]
    articles: int
    events: int


class Warehouse:
    """A directory of Parquet tables (`events/`, `articles/`) plus a DuckDB catalog file."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().resolve()

    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.duckdb"

    def table_dir(self, table: str) -> Path:
        return self.root / table

    def files(self, table: str) -> list[Path]:
        return sorted(self.table_dir(table).glob("year=*/month=*/*.parquet"))

    def coded_articles(self) -> tuple[set[str], set[str]]:
        """Ids and content hashes of every article already in the store."""
        ids: set[str] = set()
        hashes: set[str] = set()
        for path in self.files("articles"):
            table = pq.read_table(path, columns=["article_id", "content_hash"])
            ids.update(table.column("article_id").to_pylist())
            hashes.update(table.column("content_hash").to_pylist())
        return ids, hashes

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the warehouse for one writer; a second run at the same time stops at once
        with `WarehouseBusy` instead of interleaving its files with the first."""
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
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def write(self, coded: Sequence[CodedArticle], run_id: str) -> WriteResult:
        """Write one batch: events first, then the articles that vouch for them.

        File names derive from the batch's content, so writing the same batch again (a retry,
        or a re-run after a crash) replaces its files instead of adding copies.
        """
        if not coded:
            return WriteResult((), 0, 0)
        name = _batch_name(coded)
        events = [e.to_dict() for c in coded for e in c.events]
        articles = [_article_row(c, run_id) for c in coded]
        files = self._write_table("events", events, name) + self._write_table(
            "articles", articles, name
        )
        return WriteResult(tuple(files), len(articles), len(events))

    def write_run(self, run: dict, rejects: list[dict]) -> list[Path]:
        """Record one run (its counts and versions) and the inputs it rejected."""
        name = f"run-{hashlib.sha256(run['run_id'].encode()).hexdigest()[:16]}"
        files = self._write_table("runs", [run], name)
        return files + (self._write_table("rejects", rejects, name) if rejects else [])

    def _write_table(self, table: str, rows: list[dict], name: str) -> list[Path]:
        schema = TABLES[table]
        written = []
        for (year, month), part in _by_month(rows, PARTITION_DATE[table]).items():
            directory = self.table_dir(table) / f"year={year:04d}" / f"month={month:02d}"
            target = directory / f"part-{name}.parquet"
            write_atomic(pa.Table.from_pylist(part, schema=schema), target)
            written.append(target)
        return written


def write_atomic(table: pa.Table, target: Path) -> None:
    """Write beside the target, then rename: a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary, compression="zstd", row_group_size=ROW_GROUP_SIZE)
    os.replace(temporary, target)


def _by_month(rows: Iterable[dict], date_column: str) -> dict[tuple[int, int], list[dict]]:
    groups: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for row in rows:
        day = row[date_column]
        groups[(day.year, day.month)].append(row)
    return groups


def _batch_name(coded: Sequence[CodedArticle]) -> str:
    digest = hashlib.sha256()
    for item in coded:
        digest.update(item.article.id.encode())
        digest.update(b"\0")
    digest.update(coded[0].provenance.dictionary_version.encode())
    return digest.hexdigest()[:16]


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
    }

"""The `code_inbox` flow: what a scheduled run does. Fetch new feed articles into the inbox,
find the inbox files that are new or changed (by content hash) and no longer being written,
code them into the warehouse, and record them so that the next run passes them over.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from coders.inputs import Rejected, discover
from flows.code_articles import code_articles
from flows.runners import flow_runner
from flows.settings import Settings
from flows.summary import RunSummary
from warehouse.store import Warehouse


@dataclass(frozen=True)
class InboxFile:
    """A file in the inbox, with what identifies its content."""

    path: Path
    content_hash: str
    size: int
    modified_at: datetime

    def row(self, run_id: str) -> dict:
        return {
            "path": str(self.path),
            "content_hash": self.content_hash,
            "size": self.size,
            "modified_at": self.modified_at,
            "run_id": run_id,
            "recorded_at": datetime.now(UTC),
        }


@dataclass
class InboxScan:
    """The inbox as one run finds it."""

    new: list[InboxFile] = field(default_factory=list)
    unchanged: int = 0
    settling: list[Path] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def scan_inbox(
    inbox: Path, hashes: set[str], stamps: set[tuple], settle_seconds: float
) -> InboxScan:
    """New or changed article files, found as `eventcoder run` finds them (hidden files and
    linked folders passed over). A file modified in the last `settle_seconds` may still be
    being written, so it waits for the next run. A file recorded with the same path, size and
    modification time is not read again; any other file is hashed and compared by content."""
    scan = InboxScan()
    now = datetime.now(UTC).timestamp()
    for path in discover([str(inbox)]):
        if not isinstance(path, Path):
            scan.unreadable.append(str(path))
            continue
        status = path.stat()
        modified = datetime.fromtimestamp(status.st_mtime, UTC)
        if now - status.st_mtime < settle_seconds:
            scan.settling.append(path)
        elif (str(path), status.st_size, modified) in stamps:
            scan.unchanged += 1
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in hashes:
                scan.unchanged += 1
            else:
                scan.new.append(InboxFile(path, digest, status.st_size, modified))
    return scan


@task(cache_policy=NO_CACHE)
def look_in_inbox(inbox: Path, warehouse: Warehouse, settle_seconds: float) -> InboxScan:
    return scan_inbox(inbox, *warehouse.known_sources(), settle_seconds)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def record_files(warehouse: Warehouse, files: list[InboxFile], run_id: str) -> None:
    with warehouse.lock():
        warehouse.record_sources([f.row(run_id) for f in files], run_id)


@flow(name="code_inbox")
def code_inbox(
    inbox: str, feeds: str | None = None, overrides: dict[str, Any] | None = None
) -> RunSummary | None:
    """One scheduled run over the inbox (and feeds); returns the coding summary, or None when
    there was nothing new to code. `overrides` are settings given as flags (warehouse, runner,
    workers, ...); the rest come from the EVENTCODER_* environment."""
    logger = get_run_logger()
    settings = Settings(**(overrides or {}))
    folder = Path(inbox).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    failures: list[Rejected] = []
    if feeds:
        from flows.feeds import fetch_feeds_into

        failures = fetch_feeds_into(Path(feeds), folder, settings)
    store = Warehouse(settings.warehouse)
    scan = look_in_inbox(folder, store, settings.settle_seconds)
    for path in scan.settling:
        logger.info("%s is still being written; it waits for the next run", path)
    for problem in scan.unreadable:
        logger.warning("not read: %s", problem)
    if not scan.new and not failures:
        logger.info(
            "nothing new in %s (%d files unchanged): no coding done", folder, scan.unchanged
        )
        return None
    paths = [str(f.path) for f in scan.new]
    summary = flow_runner(code_articles, settings)(paths, settings, failures=failures)
    record_files(store, scan.new, summary.run_id)
    return summary

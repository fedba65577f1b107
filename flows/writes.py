"""Warehouse writes on a background thread, so that coding goes on while coded articles are
written.

Writes run one at a time and in the order they were handed over: a write starts only after
the one before it has finished, so the warehouse's log of commits is the same as in a serial
run, and at most one group of coded articles waits in memory beside the one being coded.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner

from coders.records import CodedArticle
from flows.parcel import Parcel
from warehouse.store import Warehouse, WriteResult


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write_batch(
    warehouse: Warehouse, coded: Parcel[list[CodedArticle]], run_id: str
) -> WriteResult:
    return warehouse.write(coded.contents, run_id)


Written = tuple[list[CodedArticle], WriteResult]


@dataclass
class BackgroundWrites:
    """Hands groups of coded articles to one writer thread; each call returns the writes
    that have finished (with the articles they held), so the caller can count them."""

    warehouse: Warehouse
    run_id: str
    runner: ThreadPoolTaskRunner
    pending: tuple[list[CodedArticle], PrefectFuture] | None = field(default=None)

    def submit(self, coded: list[CodedArticle]) -> list[Written]:
        """Start writing `coded` once the write before it is done; that one is returned.
        A failed write raises here, as it would have in the flow's own thread."""
        finished = self.wait()
        if coded:
            parameters = {
                "warehouse": self.warehouse,
                "coded": Parcel(coded),
                "run_id": self.run_id,
            }
            self.pending = (coded, self.runner.submit(write_batch, parameters=parameters))
        return finished

    def wait(self) -> list[Written]:
        """The write in progress, once it has finished (none if there is none)."""
        if self.pending is None:
            return []
        coded, future = self.pending
        self.pending = None
        return [(coded, future.result())]


@contextmanager
def background_writes(warehouse: Warehouse, run_id: str) -> Iterator[BackgroundWrites]:
    """A writer thread for the length of a run; leaving waits for the last write."""
    runner: ThreadPoolTaskRunner = ThreadPoolTaskRunner(max_workers=1)
    with runner:
        yield BackgroundWrites(warehouse, run_id, runner)

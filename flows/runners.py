"""Where the coding batches run: in the flow's own process, or on a Dask cluster.

On Dask each worker process loads the spaCy pipeline and the dictionaries once, at its first
batch, and codes every later batch with them; the flow writes the results
in input order, so a Dask run writes exactly what a serial run writes.
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar

from prefect import Flow, task
from prefect.cache_policies import NO_CACHE
from prefect.settings import PREFECT_API_URL

from coders.articles import Article
from coders.inputs import Rejected
from coders.pipeline import Coder, CoderConfig
from coders.records import CodedArticle
from flows.parcel import Parcel
from flows.settings import Settings
from flows.summary import TASK_PROGRESS_EVERY, TASK_PROGRESS_LOGGER, TASK_PROGRESS_MESSAGE

Outcome = tuple[list[CodedArticle], list[Rejected]]
P = ParamSpec("P")
R = TypeVar("R")
WORKER_ATTRIBUTE = "eventcoder_coders"
RUNNERS = ("local", "dask")


def code_isolated(coder: Coder, batch: list[Article]) -> Outcome:
    """Code a batch; if it fails, code its articles one by one so that only the article at
    fault is rejected (with the error) and the others are kept."""
    try:
        return _coded_with_progress(coder, batch), []
    except Exception:  # any failure: isolate the failing article, report it, go on
        coded: list[CodedArticle] = []
        failed: list[Rejected] = []
        for article in batch:
            try:
                coded.extend(coder.code([article]))
            except Exception as error:  # reported as a rejection, not raised
                reason = f"could not be coded ({type(error).__name__}: {error})"
                failed.append(Rejected.at(article.origin, reason))
        return coded, failed


def _coded_with_progress(coder: Coder, batch: list[Article]) -> list[CodedArticle]:
    """The batch coded, telling the progress logger every few articles (`flows.progress`)."""
    logger = logging.getLogger(TASK_PROGRESS_LOGGER)
    coded = []
    for article in coder.code(batch):
        coded.append(article)
        if len(coded) % TASK_PROGRESS_EVERY == 0:
            logger.info(TASK_PROGRESS_MESSAGE, len(coded))
    return coded


@task(cache_policy=NO_CACHE)
def code_batch(coder: Coder, batch: Parcel[list[Article]]) -> Outcome:
    return code_isolated(coder, batch.contents)


@task(cache_policy=NO_CACHE)
def code_batch_on_worker(config: CoderConfig, batch: Parcel[list[Article]]) -> Outcome:
    """Code a batch on a Dask worker with the coder that worker keeps for this config."""
    return code_isolated(worker_coder(config), batch.contents)


def worker_coder(config: CoderConfig) -> Coder:
    """The worker process's coder for `config`, built at its first batch and kept on the
    worker object (not in a module global) for the ones after."""
    from distributed import get_worker

    worker = get_worker()
    coders = getattr(worker, WORKER_ATTRIBUTE, None)
    if coders is None:
        coders = {}
        setattr(worker, WORKER_ATTRIBUTE, coders)
    if config not in coders:
        coders[config] = Coder(config)
        # The coder lives as long as the worker: moved out of the collector's sight, its
        # hundreds of thousands of objects are not walked again by each full collection nor
        # when the worker exits (which took a second of every cluster's shutdown).
        gc.freeze()
    return coders[config]


@dataclass
class LocalCoding:
    """Batches coded one after another in this process, with one coder loaded on first use."""

    config: CoderConfig
    coder: Coder | None = None

    def submit(self, batch: list[Article]) -> Callable[[], Outcome]:
        if self.coder is None:
            self.coder = Coder(self.config)
        outcome = code_batch(self.coder, Parcel(batch))
        return lambda: outcome


@dataclass
class DaskCoding:
    """Batches sent to the Dask workers of the flow's task runner."""

    config: CoderConfig

    def submit(self, batch: list[Article]) -> Callable[[], Outcome]:
        return code_batch_on_worker.submit(self.config, Parcel(batch)).result


@dataclass
class InOrder:
    """Results of submitted batches, handed back in submission order once more than
    `window` are pending, so memory stays bounded while the workers keep busy."""

    window: int
    pending: deque = field(default_factory=deque)

    def add(self, label: object, result: Callable[[], Outcome]) -> Iterator[tuple[object, Outcome]]:
        self.pending.append((label, result))
        while len(self.pending) > self.window:
            yield self._next()

    def drain(self) -> Iterator[tuple[object, Outcome]]:
        while self.pending:
            yield self._next()

    def _next(self) -> tuple[object, Outcome]:
        label, result = self.pending.popleft()
        return label, result()


def flow_runner(flow: Flow[P, R], settings: Settings) -> Flow[P, R]:
    """The flow as it should run: as written, or with a Dask task runner (a local cluster of
    `settings.workers` processes, or the scheduler at `settings.dask_address`)."""
    if settings.runner != "dask":
        return flow
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        dask = DaskTaskRunner(address=settings.dask_address)
        return flow.with_options(task_runner=dask)  # type: ignore[arg-type]  # see below
    cluster = {
        "n_workers": settings.workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
        "env": {"PREFECT_API_URL": prefect_api_url()},
    }
    # Prefect annotates task_runner as TaskRunner[PrefectFuture], which a runner of
    # PrefectDaskFutures does not match for mypy although it is one.
    return flow.with_options(task_runner=DaskTaskRunner(cluster_kwargs=cluster))  # type: ignore[arg-type]


def prefect_api_url() -> str:
    """The Prefect API this process reports to: the configured one, or else the temporary
    server that Prefect starts for a flow run when none is configured, started here already.

    The local cluster's workers are given this address. Without it each worker process
    started a temporary server of its own (seconds of start-up each, on a run's critical
    path, and CPU taken from the coding) and recorded its task runs there, out of the flow
    run's sight."""
    configured = PREFECT_API_URL.value()
    if configured:
        return configured
    # The flow run finds this same instance (one per process) and does not start another.
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    return server.api_url

"""The `code_articles` flow: read, select new, code in batches, write Parquet, refresh catalog."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from uuid import uuid4

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from coders.articles import Article
from coders.dictionaries import content_version
from coders.inputs import Item, Rejected, read_all
from coders.pipeline import batched
from coders.records import CODER_VERSION, CodedArticle
from flows.report import publish_report
from flows.runners import DaskCoding, InOrder, LocalCoding, Outcome
from flows.settings import Settings
from flows.summary import PROGRESS_MESSAGE, KnownArticles, RunSummary
from flows.tasks import known_articles, record_run, refresh
from flows.writes import BackgroundWrites, Written, background_writes
from warehouse.store import Warehouse


@flow(name="code_articles")
def code_articles(
    paths: list[str],
    settings: Settings | None = None,
    default_date: date | None = None,
    failures: list[Rejected] | None = None,
) -> RunSummary:
    """Code the articles under `paths` into the warehouse; already coded ones are skipped.
    `failures` happened before the run (feed fetches) and are recorded with its own."""
    settings = settings or Settings()
    logger = get_run_logger()
    warehouse = Warehouse(settings.warehouse)
    summary = RunSummary(str(flow_run.get_id() or uuid4()), str(warehouse.root), list(paths))
    summary.read += len(failures or [])
    _fail(list(failures or []), summary)
    inputs = read_all(paths, default_date, settings.max_article_chars)
    coding = _coding(settings)
    pending = InOrder(window=2 * settings.workers if settings.runner == "dask" else 0)
    held = HeldBack(settings.write_articles)
    clock = summary.clock
    with warehouse.lock(), background_writes(warehouse, summary.run_id) as writes:
        known = known_articles(warehouse)
        # The input in groups, read lazily so that memory does not grow with it.
        batches = clock.timed("read", batched(inputs, settings.task_articles))
        for number, items in enumerate(batches, start=1):
            new = _select_new(items, known, summary)
            logger.info(PROGRESS_MESSAGE, summary.read, summary.coded + len(held.coded))
            if new:
                _versions(summary, settings)
                with clock.stage("code"):
                    ready = list(pending.add(number, coding.submit(new)))
                for done, outcome in ready:
                    if held.add(_take(done, outcome, summary)):
                        _write(held.take(), writes, summary)
        with clock.stage("code"):
            ready = list(pending.drain())
        for done, outcome in ready:
            held.add(_take(done, outcome, summary))
        _write(held.take(), writes, summary)
        with clock.stage("write"):
            _count(writes.wait(), summary)
        with clock.stage("catalog"):
            record_run(warehouse, summary)
            refresh(warehouse, settings)
    problems = [str(r) for r in [*summary.rejected, *summary.failed]]
    stages = clock.describe()
    about = {
        "warehouse": str(warehouse.root),
        "inputs": ", ".join(summary.inputs) or "-",
        "coder version": summary.coder_version or "-",
        "dictionary version": summary.dictionary_version or "-",
        "time by stage": stages,
    }
    publish_report(warehouse, summary.counts(), problems, settings.report_dyad, about)
    logger.info("; ".join(summary.lines()))
    logger.info("time by stage: %s", stages)
    return summary


def _coding(settings: Settings) -> LocalCoding | DaskCoding:
    config = settings.coder_config()
    return DaskCoding(config) if settings.runner == "dask" else LocalCoding(config)


def _select_new(items: Sequence[Item], known: KnownArticles, summary: RunSummary) -> list[Article]:
    """Note the batch's rejected inputs and the articles already known; return the new ones."""
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    new, already, repeated = known.split(articles)
    summary.note_read(len(items), already, repeated)
    _reject(rejected, summary)
    return new


def _versions(summary: RunSummary, settings: Settings) -> None:
    if summary.dictionary_version is None:
        summary.coder_version = CODER_VERSION
        summary.dictionary_version = content_version(
            settings.dictionaries, settings.user_dictionary_paths()
        )


@dataclass
class HeldBack:
    """Coded articles held until `limit` of them are ready, so that the warehouse gets one
    file per month and table for thousands of articles rather than for each batch."""

    limit: int
    coded: list[CodedArticle] = field(default_factory=list)

    def add(self, coded: list[CodedArticle]) -> bool:
        """Hold `coded`; True when enough are held to write."""
        self.coded += coded
        return len(self.coded) >= self.limit

    def take(self) -> list[CodedArticle]:
        taken, self.coded = self.coded, []
        return taken


def _take(number: object, outcome: Outcome, summary: RunSummary) -> list[CodedArticle]:
    coded, failed = outcome
    events = sum(len(c.events) for c in coded)
    get_run_logger().info("batch %s: %d articles, %d events", number, len(coded), events)
    _fail(failed, summary)
    return coded


def _write(coded: list[CodedArticle], writes: BackgroundWrites, summary: RunSummary) -> None:
    """Hand `coded` to the writer thread. The clock's "write" stage is the time the flow
    waited for the writer, not the writing itself, which overlaps the coding."""
    with summary.clock.stage("write"):
        finished = writes.submit(coded)
    _count(finished, summary)


def _count(finished: list[Written], summary: RunSummary) -> None:
    """Add the finished writes to the run's counts."""
    for coded, written in finished:
        summary.note_written(coded, written.articles, written.events)


def _fail(failed: list[Rejected], summary: RunSummary) -> None:
    for failure in failed:
        get_run_logger().warning("failed %s", failure)
    summary.failed += failed


def _reject(rejected: list[Rejected], summary: RunSummary) -> None:
    for rejection in rejected:
        get_run_logger().warning("rejected %s", rejection)
    summary.rejected += rejected

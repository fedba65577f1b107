"""The `code_articles` flow: read, select new, code in batches, write Parquet, refresh catalog."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from coders.articles import Article
from coders.pipeline import CodedArticle, Coder, CoderConfig
from flows.inputs import Item, Rejected, read_all
from flows.report import publish_report
from flows.settings import Settings
from warehouse.catalog import refresh_catalog
from warehouse.store import Warehouse, WriteResult


@dataclass
class RunSummary:
    """What a run read, skipped, rejected and coded, and where it wrote."""

    run_id: str
    warehouse: str
    inputs: list[str] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    read: int = 0
    already_coded: int = 0
    duplicates: int = 0
    coded: int = 0
    sentences: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    coder_version: str | None = None
    dictionary_version: str | None = None

    def run_row(self) -> dict:
        """This run as a row of the warehouse's `runs` table."""
        return {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "ended_at": datetime.now(UTC),
            "inputs": " ".join(self.inputs),
            "articles_read": self.read,
            "articles_coded": self.coded,
            "articles_rejected": len(self.rejected),
            "already_coded": self.already_coded,
            "duplicates": self.duplicates,
            "sentences": self.sentences,
            "events": self.events,
            "coder_version": self.coder_version,
            "dictionary_version": self.dictionary_version,
        }

    def reject_rows(self) -> list[dict]:
        now = datetime.now(UTC)
        return [
            {
                "run_id": self.run_id,
                "rejected_at": now,
                "origin": r.origin,
                "reason": r.message.removeprefix(f"{r.origin}: "),
            }
            for r in self.rejected
        ]

    def counts(self) -> dict[str, int]:
        return {
            "articles read": self.read,
            "articles coded": self.coded,
            "already in the warehouse": self.already_coded,
            "repeated in the input": self.duplicates,
            "rejected": len(self.rejected),
            "sentences": self.sentences,
            "events written": self.events,
        }

    def lines(self) -> list[str]:
        return [
            f"articles read: {self.read} (new: {self.coded}, already in the warehouse: "
            f"{self.already_coded}, repeated in the input: {self.duplicates}, "
            f"rejected: {len(self.rejected)})",
            f"sentences coded: {self.sentences}",
            f"events written: {self.events}",
            f"warehouse: {self.warehouse}",
        ]


@dataclass
class KnownArticles:
    """Ids and text hashes of the articles the warehouse holds and of those met in this run,
    so that an article is coded once whether it comes back by id or by text."""

    stored_ids: set[str]
    stored_texts: set[str]
    seen_ids: set[str] = field(default_factory=set)
    seen_texts: set[str] = field(default_factory=set)

    def split(self, articles: list[Article]) -> tuple[list[Article], int, int]:
        """The new articles, and how many were already stored or repeated in the input."""
        new: list[Article] = []
        already = repeated = 0
        for article in articles:
            text = article.content_hash
            if article.id in self.stored_ids or text in self.stored_texts:
                already += 1
            elif article.id in self.seen_ids or text in self.seen_texts:
                repeated += 1
            else:
                new.append(article)
            self.seen_ids.add(article.id)
            self.seen_texts.add(text)
        return new, already, repeated


@task(cache_policy=NO_CACHE)
def known_articles(warehouse: Warehouse) -> KnownArticles:
    return KnownArticles(*warehouse.coded_articles())


@task(cache_policy=NO_CACHE)
def load_coder(config: CoderConfig) -> Coder:
    return Coder(config)


@task(cache_policy=NO_CACHE)
def code_batch(coder: Coder, batch: list[Article]) -> tuple[list[CodedArticle], list[Rejected]]:
    """Code a batch; if it fails, code its articles one by one so that only the article at
    fault is rejected (with the error) and the others are kept."""
    try:
        return list(coder.code(batch)), []
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


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def write_batch(warehouse: Warehouse, coded: list[CodedArticle], run_id: str) -> WriteResult:
    return warehouse.write(coded, run_id)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def record_run(warehouse: Warehouse, summary: RunSummary) -> None:
    warehouse.write_run(summary.run_row(), summary.reject_rows())


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def refresh(warehouse: Warehouse) -> Path:
    return refresh_catalog(warehouse)


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The input in groups of `size`, read lazily so that memory does not grow with it."""
    group: list[Item] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


@flow(name="code_articles")
def code_articles(
    paths: list[str], settings: Settings | None = None, default_date: date | None = None
) -> RunSummary:
    """Code the articles under `paths` into the warehouse; already coded ones are skipped."""
    settings = settings or Settings()
    logger = get_run_logger()
    warehouse = Warehouse(settings.warehouse)
    summary = RunSummary(str(flow_run.get_id() or uuid4()), str(warehouse.root), list(paths))
    inputs = read_all(paths, default_date, settings.max_article_chars)
    with warehouse.lock():
        known = known_articles(warehouse)
        coder: Coder | None = None
        for number, items in enumerate(chunks(inputs, settings.batch_size), start=1):
            coder = _code_and_write(number, items, known, coder, settings, warehouse, summary)
        record_run(warehouse, summary)
        refresh(warehouse)
    publish_report(
        warehouse, summary.counts(), [str(r) for r in summary.rejected], settings.report_dyad
    )
    logger.info("; ".join(summary.lines()))
    return summary


def _code_and_write(
    number: int,
    items: list[Item],
    known: KnownArticles,
    coder: Coder | None,
    settings: Settings,
    warehouse: Warehouse,
    summary: RunSummary,
) -> Coder | None:
    """One batch: note the rejected inputs, skip what is known, code and write the rest.
    The coder is loaded at the first batch with something new, and returned for the next."""
    logger = get_run_logger()
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    new, already, repeated = known.split(articles)
    summary.read += len(items)
    summary.already_coded += already
    summary.duplicates += repeated
    if new:
        if coder is None:
            coder = load_coder(settings.coder_config())
            summary.coder_version = coder.lexicon.provenance.coder_version
            summary.dictionary_version = coder.dictionary_version
        coded, failed = code_batch(coder, new)
        rejected += failed
        written = write_batch(warehouse, coded, summary.run_id)
        summary.coded += written.articles
        summary.events += written.events
        summary.sentences += sum(c.sentences for c in coded)
        logger.info("batch %d: %d articles, %d events", number, written.articles, written.events)
    for rejection in rejected:
        logger.warning("rejected %s", rejection)
    summary.rejected += rejected
    return coder

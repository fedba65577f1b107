"""The `recode_articles` flow: code stored articles again with the current dictionaries and
swap their rows in the warehouse, batch by batch, each batch in one commit."""

from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from coders.inputs import Rejected
from coders.pipeline import Coder
from flows.parcel import Parcel
from flows.runners import code_batch
from flows.settings import Settings
from flows.summary import RecodeSummary, RunSummary
from flows.tasks import load_coder, record_run, refresh
from warehouse.selection import ArticleSelection, StoredArticle, select_articles
from warehouse.store import Warehouse, WriteResult


@task(cache_policy=NO_CACHE)
def stored_articles(warehouse: Warehouse, selection: ArticleSelection) -> list[StoredArticle]:
    return select_articles(warehouse, selection)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def replace_batch(warehouse: Warehouse, coded: list, run_id: str) -> WriteResult:
    return warehouse.replace(coded, run_id)


@flow(name="recode_articles")
def recode_articles(
    selection: ArticleSelection, settings: Settings | None = None, force: bool = False
) -> RecodeSummary:
    """Re-code the selected articles from their stored text; those already coded with the
    current coder and dictionaries are left as they are unless `force`."""
    settings = settings or Settings()
    warehouse = Warehouse(settings.warehouse)
    run = RunSummary(
        str(flow_run.get_id() or uuid4()), str(warehouse.root), [f"recode {selection.describe()}"]
    )
    summary = RecodeSummary(run)
    with warehouse.lock():
        chosen = stored_articles(warehouse, selection)
        coder = load_coder(settings.coder_config())
        todo = _to_recode(chosen, coder, force, summary)
        size = settings.recode_articles
        for start in range(0, len(todo), size):
            _recode_batch(todo[start : start + size], coder, warehouse, summary)
        record_run(warehouse, run)
        refresh(warehouse, settings)
        warehouse.sweep()
    get_run_logger().info("; ".join(summary.lines()))
    return summary


def _to_recode(
    chosen: list[StoredArticle], coder: Coder, force: bool, summary: RecodeSummary
) -> list[StoredArticle]:
    run = summary.run
    run.coder_version = coder.lexicon.provenance.coder_version
    run.dictionary_version = coder.dictionary_version
    summary.selected = run.read = len(chosen)
    todo = []
    for stored in chosen:
        current = (stored.coder_version, stored.dictionary_version) == (
            run.coder_version,
            run.dictionary_version,
        )
        if stored.article is None:
            summary.without_text.append(stored.article_id)
        elif current and not force:
            summary.current += 1
        else:
            todo.append(stored)
    run.already_coded = summary.current
    run.rejected += [
        Rejected.at(i, "no stored text to re-code; run its input again")
        for i in summary.without_text
    ]
    return todo


def _recode_batch(
    batch: list[StoredArticle], coder: Coder, warehouse: Warehouse, summary: RecodeSummary
) -> None:
    """Code a batch again and swap it in; an article that fails keeps its old coding."""
    coded, failed = code_batch(coder, Parcel([s.article for s in batch if s.article is not None]))
    written = replace_batch(warehouse, coded, summary.run.run_id)
    done = {c.article.id for c in coded}
    summary.events_before += sum(s.event_count for s in batch if s.article_id in done)
    summary.run.note_written(coded, written.articles, written.events)
    summary.run.failed += failed

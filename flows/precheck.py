"""A run with nothing new, settled without the flow: when every input is an article already in
the warehouse, there is nothing to orchestrate, so `eventcoder run` records the run and prints
its summary without starting Prefect or loading spaCy (seconds saved on every idle re-run)."""

from __future__ import annotations

from uuid import uuid4

from coders.articles import Article
from coders.inputs import STDIN, read_all
from flows.settings import Settings
from flows.summary import KnownArticles, RunSummary
from warehouse.catalog import refresh_catalog
from warehouse.store import Warehouse


def settle_without_coding(paths: list[str], settings: Settings) -> RunSummary | None:
    """The recorded run when every input is a stored article; None when there is anything
    for the flow to do (a new article, an input to reject, or standard input to read)."""
    if STDIN in paths:
        return None
    warehouse = Warehouse(settings.warehouse)
    if not warehouse.files("articles"):
        return None
    known = KnownArticles(*warehouse.coded_articles())
    summary = RunSummary(f"settled-{uuid4()}", str(warehouse.root), list(paths))
    for item in read_all(paths, None, settings.max_article_chars):
        if not isinstance(item, Article):
            return None
        new, already, repeated = known.split([item])
        if new:
            return None
        summary.note_read(1, already, repeated)
    if not summary.read:
        return None
    with warehouse.lock():
        warehouse.write_run(summary.run_row(), [])
        refresh_catalog(warehouse, settings.codebook())
    return summary

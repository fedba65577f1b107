"""Runs with nothing to do, settled without the flow: when every input is an article already in
the warehouse (`run`), or every selected article is coded with this coder and these
dictionaries already (`recode`), there is nothing to orchestrate, so the command records the
run and prints its summary without importing Prefect, starting a server or loading spaCy
(seconds saved on every idle re-run)."""

from __future__ import annotations

from uuid import uuid4

from coders.articles import Article
from coders.dictionaries import content_version
from coders.inputs import STDIN, read_all
from coders.records import CODER_VERSION
from flows.settings import Settings
from flows.summary import KnownArticles, RecodeSummary, RunSummary
from warehouse.catalog import refresh_catalog
from warehouse.selection import ArticleSelection, count_current
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


def settle_recode_without_coding(
    selection: ArticleSelection, settings: Settings, force: bool = False
) -> RecodeSummary | None:
    """The recorded recode when every selected article is coded with the current coder and
    dictionaries and has its text (or none is selected); None when there is anything to
    re-code or report, or `force`."""
    if force:
        return None
    warehouse = Warehouse(settings.warehouse)
    dictionaries = content_version(settings.dictionaries, settings.user_dictionary_paths())
    counted = count_current(warehouse, selection, CODER_VERSION, dictionaries)
    if counted.current != counted.selected:
        return None
    run = RunSummary(f"settled-{uuid4()}", str(warehouse.root), [f"recode {selection.describe()}"])
    run.coder_version, run.dictionary_version = CODER_VERSION, dictionaries
    run.read = run.already_coded = counted.selected
    if counted.selected:
        with warehouse.lock():
            warehouse.write_run(run.run_row(), [])
            refresh_catalog(warehouse, settings.codebook())
    return RecodeSummary(run, selected=counted.selected, current=counted.current)

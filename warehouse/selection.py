"""Choosing stored articles (by date range, publisher or id) and reading them back for recoding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from coders.articles import Article
from warehouse.catalog import table_sql
from warehouse.store import Warehouse

SELECT_SQL = """
SELECT a.article_id, a.article_date, a.title, a.publisher, a.url, a.origin,
       a.coder_version, a.dictionary_version, a.event_count, t.text, a.dateline
FROM ({articles}) AS a
LEFT JOIN {texts} AS t USING (article_id)
WHERE ($start IS NULL OR a.article_date >= $start)
  AND ($end IS NULL OR a.article_date <= $end)
  AND (len($publishers) = 0 OR lower(a.publisher) IN (SELECT lower(unnest($publishers))))
  AND (len($ids) = 0 OR a.article_id IN (SELECT unnest($ids)))
ORDER BY a.article_date, a.article_id
"""
# Where the texts come from: the `texts` files, or nothing in a warehouse written before them.
TEXTS_SOURCE = "read_parquet($texts, union_by_name = true)"
NO_TEXTS = "(SELECT NULL::VARCHAR AS article_id, NULL::VARCHAR AS text WHERE false)"


@dataclass(frozen=True)
class ArticleSelection:
    """Which stored articles to pick: all the given conditions hold (none given: every one)."""

    start: date | None = None
    end: date | None = None
    publishers: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()

    def describe(self) -> str:
        parts = [
            f"from {self.start}" if self.start else "",
            f"to {self.end}" if self.end else "",
            f"publisher {', '.join(self.publishers)}" if self.publishers else "",
            f"id {', '.join(self.ids)}" if self.ids else "",
        ]
        return " ".join(p for p in parts if p) or "every article"


@dataclass(frozen=True)
class StoredArticle:
    """An article as the warehouse holds it: its text (None if not stored) and how it was coded."""

    article: Article | None
    article_id: str
    coder_version: str | None
    dictionary_version: str | None
    event_count: int


def select_articles(warehouse: Warehouse, selection: ArticleSelection) -> list[StoredArticle]:
    """The stored articles the selection picks, in date order, with their texts."""
    query = _selection_query(warehouse, selection)
    if query is None:
        return []
    sql, parameters = query
    with duckdb.connect() as connection:
        rows = connection.sql(sql, params=parameters).fetchall()
    return [_stored(row) for row in rows]


@dataclass(frozen=True)
class SelectionCount:
    """How many articles a selection picks, and how many of them are coded with given coder
    and dictionary versions and have their text stored (nothing to re-code)."""

    selected: int
    current: int


def count_current(
    warehouse: Warehouse, selection: ArticleSelection, coder: str, dictionaries: str
) -> SelectionCount:
    """Counted in DuckDB without reading the texts into Python: `recode` asks it first."""
    query = _selection_query(warehouse, selection)
    if query is None:
        return SelectionCount(0, 0)
    sql, parameters = query
    counted = (
        "SELECT count(*), count(*) FILTER (WHERE coder_version = $coder AND "
        f"dictionary_version = $dictionaries AND text IS NOT NULL) FROM ({sql})"
    )
    with duckdb.connect() as connection:
        [(selected, current)] = connection.execute(
            counted, {**parameters, "coder": coder, "dictionaries": dictionaries}
        ).fetchall()
    return SelectionCount(selected, current)


def _selection_query(
    warehouse: Warehouse, selection: ArticleSelection
) -> tuple[str, dict[str, object]] | None:
    """The SQL and parameters that pick the selection's articles (None: no articles stored)."""
    texts = [str(p) for p in warehouse.files("texts")]
    if not warehouse.files("articles"):
        return None
    parameters: dict[str, object] = {
        "texts": texts,
        "start": selection.start,
        "end": selection.end,
        "publishers": list(selection.publishers),
        "ids": list(selection.ids),
    }
    if not texts:  # a warehouse written before texts were kept
        del parameters["texts"]
    articles = table_sql(warehouse, "articles")  # a dateline older files lack is null
    return SELECT_SQL.format(
        articles=articles, texts=TEXTS_SOURCE if texts else NO_TEXTS
    ), parameters


def _stored(row: tuple) -> StoredArticle:
    article_id, day, title, publisher, url, origin, coder, dictionaries, events, text, dateline = (
        row
    )
    article = (
        Article(article_id, day, text, origin or "", title, publisher, url, dateline)
        if text is not None
        else None
    )
    return StoredArticle(article, article_id, coder, dictionaries, events or 0)


def coded_sentences(warehouse: Warehouse) -> dict[str, set[int]]:
    """For each article with events, the indexes of its sentences that yielded them."""
    files = [str(p) for p in warehouse.files("events")]
    if not files:
        return {}
    sql = (
        "SELECT article_id, list(DISTINCT sentence_index) FROM "
        "read_parquet($files, union_by_name = true) GROUP BY 1"
    )
    with duckdb.connect() as connection:
        rows = connection.sql(sql, params={"files": files}).fetchall()
    return {article_id: set(indexes) for article_id, indexes in rows}

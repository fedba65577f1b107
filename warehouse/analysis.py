"""Aggregate questions asked of the catalog; every value from the user is a bound parameter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import duckdb

from coders.errors import QueryRefused, UsageError

if TYPE_CHECKING:
    import pandas as pd

PERIODS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class Table:
    """A query result: column names and rows, ready to print or export."""

    columns: list[str]
    rows: list[tuple]


@dataclass(frozen=True)
class DyadQuery:
    """A dyad time series request: events between actors A and B (code prefixes, e.g. RUS)."""

    actor_a: str
    actor_b: str
    period: str = "month"
    quad_classes: tuple[int, ...] = ()
    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.period not in PERIODS:
            raise UsageError(f"period must be one of {', '.join(PERIODS)}, not {self.period!r}")


def run_sql(
    connection: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None
) -> Table:
    """Run a user's SQL, which may only read: any statement that could write a file, change
    the catalog or a setting, or load code is refused before anything runs."""
    check_read_only(sql)
    relation = connection.execute(sql, parameters or [])
    columns = [d[0] for d in relation.description] if relation.description else []
    return Table(columns, relation.fetchall())


def check_read_only(sql: str) -> None:
    """Refuse SQL unless every statement in it is a query (SELECT, WITH, FROM, VALUES,
    DESCRIBE, SHOW, SUMMARIZE), judged by DuckDB's own parser. EXPLAIN is refused too:
    EXPLAIN ANALYZE runs the statement it explains."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryRefused(f"the query could not be parsed: {error}") from error
    for number, statement in enumerate(statements, start=1):
        if statement.type != duckdb.StatementType.SELECT:
            kind = statement.type.name.replace("_", " ")
            raise QueryRefused(
                f"statement {number} is {kind}: queries may only read (SELECT, WITH, FROM, "
                f"DESCRIBE, SHOW, SUMMARIZE); nothing was run"
            )


# What `read_frame` reads: the catalog's views and name tables.
FRAME_SOURCES = (
    "events",
    "articles",
    "runs",
    "rejects",
    "sources",
    "texts",
    "events_one_a_day",
    "actors",
    "cameo_codes",
)


def read_frame(connection: duckdb.DuckDBPyConnection, source: str = "events") -> pd.DataFrame:
    """A view or table of the catalog as a pandas DataFrame with its types: dates as
    datetime64, year and month as integers (as the catalog reads the folder names), Goldstein
    to one decimal, codes as text. Needs pandas installed."""
    if source not in FRAME_SOURCES:
        raise UsageError(f"read_frame reads one of {', '.join(FRAME_SOURCES)}, not {source!r}")
    return connection.sql(f"SELECT * FROM {source}").df()


# The catalog's `dyad_series` macro (warehouse/macros.sql), with every value bound.
DYAD_SQL = """
SELECT * FROM dyad_series($a, $b, $period, quads := $quads, first_day := $start,
                          last_day := $end)
"""


def dyad_series(connection: duckdb.DuckDBPyConnection, query: DyadQuery) -> Table:
    """Events between A and B per period, both directions, with cooperation/conflict counts;
    every period between the first and the last has a row."""
    parameters = {**_dyad_parameters(query), "period": query.period}
    relation = connection.execute(DYAD_SQL, parameters)
    table = Table([d[0] for d in relation.description], relation.fetchall())
    labels = {
        "a_to_b": f"{parameters['a']}_to_{parameters['b']}",
        "b_to_a": f"{parameters['b']}_to_{parameters['a']}",
    }
    return Table([labels.get(c, c) for c in table.columns], table.rows)


@dataclass(frozen=True)
class DyadFacts:
    """What a chart's caption says of a dyad's events: how many, from how many articles and
    which publishers, between which days."""

    events: int
    articles: int
    publishers: list[str]
    first_day: date | None
    last_day: date | None


DYAD_FACTS_SQL = """
SELECT count(*), count(DISTINCT article_id),
       coalesce(list(DISTINCT publisher ORDER BY publisher)
                FILTER (WHERE publisher IS NOT NULL), []),
       min(event_date), max(event_date)
FROM dyad_events($a, $b, quads := $quads, first_day := $start, last_day := $end)
"""


def dyad_facts(connection: duckdb.DuckDBPyConnection, query: DyadQuery) -> DyadFacts:
    [row] = connection.execute(DYAD_FACTS_SQL, _dyad_parameters(query)).fetchall()
    return DyadFacts(*row)


BUSIEST_DYAD_SQL = """
SELECT least(source_country, target_country), greatest(source_country, target_country)
FROM events
WHERE source_country <> target_country AND source_country <> '---' AND target_country <> '---'
GROUP BY 1, 2
ORDER BY count(*) DESC, 1, 2
LIMIT 1
"""


def busiest_dyad(connection: duckdb.DuckDBPyConnection) -> tuple[str, str] | None:
    """The two countries with the most events between them, either way (None: no events)."""
    rows = connection.execute(BUSIEST_DYAD_SQL).fetchall()
    return (rows[0][0], rows[0][1]) if rows else None


def _dyad_parameters(query: DyadQuery) -> dict[str, object]:
    return {
        "a": query.actor_a.upper(),
        "b": query.actor_b.upper(),
        "quads": list(query.quad_classes),
        "start": query.start,
        "end": query.end,
    }


@dataclass(frozen=True)
class PlacesQuery:
    """Where events happened: a date range, actor code prefixes (events touching any of them)
    and event code prefixes (events of any of them)."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()


# Placed and unplaced events under a PlacesQuery's filters, every value bound.
PLACES_FILTER = """
WHERE ($start IS NULL OR event_date >= $start)
  AND ($end IS NULL OR event_date <= $end)
  AND (len($actors) = 0
       OR list_bool_or([starts_with(source_code, p) OR starts_with(target_code, p)
                        FOR p IN $actors]))
  AND (len($codes) = 0 OR list_bool_or([starts_with(event_code, c) FOR c IN $codes]))
"""
PLACES_SQL = f"""
SELECT location_name AS place, location_country AS country, location_precision AS precision,
       round(avg(location_lat), 4) AS lat, round(avg(location_lon), 4) AS lon,
       count(*) AS events, min(event_date) AS first_day, max(event_date) AS last_day
FROM events
{PLACES_FILTER} AND location_name IS NOT NULL
GROUP BY location_name, location_country, location_precision
ORDER BY events DESC, place
"""
UNPLACED_SQL = f"SELECT count(*) FROM events {PLACES_FILTER} AND location_name IS NULL"


def event_places(connection: duckdb.DuckDBPyConnection, query: PlacesQuery) -> tuple[Table, int]:
    """The places events happened in, busiest first, and how many events had no place."""
    parameters = {
        "start": query.start,
        "end": query.end,
        "actors": [a.upper() for a in query.actors],
        "codes": list(query.codes),
    }
    relation = connection.execute(PLACES_SQL, parameters)
    table = Table([d[0] for d in relation.description], relation.fetchall())
    [(unplaced,)] = connection.execute(UNPLACED_SQL, parameters).fetchall()
    return table, unplaced

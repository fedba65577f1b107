"""Aggregate questions asked of the catalog; every value from the user is a bound parameter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

from coders.errors import QueryRefused, UsageError

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


# The catalog's `dyad_series` macro (warehouse/macros.sql), with every value bound.
DYAD_SQL = """
SELECT * FROM dyad_series($a, $b, $period, quads := $quads, first_day := $start,
                          last_day := $end)
"""


def dyad_series(connection: duckdb.DuckDBPyConnection, query: DyadQuery) -> Table:
    """Events between A and B per period, both directions, with cooperation/conflict counts."""
    parameters = {
        "a": query.actor_a.upper(),
        "b": query.actor_b.upper(),
        "quads": list(query.quad_classes),
        "start": query.start,
        "end": query.end,
        "period": query.period,
    }
    relation = connection.execute(DYAD_SQL, parameters)
    table = Table([d[0] for d in relation.description], relation.fetchall())
    labels = {
        "a_to_b": f"{parameters['a']}_to_{parameters['b']}",
        "b_to_a": f"{parameters['b']}_to_{parameters['a']}",
    }
    return Table([labels.get(c, c) for c in table.columns], table.rows)


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

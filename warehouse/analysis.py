"""Aggregate questions asked of the catalog; every value from the user is a bound parameter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb

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
            raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {self.period!r}")


def run_sql(
    connection: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None
) -> Table:
    relation = connection.execute(sql, parameters or [])
    columns = [d[0] for d in relation.description] if relation.description else []
    return Table(columns, relation.fetchall())


DYAD_SQL = """
WITH dyad AS (
    SELECT *,
           starts_with(source_code, $a) AND starts_with(target_code, $b) AS a_to_b
    FROM events
    WHERE ((starts_with(source_code, $a) AND starts_with(target_code, $b))
        OR (starts_with(source_code, $b) AND starts_with(target_code, $a)))
      AND (len($quads) = 0 OR list_contains($quads, quad_class))
      AND ($start IS NULL OR event_date >= $start)
      AND ($end IS NULL OR event_date <= $end)
)
SELECT CAST(date_trunc($period, event_date) AS DATE) AS period,
       count(*) FILTER (WHERE a_to_b) AS a_to_b,
       count(*) FILTER (WHERE NOT a_to_b) AS b_to_a,
       count(*) AS events,
       count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
       round(sum(goldstein), 1) AS net_goldstein
FROM dyad
GROUP BY 1
ORDER BY 1
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

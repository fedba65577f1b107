"""Exporting events for R, Stata, spreadsheets and other tools, with codes kept as text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv

from coders.errors import UsageError
from warehouse.layouts import JSON_ONLY, LAYOUTS
from warehouse.store import write_atomic

FORMATS = ("csv", "tsv", "parquet", "jsonl")

EXPORT_SQL = """
SELECT {columns}
FROM events
WHERE ($start IS NULL OR event_date >= $start)
  AND ($end IS NULL OR event_date <= $end)
  AND (len($actors) = 0
       OR list_bool_or([starts_with(source_code, p) OR starts_with(target_code, p)
                        FOR p IN $actors]))
ORDER BY events.event_date, events.event_id
"""
# `--names`: the actors' names (the catalog's `actors` table) and the event code's description.
NAME_COLUMNS = """,
    (SELECT name FROM actors WHERE code = events.source_code) AS source_name,
    (SELECT name FROM actors WHERE code = events.target_code) AS target_name,
    (SELECT description FROM cameo_codes WHERE code = events.event_code) AS event_description
"""
# Columns of any layout that hold words from the article: `--no-text` leaves them empty, so a
# shared file keeps its columns but carries ids, URLs and codes only.
TEXT_COLUMNS = frozenset(
    {
        "sentence_text",
        "source_text",
        "target_text",
        "verb_text",
        "Source Name",
        "Target Name",
        "Actor1Name",
        "Actor2Name",
        "source",
        "target",
        "text",
    }
)


@dataclass(frozen=True)
class ExportRequest:
    """What to export: a date range and actor code prefixes (events touching any of them)."""

    fmt: str
    out: Path
    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    layout: str = "eventcoder"
    names: bool = False  # add source_name, target_name and event_description
    text: bool = True  # False: no words from the articles (`--no-text`)

    def __post_init__(self) -> None:
        if self.fmt not in FORMATS:
            raise UsageError(f"--format must be one of {', '.join(FORMATS)}, not {self.fmt!r}")
        if self.layout not in LAYOUTS:
            raise UsageError(f"--layout must be one of {', '.join(LAYOUTS)}, not {self.layout!r}")
        if self.layout in JSON_ONLY and self.fmt != "jsonl":
            raise UsageError(f"--layout {self.layout} is written as JSON lines: use --format jsonl")


def export_events(connection: duckdb.DuckDBPyConnection, request: ExportRequest) -> int:
    """Write the chosen events to `request.out`; returns how many rows were written."""
    parameters = {
        "start": request.start,
        "end": request.end,
        "actors": [a.upper() for a in request.actors],
    }
    columns = LAYOUTS[request.layout] + (NAME_COLUMNS if request.names else "")
    relation = connection.sql(EXPORT_SQL.format(columns=columns), params=parameters)
    if not request.text:
        kinds = zip(relation.columns, relation.types, strict=True)
        relation = relation.project(", ".join(_blank_text(c, t) for c, t in kinds))
    table = relation.to_arrow_table()
    request.out.parent.mkdir(parents=True, exist_ok=True)
    WRITERS[request.fmt](table, request.out)
    return table.num_rows


def _blank_text(column: str, kind: object) -> str:
    quoted = '"' + column.replace('"', '""') + '"'
    return f"CAST(NULL AS {kind}) AS {quoted}" if column in TEXT_COLUMNS else quoted


def _parquet(table: pa.Table, out: Path) -> None:
    write_atomic(table, out)


def _delimited(delimiter: str):
    def write(table: pa.Table, out: Path) -> None:
        options = pacsv.WriteOptions(delimiter=delimiter, quoting_style="needed")
        pacsv.write_csv(table, out, write_options=options)

    return write


def _jsonl(table: pa.Table, out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for row in table.to_pylist():
            handle.write(json.dumps(row, default=_jsonable, ensure_ascii=False) + "\n")


def _jsonable(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


WRITERS = {"csv": _delimited(","), "tsv": _delimited("\t"), "parquet": _parquet, "jsonl": _jsonl}

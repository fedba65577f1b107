"""Printing query results as an aligned table, CSV or JSON lines."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

from warehouse.analysis import Table

FORMATS = ("table", "csv", "json")


def render(table: Table, fmt: str) -> str:
    if fmt == "csv":
        return _csv(table)
    if fmt == "json":
        return "\n".join(
            json.dumps(dict(zip(table.columns, row, strict=True)), default=_jsonable)
            for row in table.rows
        )
    return _aligned(table)


def _jsonable(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return str(value)


def _csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return buffer.getvalue().rstrip("\n")


def _aligned(table: Table) -> str:
    cells = [table.columns] + [["" if v is None else str(v) for v in row] for row in table.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(table.columns))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    if not table.rows:
        lines.append("(no rows)")
    return "\n".join(lines)

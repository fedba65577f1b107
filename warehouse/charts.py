"""Charts of a dyad's time series: cooperation and conflict counts, and net Goldstein.

Drawn with matplotlib's non-interactive Agg backend, as PNG or as a self-contained HTML page
(the chart as inline SVG, followed by the numbers it shows).
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from matplotlib.figure import Figure

from coders.errors import UsageError
from warehouse.analysis import DyadQuery, Table
from warehouse.atomic import write_bytes_atomically

CHART_FORMATS = (".png", ".html")
COOPERATION_COLOUR = "#2e7d32"
CONFLICT_COLOUR = "#c62828"


@dataclass(frozen=True)
class DyadSeries:
    """The columns of a `dyad_series` result that the chart draws, with a zero for every
    period between the first and the last that had no events (a gap is a real zero)."""

    periods: list[date]
    cooperation: list[int]
    conflict: list[int]
    net_goldstein: list[float]

    @classmethod
    def from_table(cls, table: Table, period: str) -> DyadSeries:
        at = {name: i for i, name in enumerate(table.columns)}
        found = {row[at["period"]]: row for row in table.rows}
        periods = _every_period(min(found), max(found), period) if found else []
        rows = [found.get(p) for p in periods]
        return cls(
            periods,
            [int(r[at["cooperation"]]) if r else 0 for r in rows],
            [int(r[at["conflict"]]) if r else 0 for r in rows],
            [float(r[at["net_goldstein"]] or 0.0) if r else 0.0 for r in rows],
        )


def _every_period(first: date, last: date, period: str) -> list[date]:
    months = {"month": 1, "quarter": 3, "year": 12}.get(period)
    days = {"day": 1, "week": 7}.get(period, 0)
    periods = [first]
    while periods[-1] < last:
        current = periods[-1]
        if months:
            index = current.year * 12 + current.month - 1 + months
            periods.append(date(index // 12, index % 12 + 1, 1))
        else:
            periods.append(current + timedelta(days=days))
    return periods


def chart_title(query: DyadQuery) -> str:
    span = f", {query.start or '…'} to {query.end or '…'}" if query.start or query.end else ""
    pair = f"{query.actor_a.upper()} and {query.actor_b.upper()}"
    return f"Events between {pair} by {query.period}{span}"


def dyad_figure(series: DyadSeries, query: DyadQuery) -> Figure:
    """Two panels over the same periods: counts above, net Goldstein below."""
    figure = Figure(figsize=(10, 6), dpi=100, layout="constrained")
    counts, goldstein = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    positions = list(range(len(series.periods)))
    counts.plot(
        positions,
        series.cooperation,
        marker="o",
        color=COOPERATION_COLOUR,
        label="cooperation (quad classes 1-2)",
    )
    counts.plot(
        positions,
        series.conflict,
        marker="s",
        color=CONFLICT_COLOUR,
        label="conflict (quad classes 3-4)",
    )
    counts.set_ylabel("events")
    counts.legend(loc="upper left")
    counts.set_title(chart_title(query))
    colours = [COOPERATION_COLOUR if v >= 0 else CONFLICT_COLOUR for v in series.net_goldstein]
    goldstein.bar(positions, series.net_goldstein, color=colours)
    goldstein.axhline(0, color="black", linewidth=0.8)
    goldstein.set_ylabel("net Goldstein")
    goldstein.set_xlabel(query.period)
    step = max(1, len(positions) // 12)
    labels = [_label(p, query.period) for p in series.periods[::step]]
    goldstein.set_xticks(positions[::step], labels, rotation=45, ha="right")
    if not positions:
        counts.text(0.5, 0.5, "no events", transform=counts.transAxes, ha="center")
    return figure


def _label(day: date, period: str) -> str:
    if period == "year":
        return str(day.year)
    if period == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return day.strftime("%Y-%m") if period == "month" else day.isoformat()


def write_chart(table: Table, query: DyadQuery, out: Path) -> Path:
    """Draw the series to `out`, a .png or .html file (written aside, then renamed)."""
    suffix = out.suffix.lower()
    if suffix not in CHART_FORMATS:
        raise UsageError(f"--plot writes {' or '.join(CHART_FORMATS)} files, not {out.name!r}")
    series = DyadSeries.from_table(table, query.period)
    figure = dyad_figure(series, query)
    data = png_bytes(figure) if suffix == ".png" else _html_page(figure, table, query).encode()
    return write_bytes_atomically(out, data)


def png_bytes(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _html_page(figure: Figure, table: Table, query: DyadQuery) -> str:
    return figure_page(chart_title(query), figure, table)


def figure_page(title: str, figure: Figure, table: Table) -> str:
    """A self-contained HTML page: the figure as inline SVG, then the table it draws."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in table.rows
    )
    title = html.escape(title)
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}</style></head>\n"
        f"<body><h1>{title}</h1>\n{svg}\n<table><tr>{head}</tr>{body}</table></body></html>\n"
    )

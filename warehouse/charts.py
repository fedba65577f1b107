"""Charts of a dyad's time series, to print or publish: three panels over the same periods
(cooperation and conflict, each direction, Goldstein), the actors' names in the title and a
caption with the number of events and articles, the sources and the period.

Drawn with matplotlib's non-interactive Agg backend, as PNG (at a chosen resolution), PDF, SVG
or a self-contained HTML page (the chart as inline SVG, followed by the numbers it shows). The
colours are Okabe and Ito's, which stay distinct with the common colour-vision deficiencies.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from coders.errors import UsageError
from warehouse.analysis import DyadFacts, DyadQuery, Table
from warehouse.atomic import write_bytes_atomically

CHART_FORMATS = (".png", ".pdf", ".svg", ".html")
GOLDSTEIN_MODES = ("sum", "mean")
COOPERATION_COLOUR = "#0072B2"  # blue
CONFLICT_COLOUR = "#D55E00"  # vermillion
A_TO_B_COLOUR = "#009E73"  # bluish green
B_TO_A_COLOUR = "#CC79A7"  # reddish purple
LISTED_PUBLISHERS = 3


@dataclass(frozen=True)
class ChartOptions:
    """How to draw: PNG resolution, the Goldstein panel's sum or mean per event, and counts
    or counts per 1,000 articles coded in the period."""

    dpi: int = 150
    goldstein: str = "sum"
    per_articles: bool = False

    def __post_init__(self) -> None:
        if self.goldstein not in GOLDSTEIN_MODES:
            raise UsageError(f"--goldstein is sum or mean, not {self.goldstein!r}")
        if not 50 <= self.dpi <= 1200:
            raise UsageError(f"--dpi must be between 50 and 1200, not {self.dpi}")


@dataclass(frozen=True)
class ChartText:
    """The words on a chart: a title naming the actors, and a caption."""

    title: str
    caption: str
    a_label: str  # "Russia (RUS)"
    b_label: str


@dataclass(frozen=True)
class DyadSeries:
    """The columns of a `dyad_series` result that the chart draws (every period has a row)."""

    periods: list[date]
    a_to_b: list[int]
    b_to_a: list[int]
    cooperation: list[int]
    conflict: list[int]
    goldstein_sum: list[float]
    articles: list[int]

    @classmethod
    def from_table(cls, table: Table) -> DyadSeries:
        # The direction columns are named for the actors ("RUS_to_CHN"): the second and third.
        at = {name: i for i, name in enumerate(table.columns)}

        def column(name: str | int) -> list:
            index = name if isinstance(name, int) else at[name]
            return [row[index] for row in table.rows]

        return cls(
            column("period"),
            [int(v) for v in column(1)],
            [int(v) for v in column(2)],
            [int(v) for v in column("cooperation")],
            [int(v) for v in column("conflict")],
            [float(v or 0.0) for v in column("net_goldstein")],
            [int(v or 0) for v in column("articles_coded")],
        )

    def goldstein(self, mode: str) -> list[float]:
        """The Goldstein score per period: the sum, or the mean per event (0 with none)."""
        if mode == "sum":
            return self.goldstein_sum
        events = [a + b for a, b in zip(self.a_to_b, self.b_to_a, strict=True)]
        return [s / n if n else 0.0 for s, n in zip(self.goldstein_sum, events, strict=True)]

    def scaled(self, counts: list[int], per_articles: bool) -> list[float]:
        """Counts, or counts per 1,000 articles coded in the period (0 with none coded)."""
        if not per_articles:
            return [float(c) for c in counts]
        return [1000 * c / n if n else 0.0 for c, n in zip(counts, self.articles, strict=True)]


def chart_text(query: DyadQuery, facts: DyadFacts, a_name: str, b_name: str) -> ChartText:
    """Title and caption, with the actors' names ("Russia") beside their codes."""
    a_code, b_code = query.actor_a.upper(), query.actor_b.upper()
    a_label = a_code if a_name == a_code else f"{a_name} ({a_code})"
    b_label = b_code if b_name == b_code else f"{b_name} ({b_code})"
    quads = (
        f", quad classes {', '.join(map(str, query.quad_classes))}" if query.quad_classes else ""
    )
    title = f"Events between {a_label} and {b_label} by {query.period}{quads}"
    first = query.start or facts.first_day
    last = query.end or facts.last_day
    span = f"{first} to {last}" if first and last else "no events"
    shown = facts.publishers[:LISTED_PUBLISHERS]
    more = len(facts.publishers) - len(shown)
    sources = ", ".join(shown) + (f" and {more} more" if more > 0 else "") or "not recorded"
    caption = (
        f"{facts.events:,} events from {facts.articles:,} articles, {span}. "
        f"Sources: {sources}. Coded with CAMEO by eventcoder; Goldstein scale -10 to +10."
    )
    return ChartText(title, caption, a_label, b_label)


def dyad_figure(
    series: DyadSeries, query: DyadQuery, text: ChartText, options: ChartOptions
) -> Figure:
    """Three panels over the same periods: cooperation and conflict, each direction, and the
    Goldstein score; the legends stand to the right of the data."""
    figure = Figure(figsize=(10, 7.5), dpi=options.dpi, layout="constrained")
    quads, directions, goldstein = figure.subplots(3, 1, sharex=True, height_ratios=(3, 2, 2))
    positions = list(range(len(series.periods)))
    unit = "events per 1,000 articles" if options.per_articles else "events"
    _lines(
        quads,
        positions,
        [
            (
                series.scaled(series.cooperation, options.per_articles),
                COOPERATION_COLOUR,
                "o",
                "cooperation (quad classes 1-2)",
            ),
            (
                series.scaled(series.conflict, options.per_articles),
                CONFLICT_COLOUR,
                "s",
                "conflict (quad classes 3-4)",
            ),
        ],
        unit,
        integer=not options.per_articles,
    )
    _lines(
        directions,
        positions,
        [
            (
                series.scaled(series.a_to_b, options.per_articles),
                A_TO_B_COLOUR,
                "^",
                f"{text.a_label} → {text.b_label}",
            ),
            (
                series.scaled(series.b_to_a, options.per_articles),
                B_TO_A_COLOUR,
                "v",
                f"{text.b_label} → {text.a_label}",
            ),
        ],
        unit,
        integer=not options.per_articles,
    )
    _goldstein_bars(goldstein, positions, series.goldstein(options.goldstein), options.goldstein)
    goldstein.set_xlabel(query.period)
    step = max(1, len(positions) // 12)
    labels = [_label(p, query.period) for p in series.periods[::step]]
    goldstein.set_xticks(positions[::step], labels, rotation=45, ha="right")
    if not positions:
        quads.text(0.5, 0.5, "no events", transform=quads.transAxes, ha="center")
    figure.suptitle(text.title, fontsize=12)
    figure.supxlabel(text.caption, fontsize=8, color="#333333")
    return figure


def _lines(
    axes: Axes,
    positions: list[int],
    lines: list[tuple[list[float], str, str, str]],
    unit: str,
    integer: bool,
) -> None:
    for values, colour, marker, label in lines:
        axes.plot(positions, values, marker=marker, markersize=4, color=colour, label=label)
    axes.set_ylabel(unit)
    axes.set_ylim(bottom=0)
    if integer:
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)


def _goldstein_bars(axes: Axes, positions: list[int], values: list[float], mode: str) -> None:
    colours = [COOPERATION_COLOUR if v >= 0 else CONFLICT_COLOUR for v in values]
    axes.bar(positions, values, color=colours)
    axes.axhline(0, color="black", linewidth=0.8)
    what = "sum of Goldstein scores" if mode == "sum" else "mean Goldstein score per event"
    axes.set_ylabel("Goldstein")
    keys = [
        Patch(color=COOPERATION_COLOUR, label=f"{what}, cooperative"),
        Patch(color=CONFLICT_COLOUR, label=f"{what}, conflictual"),
    ]
    axes.legend(handles=keys, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)


def _label(day: date, period: str) -> str:
    if period == "year":
        return str(day.year)
    if period == "quarter":
        return f"{day.year} Q{(day.month - 1) // 3 + 1}"
    return day.strftime("%Y-%m") if period == "month" else day.isoformat()


def check_chart_file(out: Path) -> None:
    """Refuse a file type the charts are not written as, before anything is queried."""
    if out.suffix.lower() not in CHART_FORMATS:
        raise UsageError(f"--plot writes {', '.join(CHART_FORMATS)} files, not {out.name!r}")


def write_chart(
    table: Table, query: DyadQuery, text: ChartText, out: Path, options: ChartOptions
) -> Path:
    """Draw the series to `out` (.png, .pdf, .svg or .html; written aside, then renamed)."""
    check_chart_file(out)
    figure = dyad_figure(DyadSeries.from_table(table), query, text, options)
    return write_figure(out, figure, text.title, table, text.caption)


def write_figure(out: Path, figure: Figure, title: str, table: Table, caption: str = "") -> Path:
    """A figure written to `out` as its suffix says: an image or document file, or an HTML
    page holding it with `title`, `caption` and the `table` it draws."""
    suffix = out.suffix.lower()
    if suffix == ".html":
        data = figure_page(title, figure, table, caption).encode()
    else:
        data = figure_bytes(figure, suffix.lstrip("."))
    return write_bytes_atomically(out, data)


def figure_bytes(figure: Figure, kind: str = "png") -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format=kind)
    return buffer.getvalue()


def figure_page(title: str, figure: Figure, table: Table, caption: str = "") -> str:
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
    note = f"<p>{html.escape(caption)}</p>\n" if caption else ""
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}</style></head>\n"
        f"<body><h1>{title}</h1>\n{svg}\n{note}<table><tr>{head}</tr>{body}</table>"
        "</body></html>\n"
    )

"""A map of where events happened: one point per place, sized by its number of events, over
country outlines (`warehouse/outlines.py`), as PNG or as a self-contained HTML page (the map
as inline SVG, followed by the places it shows). Drawn offline with matplotlib.
"""

from __future__ import annotations

import math
from pathlib import Path

from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

from warehouse.analysis import PlacesQuery, Table
from warehouse.charts import check_chart_file, write_figure
from warehouse.outlines import country_rings

LAND_COLOUR = "#d9d9d9"
BORDER_COLOUR = "#ffffff"
# Okabe-Ito blue: tells apart from the grey land for colour-blind readers too.
POINT_COLOUR = "#0072b2"
# A point's area grows with its events: one event is POINT_AREA square points.
POINT_AREA = 18.0


def map_title(query: PlacesQuery) -> str:
    parts = ["Where events happened"]
    if query.actors:
        parts.append("involving " + ", ".join(a.upper() for a in query.actors))
    if query.codes:
        parts.append("CAMEO " + ", ".join(query.codes))
    if query.start or query.end:
        parts.append(f"{query.start or '…'} to {query.end or '…'}")
    return ", ".join(parts)


def map_figure(table: Table, unplaced: int, query: PlacesQuery) -> Figure:
    """Country outlines in grey with a blue point per place, its area by events."""
    figure = Figure(figsize=(11, 5.8), dpi=120)
    axes = figure.add_subplot()
    axes.add_collection(
        PolyCollection(
            country_rings(), facecolors=LAND_COLOUR, edgecolors=BORDER_COLOUR, linewidths=0.4
        )
    )
    column = {name: i for i, name in enumerate(table.columns)}
    rows = table.rows
    axes.scatter(
        [r[column["lon"]] for r in rows],
        [r[column["lat"]] for r in rows],
        s=[POINT_AREA * r[column["events"]] for r in rows],
        color=POINT_COLOUR,
        alpha=0.65,
        edgecolors="white",
        linewidths=0.5,
        zorder=3,
    )
    axes.set_xlim(-180, 180)
    axes.set_ylim(-60, 85)
    axes.set_aspect("equal")
    axes.set_axis_off()
    axes.set_title(map_title(query), fontsize=12)
    placed = sum(r[column["events"]] for r in rows)
    figure.text(
        0.01,
        0.02,
        f"{placed} events at {len(rows)} places; {unplaced} events the text did not place. "
        "Point area by events. Places: GeoNames; outlines: Natural Earth.",
        fontsize=8,
        color="#444444",
    )
    _size_key(axes, [r[column["events"]] for r in rows])
    figure.subplots_adjust(left=0.01, right=0.99, top=0.93, bottom=0.06)
    return figure


def _size_key(axes, counts: list[int]) -> None:
    """A legend of point sizes, in the open ocean below the map's data."""
    if not counts:
        return
    largest = max(counts)
    steps = sorted({1, max(1, round(math.sqrt(largest))), largest})
    for n in steps:
        axes.scatter([], [], s=POINT_AREA * n, color=POINT_COLOUR, alpha=0.65, label=str(n))
    axes.legend(
        title="events",
        loc="lower left",
        frameon=False,
        labelspacing=1.2,
        borderpad=1.0,
        fontsize=8,
        title_fontsize=8,
    )


def write_map(table: Table, unplaced: int, query: PlacesQuery, out: Path) -> Path:
    """Draw the places to `out`, a .png, .pdf, .svg or .html file (written aside, then
    renamed)."""
    check_chart_file(out)
    return write_figure(out, map_figure(table, unplaced, query), map_title(query), table)

"""The report attached to each flow run as a Prefect artifact: what the run was (warehouse,
inputs, coder and dictionary versions, time by stage), its counts as a markdown table, its
rejected inputs, and the chart of one dyad's series over the whole warehouse."""

from __future__ import annotations

import base64

from prefect import task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from coders.names import load_actor_names
from warehouse.analysis import DyadQuery, Table, busiest_dyad, dyad_facts, dyad_series
from warehouse.catalog import connect
from warehouse.charts import ChartOptions, DyadSeries, chart_text, dyad_figure, figure_bytes
from warehouse.store import Warehouse

ARTIFACT_KEY = "eventcoder-run-report"
MAX_LISTED_REJECTS = 20


def summary_table(counts: dict[str, int]) -> str:
    lines = ["| count | value |", "|---|---:|"]
    lines += [f"| {name} | {value:,} |" for name, value in counts.items()]
    return "\n".join(lines)


def about_table(about: dict[str, str]) -> str:
    lines = ["| run | |", "|---|---|"]
    lines += [f"| {name} | `{value}` |" for name, value in about.items()]
    return "\n".join(lines)


def rejects_list(rejected: list[str]) -> str:
    if not rejected:
        return "No input was rejected."
    shown = [f"- `{r}`" for r in rejected[:MAX_LISTED_REJECTS]]
    more = len(rejected) - MAX_LISTED_REJECTS
    return "\n".join(
        shown + ([f"- … and {more} more (see the `rejects` view)"] if more > 0 else [])
    )


def dyad_section(warehouse: Warehouse, dyad: str) -> str:
    """The chart (an inline PNG) and table of the dyad's monthly series; when the configured
    dyad has no events, the warehouse's busiest pair of countries instead."""
    actors = dyad.split()
    if len(actors) != 2:
        return ""
    with connect(warehouse) as connection:
        query = DyadQuery(actors[0], actors[1], "month")
        facts = dyad_facts(connection, query)
        note = ""
        if not facts.events:
            busiest = busiest_dyad(connection)
            if busiest is None:
                return f"## {actors[0]} – {actors[1]}\n\nNo events in the warehouse yet."
            note = f"No events between {actors[0]} and {actors[1]}: the busiest pair instead.\n\n"
            query = DyadQuery(busiest[0], busiest[1], "month")
            facts = dyad_facts(connection, query)
        table = dyad_series(connection, query)
    names = load_actor_names()
    text = chart_text(query, facts, names.name(query.actor_a).name, names.name(query.actor_b).name)
    figure = dyad_figure(DyadSeries.from_table(table), query, text, ChartOptions(dpi=100))
    image = base64.b64encode(figure_bytes(figure, "png"))
    return (
        f"## {text.title}\n\n{note}"
        f"![{query.actor_a}-{query.actor_b} series](data:image/png;base64,{image.decode()})\n\n"
        f"{text.caption}\n\n" + _markdown(table)
    )


def _markdown(table: Table) -> str:
    lines = ["| " + " | ".join(table.columns) + " |", "|" + "---|" * len(table.columns)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in table.rows]
    return "\n".join(lines)


@task(cache_policy=NO_CACHE)
def publish_report(
    warehouse: Warehouse,
    counts: dict[str, int],
    rejected: list[str],
    dyad: str,
    about: dict[str, str] | None = None,
) -> str:
    """Attach the run report to the current flow run; returns the markdown."""
    markdown = "\n\n".join(
        part
        for part in (
            "# eventcoder run",
            about_table(about) if about else "",
            summary_table(counts),
            "## Rejected inputs\n\n" + rejects_list(rejected),
            dyad_section(warehouse, dyad),
        )
        if part
    )
    create_markdown_artifact(markdown, key=ARTIFACT_KEY, description="eventcoder run report")
    return markdown

"""The `eventcoder` command line: each command parses its flags and calls one library function."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

# Prefect reads these when it is first imported: no telemetry, quiet embedded server.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")

from coders.articles import Article, article_from_text, future_date_problem, parse_date
from coders.errors import EventCoderError, InputError, UsageError
from coders.inputs import STDIN, Rejected, read_all
from coders.names import load_actor_names
from flows.cli_support import (
    WarehouseOption,
    fail,
    one_line_errors,
    settings_from,
)
from flows.cli_warehouse import warehouse_app
from flows.output import FORMATS, render
from flows.summary import EXIT_ERROR, EXIT_NOTHING_CODED, EXIT_SOME_REJECTED, EXIT_USAGE
from warehouse.analysis import (
    DyadQuery,
    PlacesQuery,
    Table,
    dyad_facts,
    dyad_series,
    event_places,
    run_sql,
)
from warehouse.catalog import connect, saved_query
from warehouse.store import Warehouse

app = typer.Typer(
    help="Code news into CAMEO events, store them as Parquet, query with DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(asked: bool) -> None:
    if not asked:
        return
    from importlib.metadata import version

    from coders.defaults import DEFAULT_DICTIONARIES
    from coders.dictionaries import content_version
    from coders.records import CODER_VERSION

    shipped = content_version(DEFAULT_DICTIONARIES)
    typer.echo(
        f"eventcoder {version('eventcoder')} (coder {CODER_VERSION}, shipped dictionaries "
        f"{shipped})"
    )
    raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print the version of eventcoder, its coder and its dictionaries.",
        ),
    ] = False,
) -> None:
    """Code news into CAMEO events, store them as Parquet, query with DuckDB."""


ModelOption = Annotated[
    str | None, typer.Option("--model", help="Installed spaCy pipeline to parse with.")
]
DictionariesOption = Annotated[
    Path | None, typer.Option("--dictionaries", help="Dictionary directory to code with.")
]
UserDictionariesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--user-dictionaries",
        help="Your own dictionary file or folder, read after the others (repeatable).",
    ),
]
FormatOption = Annotated[str, typer.Option("--format", help="table, csv or json.")]
FromOption = Annotated[str | None, typer.Option("--from", help="First date, YYYY-MM-DD.")]
ToOption = Annotated[str | None, typer.Option("--to", help="Last date, YYYY-MM-DD.")]
ActorsOption = Annotated[
    list[str] | None,
    typer.Option("--actor", help="Events touching this actor code prefix (repeatable)."),
]
RunnerOption = Annotated[
    str | None, typer.Option("--runner", help="local (default) or dask: where batches are coded.")
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", help="Worker processes of a local Dask cluster.")
]
DaskAddressOption = Annotated[
    str | None,
    typer.Option("--dask-address", help="Scheduler of a running Dask cluster (tcp://host:8786)."),
]


def _runner_options(runner: str | None, workers: int | None, address: str | None) -> dict:
    """Flag values that override the settings; --dask-address alone implies --runner dask."""
    chosen = {"runner": runner or ("dask" if address else None), "workers": workers}
    chosen["dask_address"] = address
    if chosen["runner"] not in (None, "local", "dask"):
        raise UsageError(f"--runner must be local or dask, not {runner!r}")
    return {key: value for key, value in chosen.items() if value is not None}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}", EXIT_USAGE)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    warehouse: WarehouseOption = None,
    model: ModelOption = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
    runner: RunnerOption = None,
    workers: WorkersOption = None,
    dask_address: DaskAddressOption = None,
) -> None:
    """Code articles into the warehouse (already coded ones are skipped).

    Example: eventcoder run examples/ --warehouse eventdata
    """
    from flows.run import run_paths

    with one_line_errors():
        settings = settings_from(warehouse, model, dictionaries, user_dictionaries)
        settings = settings.model_copy(update=_runner_options(runner, workers, dask_address))
        _check_inputs_exist(paths)
        Warehouse(settings.warehouse).check_free()  # before Prefect and spaCy load
        summary = run_paths(paths, settings, say=lambda message: typer.echo(message, err=True))
    for rejection in summary.rejected:
        typer.echo(f"rejected: {rejection}", err=True)
    for failure in summary.failed:
        typer.echo(f"failed: {failure}", err=True)
    typer.echo("\n".join(summary.lines()))
    raise typer.Exit(code=summary.exit_code())


def _check_inputs_exist(paths: list[str]) -> None:
    """Stop before anything is created when no input path exists (a mistyped path)."""
    if paths and not any(p == STDIN or Path(p).exists() or Path(p).is_symlink() for p in paths):
        fail(f"nothing to code: {', '.join(paths)}: no such file or directory", EXIT_NOTHING_CODED)


@app.command()
def serve(
    inbox: Annotated[Path, typer.Option("--inbox", help="Folder where new articles arrive.")],
    feeds: Annotated[
        Path | None, typer.Option("--feeds", help="File of RSS/Atom feed URLs, one per line.")
    ] = None,
    cron: Annotated[
        str, typer.Option("--cron", help="When to run, as a cron expression.")
    ] = "*/15 * * * *",
    every: Annotated[
        float | None, typer.Option("--every", help="Run every N seconds instead of --cron.")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="Run once now, then exit.")] = False,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Deployment name (default: eventcoder-inbox-<hash of inbox, feeds, warehouse>).",
        ),
    ] = None,
    create_inbox: Annotated[
        bool, typer.Option("--create-inbox", help="Create the inbox folder if it is missing.")
    ] = False,
    warehouse: WarehouseOption = None,
    runner: RunnerOption = None,
    workers: WorkersOption = None,
    dask_address: DaskAddressOption = None,
) -> None:
    """Code what arrives in an inbox folder (and feeds) on a schedule, with Prefect's serve.

    Example: eventcoder serve --inbox news/inbox --feeds feeds.txt --cron "*/15 * * * *"
    """
    from flows.inbox import code_inbox
    from flows.server import prefect_server

    with one_line_errors():
        overrides = _runner_options(runner, workers, dask_address)
        overrides["warehouse"] = str(Warehouse(settings_from(warehouse).warehouse).root)
        _check_inbox(inbox, create_inbox)
        arguments: dict[str, Any] = {
            "inbox": str(inbox.expanduser().resolve()),
            "feeds": str(feeds.expanduser().resolve()) if feeds else None,
            "overrides": overrides,
        }
        if once:
            summary = code_inbox(**arguments)
            typer.echo("\n".join(summary.lines()) if summary else "nothing new in the inbox")
            raise typer.Exit(code=summary.exit_code() if summary else 0)
        schedule = {"interval": every} if every else {"cron": cron}
        with prefect_server(scheduler_seconds=min(every, 60) if every else None) as server:
            from flows.serving import deployment_name, serve_inbox

            typer.echo(f"Prefect API: {server.ready()}", err=True)
            chosen = name or deployment_name(arguments)
            cleared = serve_inbox(arguments, chosen, schedule)
    typer.echo(
        f"stopped serving {chosen} ({cleared} scheduled runs cleared at the start: left by "
        "an earlier process, or made before the deployment was updated)",
        err=True,
    )


def _check_inbox(inbox: Path, create: bool) -> None:
    if inbox.is_dir():
        return
    if inbox.exists():
        fail(f"{inbox}: is a file; --inbox takes a folder", EXIT_USAGE)
    if not create:
        fail(f"{inbox}: no such folder (give --create-inbox to create it)", EXIT_USAGE)
    inbox.mkdir(parents=True)


@app.command()
def recode(
    start: Annotated[
        str | None, typer.Option("--from", help="First article date, YYYY-MM-DD.")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last article date, YYYY-MM-DD.")] = None,
    publisher: Annotated[
        list[str] | None, typer.Option("--publisher", help="Publisher (repeatable).")
    ] = None,
    article_id: Annotated[
        list[str] | None, typer.Option("--id", help="Article id (repeatable).")
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Also re-code articles already coded this way.")
    ] = False,
    warehouse: WarehouseOption = None,
    model: ModelOption = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
) -> None:
    """Code stored articles again with the current dictionaries and replace their events.

    Example: eventcoder recode --from 2022-01-01 --to 2022-12-31 --publisher Reuters
    """
    from flows.precheck import settle_recode_without_coding
    from warehouse.selection import ArticleSelection

    with one_line_errors():
        selection = ArticleSelection(
            _day(start, "--from"),
            _day(end, "--to"),
            tuple(publisher or ()),
            tuple(article_id or ()),
        )
        settings = settings_from(warehouse, model, dictionaries, user_dictionaries)
        summary = settle_recode_without_coding(selection, settings, force)
        if summary is None:
            from flows.server import prefect_server

            with prefect_server(scheduler=False) as server:
                from flows.recode import recode_articles

                server.ready()
                summary = recode_articles(selection, settings, force)
    for rejection in [*summary.run.rejected, *summary.run.failed]:
        typer.echo(f"not re-coded: {rejection}", err=True)
    typer.echo("\n".join(summary.lines()))
    raise typer.Exit(code=summary.run.exit_code())


@app.command()
def code(
    text: Annotated[str | None, typer.Argument(help="Text to code (or use --input).")] = None,
    input: Annotated[
        Path | None, typer.Option("--input", help="A .txt, .jsonl or .csv file.")
    ] = None,
    on: Annotated[
        str | None,
        typer.Option("--date", help="Article date, YYYY-MM-DD (default for TEXT: today)."),
    ] = None,
    model: ModelOption = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
) -> None:
    """Code text without writing anything; print one JSON object per event.

    Example: eventcoder code "Russia criticised NATO." --date 2022-03-01
    """
    with one_line_errors():
        day = _article_day(on)
        settings = settings_from(
            model=model, dictionaries=dictionaries, user_dictionaries=user_dictionaries
        )
        articles, rejected = _articles_to_code(text, input, day, settings.max_article_chars)
        from coders.pipeline import Coder

        coder = Coder(settings.coder_config())
        for coded in coder.code(articles):
            for event in coded.events:
                typer.echo(json.dumps(event.to_dict(), default=str, ensure_ascii=False))
    if rejected:
        raise typer.Exit(code=EXIT_SOME_REJECTED if articles else EXIT_NOTHING_CODED)


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or a short text to explain.")],
    on: Annotated[
        str | None,
        typer.Option("--date", help="Its date, YYYY-MM-DD (default: today)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON array.")] = False,
    model: ModelOption = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
) -> None:
    """Show how a sentence is coded: parse, actors with their dictionary lines, verbs with
    the pattern matched and what became of it, and the events.

    Example: eventcoder explain "Russia and Ukraine held talks in Istanbul." --date 2022-03-29
    """
    with one_line_errors():
        day = _article_day(on) or date.today()
        settings = settings_from(
            model=model, dictionaries=dictionaries, user_dictionaries=user_dictionaries
        )
        from coders.explain import as_json as explanation_json
        from coders.explain import as_text, explain
        from coders.pipeline import Coder

        explained = explain(text, day, Coder(settings.coder_config()))
    if as_json:
        typer.echo(json.dumps(explanation_json(explained), ensure_ascii=False))
    else:
        typer.echo(as_text(explained))


def _articles_to_code(
    text: str | None, path: Path | None, day: date | None, max_chars: int
) -> tuple[list[Article], int]:
    """The articles to code, and how many inputs were rejected (each reported)."""
    if (text is None) == (path is None):
        raise UsageError("give either TEXT or --input FILE")
    if text is not None:
        if "\n" not in text and len(text) < 4096 and Path(text).is_file():
            fail(f"{text} is a file: to code its articles, use --input {text}", EXIT_USAGE)
        return [article_from_text(text, "<argument>", day or date.today())], 0
    if not path or not path.exists():
        fail(f"{path}: no such file", EXIT_NOTHING_CODED)
    items = list(read_all([str(path)], day, max_chars))
    for item in items:
        if isinstance(item, Rejected):
            typer.echo(f"rejected: {item}", err=True)
    articles = [i for i in items if isinstance(i, Article)]
    return articles, len(items) - len(articles)


@app.command()
def query(
    sql: Annotated[
        str | None, typer.Argument(help="Read-only SQL over the views, tables and macros below.")
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file", help="A .sql file, or the name of a saved query in warehouse/queries/."
        ),
    ] = None,
    fmt: FormatOption = "table",
    warehouse: WarehouseOption = None,
) -> None:
    """Run read-only SQL on the warehouse and print the result.

    Views: events, articles, texts, runs, rejects, sources, events_one_a_day.
    Tables: actors (names), cameo_codes (descriptions), catalog_info.
    Macros: dyad_events(a, b), dyad_series(a, b, unit), dyad_by_quad(a, b, unit),
    net_goldstein(a, b), top_dyads(first_day, last_day, how_many),
    actor_activity(actor, unit), dyad_places(a, b, unit).
    Saved queries (--file): one_a_day_by_month, rejected_inputs,
    russia_china_cooperation, russia_ukraine_goldstein, russia_ukraine_places,
    top_dyads_2022.

    Example: eventcoder query "SELECT * FROM dyad_series('RUS', 'CHN', 'year')"
    """
    _check_format(fmt)
    with one_line_errors():
        if (sql is None) == (file is None):
            raise UsageError("give either SQL or --file")
        statement = sql if sql is not None else saved_query(file or "")
        with connect(Warehouse(settings_from(warehouse).warehouse)) as connection:
            table = run_sql(connection, statement)
    typer.echo(render(table, fmt))


@app.command()
def dyad(
    actor_a: Annotated[str, typer.Argument(help="Actor code or prefix, e.g. RUS or RUSGOV.")],
    actor_b: Annotated[str, typer.Argument(help="Actor code or prefix, e.g. CHN.")],
    by: Annotated[str, typer.Option("--by", help="day, week, month, quarter or year.")] = "month",
    cooperation: Annotated[
        bool, typer.Option("--cooperation", help="Quad classes 1-2 only.")
    ] = False,
    conflict: Annotated[bool, typer.Option("--conflict", help="Quad classes 3-4 only.")] = False,
    quad: Annotated[str | None, typer.Option("--quad", help="Quad classes, e.g. 1,2.")] = None,
    start: FromOption = None,
    end: ToOption = None,
    fmt: FormatOption = "table",
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Also draw the series to FILE.png, .pdf, .svg or .html."),
    ] = None,
    dpi: Annotated[int, typer.Option("--dpi", help="Resolution of a PNG chart.")] = 150,
    goldstein: Annotated[
        str,
        typer.Option("--goldstein", help="The chart's Goldstein panel: sum or mean per event."),
    ] = "sum",
    per_articles: Annotated[
        bool,
        typer.Option(
            "--per-articles", help="Chart events per 1,000 articles coded in each period."
        ),
    ] = False,
    names: Annotated[
        bool, typer.Option("--names", help="Add the two actors' names as columns.")
    ] = False,
    warehouse: WarehouseOption = None,
) -> None:
    """Print the time series of events between two actors, both directions, with every period
    from the first to the last (a period with no events is a zero) and the articles coded in
    each.

    Example: eventcoder dyad RUS CHN --by month --cooperation --plot rus-chn.pdf
    """
    _check_format(fmt)
    with one_line_errors():
        request = DyadQuery(
            actor_a,
            actor_b,
            by,
            _quads(cooperation, conflict, quad),
            _day(start, "--from"),
            _day(end, "--to"),
        )
        if plot:
            from warehouse.charts import ChartOptions, check_chart_file

            options = ChartOptions(dpi, goldstein, per_articles)
            check_chart_file(plot)
        actor_names = load_actor_names() if plot or names else None
        labels = (
            (actor_names.name(actor_a).name, actor_names.name(actor_b).name)
            if actor_names
            else (actor_a, actor_b)
        )
        with connect(Warehouse(settings_from(warehouse).warehouse)) as connection:
            table = dyad_series(connection, request)
            if plot:
                from warehouse.charts import chart_text, write_chart

                text = chart_text(request, dyad_facts(connection, request), *labels)
                write_chart(table, request, text, plot, options)
    typer.echo(render(_with_names(table, labels) if names else table, fmt))
    if plot:
        typer.echo(f"chart written to {plot}", err=True)


def _with_names(table: Table, names: tuple[str, str]) -> Table:
    """The dyad table with the two actors' names as its first columns."""
    a_name, b_name = names
    return Table(["a_name", "b_name", *table.columns], [(a_name, b_name, *r) for r in table.rows])


@app.command()
def places(
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorsOption = None,
    code: Annotated[
        list[str] | None,
        typer.Option("--code", help="Events of this CAMEO code or prefix, e.g. 19 (repeatable)."),
    ] = None,
    fmt: FormatOption = "table",
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Also draw the places on a map, FILE.png or FILE.html."),
    ] = None,
    warehouse: WarehouseOption = None,
) -> None:
    """Print where events happened: each place with its country, coordinates and events.

    Example: eventcoder places --actor RUS --code 19 --plot fighting.png
    """
    _check_format(fmt)
    with one_line_errors():
        request = PlacesQuery(
            _day(start, "--from"), _day(end, "--to"), tuple(actor or ()), tuple(code or ())
        )
        with connect(Warehouse(settings_from(warehouse).warehouse)) as connection:
            table, unplaced = event_places(connection, request)
        if plot:
            from warehouse.maps import write_map

            write_map(table, unplaced, request, plot)
    typer.echo(render(table, fmt))
    typer.echo(f"{unplaced} events the text did not place", err=True)
    if plot:
        typer.echo(f"map written to {plot}", err=True)


def _quads(cooperation: bool, conflict: bool, quad: str | None) -> tuple[int, ...]:
    chosen = set()
    if cooperation:
        chosen |= {1, 2}
    if conflict:
        chosen |= {3, 4}
    if quad:
        try:
            chosen |= {int(q) for q in quad.split(",") if q.strip()}
        except ValueError as exc:
            raise UsageError(f"--quad takes numbers 1-4 separated by commas, not {quad!r}") from exc
    if not chosen <= {1, 2, 3, 4}:
        raise UsageError(f"quad classes are 1 to 4, not {sorted(chosen - {1, 2, 3, 4})}")
    return tuple(sorted(chosen))


def _day(text: str | None, option: str) -> date | None:
    """A date option, read as article dates are and worded the same way when it is none."""
    if text is None:
        return None
    try:
        return parse_date(text, option)
    except InputError as error:
        raise UsageError(str(error)) from error


def _article_day(text: str | None) -> date | None:
    """An article's --date: a date, and not one in the future (which `run` rejects too)."""
    day = _day(text, "--date")
    problem = future_date_problem(day) if day else None
    if problem:
        raise UsageError(f"--date: {problem}")
    return day


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="csv, tsv, parquet or jsonl.")],
    out: Annotated[Path, typer.Option("--out", help="File to write.")],
    start: FromOption = None,
    end: ToOption = None,
    actor: ActorsOption = None,
    layout: Annotated[
        str,
        typer.Option(
            "--layout", help="eventcoder, phoenix, icews, gdelt or plover (JSON lines) columns."
        ),
    ] = "eventcoder",
    names: Annotated[
        bool,
        typer.Option("--names", help="Add source_name, target_name and event_description columns."),
    ] = False,
    text: Annotated[
        bool,
        typer.Option(
            "--text/--no-text",
            help="--no-text leaves every column of article words empty (sentence, actor "
            "phrases): ids, URLs and codes only, for sharing.",
        ),
    ] = True,
    warehouse: WarehouseOption = None,
) -> None:
    """Export events as CSV, TSV, Parquet or JSON lines; event codes stay text ("010").

    Example: eventcoder export --format csv --out rus.csv --actor RUS --from 2022-01-01
    """
    from warehouse.exports import ExportRequest, export_events

    with one_line_errors():
        request = ExportRequest(
            fmt,
            out,
            _day(start, "--from"),
            _day(end, "--to"),
            tuple(actor or ()),
            layout,
            names,
            text,
        )
        with connect(Warehouse(settings_from(warehouse).warehouse)) as connection:
            rows = export_events(connection, request)
    typer.echo(f"{rows} events written to {out}")


@app.command()
def evaluate(
    file: Annotated[
        Path,
        typer.Argument(
            help="A PETRARCH validation XML file, or a JSON Lines set of stories "
            "(realnews-dev.jsonl's format)."
        ),
    ],
    dictionaries: Annotated[
        Path | None,
        typer.Option(
            "--dictionaries",
            help="Directory holding the PETRARCH dictionary files the XML's "
            "<Environment> names (default: eventcoder's shipped dictionaries).",
        ),
    ] = None,
    failures: Annotated[bool, typer.Option("--failures", help="List each wrong record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    markdown: Annotated[
        Path | None,
        typer.Option(
            "--markdown", help="Also write the scores as a Markdown page, e.g. docs/validation.md."
        ),
    ] = None,
    save: Annotated[
        Path | None,
        typer.Option("--save", help="Also save each sentence's events, for a later --compare."),
    ] = None,
    compare_with: Annotated[
        Path | None,
        typer.Option(
            "--compare", help="List the sentences whose events changed since a --save file."
        ),
    ] = None,
    model: ModelOption = None,
) -> None:
    """Score the coder on a validation suite: records correct, precision, recall, F1.

    Example: eventcoder evaluate ../shared/validation/PETR2_GSR_validation.xml --failures
    """
    from coders.evaluation import markdown_report, snapshot, update_page

    with one_line_errors():
        baseline = _saved_run(compare_with) if compare_with else None
        config = settings_from(model=model).coder_config()
        evaluation = _evaluation(file, config, dictionaries)
    summary = evaluation.summary()
    if save:
        save.write_text(json.dumps(snapshot(evaluation)), encoding="utf-8")
    if markdown:
        page = markdown.read_text(encoding="utf-8") if markdown.exists() else ""
        section = markdown_report(file.name, summary, evaluation)
        markdown.write_text(update_page(page, file.name, section), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(summary))
    else:
        typer.echo(_summary_text(summary))
    if failures:
        for outcome in evaluation.failures():
            typer.echo(_failure_text(outcome))
    if baseline is not None:
        _print_changes(baseline, evaluation)
    if not summary["expected_events"]:
        typer.echo(
            f"warning: {file} expects no events in any record, so precision, recall and F1 "
            "say nothing about the coder (is it a validation file with expected codings?)",
            err=True,
        )
        raise typer.Exit(code=EXIT_ERROR)


def _saved_run(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a file saved by `evaluate --save` ({error})") from error


def _print_changes(baseline: dict, evaluation) -> None:
    """Each sentence whose events changed since the saved run, and the tally by verdict."""
    from collections import Counter

    from coders.evaluation import compare

    def show(events) -> str:
        return ", ".join(" ".join(e) for e in sorted(events)) or "none"

    changes = compare(baseline, evaluation)
    for change in changes:
        typer.echo(
            f"\n{change.verdict}: {change.id} {change.text}\n  expected: {show(change.expected)}"
            f"\n  before:   {show(change.before)}\n  now:      {show(change.now)}"
        )
    verdicts = Counter(change.verdict for change in changes)
    typer.echo(
        f"\n{len(changes)} sentences changed: {verdicts['better']} better, "
        f"{verdicts['worse']} worse, {verdicts['mixed']} mixed"
    )


def _evaluation(file: Path, config, dictionaries: Path | None):
    """Score a PETRARCH XML suite (with its own dictionaries, if given), or a JSON Lines set
    of stories coded with the configured dictionaries."""
    from coders.evaluation import evaluate as run_evaluation
    from coders.evaluation import parse_suite, suite_lexicon
    from coders.newsset import evaluate_stories, parse_stories
    from coders.pipeline import Coder

    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{file}: {error.strerror or error}") from error
    if file.suffix == ".jsonl":
        return evaluate_stories(parse_stories(text, str(file)), Coder(config))
    suite = parse_suite(text)
    lexicon = suite_lexicon(suite, dictionaries) if dictionaries else None
    return run_evaluation(suite, Coder(config, lexicon=lexicon))


def _summary_text(summary: dict) -> str:
    lines = [
        f"records: {summary['records']}, fully correct: {summary['records_correct']} "
        f"({summary['records_correct_fraction']:.1%})",
        f"events (source, target, code): precision {summary['precision']:.3f}, "
        f"recall {summary['recall']:.3f}, F1 {summary['f1']:.3f}",
        f"events at root level:          precision {summary['root_precision']:.3f}, "
        f"recall {summary['root_recall']:.3f}, F1 {summary['root_f1']:.3f}",
        f"country dyad and root:         precision {summary['dyad_root_precision']:.3f}, "
        f"recall {summary['dyad_root_recall']:.3f}, F1 {summary['dyad_root_f1']:.3f}",
        f"country dyad:                  precision {summary['dyad_precision']:.3f}, "
        f"recall {summary['dyad_recall']:.3f}, F1 {summary['dyad_f1']:.3f}",
        "by category:",
    ]
    for name, scores in summary["by_category"].items():
        lines.append(
            f"  {name:<10} {scores['records_correct']:>4}/{scores['records']:<4} "
            f"correct, F1 {scores['f1']:.3f}, root F1 {scores['root_f1']:.3f}"
        )
    lines.append("quad class, expected (rows) against coded on the same dyad (columns):")
    lines += _quad_table(summary["quad_confusion"])
    if "miss_causes" in summary:
        lines.append("why expected events were missed:")
        lines += [f"  {count:>4}  {cause}" for cause, count in summary["miss_causes"].items()]
    if "location" in summary:
        place = summary["location"]
        lines.append(
            f"places: {place['right_place']} of the {place['coded']} coded events the set "
            f"places are in the right place ({place['accuracy']:.3f}); {place['located']} were "
            f"given a place; {place['expected_with_place']} expected events have one"
        )
    return "\n".join(lines)


def _quad_table(confusion: dict[str, dict[str, int]]) -> list[str]:
    columns = ["1", "2", "3", "4", "none"]
    lines = ["  " + " " * 6 + "".join(f"{c:>6}" for c in columns)]
    for row in columns:
        if row in confusion:
            counts = confusion[row]
            lines.append(f"  {row:<6}" + "".join(f"{counts.get(c, 0):>6}" for c in columns))
    return lines


def _failure_text(outcome) -> str:
    record = outcome.record

    def show(events):
        return ", ".join(" ".join(e) for e in sorted(events)) or "none"

    missed = sorted(record.expected - outcome.produced)
    why = "".join(
        f"\n  missed {' '.join(m)}: {cause}"
        for m, cause in zip(missed, outcome.causes, strict=False)
    )
    return (
        f"\n{record.id} [{record.category}] {record.text}\n"
        f"  expected: {show(record.expected)}\n  produced: {show(outcome.produced)}\n"
        f"  patterns: {'; '.join(outcome.patterns) or '-'}{why}"
    )


dictionaries_app = typer.Typer(
    help="Import, count, look up and check dictionaries.", no_args_is_help=True
)
app.add_typer(dictionaries_app, name="dictionaries")


@dictionaries_app.command("import")
def dictionaries_import(
    files: Annotated[list[Path], typer.Argument(help="PETRARCH/TABARI dictionary files.")],
    to: Annotated[Path, typer.Option("--to", help="Directory to write eventcoder files into.")],
) -> None:
    """Convert PETRARCH/TABARI dictionaries into eventcoder's format; report unreadable lines.

    Example: eventcoder dictionaries import CAMEO.2.0.txt Phoenix.agents.txt --to my-dicts
    """
    from coders.petrarch.importer import import_file

    problems = unreadable = 0
    for path in files:
        try:
            report = import_file(path, to)
        except (EventCoderError, OSError) as error:
            typer.echo(f"error: {error}", err=True)
            unreadable += 1
            continue
        for problem in report.problems:
            typer.echo(f"skipped: {problem}", err=True)
        problems += len(report.problems)
        written = ", ".join(f"{name} ({rows} rows)" for name, rows in report.written.items())
        typer.echo(
            f"{path}: {report.kind}, {report.lines_used} lines read, "
            f"{len(report.problems)} skipped -> {written}"
        )
    if problems:
        typer.echo(f"{problems} lines could not be imported")
    elif not unreadable:
        typer.echo("every line imported")
    if unreadable:
        fail(f"{unreadable} of {len(files)} files could not be imported")


@dictionaries_app.command("stats")
def dictionaries_stats(
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Count the entries of a dictionary directory (default: the shipped dictionaries).

    Example: eventcoder dictionaries stats --json
    """
    from coders.stats import dictionary_stats

    with one_line_errors():
        settings = settings_from(dictionaries=dictionaries, user_dictionaries=user_dictionaries)
        stats = dictionary_stats(settings.dictionaries, settings.user_dictionary_paths())
    if as_json:
        typer.echo(json.dumps(stats))
    else:
        typer.echo("\n".join(f"{key}: {value}" for key, value in stats.items()))


@dictionaries_app.command("lookup")
def dictionaries_lookup(
    name: Annotated[str, typer.Argument(help="A name or phrase, as written in the news.")],
    on: Annotated[
        str | None, typer.Option("--date", help="The article date, YYYY-MM-DD (default today).")
    ] = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Show which entries list a name, the code it takes on a date, and why.

    Example: eventcoder dictionaries lookup "Yang Jiechi" --date 2022-09-20
    """
    from coders.dictionaries import load_dictionaries
    from coders.lookup import lookup

    with one_line_errors():
        settings = settings_from(dictionaries=dictionaries, user_dictionaries=user_dictionaries)
        found = load_dictionaries(settings.dictionaries, settings.user_dictionary_paths())
        result = lookup(found, name, _day(on, "--date") or date.today())
    if as_json:
        typer.echo(json.dumps(result.as_dict()))
        return
    typer.echo(f"{result.phrase} on {result.day}: {result.code or 'no actor code'}")
    typer.echo(f"why: {result.reason}")
    for entry in result.actors:
        span = f"{entry.start or '…'} to {entry.end or '…'}" if entry.dated else "undated"
        typer.echo(f"  {entry.source}:{entry.line}  {entry.code:<12} {span}")
    for agent in result.agents:
        typer.echo(f"  {agent.source}:{agent.line}  agent {agent.code}")


@dictionaries_app.command("lint")
def dictionaries_lint(
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 on conflicts and warnings too.")
    ] = False,
) -> None:
    """Report unreadable rows, duplicate and conflicting actors, patterns that never match.

    Example: eventcoder dictionaries lint --user-dictionaries my-actors.tsv
    """
    from collections import Counter

    from coders.lint import lint

    with one_line_errors():
        settings = settings_from(dictionaries=dictionaries, user_dictionaries=user_dictionaries)
        findings = lint(settings.dictionaries, settings.user_dictionary_paths())
    for finding in findings:
        typer.echo(str(finding))
    counts = Counter(f.severity for f in findings)
    typer.echo(
        f"{counts['error']} errors, {counts['conflict']} conflicts, {counts['warning']} warnings",
        err=True,
    )
    if counts["error"] or (strict and findings):
        raise typer.Exit(code=1)


@dictionaries_app.command("gaps")
def dictionaries_gaps(
    warehouse: WarehouseOption = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Articles to read, the latest first.")
    ] = 1000,
    top: Annotated[int, typer.Option("--top", help="How many of each to list.")] = 25,
    start: FromOption = None,
    end: ToOption = None,
    model: ModelOption = None,
    dictionaries: DictionariesOption = None,
    user_dictionaries: UserDictionariesOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """List the actors discovered from the text (as rows to paste into an actors file), the
    commonest names no actor entry matched, and the verbs of sentences that named two actors
    but gave no event: the worklist for growing the dictionaries.

    Example: eventcoder dictionaries gaps --warehouse eventdata --top 20
    """
    from flows.gaps import dictionary_gaps
    from warehouse.selection import ArticleSelection

    with one_line_errors():
        settings = settings_from(warehouse, model, dictionaries, user_dictionaries)
        selection = ArticleSelection(_day(start, "--from"), _day(end, "--to"))
        found = dictionary_gaps(settings, selection, limit).top(top)
    if as_json:
        typer.echo(json.dumps(found))
        return
    typer.echo("actors discovered from their role (candidate rows for an actors file):")
    for row in found["discovered_actors"]:
        typer.echo(f"  {row['count']:>5}  {row['row']}")
    typer.echo("names no actor entry matched:")
    for row in found["unmatched_names"]:
        typer.echo(f"  {row['count']:>5}  {row['name']} ({row['label']})")
    typer.echo("verbs of sentences with two actors and no event:")
    for row in found["verbs_without_events"]:
        typer.echo(f"  {row['count']:>5}  {row['verb']}   e.g. {str(row['example'])[:90]}")


app.add_typer(warehouse_app, name="warehouse")


def main() -> None:
    app(sys.argv[1:])

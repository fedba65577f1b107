"""`eventcoder warehouse …`: look after the warehouse's files (compact, verify, repair, info)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from flows.cli_support import WarehouseOption, fail, one_line_errors, settings_from
from warehouse.store import Warehouse

warehouse_app = typer.Typer(help="Look after the warehouse's files.", no_args_is_help=True)


@warehouse_app.command("compact")
def warehouse_compact(warehouse: WarehouseOption = None) -> None:
    """Merge each partition's small Parquet files into one; query results do not change.

    Example: eventcoder warehouse compact --warehouse eventdata
    """
    from warehouse.catalog import refresh_catalog

    with one_line_errors():
        settings = settings_from(warehouse)
        store = Warehouse(settings.warehouse)
        with store.lock():
            result = store.compact()
            refresh_catalog(store, settings.codebook())
            store.sweep()
    typer.echo(f"{result.merged} files merged into {result.into}; warehouse: {store.root}")


@warehouse_app.command("verify")
def warehouse_verify(warehouse: WarehouseOption = None) -> None:
    """Check every committed file is there, unchanged (size and SHA-256 as committed), and
    that no data file sits outside a commit; exit 1 naming each file that is not.

    Example: eventcoder warehouse verify --warehouse eventdata
    """
    from warehouse.integrity import verify

    with one_line_errors():
        store = _existing(warehouse)
        result = verify(store)
    for finding in result.problems:
        typer.echo(f"problem: {finding}", err=True)
    retired = f", {len(result.retired)} replaced files awaiting the next writer"
    typer.echo(f"{result.checked} committed files checked{retired if result.retired else ''}")
    if not result.ok:
        fail(
            f"{len(result.problems)} files are not as committed in {store.root}; "
            "`eventcoder warehouse repair` drops what cannot be read and lists what to recode"
        )
    typer.echo(f"warehouse verified: {store.root}")


@warehouse_app.command("repair")
def warehouse_repair(warehouse: WarehouseOption = None) -> None:
    """Rebuild the commit log from its readable lines and the data files' own commit ids;
    drop missing or unreadable files and list the articles to code again.

    Example: eventcoder warehouse repair --warehouse eventdata
    """
    from warehouse.catalog import refresh_catalog
    from warehouse.integrity import repair

    with one_line_errors():
        store = _existing(warehouse)
        with store.lock(recover=False):
            report = repair(store)
            refresh_catalog(store, settings_from(warehouse).codebook())
    typer.echo("\n".join(report.lines()))


@warehouse_app.command("info")
def warehouse_info(
    warehouse: WarehouseOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Print what a warehouse holds: counts, date range, coder and dictionary versions,
    files, size and schema version.

    Example: eventcoder warehouse info --warehouse eventdata
    """
    from warehouse.info import describe

    with one_line_errors():
        info = describe(_existing(warehouse))
    if as_json:
        typer.echo(json.dumps(info, default=str))
    else:
        typer.echo("\n".join(f"{key}: {value}" for key, value in info.items()))


def _existing(warehouse) -> Warehouse:
    store = Warehouse(settings_from(warehouse).warehouse)
    if not store.root.is_dir():
        fail(f"{store.root}: no warehouse here (no such folder)")
    return store

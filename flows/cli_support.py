"""What every `eventcoder` command shares: its common options, the settings they make, and
how errors become one line on standard error and an exit code (README, "Exit codes")."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, NoReturn

import duckdb
import typer
from pydantic import ValidationError

from coders.errors import EventCoderError, UsageError
from flows.progress import debugging
from flows.settings import Settings
from flows.summary import EXIT_ERROR, EXIT_USAGE

WarehouseOption = Annotated[
    Path | None,
    typer.Option(
        "--warehouse", help="Warehouse directory (default: $EVENTCODER_WAREHOUSE or ./eventdata)."
    ),
]


def settings_from(
    warehouse: Path | None = None,
    model: str | None = None,
    dictionaries: Path | None = None,
    user_dictionaries: list[Path] | None = None,
) -> Settings:
    """The settings, with the values of the flags given on the command line."""
    overrides: dict[str, Any] = {
        "warehouse": warehouse,
        "model": model,
        "dictionaries": dictionaries,
        "user_dictionaries": os.pathsep.join(map(str, user_dictionaries or ())) or None,
    }
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in error.errors()
        )
        raise UsageError(f"settings (flags or EVENTCODER_* variables): {problems}") from error


def fail(error: Exception | str, code: int = EXIT_ERROR) -> NoReturn:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(code=code)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Report the errors a user can meet as one line: a request eventcoder cannot take
    (`UsageError`, exit 2); its other errors, DuckDB's (bad SQL) and the system's, such as a
    full disk or a read-only folder (exit 1). Anything else is a bug and keeps its traceback.
    EVENTCODER_DEBUG=1 shows every traceback."""
    try:
        yield
    except UsageError as error:
        if debugging():
            raise
        fail(error, EXIT_USAGE)
    except (EventCoderError, OSError, duckdb.Error) as error:
        if debugging():
            raise
        fail(_describe(error))


def _describe(error: Exception) -> str:
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)

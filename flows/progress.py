"""A progress bar for `eventcoder run` on a terminal, fed by the flow's progress log records."""

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from coders.inputs import estimate_inputs
from flows.summary import PROGRESS_MESSAGE

FLOW_LOGGER = "prefect.flow_runs"


class ProgressHandler(logging.Handler):
    """Moves the bar on each progress record (inputs read, articles coded) of the flow."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        super().__init__(level=logging.INFO)
        self.progress = progress
        self.task = task

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == PROGRESS_MESSAGE and isinstance(record.args, tuple):
            read, coded = record.args
            if isinstance(read, int):
                self.progress.update(self.task, completed=read, description=f"{coded} coded")


@contextmanager
def progress_bar(paths: list[str]) -> Iterator[None]:
    """Show the run's progress on standard error while inside, if that is a terminal."""
    if not sys.stderr.isatty():
        yield
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    console = Console(stderr=True)
    with Progress(*columns, TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("reading", total=estimate_inputs(paths))
        handler = ProgressHandler(progress, task)
        logger = logging.getLogger(FLOW_LOGGER)
        logger.addHandler(handler)
        try:
            yield
        finally:
            logger.removeHandler(handler)

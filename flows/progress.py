"""What a run shows on the terminal: a progress bar fed by the flow's progress log records, and
eventcoder's own errors without Prefect's tracebacks."""

import logging
import os
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

from coders.errors import EventCoderError
from coders.inputs import estimate_inputs
from flows.summary import PROGRESS_MESSAGE, TASK_PROGRESS_LOGGER, TASK_PROGRESS_MESSAGE

FLOW_LOGGER = "prefect.flow_runs"


class ProgressHandler(logging.Handler):
    """Moves the bar on each progress record of the flow (inputs read, articles coded) and
    counts the articles a batch coded in this process since (`runners._coded_with_progress`)."""

    def __init__(self, progress: Progress, task: TaskID) -> None:
        super().__init__(level=logging.INFO)
        self.progress = progress
        self.task = task
        self.coded = 0  # as the flow's last progress record said
        self.in_batch = 0  # coded since, by the batch being coded

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args if isinstance(record.args, tuple) else ()
        counts = [a for a in args if isinstance(a, int)]
        if record.msg == PROGRESS_MESSAGE and len(counts) == 2:
            read, self.coded = counts
            self.in_batch = 0
            self.progress.update(self.task, completed=read)
        elif record.msg == TASK_PROGRESS_MESSAGE and len(counts) == 1:
            [self.in_batch] = counts
        else:
            return
        self.progress.update(self.task, description=f"{self.coded + self.in_batch} coded")


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
        loggers = [logging.getLogger(FLOW_LOGGER), logging.getLogger(TASK_PROGRESS_LOGGER)]
        for logger in loggers:
            logger.addHandler(handler)
        try:
            yield
        finally:
            for logger in loggers:
                logger.removeHandler(handler)


class KnownErrorsInOneLine(logging.Filter):
    """Drops the traceback from console log records of eventcoder's own errors (a full disk,
    a damaged log): their message names the file and the cause. Prefect's server, whose log
    handler sees the record first, keeps the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], EventCoderError):
            record.exc_info = None
            record.exc_text = None
        return True


def quiet_known_errors() -> None:
    """Give the console handlers Prefect installed on the root logger that filter (unless
    EVENTCODER_DEBUG=1); call once Prefect has configured its logging."""
    if debugging():
        return
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, KnownErrorsInOneLine) for f in handler.filters):
            handler.addFilter(KnownErrorsInOneLine())


def debugging() -> bool:
    """EVENTCODER_DEBUG=1: show every traceback."""
    return os.environ.get("EVENTCODER_DEBUG", "") not in ("", "0")

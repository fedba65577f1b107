"""The terminal's progress bar: it counts articles as a batch codes them, not only between
batches."""

from __future__ import annotations

import logging
from datetime import date

from rich.progress import Progress

from coders import Article
from flows.progress import ProgressHandler
from flows.runners import code_isolated
from flows.summary import PROGRESS_MESSAGE, TASK_PROGRESS_LOGGER, TASK_PROGRESS_MESSAGE


def record(message: str, *args: int) -> logging.LogRecord:
    return logging.LogRecord("x", logging.INFO, __file__, 1, message, args, None)


def test_the_bar_counts_articles_coded_within_a_batch():
    progress = Progress()
    task = progress.add_task("reading", total=100)
    handler = ProgressHandler(progress, task)
    handler.emit(record(PROGRESS_MESSAGE, 40, 0))
    handler.emit(record(TASK_PROGRESS_MESSAGE, 16))
    assert progress.tasks[0].description == "16 coded" and progress.tasks[0].completed == 40
    handler.emit(record(PROGRESS_MESSAGE, 80, 40))  # the next batch read; the first one done
    handler.emit(record(TASK_PROGRESS_MESSAGE, 8))
    assert progress.tasks[0].description == "48 coded" and progress.tasks[0].completed == 80


def test_a_batch_tells_the_progress_logger_as_it_codes(coder):
    heard: list[int] = []

    class Listener(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            heard.append(record.args[0])

    logger = logging.getLogger(TASK_PROGRESS_LOGGER)
    listener = Listener()
    logger.addHandler(listener)
    logger.setLevel(logging.INFO)
    try:
        day = date(2022, 1, 1)
        batch = [Article(f"a{i}", day, "Iraq criticized Iran.", f"<a{i}>") for i in range(17)]
        coded, failed = code_isolated(coder, batch)
    finally:
        logger.removeHandler(listener)
    assert len(coded) == 17 and failed == []
    assert heard == [8, 16]

"""Scheduled serving: `eventcoder serve` on a short schedule codes what lands in the inbox once,
and the inbox flow itself: unchanged files skipped, files still being written left alone."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.inbox import code_inbox, scan_inbox
from tests.conftest import EXAMPLES, ROOT
from warehouse import Warehouse, connect, run_sql

COUNTS = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)"
# How long a serve may take to stop after Ctrl-C: seconds, not a hang (see the test below).
STOP_SECONDS = 20


def counts(warehouse: Path) -> tuple[int, int]:
    with connect(Warehouse(warehouse)) as connection:
        return run_sql(connection, COUNTS).rows[0]


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(1)
    raise AssertionError(f"gave up waiting for {what}")


def test_scan_skips_known_and_settling_files(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    old, fresh = inbox / "old.jsonl", inbox / "fresh.txt"
    old.write_text('{"date": "2022-01-01", "text": "Iran praised Iraq."}\n')
    fresh.write_text("date 2022-01-02 Iraq praised Iran.")
    (inbox / ".partial.jsonl").write_text("{")
    os.utime(old, (time.time() - 60, time.time() - 60))
    scan = scan_inbox(inbox, set(), set(), settle_seconds=30)
    assert [f.path for f in scan.new] == [old] and scan.settling == [fresh]
    again = scan_inbox(inbox, {scan.new[0].content_hash}, set(), settle_seconds=30)
    assert (again.new, again.unchanged) == ([], 1)
    copy = inbox / "copy.jsonl"  # the same content under another name is not new either
    copy.write_bytes(old.read_bytes())
    os.utime(copy, (time.time() - 60, time.time() - 60))
    assert scan_inbox(inbox, {scan.new[0].content_hash}, set(), 30).unchanged == 2


def test_scan_does_not_hash_a_recorded_file_again(tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    path = inbox / "feed.jsonl"
    path.write_text('{"date": "2022-01-01", "text": "Iran praised Iraq."}\n')
    os.utime(path, (time.time() - 60, time.time() - 60))
    first = scan_inbox(inbox, set(), set(), settle_seconds=0).new[0]
    stamp = (str(path), first.size, first.modified_at)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} was read"))
    assert scan_inbox(inbox, set(), {stamp}, settle_seconds=0).unchanged == 1


@pytest.mark.slow
def test_an_unchanged_inbox_is_not_coded_again(prefect_server, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_SETTLE_SECONDS", "0")
    inbox, warehouse = tmp_path / "inbox", tmp_path / "wh"
    inbox.mkdir()
    shutil.copy(EXAMPLES / "regional.csv", inbox)
    first = code_inbox(str(inbox), overrides={"warehouse": str(warehouse)})
    assert (first.read, first.coded) == (3, 3)
    assert code_inbox(str(inbox), overrides={"warehouse": str(warehouse)}) is None
    shutil.copy(EXAMPLES / "2021-11-09-kyiv-donbas.txt", inbox)
    third = code_inbox(str(inbox), overrides={"warehouse": str(warehouse)})
    assert (third.read, third.coded) == (1, 1)  # only the new file is read
    assert counts(warehouse)[0] == 4


def articles(warehouse: Path) -> int | None:
    if not (warehouse / "catalog.duckdb").exists():
        return None
    try:
        return counts(warehouse)[0]
    except Exception:  # the catalog is being replaced at this moment: look again
        return None


def serve_command(folder: Path) -> list[str]:
    """`eventcoder serve` under one shared --name, with FOLDER's own inbox and warehouse."""
    eventcoder = str(Path(sys.executable).parent / "eventcoder")
    inbox, warehouse = str(folder / "inbox"), str(folder / "wh")
    return [eventcoder, "serve", "--name", "shared", "--inbox", inbox, "--warehouse", warehouse]


@pytest.mark.slow
def test_serves_in_turn_under_one_name_code_dropped_files_once_and_only_their_own(tmp_path):
    """Two serves in turn under the same --name over one Prefect database. The first is killed
    outright after coding its inbox, which leaves its scheduled runs (with its parameters) in the
    database; the second, with another inbox and warehouse, must never run them. Files dropped
    into the second's inbox while it runs are coded once across its scheduled runs, and Ctrl-C
    stops it within seconds, exit 0, quietly. A run already handed to a worker when Ctrl-C comes
    is let finish (its process start alone can take several seconds on a busy two-core machine),
    so the bound guards against a hang, not a speed: speed is measured in bench/."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")} | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "EVENTCODER_SETTLE_SECONDS": "1",
    }
    killed, kept = tmp_path / "a", tmp_path / "b"
    for folder in (killed, kept):
        (folder / "inbox").mkdir(parents=True)
    shutil.copy(EXAMPLES / "regional.csv", killed / "inbox")
    killed_log, log = killed / "serve.log", kept / "serve.log"
    with killed_log.open("w") as output:
        serve = subprocess.Popen(
            [*serve_command(killed), "--every", "3"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(lambda: articles(killed / "wh") == 3, 180, "the first serve's file coded")
            wait_for(lambda: "(1 files unchanged)" in killed_log.read_text(), 60, "a later run")
        finally:
            serve.send_signal(signal.SIGKILL)
            serve.wait(timeout=30)
    with log.open("w") as output:
        serve = subprocess.Popen(
            [*serve_command(kept), "--every", "4"],
            env=env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(lambda: "nothing new in" in log.read_text(), 120, "the second serve's runs")
            shutil.copy(EXAMPLES / "wire.jsonl", kept / "inbox")
            wait_for(lambda: articles(kept / "wh") == 44, 240, "the first dropped file coded")
            shutil.copy(EXAMPLES / "2021-11-09-kyiv-donbas.txt", kept / "inbox")
            wait_for(lambda: articles(kept / "wh") == 45, 120, "the second dropped file coded")
            coded = counts(kept / "wh")
            wait_for(lambda: "(2 files unchanged)" in log.read_text(), 120, "a run after both")
            assert counts(kept / "wh") == coded
        finally:
            serve.send_signal(signal.SIGINT)
            started = time.monotonic()
            code = serve.wait(timeout=30)
        took = time.monotonic() - started
    text = log.read_text()
    assert code == 0 and took < STOP_SECONDS, f"stopped after {took:.1f} s\n{text[-3000:]}"
    assert text.count("articles read:") == 2, text[-3000:]
    assert str(killed / "inbox") not in text and "Traceback" not in text
    assert counts(killed / "wh")[0] == 3

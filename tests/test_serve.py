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


@pytest.mark.slow
def test_serve_codes_dropped_files_once_across_scheduled_runs(tmp_path):
    inbox, warehouse, log = tmp_path / "inbox", tmp_path / "wh", tmp_path / "serve.log"
    inbox.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")} | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "EVENTCODER_SETTLE_SECONDS": "1",
    }
    command = [str(Path(sys.executable).parent / "eventcoder"), "serve", "--inbox", str(inbox)]
    with log.open("w") as output:
        serve = subprocess.Popen(
            [*command, "--warehouse", str(warehouse), "--every", "4"],
            env=env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            shutil.copy(EXAMPLES / "wire.jsonl", inbox)
            wait_for(lambda: articles(warehouse) == 44, 240, "the first file coded")
            shutil.copy(EXAMPLES / "regional.csv", inbox)
            wait_for(lambda: articles(warehouse) == 47, 120, "the second file coded")
            coded = counts(warehouse)
            wait_for(lambda: "(2 files unchanged)" in log.read_text(), 120, "a run after both")
            assert counts(warehouse) == coded
        finally:
            serve.send_signal(signal.SIGINT)
            serve.wait(timeout=60)
    runs = log.read_text().count("articles read:")
    assert runs == 2, log.read_text()[-3000:]


def articles(warehouse: Path) -> int | None:
    if not (warehouse / "catalog.duckdb").exists():
        return None
    try:
        return counts(warehouse)[0]
    except Exception:  # the catalog is being replaced at this moment: look again
        return None


@pytest.mark.slow
def test_two_serves_in_turn_each_code_only_their_own_inbox(tmp_path):
    """The second `serve`, with another inbox and warehouse over the same Prefect database,
    never runs what the first scheduled; each stops within seconds of Ctrl-C, exit 0, quietly.
    A run already handed to a worker when Ctrl-C comes is let finish (its process start alone
    can take several seconds on a busy two-core machine), so the bound guards against a hang,
    not a speed: speed is measured in bench/."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")} | {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "EVENTCODER_SETTLE_SECONDS": "1",
    }
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, sample in ((first, "regional.csv"), (second, "2021-11-09-kyiv-donbas.txt")):
        (folder / "inbox").mkdir(parents=True)
        shutil.copy(EXAMPLES / sample, folder / "inbox")
    logs = []
    for folder, expected in ((first, 3), (second, 1)):
        log = folder / "serve.log"
        logs.append(log)
        with log.open("w") as output:
            serve = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "eventcoder"),
                    "serve",
                    "--inbox",
                    str(folder / "inbox"),
                    "--warehouse",
                    str(folder / "wh"),
                    "--every",
                    "3",
                ],
                env=env,
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
            try:
                wait_for(lambda f=folder, n=expected: articles(f / "wh") == n, 180, "coding")
                wait_for(lambda lg=log: "1 files unchanged" in lg.read_text(), 60, "a later run")
            finally:
                serve.send_signal(signal.SIGINT)
                started = time.monotonic()
                code = serve.wait(timeout=30)
            took = time.monotonic() - started
            log.write_text(log.read_text() + f"\nstopped after {took:.1f} s\n")
            assert code == 0, log.read_text()[-3000:]
            assert took < STOP_SECONDS, log.read_text()[-3000:]
    second_log = logs[1].read_text()
    assert str(first / "inbox") not in second_log
    assert "Traceback" not in logs[0].read_text() + second_log
    assert counts(first / "wh")[0] == 3 and counts(second / "wh")[0] == 1


@pytest.mark.slow
def test_a_serve_under_the_same_name_never_runs_what_a_killed_one_scheduled(tmp_path):
    """A serve killed outright leaves its scheduled runs (with its parameters) in Prefect's
    database; the next serve under the same --name, with another inbox and warehouse, must
    code only its own."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")} | {
        "PREFECT_HOME": str(tmp_path / "prefect")
    }
    for folder in ("a", "b"):
        (tmp_path / folder / "inbox").mkdir(parents=True)
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    for folder, log, stop in zip("ab", logs, (signal.SIGKILL, signal.SIGINT), strict=True):
        command = [
            str(Path(sys.executable).parent / "eventcoder"),
            "serve",
            "--name",
            "shared",
            "--inbox",
            str(tmp_path / folder / "inbox"),
            "--warehouse",
            str(tmp_path / folder / "wh"),
            "--every",
            "3",
        ]
        with log.open("w") as output:
            serve = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
            try:
                wait_for(lambda lg=log: lg.read_text().count("nothing new in") >= 3, 120, "runs")
            finally:
                serve.send_signal(stop)
                serve.wait(timeout=30)
    assert str(tmp_path / "a" / "inbox") not in logs[1].read_text()

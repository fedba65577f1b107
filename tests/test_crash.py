"""Crash safety: `eventcoder run` killed with SIGKILL at several points, then run again, leaves
the warehouse as an uninterrupted run does: the same event ids, no duplicates, no partial files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import EXAMPLES, ROOT
from warehouse import Warehouse, connect, refresh_catalog, run_sql

DRIVER = ROOT / "tests" / "crash_driver.py"
CONTENTS = (
    "SELECT (SELECT list(event_id ORDER BY event_id) FROM events), "
    "(SELECT count(*) FROM events), (SELECT count(*) FROM articles), "
    "(SELECT count(*) FROM texts)"
)


def run(warehouse) -> None:
    result = CliRunner().invoke(app, ["run", str(EXAMPLES), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output


def contents(warehouse: Warehouse) -> tuple:
    refresh_catalog(warehouse)
    with connect(warehouse) as connection:
        return run_sql(connection, CONTENTS).rows[0]


def killed_run(point: str, warehouse) -> subprocess.CompletedProcess:
    """`eventcoder run` in a new process, SIGKILLed at `point`, on this session's Prefect."""
    from prefect.settings import PREFECT_API_URL

    env = {
        **os.environ,
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
        "EVENTCODER_TASK_ARTICLES": "8",
        "EVENTCODER_WRITE_ARTICLES": "8",  # a commit per batch: several to be killed in
    }
    command = [sys.executable, str(DRIVER), point, "run", str(EXAMPLES)]
    return subprocess.run(
        [*command, "--warehouse", str(warehouse)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def files_on_disk(warehouse: Warehouse) -> set[str]:
    return {
        p.relative_to(warehouse.root).as_posix()
        for p in warehouse.root.rglob("*")
        if p.is_file() and p.name not in {".lock", "_commits.jsonl", "catalog.duckdb"}
    }


def live_files(warehouse: Warehouse) -> set[str]:
    tables = ("events", "articles", "texts", "runs", "rejects", "sources")
    return {p.relative_to(warehouse.root).as_posix() for t in tables for p in warehouse.files(t)}


@pytest.fixture(scope="module")
def uninterrupted(prefect_server, tmp_path_factory) -> tuple:
    warehouse = tmp_path_factory.mktemp("uninterrupted")
    run(warehouse)
    return contents(Warehouse(warehouse))


@pytest.mark.slow
@pytest.mark.parametrize("point", ["coding", "parquet", "commit", "catalog"])
def test_a_killed_run_then_a_rerun_equals_an_uninterrupted_run(point, uninterrupted, tmp_path):
    warehouse = Warehouse(tmp_path / "wh")
    killed = killed_run(point, warehouse.root)
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]

    # What the killed run left is consistent: whole articles with all their events, or nothing.
    if warehouse.root.exists():
        refresh_catalog(warehouse)
        with connect(warehouse) as connection:
            [(events, promised)] = run_sql(
                connection,
                "SELECT (SELECT count(*) FROM events), "
                "(SELECT coalesce(sum(event_count), 0) FROM articles)",
            ).rows
        assert events == promised

    run(warehouse.root)
    ids, events, articles, texts = contents(warehouse)
    assert (ids, events, articles, texts) == uninterrupted
    assert len(set(ids)) == len(ids)
    assert files_on_disk(warehouse) == live_files(warehouse)  # no partial or orphaned files

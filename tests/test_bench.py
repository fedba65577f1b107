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
        "## Targets",
    ):
        assert heading in report
    assert (tmp_path / "data" / "corpus-12.jsonl").read_text().count("\n") == 12

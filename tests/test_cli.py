"""The `eventcoder` commands as a user runs them, on the sample corpus, with Prefect's engine."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import EXAMPLES, ROOT

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def count(pattern: str, text: str) -> int:
    return int(re.search(pattern, text).group(1))


@pytest.fixture(scope="module")
def sample_warehouse(prefect_server, tmp_path_factory):
    """The sample corpus coded once by `eventcoder run`; the output is kept for the tests."""
    warehouse = tmp_path_factory.mktemp("warehouse")
    output = invoke("run", str(EXAMPLES), "--warehouse", str(warehouse))
    return warehouse, output


@pytest.mark.slow
def test_run_codes_the_sample_corpus(sample_warehouse):
    _, output = sample_warehouse
    assert count(r"articles read: (\d+)", output) >= 40
    assert count(r"new: (\d+)", output) == count(r"articles read: (\d+)", output)
    assert count(r"events written: (\d+)", output) >= 100


@pytest.mark.slow
def test_the_readme_demo_figures_are_the_sample_corpus(sample_warehouse):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"`make demo` codes (\d+) articles \((\d+) sentences, (\d+) events\)", readme)
    assert found is not None
    warehouse, output = sample_warehouse
    articles, sentences, events = found.groups()
    assert f"articles read: {articles} (new: {articles}," in output
    assert f"sentences coded: {sentences}\n" in output and f"events written: {events} " in output
    table = invoke("query", "--file", "russia_china_cooperation", "--warehouse", str(warehouse))
    shown = readme[found.end() :].split("```\n", 2)[1].splitlines()
    assert [line.rstrip() for line in table.splitlines()[: len(shown)]] == shown


@pytest.mark.slow
def test_a_run_writes_one_file_per_month_and_table(sample_warehouse):
    warehouse, _ = sample_warehouse
    for table in ("events", "articles", "texts"):
        months = [d for d in (warehouse / table).glob("year=*/month=*") if d.is_dir()]
        assert months, table
        assert all(len(list(d.glob("*.parquet"))) == 1 for d in months), table


def stored(warehouse) -> str:
    """The warehouse's event and article counts, as `eventcoder query` prints them."""
    sql = "SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM articles)"
    return invoke("query", sql, "--warehouse", str(warehouse), "--format", "csv")


@pytest.mark.slow
def test_rerun_adds_nothing(sample_warehouse):
    warehouse, first = sample_warehouse
    before = stored(warehouse)
    runs = "SELECT count(*) AS runs FROM runs"
    runs_before = invoke("query", runs, "--warehouse", str(warehouse), "--format", "csv")
    again = invoke("run", str(EXAMPLES), "--warehouse", str(warehouse))
    assert "nothing new: every article is in the warehouse" in again
    runs_after = invoke("query", runs, "--warehouse", str(warehouse), "--format", "csv")
    assert int(runs_after.split()[-1]) == int(runs_before.split()[-1]) + 1  # still recorded
    assert count(r"new: (\d+)", again) == 0
    assert count(r"already in the warehouse: (\d+)", again) == count(r"articles read: (\d+)", first)
    assert stored(warehouse) == before
    assert before.splitlines()[1].split(",")[1] == str(count(r"articles read: (\d+)", first))


@pytest.mark.slow
def test_an_overlapping_input_adds_only_what_is_new(sample_warehouse, tmp_path):
    warehouse, _ = sample_warehouse
    fresh = tmp_path / "overlap"
    first = invoke("run", str(EXAMPLES / "wire.jsonl"), "--warehouse", str(fresh))
    second = invoke("run", str(EXAMPLES), "--warehouse", str(fresh))
    assert count(r"already in the warehouse: (\d+)", second) == count(r"new: (\d+)", first) == 44
    assert stored(fresh) == stored(warehouse)


EVENT_ROWS = (
    "SELECT * EXCLUDE (year, month) FROM events ORDER BY event_id",
    "SELECT article_id, sentence_count, event_count, dictionary_version FROM articles ORDER BY 1",
)


@pytest.mark.slow
def test_a_dask_run_writes_what_a_serial_run_writes(sample_warehouse, tmp_path):
    warehouse, _ = sample_warehouse
    parallel = tmp_path / "dask"
    output = invoke(
        "run", str(EXAMPLES), "--warehouse", str(parallel), "--runner", "dask", "--workers", "2"
    )
    assert count(r"new: (\d+)", output) == 49
    for sql in EVENT_ROWS:
        serial = invoke("query", sql, "--warehouse", str(warehouse), "--format", "csv")
        assert invoke("query", sql, "--warehouse", str(parallel), "--format", "csv") == serial


@pytest.mark.slow
def test_dask_workers_report_to_the_runs_own_temporary_server(tmp_path):
    """With no Prefect server configured, the run starts one temporary server and its Dask
    workers report there, rather than each starting a server of its own (Prefect's own
    temporary server, which would announce itself so)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    command = Path(sys.executable).parent / "eventcoder"
    warehouse = str(tmp_path / "w")
    args = ["run", str(EXAMPLES), "--runner", "dask", "--workers", "1", "--warehouse", warehouse]
    done = subprocess.run(
        [str(command), *args], env=env, capture_output=True, text=True, timeout=300
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-2000:]
    assert output.count("temporary Prefect server for this run") == 1, output[-3000:]
    assert "Starting temporary server" not in output, output[-3000:]


@pytest.mark.slow
def test_russia_china_monthly_table_spans_the_years(sample_warehouse):
    warehouse, _ = sample_warehouse
    output = invoke(
        "query",
        "--file",
        "russia_china_cooperation",
        "--warehouse",
        str(warehouse),
        "--format",
        "csv",
    )
    rows = output.strip().splitlines()
    assert rows[0].startswith("month,russia_to_china,china_to_russia,events")
    years = {row[:4] for row in rows[1:]}
    assert years == {"2019", "2020", "2021", "2022", "2023", "2024"}


@pytest.mark.slow
def test_dyad_command_prints_cooperation_and_conflict(sample_warehouse):
    warehouse, _ = sample_warehouse
    rows = [
        json.loads(line)
        for line in invoke(
            "dyad",
            "RUS",
            "CHN",
            "--by",
            "year",
            "--cooperation",
            "--warehouse",
            str(warehouse),
            "--format",
            "json",
        ).splitlines()
    ]
    assert [r["period"][:4] for r in rows] == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert all(r["conflict"] == 0 and r["cooperation"] == r["events"] > 0 for r in rows)
    conflict = invoke("dyad", "JPN", "CHN", "--conflict", "--warehouse", str(warehouse))
    assert "JPN_to_CHN" in conflict and "2023-06-01" in conflict


@pytest.mark.slow
def test_dyad_chart_of_the_sample_corpus(sample_warehouse, tmp_path):
    from matplotlib.image import imread

    warehouse, _ = sample_warehouse
    png, page = tmp_path / "rus-chn.png", tmp_path / "rus-chn.html"
    invoke("dyad", "RUS", "CHN", "--warehouse", str(warehouse), "--plot", str(png))
    pixels = imread(png)
    assert pixels.shape[:2] == (1125, 1500) and png.stat().st_size > 40_000  # 10 x 7.5 in, 150 dpi
    white = (pixels[:, :, :3] > 0.98).all(axis=2)
    assert 0.02 < 1 - white.mean() < 0.6  # lines, bars and labels drawn, not a blank canvas

    def share(colour: str) -> int:
        rgb = tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return int((abs(pixels[:, :, :3] - rgb) < 0.05).all(axis=2).sum())

    # Okabe-Ito colours, none of the red and green a colour-blind reader cannot tell apart.
    assert share("#0072B2") > 2000  # cooperation and the cooperative Goldstein bars
    assert share("#009E73") > 200 and share("#CC79A7") > 200  # the two directions
    assert share("#2E7D32") < 50 and share("#C62828") < 50

    small = tmp_path / "small.png"
    invoke("dyad", "RUS", "CHN", "--warehouse", str(warehouse), "--plot", str(small), "--dpi", "80")
    assert imread(small).shape[:2] == (600, 800)

    invoke("dyad", "RUS", "CHN", "--by", "year", "--warehouse", str(warehouse), "--plot", str(page))
    text = page.read_text()
    assert "<svg" in text and "Events between Russia (RUS) and China (CHN) by year" in text
    assert text.count("<tr>") == 7  # the header and one row per year, 2019 to 2024
    assert "events from" in text and "Sources:" in text  # the caption

    pdf, svg = tmp_path / "rus-chn.pdf", tmp_path / "rus-chn.svg"
    invoke("dyad", "RUS", "CHN", "--warehouse", str(warehouse), "--plot", str(pdf))
    invoke("dyad", "RUS", "CHN", "--warehouse", str(warehouse), "--plot", str(svg))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()


@pytest.mark.slow
def test_places_map_of_the_sample_corpus(sample_warehouse, tmp_path):
    from matplotlib.image import imread

    warehouse, _ = sample_warehouse
    rows = [
        json.loads(line)
        for line in invoke(
            "places", "--actor", "RUS", "--warehouse", str(warehouse), "--format", "json"
        ).splitlines()
        if line.startswith("{")
    ]
    places = {(r["place"], r["country"]) for r in rows}
    assert {("Moscow", "RUS"), ("Kazan", "RUS"), ("Samarkand", "UZB")} <= places
    assert ("Seattle", "USA") not in places  # "the Sea of Japan" is no airport code

    png, page = tmp_path / "places.png", tmp_path / "places.html"
    invoke("places", "--warehouse", str(warehouse), "--plot", str(png))
    pixels = imread(png)
    assert pixels.shape[:2] == (696, 1320)
    white = (pixels[:, :, :3] > 0.98).all(axis=2)
    assert 0.15 < 1 - white.mean() < 0.6  # the land drawn, not a blank canvas
    blue = pixels[:, :, 2] - pixels[:, :, 0] > 0.3
    assert blue.sum() > 200  # the places, in their colour (grey land and black text are not)
    invoke("places", "--code", "04", "--warehouse", str(warehouse), "--plot", str(page))
    text = page.read_text()
    assert "<svg" in text and "Where events happened, CAMEO 04" in text

    gdelt = tmp_path / "gdelt.csv"
    invoke(
        "export",
        "--format",
        "csv",
        "--layout",
        "gdelt",
        "--out",
        str(gdelt),
        "--warehouse",
        str(warehouse),
    )
    frame = pd.read_csv(gdelt, dtype={"EventCode": str})
    placed = frame.dropna(subset=["ActionGeo_Lat", "ActionGeo_Long"])
    assert len(placed) >= 20 and len(placed) == frame["ActionGeo_Fullname"].notna().sum()
    kinds = zip(placed["ActionGeo_Fullname"], placed["ActionGeo_Type"], strict=True)
    assert ("Moscow, RUS", 4) in set(kinds)


def test_dyad_chart_refuses_other_file_types(tmp_path):
    result = runner.invoke(
        app, ["dyad", "RUS", "CHN", "--warehouse", str(tmp_path), "--plot", str(tmp_path / "x.jpg")]
    )
    assert result.exit_code == 2  # a usage error, found before the warehouse is opened
    assert "--plot writes .png, .pdf, .svg, .html files, not 'x.jpg'" in result.output


@pytest.mark.slow
def test_each_run_gets_a_report_artifact(sample_warehouse):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    from coders.records import CODER_VERSION

    warehouse, _ = sample_warehouse
    first_run = "SELECT run_id FROM runs ORDER BY started_at LIMIT 1"
    run_id = invoke("query", first_run, "--warehouse", str(warehouse), "--format", "csv").split()[1]
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    [report] = [a for a in artifacts if a.key == "eventcoder-run-report"]
    assert "| articles coded | 49 |" in report.data
    assert (
        f"| warehouse | `{warehouse}` |" in report.data
        and "| time by stage | `read " in report.data
    )
    assert f"| coder version | `{CODER_VERSION}` |" in report.data
    assert "data:image/png;base64," in report.data and "| 2019-03-01 | 3 | 3 | 6 |" in report.data


@pytest.mark.slow
def test_query_refuses_to_write(sample_warehouse):
    warehouse, _ = sample_warehouse
    result = runner.invoke(app, ["query", "DELETE FROM events", "--warehouse", str(warehouse)])
    assert result.exit_code == 1
    assert "error:" in result.output


def test_code_prints_one_json_object_per_event():
    output = invoke("code", "Moscow and Beijing signed an agreement.", "--date", "2021-06-28")
    events = [json.loads(line) for line in output.splitlines()]
    assert {(e["source_code"], e["target_code"], e["event_code"]) for e in events} == {
        ("RUS", "CHN", "057"),
        ("CHN", "RUS", "057"),
    }
    assert {e["event_date"] for e in events} == {"2021-06-28"}


def test_code_reads_an_input_file_and_reports_rejects(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "k", "date": "2020-01-01", "text": "Iraq criticized Iran."}\nnot json\n'
    )
    result = runner.invoke(app, ["code", "--input", str(path)])
    assert result.exit_code == 3  # some input rejected
    assert f"rejected: {path}:2: not valid JSON" in result.output
    assert '"source_code": "IRQ"' in result.output


def test_query_without_a_warehouse_explains(tmp_path):
    result = runner.invoke(app, ["query", "SELECT 1", "--warehouse", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run `eventcoder run PATH` first" in result.output


def test_version_names_the_coder_and_its_dictionaries():
    from coders.records import CODER_VERSION

    output = invoke("--version")
    assert output.startswith("eventcoder ") and f"coder {CODER_VERSION}" in output
    assert re.search(r"shipped dictionaries [0-9a-f]{12}", output)


def test_query_help_lists_every_view_table_macro_and_saved_query(tmp_path):
    import duckdb

    from warehouse import Warehouse, refresh_catalog

    warehouse = Warehouse(tmp_path / "wh")
    refresh_catalog(warehouse)
    with duckdb.connect(str(warehouse.catalog_path), read_only=True) as connection:
        names = connection.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal "
            "UNION SELECT table_name FROM duckdb_tables() "
            "UNION SELECT function_name FROM duckdb_functions() WHERE macro_definition "
            "IS NOT NULL AND NOT internal"
        ).fetchall()
    saved = [p.stem for p in (ROOT / "warehouse" / "queries").glob("*.sql")]
    text = " ".join(invoke("query", "--help").split())
    missing = [n for (n,) in names if n not in text] + [n for n in saved if n not in text]
    assert len(names) >= 14 and missing == []


def test_dates_are_read_and_refused_alike_by_every_command(tmp_path):
    future = runner.invoke(app, ["code", "Iraq criticized Iran.", "--date", "2999-01-01"])
    assert future.exit_code == 2 and "--date: date 2999-01-01 is in the future" in future.output
    path = tmp_path / "later.txt"
    path.write_text("date 2999-01-01\nIraq criticized Iran.\n")
    read = runner.invoke(app, ["code", "--input", str(path)])
    assert f"{path}: date 2999-01-01 is in the future" in read.output
    wrong_day = ["code", "x", "--date", "01/02/2020"]
    wrong_range = ["dyad", "A", "B", "--from", "01/02/2020", "--warehouse", str(tmp_path)]
    for args in (wrong_day, wrong_range):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "'01/02/2020' is not a date (expected YYYY-MM-DD)" in result.output


def test_evaluate_warns_about_a_file_that_expects_no_events(tmp_path):
    path = tmp_path / "none.jsonl"
    record = {"story": "t-1", "date": "2022-01-01", "sentence": 0, "text": "Iraq criticized Iran."}
    path.write_text(json.dumps({**record, "events": []}) + "\n")
    result = runner.invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert "expects no events in any record" in result.output


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:
        names += [f"{group.name} {c.name}" for c in group.typer_instance.registered_commands]
    assert "dictionaries import" in names
    assert [n for n in names if f"eventcoder {n}" not in readme] == []


def test_an_article_that_breaks_the_coder_is_rejected_and_the_rest_kept(coder):
    from coders import Article
    from flows.parcel import Parcel
    from flows.runners import code_batch

    class Fragile:
        """A stand-in coder whose failure on one article is the situation under test."""

        def __init__(self, coder):
            self.coder = coder

        def code(self, articles):
            if any("boom" in a.text for a in articles):
                raise RuntimeError("parser crashed")
            return self.coder.code(articles)

    articles = [
        Article(id=i, date=__import__("datetime").date(2021, 1, 1), text=t, origin=o)
        for i, t, o in [
            ("a", "Iran criticized Iraq.", "feed.jsonl:1"),
            ("b", "boom", "feed.jsonl:2"),
        ]
    ]
    coded, failed = code_batch.fn(Fragile(coder), Parcel(articles))
    assert [c.article.id for c in coded] == ["a"]
    assert [str(f) for f in failed] == [
        "feed.jsonl:2: could not be coded (RuntimeError: parser crashed)"
    ]


@pytest.mark.slow
def test_same_text_under_another_id_is_not_coded_twice(sample_warehouse, tmp_path):
    warehouse, _ = sample_warehouse
    copy = tmp_path / "copy.jsonl"
    first = (EXAMPLES / "wire.jsonl").read_text().splitlines()[0]
    copy.write_text(first.replace('"id": "ex-001"', '"id": "copy-of-001"') + "\n")
    output = invoke("run", str(copy), "--warehouse", str(warehouse))
    assert count(r"new: (\d+)", output) == 0
    assert count(r"already in the warehouse: (\d+)", output) == 1


def test_a_batch_passed_to_a_worker_arrives_whole_even_when_empty():
    import pickle

    from flows.parcel import Parcel

    assert pickle.loads(pickle.dumps(Parcel([]))).contents == []
    assert pickle.loads(pickle.dumps(Parcel(["a", "b"]))).contents == ["a", "b"]


def test_every_module_is_in_the_readme_module_map():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    modules = [
        p.name
        for package in ("coders", "warehouse", "flows")
        for p in (ROOT / package).glob("*.py")
    ]
    assert [m for m in modules if f"`{m}`" not in readme] == []


def test_dyad_csv_has_a_zero_row_for_a_quiet_month_and_scores_print_as_written(coder, tmp_path):
    from datetime import date

    from coders import Article
    from warehouse import Warehouse, refresh_catalog

    articles = [
        Article("a1", date(2022, 1, 5), "Russia praised China.", "<a1>"),
        Article("a2", date(2022, 3, 5), "China praised Russia.", "<a2>"),
    ]
    warehouse = Warehouse(tmp_path / "wh")
    warehouse.write(list(coder.code(articles)), run_id="r")
    refresh_catalog(warehouse)
    where = ["--warehouse", str(warehouse.root)]
    rows = invoke("dyad", "RUS", "CHN", "--format", "csv", *where).splitlines()
    assert rows[0].startswith("period,RUS_to_CHN,CHN_to_RUS,events,cooperation,conflict")
    assert rows[0].endswith("net_goldstein,articles_coded,events_per_1000_articles")
    assert rows[1].startswith("2022-01-01,1,0,1,1,0,3.4,1,")
    assert rows[2] == "2022-02-01,0,0,0,0,0,0.0,0,"  # no events, no articles: a zero, not a gap
    assert rows[3].startswith("2022-03-01,0,1,1,1,0,3.4,1,")
    scores = invoke("query", "SELECT DISTINCT goldstein FROM events", "--format", "csv", *where)
    assert scores.split() == ["goldstein", "3.4"]
    named = invoke("dyad", "RUS", "CHN", "--names", "--format", "json", *where).splitlines()
    assert '"a_name": "Russia", "b_name": "China"' in named[0]

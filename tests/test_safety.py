"""Data safety: no query, move, copy, damaged file or signal loses or hides a user's data.

Most tests work on copies of one warehouse that `eventcoder run` builds from the sample corpus.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coders.errors import LogDamaged, QueryRefused
from flows.cli import app
from flows.recode import recode_articles
from flows.settings import Settings
from tests.conftest import EXAMPLES, ROOT
from warehouse import Warehouse, connect, run_sql, saved_query
from warehouse.selection import ArticleSelection

runner = CliRunner()
EVENTCODER = str(Path(sys.executable).parent / "eventcoder")
COUNT = "SELECT count(*) FROM events"


def invoke(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture(scope="module")
def sample(prefect_server, tmp_path_factory) -> Path:
    warehouse = tmp_path_factory.mktemp("sample") / "wh"
    invoke("run", str(EXAMPLES), "--warehouse", str(warehouse))
    return warehouse


@pytest.fixture
def copy(sample, tmp_path) -> Path:
    """A copy of the sample warehouse that a test may change."""
    target = tmp_path / "copy"
    shutil.copytree(sample, target)
    return target


def answers(warehouse: Path) -> tuple:
    with connect(Warehouse(warehouse)) as connection:
        count = run_sql(connection, COUNT).rows
        russia_china = run_sql(connection, saved_query("russia_china_cooperation")).rows
    return count, russia_china


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


WRITES = [
    "COPY (SELECT 1 AS x) TO '{events_file}' (FORMAT parquet)",
    "COPY events TO '{folder}/out.csv'",
    "EXPORT DATABASE '{folder}/exported'",
    "ATTACH '{folder}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET threads = 1",
    "PRAGMA threads = 1",
    "CREATE TABLE scratch AS SELECT 1",
    "INSERT INTO cameo_codes SELECT * FROM cameo_codes",
    "DROP VIEW events",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{folder}/explained.csv'",
    "CHECKPOINT",
    "SELECT 1; COPY (SELECT 1 AS x) TO '{events_file}' (FORMAT parquet)",
]


@pytest.mark.slow
@pytest.mark.parametrize("statement", WRITES)
def test_query_refuses_every_statement_that_writes(copy, statement):
    invoke("query", COUNT, "--warehouse", str(copy))  # the copy's catalog is rebuilt for it
    before = file_hashes(copy)
    events_file = Warehouse(copy).files("events")[0]
    sql = statement.format(events_file=events_file, folder=copy)
    output = invoke("query", sql, "--warehouse", str(copy), code=1)
    assert "queries may only read" in output
    assert file_hashes(copy) == before


def test_the_library_refuses_writes_too(copy):
    with connect(Warehouse(copy)) as connection, pytest.raises(QueryRefused, match="COPY"):
        run_sql(connection, "COPY events TO 'x.csv'")


@pytest.mark.slow
def test_a_moved_and_a_copied_warehouse_answer_as_before(sample, tmp_path):
    expected = answers(sample)
    original = tmp_path / "original"
    shutil.copytree(sample, original)
    moved, copied = tmp_path / "moved", tmp_path / "copied"
    shutil.copytree(original, copied)
    original.rename(moved)
    assert not original.exists()
    assert answers(moved) == expected
    assert answers(copied) == expected
    for folder in (moved, copied):
        assert "warehouse verified" in invoke("warehouse", "verify", "--warehouse", str(folder))
        with connect(Warehouse(folder)) as connection:  # rebuilt for its own folder
            root = connection.execute("SELECT root FROM catalog_info").fetchall()
        assert root == [(str(folder),)]


@pytest.mark.slow
def test_verify_names_a_file_overwritten_by_hand(copy):
    target = Warehouse(copy).files("events")[0]
    target.write_bytes(target.read_bytes()[:-10] + b"0123456789")
    output = invoke("warehouse", "verify", "--warehouse", str(copy), code=1)
    name = target.relative_to(copy).as_posix()
    assert f"{name}: changed outside eventcoder" in output


@pytest.mark.slow
def test_a_damaged_log_line_stops_the_next_run_and_repair_restores(copy):
    expected = answers(copy)
    log = copy / "_commits.jsonl"
    lines = log.read_bytes().split(b"\n")
    assert len(lines) > 3
    lines[1] = lines[1].replace(b'"add"', b'"adX', 1)  # one character: the data commit
    log.write_bytes(b"\n".join(lines))
    before = sorted(copy.rglob("*.parquet"))

    output = invoke("run", str(EXAMPLES), "--warehouse", str(copy), code=1)
    assert "_commits.jsonl:2: this line of the commit log is damaged" in output
    assert sorted(copy.rglob("*.parquet")) == before  # nothing deleted

    repaired = invoke("warehouse", "repair", "--warehouse", str(copy))
    assert "damaged log lines skipped: [2]" in repaired
    assert answers(copy) == expected
    assert "warehouse verified" in invoke("warehouse", "verify", "--warehouse", str(copy))


@pytest.mark.slow
def test_a_deleted_file_is_named_and_repair_drops_only_its_rows(copy):
    store = Warehouse(copy)
    events_file = store.files("events")[0]
    with connect(store) as connection:
        lost = run_sql(connection, f"SELECT count(*) FROM '{events_file}'").rows[0][0]
        articles = run_sql(
            connection, f"SELECT DISTINCT article_id FROM '{events_file}' ORDER BY 1"
        ).rows
        total = run_sql(connection, COUNT).rows[0][0]
    events_file.unlink()
    name = events_file.relative_to(copy).as_posix()
    assert f"{name}: missing" in invoke("warehouse", "verify", "--warehouse", str(copy), code=1)
    log = (copy / "_commits.jsonl").read_bytes()
    refused = invoke("run", str(EXAMPLES), "--warehouse", str(copy), code=1)
    assert f"{events_file}: this committed file is missing" in refused
    assert (copy / "_commits.jsonl").read_bytes() == log  # nothing committed meanwhile

    repaired = invoke("warehouse", "repair", "--warehouse", str(copy))
    assert f"dropped: {name}: missing" in repaired
    assert all(article_id in repaired for (article_id,) in articles)
    with connect(store) as connection:
        assert run_sql(connection, COUNT).rows == [(total - lost,)]
    assert "warehouse verified" in invoke("warehouse", "verify", "--warehouse", str(copy))


@pytest.mark.slow
def test_readers_see_old_or_new_counts_during_a_forced_recode(copy):
    store = Warehouse(copy)
    with connect(store) as connection:
        expected = run_sql(connection, COUNT).rows
    seen: list = []
    errors: list = []
    done = threading.Event()

    def read_in_a_loop() -> None:
        while not done.is_set():
            try:
                with connect(store) as connection:
                    seen.append(run_sql(connection, COUNT).rows)
            except Exception as error:  # any failure is what this test looks for
                errors.append(error)

    reader = threading.Thread(target=read_in_a_loop)
    reader.start()
    try:
        recode_articles(ArticleSelection(), Settings(warehouse=copy, recode_articles=8), force=True)
    finally:
        done.set()
        reader.join()
    assert not errors
    assert len(seen) > 5
    assert all(rows == expected for rows in seen)


def test_only_a_torn_last_line_is_cut(tmp_path):
    from warehouse import manifest

    good = manifest.Commit(add={"events": ("events/a.parquet",)}, id="one").line()
    (tmp_path / manifest.LOG_NAME).write_bytes(good + b'{"add": {"ev')
    manifest.cut_torn_tail(tmp_path)
    assert (tmp_path / manifest.LOG_NAME).read_bytes() == good
    (tmp_path / manifest.LOG_NAME).write_bytes(b'{"add": {"ev\n' + good)
    with pytest.raises(LogDamaged, match=r"_commits.jsonl:1: .* damaged"):
        manifest.cut_torn_tail(tmp_path)
    assert (tmp_path / manifest.LOG_NAME).read_bytes() == b'{"add": {"ev\n' + good


def test_a_missing_input_exits_4_and_creates_nothing(tmp_path):
    warehouse = tmp_path / "wh"
    output = invoke("run", str(tmp_path / "nope.txt"), "--warehouse", str(warehouse), code=4)
    assert "nope.txt: no such file or directory" in output
    assert not warehouse.exists()


@pytest.mark.slow
def test_a_run_that_rejects_every_input_exits_4(prefect_server, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "no date here"}\nnot json\n', encoding="utf-8")
    output = invoke("run", str(bad), "--warehouse", str(tmp_path / "wh"), code=4)
    assert "rejected: 2" in output


@pytest.mark.slow
def test_a_run_with_some_rejected_inputs_exits_3(prefect_server, tmp_path):
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(
        '{"date": "2022-05-01", "text": "Kenya criticised Uganda over the border."}\nnot json\n',
        encoding="utf-8",
    )
    output = invoke("run", str(mixed), "--warehouse", str(tmp_path / "wh"), code=3)
    assert "mixed.jsonl:2: not valid JSON" in output


def test_a_file_where_the_warehouse_should_be_is_one_line(tmp_path):
    afile = tmp_path / "afile"
    afile.write_text("", encoding="utf-8")
    for command in (["run", str(EXAMPLES)], ["query", COUNT], ["serve", "--inbox", "x"]):
        output = invoke(*command, "--warehouse", str(afile), code=1)
        assert output.strip() == f"error: {afile}: is a file, not a warehouse folder"


def test_code_and_import_report_missing_files(tmp_path):
    assert "nope.txt: no such file" in invoke("code", "--input", "nope.txt", code=4)
    output = invoke("dictionaries", "import", "nope.txt", "--to", str(tmp_path), code=1)
    assert "1 of 1 files could not be imported" in output
    article = tmp_path / "article.txt"
    article.write_text("Kenya criticised Uganda.", encoding="utf-8")
    assert "use --input" in invoke("code", str(article), code=2)


def test_serve_refuses_a_missing_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    output = invoke("serve", "--inbox", str(inbox), "--once", code=2)
    assert "no such folder (give --create-inbox to create it)" in output
    assert not inbox.exists()


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_is_rejected_alone(prefect_server, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "date 2022-05-01\nKenya criticised Uganda over the border.\n", encoding="utf-8"
    )
    bad = os.fsencode(folder) + b"/bad-\xff.txt"
    with open(bad, "wb") as handle:
        handle.write(b"date 2022-05-01\nUganda praised Kenya.\n")
    output = invoke("run", str(folder), "--warehouse", str(tmp_path / "wh"), code=3)
    assert "bad-\\xff.txt: file name is not valid UTF-8" in output
    assert "new: 1" in output


def test_a_json_line_holding_a_line_separator_stays_one_article():
    from coders.inputs import read_jsonl

    text = (
        '{"date": "2022-05-01", "text": "Kenya criticised\u2028Uganda."}\n'
        '{"date": "2022-05-02", "text": "Uganda\u0085praised Kenya."}\n'
    )
    items = list(read_jsonl(text, "feed.jsonl", None))
    assert [type(i).__name__ for i in items] == ["Article", "Article"]


@pytest.mark.slow
def test_sigterm_leaves_no_prefect_server_behind(tmp_path):
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    process = subprocess.Popen(
        [EVENTCODER, "run", str(EXAMPLES), "--warehouse", str(tmp_path / "wh")],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = ""
    while not url:
        line = process.stderr.readline()
        assert line, "the run ended before starting its server"
        if "temporary Prefect server for this run:" in line:
            url = line.split(": ", 1)[1].strip()
    port = url.split(":")[-1].split("/")[0]
    assert _servers_on(port)
    time.sleep(1)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    deadline = time.monotonic() + 20
    while _servers_on(port) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not _servers_on(port)


def _servers_on(port: str) -> list[int]:
    """Pids of `prefect server start` processes listening on this port."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"server" in command and port.encode() in command:
            found.append(int(entry.name))
    return found


@pytest.fixture
def small_disk(tmp_path):
    """A 300 KB tmpfs, where the machine lets this process mount one (CI runs as root)."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_a_rerun_with_room_ends_as_a_clean_run(
    sample, small_disk, tmp_path
):
    full = small_disk / "wh"
    output = invoke("run", str(EXAMPLES), "--warehouse", str(full), code=1)
    last = output.strip().splitlines()[-1]
    assert last.startswith("error: ") and "No space left on device" in last
    assert str(full) in last
    roomy = tmp_path / "roomy"
    shutil.copytree(full, roomy)
    invoke("run", str(EXAMPLES), "--warehouse", str(roomy), code=0)
    assert answers(roomy) == answers(sample)
    assert "warehouse verified" in invoke("warehouse", "verify", "--warehouse", str(roomy))


def test_a_catalog_that_cannot_be_built_leaves_the_previous_one(copy, monkeypatch):
    import duckdb

    from coders.errors import WarehouseError
    from warehouse import catalog

    store = Warehouse(copy)
    with connect(store) as connection:  # rebuilt once for the copy's folder
        before = run_sql(connection, COUNT).rows
    published = store.catalog_path.read_bytes()

    def fails_half_way(connection, *_):
        connection.execute("CREATE VIEW events AS SELECT 1 AS x")
        raise duckdb.IOException("could not write the checkpoint: No space left on device")

    monkeypatch.setattr(catalog, "_build", fails_half_way)
    with pytest.raises(WarehouseError, match="the previous catalog is kept"):
        catalog.refresh_catalog(store)
    assert store.catalog_path.read_bytes() == published
    assert not list(copy.glob(".catalog.*"))
    monkeypatch.undo()
    with connect(store) as connection:
        assert run_sql(connection, COUNT).rows == before

"""Re-coding stored articles, compacting partitions, and the commit log that keeps both atomic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date

import pytest

from coders import Article
from coders.pipeline import DEFAULT_DICTIONARIES
from flows.recode import recode_articles
from flows.settings import Settings
from tests.conftest import ROOT
from warehouse import Warehouse, connect, refresh_catalog, run_sql, saved_query
from warehouse.schema import TABLES
from warehouse.selection import ArticleSelection, select_articles
from warehouse.store import NewFiles, _batch_groups

TEXTS = [
    ("a1", "2022-02-04", "Vladimir Putin met Xi Jinping in Beijing.", "Wire One"),
    ("a2", "2022-02-20", "Russia and China signed a trade agreement.", "AFP"),
    ("a3", "2022-03-02", "Japan criticized Russia and China over the patrol.", "Wire One"),
    ("a4", "2023-05-10", "China praised Russia.", "AFP"),
]
EVENT_ROWS = (
    "SELECT article_id, event_id, source_code, target_code, event_code, dictionary_version "
    "FROM events ORDER BY event_id"
)


def articles(texts=TEXTS) -> list[Article]:
    return [
        Article(id=i, date=date.fromisoformat(d), text=t, origin=f"<{i}>", publisher=p)
        for i, d, t, p in texts
    ]


@pytest.fixture
def store(tmp_path, coder) -> Warehouse:
    warehouse = Warehouse(tmp_path / "wh")
    for one in articles():  # one batch per article: several files in 2022-02
        warehouse.write(list(coder.code([one])), run_id="run-1")
    refresh_catalog(warehouse)
    return warehouse


def rows(warehouse: Warehouse, sql: str) -> list[tuple]:
    with connect(warehouse) as connection:
        return run_sql(connection, sql).rows


@pytest.fixture
def edited_dictionaries(tmp_path):
    """The shipped dictionaries plus a user file that gives Japan a made-up government code."""
    directory = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARIES, directory)
    (directory / "actors.9-user.tsv").write_text("name\tcode\nJapan\tJPNXYZ\n", encoding="utf-8")
    return directory


@pytest.mark.slow
def test_recode_changes_exactly_the_events_of_the_chosen_articles(
    prefect_server, store, edited_dictionaries
):
    before = rows(store, EVENT_ROWS)
    settings = Settings(warehouse=store.root, dictionaries=edited_dictionaries)
    summary = recode_articles(ArticleSelection(ids=("a3", "a4")), settings)
    after = rows(store, EVENT_ROWS)

    untouched = [r for r in before if r[0] not in {"a3", "a4"}]
    assert [r for r in after if r[0] not in {"a3", "a4"}] == untouched
    recoded = {(r[2], r[3], r[4]) for r in after if r[0] == "a3"}
    assert recoded == {("JPNXYZ", "RUS", "111"), ("JPNXYZ", "CHN", "111")}
    assert {r[5] for r in after if r[0] in {"a3", "a4"}} == {summary.run.dictionary_version}
    assert summary.run.dictionary_version != before[0][5]
    assert (summary.selected, summary.run.coded, summary.events_before) == (2, 2, 3)
    assert rows(store, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(4, 4)]
    assert rows(store, "SELECT count(*) FROM runs WHERE inputs = 'recode id a3, a4'") == [(1,)]


@pytest.mark.slow
def test_recode_leaves_articles_already_coded_this_way(prefect_server, store):
    before = rows(store, EVENT_ROWS)
    summary = recode_articles(
        ArticleSelection(start=date(2022, 2, 1), end=date(2022, 2, 28)),
        Settings(warehouse=store.root),
    )
    assert (summary.selected, summary.current, summary.run.coded) == (2, 2, 0)
    assert rows(store, EVENT_ROWS) == before


def test_selection_by_publisher_and_date(store):
    chosen = select_articles(store, ArticleSelection(publishers=("Wire One",)))
    assert [s.article_id for s in chosen] == ["a1", "a3"]
    assert chosen[1].article.text == TEXTS[2][2]
    later = select_articles(store, ArticleSelection(start=date(2022, 3, 1)))
    assert [s.article_id for s in later] == ["a3", "a4"]
    # Publishers are matched as written, and regardless of case ("Afp" was stored before 0.3.3).
    for written in ("AFP", "afp"):
        chosen = select_articles(store, ArticleSelection(publishers=(written,)))
        assert [s.article_id for s in chosen] == ["a2", "a4"]
        assert {s.article.publisher for s in chosen} == {"AFP"}


def test_a_stored_articles_dateline_places_its_events_again_when_recoded(tmp_path, coder):
    warehouse = Warehouse(tmp_path / "wh")
    filed = Article(
        id="d1",
        date=date(2023, 6, 1),
        text="Ukrainian police detained dozens of protesters on Monday.",
        origin="<d1>",
        dateline="KYIV",
    )
    [coded] = coder.code([filed])
    warehouse.write([coded], run_id="run-1")
    [stored] = select_articles(warehouse, ArticleSelection(ids=("d1",)))
    assert stored.article is not None and stored.article.dateline == "KYIV"
    [again] = coder.code([stored.article])
    places = {(e.location_name, e.location_source) for e in again.events}
    assert places == {(e.location_name, e.location_source) for e in coded.events}
    assert places == {("Kyiv", "dateline")}


def test_replace_swaps_rows_in_one_commit(store, coder):
    changed = Article(id="a2", date=date(2022, 2, 20), text="China praised Russia.", origin="x")
    store.replace(list(coder.code([changed])), run_id="run-2")
    refresh_catalog(store)
    assert rows(
        store, "SELECT source_code, target_code, event_code FROM events WHERE article_id = 'a2'"
    ) == [("CHN", "RUS", "051")]
    assert rows(store, "SELECT text FROM texts WHERE article_id = 'a2'") == [
        ("China praised Russia.",)
    ]
    assert rows(store, "SELECT count(*) FROM events") == [(6,)]
    # The replaced files stay for readers of the old catalog until the next writer.
    assert len(store.recover()) == 3
    assert len(store.recover()) == 0


def test_compact_merges_files_and_keeps_every_answer(store):
    questions = [
        EVENT_ROWS,
        saved_query("russia_china_cooperation"),
        "SELECT * FROM events_one_a_day ORDER BY ALL",
        "SELECT article_id, event_count FROM articles ORDER BY 1",
    ]
    answers = [rows(store, q) for q in questions]
    february = store.root / "events" / "year=2022" / "month=02"
    assert len(list(february.glob("*.parquet"))) == 2

    result = store.compact()
    refresh_catalog(store)
    assert [rows(store, q) for q in questions] == answers
    store.sweep()  # once the new catalog is out, the merged files go
    assert len(list(february.glob("*.parquet"))) == 1
    assert result.merged > result.into
    assert sorted(store.root.glob("**/*.parquet")) == sorted(
        p for t in TABLES for p in store.files(t)
    )


def test_uncommitted_files_and_a_torn_commit_are_not_read(store, coder):
    """What a writer killed between its data files and its commit leaves behind."""
    extra = Article(id="a5", date=date(2022, 2, 21), text="Russia praised China.", origin="x")
    groups = _batch_groups(list(coder.code([extra])), "killed")
    store._write_groups(NewFiles(store.root, 3), groups, "killed")  # files, no commit
    with (store.root / "_commits.jsonl").open("ab") as log:
        log.write(b'{"add": {"events": ["events/year=2022/mo')  # cut mid-write
    refresh_catalog(store)
    assert rows(store, "SELECT count(*) FROM events WHERE article_id = 'a5'") == [(0,)]
    assert rows(store, "SELECT count(*) FROM articles") == [(4,)]

    with store.lock():  # the next writer clears it up and commits normally
        pass
    assert not list(store.root.glob("**/part-killed.parquet"))
    store.write(list(coder.code([extra])), run_id="run-3")
    refresh_catalog(store)
    assert rows(store, "SELECT count(*) FROM articles") == [(5,)]


def test_a_warehouse_from_before_the_commit_log_is_adopted(store):
    (store.root / "_commits.jsonl").unlink()
    with store.lock():
        pass
    refresh_catalog(store)
    assert rows(store, "SELECT count(*) FROM events") == [(7,)]
    assert (store.root / "_commits.jsonl").exists()


def test_files_written_before_a_column_existed_still_read(store):
    """A file of an older schema (no `issues` column) reads with that column empty, and a
    compaction carries its rows over into the current schema."""
    import pyarrow.parquet as pq

    from warehouse import manifest
    from warehouse.store import write_atomic

    first = store.files("events")[0]
    older = pq.read_table(first).drop_columns(["issues"])
    target = first.parent / "part-older.parquet"
    write_atomic(
        older.set_column(0, "event_id", [["old-" + i for i in older["event_id"].to_pylist()]]),
        target,
    )
    manifest.append(
        store.root,
        manifest.Commit(add={"events": (target.relative_to(store.root).as_posix(),)}),
    )
    refresh_catalog(store)
    query = "SELECT count(*), count(issues) FROM events WHERE event_id LIKE 'old-%'"
    assert rows(store, query) == [(older.num_rows, 0)]
    assert rows(store, "SELECT count(*) FROM events") == [(7 + older.num_rows,)]
    store.compact()
    refresh_catalog(store)
    assert rows(store, query) == [(older.num_rows, 0)]


def test_a_long_commit_log_is_checkpointed_by_the_next_writer(store, monkeypatch):
    from warehouse import store as store_module

    before = {t: store.files(t) for t in TABLES}
    assert len((store.root / "_commits.jsonl").read_text().splitlines()) == 4
    monkeypatch.setattr(store_module, "CHECKPOINT_BYTES", 1)
    with store.lock():
        pass
    assert len((store.root / "_commits.jsonl").read_text().splitlines()) == 1
    assert {t: store.files(t) for t in TABLES} == before


def test_a_recode_with_nothing_to_do_imports_no_prefect(store):
    # Every article is coded with this coder and these dictionaries: the run is recorded and
    # summarised without Prefect's engine, a server or spaCy.
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from flows.cli import app\n"
        f"result = CliRunner().invoke(app, ['recode', '--warehouse', {str(store.root)!r}])\n"
        "print(result.output)\n"
        "print('prefect' in sys.modules, 'spacy' in sys.modules, result.exit_code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "articles selected: 4 (re-coded: 0, already coded with these dictionaries: 4" in (
        done.stdout
    )
    assert done.stdout.strip().splitlines()[-1] == "False False 0"
    runs = rows(store, "SELECT articles_read, already_coded FROM runs ORDER BY started_at")
    assert runs[-1] == (4, 4)

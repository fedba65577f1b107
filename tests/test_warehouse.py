"""Parquet writes, the DuckDB catalog and the aggregate queries, on real files."""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb
import pyarrow.parquet as pq
import pytest

from coders import Article
from coders.errors import UsageError
from warehouse import (
    EVENTS,
    CatalogError,
    DyadQuery,
    Warehouse,
    connect,
    dyad_series,
    refresh_catalog,
    run_sql,
    saved_query,
)

TEXTS = [
    ("a1", "2022-02-04", "Vladimir Putin met Xi Jinping in Beijing."),
    ("a2", "2022-02-20", "Russia and China signed a trade agreement."),
    ("a3", "2022-03-02", "Japan criticized Russia and China over the patrol."),
    ("a4", "2023-05-10", "China praised Russia."),
]


@pytest.fixture
def coded(coder):
    articles = [
        Article(id=i, date=date.fromisoformat(d), text=t, origin=f"<{i}>") for i, d, t in TEXTS
    ]
    return list(coder.code(articles))


@pytest.fixture
def store(tmp_path, coded):
    warehouse = Warehouse(tmp_path / "wh")
    warehouse.write(coded, run_id="run-1")
    refresh_catalog(warehouse)
    return warehouse


def test_events_are_partitioned_by_year_and_month_with_the_schema(store):
    relative = sorted(str(p.relative_to(store.root)) for p in store.files("events"))
    assert [r.rsplit("/", 1)[0] for r in relative] == [
        "events/year=2022/month=02",
        "events/year=2022/month=03",
        "events/year=2023/month=05",
    ]
    table = pq.read_table(store.files("events")[0])
    assert table.schema.equals(EVENTS, check_metadata=False)
    assert table.schema.metadata[b"eventcoder.schema_version"] == b"3"
    assert (
        pq.ParquetFile(store.files("events")[0]).metadata.row_group(0).column(0).compression
        == "ZSTD"
    )


def test_catalog_views_answer_counts(store):
    with connect(store) as connection:
        table = run_sql(connection, "SELECT count(*), count(DISTINCT event_id) FROM events")
        articles = run_sql(
            connection, "SELECT article_id, event_count FROM articles ORDER BY article_id"
        )
    assert table.rows == [(7, 7)]
    assert articles.rows == [("a1", 2), ("a2", 2), ("a3", 2), ("a4", 1)]


def test_writing_the_same_batch_again_does_not_duplicate(store, coded):
    store.write(coded, run_id="run-2")
    refresh_catalog(store)
    with connect(store) as connection:
        assert run_sql(connection, "SELECT count(*) FROM events").rows == [(7,)]
    assert store.coded_articles()[0] == {"a1", "a2", "a3", "a4"}


def test_russia_china_saved_query(store):
    with connect(store) as connection:
        table = run_sql(connection, saved_query("russia_china_cooperation"))
    assert table.columns[:4] == ["month", "russia_to_china", "china_to_russia", "events"]
    assert [(str(r[0]), r[1], r[2], r[3]) for r in table.rows] == [
        ("2022-02-01", 2, 2, 4),
        ("2023-05-01", 0, 1, 1),
    ]


def test_dyad_series_by_year_with_quad_filter(store):
    with connect(store) as connection:
        cooperation = dyad_series(connection, DyadQuery("RUS", "CHN", "year", (1, 2)))
        conflict = dyad_series(connection, DyadQuery("JPN", "CHN", "month", (3, 4)))
    assert cooperation.columns[1:3] == ["RUS_to_CHN", "CHN_to_RUS"]
    assert [(str(r[0]), r[3]) for r in cooperation.rows] == [("2022-01-01", 4), ("2023-01-01", 1)]
    assert [(str(r[0]), r[1], r[5]) for r in conflict.rows] == [("2022-03-01", 1, 1)]


def test_dyad_series_has_a_zero_for_every_period_without_events(store):
    with connect(store) as connection:
        table = dyad_series(connection, DyadQuery("RUS", "CHN", "month"))
        bounded = dyad_series(
            connection,
            DyadQuery("RUS", "CHN", "year", start=date(2020, 6, 1), end=date(2024, 1, 1)),
        )
    rows = {str(r[0]): dict(zip(table.columns, r, strict=True)) for r in table.rows}
    assert len(rows) == 16  # February 2022 to May 2023, every month
    assert rows["2022-04-01"]["events"] == 0 and rows["2022-04-01"]["articles_coded"] == 0
    assert rows["2022-02-01"]["events"] == 4 and rows["2022-02-01"]["articles_coded"] == 2
    assert rows["2022-02-01"]["events_per_1000_articles"] == 2000.0
    assert rows["2022-03-01"]["articles_coded"] == 1 and rows["2022-03-01"]["events"] == 0
    # --from and --to set the span even where there are no events at their ends.
    assert [(str(r[0]), r[3]) for r in bounded.rows] == [
        ("2020-01-01", 0),
        ("2021-01-01", 0),
        ("2022-01-01", 4),
        ("2023-01-01", 1),
        ("2024-01-01", 0),
    ]


def test_catalog_names_every_actor_code_and_prints_goldstein_as_written(store):
    with connect(store) as connection:
        names = dict(run_sql(connection, "SELECT code, name FROM actors").rows)
        praise = run_sql(connection, "SELECT goldstein FROM events WHERE event_code = '051'").rows
    assert names["RUSGOV"] == "Government (Russia)" and names["CHN"] == "China"
    assert names["JPN"] == "Japan"
    assert praise == [(3.4,)]  # stored as float32, read as the scale writes it


def test_a_catalog_built_by_another_version_is_built_again(store):
    with duckdb.connect(str(store.catalog_path)) as connection:
        connection.execute("UPDATE catalog_info SET recipe = 'older'")
        connection.execute("DROP TABLE actors")
    with connect(store) as connection:
        assert run_sql(connection, "SELECT count(*) FROM actors").rows[0][0] > 0
    with duckdb.connect(str(store.catalog_path), read_only=True) as connection:
        assert connection.execute("SELECT recipe FROM catalog_info").fetchone()[0] != "older"


def test_dyad_actor_codes_are_bound_not_pasted(store):
    hostile = "RUS') OR 1=1; DROP VIEW events; --"
    with connect(store) as connection:
        assert dyad_series(connection, DyadQuery(hostile, "CHN")).rows == []
        assert run_sql(connection, "SELECT count(*) FROM events").rows == [(7,)]


def test_dyad_rejects_an_unknown_period():
    with pytest.raises(UsageError, match="period must be one of"):
        DyadQuery("RUS", "CHN", "fortnight")


def test_catalog_is_read_only_for_queries(store):
    with connect(store) as connection, pytest.raises(duckdb.Error):
        connection.execute("CREATE TABLE scratch AS SELECT 1")


def test_empty_warehouse_has_typed_empty_views(tmp_path):
    warehouse = Warehouse(tmp_path / "empty")
    refresh_catalog(warehouse)
    with connect(warehouse) as connection:
        assert run_sql(connection, "SELECT count(*) FROM events").rows == [(0,)]
        assert dyad_series(connection, DyadQuery("RUS", "CHN")).rows == []


def test_missing_catalog_says_what_to_do(tmp_path):
    with pytest.raises(CatalogError, match="run `eventcoder run PATH` first"):
        connect(Warehouse(tmp_path / "none"))


def test_a_second_writer_is_turned_away(tmp_path):
    from warehouse import WarehouseBusy

    first, second = Warehouse(tmp_path / "wh"), Warehouse(tmp_path / "wh")
    busy = pytest.raises(WarehouseBusy, match="another eventcoder run is writing")
    with first.lock(), busy, second.lock():
        pass
    with second.lock():  # free again once the first run is done
        pass


def test_one_a_day_view_counts_mentions(tmp_path, coder):
    articles = [
        Article(id=i, date=date(2022, 3, 2), text="Japan criticized China.", origin=i)
        for i in ("m1", "m2")
    ]
    warehouse = Warehouse(tmp_path / "wh")
    warehouse.write(list(coder.code(articles)), run_id="r")
    refresh_catalog(warehouse)
    with connect(warehouse) as connection:
        rows = run_sql(
            connection,
            "SELECT source_code, target_code, event_code, mentions, articles FROM events_one_a_day",
        ).rows
    assert rows == [("JPN", "CHN", "111", 2, 2)]


def test_macros_answer_the_common_questions(store):
    with connect(store) as connection:
        series = run_sql(connection, "SELECT period, events FROM dyad_series('RUS', 'CHN', 'year')")
        top = run_sql(connection, "SELECT * FROM top_dyads('2022-01-01', '2022-12-31', 2)")
        activity = run_sql(connection, "SELECT sum(as_target) FROM actor_activity('CHN', 'month')")
        goldstein = run_sql(connection, "SELECT * FROM net_goldstein('JPN', 'CHN')")
    assert [(str(p), n) for p, n in series.rows] == [("2022-01-01", 4), ("2023-01-01", 1)]
    assert sorted(r[:3] for r in top.rows) == [("CHN", "RUS", 2), ("RUS", "CHN", 2)]
    assert activity.rows == [(3,)]
    assert [(str(m), a, b) for m, a, b in goldstein.rows] == [("2022-03-01", -2.0, None)]


def test_events_are_counted_by_the_country_they_happened_in(store):
    with connect(store) as connection:
        places = run_sql(
            connection,
            "SELECT period, location_country, a_to_b, b_to_a "
            "FROM dyad_places('RUS', 'CHN', 'year')",
        )
        daily = run_sql(
            connection,
            "SELECT location_name, location_country, mentions FROM events_one_a_day "
            "WHERE event_code = '040'",
        )
    assert [(str(p), c, a, b) for p, c, a, b in places.rows] == [
        ("2022-01-01", "CHN", 1, 1),
        ("2022-01-01", None, 1, 1),
        ("2023-01-01", None, 0, 1),
    ]
    assert daily.rows == [("Beijing", "CHN", 1), ("Beijing", "CHN", 1)]  # the meeting both ways


def test_saved_queries_run_and_say_what_they_answer(store):
    from warehouse.catalog import QUERIES_DIR

    with connect(store) as connection:
        for path in sorted(QUERIES_DIR.glob("*.sql")):
            assert path.read_text().startswith("-- "), f"{path.name} lacks its opening comment"
            run_sql(connection, saved_query(path.stem))


def test_runs_and_rejects_are_recorded(tmp_path):
    warehouse = Warehouse(tmp_path / "wh")
    started = datetime(2024, 1, 2, tzinfo=UTC)
    run = {
        "run_id": "r1",
        "started_at": started,
        "articles_read": 2,
        "articles_coded": 1,
        "articles_rejected": 1,
        "events": 3,
    }
    warehouse.write_run(
        run,
        [
            {
                "run_id": "r1",
                "rejected_at": started,
                "origin": "feed.jsonl:2",
                "reason": "not valid JSON",
            }
        ],
    )
    refresh_catalog(warehouse)
    with connect(warehouse) as connection:
        assert run_sql(connection, "SELECT run_id, articles_read, events FROM runs").rows == [
            ("r1", 2, 3)
        ]
        assert run_sql(connection, "SELECT origin, reason FROM rejects").rows == [
            ("feed.jsonl:2", "not valid JSON")
        ]


def test_a_file_left_half_written_is_not_read(store):
    """A write killed before its rename leaves only a hidden temporary file."""
    partition = store.files("events")[0].parent
    (partition / ".part-killed.parquet.1234.tmp").write_bytes(b"PAR1 half a file")
    refresh_catalog(store)
    with connect(store) as connection:
        assert run_sql(connection, "SELECT count(*) FROM events").rows == [(7,)]


def test_read_frame_gives_pandas_the_catalogs_types(store):
    from warehouse import read_frame

    with connect(store) as connection:
        events = read_frame(connection, "events")
        with pytest.raises(UsageError, match="read_frame reads one of"):
            read_frame(connection, "events; DROP VIEW events")
    assert str(events["event_date"].dtype).startswith("datetime64")
    assert str(events["month"].dtype) == "int64" and str(events["year"].dtype) == "int64"
    assert 3.4 in set(events["goldstein"])
    assert set(events["event_code"]) >= {"040", "051"}


def test_the_run_report_charts_the_busiest_pair_when_its_dyad_has_no_events(store):
    from flows.report import dyad_section

    text = dyad_section(store, "USA BRA")
    assert "No events between USA and BRA: the busiest pair instead." in text
    assert "Events between China (CHN) and Russia (RUS) by month" in text
    assert "data:image/png;base64," in text and "events from 3 articles" in text

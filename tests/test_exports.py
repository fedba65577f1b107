"""Exports as a researcher loads them: pandas and polars, dates as dates, codes as text."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import polars as pl
import pytest

from coders import Article
from coders.errors import UsageError
from warehouse import Warehouse, connect, refresh_catalog
from warehouse.exports import ExportRequest, export_events

TEXTS = [
    ("a1", "2022-02-04", "Vladimir Putin met Xi Jinping in Beijing."),
    ("a2", "2022-03-02", "Japan criticized Russia and China over the patrol."),
    ("a3", "2023-05-10", "Germany provided aid to Ukraine."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory, coder):
    articles = [Article(id=i, date=date.fromisoformat(d), text=t, origin=i) for i, d, t in TEXTS]
    warehouse = Warehouse(tmp_path_factory.mktemp("wh"))
    warehouse.write(list(coder.code(articles)), run_id="r")
    refresh_catalog(warehouse)
    return warehouse


def export(store, tmp_path, fmt, **filters):
    out = tmp_path / f"events.{fmt}"
    with connect(store) as connection:
        rows = export_events(connection, ExportRequest(fmt, out, **filters))
    return out, rows


def test_parquet_loads_with_dates_and_text_codes(store, tmp_path):
    out, rows = export(store, tmp_path, "parquet")
    frame = pd.read_parquet(out)
    assert rows == len(frame) == 5
    assert list(frame["event_code"]) == ["040", "040", "111", "111", "070"]
    assert isinstance(frame["event_date"].iloc[0], date)
    polars = pl.read_parquet(out)
    assert polars.schema["event_date"] == pl.Date and polars.schema["event_code"] == pl.Utf8


def test_csv_and_tsv_keep_leading_zeros(store, tmp_path):
    for fmt, separator in (("csv", ","), ("tsv", "\t")):
        out, _ = export(store, tmp_path, fmt)
        frame = pd.read_csv(out, sep=separator, dtype={"event_code": str, "event_root": str})
        assert frame["event_code"].iloc[0] == "040" and frame["event_root"].iloc[0] == "04"
        assert out.read_text().splitlines()[1].count('"040"') == 1


def test_jsonl_filtered_by_actor_and_date(store, tmp_path):
    out, rows = export(
        store, tmp_path, "jsonl", start=date(2022, 3, 1), end=date(2022, 12, 31), actors=("chn",)
    )
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == 1
    assert [
        (r["source_code"], r["target_code"], r["event_code"], r["event_date"]) for r in records
    ] == [("JPN", "CHN", "111", "2022-03-02")]


def test_actor_filter_is_a_bound_parameter(store, tmp_path):
    _, rows = export(store, tmp_path, "csv", actors=("RUS' OR '1'='1",))
    assert rows == 0


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(UsageError, match="--format must be one of csv, tsv, parquet, jsonl"):
        ExportRequest("xlsx", tmp_path / "x.xlsx")


@pytest.mark.parametrize(
    ("layout", "columns", "code_column"),
    [("phoenix", 26, "EventCode"), ("icews", 20, "CAMEO Code"), ("gdelt", 61, "EventCode")],
)
def test_public_dataset_layouts(store, tmp_path, layout, columns, code_column):
    out, rows = export(store, tmp_path, "parquet", layout=layout)
    frame = pd.read_parquet(out)
    assert (rows, len(frame.columns)) == (5, columns)
    assert frame[code_column].iloc[0] == "040"


def test_gdelt_and_icews_layouts_place_the_meeting_in_beijing(store, tmp_path):
    out, _ = export(store, tmp_path, "parquet", layout="gdelt")
    meeting = pd.read_parquet(out).iloc[0]
    assert (meeting["ActionGeo_Type"], meeting["ActionGeo_Fullname"]) == (4, "Beijing, CHN")
    assert meeting["ActionGeo_Lat"] == pytest.approx(39.9, abs=0.1)
    assert meeting["ActionGeo_Long"] == pytest.approx(116.4, abs=0.1)
    assert pd.isna(meeting["Actor1Geo_Lat"])
    out, _ = export(store, tmp_path, "jsonl", layout="icews")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    # The meeting both ways, then the criticism of two countries and the aid, unplaced.
    assert [(r["City"], r["Country"]) for r in rows] == [("Beijing", "CHN")] * 2 + [
        (None, None)
    ] * 3


def test_icews_layout_names_the_event_in_words(store, tmp_path):
    out, _ = export(store, tmp_path, "jsonl", layout="icews")
    meetings = [json.loads(line) for line in out.read_text().splitlines()[:2]]
    assert {r["Event Text"] for r in meetings} == {"Consult, not specified below"}
    assert {r["Event Date"] for r in meetings} == {"2022-02-04"}
    assert {(r["Source Country"], r["Target Country"]) for r in meetings} == {
        ("RUS", "CHN"),
        ("CHN", "RUS"),
    }


def test_plover_json_lines_carry_event_mode_and_context(store, tmp_path):
    out, rows = export(store, tmp_path, "jsonl", layout="plover")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows == len(records) == 5
    meetings = records[:2]
    for meeting in meetings:
        assert (meeting["date"], meeting["event"], meeting["mode"], meeting["context"]) == (
            "2022-02-04",
            "CONSULT",
            None,
            [],
        )
    assert {(m["src_actor"], m["tgt_actor"], m["cameo_code"]) for m in meetings} == {
        ("RUS", "CHN", "040"),
        ("CHN", "RUS", "040"),
    }
    aid = records[-1]
    assert (aid["event"], aid["src_actor"], aid["tgt_actor"]) == ("AID", "DEU", "UKR")


def test_plover_layout_needs_json_lines(tmp_path):
    with pytest.raises(UsageError, match="use --format jsonl"):
        ExportRequest("csv", tmp_path / "x.csv", layout="plover")


def test_names_beside_codes(store, tmp_path):
    out, _ = export(store, tmp_path, "csv", names=True)
    frame = pd.read_csv(out, dtype={"event_code": str})
    [first] = [row for _, row in frame.iterrows() if row["source_code"] == "RUSGOV"]
    assert first["source_name"] == "Government (Russia)"
    assert (first["target_code"], first["target_name"]) == ("CHNGOV", "Government (China)")
    assert first["event_description"] == "Consult, not specified below"
    assert frame["event_description"].iloc[-1] == "Provide aid, not specified below"


@pytest.mark.parametrize("layout", ["eventcoder", "icews", "gdelt", "plover"])
def test_an_export_to_share_carries_no_words_from_the_articles(store, tmp_path, layout):
    fmt = "jsonl"
    out = tmp_path / f"shared-{layout}.jsonl"
    with connect(store) as connection:
        export_events(connection, ExportRequest(fmt, out, layout=layout, text=False))
        export_events(connection, ExportRequest(fmt, tmp_path / "full.jsonl", layout=layout))
    shared = out.read_text()
    full = (tmp_path / "full.jsonl").read_text()
    assert "Putin" in full or "Russia" in full  # the full export quotes the article
    for word in ("Putin", "Xi Jinping", "criticized", "patrol", "provided"):
        assert word not in shared
    assert "RUS" in shared and "040" in shared  # codes stay
    assert shared.count("\n") == full.count("\n") == 5

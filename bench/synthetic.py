"""Synthetic events at research scale, for timing the warehouse's queries.

    python -m bench.synthetic --events 10000000 --warehouse bench/data/synthetic

Events are spread over 2015-2025 (more in later years, as news volume grows), one Parquet file
per month, with actor countries, agents and CAMEO codes drawn from skewed distributions close
to those of the public Phoenix and ICEWS data: a few countries (USA, Russia, China, ...) and
the root codes for statements, consultations and appeals dominate. Quad class, Goldstein and
PLOVER come from the codebook, so every query sees consistent rows.
"""

from __future__ import annotations

import argparse
import calendar
import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from coders.codebook import Codebook, load_codebook
from coders.pipeline import DEFAULT_DICTIONARIES
from warehouse.catalog import connect, refresh_catalog, saved_query
from warehouse.schema import EVENTS
from warehouse.store import Warehouse

FIRST_YEAR, LAST_YEAR = 2015, 2025
# Share of all actor mentions, roughly as in global news-derived event data.
COUNTRIES = {
    "USA": 14, "RUS": 7, "CHN": 7, "GBR": 4, "IRN": 4, "ISR": 4, "UKR": 4, "FRA": 3, "DEU": 3,
    "IND": 3, "PAK": 3, "JPN": 3, "TUR": 3, "SYR": 3, "IRQ": 3, "AFG": 3, "PRK": 2, "KOR": 2,
    "SAU": 2, "EGY": 2, "PSE": 2, "NGA": 2, "BRA": 2, "MEX": 1, "ZAF": 1, "AUS": 1, "CAN": 1,
    "ITA": 1, "ESP": 1, "POL": 1, "VEN": 1, "LBY": 1, "YEM": 1, "SDN": 1, "ETH": 1, "IGOUNO": 2,
    "IGOEUREEC": 1, "IGONAT": 1,
}  # fmt: skip
AGENTS = {"": 45, "GOV": 30, "MIL": 10, "COP": 4, "OPP": 3, "REB": 3, "BUS": 2, "MED": 3}
ROOTS = {
    "01": 18, "02": 4, "03": 7, "04": 20, "05": 8, "06": 3, "07": 3, "08": 3, "09": 2, "10": 2,
    "11": 7, "12": 3, "13": 3, "14": 3, "15": 1, "16": 2, "17": 4, "18": 4, "19": 4, "20": 1,
}  # fmt: skip


@dataclass(frozen=True)
class Draws:
    """Weighted choices, prepared once."""

    countries: np.ndarray
    country_p: np.ndarray
    agents: np.ndarray
    agent_p: np.ndarray
    codes: np.ndarray
    code_p: np.ndarray

    @classmethod
    def from_codebook(cls, codebook: Codebook) -> Draws:
        codes, weights = [], []
        for root, share in ROOTS.items():
            members = [c for c in codebook.codes if c.startswith(root) and len(c) >= 3]
            base = f"{root}0"
            for code in members:  # the root's general code takes half of its share
                codes.append(code)
                weights.append(share * (0.5 if code == base else 0.5 / max(1, len(members) - 1)))
        return cls(*_weighted(COUNTRIES), *_weighted(AGENTS), np.array(codes), _normalised(weights))


def _weighted(table: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    return np.array(list(table)), _normalised(list(table.values()))


def _normalised(weights: list[float]) -> np.ndarray:
    array = np.array(weights, dtype=float)
    return array / array.sum()


def month_table(
    year: int, month: int, count: int, first_id: int, draws: Draws, codebook: Codebook,
    rng: np.random.Generator,
) -> pa.Table:  # fmt: skip
    """`count` events dated within one month, with ids from `first_id` on, sorted by date."""
    days = np.sort(rng.integers(0, calendar.monthrange(year, month)[1], size=count))
    source = rng.choice(len(draws.countries), size=count, p=draws.country_p)
    shift = rng.integers(1, len(draws.countries), size=count)  # never the source itself
    target = (source + shift) % len(draws.countries)
    chosen = rng.choice(len(draws.codes), size=count, p=draws.code_p)
    facts = [codebook.codes[c] for c in draws.codes]
    serial = np.arange(first_id, first_id + count)
    columns = {
        "event_id": _labels("syn", serial, 12),
        "article_id": _labels(f"syn-{year}{month:02d}-", np.arange(count) // 3, 6),
        "sentence_index": (np.arange(count) % 3).astype(np.int32),
        "event_date": pa.array(np.datetime64(date(year, month, 1), "D") + days),
        "event_code": draws.codes[chosen],
        "event_root": np.array([f.root for f in facts])[chosen],
        "quad_class": np.array([f.quad_class for f in facts], dtype=np.int8)[chosen],
        "goldstein": np.array([f.goldstein for f in facts], dtype=np.float32)[chosen],
        "plover": pa.array([f.plover for f in facts]).take(pa.array(chosen)),
        "coder_version": pa.repeat("synthetic", count),
        "dictionary_version": pa.repeat("synthetic", count),
    }
    columns |= _actor_columns("source", draws.countries[source], draws, rng)
    columns |= _actor_columns("target", draws.countries[target], draws, rng)
    return pa.Table.from_pydict(
        {f.name: columns.get(f.name, pa.nulls(count, f.type)) for f in EVENTS}, schema=EVENTS
    )


def _labels(prefix: str, numbers: np.ndarray, width: int) -> pa.Array:
    digits = pc.utf8_lpad(pa.array(numbers).cast(pa.string()), width, "0")
    return pc.binary_join_element_wise(prefix, digits, "")


def _actor_columns(side: str, countries: np.ndarray, draws: Draws, rng) -> dict[str, object]:
    agents = draws.agents[rng.choice(len(draws.agents), size=len(countries), p=draws.agent_p)]
    igo = np.char.startswith(countries.astype(str), "IGO")
    agents = np.where(igo, "", agents)
    codes = np.char.add(countries.astype(str), agents.astype(str))
    return {
        f"{side}_code": codes,
        f"{side}_text": codes,
        f"{side}_country": pc.utf8_slice_codeunits(pa.array(countries), 0, 3),
        f"{side}_agent": pc.if_else(pc.equal(pa.array(agents), ""), None, pa.array(agents)),
    }


def monthly_counts(total: int) -> list[tuple[int, int, int]]:
    """(year, month, events) with volume rising from 0.7x to 1.3x the mean over the span."""
    months = [(y, m) for y in range(FIRST_YEAR, LAST_YEAR + 1) for m in range(1, 13)]
    growth = np.linspace(0.7, 1.3, len(months))
    counts = np.floor(growth / growth.sum() * total).astype(int)
    counts[-1] += total - counts.sum()
    return [(y, m, int(c)) for (y, m), c in zip(months, counts, strict=True)]


def generate(warehouse: Warehouse, total: int, seed: int = 2015) -> int:
    """Write `total` synthetic events into the warehouse, one committed file per month."""
    codebook = load_codebook(DEFAULT_DICTIONARIES / "cameo_codes.tsv")
    draws = Draws.from_codebook(codebook)
    rng = np.random.default_rng(seed)
    written = 0
    with warehouse.lock():
        for year, month, count in monthly_counts(total):
            table = month_table(year, month, count, written, draws, codebook, rng)
            warehouse.load("events", table, f"synthetic-{year}{month:02d}")
            written += count
        refresh_catalog(warehouse)
    return written


# The questions timed on the synthetic warehouse, each against the plain count(*) first.
QUESTIONS = {
    "count(*) over the events files": "SELECT count(*) FROM events",
    "Russia-China cooperation per month (saved query)": "russia_china_cooperation",
    "one-a-day view, Russia-China per month": (
        "SELECT date_trunc('month', event_date) AS month, sum(mentions) FROM events_one_a_day "
        "WHERE source_country IN ('RUS', 'CHN') AND target_country IN ('RUS', 'CHN') "
        "GROUP BY 1"
    ),
    "one-a-day view, one year": (
        "SELECT count(*) FROM events_one_a_day WHERE event_date BETWEEN '2022-01-01' AND "
        "'2022-12-31'"
    ),
    "one-a-day view, all 11 years": "SELECT count(*) FROM events_one_a_day",
    "dyad_series macro, RUS-CHN, 2022": (
        "SELECT * FROM dyad_series('RUS', 'CHN', 'month', first_day := '2022-01-01', "
        "last_day := '2022-12-31')"
    ),
}


def ensure(warehouse: Warehouse, total: int) -> None:
    """Generate the synthetic warehouse unless one of that size is already there."""
    if warehouse.catalog_path.exists():
        with connect(warehouse) as connection:
            if connection.sql("SELECT count(*) FROM events").fetchall() == [(total,)]:
                return
    shutil.rmtree(warehouse.root, ignore_errors=True)
    generate(warehouse, total)


def time_questions(warehouse: Warehouse, repeats: int) -> dict[str, list[float]]:
    """Seconds per question, each run `repeats` times on one read-only connection."""
    timings: dict[str, list[float]] = {name: [] for name in QUESTIONS}
    with connect(warehouse) as connection:
        for _ in range(repeats):
            for name, sql in QUESTIONS.items():
                text = saved_query(sql) if " " not in sql else sql
                started = time.perf_counter()
                connection.sql(text).fetchall()
                timings[name].append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--warehouse", type=Path, default=Path("bench/data/synthetic"))
    parser.add_argument("--seed", type=int, default=2015)
    options = parser.parse_args()
    written = generate(Warehouse(options.warehouse), options.events, options.seed)
    print(f"{written:,} synthetic events written to {options.warehouse}")


if __name__ == "__main__":
    main()

"""The DuckDB catalog: a database file whose views read the warehouse's Parquet files."""

from __future__ import annotations

from pathlib import Path

import duckdb

from coders.errors import EventCoderError
from coders.pipeline import DEFAULT_DICTIONARIES
from warehouse.schema import TABLES, duckdb_columns
from warehouse.store import Warehouse

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
# The one-a-day view and the macros for common questions, created in every catalog.
MACROS = Path(__file__).resolve().parent / "macros.sql"
CODEBOOK = DEFAULT_DICTIONARIES / "cameo_codes.tsv"


class CatalogError(EventCoderError):
    """The warehouse has no catalog yet, or a saved query is missing."""


def refresh_catalog(warehouse: Warehouse) -> Path:
    """(Re)create the views over the current Parquet files, the one-a-day view and macros."""
    warehouse.root.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(warehouse.catalog_path)) as connection:
        for table in TABLES:
            connection.execute(f"CREATE OR REPLACE VIEW {table} AS {_view_sql(warehouse, table)}")
        connection.execute(MACROS.read_text(encoding="utf-8"))
        codebook = str(CODEBOOK).replace("'", "''")
        connection.execute(
            "CREATE OR REPLACE TABLE cameo_codes AS SELECT * FROM read_csv("
            f"'{codebook}', delim = '\t', header = true, all_varchar = true)"
        )
    return warehouse.catalog_path


def _view_sql(warehouse: Warehouse, table: str) -> str:
    if warehouse.files(table):
        pattern = str(warehouse.table_dir(table) / "year=*" / "month=*" / "*.parquet")
        quoted = pattern.replace("'", "''")
        return (
            f"SELECT * FROM read_parquet('{quoted}', hive_partitioning = true, "
            "union_by_name = true)"
        )
    columns = [*duckdb_columns(TABLES[table]), ("year", "BIGINT"), ("month", "BIGINT")]
    return "SELECT " + ", ".join(f"CAST(NULL AS {t}) AS {n}" for n, t in columns) + " WHERE false"


def connect(warehouse: Warehouse, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the catalog; read-only unless the caller means to change it."""
    if not warehouse.catalog_path.exists():
        raise CatalogError(
            f"{warehouse.root}: no warehouse catalog here yet; run `eventcoder run PATH` first "
            "or point --warehouse / EVENTCODER_WAREHOUSE at an existing warehouse"
        )
    return duckdb.connect(str(warehouse.catalog_path), read_only=read_only)


def saved_query(name_or_path: str) -> str:
    """The SQL of a saved query: a file path, or a name in warehouse/queries/."""
    path = Path(name_or_path)
    if not path.exists():
        path = QUERIES_DIR / f"{name_or_path.removesuffix('.sql')}.sql"
    if not path.exists():
        raise CatalogError(
            f"{name_or_path}: no such query file (saved queries: "
            f"{', '.join(sorted(p.stem for p in QUERIES_DIR.glob('*.sql')))})"
        )
    return path.read_text(encoding="utf-8")

"""eventcoder's event store: partitioned Parquet tables and a DuckDB catalog over them."""

from coders.errors import CatalogError, WarehouseBusy
from warehouse.analysis import DyadQuery, Table, dyad_series, read_frame, run_sql
from warehouse.catalog import connect, refresh_catalog, saved_query
from warehouse.schema import ARTICLES, EVENTS, SCHEMA_VERSION
from warehouse.store import Warehouse, WriteResult

__all__ = [
    "ARTICLES",
    "EVENTS",
    "SCHEMA_VERSION",
    "CatalogError",
    "DyadQuery",
    "Table",
    "Warehouse",
    "WarehouseBusy",
    "WriteResult",
    "connect",
    "dyad_series",
    "read_frame",
    "refresh_catalog",
    "run_sql",
    "saved_query",
]

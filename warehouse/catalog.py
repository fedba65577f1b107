"""The DuckDB catalog: a database file whose views read the warehouse's Parquet files."""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from coders.defaults import CODEBOOK_NAME, DEFAULT_DICTIONARIES
from coders.errors import CatalogError, WarehouseBusy, WarehouseError
from coders.names import load_actor_names
from warehouse.schema import TABLES, duckdb_columns, fingerprint
from warehouse.store import Warehouse

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
# The one-a-day view and the macros for common questions, created in every catalog.
MACROS = Path(__file__).resolve().parent / "macros.sql"
SHIPPED_CODEBOOK = DEFAULT_DICTIONARIES / CODEBOOK_NAME
# Columns the views read otherwise than they are stored. Goldstein scores are stored as float32,
# which DuckDB widens to 3.4000000953674316; the scale has one decimal, so the view gives that.
VIEW_COLUMNS = {"events": "round(CAST(goldstein AS DOUBLE), 1) AS goldstein"}
ACTOR_NAMES_SCHEMA = pa.schema(
    [
        pa.field(name, pa.string())
        for name in ("code", "name", "country_code", "country_name", "agent_code", "agent_name")
    ]
)


def refresh_catalog(warehouse: Warehouse, codebook: Path | None = None) -> Path:
    """(Re)create the catalog: views over the live Parquet files, the one-a-day view, macros
    and the codebook (`codebook`, the dictionaries' cameo_codes.tsv; by default the shipped
    one). It is built beside the old one and renamed over it, so a query never meets a
    half-built catalog and a killed refresh leaves the previous one in place."""
    warehouse.root.mkdir(parents=True, exist_ok=True)
    building = warehouse.root / f".catalog.{os.getpid()}.duckdb"
    building.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(building)) as connection:
            _build(connection, warehouse, codebook or SHIPPED_CODEBOOK)
        _check_built(building)
        os.replace(building, warehouse.catalog_path)
    except (duckdb.Error, OSError) as error:
        building.unlink(missing_ok=True)
        raise WarehouseError(
            f"{warehouse.catalog_path}: could not build the new catalog ({error}); the "
            "previous catalog is kept, and the next run builds it again"
        ) from error
    return warehouse.catalog_path


def _check_built(path: Path) -> None:
    """Open a new catalog as a reader will and check it holds every view: a checkpoint that
    failed for want of space can leave a file that opens but holds nothing."""
    with duckdb.connect(str(path), read_only=True) as connection:
        views = connection.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal"
        ).fetchall()
        connection.execute("SELECT root FROM catalog_info").fetchall()
    missing = set(TABLES) - {name for (name,) in views}
    if missing:
        raise OSError(f"the new catalog lacks the views {', '.join(sorted(missing))}")


def _build(connection: duckdb.DuckDBPyConnection, warehouse: Warehouse, codebook: Path) -> None:
    """Create the views, macros, the `actors` names, the codebook and `catalog_info` (the
    folder the views read, the codebook file and the recipe)."""
    for table in TABLES:
        connection.execute(f"CREATE VIEW {table} AS {_view_sql(warehouse, table)}")
    connection.execute(MACROS.read_text(encoding="utf-8"))
    _add_actor_names(connection)
    quoted = str(codebook).replace("'", "''")
    connection.execute(
        "CREATE TABLE cameo_codes AS SELECT * FROM read_csv("
        f"'{quoted}', delim = '\t', header = true, all_varchar = true)"
    )
    connection.execute(
        "CREATE TABLE catalog_info AS SELECT $root AS root, $codebook AS codebook, "
        "now() AS built_at, $recipe AS recipe",
        {"root": str(warehouse.root), "codebook": str(codebook), "recipe": recipe()},
    )


def _add_actor_names(connection: duckdb.DuckDBPyConnection) -> None:
    """The `actors` table: a name for every actor code the events hold (`coders.names`)."""
    codes = connection.execute(
        "SELECT source_code FROM events UNION SELECT target_code FROM events"
    ).fetchall()
    names = load_actor_names()
    rows = [asdict(names.name(code)) for (code,) in codes if code]
    actor_rows = pa.Table.from_pylist(rows, schema=ACTOR_NAMES_SCHEMA)
    connection.register("actor_rows", actor_rows)
    connection.execute("CREATE TABLE actors AS SELECT * FROM actor_rows ORDER BY code")
    connection.unregister("actor_rows")


def recipe() -> str:
    """A fingerprint of what this version builds a catalog from (its views' schemas and its
    macros): a catalog built to another recipe is built again when opened."""
    parts = [MACROS.read_text(encoding="utf-8")]
    parts += [f"{name}:{fingerprint(schema)}" for name, schema in sorted(TABLES.items())]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def _view_sql(warehouse: Warehouse, table: str) -> str:
    """A view over the table's live files, with the columns VIEW_COLUMNS recasts."""
    files_sql = table_sql(warehouse, table)
    recast = VIEW_COLUMNS.get(table)
    return f"SELECT * REPLACE ({recast}) FROM ({files_sql})" if recast else files_sql


def table_sql(warehouse: Warehouse, table: str) -> str:
    """A select over exactly the live files (not a glob, which would also match files that a
    running writer has not committed yet), with every column of the current schema: one that
    older files lack reads as null."""
    files = warehouse.files(table)
    if not files:
        return _empty_view_sql(table)
    listed = ", ".join("'" + str(p).replace("'", "''") + "'" for p in files)
    # Files of one schema need no column matching, which would open every file's footer now
    # (seconds and hundreds of MB for tens of thousands of files).
    current = f"-s{fingerprint(TABLES[table])}.parquet"
    mixed = any(not p.name.endswith(current) for p in files)
    read = (
        f"SELECT * FROM read_parquet([{listed}], hive_partitioning = true, "
        f"hive_types = {{'year': BIGINT, 'month': BIGINT}}, union_by_name = {str(mixed).lower()})"
    )
    # Files written before a column existed read it as null, even where no file has it yet.
    return f"{read} UNION ALL BY NAME {_empty_view_sql(table)}" if mixed else read


def _empty_view_sql(table: str) -> str:
    """No rows, with every column of the table's current schema."""
    columns = [*duckdb_columns(TABLES[table]), ("year", "BIGINT"), ("month", "BIGINT")]
    return "SELECT " + ", ".join(f"CAST(NULL AS {t}) AS {n}" for n, t in columns) + " WHERE false"


def connect(warehouse: Warehouse, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the catalog; read-only unless the caller means to change it.

    A catalog built by another version of eventcoder (another recipe: macros or schemas) is
    built again first, as below.

    The views name their files by absolute path, so a catalog opened in another folder than
    the one it was built for (the warehouse was moved, copied or mounted elsewhere) would read
    the old folder's files: it is rebuilt for this folder first, on disk when no writer holds
    the warehouse and the folder is writable, otherwise in memory for this connection."""
    if not warehouse.catalog_path.exists():
        raise CatalogError(
            f"{warehouse.root}: no warehouse catalog here yet; run `eventcoder run PATH` first "
            "or point --warehouse / EVENTCODER_WAREHOUSE at an existing warehouse"
        )
    connection = duckdb.connect(str(warehouse.catalog_path), read_only=read_only)
    info = _catalog_info(connection)
    if info and info.root == str(warehouse.root) and info.recipe == recipe():
        return connection
    connection.close()
    codebook = Path(info.codebook) if info and Path(info.codebook).is_file() else SHIPPED_CODEBOOK
    return _rebuilt(warehouse, read_only, codebook)


@dataclass(frozen=True)
class CatalogInfo:
    root: str
    codebook: str
    recipe: str | None  # None in a catalog made before recipes were recorded


def _catalog_info(connection: duckdb.DuckDBPyConnection) -> CatalogInfo | None:
    """The warehouse folder a catalog's views read, the codebook it holds and its recipe (None
    for a catalog made before these were recorded)."""
    try:
        rows = connection.execute("SELECT root, codebook FROM catalog_info").fetchall()
    except duckdb.Error:
        return None
    if not rows:
        return None
    try:
        [(built_to,)] = connection.execute("SELECT recipe FROM catalog_info").fetchall()
    except duckdb.Error:
        built_to = None
    return CatalogInfo(rows[0][0], rows[0][1], built_to)


def _rebuilt(warehouse: Warehouse, read_only: bool, codebook: Path) -> duckdb.DuckDBPyConnection:
    try:
        with warehouse.lock(recover=False):
            refresh_catalog(warehouse, codebook)
        return duckdb.connect(str(warehouse.catalog_path), read_only=read_only)
    except (WarehouseBusy, WarehouseError, OSError):
        connection = duckdb.connect()
        _build(connection, warehouse, codebook)
        return connection


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

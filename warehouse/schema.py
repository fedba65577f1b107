"""The Parquet schemas of the warehouse tables; the version is stored in each file's metadata."""

from __future__ import annotations

import hashlib

import pyarrow as pa

SCHEMA_VERSION = "3"

EVENTS = pa.schema(
    [
        pa.field("event_id", pa.string(), nullable=False),
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("sentence_index", pa.int32(), nullable=False),
        pa.field("event_date", pa.date32(), nullable=False),
        pa.field("source_text", pa.string()),
        pa.field("source_code", pa.string(), nullable=False),
        pa.field("source_country", pa.string()),
        pa.field("source_agent", pa.string()),
        pa.field("target_text", pa.string()),
        pa.field("target_code", pa.string(), nullable=False),
        pa.field("target_country", pa.string()),
        pa.field("target_agent", pa.string()),
        pa.field("event_code", pa.string(), nullable=False),
        pa.field("event_root", pa.string(), nullable=False),
        pa.field("quad_class", pa.int8()),
        pa.field("goldstein", pa.float32()),
        pa.field("plover", pa.string()),
        pa.field("issues", pa.string()),
        pa.field("verb_text", pa.string()),
        pa.field("matched_pattern", pa.string()),
        pa.field("sentence_text", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("url", pa.string()),
        pa.field("coder_version", pa.string()),
        pa.field("dictionary_version", pa.string()),
        pa.field("source_discovered", pa.bool_()),
        pa.field("target_discovered", pa.bool_()),
        pa.field("location_name", pa.string()),
        pa.field("location_country", pa.string()),
        pa.field("location_admin1", pa.string()),
        pa.field("location_lat", pa.float64()),
        pa.field("location_lon", pa.float64()),
        pa.field("location_precision", pa.string()),
        pa.field("location_source", pa.string()),
    ],
    metadata={"eventcoder.table": "events", "eventcoder.schema_version": SCHEMA_VERSION},
)

ARTICLES = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("article_date", pa.date32(), nullable=False),
        pa.field("title", pa.string()),
        pa.field("publisher", pa.string()),
        pa.field("url", pa.string()),
        pa.field("origin", pa.string()),
        pa.field("content_hash", pa.string()),
        pa.field("sentence_count", pa.int32()),
        pa.field("event_count", pa.int32()),
        pa.field("coder_version", pa.string()),
        pa.field("dictionary_version", pa.string()),
        pa.field("run_id", pa.string()),
        pa.field("coded_at", pa.timestamp("us", tz="UTC")),
        pa.field("dateline", pa.string()),
    ],
    metadata={"eventcoder.table": "articles", "eventcoder.schema_version": SCHEMA_VERSION},
)

RUNS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("started_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("ended_at", pa.timestamp("us", tz="UTC")),
        pa.field("inputs", pa.string()),
        pa.field("articles_read", pa.int32()),
        pa.field("articles_coded", pa.int32()),
        pa.field("articles_rejected", pa.int32()),
        pa.field("articles_failed", pa.int32()),
        pa.field("already_coded", pa.int32()),
        pa.field("duplicates", pa.int32()),
        pa.field("sentences", pa.int32()),
        pa.field("events", pa.int32()),
        pa.field("coder_version", pa.string()),
        pa.field("dictionary_version", pa.string()),
    ],
    metadata={"eventcoder.table": "runs", "eventcoder.schema_version": SCHEMA_VERSION},
)

REJECTS = pa.schema(
    [
        pa.field("run_id", pa.string(), nullable=False),
        pa.field("rejected_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("origin", pa.string()),
        pa.field("reason", pa.string()),
        pa.field("kind", pa.string()),
    ],
    metadata={"eventcoder.table": "rejects", "eventcoder.schema_version": SCHEMA_VERSION},
)

# The text of each coded article, kept so that `eventcoder recode` can code it again.
TEXTS = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("article_date", pa.date32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
    ],
    metadata={"eventcoder.table": "texts", "eventcoder.schema_version": SCHEMA_VERSION},
)

# The input files a scheduled inbox run has taken in, so that an unchanged file is not read
# again (by content: a file that changes is read again, and only its new articles are coded).
SOURCES = pa.schema(
    [
        pa.field("path", pa.string(), nullable=False),
        pa.field("content_hash", pa.string(), nullable=False),
        pa.field("size", pa.int64()),
        pa.field("modified_at", pa.timestamp("us", tz="UTC")),
        pa.field("run_id", pa.string()),
        pa.field("recorded_at", pa.timestamp("us", tz="UTC"), nullable=False),
    ],
    metadata={"eventcoder.table": "sources", "eventcoder.schema_version": SCHEMA_VERSION},
)

TABLES = {
    "events": EVENTS,
    "articles": ARTICLES,
    "texts": TEXTS,
    "runs": RUNS,
    "rejects": REJECTS,
    "sources": SOURCES,
}
# The date column each table is partitioned by (year=YYYY/month=MM directories).
PARTITION_DATE = {
    "events": "event_date",
    "articles": "article_date",
    "texts": "article_date",
    "runs": "started_at",
    "rejects": "rejected_at",
    "sources": "recorded_at",
}

DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int8(): "TINYINT",
    pa.int32(): "INTEGER",
    pa.float32(): "FLOAT",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
    pa.int64(): "BIGINT",
    pa.bool_(): "BOOLEAN",
}


def duckdb_columns(schema: pa.Schema) -> list[tuple[str, str]]:
    """(name, DuckDB type) of each column, for an empty view before any file exists."""
    return [(field.name, DUCKDB_TYPES[field.type]) for field in schema]


def fingerprint(schema: pa.Schema) -> str:
    """A short hash of the column names and types: data files carry it in their names, so the
    catalog knows without opening them whether they all share the current schema."""
    described = ";".join(f"{f.name}:{f.type}" for f in schema if f.name not in {"year", "month"})
    return hashlib.sha256(described.encode()).hexdigest()[:8]

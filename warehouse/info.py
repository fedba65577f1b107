"""What a warehouse holds, in a few figures: `eventcoder warehouse info`."""

from __future__ import annotations

from warehouse import manifest
from warehouse.catalog import connect
from warehouse.schema import SCHEMA_VERSION, TABLES
from warehouse.store import Warehouse

COUNTS_SQL = """
SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles),
       (SELECT count(*) FROM runs), (SELECT min(event_date) FROM events),
       (SELECT max(event_date) FROM events),
       (SELECT string_agg(DISTINCT coder_version, ', ' ORDER BY coder_version) FROM articles),
       (SELECT string_agg(DISTINCT dictionary_version, ', ' ORDER BY dictionary_version)
        FROM articles)
"""


def describe(warehouse: Warehouse) -> dict[str, object]:
    """Counts, the events' date range, versions, live files, bytes and schema version."""
    with connect(warehouse) as connection:
        [row] = connection.execute(COUNTS_SQL).fetchall()
    events, articles, runs, first, last, coders, dictionaries = row
    live = manifest.read_log(warehouse.root)
    files = [warehouse.root / name for name in live.everything()]
    return {
        "warehouse": str(warehouse.root),
        "events": events,
        "articles": articles,
        "runs": runs,
        "first_event": first,
        "last_event": last,
        "coder_versions": coders or "",
        "dictionary_versions": dictionaries or "",
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files if p.exists()),
        "schema_version": SCHEMA_VERSION,
        "tables": ", ".join(TABLES),
    }

"""What users import: the public names of `coders` and `warehouse` stay put."""

from __future__ import annotations

import coders
import warehouse


def test_coders_public_surface():
    assert set(coders.__all__) >= {
        "Article",
        "Coder",
        "CoderConfig",
        "Event",
        "EVENT_FIELDS",
        "Lexicon",
        "load_dictionaries",
        "article_from_text",
        "DictionaryError",
        "InputError",
    }
    assert all(hasattr(coders, name) for name in coders.__all__)


def test_warehouse_public_surface():
    assert set(warehouse.__all__) >= {
        "Warehouse",
        "refresh_catalog",
        "connect",
        "run_sql",
        "dyad_series",
        "DyadQuery",
        "EVENTS",
        "ARTICLES",
    }
    assert all(hasattr(warehouse, name) for name in warehouse.__all__)


def test_event_fields_match_the_warehouse_schema():
    assert list(coders.EVENT_FIELDS) == warehouse.EVENTS.names

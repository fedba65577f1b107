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


def test_the_warehouse_and_the_command_line_load_without_spacy():
    """Warehouse-only commands (query, dyad, export, verify) need no parser: importing them
    must not cost spaCy's second of start-up."""
    import subprocess
    import sys

    check = "import sys, warehouse, flows.cli, coders.records; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr

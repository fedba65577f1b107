"""What users import: the public names of `coders` and `warehouse` stay put."""

from __future__ import annotations

import coders
import warehouse


def test_coders_public_surface():
    """Exactly what users import; internals stay importable by module path."""
    assert set(coders.__all__) == {
        "Article",
        "CodedArticle",
        "Coder",
        "CoderConfig",
        "DictionaryError",
        "Event",
        "EVENT_FIELDS",
        "EventCoderError",
        "InputError",
        "Lexicon",
        "PipelineError",
        "article_from_record",
        "article_from_text",
        "load_dictionaries",
        "load_pipeline",
    }
    assert all(hasattr(coders, name) for name in coders.__all__)
    assert coders.Codebook is __import__("coders.codebook").codebook.Codebook  # still there


def test_warehouse_public_surface():
    assert set(warehouse.__all__) == {
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


def test_the_loaded_pipeline_keeps_redone_verbs_whole_and_still_pickles(nlp):
    import pickle

    copy = pickle.loads(pickle.dumps(nlp))  # what Dask or a user's cache does with it
    assert [t.text for t in copy("Chile re-imposed sanctions.")] == [
        "Chile",
        "re-imposed",
        "sanctions",
        ".",
    ]

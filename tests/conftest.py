"""Shared fixtures: one spaCy pipeline, one compiled dictionary set, one Prefect test server."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from coders import Article, Coder, CoderConfig, Event, Lexicon, load_pipeline
from coders.pipeline import DEFAULT_DICTIONARIES, DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only reference folder beside the checkout. Tests using it skip without it (a
    user's clone), but fail where EVENTCODER_REQUIRE_SHARED=1 says it must be there (CI), so
    that a broken setup cannot pass by skipping the quality gate."""
    if not SHARED.is_dir():
        reason = f"{SHARED} is absent (reference data is only beside the team's checkout)"
        if os.environ.get("EVENTCODER_REQUIRE_SHARED", "") not in ("", "0"):
            pytest.fail(f"{reason}, and EVENTCODER_REQUIRE_SHARED is set")
        pytest.skip(reason)
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline(DEFAULT_MODEL)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load(DEFAULT_DICTIONARIES)


@pytest.fixture(scope="session")
def coder(nlp, lexicon) -> Coder:
    return Coder(CoderConfig(), nlp=nlp, lexicon=lexicon)


@pytest.fixture(scope="session")
def code_text(coder):
    """Code one text as an article of the given date and return its events."""

    def run(text: str, day: str = "2022-06-01", with_coder: Coder | None = None) -> list[Event]:
        article = Article(id="test", date=date.fromisoformat(day), text=text, origin="<test>")
        [coded] = (with_coder or coder).code([article])
        return coded.events

    return run


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for every flow test in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


def dyads(events: list[Event]) -> set[tuple[str, str, str]]:
    return {(e.source_code, e.target_code, e.event_code) for e in events}

"""`eventcoder dictionaries gaps`: parse stored articles with named entities and list what the
dictionaries miss (see coders/gaps.py)."""

from __future__ import annotations

from coders.gaps import Gaps, find_gaps
from coders.lexicon import Lexicon
from coders.pipeline import load_pipeline
from flows.settings import Settings
from warehouse.selection import ArticleSelection, coded_sentences, select_articles
from warehouse.store import Warehouse


def dictionary_gaps(settings: Settings, selection: ArticleSelection, limit: int) -> Gaps:
    """Gaps over up to `limit` stored articles (the latest first) that the selection picks."""
    warehouse = Warehouse(settings.warehouse)
    stored = [s.article for s in select_articles(warehouse, selection) if s.article is not None]
    articles = stored[::-1][:limit]
    nlp = load_pipeline(settings.model)  # with the named-entity recogniser
    lexicon = Lexicon.load(settings.dictionaries, settings.user_dictionary_paths())
    parsed = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=32)
    return find_gaps(parsed, lexicon, coded_sentences(warehouse))

"""eventcoder's coding engine: news text in, CAMEO events out.

from coders import Coder, CoderConfig, article_from_text
coder = Coder(CoderConfig())
for coded in coder.code([article_from_text(text, "note.txt")]):
    print(coded.events)

The names below are imported on first use, so that importing a light module of the package
(`coders.errors`, `coders.articles`, as `warehouse` does) does not load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coders.articles import Article, article_from_record, article_from_text
    from coders.dictionaries import load_dictionaries
    from coders.errors import DictionaryError, EventCoderError, InputError, PipelineError
    from coders.lexicon import Lexicon
    from coders.pipeline import Coder, CoderConfig, load_pipeline
    from coders.records import EVENT_FIELDS, CodedArticle, Event

# Where each public name lives.
_HOMES = {
    "Article": "coders.articles",
    "article_from_record": "coders.articles",
    "article_from_text": "coders.articles",
    "CameoCode": "coders.codebook",
    "Codebook": "coders.codebook",
    "load_codebook": "coders.codebook",
    "Actor": "coders.records",
    "ActorEntry": "coders.dictionaries",
    "AgentEntry": "coders.dictionaries",
    "Dictionaries": "coders.dictionaries",
    "VerbPattern": "coders.dictionaries",
    "load_dictionaries": "coders.dictionaries",
    "Lexicon": "coders.lexicon",
    "code_doc": "coders.engine",
    "DictionaryError": "coders.errors",
    "EventCoderError": "coders.errors",
    "InputError": "coders.errors",
    "PipelineError": "coders.errors",
    "EVENT_FIELDS": "coders.records",
    "Event": "coders.records",
    "CodedArticle": "coders.records",
    "Coder": "coders.pipeline",
    "CoderConfig": "coders.pipeline",
    "load_pipeline": "coders.pipeline",
}

# What users import. The other names of `_HOMES` (records and dictionary types the engine
# passes around) stay importable from here for scripts written before, and by module path.
__all__ = [
    "EVENT_FIELDS",
    "Article",
    "CodedArticle",
    "Coder",
    "CoderConfig",
    "DictionaryError",
    "Event",
    "EventCoderError",
    "InputError",
    "Lexicon",
    "PipelineError",
    "article_from_record",
    "article_from_text",
    "load_dictionaries",
    "load_pipeline",
]


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module 'coders' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))

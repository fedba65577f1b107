"""The spaCy glue: load a pipeline, parse articles in batches, and code them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TypeVar, cast

import spacy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from coders.articles import Article
from coders.defaults import DEFAULT_DICTIONARIES, DEFAULT_MODEL
from coders.dictionaries import REDONE_WORD
from coders.engine import code_doc, code_sentences
from coders.errors import PipelineError
from coders.lexicon import Lexicon
from coders.records import CodedArticle
from coders.triage import Triage

T = TypeVar("T")
# The coder reads the parse, tags and lemmas, and the named entities that actor discovery
# takes new names from (`coders.discovery`).
RECOGNISER = "ner"
DISCOVERY_COMPONENTS = (RECOGNISER,)
NEEDED_COMPONENTS = ("parser", "lemmatizer")


@dataclass(frozen=True)
class CoderConfig:
    """Which spaCy pipeline and dictionaries to code with, and how many articles per batch."""

    model: str = DEFAULT_MODEL
    dictionaries: Path = DEFAULT_DICTIONARIES
    # The user's own dictionary files or folders, read after `dictionaries` (they win).
    user_dictionaries: tuple[Path, ...] = ()
    batch_size: int = 32
    # spaCy components not to run.
    disable: tuple[str, ...] = ()
    # Code people and organisations no dictionary lists from the role and country their own
    # phrase gives ("Senegalese President Bassirou Diomaye Faye"); off, the recogniser is not run.
    discover_actors: bool = True
    # Code an agent of no named country as `---` plus the agent ("insurgents" → ---REB).
    unknown_actors: bool = False
    # Resolve "Mr Putin" after "Vladimir Putin", pronouns and "the sides" to actors named before.
    coreference: bool = True
    # Parse only the sentences that name enough actors to yield an event (see coders.triage).
    triage: bool = True
    # Sentences per `nlp.pipe` batch when triage is on.
    sentence_batch_size: int = 256
    # Give each event the place its text names (coders.places); off, the location columns stay
    # null and the gazetteer is never loaded.
    locate_events: bool = True

    def components_off(self) -> tuple[str, ...]:
        """The spaCy components to disable: `disable`, and the recogniser without discovery."""
        return self.disable + (() if self.discover_actors else DISCOVERY_COMPONENTS)


def load_pipeline(model: str, disable: Iterable[str] = ()) -> Language:
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
    keep_redone_verbs(nlp)
    return nlp


def keep_redone_verbs(nlp: Language) -> None:
    """Keep "re-established", "re-imposed", "de-escalate" and the like in one token. spaCy's
    English tokenizer splits them at the hyphen, and the parser then reads "re" as a noun and
    the verb as an adjective ("Qatar and Bahrain re-established relations" had no verb); kept
    whole, they parse as verbs, and the verb dictionaries read them as the act done again or
    undone (dictionary rows keep such words whole too, `dictionaries.normalise_phrase`). The rule
    joins the pipeline's own token pattern in one regular expression, so the pipeline still
    saves and pickles (spaCy stores a token pattern by its expression)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is the pipeline's own business
    patterns = [REDONE_WORD]
    if tokenizer.token_match is not None:
        own = getattr(tokenizer.token_match, "__self__", None)
        if not isinstance(own, re.Pattern):
            return  # a token rule that is no regular expression cannot be joined
        patterns.append(own.pattern)
    tokenizer.token_match = re.compile("|".join(f"(?:{p})" for p in patterns)).match


class Coder:
    """A loaded pipeline and compiled dictionaries; build one per process and reuse it."""

    def __init__(
        self, config: CoderConfig, nlp: Language | None = None, lexicon: Lexicon | None = None
    ) -> None:
        self.config = config
        self.nlp = nlp if nlp is not None else load_pipeline(config.model, config.components_off())
        if lexicon is None:
            lexicon = Lexicon.load(config.dictionaries, config.user_dictionaries)
        # A lexicon without a gazetteer places no event.
        self.lexicon = lexicon if config.locate_events else replace(lexicon, gazetteer=None)
        # Components the configuration turns off in a pipeline that was loaded with them.
        self._off = tuple(c for c in config.components_off() if c in self.nlp.pipe_names)
        self._recognise = config.discover_actors and RECOGNISER in self.nlp.pipe_names
        self.triage = (
            Triage(
                self.nlp,
                self.lexicon.actors,
                self.lexicon.discards,
                config.unknown_actors,
                self.lexicon.gazetteer,
            )
            if config.triage
            else None
        )

    @property
    def dictionary_version(self) -> str:
        return self.lexicon.provenance.dictionary_version

    def parse(self, text: str) -> Doc:
        """One text parsed with the components the configuration runs."""
        return next(iter(self.nlp.pipe([text], disable=self._off)))

    def code(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Parse with `nlp.pipe` in batches and code each article, in input order."""
        if self.triage is not None:
            for batch in batched(articles, self.config.batch_size):
                yield from self._code_triaged(batch, self.triage)
            return
        pairs = ((article.text, article) for article in articles)
        size = self.config.batch_size
        for doc, article in self.nlp.pipe(
            pairs, as_tuples=True, batch_size=size, disable=self._off
        ):
            sentences = sum(1 for s in doc.sents if s.text.strip())
            events = code_doc(
                doc, article, self.lexicon, self.config.unknown_actors, self.config.coreference
            )
            yield CodedArticle(article, sentences, events, self.lexicon.provenance)

    def _code_triaged(self, batch: tuple[Article, ...], triage: Triage) -> Iterator[CodedArticle]:
        """Parse only the sentences triage keeps, all of a batch's articles in one `nlp.pipe`."""
        plans = [triage.plan(article.text, article.date) for article in batch]
        texts = [(text, (k, index)) for k, plan in enumerate(plans) for index, text in plan.kept]
        parsed: list[list[tuple[int, Span]]] = [[] for _ in batch]
        size = self.config.sentence_batch_size
        # The recogniser runs after the parse, and only on the sentences that introduce a name
        # by its role: the rest of an article's names are in the dictionaries or introduced
        # before, and it costs as much as the rest of the pipeline.
        disable = (*self._off, RECOGNISER) if self._recognise else self._off
        introducing = []
        for doc, (k, index) in self.nlp.pipe(
            texts, as_tuples=True, batch_size=size, disable=disable
        ):
            parsed[k] += [(index, sentence) for sentence in doc.sents if sentence.text.strip()]
            if index in plans[k].introductions:
                introducing.append((doc, plans[k].introduced.get(index, frozenset())))
        if self._recognise:
            recogniser = cast(TrainablePipe, self.nlp.get_pipe(RECOGNISER))
            recognise_near_names(recogniser, introducing, size)
        for article, plan, sentences in zip(batch, plans, parsed, strict=True):
            events = code_sentences(
                sentences,
                article,
                self.lexicon,
                self.config.unknown_actors,
                self.config.coreference,
                plan.unparsed,
            )
            yield CodedArticle(article, plan.sentences, events, self.lexicon.provenance)


# The words around an introduced name that the recogniser reads: its role and the rest of its
# name stand before it ("Senegalese President Bassirou Diomaye Faye"), an apposition after it.
WORDS_BEFORE_A_NAME = 8
WORDS_AFTER_A_NAME = 4


def recognise_near_names(
    recogniser: TrainablePipe, introducing: list[tuple[Doc, frozenset[str]]], size: int
) -> None:
    """Set the named entities of each sentence around the names it introduces: the recogniser
    reads those words only, which costs a third of reading the whole sentence, and discovery
    looks for no other entity (`coders.discovery`). A sentence whose names are not found
    among its words is read whole."""
    docs = [doc for doc, _ in introducing]
    windows = [
        (n, start, end)
        for n, (doc, names) in enumerate(introducing)
        for start, end in _windows(doc, names)
    ]
    found: list[list[Span]] = [[] for _ in docs]
    pieces = (docs[n][start:end].as_doc() for n, start, end in windows)
    for (n, start, _), piece in zip(windows, recogniser.pipe(pieces, batch_size=size), strict=True):
        doc = docs[n]
        found[n] += [Span(doc, start + e.start, start + e.end, label=e.label) for e in piece.ents]
    for doc, spans in zip(docs, found, strict=True):
        doc.ents = spans


def _windows(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    """The token ranges around each introduced name in `doc`, overlapping ones merged; the
    whole sentence where no name is found."""
    ranges = [
        (max(0, t.i - WORDS_BEFORE_A_NAME), min(len(doc), t.i + WORDS_AFTER_A_NAME + 1))
        for t in doc
        if t.lower_ in names
    ]
    if not ranges:
        return [(0, len(doc))]
    merged = [ranges[0]]
    for start, end in ranges[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def batched(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    """`items` in tuples of `size` (the last may be shorter); itertools has it from 3.12."""
    iterator = iter(items)
    while batch := tuple(islice(iterator, size)):
        yield batch

"""The compiled dictionaries and codebook one coder works with, built once at setup."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from coders.actors import ActorLexicon
from coders.codebook import Codebook, load_codebook
from coders.defaults import CODEBOOK_NAME
from coders.dictionaries import Dictionaries, load_dictionaries
from coders.places import Gazetteer
from coders.records import CODER_VERSION, Provenance
from coders.screens import Discards, Issues
from coders.speech import ReportedSpeech
from coders.verbs import VerbLexicon


@dataclass(frozen=True)
class Lexicon:
    """The compiled dictionaries and codebook one coder works with."""

    actors: ActorLexicon
    verbs: VerbLexicon
    codebook: Codebook
    provenance: Provenance
    discards: Discards
    issues: Issues
    speech: ReportedSpeech
    # Where events happened; None: events are not placed.
    gazetteer: Gazetteer | None

    @classmethod
    def from_dictionaries(cls, dictionaries: Dictionaries, codebook: Codebook) -> Lexicon:
        verbs = VerbLexicon(dictionaries)
        return cls(
            ActorLexicon(dictionaries),
            verbs,
            codebook,
            Provenance(CODER_VERSION, dictionaries.version),
            Discards(dictionaries.discards),
            Issues(dictionaries.issues),
            ReportedSpeech(dictionaries.transformations, verbs.bare_codes()),
            Gazetteer(),
        )

    @classmethod
    def load(cls, directory: Path, additions: Sequence[Path] = ()) -> Lexicon:
        """Compile the dictionaries in `directory` and the user's `additions` (files or
        folders, read after it), with the codebook shipped in `directory`."""
        with _collector_paused():
            return cls.from_dictionaries(
                load_dictionaries(directory, additions),
                load_codebook(directory / CODEBOOK_NAME),
            )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the lexicon is built. The build makes hundreds of
    thousands of records, none of them in a reference cycle, and each collection it sets off
    walks every object the process holds: in a process that holds much already (a second
    load, a long-lived server) that walking took as long as the loading itself."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""The exceptions eventcoder raises; every message names the file and line it is about."""


class EventCoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


class DictionaryError(EventCoderError):
    """A dictionary file could not be read (the message names the file and line)."""


class InputError(EventCoderError):
    """An input article could not be read (the message names the file and line)."""


class PipelineError(EventCoderError):
    """The spaCy pipeline could not be loaded or lacks a component the coder needs."""

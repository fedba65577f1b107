"""The exceptions eventcoder raises; every message names the file and line it is about."""


class EventCoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


class DictionaryError(EventCoderError):
    """A dictionary file could not be read (the message names the file and line)."""


class InputError(EventCoderError):
    """An input article could not be read (the message names the file and line)."""


class PipelineError(EventCoderError):
    """The spaCy pipeline could not be loaded or lacks a component the coder needs."""


class WarehouseError(EventCoderError):
    """The warehouse cannot be read or written as asked (the message names the path)."""


class QueryRefused(WarehouseError):
    """A query holds a statement that could change something; queries may only read."""


class LogDamaged(WarehouseError):
    """A line of the commit log other than a torn last one cannot be read: writers stop until
    `eventcoder warehouse repair` has rebuilt it, and nothing is deleted."""

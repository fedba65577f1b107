"""The exceptions eventcoder raises, all in one tree under `EventCoderError`; every message
names the file and line (or the flag) it is about.

    EventCoderError
    ├── DictionaryError       a dictionary file cannot be read
    ├── InputError            an input cannot be read
    │   └── UsageError        a request cannot be taken: a flag value, a date, a period
    ├── PipelineError         the spaCy pipeline cannot be loaded
    ├── ServerError           the local Prefect server did not start
    └── WarehouseError        the warehouse cannot be read or written as asked
        ├── CatalogError      no catalog yet, or no such saved query
        ├── WarehouseBusy     another run is writing
        ├── QueryRefused      a query that could change something
        └── LogDamaged        a damaged commit-log line
"""


class EventCoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


class DictionaryError(EventCoderError):
    """A dictionary file could not be read (the message names the file and line)."""


class InputError(EventCoderError):
    """An input article could not be read (the message names the file and line)."""


class UsageError(InputError, ValueError):
    """A request eventcoder cannot take: a flag value, a date or a period it does not know
    (the command line exits 2 on it). Also a ValueError, as these were before it existed."""


class PipelineError(EventCoderError):
    """The spaCy pipeline could not be loaded or lacks a component the coder needs."""


class ServerError(EventCoderError):
    """The local Prefect server did not start."""


class WarehouseError(EventCoderError):
    """The warehouse cannot be read or written as asked (the message names the path)."""


class CatalogError(WarehouseError):
    """The warehouse has no catalog yet, or a saved query is missing."""


class WarehouseBusy(WarehouseError):
    """Another run holds the warehouse."""


class QueryRefused(WarehouseError):
    """A query holds a statement that could change something; queries may only read."""


class LogDamaged(WarehouseError):
    """A line of the commit log other than a torn last one cannot be read: writers stop until
    `eventcoder warehouse repair` has rebuilt it, and nothing is deleted."""

"""A value handed to a Prefect task as one opaque object.

Prefect walks the lists, dicts and dataclasses in a task's parameters looking for futures to
wait on. For a batch of articles, or thousands of coded articles on their way to the
warehouse, that walk visited every field of every article and event and took a tenth of a
run's time. Prefect's own `quote` marker does not survive the trip to a Dask worker, so the
flow wraps such values in a `Parcel`, which Prefect leaves shut. Dask, too, names each task it
is given by a hash of the arguments, and would pickle a parcel's contents once more to get it.
"""

from typing import Generic, TypeVar
from uuid import uuid4

T = TypeVar("T")


class Parcel(Generic[T]):
    """`contents`, passed through Prefect unopened."""

    __slots__ = ("contents",)

    def __init__(self, contents: T) -> None:
        self.contents = contents

    # Pickled as a one-item tuple: pickle skips __setstate__ for a falsy state (an empty list).
    def __getstate__(self) -> tuple[T]:
        return (self.contents,)

    def __setstate__(self, state: tuple[T]) -> None:
        (self.contents,) = state

    def __dask_tokenize__(self) -> str:
        """A new name each time: no two submissions of a parcel are the same task (and the
        Prefect task run id beside it makes every submission's name unique anyway)."""
        return uuid4().hex

"""Writing a file so that a reader sees the old one or the whole new one, never a part."""

import os
from collections.abc import Callable
from pathlib import Path

from coders.errors import WarehouseError


def beside(target: Path) -> Path:
    """The temporary name a write uses next to its target: hidden, and unique per process, so
    that globs over `*.parquet` or `*.jsonl` never match it."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def replace_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(temporary)`, then rename the temporary file over `target`. A write the
    system refuses (disk full, read-only folder) leaves no temporary file and raises
    `WarehouseError` naming the target and the cause."""
    temporary = beside(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(temporary)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise WarehouseError(f"{target}: could not write: {_cause(error)}") from error
    return target


def _cause(error: OSError) -> str:
    """The system's words for the error ("No space left on device"), without the wrapping
    pyarrow adds."""
    if error.errno:
        return os.strerror(error.errno)
    return error.strerror or str(error) or type(error).__name__


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return replace_atomically(target, lambda temporary: temporary.write_bytes(data))

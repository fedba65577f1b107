"""Writing a file so that a reader sees the old one or the whole new one, never a part."""

import os
from collections.abc import Callable
from pathlib import Path


def beside(target: Path) -> Path:
    """The temporary name a write uses next to its target: hidden, and unique per process, so
    that globs over `*.parquet` or `*.jsonl` never match it."""
    return target.with_name(f".{target.name}.{os.getpid()}.tmp")


def replace_atomically(target: Path, write: Callable[[Path], object]) -> Path:
    """Call `write(temporary)`, then rename the temporary file over `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = beside(target)
    write(temporary)
    os.replace(temporary, target)
    return target


def write_bytes_atomically(target: Path, data: bytes) -> Path:
    return replace_atomically(target, lambda temporary: temporary.write_bytes(data))

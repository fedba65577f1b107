"""Run the `eventcoder` command in this process and SIGKILL it at a chosen point.

    python tests/crash_driver.py POINT run PATH --warehouse DIR

`tests/test_crash.py` uses it to interrupt a real run while it codes, while it writes a Parquet
file, while it commits a batch, and while it rebuilds the catalog. The kill is real (the process
ends at once, with no clean-up of any kind); only where it happens is chosen here.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def kill_on_call(owner: object, name: str, call: int, first: Callable[..., None] | None = None):
    """Replace `owner.name` so that its `call`-th call (after `first`, if given) kills us."""
    original = getattr(owner, name)
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == call:
            if first is not None:
                first(*args, **kwargs)
            die()
        return original(*args, **kwargs)

    setattr(owner, name, wrapper)


def half_a_parquet_file(table, target: Path) -> None:
    """What `write_atomic` leaves when killed mid-write: part of its temporary file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_bytes(b"PAR1" + b"\0" * 4096)


def half_a_commit(root: Path, commit) -> None:
    """What `manifest.append` leaves when killed mid-write: a torn last line."""
    line = commit.line()
    with (root / "_commits.jsonl").open("ab") as log:
        log.write(line[: len(line) // 2])


def arm(point: str) -> None:
    from coders.pipeline import Coder
    from warehouse import catalog, manifest, store

    if point == "coding":
        kill_on_call(Coder, "code", 3)
    elif point == "parquet":
        kill_on_call(store, "write_atomic", 8, first=half_a_parquet_file)
    elif point == "commit":
        kill_on_call(manifest, "append", 3, first=half_a_commit)
    elif point == "catalog":
        kill_on_call(catalog, "_view_sql", 3)
    else:
        raise SystemExit(f"unknown point {point!r}")


if __name__ == "__main__":
    arm(sys.argv[1])
    from flows.cli import app

    app(sys.argv[2:])

"""Finding and reading input articles: files, directories and stdin (.txt, .jsonl, .csv).

Every unreadable article becomes a `Rejected` record naming its file and line, and reading goes
on with the rest.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coders.articles import (
    Article,
    article_from_record,
    article_from_text,
    future_date_problem,
    looks_english,
)
from coders.errors import InputError

SUFFIXES = (".txt", ".jsonl", ".csv")
STDIN = "-"


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article; `message` names the file and line."""

    origin: str
    message: str

    @classmethod
    def at(cls, origin: str, reason: str) -> Rejected:
        return cls(origin, f"{origin}: {reason}")

    def __str__(self) -> str:
        return self.message


Item = Article | Rejected


def discover(paths: Iterable[str]) -> Iterator[Path | str | Rejected]:
    """Expand directories (recursively, in name order) into their article files."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield _file_or_reason(path)


def _walk(root: Path) -> Iterator[Path | Rejected]:
    """Article files below `root` in name order. Linked directories are not followed, so a
    link loop cannot trap the walk; hidden files and folders are passed over."""
    paths: list[Path] = []
    for folder, subfolders, files in os.walk(root, followlinks=False):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        paths += [
            Path(folder) / n
            for n in files
            if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES
        ]
    for path in sorted(paths):
        yield _file_or_reason(path)


def _file_or_reason(path: Path) -> Path | Rejected:
    """The path if it is a readable kind of file; else why not. A named pipe or a device is
    refused rather than opened, since reading one could wait for ever. A name that is not
    UTF-8 is refused too (shown with its bad bytes escaped): it could not be stored."""
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    if shown != str(path):
        return Rejected.at(shown, "file name is not valid UTF-8; rename the file to read it")
    if path.is_file():
        return path
    if path.is_symlink() and not path.exists():
        return Rejected.at(str(path), "broken link")
    if not path.exists():
        return Rejected.at(str(path), "no such file or directory")
    return Rejected.at(str(path), "not a regular file (a named pipe, socket or device)")


def read_all(
    paths: Iterable[str], default_date: date | None = None, max_chars: int | None = None
) -> Iterator[Item]:
    """Every article (or rejection) from every input, in order. An article longer than
    `max_chars` is rejected rather than parsed, and so is one dated in the future."""
    today = date.today()
    for item in _read_sources(paths, default_date):
        if not isinstance(item, Article):
            yield item
        elif max_chars is not None and len(item.text) > max_chars:
            yield Rejected.at(
                item.origin,
                f"article has {len(item.text):,} characters, more "
                f"than the limit of {max_chars:,} (EVENTCODER_MAX_ARTICLE_CHARS)",
            )
        elif problem := future_date_problem(item.date, today):
            yield Rejected.at(item.origin, problem)
        elif not looks_english(item.text):
            yield Rejected.at(
                item.origin, "not English text (the coder's dictionaries are English)"
            )
        else:
            yield item


def _read_sources(paths: Iterable[str], default_date: date | None) -> Iterator[Item]:
    for source in discover(paths):
        if isinstance(source, Rejected):
            yield source
        elif source == STDIN:
            yield from read_text_stream(sys.stdin.read(), "<stdin>", default_date)
        else:
            yield from read_file(Path(source), default_date)


def read_file(path: Path, default_date: date | None = None) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected.at(str(path), f"cannot read file ({exc.strerror})")
        return
    if b"\x00" in data[:8192]:
        yield Rejected.at(str(path), "binary file, not text (it holds NUL bytes)")
        return
    text, encoding = _decode(data)
    if text is None:
        yield Rejected.at(f"{path}:{encoding}", "not UTF-8 or Windows-1252 text")
        return
    yield from _parse(path, text, default_date)


def _decode(data: bytes) -> tuple[str | None, str]:
    """Text as UTF-8, else as Windows-1252 (older news archives); None and the line of the
    first bad byte when it is neither."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None, str(line)
    return text, "Windows-1252"


def _parse(path: Path, text: str, default_date: date | None) -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(text, str(path), default_date)
    elif suffix == ".csv":
        yield from read_csv(text, str(path), default_date)
    else:
        yield _one(lambda: article_from_text(text, str(path), default_date), str(path))


def read_text_stream(text: str, origin: str, default_date: date | None) -> Iterator[Item]:
    """Standard input: JSON lines if it starts with `{`, otherwise one plain-text article."""
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text, origin, default_date)
    else:
        yield _one(lambda: article_from_text(text, origin, default_date), origin)


def read_jsonl(text: str, origin: str, default_date: date | None) -> Iterator[Item]:
    """One article per line. Lines end at a newline only: `splitlines` would also split at
    U+2028, U+0085 and other characters a JSON string may hold unescaped."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected.at(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Rejected.at(where, "a JSON line must be an object with `date` and `text`")
            continue
        yield _one(lambda r=record, w=where: article_from_record(r, w, default_date), where)


def read_csv(text: str, origin: str, default_date: date | None) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"text"} - set(reader.fieldnames or [])
    if missing:
        yield Rejected.at(f"{origin}:1", "CSV header needs at least the columns date and text")
        return
    width = len(reader.fieldnames or [])
    for row in reader:
        where = f"{origin}:{reader.line_num}"
        if None in row:  # DictReader puts fields beyond the header under the key None
            extra = width + len(row[None])
            yield Rejected.at(
                where, f"row has {extra} fields, the header {width} (a comma in unquoted text?)"
            )
            continue
        yield _one(lambda r=row, w=where: article_from_record(r, w, default_date), where)


def _one(build, origin: str) -> Item:
    try:
        return build()
    except InputError as exc:
        return Rejected(origin, str(exc))


def estimate_inputs(paths: Iterable[str]) -> int | None:
    """About how many inputs `read_all` will yield (a line per JSON line or CSV row, one per
    text file), for a progress bar; None when reading standard input."""
    total = 0
    for source in discover(paths):
        if source == STDIN:
            return None
        if isinstance(source, Rejected):
            total += 1
        elif isinstance(source, Path):
            total += _count(source)
    return total


def _count(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in {".jsonl", ".csv"}:
        return 1
    try:
        with path.open("rb") as handle:
            lines = sum(1 for line in handle if line.strip())
    except OSError:
        return 1
    return max(lines - (suffix == ".csv"), 1)

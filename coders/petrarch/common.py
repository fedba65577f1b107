"""What the PETRARCH formats share: comments, phrases, dates, and the problems a reader reports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")

HTML_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class Problem:
    """A line a reader could not use, and why."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ReadResult(Generic[T]):
    """The records read from one file, the problems met, and how many lines were used."""

    path: str
    records: list[T] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lines_used: int = 0

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))


@dataclass(frozen=True)
class Line:
    """A line with its comment removed; `indented` when it began with white space."""

    number: int
    text: str
    comment: str
    indented: bool


def content_lines(path: Path, comment_marks: str = "#") -> Iterator[Line]:
    """Non-blank lines without `<!-- -->` comments (also across lines) or trailing comments."""
    in_comment = False
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            text = raw.rstrip("\r\n")
            text, in_comment = _strip_html_comment(text, in_comment)
            body, comment = _split_comment(text, comment_marks)
            if body.strip():
                yield Line(number, body.strip(), comment.strip(), body[:1].isspace())


def _strip_html_comment(text: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        end = text.find("-->")
        if end < 0:
            return "", True
        text = text[end + 3 :]
    text = HTML_COMMENT.sub("", text)
    start = text.find("<!--")
    if start >= 0:
        return text[:start], True
    return text, False


def _split_comment(text: str, marks: str) -> tuple[str, str]:
    positions = [p for p in (text.find(m) for m in marks) if p >= 0]
    if not positions:
        return text, ""
    cut = min(positions)
    return text[:cut], text[cut + 1 :]


def phrase_words(text: str) -> tuple[list[str], bool]:
    """Lower-case words of a phrase, and whether it ends in `_` (whole words, not a stem)."""
    whole = text.endswith("_")
    words = [w for w in re.split(r"[_\s]+", text.strip("_ ").lower()) if w]
    return words, whole


def own_phrase(text: str) -> str:
    """A PETRARCH phrase in eventcoder's spelling: words, with `*` after a stem.

    A one-word name of up to three letters ("US", "UN", "IRA") stays in capitals, so that it
    matches only as written and not the English word ("us")."""
    words, whole = phrase_words(text)
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha():
        return words[0].upper()
    return " ".join(words) + ("" if whole or not words else "*")


def parse_date(text: str) -> date:
    """YYYYMMDD, or YYMMDD with 00-30 read as 20YY and 31-99 as 19YY (the KEDS rule)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise ValueError(f"{text!r} is not a date (YYMMDD or YYYYMMDD)")
    if len(digits) == 6:
        century = "20" if int(digits[:2]) <= 30 else "19"
        digits = century + digits
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))

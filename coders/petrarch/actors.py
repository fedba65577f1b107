"""Reader for PETRARCH actor dictionaries (`Phoenix.*.actors.txt`, `PETR.Validate.actors.txt`).

A record is a primary phrase, `+` synonym lines, and code lines (`[RUSGOV >20000507]`, usually
tab-indented); every phrase of the record takes every code of the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coders.dictionaries import ActorEntry
from coders.petrarch.common import Line, ReadResult, content_lines, own_phrase, parse_date

BRACKET = re.compile(r"\[([^\]]*)\]")
CODE = re.compile(r"^[A-Za-z0-9]{3,}(?:/[A-Za-z0-9]{3,})*$|^---$")


@dataclass
class _Record:
    start_line: int
    names: list[str] = field(default_factory=list)
    codes: list[ActorEntry] = field(default_factory=list)


def read_actors(path: Path) -> ReadResult[ActorEntry]:
    result: ReadResult[ActorEntry] = ReadResult(str(path))
    record: _Record | None = None
    for line in content_lines(path, comment_marks="#;"):
        text = line.text
        if text.startswith("["):
            if record is None:
                result.problem(line.number, "code line before any actor phrase")
                continue
            _read_codes(text, line, record, result)
        elif text.startswith("+"):
            if record is None:
                result.problem(line.number, "synonym line before any actor phrase")
                continue
            record.names.append(_name(text[1:]))
            _read_codes(text, line, record, result)
        else:
            _finish(record, result)
            record = _Record(line.number, [_name(text)])
            _read_codes(text, line, record, result)
        result.lines_used += 1
    _finish(record, result)
    return result


def _read_codes(text: str, line: Line, record: _Record, result: ReadResult) -> None:
    for body in BRACKET.findall(text):
        try:
            record.codes.append(_restriction(body))
        except ValueError as exc:
            result.problem(line.number, f"[{body}]: {exc}")


def _restriction(body: str) -> ActorEntry:
    parts = body.split()
    if not parts or not CODE.match(parts[0]):
        raise ValueError("expected a code such as RUSGOV, optionally with a date restriction")
    code = parts[0].upper()
    if len(parts) == 1:
        return ActorEntry("", code)
    limit = "".join(parts[1:])
    if limit.startswith(">"):
        return ActorEntry("", code, start=parse_date(limit[1:]))
    if limit.startswith("<"):
        return ActorEntry("", code, end=parse_date(limit[1:]))
    first, dash, last = limit.partition("-")
    if not dash:
        raise ValueError(f"{limit!r} is not >date, <date or date-date")
    start, end = parse_date(first), parse_date(last)
    if start > end:
        raise ValueError(f"the range {limit} ends before it starts")
    return ActorEntry("", code, start=start, end=end)


def _finish(record: _Record | None, result: ReadResult[ActorEntry]) -> None:
    if record is None:
        return
    names = [n for n in record.names if n and n != "*"]
    if not record.codes:
        result.problem(record.start_line, f"actor {names[0] if names else '?'!r} has no code")
        return
    # Dated restrictions first, then the default, as the coder reads them.
    ordered = [c for c in record.codes if c.dated] + [c for c in record.codes if not c.dated]
    for name in names:
        result.records.extend(ActorEntry(name, c.code, c.start, c.end) for c in ordered)


def _name(text: str) -> str:
    """Actor names match as whole words. The PETRARCH files leave the trailing `_` off many
    names, but PETRARCH itself does not read those as stems ("THE_KU" must not find "The
    Kuwait"), so neither does eventcoder."""
    return own_phrase(BRACKET.sub("", text).strip()).rstrip("*")

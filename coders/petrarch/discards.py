"""Reader for PETRARCH discard lists: a phrase a line, `+` for the whole story."""

from __future__ import annotations

from pathlib import Path

from coders.dictionaries import DiscardEntry
from coders.petrarch.common import ReadResult, content_lines, own_phrase


def read_discards(path: Path) -> ReadResult[DiscardEntry]:
    result: ReadResult[DiscardEntry] = ReadResult(str(path))
    for line in content_lines(path, comment_marks="#;"):
        story = line.text.startswith("+")
        phrase = own_phrase(line.text.lstrip("+").strip())
        if not phrase.strip("*"):
            result.problem(line.number, "discard line has no phrase")
            continue
        result.records.append(DiscardEntry(phrase, story))
        result.lines_used += 1
    return result

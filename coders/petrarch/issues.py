"""Reader for the PETRARCH issues file: `phrase [CODE]` entries under `<ISSUE ...>` headers.

Word prefixes expand to forms: `n:` singular and plural, `v:` the regular verb forms, and `+`
between words both a space and a hyphen. `~phrase` lines are ignore phrases.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from coders.dictionaries import IssueEntry, normalise_phrase
from coders.petrarch.common import ReadResult, content_lines

HEADER = re.compile(r"^</?ISSUE\b[^>]*>$", re.IGNORECASE)
ENTRY = re.compile(r"^(?P<phrase>[^\[]+?)\s*\[(?P<code>[A-Za-z0-9_-]+)\]$")
IGNORE = "~"


def read_issues(path: Path) -> ReadResult[IssueEntry]:
    result: ReadResult[IssueEntry] = ReadResult(str(path))
    for line in content_lines(path):
        text = line.text
        if HEADER.match(text):
            result.lines_used += 1
            continue
        if text.startswith(IGNORE):
            entries = [IssueEntry(p, IGNORE) for p in expand(text.lstrip(IGNORE).strip())]
        elif found := ENTRY.match(text):
            entries = [IssueEntry(p, found.group("code")) for p in expand(found.group("phrase"))]
        else:
            result.problem(line.number, f"{text!r} is not `phrase [CODE]` or `~phrase`")
            continue
        result.records.extend(entries)
        result.lines_used += 1
    return result


def expand(phrase: str) -> list[str]:
    """Every literal form of an issue phrase, in eventcoder's spelling (lower case words)."""
    options = [_word_forms(word) for word in phrase.lower().split()]
    return [normalise_phrase(" ".join(choice)) for choice in itertools.product(*options)]


def _word_forms(word: str) -> list[str]:
    parts = word.split("+")
    forms = [_inflect(p) for p in parts]
    joined = []
    for choice in itertools.product(*forms):
        joined.append(" ".join(choice))
        if len(choice) > 1:
            joined.append(" - ".join(choice))
    return joined


def _inflect(word: str) -> list[str]:
    if word.startswith("n:"):
        stem = word[2:]
        return [stem, _plural(stem)]
    if word.startswith("v:"):
        stem = word[2:]
        base = stem[:-1] if stem.endswith("e") else stem
        return [stem, stem + "s", base + "ed", base + "ing"]
    return [word]


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"

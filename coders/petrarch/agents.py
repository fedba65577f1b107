"""Reader for PETRARCH agent dictionaries: `PHRASE {PLURALS} [~CODE]` and `!SET! = A, B` lines."""

from __future__ import annotations

import re
from pathlib import Path

from coders.dictionaries import AgentEntry
from coders.petrarch.common import ReadResult, content_lines, own_phrase

SUBSTITUTION = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")
ENTRY = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]$")
CODE = re.compile(r"^(~?)((?:[A-Z]{3})+)(~?)$")
MARKER = re.compile(r"!([A-Z]+)!")


def read_agents(path: Path) -> ReadResult[AgentEntry]:
    result: ReadResult[AgentEntry] = ReadResult(str(path))
    sets: dict[str, list[str]] = {}
    for line in content_lines(path):
        found = SUBSTITUTION.match(line.text)
        if found:
            sets[found.group(1)] = [m.strip() for m in found.group(2).split(",") if m.strip()]
            result.lines_used += 1
            continue
        try:
            result.records.extend(_entries(line.text, sets))
            result.lines_used += 1
        except ValueError as exc:
            result.problem(line.number, str(exc))
    return result


def _entries(text: str, sets: dict[str, list[str]]) -> list[AgentEntry]:
    found = ENTRY.match(text)
    if not found:
        raise ValueError(f"{text!r} is not `PHRASE {{PLURALS}} [~CODE]`")
    code = CODE.match(found.group("code").strip())
    if not code or (code.group(1) and code.group(3)) or not (code.group(1) or code.group(3)):
        raise ValueError(f"[{found.group('code')}] is not an agent code like ~GOV or NGO~")
    prefix = bool(code.group(3))
    plurals = (found.group("plurals") or "").split()
    phrases = [found.group("phrase").strip(), *plurals]
    # Agents are whole words: the coder finds plurals through the lemma.
    return [
        AgentEntry(own_phrase(p).rstrip("*"), code.group(2), prefix)
        for phrase in phrases
        for p in _substitute(phrase, sets)
    ]


def _substitute(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Every form of a phrase with `!SET!` markers replaced by each member of the set."""
    marker = MARKER.search(phrase)
    if not marker:
        return [phrase]
    members = sets.get(marker.group(1))
    if members is None:
        raise ValueError(f"substitution set !{marker.group(1)}! is not defined")
    forms = [phrase[: marker.start()] + m + phrase[marker.end() :] for m in members]
    return [form for f in forms for form in _substitute(f, sets)]

"""Counts of what a dictionary directory holds, as `eventcoder dictionaries stats` reports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coders.dictionaries import load_dictionaries


def dictionary_stats(directory: Path, additions: Sequence[Path] = ()) -> dict[str, object]:
    found = load_dictionaries(directory, additions)
    agents = len({e.phrase for e in found.agents})
    synsets = len({s.set for s in found.synonyms})
    issues = sum(1 for e in found.issues if not e.is_ignore)
    return {
        "directory": str(directory),
        "version": found.version,
        "actor_names": len({e.name for e in found.actors}),
        "actor_entries": len(found.actors),
        "dated_actor_entries": sum(1 for e in found.actors if e.dated),
        "agents": agents,
        "agent_phrases": agents,
        "verbs": len({p.verb for p in found.verbs}),
        "verb_patterns": len(found.verbs),
        "synsets": synsets,
        "synonym_sets": synsets,
        "synonym_members": len(found.synonyms),
        "discards": len(found.discards),
        "issues": issues,
        "issue_phrases": issues,
        "transformations": len(found.transformations),
    }

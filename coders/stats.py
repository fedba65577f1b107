"""Counts of what a dictionary directory holds, as `eventcoder dictionaries stats` reports."""

from __future__ import annotations

from pathlib import Path

from coders.dictionaries import load_dictionaries


def dictionary_stats(directory: Path) -> dict[str, object]:
    found = load_dictionaries(directory)
    return {
        "directory": str(directory),
        "version": found.version,
        "actor_names": len({e.name for e in found.actors}),
        "actor_entries": len(found.actors),
        "dated_actor_entries": sum(1 for e in found.actors if e.dated),
        "agent_phrases": len({e.phrase for e in found.agents}),
        "verbs": len({p.verb for p in found.verbs}),
        "verb_patterns": len(found.verbs),
        "synonym_sets": len({s.set for s in found.synonyms}),
        "synonym_members": len(found.synonyms),
        "discards": len(found.discards),
        "issue_phrases": sum(1 for e in found.issues if not e.is_ignore),
        "transformations": len(found.transformations),
    }

"""Demands and appeals told as a statement: a speaker who says that another actor must, has to
or should do something demands it (CAMEO 100) or appeals for it (020), though no verb of the
sentence is DEMAND or URGE.

"Peru said Chile must withdraw its troops", "the ministry said Japan has to stop the
discharge", "India insisted that Pakistan should hand the men over": the speaker (the subject
of SAY, ADD, INSIST ...) → the subject of the obliged clause, 100 for MUST, HAS TO, NEEDS TO,
020 for SHOULD, OUGHT TO. The obliged act has not happened and is not coded
(`engine.decide_verb`). The speaker's own obligations ("we must act") name no one else and
code nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from coders.actors import ActorResolver
from coders.arguments import resolve_all, subject_actors
from coders.criticism import SPEAKING_VERBS
from coders.dictionaries import VerbPattern
from coders.grammar import children
from coders.modality import is_directly_negated, obligation
from coders.records import Coded

CODES = {"demand": "100", "appeal": "020"}
RULE_ORIGIN = "eventcoder-rule:obligation-in-a-statement"


def demand_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The demands and appeals a sentence's statements make, as coded dyads, where `coded`
    has no event from that speaker to that actor already ("insisted that Chile should" is
    INSIST's demand)."""
    done = {(c.source.code, c.target.code) for c in coded}
    found: list[Coded] = []
    for verb in sentence:
        if verb.lemma_.lower() not in SPEAKING_VERBS or is_directly_negated(verb):
            continue
        for clause, kind in _obliged_clauses(verb):
            code = CODES[kind]
            pattern = VerbPattern(verb.lemma_.lower(), code, (), (), f"({kind})", RULE_ORIGIN)
            obliged = children(clause, "nsubj", "nsubjpass")
            for speaker in subject_actors(verb, resolver):
                for target in resolve_all(obliged, resolver, strict=True):
                    if target.country == speaker.country or (speaker.code, target.code) in done:
                        continue
                    found.append(Coded(verb, pattern, speaker, target, code))
    return found


def _obliged_clauses(verb: Token) -> list[tuple[Token, str]]:
    """The clauses a speaking verb reports that say what must or should be done, each with its
    subject's verb ("has" in "has to stop") and the kind of obligation."""
    found = []
    for clause in children(verb, "ccomp", "parataxis"):
        lower = [c for c in children(clause, "xcomp") if obligation(c)]
        kind = obligation(clause) or (obligation(lower[0]) if lower else None)
        if kind is not None:
            found.append((clause, kind))
    return found

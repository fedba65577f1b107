"""Why an expected event was missed, read from the coder's own trace of the sentence
(`coders.explain`), at the level of the headline measure (source country, target country,
CAMEO root):

- agent or subcode differs: right at that level, wrong in the full code;
- wrong direction: the event was coded the other way round;
- wrong root: the dyad was coded, with another root;
- no source actor / no target actor: nothing in the sentence resolved to that country;
- filtered by a rule: a verb matched a pattern, and a named rule set it aside (negated, a
  condition, only the setting, an appeal's clause ...);
- no verb pattern: both actors were found, and no verb of the sentence matched a pattern;
- no pattern of this root: verbs matched patterns, none of the expected event's root;
- actors not linked: a verb matched a pattern of that root, but not between those actors.
"""

from __future__ import annotations

from coders.actors import CODE_SEPARATOR, COUNTRY_LENGTH
from coders.codebook import root_of
from coders.evaluation import Triple, country_roots
from coders.explain import SentenceExplanation

NO_RULE_REASONS = frozenset({"matched", "not a verb", "no pattern"})


def miss_cause(
    missed: Triple, produced: frozenset[Triple], trace: SentenceExplanation | None
) -> str:
    """The cause of one missed expected event (full codes; judged by country and root)."""
    source, target, root = missed[0][:3], missed[1][:3], root_of(missed[2])
    coded = country_roots(produced)
    if (source, target, root) in coded:
        return "agent or subcode differs"
    if (target, source, root) in coded:
        return "wrong direction"
    if any((s, t) == (source, target) for s, t, _ in coded):
        return "wrong root"
    found = _countries(trace) if trace else set()
    if source not in found:
        return "no source actor"
    if target not in found:
        return "no target actor"
    verbs = trace.verbs if trace else []
    filtered = [
        v.outcome
        for v in verbs
        if v.matched_code and root_of(v.matched_code) == root and v.outcome not in NO_RULE_REASONS
    ]
    if filtered and not any(v.code and root_of(v.code) == root for v in verbs):
        return f"filtered by a rule: {filtered[0]}"
    if not any(v.matched_code for v in verbs):
        return "no verb pattern"
    if not any(v.matched_code and root_of(v.matched_code) == root for v in verbs):
        return "no pattern of this root"
    return "actors not linked"


def _countries(trace: SentenceExplanation) -> set[str]:
    codes = [a.code for a in trace.actors if a.code]
    codes += [c for v in trace.verbs for c in (*v.sources, *v.targets)]
    return {c[:COUNTRY_LENGTH] for code in codes for c in code.split(CODE_SEPARATOR)}

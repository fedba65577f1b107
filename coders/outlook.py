"""Outlook told as a statement: an actor that says it is optimistic or hopeful about another
makes an optimistic comment on it (CAMEO 013), and one that says it is pessimistic, worried or
concerned about it a pessimistic comment (012), though no verb of the sentence codes either.

"Chile's president said he was optimistic about the talks with Peru", "Peru is deeply
concerned over Chile's build-up", "Britain was outraged by Myanmar's air strikes": the
subject of the adjective's clause → the actor its ABOUT, OVER, ON, REGARDING or BY phrase
names, or the doers of an act told before that the phrase names ("alarmed by the strikes").
A negated clause ("was not optimistic about ...") says the opposite only loosely and codes
nothing; a clause with no such actor codes nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from coders.actors import ActorResolver
from coders.arguments import resolve_all, subject_actors
from coders.dictionaries import VerbPattern
from coders.grammar import children
from coders.modality import is_directly_negated
from coders.records import Actor, Coded
from coders.referents import actors_referred

RULE_ORIGIN = "eventcoder-rule:outlook-in-a-statement"
OPTIMISTIC_CODE = "013"
PESSIMISTIC_CODE = "012"
MOOD_CODES = {
    **dict.fromkeys(("optimistic", "hopeful", "confident", "upbeat"), OPTIMISTIC_CODE),
    **dict.fromkeys(
        (
            "pessimistic",
            "concerned",
            "worried",
            "alarmed",
            "sceptical",
            "skeptical",
            "anxious",
            "doubtful",
            "gloomy",
            # The CAMEO file codes EXPRESS ALARM, SHOCK, OUTRAGE, HORROR and DISMAY 012 too.
            "shocked",
            "appalled",
            "horrified",
            "outraged",
            "dismayed",
            "disturbed",
            "troubled",
        ),
        PESSIMISTIC_CODE,
    ),
}
# Phrases a topic's noun chains to ("the prospects for a deal", "the future of the talks"),
# followed this many steps.
CHAIN_PREPS = frozenset({"for", "of", "on"})
CHAIN_DEPTH = 2
# Where the adjective names what the outlook is on; BY after a participle ("alarmed by").
TOPIC_PREPS = frozenset({"about", "over", "on", "regarding", "for", "by"})


def outlook_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The optimistic and pessimistic comments a sentence's predicates make, where `coded`
    has no event from that actor to that one already."""
    done = {(c.source.code, c.target.code) for c in coded}
    found: list[Coded] = []
    for word in sentence:
        code = _mood_code(word)
        if code is None:
            continue
        stater = _stating_verb(word)
        if stater is None or is_directly_negated(stater):
            continue
        pattern = VerbPattern(word.lower_, code, (), (), "(outlook)", RULE_ORIGIN)
        holders = _holders(word, stater, resolver)
        for holder in holders:
            for target in _topic_actors(word, holders, resolver):
                if target.country == holder.country or (holder.code, target.code) in done:
                    continue
                found.append(Coded(stater, pattern, holder, target, code))
    return found


def tells_a_feeling(verb: Token) -> bool:
    """Whether a verb is the passive participle of an outlook ("was alarmed by the strikes"),
    which `outlook_events` codes from the one who feels it: the CAMEO file's APPALL,
    OUTRAGE and DISMAY rows would code it from the BY phrase."""
    stater = _stating_verb(verb) if _mood_code(verb) is not None else None
    return stater is not None and stater.i == verb.i


def _mood_code(word: Token) -> str | None:
    """The code of an outlook word, by its form ("alarmed") or its lemma ("concerned")."""
    return MOOD_CODES.get(word.lower_) or MOOD_CODES.get(word.lemma_.lower())


def _stating_verb(word: Token) -> Token | None:
    """The verb whose subject holds the outlook: the head of an adjective ("was concerned
    about"), or a passive participle itself ("was alarmed by the strikes"); None for any other
    use of the word ("the concerned parties")."""
    if word.dep_ == "acomp":
        return word.head
    if word.tag_ == "VBN" and children(word, "auxpass"):
        return word
    return None


def _holders(word: Token, stater: Token, resolver: ActorResolver) -> list[Actor]:
    """Who holds the outlook: the subject of an adjective's verb, or of a participle's passive
    ("it was alarmed": what IT stands for)."""
    if stater.i == word.i:
        return resolve_all(children(word, "nsubjpass"), resolver, strict=True)
    return subject_actors(stater, resolver)


def _topic_actors(word: Token, holders: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """The actors the topic phrases name, else the doers of an act the story told that a
    topic names ("alarmed by reports of the air strikes", after a sentence on them)."""
    topics = _topics(word)
    named = resolve_all(topics, resolver, strict=False)
    referred = (actors_referred(noun, holders, resolver) for noun in topics)
    return named or next((found for found in referred if found), [])


def _topics(adjective: Token) -> list[Token]:
    """The heads of the adjective's topic phrases and of the phrases chained under them ("about
    the prospects for a deal with Iran"), the nouns their WITH and BETWEEN phrases name ("about
    the talks with Peru"), and the subject of a clause that says what is expected ("optimistic
    that Israel would withdraw")."""
    heads = [
        obj
        for prep in adjective.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in TOPIC_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for _ in range(CHAIN_DEPTH):
        heads += [obj for head in heads for obj in _chained(head) if obj not in heads]
    partners = [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    expected = [
        subject
        for clause in adjective.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.pos_ != "PRON"
    ]
    return heads + partners + expected


def _chained(head: Token) -> list[Token]:
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in CHAIN_PREPS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]

"""Actors discovered from the text: people and organisations no dictionary lists, whose own
noun phrase says whose they are and what role they hold.

"Senegalese President Bassirou Diomaye Faye" names an unknown person, but the words around
the name code as SENGOV, so the name stands for SENGOV for the rest of the article: "Faye
said" in a later sentence is SENGOV too. The same holds for an apposition ("Maria Zakharova,
spokeswoman for the Russian foreign ministry": RUSGOV) and for organisations ("the Malian
rebel group Azawad Liberation Front (ALF)": MLIREB, and ALF with it). A name whose phrase
gives no country and role ("Amadou Abdramane said") stays unknown. The names come from spaCy's
named-entity recogniser; `EVENTCODER_DISCOVER_ACTORS=false` turns discovery off.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from coders.actors import (
    DISCOVERED,
    TITLES,
    UNKNOWN,
    ActorResolver,
    actor_code,
    bracketed_short_form,
)
from coders.dictionaries import ActorEntry
from coders.grammar import children, prepositions
from coders.records import Actor

PERSON = "PERSON"
ORGANISATION = "ORG"
# Dependencies of a name that heads its own noun phrase; as a modifier ("the Faye government")
# it names something else.
HEADING_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "agent", "ROOT"}
)
# "spokeswoman for the foreign ministry", "leader of the opposition party": a role held in
# the body the phrase names.
ROLE_PREPS = frozenset({"for", "of", "at"})


@dataclass(frozen=True)
class Discovered:
    """A name found in the text, the code its own phrase gives it, and where it was found."""

    name: str
    kind: str
    code: str
    sentence_index: int

    def entries(self) -> tuple[ActorEntry, ...]:
        return (
            ActorEntry(self.name.lower(), self.code, source=DISCOVERED, line=self.sentence_index),
        )

    def keys(self) -> list[str]:
        """The names that stand for the actor later in the article: the whole name and, for a
        person, the last word ("Faye") and, of a two-word name, the first as well, since
        family names come first in Chinese, Korean and Japanese ("Ishiba Shigeru"); for an
        organisation, the whole name only."""
        words = self.name.lower().split()
        keys = [" ".join(words)]
        if self.kind == PERSON and len(words) > 1:
            keys += [words[-1], words[0]] if len(words) == 2 else [words[-1]]
        return keys


def discover(sentence: Span, index: int, resolver: ActorResolver) -> list[Discovered]:
    """The unknown people and organisations of a sentence whose own phrase codes them."""
    found = []
    for entity in sentence.ents:
        if entity.label_ not in {PERSON, ORGANISATION} or _known(entity, resolver):
            continue
        head = entity.root
        if head.dep_ not in HEADING_DEPS or head.i != entity.end - 1:
            continue
        actor = _own_actor(head, resolver)
        if actor is None:
            continue
        name = _name(entity)
        found.append(Discovered(name, entity.label_, actor.code, index))
        short_form = bracketed_short_form(head.doc, entity.end)
        if short_form is not None:
            found.append(Discovered(short_form.text, ORGANISATION, actor.code, index))
    return found


def _known(entity: Span, resolver: ActorResolver) -> bool:
    """Whether a dictionary name with a code on the article's date or an earlier alias already
    covers the entity, or its head is a role rather than a name ("the Defense Ministry", "the
    Supreme Court"). A name whose rows give it no code on the date is coded from its phrase,
    as an unknown one is ("opposition candidate Bassirou Diomaye Faye" before he took office)."""
    mentions = resolver.mentions
    day = resolver.context.day
    if any(
        m.start < entity.end and entity.start < m.end and actor_code(m.entries, day) is not None
        for m in mentions.actors
    ):
        return True
    words = [t for t in entity if not (t.is_punct or t.is_stop)]
    if all(any(a.covers(t.i) for a in mentions.agents) for t in words):
        return True
    return entity.root.lower_ in resolver.context.aliases


def _own_actor(head: Token, resolver: ActorResolver) -> Actor | None:
    """The one actor with a country and a role that the name's own phrase gives, else a role
    in apposition to it, else the phrase it is in apposition to."""
    actors = resolver.resolve_name(head)
    if not actors:
        actors = [a for appos in children(head, "appos") for a in _role_in_body(appos, resolver)]
    if not actors and head.dep_ == "appos":
        # "the Malian rebel group, Azawad Liberation Front": the phrase the name explains.
        actors = resolver.resolve_name(head.head)
    if len(actors) != 1:
        return None
    actor = actors[0]
    # A country alone is no role ("Russia's Kavrov"); an organisation's code has one.
    return actor if actor.agent is not None and not actor.code.startswith(UNKNOWN) else None


def _role_in_body(role: Token, resolver: ActorResolver) -> list[Actor]:
    """ "spokeswoman for the Russian foreign ministry": the body the role is held in, when the
    role is an agent word."""
    if not any(a.covers(role.i) for a in resolver.mentions.agents):
        return []
    return [
        actor
        for prep, body in prepositions(role)
        if prep in ROLE_PREPS
        for actor in resolver.resolve_name(body)
    ]


def _name(entity: Span) -> str:
    words = [t.text for t in entity if t.lower_ not in TITLES and not t.is_punct]
    return " ".join(words)

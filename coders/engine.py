"""The coding engine: a parsed article in, CAMEO events out. Pure: no I/O, no globals."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import permutations, product
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from coders.actors import ActorLexicon, ActorResolver
from coders.articles import Article
from coders.codebook import Codebook, load_codebook, negated_code
from coders.context import Actor, ArticleContext
from coders.dictionaries import Dictionaries, VerbPattern, load_dictionaries
from coders.events import Event, Provenance, SentenceFacts, build_event
from coders.grammar import (
    COMPLEMENT_DEPS,
    children,
    governor,
    is_directly_negated,
    is_negated,
    is_passive,
    path_up,
    prepositions,
)
from coders.screens import Discards, Issues
from coders.speech import Coded, ReportedSpeech
from coders.verbs import VerbLexicon

CODER_VERSION = "0.2.0"
# Where targets are looked for when a pattern does not say, in this order.
DEFAULT_TARGETS = (
    "object",
    "with",
    "against",
    "to",
    "toward",
    "towards",
    "into",
    "on",
    "over",
    "from",
    "for",
    "between",
    "by",
    # Last resorts: the place of the event stands for its target ("protested in Beijing",
    # "fired shells at Seoul"), as PETRARCH codes it.
    "at",
    "in",
    "near",
    # "warned of the Prince of Dol Amroth": what the action is about.
    "of",
)

# Prepositions that set a scene rather than extend the action ("pushed the economy into
# turmoil amid a confrontation between Moscow and the West"): targets are not looked for in them.
CIRCUMSTANCE_PREPS = frozenset(
    {"amid", "amidst", "despite", "during", "after", "before", "since", "until", "as", "like"}
)

# Appeals and demands: what the verb under them asks for has not happened.
UNREALISED_ROOTS = frozenset({"02", "10"})

# Roots whose events two actors do together, so "A and B agreed" is A→B and B→A.
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})


@dataclass(frozen=True)
class Lexicon:
    """The compiled dictionaries and codebook one coder works with."""

    actors: ActorLexicon
    verbs: VerbLexicon
    codebook: Codebook
    provenance: Provenance
    discards: Discards
    issues: Issues
    speech: ReportedSpeech

    @classmethod
    def from_dictionaries(cls, dictionaries: Dictionaries, codebook: Codebook) -> Lexicon:
        verbs = VerbLexicon(dictionaries)
        return cls(
            ActorLexicon(dictionaries),
            verbs,
            codebook,
            Provenance(CODER_VERSION, dictionaries.version),
            Discards(dictionaries.discards),
            Issues(dictionaries.issues),
            ReportedSpeech(dictionaries.transformations, verbs.bare_codes()),
        )

    @classmethod
    def load(cls, directory: Path, additions: Sequence[Path] = ()) -> Lexicon:
        """Compile the dictionaries in `directory` and the user's `additions` (files or
        folders, read after it), with the codebook shipped in `directory`."""
        return cls.from_dictionaries(
            load_dictionaries(directory, additions), load_codebook(directory / "cameo_codes.tsv")
        )


def code_doc(
    doc: Doc,
    article: Article,
    lexicon: Lexicon,
    unknown_actors: bool = False,
    coreference: bool = True,
) -> list[Event]:
    """Code every sentence of a parsed article, carrying names and subjects forward (unless
    `coreference` is off: then "Mr Putin", "it" and "the sides" name no one).

    A story-level discard phrase (a sports fixture, say) leaves the whole article uncoded; a
    sentence-level one, its sentence."""
    if lexicon.discards.story(doc):
        return []
    sentences = enumerate(s for s in doc.sents if s.text.strip())
    return code_sentences(sentences, article, lexicon, unknown_actors, coreference)


def code_sentences(
    sentences: Iterable[tuple[int, Span]],
    article: Article,
    lexicon: Lexicon,
    unknown_actors: bool = False,
    coreference: bool = True,
) -> list[Event]:
    """Code parsed sentences of one article, in order, each with its index in the article."""
    context = ArticleContext(article.date)
    events: list[Event] = []
    for index, sentence in sentences:
        mentions = lexicon.actors.mentions(sentence)
        resolver = ActorResolver(mentions, context, unknown_actors, coreference)
        coded = []
        if not lexicon.discards.sentence(sentence):
            coded = code_sentence(sentence, index, article, lexicon, resolver)
        events.extend(coded)
        if coreference:
            context = context.after_sentence(
                lexicon.actors.aliases(mentions, sentence),
                sentence_actors(sentence, resolver, coded),
                main_subject(sentence, resolver),
            )
    return events


def code_sentence(
    sentence: Span, index: int, article: Article, lexicon: Lexicon, resolver: ActorResolver
) -> list[Event]:
    events: dict[str, Event] = {}
    facts = SentenceFacts(
        article,
        sentence,
        index,
        lexicon.issues.codes(sentence),
        lexicon.codebook,
        lexicon.provenance,
    )
    found = [coded for verb in sentence for coded in code_verb(verb, lexicon, resolver)]
    found = lexicon.speech.apply(found, lambda verb: subject_actors(verb, resolver))
    for coded in found:
        event = build_event(
            facts, coded.verb, coded.pattern, coded.source, coded.target, coded.code
        )
        events.setdefault(event.event_id, event)
    return list(events.values())


def code_verb(verb: Token, lexicon: Lexicon, resolver: ActorResolver) -> list[Coded]:
    """The dyads one verb codes through its best pattern."""
    if verb.pos_ != "VERB" or verb.dep_ == "pcomp" or _defers_to_governor(verb, lexicon):
        # A verb in a prepositional phrase ("before leaving for Beijing", "by promoting
        # biofuels") sets the scene of the main event rather than reporting one.
        return []
    pattern = lexicon.verbs.match(verb)
    if pattern is None:
        return []
    if is_negated(verb) and not lexicon.verbs.is_negative(pattern):
        # "did not provide aid" is a refusal; "did not attack", or a verb negated through the
        # one above it ("refused to help"), is no event of its own.
        refusal = negated_code(pattern.code) if is_directly_negated(verb) else None
        if refusal is None:
            return []
        pattern = replace(pattern, code=refusal, reverse=None)
    sources, targets = arguments(verb, pattern, resolver)
    found = []
    for source, target in dyads(sources, targets, pattern):
        if pattern.codes_forward:
            found.append(Coded(verb, pattern, source, target, pattern.code))
        if pattern.reverse and targets:
            # "A visited B" (042:043) is also "B hosted A".
            found.append(Coded(verb, pattern, target, source, pattern.reverse, reverse=True))
    return found


def _defers_to_governor(verb: Token, lexicon: Lexicon) -> bool:
    """In "agreed to provide aid" a pattern of AGREE that names the chain codes it, and a
    governor that appeals or demands ("urged Russia to withdraw") codes alone: the lower verb
    has not happened. When the governor matches only as a bare verb of another kind ("agreed
    to lift the sanctions"), the lower verb codes, with the governor's subject."""
    above = governor(verb)
    if verb.dep_ != "xcomp" or above is None:
        return False
    pattern = lexicon.verbs.match(above)
    return pattern is not None and (bool(pattern.terms) or pattern.code[:2] in UNREALISED_ROOTS)


def arguments(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver
) -> tuple[list[Actor], list[Actor]]:
    """The verb's sources and targets; a passive's `by` phrase is its source, and a noun
    modified by a past participle ("soldiers killed in Ukraine") is its target."""
    if is_passive(verb) or _is_participle_of_noun(verb):
        agents = [obj for prep, obj in prepositions(verb) if prep == "by"]
        patients = children(verb, "nsubjpass") or [verb.head]
        sources = _resolve_all(agents, resolver, strict=False)
        targets = _resolve_all(patients, resolver, strict=True)
        if not targets and is_passive(verb):
            # "Evidence against Russia was presented": the actor inside the subject's phrase.
            targets = _first_actor_in(children(verb, "nsubjpass"), resolver, skip=CLAUSES)
        return sources, targets
    return subject_actors(verb, resolver), target_actors(verb, pattern, resolver)


def _is_participle_of_noun(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN"}


def subject_actors(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The subject, or the subject of the verb it depends on ("sought to deepen", "is
    expected to sign")."""
    node: Token | None = verb
    deps: tuple[str, ...] = ("nsubj",)
    while node is not None:
        subjects = next((found for dep in deps if (found := children(node, dep))), [])
        if subjects:
            return _resolve_all(subjects, resolver, strict=True)
        if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            return resolver.resolve(node.head, strict=True)
        # "Obama is scheduled to attend": a passive governor's subject does the lower verb;
        # "urged Russia to withdraw", "helping militants join": the governor's object does.
        deps = ("dobj", "nsubj", "nsubjpass") if node.dep_ in COMPLEMENT_DEPS else ("nsubj",)
        node = governor(node)
    return []


def target_actors(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The first place in the pattern's (or the default) order that names an actor; failing
    that, when the pattern does not say where, the first actor inside the object's phrase
    ("welcomed memos sent by Bree")."""
    for place in pattern.targets or _default_places(pattern):
        # The nearest phrase that names an actor: "attend a summit in Switzerland on the unrest
        # in Iran" is in Switzerland, not in Iran as well.
        for heads in _target_heads(verb, pattern, place):
            found = _resolve_all(heads, resolver, strict=place == "object")
            if found:
                return found
    if pattern.targets:
        return []
    found = (
        _first_actor_within(verb, pattern, resolver)
        or _copular_clause_subject(verb, resolver)
        or _purpose_object(verb, resolver)
    )
    if found or not pattern.terms:
        return found
    return _chain_targets(verb, resolver)


def _purpose_object(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The object of a purpose clause, for a verb with no target of its own: "signed an accord
    to supply Gondor with wheat" is signed with Gondor."""
    for clause in children(verb, "advcl"):
        if clause.pos_ == "VERB" and any(c.lower_ == "to" for c in children(clause, "aux")):
            found = _resolve_all(_heads_on(clause, "object"), resolver, strict=True)
            if found:
                return found
    return []


def _copular_clause_subject(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The subject of a clause that says what an actor is ("allowed that Mordor isn't a
    pleasant place"): such a clause codes no event of its own, so the statement is about it."""
    for clause in children(verb, "ccomp"):
        predicates = children(clause, "attr", "acomp")
        # Not "is about to restore ties": that clause has its own event.
        if (
            clause.lemma_ == "be"
            and predicates
            and not any(children(p, "xcomp") for p in predicates)
        ):
            found = _resolve_all(children(clause, "nsubj"), resolver, strict=True)
            if found:
                return found
    return []


def _chain_targets(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The target of the verb a pattern's chain names ("wants to attack Switzerland", "asked
    Obama to help Iran"): its object, else its prepositional phrases in the default order."""
    for lower in children(verb, "xcomp"):
        if lower.pos_ != "VERB":
            continue
        for place in DEFAULT_TARGETS:
            found = _resolve_all(_heads_on(lower, place), resolver, strict=place == "object")
            if found:
                return found
    return []


def _heads_on(verb: Token, place: str) -> list[Token]:
    """The verb's own objects (`object`), or the objects of its phrases with that preposition."""
    if place == "object":
        return [c for c in children(verb, "dobj", "dative") if c.pos_ != "ADP"]
    return [obj for prep, obj in prepositions(verb) if prep == place]


def _first_actor_within(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    objects = children(verb, "dobj") + _verb_word_objects(verb, pattern)
    return _first_actor_in(objects, resolver, skip={"relcl"})


def _verb_word_objects(verb: Token, pattern: VerbPattern) -> list[Token]:
    """The objects of prepositions that belong to a multi-word verb ("cordoned off the
    roads"): they are the verb's objects."""
    words = set(pattern.verb.split()[1:])
    return [obj for prep, obj in prepositions(verb) if prep in words]


def _first_actor_in(
    phrases: list[Token], resolver: ActorResolver, skip: frozenset[str] | set[str] = frozenset()
) -> list[Actor]:
    """The first actor named inside the phrases, outside the kinds of clause in `skip`
    ("the group that has seized parts of Iraq" does not make Iraq the target)."""
    for head in phrases:
        for token in head.subtree:
            if token.i != head.i and token.pos_ in {"PROPN", "NOUN", "ADJ"}:
                if skip and _inside_clause(token, head, skip):
                    continue
                found = resolver.resolve(token, strict=False)
                if found:
                    return found[:1]
    return []


CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp"})


def _inside_clause(token: Token, top: Token, kinds: frozenset[str] | set[str]) -> bool:
    # A clause has a verb at its head; the parser sometimes labels a noun `relcl`.
    return any(t.dep_ in kinds and t.pos_ in {"VERB", "AUX"} for t in path_up(token, top))


def _default_places(pattern: VerbPattern) -> tuple[str, ...]:
    named = tuple(t.prep for t in pattern.terms if t.prep and t.prep not in DEFAULT_TARGETS)
    return DEFAULT_TARGETS + named


def _target_heads(verb: Token, pattern: VerbPattern, place: str) -> list[list[Token]]:
    """Heads at `place`, one group per phrase that may hold them, nearest first: the verb's
    objects, or a phrase with that preposition on the verb, on its direct object or a noun it
    governs through `of` ("imposed sanctions on Iran", "welcomed the resumption of ties with
    Osgiliath"), or inside a prepositional phrase that the pattern names or whose noun it
    names ("participated in an exercise with Russia", "acted on a resolution against Libya")."""
    if place == "object":
        return [_heads_on(verb, place) + _verb_word_objects(verb, pattern)]
    named = {t.prep for t in pattern.terms if t.prep}
    words = {t.word for t in pattern.terms if t.word and not t.prep and not t.before}
    hosts = [verb, *(n for obj in children(verb, "dobj") for n in _of_chain(obj))]
    hosts += [
        obj
        for prep, obj in prepositions(verb)
        if prep in named
        or {obj.lower_, obj.lemma_.lower()} & words
        or (obj.i > verb.i and prep not in CIRCUMSTANCE_PREPS)
    ]
    return [_heads_on(host, place) for host in hosts]


def _of_chain(noun: Token, depth: int = 3) -> list[Token]:
    """A noun and the nouns of its `of` phrases: resumption → ties → relations."""
    found = [noun]
    for prep, obj in prepositions(noun):
        if prep == "of" and depth > 1:
            found += _of_chain(obj, depth - 1)
    return found


def _resolve_all(heads: list[Token], resolver: ActorResolver, strict: bool) -> list[Actor]:
    found = [a for head in heads for a in resolver.resolve(head, strict=strict)]
    return list({a.code: a for a in found}.values())


def dyads(
    sources: list[Actor], targets: list[Actor], pattern: VerbPattern
) -> list[tuple[Actor, Actor]]:
    """Every source with every target. With no target, a compound source of a joint action
    (intent to cooperate, consult, cooperate, fight) acts on itself pairwise: "Moscow and
    Beijing agreed ..." gives RUS→CHN and CHN→RUS."""
    if not targets and pattern.code[:2] not in JOINT_ROOTS:
        return []
    pairs = permutations(sources, 2) if not targets else product(sources, targets)
    listed = len(targets) > 1
    return [(s, t) for s, t in pairs if _distinct(s, t, listed)]


def _distinct(source: Actor, target: Actor, listed: bool) -> bool:
    """An actor does not act on itself, nor on its own bare country among several targets
    ("coordination between Moscow and Beijing" by a Russian official is not RUSGOV → RUS);
    alone, its country is a domestic target (USAGOV → USA), and a country's people and agents
    act on each other (GEO → GEOGOV, RUSCOP → RUSOPP)."""
    if source.country == target.country:
        return source.code != target.code and (target.agent is not None or not listed)
    return True


def main_subject(sentence: Span, resolver: ActorResolver) -> tuple[Actor, ...]:
    """The actors of the main clause's subject ("Mr Lavrov met Wang Yi": Lavrov)."""
    heads = [t for t in sentence.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    return tuple(_resolve_all(heads, resolver, strict=True))


def sentence_actors(
    sentence: Span, resolver: ActorResolver, events: list[Event]
) -> tuple[Actor, ...]:
    """The subjects and event participants of a sentence, for "the sides" in the next one."""
    heads = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}]
    actors = _resolve_all(heads, resolver, strict=True)
    for event in events:
        actors += [
            Actor(event.source_code, event.source_text),
            Actor(event.target_code, event.target_text),
        ]
    return tuple({a.code: a for a in actors}.values())

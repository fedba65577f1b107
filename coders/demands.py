"""Demands, appeals and threats told as a statement: a speaker who says that another actor
must, has to or should do something demands it (CAMEO 100) or appeals for it (020), though no
verb of the sentence is DEMAND or URGE; one who says that another will pay for what it did
threatens it (130: "Netanyahu said Iran would pay for it", "will pay a heavy price").

"Peru said Chile must withdraw its troops", "the ministry said Japan has to stop the
discharge", "India insisted that Pakistan should hand the men over": the speaker (the subject
of SAY, ADD, INSIST ...) → the subject of the obliged clause, 100 for MUST, HAS TO, NEEDS TO,
020 for SHOULD, OUGHT TO. The obliged act has not happened and is not coded
(`engine.decide_verb`). The speaker's own obligations ("we must act") name no one else and
code nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from coders.actors import REGIONS, STATELESS_PREFIXES, ActorResolver
from coders.arguments import issuer_of_text, resolve_all, subject_actors
from coders.codebook import INTENT_ROOT, root_of
from coders.criticism import SPEAKING_VERBS
from coders.dictionaries import VerbPattern
from coders.grammar import children, has_subject, prepositions
from coders.modality import ENDING_VERBS, is_directly_negated, is_future, is_needed, obligation
from coders.records import Actor, Coded
from coders.referents import actors_referred

CODES = {"demand": "100", "appeal": "020", "threat": "130"}
# A speaker's, a target's and a root: one event's dyad.
Dyad = tuple[str, str, str]
# Responses of no kind, which a condition makes a threat: "would act", "would take measures".
RESPONDING_VERBS = frozenset({"act", "respond", "react", "retaliate", "intervene"})
TAKE = "take"
MEASURE_NOUNS = frozenset({"measure", "action", "step", "countermeasure"})
# The marks of a condition not met: "if Panama did not ...", "unless Chile withdraws".
IF = "if"
UNLESS = "unless"
# "will pay for it", "would pay a heavy price": retribution foretold.
RETRIBUTION_VERB = "pay"
RETRIBUTION_OBJECTS = frozenset({"price", "cost"})
# Nouns that tell people by their number: "millions of people would pay the price".
COUNTING_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "billion"})
# "would regret the attack", "will regret it": retribution foretold to whoever will regret.
REGRET_VERB = "regret"
# "the strikes will not go unpunished", "will not go unanswered": punishment or an answer
# foretold for an act.
UNPUNISHED = frozenset({"unpunished", "unanswered"})
# "will not be left without a response": an answer foretold, told with WITHOUT.
ANSWER_NOUNS = frozenset({"response", "answer", "reply", "retaliation", "consequence"})
# "would be punished": a punishment foretold, told in the passive.
PUNISHING_VERBS = frozenset({"punish", "avenge"})
# "should expect a severe punishment", "will face retaliation", "would bear the consequences".
AWAITING_VERBS = frozenset({"expect", "face", "await", "receive", "bear"})
# "would bear full responsibility for the consequences": the consequences awaited.
RESPONSIBILITY_NOUN = "responsibility"
# A reply or an answer awaited may be none ("should expect a reply from Lima").
PUNISHMENT_NOUNS = frozenset(
    {"punishment", "retribution", "revenge", "retaliation", "consequence", "reprisal"}
)
# Verbs that foretell retribution as a vow or a warning, not only as a statement.
VOWING_VERBS = frozenset({"vow", "warn", "promise", "pledge", "swear"})
RULE_ORIGIN = "eventcoder-rule:obligation-in-a-statement"
# An appeal for de-escalation (0256, as CAMEO's REQUEST WITHDRAWAL), or the CAMEO file's
# REQUEST &PKO (0234) read in a request that peacekeepers leave, where what is asked is a
# withdrawal from the one asking's own land: the host's demand that a force leave (106).
WITHDRAWAL_APPEALS = frozenset({"0256", "0234"})
WITHDRAWAL_WORDS = frozenset({"withdraw", "withdrawal", "pullout", "departure", "exit"})
PULL_VERB = "pull"
OUT = "out"
LEAVING_PREPS = frozenset({"from", "out"})
HOST_DEMAND = "106"
# Agents of a state that may host a foreign force.
HOST_AGENTS = frozenset({None, "GOV", "MIL", "LEG"})


def demand_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The demands, appeals and threats a sentence's statements make, as coded dyads, where
    `coded` has no event of that root from that speaker to that actor already ("insisted that
    Chile should" is INSIST's demand)."""
    done = {(c.source.code, c.target.code, root_of(c.code)) for c in coded}
    found: list[Coded] = []
    for verb in sentence:
        word = verb.lemma_.lower()
        if word not in SPEAKING_VERBS | VOWING_VERBS or is_directly_negated(verb):
            continue
        for clause, kind in _obliged_clauses(verb):
            if kind != "threat" and word not in SPEAKING_VERBS:
                continue
            code = CODES[kind]
            pattern = VerbPattern(word, code, (), (), f"({kind})", RULE_ORIGIN)
            # "said Iran had made a mistake and would pay for it": a verb coordinated in the
            # report shares its subject.
            holder = clause.head if clause.dep_ == "conj" and not has_subject(clause) else clause
            obliged = children(holder, "nsubj", "nsubjpass")
            if kind == "threat" and any(_counts_sufferers(noun) for noun in obliged):
                continue
            for speaker in subject_actors(verb, resolver):
                targets = resolve_all(obliged, resolver, strict=True) or [
                    # "the strikes will not go unpunished": whoever struck.
                    actor
                    for noun in obliged
                    if _asks_of_doers(clause, kind)
                    for actor in actors_referred(noun, [speaker], resolver)
                ]
                targets = _addressees(verb, obliged, targets, speaker, resolver) or targets
                for target in targets:
                    dyad = (speaker.code, target.code, root_of(code))
                    # A speaker's own country is no one else ("we must act"); a threat may
                    # still be aimed at its gangs ("the killing will not go unpunished").
                    own = target.country == speaker.country
                    if dyad in done or target.code == speaker.code or (own and kind != "threat"):
                        continue
                    found.append(Coded(verb, pattern, speaker, target, code))
        found += _conditional_threats(verb, resolver, done)
    return found


def _conditional_threats(verb: Token, resolver: ActorResolver, done: set[Dyad]) -> list[Coded]:
    """A speaker's own response told for later on a condition that another does not comply
    threatens that other (130): "Rubio told Mulino that Washington would take measures if
    Panama did not reduce Chinese influence", "Lima said it would respond unless Chile withdrew
    its troops". An act of a kind of its own codes itself ("would send aid unless Chile
    objected" is no threat)."""
    code = CODES["threat"]
    pattern = VerbPattern(verb.lemma_.lower(), code, (), (), "(threat)", RULE_ORIGIN)
    found = []
    for clause, condition in _unmet_conditions(verb):
        if not _responds(clause):
            continue
        for speaker in subject_actors(verb, resolver):
            doers = resolve_all(children(clause, "nsubj"), resolver, strict=True)
            if not doers or any(d.country != speaker.country for d in doers):
                continue  # another's act on the condition is no threat of the speaker's
            for target in resolve_all(children(condition, "nsubj"), resolver, strict=True):
                dyad = (speaker.code, target.code, root_of(code))
                if target.country != speaker.country and dyad not in done:
                    found.append(Coded(verb, pattern, speaker, target, code))
    return found


def _responds(clause: Token) -> bool:
    """ "would act", "would respond", "would take measures": a response of no kind."""
    lemma = clause.lemma_.lower()
    measures = any(o.lemma_.lower() in MEASURE_NOUNS for o in children(clause, "dobj"))
    return lemma in RESPONDING_VERBS or (lemma == TAKE and measures)


def _unmet_conditions(verb: Token) -> list[tuple[Token, Token]]:
    """The clauses a speaking verb reports that tell an act for later, each with its condition
    that someone does not do something ("would take measures if Panama did not ...", "unless
    Chile withdraws")."""
    found = []
    for clause in children(verb, "ccomp", "parataxis"):
        if not is_future(clause):
            continue
        for condition in children(clause, "advcl"):
            marks = {m.lower_ for m in children(condition, "mark")}
            unmet = UNLESS in marks or (IF in marks and is_directly_negated(condition))
            if unmet:
                found.append((clause, condition))
    return found


def _counts_sufferers(noun: Token) -> bool:
    """Whether those who will pay are told by their number ("hundreds of millions of people
    would pay the price", "thousands will pay for it"): suffering foretold, no threat to
    anyone."""
    return noun.like_num or noun.lemma_.lower() in COUNTING_NOUNS


def _asks_of_doers(clause: Token, kind: str) -> bool:
    """Whether what is said of an act named by a noun is asked of, or threatened to, those
    who did it: a threat ("the strikes will not go unpunished"), an end ("the shelling must
    stop") or a passive ("the truce must be respected"); not what the act may do ("the deal
    should concern everyone")."""
    passive = bool(children(clause, "nsubjpass"))
    return kind == "threat" or passive or clause.lemma_.lower() in ENDING_VERBS


def vowed_threats(found: list[Coded]) -> list[Coded]:
    """A vow of retribution is a threat, not a promise: "Iran vowed that Israel would pay a
    heavy price" and "Hezbollah vowed that Israel would be punished" code no intent to
    cooperate (the 030 that VOW, PROMISE or PLEDGE alone gives), only the threat
    (`demand_events`, where the clause names whom it is aimed at)."""
    return [c for c in found if not _intent_of_a_threat(c)]


def _intent_of_a_threat(coded: Coded) -> bool:
    verb = coded.verb
    if coded.pattern.terms or not coded.code.startswith(INTENT_ROOT):
        return False
    if verb.lemma_.lower() not in VOWING_VERBS:
        return False
    return any(kind == "threat" for _, kind in _obliged_clauses(verb))


def _addressees(
    verb: Token,
    obliged: list[Token],
    resolved: list[Actor],
    speaker: Actor,
    resolver: ActorResolver,
) -> list[Actor]:
    """Whom a pronoun told what it must do stands for: the one told ("Poland told Belarus
    that it must respect the treaty", "reminded Minsk that it should"), where the pronoun
    (`resolved` as it stands) would otherwise be the speaker's own country, whom no one
    obliges through another. So is whom a thing that must be done or end is told to: "Peru
    told Chile that the shelling must stop" demands it of Chile."""
    if not obliged:
        return []
    pronouns = all(word.pos_ == "PRON" for word in obliged)
    things = not resolved and all(word.pos_ in {"NOUN", "PROPN"} for word in obliged)
    if not (pronouns or things):
        return []
    if any(actor.country != speaker.country for actor in resolved):
        return []
    told = resolve_all(_told(verb), resolver, strict=True)
    return [actor for actor in told if actor.country != speaker.country]


def _told(verb: Token) -> list[Token]:
    """Whom a speaking verb tells: its object ("reminded Minsk that ..."), or, for a participle
    on a letter or statement, the one it was sent or written to ("sent Peru a letter saying
    that it must ...", "wrote a letter to Peru saying ...")."""
    told = children(verb, "dobj", "dative")
    text = _text_said(verb)
    if told or text is None or (issuing := issuer_of_text(text)) is None:
        return told
    recipients = [r for r in children(issuing, "dative") if r.pos_ != "ADP"]
    return recipients + [
        obj for host in (issuing, text) for prep, obj in prepositions(host) if prep == "to"
    ]


def _text_said(verb: Token) -> Token | None:
    """The letter or statement whose words a participle of saying tells, which the parser hangs
    on the text ("a letter saying") or on the verb that issued it ("sent a letter to Peru,
    saying")."""
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ != "advcl":
        return None
    return next(iter(children(verb.head, "dobj")), None)


def _obliged_clauses(verb: Token) -> list[tuple[Token, str]]:
    """The clauses a speaking verb reports, and the verbs coordinated in them, that say what
    must or should be done or what will be paid for, each with its subject's verb ("has" in
    "has to stop") and the kind of obligation or threat."""
    found = []
    reported = children(verb, "ccomp", "parataxis")
    for clause in reported + [c for r in reported for c in children(r, "conj")]:
        lower = [c for c in children(clause, "xcomp") if obligation(c)]
        # "should expect a severe punishment" foretells it: a threat, not an appeal.
        kind = "threat" if foretells_retribution(clause) else None
        kind = kind or obligation(clause) or (obligation(lower[0]) if lower else None)
        if kind is not None:
            found.append((clause, kind))
        found += [(needed, "appeal") for needed in _needed_clauses(clause)]
    return found


def _needed_clauses(clause: Token) -> list[Token]:
    """The THAT clauses of "it is vital (that) ...": "it was essential that Peru and Chile
    show restraint" needs Peru and Chile to show it, an appeal to them."""
    if clause.lemma_.lower() != "be":
        return []
    clauses = children(clause, "ccomp")
    clauses += [c for adjective in children(clause, "acomp") for c in children(adjective, "ccomp")]
    return [c for c in clauses if has_subject(c) and is_needed(c)]


def foretells_retribution(clause: Token) -> bool:
    """ "would pay for it", "will pay a heavy price", "would regret it": a price still to be
    paid for an act; "the strikes will not go unpunished", "will not be left without a
    response", "would be punished", "should expect a severe punishment": a punishment or an
    answer still to come."""
    if _punishment_awaited(clause):
        return True
    if not is_future(clause):
        return False
    if any(c.lower_ in UNPUNISHED for c in children(clause, "acomp", "oprd", "advmod")):
        return is_directly_negated(clause)
    answered = any(
        prep == "without" and obj.lemma_.lower() in ANSWER_NOUNS
        for prep, obj in prepositions(clause)
    )
    if answered:
        return is_directly_negated(clause)
    if clause.lemma_.lower() == REGRET_VERB:
        return True
    if clause.lemma_.lower() != RETRIBUTION_VERB:
        return False
    priced = any(o.lemma_.lower() in RETRIBUTION_OBJECTS for o in children(clause, "dobj"))
    return priced or any(c.dep_ == "prep" and c.lower_ == "for" for c in clause.children)


def _punishment_awaited(clause: Token) -> bool:
    """ "Israel would be punished", "should expect a severe punishment", "will face
    retaliation", "would bear full responsibility for the consequences": a punishment
    foretold to the clause's subject."""
    if not (is_future(clause) or obligation(clause) is not None):
        return False
    lemma = clause.lemma_.lower()
    if lemma in PUNISHING_VERBS and children(clause, "nsubjpass"):
        return True
    objects = children(clause, "dobj")
    objects += [
        o
        for noun in objects
        if noun.lemma_.lower() == RESPONSIBILITY_NOUN
        for prep, o in prepositions(noun)
        if prep == "for"
    ]
    awaited = (o.lemma_.lower() in PUNISHMENT_NOUNS for o in objects)
    return lemma in AWAITING_VERBS and any(awaited)


def host_demand_code(
    code: str, verb: Token, source: Actor, target: Actor, resolver: ActorResolver
) -> str:
    """A state's appeal that another's force withdraw from the state's own land is its
    demand (106), as a host's request leaves the force no choice: "Mali requested that the
    UN pull its peacekeeping force out of the country", "Baghdad asked Washington to withdraw
    its troops". The land is the place the withdrawal is from, or, where none is named, the
    country the sentence is set in. A call for a withdrawal from another's land ("Paris urged
    Moscow to withdraw from Ukraine"), or an organisation's, stays an appeal (0256)."""
    if code not in WITHDRAWAL_APPEALS or not _may_host(source) or target.country == source.country:
        return code
    withdrawals = [w for w in verb.subtree if _withdraws(w)]
    if not withdrawals:
        return code
    places = [obj for w in withdrawals for prep, obj in prepositions(w) if prep in LEAVING_PREPS]
    left = {a.country for p in places for a in resolver.resolve(p, False)}
    host = source.country in left if left else resolver.home == source.country
    return HOST_DEMAND if host else code


def _may_host(actor: Actor) -> bool:
    """A state or its government, forces or parliament: no organisation, region or people."""
    country = actor.country
    stateless = country.startswith(STATELESS_PREFIXES) or country in REGIONS
    return not stateless and actor.agent in HOST_AGENTS


def _withdraws(word: Token) -> bool:
    """A word of withdrawing: "withdraw", "the withdrawal", "pull ... out"."""
    lemma = word.lemma_.lower()
    if lemma == PULL_VERB:
        return any(c.lower_ == OUT for c in word.children)
    return lemma in WITHDRAWAL_WORDS

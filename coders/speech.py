"""Reported speech and intentions: PETRARCH's verb-on-verb rules, applied to an event coded in
a clause that a verb like SAY or WANT governs.

A rule `a (a b ATTACK) SAY = a b 015` reads: when `a` says that `a` attacked `b`, code `a → b
015` (claims responsibility) instead of the attack and of the saying. Inside the parentheses
are the lower event's source and target (`a` the speaker, `b` another actor, `.` anyone, `_`
no subject of its own: the speaker's) and its verb; `Q` stands for any verb and, after `=`,
for the lower event's own code. A rule's verbs stand for their class: the verbs whose bare
pattern gives the same code (SAY: say, state, announce ...), and for the lower verb, the
same CAMEO root (ATTACK: every use of force, 18x to 20x).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from coders.codebook import (
    FORCE_ROOTS,
    REJECT_ROOT,
    SHOW_OF_FORCE_ROOT,
    UNSPECIFIED_THREAT,
    root_of,
)
from coders.dictionaries import Transformation, VerbPattern
from coders.errors import DictionaryError
from coders.grammar import (
    COMPLEMENT_DEPS,
    SAYING_VERBS,
    aimed_by,
    children,
    first_of_coordination,
    is_passive,
    names_one_told,
    prepositions,
)
from coders.modality import (
    intended_code,
    is_attempted,
    is_conditioned,
    is_for_later,
    is_future,
    is_negated,
    threatened_code,
)
from coders.records import STATE_SPEAKERS, Actor, Coded
from coders.weapons import is_attack, is_instrument

ANY_VERB = "Q"
# "according to its foreign ministry": the phrase that says who told a clause.
ACCORDING = "according"
# The verb class that reports facts (SAY: say, state, announce, add ...), and the verbs of
# that class or of CLAIM's that allege rather than report.
REPORTING_VERB = "say"
ALLEGING_VERBS = frozenset({"claim", "allege", "charge", "insist", "assert", "maintain"})
# Who tells what an inquiry found: their report of another's act is an accusation, not the
# act ("a group of United Nations experts said Rwandan troops attacked ...": 112).
INVESTIGATING_NOUNS = frozenset(
    {"expert", "investigator", "report", "inquiry", "investigation", "panel", "probe"}
)
# The words on an attack noun that may name who made it, written as names: "an Israeli
# strike", "a Hamas attack", "Russia's shelling" (not "an air strike").
DOER_MODIFIERS = frozenset({"amod", "compound", "poss"})
# The target of a reported event that names none: only a rule that takes anyone (`.`) as the
# lower target uses it, and it never becomes an event itself.
NOBODY = Actor("", "")
# Objects by which an act falls on its own doer.
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself"})
RULE = re.compile(
    r"^a\s*\(\s*(?P<source>[ab._])\s+(?P<target>[b._])\s+(?P<lower>\w+)\s*\)\s*(?P<upper>\w+)"
    r"\s*=\s*(?P<first>[ab])\s+(?P<second>[ab])\s+(?P<code>\w+)\s*$"
)


@dataclass(frozen=True)
class SpeechRule:
    """One rule, read from its text."""

    source: str
    target: str
    lower: str
    upper: str
    result: tuple[str, str]
    code: str
    pattern: VerbPattern

    @classmethod
    def read(cls, transformation: Transformation) -> SpeechRule:
        found = RULE.match(transformation.rule.strip())
        if found is None:
            raise DictionaryError(
                f"{transformation.origin}: transformation {transformation.rule!r} is not "
                "`a (x y VERB) VERB = a b CODE`"
            )
        upper = found["upper"].lower()
        return cls(
            found["source"],
            found["target"],
            found["lower"],
            upper,
            (found["first"], found["second"]),
            found["code"],
            VerbPattern(upper, found["code"], (), (), transformation.rule, transformation.origin),
        )


# Uses and shows of force, which a state reporting them naming no target suffered
# (`ReportedSpeech._aimed_at_the_speaker`).
REPORTED_FORCE_ROOTS = FORCE_ROOTS | {SHOW_OF_FORCE_ROOT}


class ReportedSpeech:
    """The rules of a dictionary set, with the verb classes they name resolved once."""

    def __init__(self, transformations: Iterable[Transformation], bare_codes: dict[str, str]):
        self.rules = tuple(SpeechRule.read(t) for t in transformations)
        self._bare = bare_codes

    def apply(self, found: list[Coded], speakers: Callable[[Token], list[Actor]]) -> list[Coded]:
        """`found` with each reported event rewritten by the first rule that holds for it, and
        the reporting verb's own events dropped where a rule took over."""
        if not self.rules:
            return [c for c in found if c.target is not NOBODY]
        rewritten: list[Coded] = []
        # The reported events rewritten, as (verb, source, target): each dyad of a verb is
        # its own report ("said that, with it, Bahrain and Egypt restored ties with Qatar").
        replaced: set[tuple[int, str, str]] = set()
        taken_over: set[int] = set()
        dyads = {(c.verb.i, c.source.code, c.target.code) for c in found}
        for coded in found:
            if coded.reverse:
                continue
            upper = reporting_verb(coded.verb)
            joint = (coded.verb.i, coded.target.code, coded.source.code) in dyads
            attributed = attributing_verb(coded.verb)
            if upper is None and attributed is not None and _investigators_speak(attributed):
                # "Rwandan troops attacked soldiers, UN experts said": their finding, as
                # "UN experts said Rwandan troops attacked soldiers" is.
                upper = attributed
            if upper is None:
                # "Germany will send tanks to Ukraine, Scholz said": an act of the speaker's
                # own country attributed to it is announced for later, as "Scholz said
                # Germany will send tanks" is; "North Korea fired missiles into the sea, South
                # Korea's military said" is aimed at the speaker, as the report before is.
                told = self._attributed(coded, attributed, speakers, joint)
                if told is not None and told != coded:
                    rewritten.append(told)
                    replaced.add(_dyad_key(coded))
                continue
            result = self._rewrite(coded, upper, speakers(upper), joint)
            if result is None:
                continue
            taken_over.add(upper.i)
            if result != [coded]:
                # Kept as it is, the event keeps its reverse ("said it reached a truce with
                # Chile": both ways); rewritten, the reverse goes with it.
                rewritten.extend(result)
                replaced.add((coded.verb.i, coded.source.code, coded.target.code))
        kept = [
            c
            for c in found
            if _dyad_key(c) not in replaced
            and c.verb.i not in taken_over
            and c.target is not NOBODY
        ]
        return kept + rewritten

    def _attributed(
        self,
        coded: Coded,
        attributed: Token | None,
        speakers: Callable[[Token], list[Actor]],
        joint: bool,
    ) -> Coded | None:
        """What an event the clause after it attributes to a speaker becomes: the speaker's
        own act announced, or another state's force aimed at the speaker."""
        if attributed is None:
            return None
        tellers = speakers(attributed)
        announced = _announced_act(coded, tellers, False, joint)
        return announced or self._aimed_at_the_speaker(coded, attributed, tellers)

    def _rewrite(
        self, coded: Coded, upper: Token, speakers: list[Actor], joint: bool
    ) -> list[Coded] | None:
        """The events a reported `coded` becomes: the first rule's; but where `upper` reports
        a fact that has happened, the reported event alone, whoever did it: "Hezbollah said it
        fired rockets at Israel" and "Ukraine said Russian forces shelled Kharkiv" are the
        rockets and the shelling, not the accusation PETRARCH's rule makes of the second
        (docs/conventions.md). `joint`: the event is one way of an act done together, coded
        both ways. None: no rule holds."""
        results = self._rule_results(coded, upper, speakers)
        # A rule that only passes the event on (`a (a b Q) SAY = a b Q`) leaves it to us.
        ruled = results is not None and any(r.code != coded.code for r in results)
        if announced := _announced_act(coded, speakers, ruled, joint):
            return [announced]
        if aimed := self._aimed_at_the_speaker(coded, upper, speakers):
            return [aimed]
        if results is None or coded.target is NOBODY or not self._reports_a_fact(upper):
            return results
        if is_future(coded.verb) or is_attempted(coded.verb):
            # "said they will attack Iraq", "said Chile had tried to overthrow it": not done
            return results
        # "said a mortar was fired at it from Gaza": the doer is inferred; "said its leader was
        # killed in an Israeli strike" names him; "said 400 people were killed" leaves him to
        # the story, which told his attack.
        doer_named = children(coded.verb, "agent") or _attack_names_its_doer(coded.verb)
        if is_passive(coded.verb) and not doer_named and _doer_inferred(coded.verb):
            return results
        return [coded]

    def _aimed_at_the_speaker(
        self, coded: Coded, upper: Token, speakers: list[Actor]
    ) -> Coded | None:
        """A use or show of force by another country's state, forces or groups that a state
        reports as done, naming no target, is aimed at the reporting state: "Ukraine's air
        force said Russia launched 40 drones overnight" is RUS → UKR 194, not PETRARCH's
        `a (b . ATTACK) SAY` accusation (112); "North Korea fired missiles into the sea, South
        Korea's military said" is PRK → KOR 150. The development set codes such reports as
        the act on the speaker."""
        if coded.target is not NOBODY or not self._reports_a_fact(upper):
            return None
        if is_future(coded.verb) or is_attempted(coded.verb) or is_passive(coded.verb):
            return None
        objects = children(coded.verb, "dobj")
        if any(o.lower_ in REFLEXIVE_PRONOUNS for o in objects):
            return None  # "the US said that Iraq had attacked themselves": no one else
        if any(_told_before(o) for o in objects):
            return None  # "said militants carried out the attack": who did the one told
        countries = {s.country for s in speakers}
        state = all(not s.stateless and s.agent in STATE_SPEAKERS for s in speakers)
        if len(countries) != 1 or not state:
            return None
        [country] = countries
        if root_of(coded.code) not in REPORTED_FORCE_ROOTS or coded.source.country in {country, ""}:
            return None
        return replace(coded, target=Actor(country, speakers[0].text))

    def _rule_results(
        self, coded: Coded, upper: Token, speakers: list[Actor]
    ) -> list[Coded] | None:
        for rule in self.rules:
            if not self._same_class(upper, rule.upper):
                continue
            if rule.lower != ANY_VERB and not self._in_root(coded.code, rule.lower.lower()):
                continue
            results = _apply_rule(rule, coded, upper, speakers)
            if results:
                return results
        return None

    def _reports_a_fact(self, upper: Token) -> bool:
        """Whether `upper` reports the event under it as a fact ("said", "added",
        "announced"), rather than alleging it ("claimed", "alleged")."""
        lemma = upper.lemma_.lower()
        if _investigators_speak(upper):
            return False
        return self._same_class(upper, REPORTING_VERB) and lemma not in ALLEGING_VERBS

    def _same_class(self, verb: Token, word: str) -> bool:
        lemma = verb.lemma_.lower()
        if lemma == word:
            return True
        code = self._bare.get(word)
        return code is not None and self._bare.get(lemma) == code

    def _in_root(self, code: str, word: str) -> bool:
        """Whether a lower event's code is of the class a rule's verb names: its root (the
        use of force any of CAMEO's force roots), or, for a verb whose bare code is a
        sub-code, that sub-code: ASSASSINATE is an assassination (186), so "tried to capture
        Kyiv" is no attempted assassination (185)."""
        bare = self._bare.get(word)
        if bare is None:
            return False
        if not bare.endswith("0"):
            return code.startswith(bare)
        return root_of(code) in _root_class(root_of(bare))


def _investigators_speak(verb: Token) -> bool:
    """Whether the verb's subject is an inquiry or those who made it ("UN investigators said",
    "a group of UN experts said", "the report said"): what they tell of another is a finding,
    an accusation, not a fact the story vouches for."""
    subjects = children(verb, "nsubj")
    subjects += [o for s in subjects for prep, o in prepositions(s) if prep == "of"]
    return any(s.lemma_.lower() in INVESTIGATING_NOUNS for s in subjects)


def _doer_inferred(verb: Token) -> bool:
    """Whether a passive says where its act came from or the attack it happened in ("was
    fired at it from Gaza", "killed in an attack"), from which its doer is inferred; with
    neither ("400 people were killed"), the doer is the story's attacker."""
    phrases = prepositions(verb)
    return any(prep == "from" or (prep == "in" and is_attack(obj)) for prep, obj in phrases)


def _attack_names_its_doer(verb: Token) -> bool:
    """Whether a passive happened in an attack whose words name who made it ("had been killed
    in an Israeli strike", "in Russian shelling", "in an ambush by the rebels"), or in the
    one the story told before ("killed in the strikes"): the report tells the doer as
    plainly as a BY phrase would."""
    attacks = [o for prep, o in prepositions(verb) if prep == "in" and is_attack(o)]
    return any(
        any(c.dep_ in DOER_MODIFIERS and c.text[:1].isupper() for c in attack.children)
        or any(prep == "by" for prep, _ in prepositions(attack))
        or _told_before(attack)
        for attack in attacks
    )


def _told_before(noun: Token) -> bool:
    """An attack named with THE ("carried out the attack"): the one the story told before."""
    return is_attack(noun) and not is_instrument(noun) and names_one_told(noun)


def _dyad_key(coded: Coded) -> tuple[int, str, str]:
    """The reported event a coded dyad belongs to: its own, or for the reverse of a pattern
    ("B hosted A" from "A visited B") the forward one."""
    if coded.reverse:
        return coded.verb.i, coded.target.code, coded.source.code
    return coded.verb.i, coded.source.code, coded.target.code


def _root_class(root: str) -> frozenset[str]:
    """The roots a rule's lower verb stands for: its own, or for a use of force (ATTACK) any
    of CAMEO's force roots, so that a shelling (183) reported by its target is an accusation
    like an attack (190)."""
    return FORCE_ROOTS if root in FORCE_ROOTS else frozenset({root})


def _apply_rule(rule: SpeechRule, coded: Coded, upper: Token, speakers: list[Actor]) -> list[Coded]:
    """The rule's events for `coded`, one per speaker it holds for (none when it does not)."""
    results: list[Coded] = []
    if coded.target is NOBODY and rule.target != ".":
        return results
    if rule.source == "b" and coded.source.country in {s.country for s in speakers}:
        # "Peru and Chile said their troops attacked": no speaker tells of another's act.
        return results
    for speaker in speakers:
        if not _source_holds(rule.source, coded, speaker):
            continue
        other = coded.source if rule.source == "b" else coded.target
        roles = {"a": speaker, "b": other}
        source, target = (roles[r] for r in rule.result)
        if source.code == target.code:
            continue
        code = coded.code if rule.code == ANY_VERB else rule.code
        results.append(Coded(upper, rule.pattern, source, target, code))
    return results


def _announced_act(coded: Coded, speakers: list[Actor], ruled: bool, joint: bool) -> Coded | None:
    """A speaker's own act announced for later: an intent where it cooperates ("Peru said it
    would send aid to Chile": 033), not the act, which has not happened; a threat where it is
    hostile ("said it would impose sanctions": 1312), unless a rule of the dictionary's
    (`ruled`) codes the report: PETRARCH-2's `a (a b ATTACK) SAY = a b 015`, which its gold
    standard keeps for "said they will attack Iraq" (docs/validation.md). An act the speaker's
    country does together with another (`joint`: "said the two countries would resume their
    dialogue") is announced both ways."""
    if coded.target is NOBODY or not is_for_later(coded.verb):
        return None
    if not speakers and (intent := intended_code(coded.code)):
        # A cooperative act that a speaker of no known side tells as coming is an intent all
        # the same ("China will send rescue teams to Myanmar, spokesperson Li Ming said": 0333).
        return replace(coded, code=intent, reverse=False)
    ours = {speaker.country for speaker in speakers}
    own = any(_source_holds("a", coded, speaker) for speaker in speakers)
    if not (own or (joint and coded.target.country in ours)):
        return None
    # An act told with the condition that would avert it is a threat whatever the rule says
    # ("said it would strike Peru if its troops crossed the border": 138).
    threat = None if ruled and not is_conditioned(coded.verb) else _threat_of(coded)
    code = intended_code(coded.code) or threat
    return replace(coded, code=code, reverse=False) if code else None


def _threat_of(coded: Coded) -> str | None:
    """The threat a hostile act announced for later makes; a rejection announced ("said it
    would block their bids") threatens (130), where a cooperative act announced as not to be
    done ("said he would not provide support") is the refusal it is (121), as PETRARCH-2's
    gold standard codes it."""
    if root_of(coded.code) == REJECT_ROOT and not is_negated(coded.verb):
        return UNSPECIFIED_THREAT
    return threatened_code(coded.code)


def _source_holds(role: str, coded: Coded, speaker: Actor) -> bool:
    same = coded.source.country == speaker.country and _one_side(coded.source, speaker)
    if role == "a":
        return same
    if role == "b":
        return not same
    if role == "_":
        return same and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in coded.verb.children)
    return True


def _one_side(doer: Actor, speaker: Actor) -> bool:
    """Whether a doer of a speaker's country is the speaker's side: itself, or both of the
    state ("Peru said its troops attacked"); not one outside the state its organs tell of
    ("prosecutors said the former army chief had tried to seize the palace")."""
    return doer.code == speaker.code or STATE_SPEAKERS.issuperset({doer.agent, speaker.agent})


def telling_verb(verb: Token) -> Token | None:
    """The verb of saying whose complement holds `verb`, before it or after it ("Chile
    attacked Peru, the ministry said"), or holds the verb a participle tells the outcome of
    ("shelled two villages, killing three farmers, officials said"): whose report tells it,
    where `reporting_verb` asks only for a claim made before it."""
    node = first_of_coordination(verb)
    if node.dep_ == "advcl" and node.tag_ == "VBG":
        node = first_of_coordination(node.head)
    above = node.head
    if node.dep_ in COMPLEMENT_DEPS and above.i != node.i and above.lemma_ in SAYING_VERBS:
        return above
    return None


def attributing_verb(verb: Token) -> Token | None:
    """The verb after a clause that says who told it ("said" for "send" in "Germany will send
    tanks, Scholz said"), looking through coordinated verbs; or the ACCORDING of an ACCORDING
    TO phrase on the verb ("Chile will send aid, according to its foreign ministry"), whose
    object tells it (`tellers`)."""
    node = first_of_coordination(verb)
    if node.dep_ in COMPLEMENT_DEPS and node.head.pos_ in {"VERB", "AUX"} and node.head.i > node.i:
        return node.head
    return next((c for c in children(node, "prep") if c.lower_ == ACCORDING), None)


def tellers_of(attributing: Token) -> list[Token]:
    """Who an ACCORDING TO phrase says told the clause: its object ("according to its foreign
    ministry": the ministry); none for any other word."""
    if attributing.lower_ != ACCORDING:
        return []
    return [o for c in children(attributing, "prep") for o in children(c, "pobj")]


def reporting_verb(verb: Token) -> Token | None:
    """The verb whose complement clause, after it, holds `verb` ("said" for "attacked" in "the
    US said Iraq attacked and took Mosul"), looking through coordinated verbs."""
    node = first_of_coordination(verb)
    if is_attempted(node):
        # "said Chile had tried to overthrow its government": the report holds the attempt.
        node = first_of_coordination(node.head)
    if (aiming := aimed_by(node)) is not None:
        # "said it would work with the UN to provide aid to Gaza": the report holds the aim.
        node = first_of_coordination(aiming)
    # "X attacked Y, the ministry said" attributes the event rather than reporting a claim.
    if node.dep_ in COMPLEMENT_DEPS and node.head.pos_ in {"VERB", "AUX"} and node.head.i < node.i:
        return node.head
    return None

"""What the coder remembers inside one article: short names of people, recent actors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from coders.codebook import (
    ARREST_CODE,
    DISAPPROVE_ROOT,
    FORCE_ROOTS,
    PROPERTY_DESTROYED,
    PROTEST_ROOT,
    RELEASE,
    SEIZURE,
    VIOLENT_PROTEST,
    VIOLENT_REPRESSION,
    root_of,
)
from coders.dictionaries import ActorEntry
from coders.records import Actor, Event, one_per_side

HISTORY = 3
# The two countries a story is about (`ArticleContext._distance_from_the_story`).
PAIR = 2
# A word of a sentence, for the words an attack was told with (`Attack.words`).
WORD = re.compile(r"[a-z]+")
# Roots of the cooperation whose two-way events make an agreement's parties: intents (03),
# meetings and talks (04), diplomatic cooperation and signing (05), yielding (0871 ceasefires).
ACCORD_ROOTS = frozenset({"03", "04", "05", "08"})
ACCUSE_CODE = "112"
# Threats, and shows of force, which threaten by deed ("condemned the drills": who held them).
THREAT_ROOTS = frozenset({"13", "15"})
# Reduced relations and coercion: sanctions, bans, expulsions, arrests.
COERCION_ROOTS = frozenset({"16", "17"})
# Holding people or property: seizure (171), arrest or detention (173), abduction (181);
# "demanded the journalist's release" asks it of whoever holds him.
ABDUCTION = "181"
HOLDING_CODES = (SEIZURE, ARREST_CODE, ABDUCTION)
# Demands and appeals: "rejected the demand" answers who made it.
DEMAND_ROOTS = frozenset({"02", "10"})
# A visit: "the visit" and "the trip" stand for the visitors.
VISIT_CODE = "042"
# Words said in answer to an act: statements, appeals, disapproval and rejection, which no
# decision or move a later sentence names is ("turned the museum into a mosque ... Greece
# called the conversion an insult ... UNESCO regretted the move": Turkey's, not Greece's).
ANSWERING_ROOTS = frozenset({"01", "02", "11", "12"})
# The country part of an actor of no known country (`actors.UNKNOWN`).
NO_COUNTRY = "---"


@dataclass(frozen=True)
class StoryActs:
    """Who took part in the article's first act of each kind, for a later sentence that
    names the act by a noun alone (`coders.referents`): "condemned the attack" (its
    attackers), "called for an end to the fighting" (both sides), "welcomed the agreement"
    (its parties), "denied the allegations" (the accusers), "rejected the warning" (who
    warned), "rejected the demand" (who demanded or appealed), "dismissed the criticism" (the
    critics), "called the arrest illegal" (who arrested), "called the visit a provocation"
    (the visitors), "called the protests treasonous" (the protesters), "called the decision
    illegal" (whoever did the story's first act)."""

    attackers: tuple[Actor, ...] = ()
    attacked: tuple[Actor, ...] = ()
    parties: tuple[Actor, ...] = ()
    accusers: tuple[Actor, ...] = ()
    # Whom the first accusation of force blamed (`_accused_of_force`): "Ukraine blamed Russian
    # forces for the attack ... the EU called the attack indiscriminate" is Russia's attack
    # where no force was coded.
    accused: tuple[Actor, ...] = ()
    threateners: tuple[Actor, ...] = ()
    coercers: tuple[Actor, ...] = ()
    # Who seized, arrested or abducted first: "Minsk forced the plane down and detained a
    # journalist ... the EU banned its airlines ... Washington demanded his release" (BLR).
    holders: tuple[Actor, ...] = ()
    visitors: tuple[Actor, ...] = ()
    protesters: tuple[Actor, ...] = ()
    # Crowds that rioted: "protesters broke into the council ... Lam condemned the violence".
    rioters: tuple[Actor, ...] = ()
    demanders: tuple[Actor, ...] = ()
    critics: tuple[Actor, ...] = ()
    releasers: tuple[Actor, ...] = ()
    doers: tuple[Actor, ...] = ()
    # The targets of the first sentence's events of each root ("similar sanctions").
    targets_by_root: tuple[tuple[str, tuple[Actor, ...]], ...] = ()

    def after(self, events: list[Event]) -> StoryActs:
        """These acts, with those of one sentence where the article has told none of their
        kind yet: a story's first attack, agreement or accusation is the one its reactions
        name ("Israel struck Iran ... Iran said it intercepted most of the missiles ... Saudi
        Arabia condemned the attack": Israel's)."""
        # Violent repression and arson are force too: "opened fire on protesters ... an inquiry
        # into the shooting" is into the shooters'; "set fire to homes ... condemned the
        # attack" is the burners'.
        force = force_events(events)
        accusations = [e for e in events if e.event_code.startswith(ACCUSE_CODE)]
        threats = [e for e in events if root_of(e.event_code) in THREAT_ROOTS]
        coercion = [e for e in events if root_of(e.event_code) in COERCION_ROOTS]
        holding = [e for e in events if e.event_code.startswith(HOLDING_CODES)]
        visits = [e for e in events if e.event_code == VISIT_CODE]
        protests = [e for e in events if root_of(e.event_code) == PROTEST_ROOT]
        riots = [e for e in protests if e.event_code.startswith(VIOLENT_PROTEST)]
        demands = [e for e in events if root_of(e.event_code) in DEMAND_ROOTS]
        criticism = [e for e in events if root_of(e.event_code) == DISAPPROVE_ROOT]
        releases = [e for e in events if e.event_code.startswith(RELEASE)]
        return StoryActs(
            self.attackers or _sources(force),
            self.attacked or _targets(force),
            self.parties or _accord_parties(events),
            self.accusers or _sources(accusations),
            self.accused or _targets(_accused_of_force(accusations)),
            self.threateners or _sources(threats),
            self.coercers or _sources(coercion),
            self.holders or _sources(holding),
            self.visitors or _sources(visits),
            self.protesters or _sources(protests),
            self.rioters or _sources(riots),
            self.demanders or _sources(demands),
            self.critics or _sources(criticism),
            self.releasers or _sources(releases),
            self.doers
            or _sources([e for e in events if root_of(e.event_code) not in ANSWERING_ROOTS]),
            self._with_first_targets(events),
        )

    def fighters(self) -> tuple[Actor, ...]:
        """Who fought in the story's first fighting, attackers and attacked; two states
        accused of force where that fighting was inside one state ("Armenia and Azerbaijan
        accused each other of shelling ... police dispersed protesters in Baku ... Russia
        called on both sides to show restraint": Armenia and Azerbaijan)."""
        fought = (*self.attackers, *self.attacked)
        accused_states = {a.country for a in self.accused}
        inside_one = len({a.country for a in fought}) == 1
        return self.accused if inside_one and len(accused_states) == PAIR else fought

    def _with_first_targets(self, events: list[Event]) -> tuple[tuple[str, tuple[Actor, ...]], ...]:
        """The first targets of each root, with those of this sentence's roots not told yet."""
        known = dict(self.targets_by_root)
        for root in dict.fromkeys(root_of(e.event_code) for e in events):
            if root not in known:
                known[root] = _targets([e for e in events if root_of(e.event_code) == root])
        return tuple(known.items())

    def first_targets(self, root: str) -> tuple[Actor, ...]:
        """The targets of the story's first events of a CAMEO root."""
        return dict(self.targets_by_root).get(root, ())


# Codes outside the force roots that are force all the same (`StoryActs.after`).
FORCEFUL_CODES = frozenset({VIOLENT_REPRESSION, PROPERTY_DESTROYED})


def force_events(events: list[Event]) -> list[Event]:
    """The uses of force among `events`: the force roots and `FORCEFUL_CODES`."""
    return [
        e for e in events if root_of(e.event_code) in FORCE_ROOTS or e.event_code in FORCEFUL_CODES
    ]


# Words of force in an accusation's sentence: "blamed Russian forces for the attack",
# "accused Moscow of shelling the plant".
FORCE_WORDS = frozenset(
    {"attack", "attacks", "attacking", "strike", "strikes", "striking", "shelling", "shelled"}
    | {"bombing", "bombed", "raid", "assault", "blast", "explosion", "massacre", "killing"}
)


def _accused_of_force(accusations: list[Event]) -> list[Event]:
    """The accusations whose sentence tells of force: their accused did the story's attack
    where it coded none (`StoryActs.accused`); "accused Bolivia of corruption" did none."""
    return [e for e in accusations if FORCE_WORDS & set(WORD.findall(e.sentence_text.lower()))]


def _sources(events: list[Event]) -> tuple[Actor, ...]:
    return _distinct(Actor(e.source_code, e.source_text) for e in events)


def _targets(events: list[Event]) -> tuple[Actor, ...]:
    return _distinct(Actor(e.target_code, e.target_text) for e in events)


def _accord_parties(events: list[Event]) -> tuple[Actor, ...]:
    """The sides of the cooperative acts of one sentence told both ways ("Israel and Hezbollah
    agreed to a ceasefire": 0871 each way; "the UAE and Bahrain signed agreements with
    Israel": all three)."""
    accords = [e for e in events if root_of(e.event_code) in ACCORD_ROOTS]
    dyads = {(e.source_code, e.target_code) for e in accords}
    both_ways = [e for e in accords if (e.target_code, e.source_code) in dyads]
    return _distinct((*_sources(both_ways), *_targets(both_ways)))


@dataclass(frozen=True)
class Attack:
    """One sentence's uses of force: who used it, on whom, the countries it happened in, and
    the words of the sentence that told it ("a US drone strike killed two planners")."""

    attackers: tuple[Actor, ...]
    attacked: tuple[Actor, ...]
    places: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()

    def struck(self, countries: set[str]) -> bool:
        """Whether it hit one of the `countries`' people or happened in one of them."""
        hit = {a.country for a in self.attacked} | self.places
        return not hit.isdisjoint(countries)


def _with_attack(before: tuple[Attack, ...], events: list[Event]) -> tuple[Attack, ...]:
    """The story's uses of force so far, with this sentence's."""
    force = force_events(events)
    if not force:
        return before
    places = frozenset(e.location_country for e in force if e.location_country)
    words = frozenset(WORD.findall(force[0].sentence_text.lower()))
    return (*before, Attack(_sources(force), _targets(force), places, words))


def _acts_of(events: list[Event]) -> tuple[tuple[str, Actor], ...]:
    """Each event's code and target, once each."""
    found = ((e.event_code, Actor(e.target_code, e.target_text)) for e in events)
    return tuple(dict.fromkeys(found))


def _distinct(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors of a known country, one per code, in order."""
    return tuple({a.code: a for a in actors if a.code and a.country != NO_COUNTRY}.values())


@dataclass(frozen=True)
class ArticleContext:
    """Immutable article state threaded from sentence to sentence by the engine."""

    day: date
    aliases: Mapping[str, tuple[ActorEntry, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    subjects: tuple[tuple[Actor, ...], ...] = ()
    # The grammatical subject of the last sentence that had one, for "he", "it", "they", and
    # whether it was plural ("police", "the two leaders"), which "he" and "she" are not.
    last_subject: tuple[Actor, ...] = ()
    last_subject_plural: bool = False
    # How many sentences so far named each country, in the order first named: the story's
    # home country is the most named (see `home`).
    countries: tuple[tuple[str, int], ...] = ()
    # Who took part in the article's first acts, for the acts a sentence refers back to.
    acts: StoryActs = StoryActs()
    # Who last said something (the subject of SAY, ADD, ...), for "the ministry said" and "the
    # statement added" that name no one.
    last_speaker: tuple[Actor, ...] = ()
    # The events of the last sentence that coded any, as (code, target): what "followed suit"
    # does again.
    last_acts: tuple[tuple[str, Actor], ...] = ()
    # The sides of each sentence's uses of force, in order, for "were killed in the strikes"
    # where the strikes told before hit the victims' side ("Hamas fired rockets ... Israel
    # responded with air strikes on Gaza. Twenty people were killed in the strikes, Gaza's
    # health officials said": Israel's, not Hamas's).
    attacks: tuple[Attack, ...] = ()
    # The grammatical subject of the story's first sentence that had one: who did its lead act.
    first_subject: tuple[Actor, ...] = ()

    def attack_on(self, countries: set[str]) -> tuple[Actor, ...]:
        """The attackers of the story's first use of force that struck one of the `countries`'
        people, else of its first use of force."""
        struck = (a for a in self.attacks if any(v.country in countries for v in a.attacked))
        return next((a.attackers for a in struck), self.acts.attackers)

    def attack_named(self, kinds: frozenset[str], speakers: set[str]) -> tuple[Actor, ...]:
        """The attackers of the attack a later sentence names by a noun ("condemned the drone
        strike", "condemned the attack"): the story's first use of force told with one of the
        noun's `kinds` of weapon (the drone strike, not the bombing before it), else its first
        that struck the `speakers`' countries or happened in them ("Qatar condemned the
        attack" on a base in Qatar), else none (the story's first attack stands)."""
        if kinds:
            told = (a.attackers for a in self.attacks if not kinds.isdisjoint(a.words))
            if found := next(told, ()):
                return found
        struck = (a.attackers for a in self.attacks if a.struck(speakers))
        return next(struck, ())

    def after_sentence(
        self,
        aliases: Mapping[str, tuple[ActorEntry, ...]],
        subjects: tuple[Actor, ...],
        subject: tuple[Actor, ...] = (),
        countries: frozenset[str] = frozenset(),
        events: list[Event] | None = None,
        speaker: tuple[Actor, ...] = (),
        plural: bool = False,
    ) -> ArticleContext:
        """The context for the next sentence, given what this sentence named: its `subjects`
        and event participants, its grammatical `subject` (`plural` where its noun is), the
        `countries` it names, the `events` it coded and its `speaker`."""
        merged = MappingProxyType({**self.aliases, **aliases})
        history = (*self.subjects, subjects)[-HISTORY:] if subjects else self.subjects
        return ArticleContext(
            self.day,
            merged,
            history,
            subject or self.last_subject,
            plural if subject else self.last_subject_plural,
            _counted(self.countries, countries),
            self.acts.after(events or []),
            speaker or self.last_speaker,
            _acts_of(events or []) or self.last_acts,
            _with_attack(self.attacks, events or []),
            self.first_subject or subject,
        )

    def with_countries(self, countries: frozenset[str]) -> ArticleContext:
        """The context after a sentence the parser never saw that named `countries`: triage
        skipped it ("An earthquake struck Peru."), but the story is about them all the same."""
        return replace(self, countries=_counted(self.countries, countries))

    def home(
        self,
        named: frozenset[str],
        placing: frozenset[str],
        doing: frozenset[str] = frozenset(),
        states: frozenset[str] = frozenset(),
        acted_on: frozenset[str] = frozenset(),
    ) -> str | None:
        """The country whose agents a sentence's unplaced agents are ("police", "protesters",
        "the army"): the one country the sentence places people in (`placing`, see
        `Mentions.countries`); else, where it names none or names the story's home among
        others, the home: the country most sentences so far named (on a tie, the one named
        in an earlier sentence, then by code; but where the sentence names only `states`, by
        their own names, as acted on, a tied country it does not name). In a story's first
        sentence, which has no home yet, the one country it names where that country is
        `doing` something as a subject ("Venezuela broke off talks with the opposition":
        VENOPP). Else none: "police" in a sentence on Kenya and Uganda are of neither. A
        sentence whose countries place no one and do nothing (only acted on, or an envoy's:
        "the junta ordered the French ambassador to leave") keeps the home. Nor does a country
        that places only people `acted_on`, once the story has a home: in a story on Venezuela,
        "security forces detained three Colombian citizens" are Venezuela's forces."""
        counts = dict(self.countries)
        if counts and placing <= acted_on:
            placing = frozenset()
        if len(placing) == 1:
            return next(iter(placing))
        if not counts and len(named) == 1 and named <= doing:
            return next(iter(named))
        home = max(counts, key=lambda country: counts[country], default=None)
        # A country named only as acted on or as an envoy's ("the junta ordered the French
        # ambassador to leave") places no one, and the home stands.
        if home is None or (named and home not in named and (placing or doing)):
            return None
        if named and not placing and not doing and named <= states:
            return _unnamed_among_tied(counts, home, named)
        return home

    def main_other(self, excluded: set[str]) -> str | None:
        """The country the article has named most so far other than the `excluded` (on a tie,
        the one counted first): whom a reaction in it is most likely about."""
        counts = {c: n for c, n in self.countries if c not in excluded}
        return max(counts, key=lambda c: counts[c], default=None)

    def main_pair(self) -> tuple[str, ...]:
        """The two countries the article has named most, where no third is named as often as
        the second: whom "the two countries" stands for once the pair was last named together
        longer ago than the history keeps. Empty where there is no such pair."""
        ranked = sorted(self.countries, key=lambda pair: -pair[1])
        if len(ranked) < PAIR or (len(ranked) > PAIR and ranked[PAIR][1] == ranked[1][1]):
            return ()
        return tuple(country for country, _ in ranked[:PAIR])

    def recent_group(
        self,
        size: int | None = None,
        by_country: bool = True,
        others_than: frozenset[str] = frozenset(),
    ) -> tuple[Actor, ...]:
        """The latest subject group of two or more distinct actors ("the sides" refers to it);
        with a `size` ("the two countries"), the latest of that many, if any: a group of three
        is not "the two countries", and which two of it are is not known. Actors count apart
        by country (`by_country`, for "the two countries", which counts states alone), else by
        code ("both sides" of a civil war: the army and the rebels), where a country and its own
        officials are one side ("North Korea's foreign minister said Pyongyang had asked ...").
        Actors of the countries `others_than` are left out: "Venezuela expelled diplomats of
        Argentina, Chile and Peru ... Gil accused the three governments" are those three.
        """

        def count(group: tuple[Actor, ...]) -> int:
            return len({a.country if by_country else a.code for a in group})

        groups = [
            tuple({a.code: a for a in group if a.country not in others_than}.values())
            for group in reversed(self.subjects)
        ]
        if by_country:
            # "the two countries" are states: the alliance they applied to join is neither.
            groups = [tuple(a for a in g if not a.stateless) for g in groups]
        else:
            groups = [one_per_side(g) for g in groups]
        groups = [g for g in groups if count(g) >= 2]
        if size is not None:
            groups = [g for g in groups if count(g) == size]
        return next(iter(sorted(groups, key=self._distance_from_the_story)), ())

    def _distance_from_the_story(self, group: tuple[Actor, ...]) -> int:
        """How far a group is from what the story is about: 0 for the two countries it has
        named most, 1 for a group with the one it has named most, 2 for others. A group told
        in passing ("Germany had voted against the tariffs", "after a visit to China") is not
        what "the two sides" or "the two countries" most likely are."""
        ranked = sorted(self.countries, key=lambda pair: -pair[1])
        main = [country for country, _ in ranked[:PAIR]]
        countries = {a.country for a in group}
        if len(main) == PAIR and countries == set(main):
            return 0
        return 1 if main and main[0] in countries else 2


def _unnamed_among_tied(counts: dict[str, int], home: str, named: frozenset[str]) -> str:
    """Of the countries named as often as the `home`, the first the sentence does not name:
    where it names a country only as acted on, its unplaced agents are the other side's
    ("France suspended aid to Niger ... the junta revoked its agreements with France": Niger's
    junta, not France's)."""
    tied = [country for country, count in counts.items() if count == counts[home]]
    return next((country for country in tied if country not in named), home)


def _counted(
    counts: tuple[tuple[str, int], ...], countries: frozenset[str]
) -> tuple[tuple[str, int], ...]:
    """How many sentences named each country, one more for each of `countries`, in the
    order first named."""
    tally = dict(counts)
    for country in sorted(countries):
        tally[country] = tally.get(country, 0) + 1
    return tuple(tally.items())

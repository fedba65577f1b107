"""Who did it and to whom: the source and target actors of a verb, found in its parse.

The subject is the source (or the subject of the verb a complement depends on); the target is
looked for in the places a pattern names or, failing that, in a default order of places, the
nearest phrase first. A passive's `by` phrase is its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from spacy.tokens import Token

from coders.actors import (
    AIMING_PREPS,
    BORDERS,
    BROKERING_WORDS,
    CIVILIANS,
    CONFLICT_PARTY_NOUNS,
    COUNTRY_LENGTH,
    CUSTODY_VERBS,
    EACH,
    FORCE_AGENTS,
    PLACE_NOUNS,
    STATELESS_PREFIXES,
    ActorResolver,
    actor_code,
    in_what_people_do,
    moved_by_newcomers,
)
from coders.aid import CARRIER_NOUNS, offers_aid
from coders.codebook import (
    AID_ROOT,
    APPEAL_ROOT,
    CONSIDER_CODE,
    CONSULT_ROOT,
    DEMAND_ROOT,
    DISAPPROVE_ROOT,
    FORCE_ROOTS,
    FOUND_GUILTY,
    INTENT_ROOT,
    MUTUAL_CODES,
    PROPERTY_DESTROYED,
    RELEASE,
    SHOW_OF_FORCE_ROOT,
    SIGN_CODE,
    STATE_AGENTS,
    THREAT_ROOT,
    TRUCE,
    UNREALISED_ROOTS,
    is_code_shaped,
    is_joint,
    is_mutual,
    quad_of,
    root_of,
)
from coders.dictionaries import PLACE_AFTER, VerbPattern
from coders.grammar import (
    COMPLEMENT_DEPS,
    DATE_WORDS,
    HELPING_VERBS,
    SAYING_VERBS,
    SIDELINE_NOUNS,
    STRIKING_VERBS,
    WEEKDAYS,
    answered_allegation,
    children,
    clause_verb,
    co_doers,
    conjuncts,
    first_of_coordination,
    governor,
    has_subject,
    is_definite,
    is_infinitive,
    is_participle_of_noun,
    is_passive,
    on_the_sidelines,
    path_up,
    prepositions,
    verb_or_object_phrases,
)
from coders.modality import (
    AGREEING_VERBS,
    ENDING_NOUNS,
    PERMITTING_VERBS,
    PLACE_RELATIVES,
    asked_clause,
    condition_clauses,
    governed_clause,
    is_bare_agreement,
    is_future,
    is_mandated,
    is_negated,
    stated_intent,
    told_before_a_charge,
)
from coders.nouns import CLASH_NOUNS, is_exchange_of_fire
from coders.phrases import PhraseMatch
from coders.records import STATE_SPEAKERS, Actor, one_per_side
from coders.speech import telling_verb
from coders.weapons import (
    DEFENCE_VERBS,
    describes_a_weapon,
    fired_from_phrase,
    is_attack,
    is_instrument,
    is_means,
    is_weapon_used,
    weapon_code,
)

# Roots of threats, shows of force, coercion and uses of force, whose weapons are means
# (`_weapons_left_out`).
COERCE_ROOT = "17"
FORCEFUL_ROOTS = FORCE_ROOTS | {THREAT_ROOT, SHOW_OF_FORCE_ROOT, COERCE_ROOT}
# Phrases that name who is left out of an act, never its party (`_first_actor_in`).
EXCLUDING_PREPS = frozenset({"without", "except", "excluding"})
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
    # "fired shells at Seoul", "deployed troops along the Syrian border"), as PETRARCH codes
    # it.
    "at",
    "in",
    "near",
    "along",
    # "warned of the Prince of Dol Amroth": what the action is about.
    "of",
)

# Prepositions that set a scene rather than extend the action ("pushed the economy into
# turmoil amid a confrontation between Moscow and the West"): targets are not looked for in them.
CIRCUMSTANCE_PREPS = frozenset(
    {"amid", "amidst", "despite", "during", "after", "before", "since", "until", "as", "like"}
)

# Nouns of a reason, whose phrases tell what the act answers, not whom it is aimed at: "fired
# missiles at Israel in retaliation for the killing of Hamas leaders" is no attack on Hamas.
# Nor do those of what it is traded for: "released 24 hostages in exchange for 39 Palestinian
# prisoners" is no release to the Palestinians.
REASON_NOUNS = frozenset(
    {"retaliation", "response", "revenge", "reprisal", "retribution"} | {"exchange", "return"}
)
# Participles that say what someone is alleged to have done ("a man suspected of spying").
ALLEGING_PARTICIPLES = frozenset({"suspect", "accuse", "charge", "convict", "want", "allege"})
# Nouns of goods traded, whose FROM phrase names the country they come from.
TRADE_NOUNS = frozenset({"import", "imports", "export", "exports", "good", "goods", "product"})
# Participles that say where goods were made, and the prepositions that name the place.
MAKING_PARTICIPLES = frozenset({"make", "produce", "manufacture", "grow", "build", "assemble"})
ORIGIN_PREPS = frozenset({"in", "from", "by"})
# Participles of trade, whose FROM phrase says where goods come from ("vehicles imported from
# the United States"); their BY phrase may be the buyer.
SHIPPING_PARTICIPLES = frozenset({"import", "ship", "export", "source"})
SHIPPED_FROM = frozenset({"from"})
# Participles of measures imposed, whose BY phrase names who imposed them ("retaliated against
# tariffs imposed by Washington").
IMPOSING_PARTICIPLES = frozenset({"impose", "levy", "introduce"})
IMPOSED_BY = frozenset({"by"})
# Verbs of accusing, whose accusation a WHICH clause may deny (`_accusation_answered`).
ACCUSING_VERBS = frozenset({"accuse", "blame", "allege", "claim", "charge"})
ACCUSE_VERB = "accuse"
# The prepositions whose phrase names the charge: "arrested for spying", "accused of spying".
CUSTODY_CHARGE_PREPS = frozenset({"for"})
ACCUSATION_CHARGE_PREPS = frozenset({"of"})
# Nouns of an agreement, whose infinitive tells what it is for.
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "pact", "treaty", "memorandum"})
# Nouns of relations between states, whose WITH phrase names the other state.
RELATION_NOUNS = frozenset({"relation", "tie"})
# Nouns of relations held with someone, whose WITH phrase names the other side ("restrictions
# on military cooperation with Azerbaijan").
PARTNERED_NOUNS = RELATION_NOUNS | {"cooperation", "trade", "dealing", "contact"}
# Pronouns that stand for the act a story is about: "condemned it", "this is a crime".
STORY_PRONOUNS = frozenset({"it", "this", "that"})
# A state's speakers: its government and forces, or the state named bare (`_own_state`).
STATE_ROLES = STATE_AGENTS | {None}
# A state named whole, or its police or army: a state speaker's own (`_own_state`).
OWN_STATE_AGENTS = FORCE_AGENTS | {None}
# Nouns of a phrase that says at whose asking something was done ("at Trump's request").
BEHEST_NOUNS = frozenset({"request", "invitation", "behest", "urging", "insistence", "order"})

# Meetings and calls that set the scene of an act (`_a_setting`), and how they are told.
CONTACT_NOUNS = frozenset({"call", "conversation", "meeting", "talk", "talks", "summit"})
SETTING_PREPS = frozenset({"in", "at", "during"})
# REDUCE RELATIONS: a state's own envoys recalled are no target (`_owned_object`).
REDUCED_RELATIONS_ROOT = "16"
# Phrases through which an object's own phrases are looked for a target.
CHAIN_PREPS = frozenset({"of", "in"})
# The links from a noun of a phrase a pattern names to the nouns it is about: "for a halt to
# the escalation in Lebanon".
NAMED_PHRASE_CHAIN = CHAIN_PREPS | {"to"}
# Clauses that modify a noun or a verb: an actor inside one is not the phrase's own.
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp"})
# Only relative clauses: "the group that has seized parts of Iraq".
RELATIVE_CLAUSES = frozenset({"relcl"})
# Relative pronouns and determiners: "which", "who", "whom", "whose".
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Attacks that name their doer ("killed in a Russian missile strike", "in Israeli shelling",
# "in an ambush by drug traffickers").
ATTACK_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "shelling", "bombing", "bombardment", "assault"}
    | {"ambush", "offensive", "incursion", "shooting"}
)
# Fights fought: the object that names the act, not a target (`_aimed_force`).
FOUGHT_NOUNS = CLASH_NOUNS | {"fight", "war"}
# Verbs whose subject is the victim (see `_suffered`): "suffered heavy losses in fighting".
SUFFERED_VERBS = frozenset({"die", "perish", "suffer"})
# Subjects that tell a toll or a trend, not an event: "Russia's war has killed tens of thousands",
# "the conflict has displaced millions" (a discrete attack, "a Russian strike killed ten",
# stays an event).
ONGOING_NOUNS = frozenset(
    {"war", "conflict", "crisis", "occupation", "violence", "unrest", "insurgency", "fighting"}
)
# Words a passive's `by` phrase names a time with.
TIME_NOUNS = WEEKDAYS | {
    "evening",
    "morning",
    "afternoon",
    "night",
    "noon",
    "midnight",
    "time",
    "end",
    "week",
}
# The agent that does an arrest or a conviction told in the passive with no doer, in the
# country the story is set in.
IMPLIED_DOERS = MappingProxyType({"173": "COP", "116": "JUD", "172": "GOV"})
# Legal action only a court takes, whatever its code: an agentless sentence or indictment is
# the courts' (JUD), not the police's.
JUDICIAL_VERBS = frozenset({"sentence", "indict", "convict", "charge"})
# Verbs that pass a sentence by their object ("were handed the death sentence", "handed down
# prison terms"): a court's act too.
SENTENCE_PASSING_VERBS = frozenset({"hand", "hand down"})
JUDICIARY = "JUD"
# A pattern that asks nothing: where any verb's target is looked for.
ANY_PATTERN = VerbPattern("", "---", (), (), "", "", "")
# The place of the event, the last resort for a target ("protested in Beijing"); not for a
# joint action of a compound subject ("Ethiopia and Eritrea signed a deal in Jeddah").
SCENE_PREPS = frozenset({"at", "in", "near"})
# The phrases that say what talks are about (`_named_targets`).
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# The prepositions of where an accord holds ("a ceasefire in Idlib").
ACCORD_VENUE_PREPS = frozenset({"in"})
# The phrases that say which country an event happens in (`_scene`): "protested in Tbilisi",
# "marched through London", "rallied across France".
SCENE_OF_A_MOVE = frozenset({"in", "through", "across", "throughout"})
# A raid, unlike a strike, takes people where they are: "raided the Mexican embassy and
# arrested a former vice-president" arrests no Mexican.
RAID = "raid"
# The clause of a passive killing that tells the attack it happened in (`_doers_without_by`).
WHEN = "when"
# Where a move went, which a verb coordinated with it happens in ("crossed into Israel and
# attacked towns"; `_scene`).
ENTERING_PREPS = frozenset({"into"})
# An intent to meet, mediate or negotiate (036, 039): where the meeting is to be is no party
# to it (`_chain_targets`).
MEETING_INTENTS = ("036", "039")
# The phrases that say where aid went ("dropped over Gaza", "delivered into Darfur").
AID_PLACE_PREPS = frozenset({"over", "into", "to", "in", "on", "across"})
# Yielding, coercion and unconventional violence (executions, torture, human shields), and
# convictions and sentences (`FOUND_GUILTY`): done by a state or armed group to those in its
# power (see `_own_people`).
OWN_PEOPLE_ROOTS = frozenset({"08", "17", "18"})
# Cooperation whose place is only its venue: consultation, diplomatic and material
# cooperation, and hosting (043: "hosted a summit in Paris" hosts no France); not a visit or
# an arrival (042), whose place is where the visitor went.
VENUE_ROOTS = frozenset({"04", "05", "06"})
VISIT_CODE = "042"
VISIT_CODES = (VISIT_CODE,)
HOST_CODE = "043"


def arguments(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver
) -> tuple[list[Actor], list[Actor]]:
    """The verb's sources and targets. An agent of no country of its own takes the country
    of the verb's `in` phrase ("protested against the government in Tbilisi": GEOGOV)."""
    if is_passive(verb) and not pattern.codes_forward:
        # A pattern coded only the other way round places its other actor by a word
        # (PETRARCH's `+ * FROM $`), whatever the voice: "Gondor was freed from Mordor".
        subjects = resolve_all(children(verb, "nsubjpass"), resolver, strict=True)
        return subjects, target_actors(verb, pattern, resolver)
    if sides := _exchanged_between(verb, pattern, resolver):
        return sides, []
    passive = is_passive(verb) or is_participle_of_noun(verb) or _is_participle_clause(verb)
    # "sent planes loaded with food": what the vehicle is loaded with, its sender sends.
    loaded = verb.dep_ == "acl" and _sender_of_carrier(verb.head) is not None
    if (passive and not loaded) or _suffered(verb):
        return _passive_arguments(verb, pattern, resolver)
    if _is_visiting_guest(verb):
        return _guest_and_host(verb, resolver)
    country = _scene_country(verb, resolver)
    resolver = replace(resolver, scene=country)
    sources = subject_actors(verb, resolver)
    sources += [a for a in resolve_all(co_doers(verb), resolver, strict=True) if a not in sources]
    resolver = replace(resolver, counterpart=_shared_agent(sources))
    if partners := _relations_partners(verb, resolver):
        # "signed agreements to normalise relations with Israel": with Israel.
        return sources, [p for p in partners if p.country not in {s.country for s in sources}]
    exchanged = pattern.reverse == pattern.code and pattern.code != TRUCE
    # "Greece and Armenia offered help": the aid each offers (033), which is no joint act.
    joint = is_joint(pattern.code) and not offers_aid(pattern.code, verb)
    if len(sources) > 1 and (joint or exchanged):
        # "Russia and Ukraine held talks in Istanbul", "Russia and the United States swapped
        # prisoners in Ankara": between the two, wherever it is said; not with who the talks
        # were held under ("under the auspices of the AU").
        targets = target_actors(verb, pattern, resolver, SCENE_PREPS, SCENE_PREPS)
        mediators = {a.code for a in sponsors(verb, resolver)}
        # One of the doers' own countries is what they did it about, not a third party
        # ("Iranian and US delegations held talks to discuss Iran's nuclear programme"); the
        # force of one state's forces together is aimed at whom it names, of whatever country
        # ("soldiers and police fired on protesters in Lima").
        own = {s.country for s in sources}
        own = set() if len(own) == 1 and root_of(pattern.code) in FORCE_ROOTS else own
        return sources, [t for t in targets if t.code not in mediators and t.country not in own]
    if _at_a_venue(verb, pattern, sources):
        # Where people agree, meet or sign is no party to it ("signed a declaration in Doha");
        # where a host hosts, or a truce or an agreement is signed, not even inside its object
        # ("hosted a summit in Paris", "signed a ceasefire in Havana", "signed a peace
        # agreement in Pretoria").
        hosts = pattern.code.startswith(HOST_CODE) or pattern.code in {TRUCE, SIGN_CODE}
        inner = SCENE_PREPS if hosts or _meeting_held(verb, pattern) else frozenset()
        return sources, _targets_past_own(verb, pattern, resolver, sources, SCENE_PREPS, inner)
    # Where the doers are of the country the event is in, that place is no target ("the
    # ministry in Tokyo called the launch reckless" is not JPNGOV → JPN).
    at_home = country is not None and all(s.country == country for s in sources)
    skip = frozenset({"in"}) if at_home else frozenset()
    # Who brokered or sponsored it is no party to it ("signed a truce mediated by Brazil").
    mediators = {a.code for a in sponsors(verb, resolver)}
    targets = _targets_past_own(verb, pattern, resolver, sources, skip)
    targets = [t for t in targets if t.code not in mediators]
    targets = [t for t in targets if not _own_ground(verb, pattern, sources, t)]
    return sources, (
        targets
        or _own_people(verb, pattern, resolver, sources, skip)
        or _aided_people(verb, pattern, resolver, sources)
        or _property_owners(pattern, resolver, sources)
        or _aimed_at(verb, pattern, resolver)
    )


def _own_ground(verb: Token, pattern: VerbPattern, sources: list[Actor], target: Actor) -> bool:
    """Whether force against weapons or craft is aimed at nothing but the ground its doers'
    own state holds, as the place it happened: "its air defences shot down five of the
    missiles over the Bryansk region" is no attack of Russia's on Russia, but on whoever fired
    them (the story's other side). A strike on a place at home still falls on it ("drones
    struck an oil depot in Bryansk")."""
    countries = {s.country for s in sources}
    own = countries == {target.country} and target.code == target.country
    if not own or root_of(pattern.code) not in FORCE_ROOTS:
        return False
    objects = children(verb, "dobj")
    objects += [o for obj in objects for prep, o in prepositions(obj) if prep == "of"]
    return any(is_instrument(obj) for obj in objects)


# Participles that say whom something was aimed at, and where they name whom: a use of force
# ("fired drones at the city, aiming at the air base"), or the measure a verb's object names
# ("sanctions targeting Iran's oil sector", "tariffs aimed at Chinese steel", "curbs directed
# against Russia"), which count as its AGAINST phrase (`_TargetPlaces._aimed_by_participle`).
AIMING_PARTICIPLES = MappingProxyType(
    {"target": ("object",), "aim": ("at", "against"), "direct": ("at", "against")}
)
AIMED_PLACE = "against"


def _aimed_at(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The targets a participle of aiming hung on a use of force names, where the verb's own
    phrases name none: "fired drones at the port city, aiming at the Osman Digna Air Base"."""
    if root_of(pattern.code) not in FORCE_ROOTS:
        return []
    return resolve_all(_aimed_by(children(verb, "advcl")), resolver, strict=True)


def _aimed_by(participles: list[Token]) -> list[Token]:
    """Whom those of the participles that aim name as aimed at (`AIMING_PARTICIPLES`)."""
    return [
        head
        for participle in participles
        for place in AIMING_PARTICIPLES.get(participle.lemma_.lower(), ())
        for head in _heads_on(participle, place)
    ]


def _targets_past_own(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    sources: list[Actor],
    skip: frozenset[str],
    inner: frozenset[str] = frozenset(),
) -> list[Actor]:
    """The verb's targets (`target_actors`), looking past its object where the doers' own
    state owns it: "pledged Washington's full support for Israel", "reaffirmed his country's
    support for Ukraine" are for Israel and Ukraine; and past the doers' own state where it
    is the subject of what they promise (`_promised_to`)."""
    targets = target_actors(verb, pattern, resolver, skip, inner)
    countries = {s.country for s in sources}
    own = bool(targets) and all(t.code in countries for t in targets)
    if own and _promise_of_its_own(verb, pattern.code):
        # "pledged that the United States would not walk away from Ukraine": the subject of
        # what is promised is the promiser's own state, not whom the promise is to.
        return _promised_to(verb, resolver, countries)
    if not _owned_object(verb, sources, targets, pattern.code, resolver):
        return targets
    further = target_actors(verb, pattern, resolver, skip | {"object"}, inner)
    return [t for t in further if t not in sources and not _doers_forces(t, countries)]


def _doers_forces(target: Actor, countries: set[str]) -> bool:
    """Whether an actor is the doers' own forces, which they send and do not aim at."""
    return target.country in countries and target.agent in FORCE_AGENTS


def _promised_to(verb: Token, resolver: ActorResolver, own: set[str]) -> list[Actor]:
    """Whom a promise of what the promiser's own state will do is to: the first other actor
    the promised clause names after its verb ("pledged that the United States would not walk
    away from Ukraine", "vowed that Chile would stand by Peru")."""
    for clause in children(verb, "ccomp"):
        heads = [t for t in clause.subtree if t.i > clause.i and t.dep_ in {"dobj", "pobj"}]
        found = [a for a in resolve_all(heads, resolver, strict=True) if a.country not in own]
        if found:
            return found
    return []


def _owned_object(
    verb: Token, sources: list[Actor], targets: list[Actor], code: str, resolver: ActorResolver
) -> bool:
    """Whether the only targets found are the doers' own state, as the owner of the verb's
    object ("Washington's support", "his country's support"), or, for reduced relations,
    the doers' own envoys ("recalled its diplomats from Kigali" is aimed at Rwanda), or the
    doers' own forces they send ("Kenya said it would send troops to Haiti", where the report
    makes the troops Kenya's; "said it was considering sending troops to the border with
    Bolivia"), or forces sent that no name makes anyone's ("ECOWAS said it was ready to send
    troops": its own, not the country the story is about)."""
    owned = any(c.dep_ == "poss" for obj in children(verb, "dobj") for c in obj.children)
    countries = {s.country for s in sources}
    verbs = [verb, *children(verb, "xcomp")]
    sent = any(v.lemma_.lower() in SENDING_VERBS for v in verbs) and bool(targets)
    unnamed = sent and _unnamed_objects(verb, resolver)
    if sent and all(_doers_forces(t, countries) or unnamed for t in targets):
        return True
    if root_of(code) == REDUCED_RELATIONS_ROOT:
        return owned and bool(targets) and all(t.country in countries for t in targets)
    return owned and bool(targets) and all(t.code in countries for t in targets)


def _unnamed_objects(verb: Token, resolver: ActorResolver) -> bool:
    """Whether the verb's objects are all forces no actor's name covers ("send troops", not
    "send French troops" or "send Kenya's police")."""
    objects = children(verb, "dobj")
    mentions = resolver.mentions
    forces = all(a.agent in FORCE_AGENTS for o in objects for a in resolver.resolve(o))
    named = any(m.covers(t.i) for o in objects for t in o.subtree for m in mentions.actors)
    return bool(objects) and forces and not named


def _promise_of_its_own(verb: Token, code: str) -> bool:
    """An intent (03) with a reported clause of what will be done: "pledged that Chile would
    stand by Peru"."""
    return root_of(code) == INTENT_ROOT and bool(children(verb, "ccomp"))


def _own_people(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    sources: list[Actor],
    skip: frozenset[str],
) -> list[Actor]:
    """Whom a state or armed group arrests, sentences, represses, frees, executes or tortures,
    where nothing else places them: its own people ("Lukashenko freed 14 jailed opposition
    activists": BLROPP; "Houthi rebels used civilians as human shields": YEMCVL), as each
    acts on those in its power. Damage a weapon did is an attack, not done to its own
    ("Russian shelling damaged a hospital")."""
    countries = {s.country for s in sources}
    code = weapon_code(pattern.code, verb)
    held = root_of(code) in OWN_PEOPLE_ROOTS or code == FOUND_GUILTY
    if not held or len(countries) != 1:
        return []
    own = replace(resolver, home=countries.pop(), scene=None)
    return target_actors(verb, pattern, own, skip)


def _aided_people(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver, sources: list[Actor]
) -> list[Actor]:
    """Who aid dropped or delivered somewhere is for, where no one is named: the people of the
    country the place is in ("airdrops of food over locations in northern Gaza": PSECVL),
    never the givers' own."""
    if root_of(pattern.code) != AID_ROOT:
        return []
    givers = {s.country for s in sources}
    places = [obj for prep, obj in verb_or_object_phrases(verb) if prep in AID_PLACE_PREPS]
    found = _first_actor_in(places, resolver) or resolve_all(places, resolver, strict=True)
    return [
        Actor(a.code + CIVILIANS, a.text)
        for a in found
        if len(a.code) == COUNTRY_LENGTH and a.country not in givers
    ]


def _property_owners(
    pattern: VerbPattern, resolver: ActorResolver, sources: list[Actor]
) -> list[Actor]:
    """Whose homes, shops or village were destroyed, where no one is named: the people of the
    place it happened in, or of the story's country ("settlers torched homes in a village
    near Nablus": PSECVL)."""
    country = resolver.scene or resolver.home
    if pattern.code != PROPERTY_DESTROYED or country is None or not sources:
        return []
    return [Actor(country + CIVILIANS, "")]


def has_partner(verb: Token) -> bool:
    """Whether the verb, or its object, is done with someone ("held talks with Houthi
    officials", "signed a deal to restore ties with Iran"): then a compound subject did not
    do it among themselves, even where that someone is no known actor. Arms are no partner:
    "attacked Kharkiv with drones"."""
    phrases = verb_or_object_phrases(verb)
    return any(prep == "with" and not is_means(obj) for prep, obj in phrases) or bool(
        relations_with(verb)
    )


def is_aimed_beyond(verb: Token, pattern: VerbPattern) -> bool:
    """Whether the verb's object is backing that names whom it is for ("expressed support
    for that step", "voiced sympathy for the victims"), or force is aimed ON, AGAINST or AT
    someone ("US and Iraqi troops launched an assault on the city", "fired at the convoy") or
    at what it struck ("shelled towns held by the rebels"): a compound subject did not do it
    to each other, even where that someone is no known actor."""
    backing = any(
        prep == "for"
        for obj in children(verb, "dobj")
        if obj.lemma_.lower() in BACKING_NOUNS
        for prep, _ in prepositions(obj)
    )
    return backing or (root_of(pattern.code) in FORCE_ROOTS and _aimed_force(verb, pattern))


def _aimed_force(verb: Token, pattern: VerbPattern) -> bool:
    """Whether the verb's object carries an ON, AGAINST or UPON phrase ("an assault on the
    city"), or the verb an AGAINST or AT phrase ("fired at the convoy"), or the verb's object
    is what was struck ("shelled towns"), where the pattern names no object ("exchanged fire");
    the verb's own ON is as often where it happened ("clashed on the border"), and so is a
    fight's ("fought a brawl on the border")."""
    aims = [obj for obj in children(verb, "dobj") if obj.lemma_.lower() not in FOUGHT_NOUNS]
    aimed = [(prep, obj) for aim in aims for prep, obj in prepositions(aim) if prep in AIMING_PREPS]
    aimed += [(prep, obj) for prep, obj in prepositions(verb) if prep in VERB_AIMING_PREPS]
    # A pattern with a word of its own among the objects ("exchange fire") names the act.
    named = any(term.word and not term.prep and not term.before for term in pattern.terms)
    # An object the doers own is theirs together ("delayed their meeting"); a fight is the act
    # itself, not what was struck ("Indian and Chinese troops fought a deadly clash").
    struck = [
        obj
        for obj in children(verb, "dobj")
        if obj.pos_ == "NOUN"
        and not named
        and not any(c.lower_ == "their" for c in obj.children)
        and obj.lemma_.lower() not in FOUGHT_NOUNS
    ]
    # "launched airstrikes against each other", "shelled each other's positions" are aimed at
    # the doers themselves.
    heads = [obj for _, obj in aimed] + struck
    return any(not any(t.lower_ in RECIPROCAL_WORDS for t in obj.subtree) for obj in heads)


# A verb's own phrases that aim force (its ON is as often a place), and the last words of
# "each other" and "one another".
VERB_AIMING_PREPS = frozenset({"against", "at"})
RECIPROCAL_WORDS = frozenset({"other", "another"})


# Backing given FOR someone (`is_aimed_beyond`).
BACKING_NOUNS = frozenset(
    {"support", "backing", "sympathy", "solidarity", "condolence", "condolences"}
)


def is_reciprocal(verb: Token) -> bool:
    """Whether the verb's object says the doers did it to each other ("expelled each other's
    diplomats", "accused one another"), or its subject and object take turns ("each side
    accused the other")."""
    words = [t.lower_ for obj in children(verb, "dobj") for t in obj.subtree]
    pairs = set(pairwise(words))
    in_turn = any(c.lower_ == EACH for s in children(verb, "nsubj") for c in s.children)
    return bool(pairs & {(EACH, "other"), ("one", "another")}) or (
        in_turn and ("the", "other") in pairs
    )


def _relations_partners(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The other state of the relations an agreement is made to change (`relations_with`)."""
    return [a for partner in relations_with(verb) for a in resolver.resolve(partner, strict=True)]


def relations_with(verb: Token) -> list[Token]:
    """The WITH phrases of the relations an agreement is made to change: "signed an agreement
    to normalise relations with Israel", "reached a deal to restore ties with Tehran", and
    where the parser hangs the purpose on the verb, after a phrase between ("signed agreements
    at the White House to normalise relations with Israel"). A deal to expand trade with a
    third country names no partner of the deal."""
    deals = [d for d in children(verb, "dobj") if d.lemma_.lower() in AGREEMENT_NOUNS]
    purposes = [c for c in children(verb, "advcl") if is_infinitive(c)] if deals else []
    return [
        partner
        for clause in [c for deal in deals for c in children(deal, "acl")] + purposes
        for relations in children(clause, "dobj")
        if relations.lemma_.lower() in RELATION_NOUNS
        for prep, partner in prepositions(relations)
        if prep == "with"
    ]


def truce_sides(verb: Token, code: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """The sides of a truce that another announces between them ("Trump announced a ceasefire
    between Israel and Iran"): they agreed it with each other; the announcer is no side, and
    says nothing of having brokered it."""
    if code != TRUCE or len({t.country for t in targets}) < 2:
        return []
    if {s.country for s in sources} & {t.country for t in targets}:
        return []
    between = [p for obj in children(verb, "dobj") for p, _ in prepositions(obj) if p == "between"]
    return targets if between else []


def _at_a_venue(verb: Token, pattern: VerbPattern, sources: list[Actor]) -> bool:
    """Whether the event's place is a venue, no party to it: talks, agreements and
    cooperation, but not a visit; and a truce that its two sides sign or agree in a named
    place ("the army and the rebels signed a ceasefire in Jeddah"), though not one a side
    declares in the other's country ("declared a truce in Ukraine") nor "a truce in attacks
    on Israel"; a place named by its kind is a place all the same ("agreed a ceasefire in
    Syria's Idlib province", "in the Saudi city of Jeddah"). The sides may be told as one
    plural noun ("Sudan's warring parties signed a ceasefire in Jeddah")."""
    if pattern.code == TRUCE:
        if len(sources) < 2 and not _signed_by_the_sides(verb):
            return False
        places = verb_or_object_phrases(verb)
        return any(prep == "in" and _names_a_place(obj) for prep, obj in places)
    return root_of(pattern.code) in VENUE_ROOTS and not pattern.code.startswith(VISIT_CODES)


# Meetings held, begun or resumed, whose IN phrase says where they were: "held talks in
# Vienna" (`_meeting_held`).
HELD_MEETING_NOUNS = frozenset(
    {"talk", "talks", "meeting", "negotiation", "dialogue", "summit", "conference", "session"}
)


def _meeting_held(verb: Token, pattern: VerbPattern) -> bool:
    """Whether the verb holds, begins or resumes talks or a meeting: "Iran held talks in
    Vienna" are with no one in Austria, whether the parser hangs the city on the verb or on
    the talks."""
    meetings = [o for o in children(verb, "dobj") if o.lemma_.lower() in HELD_MEETING_NOUNS]
    return root_of(pattern.code) == CONSULT_ROOT and bool(meetings)


def _signed_by_the_sides(verb: Token) -> bool:
    """Whether the verb's subject is the sides of a conflict in one plural noun: "the warring
    parties", "both sides", "the factions"."""
    return any(
        s.lemma_.lower() in CONFLICT_PARTY_NOUNS and s.tag_ == "NNS"
        for s in children(verb, "nsubj")
    )


def _accord_venues(verb: Token, pattern: VerbPattern) -> frozenset[str]:
    """The IN of where an accord or a truce agreed holds, which names no party to it: "agreed
    on a ceasefire in Syria's Idlib province" binds the two who agreed. Not a truce in what
    stops ("a truce in attacks on Israel")."""
    if not is_mutual(pattern.code):
        return frozenset()
    placed = any(
        word.lower_ in ACCORD_VENUE_PREPS and any(_names_a_place(o) for o in children(word, "pobj"))
        for word in verb.subtree
        if word.dep_ == "prep"
    )
    return ACCORD_VENUE_PREPS if placed else frozenset()


def _names_a_place(noun: Token) -> bool:
    """A place's name, or a noun of a kind of place ("province", "city", "capital")."""
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in PLACE_NOUNS


def _shared_agent(actors: list[Actor]) -> str | None:
    """The one agent all the actors are ("Russian and Chinese defence ministers": MIL)."""
    agents = {a.agent for a in actors}
    return agents.pop() if len(agents) == 1 else None


def _scene_country(verb: Token, resolver: ActorResolver) -> str | None:
    scene = _scene(verb, resolver)
    return scene.code if scene else None


def _scene(verb: Token, resolver: ActorResolver, named: bool = False) -> Actor | None:
    """The country that the verb's `in` phrase names ("in Tbilisi": GEO), or the place it
    moved or spread through ("marched through London", "rallied across France"); not `at`,
    which is as often the target ("fired shells at Seoul"). `named`: only a place's name in an
    `in` phrase, not a thing of that country ("in Israeli tank fire"). A verb coordinated with
    a move and sharing its subject is where the move went ("crossed into southern Israel and
    attacked towns"), and so is one coordinated with a strike on a place ("shelled Kharkiv
    and killed five soldiers": in Ukraine)."""
    phrases = prepositions(verb)
    if verb.dep_ == "conj" and not has_subject(verb) and verb.head.pos_ == "VERB":
        phrases += [(p, o) for p, o in prepositions(verb.head) if p in ENTERING_PREPS]
        if verb.head.lemma_.lower() in STRIKING_VERBS - {RAID} and not named:
            phrases += [("in", o) for o in children(verb.head, "dobj")]
    entering = frozenset() if moved_by_newcomers(verb) else ENTERING_PREPS
    for prep, place in phrases:
        if named and (prep != "in" or place.pos_ != "PROPN"):
            continue
        if prep in SCENE_OF_A_MOVE | entering:
            found = resolver.resolve(place, strict=True)
            if len(found) == 1 and len(found[0].code) == COUNTRY_LENGTH:
                return found[0]
    return None


def _exchanged_between(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The sides of an exchange told in the passive with no BY phrase ("ninety prisoners were
    exchanged between Peru and Bolivia", "both sides said 90 prisoners each had been swapped"):
    those its BETWEEN phrase names, else those who report it, where they are of two countries
    or more. Each exchanges with the other, as in the active ("Peru and Bolivia swapped
    prisoners")."""
    exchanged = pattern.reverse == pattern.code
    if not (exchanged and is_passive(verb)) or children(verb, "agent"):
        return []
    between = [obj for prep, obj in prepositions(verb) if prep == "between"]
    teller = telling_verb(verb)
    tellers = children(teller, "nsubj") if teller is not None and teller.i < verb.i else []
    for heads in (between, tellers):
        sides = resolve_all(heads, resolver, strict=True)
        if len({side.country for side in sides}) > 1:
            return sides
    return []


def _passive_arguments(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver
) -> tuple[list[Actor], list[Actor]]:
    """A passive's `by` phrase is its source, else where the action came from ("a mortar was
    fired at Israel from the Gaza Strip", "were expelled from Russia") or the attack it
    happened in ("were killed in a Russian missile strike on Kharkiv"). Its subject, or a
    noun modified by a past participle ("soldiers killed in Ukraine"), is the target; else
    the actor inside the subject's phrase ("evidence against Russia was presented"), else
    the verb's own places other than the doer's ("was fired at Israel", "a strike on
    Kharkiv"). With no doer named at all, a foreign country it happened in stands for one,
    else the state whose report tells it (`reporting_state`), else the implied doer of an
    arrest or a conviction."""
    doer_prep, doers = "by", [obj for prep, obj in prepositions(verb) if prep == "by"]
    # "arrested by the evening", "by Tuesday": a time, not a doer.
    doers = [d for d in doers if d.lemma_.lower() not in TIME_NOUNS]
    suffered = _suffered(verb)
    participle = is_participle_of_noun(verb)
    # "refugees deported from Pakistan": a participle of expelling on its patient's noun is
    # a passive too, whose FROM phrase names who expelled (not so "evacuated from Gaza").
    expelled = participle and pattern.code.startswith(EXPULSION_CODES)
    if not doers and (is_passive(verb) or suffered or expelled):
        doer_prep, doers = _doers_without_by(verb)
    # An attack's `of` phrase is whom it hit, not whose it was ("in Russian shelling of
    # Kharkiv" is Russia's): read strictly.
    sources = fired_by(doers, resolver) or resolve_all(doers, resolver, strict=doer_prep == "in")
    # A reported clause's patient is not the speaker ("rebels, who UN experts say are backed
    # by Rwanda": the experts are not backed).
    above = [] if verb.dep_ == "ccomp" else [verb.head]
    if _is_participle_clause(verb):
        # "Backed by Brazil, Bolivian troops attacked": the main clause's subject.
        above = children(verb.head, "nsubj")
    elif verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "protesters tried to storm the embassy and were pushed back by police": the
        # subject the verbs share.
        above = children(first_of_coordination(verb), "nsubj", "nsubjpass")
    patients = children(verb, "nsubj" if suffered else "nsubjpass") or above
    targets = resolve_all(patients, resolver, strict=True)
    # "missiles launched by the Houthis towards Israel": a weapon is not whom it was fired at.
    fired = describes_a_weapon(verb)
    if not targets and (is_passive(verb) or fired):
        # "The talks in Pretoria were mediated by Obasanjo": where talks were held is their
        # venue, no side to them (`mediated_sides` finds the story's).
        venues = SCENE_PREPS if root_of(pattern.code) == CONSULT_ROOT else frozenset()
        targets = _first_actor_in(
            children(verb, "nsubjpass"), resolver, skip=CLAUSES, places=venues, both_sides=True
        )
        doer_places = frozenset({"by", "from", doer_prep})
        targets = targets or _in_places(verb, pattern, resolver, exclude=doer_places)
    if not targets and fired:
        targets = _interceptors(verb.head, resolver)
    if not sources and not doers:
        sources = (
            _foreign_scene(verb, resolver, targets)
            or reporting_state(verb, pattern.code, targets, resolver)
            or _implied_doer(pattern, resolver, targets)
            or _story_attackers(pattern, resolver, targets)
        )
    return sources, targets


def _interceptors(weapon: Token, resolver: ActorResolver) -> list[Actor]:
    """The countries that shot down or intercepted the weapons a participle tells the launch
    of, at whom they were launched: "Ukraine shot down 23 of the 31 drones launched by
    Russia" is Russia's drone attack on Ukraine as well as Ukraine's fire on the drones."""
    # "23 of the 31 drones", "most of the missiles": the count is the verb's object (which the
    # parser may read as an adverb of it).
    counted = weapon.dep_ == "pobj" and weapon.head.lower_ == "of"
    noun = weapon.head.head if counted else weapon
    verb = noun.head
    if noun.dep_ not in {"dobj", "npadvmod"} or verb.lemma_.lower() not in DEFENCE_VERBS:
        return []
    found = subject_actors(verb, resolver)
    return list({a.country: Actor(a.country, a.text) for a in found if a.country}.values())


def _story_attackers(
    pattern: VerbPattern, resolver: ActorResolver, targets: list[Actor]
) -> list[Actor]:
    """Who did a killing or wounding told in the passive with no doer: the story's first
    attackers other than the victims ("Gunmen attacked a police station ... Two policemen
    were killed": the gunmen; "Troops clashed with smugglers ... One soldier was killed": the
    smugglers). Not a state attacker of the victims' own country: "Chile attacked Peruvian
    positions ... Three Chilean soldiers were killed" are its losses, not its acts."""
    if root_of(pattern.code) not in FORCE_ROOTS or not targets:
        return []
    victims = {t.code for t in targets}
    attackers = [a for a in resolver.context.acts.attackers if a.code not in victims]
    countries = {t.country for t in targets}
    if any(a.agent in STATE_SPEAKERS and a.country in countries for a in attackers):
        return []
    return attackers


def _suffered(verb: Token) -> bool:
    """A verb whose subject is who it happened to, like a passive's: "three soldiers died in an
    attack by rebels" is the rebels' attack on the soldiers; "died in a Paris hospital",
    with no doer, is no event."""
    return verb.lemma_.lower() in SUFFERED_VERBS and not is_passive(verb)


def _implied_doer(
    pattern: VerbPattern, resolver: ActorResolver, targets: list[Actor]
) -> list[Actor]:
    """Who does an agentless arrest or conviction: "500 people have been arrested" in a story
    set in Bangladesh is BGDCOP's act, "was sentenced to ten years" BGDJUD's
    (docs/conventions.md). Where neither the place nor the story says whose, a state's own
    office holders or opposition are held by their own state ("Malawi's vice-president was
    arrested on charges linked to a British businessman": MWICOP). Other passives with no doer
    name no one."""
    agent = IMPLIED_DOERS.get(pattern.code)
    if agent is not None and pattern.verb in JUDICIAL_VERBS | SENTENCE_PASSING_VERBS:
        agent = JUDICIARY  # "was sentenced to a year in prison", "was indicted": a court's act
    country = resolver.scene or resolver.home or _political_home(targets)
    if agent is None or country is None:
        return []
    return [Actor(country + agent, "")]


# The agents of a state's politics: its office holders, forces and opposition, whom only their
# own state arrests or tries where a story does not say otherwise (`_implied_doer`).
POLITICAL_AGENTS = STATE_AGENTS | {"OPP"}


def _political_home(targets: list[Actor]) -> str | None:
    """The one country whose politicians all the `targets` are, else None."""
    countries = {t.country for t in targets}
    political = all(t.agent in POLITICAL_AGENTS for t in targets)
    return countries.pop() if targets and political and len(countries) == 1 else None


def _foreign_scene(verb: Token, resolver: ActorResolver, targets: list[Actor]) -> list[Actor]:
    """With no doer named, the country a passive happened in, where that is not the
    country of those it happened to: "ten Russian soldiers were killed in Ukraine" is
    UKR → RUSMIL, as PETRARCH codes the place of an event for a missing actor."""
    scene = _scene(verb, resolver, named=True)
    if scene is None or not targets or any(t.country == scene.country for t in targets):
        return []
    return [scene]


# Expelling or deporting people, and withdrawing or expelling envoys, peacekeepers,
# inspectors or aid agencies: done by the state they leave.
EXPULSION_CODES = ("174", "166")


def _doers_without_by(verb: Token) -> tuple[str, list[Token]]:
    """Where a passive with no `by` phrase came from, or else the attack it happened in, named
    on the verb or on what was suffered ("suffered heavy losses in fighting with rebels")."""
    found = [obj for prep, obj in prepositions(verb) if prep == "from"]
    if found:
        return "from", found
    suffered = children(verb, "dobj") if _suffered(verb) else []
    phrases = [*prepositions(verb), *(pair for o in suffered for pair in prepositions(o))]
    # "were killed and five wounded in an ambush": the attack the last of the verbs names.
    shared = [c for c in children(verb, "conj") if c.pos_ == "VERB" and c.tag_ == "VBN"]
    phrases += [pair for c in shared for pair in prepositions(c)]
    attacks = [o for p, o in phrases if p in DURING_PREPS and o.lemma_.lower() in ATTACK_NOUNS]
    if attacks:
        return "in", attacks
    # "three crew members were killed when a Houthi missile struck their ship": who struck.
    strikers = [
        subject
        for clause in children(verb, "advcl")
        if clause.lemma_.lower() in STRIKING_VERBS and _told_as_when(clause)
        for subject in children(clause, "nsubj")
    ]
    if strikers:
        return WHEN, strikers
    # "twenty soldiers were killed in a clash with Chinese troops": the other side of it.
    clashes = [o for p, o in phrases if p in DURING_PREPS and _is_clash(o)]
    return "with", [side for clash in clashes for p, side in prepositions(clash) if p == "with"]


# The prepositions that put what was suffered inside an attack or a clash: "killed in an
# ambush", "shot dead during clashes with police".
DURING_PREPS = frozenset({"in", "during"})


def _told_as_when(clause: Token) -> bool:
    """A clause WHEN opens ("when rebels attacked the town")."""
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ == WHEN for c in clause.children)


def _is_clash(noun: Token) -> bool:
    """A clash, or an exchange of fire ("killed in an exchange of fire with Israeli troops")."""
    # "fighting" the parser tags as a gerund has the lemma FIGHT: its own word names it.
    named = noun.lemma_.lower() in CLASH_NOUNS or noun.lower_ in CLASH_NOUNS
    return named or is_exchange_of_fire(noun)


def _is_participle_clause(verb: Token) -> bool:
    """ "Backed by Brazil, Bolivian troops attacked ...", "..., backed by Brazil": a past
    participle with a BY phrase in a clause of the verb, whose subject it tells of."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or not children(verb, "agent"):
        return False
    # Not one the parser hung on the verb that belongs to its object ("signed a truce with
    # Chile mediated by Brazil"): it opens the sentence or follows a comma.
    return verb.i < verb.head.i or (verb.i > 0 and verb.nbor(-1).text == ",")


def _is_visiting_guest(verb: Token) -> bool:
    """ "visiting" describing a noun: "met visiting Russian Foreign Minister Sergei Lavrov",
    "the visiting delegation"."""
    return verb.lower_ == "visiting" and verb.dep_ == "amod"


def _guest_and_host(verb: Token, resolver: ActorResolver) -> tuple[list[Actor], list[Actor]]:
    """The guest an adjective "visiting" describes, and its host: the subject of the clause
    the guest is met, told or hosted in ("Xi met visiting Russian Foreign Minister Sergei
    Lavrov": RUSGOV visits CHNGOV), or that clause's object where the guest is its subject
    ("the visiting Indian delegation met Sri Lanka's president")."""
    guest = verb.head
    clause = clause_verb(guest)
    guests = resolve_all([guest], resolver, strict=True)
    if clause is None or not guests:
        return [], []
    if guest.dep_ == "nsubj" and guest.head == clause:
        hosts = [*children(clause, "dobj"), *(o for p, o in prepositions(clause) if p == "with")]
        return guests, resolve_all(hosts, resolver, strict=True)
    return guests, subject_actors(clause, resolver)


# Texts whose words their issuer says: "issued a statement urging calm", "adopted a resolution
# calling for a ceasefire", "signed a letter calling on Russia to withdraw".
TEXT_NOUNS = frozenset(
    {
        "statement",
        "resolution",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "decree",
        "motion",
        "message",
        "note",
        "post",
        "tweet",
        # "published a 12-point paper calling for a ceasefire"; not a plan or a report, whose
        # words are an aim (`engine._aim_of_a_noun`) or a claim (`engine._claimed`).
        "paper",
        "document",
        # Texts that act, whose issuer does what they do: "signed an executive order imposing
        # tariffs on Canada", "adopted a regulation imposing duties on Chinese cars".
        "order",
        "law",
        "bill",
        "regulation",
        "directive",
        "ordinance",
        "proclamation",
    }
)
TEXT_PREPS = frozenset({"in", "through", "via"})
# Verbs whose subject issues the text that is their object ("allowed a resolution to pass"
# issues none).
ISSUING_VERBS = frozenset(
    {"issue", "release", "adopt", "pass", "approve", "sign", "publish", "send", "post", "put"}
    | {"unveil", "present", "table", "submit", "circulate", "draft", "write", "deliver"}
)
# The verbs that send vehicles ("sent a plane carrying food").
SENDING_VERBS = frozenset({"send", "dispatch", "fly", "deploy", "despatch"})
# Verbs whose object is the means of the infinitive under them ("used force to disperse"),
# among them those of money or aid given for a purpose ("pledged $500 million to help Ukraine
# rebuild": Japan helps).
MEANS_VERBS = frozenset({"use", "take", "make", "employ", "launch", "mount", "deploy"}) | {
    "pledge", "provide", "give", "allocate", "earmark", "donate", "commit", "contribute",
}  # fmt: skip


def subject_actors(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The subject, or the subject of the verb it depends on ("sought to deepen", "is
    expected to sign")."""
    node: Token | None = verb
    deps: tuple[str, ...] = ("nsubj",)
    while node is not None:
        for dep in deps:
            subjects = [s for s in _own(node, dep) if s.lemma_.lower() not in ONGOING_NOUNS]
            actors = fired_by(subjects, resolver) or _split_subject(subjects, resolver)
            # "used force to disperse the crowd": an object that is no actor or agent word
            # is the means, and the governor's subject does the lower verb.
            if actors or (subjects and (dep != "dobj" or not _is_means(node, subjects, resolver))):
                return actors
        if any(children(node, dep) for dep in deps if dep != "dobj"):
            return []
        if (stater := stated_intent(node)) is not None:
            # "Cuba expressed its willingness to cooperate": the one who states the intent.
            node, deps = stater, ("nsubj",)
            continue
        if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            # "a statement urging calm", "a resolution that demands": not "a declaration
            # intended to end the fighting", which says what it is for.
            says = node.dep_ == "relcl" or node.tag_ == "VBG"
            if says and (issuer := issuer_of_text(node.head)) is not None:
                # "the Council adopted a resolution demanding that Iran halt enrichment":
                # what a text says, its issuer says.
                node, deps = issuer, ("nsubj",)
                continue
            if (sender := _sender_of_carrier(node.head)) is not None:
                # "Saudi Arabia sent a plane carrying food aid": what a vehicle sent
                # carries, its sender gives.
                node, deps = sender, ("nsubj",)
                continue
            return resolver.resolve(node.head, strict=True)
        if node.dep_ == "ROOT" and (dated := _subject_after_a_date(node)) is not None:
            return resolver.resolve(dated, strict=True)
        if _result_of_a_state(node):
            # "Prigozhin was on the list of a jet that crashed, killing all ten": being on a
            # list kills no one.
            return []
        if (main := _main_clause_of_a_remark(node)) is not None:
            node, deps = main, ("nsubj",)
            continue
        deps = _inherited_subject_deps(node)
        node = _main_clause_of_result(node) or governor(node)
    return []


def _main_clause_of_a_remark(verb: Token) -> Token | None:
    """The verb above the infinitive a remark after a comma hangs on, whose subject made the
    remark: "Peru ordered Chile to close its consulate, accusing it of spying" is Peru's
    accusation, though the parser may hang ACCUSING on CLOSE, whose doer is Chile. None for
    other verbs: "urged Israel to open the crossings, allowing aid in" tells what opening
    them would do. A remark after a reporter put between commas is the reporter's: "Bolivian
    troops crossed into Peru, Peru's government said, calling the incursion a violation"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in REMARK_VERBS:
        return None
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    above = verb.head
    reporters = [
        c
        for c in children(above, "parataxis")
        if above.i < c.i < verb.i and c.lemma_.lower() in SAYING_VERBS
    ]
    if reporters:
        return reporters[-1]
    return above.head if above.dep_ == "xcomp" and is_infinitive(above) else None


# Participles a speaker adds after a comma: "..., accusing it of spying", "..., saying".
REMARK_VERBS = SAYING_VERBS | {
    "accuse", "blame", "warn", "claim", "cite", "argue", "charge", "allege", "complain", "call",
}  # fmt: skip


def _split_subject(subjects: list[Token], resolver: ActorResolver) -> list[Actor]:
    """The actors of a verb's subjects. Coordinated subjects hang on the first; several
    subjects of one verb are one phrase the parser split ("the Somali militant group
    al-Shabab" as "group", "al" and "Shabab"), which names one actor: the first found."""
    if len(subjects) < 2:
        return resolve_all(subjects, resolver, strict=True)
    return next((found for s in subjects if (found := resolver.resolve(s, strict=True))), [])


# CAMEO's quad class of verbal conflict; material conflict is the next.
VERBAL_CONFLICT = 3


def answered_doers(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom an act that names no one answers: the doer of the act its retaliation, response
    or revenge phrase names ("launched a counter-offensive in response to Armenian shelling":
    Armenia; "expelled two diplomats in retaliation for Poland's decision": Poland), by its
    owner or its BY phrase; not those that act was done to ("in retaliation for the killing of
    Hamas leaders" is no attack on Hamas). Else, for an act of conflict, the doer of another
    side that an AFTER clause tells of ("Iran vowed revenge after Israel struck its
    consulate": Israel); drills begun "a day after Tsai returned from a meeting" are held
    with no one."""
    if found := _reason_doers(verb, resolver):
        return found
    if not is_code_shaped(code) or quad_of(code) < VERBAL_CONFLICT:
        return []
    countries = {s.country for s in sources}
    doers = resolve_all(_doers_before(verb), resolver, strict=True)
    return [actor for actor in doers if actor.country not in countries]


def _doers_before(verb: Token) -> list[Token]:
    """The subjects of the AFTER clauses of a verb, where what they did happened."""
    clauses = [
        clause
        for clause in children(verb, "advcl")
        if any(m.lower_ == "after" for m in children(clause, "mark")) and not is_negated(clause)
    ]
    return [subject for clause in clauses for subject in children(clause, "nsubj")]


def _reason_doers(verb: Token, resolver: ActorResolver) -> list[Actor]:
    acts = [
        act
        for prep, reason in prepositions(verb)
        if prep in {"in", "as"} and reason.lemma_.lower() in REASON_NOUNS
        for inner, act in prepositions(reason)
        if inner in {"to", "for"}
    ]
    doers = [w for act in acts for w in act.children if w.dep_ in {"poss", "amod", "compound"}]
    doers += [obj for act in acts for prep, obj in prepositions(act) if prep == "by"]
    return resolve_all(doers, resolver, strict=True)


def issuer_of_text(noun: Token) -> Token | None:
    """The verb whose subject issued the text a noun names: "adopted [a resolution]",
    "issued [a statement]", "said in [a statement]"; None for any other noun."""
    if noun.lemma_.lower() not in TEXT_NOUNS:
        return None
    above = noun.head
    if noun.dep_ == "pobj" and above.lower_ in TEXT_PREPS:
        above = above.head
    elif noun.dep_ != "dobj" or above.lemma_.lower() not in ISSUING_VERBS:
        return None
    return above if above.pos_ == "VERB" else None


def _sender_of_carrier(noun: Token) -> Token | None:
    """The verb whose subject sent the vehicle a noun names: "sent [a plane]", "dispatched
    [trucks]"; None for any other noun, or a vehicle no verb here sends."""
    if noun.lemma_.lower() not in CARRIER_NOUNS or noun.dep_ != "dobj":
        return None
    above = noun.head
    return above if above.lemma_.lower() in SENDING_VERBS else None


def _result_of_a_state(verb: Token) -> bool:
    """Whether a participle of result hangs on BE, which tells a state, not an act: the
    subject of the state did not do what the participle says. One that reports a clause ("he
    was not surprised, suggesting that Putin was behind it") is what the subject said."""
    above = verb.head
    reports = bool(children(verb, "ccomp"))
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and above.lemma_.lower() == "be" and not reports
    )


def _main_clause_of_result(verb: Token) -> Token | None:
    """The verb of the main clause whose result a participle after a comma tells, where the
    parser hung it on a relative clause: in "police opened fire on a crowd that was taking part
    in a protest, killing two people" the police killed, not the crowd. None otherwise."""
    above = verb.head
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].lower_ == ","
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not after_comma or above.dep_ != "relcl":
        return None
    node = above.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} else None


def _inherited_subject_deps(verb: Token) -> tuple[str, ...]:
    """Where a verb with no subject of its own finds it on the verb it depends on. "Obama is
    scheduled to attend": a passive governor's subject does the lower verb; "urged Russia to
    withdraw", "helping militants join": the governor's object does. A verb coordinated with
    a passive shares its subject ("the aircraft was shot down and blew up": the aircraft
    blew up, not whoever the sentence named first); a past participle so coordinated is
    passive too ("were detained and charged"), and that subject is not its doer."""
    if verb.dep_ in COMPLEMENT_DEPS:
        return ("dobj", "nsubj", "nsubjpass")
    if verb.dep_ == "conj" and verb.tag_ != "VBN":
        return ("nsubj", "nsubjpass")
    return ("nsubj",)


def _own(verb: Token, dep: str) -> list[Token]:
    """The verb's words of that relation, or its auxiliary's: the parser sometimes hangs the
    subject on the auxiliary ("Egypt and Qatar are mediating": Egypt under ARE)."""
    return children(verb, dep) or [w for aux in children(verb, "aux") for w in children(aux, dep)]


def fired_by(nouns: list[Token], resolver: ActorResolver) -> list[Actor]:
    """Who fired, launched or carried out the weapons or attacks among `nouns`, as a participle
    after them says ("a drone launched by Russia", "a missile fired from Yemen", "an attack
    carried out by Boko Haram"), or the attack's own `by` phrase ("an attack by rebels"). They
    did what the weapon did. After a participle only a named actor counts: a bare agent word
    there is more often a misparse ("mounted by the paramilitary RSF")."""
    mentions = resolver.mentions
    attacks = [noun for noun in nouns if is_attack(noun)]
    own = [obj for noun in attacks for prep, obj in prepositions(noun) if prep == "by"]
    after = [
        obj
        for noun in attacks
        for participle in children(noun, "acl")
        if participle.tag_ == "VBN"
        for prep, obj in prepositions(participle)
        if prep in {"by", "from"}
    ]
    doers = [o for o in own if _names_anyone(o, mentions.actors + mentions.agents)]
    doers += [o for o in after if _names_anyone(o, mentions.actors)]
    return resolve_all(doers, resolver, strict=True)


def _names_anyone(phrase: Token, mentions: Sequence[PhraseMatch[Any]]) -> bool:
    return any(m.covers(t.i) for t in phrase.subtree for m in mentions)


def _is_means(verb: Token, objects: list[Token], resolver: ActorResolver) -> bool:
    """Whether a verb's objects are the means of the verb under it, not its doers: "used force
    to disperse", "took steps to curb", "launched an operation to free" (no actor or agent
    word among them)."""
    mentions = resolver.mentions
    named = any(m.covers(o.i) for o in objects for m in mentions.actors) or any(
        m.covers(o.i) for o in objects for m in mentions.agents
    )
    return verb.lemma_.lower() in MEANS_VERBS and not named


def _subject_after_a_date(verb: Token) -> Token | None:
    """The subject the parser took into a date phrase before it: in "On Friday Australia urged
    China ...", without a comma, Australia is parsed as the object of "On"."""
    for prep in children(verb, "prep"):
        if prep.i > verb.i or prep.lower_ not in {"on", "in"}:
            continue
        for name in children(prep, "pobj"):
            dated = any(c.lower_ in DATE_WORDS for c in children(name, "compound"))
            if name.pos_ == "PROPN" and dated:
                return name
    return None


def target_actors(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    skip_places: frozenset[str] = frozenset(),
    skip_inner: frozenset[str] = frozenset(),
) -> list[Actor]:
    """The verb's targets: a named actor wherever it stands before an agent of no named
    country ("an attack targeting non-Muslims at a mall in Kenya's capital" is on Kenya, not
    on ---MUS); the unknown agent only when no place names an actor. The verb's phrases
    with prepositions in `skip_places` are passed over, and those in `skip_inner` inside its
    object too."""
    named = replace(resolver, unknown_actors=False)
    found = _named_targets(verb, pattern, named, skip_places, skip_inner)
    if found or not resolver.unknown_actors:
        return found
    return _named_targets(verb, pattern, resolver, skip_places, skip_inner)


def _named_targets(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    skip_places: frozenset[str],
    skip_inner: frozenset[str] = frozenset(),
) -> list[Actor]:
    """The first place in the pattern's (or the default) order that names an actor, nearest
    phrase first; the default order passes over `skip_places`. Failing that, when the pattern
    does not say where: the first actor inside the object's phrase ("welcomed memos sent by
    Bree"), the actor a complement clause describes, the object of a purpose clause, and for
    a pattern that names a chain of verbs, or an appeal or threat, the lower verb's target."""
    if _addressed_to_no_one_known(verb, pattern, resolver):
        return []
    asked = asked_clause(verb)
    if asked is not None and root_of(pattern.code) in UNREALISED_ROOTS:
        # "called for Iran to release the activists", "requested that Chile pull its troops
        # out": Iran, Chile are asked, whatever the pattern says.
        found = _clause_targets(asked, resolver, subject_actors(verb, resolver))
        if found:
            return found
    # What talks are held on or about is their topic, never a party: "Putin and Xi exchanged
    # views on Ukraine", "held a dialogue on Afghanistan", "will hold talks on Ukraine".
    # So is what a bare agreement is on: "Israel and Hamas agreed on the first phase of a US
    # plan" agree with each other, not with the United States.
    talks = root_of(pattern.code) == CONSULT_ROOT or pattern.code.startswith(MEETING_INTENTS)
    talks = talks or is_bare_agreement(verb, pattern)
    topics = TOPIC_PREPS if talks else frozenset()
    skip_inner = skip_inner | topics | _charge_phrase(verb)
    skipped = (frozenset() if pattern.targets else skip_places) | topics
    venues = skipped | _accord_venues(verb, pattern)
    found = _in_places(verb, pattern, resolver, exclude=venues, venues=venues)
    if found or pattern.targets:
        return (
            found
            or _ordered_clause_targets(verb, pattern, resolver)
            or _instrument_purpose_object(verb, resolver)
        )
    if not pattern.codes_forward:
        # A pattern coded only the other way round looks for the doer, who is not inside a
        # clause: in "faces pressure from Congress to help Iran" Iran presses no one.
        return _first_actor_within(verb, pattern, resolver, skip=CLAUSES)
    clause = governed_clause(verb, pattern)
    speakers = subject_actors(verb, resolver) if clause is not None else []
    if clause is not None and (found := _clause_targets(clause, resolver, speakers)):
        return found
    found = (
        _first_actor_within(verb, pattern, resolver, places=skip_inner)
        or _described_actor(verb, resolver, speakers)
        or _purpose_object(verb, resolver)
    )
    if found:
        return found
    if pattern.code.startswith(DENY_CODE):
        return _denied_targets(verb, resolver)
    # An appeal, demand or threat, or an agreement to act ("agreed to work with Chile"), is
    # aimed at the target of the act it names.
    agreed = root_of(pattern.code) == INTENT_ROOT and pattern.verb in AGREEING_VERBS
    considered = pattern.code == CONSIDER_CODE
    if not (pattern.terms or root_of(pattern.code) in UNREALISED_ROOTS or agreed or considered):
        return found
    venues = SCENE_PREPS if pattern.code.startswith(MEETING_INTENTS) else frozenset()
    return _chain_targets(verb, resolver, venues)


def _addressed_to_no_one_known(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> bool:
    """Whether an appeal or demand is made to a group of no country ("urged democratic
    countries to expand their engagement with Taiwan", "called on world leaders to act"):
    its target is whom it asks, so the actors of what is asked are none."""
    if root_of(pattern.code) not in {APPEAL_ROOT, DEMAND_ROOT}:
        return False
    addressed = children(verb, "dobj")
    addressed += [o for prep, o in prepositions(verb) if prep in {"on", "upon"}]
    groups = [a for a in addressed if a.lemma_.lower() in ADDRESSED_GROUPS]
    return bool(groups) and not any(resolver.resolve(g, strict=True) for g in groups)


def _ordered_clause_targets(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver
) -> list[Actor]:
    """Where a pattern's word is the verb of a clause its verb governs ("ordered the army to
    strike Hamas targets", which ORDER * STRIKE matches on the clause's verb), that clause's
    targets, as the pattern's own phrases name none."""
    for lower in children(verb, "xcomp"):
        if lower.pos_ == "VERB" and lower.lemma_.lower() in pattern.plain_words:
            return _in_places(lower, ANY_PATTERN, resolver)
    return []


def _denied_targets(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """Whom a denial is about: the target of the act denied ("Rwanda denied backing the M23
    rebels", "denied that it had shelled Kharkiv"), as the denial answers their side; or,
    for a denial told in a clause on the accusation ("accused Iran of firing missiles, which
    Tehran denied", "..., a charge Washington denied"), the accusers."""
    if (accusing := _accusation_answered(verb)) is not None:
        return subject_actors(accusing, resolver)
    for lower in children(verb, "xcomp", "ccomp"):
        if lower.pos_ == "VERB" and (found := _in_places(lower, ANY_PATTERN, resolver)):
            return found
    return []


def _accusation_answered(denial: Token) -> Token | None:
    """The accusing verb a denial in a relative or appended clause answers: the verb WHICH
    refers to, or the one an accusation noun ("a charge", "a claim") is appended to."""
    if (alleged := answered_allegation(denial)) is not None:
        # "accused Britain of blowing up the pipelines, a charge London denied": the charge
        # may hang on a noun of what is charged; the accusing verb is above it.
        above = [t for t in alleged.ancestors if t.pos_ == "VERB"]
        accusing = [t for t in above if t.lemma_.lower() in ACCUSING_VERBS]
        return next(iter(accusing or above), None)
    told = [c for c in children(denial, "ccomp") if told_before_a_charge(c)]
    if told and told[0].lemma_.lower() in ACCUSING_VERBS:
        return told[0]
    which = any(c.lower_ == "which" for c in children(denial, "dobj", "nsubjpass"))
    if denial.dep_ not in {"relcl", "advcl"} or not which:
        return None
    # "accused Iran of launching missiles, which Tehran denied": WHICH may hang on a noun
    # of the accusation, or of what is charged; the accusing verb is above it.
    accusers = (
        t
        for t in (denial.head, *denial.head.ancestors)
        if t.lemma_.lower() in ACCUSING_VERBS and t.pos_ == "VERB"
    )
    return next(accusers, None)


def _in_places(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    exclude: frozenset[str] = frozenset(),
    venues: frozenset[str] = frozenset(),
) -> list[Actor]:
    """The actors of the first place in the pattern's (or the default) order that names one,
    other than those in `exclude`; within a place, the nearest phrase: "attend a summit in
    Switzerland on the unrest in Iran" is in Switzerland, not in Iran as well. The phrases
    with a preposition in `venues` say where it happened, and their own phrases hold no one
    either."""
    exclude = exclude | _launch_sites(verb) | _charge_phrase(verb)
    places = _TargetPlaces(verb, pattern, venues)
    for place in pattern.targets or _default_places(pattern):
        if place in exclude:
            continue
        for heads in places.heads(place):
            if place == "object":
                heads = _weapons_left_out(heads, pattern)
            found = resolve_all(heads, resolver, strict=place == "object")
            if found:
                return found
    return []


def _weapons_left_out(objects: list[Token], pattern: VerbPattern) -> list[Token]:
    """A verb's objects less the weapons a threat, show or use of force used, which are its
    means: "fired North Korean missiles at Kyiv" is aimed at Kyiv, not at the missiles'
    maker."""
    if root_of(pattern.code) not in FORCEFUL_ROOTS:
        return objects
    return [o for o in objects if not is_weapon_used(o)]


def _launch_sites(verb: Token) -> frozenset[str]:
    """The FROM phrase of a verb of firing or launching, on the verb or its object, which
    says where the weapon was fired from ("fired rockets from Gaza"), not at whom: no
    target's place. One on a noun of another phrase still names its owner ("fired shells
    near a vessel from South Korea")."""
    hosts = [verb, *children(verb, "dobj")]
    launched = any(p == "from" for host in hosts for p, _ in prepositions(host))
    return frozenset({"from"}) if launched and fired_from_phrase(verb) else frozenset()


def _charge_phrase(verb: Token) -> frozenset[str]:
    """The FOR phrase of a verb of custody or punishment, which tells what the held were
    charged with or how long they are held ("arrested two men for spying for Israel", "jailed
    for five years"), and the OF phrase of ACCUSE ("accused the company of siding with
    Israel"): never whom the verb acts on."""
    lemma = verb.lemma_.lower()
    if lemma in CUSTODY_VERBS:
        return CUSTODY_CHARGE_PREPS
    return ACCUSATION_CHARGE_PREPS if lemma == ACCUSE_VERB else frozenset()


def _instrument_purpose_object(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """Whom what a verb's object names was used on, where the pattern's phrases name no one:
    the object of the purpose clause after it ("used tear gas to disperse protesters", "fired
    rubber bullets to break up the march"), which the parser hangs as an adverbial clause or
    a complement."""
    if not children(verb, "dobj"):
        return []
    return _purpose_object(verb, resolver, ("advcl", "xcomp"))


def _purpose_object(
    verb: Token, resolver: ActorResolver, deps: tuple[str, ...] = ("advcl",)
) -> list[Actor]:
    """The object of a purpose clause (hung on the verb by one of `deps`), for a verb with no
    target of its own: "signed an accord to supply Gondor with wheat" is signed with Gondor;
    or, where the clause helps, the object of what it helps do ("provided $50 million to help
    rebuild Gondor's grid")."""
    for clause in children(verb, *deps):
        if clause.lemma_.lower() in DISCUSSING_VERBS:
            # "gathered to discuss a US ceasefire proposal": what is discussed is a topic.
            continue
        if clause.pos_ == "VERB" and any(c.lower_ == "to" for c in children(clause, "aux")):
            helping = clause.lemma_.lower() in PURPOSE_HELPING_VERBS
            helped = children(clause, "xcomp") if helping else []
            for step in (clause, *helped):
                found = resolve_all(_heads_on(step, "object"), resolver, strict=True)
                if found:
                    return found
    return []


# Verbs of helping, whose complement says what the help is for: "to help rebuild the grid".
PURPOSE_HELPING_VERBS = HELPING_VERBS | {"support"}
# Verbs whose object is a topic, never a party: "met to discuss the war in Ukraine".
DISCUSSING_VERBS = frozenset({"discuss", "debate", "review", "examine"})


def _described_actor(
    verb: Token, resolver: ActorResolver, speakers: Sequence[Actor] = ()
) -> list[Actor]:
    """The subject of a clause that says what an actor is or can do ("allowed that Mordor
    isn't a pleasant place", "believes Dagolath can cope"): the statement is about it. Not
    "is about to restore ties", which has an event of its own, nor the speaker's own state
    ("Chile warned that its troops would open fire": no one the warning names)."""
    for clause in children(verb, "ccomp"):
        if _describes(clause):
            found = resolve_all(children(clause, "nsubj"), resolver, strict=True)
            if found and not all(_own_state(a, speakers) for a in found):
                return found
    return []


def _describes(clause: Token) -> bool:
    if clause.lemma_ == "be":
        predicates = children(clause, "attr", "acomp")
        return bool(predicates) and not any(children(p, "xcomp") for p in predicates)
    return clause.pos_ == "VERB" and any(c.tag_ == "MD" for c in children(clause, "aux"))


def _chain_targets(
    verb: Token, resolver: ActorResolver, venues: frozenset[str] = frozenset()
) -> list[Actor]:
    """The target of the verb a pattern's chain names ("wants to attack Switzerland", "asked
    Obama to help Iran", "is ready to hold talks with Ukraine"): its object, else its
    prepositional phrases and its object's, in the default order; down a chain of such verbs
    ("threatened to stop cooperating with the inspectors"). Phrases with a preposition in
    `venues` say where, not with whom ("agreed to hold talks in Ankara")."""
    for lower in children(verb, "xcomp"):
        if lower.pos_ == "VERB":
            found = _in_places(
                lower, ANY_PATTERN, resolver, exclude=venues, venues=venues
            ) or _chain_targets(lower, resolver, venues)
            if found:
                return found
    return []


def _clause_targets(
    clause: Token, resolver: ActorResolver, speakers: Sequence[Actor] = ()
) -> list[Actor]:
    """The one a demand or threat is aimed at: the subject of the clause it governs
    ("demanded that Ukraine withdraw"), or where that is the speaker's own pronoun or own
    country, the clause's target ("warned that it would strike Iran"), else the subject of
    its condition ("warned that Israel would strike hard if Hezbollah broke the deal"). A
    pronoun subject counts only where the clause is asked for ("Russia demanded that it
    withdraw"), as no one asks it of themselves."""
    asked = is_mandated(clause)
    subjects = [s for s in children(clause, "nsubj") if s.pos_ != "PRON" or asked]
    found = resolve_all(subjects, resolver, strict=True)
    if found and all(_own_state(a, speakers) for a in found):
        found = []
    return (
        found
        or _in_places(clause, ANY_PATTERN, resolver)
        or resolve_all(_condition_subjects(clause), resolver, strict=True)
    )


def _own_state(actor: Actor, speakers: Sequence[Actor]) -> bool:
    """Whether `actor` is a speaker, or the state a state speaker speaks for ("Netanyahu
    warned that Israel would strike"), or that state's forces ("Chile warned that its troops
    would open fire"); a protest group's own government is not its own."""
    return any(
        actor.code == s.code
        or (
            actor.agent in OWN_STATE_AGENTS
            and actor.country == s.country
            and s.agent in STATE_ROLES
        )
        for s in speakers
    )


def _heads_on(verb: Token, place: str) -> list[Token]:
    """The verb's own objects (`object`), or the objects of its phrases with that preposition.
    A verb with no object shares the object of the verb coordinated after it ("attacked and
    occupied Ukraine": Ukraine for both)."""
    if place != "object":
        # "at Trump's request", "on Moscow's orders": whose request it was, not a target; "on
        # the sidelines of the BRICS summit": where it was done.
        return [
            obj
            for prep, obj in prepositions(verb)
            if prep == place and obj.lemma_.lower() not in BEHEST_NOUNS | SIDELINE_NOUNS
        ]
    objects = [c for c in children(verb, "dobj", "dative") if c.pos_ != "ADP"]
    # "found two fishermen guilty", parsed as a clause GUILTY with FISHERMEN its subject; the
    # parser also makes the object of a verb of permitting the subject of the clause allowed
    # ("refused to allow two US planes to land" is aimed at the planes).
    objects += [
        s
        for c in children(verb, "ccomp")
        if c.pos_ in {"ADJ", "NOUN"} or verb.lemma_.lower() in PERMITTING_VERBS
        for s in children(c, "nsubj")
    ]
    if objects or verb.pos_ != "VERB":
        return objects
    # Not a verb with a subject of its own: "refused to recognise the result, and Caracas
    # expelled their diplomats" refused no diplomats.
    shared = [
        c
        for c in children(verb, "conj")
        if c.pos_ == "VERB" and c.i > verb.i and not has_subject(c)
    ]
    return [o for c in shared[:1] for o in children(c, "dobj") if o.pos_ != "ADP"]


def _named_in_free_relative(verb: Token) -> list[Token]:
    """The object a WHAT clause names ("struck what it called terrorist infrastructure in
    Pakistan", "hit what it said were Hezbollah targets in Lebanon"): the nouns of that clause
    in their order. The parser makes the clause a complement."""
    for clause in children(verb, "ccomp"):
        if nouns := _free_relative_nouns(clause):
            return nouns
    return []


def _gerund_subjects(clause: Token) -> list[Token]:
    """The subject the parser gave a participle that describes a phrase's object: in "fired
    tear gas at protesters marching toward the palace" the protesters are the target, not the
    palace they march to."""
    return children(clause, "nsubj") if clause.tag_ == "VBG" else []


def _free_relative_nouns(clause: Token) -> list[Token]:
    """The nouns a clause names if it is a WHAT clause, in their order; none otherwise."""
    words = list(clause.subtree)
    if not any(w.lower_ == "what" and w.dep_ in {"dobj", "nsubj"} for w in words):
        return []
    return [w for w in words if w.dep_ in NAMED_DEPS and w.pos_ in {"NOUN", "PROPN"}]


# What a WHAT clause calls its object, and the phrases on it.
NAMED_DEPS = frozenset({"oprd", "attr", "pobj", "compound"})


def _first_actor_within(
    verb: Token,
    pattern: VerbPattern,
    resolver: ActorResolver,
    skip: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> list[Actor]:
    """The first actor inside the verb's objects, outside clauses of the kinds in `skip` and
    phrases with the prepositions in `places` ("held talks in Istanbul": no one)."""
    # A clause link to a noun is a parse of an object ("declared [a Chilean embassy employee
    # persona non grata]", with PERSONA taken for a clause).
    nouns = [c for c in children(verb, "ccomp", "oprd") if c.pos_ in {"NOUN", "PROPN"}]
    objects = children(verb, "dobj") + nouns + _verb_word_objects(verb, pattern)
    return _first_actor_in(
        _weapons_left_out(objects, pattern),
        resolver,
        skip=skip | RELATIVE_CLAUSES,
        places=places,
    )


def _verb_word_objects(verb: Token, pattern: VerbPattern) -> list[Token]:
    """The objects of prepositions that belong to a multi-word verb ("cordoned off the
    roads"): they are the verb's objects."""
    words = set(pattern.verb.split()[1:])
    return [obj for prep, obj in prepositions(verb) if prep in words]


def _first_actor_in(
    phrases: list[Token],
    resolver: ActorResolver,
    skip: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
    both_sides: bool = False,
) -> list[Actor]:
    """The first actor named inside the phrases, outside the kinds of clause in `skip`
    ("the group that has seized parts of Iraq" does not make Iraq the target) and the
    phrases with a preposition in `places`; with `both_sides`, every side a BETWEEN phrase
    names ("talks between Israel and Hamas were mediated by Qatar")."""
    agents = resolver.mentions.agents
    # "held talks in Riyadh without Ukraine": who is left out is no party.
    places = places | EXCLUDING_PREPS
    for head in phrases:
        # "talks on the sidelines of the BRICS summit": the gathering is no party.
        settings = {t.i for p in head.subtree if on_the_sidelines(p) for t in p.subtree}
        for token in head.subtree:
            if token.i != head.i and token.pos_ in {"PROPN", "NOUN", "ADJ"}:
                if token.i in settings or (skip and _inside_clause(token, head, skip)):
                    continue
                if _inside_an_allegation(token, head) or in_what_people_do(token, head, agents):
                    continue
                if places and any(t.lower_ in places for t in path_up(token, head)):
                    continue
                found = resolver.resolve(token, strict=False)
                if found and both_sides and _between(token):
                    return resolve_all(conjuncts(token), resolver, strict=False)
                if found:
                    return found[:1]
    return []


def _between(token: Token) -> bool:
    """Whether the token is a side a BETWEEN phrase names ("talks between Israel and ...")."""
    return token.dep_ == "pobj" and token.head.lower_ == "between"


def _inside_an_allegation(token: Token, top: Token) -> bool:
    """Whether the token is inside a participle that tells what someone is alleged to have
    done ("arrested a man suspected of spying for Israel", "accused of working for Chile"):
    whom they allegedly acted for is not whom the verb acts on."""
    return any(
        t.dep_ == "acl" and t.lemma_.lower() in ALLEGING_PARTICIPLES for t in path_up(token, top)
    )


def _inside_clause(token: Token, top: Token, kinds: frozenset[str]) -> bool:
    # A clause has a verb at its head; the parser sometimes labels a noun `relcl`.
    return any(t.dep_ in kinds and t.pos_ in {"VERB", "AUX"} for t in path_up(token, top))


def _default_places(pattern: VerbPattern) -> tuple[str, ...]:
    """The default order, with the prepositions the pattern names after it; a phrase the
    pattern asks for by its preposition alone comes right after the object: in "hit out at
    the United States over its arms sales to Taiwan" (HIT OUT * (AT)) the target is at AT,
    not at a TO deeper in the sentence. Prepositions of place stay last: MEET * (IN) names
    where, not whom."""
    aimed = tuple(t.prep for t in pattern.terms if t.prep and not t.word and t.prep in AIMING_PREPS)
    named = tuple(t.prep for t in pattern.terms if t.prep and t.prep not in DEFAULT_TARGETS)
    rest = tuple(place for place in DEFAULT_TARGETS[1:] if place not in aimed)
    return (DEFAULT_TARGETS[0], *aimed, *rest, *named)


class _TargetPlaces:
    """Where a verb's targets may be, asked place by place (`heads`): the verb's objects, or a
    phrase with a place's preposition on one of the hosts of phrases (`hosts`), which are found
    once for all the places tried."""

    def __init__(self, verb: Token, pattern: VerbPattern, venues: frozenset[str]) -> None:
        self.verb = verb
        self.pattern = pattern
        self.venues = venues

    def heads(self, place: str) -> list[list[Token]]:
        """Heads at `place`, one group per phrase that may hold them, nearest first: the
        verb's objects, or a phrase with that preposition on a host. Phrases with a
        preposition in `venues` hold none ("exercises in the Sea of Japan" is with no one in
        Japan)."""
        verb, pattern = self.verb, self.pattern
        if place == "object":
            heads = _heads_on(verb, place) + _verb_word_objects(verb, pattern)
            heads = heads or _relative_object(verb)
            if not heads:
                # "struck what it called rebel camps in Bolivia": each noun of the WHAT clause
                # in turn, the first that names someone.
                return [[noun] for noun in _named_in_free_relative(verb)]
            return [heads + _of_pattern_words(heads, pattern)]
        if place.startswith(PLACE_AFTER):
            return [_heads_after(verb, place.removeprefix(PLACE_AFTER))]
        if place == "to" and (receivers := _receivers(verb)):
            # "will send Ukraine a tranche of aid": the indirect object receives, as TO would.
            return [receivers]
        groups: list[list[Token]] = []
        for host in self.hosts:
            if self._beyond_a_border(host, place):
                continue
            heads = _with_origins(_beyond_borders(_heads_on(host, place)))
            if place == "of" and not heads and self._named_noun(host):
                # "called for Boluarte's resignation", as "for the resignation of Boluarte";
                # "demanded his resignation".
                heads = children(host, "poss")
            # "fired missiles at what it said were militant bases inside Pakistan": each noun
            # of the WHAT clause in turn, the first that names someone.
            called = [
                noun
                for head in heads
                if head.dep_ == "pcomp"
                for noun in _free_relative_nouns(head) or _gerund_subjects(head)
            ]
            groups += [[noun] for noun in called] if called else [heads]
        if place == AIMED_PLACE:
            groups += [self._aimed_by_participle()]
        return groups

    def _beyond_a_border(self, host: Token, place: str) -> bool:
        """Whether a WITH phrase names the country beyond a border, which is no partner in
        cooperation ("held drills near the border with Guyana"); a border closed or crossed
        is still the other country's ("threatened to close its border with Rwanda")."""
        partnered = root_of(self.pattern.code) in VENUE_ROOTS
        return partnered and place == "with" and host.lemma_.lower() in BORDERS

    def _aimed_by_participle(self) -> list[Token]:
        """Whom a participle on the verb's object aims it at, as an AGAINST phrase would:
        "imposed sanctions targeting Iran's oil sector", "announced tariffs aimed at Chinese
        steel", "measures directed against Russia"."""
        return _aimed_by([p for obj in children(self.verb, "dobj") for p in children(obj, "acl")])

    @cached_property
    def named_preps(self) -> frozenset[str]:
        """The prepositions the pattern's terms name ("for" of CALL * FOR:RESIGNATION)."""
        return frozenset(t.prep for t in self.pattern.terms if t.prep)

    @cached_property
    def object_words(self) -> frozenset[str]:
        """The words the pattern's terms name as its object ("resignation" of DEMAND *
        RESIGNATION)."""
        return frozenset(
            t.word for t in self.pattern.terms if t.word and not t.prep and not t.before
        )

    def _named_noun(self, noun: Token) -> bool:
        """Whether a noun is the object of a preposition the pattern names ("for:resignation"),
        or the verb's object that the pattern names ("demand resignation")."""
        prep = noun.head
        if noun.dep_ == "dobj" and noun.head == self.verb:
            return noun.lemma_.lower() in self.object_words
        # "issued a warrant for his arrest": the phrase may hang on the verb's object.
        on_verb = prep.head == self.verb or prep.head in children(self.verb, "dobj")
        return noun.dep_ == "pobj" and prep.lower_ in self.named_preps and on_verb

    @cached_property
    def hosts(self) -> list[Token]:
        """The words whose phrases may hold targets, nearest first: the verb, its direct
        object or a noun it governs through `of` ("imposed sanctions on Iran", "welcomed the
        resumption of ties with Osgiliath"), or the noun of a prepositional phrase that the
        pattern names or whose noun it names ("participated in an exercise with Russia",
        "acted on a resolution against Libya")."""
        verb, venues = self.verb, self.venues
        named = self.named_preps
        words = self.object_words
        # "accused the company of siding with Israel": the charge is no host.
        charges = _charge_phrase(verb)
        chain = CHAIN_PREPS - venues - charges
        # "sent rescue teams and aid to the country": the phrases of each coordinated object.
        objects = [
            ended_act(each) for obj in children(verb, "dobj") for each in (obj, *obj.conjuncts)
        ]
        hosts = [verb, *(n for obj in objects for n in _of_chain(obj, preps=chain))]
        hosts += [
            obj
            for prep, obj in prepositions(verb)
            if prep not in venues | charges
            and (
                prep in named
                or {obj.lower_, obj.lemma_.lower()} & words
                or (
                    obj.i > verb.i
                    and prep not in CIRCUMSTANCE_PREPS
                    and not _a_setting(prep, obj)
                    and obj.lemma_.lower() not in REASON_NOUNS
                    # "at protesters marching toward the palace": the march's phrases are not
                    # the verb's.
                    and not _gerund_subjects(obj)
                )
            )
        ]
        # "called for a halt to the escalation in Lebanon": the nouns a phrase the pattern names
        # leads to through TO, OF or IN hold its targets too.
        hosts += [
            noun
            for prep, obj in prepositions(verb)
            if prep in named and prep not in venues
            for noun in _of_chain(obj, preps=NAMED_PHRASE_CHAIN)[1:]
        ]
        # "issued a warrant for the arrest of the former president": such a phrase hung on the
        # verb's object holds them as well.
        hosts += [
            noun
            for host in objects
            for prep, obj in prepositions(host)
            if prep in named and prep not in venues
            for noun in _of_chain(obj, preps=NAMED_PHRASE_CHAIN)
        ]
        # "marched close to the border with Mordor": the phrases of an adverb after the verb.
        modifiers = [c for c in children(verb, "advmod") if c.i > verb.i]
        hosts += modifiers
        hosts += [o for m in modifiers for p, o in prepositions(m) if p not in CIRCUMSTANCE_PREPS]
        return hosts


def ended_act(noun: Token) -> Token:
    """What an END or a HALT object ends ("announced an end to restrictions on Azerbaijan":
    the restrictions, whose phrases hold the target), else the noun itself."""
    if noun.lemma_.lower() not in ENDING_NOUNS:
        return noun
    ended = [obj for prep, obj in prepositions(noun) if prep == "to"]
    return ended[0] if ended else noun


def _relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause with a subject of its own and no object is about: it is the
    clause's object ("sanctions on three companies [it accused of supplying Russia with drone
    parts]": the companies are accused, not Russia)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    subjects = children(verb, "nsubj")
    if not subjects or any(s.tag_ in RELATIVE_TAGS or s.lower_ == "that" for s in subjects):
        return []
    if any(c.lower_ in PLACE_RELATIVES for c in children(verb, "advmod")):
        # "a school where displaced people were sheltering": the school is where, not whom.
        return []
    return [verb.head]


def _a_setting(prep: str, noun: Token) -> bool:
    """Whether a phrase tells the meeting or call an act was done in ("condemned the strike
    in a phone call with his Iranian counterpart"): whom the call was with is no target of
    the act (the call is coded of its own, `coders.nouns`)."""
    return prep in SETTING_PREPS and noun.lemma_.lower() in CONTACT_NOUNS


def _of_pattern_words(heads: list[Token], pattern: VerbPattern) -> list[Token]:
    """The `of` phrases of objects that are the pattern's own words: in "seized control of
    Sanaa" (SEIZE * CONTROL +) the target after CONTROL is Sanaa."""
    words = {t.word for t in pattern.terms if t.word}
    return [
        obj
        for head in heads
        if head.lemma_.lower() in words or head.lower_ in words
        for prep, obj in prepositions(head)
        if prep == "of"
    ]


def _beyond_borders(heads: list[Token]) -> list[Token]:
    """The heads, with a border's own WITH phrase after each border noun: "massed troops on
    the border with Georgia" is aimed at Georgia."""
    return [
        word
        for head in heads
        for word in ([head, *_across(head)] if head.lemma_.lower() in BORDERS else [head])
    ]


def _with_origins(heads: list[Token]) -> list[Token]:
    """The heads, with the FROM phrase after each noun of trade ("imposed a tariff on all
    imports from the United States" is aimed at the United States), the place where goods
    were made ("tariffs on electric cars made in China") and the other side of relations
    (`_origins`)."""
    return [word for head in heads for word in [head, *_origins(head)]]


def _origins(goods: Token) -> list[Token]:
    """Where goods or measures come from: the FROM phrase of a noun of trade, the IN, FROM or
    BY phrase of a participle of making ("cars made in China", "steel produced by Vietnam"),
    the FROM phrase of one of shipping ("vehicles imported from the United States"), the BY
    phrase of one of imposing ("tariffs imposed by Washington"); and with whom relations are
    held: the WITH phrase of a noun of relations that no possessor owns ("lifted restrictions
    on military cooperation with Azerbaijan", "a ban on trade with Iran")."""
    lemma = goods.lemma_.lower()
    if lemma in TRADE_NOUNS:
        return [obj for prep, obj in prepositions(goods) if prep == "from"]
    if lemma in PARTNERED_NOUNS:
        # "concerns over Hungary's ties with Moscow" are about Hungary, who holds them.
        owned = any(c.dep_ == "poss" for c in goods.children)
        return [] if owned else [obj for prep, obj in prepositions(goods) if prep == "with"]
    return [
        obj
        for participle in children(goods, "acl")
        for prep, obj in prepositions(participle)
        if prep in _origin_preps(participle)
    ]


def _origin_preps(participle: Token) -> frozenset[str]:
    """The prepositions of a participle on goods or a measure that say where they come from:
    who made, shipped or imposed them."""
    lemma = participle.lemma_.lower()
    if lemma in MAKING_PARTICIPLES:
        return ORIGIN_PREPS
    if lemma in IMPOSING_PARTICIPLES:
        return IMPOSED_BY
    return SHIPPED_FROM if lemma in SHIPPING_PARTICIPLES else frozenset()


def _across(border: Token) -> list[Token]:
    """Who is across a border: its WITH phrase, or the one the parser hangs on the verb right
    after the border's phrase ("reinforced its troops along the border [with Belarus]")."""
    own = [o for p, o in prepositions(border) if p == "with"]
    after = border.right_edge.i + 1
    hosts = [a for a in border.ancestors if a.pos_ in {"VERB", "AUX", "NOUN"}]
    hung = [
        o
        for host in hosts
        for w in host.children
        if w.dep_ == "prep" and w.lower_ == "with" and w.i == after
        for o in children(w, "pobj")
    ]
    return own or hung


def _receivers(verb: Token) -> list[Token]:
    """The indirect object: "sent Ukraine a tranche of aid", and "will send Ukraine military
    aid", which the parser reads as a name modifying the object; not where a TO phrase
    names the receiver ("sent UN aid to Gaza", and "to send Leopard 2 tanks to Ukraine",
    where the parser reads the tanks' name as an indirect object), nor where the object's own
    TO or FOR phrase does ("halted US funding for the WHO": US is the giver)."""
    if any(prep == "to" for prep, _ in prepositions(verb)):
        return []
    datives = [c for c in children(verb, "dative") if c.pos_ != "ADP"]
    if datives:
        return datives
    objects = children(verb, "dobj")
    if any(prep in {"to", "for"} for obj in objects for prep, _ in prepositions(obj)):
        return []
    first = [next(o.subtree) for o in objects]
    return [t for t in first if t.dep_ in {"nmod", "compound"} and t.pos_ == "PROPN"]


def _heads_after(verb: Token, passed: str) -> list[Token]:
    """The object of the first phrase after the verb's `passed` phrase, hanging off the verb,
    its object or the passed phrase's noun ("celebrated Iftar in Osgiliath with the leaders of
    Gondor", "warned at the Gondor of the Prince")."""
    hosts = [verb, *children(verb, "dobj")]
    skipped = [obj for h in hosts for prep, obj in prepositions(h) if prep == passed]
    skipped = [obj for obj in skipped if obj.i > verb.i]
    if not skipped:
        return []
    following = [obj for h in [*hosts, skipped[0]] for _, obj in prepositions(h)]
    following = [obj for obj in following if obj.i > skipped[0].i]
    return [min(following, key=lambda obj: obj.i)] if following else []


def _of_chain(noun: Token, depth: int = 3, preps: frozenset[str] = CHAIN_PREPS) -> list[Token]:
    """A noun and the nouns of its `of` phrases (resumption → ties → relations), and of its
    `in` phrases that say what it is made of ("2 billion euros in military aid to Ukraine")."""
    found = [noun]
    for prep, obj in prepositions(noun):
        if prep in preps and depth > 1:
            found += _of_chain(obj, depth - 1, preps)
    return found


def resolve_all(heads: list[Token], resolver: ActorResolver, strict: bool) -> list[Actor]:
    found = [a for head in heads for a in resolver.resolve(head, strict=strict)]
    return list({a.code: a for a in found}.values())


# DENY RESPONSIBILITY: "denied backing the rebels" answers the side the act was against.
DENY_CODE = "016"
# Mediation told of a meeting or deal whose sides the sentence does not name: "the talks were
# brokered by Oman" (after a sentence on Iranian-US talks), "the meeting was mediated by Turkey".
MEDIATED_NOUNS = frozenset(
    {"talk", "talks", "meeting", "negotiation", "dialogue", "agreement", "deal", "truce"}
)
MEDIATION_CODE = "045"


# What a host or mediator holds between sides (`mediated_sides`): talks, a deal, a summit, and
# the ceremony where a deal is signed ("Rubio hosted the signing ceremony").
BETWEEN_SIDES_NOUNS = MEDIATED_NOUNS | {"summit", "ceremony", "signing"}


def is_between_sides(noun: Token) -> bool:
    """Whether `noun` names talks, a deal or a summit between sides."""
    return noun.lemma_.lower() in BETWEEN_SIDES_NOUNS or noun.lower_ in BETWEEN_SIDES_NOUNS


def mediated_sides(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The sides of the talks or deal a mediation verb is about, where the sentence names none:
    the latest group of actors from two countries or more the article named before, else the
    parties to the story's first agreement ("the Ethiopian government and Tigrayan forces
    agreed to a truce ... the talks were mediated by the African Union"). A mediator with
    nothing mediated named mediates between the same sides ("Qatar has been mediating"). A host
    of talks hosts their sides ("Russia and Ukraine agreed ... the talks were hosted by Turkey";
    "Vietnam hosted the summit"), but a host of nothing named hosts no one."""
    hosting = pattern.code == HOST_CODE
    if not (pattern.code.startswith(MEDIATION_CODE) or hosting):
        return []
    # "the talks were mediated by Oman", "talks mediated by Oman", "Qatar, which mediated the
    # deal".
    # "Egypt and Qatar were trying to mediate": with nothing mediated named, the same sides.
    about = children(verb, "nsubjpass", "dobj") or ([verb.head] if verb.dep_ == "acl" else [])
    if hosting and (not about or verb.dep_ == "acl"):
        # "Vietnam hosted the talks", not "the talks, hosted by Cuba, have been held in
        # several rounds", which describes them.
        return []
    if about and not any(is_between_sides(t) for t in about):
        return []
    sides = resolver.context.recent_group() or resolver.context.acts.parties
    return list(one_per_side(sides))


# A meeting or agreement held under someone's aegis: "under the auspices of the African
# Union", "with Qatar's mediation", "under UN sponsorship".
SPONSOR_NOUNS = frozenset(
    {"auspices", "aegis", "mediation", "sponsorship", "patronage", "facilitation"}
)
# "after mediation by the United States": the mediation the agreement came out of.
SPONSOR_PREPS = frozenset({"under", "with", "through", "via", "after", "following"})


def sponsors(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """Who a meeting or agreement was held under, told by a phrase of the verb or of its
    object: "held talks under the auspices of the African Union", "agreed to a truce after
    mediation by Qatar" (the mediator is no party to the talks or the truce)."""
    phrases = [obj for prep, obj in verb_or_object_phrases(verb) if prep in SPONSOR_PREPS]
    nouns = [o for o in phrases if o.lemma_.lower() in SPONSOR_NOUNS or o.lower_ in SPONSOR_NOUNS]
    owners = [owner for noun in nouns for owner in children(noun, "poss", "compound", "amod")]
    # "the mediation of Qatar", "mediation by Qatar and Egypt": each name the phrase lists.
    owners += [
        each
        for noun in nouns
        for prep, obj in prepositions(noun)
        if prep in {"of", "by"}
        for each in conjuncts(obj)
    ]
    return resolve_all(owners, resolver, strict=True) + _brokers(verb, resolver)


def _brokers(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The names before BROKERED or MEDIATED on the verb's object or phrases, or in their BY
    phrase: "agreed to a US-brokered ceasefire", "signed a Qatari-mediated deal", "swapped
    prisoners in a deal brokered by the UAE" (names that resolution passes over as no party,
    `actors._backer`)."""
    # "agreed to restore ties under a deal brokered by China": the agreeing verb's phrases
    # hold the deal the infinitive is coded from.
    hosts = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    nouns = [n for host in hosts for n in children(host, "dobj")]
    nouns += [obj for host in hosts for prep, obj in verb_or_object_phrases(host)]
    # "agreed to a ceasefire under a deal brokered by ...": a phrase of the verb's phrase.
    nouns += [obj for noun in nouns for prep, obj in prepositions(noun) if prep != "of"]
    words = [c for n in nouns for c in n.children if c.lower_ in BROKERING_WORDS]
    # "in a deal brokered by the UAE": the participle's BY phrase, each name it lists.
    names = [t for w in words for t in w.lefts]
    names += [c for w in words for prep, o in prepositions(w) if prep == "by" for c in conjuncts(o)]
    found: dict[str, Actor] = {}
    for name in names:
        for match in resolver.mentions.actors:
            code = actor_code(match.entries, resolver.context.day) if match.covers(name.i) else None
            if code is not None:
                found.setdefault(code, Actor(code, name.text))
    return list(found.values())


def mediations(
    verb: Token, pattern: VerbPattern, sides: list[Actor], resolver: ActorResolver
) -> list[tuple[Actor, Actor]]:
    """The mediator → side pairs of a joint meeting or agreement, a truce, or a release (a
    swap of prisoners, hostages freed under a deal) held under a sponsor or brokered by
    one."""
    released = pattern.code.startswith(RELEASE)
    if not (is_joint(pattern.code) or pattern.code in MUTUAL_CODES or released):
        return []
    found = sponsors(verb, resolver)
    mediators = {a.code for a in found}
    return [(m, s) for m in found for s in sides if s.code not in mediators]


# Judgments aimed at whoever did the act they judge (approval, disapproval, rejection), and the
# nouns, hung on a clause, that sum it up: "..., a move Israel condemned".
JUDGING_ROOTS = frozenset({"05", DISAPPROVE_ROOT, "12"})
SUMMING_NOUNS = frozenset({"move", "step", "decision", "action", "act", "measure"})
SUMMING_DEPS = frozenset({"npadvmod", "appos", "dobj", "attr"})
ACT_NOUNS = frozenset(
    {
        "launch",
        "test",
        "attack",
        "strike",
        "detention",
        "arrest",
        "abduction",
        "killing",
        "execution",
        "decision",
        "move",
        "incursion",
        "invasion",
        "annexation",
        "ban",
        # session 26: the story's acts named again as a plan, an operation or a measure
        "plan",
        "offensive",
        "operation",
        "measure",
        "step",
        "raid",
        "expulsion",
        "seizure",
        "deployment",
        # "blew up the liaison office ... Seoul called the demolition deeply regrettable"; "a
        # truck bomb damaged the bridge ... Putin called the explosion a terrorist act"
        "demolition",
        "explosion",
        "blast",
        "destruction",
        "interception",
        # "Japan began releasing treated water ... Beijing called the release selfish"; "turned
        # the museum into a mosque ... Greece called the conversion an insult": a state's acts
        # done alone, which the story coded no event for
        "release",
        "conversion",
        "discharge",
        "suspension",
        "closure",
        "dissolution",
        "deportation",
        "recognition",
        "takeover",
        # "called the verdict scandalous": a court's act, named by its outcome
        "verdict",
        "ruling",
        "sentence",
        "conviction",
    }
)


def conditioned_party(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """Whom a warning or threat that names no one is aimed at: the subject of its UNLESS or IF
    clause, who must act to avert it ("warned that the country would descend into civil war
    unless Prime Minister Ariel Henry stepped down", "threatened strikes if Tehran
    resumed enrichment"). Only within the verb's own clause and what it reports."""
    if root_of(pattern.code) != THREAT_ROOT:
        return []
    reported = [verb, *children(verb, "ccomp", "xcomp")]
    subjects = [s for above in reported for s in _condition_subjects(above)]
    return resolve_all(subjects, resolver, strict=True)


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's UNLESS or IF clauses, named (no pronoun)."""
    conditions = condition_clauses(verb)
    subjects = [s for clause in conditions for s in children(clause, "nsubj", "nsubjpass")]
    return [s for s in subjects if s.pos_ != "PRON"]


def condemned_doers(
    verb: Token, pattern: VerbPattern, resolver: ActorResolver, sources: list[Actor]
) -> list[Actor]:
    """Whom a disapproval of an act named by a noun alone is aimed at ("Japan condemned the
    missile launch", "condemned the arbitrary detention"): the doer the act's BY phrase names
    ("a ban by the Taliban"), else the country the article has named most besides the
    speaker's, whose act the story is about; that only for a definite act noun whose phrase
    names no one. `sources` are the verb's speakers."""
    if root_of(pattern.code) != DISAPPROVE_ROOT:
        return []
    # "condemned a ban by the Taliban administration": the act's own BY phrase names its doer.
    named = [
        obj
        for act in children(verb, "dobj")
        if act.lemma_.lower() in ACT_NOUNS
        for prep, obj in prepositions(act)
        if prep == "by"
    ]
    doers = [a for a in resolve_all(named, resolver, strict=True) if a not in sources]
    if doers:
        return doers
    acts = [o for o in children(verb, "dobj") if names_an_act(o)]
    speakers = {s.country for s in sources}
    if not acts or not speakers:
        return []
    other = resolver.context.main_other(speakers)
    return [Actor(other, acts[0].text)] if other is not None else []


def summed_act_doers(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Whom a judgment told in a noun that sums up the clause is aimed at: the doers of that
    clause ("Spain, Ireland and Norway recognised a Palestinian state, a move Israel condemned
    as a reward for terrorism": ISR → ESP, IRL, NOR 111). Only disapproval, approval and
    rejection, which are aimed at whoever made the move."""
    if root_of(code) not in JUDGING_ROOTS or verb.dep_ != "relcl":
        return []
    summary = verb.head
    if summary.lemma_.lower() not in SUMMING_NOUNS or summary.dep_ not in SUMMING_DEPS:
        return []
    clause = summary.head
    # "lifted sanctions on Syria, a step Damascus welcomed": the parser may hang the summing
    # noun on the clause's last noun; the clause is the verb above it, and the one with a
    # subject above a purpose ("deployed jets to support Greece, a move Ankara condemned").
    while not _verb_with_subject(clause) and clause.head.i != clause.i:
        clause = clause.head
    return subject_actors(clause, resolver) if clause.pos_ in {"VERB", "AUX"} else []


def _verb_with_subject(word: Token) -> bool:
    return word.pos_ in {"VERB", "AUX"} and has_subject(word)


def names_an_act(noun: Token) -> bool:
    """A definite act noun ("the launch"), or IT, THIS or THAT standing for the act the story
    tells ("condemned it"), where no actor was found for it."""
    if noun.pos_ in {"PRON", "DET"}:
        return noun.lower_ in STORY_PRONOUNS
    # "the mayor's detention": a possessor too makes it one act known to the story.
    owned = any(c.dep_ == "poss" for c in noun.children)
    return noun.lemma_.lower() in ACT_NOUNS and (is_definite(noun) or owned)


# CLAIM RESPONSIBILITY: toward whom the claimed attack was made.
CLAIM_CODE = "015"


# Releases, and the appeals, demands, intents and refusals that mirror them.
RELEASE_CODES = ("084", "0253", "1053", "0353", "1243")
# Participles that say who holds the people to be freed: "fishermen held by India".
HOLDING_VERBS = frozenset(
    {"hold", "detain", "jail", "imprison", "capture", "abduct", "kidnap", "arrest", "seize"}
)


def holders(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Whom a release is asked of, offered to or refused: the holder of the people to be freed
    ("demanded the release of its fishermen held by India": IND), where the verb's object or
    FOR phrase names one by a participle's BY phrase, or the country its IN phrase names ("called
    for the release of its citizens held in Bolivia": BOL); the people themselves are not the
    target."""
    if not code.startswith(RELEASE_CODES):
        return []
    asked = [obj for prep, obj in prepositions(verb) if prep == "for"]
    places = not code.startswith(RELEASE)
    for obj in children(verb, "dobj", "nsubjpass") + asked:
        if found := holders_named(obj, resolver, places):
            return found
    return []


def holders_named(people: Token, resolver: ActorResolver, places: bool = False) -> list[Actor]:
    """Who holds the people a noun phrase names, where a participle of holding in it says so
    (`_holder_named`): "hostages held by Hamas", "fishermen held by India"."""
    holding = [w for w in people.subtree if w.dep_ == "acl" and w.lemma_.lower() in HOLDING_VERBS]
    for word in holding:
        if found := _holder_named(word, resolver, places):
            return found
    return []


def _holder_named(held: Token, resolver: ActorResolver, places: bool) -> list[Actor]:
    """Who holds people a participle of holding tells of: its BY phrase ("held by India"),
    else, with `places`, the one country its IN phrase names ("held in Bolivia"). A release
    done is not aimed at the place where the freed were held ("Hamas released three Israeli
    women held in Gaza" frees Israelis)."""
    for by in children(held, "agent"):
        if found := resolve_all(children(by, "pobj"), resolver, strict=True):
            return found
    if not places:
        return []
    held_in = [obj for prep, obj in prepositions(held) if prep == "in"]
    found = resolve_all(held_in, resolver, strict=True)
    return found if len(found) == 1 and len(found[0].code) == COUNTRY_LENGTH else []


def reported_victims(
    verb: Token, code: str, sources: list[Actor], speaking: Token | None, resolver: ActorResolver
) -> list[Actor]:
    """The people an attack killed or hurt, where nothing places them, as a state's report of
    it counts its own: "Lebanon's health ministry said Israeli strikes had killed 550 people"
    (LBNCVL). Only force done by another country, to people the verb's object names, told by a
    `speaking` verb whose subjects are of one country."""
    if speaking is None or root_of(code) not in FORCE_ROOTS:
        return []
    victims = [obj for obj in children(verb, "dobj") if _names_civilians(obj, resolver)]
    reporter = _reporting_country(speaking, sources, resolver)
    if not victims or reporter is None:
        return []
    return [Actor(reporter + CIVILIANS, victims[0].text)]


def watched_show_of_force(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a show of force that names no one is aimed at: the state that reports it ("Taiwan's
    defence ministry said Chinese aircraft had crossed the median line": CHNMIL → TWN 150).
    Only root 15, told by a verb of saying whose subjects are of one country other than the
    doers'."""
    speaking = telling_verb(verb)
    if speaking is None or root_of(code) != SHOW_OF_FORCE_ROOT:
        return []
    reporter = _reporting_country(speaking, sources, resolver)
    return [Actor(reporter, "")] if reporter is not None else []


def across_the_border(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a show of force at a border is aimed at: the state across it, which the border's
    WITH phrase or its country's word names ("mobilised its troops along the border with
    Kosovo", "put its troops on alert along the Cambodian border"). Only root 15, and not the
    doers' own country."""
    if root_of(code) != SHOW_OF_FORCE_ROOT:
        return []
    own = {s.country for s in sources}
    for word in verb.subtree:
        if word.lemma_.lower() not in BORDERS:
            continue
        sides = _across(word) + [c for c in word.children if c.dep_ in {"amod", "compound"}]
        found = [a for a in resolve_all(sides, resolver, strict=True) if a.country not in own]
        if found:
            return found
    return []


def _reporting_country(
    speaking: Token, sources: list[Actor], resolver: ActorResolver
) -> str | None:
    """The one country whose subjects tell an act through `speaking`, where it is not the
    doers' own."""
    speakers = subject_actors(speaking, resolver)
    countries = {s.country for s in speakers if not s.code.startswith(STATELESS_PREFIXES)}
    if len(countries) != 1 or countries & {s.country for s in sources}:
        return None
    return countries.pop()


def placed_by_report(
    verb: Token, code: str, sources: list[Actor], targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The targets, with people that took the doers' own country only from the scene moved to
    the country whose report tells the attack: "a farmer was killed by a mortar shell fired
    by Chilean soldiers, Peru said" killed Peru's farmer (PERAGR), not Chile's. Only force,
    told by a verb of saying, before or after the attack, whose subjects are of one country
    other than the doers'."""
    speaking = telling_verb(verb)
    if speaking is None or root_of(code) not in FORCE_ROOTS:
        return targets
    reporter = _reporting_country(speaking, sources, resolver)
    if reporter is None:
        return targets
    own = {s.country for s in sources}
    victims = [
        noun.text
        for noun in children(verb, "dobj", "nsubjpass")
        if noun.pos_ != "PRON" and not resolver.resolve_name(noun)
    ]
    return [
        Actor(reporter + (t.agent or ""), t.text)
        if t.country in own and t.agent in PEOPLE and any(v in t.text for v in victims)
        else t
        for t in targets
    ]


def reporting_state(
    verb: Token, code: str, targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The doers of an act of state told in the passive with no doer named: the state whose
    report tells it, where its people were not the ones acted on ("the Chilean diplomat had
    been ordered to leave the country, Peru's foreign ministry announced": PERGOV → CHLGOV
    174; "Peru's interior ministry said six Bolivians had been detained": PERGOV → BOL 173).
    Only expulsions, arrests and other coercion or cuts in relations (roots 16 and 17), which
    only a state does, and the release of whom it holds ("Khan said the captured pilot would
    be released": Pakistan's intent to free him). A conviction is the state's courts' ("Peru's
    interior ministry said the six Bolivians had been sentenced to death": PERJUD)."""
    convicted = code == FOUND_GUILTY
    of_a_state = root_of(code) in STATE_ACT_ROOTS or code.startswith(RELEASE) or convicted
    if not targets or not of_a_state:
        return []
    # A release foretold is the holder's intent to release ("would be released").
    speakers = _reporting_state_body(verb, resolver, foretold=code.startswith(RELEASE))
    if any(t.country in {s.country for s in speakers} for t in targets):
        return []
    if convicted:
        return [Actor(s.country + JUDICIARY, s.text) for s in speakers]
    return speakers


def reported_interceptors(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Who stopped weapons a passive tells were intercepted or shot down, with no doer named:
    the state whose report tells it, where the story's attackers are others ("Iran fired 180
    missiles at Israel ... Israel's military said most of the missiles were intercepted":
    ISRMIL, whose fire is aimed at the launchers, `referents.intercepted_launchers`)."""
    if root_of(code) not in FORCE_ROOTS or verb.lemma_.lower() not in DEFENCE_VERBS:
        return []
    speakers = _reporting_state_body(verb, resolver)
    attackers = {a.country for a in resolver.context.acts.attackers}
    if not attackers or attackers & {s.country for s in speakers}:
        return []
    return speakers


def _reporting_state_body(
    verb: Token, resolver: ActorResolver, foretold: bool = False
) -> list[Actor]:
    """The state bodies of one country whose report tells a passive with no doer named ("...,
    Peru's foreign ministry announced"); none for one foretold ("would be punished": a
    threat, `demands`), unless `foretold` ones may be theirs."""
    if not is_passive(verb) or (is_future(verb) and not foretold):
        return []
    if any(prep == "by" for prep, _ in prepositions(verb)):
        return []
    speaking = telling_verb(verb)
    speakers = subject_actors(speaking, resolver) if speaking is not None else []
    if len({s.country for s in speakers}) != 1:
        return []
    return speakers if all(s.agent in STATE_BODIES for s in speakers) else []


def delivering_agency(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Who delivered aid that vehicles are told to have brought, with no giver named: the
    agency or aid group whose report tells it ("twenty trucks had brought food aid to Darfur,
    the World Food Programme said": IGOUNOWFP → SDN 073). Not a state, which may only have
    let the convoy through ("Egypt said 200 aid trucks entered Gaza")."""
    if root_of(code) != AID_ROOT:
        return []
    if not any(s.lemma_.lower() in DELIVERED_NOUNS for s in children(verb, "nsubj")):
        return []
    speaking = telling_verb(verb)
    speakers = subject_actors(speaking, resolver) if speaking is not None else []
    return [s for s in speakers if s.code.startswith(AID_GIVING_BODIES)]


def summoning_body(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Who summoned an envoy told in the passive with no doer named: the body its TO phrase
    names ("Chile's ambassador was summoned to the Peruvian foreign ministry": PERGOV →
    CHLGOV 114)."""
    if not code.startswith(COMPLAINT_CODE) or not is_passive(verb):
        return []
    bodies = [obj for prep, obj in prepositions(verb) if prep == "to"]
    return resolve_all(bodies, resolver, strict=True)


# The bodies that deliver aid themselves and report their own deliveries: international
# organisations and their agencies, and aid groups (`delivering_agency`).
AID_GIVING_BODIES = ("IGO", "NGO")
# Subjects that tell aid delivered without its giver: the vehicles, or the aid itself ("aid
# reached northern Gaza").
DELIVERED_NOUNS = CARRIER_NOUNS | {"aid", "supplies", "assistance", "relief", "shipment"}
# An official complaint (114), which summoning an envoy is (docs/conventions.md).
COMPLAINT_CODE = "114"
# Groups an appeal may be made to that no dictionary places: "urged democratic countries",
# "called on world leaders".
ADDRESSED_GROUPS = frozenset({"country", "nation", "state", "government", "leader", "community"})
# Acts only a state does (`reporting_state`), and the bodies that speak for it.
STATE_ACT_ROOTS = frozenset({"16", "17"})
STATE_BODIES = frozenset({None, "GOV", "MIL", "COP", "JUD"})
# People of no state or armed body: whose country the scene may have given them wrongly.
PEOPLE = frozenset({CIVILIANS, "AGR", "EDU", "LAB", "MED", "HLH", "REL", "REF", "BUS"})


def _names_civilians(noun: Token, resolver: ActorResolver) -> bool:
    """Whether the noun is people the dictionary makes civilians and no phrase places."""
    agents = [a for a in resolver.mentions.agents if a.covers(noun.i)]
    civilian = any(e.code == CIVILIANS for a in agents for e in a.entries)
    return civilian and not resolver.resolve(noun, strict=True)


def claimed_victims(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> list[Actor]:
    """The victims of the attack a claim of responsibility names no target for: the actors the
    claimed attack's own clause acts on ("claimed responsibility for the attack that killed
    12 US troops"), else the targets of the article's first use of force ("Taliban gunmen
    attacked a police post ... A Taliban commander claimed responsibility for the attack")."""
    if not pattern.code.startswith(CLAIM_CODE):
        return []
    claimed = [obj for prep, obj in verb_or_object_phrases(verb) if prep == "for"]
    return victims_of(claimed, verb, resolver)


def victims_of(acts: list[Token], verb: Token, resolver: ActorResolver) -> list[Actor]:
    """Whom the attacks the nouns `acts` name were made on, for a claim of them by `verb`: the
    actors a clause inside each act's phrase acts on ("the attack that killed 12 US troops",
    "the attack on a hotel that killed nine people"), else those its own phrases name ("the
    rocket attack on Tel Aviv"), else those of an act told beside the claim, else the targets
    of the article's first use of force."""
    clauses = [c for obj in acts for c in obj.subtree if c.dep_ in {"relcl", "acl"}]
    for clause in clauses:
        if found := _in_places(clause, ANY_PATTERN, resolver):
            return found
    # "said it was behind the rocket attack on Tel Aviv": the act's own phrases.
    for act in acts:
        if found := _in_places(act, ANY_PATTERN, resolver):
            return found
    # "Drones struck two oil plants in Saudi Arabia, and the Houthis claimed responsibility":
    # the act told beside the claim, whose doer the sentence does not name otherwise.
    for act in verb.conjuncts:
        if act.i < verb.i and (found := _in_places(act, ANY_PATTERN, resolver)):
            return found
    return list(resolver.context.acts.attacked)

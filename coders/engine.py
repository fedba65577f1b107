"""The coding engine: a parsed article in, CAMEO events out. Pure: no I/O, no globals."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import permutations, product
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from coders.actors import (
    ARMED_GROUP_AGENTS,
    BORDERS,
    CIVILIANS,
    COUNTRY_NOUNS,
    FIRST_PERSON_PRONOUNS,
    FORCE_AGENTS,
    PAIR,
    PLURAL_NOUN_TAGS,
    PRISONER_NOUNS,
    SUPPORTING_WORDS,
    UNKNOWN,
    ActorResolver,
)
from coders.aid import AID_NOUNS, aid_code, offers_aid
from coders.arguments import (
    ACCUSING_VERBS,
    AGREEMENT_NOUNS,
    CLAIM_CODE,
    DENY_CODE,
    DISAPPROVE_ROOT,
    HOST_CODE,
    MEDIATION_CODE,
    SENDING_VERBS,
    VISIT_CODE,
    VISIT_CODES,
    across_the_border,
    answered_doers,
    arguments,
    claimed_victims,
    condemned_doers,
    conditioned_party,
    delivering_agency,
    ended_act,
    has_partner,
    holders,
    is_aimed_beyond,
    is_between_sides,
    is_reciprocal,
    mediated_sides,
    mediations,
    placed_by_report,
    reported_interceptors,
    reported_victims,
    reporting_state,
    resolve_all,
    subject_actors,
    summed_act_doers,
    summoning_body,
    truce_sides,
    watched_show_of_force,
)
from coders.articles import Article
from coders.charges import charge_code
from coders.codebook import (
    AID_INTENT,
    AID_ROOT,
    APPEAL_ROOT,
    CONSULT_ROOT,
    DEMAND_ROOT,
    DEMANDING_ROOTS,
    FORCE_ROOTS,
    FOUND_GUILTY,
    INTENT_ROOT,
    MEETING_CODE,
    NON_STATE,
    RELATIONS_BROKEN,
    SHOW_OF_FORCE_ROOT,
    SIGN_CODE,
    STATEMENT_ROOT,
    SYMPATHY_CODE,
    THIRD_PLACE_MEETING_CODE,
    THREAT_ROOT,
    THREATEN,
    TRUCE,
    UNREALISED_ROOTS,
    VIOLENT_REPRESSION,
    expulsion_code,
    is_joint,
    is_mutual,
    release_code,
    root_of,
)
from coders.context import ArticleContext, StoryActs
from coders.cooperation import cooperation_code
from coders.criticism import (
    CRITICISE_CODE,
    blame_events,
    claim_events,
    criticism_events,
    made_by_a_complaint,
    mend_names_given,
    names_something,
    official_complainant,
    praise_events,
    rebuke_events,
)
from coders.demands import (
    demand_events,
    foretells_retribution,
    host_demand_code,
    vowed_threats,
)
from coders.dictionaries import NULL_CODE, VerbPattern
from coders.discovery import Discovered, discover
from coders.events import SentenceFacts, build_event
from coders.exchanges import TRADE_NOUNS, traded_releases
from coders.grammar import (
    ALLEGATION_NOUNS,
    ASPECT_VERBS,
    PRESENT_TAGS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    TIE_WORDS,
    aimed_by,
    children,
    clause_verb,
    first_of_coordination,
    governor,
    has_subject,
    helped_act,
    is_infinitive,
    is_passive,
    prepositions,
    settle_clauses,
)
from coders.lexicon import Lexicon
from coders.modality import (
    UNSPECIFIED_DEMAND,
    WILLING_ADJECTIVES,
    YIELD_ROOT,
    PatternOf,
    Upper,
    agreed_intent,
    announced_code,
    asked_code,
    defers_to_governor,
    force_not_ruled_out,
    intended_code,
    intent_code,
    is_agreed_clause,
    is_background,
    is_bare_agreement,
    is_directly_negated,
    is_for_later,
    is_future,
    is_habitual,
    is_hypothetical,
    is_mandated,
    is_negated,
    is_possible,
    is_refused,
    negated_code,
    obligation,
    stated_intent,
    stopped_code,
    threatened_code,
)
from coders.nouns import PARTNER_PREPS, noun_events, setting_partners
from coders.outlook import PESSIMISTIC_CODE, outlook_events, tells_a_feeling
from coders.places import (
    SHOW_OF_FORCE,
    carried_forward,
    countries_of,
    drills_aimed_at,
    locate,
    meeting_code,
    place_targets,
    placed_victims,
    remit_names,
    scene_countries,
    text_names,
    water_names,
)
from coders.protests import (
    ECONOMIC_MEASURE_NOUNS,
    MILITARY_FORCE,
    SANCTIONS,
    SOLDIERS,
    contested_result,
    demonstration,
    domestic_curb_code,
    eased_measure_code,
    foreign_ban_code,
    gathered_to_celebrate,
    governed_at_the_border,
    governed_target,
    implied_targets,
    protest_code,
    protested_missions,
    repressing_government,
    threatened_people,
    told_by_its_arrests,
    told_in_protest,
    with_their_demands,
    without_sufferers,
)
from coders.records import Actor, Coded, Event
from coders.referents import (
    ACCORD_NOUNS,
    ATTACK_NOUNS,
    DE_ESCALATION_CODES,
    EASING_ASKED_CODES,
    JOIN,
    attacked_people,
    detainers_asked,
    followed_acts,
    intercepted_launchers,
    names_an_act_told,
    referred_attackers,
    referred_targets,
    sanctioners_asked,
    sanctions_eased,
    similar_act_targets,
    victims_across_the_front,
)
from coders.screens import DiscardVerdict
from coders.speech import NOBODY, attributing_verb, reporting_verb, tellers_of
from coders.territory import seizure_code
from coders.verbs import mark_names
from coders.weapons import DEFENCE_VERBS, killing_code, weapon_code, wounding_code

# Verbs of responding, whose BY phrase tells the act of the response.
RESPONSE_VERBS = frozenset({"respond", "react", "retaliate", "reply", "answer", "hit"})
# Links along which an infinitive's coordinated or subordinate verbs hang: "to halt the
# fighting, setting up trade and restoring relations".
INFINITIVE_CHAIN_DEPS = frozenset({"conj", "advcl"})
# A violent protest and the repression the CAMEO file pairs with it (`_one_way_clash`).
CLASH_ROOTS = frozenset({"14", "17"})
# The mediation of a meeting or agreement held under someone's auspices (`arguments.sponsors`).
SPONSORED = VerbPattern(
    "under", MEDIATION_CODE, (), (), "(the auspices of)", "eventcoder-rule:sponsor"
)
# CAMEO's "make statement, not specified below": what a statement says is the event, not that
# it was made ("Peru told Chile that ...": only what Peru told).
GENERIC_STATEMENT = "010"
# The agent of the press: news agencies, reporters, journalists.
MEDIA = "MED"
# Material cooperation: joint exercises, troops sent to work with another's.
MATERIAL_COOPERATION_ROOT = "06"
# Material cooperation and aid, and the agents of a state that do not receive them from it.
HELPING_ROOTS = frozenset({MATERIAL_COOPERATION_ROOT, "07"})
STATE_AGENTS = frozenset({"GOV", "MIL", "COP"})
# Military protection or peacekeeping, given to another (`_own_forces`).
PROTECTION = "074"
# Acts that a state does with its own forces, not to them: shows of force, material
# cooperation (sending troops), yielding (`_own_forces`).
OWN_FORCE_ROOTS = frozenset({SHOW_OF_FORCE_ROOT, MATERIAL_COOPERATION_ROOT, YIELD_ROOT})
# A military retreat: from others' land or forces only.
RETREAT = "0874"
# An appeal for, and a demand of, a withdrawal.
WITHDRAWAL_ASKED = frozenset({"0256", "106"})
# Words of an act done by one side alone ("a unilateral ceasefire").
UNILATERAL_WORDS = frozenset({"unilateral", "unilaterally"})


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
    sentence-level one, its sentence (`Discards.sentence`)."""
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
    unparsed: Mapping[int, frozenset[str]] = MappingProxyType({}),
) -> list[Event]:
    """Code parsed sentences of one article, in order, each with its index in the article;
    `unparsed` gives the countries of the sentences triage skipped, by index."""
    walk = walk_sentences(sentences, article, lexicon, unknown_actors, coreference, unparsed)
    return carried_forward([event for step in walk for event in step.events])


@dataclass(frozen=True)
class SentenceStep:
    """One sentence as the coder saw it: its actor resolver (with what the article said
    before it) and the events it coded."""

    index: int
    sentence: Span
    resolver: ActorResolver
    discarded: DiscardVerdict
    events: list[Event]
    # People and organisations the sentence named that no dictionary lists, with their codes.
    discovered: list[Discovered]


def walk_sentences(
    sentences: Iterable[tuple[int, Span]],
    article: Article,
    lexicon: Lexicon,
    unknown_actors: bool = False,
    coreference: bool = True,
    unparsed: Mapping[int, frozenset[str]] = MappingProxyType({}),
) -> Iterator[SentenceStep]:
    """Code parsed sentences of one article in order, carrying what each says forward, and
    the countries of the sentences between them that triage skipped (`unparsed`)."""
    context = ArticleContext(article.date)
    skipped = sorted(unparsed.items())
    for index, sentence in sentences:
        while coreference and skipped and skipped[0][0] < index:
            context = context.with_countries(skipped.pop(0)[1])
        mend_names_given(sentence)
        settle_clauses(sentence)
        mentions = lexicon.actors.mentions(sentence).without(
            text_names(sentence, lexicon.gazetteer) | water_names(sentence) | remit_names(sentence)
        )
        if coreference:
            mentions = mentions.with_aliases(sentence, context.aliases)
        mark_names(sentence, ((m.start, m.end) for m in mentions.actors))
        named = mentions.countries(article.date)
        placing = mentions.countries(article.date, sentence.doc)
        if not named:
            # Where the sentence names no country, a place only the gazetteer knows places its
            # people ("police in Arequipa" are Peru's).
            story = [country for country, _ in context.countries]
            taken = frozenset(i for m in mentions.actors for i in range(m.start, m.end))
            placing = scene_countries(sentence, lexicon.gazetteer, story, taken)
        # PETRARCH's style (`unknown_actors`) leaves an agent no phrase places as `---`.
        doing = mentions.subject_countries(article.date, sentence.doc)
        states = mentions.states_only(article.date, sentence.doc)
        acted_on = mentions.acted_on_countries(article.date, sentence.doc)
        home = (
            context.home(named, placing, doing, states, acted_on)
            if coreference and not unknown_actors
            else None
        )
        resolver = ActorResolver(mentions, context, unknown_actors, coreference, home=home)
        discarded = lexicon.discards.sentence(sentence, article.date.year)
        coded = (
            []
            if discarded.whole
            else code_sentence(sentence, index, article, lexicon, resolver, discarded.skipped)
        )
        # A name met again later is coded as the sentence that introduced it says.
        found = discover(sentence, index, resolver) if coreference else []
        yield SentenceStep(index, sentence, resolver, discarded, coded, found)
        if coreference:
            aliases = lexicon.actors.aliases(mentions, sentence)
            for name in found:
                aliases.update(dict.fromkeys(name.keys(), name.entries()))
            context = context.after_sentence(
                aliases,
                sentence_actors(sentence, resolver, coded),
                main_subject(sentence, resolver),
                named,
                coded,
                speakers(sentence, resolver),
                has_plural_subject(sentence),
            )


def code_sentence(
    sentence: Span,
    index: int,
    article: Article,
    lexicon: Lexicon,
    resolver: ActorResolver,
    skipped: frozenset[int] = frozenset(),
) -> list[Event]:
    """The events of one sentence, leaving out those of the `skipped` words (background a
    discard phrase marks: `screens.Discards.sentence`)."""
    # One event per dyad and code in a sentence, from the first verb that codes it: "agreed to
    # restore relations" is one event, though both verbs code it.
    events: dict[tuple[str, str, str], Event] = {}
    found = [coded for verb in sentence for coded in code_verb(verb, lexicon, resolver)]
    found += noun_events(sentence, resolver, found)
    found = lexicon.speech.apply(found, lambda told: _speakers_of(told, resolver))
    # docs/conventions.md: a statement is coded by what it says, so a bare statement (010) is
    # no event, and keeps no rule below from coding what it says.
    found = [coded for coded in found if coded.code != GENERIC_STATEMENT]
    found += criticism_events(sentence, resolver, found)
    found += praise_events(sentence, resolver, found)
    found += blame_events(sentence, resolver, found)
    found += rebuke_events(sentence, resolver, found)
    found += claim_events(sentence, resolver, found)
    found += demand_events(sentence, resolver, found)
    found += outlook_events(sentence, resolver, found)
    found += followed_acts(sentence, resolver)
    found += traded_releases(resolver, found)
    found = told_by_its_arrests(with_their_demands(made_by_a_complaint(vowed_threats(found))))
    found = _told_by_its_attack(found)
    found = [coded for coded in found if coded.verb.i not in skipped]
    if not found:
        return []
    # The issues are read only for a sentence with events: most parsed sentences have none.
    issues = lexicon.issues.codes(sentence)
    facts = SentenceFacts(article, sentence, index, issues, lexicon.codebook, lexicon.provenance)
    for coded in found:
        place = (
            locate(
                coded.verb,
                sentence,
                lexicon.gazetteer,
                countries_of((coded.source.code, coded.target.code)),
                dateline=article.dateline,
                force=root_of(coded.code) in FORCE_ROOTS,
            )
            if lexicon.gazetteer is not None
            else None
        )
        code = meeting_code(coded.code, place, coded.source.code, coded.target.code)
        for source, target in _sides(coded, code):
            event = build_event(facts, coded.verb, coded.pattern, source, target, code, place)
            events.setdefault((event.source_code, event.target_code, event.event_code), event)
    return list(events.values())


# Verbs of an attack's toll, told by a participle after it ("fired on protesters, killing
# three"): the attack's, not an event of its own (`_told_by_its_attack`). Not a wounding,
# which may be the act's own ("shot at the candidate, wounding him": an assault).
TOLL_VERBS = frozenset({"kill"})


def _told_by_its_attack(found: list[Coded]) -> list[Coded]:
    """An attack's toll told by a participle after it is the attack's where the attack names
    the people it killed: "gunmen opened fire on tourists, killing 26 people" is one use of
    force, as the development set codes such sentences. Where the attack names only a place
    or a country ("a missile hit an apartment block in Kharkiv, killing three people"), no
    one ("the gunmen fired sporadically, killing a resident"), or other people, the toll
    tells whom it hit."""
    hit: dict[tuple[int, str], list[Actor]] = {}
    for c in found:
        if _uses_force(c.code):
            hit.setdefault((c.verb.i, c.source.code), []).append(c.target)
    return [c for c in found if not _toll_of(c, hit)]


def _uses_force(code: str) -> bool:
    """Force, or violent repression (175: "police opened fire on protesters")."""
    return root_of(code) in FORCE_ROOTS or code.startswith(VIOLENT_REPRESSION)


def _toll_of(coded: Coded, hit: dict[tuple[int, str], list[Actor]]) -> bool:
    """Whether the event is told by a participle of killing after a verb whose force, by the
    same doers, hit the people the toll names (`_told_by_its_attack`)."""
    verb = coded.verb
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_.lower() not in TOLL_VERBS:
        return False
    for head in {verb.head.i, first_of_coordination(verb.head).i}:
        if coded.target.code in {t.code for t in hit.get((head, coded.source.code), [])}:
            return True
    return False


# Verbs of a meeting that both sides hold (not "joined", "attended").
MEETING_VERBS = frozenset({"meet", "talk", "confer", "hold"})
# Verbs of a meeting or a visit made to someone: an appeal the meeting is for is made to the
# one met (`_appealed_to_at_a_meeting`).
HOSTED_VERBS = MEETING_VERBS | {"visit"}


def _speakers_of(told: Token, resolver: ActorResolver) -> list[Actor]:
    """Who says what a verb of speaking or an ACCORDING TO phrase reports: the verb's subject,
    or the phrase's object (`speech.tellers_of`)."""
    if tellers := tellers_of(told):
        return resolve_all(tellers, resolver, strict=True)
    return subject_actors(told, resolver)


def _sides(coded: Coded, code: str) -> list[tuple[Actor, Actor]]:
    """The dyads an event is coded for: its own, and the reverse for a meeting its clause
    places in a third country, which both sides hold ("the Philippine minister met his
    Vietnamese counterpart in Singapore": 044 each way, as the development set and the
    codebook sentences code it). A dictionary's own 044 ("attended a summit"), and a meeting
    joined, keep their direction, as PETRARCH's gold standards code them."""
    placed = coded.code == MEETING_CODE and code == THIRD_PLACE_MEETING_CODE
    if placed and coded.verb.lemma_.lower() in MEETING_VERBS and coded.target.code:
        return [(coded.source, coded.target), (coded.target, coded.source)]
    return [(coded.source, coded.target)]


@dataclass(frozen=True)
class VerbDecision:
    """What the coder made of one verb: the pattern it matched in the dictionaries, the
    pattern it codes with once its clause is read (None: it codes nothing), and why, in
    words (`eventcoder explain` prints this)."""

    matched: VerbPattern | None
    pattern: VerbPattern | None
    reason: str


def decide_verb(verb: Token, lexicon: Lexicon) -> VerbDecision:
    """Whether and with which pattern a verb codes, before its actors are looked for."""
    if not _may_code(verb):
        return VerbDecision(None, None, "not a verb")
    if stated_intent(verb) is not None:
        return _stated_intent_decision(verb, lexicon)
    if _sets_the_scene(verb, lexicon):
        # A verb in a prepositional phrase ("before leaving for Beijing", "by promoting
        # biofuels", "committed to halting the fighting and restoring ties") sets the scene of
        # the main event, or is its aim, rather than reporting one.
        return VerbDecision(None, None, "in a prepositional phrase: sets the scene")
    if (no_act := _no_act_of_its_own(verb)) is not None:
        return VerbDecision(None, None, no_act)
    if _tells_an_aspect(verb):
        return VerbDecision(None, None, "how the verb under it goes: that verb codes it")
    matched = _chain_or_verb_pattern(verb, lexicon) or told_in_protest(verb)
    if matched is None:
        # The rules below tell why a matched pattern does not code; with none, nothing does.
        return _unmatched(verb)
    upper = _governing_pattern(verb, lexicon)
    if _states_an_intent(verb, lexicon):
        return VerbDecision(matched, None, "states an intent: its noun's infinitive codes it")
    if (other := _coded_by_another_verb(verb, upper, matched, lexicon)) is not None:
        return VerbDecision(matched, None, other)
    if (not_now := _not_of_the_story_time(verb)) is not None:
        return VerbDecision(matched, None, not_now)
    if is_mandated(verb):
        # "requested that the UN pull its force out": asked for, not done.
        return VerbDecision(matched, None, "asked or required (a subjunctive): not done")
    if obligation(verb) and not (matched and any(t.before for t in matched.terms)):
        # "Chile must withdraw", "should attack": owed, not done (`coders/demands.py`); unless
        # the pattern reads the modal itself (PETRARCH's `INDICATED * SHOULD ACT`).
        return VerbDecision(matched, None, "an obligation: not done")
    return _pattern_in_context(verb, upper, matched, lexicon)


def _unmatched(verb: Token) -> VerbDecision:
    """A verb no pattern matched: it codes nothing, unless it keeps force open ("did not rule
    out military action", a threat: `modality.force_not_ruled_out`)."""
    if force_not_ruled_out(verb):
        return VerbDecision(None, FORCE_KEPT_OPEN, "force not ruled out: a threat")
    return VerbDecision(None, None, "no pattern")


# Force kept open ("did not rule out military action"): a threat of force.
FORCE_KEPT_OPEN = VerbPattern(
    "rule out", "138", (), (), "(force not ruled out)", "eventcoder-rule:force-not-ruled-out"
)


def _coded_by_another_verb(
    verb: Token,
    upper: tuple[Token, VerbPattern | None] | None,
    matched: VerbPattern | None,
    lexicon: Lexicon,
) -> str | None:
    """Why another verb of the clause codes what this one tells, or None."""
    if defers_to_governor(verb, upper, _codeable(lexicon)) or _aims_an_act_not_done(verb, lexicon):
        return "the verb above codes it (appeal, demand, chain)"
    if _sent_to_attack(verb, matched, lexicon):
        return "forces sent to attack: the attack codes it"
    if _answered_by_an_act(verb, lexicon):
        return "a response told by its act: the act codes it"
    if _aim_of_a_meeting(verb, matched, lexicon):
        return "what a meeting, mediation or appeal is for: not done"
    return None


# Acts whose purpose infinitive is what they are for, not done (`_aim_of_a_meeting`).
AIMING_ROOTS = frozenset({CONSULT_ROOT, APPEAL_ROOT, DEMAND_ROOT})


def _aim_of_a_meeting(verb: Token, matched: VerbPattern | None, lexicon: Lexicon) -> bool:
    """Whether a purpose infinitive tells what talks, a meeting or a mediation are for: "held
    talks to ease tensions", "mediated between Israel and Hamas to end the fighting" code the
    talks (04), not an easing or a ceasefire that has not happened; so does an appeal or a
    demand ("appealed for $2.5 billion to help people in Sudan": the appeal, not the help). A
    consultation as the aim ("held talks to discuss the nuclear programme") is part of the
    meeting and codes, and so is an appeal ("visited NATO headquarters to appeal for air
    defence systems") or a demand ("protesters travelled to Lima to demand the president's
    resignation"), made by going there."""
    head = aimed_by(verb)
    if (
        head is None
        or has_subject(verb)
        or matched is None
        or root_of(matched.code) in (CONSULT_ROOT, APPEAL_ROOT, DEMAND_ROOT)
    ):
        return False
    above = _chain_or_verb_pattern(head, lexicon) if _may_code(head) else None
    return above is not None and root_of(above.code) in AIMING_ROOTS


def _answered_by_an_act(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of responding tells the act it responded with, which codes: "Beijing
    retaliated by shutting the US consulate" breaks relations (161) and attacks no one (the
    CAMEO file's bare RETALIATE, 190); "responded by expelling two diplomats" expels them."""
    acts = [act for prep in children(verb, "prep") for act in children(prep, "pcomp")]
    return any(
        _responds_by(act) and _may_code(act) and lexicon.verbs.match(act) is not None
        for act in acts
    )


def _sent_to_attack(verb: Token, matched: VerbPattern | None, lexicon: Lexicon) -> bool:
    """Whether forces or aid sent are the means of an attack their infinitive tells: "sent
    F-16 jets to bomb Cambodian targets" gives Cambodia no military aid (the CAMEO file's
    SEND * &AIRCRAFT, 072), nor do "sent troops to attack rebel camps in Bolivia" cooperate
    with Bolivia's army (SEND * &MILITARY, 062); "sent jets to Ukraine to defend its skies"
    still aids Ukraine."""
    if matched is None or root_of(matched.code) not in SENT_FORCES_ROOTS:
        return False
    if verb.lemma_.lower() not in SENDING_VERBS:
        return False
    purposes = [c for c in children(verb, "advcl", "xcomp") if is_infinitive(c)]
    patterns = [lexicon.verbs.match(c) for c in purposes]
    return any(p is not None and root_of(p.code) in FORCE_ROOTS for p in patterns)


# What forces or arms sent are coded as where no attack is their aim: military cooperation
# (062) or aid (072).
SENT_FORCES_ROOTS = frozenset({MATERIAL_COOPERATION_ROOT, AID_ROOT})


# Pronouns by which a speaker tells of its own act: "Turkey said it may launch an operation".
SPEAKERS_OWN_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})


def _said_of_itself(verb: Token) -> bool:
    """Whether a speaker tells the act as its own ("Turkey said it may launch", "the Kremlin
    said it would retaliate"); not one it says it could not do ("said it could not support
    the two applications": a refusal)."""
    above = verb.head
    if verb.dep_ != "ccomp" or above.lemma_.lower() not in SAYING_VERBS:
        return False
    if is_directly_negated(verb):
        return False
    subjects = children(verb, "nsubj")
    return bool(subjects) and all(s.lower_ in SPEAKERS_OWN_PRONOUNS for s in subjects)


def _possible_for_itself(verb: Token) -> bool:
    """Whether a speaker says it may or could do the act: "Turkey said it may launch a new
    operation in Syria", "China said it could impose sanctions on American firms"."""
    return is_possible(verb) and _said_of_itself(verb)


def _force_foretold_at_no_one(verb: Token, matched: VerbPattern) -> bool:
    """Whether a speaker says it will use force at no one its object names: "the Kremlin said
    it would retaliate", "the army said it would step up its strikes" are threats (138),
    aimed at the story's other side or the phrase's target, where PETRARCH's `a (a b ATTACK)
    SAY` has no one to code them against. Force announced at a name ("said they will attack
    Iraq") stays that rule's (015), as PETRARCH-2's gold standard codes it."""
    named = [o for o in children(verb, "dobj") if o.pos_ in {"PROPN", "PRON"}]
    if root_of(matched.code) not in FORCE_ROOTS or named:
        return False
    return is_future(verb) and _said_of_itself(verb)


def _act_reread(verb: Token, matched: VerbPattern, lexicon: Lexicon) -> VerbDecision | None:
    """The act a verb's modal or the gerund under it makes of its pattern: announced as
    possible by its speaker (`_possible_for_itself`) or as force at no one
    (`_force_foretold_at_no_one`), or aid or talks stopped (`_stopped_giving`); None where
    none is."""
    if _possible_for_itself(verb) or _force_foretold_at_no_one(verb, matched):
        return _possibility_decision(matched)
    return _stopped_giving(verb, matched, lexicon)


# Verbs that stop the act of the gerund under them ("stopped supplying weapons").
HALTING_VERBS = frozenset({"stop", "halt", "cease", "suspend", "end"})


def _stopped_giving(verb: Token, matched: VerbPattern, lexicon: Lexicon) -> VerbDecision | None:
    """Aid or negotiations a verb of stopping stops are cut: "Poland stopped supplying weapons
    to Ukraine" is a cut in military aid (1622), not the CAMEO file's STOP * WEAPON, a halt to
    fighting (087); "stopped negotiating" halts negotiations (164)."""
    if verb.lemma_.lower() not in HALTING_VERBS:
        return None
    for gerund in children(verb, "xcomp"):
        given = _chain_or_verb_pattern(gerund, lexicon) if gerund.tag_ == "VBG" else None
        if given is not None and (cut := stopped_code(given.code)) is not None:
            coded = replace(matched, code=cut, reverse=None)
            return VerbDecision(matched, coded, f"the act under it stopped: {cut}")
    return None


def _possibility_decision(matched: VerbPattern) -> VerbDecision:
    """An act its speaker says it may or could do is not done: announced, it is a threat
    where hostile (138, 1312), an intent where cooperative (033), as an act it says it will do
    is (`speech._announced_act`); else nothing."""
    code = intended_code(matched.code) or threatened_code(matched.code)
    if code is None:
        return VerbDecision(matched, None, "an act its speaker says it may do: not done")
    coded = replace(matched, code=code, reverse=None)
    return VerbDecision(matched, coded, f"an act its speaker says it may do: {code}")


def _aims_an_act_not_done(verb: Token, lexicon: Lexicon) -> bool:
    """ "Threatened to deploy the military to end the protests": the aim of an act that is
    only threatened, demanded or asked for has not happened either; the verb above codes.
    The aim of an act agreed to is its intent's, as the act is (`intent_code`)."""
    head = aimed_by(verb) or _patternless_governor(verb, lexicon)
    if head is None or has_subject(verb):
        return False
    if _appeals_itself(head, lexicon):
        # "called for an international force to help the police": the help is the force's,
        # asked for, not done.
        return True
    upper = _governing_pattern(head, lexicon)
    asked = (
        upper is not None and upper[1] is not None and root_of(upper[1].code) in UNREALISED_ROOTS
    )
    return asked and defers_to_governor(head, upper, _codeable(lexicon))


def _appeals_itself(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb demands or threatens, or appeals by a pattern that names what it asks
    for ("call for", "appeal for"): a bare reporting verb may be the dictionaries' appeal too
    (`codebook.DEMANDING_ROOTS`)."""
    pattern = _chain_or_verb_pattern(verb, lexicon) if _may_code(verb) else None
    if pattern is None or root_of(pattern.code) not in UNREALISED_ROOTS:
        return False
    return bool(pattern.terms) or root_of(pattern.code) in DEMANDING_ROOTS


def _sets_the_scene(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is in a prepositional phrase, itself or through the verbs of trying and
    planning above it: "accused Azerbaijan of seeking to attack villages" (attack → seeking,
    the object of OF) is the accusation's matter, not an attack; so is a relative clause on
    a noun of that matter."""
    first = first_of_coordination(verb)
    while first.dep_ == "xcomp" and not has_subject(first):
        first = first_of_coordination(first.head)
    doing = any(s.lower_ in RELATIVE_PRONOUNS for s in children(first, "nsubj"))
    if first.dep_ == "relcl" and doing and (describing := clause_verb(first.head)) is not None:
        # "accused Benin of hosting French troops who were training militants": what a noun
        # of the scene does in a clause on it is the scene's too (not "which Lima denied").
        return _sets_the_scene(describing, lexicon)
    return (
        first.dep_ == "pcomp"
        and not _responds_by(first)
        and not _joined_in(first)
        and _intending_governor(first, lexicon) is None
    )


def _patternless_governor(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb a complement with no subject hangs on where that verb has no pattern of its
    own: "threatened to use all means [to defend] Russia", which the parser reads as USE's
    complement, is the aim of using them; else None."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not _may_code(head):
        return None
    return head if _chain_or_verb_pattern(head, lexicon) is None else None


def _aim_of_an_owed_act(verb: Token) -> bool:
    """ "Israel must do more to protect civilians": the purpose infinitive of an act owed is
    owed too, not done."""
    purpose = verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    return purpose and obligation(verb.head) is not None


def _tells_an_aspect(verb: Token) -> bool:
    """ "continued to flee into Chad", "kept attacking", "began withdrawing": a verb that says
    only how the act under it goes; that act codes, and the aspect verb's own patterns (the
    CAMEO file's CONTINUE * INTO, 190) do not read the act's phrases as its own."""
    return verb.lemma_.lower() in ASPECT_VERBS and any(
        c.pos_ == "VERB" for c in children(verb, "xcomp")
    )


# Participles of a captivity (and of the conviction that held them: "released a Russian
# assassin convicted of murder"), and the verbs that end one.
HOLDING_WORDS = frozenset(
    {"held", "detained", "jailed", "imprisoned", "captured", "kidnapped", "convicted", "sentenced"}
)
FREEING_VERBS = frozenset({"release", "free", "swap", "exchange", "repatriate"})


def _held_till_freed(verb: Token) -> bool:
    """Whether a participle tells the captivity of those a verb frees: "released five
    Iranians held in American prisons", "freed hostages kidnapped in October" tell one
    release, not a detention besides; so does one of those given in return (`coders.exchanges`)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lower_ not in HOLDING_WORDS:
        return False
    freed = verb.head
    if freed.dep_ == "pobj" and freed.head.head.lemma_.lower() in TRADE_NOUNS:
        return True  # "in exchange for a businessman jailed in Santiago": freed in return
    return freed.dep_ in {"dobj", "nsubjpass"} and freed.head.lemma_.lower() in FREEING_VERBS


def _no_act_of_its_own(verb: Token) -> str | None:
    """Why a verb tells no act at all (what a noun aims at, what a stopped text says, a name
    given), or None."""
    if _aim_of_a_noun(verb):
        return "what a noun aims at: not an event"
    if _support_told(verb):
        return "who backs a noun: a standing tie, not an event"
    if _tie_told(verb):
        return "what a noun is linked to: a standing tie, not an event"
    if _wish_described(verb):
        return "what the people a clause describes wish: not an event"
    if foretells_retribution(verb):
        # "vowed that the United States would pay a heavy price": a threat by the one who
        # says it (`coders/demands.py`), no payment.
        return "a price foretold: the speaker's threat codes it"
    if _held_till_freed(verb):
        return "who held those freed: told in passing, the release codes"
    if _text_stopped(verb):
        return "what a vetoed or blocked text says: not said"
    if _claimed(verb):
        return "what a report or claim says: not told as a fact"
    if names_something(verb):
        # "called the drills a provocation": a criticism if anything (`coders/criticism.py`),
        # not a telephone call.
        return "names something: no act of its own"
    if tells_a_feeling(verb):
        return "a feeling told in the passive: the outlook rule codes it"
    return None


# The verbs of the standing ties of support (`actors.SUPPORTING_WORDS`) and the participles
# of control, which tell a standing state in a relative clause or in passing.
SUPPORTING_VERBS = frozenset({"back", "support", "sponsor", "fund", "finance"})
CONTROLLED_WORDS = frozenset({"controlled", "dominated"})


# Verbs of wishing, which in a relative clause describe people rather than tell an act.
WISHING_VERBS = frozenset({"want", "wish", "hope", "desire"})


def _wish_described(verb: Token) -> bool:
    """ "Americans and Afghans who wanted to leave the country": a wish that describes the
    people a relative clause hangs on, no intent to cooperate (the CAMEO file's bare WANT,
    030) between them."""
    return verb.lemma_.lower() in WISHING_VERBS and verb.dep_ == "relcl"


def _support_told(verb: Token) -> bool:
    """Whether a verb tells who backs or controls a noun, in passing: "M23 rebels backed by
    Rwanda seized Goma", "struck the militias it backs", "Peru's Congress, controlled by the
    opposition, rejected the budget"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.lower_ in SUPPORTING_WORDS | CONTROLLED_WORDS
    present = verb.dep_ == "relcl" and verb.tag_ in PRESENT_TAGS
    return present and verb.lemma_.lower() in SUPPORTING_VERBS


def _tie_told(verb: Token) -> bool:
    """Whether a participle of a tie with a TO phrase and no object tells what something is
    linked to ("struck 85 targets in Iraq and Syria linked to Iran's Revolutionary Guards",
    even where the parser makes Syria its subject), not a link made; "linked the attack to
    Iran" makes one."""
    told = verb.lower_ in TIE_WORDS and any(c.lower_ == "to" for c in children(verb, "prep"))
    return told and not children(verb, "dobj")


def _not_of_the_story_time(verb: Token) -> str | None:
    """Why a verb tells no event of the story's time (a condition or a time to come, the aim
    of an act owed, a habit, the background of a SINCE clause), or None."""
    if is_hypothetical(verb) and not _possible_for_itself(verb):
        return "a condition or a time still to come"
    if _aim_of_an_owed_act(verb):
        return "the aim of an act owed: not done"
    if is_habitual(verb):
        return "a habit: not an event"
    if is_background(verb):
        return "background (a SINCE clause): not an event"
    return None


def _stated_intent_decision(verb: Token, lexicon: Lexicon) -> VerbDecision:
    """What a noun aims at is no event, except an intent its subject states: "expressed its
    willingness to cooperate with Peru" is the intent to cooperate (030), "announced its
    plan to send aid" 033, "its determination to strike" a threat (138)."""
    matched = _chain_or_verb_pattern(verb, lexicon)
    if matched is None:
        return VerbDecision(None, None, "an intent stated, of no act the dictionaries code")
    code = announced_code(matched.code)
    if code is None:
        return VerbDecision(matched, None, "what a noun aims at: not an event")
    coded = replace(matched, code=code, reverse=None)
    return VerbDecision(matched, coded, f"a stated intent: {code}")


def _states_an_intent(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's object is an intent noun whose infinitive codes the intent
    ("expressed its willingness to cooperate"): the statement is that intent, not 110 or 013
    of its own."""
    nouns = children(verb, "dobj", "attr")
    clauses = [c for n in nouns for c in children(n, "acl")]
    clauses += [c for n in nouns for p in children(n, "prep") for c in children(p, "pcomp")]
    return any(
        stated_intent(clause) == verb and _stated_intent_decision(clause, lexicon).pattern
        for clause in clauses
    )


def _aim_of_a_noun(verb: Token) -> bool:
    """ "its commitment to support the people of Gaza", "efforts to end the war", "a plan to
    attack": an infinitive describing a noun tells what the noun aims at, not an event; so
    does one the parser hangs on a verb of agreeing whose object is an agreement ("inked a
    deal to share intelligence")."""
    if verb.dep_ == "acl" and is_infinitive(verb) and verb.head.pos_ == "NOUN":
        return True
    above = verb.head
    agreement = any(o.lemma_.lower() in AGREEMENT_NOUNS for o in children(above, "dobj"))
    return verb.dep_ == "advcl" and is_infinitive(verb) and agreement


def _text_stopped(verb: Token) -> bool:
    """ "vetoed a resolution condemning the annexation", "blocked an EU statement criticising
    China": what a text that was vetoed or blocked would have said was never said. (A text
    rejected after it was issued was: "rejected a G7 statement accusing it of coercion".)"""
    text = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and text.dep_ == "dobj"
        and text.head.lemma_.lower() in STOPPING_VERBS
    )


def _claimed(verb: Token) -> bool:
    """ "denied reports that it had sent drones to Russia", "dismissed claims that its troops
    fired on civilians": the clause of a report, claim or allegation says what someone else
    asserts, which the sentence does not tell as a fact (and often denies)."""
    claim = verb.head
    return (
        verb.dep_ in {"acl", "ccomp"}
        and claim.pos_ == "NOUN"
        and claim.lemma_.lower() in CLAIM_NOUNS
    )


# Texts whose issuer speaks through them: "Hamas issued a statement".
STATEMENT_NOUNS = frozenset({"statement", "communique"})
# Nouns whose clause is what they assert (`_claimed`).
CLAIM_NOUNS = ALLEGATION_NOUNS | {"report", "rumour", "rumor", "assertion"}


# Police mobilised (153), and the protection police or troops give abroad (074).
MOBILISED_POLICE = "153"
PEACEKEEPING = "074"

# CLASH, which is fighting (190) between forces and criticism (111) between those who speak
# for a state: its government, lawmakers and former leaders (not the opposition, whose
# protesters clash in the streets).
CLASH = "clash"
# Verbs of fighting that two sides do to each other when no object is named.
MUTUAL_FIGHTING_VERBS = frozenset({CLASH, "fight", "battle", "skirmish"})
SPEAKING_ROLES = frozenset({"GOV", "LEG", "ELI"})

# Verbs that keep a text from being adopted or issued (`_text_stopped`).
STOPPING_VERBS = frozenset({"veto", "block", "thwart", "scuttle", "torpedo"})


def _joined_in(verb: Token) -> bool:
    """ "joined Peru in condemning the coup": the act another is joined in is done."""
    prep = verb.head
    return prep.lower_ == "in" and prep.head.lemma_.lower() == JOIN


def _responds_by(verb: Token) -> bool:
    """ "responded by expelling a diplomat", "reacted by throwing stones": the act a response
    is made of is the event."""
    prep = verb.head
    return prep.lower_ == "by" and prep.head.lemma_.lower() in RESPONSE_VERBS


def code_verb(verb: Token, lexicon: Lexicon, resolver: ActorResolver) -> list[Coded]:
    """The dyads one verb codes through its best pattern."""
    pattern = decide_verb(verb, lexicon).pattern
    if pattern is None:
        return []
    sources, targets = arguments(verb, pattern, resolver)
    sources = sources or _unnamed_sources(verb, pattern.code, targets, resolver)
    referred = [] if sources else referred_attackers(verb, pattern.code, targets, resolver)
    sources = sources or referred
    pattern = demonstration(verb, pattern, sources, in_passing=_is_participle(verb))
    pattern = _hosted_pattern(verb, _welcomed_guest(verb, pattern, resolver))
    named = protested_missions(verb, pattern, resolver) or _others_named(
        verb, pattern.code, sources, targets, resolver
    )
    implied = [] if named else implied_targets(pattern, sources, _is_participle(verb))
    targets = named or implied or _unnamed_targets(verb, pattern, sources, resolver, lexicon)
    pattern = _police_abroad(verb, pattern, sources, targets, lexicon)
    pattern = _verbal_clash(verb, pattern, sources, targets)
    pattern = _economic_retaliation(verb, pattern)
    pattern = _left_an_organisation(pattern, targets)
    targets = placed_victims(verb, pattern.code, sources, targets, lexicon.gazetteer)
    targets = governed_at_the_border(verb, pattern.code, sources, targets, resolver)
    targets = _doers_disapproved(verb, pattern, sources, targets, resolver)
    targets = placed_by_report(verb, pattern.code, sources, targets, resolver)
    targets = attacked_people(targets, referred, resolver)
    targets = victims_across_the_front(
        verb, pattern.code, sources, targets, resolver, lexicon.gazetteer
    )
    if not targets and (
        aimed := drills_aimed_at(verb, pattern, sources, lexicon.gazetteer, resolver)
    ):
        pattern, targets = replace(pattern, code=SHOW_OF_FORCE, reverse=None), aimed
    mutual_yield = not (targets or _is_participle(verb)) and _yield_between(pattern.code, sources)
    if mutual_yield:
        pattern = _mutual_yield(verb, pattern, lexicon)
    reciprocal = is_reciprocal(verb) or _signed_by_no_one_named(verb, pattern.code)
    if reciprocal and len({s.country for s in sources}) > 1:
        # "Ukraine and Russia accused each other of shelling Europe's largest nuclear plant":
        # the doers act on each other, and a country in the act's phrase is none of them.
        targets = [t for t in targets if t.country in {s.country for s in sources}]
    if sides := truce_sides(verb, pattern.code, sources, targets):
        sources, targets, reciprocal = sides, [], True
    pairs = (
        dyads(
            sources,
            targets,
            pattern,
            mutual_yield or reciprocal,
            allied=_force_on_a_thing(verb, pattern)
            or bool(referred)
            or offers_aid(pattern.code, verb),
        )
        if targets or reciprocal or not (has_partner(verb) or is_aimed_beyond(verb, pattern))
        else []
    )
    if implied and targets == implied:
        # Each crowd protests to its own government, each police force fires on its own
        # country's crowd: "people in Kenya and Uganda protested" is no Kenyan protest to Uganda.
        pairs = [(source, target) for source, target in pairs if source.country == target.country]
    told = reporting_verb(verb) or attributing_verb(verb)
    if not pairs and pattern.codes_forward and told is not None:
        # "Ukraine said Russian forces shelled the plant", "Russia launched drones, Ukraine's
        # air force said": no one named as shelled, but the report may still be an accusation
        # (PETRARCH's `a (b . ATTACK) SAY`) or the force aimed at the speaker.
        return [Coded(verb, pattern, source, NOBODY, pattern.code) for source in sources]
    found = [
        Coded(verb, SPONSORED, mediator, side, MEDIATION_CODE)
        for mediator, side in mediations(verb, pattern, [*sources, *targets], resolver)
    ]
    one_sided = _unilateral(verb)
    together = not pattern.reverse and has_partner(verb) and not one_sided
    for source, target in pairs:
        if pattern.codes_forward:
            code = _refined_code(pattern.code, verb, source, target)
            code = host_demand_code(code, verb, source, target, resolver)
            complainant = official_complainant(code, source)
            found.append(
                Coded(verb, pattern, complainant, governed_target(code, source, target), code)
            )
            if together and _binds_both(code, verb) and target != NOBODY:
                # "Peru reached an agreement with Chile": it binds both.
                found.append(Coded(verb, pattern, target, source, code, reverse=True))
        if (
            pattern.reverse
            and targets
            and not one_sided
            and not _one_way_clash(pattern)
            and not _visited_place(pattern, target)
        ):
            # "A visited B" (042:043) is also "B hosted A".
            # "Kenyan police clashed with protesters": the protesters' side is refined too.
            reverse = _refined_code(pattern.reverse, verb, target, source)
            found.append(Coded(verb, pattern, target, source, reverse, reverse=True))
    return found


def _visited_place(pattern: VerbPattern, target: Actor) -> bool:
    """Whether a visit's target is a country or its capital, not its people: "Biden visited
    Kyiv" is a visit (042) with no one named as host, so no hosting (043) comes back, as it
    does for "Biden visited Zelenskiy"."""
    return pattern.code.startswith(VISIT_CODES) and target.agent is None


def _one_way_clash(pattern: VerbPattern) -> bool:
    """Whether a pattern pairs a violent protest with repression (the CAMEO file's 145:175
    and 175:145 rows) for a verb told without a WITH partner: "protesters clashed with police"
    is both, but "protesters stormed parliament" is no repression by parliament."""
    roots = {root_of(pattern.code), root_of(pattern.reverse or "")}
    return roots == CLASH_ROOTS and not any(term.prep == "with" for term in pattern.terms)


def _unnamed_sources(
    verb: Token, code: str, targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Who did an act whose sentence names no doer: the first that a rule finds."""
    return (
        reporting_state(verb, code, targets, resolver)
        or reported_interceptors(verb, code, resolver)
        or summoning_body(verb, code, resolver)
        or delivering_agency(verb, code, resolver)
        or _signers_of_the_accord(verb, code, resolver)
    )


def _signers_of_the_accord(verb: Token, code: str, resolver: ActorResolver) -> list[Actor]:
    """Who signed an accord told in the passive with no signer named: the two parties of the
    story's first accord ("the army and the rebels agreed to a truce ... the deal was signed
    in Pretoria": both, each with the other)."""
    if not _signed_by_no_one_named(verb, code):
        return []
    parties = resolver.context.acts.parties
    return list(parties) if len({p.code for p in parties}) == PAIR else []


def _signed_by_no_one_named(verb: Token, code: str) -> bool:
    """ "the deal was signed in Pretoria": an accord signed, told in the passive with no BY in
    a main clause; not one concluded, which may tell the signing the story told already ("the
    agreement was concluded at the State Department"), nor one that dates another act ("struck
    Odesa a day after the deal was signed")."""
    signed = verb.lemma_.lower() in PEN_VERBS and verb.dep_ in MAIN_CLAUSE_DEPS
    if code != SIGN_CODE or not signed or not is_passive(verb) or children(verb, "agent"):
        return False
    return any(s.lemma_.lower() in ACCORD_NOUNS for s in children(verb, "nsubjpass"))


def _binds_both(code: str, verb: Token) -> bool:
    """Whether doing the event with a partner makes it both ways: an agreement reached or a
    ceasefire agreed with someone (`codebook.is_mutual`), and an agreement signed with someone
    ("Italy's prime minister signed a security agreement with Zelenskiy"), but not one
    ratified, which one side does alone."""
    signed = code == SIGN_CODE and verb.lemma_.lower() in SIGNING_VERBS
    return is_mutual(code) or signed


# The verbs of putting a pen to an accord, and the clauses that tell it as the sentence's
# own act (`_signed_by_no_one_named`); the verbs by which both sides sign a formal agreement
# (`codebook.SIGN_CODE`).
PEN_VERBS = frozenset({"sign", "ink"})
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})
SIGNING_VERBS = PEN_VERBS | {"conclude", "initial"}


def _story_adversary(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom a state's or an armed group's threat, show of force or cut in relations that names
    no one is aimed at: the country the article has named most besides its own, the other
    side of the story ("Trump further threatened to impose visa restrictions", in a story on
    the United States and Colombia; "Taiwan put its forces on alert", in one on China and
    Taiwan; "Hezbollah vowed to respond", after Israeli strikes), as a condemnation of an act
    named by a noun alone is (`arguments.condemned_doers`). A denial that names no one
    answers the same side ("Iran denied any involvement", in a story on a strike on American
    troops), and so does an ask to ease sanctions that no story's coercion answers ("Peru
    demanded that the tariffs be lifted", after its president met Chile's)."""
    countries = _side_country(sources)
    asked_to_ease = code.startswith(EASING_ASKED_CODES)
    if not (root_of(code) in ADVERSARY_ROOTS or code == DENY_CODE or asked_to_ease):
        return []
    if not countries:
        return []
    if attackers := _attackers_of(countries, resolver.context.acts):
        return attackers
    if threateners := _threateners_of(countries, resolver.context.acts):
        return threateners
    return _other_side(countries, resolver)


def _blamed_beside(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a threat that names no one is aimed at, where its sentence has its makers blame or
    accuse someone (the object, or BLAME's ON phrase): "Iran vowed revenge after an air strike
    that it blamed on Israel" (ISR)."""
    countries = _side_country(sources)
    if root_of(code) != THREAT_ROOT or not countries:
        return []
    blamed: list[Token] = []
    for word in verb.sent:
        if word.lemma_.lower() not in ACCUSING_VERBS or is_directly_negated(word):
            continue
        if not {a.country for a in subject_actors(word, resolver)} <= countries:
            continue
        blamed += children(word, "dobj") + [o for p, o in prepositions(word) if p == "on"]
    return _others_known(resolve_all(blamed, resolver, strict=True), countries)


def _unnamed_targets(
    verb: Token,
    pattern: VerbPattern,
    sources: list[Actor],
    resolver: ActorResolver,
    lexicon: Lexicon,
) -> list[Actor]:
    """Whom a verb's act is aimed at where its sentence names no one: the first that a rule
    of the sentence or the story finds. A show of force made where no one is has none
    (`_shows_force_where_no_one_is`), nor sides that fight each other (`_fight_each_other`)."""
    if _shows_force_where_no_one_is(verb, pattern.code) or _fight_each_other(verb, sources):
        return []
    return (
        mediated_sides(verb, pattern, resolver)
        or answered_doers(verb, pattern.code, sources, resolver)
        or claimed_victims(verb, pattern, resolver)
        or similar_act_targets(verb, pattern.code, sources, resolver)
        or referred_targets(verb, pattern, sources, resolver)
        or detainers_asked(pattern.code, sources, resolver)
        or sanctioners_asked(pattern.code, sources, resolver)
        or sanctions_eased(pattern.code, sources, resolver)
        or intercepted_launchers(verb, pattern.code, sources, resolver)
        or condemned_doers(verb, pattern, resolver, sources)
        or summed_act_doers(verb, pattern.code, resolver)
        or conditioned_party(verb, pattern, resolver)
        or place_targets(verb, pattern.code, sources, lexicon.gazetteer)
        or reported_victims(verb, pattern.code, sources, reporting_verb(verb), resolver)
        or watched_show_of_force(verb, pattern.code, sources, resolver)
        or across_the_border(verb, pattern.code, sources, resolver)
        or _coordinated_adversary(verb, pattern.code, sources, resolver)
        or _coordinated_beneficiary(verb, pattern.code, sources, resolver)
        or _met_beneficiary(verb, pattern.code, sources, resolver)
        or _appealed_to_at_a_meeting(verb, pattern.code, sources, resolver)
        or _commented_on(verb, pattern.code, sources, resolver)
        or contested_result(verb, pattern.code, sources, _story_home(sources, resolver))
        or _blamed_beside(verb, pattern.code, sources, resolver)
        or _story_adversary(pattern.code, sources, resolver)
        or _continued_fighting(pattern.code, sources, resolver)
        or _hostages_of_the_other_side(verb, pattern.code, sources, resolver)
        or _prisoners_of_the_state(verb, pattern.code, sources)
        or _claimed_on_the_other_side(pattern.code, sources, resolver)
        or _aided_story_country(pattern, sources, resolver)
        or _story_country_felt_for(verb, pattern.code, sources, resolver)
        or threatened_people(pattern.code, sources)
    )


def _fight_each_other(verb: Token, sources: list[Actor]) -> bool:
    """Whether two sides or more clash or fight with no one named: they fight each other, and
    the town they clash in is no third side ("Somali forces and al-Shabaab fighters clashed in
    the town of Mahas", which the gazetteer knows only in Jordan)."""
    if verb.lemma_.lower() not in MUTUAL_FIGHTING_VERBS or children(verb, "dobj"):
        return False
    return len({source.code for source in sources}) > 1


def _others_named(
    verb: Token, code: str, sources: list[Actor], targets: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """The targets a verb's sentence names: those its arguments found, less the doers
    themselves, else the holders of what it acts on (`arguments.holders`)."""
    # The doer is no target of its own act ("condemned a ban ... barring women from working
    # for the United Nations", said by the UN): look further. Where two act together, each is
    # still the other's ("Chile and Bolivia condemned the detention ... in Chile").
    targets = [t for t in targets if not _own_forces(code, sources, t)]
    targets = [t for t in targets if not all(t.code == s.code for s in sources)]
    targets = [t for t in targets if not _denies_its_own(code, sources, t)]
    targets = [t for t in targets if not _condemns_its_own(code, sources, t)]
    targets = [t for t in targets if not _frees_its_own(code, sources, t)]
    targets = without_sufferers(verb, code, targets, resolver)
    return holders(verb, code, resolver) or targets


# Prepositions of where forces are sent or deployed.
DESTINATION_PREPS = frozenset({"to", "into", "in", "across", "throughout"})
# Owners that make a place the doer's own: "deployed troops across its territory".
OWN_PLACE_OWNERS = frozenset({"its", "their", "our"})
# Open water, where missiles fired strike no one: "fired two missiles into the sea".
OPEN_WATERS = frozenset({"sea", "water", "waters", "ocean"})


def _shows_force_where_no_one_is(verb: Token, code: str) -> bool:
    """Whether a show of force is made where no one else is, so that it has no target but one
    its sentence names: forces sent within the doer's own country ("the army began deploying
    troops to the south of the country", "across its territory": the development set codes a
    deployment at home with no target), or weapons fired into open water ("North Korea fired
    two missiles into the sea": the development set codes no event). Its own border faces a
    neighbour ("deployed soldiers to its border with Belarus")."""
    if root_of(code) != SHOW_OF_FORCE_ROOT:
        return False
    for prep, place in prepositions(verb):
        if prep not in DESTINATION_PREPS:
            continue
        # "the south of the country", "the country's south"
        owners = [obj for p, obj in prepositions(place) if p == "of"] + children(place, "poss")
        nouns = [place, *owners]
        if any(noun.lemma_.lower() in BORDERS for noun in nouns):
            continue
        if any(_names_the_own_country(noun) or noun.lower_ in OPEN_WATERS for noun in nouns):
            return True
    return False


def _names_the_own_country(noun: Token) -> bool:
    """ "the country" alone, or a place its owner's pronoun makes the doer's ("its territory")."""
    owners = {c.lower_ for c in children(noun, "poss")}
    if owners & OWN_PLACE_OWNERS:
        return True
    bare = not any(c.dep_ in {"amod", "compound", "poss"} for c in noun.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return noun.lemma_.lower() in COUNTRY_NOUNS and bare and definite


def _continued_fighting(code: str, sources: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom a state's or an armed group's use of force that names no one is aimed at, where
    the story's first attack was between its country and one other: the fighting goes on
    ("Hezbollah said it had also struck a border post with rockets", in a story of Israeli
    strikes on Lebanon and Hezbollah's fire, is on Israel)."""
    countries = _side_country(sources)
    if root_of(code) not in FORCE_ROOTS or not countries:
        return []
    acts = resolver.context.acts
    sides = {a.country for a in (*acts.attackers, *acts.attacked)}
    others = sides - countries
    if not countries <= sides or len(others) != 1:
        return []
    return [Actor(others.pop(), "")]


def _prisoners_of_the_state(verb: Token, code: str, sources: list[Actor]) -> list[Actor]:
    """Whose prisoners a state frees when the sentence names no one: its own people ("the
    junta released 5,000 prisoners in an amnesty": MMRCVL). Not what gangs or rebels free from
    a jail they stormed, which is no release."""
    countries = {s.country for s in sources}
    state = all(s.agent is None or s.agent in STATE_AGENTS for s in sources)
    if not code.startswith(RELEASE_CODE) or len(countries) != 1 or not state:
        return []
    freed = children(verb, "dobj", "nsubjpass")
    if not any(f.lemma_.lower() in PRISONER_NOUNS for f in freed):
        return []
    return [Actor(countries.pop() + CIVILIANS, "")]


def _hostages_of_the_other_side(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whose hostages a side frees when the sentence names no country for them: the story's
    other side ("Hamas released three hostages on Sunday", in a story on Israel and Hamas, is
    PSEREBHMS → ISR 0841). Hostages and captives only: the prisoners a state frees are
    mostly its own people."""
    countries = _side_country(sources)
    if not code.startswith(RELEASE_CODE) or not countries:
        return []
    freed = children(verb, "dobj", "nsubjpass")
    if not any(f.lemma_.lower() in HOSTAGE_NOUNS for f in freed):
        return []
    acts = resolver.context.acts
    if any(
        a.country in countries and a.agent in STATE_AGENTS
        for a in acts.parties + acts.attackers + acts.attacked
    ):
        # A war within one state: "Colombia's government and the ELN resumed talks in
        # Caracas ... the rebels said they would free all hostages" frees Colombians.
        return [Actor(country + CIVILIANS, "") for country in countries]
    return _other_side_from_the_start(countries, resolver)


def _claimed_on_the_other_side(
    code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a side's claim of responsibility is toward where the story coded no attack to
    claim (its doer was not named): the story's other side ("Drones struck two Saudi oil
    plants ... Yemen's Houthi movement claimed responsibility" is YEMREB → SAU 015)."""
    countries = _side_country(sources)
    if not code.startswith(CLAIM_CODE) or not countries:
        return []
    return _other_side(countries, resolver)


def _aided_story_country(
    pattern: VerbPattern, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom aid given or pledged to no one named goes to: the story's first recipient of aid,
    else of what the story first told someone intends ("Germany agreed to send tanks to
    Ukraine ... the United States said it would supply 31 tanks" is USA → UKR 0332), else
    the country the story is about besides the giver's ("Floods devastated the Libyan city
    of Derna ... Turkey dispatched rescue teams" is TUR → LBY 073). Aid named by its pattern
    only ("sent aid convoys"): a bare HELP or EVACUATE helps whoever it helps."""
    code = pattern.code
    if not pattern.terms or (root_of(code) != AID_ROOT and not code.startswith(AID_INTENT)):
        return []
    countries = {s.country for s in sources}
    if len(countries) != 1 or _deployed_at_home(code, sources):
        return []
    acts = resolver.context.acts
    aided = acts.first_targets(AID_ROOT) or acts.first_targets(INTENT_ROOT)
    recipients = [a.country for a in aided if a.country not in countries]
    return [Actor(recipients[0], "")] if recipients else _other_side(countries, resolver)


def _deployed_at_home(code: str, sources: list[Actor]) -> bool:
    """Whether military aid that a state's armed forces give to no one named is their own
    deployment at home ("the Lebanese army will deploy thousands of soldiers in the south"),
    no aid to the story's other side: a state that sends weapons or troops to another names
    whom."""
    return code == MILITARY_AID and all(s.agent == SOLDIERS for s in sources)


# Sympathy and pessimism voiced about no one named (`_story_country_felt_for`), and the words
# by which the pessimism is a worry ("said it was deeply concerned", "voiced alarm").
FELT_FOR_CODES = frozenset({SYMPATHY_CODE, PESSIMISTIC_CODE})
WORRY_WORDS = frozenset({"concern", "concerned", "worry", "worried", "alarm", "alarmed", "unease"})


def _story_country_felt_for(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom condolences, sympathy or a worry voiced about no one named go to: the country the
    story is about besides the speaker's ("Iran's president was killed in a helicopter crash
    ... Russia offered condolences" is RUS → IRN 018; "Peru's president dissolved congress ...
    Chile said it was deeply concerned" CHL → PER 012). A worry for the people a FOR phrase
    names ("concerned for the patients") is about them, whom the story does not name."""
    countries = {s.country for s in sources}
    if code not in FELT_FOR_CODES or not countries:
        return []
    if code == PESSIMISTIC_CODE and not _voices_worry(verb):
        return []
    return _other_side(countries, resolver)


def _voices_worry(verb: Token) -> bool:
    """Whether a pessimistic `verb` voices a worry ("was deeply concerned", "expressed
    concern"), not one for the people a FOR phrase names ("concerned for the patients") nor
    one about what its clause tells ("worried the turmoil could delay aid")."""
    words = [verb, *children(verb, "dobj")]
    worried = any(w.lemma_.lower() in WORRY_WORDS or w.lower_ in WORRY_WORDS for w in words)
    told = children(verb, "ccomp")
    return worried and not told and not any(prep == "for" for prep, _ in prepositions(verb))


# What an attack noun's phrases name: its victims ("the attack on the embassy", "the invasion
# of Ukraine"); OF only for the nouns whose OF phrase is what was struck.
ATTACKED_PREPS = frozenset({"on", "against"})
STRUCK_OF_NOUNS = frozenset(
    {"invasion", "bombing", "shelling", "bombardment", "occupation", "annexation", "siege"}
)


def _doers_disapproved(
    verb: Token,
    pattern: VerbPattern,
    sources: list[Actor],
    targets: list[Actor],
    resolver: ActorResolver,
) -> list[Actor]:
    """The targets of a disapproval, the doers of what it disapproves rather than those who
    suffered it: an attack's attackers (`_victims_not_condemned`), a crackdown's government
    (`protests.repressing_government`)."""
    targets = _victims_not_condemned(verb, pattern, sources, targets, resolver)
    return repressing_government(verb, pattern.code, targets)


def _victims_not_condemned(
    verb: Token,
    pattern: VerbPattern,
    sources: list[Actor],
    targets: list[Actor],
    resolver: ActorResolver,
) -> list[Actor]:
    """A disapproval of an attack is aimed at its doers, never at its victims: "Brazil condemned
    the attack on the Argentine embassy" is no criticism of Argentina. Where every target is a
    victim the attack's phrases name, the targets are the story's attackers of them (or, in a
    story that told no force, its rioters: "stormed Congress ... condemned the attack on
    Brazil's institutions"), else none. Not where the pattern names the attack noun as the act
    itself ("resumed its verbal attacks on Peru"), nor where the attack's doer is named as
    its owner ("condemned Israel's attacks on worshippers"). So is an appeal or a demand for
    an end to an attack ("called for a halt to the bombardment of Beirut": on the bombers).
    `targets` otherwise."""
    ended = pattern.code in DE_ESCALATION_CODES
    if not (root_of(pattern.code) == DISAPPROVE_ROOT or ended) or not targets:
        return targets
    named = {term.word for term in pattern.terms if term.word}
    acts = children(verb, "dobj")
    if ended:
        # "called for an end to the attacks": the acts the appeal asks to end.
        asked = acts + [obj for prep, obj in prepositions(verb) if prep == "for"]
        acts = [ended_act(noun) for noun in asked]
    acts_named = [a for a in acts if a.lemma_.lower() in ATTACK_NOUNS - named]
    if any(children(act, "poss") for act in acts_named):
        # "condemned Israel's attacks on worshippers": the attack's doer is named as its owner.
        return targets
    struck = [
        obj
        for act in acts_named
        for prep, obj in prepositions(act)
        if prep in ATTACKED_PREPS or (prep == "of" and act.lemma_.lower() in STRUCK_OF_NOUNS)
    ]
    # "the attack on a bus carrying Peruvian tourists": those it carried were struck too.
    struck += [
        o for obj in struck for carried in children(obj, "acl") for o in children(carried, "dobj")
    ]
    # "attacks on health care in Ukraine", "the attack in Kabul": where it struck.
    struck += [
        obj for noun in acts_named + struck for prep, obj in prepositions(noun) if prep == "in"
    ]
    victims = {a.country for a in resolve_all(struck, resolver, strict=True)}
    if not victims or any(t.country not in victims for t in targets):
        return targets
    speakers = {s.country for s in sources}
    # A story of a riot told no force: its attack is the rioters' ("stormed Congress").
    context = resolver.context
    attackers = context.attack_on(victims) or context.acts.protesters
    return [a for a in attackers if a.country not in speakers and _attacker_of(a, victims)]


def _attacker_of(attacker: Actor, victims: set[str]) -> bool:
    """Whether `attacker` may have struck the `victims`' countries: one of another country, or
    people, a crowd or an armed group of their own ("Bolsonaro's supporters stormed Congress
    ... the US condemned the attack on Brazil's institutions"), not their state."""
    if attacker.country not in victims:
        return True
    return attacker.agent is not None and attacker.agent not in STATE_AGENTS


def _story_home(sources: list[Actor], resolver: ActorResolver) -> str | None:
    """The country the sentence is set in, else the one the story has named most besides the
    doers' ("Venezuela's electoral council declared Maduro the winner ... Brazil, Colombia
    and Chile refused to recognise the result": VEN)."""
    return resolver.home or resolver.context.main_other({s.country for s in sources})


def _side_country(sources: list[Actor]) -> set[str]:
    """The one country of `sources` where they are a side of the story (a state, its
    government or forces, or an armed group); empty otherwise."""
    countries = {s.country for s in sources}
    if len(countries) != 1 or any(s.agent not in SIDE_AGENTS for s in sources):
        return set()
    return countries


def _other_side(countries: set[str], resolver: ActorResolver) -> list[Actor]:
    """The story's other side: the country the article has named most besides `countries`."""
    other = resolver.context.main_other(countries)
    return [Actor(other, "")] if other is not None else []


def _other_side_from_the_start(countries: set[str], resolver: ActorResolver) -> list[Actor]:
    """The story's other side (`_other_side`), and in its first sentence the one other country
    that sentence names: whose hostages "Hamas released 24 hostages on the first day of a
    truce with Israel" frees."""
    if found := _other_side(countries, resolver):
        return found
    named = resolver.mentions.countries(resolver.context.day) - countries
    return [Actor(next(iter(named)), "")] if len(named) == 1 else []


def _attackers_of(countries: set[str], acts: StoryActs) -> list[Actor]:
    """The countries of the story's first attack where it struck the `countries`: "a US drone
    strike killed Iranian General Soleimani ... Iran's supreme leader vowed harsh revenge" is
    aimed at the United States, though the story names Iraq, where it struck, as often."""
    if not any(a.country in countries for a in acts.attacked):
        return []
    others = dict.fromkeys(a.country for a in acts.attackers if a.country not in countries)
    return [Actor(country, "") for country in others]


def _threateners_of(countries: set[str], acts: StoryActs) -> list[Actor]:
    """Who made the story's first threat where it was aimed at the `countries`: "ECOWAS
    threatened to use force against Niger's junta ... Niger's military commanders warned
    against any military action" is aimed at ECOWAS, which the story may name less often than
    a third country."""
    if not any(a.country in countries for a in acts.first_targets(THREAT_ROOT)):
        return []
    return [a for a in acts.threateners if a.country not in countries]


def _coordinated_adversary(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a threat, show of force or cut in relations that names no one is aimed at, where a
    verb coordinated with it names another country as its object: "India accused Pakistan of
    backing the attackers and suspended a river-sharing treaty" suspends it with Pakistan.
    A threat vowed is coordinated through its verb of intent: "blamed Israel and vowed to
    retaliate" retaliates against Israel."""
    countries = {s.country for s in sources}
    if root_of(code) not in ADVERSARY_ROOTS or len(countries) != 1:
        return []
    found = _partner_objects(verb, resolver)
    # The country, as the story's other side is: "summoned the British ambassador and warned
    # of a tougher response" warns Britain.
    others = [a.country for a in found if a.country not in countries and a.agent in SIDE_AGENTS]
    if others:
        return [Actor(country, "") for country in dict.fromkeys(others)]
    # At home, the rebels, mutineers or opposition the other verb names: "accused the Wagner
    # chief of treason and vowed to punish those behind the mutiny" threatens him.
    own = {s.code for s in sources}
    return [a for a in found if a.agent in HOME_ADVERSARIES and a.code not in own]


def _coordinated_beneficiary(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a promise or gift of help, or cooperation, that names no one is for, where a verb
    coordinated with it names another country's actor or place as its object: "visited
    Bolivia and promised aid" promises it to Bolivia, "met Peru's president and offered help"
    offers it to him, "met his Chilean counterpart and signed a trade deal" signs with him."""
    countries = {s.country for s in sources}
    if root_of(code) not in COOPERATION_ROOTS or len(countries) != 1:
        return []
    return _others_known(_partner_objects(verb, resolver), countries)


def _met_beneficiary(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a promise or gift of help (07, 033, or an intent whose object is aid) that names
    no one is for, where a meeting, call or visit sets its scene: its other side ("In a phone
    call with Bolivia's president, Brazil's leader offered help": BOLGOV). Not an accord
    announced there, which the meeting itself tells ("announced the deal during talks with
    his Chilean counterpart")."""
    countries = {s.country for s in sources}
    given = {o.lemma_.lower() for o in children(verb, "dobj")}
    promised = root_of(code) == INTENT_ROOT and bool(given & AID_NOUNS)
    helping = root_of(code) == AID_ROOT or code.startswith(AID_INTENT) or promised
    if not helping or len(countries) != 1:
        return []
    return _others_known(setting_partners(verb, resolver), countries)


def _appealed_to_at_a_meeting(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom an appeal that names no one is made to, where it is what a visit or meeting is
    for (`_aim_of_a_meeting`): the one visited or met ("visited NATO headquarters to appeal
    for more air defence systems": NATO)."""
    head = aimed_by(verb)
    if root_of(code) != APPEAL_ROOT or head is None or head.lemma_.lower() not in HOSTED_VERBS:
        return []
    # "visited NATO headquarters", "met the Chilean president", "held talks with Lima".
    places = [head, *children(head, "dobj")]
    met = children(head, "dobj") + [
        o for word in places for p, o in prepositions(word) if p in PARTNER_PREPS
    ]
    countries = {s.country for s in sources}
    return [a for a in resolve_all(met, resolver, strict=True) if a.country not in countries]


# DECLINE COMMENT, and the words whose ON phrase holds what a comment would have been on.
DECLINED_COMMENT = "011"
COMMENT_WORDS = frozenset({"comment", "say", "speak", "respond", "reply", "elaborate"})


def _commented_on(
    verb: Token, code: str, sources: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom a comment declined is about, where no phrase of the verb names anyone: the first
    actor its ON phrase names, however deep ("declined to comment on the report about
    Ukraine's new offensive": UKR; "on reports of secret talks with Iran": IRN; "on a report by
    UN experts": IGOUNO)."""
    if code != DECLINED_COMMENT:
        return []
    words = [verb, *(w for w in verb.children if w.lemma_.lower() in COMMENT_WORDS)]
    topics = [obj for word in words for prep, obj in prepositions(word) if prep == "on"]
    countries = {s.country for s in sources}
    for noun in (w for topic in topics for w in topic.subtree):
        if found := _others_known(resolver.resolve(noun, strict=True), countries):
            return found
    return []


def _others_known(found: list[Actor], countries: set[str]) -> list[Actor]:
    """The actors `found` of a known country other than the doers' `countries`."""
    return [a for a in found if a.country not in countries and not a.code.startswith(UNKNOWN)]


def _partner_objects(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The actors the direct objects of the verbs coordinated with `verb` name, looking
    through a verb of intent ("blamed Israel and vowed to retaliate")."""
    node = verb.head if verb.dep_ == "xcomp" else verb
    partners = [node.head] if node.dep_ == "conj" else []
    partners += children(node, "conj")
    objects = [o for v in partners if v.pos_ == "VERB" for o in children(v, "dobj")]
    return resolve_all(objects, resolver, strict=True)


# Threats, shows of force and reduced relations: aimed at the story's other side when no one
# is named.
ADVERSARY_ROOTS = frozenset({"13", "15", "16"})
# Intents, cooperation and help given: with or for the one a coordinated verb acts on when
# none is named ("met his Chilean counterpart and signed a trade deal").
COOPERATION_ROOTS = frozenset({"03", "05", "06", "07"})
# Military aid (072), which a state's armed forces give to no one named when they deploy at
# home.
MILITARY_AID = "072"
# Who is a side of the story: a state, its government or forces, or an armed group.
SIDE_AGENTS = frozenset({None, "GOV", "MIL", "REB"})
# Who a state may threaten or act against at home: armed groups, gangs, forces, the opposition.
HOME_ADVERSARIES = frozenset({"REB", "UAF", "CRM", "MIL", "OPP"})
# Persons released (0841), and the people one side holds of the other.
RELEASE_CODE = "0841"
HOSTAGE_NOUNS = frozenset({"hostage", "captive"})


def _unilateral(verb: Token) -> bool:
    """ "declared a unilateral ceasefire with the rebels", "unilaterally halted the fighting":
    done by one side alone, whoever it is done with; and what one side is willing or ready to
    do with another ("China is willing to deepen ties with Vietnam"), which only it states."""
    words = [verb, *(t for obj in children(verb, "dobj") for t in obj.subtree)]
    words += children(verb, "advmod")
    readiness = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WILLING_ADJECTIVES
    return readiness or any(w.lower_ in UNILATERAL_WORDS for w in words)


def _own_forces(code: str, sources: list[Actor], target: Actor) -> bool:
    """Whether a show of force (root 15), a yield (08), material cooperation (06), or a call
    or demand for a withdrawal, falls on the doer's own forces ("put its troops on alert",
    "pulled back its troops", "sent 10,000 troops to its border", "demanded the withdrawal of
    troops from its territory"), and whether a retreat falls on anything of the doer's own
    country ("pulled its troops out of the disputed villages"), or a truce falls on the
    doer's own bare country ("Hamas announced a ceasefire in Gaza"), aid falls on the doer's
    own government or forces ("evacuated its diplomats"), a state's demand falls on its own
    forces ("ordered the army to ..."), or force by a state named bare falls on its own
    forces ("launched a military offensive"): they show it, nothing is yielded to them, a
    state does not cooperate with or aid its own state, they are not who must leave, no one
    makes a truce with its own land, an order down the chain of command is no demand, a
    state does not attack its own army, and its guarding its own people is no protection given
    (074)."""
    own_country = any(s.country == target.country for s in sources)
    if code == TRUCE and own_country and target.agent is None:
        return True
    if code == RETREAT and own_country:
        # "pulled its troops out of the disputed villages": no one of its own is yielded to.
        return True
    state = all(s.agent is None or s.agent in STATE_AGENTS for s in sources)
    if root_of(code) in HELPING_ROOTS and target.agent in STATE_AGENTS and own_country and state:
        # "evacuated its diplomats", "sent troops to protect its embassy": a state neither
        # aids nor cooperates with its own government or forces.
        return True
    if code.startswith(PROTECTION) and own_country and state:
        # "to safeguard our citizens' lives": guarding its own people is a state's work, not
        # the protection or peacekeeping (074) it gives another.
        return True
    if root_of(code) == DEMAND_ROOT and target.agent in FORCE_AGENTS and own_country and state:
        # "ordered the army to neutralise the gangs": a command, not a demand on another.
        return True
    if root_of(code) in FORCE_ROOTS and own_country and target.agent in FORCE_AGENTS:
        # "Azerbaijan launched a military offensive": a state named bare does not attack its
        # own army; the word that says whose the offensive is names no one it hit.
        return all(s.agent is None for s in sources)
    # Rebels' soldiers are not the army's: "the ELN released two Colombian soldiers".
    return (
        (root_of(code) in OWN_FORCE_ROOTS or code in WITHDRAWAL_ASKED)
        and target.agent in FORCE_AGENTS
        and own_country
        and state
    )


# Threats of no stated kind or of force (138 and its sub-codes), which a state makes against
# others, not its own land (a curfew threatened, 1323, does fall on it).
DEFENDING_THREATS = frozenset({THREAT_ROOT + "0", THREAT_ROOT + "8"})


def _denies_its_own(code: str, sources: list[Actor], target: Actor) -> bool:
    """Whether a denial's or a threat's target is the doer's own country, named in what they
    deny or defend: "the Kremlin dismissed as baseless a report that Moscow had supplied North
    Korea" answers the report's authors, not Russia; "Putin threatened to use all means to
    defend Russia" threatens whoever Russia is defended from."""
    answering = code.startswith(DENY_CODE) or code[:3] in DEFENDING_THREATS
    bare = target.agent is None
    return answering and bare and any(s.country == target.country for s in sources)


# Those a state may condemn or blame at home (`_condemns_its_own`): its adversaries there, but
# not its own forces, whom it names as the ones who suffered ("the attack on its soldiers").
OPPONENTS_AT_HOME = HOME_ADVERSARIES - {"MIL"}


def _condemns_its_own(code: str, sources: list[Actor], target: Actor) -> bool:
    """Whether a state named bare condemns its own country's people or offices, named as what
    suffered the act it condemns: "France condemned the violence against its embassy" is
    aimed at whoever did the violence, not at France. Its armed groups, gangs or opposition
    are no such people: "Turkey blamed Kurdish militants for the attack" stands (TURREB); nor
    is a sentence its courts pass ("Bahrain sentenced 12 people to death")."""
    verdict = code == FOUND_GUILTY
    if root_of(code) != DISAPPROVE_ROOT or verdict or target.agent in OPPONENTS_AT_HOME:
        return False
    # "Chile and Bolivia condemned the detention ... in Chile": Bolivia's target stays.
    return all(s.agent is None and s.country == target.country for s in sources)


# Releases asked for: an appeal or a demand that someone free people (0253, 1053).
RELEASE_ASKED = ("0253", "1053")


def _frees_its_own(code: str, sources: list[Actor], target: Actor) -> bool:
    """Whether a release asked for names as its target the asker's own people, who are to be
    freed, not asked: "Chile demanded the release of its fishermen" is aimed at whoever holds
    them (`referents.detainers_asked`), not at Chile's fishermen."""
    return code.startswith(RELEASE_ASKED) and any(s.country == target.country for s in sources)


def _yield_between(code: str, sources: list[Actor]) -> bool:
    """Whether a yield with no one named to yield to is made by two or more sides named
    together, to each other: "Armenia and Azerbaijan pulled back their troops", "the
    government and the rebels extended their ceasefire" (an armed group is a side apart from
    its country's state). Only a yield of a named kind: a bare "allowed" or "gave in" is not
    one side's yield to another."""
    named_kind = root_of(code) == YIELD_ROOT and code != YIELD_ROOT + "0"
    sides = {(s.country, s.agent in ARMED_GROUP_AGENTS) for s in sources}
    return named_kind and len(sides) >= 2


# Verbs whose bare pattern praises (051) what they take, and hosts (043) whom they take.
WELCOMING_VERBS = frozenset({"welcome", "greet"})
# Whom a state hosts when it welcomes them: its officials, not a people or its refugees.
GUEST_AGENTS = frozenset({"GOV", "LEG", "MIL", "JUD", "ELI", "OPP"})


def _welcomed_guest(verb: Token, pattern: VerbPattern, resolver: ActorResolver) -> VerbPattern:
    """A person or a delegation welcomed or greeted is a guest hosted (043) who visits (042), as the
    development set codes "was welcomed by the crown prince": "Xi welcomed Lula at the
    Great Hall", "greeted Kim at the airport". A decision, a country or refugees welcomed are
    praised, by the bare pattern (051)."""
    if pattern.terms or verb.lemma_.lower() not in WELCOMING_VERBS:
        return pattern
    # "welcomed Xi's peace proposals": an act or a proposal welcomed is its maker's, praised.
    guests = [g for g in children(verb, "dobj", "nsubjpass") if not names_an_act_told(g)]
    actors = [a for guest in guests for a in resolver.resolve(guest, strict=True)]
    if not actors or any(a.agent not in GUEST_AGENTS for a in actors):
        return pattern
    # The guest visits the host, as HOST's own 043:042 has it.
    return replace(pattern, code=HOST_CODE, reverse=VISIT_CODE)


def _hosted_pattern(verb: Token, pattern: VerbPattern) -> VerbPattern:
    """Talks, a deal or a summit hosted are the host's alone (043): "Vietnam hosted the
    talks" tells no visit by their sides, whom the story named before
    (`arguments.mediated_sides`), as "hosted Xi" tells Xi's (042)."""
    if pattern.code != HOST_CODE or pattern.reverse is None:
        return pattern
    hosted = children(verb, "dobj", "nsubjpass")
    if not hosted or not all(is_between_sides(h) for h in hosted):
        return pattern
    return replace(pattern, reverse=None)


def _mutual_yield(verb: Token, pattern: VerbPattern, lexicon: Lexicon) -> VerbPattern:
    """The pattern of a yield two sides make to each other, both ways. Agreed to ("agreed to
    pull back their forces"), it is the intent that mirrors it (0356), as an agreement to act
    later is: each side's yield waits on the other's. A truce agreed is in force (0871)."""
    above, above_pattern = _governing_pattern(verb, lexicon) or (None, None)
    agreed = (
        above is not None
        and above_pattern is not None
        and is_bare_agreement(above, above_pattern)
        and pattern.code != TRUCE
    )
    intent = intended_code(pattern.code) if agreed else None
    return replace(pattern, code=intent or pattern.code, reverse=None)


def _is_participle(verb: Token) -> bool:
    """ "protesters demanding ...", "marched demanding ...": a participle that tells what a
    noun or an act is about."""
    return verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl")


def _refined_code(code: str, verb: Token, source: Actor, target: Actor) -> str:
    """A pattern's code made precise by its clause: the weapon (190 → 195, 194), who acts on
    whom (a crowd's force is protest, police force on a crowd repression), the kind of aid
    (070 → 073), the charge (112 → 1121), the field of an intended cooperation (030 →
    0311), what was seized (a place: 171 → 192), who wounded (a state: 180 → 190), who was
    killed (a leader: 186), whose aircraft, goods or firms were banned (another country's:
    172 → 163), whether sanctions were imposed or their lifting approved (163 → 085) and
    whose relations were cut (a state's own people: 160 → 172) and who was expelled (foreign
    people: 166 → 174). The weapon is read again after the crowd rules: a state's "strike" is
    force that the weapon may make aerial."""
    code = wounding_code(seizure_code(code, verb, source, target), verb, source.agent)
    code = protest_code(weapon_code(code, verb), source, target)
    code = domestic_curb_code(foreign_ban_code(code, verb, source, target), source, target)
    code = eased_measure_code(code, verb)
    foreign = target.country != source.country
    code = expulsion_code(release_code(code, target.agent), target.agent, foreign)
    code = charge_code(aid_code(weapon_code(code, verb), verb), verb)
    code = cooperation_code(code, verb)
    return killing_code(code, verb, target.text)


def _pattern_in_context(
    verb: Token, upper: Upper, matched: VerbPattern, lexicon: Lexicon
) -> VerbDecision:
    """The pattern with the code its clause gives it: an agreement to act, a refusal, an
    intent; none where the clause says it did not happen."""
    if (reread := _act_reread(verb, matched, lexicon)) is not None:
        return reread
    if gathered_to_celebrate(verb, matched):
        return VerbDecision(matched, None, "a crowd out to celebrate or mourn: no protest")
    if _a_thing_endangers(verb, matched, lexicon):
        return VerbDecision(matched, None, "a country's thing that endangers: no threat")
    if intent := agreed_intent(verb, matched, _codeable(lexicon)):
        if intent == NULL_CODE:
            return VerbDecision(matched, None, "agreed to act: the infinitive codes the intent")
        coded = replace(matched, code=intent, reverse=None)
        return VerbDecision(matched, coded, f"agreed to act: intent {intent}")
    if is_negated(verb) and not lexicon.verbs.is_negative(matched):
        # "did not provide aid" and "refused to provide aid" are refusals; "did not attack",
        # or a verb negated through the one above it ("failed to agree"), is no event of its
        # own.
        refused = is_directly_negated(verb) or is_refused(verb)
        refusal = negated_code(matched.code) if refused else None
        if refusal is None:
            return VerbDecision(matched, None, "negated")
        coded = replace(matched, code=refusal, reverse=None)
        return VerbDecision(matched, coded, f"negated or refused: {refusal}")
    if intent := intent_code(upper, matched.code):
        # "offered to mediate", "pledged to send aid": the intent, not the act (039, 0332).
        if intent == NULL_CODE:
            return VerbDecision(matched, None, "only readied: not done")
        coded = replace(matched, code=intent, reverse=None)
        return VerbDecision(matched, coded, f"only intended: {intent}")
    if asked := asked_code(verb, matched, _codeable(lexicon)):
        coded = replace(matched, code=asked, reverse=None)
        return VerbDecision(matched, coded, f"asks for or announces an act: {asked}")
    if intent := _told_as_coming(verb, matched):
        coded = replace(matched, code=intent, reverse=None)
        return VerbDecision(matched, coded, f"a cooperative act still to come: intent {intent}")
    return VerbDecision(matched, matched, "matched")


def _a_thing_endangers(verb: Token, matched: VerbPattern, lexicon: Lexicon) -> bool:
    """ "China's actions threaten the rules-based order", "Iran's nuclear programme threatens
    Israel": a country's thing that endangers, no threat anyone made (13x). A country's own
    people and bodies still threaten ("China's navy threatened Japan": CHNMIL)."""
    if root_of(matched.code) != THREAT_ROOT or verb.lemma_.lower() != THREATEN:
        return False
    subjects = children(verb, "nsubj")
    return bool(subjects) and all(
        s.pos_ == "NOUN" and children(s, "poss") and not _is_agent_word(s, lexicon)
        for s in subjects
    )


def _is_agent_word(noun: Token, lexicon: Lexicon) -> bool:
    """True for a noun the agents dictionary names ("navy", "ministry", "leader")."""
    return any(lexicon.actors.agents.find(noun.doc[noun.i : noun.i + 1]))


def _told_as_coming(verb: Token, matched: VerbPattern) -> str | None:
    """The intent a cooperative act told in the future takes, or None: a speaker's own ("'We
    will work closely with the US,' the prime minister said": 032), as the development set
    codes one, and anyone's meeting or visit ("Biden will visit Jordan to meet the leaders of
    Egypt": 036), which news announces before it happens. A clause a statement reports ("said
    it will send aid") is the statement's to code (`coders/speech.py`). A third party's other
    act told in the future ("the United States will supply arms to Israel") keeps its code, as
    the PETRARCH-2 gold standard and unit tests code it (docs/validation.md)."""
    if reporting_verb(verb) is not None:
        return None
    if root_of(matched.code) == CONSULT_ROOT and is_for_later(verb):
        return intended_code(matched.code)
    speaking = any(s.lower_ in FIRST_PERSON_PRONOUNS for s in children(verb, "nsubj"))
    if not (speaking and is_future(verb)):
        return None
    # "'We will impose sanctions on Peru'": a hostile act of the speaker's own, still to
    # come, is the threat of it (1312), as a statement that reports it makes it.
    return intended_code(matched.code) or threatened_code(matched.code)


def _police_abroad(
    verb: Token, pattern: VerbPattern, sources: list[Actor], targets: list[Actor], lexicon: Lexicon
) -> VerbPattern:
    """Police sent or deployed to another country keep order there for it: "Kenya deployed
    police officers to Haiti" is military protection (074), not the mobilisation of police at
    home the CAMEO file's SEND * POLICE codes (153); vowed, it is the intent (0334)."""
    if pattern.code != MOBILISED_POLICE or not targets or not sources:
        return pattern
    if any(t.country == s.country for t in targets for s in sources):
        return pattern
    code = intent_code(_governing_pattern(verb, lexicon), PEACEKEEPING) or PEACEKEEPING
    return replace(pattern, code=code)


def _verbal_clash(
    verb: Token, pattern: VerbPattern, sources: list[Actor], targets: list[Actor]
) -> VerbPattern:
    """Leaders, ministers and lawmakers who clash do it in words: "Zelenskiy and Trump clashed
    in a heated exchange" is criticism (111) both ways, not the fighting (190) of armies,
    police or crowds that clash."""
    if verb.lemma_.lower() != CLASH or pattern.code != MILITARY_FORCE:
        return pattern
    if not sources or not all(a.agent in SPEAKING_ROLES for a in [*sources, *targets]):
        return pattern
    return replace(pattern, code=CRITICISE_CODE, reverse=CRITICISE_CODE)


def _economic_retaliation(verb: Token, pattern: VerbPattern) -> VerbPattern:
    """A retaliation for tariffs, duties or sanctions is economic: "Canada retaliated after
    Washington imposed tariffs" is a sanction (163), not the CAMEO file's bare RETALIATE, force
    (190). What it answers is told by its reason: a clause, or a FOR, OVER, AFTER or AGAINST
    phrase."""
    if verb.lemma_.lower() != RETALIATE or pattern.code != MILITARY_FORCE:
        return pattern
    reasons = [
        c for c in children(verb, "advcl", "prep") if c.dep_ == "advcl" or c.lower_ in REASON_PREPS
    ]
    answered = {t.lemma_.lower() for reason in reasons for t in reason.subtree}
    return replace(pattern, code=SANCTIONS) if answered & ECONOMIC_MEASURE_NOUNS else pattern


RETALIATE = "retaliate"
# The prepositions of what a retaliation answers.
REASON_PREPS = frozenset({"for", "over", "after", "against"})


def _left_an_organisation(pattern: VerbPattern, targets: list[Actor]) -> VerbPattern:
    """A state that withdraws or pulls out from an organisation, not its troops from a
    place, breaks relations with it: "the United States withdrew from the World Health
    Organization" is 161, as leaving a treaty is, not the military retreat (0874) the CAMEO
    file's WITHDRAW * FROM codes."""
    if pattern.code != RETREAT or any(t.word for t in pattern.terms):
        return pattern
    if not targets or not all(t.country in NON_STATE for t in targets):
        return pattern
    return replace(pattern, code=RELATIONS_BROKEN)


def _governing_pattern(verb: Token, lexicon: Lexicon) -> Upper:
    """The verb an infinitive complement depends on ("agreed" for "to provide"), with that
    verb's best pattern; None for a verb that is no such complement. An infinitive
    coordinated with another and with no subject of its own shares its governor: in "agreed to
    restore ties and to reopen embassies" both depend on "agreed"."""
    complement = verb if has_subject(verb) else first_of_coordination(verb)
    above = governor(complement)
    if (helping := _governing_the_helping(complement, above, lexicon)) is not None:
        return helping
    codes_above = above is not None and _may_code(above) and not _tells_an_aspect(above)
    if complement.dep_ == "xcomp" and above is not None and codes_above:
        return above, _chain_or_verb_pattern(above, lexicon)
    agreeing = complement.head
    if is_agreed_clause(complement):
        pattern = _chain_or_verb_pattern(agreeing, lexicon) if _may_code(agreeing) else None
        if pattern is not None and is_bare_agreement(agreeing, pattern):
            return agreeing, pattern
    return _intending_governor(verb, lexicon)


def _governing_the_helping(complement: Token, above: Token | None, lexicon: Lexicon) -> Upper:
    """What governs the verb of helping above an act helped ("urged China to help end the
    war", "will help broker a truce": urged, will), which governs the act; else None."""
    if above is None or helped_act(above) != complement or has_subject(above):
        return None
    return _governing_pattern(above, lexicon)


def _intending_governor(verb: Token, lexicon: Lexicon) -> Upper:
    """A verb of intent or a bare agreement above a chain of infinitives and coordinated
    verbs with no subject of their own: "committed to halting the fighting, setting up trade
    and restoring relations" (restoring → committed); None where there is none."""
    node = verb
    while node.dep_ in INFINITIVE_CHAIN_DEPS and not is_infinitive(node) and not has_subject(node):
        node = node.head
    above = node.head
    infinitive = is_infinitive(node) or node.dep_ == "xcomp"
    if node.dep_ == "pcomp" and above.lower_ == "to":
        # "committed to halting the fighting": TO is a preposition here.
        node, above, infinitive = above, above.head, True
    if not infinitive or above.i == node.i or not _may_code(above):
        return None
    if is_infinitive(node) and node.dep_ == "advcl" and above.dep_ == "xcomp":
        # "pledged to work with the UN to deliver aid to Gaza": the aim of an act intended is
        # intended too; so where the verb of intent's pattern read the aim's words ("offered
        # to send experts to help Saudi investigators" matched OFFER * HELP, 030).
        governor_verb, governing = _governing_pattern(above, lexicon) or (above, None)
        if governing is not None and _intends(governor_verb, governing):
            return governor_verb, governing
        if governing is not None and root_of(governing.code) == INTENT_ROOT:
            return governor_verb, replace(governing, terms=())
    pattern = _chain_or_verb_pattern(above, lexicon)
    if pattern is None or pattern.terms:
        return None
    return (above, pattern) if _intends(above, pattern) else None


def _intends(verb: Token, pattern: VerbPattern) -> bool:
    """Whether a verb's bare pattern states an intent, or is a bare agreement ("agreed")."""
    if pattern.terms:
        return False
    return root_of(pattern.code) == INTENT_ROOT or is_bare_agreement(verb, pattern)


def _codeable(lexicon: Lexicon) -> PatternOf:
    """How `modality` finds a governor's best pattern: None for a word that may not code."""

    def pattern_of(word: Token) -> VerbPattern | None:
        return _chain_or_verb_pattern(word, lexicon) if _may_code(word) else None

    return pattern_of


def _may_code(word: Token) -> bool:
    """A verb, an adjective with a verb under it ("is ready to hold talks"), or the head of a
    clause with a subject of its own that the tagger took for a noun ("demanded that the
    premier resign")."""
    return _verbal(word) or (word.pos_ == "ADJ" and bool(children(word, "xcomp")))


def _verbal(word: Token) -> bool:
    """A verb, or the head of a clause with a subject of its own, whatever its tag."""
    return word.pos_ == "VERB" or (word.dep_ == "ccomp" and bool(children(word, "nsubj")))


def _chain_or_verb_pattern(word: Token, lexicon: Lexicon) -> VerbPattern | None:
    """A verb's best pattern; an adjective codes only through a pattern that names what
    follows it (CAMEO's READY * TALK: "is ready to hold talks" is 036)."""
    pattern = lexicon.verbs.match(word)
    if not _verbal(word) and (pattern is None or not pattern.terms):
        return None
    if pattern is not None and _directs(word, pattern):
        return replace(pattern, code=UNSPECIFIED_DEMAND, reverse=None)
    return pattern


# Verbs of telling that direct someone to act when they take an object and an infinitive.
DIRECTING_VERBS = frozenset({"tell"})


def _directs(verb: Token, pattern: VerbPattern) -> bool:
    """Whether a statement tells its object to act: "told Washington and Tehran to avoid any
    escalation" demands it (100, made precise by the act asked for), as "demanded" would;
    the act asked for is not done. "Told reporters that ..." stays a statement."""
    if verb.lemma_.lower() not in DIRECTING_VERBS or root_of(pattern.code) != STATEMENT_ROOT:
        return False
    return bool(children(verb, "dobj")) and any(is_infinitive(c) for c in children(verb, "xcomp"))


def dyads(
    sources: list[Actor],
    targets: list[Actor],
    pattern: VerbPattern,
    reciprocal: bool = False,
    allied: bool = False,
) -> list[tuple[Actor, Actor]]:
    """Every source with every target. With no target, a compound source of a joint action
    (intent to cooperate, consult, cooperate, fight), of a pattern the dictionary codes the
    same both ways (EXCHANGE * ACCUSATIONS [112:112]), or of a `reciprocal` verb ("expelled
    each other's diplomats") acts on itself pairwise: "Moscow and Beijing agreed ..." gives
    RUS→CHN and CHN→RUS. Sources `allied` in the act are not joint: force that stops what
    was fired ("Israel, the United States and Britain shot down most of the drones" is no
    fight among them), and the story's attackers that an attack noun stands for ("US and
    British jets struck Houthi targets ... the strikes killed five of its fighters")."""
    joint = is_joint(pattern.code) and not allied
    mutual = reciprocal or joint or pattern.reverse == pattern.code
    if not targets and not mutual:
        return []
    pairs = permutations(sources, 2) if not targets else product(sources, targets)
    listed = len(targets) > 1
    return [
        (s, t)
        for s, t in pairs
        if _distinct(s, t, listed)
        and not _tells_the_press(pattern, t)
        and not _visit_at_home(pattern, s, t)
    ]


def _visit_at_home(pattern: VerbPattern, source: Actor, target: Actor) -> bool:
    """A visit to a place in the visitor's own country is travel, no event: "thousands of
    Afghans rushed to Kabul's airport" is no AFGCVL → AFG 042, nor its hosting. A visit
    between people of one country still is ("demonstrators received ministers")."""
    visit = pattern.code.startswith((*VISIT_CODES, HOST_CODE))
    a_place = source.agent is None or target.agent is None
    return visit and a_place and source.country == target.country


def _force_on_a_thing(verb: Token, pattern: VerbPattern) -> bool:
    """Whether force stops what was fired ("shot down most of them", "intercepted the
    drones"), so that its doers do not fight each other."""
    return root_of(pattern.code) in FORCE_ROOTS and verb.lemma_.lower() in DEFENCE_VERBS


# Statements and talks, which the press only carries when told or spoken to.
TOLD_ROOTS = frozenset({STATEMENT_ROOT, CONSULT_ROOT})
# Verbs whose object is whom something is told.
TELLING_VERBS = frozenset({"tell", "brief", "inform"})


def _tells_the_press(pattern: VerbPattern, target: Actor) -> bool:
    """ "told reporters", "told The Associated Press", "spoke to reporters": the press carries
    the statement, it is no party to it (a statement, root 01, or a talk, root 04, with a
    media actor codes nothing), whatever the words told match ("told reporters there was no
    sign of a deliberate attack" attacked no one)."""
    told = root_of(pattern.code) in TOLD_ROOTS or pattern.verb in TELLING_VERBS
    return told and MEDIA in (target.agent, target.country)


def _distinct(source: Actor, target: Actor, listed: bool) -> bool:
    """An actor does not act on itself, nor on its own bare country among several targets
    ("coordination between Moscow and Beijing" by a Russian official is not RUSGOV → RUS);
    alone, its country is a domestic target (USAGOV → USA), and a country's people and agents
    act on each other (GEO → GEOGOV, RUSCOP → RUSOPP). Two actors of no named country
    ("insurgents killed eight people": ---REB → ---PPL) say nothing of who acted on whom."""
    if source.country == target.country == UNKNOWN:
        return False
    if source.country == target.country:
        return source.code != target.code and (target.agent is not None or not listed)
    return True


def main_subject(sentence: Span, resolver: ActorResolver) -> tuple[Actor, ...]:
    """The actors of the main clause's subject ("Mr Lavrov met Wang Yi": Lavrov)."""
    heads = [t for t in sentence.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    return tuple(resolve_all(heads, resolver, strict=True))


def has_plural_subject(sentence: Span) -> bool:
    """Whether the main clause's subject is plural or a list ("police", "Peru and Chile"): no
    HE or SHE of the next sentence stands for it."""
    heads = [t for t in sentence.root.children if t.dep_ in {"nsubj", "nsubjpass"}]
    return any(h.tag_ in PLURAL_NOUN_TAGS or h.conjuncts for h in heads)


def speakers(sentence: Span, resolver: ActorResolver) -> tuple[Actor, ...]:
    """The actors of the first subject of a verb of saying, or of issuing a statement, that
    resolves ("the Chinese foreign ministry said ...", "Hamas issued a statement"): whom "the
    ministry said" or "the statement said" in a later sentence refers back to."""
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        issued = any(o.lemma_.lower() in STATEMENT_NOUNS for o in children(verb, "dobj"))
        speaking = verb.lemma_.lower() in SAYING_VERBS or issued
        if speaking and (found := subject_actors(verb, resolver)):
            return tuple(found)
    return ()


def sentence_actors(
    sentence: Span, resolver: ActorResolver, events: list[Event]
) -> tuple[Actor, ...]:
    """The event participants of a sentence, or its subjects and whom they act on where it
    codes no event ("Modi told Putin that ...": "the two leaders" of the next sentence), for
    "the sides" in the next one: who reported the events is no side ("..., health officials
    said"). Where they are not of two countries or more, the countries it names together
    ("it is an honour for me to host a summit between Armenia and Azerbaijan": "the two
    countries" of the next sentence are Armenia and Azerbaijan)."""
    actors = [
        actor
        for event in events
        for actor in (
            Actor(event.source_code, event.source_text),
            Actor(event.target_code, event.target_text),
        )
    ]
    if not actors:
        heads = [t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"}]
        heads += [o for t in heads for o in children(t.head, "dobj", "dative")]
        actors = resolve_all(heads, resolver, strict=True)
    if len({a.code for a in actors}) < 2:
        actors = _named_together(sentence, resolver) or actors
    return tuple({a.code: a for a in actors}.values())


def _named_together(sentence: Span, resolver: ActorResolver) -> list[Actor]:
    """The first two or more countries a sentence coordinates ("Armenia and Azerbaijan")."""
    for head in sentence:
        if head.pos_ in {"NOUN", "PROPN"} and children(head, "conj"):
            found = resolver.resolve(head, strict=True)
            if len({a.country for a in found}) >= 2:
                return found
    return []

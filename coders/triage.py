"""Triage before parsing: which sentences of an article can yield an event at all.

Parsing is most of the cost of coding. An event needs two actors, or a group that acts on
itself, so a sentence that names fewer than two is not parsed. The count takes dictionary
names (a name with several codes counts each), the short names of people named earlier in the
article, pronouns (one each), group words such as "the sides" (two), agents standing apart
from names (one each: "police arrested opposition supporters in Nairobi" has three), counts
standing for people ("thousands marched": one), "responsibility", whose claim is toward the
victims of an attack told before, a definite noun of an act told before ("condemned the
attack", "rejected the warning"), a country described rather than named ("the Caribbean
nation"), and a cue of an appeal for restraint or a denial that names no one
(`coders.referents`). A word of an event whose target is implied (a protest, a curfew, a
state of emergency, a retreat, a threat, a call for a ceasefire, hostages freed) counts as
one, since the coder finds that target without a second name; so does a town or region the
gazetteer knows ("struck the port of Hodeidah"), whose country an act of force there is aimed
at. It is made on tokens alone,
from the tokenizer and a rule-based sentence splitter that run about a hundred times faster
than the parser. A harsh judgement ("unacceptable", "a provocation") counts as one too:
said of an act the sentence pins on no one, it is aimed at the story's other side. A story
discard is honoured here too; a sentence discard is not, since whether its phrase sits in an
appositive (and leaves the sentence coded) takes the parse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

from coders.actors import (
    ATTACKER_PLURALS,
    BODY_REFERENTS,
    CODE_SEPARATOR,
    COUNTED_PRONOUNS,
    COUNTING_HEADS,
    COUNTRY_NOUNS,
    CUSTODY_VERBS,
    DESCRIBED_COUNTRY_NOUNS,
    EACH,
    FOLLOWER_NOUNS,
    GROUP_NOUNS,
    HELD_PERSON_NOUNS,
    KOREAN_HALVES,
    LONE_ATTACKER_NOUNS,
    ORGANISATION_NOUNS,
    PARTY_NOUNS,
    PERSON_OBJECT_PRONOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    THEM,
    ActorLexicon,
    Mentions,
    actor_code,
    named_referents,
    names_an_organisation,
)
from coders.criticism import HARSH_WORDS
from coders.dictionaries import ActorEntry, AgentEntry
from coders.nouns import PROTEST_NOUNS
from coders.phrases import PhraseMatch
from coders.places import COUNTRY, Gazetteer
from coders.protests import RESULT_NOUNS
from coders.referents import refers_back
from coders.screens import Discards

# Nouns of a place whose name the gazetteer may know where the dictionaries do not ("the city
# of Kherson"): an attack on it is aimed at its country (`places.place_targets`). Triage reads
# words, not lemmas, so plurals are listed; `places.PLACE_NOUNS`' "capital", "state" and
# "port" are left out as too common in sentences that name no place.
PLACE_NOUN_WORDS = frozenset(
    {"city", "cities", "town", "towns", "village", "villages", "province", "district", "region"}
    # "took control of Taiz": the place held is the target too.
    | {"control"}
)
# "the capital's airport": a site of the home country's capital (`places.SITE_OWNER_NOUNS`).
CAPITAL = "capital"
POSSESSIVE = "'s"
# Beginnings of the words of custody (the lemmas `actors.is_person_held` reads: "arrested",
# "hanged"), and how many words before a person held they may come.
CUSTODY_WORD_STARTS = tuple(sorted(CUSTODY_VERBS))
CUSTODY_REACH = 7
# Words before a passive participle: "was arrested", "have been detained".
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are"})
# What a sentence must name to be worth parsing.
ENOUGH_REFERENCES = 2
ARTICLES = frozenset({"the", "a", "an"})
# Beginnings of words of events whose target the coder may find without a second name: a
# protest, strike or crowd's demand aimed at the government, a curfew or state of emergency on
# the people, a retreat, mobilisation or drills aimed at a place (`protests.implied_targets`,
# `places.place_targets`). Each counts as a reference.
ONE_SIDED_EVENT_STARTS = (
    "protest",
    "demonstrat",
    # "thousands took to the streets"
    "street",
    "march",
    "rall",
    "strike",
    "riot",
    "curfew",
    "emergency",
    "martial",
    "hunger",
    # "farmers blocked roads", "set up barricades": a blockade, aimed at the government
    "block",
    "barricad",
    "withdr",
    "pullout",
    "mobili",
    "drill",
    "demand",
    # "staged a coup", "seized power": aimed at the putschists' own government
    "coup",
    # "Qatar has been mediating", "Bolivia hosted the signing ceremony": between the sides
    # told before (`arguments.mediated_sides`)
    "mediat",
    "host",
    # "Britain warned of serious consequences", "vowed revenge": a threat aimed at the
    # story's other side (`engine._story_adversary`); "called for a ceasefire": on the sides
    # fighting.
    "warn",
    "threat",
    "vow",
    "retaliat",
    "revenge",
    "ceasefire",
    "truce",
    # "Hamas freed four hostages": the other side's (`engine._hostages_of_the_other_side`).
    "hostage",
    "captive",
    # "Cuba freed 553 prisoners": the scene's people (`actors.PRISONER_NOUNS`).
    "prisoner",
    "detainee",
    "inmate",
    # "Turkey dispatched rescue teams": aid for the country the story is about
    # (`engine._aided_story_country`).
    "rescue",
    "humanitarian",
    # "Russia offered condolences", "Chile said it was deeply concerned": to the country the
    # story is about (`engine._story_country_felt_for`).
    "condolence",
    "sympath",
    "concern",
    # "cut off access to social media", "shut down the internet": a restriction on the
    # state's own people (`protests.implied_targets`).
    "internet",
    "access",
    # "China restricted exports of gallium", "imposed sanctions on the library": economic
    # sanctions aimed at the story's other side (`engine._story_adversary`).
    "sanction",
    "embargo",
    "tariff",
    "export",
    "restrict",
    "curb",
    # "Iran denied any involvement": answering the story's other side (`engine._story_adversary`).
    "deni",
    "deny",
    # "the opposition called for early elections": on the government (`protests.implied_targets`).
    "election",
    "resign",
)
ONE_SIDED_EVENT_WORDS = frozenset(
    # "followed suit", "announced similar sanctions": the story's last act, done again
    # (`referents.followed_acts`).
    {"power", "suit", "similar"}
    # "offered help", "sent aid": aid for the country the story is about (not "aides").
    | {"aid", "relief", "help", "assistance"}
    # "banned imports of seafood": an embargo on the story's other side (`import` begins
    # "important").
    | {"ban", "bans", "banned", "import", "imports"}
    # "will deploy 2,000 peacekeepers": a force of protection for the same country.
    | {"peacekeepers", "peacekeeping"}
    # "the opposition rejected the result": the government that declared it
    # (`protests.contested_result`).
    | RESULT_NOUNS
    | {"results"}
)
# Words that stand for actors named earlier: a claim of "responsibility" is toward the victims
# of the attack told before (`arguments.claimed_victims`).
EARLIER_VICTIM_WORDS = frozenset({"responsibility"})


def _plural(noun: str) -> str:
    """The plural of a regular noun: "side" → "sides", "party" → "parties"."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


GROUP_PLURALS = frozenset(_plural(noun) for noun in GROUP_NOUNS)
# Protests told as plural nouns ("protests erupted across the country", "the arrest sparked
# protests"): the crowd and the government it protests against, both of the scene or story
# (`nouns._protests_breaking_out`), so two references.
PROTEST_PLURALS = frozenset(_plural(noun) for noun in PROTEST_NOUNS)
# Counts that stand for people ("thousands marched"): the scene's civilians.
COUNT_PLURALS = frozenset(noun + "s" for noun in COUNTING_HEADS)
# "supporters of Castillo": the public of the one the phrase names (`actors._is_following`).
FOLLOWER_PLURALS = frozenset(noun + "s" for noun in FOLLOWER_NOUNS)


@dataclass(frozen=True)
class Plan:
    """An article's sentence count, and the sentences to parse with their index in it."""

    sentences: int
    kept: tuple[tuple[int, str], ...]
    # The kept sentences that introduce a name by its role, where the entity recogniser runs
    # for actor discovery (it costs as much as the rest of the pipeline), with the names each
    # introduces, in lower case: the recogniser reads the words around them
    # (`pipeline.recognise_near_names`).
    introduced: Mapping[int, frozenset[str]] = field(default_factory=dict)
    # The countries named in the sentences triage skips, by index: "An earthquake struck
    # Peru." names too few actors to parse, but tells what country the story is about
    # (`ArticleContext.with_countries`).
    unparsed: Mapping[int, frozenset[str]] = field(default_factory=dict)

    @property
    def introductions(self) -> frozenset[int]:
        """The kept sentences that introduce a name by its role."""
        return frozenset(self.introduced)


class Triage:
    """Decides, per article, which sentences the parser needs to see."""

    def __init__(
        self,
        nlp: Language,
        actors: ActorLexicon,
        discards: Discards,
        unknown_actors: bool = False,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self._tokenizer = nlp.tokenizer
        self._splitter = Sentencizer()
        self._actors = actors
        self._discards = discards
        self._unknown_actors = unknown_actors
        self._gazetteer = gazetteer

    def plan(self, text: str, day: date | None = None) -> Plan:
        """The sentences of `text` worth parsing. With the article's `day`, a dictionary name
        that has no code on it introduces a name as an unknown one does: "opposition candidate
        Bassirou Diomaye Faye", before the table of office holders makes him president."""
        doc = self._splitter(self._tokenizer(text))
        sentences = [s for s in doc.sents if s.text.strip()]
        if self._discards.story(doc):
            return Plan(len(sentences), ())
        aliases: set[str] = set()
        kept = []
        introductions: dict[int, frozenset[str]] = {}
        unparsed: dict[int, frozenset[str]] = {}
        for index, sentence in enumerate(sentences):
            matches = self._actors.actors.find(sentence)
            agents = self._actors.agents.find(sentence)
            coded = [m for m in matches if day is None or actor_code(m.entries, day) is not None]
            named = {i for match in coded for i in range(match.start, match.end)}
            introduced = _introduced_names(sentence, agents, named)
            # A sentence that introduces a name by its role is parsed for actor discovery.
            needed = ENOUGH_REFERENCES - (1 if introduced else 0)
            enough = self._names_enough(sentence, matches, agents, aliases, needed)
            if enough:
                kept.append((index, sentence.text.strip()))
                if introduced:
                    introductions[index] = frozenset(introduced)
            elif day is not None and (countries := Mentions(tuple(coded), ()).countries(day)):
                unparsed[index] = countries
            aliases |= _short_names(sentence, matches) | introduced | _bodies(matches)
            aliases |= self._agent_heads(sentence, agents)
        return Plan(len(sentences), tuple(kept), introductions, unparsed)

    def _names_enough(
        self,
        sentence: Span,
        matches: list[PhraseMatch[ActorEntry]],
        agents: list[PhraseMatch[AgentEntry]],
        aliases: set[str],
        needed: int,
    ) -> bool:
        """Whether the sentence refers to `needed` actors or more, counted until there are
        enough: most sentences of news name two in their dictionary names alone."""
        count = sum(_codes(match) for match in matches)
        if count >= needed:
            return True
        covered = {i for match in matches for i in range(match.start, match.end)}
        # Agents apart from any name ("police arrested protesters") take the country of the
        # place, sentence or story they are in, so each counts.
        count += sum(1 for agent in agents if _apart(agent, covered))
        for token in sentence:
            if count >= needed:
                return True
            if token.i not in covered:
                count += _word_references(token, aliases) or self._place_reference(token)
        return count >= needed

    def _agent_heads(self, sentence: Span, agents: list[PhraseMatch[AgentEntry]]) -> set[str]:
        """The last words of agent phrases of two words or more that are no agent alone, which
        may stand for them later ("army officers ... the officers":
        `ActorResolver._named_before_by_word`; not "the National Police ... police")."""
        doc = sentence.doc
        heads = {doc[a.end - 1].lower_ for a in agents if a.end - a.start >= 2}
        return {h for h in heads if not self._actors.agents.find(self._tokenizer(h)[:])}

    def _place_reference(self, token: Token) -> int:
        """A town or region the gazetteer knows, named inside the sentence ("warplanes struck
        the port of Hodeidah"): an act of force there is aimed at its country
        (`places.place_targets`), so the place counts as one."""
        if self._gazetteer is None or not token.is_title or token.is_sent_start:
            return 0
        place = self._gazetteer.find(token.text)
        return 1 if place is not None and place.precision != COUNTRY else 0


def _word_references(token: Token, aliases: set[str]) -> int:
    """How many actors a word outside any dictionary name stands for."""
    word = token.lower_
    before = _word_before(token)
    if word in GROUP_PLURALS or (before == EACH and word in GROUP_NOUNS):
        # "both sides", "each country": two at least
        return 2
    if word in PROTEST_PLURALS:
        return 2
    references = (
        word in PRONOUNS
        # "Mexico offered him asylum": the person the last sentence led with; "police fired
        # tear gas to disperse them": the crowd it named
        or word in PERSON_OBJECT_PRONOUNS
        or word == THEM
        or word in aliases
        or word in EARLIER_VICTIM_WORDS
        # "the attackers": the armed group or gang named before
        or (word in ATTACKER_PLURALS and before == "the")
        # "shot the gunman dead": the story's one attacker
        or (word in LONE_ATTACKER_NOUNS and before == "the")
        # "the group freed two hostages": the armed group named before
        or (word in ORGANISATION_NOUNS and before == "the")
        # "detained several of them": those the pronoun stands for
        or (word in COUNTED_PRONOUNS and before == "of")
        # "our country": the speaker's
        or (word in COUNTRY_NOUNS and before == "our")
        # "the Caribbean nation": the story's other country
        or (word in DESCRIBED_COUNTRY_NOUNS and _described(token))
        # "thousands marched": people (`ActorResolver._at_scene`)
        or (word in COUNT_PLURALS and not _counts_something(token))
        or (word in FOLLOWER_PLURALS and _word_after(token) == "of")
        # "fired tear gas at his supporters": the leader told before (`_followers_of_pronoun`)
        or (word in FOLLOWER_PLURALS and before in POSSESSIVE_PRONOUNS)
        # "Ecuador declared a state of emergency": the people are its target
        or word.startswith(ONE_SIDED_EVENT_STARTS)
        or word in ONE_SIDED_EVENT_WORDS
        # "his party": the leader told before (`ActorResolver._owned_by_the_one_before`)
        or (word in PARTY_NOUNS and before in POSSESSIVE_PRONOUNS)
        # "shelled the city of Kherson": the place's country is the target; "seized the
        # capital's airport": the home country's site (`places._site_of_the_town`)
        or word in PLACE_NOUN_WORDS
        or (word == CAPITAL and _word_after(token) == POSSESSIVE)
        # "'It is unacceptable,' Peru said": the story's other side
        or word in HARSH_WORDS
        or word.removesuffix("s") in HARSH_WORDS
        # "condemned the attack": the attackers told of before
        or refers_back(token)
        # "police arrested a 41-year-old man": the scene's civilians (`actors.is_person_held`)
        or (word.removesuffix("s") in HELD_PERSON_NOUNS and _in_custody(token))
        # "the army chief was arrested": the police or courts of the scene arrested him
        or (word.startswith(CUSTODY_WORD_STARTS) and before in PASSIVE_AUXILIARIES)
        # "the North's missile launch": a half of Korea (`ActorResolver._korean_half`)
        or (word in KOREAN_HALVES and token.is_title and before == "the" and not _named_on(token))
    )
    return 1 if references else 0


def _in_custody(token: Token) -> bool:
    """Whether a word of custody comes a few words before `token` ("arrested a 41-year-old
    man", "hanged two men"), or the word is followed by one ("a suspect was detained"). Triage
    reads words, not lemmas."""
    doc = token.doc
    near = [*doc[max(token.i - CUSTODY_REACH, 0) : token.i], *doc[token.i + 1 : token.i + 3]]
    return any(t.lower_.startswith(CUSTODY_WORD_STARTS) for t in near)


def _named_on(token: Token) -> bool:
    """Whether a capitalised word follows `token`, making it part of a longer name ("the
    South China Sea")."""
    return token.i + 1 < len(token.doc) and token.nbor(1).is_title


def _word_before(token: Token) -> str:
    """The word before `token`, in lower case ("" at the start of the document)."""
    return token.nbor(-1).lower_ if token.i > 0 else ""


def _word_after(token: Token) -> str:
    """The word after `token`, in lower case ("" at the end of the document)."""
    return token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""


def _described(token: Token) -> bool:
    """ "the Caribbean nation", "the Gulf state": THE and one describing word before."""
    return token.i > 1 and token.nbor(-2).lower_ == "the" and token.nbor(-1).is_alpha


def _counts_something(token: Token) -> bool:
    """Whether an `of` phrase says what a count counts: "thousands of soldiers" (whose agent
    counts by itself), and "tens of thousands", whose last count counts."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == "of"


def _apart(agent: PhraseMatch, covered: set[int]) -> bool:
    """An agent not inside a name nor next to one ("Russian officials" is one reference)."""
    return not any(i in covered for i in range(agent.start - 1, agent.end + 1))


def _codes(match: PhraseMatch[ActorEntry]) -> int:
    return max(entry.code.count(CODE_SEPARATOR) + 1 for entry in match.entries)


def _introduced_names(
    sentence: Span, agents: list[PhraseMatch[AgentEntry]], named: set[int]
) -> set[str]:
    """Names that actor discovery may code from their role, which may stand for them later:
    the last capitalised word after a role ("President Bassirou Diomaye Faye", "Faye"),
    before a role in apposition ("Maria Zakharova, spokeswoman for ..."), and a short form
    in brackets ("(RSF)"). Words of a dictionary name (the tokens in `named`) introduce no
    one: discovery passes over a name the dictionaries know."""
    doc = sentence.doc
    names: set[str] = set()
    for agent in agents:
        after = _capitalised_run(doc, agent.end, sentence.end, step=1)
        names |= {after[-1].lower_} if after and after[-1].i not in named else set()
        before_agent = agent.start - 1
        has_article = before_agent >= sentence.start and doc[before_agent].lower_ in ARTICLES
        start = before_agent if has_article else agent.start
        if start - 1 > sentence.start and doc[start - 1].text == ",":
            before = _capitalised_run(doc, start - 2, sentence.start - 1, step=-1)
            names |= {before[-1].lower_} if before and before[-1].i not in named else set()
    for token in sentence[1:-1]:
        if (
            token.is_upper
            and len(token) > 1
            and token.nbor(-1).text == "("
            and token.i not in named
        ):
            names.add(token.lower_)
    return names


def _capitalised_run(doc: Doc, start: int, stop: int, step: int) -> list[Token]:
    """The capitalised words from `start` towards `stop`, in text order."""
    run = []
    for i in range(start, stop, step):
        if not doc[i].is_title and not doc[i].is_upper:
            break
        run.append(doc[i])
    return run if step > 0 else run[::-1]


def _bodies(matches: list[PhraseMatch[ActorEntry]]) -> frozenset[str]:
    """ "the bloc", "the alliance", once the article has named an organisation; "the
    island", "the kingdom" or "the court", once it has named an island state, a kingdom or
    an international court."""
    found: set[str] = set()
    if any(names_an_organisation(m) for m in matches):
        found |= BODY_REFERENTS
    for match in matches:
        found |= named_referents(match)
    return frozenset(found)


def _short_names(sentence: Span, matches: list[PhraseMatch[ActorEntry]]) -> set[str]:
    """The first and last words of names of two words or more, which may stand for them later
    ("Mr Patrushev", "Mr Yang")."""
    doc = sentence.doc
    names: set[str] = set()
    for match in matches:
        if match.end - match.start >= 2:
            names |= {doc[match.start].lower_, doc[match.end - 1].lower_}
    return names

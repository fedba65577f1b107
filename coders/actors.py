"""Actor resolution: which CAMEO actor code a noun phrase names on the article's date."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from types import MappingProxyType

from spacy.tokens import Doc, Span, Token

from coders.codebook import STATE_AGENTS
from coders.context import ArticleContext
from coders.dictionaries import NULL_CODE, ActorEntry, AgentEntry, Dictionaries
from coders.grammar import (
    BORDERS,
    FINITE_TAGS,
    PRESENT_TAGS,
    RELATIVE_PRONOUNS,
    SAYING_VERBS,
    STRIKING_VERBS,
    SUBJECT_DEPS,
    children,
    clause_verb,
    conjuncts,
    core_tokens,
    first_of_coordination,
    has_subject,
    is_infinitive,
    is_passive,
    joins_by_hyphen,
    names_before,
    path_up,
    prepositions,
)
from coders.modality import is_mandated
from coders.phrases import PhraseIndex, PhraseMatch, fold
from coders.records import (
    ORGANISATION_PREFIX,
    STATE_SPEAKERS,
    STATELESS_PREFIXES,
    UNKNOWN,
    Actor,
)
from coders.speech import telling_verb
from coders.weapons import LAUNCHING_VERBS, LEADER_TITLES, is_attack, is_instrument, is_weapon

# The `source` of the alias entries that actor discovery makes (`coders.discovery`).
DISCOVERED = "discovered"
# Joins the codes of a name that stands for several actors at once ("FRO/BIL/SAM").
CODE_SEPARATOR = "/"
COUNTRY_LENGTH = 3
# How a name places the agents of a sentence in its country: "in Nairobi", "Kenyan police",
# "marched through Nairobi".
PLACING_PREPS = frozenset(
    {"in", "across", "throughout", "near", "through", "around", "outside", "inside"}
)
# Where people go, which places them only where nothing else does (`Mentions.countries`).
DESTINATION_PREP = "into"
# The phrase of an attack that names what it hit ("strikes on Gaza").
HIT_PREPS = frozenset({"on"})
# Verbs whose object a possessive pronoun may own only as the other side's: "killed its
# commanders" after "struck Iran's sites" are Iran's (`ActorResolver._victims_owner`); so
# are the envoys a state expels ("accused Bolivia of spying and expelled its ambassador").
VICTIMS_VERBS = STRIKING_VERBS | {
    "kill", "assassinate", "destroy", "down", "sink", "wound", "expel",
}  # fmt: skip
# Prepositions a pattern may ask for by themselves, that tell at whom an act is aimed; a
# weapon fired "at its towns" strikes them.
AIMING_PREPS = frozenset({"at", "on", "against", "upon"})
# Crowds that went out into a city: "took to the streets of Belgrade".
STREET_PREPS = frozenset({"to", "onto", "into"})
STREET_NOUNS = frozenset({"street", "square"})
# "a US-brokered ceasefire": the name is the go-between's (`arguments.sponsors`), when joined
# to the word by a hyphen.
BROKERING_WORDS = frozenset({"brokered", "mediated"})
# "Iran-backed", "Russian-supported": the name is the backer's; "Iranian-made", "US-supplied":
# the maker's or the supplier's, not the user's.
# Of these, the standing ties of support: "rebels backed by Rwanda" tells no event.
SUPPORTING_WORDS = frozenset(
    {"backed", "supported", "sponsored", "funded", "allied", "aligned", "financed"}
)
BACKING_WORDS = SUPPORTING_WORDS | frozenset(
    {
        "made",
        "built",
        "designed",
        "manufactured",
        "produced",
        "supplied",
        "provided",
        "donated",
    }
    | BROKERING_WORDS
)
# Cities the news names for the body they seat, not the state they are in: "Brussels warned
# Budapest" is the EU. As a place ("farmers blocked roads around Brussels") the city stays the
# state's (`_seated_body`).
SEATED_BODIES = MappingProxyType({"brussels": "IGOEUREEC"})
# Roles in which a city named alone is a party, not a place: a subject, an object, an owner
# ("Brussels' decision"), and the other side of WITH or AGAINST ("talks with Brussels").
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "conj", "appos"})
PARTY_PREPS = frozenset({"with", "against"})
# Participles that say who holds a place: "Russian-held Donetsk", "Russian-occupied Crimea".
HOLDING_WORDS = frozenset({"held", "occupied", "controlled", "administered", "run"})
# The halves of Korea, as news on the peninsula names them ("the North", "the South").
KOREAN_HALVES = MappingProxyType({"north": "PRK", "south": "KOR"})
# Participles that tell what a person is blamed or held for: "a man suspected of spying for
# Israel" is not Israel's.
CHARGED_WORDS = frozenset(
    {"suspected", "accused", "convicted", "charged", "wanted", "sentenced", "jailed"}
)
# Participles that tell what a crowd wants or is against: "people protesting against the
# re-election of Lukashenko" are not Lukashenko's.
AIMING_WORDS = frozenset(
    {"protesting", "demonstrating", "rallying", "marching", "demanding", "denouncing"}
)
# Links that start a clause of its own inside a noun phrase.
CLAUSE_DEPS = frozenset({"acl", "relcl", "xcomp", "ccomp", "advcl"})
# Nouns of places a country's word can qualify: "in the Georgian capital".
PLACE_NOUNS = frozenset(
    {
        "capital",
        "city",
        "town",
        "village",
        "region",
        "province",
        "state",
        "district",
        "port",
        "county",
        "suburb",
        "neighbourhood",
        "neighborhood",
        "camp",
        "airport",
    }
)
QUALIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
# The agents a state's own forces are: police and the military.
FORCE_AGENTS = frozenset({"COP", "MIL"})
# The armed foes at home a state acts on (`ActorResolver._reporters_foes`).
DOMESTIC_FOES = frozenset({"REB", "INS", "CRM", "UAF"})
# CAMEO's elites: former officials ("former security officials", "ex-ministers") hold no role.
ELITE = "ELI"
# The roles of an organisation's own officials, envoys, judges, prosecutors and assemblies,
# who are the organisation (`_with_agent`): the UN General Assembly is IGOUNO.
ORGANISATION_OFFICIALS = frozenset({"GOV", "JUD", "LEG"})
FORMER_WORDS = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown"})
# "his country", "their nation": the country of the subject of the clause above them.
COUNTRY_NOUNS = frozenset({"country", "nation"})
# A leader's own political side: "his party" is the leader's code.
PARTY_NOUNS = frozenset({"party", "movement", "camp"})
# Nouns a story describes a country by instead of naming it again: "the Caribbean nation".
DESCRIBED_COUNTRY_NOUNS = COUNTRY_NOUNS | {
    "state", "kingdom", "republic", "island", "emirate", "colony",
}  # fmt: skip
# "its troops", "their forces": agents owned by the subject of the clause above them.
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
THEIR = frozenset({"their"})
ITS = frozenset({"its"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# CAMEO's codes of regions, which a group of states from one may be named by ("Latin American
# governments": LAM).
REGIONS = frozenset(
    {
        "AFR",
        "ASA",
        "BLK",
        "CAU",
        "CFR",
        "CAS",
        "CEU",
        "EIN",
        "EAF",
        "EEU",
        "EUR",
        "LAM",
        "MEA",
        "MDT",
        "NAF",
        "NMR",
        "PGS",
        "SCN",
        "SAM",
        "SAS",
        "SEA",
        "SAF",
        "WAF",
        "WST",
    }
)
# Groups of states whose INCLUDING phrase names members: "several countries, including Peru".
STATE_GROUP_NOUNS = frozenset(
    {"country", "nation", "state", "government", "power", "ally", "neighbour", "neighbor"}
)
# Nouns that name a speaker again without saying whose it is: "the ministry said".
SPEAKER_NOUNS = frozenset(
    {"ministry", "statement", "communique", "spokesman", "spokeswoman", "spokesperson"}
    | {"office", "embassy", "government"}
)
# The prepositions an envoy's agent phrase ends in, naming where the envoy serves.
ENVOY_PREPOSITIONS = frozenset({"to", "at", "for"})

# A state's envoys and missions abroad.
ENVOY_NOUNS = frozenset(
    {"embassy", "ambassador", "envoy", "diplomat", "consulate", "consul", "attache"}
)
# One-word offices that news writes in lower case and that name one person: "the pope" is the
# Holy See's head of state (`_common_noun`).
OFFICES_WRITTEN_LOWER = frozenset({"pope", "pontiff"})
# People who speak or work for a body (`ActorResolver._serving`): "an official at the ministry".
SERVING_NOUNS = frozenset(
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "adviser",
        "advisor", "aide", "source", "representative", "officer", "staffer", "employee",
    }
)  # fmt: skip
# Merchant ships, whose flag the scene or the story's home does not say: "Iran seized a tanker"
# is no Iranian company's tanker (`ActorResolver._at_scene`).
VESSEL_NOUNS = frozenset({"tanker", "ship", "freighter", "vessel"})
# Nouns for someone in the same role as the event's source, in another country.
COUNTERPART_NOUNS = frozenset({"counterpart"})
# Plural nouns that refer back to the actors just named: "the sides", "both countries",
# "the two leaders" (but not a generic "the countries").
GROUP_NOUNS = frozenset(
    {
        "side",
        "country",
        "nation",
        "leader",
        "party",
        "government",
        "minister",
        "delegation",
        "president",
        "neighbour",
        "neighbor",
        # "the two NATO allies"
        "ally",
        "rival",
        "general",
        "commander",
        "faction",
        "state",
        "junta",
    }
)
# Group nouns for the sides of a fight: "both sides", "the warring sides", "the two generals"
# (who lead them), "the warring factions".
SIDE_NOUNS = frozenset({"side", "general", "commander", "faction"})
# Group nouns that name states: "both countries" are the countries, whoever acted for them.
COUNTRY_GROUP_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "ally"})
# Words that count a group noun's members: "both sides", "the three countries"; "each side"
# (of the two) in turn.
EACH = "each"
GROUP_MARKERS = MappingProxyType({"both": 2, "two": 2, "three": 3, "four": 4, EACH: 2})
PAIR = 2
# ALL before a noun of the parties to a conflict: "all sides", "all parties", "all factions".
ALL = "all"
CONFLICT_PARTY_NOUNS = frozenset({"side", "party", "faction"})
# Words that set a group apart from the actors just named: "the civilian leaders" after the
# generals who detained them, "the opposition leaders" after the government.
OTHER_ROLE_WORDS = frozenset(
    {
        "civilian", "military", "army", "opposition", "rebel", "religious", "tribal",
        "student", "business", "community", "local", "elected", "deposed", "ousted", "former",
        "detained", "jailed", "union", "labour", "labor", "protest", "gang", "militia",
        "political",
    }
)  # fmt: skip
# Nouns for an organisation that refer back to the armed group named before ("the militant
# group said"), and the codes of armed groups: rebels, insurgents, unidentified armed forces,
# international militants.
ORGANISATION_NOUNS = frozenset({"group", "organization", "organisation", "movement", "militia"})
ARMED_GROUP_AGENTS = frozenset({"REB", "INS", "UAF"})
# Agents that fight: an armed group's own fighters or forces are the group itself.
FIGHTING_AGENTS = ARMED_GROUP_AGENTS | {"MIL"}
GANG_AGENT = "CRM"
# Civilians: people, crowds, residents (the CAMEO actor codebook has no PPL).
CIVILIANS = "CVL"
UNIDENTIFIED_FORCES = "UAF"
# What makes people an armed force: "armed Serbs", as the Phoenix file's ARMED MEN (UAF).
ARMED_WORDS = frozenset({"armed"})
# Nouns for a leader's or a party's followers, who are the public (`_is_following`).
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist"})
# Those who oppose whom their phrase names (`ActorResolver._opponents`): "Duque's opponents",
# "critics of the government" are the opposition, not Duque or the government.
OPPONENT_NOUNS = frozenset({"opponent", "critic", "detractor"})
GOVERNMENT_AGENT = "GOV"
# The words of a state's government as a whole, which a foreign state urges or blames
# (`ActorResolver._story_country_acted_on`); not "the civilian leaders", set apart by a role.
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "authority", "administration"})
OPPOSITION_AGENT = "OPP"
# People held or hurt, whose INCLUDING phrase may say whose they are (`_included`).
HELD_PEOPLE_NOUNS = frozenset({"hostage", "captive", "prisoner", "detainee", "passenger"})
# Those a state holds in its jails (`engine._prisoners_of_the_state`).
PRISONER_NOUNS = frozenset({"prisoner", "detainee", "inmate"})
# People of no role whom a state holds, tries or punishes: the country's civilians, as PEOPLE
# are ("police arrested a 41-year-old man at the scene", "Iran hanged a man", "the junta
# pardoned thousands of prisoners"). Not men of any act, since "a man" killed in a border
# clash or "two men" in a wire story's gold are no civilians of the scene's country.
HELD_PERSON_NOUNS = (
    frozenset({"man", "men", "suspect", "teenager", "youth", "boy", "girl"}) | PRISONER_NOUNS
)
CUSTODY_VERBS = frozenset(
    {"arrest", "detain", "apprehend"}
    | {"sentence", "convict", "jail", "imprison", "deport", "pardon"}
    | {"execute", "hang", "behead", "flog", "torture"}
)
HEAD_NOUN = "head"
# A country's neighbour or rival, told with its possessive (`ActorResolver._neighbour`).
NEIGHBOUR_NOUNS = frozenset({"neighbour", "neighbor", "rival"})
# Nouns of whoever leads a body, whose OF phrase names it (`_led_body`).
LEADING_NOUNS = frozenset({HEAD_NOUN, "chief", "leader", "commander", "boss"})
# Nouns of those who belong to a group named in a compound before them or in their OF phrase:
# "gang members" are the gang's, "activists of the governing party" the party's
# (`ActorResolver._agent_of`, `_led_body`).
MEMBER_NOUNS = frozenset({"member", "activist"})
# Possessives that stand for one person (`_listed_owner`).
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
# Words of a person's name that are titles, not part of the name ("Mr", "Dr").
TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sheikh", "gen", "gen."})
# How the names of peoples listed in the plural end ("Palestinians", "Afghans").
PEOPLE_ENDING = "ans"
# The longest syllable of a Korean or Chinese given name written in two words ("Suk Yeol",
# "Jong Un"): a three-word name whose last two words are no longer may give its family name
# first (`_family_name_first`).
GIVEN_SYLLABLE_LENGTH = 5
# A country's word on a place it administers ("Indian-administered Kashmir": `_administers`).
ADMINISTERED = "administered"
# Words that make an agent another country's than the scene's: "foreign forces".
FOREIGN_WORDS = frozenset({"foreign", "overseas"})
# The world as an agent's own place: "leaders around the world", "from across the globe" are
# of many countries, none the scene's.
WORLD_NOUNS = frozenset({"world", "globe"})
# A state's own offices for its relations abroad: "the foreign ministry", "foreign minister".
FOREIGN_AFFAIRS_NOUNS = frozenset(
    {"ministry", "minister", "office", "secretary", "service", "department", "affairs"}
)
# "ethnic Albanians in Kosovo": a people named by its ethnicity, not its state.
ETHNIC = "ethnic"
# What befalls a post-holder, whose possessor is the one it befalls (`_act_owners`).
PERSONAL_ACT_NOUNS = frozenset(
    {"resignation", "ouster", "removal", "dismissal", "impeachment", "withdrawal", "departure"}
)
# What someone asks of another, whose possessor asked it (`_act_owners`).
OWNED_DEMAND_NOUNS = frozenset({"demand", "pressure"})
# Acts done to someone or said of them, whose possessor did them (`_doers`): "Iran's execution
# of a dissident".
DONE_TO_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "jailing",
        "imprisonment",
        "execution",
        "killing",
        "treatment",
        "persecution",
        "expulsion",
        "deportation",
        "abduction",
        "kidnapping",
        "sentencing",
        "prosecution",
        "repression",
        "mistreatment",
        # What someone said, about whomever it was: "the pope's remarks about Chechen soldiers".
        "remark",
        "comment",
        "statement",
        "speech",
        "claim",
        "accusation",
    }
)
# People an attack story speaks of after naming the armed group or gang: "the attackers".
ATTACKER_NOUNS = frozenset({"attacker", "man", "raider", "assailant", "abductor", "kidnapper"})
ATTACKER_PLURALS = frozenset(
    {"attackers", "men", "raiders", "assailants", "abductors", "kidnappers"}
)
# The members of an armed group by their trade: "the militants", "the gunmen" are the armed
# group the article named last (`_is_definite_attacker_noun`).
ARMED_MEMBER_NOUNS = frozenset(
    {"militant", "gunman", "fighter", "insurgent", "rebel", "jihadist", "guerrilla"}
)
# Those who did the story's act: "the perpetrators" (`_names_the_culprits`).
CULPRIT_NOUNS = frozenset({"perpetrator", "culprit"})
# One person who did the story's attack: "the gunman", "the attacker" (`_names_the_culprits`).
LONE_ATTACKER_NOUNS = frozenset(
    {"attacker", "assailant", "gunman", "shooter", "bomber", "knifeman", "hijacker"}
)
INTERNATIONAL_MILITANTS = "IMG"
# "officials representing the government": they act for what they represent.
REPRESENTING_VERBS = frozenset({"represent"})
# Words that tie forces to the side they fight for: "forces loyal to Assad", "allied with".
LOYAL_WORDS = frozenset({"loyal", "allied", "aligned"})
# "rebels led by Hayat Tahrir al-Sham", "a coalition headed by Saudi Arabia": the leader's.
LEADING_VERBS = frozenset({"lead", "head", "command"})
# A base is the forces it holds: "bases housing US troops", "a base used by American forces",
# "an air base where US troops are stationed". By the word as written too: the lemmatiser
# reads "bases" as "basis".
BASE_NOUNS = frozenset({"base", "bases", "airbase", "camp", "garrison", "outpost", "barracks"})
HOUSING_VERBS = frozenset({"house", "host", "use", "station", "base", "deploy"})
# Their participles that only describe a base, which the tagger may read as nouns ("housing"
# NN); "using" and "deploying" after an attack's object say how it was done.
HOUSING_PARTICIPLES = frozenset({"housing", "hosting", "stationing"})
# Pronouns that stand for an actor named before them: in a governing clause, else the last
# sentence's subject.
PRONOUNS = frozenset({"it", "he", "she", "they", "we"})
PLURAL_PRONOUNS = frozenset({"they", "we"})
PERSON_PRONOUNS = frozenset({"he", "she"})
IT = "it"
PERSON_ENTITY = "PERSON"
# Verbs that punish or blame their object for a deed, and the marks of a clause that tells the
# deed: in "police arrested hundreds of supporters a day after they stormed Congress", "they"
# are the supporters (`ActorResolver._punished`).
PUNISHING_VERBS = frozenset(
    {"arrest", "detain", "jail", "sentence", "convict", "sanction", "expel", "deport", "punish"}
    | {"fine", "blame", "accuse", "condemn", "criticise", "criticize", "denounce", "ban"}
)
DEED_MARKS = frozenset({"after", "because", "when", "for"})
FIRST_PERSON_PRONOUNS = frozenset({"we"})
# Object pronouns, and the links of the nouns they may stand for ("met Syria's president and
# urged him").
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# The object pronouns that stand for people, which may also follow a preposition ("called on
# him to step down", "talks with them"); "it" there is mostly a thing ("agreed to it").
PERSON_OBJECT_PRONOUNS = frozenset({"him", "her"})
# The possessive pronouns of one person ("his party": a leader's, not the police's).
PERSON_POSSESSIVES = frozenset({"his", "her"})
# The roles of one person that such a pronoun may stand for (troops, police and crowds are
# groups).
PERSON_AGENTS = frozenset({"GOV", "LEG", "JUD", "ELI", "OPP"})
# The agents of a state's office holders, who name its own forces bare
# (`ActorResolver._office_holders_state`).
OFFICE_AGENTS = frozenset({"GOV", "LEG", "JUD"})
THEM = "them"
OBJECT_LIKE_DEPS = frozenset({"dobj", "pobj", "dative", "appos"})
DEFINITE_GROUP_NOUNS = frozenset(
    {"side", "minister", "leader", "delegation", "neighbour", "neighbor", "rival", "faction"}
)
# "soldiers from Gondor", "activists in Arnor": the phrase says whose agents they are.
LOCATING_PREPS = frozenset({"from", "in", "of"})
# Agents who speak for a side in talks, whose FOR phrase names the side as OF would:
# "negotiators for Israel and Hamas" are of both.
REPRESENTING_NOUNS = frozenset({"negotiator", "delegate", "representative", "envoy", "delegation"})
# Participles that place an agent by their IN phrase: "militants based in Afghanistan".
BASING_VERBS = frozenset({"base", "station", "headquarter", "operate"})
# Counting words that, with no `of` phrase, stand for people: "thousands marched".
COUNTING_HEADS = frozenset({"thousand", "hundred", "ten", "dozen", "million", "score"})
# Nouns of military posts and of buildings, whose modifier says whose they are ("rebel
# positions", "the court building").
POST_NOUNS = frozenset(
    {
        "position",
        "camp",
        "base",
        "hideout",
        "stronghold",
        "outpost",
        "post",
        "checkpoint",
        "station",
        # "stormed the court building", "attacked army buildings": the body housed there.
        "building",
        "headquarters",
        "compound",
        "premises",
        "office",
        # "took control of military sites", "struck army facilities"
        "site",
        "facility",
        "installation",
    }
)
# A noun's tags by number, for "the prosecutor" and "the troops" (`_is_bare_definite`).
SINGULAR_TAGS = frozenset({"NN"})
PLURAL_TAGS = frozenset({"NNS"})
# "wounded five others": more of those acted on before (`ActorResolver._more_of_the_same`).
OTHERS = "others"
# Heads whose `of` phrase names the actor: "thousands of Georgians", "one of Putin's allies".
QUANTITY_HEADS = frozenset(
    {
        "thousand",
        "hundred",
        "ten",
        "dozen",
        "million",
        "one",
        "some",
        "many",
        "group",
        "number",
        "member",
        "band",
        "crowd",
        "several",
    }
)


def actor_code(entries: Iterable[ActorEntry], day: date) -> str | None:
    """The latest-begun date restriction that holds on `day` (`latest_role`), else the undated
    default, else None.

    Entries come in dictionary order; when several files list the same name, the last file
    decides, so a user's file overrides the shipped ones. Where none of its dated rows holds
    on `day`, a dated row of an earlier file that does still holds before the last file's
    undated default, for days before the last file's first dated role: the project's table of
    office holders since 2015 leaves Phoenix's older roles in force ("Netanyahu" in 1998 is
    ISRGOV, prime minister then), while a last file's undated `---` silences the name on every
    date."""
    entry = deciding_entry(entries, day)
    return entry.code if entry is not None else None


def deciding_entry(entries: Iterable[ActorEntry], day: date) -> ActorEntry | None:
    """The entry that gives a name its code on `day` (see `actor_code`); None where no entry
    holds or the one that does codes nothing (`---`)."""
    listed = tuple(entries)
    last = _last_file_only(listed)
    dated = latest_role(last, day)
    default = next((e for e in last if not e.dated), None)
    if dated is None and (default is None or default.code != NULL_CODE):
        dated = earlier_dated_entry(listed, day)
    entry = dated or default
    return None if entry is None or entry.code == NULL_CODE else entry


def earlier_dated_entry(entries: tuple[ActorEntry, ...], day: date) -> ActorEntry | None:
    """The first dated entry holding on `day` in the files before the last that lists the
    name, the latest of those files first; only before the last file's first dated role, so
    that an older file's open-ended role ("ISRGOV from 2009") does not outlast the roles the
    last file dates after it."""
    if not any(e.dated for e in entries):
        return None  # most names: no roles at all
    last = _last_file_only(entries)
    starts = [e.start for e in last if e.dated]
    if starts and (None in starts or day >= min(s for s in starts if s is not None)):
        return None
    sources = list(dict.fromkeys(e.source for e in entries))[:-1]
    for source in reversed(sources):
        if entry := latest_role(tuple(e for e in entries if e.source == source), day):
            return entry
    return None


def latest_role(entries: tuple[ActorEntry, ...], day: date) -> ActorEntry | None:
    """The dated entry holding on `day` that began last, the earlier row among equals: Phoenix
    dates a career's roles with ranges that overlap ("Fouad Siniora" LBNELI from 1961 to 2007,
    LBNGOV from 2005), and the role taken most recently is the one held ("Siniora" in 2006 is
    LBNGOV, prime minister then)."""
    holding = [e for e in entries if e.dated and e.holds_on(day)]
    if not holding:
        return None
    return max(holding, key=lambda e: e.start or date.min)


def _out_of_office(entries: Iterable[ActorEntry], entry: ActorEntry) -> str | None:
    """The elite code a name's own file gives it out of office, where the story calls the
    person former and the dated role that holds has no end: Phoenix dates "Francois Bozize"
    CAFGOV from 2003 with no end and CAFELI otherwise, and "former president Francois
    Bozize" in 2021 is CAFELI. A role the files end, or a name with no elite default (the
    project's office holders, whose current roles are dated: "former President Dmitry
    Medvedev" holds another office), keeps its code."""
    if entry.end is not None:
        return None
    default = next((e for e in _last_file_only(tuple(entries)) if not e.dated), None)
    if default is None or not default.code.endswith(ELITE):
        return None
    return default.code


def _family_name_first(parts: list[str]) -> bool:
    """Whether a name's first word may be its family name, as in Chinese and Korean: any name
    of two words ("Yang Jiechi"), and one of three whose last two are the short syllables of a
    given name ("Yoon Suk Yeol", "Kim Jong Un"), unlike "Mohammed bin Salman"."""
    syllables = all(len(part) <= GIVEN_SYLLABLE_LENGTH for part in parts[1:])
    return len(parts) == 2 or (len(parts) == 3 and syllables)


def _name_parts(name: Span) -> list[str]:
    """The words of a person's name, a word written with hyphens as one ("Miguel Diaz-Canel":
    "miguel", "diaz canel", as `ActorResolver._alias` looks them up); none where a word of
    the name is no proper noun. A capitalised common word the parser took for another part
    of speech still counts ("To Lam", whose "To" it reads as a preposition); "Free Syrian
    Army" still gives none, so that "the army" is not its short name."""
    parts: list[list[str]] = []
    for token in name:
        if joins_by_hyphen(token):
            continue
        if token.pos_ != "PROPN" and not (token.is_title and token.is_stop):
            return []
        if parts and joins_by_hyphen(token.nbor(-1)):
            parts[-1].append(token.lower_)
        else:
            parts.append([token.lower_])
    return [" ".join(part) for part in parts]


def _span_start(match: PhraseMatch) -> tuple[int, int]:
    return match.start, match.end


def names_an_organisation(match: PhraseMatch[ActorEntry]) -> bool:
    """Whether a dictionary name may stand for an international organisation (NATO, the EU),
    which "the alliance" or "the bloc" refers back to."""
    return any(e.code.startswith(ORGANISATION_PREFIX) for e in match.entries)


def refers_to_a_body(token: Token) -> bool:
    """ "the bloc", "the 27-nation bloc", "the Western military alliance": the organisation
    the article named last stands for it (`ActorLexicon.aliases`); not "the opposition
    alliance" or "the ruling alliance", which name other bodies."""
    words = _after_the(token) if token.lower_ in BODY_REFERENTS else None
    if words is None:
        return False
    return all(
        (t.dep_ == "amod" and t.pos_ == "ADJ") or (t.dep_ == "compound" and t.lower_ in NATIONS)
        for t in words
        if t.dep_ not in {"nummod", "punct"} and t.text != "-"
    )


def _after_the(noun: Token) -> list[Token] | None:
    """The words between THE and a noun it opens ("the 27-nation bloc": 27, -, nation), or
    None where no THE opens it."""
    lefts = list(noun.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the":
        return None
    return lefts[1:]


# Nouns by which a story refers back to the organisation it named ("the bloc", "the
# alliance"), and the counted word of "the 27-nation bloc".
BODY_REFERENTS = frozenset({"bloc", "alliance"})
NATIONS = frozenset({"nation", "member", "country"})


def named_referents(match: PhraseMatch[ActorEntry]) -> frozenset[str]:
    """The nouns by which a story may refer back to a dictionary name: "the island" for a
    state that is one island ("China criticised Taiwan ... warships blockaded the island"),
    "the kingdom" for a kingdom ("Saudi Arabia ... the kingdom offered to host talks"), "the
    court" for an international court ("filed a case at the International Court of Justice
    ... the court ordered Israel")."""
    codes = {e.code for e in match.entries}
    return frozenset(noun for noun, named in NAMED_REFERENTS.items() if codes & named)


def refers_to_one_named(token: Token) -> bool:
    """ "the island", "the self-ruled island", "the Gulf kingdom", "the court": the one of
    that kind the article named last; not "the island of Crete", "the kingdom of Lesotho",
    "Jeju island" or "the Supreme Court", which name their own (an island's or a court's
    proper name stands before its noun; a kingdom's does not)."""
    words = _after_the(token) if token.lower_ in NAMED_REFERENTS else None
    owner = _of_object(token)
    # "the agency of bias" (accused the agency of bias): a charge, not a name.
    if words is None or (owner is not None and owner.pos_ == "PROPN"):
        return False
    return token.lower_ not in NAMED_BEFORE_THE_NOUN or not any(t.pos_ == "PROPN" for t in words)


# The nouns by which a story refers back to a state or court it named, and the codes each may
# stand for: states that are one island (or nearly so) as news speaks of them, the kingdoms
# news calls "the kingdom", and the international courts.
ISLAND_REFERENT = "island"
ISLAND_STATES = frozenset(
    {
        "TWN", "CYP", "CUB", "LKA", "JAM", "MDG", "ISL", "MLT", "BHR", "SGP", "MDV", "MUS",
        "TTO", "CPV", "SYC", "BRB", "DNKGRL", "USAPRI",
    }
)  # fmt: skip
KINGDOM_STATES = frozenset({"SAU", "JOR", "MAR", "BHR", "THA", "KHM", "BTN", "SWZ", "LSO", "TON"})
INTERNATIONAL_COURTS = frozenset({"IGOUNOJUDICJ", "IGOJUDICC"})
# The UN agencies news calls "the agency" (the IAEA, the UNHCR, UNRWA, UNICEF, the WFP, the
# WHO, the FAO, the ILO); the IAEA is also "the watchdog".
UN_AGENCIES = frozenset(
    {
        "IGOUNOIAE", "IGOUNOREFHCR", "IGOUNOREF", "IGOUNOKID", "IGOUNOWFP", "IGOUNOHLHWHO",
        "IGOUNOAGRFAO", "IGOUNOLABILO",
    }
)  # fmt: skip
NUCLEAR_WATCHDOG = frozenset({"IGOUNOIAE"})
NAMED_REFERENTS = {
    ISLAND_REFERENT: ISLAND_STATES,
    "kingdom": KINGDOM_STATES,
    "court": INTERNATIONAL_COURTS,
    "tribunal": INTERNATIONAL_COURTS,
    "agency": UN_AGENCIES,
    "watchdog": NUCLEAR_WATCHDOG,
}
# Referring nouns that a proper name may stand before to name another: "Jeju island", "the
# Supreme Court", "the Atomic Energy Agency".
NAMED_BEFORE_THE_NOUN = frozenset({ISLAND_REFERENT, "court", "tribunal", "agency", "watchdog"})


def _in_longer_name(token: Token, taken: set[int]) -> bool:
    """Whether a word is part of a longer proper name no dictionary phrase covers: "Castillo"
    in "Ana Castillo" or "Castillo Armas", not in "President Castillo" or "Mr Castillo"."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return True
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i not in taken and c.lower_ not in TITLES
        for c in token.lefts
    )


def _written_as_name(token: Token) -> bool:
    """Whether a word is written as a name: a proper noun, or a capitalised word opening its
    sentence, which the parser, reading the sentence alone, often takes for a common noun
    ("Morales's supporters clashed with police", where "Morales" reads as a plural)."""
    return token.pos_ == "PROPN" or (token.is_title and bool(token.is_sent_start))


def _last_file_only(entries: tuple[ActorEntry, ...]) -> tuple[ActorEntry, ...]:
    last = entries[-1].source if entries else ""
    return tuple(e for e in entries if e.source == last)


@dataclass(frozen=True)
class Mentions:
    """The actor and agent phrases found in one sentence."""

    actors: tuple[PhraseMatch[ActorEntry], ...]
    agents: tuple[PhraseMatch[AgentEntry], ...]

    def with_aliases(
        self, sentence: Span, aliases: Mapping[str, tuple[ActorEntry, ...]]
    ) -> Mentions:
        """These mentions and the short names of those the article named before ("supporters
        of Castillo" after "President Pedro Castillo"), so that a short name counts wherever
        a dictionary name would: in an OF phrase, as an owner, as a country the sentence
        names. A word of a longer name ("Ana Castillo") is not the short name. Names the
        article itself introduced stay with `ActorResolver._alias`, which marks them as
        discovered."""
        taken = {i for m in self.actors for i in range(m.start, m.end)}
        taken |= {i for m in self.agents for i in range(m.start, m.end)}
        found = [
            PhraseMatch(token.i, token.i + 1, aliases[token.lower_])
            for token in sentence
            if token.lower_ in aliases
            and not any(e.source == DISCOVERED for e in aliases[token.lower_])
            and token.i not in taken
            and (_written_as_name(token) or refers_to_a_body(token))
            and not _in_longer_name(token, taken)
        ]
        if not found:
            return self
        return replace(self, actors=tuple(sorted((*self.actors, *found), key=_span_start)))

    def without(self, indices: frozenset[int]) -> Mentions:
        """These mentions less the actor names that cover any of the words `indices`."""
        kept = tuple(m for m in self.actors if not any(m.covers(i) for i in indices))
        return replace(self, actors=kept) if len(kept) != len(self.actors) else self

    def actors_within(self, indices: set[int]) -> list[PhraseMatch[ActorEntry]]:
        return [m for m in self.actors if indices.issuperset(range(m.start, m.end))]

    def agents_within(self, indices: set[int]) -> list[PhraseMatch[AgentEntry]]:
        return [m for m in self.agents if indices.issuperset(range(m.start, m.end))]

    def countries(self, day: date, doc: Doc | None = None) -> frozenset[str]:
        """The countries the sentence's names belong to on `day`; organisations and groups of
        no country count for none. With the sentence's `doc`, only the names that place people
        in a country: a name that qualifies an agent ("Kenyan police", "Colombia's guerrilla
        group") other than a report's speaker, or a place the sentence is in ("in Nairobi");
        not a country that is only acted on ("thanked China for its aid")."""
        found = self._countries_of(day, lambda match: doc is None or self._places(match, doc))
        if doc is not None and not found:
            # "warned against sending troops into Niger": where nothing else places people,
            # the country they are sent or cross into does.
            found = self._countries_of(day, lambda match: _is_destination(doc[match.end - 1]))
        if doc is not None and not found:
            # "Colombia's president said he would resume talks with the rebels": failing
            # that, a speaker who tells its own acts is among the people they concern.
            found = self._countries_of(day, lambda match: _speaks_of_itself(doc[match.end - 1]))
        return frozenset(found)

    def states_only(self, day: date, doc: Doc) -> frozenset[str]:
        """The countries the sentence names only by the state's own name, standing alone
        ("revoked its agreements with France"), not as a person's, an agent's or a
        qualifier ("Hasina", "Cuban civil groups")."""
        bare: set[str] = set()
        other: set[str] = set()
        for match in self.actors:
            code = actor_code(match.entries, day)
            if code is None or code.startswith(STATELESS_PREFIXES):
                continue
            alone = len(code) == COUNTRY_LENGTH and doc[match.end - 1].dep_ not in QUALIFIER_DEPS
            (bare if alone else other).add(code[:COUNTRY_LENGTH])
        return frozenset(bare - other)

    def _countries_of(self, day: date, kept: Callable[[PhraseMatch[ActorEntry]], bool]) -> set[str]:
        """The countries of the names `kept` keeps, on `day`."""
        found = set()
        for match in self.actors:
            code = actor_code(match.entries, day)
            if code is None or not kept(match):
                continue
            parts = code.split(CODE_SEPARATOR)
            found |= {p[:COUNTRY_LENGTH] for p in parts if not p.startswith(STATELESS_PREFIXES)}
        return found

    def acted_on_countries(self, day: date, doc: Doc) -> frozenset[str]:
        """Of the countries that place people (`countries`), those that place only people acted
        on: a qualifier of a verb's object or a passive's subject ("security forces detained
        three Colombian citizens", "added 11 American companies to its list"), which tells
        whom the act was done to, not where those who did it are."""
        placing = self._countries_of(day, lambda match: self._places(match, doc))
        elsewhere = self._countries_of(
            day,
            lambda match: self._places(match, doc) and not _qualifies_acted_on(doc[match.end - 1]),
        )
        return frozenset(placing - elsewhere)

    def subject_countries(self, day: date, doc: Doc) -> frozenset[str]:
        """The countries named bare as the subject of a clause that reports nothing, or as the
        subject's owner ("Venezuela broke off talks with the opposition", "Peru's Supreme
        Court found the former president guilty"), as opposed to a speaker ("Syria said ...")
        or a country only qualifying something else ("China's aid")."""
        found = set()
        for match in self.actors:
            code = actor_code(match.entries, day)
            last = doc[match.end - 1]
            if code is None or CODE_SEPARATOR in code or code.startswith(STATELESS_PREFIXES):
                continue
            if last.dep_ == "poss" and last.head.dep_ == "nsubj" and not is_weapon(last.head):
                # "Peru's Supreme Court found ...": Peru acts, where "a Chilean air strike
                # destroyed a house" says only whose the strike was.
                last = last.head
            if last.dep_ == "nsubj" and not _reports(last.head):
                found.add(code[:COUNTRY_LENGTH])
        return frozenset(found)

    def _places(self, match: PhraseMatch[ActorEntry], doc: Doc) -> bool:
        last = doc[match.end - 1]
        while last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.dep_ == "pobj":
            last = last.head.head  # "in the east of the Gaza Strip"
        if _is_place(last) or self._struck_by_named(last, doc):
            return True
        agent = last.head
        qualifies = last.dep_ in QUALIFIER_DEPS
        if last.i == match.end - 1 and last.dep_ == "pobj" and agent.lower_ == "of":
            agent, qualifies = agent.head, True  # "the president of Haiti", not of a city in it
        # The agent is the noun the name qualifies, or a word compounded with it ("Colombia's
        # guerrilla group").
        words = [agent, *(c for c in agent.children if c.dep_ == "compound")]
        if qualifies and agent.lower_ in REGION_WORDS:
            return True  # "in Nigeria's northwest", "in the Syrian north"
        if not qualifies or not any(a.covers(w.i) for a in self.agents for w in words):
            return False
        if is_attack(agent):
            # "Russian drones hit Kharkiv": whose weapons they are, not where people are.
            return False
        if agent.lemma_.lower() in ENVOY_NOUNS:
            # "headed to the Mexican embassy", "summoned the Russian ambassador": a state's
            # envoys are abroad, and place no one in it.
            return False
        # The speaker of a report is placed, not the events it reports ("insurgents shelled
        # the city, Syrian state media reported").
        return not (agent.dep_ == "nsubj" and children(agent.head, "ccomp"))

    def _struck_by_named(self, token: Token, doc: Doc) -> bool:
        """Whether a name is the object of an attack by a named attacker ("Russian drones hit
        Kharkiv, killing seven": the seven are of Kharkiv). An unnamed attacker is not placed
        by whom it struck ("insurgents attacked Syria" are of no country)."""
        if token.dep_ != "dobj" or not _strikes(token.head):
            return False
        subject = {t.i for s in children(token.head, "nsubj") for t in s.subtree}
        return any(m.start in subject for m in self.actors)


def _qualifies_acted_on(name: Token) -> bool:
    """Whether a name qualifies a verb's object or a passive's subject ("detained three
    Colombian citizens", "two French nationals were detained")."""
    return name.dep_ in QUALIFIER_DEPS and name.head.dep_ in {"dobj", "nsubjpass"}


def _speaks_of_itself(name: Token) -> bool:
    """Whether a name qualifies the speaker of a report whose subject is a pronoun
    ("Colombia's president said he would ...", "Peru's rebels said they were willing to
    ..."), or that tells in the passive what was done to people it does not place ("Gaza's
    health ministry said more than 400 people were killed"): the speaker, one of the
    country's own people, tells its own acts or its own losses. A state that speaks of its
    own acts ("China said it had brokered a ceasefire between the junta and the alliance")
    acts as often abroad. A speaker named itself tells its own losses too ("the Houthis said
    31 people were killed")."""
    if name.dep_ == "nsubj":
        return any(_unplaced_losses(report) for report in children(name.head, "ccomp"))
    speaker = name.head
    if name.dep_ not in QUALIFIER_DEPS or speaker.dep_ != "nsubj":
        return False
    reports = children(speaker.head, "ccomp")
    return any(_pronoun_subject(report) or _unplaced_losses(report) for report in reports)


def _pronoun_subject(report: Token) -> bool:
    """A report whose subject is a pronoun ("said he would", "said they were")."""
    return any(s.lower_ in PRONOUNS for s in children(report, "nsubj"))


def _unplaced_losses(report: Token) -> bool:
    """A passive with no doer whose subject names no one by a name ("more than 400 people
    were killed"; not "six Peruvians were arrested", who may be held abroad)."""
    if not is_passive(report) or children(report, "agent"):
        return False
    patients = [t for s in children(report, "nsubjpass") for t in s.subtree]
    return not any(t.text[:1].isupper() and not t.is_sent_start for t in patients)


# The Phoenix files' prefix for firms ("MNCUSA", "MNCCHNMED"), and the agent a firm is of its
# country (USABUS), as the development set codes firms.
COMPANY_PREFIX = "MNC"
BUSINESS = "BUS"


def firms_as_business(entries: Sequence[ActorEntry]) -> tuple[ActorEntry, ...]:
    """The actor entries with each firm of a country as that country's business: the Phoenix
    file's MNCUSA (Google) is USABUS and MNCCHNMED (ZTE) CHNBUS, so that a firm's country
    counts as a side of its dyad, as in the development set ("a Panama-flagged tanker": PANBUS).
    A firm of no country (MNC, MNCHLH) stays as it is."""
    countries = {
        e.code for e in entries if len(e.code) == 3 and not e.code.startswith(STATELESS_PREFIXES)
    }
    return tuple(
        replace(e, code=e.code[3:6] + BUSINESS)
        if e.code.startswith(COMPANY_PREFIX) and e.code[3:6] in countries
        else e
        for e in entries
    )


class ActorLexicon:
    """Actor and agent phrase indexes, compiled once from the dictionaries."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        entries = firms_as_business(dictionaries.actors)
        self.actors = PhraseIndex((e.name, e) for e in entries)
        self.agents = PhraseIndex((e.phrase, e) for e in dictionaries.agents)

    def mentions(self, sentence: Span) -> Mentions:
        """The actor and agent phrases of a sentence; an agent word inside an actor's name
        is part of the name ("the Economic Community of West African States" is no CVL)."""
        doc = sentence.doc
        actors = tuple(
            m
            for m in self.actors.find(sentence)
            if not _common_noun(doc, m)
            and not _compass_of_a_name(doc, m)
            and not _ethnic_modifier(doc, m)
            and not _negated_by_non(doc, m)
        )
        actors = tuple(m for m in actors if not _another_states_body(doc, m, actors))
        agents = tuple(
            _without_trailing_verb(doc, _without_trailing_preposition(doc, a))
            for a in self._agents_beside(sentence, actors)
            if not any(m.start <= a.start and a.end <= m.end for m in actors)
            and not _other_adjective(doc, a)
            and not _set_phrase(doc, a)
            and not _negated_by_non(doc, a)
        )
        return Mentions(actors, agents)

    def _agents_beside(
        self, sentence: Span, actors: tuple[PhraseMatch[ActorEntry], ...]
    ) -> list[PhraseMatch[AgentEntry]]:
        """The agent phrases of a sentence, where one that starts inside an actor's name is
        read from the name's end: "European Union leaders" are the Union's leaders, not
        "union leaders" (LAB)."""
        doc = sentence.doc
        found: list[PhraseMatch[AgentEntry]] = []
        for agent in self.agents.find(sentence):
            name = next((m for m in actors if m.start < agent.start < m.end < agent.end), None)
            found += [agent] if name is None else self.agents.find(doc[name.end : agent.end])
        return found

    def aliases(self, mentions: Mentions, sentence: Span) -> dict[str, tuple[ActorEntry, ...]]:
        """Short names for people named in full, for later sentences: the last word
        ("Nikolai Patrushev" → "Mr Patrushev") and, where the name may be East Asian, the
        first as well (`_family_name_first`: "Yang Jiechi" → "Mr Yang", "Yoon Suk Yeol" →
        "Yoon")."""
        doc = sentence.doc
        found: dict[str, tuple[ActorEntry, ...]] = {}
        for match in mentions.actors:
            short_form = bracketed_short_form(doc, match.end)
            if short_form is not None and not self.actors.lookup(short_form.lower_):
                # "the Syrian Democratic Forces (SDF)": the SDF, from here on.
                found.setdefault(short_form.lower_, match.entries)
            if names_an_organisation(match):
                # "NATO ... the alliance", "the EU ... the bloc": the organisation named last.
                found.update(dict.fromkeys(BODY_REFERENTS, match.entries))
            # "Taiwan ... the island", "Jordan ... the kingdom": the state named last.
            found.update(dict.fromkeys(named_referents(match), match.entries))
            parts = _name_parts(doc[match.start : match.end])
            if len(parts) < 2:
                continue
            short = [parts[-1], parts[0]] if _family_name_first(parts) else [parts[-1]]
            for part in short:
                # A common word is no short name ("To" of "To Lam").
                if not self.actors.lookup(part) and not doc.vocab[part].is_stop:
                    found.setdefault(part, match.entries)
        return found


@dataclass(frozen=True)
class ActorResolver:
    """Resolves argument noun phrases of one sentence to actors.

    Strict resolution (subjects, direct objects) does not take an actor from an `of` phrase
    ("the invasion of Ukraine" is not Ukraine) unless the head is an agent ("the foreign
    minister of Russia") or a quantity ("thousands of Georgians").
    """

    mentions: Mentions
    context: ArticleContext
    unknown_actors: bool = False
    coreference: bool = True
    # The country the event being coded happens in (its verb's `in` phrase), if it names one.
    scene: str | None = None
    # The country the sentence is set in, for agents that no phrase places (`ArticleContext.home`).
    home: str | None = None
    # The agent of the event's source, which its "counterpart" shares ("the Iranian foreign
    # minister met his Saudi counterpart": SAUGOV).
    counterpart: str | None = None
    # What each head has resolved to in this sentence, strictly or not, under each setting of
    # the fields above: the clause walk asks for the same phrases from several verbs, each
    # with its own scene or counterpart. Copies (`dataclasses.replace`) share it.
    _resolved: dict[tuple, tuple[Actor, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def resolve(self, head: Token, strict: bool = True) -> list[Actor]:
        """Actors named by `head` and its conjuncts."""
        settings = (self.unknown_actors, self.coreference, self.scene, self.home, self.counterpart)
        key = (head.i, strict, *settings)
        if key not in self._resolved:
            self._resolved[key] = tuple(self._resolve(head, strict))
        return list(self._resolved[key])

    def _resolve(self, head: Token, strict: bool) -> list[Actor]:
        members = conjuncts(head)
        actors: list[Actor] = self._agents_at_places(members)
        if actors:
            return actors
        for member in members:
            if (described := _relative_antecedent(member)) is not None:
                # "the Peruvian president, who accused Chile": the noun the clause describes.
                actors.extend(self._resolve(described, strict))
            elif _is_group_reference(member):
                # "EU leaders met in Brussels ... the leaders agreed": one body's leaders.
                actors.extend(self._group(member) or self._organisation_agent_named_before(member))
            elif (counted := _counted_pronoun(member)) is not None:
                # "detained several of them": some of those the pronoun stands for.
                actors.extend(self._pronoun_counted(member, counted) if self.coreference else [])
            elif _is_object_pronoun(member):
                actors.extend(self._object_pronoun(member) if self.coreference else [])
            elif member.lower_ in PRONOUNS and member.pos_ == "PRON":
                actors.extend(self._pronoun(member) if self.coreference else [])
            elif member.dep_ == "poss" and member.lower_ in PERSON_POSSESSIVES:
                # "demanded his resignation": the person the sentence's main clause or the
                # last sentence led with.
                found = self._person_above(member) or self._person_before()
                actors.extend(found if self.coreference else [])
            else:
                # "one of its warships": the warships, whose owner the pronoun says.
                owned = _owned_counted(member) or member
                found = self._housed(member) or self._resolve_member(owned, strict)
                if found and all(a.country in REGIONS for a in found):
                    # "Several Latin American governments, including Argentina and Peru":
                    # the members named, not the region.
                    found = self._included(member) or found
                if not found and member is not members[0]:
                    found = self._shared_modifier(members[0], member)
                if member is members[0] and all(a.agent is None for a in found):
                    found = self._shared_head(member, members[-1]) or found
                found = (
                    found
                    or self._included(member)
                    or self._represented(member)
                    or self._loyal(member)
                    or self._led(member)
                    or self._of_group(member)
                    or self._post_of(member)
                    or self._serving(member)
                    or self._followers_of_pronoun(member)
                    or self._armed_group_named_before(member)
                    or self._those_responsible(member)
                    or self._organisation_agent_named_before(member)
                    or self._agents_named_before(member)
                    or self._named_before_by_word(member)
                    or self._more_of_the_same(member)
                )
                # "their embassies": a pronoun says whose they are, not the scene.
                placed = [] if _has_pronoun_owner(owned) else self._at_scene(member)
                actors.extend(
                    found
                    or self._own_forces_named_bare(member)
                    or placed
                    or self._reporters_foes(member)
                    or self._speaker_named_before(member)
                    or self._unknown(member)
                )
        return list({a.code: a for a in actors}.values())

    def resolve_name(self, head: Token) -> list[Actor]:
        """The actors `head`'s own phrase names (strictly, and without the scene, the story's
        home or a pronoun's antecedent): what discovery reads a new name's code from."""
        if head.pos_ == "PRON":
            return []
        return self._resolve_member(head, strict=True)

    def _included(self, noun: Token) -> list[Actor]:
        """ "Several countries, including the United States and Britain, condemned": the
        members a group of states names in its INCLUDING phrase (on the noun, or on the one
        its OF phrase counts: "dozens of countries, including Greece"), where the group names
        no actor of its own; so, for people held or hurt, the people it names ("freed 24
        hostages, including 13 Israelis": ISRCVL)."""
        groups = STATE_GROUP_NOUNS | HELD_PEOPLE_NOUNS
        group = noun
        if noun.lemma_.lower() not in groups:
            counted = [obj for prep, obj in prepositions(noun) if prep == "of"]
            if not any(c.lemma_.lower() in groups for c in counted):
                return []
            noun = counted[0]
        # The parser may hang the phrase on the noun's preposition or verb ("freed 24 hostages
        # on Friday, including 13 Israelis"), or, after a group of states as subject, on a
        # later phrase ("dozens of countries sent rescue teams to Turkey, including Greece").
        # A count's phrase may hang on the count itself ("dozens of countries, including ...").
        hosts = [
            *dict.fromkeys([group, noun, noun.head if noun.dep_ in {"pobj", "dobj"} else noun])
        ]
        if group.dep_ == "nsubj" and noun.lemma_.lower() in STATE_GROUP_NOUNS:
            hosts += [t for t in group.head.subtree if t.i > group.right_edge.i]
        included = [
            obj for host in hosts for prep, obj in prepositions(host) if prep == "including"
        ]
        found = [actor for obj in included[:1] for actor in self.resolve(obj, strict=True)]
        # People are a country's: "including a Wall Street Journal reporter" says no whose.
        return [a for a in found if not a.code.startswith(STATELESS_PREFIXES)]

    def _housed(self, noun: Token) -> list[Actor]:
        """ "Fired missiles at two Iraqi bases housing US troops": the forces a base holds, as
        its clause names them, before the country it stands in."""
        if noun.lemma_.lower() not in BASE_NOUNS and noun.lower_ not in BASE_NOUNS:
            return []
        clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
        for clause in clauses + _participles_after(noun):
            if clause.lemma_.lower() not in HOUSING_VERBS | HOUSING_PARTICIPLES:
                continue
            held = children(clause, "dobj", "nsubj", "nsubjpass")
            held += [obj for prep, obj in prepositions(clause) if prep == "by"]
            found = [
                actor
                for forces in held
                if forces.pos_ != "PRON"
                for actor in self.resolve(forces, strict=True)
            ]
            if found:
                return found
        return []

    def _represented(self, noun: Token) -> list[Actor]:
        """ "officials representing the Ethiopian government and the TPLF": the actors they
        represent, where the phrase names no actor of its own; a bare country takes the
        noun's role ("officials representing Peru": PERGOV)."""
        represented = [
            actor
            for clause in noun.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in REPRESENTING_VERBS
            for obj in children(clause, "dobj")
            for actor in self.resolve(obj, strict=True)
        ]
        found = []
        for actor in represented:
            in_role = [] if actor.agent else self._agent_of(actor.country, noun, [noun], actor.text)
            found += in_role or [actor]
        return found

    def _loyal(self, noun: Token) -> list[Actor]:
        """ "forces loyal to Bashar al-Assad", "troops allied with the government": the side
        they are loyal to, in the noun's role (SYRMIL), where the phrase names no actor of its
        own; an armed group they are loyal to is the group itself."""
        sides = [
            actor
            for word in children(noun, "amod")
            if word.lemma_.lower() in LOYAL_WORDS
            for prep, obj in prepositions(word)
            if prep in {"to", "with"}
            for actor in self.resolve(obj, strict=True)
        ]
        return self._in_role(sides, noun)

    def _led(self, noun: Token) -> list[Actor]:
        """ "rebels led by Hayat Tahrir al-Sham", "a coalition led by Saudi Arabia", "forces
        commanded by Khalifa Haftar": their leader, in the noun's role, where the phrase names
        no actor of its own."""
        leaders = [
            actor
            for clause in noun.children
            if clause.dep_ == "acl" and clause.lemma_.lower() in LEADING_VERBS
            for prep, obj in prepositions(clause)
            if prep == "by"
            for actor in self.resolve(obj, strict=True)
        ]
        return self._in_role(leaders, noun)

    def _of_group(self, noun: Token) -> list[Actor]:
        """ "The foreign ministers of the two countries", "officials from both sides": each of
        the group the OF or FROM phrase refers back to, in the noun's role (PAKGOV, IRNGOV)."""
        owner = next((obj for prep, obj in prepositions(noun) if prep in {"of", "from"}), None)
        if owner is None or not _is_group_reference(owner):
            return []
        tokens = core_tokens(noun)
        text = noun.doc[tokens[0].i : tokens[-1].i + 1].text
        return [
            role
            for actor in self._group(owner)
            for role in self._agent_of(actor.country, noun, tokens, text)
        ]

    def _post_of(self, noun: Token) -> list[Actor]:
        """ "Raided the headquarters of the opposition party in Lima", "shelled the positions
        of the rebels": whose a post or a building is, as its OF phrase names them, before the
        place the phrase goes on to name."""
        if noun.lemma_.lower() not in POST_NOUNS:
            return []
        owners = [obj for prep, obj in prepositions(noun) if prep == "of"]
        return [a for owner in owners for a in self.resolve(owner, strict=False)]

    def _serving(self, noun: Token) -> list[Actor]:
        """ "An official at the Iranian foreign ministry", "a spokesman for the army", "a source
        at the embassy": the body the person serves, as "an official of the ministry" is."""
        if noun.lemma_.lower() not in SERVING_NOUNS:
            return []
        bodies = [obj for prep, obj in prepositions(noun) if prep in {"at", "for", "with"}]
        found = [a for body in bodies for a in self.resolve(body, strict=True)]
        return found if len({a.code for a in found}) == 1 else []

    def _followers_of_pronoun(self, noun: Token) -> list[Actor]:
        """ "His supporters", "their followers": the public of the country of whom the pronoun
        stands for, as "supporters of Ousmane Sonko" are (SENCVL)."""
        if not self.coreference or noun.lemma_.lower() not in FOLLOWER_NOUNS:
            return []
        owners = [c for c in children(noun, "poss") if c.lower_ in POSSESSIVE_PRONOUNS]
        leaders = [a for owner in owners for a in self._pronoun(owner)]
        text = noun.doc[noun.left_edge.i : noun.i + 1].text
        return [
            Actor(a.country + CIVILIANS, text)
            for a in leaders
            if not a.code.startswith(STATELESS_PREFIXES)
        ][:1]

    def _in_role(self, sides: list[Actor], noun: Token) -> list[Actor]:
        """The sides a noun's phrase ties it to, in the noun's role ("forces" of SYR: SYRMIL);
        an armed group is the group itself."""
        found = []
        for actor in sides:
            group = _is_armed_group(actor.code)
            in_role = [] if group else self._agent_of(actor.country, noun, [noun], actor.text)
            found += in_role or [actor]
        return found

    def _armed_group_named_before(self, noun: Token) -> list[Actor]:
        """ "the militant group", "the terrorist organisation": the armed group the article
        named last (in the sentences kept in its context), where the phrase names none; "the
        attackers", "the men": the armed group or gang named last."""
        if not self.coreference:
            return []
        if _is_definite_group_noun(noun):
            named = _is_armed_group
        elif _is_definite_attacker_noun(noun):
            named = _is_armed_group_or_gang
        else:
            return []
        for group in reversed(self.context.subjects):
            armed = [a for a in group if named(a.code)]
            if len({a.code for a in armed}) == 1:
                return armed[:1]
        return []

    def _organisation_agent_named_before(self, noun: Token) -> list[Actor]:
        """ "the prosecutor", "the leaders", with THE alone: the organisation's agent that the
        article had as a subject before under the same word ("the prosecutor of the ICC asked
        for warrants ... Israel criticised the prosecutor": IGOJUDICC; "Group of Seven leaders
        met in Hiroshima ... the leaders agreed to tighten sanctions": IGOGOS), rather than an
        agent of the country the sentence is set in."""
        if not self.coreference:
            return []
        if not _is_bare_definite(noun, SINGULAR_TAGS | PLURAL_TAGS):
            return []
        if not self._agent_of("", noun, [noun], noun.text):
            return []
        word = noun.lower_
        for group in reversed(self.context.subjects):
            named = {
                a.code
                for a in group
                if a.code.startswith(ORGANISATION_PREFIX) and word in a.text.lower().split()
            }
            if len(named) == 1:
                return [Actor(named.pop(), noun.text)]
        return []

    def _agents_named_before(self, noun: Token) -> list[Actor]:
        """ "the troops", "the companies", with THE alone: the agents of that kind the article
        had as a side before, where they were of one country ("Chilean troops crossed into
        Peru ... Peru's president said the troops must leave": CHLMIL; "sanctioned seven
        American defence companies ... froze the companies' assets": USABUS), rather than
        agents of the country the sentence is set in."""
        if not self.coreference or not _is_bare_definite(noun, PLURAL_TAGS):
            return []
        kinds = set(self._agent_codes(noun))
        if len(kinds) != 1:
            return []
        kind = kinds.pop()
        for group in reversed(self.context.subjects):
            named = {a.code for a in group if a.agent == kind and not a.stateless}
            if named:
                # The last named of that kind, where it was of one country alone.
                return [Actor(named.pop(), noun.text)] if len(named) == 1 else []
        return []

    def _named_before_by_word(self, noun: Token) -> list[Actor]:
        """ "the officers", "the council", with THE alone and a word no dictionary codes alone:
        the agent the article had as a subject before under the same word, where it was one
        ("Army officers in Gabon seized power ... the officers placed Bongo under house arrest":
        GABMIL; "a military council took power ... the council imposed a curfew": TCDMIL).
        Not a country named by its people's adjective, as things are ("banned 59 Chinese apps
        ... the apps threatened the country's security" names no actor)."""
        if not self.coreference or not _is_bare_definite(noun, SINGULAR_TAGS | PLURAL_TAGS):
            return []
        if noun.lemma_.lower() in BODY_REFERENTS | ORGANISATION_NOUNS or self._agent_codes(noun):
            # "the alliance", "the group": the bodies and armed groups named before have rules
            # of their own (`_bodies` in triage, `_armed_group_named_before`); "the
            # opposition", "the army" are agents of the scene (`_at_scene`).
            return []
        for group in reversed(self.context.subjects):
            named = {a.code for a in group if a.agent and noun.lower_ in _words(a.text)}
            if named:
                return [Actor(named.pop(), noun.text)] if len(named) == 1 else []
        return []

    def _more_of_the_same(self, noun: Token) -> list[Actor]:
        """ "two others", "five others", the object of a verb listed after another: more of
        those the first verb acted on ("killed four Peruvian soldiers and wounded five others":
        PERMIL; "killed four gunmen and arrested two others")."""
        if noun.lower_ != OTHERS or noun.dep_ not in {"dobj", "nsubjpass"}:
            return []
        verb = noun.head
        if verb.dep_ != "conj":
            return []
        acted_on = children(verb.head, noun.dep_)
        return [a for head in acted_on for a in self.resolve(head, strict=True)]

    def _those_responsible(self, noun: Token) -> list[Actor]:
        """ "those responsible", "those behind the attack", "the perpetrators": the attackers
        of the story's first attack ("gunmen killed a candidate ... the president vowed to
        punish those responsible"); "the gunman", where that attack had one doer."""
        if not self.coreference or not _names_the_culprits(noun):
            return []
        attackers = self.context.acts.attackers
        if noun.lower_ in LONE_ATTACKER_NOUNS and len(attackers) != 1:
            return []
        return list(attackers)

    def _agent_codes(self, word: Token) -> list[str]:
        """The codes of the agent phrases that cover `word` ("police": COP)."""
        return [a.entries[-1].code for a in self.mentions.agents if a.covers(word.i)]

    def _own_forces_named_bare(self, head: Token) -> list[Actor]:
        """Police or troops of no named country are one state's own where its officials tell
        of them ("Paraguay's interior minister said police had arrested 40 protesters": PRYCOP)
        or its office holders praise, blame or order them ("Iran's supreme leader praised the
        armed forces for their attack on Israel": IRNMIL): a state names its own forces bare
        and another's by its country word. Not forces called foreign; and rebels and protesters
        stay unplaced (the PETRARCH-2 gold standard keeps "Iraq said insurgents ..." `---REB`)."""
        if not self._names_bare_forces(head):
            return []
        verb = clause_verb(head)
        reporter = self._reporting_state(verb) if verb is not None else None
        country = reporter or self._office_holders_state(head)
        return self._agent_in(country, head) if country else []

    def _office_holders_state(self, head: Token) -> str | None:
        """The state whose office holders are the subjects of the verb `head` is the object of
        ("Peru's president thanked the police"): not a state named whole, nor its own forces
        ("Israel's army attacked the police")."""
        if head.dep_ != "dobj" or self.unknown_actors or not self.coreference:
            return None
        holders = [a for s in children(head.head, "nsubj") for a in self.resolve(s)]
        return _one_state(holders, OFFICE_AGENTS)

    def _reporters_foes(self, head: Token) -> list[Actor]:
        """Rebels, insurgents or gangs of no named country that a state says it acted on, or
        that acted on its forces, are its own: "Peru said its soldiers had killed four rebels"
        and "Peru's army said rebels had killed four soldiers" (PERREB), as "Peru's army
        killed four rebels" makes them. Only where the other side is the state's: "Iraq said
        insurgents shelled a village" still names no country."""
        agents = self._agent_codes(head)
        verb = head.head
        if not agents or agents[-1] not in DOMESTIC_FOES or head.dep_ not in {"dobj", "nsubj"}:
            return []
        country = self._reporting_state(verb)
        if not country:
            return []
        if head.dep_ == "dobj":
            sides = [a for s in children(verb, "nsubj") for a in self.resolve(s)]
        else:
            # "rebels killed four soldiers": the state's forces; not its people or its towns.
            sides = [a for o in children(verb, "dobj") for a in self._own_forces(country, o)]
            if any(a.agent not in FORCE_AGENTS for a in sides):
                return []
        if not sides or any(a.country != country for a in sides):
            return []
        return self._agent_in(country, head)

    def _own_forces(self, country: str, head: Token) -> list[Actor]:
        """The actors a noun names, or, for police or troops it names bare, the `country`'s own
        forces; read without the rules that look at the clause's subject, which may be the
        very foes being resolved ("rebels killed four soldiers")."""
        found = self._resolve_member(head, strict=True)
        if found or not self._names_bare_forces(head):
            return found
        return self._agent_in(country, head)

    def _names_bare_forces(self, head: Token) -> bool:
        """Whether a noun names police or troops as its agent, not called foreign and not a
        weapon ("he said the drone struck a power plant": whose drone the speaker does not
        say)."""
        agents = self._agent_codes(head)
        forces = bool(agents) and agents[-1] in FORCE_AGENTS
        return forces and not _is_foreign(head) and not is_weapon(head)

    def _reporting_state(self, verb: Token) -> str | None:
        """The state whose speakers, all of it and all of its organs, report `verb` ("Peru's
        defence minister said ..."), if one does."""
        if self.unknown_actors or not self.coreference:
            return None
        teller = telling_verb(verb)
        if teller is None or teller.i > verb.i:
            return None
        speakers = [a for s in children(teller, "nsubj") for a in self.resolve(s)]
        return _one_state(speakers, STATE_SPEAKERS)

    def _agent_in(self, country: str, head: Token) -> list[Actor]:
        tokens = core_tokens(head)
        return self._agent_of(country, head, tokens, head.doc[tokens[0].i : tokens[-1].i + 1].text)

    def _speaker_named_before(self, noun: Token) -> list[Actor]:
        """ "the ministry said", "the statement added", where no phrase or place says whose:
        the one who last spoke in the article, if of the noun's agent ("the ministry": a
        government) and of one code."""
        if not self.coreference or not _is_definite_speaker(noun):
            return []
        agents = self._agent_codes(noun)
        spoke = [a for a in self.context.last_speaker if not agents or a.agent == agents[0]]
        return spoke[:1] if len({a.code for a in spoke}) == 1 else []

    def _shared_modifier(self, first: Token, member: Token) -> list[Actor]:
        """A bare agent noun in a list takes the country word of the list's first noun:
        "Danish media and government" are DNKMED and DNKGOV, "Venezuela's government and the
        opposition" VENGOV and VENOPP."""
        if any(c.dep_ not in {"cc", "punct", "conj", "det"} for c in member.children):
            return []
        if not any(a.covers(member.i) for a in self.mentions.agents):
            return []
        for modifier in first.children:
            if modifier.dep_ in {"amod", "compound", "nmod", "poss"} and modifier.i < first.i:
                code = self._modifier_code(modifier, member, [member])
                if code:
                    return [Actor(code, member.doc[modifier.i : member.i + 1].text)]
        return []

    def _shared_head(self, first: Token, last: Token) -> list[Actor]:
        """A bare country word first in a list of country words takes the agent noun the list
        ends with: "Kyrgyz and Tajik border troops" are KGZMIL and TJKMIL."""
        if last is first or any(c.dep_ not in {"cc", "punct", "conj"} for c in first.children):
            return []
        phrase = [t for t in last.subtree if t.i <= last.i]
        # The next country word straight after the AND: not "Colombia and the ELN rebels".
        listed = any(
            m.dep_ in {"amod", "compound"}
            and m.i == first.i + 2
            and len(self._modifier_code(m, m, [m]) or "") == COUNTRY_LENGTH
            for m in last.children
        )
        code = self._modifier_code(first, last, phrase) if listed else None
        if code is None or code[3:] == "":
            return []
        return [Actor(code, first.text)]

    def _pronoun(self, pronoun: Token) -> list[Actor]:
        """A pronoun subject is the subject of a clause that governs it ("Ethiopia indicated
        it would act", "Obama said he would not ..."), else the subject of the sentence before
        when that was one actor (or, for "they", a group). HE and SHE stand for no plural
        ("police fired tear gas at his supporters after he was sentenced": not the police),
        IT for no person (`_may_stand_for`)."""
        if punished := self._punished(pronoun):
            return punished
        node = pronoun.head
        # "'We hosted the talks,' the Omani minister said": a speaker's "we" is the speaker,
        # named after the quote.
        speaking = pronoun.lower_ in FIRST_PERSON_PRONOUNS
        # "Belarus and Syria voted against it": an object is not its own clause's subject.
        own_clause = _verb_acting_on(pronoun)
        while node.head.i != node.i:
            below, node = node, node.head
            if is_mandated(below):
                continue  # "Russia demanded that it withdraw": who is asked is not who asks
            if own_clause is not None and node.i == own_clause.i:
                continue
            # Not a subject the pronoun is listed with ("Putin and it attacked"): that would
            # resolve the pronoun through itself. A passive's subject is one ("two protesters
            # were shot dead when they tried to storm a police station").
            subjects = [
                c
                for c in node.children
                if c.dep_ in {"nsubj", "nsubjpass"}
                and (c.i < pronoun.i or speaking)
                and pronoun.i not in {t.i for t in conjuncts(c)}
                and _may_stand_for(pronoun, c)
            ]
            named = [a for s in subjects if s.pos_ != "PRON" for a in self.resolve(s)]
            if named:
                return named
        return self._person_governed(pronoun) or self._subject_before(pronoun)

    def _person_governed(self, pronoun: Token) -> list[Actor]:
        """HE or SHE in a clause on a verb whose subject it cannot stand for is the person
        that verb acts on: "Police detained Castillo as he travelled to the embassy" is
        Castillo, not the subject of the sentence before."""
        clause = pronoun.head
        if pronoun.lower_ not in PERSON_PRONOUNS or clause.dep_ not in {"advcl", "conj"}:
            return []
        objects = children(clause.head, "dobj")
        people = [o for o in objects if _may_be_a_person(o) and _agrees(pronoun, o)]
        return [a for person in people[:1] for a in self.resolve(person, strict=True)]

    def _subject_before(self, pronoun: Token) -> list[Actor]:
        """The subject of the sentence before, where it was one actor (or, for "they" and
        "their", a group)."""
        last = self.context.last_subject
        plural = pronoun.lower_ in PLURAL_PRONOUNS
        if pronoun.lower_ in PERSON_PRONOUNS and self.context.last_subject_plural:
            # "Police detained a general. He had tried to ...": not the police; the one person
            # the sentence acted on, if it named one.
            return self._person_acted_on()
        others = pronoun.lower_ not in FIRST_PERSON_PRONOUNS
        if plural and others and len(last) == 1 and self._said_by_one_person(pronoun):
            # "Peru's president accused Ecuador ... 'They must act,' she said": the president
            # is SHE, so THEY are whom her last sentence acted on; WE are her own side.
            return list({t.code: t for _, t in self.context.last_acts if t not in last}.values())
        return list(last) if len(last) == 1 or (plural and len(last) > 1) else []

    def _person_acted_on(self) -> list[Actor]:
        """The one leader, official or politician among the last sentence's actors other than
        its subject."""
        last = self.context.last_subject
        actors = [a for group in self.context.subjects[-1:] for a in group if a not in last]
        people = {a.code: a for a in actors if a.agent in PERSON_AGENTS}
        return list(people.values()) if len(people) == 1 else []

    def _said_by_one_person(self, pronoun: Token) -> bool:
        """Whether the pronoun is in what HE or SHE says: "'They must act,' she said"."""
        node = pronoun
        while node.head.i != node.i:
            node = node.head
            if any(c.lower_ in PERSON_PRONOUNS for c in children(node, "nsubj")):
                return node.lemma_.lower() in SAYING_VERBS
        return False

    def _punished(self, pronoun: Token) -> list[Actor]:
        """The subject pronoun of a clause telling the deed its governing verb punishes or
        blames is that verb's object: "police arrested hundreds of supporters a day after
        they stormed Congress", "the EU sanctioned Belarus after it forced a jet to land".
        Only an object that agrees in number with the pronoun ("they" with a plural or a
        count, "it" with a singular)."""
        clause = pronoun.head
        marked = any(c.dep_ == "mark" and c.lower_ in DEED_MARKS for c in clause.children)
        if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or not marked:
            return []
        if clause.head.lemma_.lower() not in PUNISHING_VERBS:
            return []
        objects = [o for o in children(clause.head, "dobj") if o.pos_ != "PRON"]
        agreeing = [o for o in objects if _agrees(pronoun, o)]
        return [actor for obj in agreeing[:1] for actor in self.resolve(obj, strict=True)]

    def _pronoun_counted(self, count: Token, pronoun: Token) -> list[Actor]:
        """Those "them" stands for in "several of them": a count of people named before the
        count in the sentence ("Thousands of Georgians protested ..., and police detained
        dozens of them"), else an actor named before it, else the last sentence's subject."""
        for token in reversed(pronoun.sent[: count.i - pronoun.sent.start]):
            if _counts(token) and (found := self.resolve(token, strict=True)):
                return found
        named = self._object_pronoun(pronoun, before=count.i)
        return named or list(self.context.last_subject)

    def _object_pronoun(self, pronoun: Token, before: int | None = None) -> list[Actor]:
        """An object pronoun is not its clause's subject: "Trump met Syria's president and
        urged him to ..." is the president. The nearest actor named before it in the
        sentence outside the subjects of its verbs ("Israel and Britain shot down most of
        them" is not Israel or Britain). IT after a verb listed with one before it is that
        verb's object (`_object_shared_by_it`)."""
        if (shared := _object_shared_by_it(pronoun)) is not None:
            return self.resolve(shared, strict=True)
        clause = clause_verb(pronoun) or pronoun.head
        verbs = {clause.i, *(v.i for v in clause.conjuncts)}
        # Nor any word of the subject's phrase: "the head of the armed forces urged him" is
        # not the armed forces.
        subjects = {
            t.i
            for token in pronoun.sent
            if token.dep_ in {"nsubj", "nsubjpass"} and token.head.i in verbs
            for t in token.subtree
        }
        end = pronoun.i if before is None else before
        # "Morales resigned after the army chief urged him to step down": the subject of the
        # clause the pronoun's clause tells the time or cause of.
        verb = clause
        # Not where the clause shares the subject above: in "Turkey objected, accusing them of
        # ...", "them" is not Turkey.
        own_subject = bool(children(verb, "nsubj", "nsubjpass"))
        above = verb.head.i if verb.dep_ == "advcl" and own_subject else None
        # "Morales arrived in Mexico after its government granted him asylum": "him" is a
        # person, not the country named nearest before it.
        person = pronoun.lower_ in PERSON_OBJECT_PRONOUNS
        doers = {a.code for a in self._implied_subject(verb)}
        for token in reversed(pronoun.sent[: end - pronoun.sent.start]):
            if token.i in subjects:
                continue
            outer = token.dep_ == "nsubj" and token.head.i == above
            if pronoun.lower_ == THEM and not _agrees(pronoun, token):
                continue  # "disperse them" after "took to the streets of Dhaka": not Dhaka
            if token.pos_ in {"NOUN", "PROPN"} and (token.dep_ in OBJECT_LIKE_DEPS or outer):
                found = self.resolve(token, strict=True)
                if (
                    found
                    and not (person and (_only_places(found, token) or _a_setting(token)))
                    and not _among(found, doers)
                ):
                    return found
        # "Finland and Sweden applied to join NATO. Turkey accused them of ...": a plural
        # pronoun with no one before it in its sentence is the group the last sentence led with;
        # "Morales resigned. Mexico offered him asylum": a singular one the person it led with.
        last = self.context.last_subject
        if before is not None:
            return []
        if pronoun.lower_ in PERSON_OBJECT_PRONOUNS:
            return self._person_before()
        return list(last) if pronoun.lower_ == THEM and len(last) > 1 else []

    def _implied_subject(self, clause: Token) -> list[Actor]:
        """Whom a participle with no subject of its own is said of, which its object pronoun
        is not: "The US ordered China to close its consulate in Houston, accusing it of
        theft" accuses China, not the United States that Houston names."""
        if clause.dep_ not in {"advcl", "conj"} or children(clause, "nsubj", "nsubjpass"):
            return []
        return [a for s in children(clause.head, "nsubj") for a in self.resolve(s)]

    def _person_above(self, pronoun: Token) -> list[Actor]:
        """HIS or HER in a clause hung on the main one is the person who is the main clause's
        subject: "the opposition leader went into hiding after a court issued a warrant for
        his arrest"."""
        clause = clause_verb(pronoun)
        if clause is None or clause.dep_ != "advcl":
            return []
        people = [s for s in children(clause.head, "nsubj") if _names_one_person(s)]
        return [a for person in people[:1] for a in self.resolve(person, strict=True)]

    def _person_before(self) -> list[Actor]:
        """The one leader, official or politician the last sentence led with, else the one it
        named ("Police arrested Castillo ... Mexico offered him asylum": Castillo)."""
        for group in (self.context.last_subject, *self.context.subjects[-1:]):
            people = {a.code: a for a in group if a.agent in PERSON_AGENTS}
            if len(people) == 1:
                return list(people.values())
        return []

    def _group(self, noun: Token) -> list[Actor]:
        """The actors a group noun refers back to, each in the role the noun names ("the two
        leaders" after "Putin praised China": CHNGOV; "the two presidents" after "Kyrgyz and
        Tajik troops clashed": KGZGOV and TJKGOV), else in its own."""
        tokens = [noun]
        found = []
        # "the two countries", "both sides": the latest group of two ("the three countries":
        # of three); as a subject, also the two named earlier in the sentence ("tensions
        # between India and Pakistan rose as both nations expelled ...").
        sizes = [GROUP_MARKERS[c.lower_] for c in noun.children if c.lower_ in GROUP_MARKERS]
        size = sizes[0] if sizes else None
        doing = noun.dep_ in {"nsubj", "nsubjpass"}
        states = noun.lemma_.lower() in COUNTRY_GROUP_NOUNS
        group = self._pair_named_before(noun) if size == 2 and doing else ()
        # "all sides", "all parties": the sides of the story's fighting, or no one.
        every_side = any(c.lower_ == ALL for c in noun.children)
        sided = noun.lemma_.lower() in SIDE_NOUNS or every_side
        # States counted are the last subject's ("the three countries"), and so are three or
        # more of any kind ("the three juntas"; two leaders are the pair last named
        # together); sides are those who acted on each other, whoever reported it: first
        # those who fought in the story, else the parties of its first accord.
        counted = states or (size or 0) > PAIR
        group = group or (self._counted_subjects(size) if counted else ())
        group = group or (self._sentence_subjects(noun, size) if states else ())
        warring = sided and size in {2, None} and not group
        if warring and (sides := self._warring_sides() or self._agreeing_sides()):
            # The sides as they fought: "the two generals" of Sudan's army and the RSF are
            # SDNMIL and SDNREB, not two army officers.
            return list(sides)
        if every_side:
            return []
        # Whom a verb is aimed at are others than its doers ("Venezuela expelled diplomats of
        # Argentina, Chile and Peru ... Gil accused the three governments").
        doers = frozenset() if doing else self._doers_countries(noun)
        group = group or self.context.recent_group(size, states, others_than=doers)
        if states:
            # "Both countries" are the states, not the troops or officials that stood for them;
            # two last named together too long ago are the story's two main countries.
            countries = dict.fromkeys(actor.country for actor in group)
            if not countries and size == PAIR:
                countries = dict.fromkeys(self.context.main_pair())
            return [Actor(country, noun.text) for country in countries]
        for actor in group:
            role = self._agent_of(actor.country, noun, tokens, actor.text)
            found.extend(role or [actor])
        return found

    def _doers_countries(self, noun: Token) -> frozenset[str]:
        """The countries of the subject of the verb a noun is the object of."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        doers = [a for s in children(verb, "nsubj") for a in self.resolve(s, strict=True)]
        return frozenset(a.country for a in doers)

    def _warring_sides(self) -> tuple[Actor, ...]:
        """The two sides of the story's first fighting ("Azerbaijan said it had launched a
        counter-offensive ... Russia called on both sides to stop firing": Armenia and
        Azerbaijan, not Turkey, which spoke for one of them later); none where it has none."""
        acts = self.context.acts
        # Civilians struck are their country's side, not a side of their own.
        fighters = [
            Actor(a.country, a.text) if a.agent == CIVILIANS else a for a in acts.fighters()
        ]
        return _two_sides(fighters)

    def _agreeing_sides(self) -> tuple[Actor, ...]:
        """The two sides of the story's first accord, where it told no fighting ("India and
        Pakistan agreed to a ceasefire ... Trump announced the truce ... both sides accused
        each other of violating it": India and Pakistan, not Pakistan and Trump, named last
        together)."""
        return _two_sides(self.context.acts.parties)

    def _counted_subjects(self, size: int | None) -> tuple[Actor, ...]:
        """The last sentence's subject, where it is a group of `size` countries: after
        "Norway, Ireland and Spain said they would recognise a Palestinian state", "the three
        countries" are those, not their target as well."""
        subject = self.context.last_subject
        return subject if size and len({a.country for a in subject}) == size else ()

    def _sentence_subjects(self, noun: Token, size: int | None) -> tuple[Actor, ...]:
        """The subject of the sentence's main verb, before `noun`, where it names `size`
        countries: "Spain, Ireland and Norway recognised a Palestinian state, angering Israel,
        which recalled its ambassadors from the three countries"."""
        root = noun.sent.root
        subjects = [s for s in children(root, "nsubj") if s.i < noun.i]
        clause = clause_verb(noun) or root
        # Only in a clause of another doer ("Israel, which recalled ..."), not the main
        # verb's own object ("Britain and China urged both countries") nor a place between
        # the two ("near the border between the two countries").
        other_doer = clause.dep_ in {"relcl", "conj"} and has_subject(clause)
        between = noun.head.lower_ == "between"
        if not size or not subjects or not other_doer or between:
            return ()
        actors = tuple(a for s in subjects for a in self.resolve(s, strict=True))
        return actors if len({a.country for a in actors}) == size else ()

    def _pair_named_before(self, noun: Token) -> tuple[Actor, ...]:
        """The two countries the sentence names before `noun`, if it names exactly two, by
        their names or their people ("after a call with Putin, Trump said the two leaders had
        agreed": Russia and the United States)."""
        codes = [
            actor_code(m.entries, self.context.day) for m in self.mentions.actors if m.end <= noun.i
        ]
        countries = {
            c[:COUNTRY_LENGTH]
            for c in codes
            if c and not c.startswith(STATELESS_PREFIXES) and CODE_SEPARATOR not in c
        }
        if len(countries) != 2:
            return ()
        return tuple(Actor(country, noun.text) for country in sorted(countries))

    def _resolve_member(self, head: Token, strict: bool) -> list[Actor]:
        tokens = self._with_whole_name(head, core_tokens(head))
        text = head.doc[tokens[0].i : tokens[-1].i + 1].text
        if (unlike := self._unlike_its_words(head, text)) is not None:
            return unlike
        if self.counterpart and head.lemma_.lower() in COUNTERPART_NOUNS:
            found = self._counterparts(head, tokens, text, self.counterpart)
            if found:
                return found
        codes = [self._modifier_code(m, head, tokens) for m in _coordinated_modifiers(head)]
        if any(codes):
            # A parse that hangs a list off its last member ("Fornost and the awful Gondor")
            # still names the head itself.
            codes.append(self._modifier_code(head, head, tokens))
            split = [each for code in codes if code for each in code.split(CODE_SEPARATOR)]
            return [Actor(code, text) for code in dict.fromkeys(split)]
        # "evacuated its diplomats from Lima": the pronoun says whose they are, not the place.
        # A count is placed as what it counts: "dozens of people in China and Myanmar".
        placed = _counted(head) if _counts(head) else head
        located = (
            []
            if _has_pronoun_owner(head) or placed is None
            else self._located_agents(placed, core_tokens(placed))
        )
        if len(located) > 1:
            return located
        code = _seated_body(head, tokens) or self._code_in(head, tokens, strict)
        if code is None:
            alias = self._alias(head)
            if alias is not None:
                return [
                    Actor(each, text, alias.source == DISCOVERED)
                    for each in alias.code.split(CODE_SEPARATOR)
                ]
            return (
                located
                or self._from_apposition(head)
                or self._owned_by_subject(head, tokens, text)
                or self._speakers_country(head)
                or self._described_country(head, text)
                or self._korean_half(head, text)
                or self._of_a_korean_half(head, tokens, text)
            )
        if self._named_in_part(head) and (described := self._described(head)):
            # "Nabil Abdullah, a spokesperson for the Sudanese army": not the Saudi king
            # ABDULLAH of the dictionary; the apposition, with its FOR phrase, says who he is.
            return described
        if len(code) == COUNTRY_LENGTH:
            # "his Chinese counterpart Xi Jinping": the person named says more than "Chinese".
            named = self._from_apposition(head)
            if named and all(a.country == code for a in named):
                return named
            if self._is_people(head):
                # "armed Serbs": an armed force of no named kind (UAF), as "armed men" are.
                agent = UNIDENTIFIED_FORCES if _armed(head) else CIVILIANS
                return [Actor((self._ethnic_home(head, code) or code) + agent, text)]
        return [Actor(each, text) for each in code.split(CODE_SEPARATOR)]

    def _named_in_part(self, head: Token) -> bool:
        """Whether the dictionary's name covers only part of a person's name: ABDULLAH of
        "Nabil Abdullah"."""
        if head.pos_ != "PROPN":
            return False
        name = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [head]
        covering = [m for m in self.mentions.actors if m.covers(head.i)]
        return any(not m.covers(word.i) for m in covering for word in name)

    def _opponents(self, head: Token, text: str) -> list[Actor]:
        """Those who oppose a government are its country's opposition ("Duque's opponents",
        "critics of the government", "government critics": COLOPP), not the government their
        phrase names. Opponents of anyone else are left to the phrase's name, as the PETRARCH-2
        gold standard codes "opponents of Rwanda's Senate" (RWALEG)."""
        owners = children(head, "poss", "compound") + [o for o in [_of_object(head)] if o]
        opposed = [a for owner in owners for a in self.resolve(owner, strict=True)]
        government = [a for a in opposed if a.code == a.country + GOVERNMENT_AGENT]
        if len(opposed) != 1 or not government:
            return []
        return [Actor(government[0].country + OPPOSITION_AGENT, text)]

    def _ethnic_home(self, head: Token, code: str) -> str | None:
        """The country a people named by its ethnicity lives in, where its phrase names one
        other than the ethnicity's: "Kosovo Albanians" and "ethnic Albanians in Kosovo" are
        Kosovo's civilians, not Albania's."""
        homes = [m for m in head.children if m.dep_ == "compound" and m.i < head.i]
        ethnic = any(c.lower_ == ETHNIC for c in head.children)
        if ethnic:
            homes += [obj for prep, obj in prepositions(head) if prep in {"in", "from"}]
        for home in homes:
            match = next((m for m in self.mentions.actors if m.covers(home.i)), None)
            found = actor_code(match.entries, self.context.day) if match else None
            if found is not None and len(found) == COUNTRY_LENGTH and found != code:
                return found
        # "detained ten ethnic Albanians in Kosovo": the event's place, else the sentence's
        # home ("Kyrgyz police detained ethnic Uzbeks in Osh").
        place = self.scene or self.home
        return place if ethnic and place not in {None, code} else None

    def _is_people(self, head: Token) -> bool:
        """ "Thousands of Israelis", "Kenyans", "Palestinians": a country's name for its people,
        in the plural, is its civilians. Most are listed in the singular ("ISRAELI") and found
        through it; some the Phoenix file lists in the plural ("PALESTINIANS"), which end as
        no country's or city's name does. A country named in the plural ("the Philippines") is
        listed as written, and stays the country. "The Russians" is as often the state as its
        people, and stays the country; "thousands of Russians" are people."""
        counted = _is_quantity(head)
        if counted:
            head = next((obj for prep, obj in prepositions(head) if prep == "of"), head)
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False  # "the Russians said ...": as often the state as its people
        # "thousands of Lebanese": counted, a name whose plural is its singular is plural too;
        # an abbreviation is none ("new US tariffs").
        plural = (head.lower_.endswith("s") and not head.is_upper) or counted
        if not plural or head.pos_ not in ("PROPN", "NOUN"):
            return False
        # "South Koreans", "Kosovo Serbs": a people's name of several words ends at the head
        # (not "Western leaders").
        first = 0 if head.pos_ == "PROPN" else head.i
        ending = (m for m in self.mentions.actors if first <= m.start <= head.i == m.end - 1)
        match = next(ending, None)
        if match is None:
            return False
        name = head.doc[match.start : match.end].text.lower()
        written = any(fold(entry.name) == fold(name) for entry in match.entries)
        return counted or not written or head.lower_.endswith(PEOPLE_ENDING)

    def _owned_by_subject(self, head: Token, tokens: list[Token], text: str) -> list[Actor]:
        """An agent a pronoun owns belongs to the subject of the clause above it: "Russia said
        its troops attacked" and "Russia moved its troops" are RUSMIL; "Egypt's president
        said his country has proposed a truce": "his country" is Egypt. A counted group owns
        each of its members' agents: "the two countries' foreign ministers"."""
        if self.coreference and _group_owner(head):
            group = next(c for c in head.children if c.dep_ == "poss")
            return self._owned_by(self.resolve(group, True), head, tokens, text)
        if not self.coreference or not _has_pronoun_owner(head):
            return []
        listed = _listed_owner(head)
        owner = listed or _owning_subject(head) or _reported_subject(head)
        if owner is None:
            return self._owned_by_the_one_before(head, tokens, text)
        if not listed and (other := self._victims_owner(head, owner)):
            return self._owned_by(other, head, tokens, text)
        if _their_of_one(head, owner) and self._is_a_state(owner):
            # "Caracas expelled their diplomats": THEIR is not one city's or country's; it is
            # the group of countries the sentence before was about.
            return self._group_owned(head, tokens)
        # The one listed before is read alone: the list it heads holds the owned noun too.
        owners = self._resolve_member(owner, True) if listed else self.resolve(owner, True)
        return self._owned_by(owners, head, tokens, text)

    def _victims_owner(self, head: Token, owner: Token) -> list[Actor]:
        """Whose people or forces a pronoun owns where they are the victims of the subject's
        own attack: not the attacker's, but the other side's named before it in the clause
        ("Israel struck Iran's nuclear sites and killed its top commanders": Iran's), else the
        subject of the clause above. None where neither is another side."""
        verb = _striking_verb(head)
        if verb is None:
            return []
        attackers = {a.country for a in self.resolve(owner, True)}
        pronoun = next(c for c in head.children if c.dep_ == "poss")
        before = [
            t
            for t in head.doc[owner.i + 1 : pronoun.i]
            if t.dep_ in {"poss", "dobj", "pobj"} and t.pos_ == "PROPN"
        ]
        # ITS stands for one; THEIR for all a list names ("Bolivia and Ecuador criticised the
        # vote, and Lima expelled their ambassadors").
        count = None if pronoun.lower_ == "their" else 1
        for named in reversed(before):
            others = [a for a in self.resolve(named, True) if a.country not in attackers]
            if others:
                return others[:count]
        # "Iran vowed revenge after Israel struck its consulate", "Ukraine said Russia had
        # attacked its power grid": else the subject of the clause above, if another side's.
        if (upper := _owning_subject(verb)) is None:
            return []
        return [a for a in self.resolve(upper, True) if a.country not in attackers][:count]

    def _owned_by_the_one_before(self, head: Token, tokens: list[Token], text: str) -> list[Actor]:
        """A group a pronoun owns where no clause above it has a subject of its own: "Imran
        Khan was jailed ... His party accused the military" is Khan's party (PAKOPP), "his
        government" his country's government; the pronoun stands for the subject before."""
        pronouns = [c for c in children(head, "poss") if c.lower_ in POSSESSIVE_PRONOUNS]
        owners = [a for pronoun in pronouns for a in self._subject_before(pronoun)]
        if head.lemma_.lower() in PARTY_NOUNS:
            # A party is its leader's own side; "his party" is a person's ("Police arrested
            # Sonko. His party ..." is Sonko's, not the police's).
            person = any(p.lower_ in PERSON_POSSESSIVES for p in pronouns)
            leader = self._person_before() if person else []
            if leader or len(owners) == 1:
                return leader or owners
        return self._owned_by(owners, head, tokens, text)

    def _owned_by(
        self, owners: list[Actor], head: Token, tokens: list[Token], text: str
    ) -> list[Actor]:
        """The group `head` names, of the owners' country."""
        countries = list(dict.fromkeys(a.country for a in owners))
        if len(countries) > 1 and (_has_pronoun_owner(head, THEIR) or _group_owner(head)):
            # "Peru and Chile agreed that their troops would pull back": each one's troops; so
            # are "the two countries' foreign ministers".
            return [a for country in countries for a in self._agent_of(country, head, tokens, text)]
        if len(countries) != 1:
            return []
        country = countries.pop()
        if head.lemma_.lower() in COUNTRY_NOUNS:
            return [Actor(country, text)]
        if head.lemma_.lower() in FOLLOWER_NOUNS:
            # "urged its supporters to protest": the party's public, its country's people.
            return [Actor(country + CIVILIANS, text)]
        if head.lemma_.lower() in NEIGHBOUR_NOUNS and head.tag_ == "NN":
            return self._neighbour(head, country, text)
        if is_instrument(head) and not self.mentions.agents_within({t.i for t in tokens}):
            # "Israel said its jets struck Hezbollah targets", "the army said its aircraft
            # were bombing RSF bases": whose weapons they are is who used them.
            return [Actor(a.code, text) for a in dict.fromkeys(owners)]
        agents = self._agent_of(country, head, tokens, text)
        if agents and head.lemma_.lower() in LEADING_NOUNS | SERVING_NOUNS:
            # "Hamas said its leader was killed", "Hezbollah said its commander died": an
            # armed group's leaders and spokesmen are the group, as "Hezbollah's leader" is.
            groups = [a for a in dict.fromkeys(owners) if _is_armed_group(a.code)]
            if groups and len(groups) == len(set(owners)):
                return [Actor(a.code, text) for a in groups]
        if head.dep_ == "nsubj" and agents and all(a.agent in FIGHTING_AGENTS for a in agents):
            # "Hezbollah said its fighters clashed with Israeli soldiers": an armed group's
            # own fighters or forces doing something are the group (LBNREB), not its
            # country's (LBNUAF); those it acts on stay its country's ("demobilised its
            # fighters").
            groups = [a for a in dict.fromkeys(owners) if _is_armed_group(a.code)]
            if len(groups) == len(set(owners)):
                return [Actor(a.code, text) for a in groups]
        if not agents and _striking_verb(head) is not None:
            # "Russia attacked its power grid": what is struck of a country's is the country's.
            return [Actor(country, text)]
        return agents

    def _neighbour(self, head: Token, owner: str, text: str) -> list[Actor]:
        """ "Algeria cut ties with Morocco, accusing its neighbour of hostile actions": the
        owner's neighbour or rival is the other country named before it in the sentence, else
        the story's other side."""
        named = [
            actor.country
            for word in names_before(head)
            for actor in self.resolve(word, strict=True)
            if actor.country != owner and not actor.code.startswith(STATELESS_PREFIXES)
        ]
        other = named[0] if named else self.context.main_other({owner})
        return [Actor(other, text)] if other is not None else []

    def _is_a_state(self, noun: Token) -> bool:
        """Whether the noun names a country or its capital (a code with no agent): "Caracas",
        not "the Taliban", whose fighters are "their fighters" in British usage."""
        found = self.resolve(noun, strict=True)
        return bool(found) and all(a.agent is None for a in found)

    def _group_owned(self, head: Token, tokens: list[Token]) -> list[Actor]:
        """Agents THEIR gives to a subject of several countries, or the countries themselves
        for what is no agent: the nearest such subject before it in its sentence ("Argentina,
        Chile and Peru refused to recognise the outcome, and Caracas expelled their
        diplomats"), else the last sentence's."""
        subject = self._group_before(head) or self.context.last_subject
        countries = list(dict.fromkeys(a.country for a in subject))
        if len(countries) < 2:
            return []
        found = []
        for country in countries:
            found += self._agent_of(country, head, tokens, head.text) or []
        # "Turkey said it would block their bids": a direct object they own that is no agent
        # (a bid, a plan, a request) stands for the countries themselves. Not a phrase's
        # object: "objected to their membership, accusing both of ..." is the accusation.
        if found or head.dep_ != "dobj":
            return found
        return [Actor(country, head.text) for country in countries]

    def _group_before(self, head: Token) -> list[Actor]:
        """The actors of the nearest subject before `head` in its sentence that lists several
        countries; none where there is no such subject."""
        listed = [
            t
            for t in reversed(head.sent[: head.i - head.sent.start])
            if t.dep_ in {"nsubj", "nsubjpass"} and t.conjuncts
        ]
        for subject in listed:
            actors = self.resolve(subject, True)
            if len({a.country for a in actors}) > 1:
                return actors
        return []

    def _speakers_country(self, head: Token) -> list[Actor]:
        """ "Our country has lodged a protest": the country of the speaker, the subject of the
        verb reporting the quote, else of the sentence before (a quote running on)."""
        if not self.coreference or head.lemma_.lower() not in COUNTRY_NOUNS:
            return []
        if not any(c.dep_ == "poss" and c.lower_ == "our" for c in head.children):
            return []
        owner = _owning_subject(head)
        speakers = self.resolve(owner, strict=True) if owner is not None else []
        countries = {a.country for a in speakers or self.context.last_subject}
        return [Actor(countries.pop(), head.text)] if len(countries) == 1 else []

    def _korean_half(self, head: Token, text: str) -> list[Actor]:
        """ "The North" and "the South" in a story on either Korea are North Korea and South
        Korea, as news on the peninsula calls them ("South Korea condemned the North's latest
        missile launch")."""
        half = KOREAN_HALVES.get(head.lower_)
        if half is None or not head.is_title or not self.coreference:
            return []
        named = {c for c, _ in self.context.countries} | self.mentions.countries(self.context.day)
        return [Actor(half, text)] if named & set(KOREAN_HALVES.values()) else []

    def _of_a_korean_half(self, head: Token, tokens: list[Token], text: str) -> list[Actor]:
        """ "The South's unification ministry", "the North's army": the agent of the Korea
        that its possessor names (`_korean_half`)."""
        owners = [c for c in children(head, "poss") if c.lower_ in KOREAN_HALVES]
        halves = [half for owner in owners for half in self._korean_half(owner, owner.text)]
        return [
            role
            for half in halves
            for role in self._agent_of(half.country, head, tokens, text) or [half]
        ]

    def _unlike_its_words(self, head: Token, text: str) -> list[Actor] | None:
        """Who a phrase names whose words name someone else: "Duque's opponents" are the
        opposition, not Duque; "the former French colony" is not France; a place another state
        holds is that state's ("shelled Russian-held Donetsk", "struck targets in
        Pakistani-administered Kashmir"). None where its words say who it is."""
        if head.lemma_.lower() in OPPONENT_NOUNS and (opposition := self._opponents(head, text)):
            return opposition
        if past := [m for m in head.children if _tells_the_past(m)]:
            return self._country_with_a_past(head, past, text)
        holders = [
            actor
            for held in children(head, "amod")
            if held.lower_ in HOLDING_WORDS
            for holder in children(held, "npadvmod", "amod", "compound")
            for actor in self.resolve(holder, strict=True)
        ]
        return holders or None

    def _country_with_a_past(self, head: Token, past: list[Token], text: str) -> list[Actor]:
        """ "The former French colony accused Paris", "the ex-Soviet republic of Kazakhstan":
        the country its OF phrase names, else the one the story describes so, which is not
        the state of its past (`_described_country`)."""
        named = [a for prep, obj in prepositions(head) if prep == "of" for a in self.resolve(obj)]
        if named:
            return named
        codes = [
            actor_code(match.entries, self.context.day)
            for match in self.mentions.actors
            if any(match.covers(m.i) for m in past)
        ]
        former = frozenset(code[:COUNTRY_LENGTH] for code in codes if code)
        return self._described_country(head, text, also_not=former)

    def _described_country(
        self, head: Token, text: str, also_not: frozenset[str] = frozenset()
    ) -> list[Actor]:
        """ "Kenya offered to lead a police mission to the Caribbean country", "the Gulf
        state", "the island nation": a country a story describes rather than names again is
        the one it has named most besides the country of the clause's subject. Only a
        definite, singular noun with a describing word: a bare "the country" is as often the
        subject's own ("the president left the country"), unless the subjects are of several
        countries, none of which it can be ("China and India sent aid to the country")."""
        if not self.coreference or head.lemma_.lower() not in DESCRIBED_COUNTRY_NOUNS:
            return []
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if not definite or head.tag_ != "NN":
            return []
        owner = _owning_subject(head)
        subjects = self.resolve(owner, strict=True) if owner is not None else []
        countries = {a.country for a in subjects} | also_not
        described = any(c.dep_ in {"amod", "compound"} for c in head.children)
        if not described and len(countries) < 2:
            return []
        other = self.context.main_other(countries)
        if other is None and not children(head, "prep"):
            # Not "the state of Palestine", which names itself.
            other = self._named_before_in_sentence(head, countries)
        return [Actor(other, text)] if other is not None else []

    def _named_before_in_sentence(self, head: Token, excluded: set[str]) -> str | None:
        """The state named last before `head` in its sentence, other than the `excluded`
        countries: in a story's first sentence, "Russia threatened to retaliate against
        Lithuania after the Baltic state banned the transit of goods" is Lithuania."""
        before = [m for m in self.mentions.actors if m.end <= head.i]
        codes = [actor_code(m.entries, self.context.day) for m in sorted(before, key=_span_start)]
        states = [c for c in codes if c and len(c) == COUNTRY_LENGTH and c not in excluded]
        return states[-1] if states else None

    def _counterparts(self, head: Token, tokens: list[Token], text: str, agent: str) -> list[Actor]:
        """Counterparts of the source's agent, in the countries the phrase names: "his Saudi
        counterpart" (SAU), "counterparts from Japan and South Korea" (JPN, KOR)."""
        places = [
            p for prep, obj in prepositions(head) if prep in {"from", "of"} for p in conjuncts(obj)
        ]
        codes = [self._code_in(head, tokens, strict=True)]
        codes += [self._code_in(p, core_tokens(p), strict=True) for p in places]
        countries = [c for c in codes if c and len(c) == COUNTRY_LENGTH]
        return [Actor(country + agent, text) for country in dict.fromkeys(countries)]

    def _at_scene(self, head: Token) -> list[Actor]:
        """An agent of no named country, in an event placed in a country, is that country's:
        "protested against the government in Tbilisi" is against GEOGOV; failing a place,
        it is of the country the sentence or story is set in ("Kenyan police detained
        protesters": KENCVL)."""
        country = (
            self._state_of_the_clause_before(head)
            or self.scene
            or self._other_than_the_object(head)
            or self.home
            or self._story_country_acted_on(head)
        )
        if country is None or is_weapon(head):
            # "A drone struck Odesa": whose drone the scene does not say.
            return []
        if head.lemma_.lower() in ENVOY_NOUNS | VESSEL_NOUNS or _is_foreign(head):
            # "Venezuela expelled diplomats": envoys are another state's, abroad where they
            # serve; the scene does not say whose. Nor does it of "foreign forces", nor of a
            # tanker seized in the Gulf, whose flag is any state's.
            return []
        if self.scene is None and self._names_within(head):
            # "a tanker sailing under Panama's flag": the name inside says whose it is.
            return []
        while _is_quantity(head) and (counted := _of_object(head)) is not None:
            # "dozens of protesters", "tens of thousands of people": the protesters, people.
            head = counted
        if is_weapon(head):
            # "shot down 15 of the 18 missiles": whose missiles the scene does not say either.
            return []
        tokens = core_tokens(head)
        if _is_count_of_people(head) or _is_following(head) or is_person_held(head):
            # "thousands marched": people, so civilians; so are "supporters of the junta" and
            # "a 41-year-old man" the police arrested.
            return [Actor(country + CIVILIANS, head.doc[tokens[0].i : tokens[-1].i + 1].text)]
        return self._agent_of(country, head, tokens, head.doc[tokens[0].i : tokens[-1].i + 1].text)

    def _other_than_the_object(self, head: Token) -> str | None:
        """For a subject whose verb acts on the home country named as a state, the country
        the story names most besides: in a story on Niger and France, "the junta accused
        France of plotting an intervention" is Niger's junta, not France's. None elsewhere."""
        if head.dep_ != "nsubj" or self.home is None or not self.coreference:
            return None
        objects = children(head.head, "dobj")
        names = [m for m in self.mentions.actors if any(m.covers(o.i) for o in objects)]
        codes = {actor_code(m.entries, self.context.day) for m in names}
        states = {code for code in codes if code and len(code) == COUNTRY_LENGTH}
        return self.context.main_other(states) if self.home in states else None

    def _state_of_the_clause_before(self, head: Token) -> str | None:
        """The state whose forces or officials did the act of the clause this one is joined
        to, for the subject of the second: "Israeli warplanes struck targets across Gaza, and
        the military called up reservists" is Israel's military, not of the place struck."""
        clause = head.head
        if head.dep_ != "nsubj" or clause.dep_ != "conj":
            return None
        doers = [a for s in children(clause.head, "nsubj") for a in self.resolve(s, strict=True)]
        states = {a.country for a in doers if a.agent in STATE_AGENTS and not a.stateless}
        return next(iter(states)) if len(states) == 1 else None

    def _story_country_acted_on(self, head: Token) -> str | None:
        """The country of an unplaced government that a named state's verb acts on, where the
        sentence has no home because it names only that state: the country the story is about
        besides the state's ("Bukele's crackdown ... the United States urged the government to
        respect due process": SLVGOV)."""
        governing = head.lemma_.lower() in GOVERNMENT_NOUNS
        if head.dep_ != "dobj" or not self.coreference or not governing:
            return None
        doers = [a for s in children(head.head, "nsubj") for a in self.resolve(s, strict=True)]
        countries = {a.country for a in doers if a.agent is None}
        return self.context.main_other(countries) if countries else None

    def _names_within(self, head: Token) -> bool:
        """Whether a name that is no place stands inside the head's own phrase ("under
        Panama's flag", not "in Lima"), outside words coordinated with it ("the rebel group
        and the Sudanese army")."""
        doc = head.doc
        span = range(head.left_edge.i, head.right_edge.i + 1)
        if not any(m.start in span for m in self.mentions.actors):
            return False
        listed = {t.i for c in head.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
        # Not a clause within a clause of the phrase: "crowds protesting [against a decision
        # [to halt talks with the EU]]" are not the EU's.
        inner_clauses = [
            t for t in head.subtree if t.dep_ in CLAUSE_DEPS and head.i not in (t.i, t.head.i)
        ]
        # Nor whoever backs it ("rebels backed by Turkey" are of the scene, not Turkey's), nor
        # whom they are blamed for serving ("a man suspected of spying for Israel"), nor what
        # a crowd is against ("people protesting against Lukashenko's re-election").
        inner_clauses += [
            t
            for t in children(head, "acl")
            if t.lower_ in BACKING_WORDS | CHARGED_WORDS | AIMING_WORDS
        ]
        # Nor what they did: "people who laid flowers in memory of Navalny" are not Navalny's.
        inner_clauses += children(head, "relcl")
        nested = {t.i for clause in inner_clauses for t in clause.subtree}
        # Nor the country a border is named by ("troops stationed near the Chilean border").
        borders = [place for place in head.subtree if place.lemma_.lower() in BORDERS]
        nested |= {t.i for place in borders for t in place.subtree}
        # Nor what people are told doing: "protesters carrying Bolivian flags"; nor what they
        # are held for: "arrested 12 people for spying for Iran".
        agents = self.mentions.agents
        nested |= {t.i for t in head.subtree if in_what_people_do(t, head, agents)}
        charges = [g for p in children(head, "prep") if p.lower_ == "for" for g in p.children]
        nested |= {t.i for g in charges if g.tag_ == "VBG" for t in g.subtree}
        # Nor an apposition the parser hung on a subject from beyond its verb: "protesters
        # broke into the council on Monday, the anniversary of the handover to China".
        nested |= {t.i for a in _appositions_beyond_the_verb(head) for t in a.subtree}
        inside = {t.i for t in head.subtree} - listed - nested - {head.i}
        return any(
            m.start in inside and not _is_place(doc[m.end - 1]) and not _backer(doc, m)
            for m in self.mentions.actors
        )

    def _unknown(self, head: Token) -> list[Actor]:
        """With `unknown_actors`, an agent of no country at all codes as `---` plus the agent
        ("insurgents" → ---REB), as PETRARCH writes it."""
        if not self.unknown_actors:
            return []
        tokens = core_tokens(head)
        return self._agent_of(UNKNOWN, head, tokens, head.doc[tokens[0].i : tokens[-1].i + 1].text)

    def _agent_of(self, country: str, head: Token, tokens: list[Token], text: str) -> list[Actor]:
        """The agent that `head` is, given `country` (GEO + government → GEOGOV), if it is one;
        or whose post it is ("rebel positions", "army bases": REB, MIL)."""
        words = {head.i} | {c.i for c in _post_owners(head) + _act_owners(head)}
        leads = head.lemma_.lower() in LEADING_NOUNS | MEMBER_NOUNS
        if (_heads_a_body(head) or leads) and (body := _of_object(head)) is not None:
            # "the leader of a drug cartel", "members of a gang": the body's (`_led_body`).
            words.add(body.i)
        if leads or self._titled_name(head):
            # "the armed forces chief": the body the chief leads (`_led_body`); "gang
            # members": the members' group; "Interior Minister Ali Yerlikaya": a name's title.
            words |= {c.i for c in head.children if c.dep_ == "compound" and c.i < head.i}
        if self._unknown_name(head):
            # "the rebel Front for Change and Concord": a body of no known name is what the
            # word before it says it is.
            words |= {c.i for c in _kind_words(head)}
        within = self.mentions.agents_within({t.i for t in tokens})
        if any(a.covers(head.i) and a.entries[-1].code == UNIDENTIFIED_FORCES for a in within):
            # "rebel fighters": a modifier may name their side (`_side_named`).
            words |= {c.i for c in head.children if c.dep_ in {"amod", "compound"}}
        agents = [a for a in within if any(a.covers(i) for i in words)]
        return [Actor(_with_agent(country, agents, head), text)] if agents else []

    def _named_agent(self, head: Token, agents: list[PhraseMatch[AgentEntry]]) -> bool:
        """Whether the head is a name of no dictionary that a word before it makes an agent:
        "the rebel Front for Change and Concord in Chad" is a rebel group of Chad's."""
        kinds = _kind_words(head)
        return self._unknown_name(head) and any(a.covers(k.i) for a in agents for k in kinds)

    def _unknown_name(self, head: Token) -> bool:
        """A capitalised name that no dictionary name covers ("Front" of "the rebel Front for
        Change and Concord")."""
        capitalised = head.pos_ == "PROPN" or (head.is_title and head.i != head.sent.start)
        return capitalised and not any(m.covers(head.i) for m in self.mentions.actors)

    def _titled_name(self, head: Token) -> bool:
        """A person's name that opens with a title of office and has nothing else before it:
        "Interior Minister Ali Yerlikaya", "General Waker-Uz-Zaman" (not "agency spokesperson
        Li Ming", whose agency is no one's, nor "the EC President Michel")."""
        if head.pos_ != "PROPN" or head.left_edge.i == head.i:
            return False
        title = next((a for a in self.mentions.agents if a.start == head.left_edge.i), None)
        if title is None:
            return False
        names = [t for t in head.doc[title.end : head.i] if not joins_by_hyphen(t)]
        return all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in names)

    def _agents_at_places(self, members: list[Token]) -> list[Actor]:
        """Every agent in every place of a coordinated list, where the parser hung the place
        off the list ("lawmakers and officials in Fornost and Gondor": four actors)."""
        agents = {m.i: a for m in members for a in self.mentions.agents if a.covers(m.i)}
        heads = [m for m in members if m.i in agents]
        places = [
            place
            for m in heads
            for prep, obj in prepositions(m)
            if prep in LOCATING_PREPS
            for place in conjuncts(obj)
        ]
        if not places:
            return []
        places += [m for m in members if m.i not in agents and m.i > max(p.i for p in places)]
        unplaced = [m for m in members if m.i not in agents and m not in places]
        if len(heads) + len(places) < 3 or unplaced:
            return []
        coded = [(place, core_tokens(place)) for place in places]
        named = [
            (place, tokens[-1], code)
            for place, tokens in coded
            if (code := self._code_in(place, tokens, strict=True)) is not None
        ]
        # "a commander of Hezbollah in Beirut": the group he serves, which Beirut only places
        # (but "negotiators from Israel and Hamas" are of both).
        owners = [n for n in named if n[0].head.lower_ == "of" and _is_owner(n[2])]
        found = []
        for _, last, code in owners or named:
            for head in heads:
                text = head.doc[head.i : last.i + 1].text
                found.append(Actor(_placed_agent(code, [agents[head.i]], head), text))
        return list({a.code: a for a in found}.values())

    def _with_whole_name(self, head: Token, tokens: list[Token]) -> list[Token]:
        """The phrase's words and those of a dictionary name that starts in them, covers the
        head and runs on through its phrases: "the Organization for Security and Co-operation
        in Europe", "the Inter-American Commission on Human Rights" are one name each, though
        a phrase's FOR, ON or IN is not the phrase's own word elsewhere."""
        first, last = tokens[0].i, tokens[-1].i
        phrases = [c.i for c in head.children if c.dep_ == "prep"]
        ends = [
            m.end
            for m in self.mentions.actors
            if first <= m.start <= head.i < m.end
            and m.end > last + 1
            and any(m.start <= i < m.end for i in phrases)
        ]
        if not ends:
            return tokens
        return sorted({*tokens, *head.doc[first : max(ends)]}, key=lambda t: t.i)

    def _located_agents(self, head: Token, tokens: list[Token]) -> list[Actor]:
        """An agent placed by a phrase: "soldiers from Gondor", "lawmakers in Fornost and
        Gondor", "the ambassadors of Arnor and Gondor", "militants based in Gondor" give one
        actor per country, with the agent's code."""
        agents = self.mentions.agents_within({t.i for t in tokens})
        # "opposition groups based in northern Iraq": placed through the participle too, and
        # an agent word compounded with the head names the agent.
        basing = [v for v in children(head, "acl") if v.lemma_.lower() in BASING_VERBS]
        words = [head, *(children(head, "compound") if basing else [])]
        if not any(a.covers(w.i) for a in agents for w in words):
            return []
        found = []
        representing = head.lemma_.lower() in REPRESENTING_NOUNS
        for prep, place in prepositions(head) + [p for v in basing for p in prepositions(v)]:
            if prep not in LOCATING_PREPS and not (representing and prep == "for"):
                continue
            for member in _named_places(place):
                member_tokens = core_tokens(member)
                code = self._code_in(member, member_tokens, strict=True)
                if code is not None:
                    text = head.doc[tokens[0].i : member_tokens[-1].i + 1].text
                    found.append(Actor(_placed_agent(code, agents, head), text))
        return found

    def _code_in(self, head: Token, tokens: list[Token], strict: bool) -> str | None:
        indices = _with_hyphens({t.i for t in tokens}, head.doc)
        named_agent = self._named_agent(head, self.mentions.agents_within(indices))
        if named_agent:
            # "the rebel Front for Change and Concord in Chad": the place in its name says
            # whose it is.
            indices |= {t.i for t in head.subtree}
        # Where the phrase holds no whole name, one whose last word is the head is the head's,
        # however the parser split it ("met Mahdi al-Mashat" with "al" and "Mashat" as two
        # objects).
        names = self.mentions.actors_within(indices) or [
            m for m in self.mentions.actors if m.end == head.i + 1
        ]
        agents = self.mentions.agents_within(indices)
        head_is_agent = named_agent or any(a.covers(head.i) for a in agents)
        whole = not strict or head_is_agent or _is_quantity(head)
        whole = whole or _is_following(head) or _heads_a_body(head)
        hidden = set() if whole else _of_phrases(head)
        coded = [
            (m, actor_code(m.entries, self.context.day))
            for m in names
            if (not all(i in hidden for i in range(m.start, m.end)) or _in_possessor(head, m))
            and not _backer(head.doc, m)
        ]
        # "Europe's largest nuclear plant": a region that ranks a thing owns none of it.
        coded = [(m, c) for m, c in coded if not (c in REGIONS and _ranks(head.doc, m))]
        candidates = [(m, c) for m, c in coded if c is not None]
        # "Australian Trade Minister Simon Birmingham": a surname is no city.
        candidates = [(m, c) for m, c in candidates if not _surname(head.doc, m, c, agents, names)]
        if not candidates:
            return None
        # A name that is the head itself, else its owner: the one heading its `of` phrase
        # ("leaders of Egypt's Muslim Brotherhood" are the Brotherhood's, not Egypt's), or its
        # possessor ("Stockholm's NATO bid" is Sweden's).
        if not any(m.covers(head.i) for m, _ in candidates):
            owners = [(m, c) for m, c in candidates if any(m.covers(o.i) for o in _owners(head))]
            candidates = owners or candidates
            doers = [(m, c) for m, c in candidates if any(m.covers(o.i) for o in _doers(head))]
            candidates = doers or candidates
            if doers:
                # The victims' role is not the doer's: "China's treatment of Uyghurs" is CHN.
                victims = _of_phrases(head)
                agents = [a for a in agents if a.start not in victims]
        match, code = _nearest(candidates, head)
        code = self._titled(head, match, code, agents) or code
        # "supporters of former Brazilian President Bolsonaro": the country's people too.
        in_role = _has_role(code) or (len(code) == COUNTRY_LENGTH and bool(agents))
        if _is_following(head) and in_role:
            return code[:3] + CIVILIANS
        return _with_agent(code, agents, head)

    def _titled(
        self,
        head: Token,
        name: PhraseMatch[ActorEntry],
        code: str,
        agents: list[PhraseMatch[AgentEntry]],
    ) -> str | None:
        """The role a title just before a person's name gives, where no dated row of the
        name holds on the article's date: "Israeli Foreign Minister Shimon Peres" in 2002 is
        ISRGOV, though the name's undated default is ISRELI. The undated default is the
        dictionary's guess; the title is what the story says. A past title ("former Foreign
        Minister") or one another noun qualifies ("gang leader") leaves the default alone."""
        entry = deciding_entry(name.entries, self.context.day)
        title = next((a for a in agents if a.end == name.start and not a.entries[-1].prefix), None)
        if entry is None or title is None or not _has_role(code):
            return None
        role = title.entries[-1].code
        # "former Nigerian President Olusegun Obasanjo": past, however far before the title
        # (or in it: the Phoenix title "former president" is ELI).
        before_title = head.doc[head.left_edge.i : title.start]
        past = role == ELITE or any(t.lower_ in FORMER_WORDS for t in before_title)
        if entry.dated:
            return _out_of_office(name.entries, entry) if past else None
        if (body := self._organisation_before(head.doc, title.start)) is not None:
            return body
        before = head.doc[title.start - 1] if title.start > 0 else None
        # "Gang leader Jimmy Cherizier": a title some other noun qualifies is no office.
        qualified = before is not None and before.pos_ == "NOUN"
        if qualified or past:
            return None
        return code[:COUNTRY_LENGTH] + role

    def _organisation_before(self, doc: Doc, start: int) -> str | None:
        """The code of an international organisation named just before a title that starts
        at `start`, with or without its possessive: "the African Union's envoy Olusegun
        Obasanjo" acts for the African Union, whatever office he once held at home."""
        end = start - 1 if start > 0 and doc[start - 1].tag_ == "POS" else start
        for match in self.mentions.actors:
            code = actor_code(match.entries, self.context.day) if match.end == end else None
            if code is not None and code.startswith(ORGANISATION_PREFIX):
                return code
        return None

    def _modifier_code(self, modifier: Token, head: Token, tokens: list[Token]) -> str | None:
        """ "Russian and Chinese bombers": each coordinated modifier with the head's agent."""
        match = next((m for m in self.mentions.actors if m.covers(modifier.i)), None)
        code = actor_code(match.entries, self.context.day) if match else None
        if code is None:
            return None
        return _with_agent(code, self.mentions.agents_within({t.i for t in tokens}), head)

    def _alias(self, head: Token) -> ActorEntry | None:
        """The entry that decides the code of a name the article gave before, on its date:
        the longest run of name words ending at `head` that is an alias ("Rapid Support
        Forces"), else the head alone ("Faye")."""
        words = [head]
        while words[0].i > 0:
            before = words[0].nbor(-1)
            if before.dep_ == "compound":
                words.insert(0, before)
            elif joins_by_hyphen(before) and before.nbor(-1).dep_ == "compound":
                words[:0] = [before.nbor(-1), before]  # "Diaz-Canel"
            else:
                break
        if head.lower_ in BODY_REFERENTS and not refers_to_a_body(head):
            return None  # "the opposition alliance" is no organisation named before
        if head.lower_ in NAMED_REFERENTS and not refers_to_one_named(head):
            return None  # "the island of Crete" names its own
        if (named := self._referent_in_sentence(head)) is not None:
            return deciding_entry(named.entries, self.context.day)
        for start in range(len(words)):
            key = " ".join(t.lower_ for t in words[start:] if not t.is_punct)
            entries = self.context.aliases.get(key)
            if entries:
                return deciding_entry(entries, self.context.day)
        return None

    def _referent_in_sentence(self, head: Token) -> PhraseMatch[ActorEntry] | None:
        """The name earlier in the sentence that "the island", "the kingdom" or "the bloc"
        refers back to, before any the article named in sentences before: "drills around
        Taiwan, a day after Pelosi visited the island" (TWN)."""
        earlier = [m for m in self.mentions.actors if m.end <= head.i]
        if head.lower_ in NAMED_REFERENTS:
            earlier = [m for m in earlier if head.lower_ in named_referents(m)]
        elif head.lower_ in BODY_REFERENTS:
            earlier = [m for m in earlier if names_an_organisation(m)]
        else:
            return None
        return earlier[-1] if earlier else None

    def _from_apposition(self, head: Token) -> list[Actor]:
        appos = _apposition(head)
        return self._resolve_member(appos, strict=True) if appos is not None else []

    def _described(self, head: Token) -> list[Actor]:
        """Whom an apposition describing a person by a role says they are, with whom they serve
        or speak for: "Nabil Abdullah, a spokesperson for the Sudanese army" (SDNMIL)."""
        appos = _apposition(head)
        if appos is None or not self._agent_codes(appos):
            return []
        return self.resolve(appos)


def _kind_words(head: Token) -> list[Token]:
    """The words before a name that say what kind of body it is: REBEL of "the rebel Front";
    none before a name of more words ("agency spokesperson Li Ming" is a person, whose title
    says nothing of whose he is)."""
    words = [c for c in head.lefts if c.dep_ in {"amod", "compound"}]
    return [] if any(w.pos_ == "PROPN" for w in words) else words


def _apposition(head: Token) -> Token | None:
    return next((c for c in head.children if c.dep_ == "appos"), None)


def _appositions_beyond_the_verb(head: Token) -> list[Token]:
    """The appositions of a subject that stand after its verb, which describe no subject but
    a date or place the sentence ends with ("... on Monday, the anniversary of ...")."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.i < head.i:
        return []
    return [c for c in children(head, "appos") if c.i > verb.i]


def _with_hyphens(indices: set[int], doc: Doc) -> set[int]:
    """The word indices with the hyphens written between two of them, which the parser may
    hang elsewhere: "Mahdi al-Mashat" is one name though "-" is not in its noun phrase."""
    hyphens = {i + 1 for i in indices if i + 2 in indices and joins_by_hyphen(doc[i + 1])}
    return indices | hyphens


def bracketed_short_form(doc: Doc, end: int) -> Token | None:
    """The short form in brackets right after a name ending before token `end`: "(RSF)"."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1]
    return word if word.is_upper and len(word) > 1 else None


def _backer(doc: Doc, match: PhraseMatch) -> bool:
    """A name that says who backs the actor, not who it is: "the Iran-backed group",
    "Russian-backed separatists", "a Kremlin-funded militia"; or who made or supplied its
    weapon: "an Iranian-made drone struck Odesa", "a US-supplied missile downed a jet"."""
    after = [t for t in doc[match.end : match.end + 2] if t.text != "-"]
    hyphened = match.end < len(doc) and doc[match.end].text == "-"
    if after and after[0].lower_ in BROKERING_WORDS and not hyphened:
        return False  # "a truce with Chile mediated by Brazil": Chile is a party
    if not after or after[0].lower_ not in BACKING_WORDS:
        return False
    # A modifier of a noun, not a verb the name is the subject of: "Japan provided a loan",
    # "protested after France backed the plan" are acts of Japan and France.
    name = doc[match.end - 1]
    is_subject = name.dep_ in SUBJECT_DEPS and name.head == after[0]
    return after[0].dep_ != "ROOT" and (hyphened or not is_subject)


# People who cross into a country are not its own: "thousands of refugees fled into Thailand".
NEWCOMER_NOUNS = frozenset({"refugee", "migrant", "asylum", "evacuee", "deportee"})


def _is_destination(token: Token) -> bool:
    """A name that is where something is sent or crosses into ("into Niger"), unless who
    crosses into it are refugees or migrants, who come from elsewhere."""
    if token.dep_ != "pobj" or token.head.lower_ != DESTINATION_PREP:
        return False
    return not moved_by_newcomers(token.head.head)


def moved_by_newcomers(verb: Token) -> bool:
    """Whether the subject of a verb of moving is refugees or migrants ("thousands of refugees
    fled into Thailand"), whom the place they reach does not make its own."""
    subjects = children(verb, "nsubj")
    return any(t.lemma_.lower() in NEWCOMER_NOUNS for s in subjects for t in s.subtree)


def _ranks(doc: Doc, name: PhraseMatch[ActorEntry]) -> bool:
    """Whether a possessive name ranks what it is said to own among others, by a superlative
    ("Europe's largest nuclear plant", "Africa's most populous country")."""
    owner = doc[name.end - 1]
    if owner.dep_ != "poss":
        return False
    ranked = owner.head
    return any(c.tag_ == "JJS" or c.lower_ == "most" for c in ranked.subtree if c.i < ranked.i)


def _is_place(token: Token) -> bool:
    """A name the sentence places something in: "in Tbilisi", and "in the Georgian capital
    Tbilisi", "in the Georgian capital" (a country's word on a place noun of that phrase), "in
    Colombia's Cauca province" (the owner of such a noun), and the place an attack hit
    ("strikes on Gaza killed 30 people": the people of Gaza)."""
    described = token.head.lemma_.lower() in PLACE_NOUNS or _is_region_name(token.head)
    owns = token.dep_ == "poss" and token.head.lemma_.lower() in PLACE_NOUNS
    if token.dep_ == "appos" or (token.dep_ in {"amod", "compound"} and described) or owns:
        token = token.head
    elif _administers(token):
        token = token.head.head  # "in Indian-administered Kashmir"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in STREET_PREPS and token.lemma_.lower() in STREET_NOUNS:
        return True  # "took to the streets of Belgrade"
    return prep.lower_ in PLACING_PREPS or (prep.lower_ in HIT_PREPS and is_attack(prep.head))


def _administers(token: Token) -> bool:
    """Whether a country's word says who administers the place it describes: "in Indian-
    administered Kashmir", "Pakistan-administered Kashmir" (the administrator's, as the
    datasets place such events; not "Russian-occupied", whose people are another state's)."""
    above = token.head
    return token.dep_ == "npadvmod" and above.lower_ == ADMINISTERED and above.dep_ == "amod"


def _is_region_name(head: Token) -> bool:
    """A place name that one country's word describes, in a phrase: "in Indian Kashmir" (not
    "the Indian Prime Minister", which has more words before it)."""
    modifiers = [c for c in head.children if c.dep_ in {"amod", "compound"}]
    return head.pos_ == "PROPN" and head.dep_ == "pobj" and len(modifiers) == 1


def _strikes(verb: Token) -> bool:
    """Whether a verb tells an attack on its object: a verb of striking ("shelled Kharkiv"),
    or any verb with a weapon or attack as its subject ("a missile hit Odesa")."""
    striking = verb.lemma_.lower() in STRIKING_VERBS
    return striking or any(is_attack(subject) for subject in children(verb, "nsubj"))


def _without_trailing_preposition(doc: Doc, match: PhraseMatch) -> PhraseMatch:
    """An envoy's agent phrase less the word it ends in ("ambassador to", "ambassador at"): a
    preposition there heads a phrase of its own, outside the noun phrase an actor is read
    from, so that "Iran's ambassador to Canberra" is still Iran's government (IRNGOV), and a TO
    may open a clause ("summoned the Chinese ambassador to protest"). "Embassy in" keeps its
    IN: "its embassy in Libya" is a place."""
    last = doc[match.end - 1]
    if match.end - match.start > 1 and last.lower_ in ENVOY_PREPOSITIONS:
        return replace(match, end=match.end - 1)
    return match


def _without_trailing_verb(doc: Doc, match: PhraseMatch) -> PhraseMatch:
    """An agent phrase less a finite verb it ends in, which a phrase read by its words' lemmas
    takes for a noun: "Ecuadorean police forced their way into the embassy" is no POLICE FORCE
    but police, who forced."""
    if match.end - match.start > 1 and doc[match.end - 1].tag_ in FINITE_TAGS:
        return replace(match, end=match.end - 1)
    return match


def _common_noun(doc: Doc, match: PhraseMatch) -> bool:
    """A one-word name written in lower case ("a pole", "the turkey", "Chile's senate") is
    not the country or body it spells; nor is a group's one-word name capitalised only
    to start the sentence ("Youths clashed with police"), where a people's stays its country
    ("Poles protested"). Only a plural the name matches by its singular: a name the tagger
    takes for a common noun at the start ("Trump accused ...", "Guterres called ...") is
    written so anywhere."""
    token = doc[match.start]
    if match.end - match.start != 1 or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.is_lower:
        # "the pope", written so, is still the one person the office names; "Chile's senate",
        # which the tagger may call a name, is no US Senate.
        return token.lemma_ not in OFFICES_WRITTEN_LOWER
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    plural = token.tag_ == "NNS" and lemma != token.lower_
    group = any(e.name == lemma and len(e.code) > COUNTRY_LENGTH for e in match.entries)
    return bool(token.is_sent_start) and token.is_title and plural and group


def _another_states_body(doc: Doc, match: PhraseMatch, matches: tuple[PhraseMatch, ...]) -> bool:
    """A one-word name of one state's body that another state's name owns or describes is that
    state's body of the kind: "Chile's Senate", "the Chilean Senate" are no US Senate (the
    Phoenix file's SENATE, USAGOVLEG), but Chile's legislature, the agent word's LEG. So is a
    longer name that describes a noun a state owns: "Russia's Security Council secretary" is
    no UN official, but Russia's (RUSGOV). Not in an OF phrase, where the body is what another
    noun is of ("opponents of Rwanda's Senate"), which the PETRARCH-2 gold standard codes
    otherwise."""
    one_word = match.end - match.start == 1
    token = doc[match.end - 1]
    if not one_word and token.dep_ == "compound" and token.head.i >= match.end:
        # "Russia's Security Council secretary": the name describes the noun Russia owns.
        token = token.head
    elif not one_word or not all(len(e.code) > COUNTRY_LENGTH for e in match.entries):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return False
    countries = {e.code[:COUNTRY_LENGTH] for e in match.entries}
    owners = [
        c
        for c in token.children
        if c.dep_ in {"poss", "amod", "compound"} and not match.start <= c.i < match.end
    ]
    for other in matches:
        named = any(other.covers(c.i) for c in owners)
        if named and any(e.code[:COUNTRY_LENGTH] not in countries for e in other.entries):
            return True
    return False


def _ethnic_modifier(doc: Doc, match: PhraseMatch) -> bool:
    """A people's noun that describes another noun names the ethnicity, not the state whose
    adjective is another word: "the autonomous Serb entity" is Bosnia's, where "Serbs" and
    "Croats" alone are Serbia's and Croatia's people. A longer name keeps its own code
    ("the Bosnian Serb leader")."""
    token = doc[match.start]
    alone = match.end - match.start == 1
    return alone and token.lower_ in ETHNIC_NOUNS and token.dep_ in {"amod", "compound"}


# Peoples' nouns whose state's adjective is another word ("Serbian", "Croatian").
ETHNIC_NOUNS = frozenset({"serb", "croat"})


def _compass_of_a_name(doc: Doc, match: PhraseMatch) -> bool:
    """A compass word alone before another capitalised word is part of a name the dictionary
    does not list ("the West African bloc", "West Darfur", "West Asia"), not the region it
    names alone ("the West": WST)."""
    if match.end - match.start != 1 or doc[match.start].lower_ not in COMPASS_WORDS:
        return False
    after = doc[match.end] if match.end < len(doc) else None
    return after is not None and after.is_alpha and after.is_title


# Words that name a region alone ("the West") and begin other names ("West Africa").
COMPASS_WORDS = frozenset({"west", "east", "north", "south"})
# A country's part told by its direction: the country places people in it.
REGION_WORDS = COMPASS_WORDS | {"northwest", "northeast", "southwest", "southeast"}


def _other_adjective(doc: Doc, match: PhraseMatch) -> bool:
    """An agent word parsed as an adjective modifying a noun, whose adjective is another word:
    "vowed a firm response" names no company (where "military aid" does name the military);
    "arrested a retired general", which the parser may tag an adjective, names a general."""
    token = doc[match.start]
    modifier = token.pos_ == "ADJ" and token.dep_ == "amod"
    return match.end - match.start == 1 and modifier and token.lower_ in OTHER_ADJECTIVES


def _negated_by_non(doc: Doc, match: PhraseMatch) -> bool:
    """A name or agent word after NON and a hyphen names those it is not: "attacked
    non-Muslims", "non-Western diplomats"."""
    before = [t.lower_ for t in doc[max(match.start - 2, 0) : match.start]]
    return before == ["non", "-"]


def _tells_the_past(modifier: Token) -> bool:
    """Whether a state's word is marked as the past of the noun it describes: "the former
    French colony", "the ex-Soviet republic", "post-Soviet states"."""
    doc = modifier.doc
    before = [t.lower_ for t in doc[max(modifier.i - 2, 0) : modifier.i]]
    marked = before[-1:] == ["former"] or before in (["ex", "-"], ["post", "-"])
    return marked and modifier.head.lemma_.lower() in DESCRIBED_COUNTRY_NOUNS


# Agent words that, as adjectives, mean something else ("a firm response": resolute; "a
# general strike": of all).
OTHER_ADJECTIVES = frozenset({"firm", "general"})


def _set_phrase(doc: Doc, match: PhraseMatch) -> bool:
    """An agent word that is the bare object of a preposition in a set phrase of manner or
    state: "will attend the summit in person" names no civilians, "ten years in prison" no
    police, "a leader in exile" no opposition of its own."""
    token = doc[match.start]
    # "left for exile in Spain": a phrase of its own on the noun says where, not who.
    described = any(c.dep_ != "prep" for c in token.children)
    if match.end - match.start != 1 or token.dep_ != "pobj" or described:
        return False
    return (token.head.lower_, token.lower_) in SET_PHRASES


# Prepositions and bare nouns that tell how or in what state, not who.
SET_PHRASES = frozenset(
    {("in", "person"), ("in", "prison"), ("in", "jail"), ("in", "exile"), ("in", "custody")}
    | {("into", "exile"), ("for", "exile"), ("into", "custody")}
)


def _relative_antecedent(word: Token) -> Token | None:
    """The person or group "who", "that" or "which" stands for as the subject of a clause
    that tells what they did or are doing: "the president, who accused Chile", "Guterres, who
    is on a visit to Pakistan", "a crowd that was taking part in a protest"; or as its object,
    where the clause has a subject of its own ("Bolivia, which it accused of meddling"). Not a
    clause that tells their background, which codes nothing: a passive ("who had been
    jailed"), an earlier act ("who had clashed with police the day before"), or a role held
    ("who heads the council")."""
    if word.lower_ not in RELATIVE_PRONOUNS or word.dep_ not in {"nsubj", "dobj"}:
        return None
    clause = word.head
    if word.dep_ == "dobj" and not children(clause, "nsubj"):
        return None
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    earlier = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    role = clause.tag_ in PRESENT_TAGS and clause.pos_ == "VERB"
    return None if earlier or role else clause.head


def _post_owners(head: Token) -> list[Token]:
    """The words before a noun of a military post that say whose it is: "rebel" in "rebel
    positions", "army" in "army bases"."""
    if head.lemma_.lower() not in POST_NOUNS:
        return []
    return [c for c in head.lefts if c.dep_ in {"compound", "amod", "nmod"}]


def _act_owners(head: Token) -> list[Token]:
    """The possessor of a noun of what befalls a post-holder, who it befalls: "the health
    minister's resignation" is the minister's, as "the resignation of the minister" is; and
    of a demand or pressure, who made it: "agreed to the miners' demands" yields to the
    miners."""
    if head.lemma_.lower() not in PERSONAL_ACT_NOUNS | OWNED_DEMAND_NOUNS:
        return []
    return [c for c in head.children if c.dep_ == "poss"]


def _with_agent(code: str, agents: list[PhraseMatch[AgentEntry]], head: Token) -> str:
    """A bare country or international organisation takes the agent nearest the head: RUS +
    troops → RUSMIL, IGOUNO + troops → IGOUNOMIL; an organisation agent goes before (NGO~)."""
    if CODE_SEPARATOR in code:
        return CODE_SEPARATOR.join(_with_agent(c, agents, head) for c in code.split(CODE_SEPARATOR))
    if not agents or not (len(code) == 3 or _is_organisation(code)):
        return code
    agents = _led_body(agents, head) or agents
    match, _ = _nearest([(a, a.entries[-1].code) for a in agents], head)
    agent = match.entries[-1]
    if agent.prefix:
        return agent.code + code
    role = ELITE if _is_former(head) else _side_named(agent.code, agents, head)
    # "AFP journalists": a news agency's journalists are the agency (MED), not MEDMED; "the
    # chief of the OAS", "the ICC's prosecutor": an organisation's officials are the
    # organisation, whose troops are its own (IGOUNOMIL).
    if code == role or (_is_organisation(code) and role in ORGANISATION_OFFICIALS):
        return code
    return code + role


# Armed groups a modifier names the side of: "rebel fighters", "separatist gunmen".
NAMED_SIDES = frozenset({"REB", "INS"})


def _side_named(role: str, agents: list[PhraseMatch[AgentEntry]], head: Token) -> str:
    """The role of armed men of no known side (UAF), or the side a modifier of theirs names:
    "rebel fighters", "separatist gunmen", "insurgent fighters" are rebels (REB)."""
    if role != UNIDENTIFIED_FORCES:
        return role
    modifiers = {c.i for c in head.children if c.dep_ in {"amod", "compound"}}
    sides = [a.entries[-1].code for a in agents if a.start in modifiers and a.end == a.start + 1]
    return next((side for side in sides if side in NAMED_SIDES), role)


def _placed_agent(code: str, agents: list[PhraseMatch[AgentEntry]], head: Token) -> str:
    """The code of an agent placed by a phrase that names `code`: the country's agent ("troops
    from Gondor": GONMIL), but an armed group's own ("gunmen from Boko Haram" and "a commander
    of Hezbollah in Beirut" are the group's, not unknown gunmen of Nigeria or Lebanon's army)
    and an organisation's ("envoys from the African Union": IGOAFRAFU~, not IGO's)."""
    if _is_armed_group(code):
        return code
    return _with_agent(code if _is_organisation(code) else code[:3], agents, head)


def _is_owner(code: str) -> bool:
    """Whether a code placing an agent is a body the agent serves (an armed group or an
    organisation) rather than a country the agent may only be in."""
    return _is_armed_group(code) or _is_organisation(code)


def _led_body(agents: list[PhraseMatch[AgentEntry]], head: Token) -> list[PhraseMatch]:
    """The agents of the body that a leader's or a member's OF phrase or compound, or a
    spokesman's compound, names: "the chief of Pakistan's army" and "Bolivia's armed forces
    chief" are the army's (PAKMIL, BOLMIL), as "Pakistan's army chief" is, not a chief of
    government; "a Peruvian police spokesman" speaks for the police (PERCOP), "a rebel
    spokesman" for the rebels; "activists of the governing party" are the party's (GOV)."""
    lemma = head.lemma_.lower()
    if lemma not in LEADING_NOUNS | SERVING_NOUNS | MEMBER_NOUNS:
        return []
    # "accused a British diplomat of spying": a spokesman's or diplomat's OF phrase may be
    # the charge.
    owner = _of_object(head) if lemma in LEADING_NOUNS | MEMBER_NOUNS else None
    bodies = [owner] if owner is not None else []
    bodies += [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    inside = {t.i for body in bodies for t in body.subtree}
    # "the main opposition leader": the Phoenix file's MAIN OPPOSITION runs past the compound.
    return [a for a in agents if any(i in inside for i in range(a.start, a.end))]


def _is_following(head: Token) -> bool:
    """Whether `head` names the public that follows someone: "supporters of Imran Khan" or
    "Imran Khan's supporters", "thousands of loyalists of the ousted president" are their
    country's people (PAKCVL, LBYCVL), not the leader's role (PAKOPP). Supporters named by no
    one ("urged supporters to stay calm") are the speaker's own and no actor."""
    noun = _of_object(head) if _is_quantity(head) else head
    if noun is None or noun.lemma_.lower() not in FOLLOWER_NOUNS:
        return False
    # "Yoon's supporters", as "supporters of Yoon".
    named_owner = any(c.dep_ == "poss" and _written_as_name(c) for c in noun.children)
    return _of_object(noun) is not None or named_owner


def _heads_a_body(head: Token) -> bool:
    """ "The head of the armed forces", "the head of Chad's army": the body's own, as its
    chief or commander is. HEAD is no agent of the dictionaries, being mostly a body part."""
    return head.lemma_.lower() == HEAD_NOUN and _of_object(head) is not None


def _has_role(code: str) -> bool:
    """Whether a code is a country's person or body with a role (PAKOPP), not a bare country,
    an organisation or an armed group."""
    return len(code) > COUNTRY_LENGTH and not _is_organisation(code) and not _is_armed_group(code)


def _only_places(actors: list[Actor], noun: Token) -> bool:
    """Whether a noun's actors are countries alone, with no role, and the noun is no person's
    name: what "him" or "her" cannot stand for."""
    return noun.ent_type_ != PERSON_ENTITY and all(actor.agent is None for actor in actors)


# Prepositions that set a scene or a medium: "appeared on state television", "at the embassy".
SETTING_PREPS = frozenset({"on", "in", "at"})


def _a_setting(noun: Token) -> bool:
    """Whether a common noun is where something happened, which "him" or "her" cannot stand
    for: "officers appeared on state television to say they had removed him" removed no
    broadcaster."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPS


def _one_state(actors: list[Actor], agents: frozenset[str | None]) -> str | None:
    """The one state all the actors are of, each with one of `agents` (a state's speakers,
    its office holders), or None: none of a region or of no state."""
    countries = {a.country for a in actors}
    if len(countries) != 1 or not all(a.agent in agents for a in actors):
        return None
    [country] = countries
    if any(a.stateless for a in actors) or country in REGIONS:
        return None
    return country


def _names_one_person(noun: Token) -> bool:
    """Whether a noun names one person: a name the tagger calls a person's, or a leader's
    title in the singular ("the opposition leader")."""
    title = noun.lemma_.lower() in LEADER_TITLES and noun.tag_ not in PLURAL_NOUN_TAGS
    return noun.ent_type_ == PERSON_ENTITY or title


def _may_be_a_person(noun: Token) -> bool:
    """Whether a noun may name a person: a name the tagger calls a person's, or a name it
    gives no kind ("Castillo")."""
    return noun.ent_type_ == PERSON_ENTITY or (noun.pos_ == "PROPN" and not noun.ent_type_)


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """Whether a subject pronoun may stand for a noun: HE and SHE for no plural, IT for no
    person ("Colombia's president suspended a ceasefire with the group after it killed four
    people": the group, not the president)."""
    word = pronoun.lower_
    if word in PERSON_PRONOUNS:
        return _agrees(pronoun, noun)
    if word == IT:
        return noun.ent_type_ != PERSON_ENTITY and noun.lemma_.lower() not in LEADER_TITLES
    return True


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a third-person pronoun may stand for a noun by number: "they" and "them" for a
    plural noun, a count or a list; "it", "he" and "she" for a singular one."""
    plural = noun.tag_ in {"NNS", "NNPS"} or _is_quantity(noun) or bool(noun.conjuncts)
    if pronoun.lower_ in {"they", THEM}:
        return plural
    return not plural or _a_persons_name(noun)


def _a_persons_name(noun: Token) -> bool:
    """Whether a proper noun the tagger read as plural is a person's name all the same: a
    surname ending in S after a first name, with no article ("Antonio Guterres said he ...",
    "Evo Morales"), which the parse tells where the recogniser has not run."""
    if noun.tag_ != "NNPS" or children(noun, "det"):
        return False
    if noun.ent_type_ == PERSON_ENTITY:
        return True
    first_names = [c for c in children(noun, "compound") if c.i == noun.i - 1]
    return any(c.tag_ == "NNP" for c in first_names)


def _participles_after(noun: Token) -> list[Token]:
    """Participles after a verb's object that the parser hung on the verb, which describe the
    object: "fired missiles at two bases in Iraq housing US troops" (HOUSING under FIRED); so
    are relative clauses hung on the verb's object ("fired missiles at two bases in Iraq that
    house US troops", THAT HOUSE under MISSILES)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    found = [c for c in children(verb, "advcl") if c.lower_ in HOUSING_PARTICIPLES]
    found += [
        c
        for obj in children(verb, "dobj")
        for c in children(obj, "relcl")
        if c.lemma_.lower() in HOUSING_VERBS
    ]
    return [c for c in found if c.i > noun.i]


def _reports(verb: Token) -> bool:
    """Whether a verb reports a clause ("Syria said insurgents ..."), as opposed to one
    whose clause is a predicate of its object ("found the president guilty")."""
    return any(c.pos_ in {"VERB", "AUX"} for c in children(verb, "ccomp"))


def _is_foreign(head: Token) -> bool:
    """ "foreign governments", "foreign forces", "leaders around the world": of other countries
    than the scene's; not a state's own office for its relations abroad ("the foreign
    ministry")."""
    if head.lemma_.lower() in FOREIGN_AFFAIRS_NOUNS:
        return False
    return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in head.children) or any(
        t.lemma_.lower() in WORLD_NOUNS and t.dep_ == "pobj"
        for prep in children(head, "prep")
        for t in prep.subtree
    )


def _two_sides(actors: Sequence[Actor]) -> tuple[Actor, ...]:
    """The two sides among `actors`, one per country, or, where all are of one country, one per
    code (a civil war's sides: "the army and the RSF" fought); none where they are not two."""
    sides = tuple({a.country: a for a in actors}.values())
    if len(sides) == 1:
        sides = tuple({a.code: a for a in actors}.values())
    return sides if len(sides) == PAIR else ()


def _is_former(head: Token) -> bool:
    """ "former security officials", "ex-ministers": the agent's role is past, as a named
    person's is where FORMER hangs on the title before the name ("former vice president Juan
    Perez")."""
    words = [head, *children(head, "compound")]
    return any(
        c.lower_ in FORMER_WORDS and c.dep_ in {"amod", "advmod"}
        for word in words
        for c in word.children
    )


def _armed(head: Token) -> bool:
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in ARMED_WORDS for c in head.children)


def _is_organisation(code: str) -> bool:
    """An intergovernmental organisation with no role yet (IGOUNO, IGOEUREEC)."""
    return code.startswith(ORGANISATION_PREFIX) and len(code) % 3 == 0 and len(code) <= 9


def _is_object_pronoun(token: Token) -> bool:
    """ "urged him", "offered them asylum", "called on him", "talks with them": a pronoun
    standing for people named before, where it is an object (not "it" after a preposition)."""
    if token.lower_ not in OBJECT_PRONOUNS:
        return False
    return token.dep_ in {"dobj", "dative"} or (token.dep_ == "pobj" and token.lower_ != "it")


def _object_shared_by_it(pronoun: Token) -> Token | None:
    """ "Protesters stormed the embassy and set it on fire", "seized a tanker and took it to
    port": IT, the object of a verb listed after another, is the one thing that verb acted on,
    not the nearest name before it ("in Baghdad")."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or verb.dep_ != "conj":
        return None
    objects = children(verb.head, "dobj")
    if len(objects) != 1 or objects[0].tag_ not in {"NN", "NNP"}:
        return None
    return objects[0]


def _has_pronoun_owner(head: Token, pronouns: frozenset[str] = POSSESSIVE_PRONOUNS) -> bool:
    """Whether one of `pronouns` owns `head` ("its troops", "their embassies")."""
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in head.children)


def _group_owner(head: Token) -> bool:
    """Whether a counted group owns `head` ("the two countries' ministers", "both sides'
    troops")."""
    owners = [c for c in head.children if c.dep_ == "poss"]
    return any(g.lower_ in GROUP_MARKERS for owner in owners for g in owner.children)


def _listed_owner(head: Token) -> Token | None:
    """The person named before HIS or HER in a list: "warrants for Netanyahu and his former
    defence minister" are for Netanyahu's minister, not the court's."""
    personal = any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in head.children)
    if not personal or head.dep_ != "conj":
        return None
    first = head.head
    return first if first.pos_ == "PROPN" else None


def _their_of_one(head: Token, owner: Token) -> bool:
    """Whether THEIR owns the noun while the clause's subject is one name or IT ("Caracas
    expelled their diplomats", "it would block their bids"): then, where that name is a
    state's, the subject is not the owner."""
    their = any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)
    one = (owner.tag_ == "NNP" and not owner.conjuncts) or owner.lower_ == "it"
    return their and one


def _striking_verb(head: Token) -> Token | None:
    """The verb that strikes `head`: "struck its consulate", "fired rockets at its towns"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in VICTIMS_VERBS:
        return head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in AIMING_PREPS:
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in VICTIMS_VERBS | LAUNCHING_VERBS else None


def _owning_subject(head: Token) -> Token | None:
    """The subject of the nearest verb above `head` whose subject is not `head`'s own phrase;
    in an infinitive whose doer is the object of the verb above, that object ("ordered China
    to close its consulate": China's). ITS stands for no plural ("Uruguay said Argentine police
    had detained two of its citizens": Uruguay's)."""
    singular = _has_pronoun_owner(head, ITS)
    node = head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and head not in child.subtree:
                if is_attack(child) or (singular and child.tag_ in PLURAL_NOUN_TAGS):
                    # "a rebel spokesman said US strikes killed five of its fighters": an
                    # attack or a weapon owns nothing; the speaker above does.
                    continue
                return child
        if (controller := _controller(node, head)) is not None:
            return controller
    return None


def _reported_subject(head: Token) -> Token | None:
    """The subject of the report told before its speaker, where the speaker is the pronoun's
    own ("Bolivia could cut off gas exports, its energy minister warned": Bolivia's)."""
    if head.dep_ != "nsubj":
        return None
    reports = [c for c in children(head.head, "ccomp") if c.i < head.i]
    subjects = [s for r in reports for s in children(r, "nsubj") if s.pos_ != "PRON"]
    return subjects[0] if subjects else None


def _controller(infinitive: Token, owned: Token) -> Token | None:
    """The object of the verb above an infinitive, who does what the infinitive says and so
    owns what its ITS or THEIR owns ("urged Iran to free its prisoners"); for HIS and HER only
    an object that is a person's name ("urged Congress to pass his bill" is not Congress's)."""
    if infinitive.dep_ != "xcomp" or not is_infinitive(infinitive):
        return None
    objects = children(infinitive.head, "dobj")
    owners = [c.lower_ for c in owned.children if c.dep_ == "poss"]
    if len(objects) != 1 or not owners:
        return None
    person = owners[0] in PERSON_POSSESSIVES
    return objects[0] if not person or objects[0].ent_type_ == PERSON_ENTITY else None


def _coordinated_modifiers(head: Token) -> list[Token]:
    for child in head.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.conjuncts:
            return [child, *child.conjuncts]
    return []


def _owners(head: Token) -> list[Token]:
    """The object of the head's `of` phrase and its possessor."""
    of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return of + [c for c in head.children if c.dep_ == "poss"]


def _doers(head: Token) -> list[Token]:
    """The possessor of a noun of an act done to someone, who did it: "China's treatment of
    Uyghurs" and "Turkey's arrest of journalists" are China's and Turkey's acts, whose
    victims the OF phrase names."""
    if head.lemma_.lower() not in DONE_TO_NOUNS:
        return []
    return [c for c in head.children if c.dep_ == "poss"]


def _of_phrases(head: Token) -> set[int]:
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}


def _named_places(place: Token) -> list[Token]:
    """The places a phrase names: "Kabul and Herat", and so "the provinces of Kabul and
    Herat", where a place noun's `of` phrase names them."""
    named = _of_object(place) if place.lemma_.lower() in PLACE_NOUNS else None
    return conjuncts(named or place)


# Prepositions on a participle that say where people are ("people living in Gaza").
def _seated_body(head: Token, tokens: list[Token]) -> str | None:
    """The body a city named alone seats, where the city is a party (`SEATED_BODIES`): "Brussels
    warned Hungary", "Hungary accused Brussels of blackmail", "talks with Brussels"."""
    if len(tokens) != 1 or head.lower_ not in SEATED_BODIES:
        return None
    party = first_of_coordination(head)
    if party.dep_ in PARTY_DEPS or (party.dep_ == "pobj" and party.head.lower_ in PARTY_PREPS):
        return SEATED_BODIES[head.lower_]
    return None


PEOPLE_PLACE_PREPS = frozenset({"in", "from", "near", "across", "inside", "outside"})


def in_what_people_do(token: Token, top: Token, agents: Sequence[PhraseMatch[AgentEntry]]) -> bool:
    """Whether the token is inside what people are told doing, in a participle on them
    ("protesters demanding a deal to free hostages held in Gaza", "activists carrying Bolivian
    flags"): what they do, ask for or are against is not whose they are. Where they are is
    ("people living in Gaza"). `agents` are the sentence's agent phrases."""
    for child, clause in pairwise(path_up(token, top)):
        if clause.dep_ == "acl" and clause.tag_ == "VBG" and _names_people(clause.head, agents):
            return not (child.dep_ == "prep" and child.lower_ in PEOPLE_PLACE_PREPS)
    return False


def _names_people(noun: Token, agents: Sequence[PhraseMatch[AgentEntry]]) -> bool:
    """Whether the noun, or what it counts ("dozens of protesters"), is an agent's word for
    people; not a vessel, which what it flies says whose it is ("a tanker flying Panama's
    flag")."""
    if noun.lemma_.lower() in VESSEL_NOUNS:
        return False
    nouns = [noun, *(obj for prep, obj in prepositions(noun) if prep == "of")]
    return any(a.covers(n.i) for n in nouns for a in agents)


def _is_count_of_people(head: Token) -> bool:
    """A bare count standing for people: "thousands", "tens of thousands" (a counting word
    with no `of` phrase saying what is counted). Not a number: "six opposed it" are as often
    states as people."""
    return head.lemma_.lower() in COUNTING_HEADS and _of_object(head) is None


def _of_object(head: Token) -> Token | None:
    """The object of a head's `of` phrase ("of protesters"), if it has one."""
    return next((obj for prep, obj in prepositions(head) if prep == "of"), None)


def _counted(head: Token) -> Token | None:
    """What a count counts: "Georgians" of "thousands of Georgians", "them" of "several of
    them"; None for a head that is no count or counts nothing named."""
    return _of_object(head) if _is_quantity(head) else None


def _among(actors: list[Actor], codes: set[str]) -> bool:
    """Whether every one of `actors` has one of `codes`."""
    return {a.code for a in actors} <= codes


def _counts(token: Token) -> bool:
    """Whether the word is a count of named people: "thousands" of "thousands of Georgians"."""
    counted = _counted(token)
    return counted is not None and counted.pos_ in {"NOUN", "PROPN"}


def _counted_pronoun(head: Token) -> Token | None:
    """The pronoun a count is taken from: "them" in "several of them", "dozens of them"."""
    counted = _counted(head)
    return counted if counted is not None and counted.lower_ in COUNTED_PRONOUNS else None


# Pronouns a count may be taken from: "several of them", "some of those".
COUNTED_PRONOUNS = frozenset({"them", "those"})


def _owned_counted(head: Token) -> Token | None:
    """What a count counts, where a possessive pronoun owns it ("one of its warships",
    "two of their jets")."""
    if not _is_quantity(head) or (counted := _of_object(head)) is None:
        return None
    return counted if _has_pronoun_owner(counted) else None


def _is_quantity(head: Token) -> bool:
    return head.pos_ == "NUM" or head.lemma_.lower() in QUANTITY_HEADS


def _surname(
    doc: Doc, match: PhraseMatch, code: str, agents: list[PhraseMatch], names: list[PhraseMatch]
) -> bool:
    """Whether a one-word name of a country's place is a person's surname: it follows a
    capitalised first name that no dictionary name covers, after a title ("Australian Trade
    Minister Simon Birmingham" is no one of Birmingham's; "Peruvian Foreign Minister Carlos
    Lima" no one of Lima's)."""
    if match.end - match.start != 1 or len(code) != COUNTRY_LENGTH or match.start < 1:
        return False
    first = match.start - 1
    if not doc[first].is_title or any(m.covers(first) for m in names):
        return False
    return any(a.end == first for a in agents)


def _nearest(candidates: list[tuple[PhraseMatch, str]], head: Token) -> tuple[PhraseMatch, str]:
    """The match covering `head`, else the closest one (ties go to the left, the modifier side)."""
    return min(
        candidates,
        key=lambda mc: (
            0 if mc[0].covers(head.i) else 1,
            min(abs(head.i - mc[0].start), abs(head.i - mc[0].end + 1)),
            mc[0].start > head.i,
        ),
    )


def _in_possessor(head: Token, match: PhraseMatch) -> bool:
    """True when the match sits in a possessive ("Russia's operation", "Putin's allies")."""
    doc = head.doc
    for token in doc[match.start : match.end]:
        node = token
        while node.i != head.i and node.head.i != node.i:
            if node.dep_ == "poss" or (node.dep_ == "compound" and node.head.dep_ == "poss"):
                return True
            node = node.head
    return False


def _is_definite_speaker(noun: Token) -> bool:
    """ "the ministry", "the foreign ministry", "the statement", as the subject of SAY, ADD."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in SAYING_VERBS
        and noun.lemma_.lower() in SPEAKER_NOUNS
        and any(c.lower_ == "the" for c in noun.children)
        and not any(c.pos_ == "PROPN" for c in noun.subtree)
    )


def _words(text: str) -> set[str]:
    """The words of an actor's text, lower-cased ("Army officers in Gabon": "officers", ...)."""
    return set(text.lower().split())


def _is_bare_definite(noun: Token, tags: frozenset[str] = SINGULAR_TAGS) -> bool:
    """ "the prosecutor", and with `tags` for plurals "the troops", "the companies('s)": a
    noun with THE and no other word of its own."""
    words = [w for w in noun.children if w.dep_ != "case"]
    return noun.tag_ in tags and len(words) == 1 and words[0].lower_ == "the"


def _verb_acting_on(pronoun: Token) -> Token | None:
    """The verb whose object a pronoun is, directly or through a preposition ("attacked it",
    "voted against it"), if any."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    acted_on = pronoun.dep_ in {"dobj", "dative"} or (
        pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep"
    )
    return verb if acted_on and verb.pos_ in {"VERB", "AUX"} else None


def _is_definite_group_noun(noun: Token) -> bool:
    """ "the group", "the militant group", "the organisation", singular and with `the`."""
    return (
        noun.lemma_.lower() in ORGANISATION_NOUNS
        and noun.tag_ == "NN"
        and any(c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ == "prep" for c in noun.children)
    )


def _names_the_culprits(noun: Token) -> bool:
    """ "those responsible (for the attack)", "those behind it", "the perpetrators", "the
    criminals behind the attack"."""
    behind = any(c.lower_ == "behind" for c in children(noun, "prep"))
    if noun.lower_ == "those":
        responsible = any(c.lower_ == "responsible" for c in children(noun, "amod", "acomp"))
        return responsible or behind
    definite = any(c.lower_ == "the" for c in noun.children)
    if noun.lower_ in LONE_ATTACKER_NOUNS:
        # "police shot the attacker dead": the one who attacked, with nothing else naming him.
        return definite and not any(c.dep_ in {"prep", "amod", "compound"} for c in noun.children)
    culprits = noun.lemma_.lower() in CULPRIT_NOUNS or behind
    return culprits and noun.tag_ == "NNS" and definite


def _is_definite_attacker_noun(noun: Token) -> bool:
    """ "the attackers", "the men", "the raiders": plural, with `the`, and nothing else
    naming them; and as a subject, "the militants", "the gunmen" (an object is as often
    another group: "denied backing the rebels")."""
    lemma = noun.lemma_.lower()
    subject = noun.dep_ in {"nsubj", "nsubjpass"}
    return (
        (lemma in ATTACKER_NOUNS or (lemma in ARMED_MEMBER_NOUNS and subject))
        and noun.tag_ == "NNS"
        and any(c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ in {"prep", "amod", "compound"} for c in noun.children)
    )


def _is_armed_group_or_gang(code: str) -> bool:
    return _is_armed_group(code) or code[3:6] == GANG_AGENT


def _is_armed_group(code: str) -> bool:
    return code[3:6] in ARMED_GROUP_AGENTS or code.startswith(INTERNATIONAL_MILITANTS)


def _is_group_reference(token: Token) -> bool:
    each = any(c.lower_ == EACH for c in token.children)
    if token.lemma_.lower() not in GROUP_NOUNS or not (token.tag_ == "NNS" or each):
        return False
    owner = _of_object(token)
    if owner is not None and owner.dep_ == "pobj" and _names_whose(owner):
        # "the leaders of Gondor" names whose leaders they are; "accused the two countries of
        # harbouring militants" (a gerund the parser hung on the noun) and "warned the two
        # countries of serious consequences" do not.
        return False
    markers = {c.lower_ for c in token.children}
    # "the civilian leaders", "two opposition leaders" are others than the ones just named.
    others = any(c.lower_ in OTHER_ROLE_WORDS for c in token.children)
    # "The Greek and Turkish ministers" say whose they are; "the two Nordic countries" are
    # still the two just named.
    described = others or any(
        c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i and c.text[:1].isupper()
        for c in token.children
    )
    definite = token.lemma_.lower() in DEFINITE_GROUP_NOUNS and "the" in markers
    # "called on all parties to show restraint": the sides of the story, not every party.
    every_side = ALL in markers and token.lemma_.lower() in CONFLICT_PARTY_NOUNS
    counted = bool(markers & GROUP_MARKERS.keys() or every_side) and not others
    return counted or (definite and not described)


def _names_whose(owner: Token) -> bool:
    """Whether a group noun's OF phrase says whose members they are: a name ("the leaders of
    Gondor") or a group of its own ("the ministers of the two countries"), not a matter
    ("warned the two countries of serious consequences")."""
    return owner.pos_ == "PROPN" or owner.lemma_.lower() in GROUP_NOUNS


def is_person_held(head: Token) -> bool:
    """A person of no role whom the clause holds, tries or punishes ("arrested a man", "a
    suspect was detained", "hanged two men"), for whom the scene's country stands."""
    noun = head.lemma_.lower() if head.tag_ == "NNS" else head.lower_
    holder = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _is_quantity(head.head.head):
        # "pardoned thousands of prisoners": the verb holds the count of them.
        holder = head.head.head
    held = holder.dep_ == "dobj" or holder.dep_ == "nsubjpass"
    return held and noun in HELD_PERSON_NOUNS and holder.head.lemma_.lower() in CUSTODY_VERBS

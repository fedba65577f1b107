"""Criticism told as a statement: a speaker who says that another actor is illegitimate, acts
illegally or threatens peace criticises that actor (CAMEO 111), though no verb of the
sentence is CRITICISE.

"The ministry said the junta was an illegitimate regime", "Our position is clear: Ruritania's
occupation is illegal, the minister added", "she described the defectors as traitors": the
speaker (the subject of SAY, ADD, DESCRIBE ...) → the actor the harsh word is about, 111. The
actor is the one the word is said of: the subject of its clause ("the junta was
illegitimate", "Ruritania is waging an illegal war"), the owner of the noun it names or
describes ("Ruritania's illegal occupation", "the Ruritanian position is intransigent",
"crimes of the regime"), or what DESCRIBE, CALL, BRAND name ("called the move a
provocation"). A victim ("aggression against Osterlich") is never the target, and a negated
clause ("said the vote was not illegal") codes nothing.

The rule adds an event only where the sentence's verbs coded none from the speaker to that
actor's country: "condemned Ruritania's illegal annexation" is the verb's criticism already.

Praise given by a naming verb is the mirror (051): "called the agreement a beacon of hope",
"called it a historic step" (`praise_events`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from types import MappingProxyType

from spacy.tokens import Span, Token

from coders.actors import STATELESS_PREFIXES, ActorResolver
from coders.arguments import (
    CLAIM_CODE,
    COMPLAINT_CODE,
    DENY_CODE,
    DISAPPROVE_ROOT,
    STORY_PRONOUNS,
    SUMMING_NOUNS,
    fired_by,
    names_an_act,
    subject_actors,
    summed_act_doers,
    victims_of,
)
from coders.charges import ACCUSE_CODE
from coders.codebook import (
    DEMAND_ROOT,
    OFFICIALS,
    PRAISE_CODE,
    SHOW_OF_FORCE_ROOT,
    THREATEN,
    root_of,
)
from coders.dictionaries import VerbPattern
from coders.grammar import (
    DEFINITE_WORDS,
    PURPOSE_LINKS,
    RELATIVE_PRONOUNS,
    children,
    first_of_coordination,
    has_subject,
    is_denied_by_no,
    is_infinitive,
    prepositions,
)
from coders.modality import SHOWING_NOUNS, is_directly_negated, is_negated
from coders.records import Actor, Coded
from coders.referents import actors_referred

CRITICISE_CODE = "111"
RULE_ORIGIN = "eventcoder-rule:criticism-in-a-statement"
PRAISE_ORIGIN = "eventcoder-rule:praise-in-a-naming"
# Words that name an act or an actor with praise, by lemma: "called the deal a beacon of
# hope", "a historic step", "described the talks as constructive".
PRAISE_WORDS = frozenset(
    {
        "historic",
        "breakthrough",
        "milestone",
        "landmark",
        "success",
        "successful",
        "positive",
        "constructive",
        "productive",
        "fruitful",
        "encouraging",
        "hope",
        "triumph",
        "achievement",
        "excellent",
        # "a step in the right direction", "a welcome step", "a good start"
        "right",
        "welcome",
        "good",
    }
)
# Verbs that attribute a statement to its speaker.
SPEAKING_VERBS = frozenset(
    {
        "say",
        "add",
        "tell",
        "write",
        "state",
        "stress",
        "argue",
        "declare",
        "insist",
        "note",
        "claim",
        "tweet",
        "post",
        "assert",
        "allege",
        "charge",
        "complain",
        # Said again or with weight: "repeated that North Korea should abandon its programme".
        "repeat",
        "reiterate",
        "reaffirm",
        "emphasise",
        "emphasize",
        "underline",
        # Told to whom it concerns: "reminded Minsk that it must respect the treaty".
        "remind",
    }
)
# The articles that mark the name given, as DEFINITE_WORDS mark the thing named: "called THE
# killing A crime".
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Verbs that name what they judge as their object: "described X as Y", "called X Y".
NAMING_VERBS = frozenset(
    {
        "describe",
        "call",
        "brand",
        "label",
        "dub",
        "term",
        "characterise",
        "cast",
        "consider",
        "regard",
        "deem",
        "dismiss",
        "reject",
        "denounce",
        "condemn",
        "characterize",
        # "designated the cartels as terrorist organisations"
        "designate",
    }
)
# Naming verbs that judge their object whatever they name it: "condemned the strike as a
# violation of international law" is a condemnation of the strike (the verb's own 111), and
# "rejected the report as a farce" a rejection or denial (the verb's own 12x or 016).
JUDGING_VERBS = frozenset({"condemn", "denounce", "reject"})
# Nouns whose OF phrase names what is harmed, not who harms it: "a violation of Iran's
# sovereignty", "the butcher of Gaza".
HARM_NOUNS = frozenset({"violation", "breach", "butcher", "murderer"})
# Verbs whose object is an act met rather than named: "received a bomb threat".
RECEIVING_VERBS = frozenset({"receive", "get", "foil", "thwart"})
# A naming verb's object that is the thing named, not its name: "what it called provocations".
WH_OBJECTS = frozenset({"what", "which"})
APPEAL_PREPS = frozenset({"on", "upon", "for"})
# What an act is harshly called, though a statement may tell of one plainly ("called the
# detention a coup"; "the army said it had foiled a coup" criticises no one).
HARSH_NAMES = frozenset(
    {"coup", "putsch", "insurrection"}
    # "dismissed the protests as street terror": what an act is called, not a word of its own.
    | {"terror", "vandalism", "hooliganism", "sabotage"}
)
# AMOUNT TO says what its subject is, as BE does: "the response amounted to a war crime".
AMOUNT_VERB = "amount"
# Words that judge an actor or its acts harshly, by lemma.
HARSH_WORDS = frozenset(
    {
        # what an act or a body is
        "illegal",
        "illegitimate",
        "unlawful",
        "unacceptable",
        "outrageous",
        "intransigent",
        "provocative",
        "reckless",
        "irresponsible",
        "unjustified",
        "unjustifiable",
        "unfounded",
        "unfair",
        "unjust",
        "baseless",
        "absurd",
        "disgraceful",
        "shameful",
        "deplorable",
        "heinous",
        "barbaric",
        "brutal",
        "indiscriminate",
        "criminal",
        "arbitrary",
        "sham",
        "void",
        "complicit",
        "hypocritical",
        "cowardly",
        "unprovoked",
        "inhumane",
        "destabilising",
        "destabilizing",
        "hostile",
        "selfish",
        "aggressive",
        "dangerous",
        "escalatory",
        "antisemitic",
        "racist",
        "xenophobic",
        "cruel",
        "inhuman",
        "regrettable",
        # "the Kremlin said the warrant was meaningless", "null and void"
        "meaningless",
        "worthless",
        "invalid",
        "null",
        "ridiculous",
        "preposterous",
        # "Washington called the submission meritless", "called the shooting inexcusable"
        "meritless",
        "groundless",
        "overreaction",
        "inexcusable",
        "unforgivable",
        # "called the execution deeply shocking", "called the arrest incomprehensible"
        "shocking",
        "appalling",
        "abhorrent",
        "reprehensible",
        "despicable",
        "incomprehensible",
        # "called the landing a hijacking", "called the move short-sighted"
        "hijacking",
        "shortsighted",
        "sighted",  # "short-sighted", which the tokenizer splits
        "counterproductive",
        # "called the accusations stupid", "a depraved act", "another humiliation for Moscow"
        "stupid",
        "depraved",
        "humiliation",
        # "called the deal a historic surrender"
        "surrender",
        "capitulation",
        # "said the boat had illegally entered its waters": an act told as a breach of law
        "illegally",
        "unlawfully",
        # "called the raid an authoritarian act", "an encroachment on Russia's security"
        "authoritarian",
        "undemocratic",
        "unconstitutional",
        "totalitarian",
        "encroachment",
        # "called the deal a failure of Netanyahu's policy", "a fiasco"
        "failure",
        "fiasco",
        "meddling",
        "bullying",
        "incitement",
        "colonialism",
        "imperialism",
        # "Beijing called the remark extremely wrong", "a mistaken policy"
        "wrong",
        "erroneous",
        "mistaken",
        # what it is called
        "murder",
        "aggression",
        "provocation",
        "escalation",
        "crime",
        "atrocity",
        "violation",
        "breach",
        "blackmail",
        "propaganda",
        "lie",
        "hypocrisy",
        "interference",
        "disrespect",
        "intimidation",
        "selfishness",
        "usurper",
        "thug",
        # "called the protesters hooligans" (RIOTER and EXTREMIST are agents of their own)
        "hooligan",
        "vandal",
        "scum",
        "betrayer",
        "traitor",
        "terrorist",
        "terrorism",
        "genocide",
        "massacre",
        "threat",
        "contempt",
        "treason",
        "betrayal",
        "pretext",
        "treasonous",
        "treacherous",
        "fanatic",
        "fascist",
        "oppression",
        "repression",
        "persecution",
        "kidnapping",
        "abduction",
        "piracy",
        "theft",
        "coercion",
        "harassment",
        "farce",
        "hoax",
        "smear",
        "slander",
        "fabrication",
        # "called the offensive a plot by the United States"
        "plot",
        "conspiracy",
        # "called the ruling a witch hunt"
        "witch",
        "charade",
        "mockery",
        "travesty",
        "disgrace",
        "scandal",
        "insult",
        "aggressor",
        "mistake",
        "blunder",
        "dictator",
        "tyrant",
        "autocrat",
        "despot",
        "warmonger",
        "butcher",
        "murderer",
        "killer",
        "insolent",
        "arrogant",
        "puppet",
        "liar",
        "gangster",
        "bully",
        "pariah",
        "extremist",
        "nazi",
        # "the measures were based on nothing but lies and disinformation"
        "disinformation",
        # what it does
        "violate",
        "abuse",
        "undermine",
        "endanger",
        "destabilise",
        "destabilize",
    }
)
# "Had no right to interfere": a right denied someone is a rebuke of them.
RIGHT_WORD = "right"
NO = "no"
# Harsh only as nouns: "a stab in the back" (the verb tells an attack).
HARSH_NOUNS_ONLY = frozenset({"stab"})
# Verbs of harm, harsh when said of a state's conduct ("the decision would hurt people in need",
# "the visit seriously damaged peace across the strait"); not of an attack or a storm, whose
# harm a report tells.
HARMING_VERBS = frozenset({"damage", "harm", "hurt", "jeopardise", "jeopardize", "wreck"})
HARMING_CONDUCT = frozenset({"visit", "plan", "sanction", "law", "ban", "tariff", "measure"})
# Said of acts with POLITICALLY, a charge of bad faith: "the charges were politically motivated".
MOTIVE_WORDS = frozenset({"motivated", "driven"})
MOTIVE_ADVERBS = frozenset({"politically"})
# "called the strikes an act of war", "an act of terror": WAR and TERROR are harsh only as what an
# act is called.
WAR_WORDS = frozenset({"war", "terror"})
WAR_ACTS = frozenset({"act", "declaration"})
# "an attack on democracy": harsh only as what something else is called; so are an invasion, an
# execution or an occupation ("called the offensive an invasion of an Arab country", "called
# the killing an execution").
ATTACK_WORDS = frozenset({"attack", "assault"})
NAMED_ATTACK_WORDS = ATTACK_WORDS | {"invasion", "execution", "occupation", "assassination"}
# Where a word names what something else is: "was [an attack]", "called it [an invasion]".
NAMING_DEPS = frozenset({"attr", "oprd"})
# Phrases whose object suffers the harsh act rather than doing it: "aggression against X".
VICTIM_PREPS = frozenset({"against", "on", "upon", "toward", "towards", "to", "for"})
OWNER_PREPS = frozenset({"of", "by"})
# Nouns whose OF or BY phrase names who acted: "the conduct of North Korea".
CONDUCT_NOUNS = frozenset(
    {
        "conduct",
        "behaviour",
        "behavior",
        "action",
        "act",
        "policy",
        "decision",
        "move",
        "step",
        "stance",
        "position",
        "statement",
        "remark",
        "rhetoric",
    }
)
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Where a word says something of its clause's subject: "is [illegal]", "is [a threat]",
# "wages [an illegal war]", "was named [a traitor]".
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "dobj", "conj"})


def criticism_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """The criticism a sentence's statements voice, as coded dyads, where `coded` (the
    events of its verbs) has none from that speaker to that actor's country already."""
    # What already voices it: a demand, disapproval, rejection, threat or protest (roots 10 to
    # 14), or a denial ("rejected the allegations as absurd" denies them). An appeal is not
    # ("called the plan unacceptable and urged Islamabad to reconsider" does both), nor is
    # force ("said it shot down five Indian jets and called the strikes an act of war").
    # A verb listed beside the naming one is an act of its own ("called the ruling a witch
    # hunt and vowed to respond" is a criticism and a threat).
    done = {
        (c.source.code, c.target.country, c.verb.i)
        for c in coded
        if DEMAND_ROOT <= root_of(c.code) < SHOW_OF_FORCE_ROOT or c.code.startswith(DENY_CODE)
    }
    side_of = partial(_story_or_sentence_side, coded)
    return _judgements(
        sentence, resolver, done, _judged_content, CRITICISE_CODE, RULE_ORIGIN, side_of
    )


def _story_or_sentence_side(
    coded: list[Coded], words: list[Token], speakers: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom harsh words said of an act pinned on no one are aimed at: the story's side
    (`_story_side`), else, for a definite act noun the story has told no act for, those the
    sentence's own events (`coded`) tell acting on the speakers' country ("Venezuelan troops
    crossed into Guyana, Guyana's government said, calling the incursion a violation of its
    sovereignty": VENMIL)."""
    if told := _story_side(words, speakers, resolver):
        return told
    if not any(names_an_act(head) for head in _heads_of(words)):
        return []
    countries = {s.country for s in speakers}
    doers = {
        c.source.code: c.source
        for c in coded
        if c.target.country in countries and c.source.country not in countries
    }
    return list(doers.values())


def praise_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """Praise a naming verb gives its object ("called the agreement a beacon of hope",
    "described the talks as constructive", "called it a historic step"): the namer → the
    actors of what it names, 051, where `coded` has no event between them already and no
    harsh word judges it too."""
    done = {(c.source.code, c.target.country, c.verb.i) for c in coded}
    return _judgements(
        sentence, resolver, done, _praised_content, PRAISE_CODE, PRAISE_ORIGIN, _praised_side
    )


def _judgements(
    sentence: Span,
    resolver: ActorResolver,
    done: set[tuple[str, str, int]],
    content_of: Callable[[Token], list[Token]],
    code: str,
    origin: str,
    side_of: Callable[[list[Token], list[Actor], ActorResolver], list[Actor]] | None = None,
) -> list[Coded]:
    """The dyads from each speaking or naming verb's subject to the actors its judging words
    (`content_of`) are said of, else to the story's side they are about (`side_of`), but
    those `done` (a speaker's code and a target's country: "summoned China's envoy to
    protest against what it called dangerous actions" is the summons' 114 alone)."""
    found: dict[tuple[str, str], Coded] = {}
    for verb in sentence:
        # "refrained from condemning the operation or calling it an invasion": no judgement.
        if verb.pos_ != "VERB" or is_negated(verb):
            continue
        content = content_of(verb)
        if not content:
            continue
        speakers = subject_actors(verb, resolver)
        pattern = VerbPattern(verb.lemma_.lower(), code, (), (), "(statement)", origin)
        own = {s.code for s in speakers}
        judged = [t for t in _judged_actors(content, resolver) if t.code not in own]
        # "seized a tanker, an act London called piracy": said of those who seized it.
        summed = [t for t in summed_act_doers(verb, code, resolver) if t.code not in own]
        targets = judged or summed or (side_of or _story_side)(content, speakers, resolver)
        for target in targets:
            for speaker in speakers:
                dyad = (speaker.code, target.code)
                told = any(
                    (speaker.code, target.country, other.i) in done for other in _same_act(verb)
                )
                if speaker.code == target.code or told or dyad in found:
                    continue
                found[dyad] = Coded(verb, pattern, speaker, target, code)
    return list(found.values())


def _same_act(verb: Token) -> list[Token]:
    """The words of a sentence whose events may voice what `verb` says: all but the verbs
    listed beside it and their phrases, which tell acts of their own ("called the ruling a
    witch hunt and vowed to respond", "promised a firm response and called it a
    provocation")."""
    apart: set[int] = set()
    if _participle_after_an_act(verb):
        # "stormed the parliament, calling the president a traitor": the act the participle
        # hangs on is one of its own, unlike the protest a naming sits inside ("summoned the
        # envoy to protest against what it called dangerous actions").
        apart.add(verb.head.i)
    for other in verb.conjuncts:
        if not other.is_ancestor(verb):
            apart |= {t.i for t in other.subtree}
            continue
        apart.add(other.i)
        for child in other.children:
            if child.dep_ not in {"nsubj", "nsubjpass"} and not (
                child == verb or child.is_ancestor(verb)
            ):
                apart |= {t.i for t in child.subtree}
    return [t for t in verb.sent if t.i not in apart]


def _participle_after_an_act(verb: Token) -> bool:
    """Whether a verb is a present participle with no subject of its own hung on another
    verb ("blocked highways, calling the president a murderer")."""
    hung = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"
    return hung and not has_subject(verb)


def made_by_a_complaint(found: list[Coded]) -> list[Coded]:
    """Disapproval that an official complaint is made for is that complaint: "summoned the
    Russian ambassador to protest against the deal" and "called in the envoy to object to
    the raid" are the summons' 114 alone, whoever the protest's own words name."""
    complaints = {(c.verb.i, c.source.country) for c in found if c.code.startswith(COMPLAINT_CODE)}
    return [c for c in found if not _voiced_by(c, complaints)]


# Verbs of objecting, whatever a pattern codes them as (PROTEST * PLAN is 127).
OBJECTING_VERBS = frozenset({"protest", "object", "complain", "remonstrate"})


def _voiced_by(coded: Coded, complaints: set[tuple[int, str]]) -> bool:
    """Whether a disapproval or objection is the purpose infinitive of a verb that made an
    official complaint for the same source's country (the complaint's is its government,
    `official_complainant`)."""
    purpose = first_of_coordination(coded.verb)
    objecting = coded.verb.lemma_.lower() in OBJECTING_VERBS
    return (
        (root_of(coded.code) == DISAPPROVE_ROOT or objecting)
        and purpose.dep_ in PURPOSE_LINKS
        and is_infinitive(purpose)
        and (purpose.head.i, coded.source.country) in complaints
    )


# Verbs that put someone behind an act: the speaking verbs and those of belief or suspicion.
BLAMING_VERBS = SPEAKING_VERBS | {"suggest", "believe", "suspect", "think", "conclude"}
BLAME_ORIGIN = "eventcoder-rule:blame-in-a-statement"
CLAIM_ORIGIN = "eventcoder-rule:claim-in-a-statement"
# Acts someone may be said to be behind: "Russia was behind the attack".
BLAMED_ACTS = frozenset(
    {
        "attack", "strike", "bombing", "blast", "explosion", "crash", "killing", "murder",
        "assassination", "plot", "coup", "sabotage", "unrest", "violence", "shooting", "hack",
        "cyberattack", "poisoning", "abduction", "kidnapping", "fire", "riot", "incident",
        "death", "massacre", "ambush", "raid", "assault", "airstrike", "shelling", "hijacking",
        # "said Russia bore responsibility for the war", "was to blame for the clashes"
        "war", "conflict", "crisis", "clash", "fighting", "escalation",
    }
)  # fmt: skip
# The words that put a clause's subject behind an act, with the preposition that names the act:
# "was behind the attack", "was responsible for his death", "was to blame for the blast".
BLAME_PHRASES = MappingProxyType(
    {"be": "behind", "responsible": "for", "blame": "for", "involve": "in", "responsibility": "for"}
)
# The verbs of a clause that may put its subject behind an act: "was behind the attack",
# "may have been involved in the killing", "bore responsibility for the war".
BLAME_CLAUSE_VERBS = frozenset({"be", "involve", "bear"})


def blame_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """ "Ukraine said Russia was behind the attack", "Biden suggested that Putin was behind the
    crash": the speaker accuses whom the clause it tells puts behind an act (112), as the
    development set codes an allegation, where `coded` has nothing from that speaker to that
    actor's country already."""
    done = {(c.source.code, c.target.country) for c in coded}
    found: dict[tuple[str, str], Coded] = {}
    for verb in sentence:
        if verb.lemma_.lower() not in BLAMING_VERBS or is_directly_negated(verb):
            continue
        speakers = subject_actors(verb, resolver)
        pattern = VerbPattern(verb.lemma_.lower(), ACCUSE_CODE, (), (), "(statement)", BLAME_ORIGIN)
        accused = _put_behind_an_act(verb, resolver)
        for coded_dyad in _untold_dyads(verb, pattern, speakers, accused, done):
            found.setdefault((coded_dyad.source.code, coded_dyad.target.code), coded_dyad)
    return list(found.values())


def _untold_dyads(
    verb: Token,
    pattern: VerbPattern,
    doers: list[Actor],
    targets: list[Actor],
    done: set[tuple[str, str]],
) -> list[Coded]:
    """The pattern's dyads from each doer to each target of another country, but those `done`
    (a doer's code and a target's country the sentence has coded already)."""
    return [
        Coded(verb, pattern, doer, target, pattern.code)
        for doer in doers
        for target in targets
        if doer.country != target.country and (doer.code, target.country) not in done
    ]


# Words that say what a statement or an act was meant as, in an IN phrase, with the phrase
# that names whom: "said it would not accept interference, in a clear rebuke to Chile", "in a
# swipe at Washington", "in a veiled criticism of Beijing".
REBUKE_NOUNS = frozenset(
    {"rebuke", "swipe", "dig", "jab", "criticism", "reproach", "snub", "rebuff"}
)
REBUKED_PREPS = frozenset({"to", "at", "of", "against"})
REBUKE_ORIGIN = "eventcoder-rule:meant-as-a-rebuke"


def rebuke_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """A statement or act its sentence says was meant as a rebuke ("..., in a clear rebuke to
    Chile"): its doer criticises whom the rebuke names (111), where `coded` has no event from
    the doer to that actor's country already."""
    done = {(c.source.code, c.target.country) for c in coded}
    found: dict[tuple[str, str], Coded] = {}
    for verb in sentence:
        rebuked = [a for noun in _rebukes_on(verb) for a in _rebuked(noun, resolver)]
        # The parser may hang the phrase on the clause a speaker reports ("said the country
        # would defend its waters, in a swipe at Chile"): the rebuke is the speaker's.
        doing = verb.head if verb.dep_ == "ccomp" else verb
        if not rebuked or is_directly_negated(doing):
            continue
        pattern = VerbPattern(
            doing.lemma_.lower(), CRITICISE_CODE, (), (), "(statement)", REBUKE_ORIGIN
        )
        doers = subject_actors(doing, resolver)
        for coded_dyad in _untold_dyads(doing, pattern, doers, rebuked, done):
            found.setdefault((coded_dyad.source.code, coded_dyad.target.code), coded_dyad)
    return list(found.values())


def _rebukes_on(verb: Token) -> list[Token]:
    """The rebuke nouns of the verb's IN phrases ("in a rebuke to Chile")."""
    return [
        noun
        for prep, noun in prepositions(verb)
        if prep == "in" and noun.lemma_.lower() in REBUKE_NOUNS
    ]


def _rebuked(noun: Token, resolver: ActorResolver) -> list[Actor]:
    """Whom a rebuke noun's TO, AT, OF or AGAINST phrase names."""
    heads = [obj for prep, obj in prepositions(noun) if prep in REBUKED_PREPS]
    return [a for head in heads for a in resolver.resolve(head, strict=True)]


def claim_events(sentence: Span, resolver: ActorResolver, coded: list[Coded]) -> list[Coded]:
    """ "The group said it was behind the bombing that killed nine soldiers": a speaker who
    puts itself behind an attack claims it (015) toward the attack's victims, and one who says
    it was not behind it denies it (016), where `coded` has no such event from the speaker."""
    done = {(c.source.code, c.code) for c in coded}
    found: dict[tuple[str, str, str], Coded] = {}
    for verb in sentence:
        if verb.lemma_.lower() not in SPEAKING_VERBS or is_directly_negated(verb):
            continue
        for clause, acts in _clauses_behind_acts(verb):
            code = DENY_CODE if is_directly_negated(clause) else CLAIM_CODE
            pattern = VerbPattern(verb.lemma_.lower(), code, (), (), "(statement)", CLAIM_ORIGIN)
            for speaker in _claiming_speakers(verb, clause, resolver):
                if (speaker.code, code) in done:
                    continue
                for victim in victims_of(acts, verb, resolver):
                    dyad = (speaker.code, victim.code, code)
                    found.setdefault(dyad, Coded(verb, pattern, speaker, victim, code))
    return list(found.values())


def _claiming_speakers(verb: Token, clause: Token, resolver: ActorResolver) -> list[Actor]:
    """The speakers of `verb` whom its clause's subject is, or is part of ("the group said it
    was behind", "said its fighters were behind")."""
    subjects = [
        actor.code
        for subject in children(clause, "nsubj", "nsubjpass")
        for actor in resolver.resolve(subject, True)
    ]
    speakers = subject_actors(verb, resolver)
    return [s for s in speakers if any(code.startswith(s.code) for code in subjects)]


def _put_behind_an_act(verb: Token, resolver: ActorResolver) -> list[Actor]:
    """The actors a clause the verb tells puts behind an act ("that Putin was behind the
    crash", "was responsible for the death", "was to blame for the blast", "may have been
    involved in the killing"), or links to one ("evidence linking Bolivian officers to the
    bombing"); none where the clause is negated ("was not behind the attack")."""
    found = []
    for clause, _ in _clauses_behind_acts(verb):
        if not is_directly_negated(clause):
            subjects = children(clause, "nsubj", "nsubjpass")
            # "said a rocket fired by Islamic Jihad was responsible": who fired it.
            fired = fired_by(subjects, resolver)
            found += fired or [a for s in subjects for a in resolver.resolve(s, True)]
    linked = [obj for link in _links_to_acts(verb) for obj in children(link, "dobj")]
    return found + [a for obj in linked for a in resolver.resolve(obj, True)]


# Participles that tie someone to an act on a noun of what a speaker reports: "there were
# credible allegations linking Indian agents to the killing", "evidence tying Iran to the
# attack".
LINKING_VERBS = frozenset({"link", "tie", "connect"})


def _links_to_acts(verb: Token) -> list[Token]:
    """The participles of linking in the clauses a verb reports, not negated, that tie someone
    to an act (`BLAMED_ACTS`) through their TO phrase; not on "no evidence"."""
    clauses = [c for c in children(verb, "ccomp") if not is_directly_negated(c)]
    return [
        word
        for clause in clauses
        for word in clause.subtree
        if word.lemma_.lower() in LINKING_VERBS and word.dep_ == "acl" and _links_to_an_act(word)
    ]


def _links_to_an_act(participle: Token) -> bool:
    """Whether a participle of linking on a noun ties someone to an act someone may be behind
    ("evidence linking Bolivian officers to the bombing"), the noun not denied ("no
    evidence")."""
    denied = is_denied_by_no(participle.head)
    acts = [o for prep, o in prepositions(participle) if prep == "to"]
    return not denied and any(o.lemma_.lower() in BLAMED_ACTS for o in acts)


def _clauses_behind_acts(verb: Token) -> Iterator[tuple[Token, list[Token]]]:
    """The clauses the verb tells that put their subject behind acts ("that Putin was behind
    the crash", "it was responsible for the attack"), each with those acts."""
    for clause in children(verb, "ccomp"):
        if clause.lemma_.lower() not in BLAME_CLAUSE_VERBS:
            continue
        if acts := [a for a in _acts_blamed(clause) if a.lemma_.lower() in BLAMED_ACTS]:
            yield clause, acts


def _acts_blamed(clause: Token) -> list[Token]:
    """The acts a BE clause puts its subject behind: the object of BEHIND on the verb, or of
    FOR on its RESPONSIBLE or TO BLAME."""
    words = [clause, *children(clause, "acomp", "xcomp", "dobj")]
    return [
        obj
        for word in words
        if (wanted := BLAME_PHRASES.get(word.lemma_.lower())) is not None
        for prep, obj in prepositions(word)
        if prep == wanted
    ]


def _praised_content(verb: Token) -> list[Token]:
    """The words of praise in what a naming verb calls its object, where none is harsh."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.lemma_.lower() in JUDGING_VERBS:
        return []
    words = [w for phrase in _names_given(verb) for w in phrase.subtree]
    if any(_is_harsh(w) for w in words):
        return []
    praise = [w for w in words if w.lemma_.lower() in PRAISE_WORDS and w.pos_ != "PROPN"]
    # "a first step in the right direction": praise inside a phrase of the name is the name's.
    return [_in_the_name(w, _names_given(verb)) for w in praise]


def _in_the_name(word: Token, names: list[Token]) -> Token:
    """The name given, for a word inside a prepositional phrase of it; else the word."""
    for name in names:
        if any(word in prep.subtree for prep in children(name, "prep")):
            return name
    return word


def _judged_content(verb: Token) -> list[Token]:
    """The harsh words in what a speaking verb reports ("said [the vote was illegal]") or in
    what a naming verb calls its object ("called it [a provocation]")."""
    lemma = verb.lemma_.lower()
    if lemma in SPEAKING_VERBS:
        clauses = children(verb, "ccomp", "parataxis")
        # Not a relative clause's: "fired only at people who posed a threat" describes them.
        words = [w for clause in clauses for w in clause.subtree if _is_harsh(w) or _named_by_be(w)]
        words = [w for w in words if (c := _clause_of(w)) is None or c.dep_ != "relcl"]
        return [w for w in words if not _unshown_word(w, verb) and not _received(w)]
    if lemma in NAMING_VERBS:
        named = _names_given(verb) + children(verb, "ccomp")
        words = [w for phrase in named for w in phrase.subtree]
        return [w for w in words if _is_harsh(w) or w.lemma_.lower() in HARSH_NAMES]
    return []


def _named_by_be(word: Token) -> bool:
    """A harsh name that a reported clause says something is, through BE: "said the explosion
    was sabotage", "was an act of sabotage by Israel" (not "said it had foiled a coup")."""
    if word.lemma_.lower() not in HARSH_NAMES:
        return False
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        word = word.head.head  # "an act of sabotage": what the act is said to be
    return word.dep_ == "attr" and word.head.lemma_.lower() == "be"


def _received(word: Token) -> bool:
    """Whether a harsh noun is what someone received or foiled ("said it had received a bomb
    threat", "said it had thwarted a terror plot"): an act told, not a name given to one."""
    return word.dep_ == "dobj" and word.head.lemma_.lower() in RECEIVING_VERBS


def _unshown_word(word: Token, verb: Token) -> bool:
    """Whether a word stands in what a denied showing noun would show, below the speaking
    verb: "said there was no indication the strike was an intentional attack" calls nothing
    an attack."""
    for above in word.ancestors:
        if above.i == verb.i:
            return False
        if above.lemma_.lower() in SHOWING_NOUNS and is_denied_by_no(above):
            return True
    return False


def _names_given(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "called it [a provocation]", "described the
    vote [as a sham]" (AS on the verb or on its object), "what it called [provocations]",
    "called the drills [a provocation]" (the parser makes both words objects).
    A complement clause is left out: "called on Iran to stop" may be parsed as one."""
    named = children(verb, "oprd", "attr")
    named += [obj for prep, obj in prepositions(verb) if prep == "as"]
    # "considers NATO's expansion a threat", parsed as a clause with no verb.
    named += [c for c in children(verb, "ccomp") if c.pos_ in {"NOUN", "ADJ"}]
    objects = children(verb, "dobj")
    # "described the attack [as a crime]", with AS hung on the object.
    named += [obj for o in objects for prep, obj in prepositions(o) if prep == "as"]
    # "called the decision [illegal] and politically motivated": an adjective after the
    # object, which the parser hangs on it as its modifier.
    named += [a for o in objects for a in children(o, "amod") if a.i > o.i]
    # "called Chile's decision [a disgrace]", the name hung on the object as its modifier.
    named += [n for o in objects for n in children(o, "npadvmod") if n.i > o.i]
    # "described the sanctions as [illegal]": an adjective the parser hangs on AS.
    named += [w for w in verb.subtree if _as_predicate(w) == verb]
    if any(o.lower_ in WH_OBJECTS for o in objects) or _object_left_out(verb):
        # "a step Lima called [a mistake]": the noun the clause is on is what it names.
        named += [o for o in objects if o.lower_ not in WH_OBJECTS]
    else:
        named += objects[1:]  # "called [the drills] [a provocation]"
    # A verb is no name: "called on Tehran to de-escalate" split into "de" and "escalate".
    return [n for n in named if n.pos_ not in {"VERB", "AUX"}]


def _name_at_the_end(thing: Token) -> Token | None:
    """The harsh name ending a naming verb's object phrase that the parser hung inside it: as
    a second object or a complement of a verb there ("the decision to close the border [a
    grave mistake]", "... [deeply regrettable]"), or as a noun swallowing the words before it
    ("the decision to close [the border regrettable]", one noun phrase). An adjective, a noun
    with an indefinite article or one with a name hung on it; not a noun the phrase simply
    ends with ("called his counterpart to discuss the violence")."""
    words = [w for w in thing.subtree if not w.is_punct]
    last = words[-1]
    if last.i <= thing.i or last.head.i == thing.i or not _is_harsh(last):
        return None
    indefinite = any(c.lower_ in INDEFINITE_ARTICLES for c in last.lefts)
    swallowed = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in last.lefts)
    return last if _adjectival(last) or indefinite or swallowed else None


# Endings of adjectives the tagger may read as nouns at a phrase's end ("regrettable").
ADJECTIVE_ENDINGS = ("able", "ible", "ous", "ful", "ive", "al", "ic", "less")


def _adjectival(word: Token) -> bool:
    return word.pos_ == "ADJ" or word.lower_.endswith(ADJECTIVE_ENDINGS)


def _hang_the_name_on_the_verb(verb: Token, name: Token) -> None:
    """The name ending the object's phrase (`_name_at_the_end`) becomes the naming verb's
    complement; words of the thing it swallowed ("the border", "Bolivia") take its place."""
    swallowed = [c for c in name.lefts if c.dep_ == "compound"]
    if swallowed:
        thing = swallowed[-1]
        for word in [w for w in name.lefts if w.i < thing.i]:
            word.head = thing
        thing.head, thing.dep_ = name.head, name.dep_
    name.head, name.dep_ = verb, "oprd"


def _object_left_out(verb: Token) -> bool:
    """Whether a relative clause leaves out its object, the noun it is on ("a step Lima called
    a mistake"), rather than its subject ("a state that called the vote a sham")."""
    subjects = children(verb, "nsubj")
    return verb.dep_ == "relcl" and bool(subjects) and subjects[0].lower_ not in RELATIVE_PRONOUNS


# What is denied when it is dismissed or rejected as something. Not claims, which may be a
# state's claims to land ("dismissed the Guyanese claims as baseless" judges their makers),
# nor charges, which a court may dismiss.
ACCUSATION_NOUNS = frozenset({"accusation", "allegation"})
# Naming verbs that deny an accusation they name as something.
DENYING_VERBS = frozenset({"dismiss", "reject"})


def mend_names_given(sentence: Span) -> None:
    """A harsh name the parser read as the head of its verb's object, with the thing named as
    its compound ("called the arrest oppression", "called the air raids terror": THE and
    ARREST on OPPRESSION) is the name given again: the thing becomes the object, as "called
    the arrest an oppression" has it, and criticism is aimed at whoever did it. Only a naming
    verb's single object, with an article before the compound. A name hung on the thing
    itself is mended too (`_name_hung_on_the_thing`), a harsh name the tagger read as a verb
    is a noun again (`_harsh_name_read_as_a_verb`), a harsh adjective read as the verb's
    adverb is the name given (`_name_read_as_an_adverb`), a noun summing up the clause before
    that the parser made the naming verb's adverb is its head again
    (`_summary_read_as_an_adverb`), and a harsh name the parser hung at the end of the
    object's own phrase is the name given (`_name_at_the_end`)."""
    for verb in sentence:
        if verb.lemma_.lower() not in NAMING_VERBS or verb.lemma_.lower() in JUDGING_VERBS:
            continue
        _summary_read_as_an_adverb(verb)
        _name_read_as_an_adverb(verb)
        for name in children(verb, "oprd"):
            if _harsh_name_read_as_a_verb(name):
                name.pos_, name.tag_ = "NOUN", "NNS"
        things = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
        if len(things) == 1 and (hung := _name_hung_on_the_thing(things[0])) is not None:
            things[0].dep_ = "dobj"
            hung.head, hung.dep_ = verb, "oprd"
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ == "oprd" for c in verb.children):
            continue
        if (ending := _name_at_the_end(objects[0])) is not None:
            _hang_the_name_on_the_verb(verb, ending)
            continue
        name = objects[0]
        if name.lemma_.lower() not in HARSH_WORDS | HARSH_NAMES:
            continue
        things = [c for c in name.lefts if c.dep_ in THING_DEPS and c.pos_ == "NOUN"]
        if not things or not any(c.dep_ == "det" and c.i < things[-1].i for c in name.lefts):
            continue
        thing = things[-1]
        for word in [w for w in name.lefts if w.i < thing.i]:
            word.head = thing
        thing.head, thing.dep_ = verb, "dobj"
        name.dep_ = "oprd"


# How the parser hangs the thing named on a harsh name it read as the object's head: "the
# strike murder" (a compound), "the move unacceptable blackmail" (a modifier).
THING_DEPS = frozenset({"compound", "nmod"})


def _name_read_as_an_adverb(verb: Token) -> None:
    """ "Qatar called the attack cowardly": a harsh adjective in -LY after the object, which
    the parser hangs on the naming verb as its adverb, is the name given."""
    objects = children(verb, "dobj")
    if len(objects) != 1 or children(verb, "oprd"):
        return
    for adverb in children(verb, "advmod"):
        if adverb.i > objects[0].i and adverb.lower_ in HARSH_WORDS:
            adverb.dep_ = "oprd"


def _summary_read_as_an_adverb(verb: Token) -> None:
    """ "Bolivia seized three boats, an act Santiago called piracy", parsed with "an act" the
    adverb of CALLED and CALLED a second verb beside SEIZED: the clause is a relative clause
    on the noun that sums up the clause before, whose doers it is said of
    (`arguments.summed_act_doers`), and its object the name given."""
    subjects = children(verb, "nsubj")
    if verb.dep_ != "conj" or not subjects or verb.head.pos_ not in {"VERB", "AUX"}:
        return
    summaries = [
        c
        for c in children(verb, "npadvmod")
        if c.lemma_.lower() in SUMMING_NOUNS and c.i < subjects[0].i
    ]
    names = children(verb, "dobj")
    if len(summaries) != 1 or len(names) != 1:
        return
    summary = summaries[0]
    summary.head = verb.head
    verb.head, verb.dep_ = summary, "relcl"
    names[0].dep_ = "oprd"


def _name_hung_on_the_thing(thing: Token) -> Token | None:
    """The name a naming verb gives, where the parser hung it on the thing named: on "the
    killing" read as a gerund taking it as its object ("called the killing a crime"), or as
    the thing's apposition ("called the killing of the journalist an outrage", "called
    Chile's decision a betrayal"). Only a thing with a definite article or an owner, and a
    name with an indefinite one, after it."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in thing.lefts)
    if not (definite or any(c.dep_ == "poss" for c in thing.lefts)):
        return None
    hung = [c for c in thing.rights if c.dep_ in {"dobj", "appos"} and c.pos_ == "NOUN"]
    # Not a description set off by a comma: "called Chile's president, a close friend, to
    # discuss trade" is a call.
    named = [
        c
        for c in hung
        if any(d.lower_ in INDEFINITE_ARTICLES for d in c.lefts)
        and c.doc[c.left_edge.i - 1].text != ","
    ]
    return named[0] if len(named) == 1 else None


def _harsh_name_read_as_a_verb(word: Token) -> bool:
    """A harsh name given that the tagger read as a verb in the present tense: "lies" in
    "called the claims lies", a plural noun where the name stands."""
    return word.tag_ == "VBZ" and word.lemma_.lower() in HARSH_WORDS


def names_something(verb: Token) -> bool:
    """Whether a naming verb is used to name ("called the drills a provocation", "what it
    called provocations"): then it is no telephone call or other act of its own. "Called on"
    and "called for" are appeals, whatever the parser hangs on them, and an accusation
    dismissed as something is denied."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS or lemma in JUDGING_VERBS:
        return False
    appeal = any(
        c.dep_ == "prep" and c.lower_ in APPEAL_PREPS and c.i == verb.i + 1 for c in verb.children
    )
    # "dismissed the accusation as meaningless" denies it (the verb's own pattern, 016);
    # "called the accusation a pretext" still names it.
    accusation = any(o.lemma_.lower() in ACCUSATION_NOUNS for o in children(verb, "dobj"))
    denial = accusation and lemma in DENYING_VERBS
    return not appeal and not denial and bool(_names_given(verb))


def _is_harsh(word: Token) -> bool:
    """A harsh word, not part of a name ("the International Criminal Court"); WAR or TERROR in
    "an act of war" or "a declaration of war", said of an attack (not "a terror corridor");
    or an ATTACK that something other than an attack is said to be ("the ban was an attack on
    Christianity")."""
    if word.pos_ == "PROPN" or (word.is_title and not word.is_sent_start):
        return False
    if word.lemma_.lower() in WAR_WORDS and word.dep_ == "pobj" and word.head.lower_ == "of":
        return word.head.head.lemma_.lower() in WAR_ACTS
    if word.lemma_.lower() in NAMED_ATTACK_WORDS and word.dep_ in NAMING_DEPS:
        # "said the ban was an attack on Christianity", "called the offensive an invasion":
        # what an act is called, not one told.
        return not any(s.lemma_.lower() in ATTACK_WORDS for s in children(word.head, "nsubj"))
    if word.lemma_.lower() in HARMING_VERBS and word.pos_ == "VERB":
        # "said the decision would hurt people in need": what a state's conduct does.
        subjects = children(word, "nsubj")
        return any(s.lemma_.lower() in CONDUCT_NOUNS | HARMING_CONDUCT for s in subjects)
    if word.lemma_.lower() == THREATEN and word.pos_ == "VERB":
        # "said the launch threatened peace in the region": an act said to endanger, which is
        # no threat anyone made.
        return any(names_an_act(s) for s in children(word, "nsubj"))
    if word.lemma_.lower() in HARSH_NOUNS_ONLY:
        # "called the mutiny a stab in the back", not "said the man had stabbed a guard".
        return word.pos_ == "NOUN"
    if word.lemma_.lower() == RIGHT_WORD and word.pos_ == "NOUN":
        # "said Britain had no right to interfere in the city's affairs": a rebuke.
        return any(c.lower_ == NO for c in children(word, "det"))
    if word.lower_ in MOTIVE_WORDS:
        # "said the arrests were politically motivated": a charge of bad faith.
        return any(c.lower_ in MOTIVE_ADVERBS for c in children(word, "advmod"))
    return word.lemma_.lower() in HARSH_WORDS or word.lower_ in HARSH_WORDS


def _judged_actors(words: list[Token], resolver: ActorResolver) -> Iterator[Actor]:
    """The actors the harsh words are said of, nearest first for each word."""
    for word in words:
        clause = _clause_of(word)
        if clause is not None and is_directly_negated(clause):
            continue
        for head in _owners(word, clause):
            yield from resolver.resolve(head, strict=True)


def _story_side(words: list[Token], speakers: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """Whom harsh words said of an act the sentence does not pin on anyone are aimed at ("'It
    is wholly unacceptable,' Albanese said", "the launch is a grave provocation"): the
    actors of the act told before that the noun refers back to (`coders.referents`), else
    the country the article has named most besides the speakers', as a condemnation of an
    act named by a noun alone is (`arguments.condemned_doers`). Only where the words are said
    of IT, THIS or THAT, or of a definite act noun whose phrase names no one."""
    heads = _heads_of(words)
    if told := _referred(heads, speakers, resolver):
        return told
    countries = {s.country for s in speakers}
    said_of_an_act = any(names_an_act(head) for head in heads)
    other = resolver.context.main_other(countries) if countries and said_of_an_act else None
    return [Actor(other, "")] if other is not None else []


def _praised_side(
    words: list[Token], speakers: list[Actor], resolver: ActorResolver
) -> list[Actor]:
    """Whom praise said of an act the sentence does not pin on anyone is aimed at: the actors
    of the act told before that its noun refers back to ("called the agreement a beacon of
    hope": its parties), or, for IT, THIS or THAT, whoever did the story's first act ("Turkey
    agreed to back Sweden's bid ... Stoltenberg called it a historic step": Turkey)."""
    heads = _heads_of(words)
    if told := _referred(heads, speakers, resolver):
        return told
    if any(head.lower_ in STORY_PRONOUNS for head in heads):
        countries = {s.country for s in speakers}
        return [a for a in resolver.context.acts.doers if a.country not in countries]
    return []


def _heads_of(words: list[Token]) -> list[Token]:
    """The heads the judging words are said of (`_owners`)."""
    return [head for word in words for head in _owners(word, _clause_of(word))]


def _referred(heads: list[Token], speakers: list[Actor], resolver: ActorResolver) -> list[Actor]:
    """The actors of the act told before that the first head referring back stands for."""
    for head in heads:
        if told := actors_referred(head, speakers, resolver):
            return told
    return []


def _is_predicate(noun: Token, clause: Token) -> bool:
    """Whether a noun is what its clause's subject is said to be: "was [a war crime]",
    "constituted [a war crime]", and "amounted to [a war crime]", which says the same."""
    if noun.dep_ in PREDICATE_DEPS:
        return True
    above = noun.head
    amounts = clause.lemma_.lower() == AMOUNT_VERB
    return amounts and noun.dep_ == "pobj" and above.lower_ == "to" and above.head.i == clause.i


def _owners(word: Token, clause: Token | None) -> list[Token]:
    """Who a harsh word is about: the owner of its noun ("Ruritania's illegal occupation"),
    the noun itself where a modifier names its actor ("the Ruritanian position"), the subject
    of its clause, or the object of the naming verb above."""
    namer = _as_predicate(word)
    if namer is not None:
        # "described the sanctions as illegal": said of what the verb names.
        return [h for h in children(namer, "dobj") if not _suffers(h)]
    describes = word.dep_ in {"amod", "compound"}
    noun = word.head if describes else _kind_named(word)
    heads = children(noun, "poss")
    # "a violation of Iran's sovereignty" is said of whoever violates it, not of Iran.
    harm = noun.lemma_.lower() in HARM_NOUNS
    if not describes and not harm:
        # "crimes of the regime", but not "the illegal annexation of Ruritanian land".
        heads += [obj for prep, obj in prepositions(noun) if prep in OWNER_PREPS]
    elif not harm:
        # "a criminal act by Ukraine's special services": BY names the doer all the same.
        heads += [obj for prep, obj in prepositions(noun) if prep == "by"]
    # "a terrorist act devised by Ukraine's special services", "a crime carried out by".
    heads += [
        obj for done in children(noun, "acl") for prep, obj in prepositions(done) if prep == "by"
    ]
    if noun.pos_ in {"NOUN", "PROPN"} and not harm:
        heads.append(noun)
    if clause is not None and _named_as(noun, clause):
        # "condemned the strike as a violation": said of what the verb names, not the namer.
        heads += _named_objects(clause) + _doers_of_the_act_named(clause)
    elif clause is not None and (
        noun.i == clause.i or _is_predicate(noun, clause) or _tells_how(word, clause)
    ):
        # Said of the clause's subject: "the junta is illegitimate", "wages an illegal war",
        # "had illegally entered its waters";
        # a coordinated verb's is the first verb's ("had overreacted and violated the rules").
        subjects = children(clause, *SUBJECT_DEPS) or children(
            first_of_coordination(clause), *SUBJECT_DEPS
        )
        heads += subjects + [doer for noun in subjects for doer in _doers_of(noun)]
        if clause.lemma_.lower() in NAMING_VERBS:
            heads += _named_objects(clause) + _doers_of_the_act_named(clause)
            if not children(clause, "nsubjpass"):
                # "what it called provocations by the United States": the parser hangs the
                # doer's phrase on the verb.
                heads += [obj for prep, obj in prepositions(clause) if prep == "by"]
    return [h for h in heads if not _suffers(h)]


def _tells_how(word: Token, clause: Token) -> bool:
    """Whether a word says how the clause's act was done ("had [illegally] entered")."""
    return word.dep_ == "advmod" and word.head.i == clause.i


def _named_objects(namer: Token) -> list[Token]:
    """What a naming verb names, and the owner of an act it names: "called the court's
    decision a coup" is said of the court (which the story need not have told); "called
    Chile's foreign minister a liar" of the minister alone."""
    objects = children(namer, "dobj")
    acts = [o for o in objects if names_an_act(o)]
    owners = [p for o in acts for p in children(o, "poss") if p.pos_ != "PRON"]
    # "called the decision by Algeria unjustified": the doer its BY phrase names.
    owners += [obj for o in acts for prep, obj in prepositions(o) if prep == "by"]
    owners += [doer for o in objects if o not in acts for doer in _doers_of(o)]
    return objects + owners


def _doers_of_the_act_named(namer: Token) -> list[Token]:
    """The subject of the act an IN WHAT phrase names: "troops surrounded the palace in what
    the president called an attempted coup" is said of the troops, "shelled the town in what
    Kyiv called a war crime" of those who shelled it."""
    prep = namer.head
    wh_object = any(o.lower_ in WH_OBJECTS for o in children(namer, "dobj"))
    if not wh_object or namer.dep_ != "pcomp" or prep.lower_ != "in":
        return []
    return children(prep.head, *SUBJECT_DEPS) if prep.head.pos_ in {"VERB", "AUX"} else []


def _as_predicate(word: Token) -> Token | None:
    """The naming verb of an adjective said of its object in an AS phrase, where the parser
    hangs the adjective on AS ("described the sanctions as [illegal]", "rejected the move as
    [absurd]") or makes it a clause of its own with AS as its adverb ("dismissed the report
    as [baseless]"); else None."""
    if word.pos_ != "ADJ":
        return None
    prep = word.head
    if word.dep_ == "amod" and prep.lower_ == "as" and prep.dep_ == "prep":
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    elif word.dep_ == "advcl" and any(c.lower_ == "as" for c in children(word, "advmod")):
        verb = word.head
    else:
        return None
    return verb if verb.lemma_.lower() in NAMING_VERBS else None


def _kind_named(word: Token) -> Token:
    """The noun a harsh word names the kind of: "an act of oppression", "a form of
    blackmail" are said as "an act" and "a form" are; else the word itself."""
    prep = word.head
    if word.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head
    return word


def _named_as(noun: Token, clause: Token) -> bool:
    """Whether the noun is what a naming verb calls its object in an AS phrase, on the verb or
    on the object ("described [the attack [as a crime]]"), or hung on the object by the
    parser ("called [Chile's decision [a disgrace]]")."""
    prep = noun.head
    on_object = prep.head.dep_ == "dobj" and prep.head.head == clause
    named = noun.dep_ == "pobj" and prep.lower_ == "as" and (prep.head == clause or on_object)
    hung = noun.dep_ == "npadvmod" and prep.dep_ == "dobj" and prep.head == clause
    return (named or hung) and clause.lemma_.lower() in NAMING_VERBS


def _doers_of(noun: Token) -> list[Token]:
    """Whose conduct a subject noun names in its OF or BY phrase: "the conduct of North Korea
    poses a threat", "the decision by the EU was illegal". Only nouns of conduct: "the
    annexation of Crimea is illegal" is said of whoever annexed it, not of Crimea."""
    if noun.lemma_.lower() not in CONDUCT_NOUNS:
        return []
    return [obj for prep, obj in prepositions(noun) if prep in OWNER_PREPS]


def _clause_of(word: Token) -> Token | None:
    """The verb whose clause the word is in (itself, for a verb)."""
    node = word
    while True:
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.head.i == node.i:
            return None
        node = node.head


def _suffers(head: Token) -> bool:
    return head.dep_ == "pobj" and head.head.lower_ in VICTIM_PREPS


def official_complainant(code: str, source: Actor) -> Actor:
    """Who makes an official complaint: a country named bare is its government, which alone
    summons envoys and lodges protests ("Iran summoned the British envoy", "Japan lodged a
    protest": IRNGOV, JPNGOV), as the development set codes all of its complaints. An
    organisation, a body named by its role or a country's people stay as named."""
    bare = source.agent is None and not source.code.startswith(STATELESS_PREFIXES)
    if code != COMPLAINT_CODE or not bare:
        return source
    return Actor(source.country + OFFICIALS, source.text, source.discovered)

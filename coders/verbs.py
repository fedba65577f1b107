"""Verb and pattern matching: which CAMEO code a verb and its complements express."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from coders.codebook import (
    APPEAL_ROOT,
    ARREST_CODE,
    CHARGING_CODES,
    DEMAND_ROOT,
    INTENT_ROOT,
    PRAISE_CODE,
    STATEMENT_ROOT,
    VIOLENT_REPRESSION,
    root_of,
)
from coders.dictionaries import COMPOUND, Dictionaries, PatternTerm, Synonym, VerbPattern
from coders.grammar import (
    ASSERTING_VERBS,
    COMPLEMENT_DEPS,
    NEGATION_WORDS,
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
    absolute_clause,
    answered_allegation,
    children,
    conjuncts,
    has_subject,
    in_protest,
    is_date,
    is_infinitive,
    on_the_sidelines,
    prepositions,
    pruned_subtree,
)
from coders.modality import AGREEING_VERBS, as_demand, is_mandated
from coders.weapons import describes_a_weapon, is_means

BEFORE_DEPS = frozenset({"nsubj", "nsubjpass", "advmod", "aux", "auxpass", "neg", "npadvmod"})
# Signing an agreement is a formal agreement (057), whatever it is about: CAMEO's verb file
# codes SIGN * &MILITARY &TREATY as an intent (0312) and SIGN * TRADE &TREATY as economic
# cooperation (061).
SIGNING_VERBS = frozenset({"sign", "ratify"})
SIGNED_ELSEWHERE_ROOTS = frozenset({"03", "06"})
# The verbs of CAMEO's demanding group whose ON, INTO and OUT phrases do push forward
# (`_pushed_by_a_phrase`): "pushed into the city" (192), "pressed on with the offensive".
PUSHING_VERBS = frozenset({"push", "press"})
# Verbs that demand when bare (the CAMEO file's INSIST, 100) but only assert what they report
# when their clause tells a fact (`_asserts_a_fact`).
INSISTING_VERBS = frozenset({"insist"})
# A speaker's clause that it did not use force, coerce or back someone is a denial
# (`VerbLexicon._denial`): its roots, the acts of backing, and the words of the speaker.
DENY = "deny"
DENIED_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "help", "aid"})
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i"})
SPEAKER_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})
# Verbs that report, recount or characterise what their object names: the act is someone
# else's, not the speaker's ("Iran described the attack as a crime" is no attack by Iran,
# "Ukraine's air force reported an attack on Kharkiv" none by Ukraine), though the CAMEO verb
# file gives them SAY's rows (DESCRIBE * ATTACK 190, REPORT * ARREST 173). ANNOUNCE keeps
# them: "announced sanctions" is the announcer's own. Nor is an act one is informed of ("Iran
# informed Iraq of the attack" is no attack on Iraq, INFORM * ATTACK 190).
RECOUNTING_VERBS = frozenset(
    {"describe", "depict", "define", "portray", "characterise", "characterize", "cite"}
    | {"mention", "recount", "narrate", "refer", "report", "inform"}
)
# Prepositions of the time or setting of an event, whose phrase holds no word of its pattern.
SETTING_PREPS = frozenset({"amid", "amidst", "despite", "during", "after", "before", "since"})
# Clauses that describe a noun: "crowds [protesting ...]", "a plan [that would ...]".
NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Where a document's verb patterns are kept, with the lexicon that matched them.
MATCHES_KEY = "eventcoder.verb_matches"
# Where a document keeps the words of the actor names of several words its sentences hold
# (`mark_names`): a pattern word inside one is part of a party's name, not of what was done.
NAME_WORDS_KEY = "eventcoder.name_words"
# Multi-word verbs are looked up with up to this many words after the verb ("take part in").
MAX_VERB_WORDS = 3
# The adverb that the parser often gives a phrasal verb's particle as.
BACK = "back"
# Particles the parser may make adverbs or prepositions, whose phrases are the verb's
# (`verb_frame`).
PARTICLE_ADVERBS = frozenset({"away", "out", "off"})
# A hyphen a dictionary phrase splits off as a word of its own (`normalise_phrase`).
HYPHEN_WORD = "-"
# The prefix of an act done again ("re-imposed", "re-established"), which the pipeline keeps
# in one token (`pipeline.load_pipeline`).
REDONE = "re-"


@dataclass(frozen=True)
class Region:
    """Words a pattern term is tested against: their forms and lemmas, and the tokens
    themselves, in text order, for terms that ask for words side by side."""

    words: frozenset[str]
    tokens: tuple[Token, ...]
    indices: frozenset[int]

    @classmethod
    def of(cls, tokens: Iterable[Token]) -> Region:
        ordered = tuple(sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i))
        return cls(frozenset(_words(ordered)), ordered, frozenset(t.i for t in ordered))


@dataclass(frozen=True)
class Frame:
    """The words around a verb that patterns test: its objects, each preposition's phrase, and
    what stands before it (subject, adverbs, auxiliaries)."""

    objects: Region
    by_prep: dict[str, Region]
    before: Region
    compound_subject: bool = False
    compound_object: bool = False
    compound_preps: frozenset[str] = frozenset()
    # Prepositions on the verb or its complements, not inside another phrase.
    direct_preps: frozenset[str] = frozenset()

    def words(self) -> frozenset[str]:
        """Every word of every region."""
        regions = (self.objects, self.before, *self.by_prep.values())
        return frozenset().union(*(r.words for r in regions))

    def region_for(self, term: PatternTerm) -> Region | None:
        if term.before:
            return self.before
        if term.prep is None:
            return self.objects
        return self.by_prep.get(term.prep)


def _words(tokens: Iterable[Token]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        found.update(_forms(token))
    return found


# Tags of a participle, which may describe a noun ("planned increases", "a growing crisis").
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG"})


def _forms(token: Token) -> tuple[str, ...]:
    """The forms a pattern word may match: the word, its lemma, and the singular of a plural
    in a name, which the lemmatizer leaves alone ("signed the Oslo Accords" signs an
    accord). A participle that describes a noun matches only as written: "over planned tax
    increases" holds no PLAN (the CAMEO file's STORM * OVER PLAN, 127)."""
    if token.dep_ == "amod" and token.tag_ in PARTICIPLE_TAGS:
        return (token.lower_,)
    if (prefix := _stance_prefix(token)) is not None:
        # "attacked anti-government protesters" attacks no government (ATTACK * GOVERNMENT)
        return (f"{prefix}-{token.lower_}",)
    forms: tuple[str, ...] = (token.lower_, token.lemma_.lower())
    if token.pos_ == "PROPN" and token.lower_.endswith("s") and len(token.lower_) > 3:
        forms += (token.lower_[:-1],)
    return forms


# Prefixes that make a word after a hyphen say what someone is for or against: "anti-government
# protesters", "pro-Russian separatists", "non-state actors".
STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def _stance_prefix(token: Token) -> str | None:
    """The prefix a hyphen joins `token` to, where it is a prefix of stance; else None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return None
    prefix = doc[token.i - 2].lower_
    return prefix if prefix in STANCE_PREFIXES else None


def _is_infinitive_of(token: Token, verb: Token) -> bool:
    return (
        token.dep_ == "xcomp"
        and token.head.i == verb.i
        and token.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _counted_object(noun: Token) -> Token | None:
    """What a count or a volley counts: "drones" of "waves of drones", "dozens of missiles",
    "a barrage of rockets"; None for other nouns."""
    if noun.pos_ != "NUM" and noun.lemma_.lower() not in COUNT_NOUNS:
        return None
    return next((obj for prep, obj in prepositions(noun) if prep == "of"), None)


# Nouns that count what their OF phrase names: numbers in words, volleys of fire, and the
# part of a whole ("lifted the last of its trade barriers on Australian lobsters").
COUNT_NOUNS = frozenset(
    {"dozen", "hundred", "thousand", "score", "wave", "barrage", "salvo", "volley", "swarm"}
    | {"last", "rest", "remainder", "bulk"}
)


def _flat_phrase(prep: Token) -> list[Token]:
    """A prepositional phrase without the phrases nested in it: "on a resolution" of "on a
    resolution against Libya"."""
    return [prep, *(t for obj in children(prep, "pobj", "pcomp") for t in _flat(obj))]


def _flat(top: Token) -> list[Token]:
    """`top`'s phrase without the prepositional phrases and relative clauses nested in it:
    "struck a building in Doha where leaders had gathered to discuss a proposal" holds no
    PROPOSAL (STRIKE * &PROPOSAL, rejection)."""
    return pruned_subtree(top, enters=_neither_phrase_nor_clause, keeps=_neither_phrase_nor_clause)


# What `_flat` leaves out of a phrase: the phrases and relative clauses nested in it.
NESTED_DEPS = frozenset({"prep", "relcl"})


def _neither_phrase_nor_clause(word: Token) -> bool:
    return word.dep_ not in NESTED_DEPS


def _without_clauses(top: Token) -> list[Token]:
    """`top`'s phrase without what the clauses that describe a noun in it say, a participle
    kept: "detained crowds protesting against talks" holds PROTEST but no TALKS, and
    "students who had been jailed" no JAIL (a relative clause tells their background); nor
    the time or setting of a clause under the verb ("agreed to free prisoners after talks
    with the Vatican" holds no TALKS), nor its adverbial clauses."""
    return pruned_subtree(top, enters=_neither_describes_nor_sets, keeps=_not_a_relative_clause)


def _neither_describes_nor_sets(word: Token) -> bool:
    return not _describes_or_sets(word)


def _not_a_relative_clause(word: Token) -> bool:
    return word.dep_ != "relcl"


def _describes_or_sets(word: Token) -> bool:
    """A clause describing a noun, an adverbial clause ("ordered China to close its consulate,
    accusing its agents of stealing research" holds no RESEARCH), or a phrase of time or
    setting ("after talks", "on the sidelines of the BRICS summit")."""
    if word.dep_ in NOUN_CLAUSE_DEPS or word.dep_ == "advcl":
        return True
    return word.dep_ == "prep" and (word.lower_ in SETTING_PREPS or on_the_sidelines(word))


def _governing_verbs(verb: Token) -> list[Token]:
    """The verbs whose complement clause holds `verb`: "indicated" in "Ethiopia indicated it
    would act", which PETRARCH's `INDICATED WOULD *` reads as words before the verb."""
    found = []
    node = verb
    while node.dep_ in COMPLEMENT_DEPS and node.head.i != node.i and node.head.i < node.i:
        node = node.head
        found.append(node)
    return found


def _of_the_speaker(clause: Token) -> bool:
    """Whether a reported clause's subject is a pronoun ("said it had not ...") or a noun a
    pronoun owns ("said its troops had not ..."): the speaker or the speaker's own."""
    for subject in children(clause, "nsubj"):
        if subject.lower_ in SPEAKER_PRONOUNS:
            return True
        if any(c.dep_ == "poss" and c.lower_ in SPEAKER_POSSESSIVES for c in subject.children):
            return True
    return False


def _asserts_a_fact(verb: Token) -> bool:
    """Whether a verb of insisting reports what is or was, not what must be: "Bolivia insisted
    it had not violated Peru's airspace" is said, not demanded; "insisted that Chile withdraw"
    and "insisted that Chile must withdraw" ask for it (a subjunctive or a modal)."""
    if verb.lemma_.lower() not in INSISTING_VERBS:
        return False
    return any(
        _reported_clause(clause)
        and not is_mandated(clause)
        and not any(c.tag_ == "MD" for c in clause.children)
        for clause in children(verb, "ccomp")
    )


def _reported_clause(complement: Token) -> bool:
    """A clause with a subject and a verb of its own ("said Tehran lodged a protest"). A noun
    or an adjective the parser made a clause's head is no such clause: "declared the
    ambassador persona non grata", "declared Morales guilty" name what was declared (the
    tagger may take "persona" for a name)."""
    predicate = complement.pos_ in {"NOUN", "PROPN", "ADJ"}
    return complement.dep_ == "ccomp" and has_subject(complement) and not predicate


def _when(word: Token) -> bool:
    """A time the verb happened at: "this week", "last month", "on Monday"; not a span counted
    out ("two weeks", "a month")."""
    counted = any(c.dep_ == "nummod" or c.lower_ in {"a", "an"} for c in word.children)
    return is_date(word) and not counted


def mark_names(sentence: Span, names: Iterable[tuple[int, int]]) -> None:
    """Keep the words of a sentence's actor names of several words (`start`, `end` spans),
    which no verb pattern reads: "reported fighting between the army and the Rapid Support
    Forces" reports no SUPPORT, and "briefed the Security Council" no SECURITY. Before the
    sentence's verbs are matched."""
    found = {i for start, end in names if end - start > 1 for i in range(start, end)}
    doc = sentence.doc
    doc.user_data[NAME_WORDS_KEY] = doc.user_data.get(NAME_WORDS_KEY, frozenset()) | found


def verb_frame(verb: Token, own_acts: bool = False, reports: bool = False) -> Frame:
    """The verb's regions, read as PETRARCH reads the words after a verb: its complements and
    its prepositional phrases after it ("acted on a resolution" holds RESOLUTION), and each
    preposition's phrase wherever it hangs after the verb ("welcomed memos from Bree"). A
    verb that `reports` (a statement's) does not read the clause it reports, which has a
    subject and verb of its own: "media said Tehran lodged a protest" holds no PROTEST for
    SAY, and the reported verb codes itself."""
    # A passive's subject is what an active verb has as its object ("evidence was presented").
    complements = children(verb, *OBJECT_DEPS, "prt", "nsubjpass")
    if describes_a_weapon(verb):
        # "drones launched by Russia": the weapon a participle describes is its object, as
        # the passive's subject is ("drones were launched by Russia").
        complements.append(verb.head)
    if reports:
        complements = [c for c in complements if not _reported_clause(c)]
    after = [c for c in children(verb, "prep", "agent") if c.i > verb.i]
    if (alleged := answered_allegation(verb)) is not None:
        # "a charge London denied": the accusation the clause describes is what it denies.
        complements = [alleged, *(c for c in complements if c.lower_ not in RELATIVE_PRONOUNS)]
    names = verb.doc.user_data.get(NAME_WORDS_KEY, frozenset())
    objects = [t for c in complements for t in _without_clauses(c) if t.i not in names]
    if own_acts:
        # A verb of intent's infinitive is the act intended, not an object word: WANT * HELP
        # [023] is "wants help", while "wants to help Israel" is the intent to help (033).
        objects = [t for t in objects if not _is_infinitive_of(t, verb)]
    # Not the time or setting ("concluded 20 agreements during a visit" holds no VISIT); a
    # pattern that names such a phrase reads it through `prep:` terms.
    after = [
        prep
        for prep in after
        if not (on_the_sidelines(prep) or in_protest(prep) or absolute_clause(prep))
    ]
    # A passive's doer ("was attacked by Russian drones") stands where an active verb's subject
    # does: before the verb, not among its objects, where ATTACK * &AIRCRAFT (blocked, for
    # "attack helicopters") would read the drones. Its BY phrase is still read (`by_prep`).
    doers = [t for prep in after if prep.dep_ == "agent" for t in _flat_phrase(prep)]
    objects += [
        t
        for prep in after
        if prep.lower_ not in SETTING_PREPS and prep.dep_ != "agent"
        for t in _flat_phrase(prep)
    ]
    # Adverbs after the verb are read too, as PETRARCH reads what follows a verb; a time is
    # not ("was given legal effect this week" is given no week, "gave them two weeks" is).
    objects += [c for c in children(verb, "advmod", "npadvmod") if c.i > verb.i and not _when(c)]
    by_prep: dict[str, list[Token]] = {}
    # Nor are its phrases the verb of intent's: "agreed to restore ties with Turkey" is no
    # AGREE * (WITH), but the intent to restore them.
    acts = [c for c in complements if own_acts and _is_infinitive_of(c, verb)]
    hosts = [verb, *(t for c in complements if c not in acts for t in _flat(c))]
    # "launched waves of drones toward Israel": what a count counts takes its phrases as the
    # counted object would.
    hosts += [counted for c in complements if (counted := _counted_object(c)) is not None]
    # "called on Iran", not "called Chile on Monday": a date is no phrase a pattern asks for,
    # and arms are no partner a bare WITH asks for ("attacked Kharkiv with artillery"); nor is
    # the phrase of an infinitive under the verb ("telephoned Modi to congratulate him on his
    # victory" is no TELEPHONE * (ON), an appeal).
    clauses = {t.i for c in complements if is_infinitive(c) for t in c.subtree}
    direct = frozenset(
        prep
        for host in hosts
        if host.i not in clauses
        for prep, obj in prepositions(host)
        if not is_date(obj) and not (prep == "with" and is_means(obj))
    )
    hosts += [t for prep in after for t in _flat_phrase(prep)[1:]]  # not "according (to)"
    # "walked away from the talks", "walked out of the summit": the phrases of a particle the
    # parser made an adverb or a preposition are the verb's.
    hosts += [c for c in verb.children if c.i > verb.i and c.lower_ in PARTICLE_ADVERBS]
    for host in hosts:
        for prep, obj in prepositions(host):
            by_prep.setdefault(prep, []).extend(
                t for t in _without_clauses(obj) if t.i not in names
            )
    # What stands before the verb in its clause, and before the verbs that govern it ("will
    # not wire tap": WILL NOT on "wire", the verb above "tap"); not what a clause describing
    # the subject says ("protesters angered by US air strikes stormed the embassy" holds no
    # AIR STRIKE before STORM).
    governing = _governing_verbs(verb)
    before = [
        t
        for v in (verb, *governing)
        for c in children(v, *BEFORE_DEPS)
        for t in _without_clauses(c)
    ]
    if doers:
        # A passive with its doer named: the doer stands before the verb, and its subject,
        # what was done to, only among the objects ("soldiers were captured by the RSF" holds
        # no CAMEO &MILITARY CAPTURE *, whose military capture a place; "a mortar bomb was
        # fired from Gaza", with no doer, still holds &WEAPON FIRE *).
        patient = {t.i for c in children(verb, "nsubjpass") for t in c.subtree}
        before = [t for t in before if t.i not in patient]
    before += governing + doers
    if verb.dep_ in {"acl", "relcl"}:
        # "crowds protesting against the decision": the noun a participle or relative clause
        # describes does the verb, and stands before it.
        before += [t for t in verb.head.subtree if t.i < verb.i]
    return Frame(
        Region.of(objects),
        {p: Region.of(tokens) for p, tokens in by_prep.items()},
        Region.of(before),
        compound_subject=any(len(conjuncts(s)) > 1 for s in children(verb, "nsubj")),
        compound_object=any(len(conjuncts(o)) > 1 for o in children(verb, "dobj")),
        compound_preps=frozenset(p for p, obj in prepositions(verb) if len(conjuncts(obj)) > 1),
        direct_preps=direct,
    )


class SynonymSets:
    """Synonym sets, each member a tuple of words; nested sets are flattened once, at build."""

    def __init__(self, synonyms: Iterable[Synonym]) -> None:
        raw: dict[str, list[str]] = {}
        for synonym in synonyms:
            raw.setdefault(synonym.set, []).append(synonym.member)
        self._sets = {name: tuple(self._flatten(name, raw, set())) for name in raw}
        # Each set's one-word members, tested against a region's words in one step.
        self._single = {
            name: frozenset(m[0] for m in members if len(m) == 1)
            for name, members in self._sets.items()
        }
        self._longer = {
            name: tuple(m for m in members if len(m) > 1) for name, members in self._sets.items()
        }

    def _flatten(self, name: str, raw: dict[str, list[str]], seen: set[str]) -> list[tuple]:
        members: list[tuple] = []
        for member in raw.get(name, []):
            if member.startswith("&") and " " not in member:
                inner = member[1:]
                if inner not in seen:
                    members += self._flatten(inner, raw, seen | {name})
            else:
                members.append(tuple(member.split()))
                if HYPHEN_WORD in members[-1]:
                    # The tokenizer keeps "S-400" and "F-16" whole: one word, as written.
                    members.append(("".join(members[-1]),))
        return members

    def members(self, name: str) -> tuple[tuple[str, ...], ...]:
        return self._sets.get(name, ())

    def any_in(self, name: str, words: frozenset[str]) -> bool:
        """Whether all the words of some member of set `name` are among `words`."""
        if not words.isdisjoint(self._single.get(name, ())):
            return True
        return any(all(w in words for w in member) for member in self._longer.get(name, ()))


def satisfies(frame: Frame, term: PatternTerm, sets: SynonymSets) -> bool:
    if term.word == COMPOUND:
        if term.prep:
            return term.prep in frame.compound_preps
        return frame.compound_subject if term.before else frame.compound_object
    region = frame.region_for(term)
    if region is None:
        return False
    parts = term.parts
    if not parts:
        # A phrase asked for by its preposition alone hangs off the verb or its objects:
        # "praised China for its response to the virus" has no `to` phrase of its own.
        return term.prep is None or term.prep in frame.direct_preps
    if len(parts) > 1:
        return any(_side_by_side(region, t.i, parts, sets) for t in region.tokens)
    return _holds_in(region.words, parts[0], sets)


def _holds_in(words: frozenset[str], part: str, sets: SynonymSets) -> bool:
    if part.startswith("&"):
        return sets.any_in(part[1:], words)
    return part in words


def _side_by_side(region: Region, start: int, parts: tuple[str, ...], sets: SynonymSets) -> bool:
    """Whether `parts` match the region's tokens from index `start` on, one after another (a
    set member of several words takes as many tokens)."""
    if not parts:
        return True
    part = parts[0]
    options = sets.members(part[1:]) if part.startswith("&") else ((part,),)
    doc = region.tokens[0].doc
    for member in options:
        pairs = zip(range(start, start + len(member)), member, strict=True)
        here = all(i in region.indices and _is(doc[i], w) for i, w in pairs)
        if here and _side_by_side(region, start + len(member), parts[1:], sets):
            return True
    return False


def _is(token: Token, word: str) -> bool:
    return word in _forms(token)


class VerbLexicon:
    """Verb patterns indexed by verb, compiled once from the dictionaries."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        index: dict[str, list[VerbPattern]] = {}
        files: dict[str, int] = {}
        for pattern in dictionaries.verbs:
            index.setdefault(pattern.verb, []).append(pattern)
            files.setdefault(_file_of(pattern), len(files))
        # Trial order: most words first (`a_b` counts two); among equals, a later file (the
        # project's, then the user's) before an earlier one, and within a file the earlier row.
        self._index = {
            verb: tuple(sorted(patterns, key=lambda p: (-_specificity(p), -files[_file_of(p)])))
            for verb, patterns in index.items()
        }
        # Each verb's pattern with no terms, if it has one: what it codes standing alone.
        self._bare = {
            verb: next((p for p in patterns if not p.terms), None)
            for verb, patterns in self._index.items()
        }
        # The first words of the verbs of several words ("take part in"): only these are
        # looked up with the words after them.
        self._phrasal = frozenset(verb.split(" ", 1)[0] for verb in self._index if " " in verb)
        self.sets = SynonymSets(dictionaries.synonyms)

    def bare_codes(self) -> dict[str, str]:
        """Each one-word verb's code when it stands alone (its class), for verbs that code."""
        codes = {}
        for verb, bare in self._bare.items():
            if " " not in verb and bare is not None and not bare.is_null:
                codes[verb] = bare.code
        return codes

    def is_negative(self, pattern: VerbPattern) -> bool:
        """Whether the pattern itself asks for a negation before the verb."""
        for term in pattern.terms:
            if not term.before:
                continue
            for part in term.parts:
                members = self.sets.members(part[1:]) if part.startswith("&") else ((part,),)
                if any(NEGATION_WORDS & set(member) for member in members):
                    return True
        return False

    def candidates(self, verb: Token) -> tuple[VerbPattern, ...]:
        """Patterns of the longest multi-word verb found ("take part in", "step up"), else of
        the lemma alone."""
        key = self._key(verb)
        return self._index[key] if key is not None else ()

    def _key(self, verb: Token) -> str | None:
        """The verb's key in the index, if any (`candidates`)."""
        for head in self._heads(verb):
            keys = _verb_keys(verb, head) if head in self._phrasal else [head]
            for key in keys:
                if key in self._index:
                    return key
        return None

    def _heads(self, verb: Token) -> Iterator[str]:
        """The words a verb is looked up by: its own form where the dictionary lists that form
        as a verb of its own (PETRARCH's LEFT [032] beside LEAVE [012]), its lemma, and, for
        the lemmatizer's misses ("staged" → "stag", "cordoned" → "cordone"), its form
        stripped of its ending (made only when the lemma is not found)."""
        lemma = verb.lower_ if verb.lower_.startswith(REDONE) else verb.lemma_.lower()
        if verb.lower_ != lemma and verb.lower_ in self._index:
            yield verb.lower_
        yield lemma
        yield from base_forms(verb.lower_)
        if verb.lower_.startswith(REDONE):
            # "re-imposed sanctions" imposed them again: the act is the act.
            yield from base_forms(verb.lower_[len(REDONE) :])

    def match(self, verb: Token) -> VerbPattern | None:
        """The first pattern, in trial order, whose terms all hold.

        A matching `---` pattern blocks the verb, so None is returned for it too. A verb is
        matched once per document (the answer kept in `doc.user_data`): the verbs above and
        below it ask for its pattern again.
        """
        lexicon, found = verb.doc.user_data.get(MATCHES_KEY, (None, None))
        if lexicon is not self or found is None:
            found = {}
            verb.doc.user_data[MATCHES_KEY] = (self, found)
        if verb.i not in found:
            found[verb.i] = self._match(verb)
        return found[verb.i]

    def _match(self, verb: Token) -> VerbPattern | None:
        key = self._key(verb)
        if key is None:
            return None
        patterns, bare = self._index[key], self._bare[key]
        bare_root = root_of(bare.code) if bare is not None else None
        # A verb of intent's or agreement's infinitive is the act intended or agreed.
        own_acts = bare_root == INTENT_ROOT or verb.lemma_.lower() in AGREEING_VERBS
        # A verb of saying reports its clause, whatever its bare code: "added that food was
        # ready to be dispatched" holds no FOOD (the CAMEO file's ADD &FOOD, aid).
        reports = bare_root == STATEMENT_ROOT or verb.lemma_.lower() in ASSERTING_VERBS
        if (denied := self._denial(verb)) is not None:
            return denied
        if _asserts_a_fact(verb):
            return None
        frame = verb_frame(verb, own_acts=own_acts, reports=reports)
        known: dict[PatternTerm, bool] = {}  # terms recur across a verb's many patterns
        around = frame.words()
        signing = verb.lemma_.lower() in SIGNING_VERBS
        recounting = verb.lemma_.lower() in RECOUNTING_VERBS
        for pattern in patterns:
            if signing and root_of(pattern.code) in SIGNED_ELSEWHERE_ROOTS:
                continue  # docs/conventions.md: a signed agreement is 057, whatever its subject
            if recounting and not pattern.is_null and root_of(pattern.code) != STATEMENT_ROOT:
                continue
            if pattern.plain_words <= around and all(
                self._holds(frame, t, known) for t in pattern.terms
            ):
                if pattern.is_null:
                    return None
                if _keeps_the_bare_code(bare, pattern, verb):
                    return bare
                if _appeals_for_a_demand(bare, pattern):
                    return replace(pattern, code=as_demand(pattern.code))
                if _pushed_by_a_phrase(bare, pattern):
                    return bare
                return pattern
        return None

    def _denial(self, verb: Token) -> VerbPattern | None:
        """DENY's pattern for a verb of saying whose clause says the speaker did not do an act of
        force or coercion (roots 15 to 20) or of backing: "Bolivia said it had not violated
        Peru's airspace", "Rwanda insists its troops have never fought in Congo" deny it, as
        "denied that it had violated" does."""
        if verb.lemma_.lower() not in ASSERTING_VERBS | INSISTING_VERBS:
            return None
        for clause in children(verb, "ccomp"):
            if not (_reported_clause(clause) and _of_the_speaker(clause)):
                continue
            if not any(c.dep_ == "neg" for c in clause.children):
                continue
            lower = self.match(clause)
            hostile = lower is not None and root_of(lower.code) in DENIED_ROOTS
            if hostile or clause.lemma_.lower() in BACKING_VERBS:
                return self._bare.get(DENY)
        return None

    def _holds(self, frame: Frame, term: PatternTerm, known: dict[PatternTerm, bool]) -> bool:
        if term not in known:
            known[term] = satisfies(frame, term, self.sets)
        return known[term]


def _keeps_the_bare_code(bare: VerbPattern | None, pattern: VerbPattern, verb: Token) -> bool:
    """Whether a pattern that matched stands for the bare verb's own act after all."""
    return (
        _names_the_charge(bare, pattern)
        or _borrowed_from_a_synonym(bare, pattern)
        or _praised_for_an_act(bare, pattern, verb)
    )


def _names_the_charge(bare: VerbPattern | None, pattern: VerbPattern) -> bool:
    """Whether `pattern`, of a verb that disapproves when bare, matched only on what the target
    is charged with: "accused Chile of violating the treaty" and "criticised the US for
    imposing sanctions" are the speaker's disapproval (the bare verb's code), not a treaty
    violation (160) or sanctions (053), and "accused Iran of attacks" is still an accusation
    (112), not the criticism (111) an ACCUSE * ATTACKS row gives. Only a pattern that refines
    the bare code keeps its own (ACCUSE * OF SPYING, 1125, under 112), and so does one that
    names no charge at all ("charged the mayor with corruption", CHARGE * (WITH): legal
    action, 173)."""
    return (
        bare is not None
        and bare.code.startswith(CHARGING_CODES)
        and not pattern.code.startswith(bare.code)
        and any(term.word for term in pattern.terms)
    )


def _praised_for_an_act(bare: VerbPattern | None, pattern: VerbPattern, verb: Token) -> bool:
    """Whether `pattern`, of a verb that praises when bare (PRAISE, COMMEND: 051), matched
    only on what its object is praised FOR: "praised the Mexican government for the arrest"
    praises the government, where the CAMEO file's PRAISE * ARREST (110, hostile to whoever
    was arrested) is praise of the arrest itself ("praised the arrest of the gang's leader")."""
    if bare is None or bare.code != PRAISE_CODE or pattern.code == bare.code:
        return False
    if not children(verb, "dobj"):
        return False
    reasons = {
        form
        for prep in children(verb, "prep")
        if prep.lower_ == "for"
        for word in prep.subtree
        for form in _forms(word)
    }
    return bool(pattern.plain_words) and pattern.plain_words <= reasons


def _borrowed_from_a_synonym(bare: VerbPattern | None, pattern: VerbPattern) -> bool:
    """Whether `pattern`, of a verb that arrests or jails when bare (DETAIN, ARREST, JAIL,
    IMPRISON: 173), is one the CAMEO verb file gave every verb of a synonym group: HOLD's "hold
    a rally" (141) and TAKE's "take part in a protest" (141) or "take control" (192) are no
    detention. "Police detained forty people during the protest" is still an arrest, and so is
    "journalists were arrested" (the file's ARREST * JOURNALIST, violent repression, 175)."""
    return (
        bare is not None
        and bare.code.startswith(ARREST_CODE)
        and (root_of(pattern.code) != root_of(bare.code) or pattern.code == VIOLENT_REPRESSION)
    )


def _appeals_for_a_demand(bare: VerbPattern | None, pattern: VerbPattern) -> bool:
    """Whether `pattern`, of a verb that demands when bare (DEMAND, INSIST, ORDER: 100), codes
    what is asked for as an appeal or an intent: CAMEO's verb file lent the demanding verbs
    URGE's patterns, so DEMAND * RELEASE (OF PRISONERS) is 0253 and DEMAND * SUMMIT 036.
    A demand stays a demand ("demanded the release of prisoners": 1053)."""
    return (
        bare is not None
        and root_of(bare.code) == DEMAND_ROOT
        and root_of(pattern.code) in (APPEAL_ROOT, INTENT_ROOT)
    )


def _pushed_by_a_phrase(bare: VerbPattern | None, pattern: VerbPattern) -> bool:
    """Whether `pattern`, of a verb that demands when bare (DEMAND, NEED, CAMPAIGN: 100),
    is one CAMEO's verb file lent the whole group from PUSH and PRESS, matched on a bare
    preposition: PUSH * ON (190), PUSH * INTO (192), PUSH * OUT (174). "Demanded that Kabul hand
    over intelligence on militant groups" is a demand, whatever ON phrase the demand holds; a
    pattern that names a word ("demanded a ceasefire", 107) keeps its code."""
    return (
        bare is not None
        and root_of(bare.code) == DEMAND_ROOT
        and bare.verb not in PUSHING_VERBS
        and root_of(pattern.code) != DEMAND_ROOT
        and bool(pattern.terms)
        and all(term.prep and not term.word for term in pattern.terms)
    )


def _specificity(pattern: VerbPattern) -> int:
    return sum(max(len(term.parts), 1) for term in pattern.terms)


def _file_of(pattern: VerbPattern) -> str:
    return pattern.origin.rpartition(":")[0]


def _verb_keys(verb: Token, head: str) -> list[str]:
    """Lookup keys, longest first: `head` with the words right after it, with the verb's
    particle wherever it stands ("stepped it up"), then alone."""
    doc = verb.doc
    end = min(verb.i + MAX_VERB_WORDS, verb.sent.end)
    following = [t.lower_ for t in doc[verb.i + 1 : end]]
    keys = [" ".join([head, *following[:n]]) for n in range(len(following), 0, -1)]
    keys += [f"{head} {c.lower_}" for c in verb.children if _is_particle(c)]
    return [*keys, head]


def _is_particle(child: Token) -> bool:
    """A verb's particle, or BACK where the parser made it an adverb ("handed the pilot back
    to India", "pulled its troops back")."""
    return child.dep_ == "prt" or (child.dep_ == "advmod" and child.lower_ == BACK)


def base_forms(word: str) -> list[str]:
    """Candidate base forms of an inflected verb (the lemmatizer missed, or a PETRARCH comment
    names it: RULED_OUT), most likely first."""
    forms = [word]
    for ending in ("ied", "ies"):
        if word.endswith(ending):
            forms.append(word[: -len(ending)] + "y")
    for ending in ("ed", "ing", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            forms += [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # "stopped" → "stop"
    return forms

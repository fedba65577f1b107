"""Dependency-parse helpers: where a verb's subject, objects and governors are in a spaCy parse."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Span, Token

# Children that belong to a noun phrase's own words; other dependents (appositions, relative
# clauses, conjuncts, most prepositional phrases) describe or add something else.
NP_OUTSIDE_DEPS = frozenset(
    {"conj", "cc", "appos", "relcl", "acl", "advcl", "punct", "prep", "parataxis", "preconj"}
)
# Words of approximation before a number, which the parser may read as a preposition:
# "detained around 1,500 people" (`_count_read_as_a_phrase`).
APPROXIMATIONS = frozenset({"around", "about", "over"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "xcomp", "ccomp"})
# Links along which a verb takes over the subject of the verb it depends on.
SUBJECT_INHERITING_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "acomp"})
# Words that negate the verb they modify.
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
# Links from a complement clause up to the verb that governs it ("said [that X attacked]",
# "wants [to attack]").
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
# "together with X", "along with X": X does the act too.
JOINING_ADVERBS = frozenset({"together", "along", "jointly"})
# Verbs that ask another actor to act, whatever the dictionaries code them as: what they ask
# for has not happened ("invited Xi to visit Ukraine" is no visit).
REQUESTING_VERBS = frozenset(
    {"invite", "encourage", "pressure", "press", "persuade", "advise", "push"}
)
# Verbs whose object is the subject of the infinitive after it: "told the envoy to leave".
OBJECT_CONTROL_VERBS = REQUESTING_VERBS | {"tell", "order", "ask", "urge", "instruct", "force"}
# Verbs that name their object as what a word after it says: "branded the decision illegal".
NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub", "deem"})
# Verbs that ask through a phrase ("called on Peru to ...", "appealed to Chile to ..."), and
# those phrases.
APPEALING_VERBS = frozenset({"call", "appeal"})
ASKED_PREPS = frozenset({"on", "upon", "to"})
# Phrases that say where, and the named-entity kinds of places.
PLACE_PREPS = frozenset({"in", "at"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Phrases that name the other side of an act, which a parser may hang on a place: "talks in
# Sanaa with", "clashes in Baghdad between".
PLACE_PARTNER_PREPS = frozenset({"with", "between"})

# Nouns of an accusation, which stand for the accusers (`coders.referents`) and whose denial
# answers them (`coders.arguments`).
ALLEGATION_NOUNS = frozenset({"allegation", "accusation", "claim", "charge", "suggestion"}) | {
    # a charge brought to a court: "South Africa filed a case accusing Israel of genocide ...
    # the United States called the submission meritless"
    "complaint",
    "lawsuit",
    "submission",
}
# Pronouns that stand in a relative clause for the noun it describes.
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})

# Participles of a tie between things: "targets linked to Iran's Revolutionary Guards".
TIE_WORDS = frozenset({"linked", "tied", "connected", "affiliated"})

# Where a document's `Tree` is kept.
TREE_KEY = "eventcoder.tree"

# Days and months, which a parser may fuse with the name after them ("On Friday Australia").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DATE_WORDS = WEEKDAYS | {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


# Spans of time: "for the third night", "for two days", "in recent weeks".
TIME_SPAN_WORDS = frozenset(
    {"night", "day", "week", "month", "year", "hour", "morning", "afternoon", "evening"}
    # "fired missiles into Russia for the first time": when, not what for (FIRE * (FOR)).
    | {"time"}
)


# Where a statement was made, which may stand between a verb and its infinitive ("pledged in a
# statement to withdraw").
CHANNEL_WORDS = frozenset({"statement", "interview", "speech", "letter", "communique"})
# Adverbs of time that may stand there too ("threatened yesterday to attack").
TIME_ADVERBS = frozenset({"yesterday", "today", "tonight", "again", "earlier", "later"})


# Verbs that tell how another act goes: "continued to flee", "kept attacking", "struggled to
# contain the crowd" (the CAMEO file's bare STRUGGLE is a fight, 190).
ASPECT_VERBS = frozenset({"continue", "keep", "begin", "start", "resume", "proceed", "struggle"})
# Verbs of helping, whose bare-infinitive complement is the act helped ("help end the war").
HELPING_VERBS = frozenset({"help", "assist"})


def is_date(noun: Token) -> bool:
    """Whether a phrase's noun is a day, a month or a span of time ("on Monday", "on 12 May",
    "for the third night")."""
    return noun.lower_ in DATE_WORDS or noun.lemma_.lower() in TIME_SPAN_WORDS


def first_of_coordination(word: Token) -> Token:
    """The first word of the coordination `word` is in ("restoring" → "halting" in "halting
    the fighting and restoring ties")."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word


def core_tokens(head: Token) -> list[Token]:
    """The words of the noun phrase headed by `head`, keeping `of` phrases ("minister of X")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            tokens.append(child)
            tokens.extend(t for obj in children(child, "pobj") for t in core_tokens(obj))
        elif child.dep_ not in NP_OUTSIDE_DEPS or child.tag_ == "HYPH":
            # A hyphen inside a name is one of its words ("Al-Qaeda" is Al, -, Qaeda).
            tokens.extend(core_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def joins_by_hyphen(token: Token) -> bool:
    """Whether a token is a hyphen written between two words, with no space either side
    ("Diaz-Canel", "Port-au-Prince"): the tokenizer splits such names at it."""
    doc = token.doc
    if token.text != "-" or not 0 < token.i < len(doc) - 1:
        return False
    return not doc[token.i - 1].whitespace_ and not token.whitespace_


def names_before(word: Token) -> list[Token]:
    """The proper names of `word`'s sentence before it, nearest first, each by its head word
    (not the words compounded into it): what "the city" or "its neighbour" may refer back to."""
    before = word.sent[: word.i - word.sent.start]
    return [t for t in reversed(before) if t.pos_ == "PROPN" and t.dep_ != "compound"]


def path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up its heads to `top`, `top` itself left out."""
    path = []
    while token.i != top.i:
        path.append(token)
        token = token.head
    return path


def pruned_subtree(
    top: Token, enters: Callable[[Token], bool], keeps: Callable[[Token], bool]
) -> list[Token]:
    """`top` and the words below it, in text order, leaving out the words `keeps` refuses
    and everything below a word `enters` refuses."""
    doc = top.doc
    tree = Tree.of(doc)
    found = [top]
    below = [top.i]
    while below:
        for i, _ in tree.children[below.pop()]:
            child = doc[i]
            if keeps(child):
                found.append(child)
            if enters(child):
                below.append(i)
    return sorted(found, key=lambda t: t.i)


def conjuncts(head: Token) -> list[Token]:
    """`head` and the words coordinated with it ("Moscow and Beijing"). A list the parser
    took for an apposition ("the US, Russia, and Switzerland", "Mordor, the Shire, Fornost and
    Bree") counts as coordinated too."""
    members = [head, *head.conjuncts]
    last = max(m.i for m in members)
    for child in head.children:
        listed = [child, *child.conjuncts]
        if child.dep_ != "appos":
            continue
        # Its own "and", or standing between the head and a word coordinated with it ("Evil
        # Mordor, the awful Fornost, and good Gondor").
        if any(c.dep_ == "cc" for m in listed for c in m.children) or child.i < last:
            members += listed
    return members


def particle(verb: Token) -> str | None:
    """The particle of a phrasal verb ("step up" → "up")."""
    return next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def children(verb: Token, *deps: str) -> list[Token]:
    doc = verb.doc
    return [doc[i] for i, dep in Tree.of(doc).children[verb.i] if dep in deps]


class Tree:
    """Each token's children as (index, dependency label) pairs, and its prepositional
    phrases, read once per document (kept in `doc.user_data`): the coder asks for a verb's
    children many times over, and spaCy builds a new token object for each child it yields."""

    def __init__(self, doc: Doc) -> None:
        self.children: list[list[tuple[int, str]]] = [[] for _ in range(len(doc))]
        # Read from the document's arrays, not its tokens: each token spaCy yields is a new
        # object, and the tree is built again after every mended parse.
        labels = doc.vocab.strings
        offsets = doc.to_array(HEAD).astype("int64").tolist()
        for i, (offset, dep) in enumerate(zip(offsets, doc.to_array(DEP).tolist(), strict=True)):
            if offset:
                self.children[i + offset].append((i, labels[dep]))
        self._phrases: dict[int, list[tuple[str, int]]] = {}

    @classmethod
    def of(cls, doc: Doc) -> Tree:
        tree = doc.user_data.get(TREE_KEY)
        if not isinstance(tree, cls):
            tree = doc.user_data[TREE_KEY] = cls(doc)
        return tree

    def phrases(self, token: Token) -> list[tuple[str, int]]:
        found = self._phrases.get(token.i)
        if found is None:
            found = self._phrases[token.i] = [(p, obj.i) for p, obj in _prepositions(token)]
        return found


# "On the sidelines of a summit", "on the margins of the UN assembly": a setting.
SIDELINE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})


def on_the_sidelines(prep: Token) -> bool:
    """Whether a preposition heads "on the sidelines of ...": where an act was done, whose
    words name no act and no party of it."""
    return prep.lower_ == "on" and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in SIDELINE_NOUNS for obj in prep.children
    )


def in_protest(prep: Token) -> bool:
    """Whether a preposition heads "in protest (at / against / over ...)": why an act was
    done, which names no object of it ("halted arms exports to Turkey in protest at the
    offensive" halts no protest)."""
    return prep.lower_ == "in" and any(
        obj.dep_ == "pobj" and obj.lemma_.lower() == "protest" for obj in prep.children
    )


def absolute_clause(prep: Token) -> bool:
    """Whether a preposition heads a clause with a subject of its own ("clashed along the
    border, with each side accusing the other of firing first"): a circumstance of the act,
    which names no partner of it."""
    return prep.lower_ == "with" and any(
        c.dep_ == "pcomp" and c.pos_ == "VERB" and has_subject(c) for c in prep.children
    )


def prepositions(token: Token) -> list[tuple[str, Token]]:
    """(preposition, its object) pairs hanging off `token`, e.g. ("with", China).

    The parser sometimes takes a preposition for a particle and its object for the verb's
    ("clash over the efforts": `over` a particle, `efforts` a direct object); that pair counts
    as a prepositional phrase too."""
    doc = token.doc
    return [(prep, doc[i]) for prep, i in Tree.of(doc).phrases(token)]


def _prepositions(token: Token) -> Iterator[tuple[str, Token]]:
    for child in token.children:
        # "sent aid to China": spaCy marks that `to` as a dative, but it heads a phrase all the same
        is_phrase = child.dep_ in {"prep", "agent"} or (
            child.dep_ == "dative" and child.pos_ == "ADP"
        )
        if is_phrase and not _joins_the_doers(child) and not absolute_clause(child):
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    yield child.lower_, obj
                    if child.lower_ in PLACE_PREPS:
                        yield from _partners_of_place(obj)
            yield from _out_of(child)
        elif child.dep_ == "prt" and child.pos_ == "ADP":
            objects = children(token, "dobj")
            yield from ((child.lower_, obj) for obj in objects if obj.i > child.i)
            yield from _out_of(child)


def _out_of(phrase: Token) -> Iterator[tuple[str, Token]]:
    """ "pulled out of southern Lebanon": the parser hangs OF on OUT, and the place on OF. The
    place is the OUT phrase's, the OF phrase's of the phrasal verb (PULL OUT * OF DEAL), and
    where the verb came FROM."""
    if phrase.lower_ != "out":
        return
    for inner in phrase.children:
        if inner.dep_ == "prep" and inner.lower_ == "of":
            for obj in inner.children:
                if obj.dep_ == "pobj":
                    yield "out", obj
                    yield "of", obj
                    yield "from", obj


def co_doers(verb: Token) -> list[Token]:
    """Those a `together with` or `along with` phrase of the verb or of its subject names:
    they do the act with its subject ("together with it, Bahrain and Egypt restored relations
    with Qatar", "Chile, together with Peru, condemned the coup"); they are no target of it."""
    hosts = [verb, *children(verb, "nsubj")]
    phrases = [c for host in hosts for c in children(host, "prep") if _joins_the_doers(c)]
    # "along with Peru" parsed as ALONG with its own WITH phrase.
    phrases += [
        w
        for c in children(verb, "prep")
        if c.lower_ in JOINING_ADVERBS
        for w in children(c, "prep")
        if w.lower_ == "with"
    ]
    return [obj for phrase in phrases for obj in children(phrase, "pobj")]


def _joins_the_doers(phrase: Token) -> bool:
    return phrase.lower_ == "with" and any(
        c.dep_ == "advmod" and c.lower_ in JOINING_ADVERBS for c in phrase.children
    )


def _partners_of_place(place: Token) -> Iterator[tuple[str, Token]]:
    """A `with` or `between` phrase the parser hung on a place's name ("held talks in the
    capital Sanaa with Houthi officials", "clashes in Baghdad between protesters and police"):
    a place does nothing with anyone, so the phrase is the act's."""
    for noun in [place, *children(place, "appos")]:
        if noun.pos_ != "PROPN" and noun.ent_type_ not in PLACE_ENTITIES:
            continue
        for child in children(noun, "prep"):
            if child.lower_ in PLACE_PARTNER_PREPS:
                yield from ((child.lower_, obj) for obj in children(child, "pobj"))


def verb_or_object_phrases(verb: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs hanging off the verb or its direct object ("held talks
    [with Houthi officials]", "claimed responsibility [for the attack]")."""
    hosts = [verb, *children(verb, "dobj")]
    return [pair for host in hosts for pair in prepositions(host)]


# The links of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def has_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above `token`: the verb of the clause it stands in."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def governor(verb: Token) -> Token | None:
    """The verb that `verb` depends on through a clause link, looking through prepositions."""
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return head.head
    if verb.dep_ in SUBJECT_INHERITING_DEPS:
        return head
    return None


# How a verb tells what another is done for, or how it is done: "rallied to demand",
# "marched demanding", "summoned the envoy to protest".
PURPOSE_LINKS = frozenset({"advcl", "xcomp"})


def answered_allegation(verb: Token) -> Token | None:
    """The accusation a relative clause describes, which is the clause's object: "a charge
    London denied", "an allegation that Kyiv rejected"; else None."""
    head = verb.head
    alleged = verb.dep_ == "relcl" and head.lemma_.lower() in ALLEGATION_NOUNS
    objects = [o for o in children(verb, "dobj") if o.lower_ not in RELATIVE_PRONOUNS]
    return head if alleged and not objects else None


def helped_act(verb: Token) -> Token | None:
    """The act a verb of helping helps do ("to help end the war": end), or None: what is
    asked, promised or announced of the helper is that act."""
    if verb.lemma_.lower() not in HELPING_VERBS:
        return None
    return next((c for c in children(verb, "xcomp", "ccomp") if c.pos_ == "VERB"), None)


def is_infinitive(verb: Token) -> bool:
    """ "to help", whatever the parser made of the clause ("wants Putin to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def aimed_by(verb: Token) -> Token | None:
    """The verb a to-infinitive purpose clause is the aim of ("will travel to Lima [to meet]
    Peru's president": travel), or None for a verb that is no such clause."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or not is_infinitive(verb):
        return None
    return head


def settle_clauses(sentence: Span) -> None:
    """Mend parses that hide what a verb asks, offers, threatens or is aimed at.

    A to-infinitive the parser took for a purpose clause because a time stands between it and
    its verb is the verb's complement (`xcomp`): in "Iraq threatened on Tuesday to expel the
    inspectors" and "Turkey offered on Monday to mediate" the infinitive is what was
    threatened or offered, as it is without "on Tuesday". Only where the verb has no object
    ("sent troops on Monday to secure the border" keeps its purpose) and nothing but times and
    the channel of a statement stand between them.

    A FOR clause with its own subject ("called for Iran to release the activists") is the
    verb's FOR phrase, as "called for the release of the activists" is: the parser hangs it
    on the verb as a purpose clause marked by FOR.

    A finite verb the parser coordinates with a gerund in a prepositional phrase ("accused
    Rwanda of violating its sovereignty and broke off relations with Kigali") is coordinated
    with the finite verb above that phrase: a past tense cannot share a gerund's clause.

    A bare infinitive the parser coordinates with a verb before it though no conjunction joins
    them ("jailed a student for helping militants join a group") is what the object of HELP,
    LET or MAKE was helped or made to do (`_bare_infinitive_read_as_a_conjunct`).

    An object of HELP, LET or MAKE that the parser made the subject of a bare infinitive
    ("helped Israel intercept the drones") is the verb's object again, and the infinitive its
    complement (`_object_read_as_a_subject`).

    An attack noun in -ING that the parser read as a clause of the verb ("were killed in
    Israeli shelling": SHELLING a clause, ISRAELI the object of IN) is the object of the
    preposition, with the word before it as its modifier (`_attack_noun_read_as_a_gerund`).

    A past tense the parser coordinates with a reported clause of another tense ("said the law
    would harm Georgia and urged Tbilisi to withdraw it", "repeated that the islands belong to
    it and called on Britain to resume talks") is the speaker's act.

    A clause the parser made a complement though a conjunction of time or cause opens it ("a
    day after a drone killed one person") is an adverbial clause: it tells when or why, and
    holds none of the verb's object words.

    A FOR phrase the parser hangs on the verb because a time stands between it and the verb's
    object is the object's: "voiced support on Monday for the US-led strikes" is support for
    the strikes, as "voiced support for the US-led strikes" is (`_object_before_a_time`).

    A sentence the parser made one noun phrase gets its verb back (`_restore_main_verb`).

    A gerund listed after the noun of a prepositional phrase ("on charges of corruption and
    aiding a terrorist group") is listed with that noun (`_gerund_listed_after`).

    A clause opened by a conjunction of time or cause whose subject the parser hung on the
    conjunction as its object ("resigned after the head of the army urged him to step down")
    gets it back as its subject (`_subject_on_the_mark`).

    A coordinated verb's subject that the parser listed with the date before it ("freed 24
    hostages on Friday and Israel released 39 prisoners") is its subject again
    (`_subject_taken_by_a_list`); so does one listed with the object before it ("attacked a
    supermarket and police fired tear gas").

    A subject that the parser listed with the last noun of an opening phrase ("Following talks
    in Lima, Peru and Chile signed a trade deal") is the verb's subject again
    (`_subject_listed_in_an_opening`).

    "Visiting" read as a clause whose object is the noun right after it ("met visiting
    Russian Foreign Minister Sergei Lavrov", "told visiting U.S. Secretary of State Antony
    Blinken that ...") describes that noun, which is the object of the verb before it
    (`_visiting_read_as_a_verb`): the guest is met or told, and visits no one.

    A to-infinitive after the object of a verb that asks ("pushed Serbia to recognise
    Kosovo"), which the parser may read as a purpose clause, is the verb's complement: what the
    object is asked to do (`_asked_of_the_object`).

    An object the parser made the subject of a participle of a tie after it ("struck rebel
    camps in Bolivia linked to the cartels") is the verb's object again, and the participle
    describes it (`_object_read_as_a_ties_subject`).

    An object the parser read as a compound of the word a verb calls it ("called [the
    decision] antisemitic", one noun phrase) is the verb's object again
    (`_object_in_a_predicate`), as is one read as the subject of a clause of the word
    ("branded the decision illegal": `_object_in_a_small_clause`).

    A complement marked by TO that the parser tagged as a noun ("offered to host talks" with
    HOST a noun) is an infinitive (`_infinitive_read_as_a_noun`).

    An adjective right after the verb's object that the parser read as a clause ("held Peru
    responsible for the attack") is the object's predicate (`_predicate_of_the_object`).

    A weapon listed after the verb's object that the parser read as a verb with the attack
    noun as its object ("launched missile and drone strikes on the city") is listed with that
    object, and the attack noun is the verb's object (`_weapon_read_as_a_verb`).

    A WITH or BETWEEN phrase the parser hung on the kind that an accord's OF phrase names
    ("signed a memorandum of understanding with Somaliland") is the accord's
    (`_partner_on_an_accords_kind`).

    The children read while mending (`Tree`) are read again afterwards."""
    _restore_main_verb(sentence)
    _restore_infinitives(sentence)
    for token in sentence:
        if _mend_subject(token):
            continue
        if (modifier := _plural_read_as_a_verb(token)) is not None:
            _make_plural_noun(token, modifier)
            continue
        if (first := _weapon_read_as_a_verb(token)) is not None:
            _make_listed_weapons(token, first)
            continue
        if (guest := _visiting_read_as_a_verb(token)) is not None:
            _describe_guest(token, guest)
            continue
        if (noun := _gerund_listed_after(token)) is not None:
            token.head, token.dep_ = noun, "conj"
            continue
        if _mend_attachment(token):
            continue
        if _mend_object(token):
            continue
        if token.dep_ == "ccomp" and _adverbial_mark(token):
            token.dep_ = "advcl"
            continue
        if token.dep_ == "advcl":
            _mend_adverbial_clause(token)
    sentence.doc.user_data.pop(TREE_KEY, None)


def _mend_adverbial_clause(token: Token) -> None:
    """Make a clause the parser read as adverbial what it is: the object's predicate
    (`_predicate_of_the_object`), a complement (`_infinitive_after_a_time`,
    `_asked_of_the_object`), or the object of FOR (`_for_clause_mark`)."""
    if _predicate_of_the_object(token):
        token.dep_ = "oprd"
    elif _infinitive_after_a_time(token) or _asked_of_the_object(token):
        token.dep_ = "xcomp"
    elif (mark := _for_clause_mark(token)) is not None:
        mark.head, mark.dep_ = token.head, "prep"
        token.head, token.dep_ = mark, "pcomp"


def _restore_infinitives(sentence: Span) -> None:
    """Tag as verbs the infinitives the parser tagged as nouns (`_infinitive_read_as_a_noun`),
    and as a noun the PERSONA of "persona non grata", which the tagger may take for a verb
    ("declared two Chilean diplomats persona non grata")."""
    for token in sentence:
        if _infinitive_read_as_a_noun(token):
            token.tag_, token.pos_ = "VB", "VERB"
        elif (
            token.lower_ == "persona"
            and token.i + 1 < sentence.end
            and token.nbor().lower_ == "non"
        ):
            token.tag_, token.pos_ = "NN", "NOUN"


def _infinitive_read_as_a_noun(token: Token) -> bool:
    """A complement with TO as its auxiliary is a verb, whatever its tag: "Jordan offered to
    host talks" (HOST tagged NN)."""
    if token.dep_ != "xcomp" or token.pos_ != "NOUN":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children)


def _mend_attachment(token: Token) -> bool:
    """Hang a verb or a noun the parser attached to the wrong word where it belongs
    (`_finite_after_a_gerund`, `_verb_above_an_infinitive`, `_finite_after_a_report`,
    `_bare_infinitive_read_as_a_conjunct`, `_attack_noun_read_as_a_gerund`,
    `_object_read_as_a_subject`,
    `_object_read_as_a_ties_subject`, `_clause_read_as_a_modifier`,
    `_partner_on_an_accords_kind`); whether it did."""
    if _finite_after_a_gerund(token):
        token.head = token.head.head.head
    elif (above := _verb_above_an_infinitive(token)) is not None:
        _hang_above_the_infinitive(token, above)
    elif _finite_after_a_report(token):
        token.head = token.head.head
    elif (causer := _bare_infinitive_read_as_a_conjunct(token)) is not None:
        token.head, token.dep_ = causer, "xcomp"
    elif (aim := _purpose_after_in_question(token)) is not None:
        token.head, token.dep_ = aim, "advcl"
    elif (border := _border_phrase_on_the_verb(token)) is not None:
        token.head = border
    elif (accord := _partner_on_an_accords_kind(token)) is not None:
        token.head = accord
    elif (modifier := _attack_noun_read_as_a_gerund(token)) is not None:
        _make_prepositional_object(token, modifier)
    elif (causer := _object_read_as_a_subject(token)) is not None:
        token.head.dep_ = "xcomp"
        token.head, token.dep_ = causer, "dobj"
    elif (verb := _object_read_as_a_ties_subject(token)) is not None:
        participle = token.head
        token.head, token.dep_ = verb, "dobj"
        participle.head, participle.dep_ = token, "acl"
    elif (conjunction := _clause_read_as_a_modifier(token)) is not None:
        _make_clause(token, conjunction)
    else:
        return False
    return True


def _clause_read_as_a_modifier(verb: Token) -> Token | None:
    """The conjunction of time opening a clause the parser read as a noun phrase, with its verb
    an adjective of its object and its subject hung on the verb: in "vowed to respond after
    Trump ordered levies on their goods", ORDERED describes LEVIES, the object of AFTER."""
    noun = verb.head
    conjunction = noun.head
    if verb.dep_ != "amod" or verb.tag_ not in PAST_TAGS or noun.dep_ != "pobj":
        return None
    if conjunction.lower_ not in CLAUSE_PREPOSITIONS or not children(verb, "nsubj"):
        return None
    return conjunction if conjunction.i < verb.i < noun.i else None


def _make_clause(verb: Token, conjunction: Token) -> None:
    """Make `verb` the head of the clause `conjunction` opens, with the noun it described as
    its object."""
    noun = verb.head
    verb.head, verb.dep_ = conjunction.head, "advcl"
    verb.tag_, verb.pos_ = "VBD", "VERB"
    conjunction.head, conjunction.dep_ = verb, "mark"
    noun.head, noun.dep_ = verb, "dobj"


def _predicate_of_the_object(word: Token) -> bool:
    """An adjective right after the verb's object that the parser read as a clause of its
    own: in "held Peru responsible for the attack", RESPONSIBLE says what the verb makes of
    Peru, as the object's predicate ("found him guilty") does."""
    if word.tag_ != "JJ" or has_subject(word):
        return False
    objects = children(word.head, "dobj")
    return any(o.right_edge.i + 1 == word.i for o in objects)


def _asked_of_the_object(clause: Token) -> bool:
    """A to-infinitive after the object of a verb that asks ("pushed Serbia to recognise
    Kosovo", "pressured Israel to allow more aid in", "called on both sides to show
    restraint"), which the parser may take for a purpose clause: it is what the object is
    asked to do."""
    verb = clause.head
    if not is_infinitive(clause):
        return False
    objects = [o for o in children(verb, "dobj") if o.i < clause.i]
    if verb.lemma_.lower() in REQUESTING_VERBS and objects:
        return True
    # "called on both sides to show restraint": whom CALL ON or APPEAL TO asks.
    asked = [o for p, o in prepositions(verb) if p in ASKED_PREPS and o.i < clause.i]
    return verb.lemma_.lower() in APPEALING_VERBS and bool(asked)


def _mend_object(token: Token) -> bool:
    """Mend an object's phrase the parser hung elsewhere (`_object_before_a_time`,
    `_object_in_a_predicate`, `_object_in_a_small_clause`, `_object_split_at_a_hyphen`);
    whether it did."""
    if (noun := _object_before_a_time(token)) is not None:
        token.head = noun
        return True
    if (whole := _object_split_at_a_hyphen(token)) is not None:
        for word in [token, *(c for c in token.children if c.i < token.i)]:
            word.head = whole
        token.dep_ = "compound"
        hyphen = token.doc[token.i + 1]
        hyphen.head, hyphen.dep_ = whole, "punct"
        hyphen.tag_, hyphen.pos_ = "HYPH", "PUNCT"
        return True
    if (obj := _object_in_a_predicate(token)) is not None:
        _make_object(obj, token)
        return True
    if (obj := _object_in_a_small_clause(token)) is not None:
        obj.head, obj.dep_ = token.head, "dobj"
        token.dep_ = "oprd"
        return True
    if (count := _count_read_as_a_phrase(token)) is not None:
        number = next(c for c in count.children if c.dep_ == "nummod")
        count.head, count.dep_ = token.head, "dobj"
        token.head, token.dep_ = number, "advmod"
        return True
    return False


def _object_split_at_a_hyphen(word: Token) -> Token | None:
    """The last part of a hyphenated noun the parser split into objects of the verb: "arrested
    a former vice-president" (VICE, the hyphen and PRESIDENT each an object, THE and FORMER on
    VICE); else None."""
    doc = word.doc
    if word.dep_ != "dobj" or word.i + 2 >= len(doc) or not joins_by_hyphen(doc[word.i + 1]):
        return None
    whole = doc[word.i + 2]
    return whole if whole.dep_ == "dobj" and whole.head == word.head else None


def _count_read_as_a_phrase(word: Token) -> Token | None:
    """The object the parser hung on a word of approximation read as a preposition right
    after the verb ("detained around 1,500 people": AROUND a preposition, PEOPLE its object),
    where the verb has no object of its own; else None."""
    if word.dep_ != "prep" or word.lower_ not in APPROXIMATIONS or word.i != word.head.i + 1:
        return None
    if word.head.pos_ != "VERB" or children(word.head, "dobj"):
        return None
    counted = [c for c in children(word, "pobj") if any(n.dep_ == "nummod" for n in c.lefts)]
    return counted[0] if counted else None


def _object_in_a_predicate(word: Token) -> Token | None:
    """The noun the parser hung as a compound on a verb's predicate word, with the object's
    article on the predicate ("called the decision antisemitic": THE and DECISION both on
    ANTISEMITIC), or made the predicate's subject ("called Algeria's decision unjustified":
    DECISION the subject of UNJUSTIFIED), where the verb has no object of its own; else
    None."""
    if word.dep_ != "oprd" or children(word.head, "dobj"):
        return None
    subjects = [c for c in word.lefts if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    if subjects and word.pos_ == "ADJ":
        return subjects[-1]
    nouns = [c for c in word.lefts if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
    articles = [c for c in word.lefts if c.dep_ == "det"]
    return nouns[-1] if nouns and articles else None


def _object_in_a_small_clause(word: Token) -> Token | None:
    """The noun the parser made the subject of an adjective that a naming verb's clause is
    ("branded the decision illegal": DECISION the subject of ILLEGAL, a clause of BRANDED):
    the verb's object, with the adjective its predicate, as "called the move unacceptable" is
    parsed; else None."""
    if word.dep_ != "ccomp" or word.pos_ != "ADJ" or word.head.lemma_.lower() not in NAMING_VERBS:
        return None
    if any(c.dep_ in {"aux", "cop", "auxpass"} for c in word.children):
        return None
    subjects = [c for c in word.lefts if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    return subjects[0] if subjects and not children(word.head, "dobj") else None


def _make_object(noun: Token, predicate: Token) -> None:
    """The noun becomes its verb's object, with the article and words before it."""
    for word in list(predicate.lefts):
        if word.i < noun.i:
            word.head = noun
    noun.head, noun.dep_ = predicate.head, "dobj"


def _restore_main_verb(sentence: Span) -> None:
    """A sentence the parser read as one noun phrase, with its verb as a modifier, gets the
    verb as its root: a past participle describing the subject after a relative clause
    ("Russia, which has peacekeepers there, called on both sides ..."), or a past tense read as
    an adjective of the object ("Myanmar's military seized power", "Trump imposed tariffs on
    Mexico"). Only where the sentence has no verb at its root, so no parse that has one
    changes; an acronym at the root, or a capitalised first word read as an adjective, is a
    name whatever its tag ("ECOWAS imposed sanctions", with ECOWAS a gerund; "Trump imposed
    levies", with TRUMP an adjective). A verb the parser hung on the noun of a WITH phrase of
    the participle describing the subject is the sentence's ("Coast guard personnel armed
    with knives boarded navy boats")."""
    root = sentence.root
    if _name_read_as_another_word(root):
        root.tag_, root.pos_ = "NNP", "PROPN"
    if root.pos_ not in {"NOUN", "PROPN"}:
        return
    described = [c for c in root.rights if c.dep_ == "acl" and c.tag_ in PAST_TAGS]
    if described and (verb := _verb_after_a_with_phrase(described[0])) is not None:
        # The participle keeps describing the subject; the verb moves up to the root.
        _make_root(root, verb, subject=root, obj=None)
        return
    if described and not has_subject(described[0]):
        _make_root(root, described[0], subject=root, obj=None)
        return
    for word in sentence:
        if word.dep_ != "amod" or word.tag_ not in PAST_TAGS:
            continue
        head = word.head
        if head.i == root.i and word.tag_ == "VBD":
            subject = next((c for c in reversed(list(head.lefts)) if c.i < word.i), None)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN", "ADJ"}:
                for owner in [c for c in head.lefts if c.i < subject.i]:
                    owner.head = subject
                _make_root(root, word, subject=subject, obj=head)
            return
        if head.dep_ == "dobj" and head.head.i == root.i and root.i < word.i:
            _make_root(root, word, subject=root, obj=head)
            return


def _verb_after_a_with_phrase(participle: Token) -> Token | None:
    """The sentence's verb, where the parser hung it, as another participle, on the noun of
    the WITH phrase of a participle describing the subject: in "Coast guard personnel armed
    with knives boarded navy boats", BOARDED (with its object) is the verb. None else."""
    if children(participle, "dobj"):
        return None
    for prep, noun in prepositions(participle):
        verbs = [c for c in children(noun, "acl") if c.tag_ in PAST_TAGS and children(c, "dobj")]
        if prep == "with" and verbs:
            return verbs[0]
    return None


def is_participle_of_noun(verb: Token) -> bool:
    """ "soldiers killed in Ukraine": a past participle after its noun, with no object of its
    own ("an air strike killed 20 people", misparsed so, is an active verb)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and not children(verb, "dobj")
    )


def _name_read_as_another_word(word: Token) -> bool:
    """A word of capitals only, two or more of them ("ECOWAS", "ICRC"), or a capitalised word
    opening the sentence that the tagger took for an adjective ("Trump"): a name."""
    acronym = len(word.text) > 1 and word.text.isalpha() and word.text.isupper()
    opening = word.i == word.sent.start and word.is_title and word.pos_ == "ADJ"
    return acronym or opening


def _make_root(old_root: Token, verb: Token, subject: Token, obj: Token | None) -> None:
    """Make `verb` the sentence's root, with its `subject` and `obj`; what hung on the old
    root after the verb (phrases, conjuncts, the full stop) hangs on the verb, but for an OF
    phrase of an old root that is now the object ("seized control of the city")."""
    after = [c for c in old_root.children if c.i > verb.i and c != obj]
    after = [c for c in after if not (old_root == obj and c.lower_ == "of")]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    if obj is not None:
        obj.head, obj.dep_ = verb, "dobj"
    for child in after:
        child.head = verb


# Tags of a verb in the present tense (in a relative clause, a role held or a standing state:
# "who heads the council", "the militias it backs"; in a reported clause, another tense than
# the report's), and of a finite verb: past, and present of the third person and of others.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
FINITE_TAGS = frozenset({"VBD"}) | PRESENT_TAGS
# Tags of a verb in the past, finite or participle.
PAST_TAGS = frozenset({"VBD", "VBN"})


def _adverbial_mark(clause: Token) -> bool:
    """A clause marked by a conjunction of time or cause, which no complement has: "struck
    the port, a day after a drone launched by the group killed one person" tells when."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


# Conjunctions that open a clause of time, cause or concession, never a complement.
ADVERBIAL_MARKS = frozenset(
    {"after", "before", "since", "until", "while", "because", "although", "though", "once"}
)


def _gerund_listed_after(gerund: Token) -> Token | None:
    """The noun a gerund is listed after inside a prepositional phrase, where the parser hung
    the gerund on the verb as a clause or a conjunct of its own: in "detained the mayor on
    charges of corruption and aiding a terrorist group", AIDING is the second charge, not an
    act of the police (a gerund is no conjunct of a finite verb). None for any other word."""
    if gerund.tag_ != "VBG" or gerund.dep_ not in {"advcl", "conj"} or gerund.i < 2:
        return None
    verb, conjunction = gerund.head, gerund.nbor(-1)
    if conjunction.dep_ != "cc" or verb.tag_ not in FINITE_TAGS or has_subject(gerund):
        return None
    phrase = next((p for p in children(verb, "prep") if _ends_before(p, conjunction)), None)
    if phrase is None:
        return None
    nouns = [t for t in phrase.subtree if t.i < conjunction.i and t.pos_ in {"NOUN", "PROPN"}]
    return nouns[-1] if nouns else None


# Where "visiting" hangs when the parser reads it as a clause of the word before it.
VISITING_AS_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp", "pcomp"})


def _visiting_read_as_a_verb(token: Token) -> Token | None:
    """The guest noun of a "visiting" the parser read as a verb of the word before it, with
    the noun phrase right after it as its object, where that word has no object of its own;
    None for any other word."""
    if token.lower_ != "visiting" or token.dep_ not in VISITING_AS_CLAUSE_DEPS:
        return None
    head = token.head
    if head.i != token.i - 1 or children(head, "dobj", "pobj"):
        return None
    if head.lower_ in CLAUSE_PREPOSITIONS:
        # "met Putin days after visiting Kyiv": a visit of the subject's own, before or after.
        return None
    guests = [c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1]
    return guests[0] if guests else None


# What a plural noun read as a verb may have of its own: its modifier read as a subject, its
# phrases, and the preposition read as a clause's mark ("after Iranian missile strikes").
PLURAL_AS_VERB_DEPS = frozenset({"nsubj", "prep", "punct", "mark"})
# Words that begin a clause or a prepositional phrase alike ("after it struck", "after strikes").
CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until"})
# What makes a noun the head of its own phrase: an article, an owner or a number.
ARTICLE_DEPS = frozenset({"det", "poss", "nummod"})


def _plural_read_as_a_verb(word: Token) -> Token | None:
    """The modifier of a plural noun the parser read as a present-tense verb with the modifier
    as its subject: "announced live-fire military drills around the island" (MILITARY the
    subject of DRILLS), "after Iranian missile strikes in the province". A bare, modified
    noun right before the verb, with no article, is no subject a verb of the present can
    have ("Iranian missile strikes" would need "an Iranian missile"), and the verb has no
    object of its own; the clause hangs on a verb with no object, or on a preposition read
    as its mark. None for any other word."""
    if word.tag_ != "VBZ" or word.dep_ not in {"ccomp", "advcl"} or not word.lower_.endswith("s"):
        return None
    if any(c.dep_ not in PLURAL_AS_VERB_DEPS for c in word.children):
        return None
    subjects = children(word, "nsubj")
    if len(subjects) != 1 or subjects[0].i != word.i - 1:
        return None
    modifier = subjects[0]
    if modifier.pos_ not in {"NOUN", "ADJ"} or any(
        c.dep_ in ARTICLE_DEPS for c in modifier.children
    ):
        return None
    if not any(c.dep_ in {"amod", "compound"} for c in modifier.children):
        return None
    if word.dep_ == "ccomp" and children(word.head, "dobj"):
        return None
    marks = children(word, "mark")
    if word.dep_ == "advcl" and not (marks and marks[0].lower_ in CLAUSE_PREPOSITIONS):
        return None
    return modifier


# Weapons whose name is also a verb of the present ("drone strikes" read as DRONE a verb), and
# the attack nouns they are listed before.
WEAPONS_READ_AS_VERBS = frozenset({"drone", "rocket", "shell", "bomb"})
LISTED_ATTACK_NOUNS = frozenset({"strike", "attack", "raid", "assault"})


def _weapon_read_as_a_verb(word: Token) -> Token | None:
    """The object of the verb a weapon is listed after, where the parser read the weapon as a
    verb coordinated with that verb and the attack noun after it as the weapon's object:
    "launched missile and drone strikes on ...", "carried out air and drone strikes on ..."
    (MISSILE, AIR the verb's object, DRONE a verb, STRIKES its object). The listed weapons
    and the attack noun are one object: the weapons' strikes. None for any other word."""
    if word.lower_ not in WEAPONS_READ_AS_VERBS or word.dep_ != "conj" or word.i < 2:
        return None
    doc = word.doc
    first, joining = doc[word.i - 2], doc[word.i - 1]
    if joining.lower_ not in {"and", "or"} or first.dep_ != "dobj" or first.head != word.head:
        return None
    attacks = children(word, "dobj")
    if children(word, "nsubj") or len(attacks) != 1 or attacks[0].i != word.i + 1:
        return None
    return first if attacks[0].lemma_.lower() in LISTED_ATTACK_NOUNS else None


def _make_listed_weapons(word: Token, first: Token) -> None:
    """The attack noun after a weapon read as a verb (`_weapon_read_as_a_verb`) becomes the
    object of the verb, the first weapon its modifier and the second listed with the first;
    the weapon's phrases are the attack's, its adverbs the verb's."""
    verb, attack = word.head, children(word, "dobj")[0]
    joining = word.doc[word.i - 1]
    attack.head, attack.dep_ = verb, "dobj"
    for child in list(word.children):
        if child.i != attack.i:
            child.head = attack if child.dep_ == "prep" else verb
    first.head, first.dep_ = attack, "compound"
    joining.head, joining.dep_ = first, "cc"
    word.head, word.dep_, word.pos_, word.tag_ = first, "conj", "NOUN", "NN"


def _make_plural_noun(word: Token, modifier: Token) -> None:
    """Make a plural noun read as a verb (`_plural_read_as_a_verb`) the object of the verb it
    hangs on, or of the preposition read as its mark, with its modifier before it."""
    marks = children(word, "mark")
    if marks:
        mark = marks[0]
        mark.head, mark.dep_ = word.head, "prep"
        word.head, word.dep_ = mark, "pobj"
    else:
        word.dep_ = "dobj"
    word.pos_, word.tag_ = "NOUN", "NNS"
    modifier.head, modifier.dep_ = word, "compound"


def _describe_guest(visiting: Token, guest: Token) -> None:
    """Make `guest` the object of the word "visiting" hangs on, and "visiting" its modifier;
    the rest of what hung on "visiting" (its times, places and reported clause) hangs on the
    clause's verb."""
    head = visiting.head
    verb = head.head if head.pos_ == "ADP" else head
    rest = [c for c in visiting.children if c != guest]
    guest.head, guest.dep_ = head, "pobj" if head.pos_ == "ADP" else "dobj"
    visiting.head, visiting.dep_ = guest, "amod"
    for child in rest:
        child.head = verb


def _ends_before(phrase: Token, word: Token) -> bool:
    """Whether a phrase runs up to the word before `word` (which it may hold itself)."""
    inside = {t.i for t in phrase.subtree}
    return phrase.i < word.i and all(i in inside for i in range(phrase.i, word.i))


def _mend_subject(token: Token) -> bool:
    """Give a clause back the subject the parser took from it (`_subject_taken_by_a_list`,
    `_subject_on_the_mark`, `_speaker_listed_before`, `_subject_listed_in_an_opening`,
    `_verb_read_as_a_second_participle`, `_attack_noun_read_as_a_clausal_subject`); whether
    it did."""
    if (report := _verb_read_as_a_second_participle(token)) is not None:
        _make_reported_clause(token, report)
        return True
    if (subject := _subject_taken_by_a_list(token)) is not None:
        for word in children(subject.head, "cc"):
            if subject.head.i < word.i < subject.i:
                word.head = token
        subject.head, subject.dep_ = token, "nsubj"
        return True
    if (found := _subject_on_the_mark(token)) is not None:
        subject, verb = found
        subject.head, subject.dep_ = verb, "nsubj"
        token.head, token.dep_ = verb, "mark"
        return True
    if (speaker := _speaker_listed_before(token)) is not None:
        speaker.head, speaker.dep_ = token, "nsubj"
        return True
    if (doer := _subject_listed_in_an_opening(token)) is not None:
        doer.head, doer.dep_ = token, "nsubj"
        return True
    if _attack_noun_read_as_a_clausal_subject(token):
        _make_attack_subject(token)
        return True
    return False


# Tags of a nationality word before a noun ("Indian", "Russian"): an adjective or a name.
NATIONALITY_TAGS = frozenset({"JJ", "NNP", "NNPS"})


def _attack_noun_read_as_a_clausal_subject(token: Token) -> bool:
    """ "that Indian shelling had killed civilians": an attack noun in -ING the parser made a
    clause, with its nationality as that clause's subject, where it is the verb's subject."""
    if token.lower_ not in ATTACK_GERUNDS or token.dep_ != "csubj":
        return False
    return any(
        c.tag_ in NATIONALITY_TAGS and not list(c.children) for c in children(token, "nsubj")
    )


def _make_attack_subject(noun: Token) -> None:
    """The attack noun becomes the verb's subject, its nationality the noun's modifier
    (`_attack_noun_read_as_a_clausal_subject`)."""
    noun.dep_, noun.tag_, noun.pos_ = "nsubj", "NN", "NOUN"
    for word in children(noun, "nsubj"):
        word.dep_ = "amod"


def _make_reported_clause(verb: Token, report: Token) -> None:
    """The participle becomes the clause `report` tells, with the noun it described as its
    subject (`_verb_read_as_a_second_participle`)."""
    noun = verb.head
    verb.head, verb.dep_, verb.tag_ = report, "ccomp", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


def _verb_read_as_a_second_participle(verb: Token) -> Token | None:
    """The verb of report the parser gave a subject whose own verb it read as a participle
    after one set off by commas: in "Chilean troops, backed by helicopters, clashed with
    rebels, the army said" CLASHED describes TROOPS, and TROOPS is a second subject of SAID.
    That report (the verb is TROOPS' and the report's clause); None elsewhere."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in PAST_TAGS or has_subject(verb):
        return None
    if subject.dep_ != "nsubj" or verb.i == 0 or verb.nbor(-1).text != ",":
        return None
    before = [c for c in subject.children if c.dep_ in {"acl", "appos"} and c.i < verb.i]
    report = subject.head
    others = [c for c in children(report, "nsubj") if c.i > verb.i]
    if not before or not others or report.lemma_.lower() not in SAYING_VERBS:
        return None
    return report


def _subject_listed_in_an_opening(verb: Token) -> Token | None:
    """The subject of a verb that the parser listed with the last noun of an opening phrase:
    in "Following talks in Lima, Peru and Chile signed a trade deal" PERU is read as one more
    place after LIMA, and SIGNED is left with no subject. The noun right after the phrase's
    comma, where it and its list run up to the verb; None elsewhere."""
    if verb.tag_ not in FINITE_TAGS or has_subject(verb) or verb.i < 2:
        return None
    start = verb.left_edge.i
    commas = [t for t in verb.doc[start : verb.i] if t.text == ","]
    if not commas:
        return None
    noun = commas[-1].nbor(1)
    listed = noun.dep_ == "conj" and noun.head.i < commas[-1].i and noun.pos_ in {"PROPN", "NOUN"}
    if not listed or noun.right_edge.i != verb.i - 1:
        return None
    return noun


def _speaker_listed_before(verb: Token) -> Token | None:
    """The subject of a closing report that the parser listed with the object before it: in
    "... killing two people, witnesses and journalists said" WITNESSES is read as one more of
    the people killed, and SAID is left with no subject. The first noun of that list after a
    comma, where the report ends the sentence with no subject of its own; None elsewhere."""
    if verb.lemma_.lower() not in SAYING_VERBS or has_subject(verb) or verb.i == 0:
        return None
    if verb.i + 1 < len(verb.doc) and not verb.nbor().is_punct:
        return None
    listed = verb.nbor(-1)
    if listed.dep_ != "conj" or listed.pos_ not in {"NOUN", "PROPN"}:
        return None
    while listed.dep_ == "conj":
        opening = listed.left_edge
        if opening.i > 0 and opening.nbor(-1).lower_ == ",":
            return listed
        listed = listed.head
    return None


def _subject_taken_by_a_list(verb: Token) -> Token | None:
    """The subject of a coordinated verb that the parser listed with the date or the object
    before it: in "Hamas freed 24 hostages on Friday and Israel released 39 prisoners" ISRAEL
    is read as a second date, and in "protesters attacked a supermarket and police fired tear
    gas" POLICE as a second thing attacked, and the verb is left with the first verb's subject.
    None elsewhere."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or has_subject(verb) or verb.i == 0:
        return None
    noun = verb.nbor(-1)
    if noun.dep_ != "conj" or noun.pos_ not in {"PROPN", "NOUN"}:
        return None
    first = first_of_coordination(noun)
    dated = is_date(first) and not is_date(noun)
    objects = first.dep_ in {"dobj", "pobj"} and verb.head in first.ancestors
    return noun if dated or objects else None


def _subject_on_the_mark(mark: Token) -> tuple[Token, Token] | None:
    """The noun the parser made the object of a conjunction of time or cause, with the verb
    of the clause it is the subject of: the conjunction's own verb ("after" as its mark), or a
    clause right after the noun's phrase ("after" as a preposition of the verb above), where
    that verb has no subject of its own."""
    if mark.dep_ not in {"mark", "prep"} or mark.lower_ not in ADVERBIAL_MARKS:
        return None
    noun = next((c for c in mark.children if c.dep_ == "pobj"), None)
    if noun is None:
        return None
    verb = mark.head if mark.dep_ == "mark" else _clause_after(noun, mark.head)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or has_subject(verb) or verb.i < noun.i:
        return None
    return noun, verb


def _clause_after(noun: Token, above: Token) -> Token | None:
    """A clause of `above` that starts right after the noun's phrase, its auxiliaries and
    adverbs aside: "quit after [the head of the army] criticised him"."""
    start = noun.right_edge.i + 1
    for clause in children(above, "advcl"):
        between = noun.doc[start : clause.i]
        if clause.i >= start and all(
            t.head == clause and t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in between
        ):
            return clause
    return None


def _purpose_after_in_question(token: Token) -> Token | None:
    """The verb whose purpose an infinitive is, where the parser hung it on a participle that
    says "in question" after a noun: in "will work with the US and other nations concerned to
    safeguard our citizens", the speaker works to safeguard them, the nations are not
    concerned to; None for other words."""
    participle = token.head
    if token.dep_ != "xcomp" or not is_infinitive(token) or participle.dep_ != "acl":
        return None
    if participle.lemma_.lower() not in IN_QUESTION_PARTICIPLES or participle.i < participle.head.i:
        return None
    if any(c.dep_ in {"dobj", "prep"} for c in participle.children):
        return None  # "the countries involved in the talks": a phrase of its own
    return clause_verb(participle.head)


def _border_phrase_on_the_verb(token: Token) -> Token | None:
    """The border noun right before a WITH phrase the parser hung on the verb: in "soldiers
    camped near the border with China" the phrase says which border, not whom they camped
    with; None for other words."""
    if token.dep_ != "prep" or token.lower_ != "with" or token.i == 0:
        return None
    border = token.doc[token.i - 1]
    if border.lemma_.lower() not in BORDERS or token.head.pos_ not in {"VERB", "AUX"}:
        return None
    return border if token.head in border.ancestors else None


def _partner_on_an_accords_kind(token: Token) -> Token | None:
    """The accord whose kind an OF phrase names, for a WITH or BETWEEN phrase the parser hung
    on that kind: in "signed a memorandum of understanding with Somaliland" and "a treaty of
    friendship between Peru and Chile" the phrase names the accord's other party, not the
    understanding's or the friendship's; None for other words."""
    if token.dep_ != "prep" or token.lower_ not in PLACE_PARTNER_PREPS:
        return None
    kind = token.head
    if kind.dep_ != "pobj" or kind.head.lower_ != "of":
        return None
    accord = kind.head.head
    return accord if accord.lemma_.lower() in KIND_NAMED_ACCORDS else None


# Accords that an OF phrase may name by their kind ("a memorandum of understanding", "a pact
# of non-aggression", "a treaty of friendship").
KIND_NAMED_ACCORDS = frozenset(
    {"memorandum", "treaty", "pact", "agreement", "accord", "deal", "protocol", "declaration"}
)

# Nouns of a frontier, whose WITH phrase names the country beyond it, and which two countries
# share: "separatists near the Algerian border" are not told to be Algeria's.
BORDERS = frozenset({"border", "frontier", "boundary"})
# Participles that follow a noun to say it is the one in question ("the parties concerned").
IN_QUESTION_PARTICIPLES = frozenset({"concern", "involve"})


def _finite_after_a_report(token: Token) -> bool:
    """A past tense with no subject of its own coordinated with the verb of a reported clause
    of another tense: in "the EU said the law would harm Georgia and urged Tbilisi to withdraw
    it" and "Russia said the attack was a provocation and summoned the ambassador", the
    speaker urged and summoned (`settle_clauses`). A speaker's act the tagger took for a
    participle sharing a passive report's auxiliaries ("said a government would be formed and
    appealed for calm") is the speaker's too."""
    clause = token.head
    speakers_act = token.lemma_.lower() in SPEAKERS_ACTS
    shared_passive = token.tag_ == "VBN" and speakers_act and is_passive(clause)
    if token.dep_ != "conj" or not (token.tag_ == "VBD" or shared_passive) or has_subject(token):
        return False
    speaker = clause.head
    if (
        clause.dep_ != "ccomp"
        or speaker.lemma_.lower() not in ASSERTING_VERBS
        or speaker.tag_ != "VBD"
    ):
        return False
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    # A passive report ("said no Americans were harmed and announced sanctions") is of
    # another voice: its subject suffered the act and did not go on to the next.
    # So is a clause of how things are or seem ("said Iran appeared to be standing down and
    # announced new sanctions on Tehran"): a description, which goes on to no act.
    # So is a present tense ("repeated that the islands belong to it and called on Britain").
    other_tense = (
        bool(auxiliaries & MODAL_AUXILIARIES)
        or clause.lemma_ in DESCRIBING_VERBS
        or is_passive(clause)
        or (clause.tag_ in PRESENT_TAGS and not auxiliaries)
    )
    return (other_tense or speakers_act) and has_subject(clause)


# Verbs that report what their subject said, and auxiliaries of a reported clause's tense that
# a plain past tense does not share ("had attacked Iraq and taken Mosul" shares HAD).
SAYING_VERBS = frozenset({"say", "tell", "add", "state", "announce", "declare", "insist"})
MODAL_AUXILIARIES = frozenset({"would", "could", "will", "can", "might", "may", "must", "should"})
# Verbs that report what their subject holds to be so, whose next past tense is the speaker's.
ASSERTING_VERBS = SAYING_VERBS | {"repeat", "reiterate", "stress", "maintain", "assert", "affirm"}
# Verbs of a clause that describes how things are or seem.
DESCRIBING_VERBS = frozenset({"be", "appear", "seem"})
# Acts of a speaker that a reported clause's subject is rarely said to do in the same breath:
# "said the talks had failed and urged Japan to return" is the speaker's appeal, whatever the
# tense of the report ("had attacked the town and killed" keeps its subject).
SPEAKERS_ACTS = frozenset(
    {"urge", "call", "appeal", "demand", "ask", "warn", "vow", "pledge", "insist", "reiterate"}
    # "said the missiles had landed in its waters and lodged a protest with Beijing"
    | {"lodge", "summon", "condemn", "protest"}
    # "said France had taken the decision lightly and accused Paris of backing ..."
    | {"accuse", "blame", "denounce", "criticise", "criticize"}
)


def _finite_after_a_gerund(token: Token) -> bool:
    """A finite verb conjoined to a gerund that is the object of a preposition of a finite
    verb: "accused Rwanda [of violating ...] and broke off ..." (`settle_clauses`)."""
    gerund = token.head
    if token.dep_ != "conj" or token.tag_ not in FINITE_TAGS or gerund.tag_ != "VBG":
        return False
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep":
        return False
    return prep.head.tag_ in FINITE_TAGS


def _hang_above_the_infinitive(token: Token, above: Token) -> None:
    """Hang the verb on the finite verb above its infinitive, or on the speaker of that verb's
    report where the verb is the speaker's (`_finite_after_a_report`)."""
    token.head = above
    if _finite_after_a_report(token):
        token.head = above.head


def _verb_above_an_infinitive(token: Token) -> Token | None:
    """The finite verb above the infinitive a past or third-person verb is conjoined to, which
    that verb belongs to: "called on both sides to show restraint and offered to mediate"
    (OFFERED is Russia's, as CALLED is, and asked of no one); "said it had the right to use
    the water and called for dialogue" (an infinitive describing the object of HAD, whose
    report then gives CALLED to the speaker). So does a participle set off by a comma after
    an infinitive whose subject is the object of the verb above ("told Russia's ambassador
    to leave within four weeks, downgrading ties": Latvia downgrades them, not the
    ambassador). None elsewhere."""
    infinitive = token.head
    if _participle_after_an_objects_infinitive(token):
        return infinitive.head
    if token.dep_ != "conj" or token.tag_ not in {"VBD", "VBZ"} or has_subject(token):
        return None
    if not is_infinitive(infinitive) or infinitive.tag_ != "VB":
        return None
    if infinitive.dep_ in {"xcomp", "ccomp"}:
        above = infinitive.head
    elif infinitive.dep_ == "acl" and infinitive.head.dep_ == "dobj":
        above = infinitive.head.head
    else:
        return None
    return above if above.tag_ in FINITE_TAGS else None


def _participle_after_an_objects_infinitive(token: Token) -> bool:
    """ "told the ambassador to leave the country, downgrading ties": a participle after a
    comma, hung on an infinitive that the object of a finite verb is the subject of."""
    infinitive = token.head
    if token.dep_ != "advcl" or token.tag_ != "VBG" or has_subject(token):
        return False
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    if infinitive.dep_ != "xcomp" or not is_infinitive(infinitive):
        return False
    above = infinitive.head
    controlled = above.lemma_.lower() in OBJECT_CONTROL_VERBS and bool(children(above, "dobj"))
    return above.tag_ in FINITE_TAGS and controlled


# Nouns of an attack in -ING that the parser may read as gerunds: "killed in Israeli shelling".
ATTACK_GERUNDS = frozenset({"shelling", "bombing", "shooting", "fighting"})


def _attack_noun_read_as_a_gerund(token: Token) -> Token | None:
    """The word before an attack noun in -ING ("killed in Israeli shelling", "in Israeli tank
    shelling") that the parser made the object of the preposition, hanging the noun on the
    verb as a clause of its own; else None."""
    if token.lower_ not in ATTACK_GERUNDS or token.dep_ not in {"advcl", "acl"}:
        return None
    if children(token, "dobj") or children(token, "nsubj"):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.tag_ not in {"JJ", "NN", "NNS", "NNP"}:
        return None
    pobj = before if before.dep_ == "pobj" else before.head
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.head.i != token.head.i or pobj.i > token.i:
        return None
    return pobj


def _make_prepositional_object(noun: Token, modifier: Token) -> None:
    """The attack noun becomes its preposition's object, and the word the parser put there
    its modifier (`_attack_noun_read_as_a_gerund`)."""
    prep = modifier.head
    noun.head, noun.dep_, noun.pos_, noun.tag_ = prep, "pobj", "NOUN", "NN"
    noun.lemma_ = noun.lower_
    modifier.head, modifier.dep_ = noun, "amod" if modifier.tag_ == "JJ" else "compound"


# Verbs whose object does the bare infinitive after it: "helping militants join a group".
CAUSING_VERBS = frozenset({"help", "let", "make", "have", "see", "watch", "hear"})


def _bare_infinitive_read_as_a_conjunct(token: Token) -> Token | None:
    """The verb that causes or lets its object do a bare infinitive ("jailed a student for
    helping militants join a group") where the parser coordinated the infinitive with a verb
    before it though no conjunction joins them; else None. What the object was helped or made
    to do is that verb's complement (`settle_clauses`)."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ != "VB" or head.tag_ == "VB":
        return None
    if any(c.dep_ in {"cc", "punct"} and head.i < c.i < token.i for c in head.children):
        return None
    between = token.doc[head.i + 1 : token.i]
    causers = [t for t in between if t.pos_ == "VERB" and t.lemma_.lower() in CAUSING_VERBS]
    if not causers:
        return None
    causer = causers[-1]
    objects = children(causer, "dobj")
    return causer if objects and objects[-1].i == token.i - 1 else None


def _object_read_as_a_subject(token: Token) -> Token | None:
    """The verb that causes or lets its object do a bare infinitive ("helped Israel intercept
    the drones") where the parser made the object the subject of a clause; else None. The
    object is that verb's, and what it was helped to do its complement."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.tag_ != "VB":
        return None
    causer = clause.head
    if causer.pos_ != "VERB" or causer.lemma_.lower() not in CAUSING_VERBS:
        return None
    return None if children(causer, "dobj") or token.i > clause.i else causer


def _object_read_as_a_ties_subject(token: Token) -> Token | None:
    """The verb whose object the parser made the subject of a participle of a tie after it
    ("struck rebel camps in Bolivia linked to the cartels": CAMPS the subject of LINKED), or
    of a bare gerund after a verb of force or custody ("struck militants hiding in tunnels",
    "arrested protesters blocking a road"), where the verb has no object of its own; else
    None. The object is the verb's again, and the participle describes it."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    if clause.lower_ not in TIE_WORDS and not _describes_a_victim(clause):
        return None
    verb = clause.head
    if verb.pos_ != "VERB" or children(verb, "dobj") or not verb.i < token.i < clause.i:
        return None
    return verb


def _describes_a_victim(clause: Token) -> bool:
    """A gerund with no auxiliary or mark of its own under a verb of force or custody: what
    the verb's object was doing ("militants hiding in tunnels")."""
    bare = not any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)
    return clause.tag_ == "VBG" and bare and clause.head.lemma_.lower() in FORCE_ON_OBJECT_VERBS


# Verbs whose object is a place attacked, so its people are the victims ("shelled Kharkiv";
# `actors`).
STRIKING_VERBS = frozenset(
    {"attack", "bomb", "bombard", "hit", "pound", "raid", "shell", "strike", "target"}
)
# Verbs of force and custody, whose object a gerund after it may describe.
FORCE_ON_OBJECT_VERBS = STRIKING_VERBS | {
    "kill", "wound", "shoot", "ambush", "arrest", "detain", "capture", "seize", "abduct", "kidnap",
}  # fmt: skip


def for_clause(verb: Token) -> Token | None:
    """The verb of a FOR phrase that is a clause with its own subject, as `settle_clauses`
    leaves "called for Iran to release the activists": "release"."""
    for prep, obj in prepositions(verb):
        if prep == "for" and obj.pos_ in {"VERB", "AUX"} and children(obj, "nsubj"):
            return obj
    return None


def _for_clause_mark(clause: Token) -> Token | None:
    """The FOR of "for Iran to release": a clause with its subject, TO and FOR before both."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"]
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if clause.head.pos_ != "VERB" or not (marks and subjects and infinitive):
        return None
    return marks[0] if marks[0].i < subjects[0].i else None


def _infinitive_after_a_time(clause: Token) -> bool:
    verb = clause.head
    marks = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"]
    if verb.pos_ != "VERB" or not marks or marks[0].i < verb.i:
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    between = [c for c in verb.children if verb.i < c.i < marks[0].i]
    return bool(between) and all(_tells_when_or_how(c) for c in between)


def _object_before_a_time(prep: Token) -> Token | None:
    """The verb's object noun a FOR phrase belongs to, where only times stand between them
    (`settle_clauses`)."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < prep.i]
    if not objects:
        return None
    noun = objects[-1]
    between = [c for c in verb.children if noun.i < c.i < prep.i]
    return noun if between and all(_tells_when_or_how(c) for c in between) else None


def _tells_when_or_how(phrase: Token) -> bool:
    """ "on Tuesday", "last week", "yesterday", "in a statement"."""
    words = [t for t in phrase.subtree if t.pos_ in {"NOUN", "PROPN", "ADV"}]
    return bool(words) and any(
        is_date(t) or t.lower_ in TIME_ADVERBS or t.lemma_.lower() in CHANNEL_WORDS for t in words
    )


# Determiners of a noun that refers to something known ("the launch", "these allegations").
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# Words by which a definite noun names another of its kind, not one told before: "the first
# such attack", "the second raid" (an ordinal is a number-like adjective).
ANOTHER_WORDS = frozenset({"such"})


def is_definite(noun: Token) -> bool:
    """THE, THIS, THAT, THESE or THOSE before the noun."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in noun.children)


def names_one_told(noun: Token) -> bool:
    """A definite noun that is not marked as another of its kind: "in the strikes", not "in
    the first such attack since the war"."""
    marked = any(c.lower_ in ANOTHER_WORDS or _is_ordinal(c) for c in noun.children)
    return is_definite(noun) and not marked


def _is_ordinal(word: Token) -> bool:
    """ "first", "second", "3rd": a number-like adjective (a cardinal is tagged CD)."""
    return word.like_num and word.tag_ == "JJ"


def is_denied_by_no(noun: Token) -> bool:
    """Whether NO stands before the noun ("no evidence", "sent no troops")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)

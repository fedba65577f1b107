"""What did not happen: negated, refused, conditional, only intended, or asked for.

Every rule by which the coder decides that a verb reports no event of its own, or an event of
another kind, lives here: negation ("did not attack"), refusal ("refused to provide aid": a
REJECT code), conditions and times still to come ("if Russia attacks"), intents ("offered to
mediate": an EXPRESS INTENT code), and clauses under a governor that asks, demands or threatens
("urged Russia to withdraw", "warned that it would strike Iran").
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from spacy.tokens import Token

from coders.aid import KIND_WORDS
from coders.codebook import (
    AID_ROOT,
    CONSIDER_CODE,
    DEMANDING_ROOTS,
    FORCE_ROOTS,
    INTENT_ROOT,
    THREAT_ROOT,
    UNREALISED_ROOTS,
    root_of,
)
from coders.dictionaries import NULL_CODE, VerbPattern
from coders.grammar import (
    ALLEGATION_NOUNS,
    ASPECT_VERBS,
    NEGATION_WORDS,
    PRESENT_TAGS,
    REQUESTING_VERBS,
    aimed_by,
    children,
    for_clause,
    governor,
    has_subject,
    helped_act,
    is_denied_by_no,
    is_infinitive,
    prepositions,
)

# The verb an infinitive depends on, with that verb's best pattern (see engine's
# `_governing_pattern`); and how a word's best pattern is found (None where it may not code).
Upper = tuple[Token, VerbPattern | None] | None
PatternOf = Callable[[Token], VerbPattern | None]

# "refrained from condemning", "failed to agree", "denied supplying", "must stop interfering":
# the governed verb did not happen, or no longer does.
NEGATING_GOVERNORS = frozenset(
    {"refrain", "avoid", "fail", "abstain", "cease", "stop", "decline", "deny", "refuse"}
)
# Governors that make the verb under them a refusal ("refused to provide aid": a rejection of
# material cooperation).
REFUSING_GOVERNORS = frozenset({"refuse", "decline"})
# Verbs whose THAT clause is what they ask or require.
MANDATING_VERBS = frozenset(
    {"request", "demand", "insist", "urge", "ask", "require", "propose", "recommend"}
)
# Adjectives of need: what "it is vital that ..." says is asked of the clause's subject.
NEED_ADJECTIVES = frozenset(
    {"vital", "essential", "important", "necessary", "crucial", "imperative", "urgent"}
)
# Subjects whose present tense is the base form ("they withdraw"): no sign of a subjunctive.
NON_THIRD_PERSONS = frozenset({"i", "you", "we", "they"})
# "warned X against helping Russia", "left without signing": the verb did not happen.
UNREALISED_PREPS = frozenset({"against", "without", "instead"})
# "if Russia attacks", "unless Iran halts enrichment": a condition, not an event.
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Modals of what only may happen: "might intervene", "may attack".
POSSIBILITY_MODALS = frozenset({"might", "may"})
# "a day before Sarkozy heads to Beijing", "until Ukraine withdraws": in the present tense,
# a time still to come.
FUTURE_TIME_MARKS = frozenset({"before", "until", "till", "once"})
# Words whose head's condition carries down to them: a clause a conditional verb reports
# ("unless they show that ..."), and an adjective's clause ("they are prepared to ...").
CARRIED_DEPS = frozenset({"ccomp", "acomp"})
# "she hoped the officials would be indicted", "expects talks will resume": what a speaker
# hopes or expects will happen has not happened.
# The tagger's lemma of "hoped" is "hop", so the written forms are listed too.
WISHING_VERBS = frozenset(
    {"hope", "hoped", "hopes", "wish", "expect", "want", "anticipate", "predict"}
)
FUTURE_MODALS = frozenset({"would", "will", "'ll", "wo"})
# A clause that describes a noun by what it could or will do ("a body through which the
# leaders could consult", "a force that will monitor the truce") tells a purpose, not an event.
DESCRIBING_MODALS = FUTURE_MODALS | POSSIBILITY_MODALS | {"could", "can"}
# Verbs of permitting: what a permission lets someone do has not happened, whether the
# permission is still to come ("the deal will let troops from both countries train") or given
# ("allowed Ukraine to use the missiles to strike inside Russia" is no strike).
PERMITTING_VERBS = frozenset({"allow", "let", "permit", "authorize", "authorise"})
# Plots and plans that verbs of stopping or uncovering say were not carried out ("foiled a plot
# to kidnap a dissident"), and those verbs.
PLOT_NOUNS = frozenset({"plot", "plan", "scheme", "conspiracy", "attempt", "bid"})
FOILING_VERBS = frozenset(
    {"foil", "thwart", "uncover", "disrupt", "prevent", "expose", "dismantle", "avert", "bust"}
    | {"frustrate", "detect", "discover", "stop"}
)
# Adjectives of what someone expects, hopes or fears will happen.
EXPECTING_ADJECTIVES = frozenset(
    {"optimistic", "hopeful", "confident", "sure", "certain", "convinced", "pessimistic"}
    | {"doubtful", "afraid", "worried", "fearful", "concerned"}
)


# Auxiliaries of a time still to come.
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll"})
# Adjectives of readiness: what an actor is willing or ready to do is an intent (03x), or a
# threat (13x) where the act is hostile.
WILLING_ADJECTIVES = frozenset({"willing", "ready", "prepared", "eager"})
# Adjectives that say an actor shies from or cannot do what their infinitive names: "was
# afraid to come to Istanbul", "unwilling to meet", "unable to reach the city" tell no act.
UNWILLING_ADJECTIVES = frozenset(
    {"unwilling", "reluctant", "afraid", "hesitant", "loath", "loth", "unable", "unprepared"}
)
# Nouns of intent whose infinitive a speaker states as its own aim: "expressed its willingness
# to cooperate", "announced its intention to send aid", "reaffirmed its commitment to support".
INTENT_NOUNS = frozenset(
    {
        "intention",
        "willingness",
        "readiness",
        "commitment",
        "determination",
        "resolve",
        "desire",
        "plan",
        "pledge",
        "promise",
        "offer",
    }
)


def stated_intent(verb: Token) -> Token | None:
    """The verb that states an intent noun whose infinitive or TO phrase `verb` is
    ("expressed" for "to cooperate" in "expressed its willingness to cooperate", "restated"
    for "delivering" in "restated its commitment to delivering aid"), or None."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "to":
        noun = noun.head
    elif verb.dep_ != "acl":
        return None
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    if any(c.lower_ in NEGATION_WORDS for c in children(noun, "det", "neg")):
        return None  # "has no plans to invade Taiwan": an intent denied, no act aimed at
    if any(owner.pos_ != "PRON" for owner in children(noun, "poss")):
        return None  # "opposed the EU's plan to send weapons": the EU's intent, not the speaker's
    named = any(_names_an_owner(word) for word in children(noun, "compound", "amod"))
    if named and is_infinitive(verb):
        # "rejected a US offer to buy Greenland", "a Bolivian offer to buy its port": so is a
        # name's aim (a participle, "a Saudi plan offering Israel ties", still tells it).
        return None
    if noun.dep_ not in {"dobj", "attr"} or noun.head.pos_ != "VERB":
        return None
    if is_negated(noun.head):
        return None  # "denied that it had any plans to invade": an intent denied
    return noun.head


def _names_an_owner(word: Token) -> bool:
    """A name or a proper adjective before a noun, which says whose it is: "a US offer", "a
    Bolivian plan" (not "a new offer")."""
    return word.pos_ == "PROPN" or (word.is_title and not word.is_sent_start)


# Verbs of agreeing: "agreed to reopen embassies" is an intent (03x), not yet the act.
AGREEING_VERBS = frozenset({"agree", "consent"})
AGREE_ROOT = "05"
YIELD_ROOT = "08"


# CAMEO's REDUCE codes for aid and talks stopped: "stopped supplying weapons to Ukraine" is a
# cut in military aid (1622), "stopped negotiating" a halt to negotiations (164). Longest
# prefix wins.
STOPPINGS = MappingProxyType(
    {"046": "164", "07": "162", "071": "1621", "072": "1622", "073": "1623"}
)

# CAMEO's REJECT codes mirror its cooperative roots: what a negated cooperative event codes as
# ("did not provide support" is a refusal of material cooperation), and a statement negated is
# a comment declined. Longest prefix wins.
NEGATIONS = MappingProxyType(
    {
        # "would not comment on the report", "refused to say": a comment declined (011).
        "010": "011",
        "03": "120",
        "04": "125",
        "045": "126",
        "05": "120",
        "057": "127",
        "06": "121",
        "061": "1211",
        "062": "1212",
        "07": "122",
        "071": "1221",
        "072": "1222",
        "073": "1223",
        "074": "1224",
        "08": "124",
        "081": "1241",
        "082": "1242",
        "083": "123",
        "084": "1243",
        "085": "1244",
        "086": "1245",
        "087": "1246",
    }
)


# CAMEO's EXPRESS INTENT codes mirror its cooperative roots too: what a cooperative event that
# is only promised, offered or planned codes as ("offered to mediate": 039). Longest prefix wins.
INTENTS = MappingProxyType(
    {
        "04": "036",
        "045": "039",
        "05": "032",
        "06": "031",
        "061": "0311",
        "062": "0312",
        "063": "0313",
        "064": "0314",
        "07": "033",
        "071": "0331",
        "072": "0332",
        "073": "0333",
        "074": "0334",
        "08": "035",
        "081": "0351",
        "082": "0352",
        "083": "034",
        "084": "0353",
        "085": "0354",
        "086": "0355",
        "087": "0356",
    }
)


# CAMEO's THREATEN codes mirror its hostile roots: what a hostile act announced for later codes
# as ("said it will strike the rebels": 138). Longest prefix wins.
THREATS = MappingProxyType(
    {
        "14": "133",
        "16": "130",
        "161": "1313",
        "162": "1311",
        "163": "1312",
        "164": "134",
        "165": "135",
        "166": "136",
        "17": "137",
        "172": "132",
        "1721": "1321",
        "1722": "1322",
        "1723": "1323",
        "1724": "1324",
        "18": "1383",
        "19": "138",
        "191": "1381",
        "192": "1382",
        "20": "1385",
    }
)

# A dispute settled, what an appeal to settle it asks (027, `_settles_a_dispute`).
DISPUTE_SETTLEMENT_APPEAL = "027"
SETTLING_VERBS = frozenset({"settle", "resolve"})
DISPUTES = "&dispute"
# De-escalation of military engagement, what force asked not to be used asks for.
DE_ESCALATION = "087"
# Force kept open: "did not rule out military action" (`force_not_ruled_out`).
RULE = "rule"
OUT = "out"
FORCE = "force"
MILITARY_WORDS = frozenset({"military", "armed"})
KEPT_OPEN_NOUNS = frozenset({"action", "option", "intervention", "operation", "response"})
# Verbs of answering force with force: asked not to, a side is asked to de-escalate.
RETALIATING_VERBS = frozenset({"respond", "retaliate", "escalate"})
# Verbs of stopping: asked to stop force, a side is asked to de-escalate.
ENDING_VERBS = frozenset({"stop", "end", "cease", "halt"})
# Nouns of an act ended, whose TO phrase names what ends ("an end to restrictions"); the end
# of force is de-escalation ("a halt to the strikes").
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation"})
FORCE_ACT_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "raid", "bombing", "bombardment", "shelling", "assault"}
    | {"offensive", "operation", "incursion", "invasion", "fighting", "fight", "clash"}
    # not violence or killings, which a crowd demands an end to from its police
    | {"hostility", "hostilities", "war"}
)
# CAMEO's APPEAL codes mirror its cooperative roots: what an actor is urged, asked or called
# on to do gives the appeal its sub-code ("called on Russia to release the sailors": 0253).
# Longest prefix wins.
APPEALS = MappingProxyType(
    {
        "04": "026",
        "045": "028",
        "05": "022",
        "06": "021",
        "061": "0211",
        "062": "0212",
        "063": "0213",
        "064": "0214",
        "07": "023",
        "071": "0231",
        "072": "0232",
        "073": "0233",
        "074": "0234",
        "08": "025",
        "081": "0251",
        "082": "0252",
        "083": "024",
        "0831": "0241",
        "0832": "0242",
        "0833": "0243",
        "0834": "0244",
        "084": "0253",
        "085": "0254",
        "086": "0255",
        "087": "0256",
    }
)

# CAMEO's DEMAND codes mirror the same roots ("demanded that Israel free the prisoners":
# 1053). The codebook files the demands to yield under 105 and gives the withdrawal and the
# ceasefire codes of their own (106, 107). Longest prefix wins.
DEMANDS = MappingProxyType(
    {
        "04": "108",
        "045": "105",
        "05": "102",
        "061": "1011",
        "062": "1012",
        "063": "1013",
        "064": "1014",
        "07": "103",
        "071": "1031",
        "072": "1032",
        "073": "1033",
        "074": "1034",
        "081": "1051",
        "082": "1052",
        "083": "104",
        "0831": "1041",
        "0832": "1042",
        "0833": "1043",
        "0834": "1044",
        "084": "1053",
        "085": "1054",
        "086": "1055",
        "087": "1056",
        "0871": "107",
        "0874": "106",
        "09": "101",
    }
)

# Verbs of leaving, which the CAMEO verb file codes as consultations (LEAVE [040]: "left for
# talks"): asked for, they are a withdrawal, which no mirror names.
DEPARTING_VERBS = frozenset({"leave", "quit", "depart", "exit"})
# A crowd asked to go home or disperse is asked to ease its dissent (CAMEO 082).
DISSENT_EASED = "082"
GO = "go"
HOME = "home"
DISPERSING_VERBS = frozenset({"disperse"})
# Military protection (074) and the appeal for it (0234), and the people and places a state
# is asked to protect at home, which asks for no protection force ("called on Ethiopia to
# protect civilians in Tigray", "called on Nigeria's authorities to protect schools": 020).
PROTECTION = "074"
PROTECTED_AT_HOME = frozenset(
    {"civilian", "citizen", "people", "population", "resident", "school", "hospital"}
    | {"child", "woman", "journalist", "minority", "life", "right", "worker", "student"}
)
# The family whose unspecified code an asked-for act makes precise, with its mirror. A
# promise (030) and a rejection (120) are made precise only by an act named as a noun: an
# infinitive under a promise codes the intent itself, and a bare REJECT has none.
ASKING_FAMILIES = MappingProxyType({"02": APPEALS, "10": DEMANDS, "13": THREATS})
NOUN_FAMILIES = MappingProxyType({**ASKING_FAMILIES, "03": INTENTS, "12": NEGATIONS})

# Nouns that name an act asked for, promised or refused without a verb of their own
# ("demanded political reforms", "appealed for mediation", "rejected calls for reform"), with
# the act's code, which the family's mirror turns into the appeal, demand, intent or refusal
# (083 → 024, 104, 034, 123). The kind of aid is read by `coders/aid.py`.
NAMED_ACTS = MappingProxyType(
    {
        "aid": "07",
        "assistance": "07",
        "reform": "083",
        "right": "0833",
        "freedom": "0833",
        "mediation": "045",
        "talk": "04",
        "negotiation": "04",
        "dialogue": "04",
        "ceasefire": "0871",
        "truce": "0871",
        "restraint": "087",
        "calm": "087",
        "de-escalation": "087",
        "support": "05",
        "inspector": "0862",
        "inspection": "0862",
    }
)
# Modifiers that make a named act no political one: "economic reforms" are no political
# reform (024, 104).
NON_POLITICAL_MODIFIERS = frozenset(
    {"economic", "fiscal", "financial", "market", "tax", "pension", "energy", "subsidy"}
)
# Nouns of asking: what a rejected call, request or demand asks for is what is rejected.
REQUEST_NOUNS = frozenset({"call", "request", "demand", "appeal", "plea"})
UNSPECIFIED_DEMAND = "100"
# The appeal or intent that asks for an act, against the demand that asks for the same act
# (0253 and 0353 against 1053): a demand that a pattern codes as an appeal or an intent.
DEMANDED = MappingProxyType(
    {mirror[act]: DEMANDS[act] for mirror in (APPEALS, INTENTS) for act in mirror if act in DEMANDS}
)


def is_directly_negated(verb: Token) -> bool:
    """ "did not attack", "never met", "would no longer cooperate": a negation on the verb
    itself."""
    return any(
        c.dep_ == "neg" or (c.lower_ in NEGATION_WORDS and c.dep_ == "advmod") or _no_longer(c)
        for c in verb.children
    )


def _no_longer(word: Token) -> bool:
    return word.lower_ == "longer" and any(c.lower_ == "no" for c in word.children)


def is_refused(verb: Token) -> bool:
    """ "refused to provide aid", "declined to join": the governor says no to the verb."""
    above = governor(verb)
    return (
        verb.dep_ == "xcomp"
        and above is not None
        and above.lemma_.lower() in REFUSING_GOVERNORS
        and not is_directly_negated(above)
    )


def told_before_a_charge(clause: Token) -> bool:
    """Whether a complement clause stands before the verb of denial it hangs on, whose object
    is a charge: "Lima accused Chile of spying, a charge Santiago denied", which the parser
    may read as Santiago denying the charge with the accusation its complement. The
    accusation is told, and the charge is what is denied."""
    denial = clause.head
    # The parser may take the charge for a second subject.
    charges = children(denial, "dobj", "nsubj")
    charged = any(o.lemma_.lower() in ALLEGATION_NOUNS for o in charges)
    return clause.dep_ == "ccomp" and clause.i < denial.i and charged


def is_negated(verb: Token) -> bool:
    """Negated directly ("did not attack"), through its object ("received no support",
    "sent no troops"), or governed by a verb like REFRAIN or FAIL."""
    if is_directly_negated(verb) or _has_no_object(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ in UNREALISED_PREPS:
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in NEGATING_GOVERNORS:
        return not told_before_a_charge(verb)  # "denied that it had attacked"
    if _unshown(verb):
        return True
    permitter = verb.head
    permitted = verb.dep_ in {"ccomp", "xcomp"} and permitter.lemma_.lower() in PERMITTING_VERBS
    if permitted and is_negated(permitter):
        # "pledged not to let al-Qaeda use Afghan soil to threaten others": what is not
        # allowed is not done.
        return True
    above = governor(verb)
    if above is None:
        return False
    if verb.dep_ == "conj":
        # "did not attack or occupy" shares the negation; "did not include a ceasefire, and
        # the military killed 13 guerrillas" is a clause of its own, and so is a verb with an
        # auxiliary of its own ("did not accept the decision and would take measures").
        own_auxiliary = any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        return not has_subject(verb) and not own_auxiliary and is_negated(above)
    if _shied_from(verb, above):
        return True
    return above.lemma_.lower() in NEGATING_GOVERNORS or (
        _is_infinitive_of(verb) and is_negated(above)
    )


def _shied_from(verb: Token, above: Token) -> bool:
    """ "Putin was afraid to come", "is unwilling to meet": the infinitive of an adjective of
    unwillingness, unless that is denied ("not afraid to use force")."""
    return (
        verb.dep_ == "xcomp"
        and above.pos_ == "ADJ"
        and above.lemma_.lower() in UNWILLING_ADJECTIVES
        and not is_directly_negated(above)
    )


# Nouns of what shows a fact: with NO, what they would show is not asserted (`_unshown`).
SHOWING_NOUNS = frozenset(
    {"evidence", "sign", "indication", "proof", "suggestion", "confirmation", "trace", "hint"}
)


def _unshown(verb: Token) -> bool:
    """ "there was no evidence that Russia fired the missile", "saw no sign that troops had
    crossed": a clause told as what no evidence, sign or proof shows is not asserted ("no
    doubt that" still asserts it)."""
    noun = verb.head
    return (
        verb.dep_ in {"acl", "ccomp"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        and noun.lemma_.lower() in SHOWING_NOUNS
        and is_denied_by_no(noun)
    )


def condition_clauses(verb: Token) -> list[Token]:
    """The verb's own IF or UNLESS clauses ("would strike the camps if the hostages are not
    freed"): what another must do to avert the act."""
    return [
        clause
        for clause in children(verb, "advcl")
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
    ]


def is_conditioned(verb: Token) -> bool:
    """Whether the act the verb tells hangs on a condition of its own (`condition_clauses`)."""
    return bool(condition_clauses(verb))


def _has_no_object(verb: Token) -> bool:
    """ "received no support", "sent no troops": the object says none was; "no country sent
    troops": so does the subject. (NEITHER is left to the dictionaries, whose PETRARCH
    patterns read it: "neither ... boycotted" is an eased boycott, 081.)"""
    nouns = children(verb, "dobj", "nsubj", "nsubjpass")
    return any(is_denied_by_no(noun) for noun in nouns)


def is_hypothetical(verb: Token) -> bool:
    """A condition ("if Russia attacks Ukraine"), a possibility ("might attack"), or a time
    still to come ("before Sarkozy heads to Beijing"): the clause's verb, a verb coordinated
    with it or an infinitive under it ("if Russia decides to attack") has not happened."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if marks & CONDITION_MARKS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children):
        return True  # "ECOWAS might carry out an intervention"
    if marks & FUTURE_TIME_MARKS and (verb.tag_ in PRESENT_TAGS or _yet_to_come(verb.head)):
        return True
    if _hoped_for(verb):
        return True
    if verb.dep_ == "relcl" and any(
        c.dep_ == "aux" and c.lower_ in DESCRIBING_MODALS for c in verb.children
    ):
        return True
    if _permitted_later(verb) or _foiled_plot(verb) or _required(verb):
        return True
    if verb.dep_ in CARRIED_DEPS and verb.head.i != verb.i:
        # "unless they show that they are prepared to end the war": what the condition says,
        # and what an adjective in it is ready for, is conditional too.
        return is_hypothetical(verb.head)
    above = governor(verb)
    if above is None or not (verb.dep_ == "conj" or _is_infinitive_of(verb)):
        return False
    if verb.dep_ == "conj" and has_subject(verb) and above.dep_ == "ROOT":
        # "Chile might send troops, and Peru deployed tanks": a main clause of its own. In
        # "if Russia attacks and NATO responds" both clauses are under the condition.
        return False
    return is_hypothetical(above)


def _yet_to_come(verb: Token) -> bool:
    """Whether a verb is still to come, so that a clause of time on it ("vowed to stay in the
    streets until the army handed power to civilians", "will remain until the talks ended") is
    too, whatever its tense: an infinitive, or a verb with a future modal."""
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
    return future or (verb.dep_ == "xcomp" and is_infinitive(verb))


def _permitted_later(verb: Token) -> bool:
    """ "The deal will let troops from both countries train", "would allow inspectors to
    return": what a permission still to come or only possible allows."""
    above = verb.head
    return (
        verb.dep_ in {"ccomp", "xcomp"}
        and above.lemma_.lower() in PERMITTING_VERBS
        and (is_future(above) or is_hypothetical(above))
    )


# Verbs of obligation: what a deal, a law or a side requires someone to do is owed, not done.
REQUIRING_VERBS = frozenset({"require", "oblige", "obligate"})


def _required(verb: Token) -> bool:
    """ "The deal requires Rwanda to withdraw its troops", "the law obliges the army to leave
    the city": what an obligation asks of someone, which has not happened."""
    above = verb.head
    complement = verb.dep_ in {"ccomp", "xcomp"} and is_infinitive(verb)
    return complement and above.i != verb.i and above.lemma_.lower() in REQUIRING_VERBS


def _foiled_plot(verb: Token) -> bool:
    """ "Chile uncovered a plot to kidnap a dissident": the infinitive of a plot or plan that
    was foiled or uncovered, which the parser may hang on the verb as its purpose."""
    above = verb.head
    if verb.dep_ != "advcl" or not is_infinitive(verb) or above.i == verb.i:
        return False
    plotted = any(obj.lemma_.lower() in PLOT_NOUNS for obj in children(above, "dobj"))
    return plotted and above.lemma_.lower() in FOILING_VERBS


def _hoped_for(verb: Token) -> bool:
    """ "she hoped the officials would be indicted", "was optimistic that Israel would pull
    out": a future under a verb of hoping or an adjective of expecting."""
    head = verb.head
    expecting = {head.lemma_.lower(), head.lower_} & (WISHING_VERBS | EXPECTING_ADJECTIVES)
    return (
        verb.dep_ == "ccomp"
        and bool(expecting)
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)
    )


# Adverbs that make an act a habit rather than an event of the story's time ("communities
# frequently clash over water"); not "repeatedly", which news uses of acts it reports.
HABITUAL_ADVERBS = frozenset(
    {"frequently", "often", "regularly", "routinely", "usually", "typically", "sometimes"}
)


# Marks of a clause that tells what happened before the story's time: "since Petro came to
# power, opening talks with the armed groups".
BACKGROUND_MARKS = frozenset({"since"})


def is_background(verb: Token) -> bool:
    """A clause marked SINCE tells the past that leads up to the story ("the first attack
    since it returned to the negotiating table"), and so does a relative clause that tells
    what someone once did ("who once swore allegiance to al-Qaida", "which formerly ruled
    the south") or had done before ("a tanker it had detained for six weeks"), and a
    participle, an infinitive or a coordinated verb with no subject of its own under either:
    no event of the story's time."""
    node: Token | None = verb
    while node is not None:
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
        if node.dep_ == "relcl" and (
            any(_tells_a_past_once(c) for c in node.children) or _past_perfect(node)
        ):
            # "al-Sharaa, who once swore allegiance to al-Qaida": who the person was; "freed a
            # tanker it had detained for six weeks": what was done to it before the story.
            return True
        # A participle, infinitive or subjectless coordinated verb shares the clause above
        # it; a finite past verb ("came to power") tells a time of its own.
        carried = node.dep_ in {"advcl", "xcomp", "conj"} and not has_subject(node)
        node = governor(node) if carried and node.tag_ != "VBD" else None
    return False


def _past_perfect(verb: Token) -> bool:
    """A relative clause's verb in the past perfect: "had detained", "had been jailed"; not a
    clause of place or time ("the compound where police had opened fire" tells where the
    story's act was), nor one with THAT as its mark, a statement's content the parser hung on
    its noun ("a statement that they had detained Bongo")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    marked = any(c.dep_ == "mark" for c in verb.children)
    return not marked and not any(c.lower_ in PLACE_RELATIVES for c in verb.children)


def _tells_a_past_once(word: Token) -> bool:
    """ "once", "formerly", "previously" on a verb: a past of its own, not the story's time."""
    return word.dep_ == "advmod" and word.lower_ in PAST_ADVERBS


# Relative words that make a clause tell where or when: its noun is the act's place or time,
# not its object, nor what was done before.
PLACE_RELATIVES = frozenset({"where", "when"})
# Adverbs that put a relative clause's act in a past of its own.
PAST_ADVERBS = frozenset({"once", "formerly", "previously"})
# "on several occasions", "many times": counts of times that make an act a habit.
HABITUAL_TIMES = frozenset({"occasion", "time"})
HABITUAL_COUNTS = frozenset({"several", "many", "multiple", "numerous", "countless"})
# Verbs of a blow, whose "several times" counts the blows of one attack ("shot the prime
# minister several times", "stabbed him multiple times"), not occasions.
BLOW_VERBS = frozenset({"shoot", "stab", "hit", "punch", "kick", "beat"})


def is_habitual(verb: Token) -> bool:
    """ "border communities frequently clash", "police often detain", "had staged hunger
    strikes on several occasions": a habit, not an event."""
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True
    spans = [*children(verb, "npadvmod"), *(t for p in children(verb, "prep") for t in p.children)]
    blows = verb.lemma_.lower() in BLOW_VERBS
    return any(_counts_times(t) and not (blows and t.lemma_.lower() == "time") for t in spans)


def _counts_times(noun: Token) -> bool:
    """ "several occasions", "many times"."""
    return noun.lemma_.lower() in HABITUAL_TIMES and any(
        c.lower_ in HABITUAL_COUNTS for c in noun.children
    )


# Modals of obligation: what "must", "should" or "has to" be done has not been done.
DEMANDING_MODALS = frozenset({"must"})
APPEALING_MODALS = frozenset({"should", "ought"})
# Verbs whose infinitive is owed: "has to stop", "needs to withdraw".
OBLIGING_VERBS = frozenset({"have", "need"})


def obligation(verb: Token) -> str | None:
    """ "demand" for what "must", "has to" or "needs to" be done, "appeal" for what "should"
    or "ought to" be; None for a verb under no such modal."""
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if modals & DEMANDING_MODALS:
        return "demand"
    if modals & APPEALING_MODALS:
        return "appeal"
    above = verb.head
    if verb.dep_ == "xcomp" and is_infinitive(verb) and above.lemma_.lower() in OBLIGING_VERBS:
        return "demand"
    return None


# Modals of what an actor says it may do: "said it may launch an operation", "could impose
# sanctions" (`is_possible`).
POSSIBLE_ACT_MODALS = POSSIBILITY_MODALS | {"could"}


def is_possible(verb: Token) -> bool:
    """ "may launch", "might walk away", "could impose": an act only possible."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBLE_ACT_MODALS for c in verb.children)


def is_for_later(verb: Token) -> bool:
    """ "will visit", "would send aid", and the aim of such a verb ("will travel to Jordan to
    meet its king", "would work with the UN to provide aid")."""
    aiming = aimed_by(verb)
    return is_future(verb) or (aiming is not None and is_future(aiming))


def is_future(verb: Token) -> bool:
    """ "will attack", "would strike", "is going to attack", "would keep negotiating": a time
    still to come."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children):
        return True
    above = verb.head
    if verb.dep_ == "conj" and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children):
        # "will dispatch rescue teams and provide tents": the coordinated verb shares WILL.
        return above.pos_ in {"VERB", "AUX"} and is_future(above)
    if verb.dep_ != "xcomp" or above.i == verb.i:
        return False
    if above.lemma_.lower() in ASPECT_VERBS or helped_act(above) == verb:
        return is_future(above)  # "will keep negotiating", "will help broker a truce"
    return above.lower_ == "going" and above.head.i != above.i


# Verbs of trying: what they try is not yet done.
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})


def is_attempted(verb: Token) -> bool:
    """ "tried to overthrow the government", "was trying to destroy the grid": an act tried,
    which a report of it alleges rather than tells as done."""
    above = verb.head
    return verb.dep_ == "xcomp" and above.i != verb.i and above.lemma_.lower() in ATTEMPT_VERBS


def _is_infinitive_of(verb: Token) -> bool:
    """ "agreed to help", "gave permission to help": an infinitive that happens only if the
    verb above it does."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and is_infinitive(verb)


def defers_to_governor(verb: Token, upper: Upper, pattern_of: PatternOf) -> bool:
    """In "agreed to provide aid" a pattern of AGREE that names the chain codes it, and a
    governor that appeals, demands or asks ("urged Russia to withdraw", "invited Xi to visit")
    codes alone: the lower verb has not happened. When the governor matches only as a bare
    verb of another kind ("agreed to lift the sanctions"), the lower verb codes, with the
    governor's subject. A clause under an appeal, demand or threat ("warned that it would
    strike Iran", "demanded that Russia withdraw") has not happened either."""
    if verb.dep_ == "ccomp":
        if verb.head.lemma_.lower() in PERMITTING_VERBS and is_infinitive(verb):
            return True  # "allowed Ukraine to use the missiles", parsed as a clause
        pattern = pattern_of(verb.head)
        return pattern is not None and governed_clause(verb.head, pattern) == verb
    if upper is None:
        return False
    above, pattern = upper
    if above.lemma_.lower() in REQUESTING_VERBS | PERMITTING_VERBS:
        return True
    if above.pos_ == "ADJ" and above.lemma_.lower() in WILLING_ADJECTIVES:
        # "ready to withdraw its forces": the act under readiness codes, as its intent
        # (`intent_code`); READY * FORCES (072) reads the act's object as its own.
        return False
    return pattern is not None and (
        bool(pattern.terms)
        or root_of(pattern.code) in UNREALISED_ROOTS
        or pattern.code == CONSIDER_CODE
    )


# Verbs of an intent that, with a hostile act, threaten it (`intent_code`).
VOWING_VERBS = frozenset({"vow", "swear"})


def intent_code(upper: Upper, code: str) -> str | None:
    """The EXPRESS INTENT code that an infinitive's `code` becomes under the verb it depends
    on, or None where it stays itself. An intent governs it where that verb's bare pattern is
    an EXPRESS INTENT code (03: "offered to mediate", "plans to visit"), or a bare agreement
    to cooperate ("agreed to reopen embassies": what was agreed is still to be done). An
    agreement to yield ("agreed to lift the sanctions", "to free the prisoners") codes the
    yield itself: such agreements mostly take effect as they are announced, and PETRARCH-2's
    gold standard codes them so (docs/conventions.md). Under an adjective of readiness
    ("willing to", "ready to") it is the intent, the threat where the act is a use of force,
    an intent code itself, and otherwise NULL_CODE: not done."""
    if upper is not None and upper[0].pos_ == "ADJ":
        # "said it was willing to release the hostages": 0353; "is ready to strike": 138; an
        # act that neither mirrors ("ready to take over the presidency") is not done.
        if upper[0].lemma_.lower() not in WILLING_ADJECTIVES:
            return None
        if root_of(code) == INTENT_ROOT:
            return code  # "willing to accept US mediation" is the intent it names (038)
        return announced_code(code) or NULL_CODE
    pattern = upper[1] if upper else None
    if upper is None or pattern is None or pattern.terms:
        return None
    if root_of(pattern.code) == INTENT_ROOT:
        # "vowed to punish Israel": a hostile act vowed is a threat (137), not done. One
        # pledged is coded as done, as the PETRARCH-2 gold standard codes "pledged to expel".
        vowed = upper[0].lemma_.lower() in VOWING_VERBS
        return intended_code(code) or (threatened_code(code) if vowed else None)
    if is_bare_agreement(upper[0], pattern) and root_of(code) != YIELD_ROOT:
        return intended_code(code)
    return None


def is_bare_agreement(verb: Token, pattern: VerbPattern) -> bool:
    """AGREE as a bare verb (050), whatever follows it."""
    return verb.lemma_.lower() in AGREEING_VERBS and root_of(pattern.code) == AGREE_ROOT


# Modals of a clause that says what was agreed: "agreed their troops should pull back".
AGREED_CLAUSE_MODALS = FUTURE_MODALS | APPEALING_MODALS


def is_agreed_clause(clause: Token) -> bool:
    """Whether `clause` says what the verb of agreeing above it agreed would be done, as an
    infinitive does: "agreed (that) their troops should pull back" is "agreed to pull back
    their troops"."""
    modals = [clause, *(c for c in clause.children if c.dep_ == "aux")]
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in AGREEING_VERBS
        # The parser may make the modal the clause's head: "agreed their troops ought to ...".
        and any(word.lower_ in AGREED_CLAUSE_MODALS for word in modals)
    )


def agreed_intent(verb: Token, pattern: VerbPattern, pattern_of: PatternOf) -> str | None:
    """The code of a bare AGREE with an infinitive under it: "agreed to meet regularly"
    states an intent to cooperate (030), as the codebook puts agreements to act later, and
    where the infinitive codes ("agreed to restore ties": 032) it alone does (NULL_CODE: no
    event of AGREE's own). So does the infinitive under a bare promise or pledge (030):
    "pledged to pull back their troops" is the intent 0356 alone. None otherwise: "agreed
    with Russia" and "agreed on a deal" keep their pattern's code."""
    if pattern.terms:
        return None
    lower = [c for c in children(verb, "xcomp") if c.pos_ == "VERB"]
    lower += [c for c in children(verb, "ccomp") if is_agreed_clause(c)]
    bare_intent = pattern.code == INTENT_ROOT + "0"
    if not (bare_intent or is_bare_agreement(verb, pattern)):
        return None
    if any(pattern_of(c) is not None for c in lower):
        return NULL_CODE
    return INTENT_ROOT + "0" if lower and not bare_intent else None


def governed_clause(verb: Token, pattern: VerbPattern) -> Token | None:
    """The finite clause that a demand or threat is about ("warned that it would strike
    Iran"), or that an appeal's pattern names (DEMAND * WITHDRAW [025]: "demanded that
    Ukraine withdraw"), or that says what an appeal, demand or threat asks (`asked_clause`):
    what it says has not happened."""
    root = root_of(pattern.code)
    asked = asked_clause(verb)
    if asked is not None and root in UNREALISED_ROOTS:
        return asked
    for clause in children(verb, "ccomp"):
        if clause.pos_ != "VERB" or is_infinitive(clause):
            continue
        named = any(t.word == clause.lemma_.lower() for t in pattern.terms)
        if root in DEMANDING_ROOTS or (named and root in UNREALISED_ROOTS):
            return clause
    return None


def asked_clause(verb: Token) -> Token | None:
    """The clause that says what the verb asks for, with whom it asks as its subject: a FOR
    clause ("called for Iran to release the activists") or a subjunctive ("requested that
    Chile pull its troops out")."""
    mandated = [c for c in children(verb, "ccomp") if is_mandated(c)]
    return for_clause(verb) or (mandated[0] if mandated else None)


def is_needed(clause: Token) -> bool:
    """Whether a THAT clause says what is needed, on an adjective of need or on BE with one:
    "it was vital that India and Pakistan de-escalate"."""
    head = clause.head
    if head.lower_ in NEED_ADJECTIVES:
        return True
    return head.lemma_.lower() == "be" and any(
        c.lower_ in NEED_ADJECTIVES for c in children(head, "acomp")
    )


def is_mandated(clause: Token) -> bool:
    """A clause in the mandative subjunctive: what someone asks or requires be done, not what
    was done ("requested that the United Nations pull its force out", "insisted that Chile
    withdraw"): a base-form verb with no auxiliary after a named or third-person subject.
    After a verb of asking or requiring, or an adjective of need (`is_needed`), the tagger's
    present tense is taken for the base form too ("the United Nations pull" reads as a
    plural's present), and so is a noun it took the verb for."""
    mandating = clause.head.lemma_.lower() in MANDATING_VERBS or is_needed(clause)
    # After a verb of asking or an adjective of need, a verb the tagger took for a noun
    # ("vital that India and Pakistan de-escalate", DE-ESCALATE a noun) is read as one too.
    tags = {"VB", "VBP", "NN"} if mandating else {"VB"}
    if clause.dep_ != "ccomp" or clause.tag_ not in tags:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    subjects = children(clause, "nsubj")
    return bool(subjects) and all(s.lower_ not in NON_THIRD_PERSONS for s in subjects)


def asked_code(verb: Token, pattern: VerbPattern, pattern_of: PatternOf) -> str | None:
    """The sub-code an unspecified appeal, demand or threat (020, 100, 130) takes from the act
    it asks for or announces: "urged Iran to release the sailors" 0253, "demanded that Israel
    withdraw" 106, "threatened to cut ties" 1313; and the sub-code an unspecified appeal,
    demand, threat, promise or rejection takes from an act named as a noun ("demanded
    political reforms" 104, "promised reforms" 034, "rejected calls for reform" 123). None
    where the pattern is specific already, or the act has no code that the family mirrors."""
    family = root_of(pattern.code)
    if family not in NOUN_FAMILIES or not _unspecified(pattern, family):
        return None
    if family == THREAT_ROOT and (owed := _owed_clause(verb)) is not None:
        # "warned that Iran must abandon enrichment": what the other side must do is
        # demanded (100, or the demand that mirrors the act), not threatened.
        lower = pattern_of(owed)
        mirrored = _mirrored(DEMANDS, lower.code) if lower is not None else None
        return mirrored or UNSPECIFIED_DEMAND
    table = ASKING_FAMILIES.get(family)
    if table is not None and (children(verb, "xcomp", "ccomp") or for_clause(verb)):
        return _asked_by_clause(verb, table, pattern_of)
    act = named_act(verb, rejected=family == "12")
    return _mirrored(NOUN_FAMILIES[family], act) if act else None


def _owed_clause(verb: Token) -> Token | None:
    """The clause under a warning that says what someone must do ("warned that Iran must
    abandon its programme", "warned Peru that it must release the fishermen"), if any."""
    return next((c for c in children(verb, "ccomp") if obligation(c) == "demand"), None)


def _asked_by_clause(
    verb: Token, table: MappingProxyType[str, str], pattern_of: PatternOf
) -> str | None:
    """The mirrored code of the act the verb's infinitive or clause names: by its own
    pattern, else by the noun it takes ("urged Ethiopia to accept mediation": 028)."""
    asked = for_clause(verb)
    for lower in children(verb, "xcomp", "ccomp") + ([asked] if asked is not None else []):
        # "urged China to help end the war": the act helped is what is asked (0256); help
        # itself where that act mirrors nothing ("to help rebuild the port": 023).
        for act in (helped_act(lower), lower):
            if act is not None and (code := _asked_act(act, table, pattern_of)):
                return code
    return None


def _asked_act(
    lower: Token, table: MappingProxyType[str, str], pattern_of: PatternOf
) -> str | None:
    """The mirrored code of one asked act (`_asked_by_clause`), or None."""
    if _dissent_eased(lower):
        # "urged protesters to go home", "to disperse": an appeal to ease dissent (0252).
        return _mirrored(table, DISSENT_EASED)
    if lower.lemma_.lower() in DEPARTING_VERBS:
        return None  # "urged Russia to leave": no meeting, whatever LEAVE codes as a visit
    # "demanded that the premier resign": a clause is a verb's, whatever the tagger made
    # its head (`pattern_of` says which words may code).
    verbal = lower.pos_ == "VERB" or lower.dep_ == "ccomp"
    lower_pattern = pattern_of(lower) if verbal else None
    if verbal and _force_forgone(lower, pattern_of):
        # "urged Israel not to strike back", "urged Buhari to stop killing protesters":
        # force asked not to be used is de-escalation asked for (0256, 1056).
        return _mirrored(table, DE_ESCALATION)
    if lower_pattern is not None and not is_directly_negated(lower):
        if _protects_at_home(lower, lower_pattern):
            return None
        if table is APPEALS and _settles_a_dispute(lower_pattern):
            return DISPUTE_SETTLEMENT_APPEAL
        mirrored = _mirrored(table, lower_pattern.code)
        if mirrored is not None:
            return mirrored
    if act := named_act(lower):
        return _mirrored(table, act)
    return None


def _settles_a_dispute(pattern: VerbPattern) -> bool:
    """ "to settle the dispute", "to resolve their differences": the CAMEO file's SETTLE or
    RESOLVE * &DISPUTE, which it codes as an intent to mediate (039), a settlement asked."""
    disputed = any(t.word == DISPUTES and t.prep is None for t in pattern.terms)
    return pattern.verb in SETTLING_VERBS and disputed


def _dissent_eased(lower: Token) -> bool:
    """ "to go home", "to disperse": a crowd asked to end its protest."""
    lemma = lower.lemma_.lower()
    home = lemma == GO and any(c.lower_ == HOME for c in lower.children)
    return home or lemma in DISPERSING_VERBS


def _protects_at_home(lower: Token, pattern: VerbPattern) -> bool:
    """Whether an asked act of protection is of people or places at home ("to protect
    civilians", "to protect schools"): a duty asked of a state, no protection force."""
    objects = children(lower, "dobj")
    at_home = bool(objects) and all(o.lemma_.lower() in PROTECTED_AT_HOME for o in objects)
    return pattern.code == PROTECTION and at_home


def _force_forgone(lower: Token, pattern_of: PatternOf) -> bool:
    """Whether an asked clause asks that force not be used: force or retaliation negated
    ("not to strike back", "not to respond"), or force stopped ("to stop killing protesters",
    "to end the attacks")."""
    if is_directly_negated(lower):
        pattern = pattern_of(lower)
        forceful = pattern is not None and root_of(pattern.code) in FORCE_ROOTS
        return forceful or lower.lemma_.lower() in RETALIATING_VERBS
    if lower.lemma_.lower() not in ENDING_VERBS:
        return False
    stopped = [pattern_of(c) for c in children(lower, "xcomp")]
    forceful = any(p is not None and root_of(p.code) in FORCE_ROOTS for p in stopped)
    ended = children(lower, "dobj")
    return forceful or any(o.lemma_.lower() in FORCE_ACT_NOUNS for o in ended)


def force_not_ruled_out(verb: Token) -> bool:
    """Whether the verb keeps force open: "did not rule out military action against
    Venezuela", "refused to rule out using military force", "has not ruled out a strike on
    Iran" threaten it (138)."""
    if verb.lemma_.lower() != RULE or not any(c.lower_ == OUT for c in children(verb, "prt")):
        return False
    if not (is_directly_negated(verb) or is_refused(verb)):
        return False
    # "rule out using military force": what the gerund under it uses.
    nouns = children(verb, "dobj")
    nouns += [obj for gerund in children(verb, "xcomp") for obj in children(gerund, "dobj")]
    return any(_names_force(noun) for noun in nouns)


def _names_force(noun: Token) -> bool:
    """ "military action", "the military option", "force", "a strike", "an invasion"."""
    lemma = noun.lemma_.lower()
    military = any(c.lower_ in MILITARY_WORDS for c in children(noun, "amod"))
    return lemma in FORCE_ACT_NOUNS or lemma == FORCE or (military and lemma in KEPT_OPEN_NOUNS)


def _unspecified(pattern: VerbPattern, family: str) -> bool:
    """Whether the pattern leaves open what is asked, promised or rejected: its family's
    unspecified code, or a rejection whose pattern names only a request ("reject call", which
    CAMEO's verb file codes 122 whatever the call asked for)."""
    if pattern.code == family + "0":
        return True
    words = {t.word for t in pattern.terms}
    return family == "12" and bool(words) and words <= REQUEST_NOUNS


def named_act(verb: Token, rejected: bool = False) -> str | None:
    """The code of the act that the verb's object or FOR phrase names as a noun ("demanded
    political reforms": 083; "appealed for mediation": 045), or None. What is `rejected` is
    what a rejected call, request or demand asks for ("rejected ASEAN's call for reform")."""
    for noun in _asked_nouns(verb):
        if rejected and noun.lemma_.lower() not in REQUEST_NOUNS:
            continue
        asked = _for_objects(noun) if rejected else [noun]
        for word in asked:
            modifiers = {m.lemma_.lower() for m in word.children}
            if modifiers & NON_POLITICAL_MODIFIERS:
                continue
            if word.lemma_.lower() == "support" and modifiers & set(KIND_WORDS):
                return AID_ROOT  # "asked for military support": aid, of the kind it names
            if act := NAMED_ACTS.get(word.lemma_.lower()) or _force_ended(word):
                return act
    return None


def _force_ended(noun: Token) -> str | None:
    """De-escalation, where a noun of an end names force as what ends: "called for a halt to
    the Israeli operations", "urged an end to the attacks", "a cessation of hostilities"."""
    if noun.lemma_.lower() not in ENDING_NOUNS:
        return None
    ended = [o for prep, o in prepositions(noun) if prep in {"to", "of"}]
    return DE_ESCALATION if any(o.lemma_.lower() in FORCE_ACT_NOUNS for o in ended) else None


def _asked_nouns(verb: Token) -> list[Token]:
    """The heads of the verb's direct object and FOR phrase."""
    return [*children(verb, "dobj"), *_for_objects(verb)]


def _for_objects(word: Token) -> list[Token]:
    """The objects of the word's FOR phrases ("for reform" in "calls for reform")."""
    return [
        o for prep in children(word, "prep") if prep.lower_ == "for" for o in children(prep, "pobj")
    ]


def as_demand(code: str) -> str:
    """The DEMAND code that asks for what an appeal or intent `code` asks for or offers
    ("demanded the release of prisoners": a DEMAND row coded 0253 is 1053), or 100."""
    return DEMANDED.get(code, UNSPECIFIED_DEMAND)


def _mirrored(table: MappingProxyType[str, str], code: str) -> str | None:
    """The code a mirror table gives `code`, by its longest listed prefix."""
    for length in (4, 3, 2):
        if mirrored := table.get(code[:length]):
            return mirrored
    return None


def intended_code(code: str) -> str | None:
    """The EXPRESS INTENT code of a cooperative event that is only intended, or None (an
    intent already, or not cooperative)."""
    return _mirrored(INTENTS, code)


def announced_code(code: str) -> str | None:
    """What an act code becomes when an actor announces it as its own aim ("ready to", "its
    willingness to", "plans to"): the intent where it cooperates (033), the threat where it is
    a use of force (138); None where neither mirrors it."""
    threat = threatened_code(code) if root_of(code) in FORCE_ROOTS else None
    return intended_code(code) or threat


def threatened_code(code: str) -> str | None:
    """The THREATEN code of a hostile event announced for later, or None."""
    return _mirrored(THREATS, code)


def stopped_code(code: str) -> str | None:
    """The REDUCE code of aid or negotiations stopped, or None."""
    return _mirrored(STOPPINGS, code)


def negated_code(code: str) -> str | None:
    """The REJECT code a negated cooperative event takes, or None (a hostile or verbal event
    that did not happen is no event)."""
    return _mirrored(NEGATIONS, code)

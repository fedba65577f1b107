"""The CAMEO codebook: root, quad class, Goldstein score, PLOVER category per code."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from coders.errors import DictionaryError


def root_of(code: str) -> str:
    """The CAMEO root (two digits) of a code: "0312" -> "03"."""
    return code[:2]


# The classes of CAMEO roots the coder's rules name; each rule's reason is by its use.
# EXPRESS INTENT TO COOPERATE: a verb whose bare pattern codes it states an intent.
INTENT_ROOT = "03"
# APPEAL and DEMAND: the two ways of asking another actor to act (02x, 10x).
APPEAL_ROOT = "02"
DEMAND_ROOT = "10"
# THREATEN: a warning's condition names whom it is aimed at (`arguments.conditioned_party`).
THREAT_ROOT = "13"
UNSPECIFIED_THREAT = "130"
# The verb THREATEN also says that a thing endangers something: a country's thing ("China's
# actions threaten the order", `engine._a_thing_endangers`), or an act told before ("said the
# launch threatened peace", a criticism: `criticism._is_harsh`).
THREATEN = "threaten"
# REJECT: a rejection, a veto, a block; told as coming, a threat (`speech._threat_of`).
REJECT_ROOT = "12"
# DISAPPROVE: criticism, condemnation, accusation; aimed at whoever did the act it judges.
DISAPPROVE_ROOT = "11"
# Appeals, demands and threats: what the verb under them asks for or threatens has not
# happened, and its target is theirs ("threatened to cut gas supplies to Moldova").
UNREALISED_ROOTS = frozenset({"02", "10", "13"})
# Considering a course ("was considering expelling Chile's ambassador"): what is weighed has
# not happened, and its target is the course's (CAMEO 014, consider policy option).
CONSIDER_CODE = "014"
# Demands and threats: the clause they govern has not happened either ("warned that it would
# strike Iran"). An appeal's clause counts only where its pattern names the clause's verb
# (DEMAND * WITHDRAW [025]): dictionaries code reporting verbs as appeals too (the PETRARCH
# validation set's SAID is 023).
DEMANDING_ROOTS = frozenset({"10", "13"})
# MAKE PUBLIC STATEMENT: said or told, to someone or to no one.
STATEMENT_ROOT = "01"
# CONSULT: meetings, visits and talks, which news announces before they happen.
CONSULT_ROOT = "04"
# PROVIDE AID, and the intent to provide it (033x): given to someone, named or not.
AID_ROOT = "07"
AID_INTENT = "033"
# Express sympathy: condolences, offered to someone, named or not.
SYMPATHY_CODE = "018"
# Intent to de-escalate military engagement: "pledged to withdraw its troops from Kherson".
DE_ESCALATION_INTENT = "0356"
# Relations broken: ambassadors recalled, ties cut, treaties and organisations left.
RELATIONS_BROKEN = "161"
# Roots whose events two actors do together, so "A and B agreed" is A→B and B→A.
JOINT_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# Codes of those roots that one side does to another: a visit made or hosted, praise, verbal
# support, rallying support, apology, forgiveness, mediation. "Bolivia and Ecuador praised the
# deal" is no praise of each other, and "Turkey and Syria received relief supplies" no visit.
ONE_SIDED_CODES = frozenset({"042", "043", "045", "051", "052", "053", "055", "056"})
# Praise or endorsement.
PRAISE_CODE = "051"


# Codes outside those roots that two actors named together also do together: "India and China
# concurred that the border situation served neither side" is an accord of each with the other.
JOINT_CODES = frozenset({"019"})


def is_joint(code: str) -> bool:
    """Whether two actors named together do the event together ("A and B held talks")."""
    joint_root = root_of(code) in JOINT_ROOTS and code[:3] not in ONE_SIDED_CODES
    return joint_root or code[:3] in JOINT_CODES


# An agreement reached or a ceasefire agreed WITH another actor binds both ("reached an
# agreement with Mexico", "agreed a truce with the rebels"). Meetings "with" someone stay one
# way, as the PETRARCH-2 gold standard codes them (docs/conventions.md, Agreements).
# CAMEO's "declare truce, ceasefire".
TRUCE = "0871"
# CAMEO's "sign formal agreement".
SIGN_CODE = "057"
# An agreement reached: CAMEO's bare intent to cooperate, as the development set codes it.
AGREEMENT = "030"
MUTUAL_CODES = frozenset({AGREEMENT, TRUCE})


def is_mutual(code: str) -> bool:
    """Whether an actor doing the event with a partner makes it both ways."""
    return code in MUTUAL_CODES


# CAMEO's "destroy property": homes, shops, villages, burned or razed.
PROPERTY_DESTROYED = "1712"
# Protest with violence: riots, a crowd storming a building.
VIOLENT_PROTEST = "145"
# Find guilty or liable (legally): a court's verdict or sentence, no condemnation.
FOUND_GUILTY = "116"
# RETURN, RELEASE unspecified, and its release of persons.
RELEASE = "084"
PERSONS_RELEASED = "0841"


# Agents of the state: government, army, police, parliament, courts, intelligence. A crowd's
# violence against them is violent protest.
STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# A released official stays 084, as the PETRARCH-2 gold standard codes "released the mayor"
# (docs/conventions.md, Arrests).
OFFICIALS = "GOV"


def release_code(code: str, target_agent: str | None) -> str:
    """A release (084) of people is a release of persons (0841): "freed a French tourist"
    (FRACVL), "released two journalists" (MED), "released two soldiers" (MIL); not of an
    official (GOV). What has no agent ("returned the Iranian tanker": IRN) stays 084."""
    persons = target_agent is not None and target_agent != OFFICIALS
    return PERSONS_RELEASED if code == RELEASE and persons else code


# CAMEO's bare "expel or withdraw" (166, whose sub-codes are peacekeepers, inspectors and aid
# agencies) and its "expel or deport individuals" (174); the people the second is of.
EXPEL_OR_WITHDRAW = "166"
INDIVIDUALS_EXPELLED = "174"
EXPELLED_PEOPLE = frozenset({"CVL", "REF", "LAB", "EDU", "MED", "BUS", "AGR", "HLH"})


def expulsion_code(code: str, target_agent: str | None, foreign: bool) -> str:
    """Expulsion of `foreign` people is of individuals (174): "ordered all undocumented Afghans
    to leave the country" (AFGCVL), not the bare expel or withdraw (166) of a force or
    mission; a state's own people withdrawn are evacuated ("ordered the evacuation of its
    workers from Iraq" stays 166)."""
    people = target_agent in EXPELLED_PEOPLE and foreign
    return INDIVIDUALS_EXPELLED if code == EXPEL_OR_WITHDRAW and people else code


# DISAPPROVE's codes for criticising and accusing: a verb whose bare pattern is one
# (criticise, condemn, accuse, blame) keeps that code whatever it is about ("accused Chile of
# violating the treaty" is no 160), unless a pattern refines it (1125 under 112). Not the
# root's bare 110, which dictionaries give to verbs of many uses ("claimed responsibility").
CHARGING_CODES = ("111", "112")
# Arrest and detention: a verb that is one when bare (detain, arrest, jail) stays one, whatever
# patterns of other roots its CAMEO synonym group lent it.
ARREST_CODE = "173"
# Violent repression: police force on a crowd (docs/conventions.md, Protest).
VIOLENT_REPRESSION = "175"
# Property seized (171: "seized a tanker") and territory occupied (192: "seized the town").
SEIZURE = "171"
OCCUPATION = "192"
# PROTEST: aimed at a government, named or not ("teachers marched in Lima": PERGOV).
PROTEST_ROOT = "14"
# A show of force: drills, alerts, forces massed or sent across a line.
SHOW_OF_FORCE_ROOT = "15"
# Uses of force: assault, fight, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Meetings: an unspecified one (040), and one at a third location, in neither side's country
# (044: "the Greek and Turkish ministers met in Brussels").
MEETING_CODE = "040"
THIRD_PLACE_MEETING_CODE = "044"

# First parts of actor codes that name no state: organisations, companies, movements.
NON_STATE = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UIS"})


# CAMEO's quad classes by root: verbal cooperation (01-05), material cooperation (06-09),
# verbal conflict (10-14), material conflict (15-20).
QUAD_FIRST_ROOTS = ((1, 1), (6, 2), (10, 3), (15, 4))


# A CAMEO event code as text: a root from 01 to 20, then up to two more digits.
CODE_SHAPE = re.compile(r"(0[1-9]|1[0-9]|20)[0-9]{0,2}")


def is_code_shaped(code: str) -> bool:
    """Whether `code` is written as a CAMEO event code ("0256", "19"; not "1" or "212")."""
    return CODE_SHAPE.fullmatch(code) is not None


def quad_of(code: str) -> int:
    """The quad class of a CAMEO code, from its root."""
    root = int(root_of(code))
    return max(quad for first, quad in QUAD_FIRST_ROOTS if root >= first)


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with the facts the codebook gives for it."""

    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    description: str


@dataclass(frozen=True)
class Codebook:
    """All CAMEO event codes, looked up by their text form (leading zeros kept)."""

    codes: dict[str, CameoCode]

    def get(self, code: str) -> CameoCode | None:
        return self.codes.get(code)

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)


def load_codebook(path: Path) -> Codebook:
    """Read `cameo_codes.tsv` (code, root, quad_class, goldstein, plover, description)."""
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        for lineno, row in enumerate(reader, start=2):
            try:
                entry = CameoCode(
                    code=row["code"],
                    root=row["root"],
                    quad_class=int(row["quad_class"]),
                    goldstein=float(row["goldstein"]),
                    plover=row["plover"] or None,
                    description=row["description"],
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise DictionaryError(f"{path}:{lineno}: unreadable codebook row ({exc})") from exc
            codes[entry.code] = entry
    return Codebook(codes)

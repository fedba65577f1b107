"""Reader for PETRARCH/TABARI verb dictionaries (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`).

The file holds synonym sets (`&NAME` then `+member` lines), verb blocks (`--- DESC [CODE] ---`,
verb lines, then `- pattern [CODE]` lines that apply to every verb of the block) and
transformations (`~` lines). Patterns become eventcoder terms: words after the verb are object
words, `(PREP ...)` groups are `prep:word`, words before the verb are `<word`, `&NAME` stays a
set reference, and `+` marks where the target is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coders.dictionaries import (
    PHRASE_JOINER,
    PLACE_AFTER,
    Synonym,
    Transformation,
    VerbPattern,
    parse_terms,
)
from coders.errors import DictionaryError
from coders.petrarch.common import Line, ReadResult, content_lines
from coders.verbs import base_forms

# A block's header. Four headers of CAMEO.2.0.txt close with a second dash run glued to the
# code ("---  DELAY   [120]---  ---"); read otherwise, the block's verbs fall into the block
# before (DELAY, POSTPONE and PREVENT became BLAME's 112) and its header into a pattern.
BLOCK = re.compile(r"^---\s*(?P<desc>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*---(?:\s*---)?$")
CODE_AT_END = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
BRACES = re.compile(r"\{[^}]*\}")
TOKEN = re.compile(r"\*\*?|[(){}]|[^\s(){}*]+")
CODE = re.compile(r"^(\d[0-9A-Z]{1,4}|---)$")
# Outside parentheses (the older linear syntax) these words open a prepositional phrase.
PREPOSITIONS = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "beside",
        "between",
        "beyond",
        "by",
        "despite",
        "during",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "outside",
        "over",
        "through",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "upon",
        "with",
        "within",
        "without",
    ]
)
MARKERS = frozenset({"$", "^"})
COMPOUND = "%"


@dataclass
class VerbDictionary:
    """What a verb file holds, in eventcoder's terms."""

    patterns: list[VerbPattern] = field(default_factory=list)
    synonyms: list[Synonym] = field(default_factory=list)
    transformations: list[Transformation] = field(default_factory=list)


@dataclass(frozen=True)
class _Pattern:
    """A block's pattern line: its terms and target places, code, text, line, and the verbs
    its comment says it was written for (`# RECOGNISE`)."""

    terms: tuple[str, ...]
    targets: tuple[str, ...]
    code: str
    text: str
    line: int
    written_for: tuple[str, ...] = ()


@dataclass
class _Block:
    code: str
    line: int
    verbs: list[tuple[str, tuple[str, ...], str, int]] = field(default_factory=list)
    patterns: list[_Pattern] = field(default_factory=list)


@dataclass
class _State:
    path: str
    block: _Block | None = None
    synset: str | None = None
    sets: set[str] = field(default_factory=set)


def read_verbs(path: Path) -> ReadResult[VerbDictionary]:
    result: ReadResult[VerbDictionary] = ReadResult(str(path))
    found = VerbDictionary()
    state = _State(str(path))
    for line in content_lines(path):
        try:
            _read_line(line, state, found)
            result.lines_used += 1
        except ValueError as exc:
            result.problem(line.number, str(exc))
    _close_block(state, found)
    result.records.append(found)
    return result


def _read_line(line: Line, state: _State, found: VerbDictionary) -> None:
    text = line.text
    if text.startswith("&"):
        state.synset = _set_name(text)
        state.sets.add(state.synset)
    elif text.startswith("+") and state.synset is not None:
        found.synonyms.append(Synonym(state.synset, _member(text[1:])))
    elif block := BLOCK.match(text):
        _close_block(state, found)
        state.synset = None
        state.block = _Block(_code(block.group("code")), line.number)
    elif text.startswith("~"):
        state.synset = None
        found.transformations.append(Transformation(text.lstrip("~ ").strip(), _where(state, line)))
    elif text.startswith("-"):
        state.synset = None
        _block(state, line).patterns.append(_pattern(text[1:], line, state.sets))
    else:
        state.synset = None
        _block(state, line).verbs.append(_verb_line(text, line))


def _block(state: _State, line: Line) -> _Block:
    if state.block is None:
        raise ValueError("verb or pattern line before any `--- DESC [CODE] ---` block")
    return state.block


def _where(state: _State, line: Line) -> str:
    return f"{state.path}:{line.number}"


def _set_name(text: str) -> str:
    name = text.split()[0].lstrip("&").rstrip("_").lower()
    if not re.match(r"^[a-z0-9_]+$", name):
        raise ValueError(f"{text!r} is not a synonym set label like &CURRENCY")
    return name


def _member(text: str) -> str:
    words = [w for w in re.split(r"[_\s]+", text.strip().rstrip("_").lower()) if w]
    if not words:
        raise ValueError("empty synonym set member")
    return " ".join(w if not w.startswith("&") else "&" + w[1:].rstrip("_") for w in words)


def _code(text: str) -> str:
    """`042`, or `042:043` with the code of the reverse event; an empty side is `---`."""
    active, _, reverse = (part.strip() for part in text.partition(":"))
    active = active or "---"
    if not CODE.match(active) or (reverse and not CODE.match(reverse)):
        raise ValueError(f"[{text}] is not an event code like 042, 042:043 or ---")
    return f"{active}:{reverse}" if reverse and reverse != "---" else active


def _verb_line(text: str, line: Line) -> tuple[str, tuple[str, ...], str, int]:
    """(verb with following words, words before it, own code or '', line) of a verb line."""
    code_found = CODE_AT_END.search(text)
    code = _code(code_found.group("code")) if code_found else ""
    body = BRACES.sub(" ", text[: code_found.start()] if code_found else text).strip().lstrip("+")
    words = [w for w in re.split(r"[_\s]+", body.lower()) if w]
    if not words:
        raise ValueError("verb line has no verb")
    inflected = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    return " ".join(words[inflected:]), tuple(words[:inflected]), code, line.number


def _pattern(body: str, line: Line, sets: set[str]) -> _Pattern:
    code_found = CODE_AT_END.search(body)
    if not code_found:
        raise ValueError("pattern has no [CODE]")
    code = _code(code_found.group("code")) if code_found.group("code").strip(" :") else "---"
    text = body[: code_found.start()]
    if "/" in text:
        raise ValueError("a disjunctive word list (A/B) is not supported: use a synonym set")
    terms, targets, source_after = _terms(text, sets)
    if source_after:
        code = _swapped(code)
    try:
        parse_terms(" ".join(terms), f"{line.number}")
    except DictionaryError as exc:
        raise ValueError(str(exc).partition(": ")[2]) from exc
    return _Pattern(terms, targets, code, text.strip(), line.number, _verbs_named(line.comment))


def _verbs_named(comment: str) -> tuple[str, ...]:
    """The verbs a pattern's comment names ("RECOGNISE", "CONFIRM , REAFFIRM", "RULED_OUT"),
    as lower-case words ("ruled out")."""
    names = (re.sub(r"[_\s]+", " ", part).strip().lower() for part in comment.split(","))
    return tuple(name for name in names if re.fullmatch(r"[a-z][a-z -]*", name))


def _swapped(code: str) -> str:
    """The code of a pattern whose source stands after the verb (`+ * MONEY $`: "A received
    money from B" is B → A): eventcoder's reverse event, the subject being the target."""
    active, _, reverse = code.partition(":")
    if active == "---" and not reverse:
        return code
    return f"{reverse or '---'}:{active}"


# One pass of a small tokenizer's state machine (prep, parentheses, markers): split into
# functions, its state would have to travel between them.
def _terms(body: str, sets: set[str]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:  # noqa: C901, PLR0915
    """Pattern words as eventcoder terms, the places that `+` marks for the target (or `$`
    for a source after the verb), and whether the roles are swapped that way. Words joined
    by `_` must stand side by side and stay joined (`&TIETYPES_MEMOS` → `&tietypes_memos`)."""
    spaced = re.sub(r"(?<=\w)_(?=\*)|(?<=\*)_(?=\w)", " ", body)
    terms: list[str] = []
    targets: list[str] = []
    sources: list[str] = []  # places that `$` marks after the verb ("" for no phrase)
    target_before = False
    before, prep, in_parens = True, None, False
    bare_group: str | None = None  # "(AGAINST) +": a `+` right after an empty group
    skipped: str | None = None  # "IN ^ +": the IN phrase is passed over, the target follows
    for token in TOKEN.findall(spaced):
        low = _joined(token.lower(), sets)
        if not low:
            continue
        just_closed, bare_group = bare_group, None
        if low == "^" and prep and not in_parens:
            skipped = prep
        if token in {"*", "**"}:
            before, prep = False, None
        elif token == "(":
            if prep and not in_parens and not any(t.startswith(f"{prep}:") for t in terms):
                # "* OFF (FOR)": a word of the pattern's own, a particle, not an empty phrase.
                terms.append(prep)
            in_parens, prep = True, ""
        elif token == ")":
            if prep and not any(t.startswith(f"{prep}:") for t in terms):
                terms.append(f"{prep}:")
                bare_group = prep
            in_parens, prep = False, None
        elif low == "$" and not before:
            sources.append(prep or just_closed or "")
        elif token in {"{", "}"} or low in MARKERS:
            continue
        elif low == COMPOUND:
            # "% *": the verb's subject is compound ("A and B agreed"); "* %": its object.
            terms.append("<%" if before else f"{prep}:%" if prep else "%")
        elif low == "+":
            if before:
                target_before = True
            elif skipped and prep == skipped:
                # The phrase after the passed-over one; failing that, news text that has no
                # such phrase ("began a first visit to China") keeps the passed-over one.
                targets += [f"{PLACE_AFTER}{prep}", prep]
            else:
                targets.append(prep or just_closed or "object")
        elif in_parens and prep == "":
            prep, _, rest = low.partition(PHRASE_JOINER)
            if rest:
                terms.append(f"{prep}:{rest}")
        elif before:
            terms.append(f"<{low}")
        elif not in_parens and low in PREPOSITIONS:
            prep = low
        else:
            terms.append(f"{prep}:{low}" if prep else low)
    if prep and not in_parens and not any(t.startswith(f"{prep}:") for t in terms):
        terms.append(f"{prep}:")  # "* MEMOS FROM": a FROM phrase, whatever it holds
    # The target before the verb and the source after it ("+ * MONEY $": "A received money
    # from B"): eventcoder looks for the other actor where `$` stands. Not for `BY $`, which
    # is a passive's agent, read as the source already.
    source_after = target_before and bool(sources) and not targets and "by" not in sources
    if source_after:
        targets = [place for place in sources if place]
    return tuple(dict.fromkeys(terms)), tuple(dict.fromkeys(targets)), source_after


def _joined(token: str, sets: set[str]) -> str:
    """A `_`-joined token with empty parts dropped (`&TOBEVERB_`) and a synonym set whose own
    name holds `_` kept whole (`&FIGHT_OF_WORDS`)."""
    parts = [p for p in token.split(PHRASE_JOINER) if p]
    merged: list[str] = []
    index = 0
    while index < len(parts):
        part, index = parts[index], index + 1
        if part.startswith("&"):
            for end in range(len(parts), index, -1):
                name = PHRASE_JOINER.join([part[1:], *parts[index:end]])
                if name in sets:
                    part, index = "&" + name, end
                    break
        merged.append(part)
    return PHRASE_JOINER.join(merged)


def _close_block(state: _State, found: VerbDictionary) -> None:
    block = state.block
    state.block = None
    if block is None:
        return
    for verb, before, own_code, verb_line in block.verbs:
        where = f"{state.path}:{verb_line}"
        pre_terms = tuple(f"<{w}" for w in before)
        found.patterns.append(_make(verb, own_code or block.code, pre_terms, (), where, ""))
        for p in _written_for_first(block.patterns, verb, own_code or block.code):
            if _lent_phrase(p, verb, own_code or block.code):
                continue
            found.patterns.append(
                _make(
                    verb, p.code, pre_terms + p.terms, p.targets, f"{state.path}:{p.line}", p.text
                )
            )


def _written_for_first(patterns: list[_Pattern], verb: str, code: str) -> list[_Pattern]:
    """The block's patterns for one of its verbs, those its comment names this verb for ahead
    of others with the same words, within the rows that group holds: in the block of PRAISE
    and RECOGNISE, `* INDEPENDENCE [054] # RECOGNISE` comes before `* INDEPENDENCE [017] #
    PRAISE` for RECOGNISE (among equally specific patterns, the earlier row wins). Where none
    names the verb, one of the verb's own root comes first: PROVIDE (060) takes `* SUPPORT
    [060] # LEND` before `* SUPPORT [051] # GIVE`."""

    def rank(p: _Pattern) -> int:
        if _names(p.written_for, verb):
            return 0
        return 1 if p.code[:2] == code[:2] else 2

    groups: dict[tuple, list[int]] = {}
    for index, p in enumerate(patterns):
        groups.setdefault((p.terms, p.targets), []).append(index)
    ordered = list(patterns)
    for places in groups.values():
        members = [patterns[i] for i in places]
        members.sort(key=rank)  # stable: rows in order among equals
        for place, member in zip(places, members, strict=True):
            ordered[place] = member
    return ordered


def _lent_phrase(pattern: _Pattern, verb: str, code: str) -> bool:
    """Whether `pattern` asks only for a prepositional phrase, was written for another verb of
    the block, and codes another root than `verb` does: a row the block lends that means
    nothing for this verb. `* (TO) [043:042] # WELCOME` is hosting for WELCOME, but "praised
    Chile's commitment to democracy" is no visit; `* (ON) [020] # CALL` is an appeal, but
    "telephoned the president on the eve of the summit" is a call."""
    phrase_only = bool(pattern.terms) and all(term.endswith(":") for term in pattern.terms)
    other_verb = bool(pattern.written_for) and not _names(pattern.written_for, verb)
    active = pattern.code.partition(":")[0]
    return phrase_only and other_verb and active != "---" and active[:2] != code[:2]


def _names(names: tuple[str, ...], verb: str) -> bool:
    """Whether one of `names` is `verb`, allowing an inflected first word ("ruled out")."""
    head, _, rest = verb.partition(" ")
    for name in names:
        first, _, tail = name.partition(" ")
        if tail == rest and head in base_forms(first):
            return True
    return False


def _make(
    verb: str, code: str, terms: tuple[str, ...], targets: tuple[str, ...], where: str, text: str
) -> VerbPattern:
    active, _, reverse = code.partition(":")
    return VerbPattern(
        verb,
        active,
        parse_terms(" ".join(terms), where),
        targets,
        " ".join(terms),
        where,
        text,
        reverse or None,
    )

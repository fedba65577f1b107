"""Scoring the coder on the PETRARCH validation suites (`PETR.UnitTest.records.xml`,
`PETR2_GSR_validation.xml`): records fully correct, and precision, recall and F1 on
(source, target, code) and on (source, target, root), overall and per category."""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coders.articles import Article
from coders.codebook import quad_of, root_of
from coders.errors import InputError
from coders.lexicon import Lexicon
from coders.petrarch.common import parse_date
from coders.pipeline import Coder
from coders.places import fold

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>", re.IGNORECASE)
CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.IGNORECASE)
TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL | re.IGNORECASE)
ENVIRONMENT = re.compile(r"<(Verbfile|Actorfile|Agentfile|Discardfile)>(.*?)</\1>", re.I)
ATTRIBUTE = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Record:
    """One validation sentence with the events it should yield (none when `noevents`)."""

    id: str
    category: str
    date: date
    text: str
    expected: frozenset[Triple]
    # Where the set says an expected event happened (a place name or a country code), for the
    # events that say.
    places: Mapping[Triple, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Suite:
    """The records of a validation file and the PETRARCH dictionary files it names."""

    records: tuple[Record, ...]
    dictionary_files: tuple[str, ...]


def parse_suite(xml: str) -> Suite:
    """Read a validation file; tolerant of the GSR file's self-closed `<Sentence/>` tags."""
    body = COMMENT.sub("", xml)
    files = tuple(
        name.strip()
        for _, names in ENVIRONMENT.findall(body)
        for name in names.split(",")
        if name.strip()
    )
    starts = list(SENTENCE.finditer(body))
    records = []
    for number, start in enumerate(starts):
        end = starts[number + 1].start() if number + 1 < len(starts) else len(body)
        record = _record(_attributes(start.group(1)), body[start.end() : end])
        if record is not None:
            records.append(record)
    return Suite(tuple(records), files)


def _attributes(text: str) -> dict[str, str]:
    return {key.lower(): double or single for key, double, single in ATTRIBUTE.findall(text)}


def _record(attributes: dict[str, str], chunk: str) -> Record | None:
    text = TEXT.search(chunk)
    if text is None or "date" not in attributes:
        return None
    expected = set()
    for coding in CODING.findall(chunk):
        found = _attributes(coding)
        if {"sourcecode", "targetcode", "eventcode"} <= found.keys():
            expected.add(
                (found["sourcecode"].upper(), found["targetcode"].upper(), found["eventcode"])
            )
    record_id = attributes.get("id", "").strip()
    try:
        day = parse_date(attributes["date"])
    except ValueError as exc:
        raise InputError(f"validation record {record_id or '?'}: {exc}") from exc
    return Record(
        id=record_id,
        category=attributes.get("category", "").strip() or "NONE",
        date=day,
        # The records join the words of one name with `_` (Dol_Amroth), as the dictionaries
        # do; news text has spaces there.
        text=" ".join(text.group(1).replace("_", " ").split()),
        expected=frozenset(expected),
    )


@dataclass
class Tally:
    """Counts for one group of records."""

    records: int = 0
    correct: int = 0
    true_positive: int = 0
    produced: int = 0
    expected: int = 0
    root_true_positive: int = 0
    # Source country, target country and root (a code's first three letters are its
    # country); and the country dyad alone.
    dyad_root: Matches = field(default_factory=lambda: Matches())
    dyad: Matches = field(default_factory=lambda: Matches())

    def add(self, expected: frozenset[Triple], produced: frozenset[Triple]) -> None:
        self.records += 1
        self.correct += expected == produced
        self.true_positive += len(expected & produced)
        self.root_true_positive += len(_roots(expected) & _roots(produced))
        self.produced += len(produced)
        self.expected += len(expected)
        gold, coded = country_roots(expected), country_roots(produced)
        self.dyad_root.add(gold, coded)
        self.dyad.add({g[:2] for g in gold}, {c[:2] for c in coded})

    def scores(self) -> dict[str, float | int]:
        precision = _ratio(self.true_positive, self.produced)
        recall = _ratio(self.true_positive, self.expected)
        root_precision = _ratio(self.root_true_positive, self.produced)
        root_recall = _ratio(self.root_true_positive, self.expected)
        return {
            "records": self.records,
            "records_correct": self.correct,
            "records_correct_fraction": round(_ratio(self.correct, self.records), 4),
            "expected_events": self.expected,
            "produced_events": self.produced,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(_f1(precision, recall), 4),
            "root_precision": round(root_precision, 4),
            "root_recall": round(root_recall, 4),
            "root_f1": round(_f1(root_precision, root_recall), 4),
            **self.dyad_root.scores("dyad_root"),
            **self.dyad.scores("dyad"),
        }


@dataclass
class Matches:
    """Hits, produced and expected items at one level of matching (as sets per record)."""

    hits: int = 0
    produced: int = 0
    expected: int = 0

    def add(self, gold: set, coded: set) -> None:
        self.hits += len(gold & coded)
        self.produced += len(coded)
        self.expected += len(gold)

    def scores(self, name: str) -> dict[str, float]:
        precision, recall = _ratio(self.hits, self.produced), _ratio(self.hits, self.expected)
        return {
            f"{name}_precision": round(precision, 4),
            f"{name}_recall": round(recall, 4),
            f"{name}_f1": round(_f1(precision, recall), 4),
        }


def country_roots(triples: Iterable[Triple]) -> set[Triple]:
    """(source country, target country, root) of each event, duplicates once."""
    return {(s[:3], t[:3], root_of(c)) for s, t, c in triples}


def _roots(triples: Iterable[Triple]) -> set[Triple]:
    return {(s, t, root_of(c)) for s, t, c in triples}


def same_place(gold: str, given: tuple[str, str]) -> bool:
    """Whether a coded place (name, country) is the place the set names: the same name,
    ignoring case and accents, or the same three-letter country code."""
    name, country = given
    return fold(gold) == fold(name) or gold.upper() == country


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Outcome:
    """What the coder produced for one record, with the patterns that produced it."""

    record: Record
    produced: frozenset[Triple]
    patterns: tuple[str, ...]
    # Why each expected event was missed ("no target actor", ...), where the suite says.
    causes: tuple[str, ...] = ()
    # The place each produced event was given (location name and country), if any.
    places: Mapping[Triple, tuple[str, str]] = field(
        default_factory=dict, hash=False, compare=False
    )

    @property
    def correct(self) -> bool:
        return self.record.expected == self.produced


@dataclass
class Evaluation:
    """Scores over a suite: overall, per category, and the records that went wrong."""

    outcomes: list[Outcome] = field(default_factory=list)

    def summary(self) -> dict[str, object]:
        overall = Tally()
        categories: dict[str, Tally] = {}
        for outcome in self.outcomes:
            expected, produced = outcome.record.expected, outcome.produced
            overall.add(expected, produced)
            categories.setdefault(outcome.record.category, Tally()).add(expected, produced)
        result: dict[str, object] = dict(overall.scores())
        result["by_category"] = {name: tally.scores() for name, tally in sorted(categories.items())}
        result["root_recall_by_root"] = self.recall_by_root()
        result["quad_confusion"] = self.quad_confusion()
        result["failure_kinds"] = dict(self.failure_kinds().most_common())
        causes = Counter(cause.split(":")[0] for o in self.outcomes for cause in o.causes)
        if causes:
            result["miss_causes"] = dict(causes.most_common())
        if any(o.record.places for o in self.outcomes):
            result["location"] = self.location_scores()
        return result

    def location_scores(self) -> dict[str, float | int]:
        """Of the expected events the set places: how many were coded (same source, target
        and code), how many of those were given a place, and how many the right one (the
        same name, or the same country for a country code); and the same counted by country
        dyad and root, where an event with another agent or sub-code still counts as coded."""
        placed = coded = located = right = loose_coded = loose_right = 0
        for outcome in self.outcomes:
            for triple, gold in outcome.record.places.items():
                placed += 1
                matches = [
                    outcome.places.get(made)
                    for made in outcome.produced
                    if country_roots([made]) == country_roots([triple])
                ]
                loose_coded += bool(matches)
                loose_right += any(g is not None and same_place(gold, g) for g in matches)
                if triple not in outcome.produced:
                    continue
                coded += 1
                given = outcome.places.get(triple)
                located += given is not None
                right += given is not None and same_place(gold, given)
        return {
            "expected_with_place": placed,
            "coded": coded,
            "located": located,
            "right_place": right,
            "accuracy": round(_ratio(right, coded), 4),
            "coded_by_dyad_and_root": loose_coded,
            "right_place_by_dyad_and_root": loose_right,
            "accuracy_by_dyad_and_root": round(_ratio(loose_right, loose_coded), 4),
        }

    def recall_by_root(self) -> dict[str, dict[str, float | int]]:
        """For each CAMEO root expected: how many events, and the share found at the level
        of source country, target country and root."""
        expected: Counter[str] = Counter()
        found: Counter[str] = Counter()
        for outcome in self.outcomes:
            coded = country_roots(outcome.produced)
            for event in country_roots(outcome.record.expected):
                expected[event[2]] += 1
                found[event[2]] += event in coded
        return {
            root: {"expected": n, "recall": round(_ratio(found[root], n), 4)}
            for root, n in sorted(expected.items())
        }

    def quad_confusion(self) -> dict[str, dict[str, int]]:
        """Expected quad class against the quad class coded for the same country dyad:
        {expected: {coded: count}}, with "none" for an event missing on either side."""
        table: dict[str, Counter[str]] = {}
        for outcome in self.outcomes:
            for expected, coded in _quad_pairs(outcome.record.expected, outcome.produced):
                table.setdefault(expected, Counter())[coded] += 1
        return {row: dict(sorted(counts.items())) for row, counts in sorted(table.items())}

    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def failure_kinds(self) -> Counter[str]:
        return Counter(kind for o in self.failures() for kind in failure_kinds(o))


@dataclass(frozen=True)
class Change:
    """A sentence whose events differ between a saved run and this one."""

    id: str
    text: str
    expected: frozenset[Triple]
    before: frozenset[Triple]
    now: frozenset[Triple]

    @property
    def verdict(self) -> str:
        """better, worse or mixed: by events right and wrong at the headline level (country
        dyad and root), and where that is unchanged, by whole events."""
        coarse = _verdict(
            country_roots(self.expected), country_roots(self.before), country_roots(self.now)
        )
        return coarse or _verdict(self.expected, self.before, self.now) or "mixed"


def _verdict(
    expected: AbstractSet[Triple], before: AbstractSet[Triple], now: AbstractSet[Triple]
) -> str | None:
    right = len(now & expected) - len(before & expected)
    wrong = len(now - expected) - len(before - expected)
    if (right, wrong) == (0, 0):
        return None
    if right >= 0 and wrong <= 0:
        return "better"
    if right <= 0 and wrong >= 0:
        return "worse"
    return "mixed"


def _quad_pairs(
    expected: frozenset[Triple], produced: frozenset[Triple]
) -> Iterator[tuple[str, str]]:
    """(expected quad, coded quad) for each expected event, the coded one on the same country
    dyad (the same quad where there is one); ("none", coded) for each dyad coded but not
    expected."""
    coded: dict[tuple[str, str], set[str]] = {}
    for s, t, c in produced:
        coded.setdefault((s[:3], t[:3]), set()).add(str(quad_of(c)))
    wanted = set()
    for s, t, c in expected:
        quad, dyad = str(quad_of(c)), (s[:3], t[:3])
        wanted.add(dyad)
        found = coded.get(dyad, set())
        yield quad, quad if quad in found else min(found, default="none")
    for dyad, quads in coded.items():
        if dyad not in wanted:
            yield from (("none", quad) for quad in sorted(quads))


def snapshot(evaluation: Evaluation) -> dict[str, object]:
    """What each sentence produced, to save and compare a later run against."""
    return {
        "sentences": {
            key: {"text": o.record.text, "produced": sorted(map(list, o.produced))}
            for key, o in zip(_record_keys(evaluation.outcomes), evaluation.outcomes, strict=True)
        }
    }


def _record_keys(outcomes: list[Outcome]) -> list[str]:
    """One key per record: its id, and for a second record of the same id (the PETRARCH
    unit-test file repeats some) the id with its count ("AGENTS-18#2")."""
    seen: dict[str, int] = {}
    keys = []
    for outcome in outcomes:
        count = seen[outcome.record.id] = seen.get(outcome.record.id, 0) + 1
        keys.append(outcome.record.id if count == 1 else f"{outcome.record.id}#{count}")
    return keys


def compare(baseline: dict, evaluation: Evaluation) -> list[Change]:
    """The sentences whose produced events differ from the saved run's, in suite order."""
    saved = baseline.get("sentences", {})
    changes = []
    for key, outcome in zip(_record_keys(evaluation.outcomes), evaluation.outcomes, strict=True):
        record = outcome.record
        if key not in saved:
            continue
        before = frozenset(tuple(event) for event in saved[key]["produced"])
        if before != outcome.produced:
            changes.append(
                Change(record.id, record.text, record.expected, before, outcome.produced)
            )
    return changes


def failure_kinds(outcome: Outcome) -> list[str]:
    """Why a record is wrong, one reason per missing or extra event."""
    expected, produced = outcome.record.expected, outcome.produced
    if not produced:
        return ["no event coded"]
    if not expected:
        return ["event coded where none is expected"]
    kinds = []
    for missing in sorted(expected - produced):
        kinds.append(_nearest_miss(missing, produced - expected))
    kinds += ["extra event"] * max(0, len(produced - expected) - len(expected - produced))
    return kinds


def _nearest_miss(missing: Triple, extras: frozenset[Triple]) -> str:
    """The nearest extra event's kind of miss, the nearest kind first, so that a record's
    kinds do not depend on the order a set is walked in."""
    source, target, code = missing
    on_dyad = sorted(c for s, t, c in extras if (s, t) == (source, target))
    if on_dyad:
        same_root = any(root_of(c) == root_of(code) for c in on_dyad)
        return "right dyad and root, wrong code" if same_root else "right dyad, wrong root"
    same_code = [(s, t) for s, t, c in extras if c == code]
    if any(s == source for s, _ in same_code):
        return "wrong target"
    if any(t == target for _, t in same_code):
        return "wrong source"
    if (target, source) in same_code:
        return "source and target swapped"
    return "expected event missing"


def suite_lexicon(suite: Suite, directory: Path) -> Lexicon:
    """The suite's own dictionaries (the PETRARCH files its `<Environment>` names), read
    from `directory` and compiled through the importer."""
    from coders.petrarch.importer import import_all

    missing = [name for name in suite.dictionary_files if not (directory / name).is_file()]
    if missing:
        raise InputError(f"{directory}: missing {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as scratch:
        import_all([directory / name for name in suite.dictionary_files], Path(scratch))
        return Lexicon.load(Path(scratch))


def evaluate(suite: Suite, coder: Coder) -> Evaluation:
    """Code every record's text with its date and compare with the expected events."""
    articles = [
        Article(id=r.id or f"record-{n}", date=r.date, text=r.text, origin=r.id)
        for n, r in enumerate(suite.records)
    ]
    evaluation = Evaluation()
    for record, coded in zip(suite.records, coder.code(articles), strict=True):
        produced = frozenset((e.source_code, e.target_code, e.event_code) for e in coded.events)
        patterns = tuple(dict.fromkeys(e.matched_pattern for e in coded.events))
        evaluation.outcomes.append(Outcome(record, produced, patterns))
    return evaluation


PAGE_TITLE = (
    "# Validation scores\n\nWritten by `eventcoder evaluate --markdown`; do not edit by hand.\n"
)


def update_page(page: str, name: str, section: str) -> str:
    """The page with this suite's section replaced (or added); other suites' sections kept."""
    start, end = f"<!-- suite: {name} -->", f"<!-- end suite: {name} -->"
    block = f"{start}\n{section}{end}\n"
    if start in page and end in page:
        before, _, rest = page.partition(start)
        after = rest.partition(end)[2].lstrip("\n")
        return before + block + ("\n" + after if after.startswith("## ") else after)
    return (page or PAGE_TITLE).rstrip("\n") + "\n\n" + block


def markdown_report(name: str, summary: dict, evaluation: Evaluation, top: int = 10) -> str:
    """The scores, per category, and the commonest failure kinds of one suite, in Markdown."""
    lines = [f"## {name}", "", "| measure | value |", "|---|---|"]
    for key in (
        "records",
        "records_correct",
        "records_correct_fraction",
        "precision",
        "recall",
        "f1",
        "root_precision",
        "root_recall",
        "root_f1",
        "dyad_root_precision",
        "dyad_root_recall",
        "dyad_root_f1",
        "dyad_f1",
    ):
        lines.append(f"| {key} | {summary[key]} |")
    lines += [
        "",
        "### By category",
        "",
        "| category | records | correct | precision | recall | F1 | root F1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for category, scores in summary["by_category"].items():
        lines.append(
            f"| {category} | {scores['records']} | {scores['records_correct']} | "
            f"{scores['precision']} | {scores['recall']} | {scores['f1']} | "
            f"{scores['root_f1']} |"
        )
    lines += ["", f"### The {top} commonest failure kinds", "", "| kind | count |", "|---|---|"]
    for kind, count in evaluation.failure_kinds().most_common(top):
        lines.append(f"| {kind} | {count} |")
    lines += _recall_by_root_lines(summary)
    if "miss_causes" in summary:
        lines += ["", "### Why expected events were missed", "", "| cause | count |", "|---|---|"]
        lines += [f"| {cause} | {n} |" for cause, n in summary["miss_causes"].items()]
    if "location" in summary:
        lines += ["", "### Places (expected events the set places)", "", "| measure | value |"]
        lines += ["|---|---|"] + [f"| {k} | {v} |" for k, v in summary["location"].items()]
    return "\n".join(lines) + "\n"


def _recall_by_root_lines(summary: dict) -> list[str]:
    lines = ["", "### Recall by CAMEO root (country dyad and root)", ""]
    lines += ["| root | expected | recall |", "|---|---|---|"]
    for root, row in summary["root_recall_by_root"].items():
        lines.append(f"| {root} | {row['expected']} | {row['recall']} |")
    return lines

"""The public PETRARCH validation suites, scored as `eventcoder evaluate` scores them. The
current scores are floors: a change may raise them, never lower them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from coders import Coder, CoderConfig
from coders.evaluation import evaluate, parse_suite, suite_lexicon
from tests.conftest import ROOT

# Measured on 2026-11-28 (session 6); raise these when the coder improves. Issue 20 asks that
# the public suites not fall below 80% of the 284 unit-test records and GSR event F1 0.71.
# Session 48 measured 228 records, F1 0.8614, and the GSR's 52 of 78 records, F1 0.726;
# session 49 228, 0.8614 and 52, 0.731; session 50 228, 0.8614 and 53, 0.736. Session 58:
# 52, 0.727, as the topic of talks is no longer their target (issue 20, class 8), which the
# GSR's VERB_0 expects ("a summit on the unrest in Iran": USAGOV -> IRN; docs/validation.md).
UNIT_TEST_FLOOR = {"records_correct": 228, "f1": 0.86}
GSR_FLOOR = {"records_correct": 52, "f1": 0.727}


@pytest.fixture(scope="module")
def unit_tests(shared, nlp):
    suite = parse_suite((shared / "validation" / "PETR.UnitTest.records.xml").read_text())
    lexicon = suite_lexicon(suite, shared / "reference" / "petrarch" / "dictionaries")
    return evaluate(suite, Coder(CoderConfig(), nlp=nlp, lexicon=lexicon))


# The development set of real news (2019–2025), scored at the headline level: source
# country, target country and CAMEO root, and at the country-dyad level. Measured on
# 2026-12-02 (session 26, `eventcoder evaluate`): F1 0.653, precision 0.833, dyad F1 0.710;
# (session 27): 0.657, 0.835 and 0.712; (session 30): 0.659, 0.840 and 0.714; (session 31):
# 0.674, 0.844 and 0.729; (session 32): 0.678, 0.843 and 0.733; (session 34): 0.680, 0.844
# and 0.734; (session 35): 0.681, 0.844 and 0.736; (session 37, 2026-12-03): 0.683, 0.845 and
# 0.737; (session 38): 0.686, 0.846 and 0.741; (session 40): 0.691, 0.849 and 0.746;
# (session 41): 0.694, 0.854 and 0.746; (session 44, meetings both ways): 0.699, 0.858 and
# 0.749; (session 47): 0.714, 0.866 and 0.763; (session 49): 0.717, 0.867 and 0.764;
# (session 50): 0.718, 0.867 and 0.766; (session 51): 0.721, 0.868 and 0.769; (session 54):
# 0.731, 0.877 and 0.777; (session 60): 0.734, 0.879 and 0.780; (session 62): 0.7414, 0.8813
# and 0.7882; (session 69): 0.7472, 0.8868 and 0.7946; (session 72): 0.7494, 0.8895 and
# 0.7971; (session 73): 0.7517, 0.8921 and 0.7995; (session 74): 0.7517, 0.8921 and 0.8005;
# (session 76): 0.7585, 0.8935 and 0.8078; (session 77): 0.7594, 0.8958 and 0.8088; (session
# 81): 0.7621, 0.8964 and 0.8102. A rule must not lower them.
REAL_NEWS_FLOOR = {"dyad_root_f1": 0.762, "dyad_root_precision": 0.896, "dyad_f1": 0.810}


@pytest.fixture(scope="module")
def real_news(shared, coder):
    from coders.newsset import evaluate_stories, parse_stories

    path = shared / "validation" / "realnews-dev.jsonl"
    return evaluate_stories(parse_stories(path.read_text(encoding="utf-8"), str(path)), coder)


def test_real_news_scores_do_not_fall_below_the_floor(real_news):
    summary = real_news.summary()
    assert summary["records"] == 472
    for measure, floor in REAL_NEWS_FLOOR.items():
        assert summary[measure] >= floor, (measure, summary[measure])


# The project's own codebook sentences (examples/codebook-sentences.jsonl): 613 news-like
# sentences for the CAMEO codes and rules, written here. Measured on 2026-12-01 (session 24):
# 392 of 613 sentences right, event F1 0.676, dyad and root F1 0.914; on 2026-12-02
# (session 27): 393, 0.676 and 0.916; on 2026-12-02 (session 28): 399, 0.683 and 0.918;
# (session 32): 401, 0.685 and 0.919; (session 34): 402, 0.686 and 0.920; (session 35): 403,
# 0.688 and 0.920; (session 36): 404, 0.688 and 0.921; (session 38): 404, 0.688 and 0.922;
# (session 40): 409, 0.696 and 0.923; (session 41): 410, 0.697 and 0.923; (session 44, with
# four meetings recoded both ways): 410, 0.703 and 0.925; (session 49): 416, 0.714 and 0.928;
# (session 50, three visits to a country recoded one way, as docs/conventions.md says: the
# three hosts dropped from gold and output alike, so the ratios dip): 416, 0.713 and 0.9278;
# (session 51): 418, 0.716 and 0.929; (session 59): 428, 0.728 and 0.934; (session 60): 430,
# 0.731 and 0.934; (session 61): 431, 0.7327 and 0.934; (session 62): 433, 0.7346 and 0.936;
# (session 69, with cb-481's launch of the drones intercepted added to its gold, as the
# development set codes it): 434, 0.7365 and 0.9376; (session 74, with cb-053 "the Cuban
# government eased restrictions on private businesses" parsed and coded 085 where the file
# has 0811, the root and dyad right, the exact code not): 434, 0.7359 and 0.9384; (session 76):
# 435, 0.7370 and 0.9398; (session 81, an appeal to settle a dispute 027): 436, 0.7399 and
# 0.9398.
CODEBOOK_FLOOR = {"records_correct": 436, "f1": 0.739, "dyad_root_f1": 0.939}
# The project's own wire stories (examples/wire-stories.jsonl): 137 short stories, 357
# sentences of 2019-2025 news in every region, written and coded by hand here in sessions 23
# (88 stories), 24 (29) and 25 (20, in the development set's longer style) to find causes
# the development set no longer shows. Measured on 2026-12-01 (session 25): 150 of 357
# sentences right, event F1 0.498, dyad and root F1 0.765 (137, 0.454 and 0.714 with the
# session's starting code); on 2026-12-02 (session 26): 152, 0.504 and 0.775; (session 27,
# with two codings mended to the role at the event): 154, 0.506 and 0.777; (session 28): 156,
# 0.511 and 0.784; (session 30): 157, 0.514 and 0.790; (session 31): 158, 0.516 and 0.791;
# (session 32): 162, 0.525 and 0.800; (session 33): 164, 0.529 and 0.801; (session 34): 165,
# 0.539 and 0.802; (session 35, with the Cherizier demand mended to 1041): 167, 0.546 and
# 0.800; (session 36, with the WHO's regret mended to the CAMEO file's REGRET, 110): 168,
# 0.547 and 0.804; (session 37): 169, 0.546 and 0.810; (session 40): 172, 0.555 and 0.813;
# (session 41): 173, 0.556 and 0.814; (session 42): 173, 0.555 and 0.817; (session 43): 174,
# 0.555 and 0.819; (session 44, with four meetings recoded both ways): 175, 0.558 and 0.822;
# (session 49, with a demand for withdrawal mended to CAMEO's 106): 180, 0.573 and 0.825;
# (session 50): 181, 0.576 and 0.828; (session 51): 181, 0.576 and 0.840; (session 54): 185,
# 0.584 and 0.848; (session 62, with two codings changed to the development set's conventions:
# a comment withheld is 011, warplanes detected near a state are a show of force): 188, 0.5937
# and 0.8578; (session 69): 192, 0.6070 and 0.8727; (session 73): 193, 0.6107 and 0.8748;
# (session 74): 195, 0.6154 and 0.8748; (session 75): 196, 0.6170 and 0.8762; (session 76):
# 197, 0.6193 and 0.8787; (session 78): 198, 0.6200 and 0.8787; (session 81, an attack's toll
# told by a participle the attack's): 199, 0.6208 and 0.8798.
WIRE_STORIES_FLOOR = {"records_correct": 199, "f1": 0.620, "dyad_root_f1": 0.879}
# The project's probe stories (examples/probe-stories.jsonl): 200 stories, 1,000 sentences
# of 2019-2025 news, written and coded by hand in session 77 to find the commonest causes of
# wrong events. Measured on 2026-12-07 (session 77): 452 of 1,000 sentences right, event F1
# 0.4345, dyad and root F1 0.7297 (437, 0.4155 and 0.7077 with the session's starting code).
# Session 78 added 75 stories (375 sentences, pr-1331 to pr-1407): on all 1,375 sentences,
# 593 right, event F1 0.4251, dyad and root F1 0.7199 (582, 0.4179 and 0.7095 at its start).
# Session 79 added 70 stories (312 sentences, pr-1408 to pr-1509): on all 1,687 sentences,
# 718 right, event F1 0.4169, dyad and root F1 0.7221 (709, 0.4125 and 0.7072 at its start).
# Session 80 added 75 stories (205 sentences, pr-1510 to pr-1584): on all 1,892 sentences,
# 797 right, event F1 0.4241, dyad and root F1 0.7283 (784, 0.4150 and 0.7155 at its start).
# Session 81 added 38 stories (149 sentences, pr-1585 to pr-1622) and recoded three appeals
# to settle a dispute as 027: on all 2,041 sentences, 868 right, event F1 0.4492, dyad and
# root F1 0.7370 (855, 0.4392 and 0.7336 at its start).
PROBE_STORIES_FLOOR = {"records_correct": 868, "f1": 0.449, "dyad_root_f1": 0.737}


# The project's own placed sentences (examples/place-sentences.jsonl): 83 sentences of
# 2019-2025 news, written here in session 28 with the place of 77 events (79 since session 44
# codes a meeting both ways). Measured on 2026-12-02 (session 28): of the events found with
# their dyad and root, 45 of 55 in the right place (0.82; 40 of 55, 0.73, with the session's
# starting code); of those found exactly, 24 of 27 (22 of 26).
PLACE_FLOOR = {"accuracy_by_dyad_and_root": 0.78, "accuracy": 0.85}


def test_own_placed_sentences_keep_their_places(coder):
    from coders.newsset import evaluate_stories, parse_stories

    path = ROOT / "examples" / "place-sentences.jsonl"
    evaluation = evaluate_stories(parse_stories(path.read_text(encoding="utf-8"), str(path)), coder)
    places = evaluation.summary()["location"]
    assert places["expected_with_place"] == 79
    for measure, floor in PLACE_FLOOR.items():
        assert places[measure] >= floor, (measure, places[measure])


@pytest.mark.parametrize(
    ("name", "records", "floors"),
    [
        ("codebook-sentences.jsonl", 613, CODEBOOK_FLOOR),
        ("wire-stories.jsonl", 357, WIRE_STORIES_FLOOR),
        ("probe-stories.jsonl", 2041, PROBE_STORIES_FLOOR),
    ],
)
def test_own_sets_do_not_fall_below_their_floor(coder, name, records, floors):
    from coders.newsset import evaluate_stories, parse_stories

    path = ROOT / "examples" / name
    evaluation = evaluate_stories(parse_stories(path.read_text(encoding="utf-8"), str(path)), coder)
    scores = evaluation.summary()
    assert scores["records"] == records
    for measure, floor in floors.items():
        assert scores[measure] >= floor, (measure, scores[measure])


@pytest.fixture(scope="module")
def gold_standard(shared, coder):
    suite = parse_suite((shared / "validation" / "PETR2_GSR_validation.xml").read_text())
    return evaluate(suite, coder)


def test_suites_are_read_whole(unit_tests, gold_standard):
    assert unit_tests.summary()["records"] == 284
    assert gold_standard.summary()["records"] == 78
    assert {o.record.category for o in unit_tests.outcomes} >= {"DEMO", "COMPOUND", "SYNSET"}


@pytest.mark.parametrize(
    ("name", "floor"), [("unit_tests", UNIT_TEST_FLOOR), ("gold_standard", GSR_FLOOR)]
)
def test_scores_do_not_fall_below_the_floor(request, name, floor):
    summary = request.getfixturevalue(name).summary()
    assert summary["records_correct"] >= floor["records_correct"]
    assert summary["f1"] >= floor["f1"]


def test_first_light_record_codes_as_expected(unit_tests):
    [demo] = [o for o in unit_tests.outcomes if o.record.id == "DEMO-00"]
    assert demo.produced == {("ARN", "GON", "064")} == demo.record.expected


SMALL_SUITE = """<Validation><Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment>
<Sentences>
<!-- <Sentence date="20200101" id="OFF" category="X"><Text>commented out</Text></Sentence> -->
<Sentence category="A" date="20220224" id="one" evaluate="true"/>
<EventCoding eventcode="111" sourcecode="IGOWSTNAT" targetcode="RUS" />
<Text>NATO condemned Russia.</Text>
</Sentence>
<Sentence date = "080806" id ="two" category="B" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Russia knitted a scarf for Ukraine.</Text>
</Sentence>
<Sentence date="20220301" id="three" category="B" sentence="true">
<EventCoding sourcecode="JPN" targetcode="CHN" eventcode="111"></EventCoding>
<Text>Japan praised China.</Text>
</Sentence>
</Sentences></Validation>"""


def test_evaluate_command_reports_scores_and_failures(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    path = tmp_path / "small.xml"
    path.write_text(SMALL_SUITE)
    page = tmp_path / "validation.md"
    result = CliRunner().invoke(
        app, ["evaluate", str(path), "--json", "--failures", "--markdown", str(page)]
    )
    assert result.exit_code == 0, result.output
    summary = __import__("json").loads(result.output.splitlines()[0])
    assert (summary["records"], summary["records_correct"]) == (3, 2)
    assert (summary["precision"], summary["recall"]) == (0.5, 0.5)
    assert summary["by_category"]["B"]["records_correct"] == 1
    assert summary["failure_kinds"] == {"right dyad, wrong root": 1}
    assert "three [B] Japan praised China." in result.output
    assert "expected: JPN CHN 111" in result.output and "produced: JPN CHN 051" in result.output
    assert "<!-- suite: small.xml -->" in page.read_text()


def test_names_joined_by_underscores_in_a_record_read_as_words():
    suite = parse_suite(SMALL_SUITE.replace("Japan praised China.", "Japan praised Dol_Amroth."))
    assert suite.records[-1].text == "Japan praised Dol Amroth."


STORIES = [
    # One story: the second sentence's expected root is right but its code is not.
    ("s-1", 0, "Russia criticized Ukraine.", [("RUSGOV", "UKRGOV", "111")]),
    ("s-1", 1, "Japan praised China.", [("JPN", "CHN", "057")]),
    ("s-2", 0, "The weather was mild.", []),
    ("s-2", 1, "Kenya met Uganda.", [("KEN", "UGA", "040"), ("UGA", "KEN", "040")]),
]


def stories_jsonl() -> str:
    """STORIES in realnews-dev.jsonl's format, one sentence a line."""
    return "\n".join(
        json.dumps(
            {
                "story": story,
                "date": "2022-05-01",
                "sentence": index,
                "text": text,
                "events": [{"source": s, "target": t, "code": c} for s, t, c in events],
            }
        )
        for story, index, text, events in STORIES
    )


def test_a_json_lines_set_of_stories_is_scored_by_sentence(coder):
    from coders.newsset import evaluate_stories, parse_stories

    stories = parse_stories(stories_jsonl(), "set.jsonl")
    assert [(s.id, len(s.sentences)) for s in stories] == [("s-1", 2), ("s-2", 2)]
    summary = evaluate_stories(stories, coder).summary()
    # Full codes: only the meeting, 040 both ways, is exact (Russia is coded RUS, not RUSGOV;
    # 051 is not 057).
    assert (summary["precision"], summary["recall"]) == (0.5, 0.5)
    # Country dyad and root: all four right.
    assert summary["dyad_root_f1"] == 1.0
    assert summary["root_recall_by_root"]["05"] == {"expected": 1, "recall": 1.0}
    # Each expected event is coded in its own quad class on its dyad: the criticism (verbal
    # conflict, 3) and the three cooperative events (1).
    assert summary["quad_confusion"] == {"1": {"1": 3}, "3": {"3": 1}}
    assert summary["records_correct"] == 2  # the empty sentence and Kenya–Uganda


def test_a_bad_line_in_a_set_of_stories_is_named():
    from coders.errors import InputError
    from coders.newsset import parse_stories

    with pytest.raises(InputError, match=r"set.jsonl:2: not a sentence record"):
        parse_stories(
            '{"story": "a", "date": "2022-01-01", "sentence": 0, "text": "x", '
            '"events": []}\n{"story": "a"}\n',
            "set.jsonl",
        )


def test_an_expected_event_code_that_is_no_cameo_code_is_named_with_its_line():
    from coders.errors import InputError
    from coders.newsset import parse_stories

    # A root alone is a code ("19"); a single digit is not, and would count in no quad class.
    good = '{"story": "a", "date": "2022-01-01", "sentence": 0, "text": "x", "events": []}'
    event = '{"source": "IND", "target": "PAK", "code": "%s"}'
    line = '{"story": "a", "date": "2022-01-01", "sentence": 1, "text": "y", "events": [%s]}'
    [story] = parse_stories(good + "\n" + line % (event % "19"), "set.jsonl")
    assert [r.expected for r in story.sentences][1] == frozenset({("IND", "PAK", "19")})
    with pytest.raises(InputError, match=r"set.jsonl:2: '1' is not a CAMEO event code"):
        parse_stories(good + "\n" + line % (event % "1"), "set.jsonl")


def test_compare_lists_the_sentences_whose_events_changed(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    stories = tmp_path / "stories.jsonl"
    stories.write_text(stories_jsonl(), encoding="utf-8")
    saved = tmp_path / "run.json"
    runner = CliRunner()
    first = runner.invoke(app, ["evaluate", str(stories), "--save", str(saved)])
    assert first.exit_code == 0, first.output
    # As if the run before had coded nothing for Kenya–Uganda, and Japan–China the other way.
    run = json.loads(saved.read_text(encoding="utf-8"))
    run["sentences"]["s-2:1"]["produced"] = []
    run["sentences"]["s-1:1"]["produced"] = [["CHN", "JPN", "051"]]
    saved.write_text(json.dumps(run), encoding="utf-8")
    again = runner.invoke(app, ["evaluate", str(stories), "--compare", str(saved)])
    assert again.exit_code == 0, again.output
    assert "better: s-2:1 Kenya met Uganda." in again.output
    # Judged first by country dyad and root: JPN → CHN 05 is now right, CHN → JPN 05 gone.
    assert "better: s-1:1 Japan praised China." in again.output
    assert "2 sentences changed: 2 better, 0 worse, 0 mixed" in again.output


def test_compare_tells_apart_records_that_share_an_id():
    from coders.evaluation import Evaluation, Outcome, Record, compare, snapshot

    def outcome(text: str, produced: set) -> Outcome:
        record = Record("AGENTS-18", "AGENT", date(1995, 1, 1), text, frozenset())
        return Outcome(record, frozenset(produced), ())

    first = Evaluation([outcome("Gondor met Rohan.", {("GON", "ROH", "040")}), outcome("x", set())])
    saved = json.loads(json.dumps(snapshot(first)))
    assert compare(saved, first) == []  # the same run: nothing changed
    later = Evaluation([outcome("Gondor met Rohan.", set()), outcome("x", set())])
    [change] = compare(saved, later)
    assert (change.text, change.before, change.now) == (
        "Gondor met Rohan.",
        frozenset({("GON", "ROH", "040")}),
        frozenset(),
    )


def test_a_miss_is_judged_by_the_nearest_extra_event_whatever_the_order():
    from coders.evaluation import Outcome, Record, failure_kinds

    record = Record("r", "X", date(2023, 1, 1), "x", frozenset({("PER", "CHL", "040")}))
    # An extra event on the same dyad is nearer than one with the same code elsewhere.
    produced = frozenset({("PER", "BOL", "040"), ("PER", "CHL", "190")})
    assert failure_kinds(Outcome(record, produced, ())) == ["right dyad, wrong root", "extra event"]

"""The dictionary tools a user works with: lookup, lint, gaps, stats, and their own files."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from coders import Article
from coders.dictionaries import load_dictionaries
from coders.lint import lint
from coders.lookup import lookup
from coders.pipeline import DEFAULT_DICTIONARIES
from flows.cli import app
from flows.gaps import dictionary_gaps
from flows.settings import Settings
from warehouse import Warehouse
from warehouse.selection import ArticleSelection

runner = CliRunner()


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries(DEFAULT_DICTIONARIES)


@pytest.mark.parametrize(
    ("name", "day", "code", "why"),
    [
        ("Yang Jiechi", "2022-09-20", "CHNGOV", "the entry dated 2007-04-27 to 2022-12-31"),
        ("Yang Jiechi", "2023-06-01", "CHNELI", "no dated entry holds on 2023-06-01"),
        ("Gondor", "2022-01-01", None, "no dictionary entry lists this name"),
        ("foreign minister", "2022-01-01", None, "an agent phrase (GOV)"),
        ("Port-au-Prince", "2024-01-01", "HTI", "the undated entry"),
        ("Valery Zaluzhny", "2023-06-01", "UKRMIL", "the entry dated 2021-07-27 to 2024-02-08"),
        ("Valery Zaluzhny", "2024-06-01", "UKRGOV", "the entry dated 2024-05-09 to …"),
        # The office holders file lists him from 2009; Phoenix's older roles still hold
        # before that, but not its open-ended "ISRGOV from 2009" in 2021-2022.
        ("Benjamin Netanyahu", "1998-01-01", "ISRGOV", "earlier file's entry dated 1996-06-18"),
        ("Benjamin Netanyahu", "2021-10-01", "ISRLEG", "the undated entry"),
        ("Milosevic", "1999-03-20", "SCGGOV", "the entry dated 1997-07-23 to 2000-10-07"),
    ],
)
def test_lookup_says_which_entry_decides_and_why(shipped, name, day, code, why):
    found = lookup(shipped, name, date.fromisoformat(day))
    assert found.code == code
    assert why in found.reason


def test_a_users_undated_null_code_silences_a_name_on_every_date(tmp_path):
    own = tmp_path / "actors.local.tsv"
    own.write_text("name\tcode\tstart\tend\tnote\nbenjamin netanyahu\t---\n")
    found = lookup(
        load_dictionaries(DEFAULT_DICTIONARIES, [own]), "Benjamin Netanyahu", date(1998, 1, 1)
    )
    assert found.code is None
    assert "so that it codes nothing" in found.reason


def test_lookup_command_prints_the_entries_as_json():
    output = invoke("dictionaries", "lookup", "Yang Jiechi", "--date", "2022-09-20", "--json")
    found = json.loads(output)
    assert found["code"] == "CHNGOV"
    assert {"code": "CHNELI", "start": None, "end": None}.items() <= found["actor_entries"][
        -1
    ].items()


def write(folder, name: str, text: str):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_lint_reports_every_problem_with_file_and_line(tmp_path):
    folder = write(
        tmp_path / "d",
        "actors.a.tsv",
        "name\tcode\tstart\tend\n"
        "gondor\tGON\n"
        "gondor\tGON\n"  # duplicate
        "arnor\tARN\n"
        "arnor\tGON\n"  # conflict
        "rohan\tROH\t2001-02-30\n"  # not a date
        "rohan\tROHGOV\t2001-01-01\t2005-12-31\n"
        "rohan\tROHMIL\t2004-01-01\t2008-12-31\n",  # dates overlap, other code
    )
    write(folder, "verbs.a.tsv", "verb\tcode\tpattern\npraise\t051\t&kinds\nmeet\t040\nmeet\t043\n")
    findings = [str(f) for f in lint(folder)]
    assert findings == [
        f"{folder / 'actors.a.tsv'}:6: error: '2001-02-30' is not a date (YYYY-MM-DD)",
        "actors.a.tsv:3: warning: duplicate of actors.a.tsv:2",
        "actors.a.tsv:5: conflict: 'arnor' is GON here but ARN at actors.a.tsv:4 for the same "
        "dates; the coder uses the first",
        "actors.a.tsv:8: conflict: 'rohan' is ROHMIL here but ROHGOV at actors.a.tsv:7 for the "
        "same dates; the coder uses the first",
        "verbs.a.tsv:2: warning: never matches: &kinds undefined",
        "verbs.a.tsv:4: warning: never used: the same pattern at verbs.a.tsv:3 (040) wins",
    ]


def test_lint_command_fails_on_unreadable_rows_only(tmp_path):
    folder = write(tmp_path / "d", "actors.a.tsv", "gondor\tGON\ngondor\tGON\n")
    assert (
        runner.invoke(app, ["dictionaries", "lint", "--dictionaries", str(folder)]).exit_code == 0
    )
    strict = ["dictionaries", "lint", "--dictionaries", str(folder), "--strict"]
    assert runner.invoke(app, strict).exit_code == 1
    write(folder, "agents.a.tsv", "minister\tgov\n")
    result = runner.invoke(app, ["dictionaries", "lint", "--dictionaries", str(folder)])
    assert result.exit_code == 1
    assert "agents.a.tsv:1: error: agent row needs a phrase and a code like GOV" in result.output


def test_stats_json_has_the_documented_keys():
    stats = json.loads(invoke("dictionaries", "stats", "--json"))
    for key in ("actor_names", "agents", "verbs", "verb_patterns", "synsets", "issues", "discards"):
        assert stats[key] > 0, key
    assert stats["verb_patterns"] >= 10_000


def test_user_dictionary_flag_changes_coding_and_version(tmp_path):
    mine = write(tmp_path / "mine", "actors.mine.tsv", "name\tcode\nGondor\tGON\n")
    sentence = "Gondor criticized Russia."
    plain = invoke("code", sentence, "--date", "2022-03-02")
    added = invoke(
        "code",
        sentence,
        "--date",
        "2022-03-02",
        "--user-dictionaries",
        str(mine / "actors.mine.tsv"),
    )
    assert plain == ""
    [event] = [json.loads(line) for line in added.splitlines()]
    assert (event["source_code"], event["target_code"], event["event_code"]) == (
        "GON",
        "RUS",
        "111",
    )
    stats = json.loads(invoke("dictionaries", "stats", "--json"))
    with_mine = json.loads(
        invoke("dictionaries", "stats", "--json", "--user-dictionaries", str(mine))
    )
    assert event["dictionary_version"] == with_mine["version"] != stats["version"]


def test_a_user_file_must_say_what_it_holds(tmp_path):
    odd = write(tmp_path / "mine", "people.tsv", "Gondor\tGON\n") / "people.tsv"
    result = runner.invoke(app, ["code", "Gondor left.", "--user-dictionaries", str(odd)])
    assert result.exit_code == 1
    assert "a dictionary file's name starts with what it holds" in result.output


@pytest.mark.slow
def test_gaps_lists_discovered_actors_unmatched_names_and_verbs_without_events(tmp_path, coder):
    texts = [
        "Russia and China framed their friendship treaty.",
        "Elbonia criticized Russia. Russia and China framed their treaty again.",
        "Ghanaian Foreign Minister Kwesi Adomako criticized Russia.",
    ]
    articles = [
        Article(id=f"g{i}", date=date(2022, 5, i + 1), text=t, origin=f"g{i}")
        for i, t in enumerate(texts)
    ]
    store = Warehouse(tmp_path / "wh")
    store.write(list(coder.code(articles)), run_id="r")
    gaps = dictionary_gaps(Settings(warehouse=store.root), ArticleSelection(), 100).top(5)
    assert gaps["verbs_without_events"][0] == {
        "verb": "frame",
        "count": 2,
        "example": "Russia and China framed their treaty again.",
    }
    assert ("Elbonia", 1) in [(n["name"], n["count"]) for n in gaps["unmatched_names"]]
    [discovered] = gaps["discovered_actors"]
    assert (discovered["name"], discovered["code"], discovered["count"]) == (
        "Kwesi Adomako",
        "GHAGOV",
        1,
    )
    assert (
        discovered["row"] == "kwesi adomako\tGHAGOV\t\t\tdiscovered; seen 2022-05-03 to 2022-05-03"
    )

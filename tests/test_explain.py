"""`eventcoder explain` and the causes `evaluate` gives for missed events: what a dictionary
maintainer reads to see why a sentence codes as it does."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from flows.cli import app


def test_explain_shows_actors_with_their_dictionary_lines_the_pattern_and_the_event():
    result = CliRunner().invoke(
        app, ["explain", "Peru summoned the Chilean ambassador.", "--date", "2023-06-01"]
    )
    assert result.exit_code == 0, result.output
    assert '"Peru" PER  actors.' in result.output
    assert '"ambassador" GOV  agents.1-eventcoder.tsv:' in result.output
    assert "summoned: verbs.1-eventcoder.tsv:" in result.output
    assert "PERGOV → CHLGOV 114" in result.output


def test_explain_says_which_sentences_a_run_would_not_parse():
    text = "Peru spoke on Monday. Chile criticized Peru."
    result = CliRunner().invoke(app, ["explain", text, "--date", "2023-06-01", "--json"])
    assert result.exit_code == 0, result.output
    one_name, two_names = json.loads(result.output)
    assert (one_name["skipped_by_triage"], two_names["skipped_by_triage"]) == (True, False)
    shown = CliRunner().invoke(app, ["explain", "Peru spoke on Monday.", "--date", "2023-06-01"])
    assert "triage: a run does not parse this sentence" in shown.output


def test_explain_shows_where_the_event_was_placed_and_why():
    result = CliRunner().invoke(
        app, ["explain", "Peru's president met Chile's president in Arica.", "--date", "2023-06-01"]
    )
    assert result.exit_code == 0, result.output
    assert "PERGOV → CHLGOV 040" in result.output
    assert "at Arica, CHL (city, named in its clause)" in result.output


def test_explain_shows_a_place_carried_from_the_encounter_before():
    text = "Peru's president met Chile's president in Arica. The sides agreed to reopen the border."
    result = CliRunner().invoke(app, ["explain", text, "--date", "2023-06-01", "--json"])
    assert result.exit_code == 0, result.output
    first, second = json.loads(result.output)
    assert any("at Arica, CHL (city, named in its clause)" in e for e in first["events"])
    assert second["events"] and all(
        "at Arica, CHL (city, where the same actors met or acted a few sentences before)" in e
        for e in second["events"]
    )


def test_explain_json_names_the_rule_that_set_a_verb_aside():
    result = CliRunner().invoke(
        app, ["explain", "Peru did not attack Chile.", "--date", "2023-06-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    [sentence] = json.loads(result.output)
    [verb] = [v for v in sentence["verbs"] if v["verb"] == "attack"]
    assert verb["outcome"] == "negated" and verb["code"] is None
    assert verb["matched_code"] == "190"
    assert sentence["events"] == []


def test_explain_carries_the_story_forward(coder):
    from coders.explain import explain

    text = "Thousands of teachers marched in Lima. Police arrested forty people."
    first, second = explain(text, date(2023, 6, 1), coder)
    assert first.home == second.home == "PER"
    [arrest] = [v for v in second.verbs if v.verb == "arrested"]
    assert (arrest.sources, arrest.targets) == (["PERCOP"], ["PERCVL"])


@pytest.mark.parametrize(
    ("text", "expected", "cause"),
    [
        ("Peru criticized Chile.", ("PER", "CHL", "190"), "wrong root"),
        ("Peru criticized Chile.", ("CHL", "PER", "111"), "wrong direction"),
        ("Peru criticized Chile.", ("BOL", "CHL", "111"), "no source actor"),
        ("Peru criticized Chile.", ("PER", "BOL", "111"), "no target actor"),
        ("Peru criticized Chile.", ("PERGOV", "CHL", "111"), "agent or subcode differs"),
        ("Peru did not criticize Chile.", ("PER", "CHL", "111"), "filtered by a rule: negated"),
        ("Peru and Chile are neighbours.", ("PER", "CHL", "040"), "no verb pattern"),
    ],
)
def test_each_missed_event_gets_its_cause(coder, text, expected, cause):
    from coders.evaluation import Record
    from coders.newsset import Story, evaluate_stories

    record = Record("s:0", "s", date(2023, 6, 1), text, frozenset({expected}))
    [outcome] = evaluate_stories([Story("s", date(2023, 6, 1), (record,))], coder).outcomes
    assert outcome.causes == (cause,)

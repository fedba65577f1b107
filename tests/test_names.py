"""Names for actor codes, as a reader of a table or a chart sees them."""

from __future__ import annotations

import pytest

from coders.names import load_actor_names


@pytest.fixture(scope="module")
def names():
    return load_actor_names()


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"),
        ("RUSGOV", "Government (Russia)"),
        ("USAGOVMIL", "Government, military (United States)"),
        ("PSE", "Palestine"),
        ("IGOWSTNAT", "NATO"),
        ("IGOUNOMIL", "Military (United Nations)"),
        ("IGOUNOHLHWHO", "World Health Organization"),
        ("PSEREBHMS", "Hamas"),
        ("MNCJPN", "Multinational company, Japan"),
        ("---CVL", "Civilians (Unknown country)"),
        ("MEA", "Middle East"),
    ],
)
def test_codes_are_named_in_words(names, code, name):
    assert names.name(code).name == name


def test_the_parts_of_a_name_are_kept_apart(names):
    sudan = names.name("sdnmil")
    assert (sudan.code, sudan.country_code, sudan.country_name) == ("SDNMIL", "SDN", "Sudan")
    assert (sudan.agent_code, sudan.agent_name) == ("MIL", "military")


def test_a_code_no_table_knows_is_its_own_name(names):
    unknown = names.name("QQQ")
    assert unknown.name == "QQQ" and unknown.country_name is None

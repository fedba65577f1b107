"""Actors of 2016-2026: the shipped table of office holders and armed groups, dated roles, and
actors discovered from the text. The people in the discovery cases are invented, so that no
dictionary lists them; the office holders are real, looked up on dates inside and outside
their terms."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest

from coders import Coder, CoderConfig
from coders.dictionaries import ActorEntry, Dictionaries, load_dictionaries
from coders.lookup import lookup
from coders.pipeline import DEFAULT_DICTIONARIES
from tests.conftest import dyads

EVENTCODER_ACTOR_FILES = sorted(DEFAULT_DICTIONARIES.glob("actors.1-*.tsv"))
# Codes that name no country: organisations, NGOs, multinationals, international militants,
# and CAMEO's region "the West", which the Phoenix files do not use.
STATELESS = ("IGO", "NGO", "MNC", "IMG", "WST")


@pytest.fixture(scope="module")
def shipped() -> Dictionaries:
    return load_dictionaries(DEFAULT_DICTIONARIES)


def _entries(shipped, path) -> list[ActorEntry]:
    return [e for e in shipped.actors if e.source == path.name]


# CAMEO countries the Phoenix dictionaries have no row for: the Holy See.
COUNTRIES_PHOENIX_LACKS = frozenset({"VAT"})


def _countries(shipped) -> set[str]:
    """The country and region codes of the Phoenix country and international dictionaries:
    CAMEO's list of countries, and regions such as WST and EUR; and the CAMEO countries the
    Phoenix files lack."""
    phoenix = {e.code[:3] for e in shipped.actors if e.source.startswith("actors.0-phoenix")}
    return phoenix | COUNTRIES_PHOENIX_LACKS


def test_the_office_holder_and_armed_group_tables_ship(shipped):
    names = {path.name for path in EVENTCODER_ACTOR_FILES}
    assert {
        "actors.1-eventcoder-office-holders.tsv",
        "actors.1-eventcoder-armed-groups.tsv",
    } <= names
    office = _entries(shipped, DEFAULT_DICTIONARIES / "actors.1-eventcoder-office-holders.tsv")
    assert len(office) > 800


@pytest.mark.parametrize("path", EVENTCODER_ACTOR_FILES, ids=lambda p: p.name)
def test_dated_rows_are_ordered_and_a_name_never_holds_two_roles_at_once(shipped, path):
    entries = _entries(shipped, path)
    reversed_dates = [
        f"{path.name}:{e.line}" for e in entries if e.start and e.end and e.start > e.end
    ]
    assert reversed_dates == []
    by_name: dict[str, list[ActorEntry]] = {}
    for entry in entries:
        if entry.dated:
            by_name.setdefault(entry.name, []).append(entry)
    overlapping = [
        f"{path.name}:{a.line} and {b.line} ({a.name})"
        for rows in by_name.values()
        for a, b in combinations(rows, 2)
        if (a.start or date.min) <= (b.end or date.max)
        and (b.start or date.min) <= (a.end or date.max)
    ]
    assert overlapping == []


@pytest.mark.parametrize("path", EVENTCODER_ACTOR_FILES, ids=lambda p: p.name)
def test_every_code_is_a_cameo_country_or_organisation(shipped, path):
    countries = _countries(shipped)
    unknown = [
        f"{path.name}:{e.line} {e.code}"
        for e in _entries(shipped, path)
        for code in e.code.split("/")
        if code != "---" and not code.startswith(STATELESS) and code[:3] not in countries
    ]
    assert unknown == []


# A role is the one held on the article's date: a head of government or a minister before,
# during and after office (the undated row makes a living former office holder an elite).
DATED_ROLE_CASES = [
    ("Mohamed Bazoum", "2019-06-01", "NERELI"),
    ("Mohamed Bazoum", "2022-06-01", "NERGOV"),
    ("Mohamed Bazoum", "2024-06-01", "NERELI"),
    ("Sameh Shoukry", "2013-06-01", "EGYELI"),  # the undated row holds before the term too
    ("Sameh Shoukry", "2020-06-01", "EGYGOV"),
    ("Sameh Shoukry", "2025-06-01", "EGYELI"),
    ("Ibrahim Traore", "2023-03-01", "BFAGOV"),
    ("Abdourahamane Tchiani", "2022-03-01", "NERMIL"),
    ("Abdourahamane Tchiani", "2024-03-01", "NERGOV"),
    ("Ahmed al-Sharaa", "2023-03-01", "SYRREB"),
    ("Ahmed al-Sharaa", "2025-03-01", "SYRGOV"),
    ("Rapid Support Forces", "2020-01-01", "SDNMIL"),
    ("Rapid Support Forces", "2024-01-01", "SDNREB"),
    ("Bassirou Diomaye Faye", "2025-01-01", "SENGOV"),
    ("Viktor Orbán", "2024-01-01", "HUNGOV"),
    ("M23", "2024-01-01", "CODREB"),
    ("African Union", "2024-01-01", "IGOAFRAFU"),
    ("Moussa Faki", "2012-01-01", "TCDGOV"),
    ("Moussa Faki", "2021-01-01", "IGOAFRAFU"),
    ("Moussa Faki", "2025-06-01", "TCDELI"),
    ("Zoran Zaev", "2023-05-01", "MKDELI"),
    ("Zoran Zaev", "2021-05-01", "MKDGOV"),
    ("Hristijan Mickoski", "2021-05-01", "MKDOPP"),
    ("Hristijan Mickoski", "2025-05-01", "MKDGOV"),
    ("Tamim bin Hamad al-Thani", "2020-01-01", "QATGOV"),
    ("Nancy Pelosi", "2022-08-05", "USALEG"),
    ("Kevin McCarthy", "2024-06-01", "USAELI"),
    ("John Boehner", "2013-06-01", "USALEG"),
    ("John Boehner", "2020-06-01", "USAELI"),
    ("Ali Bongo", "2020-06-01", "GABGOV"),
    ("Ali Bongo", "2024-06-01", "GABELI"),
    ("Mohamed bin Salman", "2024-06-01", "SAUGOV"),
    # Family names alone of today's office holders (session 26), on their dates.
    ("Peskov", "2023-06-01", "RUSGOV"),
    ("Sunak", "2023-06-01", "GBRGOV"),
    ("Sunak", "2025-01-01", "GBRELI"),
    ("Kuleba", "2022-06-01", "UKRGOV"),
    ("Kuleba", "2025-01-01", "UKRELI"),
    ("Blinken", "2026-01-01", "USAELI"),
    ("Duterte", "2025-03-11", "PHLELI"),
    ("Yoav Gallant", "2024-11-21", "ISRELI"),
    ("Yellen", "2023-05-01", "USAGOV"),
    ("Christopher Wray", "2022-01-01", "USACOP"),
    ("John Ratcliffe", "2025-05-01", "USASPY"),
    ("John Ratcliffe", "2023-05-01", None),  # between two roles
    # A leader who died in office has no role after it.
    ("Raisi", "2025-01-01", None),
    ("Borrell", "2024-06-01", "IGOEUREEC"),
    # Family names alone of leaders of earlier news, on the dates of their roles only.
    ("Olmert", "2007-11-27", "ISRGOV"),
    ("Olmert", "2012-01-01", None),
    ("Bush", "2003-03-17", "USAGOV"),
    ("Bush", "1997-01-01", None),
    ("Sharon", "2002-03-30", "ISRGOV"),
    ("Barak", "2009-01-01", "ISRMIL"),
    ("Abbas", "2003-06-04", "PSEGOV"),
    # Letters Unicode does not split into a letter and a mark, and the wires' short names.
    ("Jonas Gahr Støre", "2023-06-01", "NORGOV"),
    ("Kılıçdaroğlu", "2022-06-01", "TUROPP"),
    ("Farmajo", "2019-06-01", "SOMGOV"),
    ("Farmajo", "2023-06-01", "SOMELI"),
    ("Mamadi Doumbouya", "2023-06-01", "GINGOV"),
    ("Golani", "2023-06-01", "SYRREB"),
    ("Golani", "2025-03-01", "SYRGOV"),
    ("Pope Benedict", "2010-06-01", "VATGOV"),
    ("Pope Benedict", "2015-06-01", "VATELI"),
    ("Pope Francis", "2020-06-01", "VATGOV"),
    ("Holy See", "2020-06-01", "VAT"),
]


@pytest.mark.parametrize(("name", "day", "code"), DATED_ROLE_CASES)
def test_a_role_is_the_one_held_on_the_date(shipped, name, day, code):
    assert lookup(shipped, name, date.fromisoformat(day)).code == code


def test_a_coded_sentence_takes_the_role_of_its_date(code_text):
    text = "Mohamed Bazoum criticised France."
    assert dyads(code_text(text, "2022-06-01")) == {("NERGOV", "FRA", "111")}
    assert dyads(code_text(text, "2024-06-01")) == {("NERELI", "FRA", "111")}


# An invented minister, introduced by role and country, then named by family name alone.
INTRODUCED_BY_ROLE = (
    "Ghanaian Foreign Minister Kwesi Adomako met Togolese officials in Accra on Monday. "
    "Adomako later criticised Burkina Faso."
)

DISCOVERY_CASES = [
    pytest.param(
        INTRODUCED_BY_ROLE,
        {("GHAGOV", "TGOGOV", "040"), ("TGOGOV", "GHAGOV", "040"), ("GHAGOV", "BFA", "111")},
        id="role-and-country-before-the-name-then-the-family-name",
    ),
    pytest.param(
        "Lena Vortmann, a spokeswoman for the German foreign ministry, spoke on Friday. "
        "Vortmann accused Belarus of lying.",
        {("DEUGOV", "BLR", "112")},
        id="a-role-in-apposition-names-the-body",
    ),
    pytest.param(
        "The Malian rebel group Azawad Liberation Front (ALF) attacked soldiers in Kidal on "
        "Monday. The ALF later criticised Algeria.",
        {("MLIREB", "MLIMIL", "190"), ("MLIREB", "DZA", "111")},
        id="a-group-named-in-apposition-and-its-short-form",
    ),
    pytest.param(
        "Kwesi Adomako criticised Burkina Faso on Monday. Adomako also praised Togo.",
        set(),
        id="an-unknown-name-with-no-country-is-no-actor",
    ),
    pytest.param(
        "After two days of talks in Accra on trade, fisheries, migration and the security of "
        "the coast, Ghanaian Foreign Minister Kwesi Adomako criticised Burkina Faso. Adomako "
        "later praised Togo and Benin for their help.",
        {("GHAGOV", "BFA", "111"), ("GHAGOV", "TGO", "051"), ("GHAGOV", "BEN", "051")},
        id="a-name-introduced-late-in-a-long-sentence-is-still-found",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCOVERY_CASES)
def test_discovered_actors_stand_for_their_code_in_later_sentences(code_text, text, expected):
    assert dyads(code_text(text, "2024-06-01")) == expected


def test_events_say_which_actors_were_discovered(code_text):
    events = code_text(INTRODUCED_BY_ROLE, "2024-06-01")
    marks = {
        (e.source_code, e.event_code): (e.source_discovered, e.target_discovered) for e in events
    }
    assert marks == {
        ("GHAGOV", "040"): (False, False),
        ("TGOGOV", "040"): (False, False),
        ("GHAGOV", "111"): (True, False),
    }


def test_discovery_can_be_turned_off(nlp, lexicon, code_text):
    off = Coder(CoderConfig(discover_actors=False), nlp=nlp, lexicon=lexicon)
    text = "Ghanaian Foreign Minister Kwesi Adomako criticised Togo. Adomako later praised Mali."
    assert dyads(code_text(text, "2024-06-01", with_coder=off)) == {("GHAGOV", "TGO", "111")}
    assert ("GHAGOV", "MLI", "051") in dyads(code_text(text, "2024-06-01"))


def test_a_known_name_with_no_role_on_the_date_is_coded_from_its_phrase(code_text):
    # The table makes Faye president from 2 April 2024; a week before, he was a candidate.
    text = (
        "Senegal's opposition candidate Bassirou Diomaye Faye won the election. "
        "President Macky Sall congratulated Faye on his victory."
    )
    assert dyads(code_text(text, "2024-03-25")) == {("SENGOV", "SENOPP", "051")}

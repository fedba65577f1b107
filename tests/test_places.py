"""Where events happened: the place of the event's own clause, of its sentence, of the
dateline, an ambiguous name resolved by context, and an event the text does not place
(docs/conventions.md, Places). The sentences are written here."""

from __future__ import annotations

import pytest

from coders import article_from_text


def places(events) -> set[tuple[str, str, str, str | None, str | None, str | None]]:
    return {
        (
            e.source_code,
            e.target_code,
            e.event_code,
            e.location_name,
            e.location_country,
            e.location_source,
        )
        for e in events
    }


PLACE_CASES = [
    pytest.param(
        "Kenya's foreign minister met his Ethiopian counterpart in Mombasa on Monday.",
        {
            ("KENGOV", "ETHGOV", "040", "Mombasa", "KEN", "event"),
            ("ETHGOV", "KENGOV", "040", "Mombasa", "KEN", "event"),
        },
        id="the-events-own-clause",
    ),
    pytest.param(
        "Russian forces shelled the Ukrainian city of Kharkiv on Sunday.",
        {("RUSMIL", "UKR", "194", "Kharkiv", "UKR", "event")},
        id="the-city-of-x-as-object",
    ),
    pytest.param(
        "Lebanon's prime minister met Syria's president in Tripoli, Lebanon.",
        {
            ("LBNGOV", "SYRGOV", "040", "Tripoli", "LBN", "event"),
            ("SYRGOV", "LBNGOV", "040", "Tripoli", "LBN", "event"),
        },
        id="an-ambiguous-city-takes-the-country-its-phrase-names",
    ),
    pytest.param(
        "Peru's president met Chile's president in Arica, Peru.",
        {
            ("PERGOV", "CHLGOV", "040", "Peru", "PER", "event"),
            ("CHLGOV", "PERGOV", "040", "Peru", "PER", "event"),
        },
        id="a-city-the-named-country-lacks-gives-that-country",
    ),
    pytest.param(
        "Egypt's foreign minister met his Libyan counterpart in Tripoli.",
        {
            ("EGYGOV", "LBYGOV", "040", "Tripoli", "LBY", "event"),
            ("LBYGOV", "EGYGOV", "040", "Tripoli", "LBY", "event"),
        },
        id="an-ambiguous-city-takes-the-actors-country",
    ),
    pytest.param(
        "Russian troops clashed with Ukrainian forces in eastern Ukraine.",
        {
            ("RUSMIL", "UKRMIL", "190", "Ukraine", "UKR", "event"),
            ("UKRMIL", "RUSMIL", "190", "Ukraine", "UKR", "event"),
        },
        id="a-country-as-the-place",
    ),
    pytest.param(
        "As protests in Kinshasa grew, the Congolese president criticised Rwanda.",
        {("CODGOV", "RWA", "111", "Kinshasa", "COD", "sentence")},
        id="a-place-elsewhere-in-the-sentence-in-an-actors-country",
    ),
    pytest.param(
        "Israeli troops raided a refugee camp in the West Bank on Monday.",
        {("ISRMIL", "PSE", "190", "West Bank", "PSE", "event")},
        id="a-territory-as-the-place",
    ),
    pytest.param(
        "Russian forces shelled villages in the Donetsk region.",
        {("RUSMIL", "UKRCVL", "194", "Donetsk region", "UKR", "event")},
        id="a-region-named-by-its-city",
    ),
    pytest.param(
        "Israeli tanks attacked Rafah on Tuesday.",
        {("ISRMIL", "PSEGZA", "190", "Rafah", "PSE", "event")},
        id="force-happens-where-its-object-is-and-names-are-plain",
    ),
    pytest.param(
        "Israeli warplanes struck the city of Hodeidah on Saturday.",
        {("ISRMIL", "YEM", "195", "Hodeidah", "YEM", "event")},
        id="a-town-the-project-table-adds-to-the-package",
    ),
    pytest.param(
        "Russia criticised Ukraine on Tuesday.",
        {("RUS", "UKR", "111", None, None, None)},
        id="a-criticism-does-not-happen-in-its-target",
    ),
    pytest.param(
        "The US ambassador met Kenyan officials in the UK.",
        {
            ("USAGOV", "KENGOV", "044", "United Kingdom", "GBR", "event"),
            ("KENGOV", "USAGOV", "044", "United Kingdom", "GBR", "event"),
        },
        id="another-name-of-a-country",
    ),
    pytest.param(
        "Armed gangs stormed a police station in Port-au-Prince on Monday.",
        {("HTICRM", "HTICOP", "190", "Port-au-Prince", "HTI", "event")},
        id="a-name-written-with-hyphens-is-one-place",
    ),
    pytest.param(
        "Peru criticised Chile on Monday.",
        {("PER", "CHL", "111", None, None, None)},
        id="no-place-named-no-place-given",
    ),
    pytest.param(
        "Thousands of Ecuadorians protested in the capital on Monday.",
        {("ECUCVL", "ECUGOV", "141", "Quito", "ECU", "event")},
        id="the-capital-unnamed-is-the-actors-countrys-capital",
    ),
    pytest.param(
        "Thousands of Kenyan teachers marched through parts of the capital, Nairobi.",
        {("KENEDU", "KENGOV", "141", "Nairobi", "KEN", "event")},
        id="a-part-of-a-place-is-in-that-place",
    ),
    pytest.param(
        "Sudanese rebels looted a hospital in El-Obeid on Monday.",
        {("SDNREB", "SDNHLH", "171", "El Obeid", "SDN", "event")},
        id="a-hyphened-name-the-gazetteer-spells-with-a-space",
    ),
    pytest.param(
        "Pakistani farmers protested in the province of Sindh on Friday.",
        {("PAKAGR", "PAKGOV", "141", "Sindh", "PAK", "event")},
        id="a-first-level-division",
    ),
    pytest.param(
        "Somali militants attacked soldiers in Mogadishu's Hodan district.",
        {("SOMUAF", "SOMMIL", "190", "Mogadishu", "SOM", "event")},
        id="a-district-not-in-the-gazetteer-is-placed-in-its-city",
    ),
    pytest.param(
        "Hundreds of farmers protested in Texas against the new tariffs.",
        {("USAAGR", "USAGOV", "141", "Texas", "USA", "event")},
        id="an-american-state",
    ),
    pytest.param(
        "Chile's foreign minister met his Peruvian counterpart in Islamabad on Monday.",
        {
            ("CHLGOV", "PERGOV", "044", "Islamabad", "PAK", "event"),
            ("PERGOV", "CHLGOV", "044", "Islamabad", "PAK", "event"),
        },
        id="a-citys-own-name-beats-another-citys-alternate-name",
    ),
    pytest.param(
        "Bolivian troops pushed into Peru's Puno region on Tuesday.",
        {("BOLMIL", "PER", "192", "Puno", "PER", "event")},
        id="an-incursion-happens-where-it-went-into",
    ),
    pytest.param(
        "Chile's president met Peru's president on the island of Bali.",
        {
            ("CHLGOV", "PERGOV", "044", "Bali", "IDN", "event"),
            ("PERGOV", "CHLGOV", "044", "Bali", "IDN", "event"),
        },
        id="on-an-island",
    ),
    pytest.param(
        "Peru pledged to curb the smuggling of weapons into Chile.",
        {("PER", "CHL", "0332", None, None, None)},
        id="into-outside-the-events-clause-places-nothing",
    ),
    pytest.param(
        "Peruvian police arrested a former Chilean minister at Lima airport on Friday.",
        {("PERCOP", "CHLELI", "173", "Lima", "PER", "event")},
        id="a-site-named-for-its-city",
    ),
    pytest.param(
        "Israeli aircraft bombed Hamas sites in the Gaza Strip.",
        {("ISRMIL", "PSEREBHMS", "195", "Gaza Strip", "PSE", "event")},
        id="targets-named-for-a-group-are-in-no-town-of-that-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_CASES)
def test_the_place_of_an_event(code_text, text, expected):
    assert places(code_text(text, "2024-06-01")) == expected


def _dated(coder, text: str):
    article = article_from_text(f"date 2024-06-01 {text}", "<test>")
    [coded] = coder.code([article])
    return article, coded.events


def test_the_dateline_places_an_event_the_text_does_not(coder):
    article, events = _dated(coder, "NAIROBI - Kenya's president criticised Somalia on Monday.")
    assert article.dateline == "NAIROBI"
    assert places(events) == {("KENGOV", "SOM", "111", "Nairobi", "KEN", "dateline")}


def test_the_events_own_place_overrides_the_dateline(coder):
    _, events = _dated(
        coder, "NAIROBI - Kenya's foreign minister met Somalia's president in Mogadishu."
    )
    assert places(events) == {
        ("KENGOV", "SOMGOV", "040", "Mogadishu", "SOM", "event"),
        ("SOMGOV", "KENGOV", "040", "Mogadishu", "SOM", "event"),
    }


def test_a_dateline_outside_the_actors_countries_places_nothing(coder):
    _, events = _dated(coder, "LONDON - Kenya's president criticised Somalia on Monday.")
    assert places(events) == {("KENGOV", "SOM", "111", None, None, None)}


def test_a_located_event_has_coordinates_and_precision(code_text):
    events = code_text("Kenya's foreign minister met his Ethiopian counterpart in Mombasa.")
    assert len(events) == 2  # the meeting, both ways
    for event in events:
        assert event.location_precision == "city"
        assert event.location_lat == pytest.approx(-4.05, abs=0.1)
        assert event.location_lon == pytest.approx(39.66, abs=0.1)


def test_places_command_lists_places_with_counts_and_the_unplaced(coder, tmp_path):
    from datetime import date

    from typer.testing import CliRunner

    from coders import Article
    from flows.cli import app
    from warehouse import Warehouse, refresh_catalog

    texts = [
        "Kenya's foreign minister met his Ethiopian counterpart in Mombasa.",
        "Kenya's president met Ethiopia's prime minister in Mombasa.",
        "Peru criticised Chile.",
    ]
    articles = [
        Article(id=f"a{i}", date=date(2024, 6, 1), text=t, origin=f"a{i}")
        for i, t in enumerate(texts)
    ]
    warehouse = Warehouse(tmp_path / "wh")
    warehouse.write(list(coder.code(articles)), run_id="r")
    refresh_catalog(warehouse)
    result = CliRunner().invoke(
        app, ["places", "--warehouse", str(warehouse.root), "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "place,country,precision,lat,lon,events,first_day,last_day"
    assert lines[1].startswith("Mombasa,KEN,city,") and ",4,2024-06-01,2024-06-01" in lines[1]
    assert "1 events the text did not place" in result.output
    refused = CliRunner().invoke(
        app, ["places", "--warehouse", str(warehouse.root), "--plot", str(tmp_path / "x.gif")]
    )
    assert refused.exit_code == 2 and "--plot writes .png, .pdf, .svg, .html" in refused.output
    drawn = CliRunner().invoke(
        app, ["places", "--warehouse", str(warehouse.root), "--plot", str(tmp_path / "x.pdf")]
    )
    assert drawn.exit_code == 0 and (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


PLACED_SET = [
    {
        "story": "p-1",
        "date": "2024-06-01",
        "sentence": 0,
        "text": "Kenya's foreign minister met his Ethiopian counterpart in Mombasa on Monday.",
        "events": [{"source": "KENGOV", "target": "ETHGOV", "code": "040", "location": "Mombasa"}],
    },
    {
        "story": "p-2",
        "date": "2024-06-01",
        "sentence": 0,
        "text": "Peru's president met Chile's president in Lima.",
        "events": [{"source": "PERGOV", "target": "CHLGOV", "code": "040", "location": "Arica"}],
    },
    {
        "story": "p-2",
        "date": "2024-06-01",
        "sentence": 1,
        "text": "Peru criticised Chile.",
        "events": [{"source": "PER", "target": "CHL", "code": "111", "location": "PER"}],
    },
]


def test_evaluate_scores_places_where_the_set_gives_them(tmp_path):
    import json

    from typer.testing import CliRunner

    from flows.cli import app

    path = tmp_path / "placed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in PLACED_SET) + "\n")
    result = CliRunner().invoke(app, ["evaluate", str(path), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output.splitlines()[0])
    assert summary["location"] == {
        "expected_with_place": 3,
        "coded": 3,
        "located": 2,
        "right_place": 1,
        "accuracy": 0.3333,
        "coded_by_dyad_and_root": 3,
        "right_place_by_dyad_and_root": 1,
        "accuracy_by_dyad_and_root": 0.3333,
    }


def test_locating_can_be_turned_off(coder, code_text):
    from dataclasses import replace

    from coders import Coder

    plain = Coder(replace(coder.config, locate_events=False), nlp=coder.nlp, lexicon=coder.lexicon)
    text = "Kenya's foreign minister met his Ethiopian counterpart in Mombasa."
    assert places(code_text(text, "2024-06-01", with_coder=plain)) == {
        ("KENGOV", "ETHGOV", "040", None, None, None),
        ("ETHGOV", "KENGOV", "040", None, None, None),
    }
    assert coder.lexicon.gazetteer is not None  # the shared lexicon is left as it was


FOLLOW_UP = (
    "Kenya's foreign minister met Ethiopia's foreign minister in Mombasa on Monday. "
    "The two ministers talked for three hours. "
    "Kenya's foreign minister also praised Ethiopia's foreign minister. "
    "Kenya later criticised Somalia."
)


def test_a_follow_up_between_the_same_actors_takes_the_meetings_place(code_text):
    found = places(code_text(FOLLOW_UP, "2024-06-01"))
    assert ("KENGOV", "ETHGOV", "040", "Mombasa", "KEN", "event") in found
    assert ("KENGOV", "ETHGOV", "051", "Mombasa", "KEN", "article") in found
    assert ("KEN", "SOM", "111", None, None, None) in found  # another pair: not placed


AT_HOME = (
    "Bolivian police fired tear gas at protesters in La Paz on Monday. "
    "The protesters then marched toward the presidential palace. "
    "Bolivia's interior minister criticised the opposition."
)


def test_an_act_at_home_takes_the_place_of_the_last_one_there(code_text):
    found = places(code_text(AT_HOME, "2024-06-01"))
    assert ("BOLCOP", "BOLOPP", "175", "La Paz", "BOL", "event") in found
    assert ("BOLOPP", "BOLGOV", "141", "La Paz", "BOL", "article") in found
    # A statement may be made anywhere: it is not placed by the protest before it.
    assert ("BOLGOV", "BOLOPP", "111", None, None, None) in found

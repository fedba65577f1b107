"""The Reuters article of 2022-09-20 in ../shared/articles, coded through the text reader."""

from __future__ import annotations

import pytest

from coders import article_from_text

ARTICLE = "articles/2022-09-20-russia-china-partnership.txt"


@pytest.fixture(scope="module")
def events(shared, coder):
    path = shared / ARTICLE
    article = article_from_text(path.read_text(encoding="utf-8"), str(path))
    [coded] = coder.code([article])
    return coded.events


def in_sentence(events, words):
    return [e for e in events if words in e.sentence_text]


def test_article_header_is_read(shared):
    path = shared / ARTICLE
    article = article_from_text(path.read_text(encoding="utf-8"), str(path))
    assert article.date.isoformat() == "2022-09-20"
    assert article.publisher == "REUTERS"  # as the credit line writes it
    assert not article.text.startswith(("date", "LONDON"))


def test_patrushev_meets_yang_as_consultation_of_both_sides(events):
    found = in_sentence(events, "met China's top diplomat")
    assert {(e.source_code, e.target_code, e.event_root) for e in found} == {
        ("RUSGOV", "CHNGOV", "04"),
        ("CHNGOV", "RUSGOV", "04"),
    }


def test_the_meeting_is_placed_in_nanping_not_at_the_london_dateline(events):
    meetings = in_sentence(events, "met China's top diplomat")
    assert len(meetings) == 2
    for meeting in meetings:
        assert (meeting.location_name, meeting.location_country, meeting.location_source) == (
            "Nanping",
            "CHN",
            "event",
        )
        assert meeting.location_lat == pytest.approx(26.6, abs=0.1)
        assert meeting.location_lon == pytest.approx(118.2, abs=0.1)
    assert not [e for e in events if e.location_name == "London"]


def test_the_sides_agree_on_military_cooperation_both_ways(events):
    found = in_sentence(events, "The sides agreed on further military cooperation")
    assert {(e.source_country, e.target_country) for e in found} == {("RUS", "CHN"), ("CHN", "RUS")}
    assert {e.event_code for e in found} == {"0312"}


def test_china_takes_part_in_russian_war_games(events):
    found = in_sentence(events, "participated in a number of Russian war games")
    assert {(e.source_country, e.target_country, e.event_code) for e in found} == {
        ("CHN", "RUS", "062")
    }


def test_moscow_backs_beijing_and_criticises_washington(events):
    found = in_sentence(events, "Moscow has repeatedly backed Beijing")
    assert {(e.source_code, e.target_code, e.event_root) for e in found} == {
        ("RUS", "CHN", "05"),
        ("RUS", "USA", "11"),
    }


def test_refraining_from_condemnation_is_not_disapproval(events):
    found = in_sentence(events, "refrained from condemning")
    assert not [e for e in found if e.source_country == "CHN" and e.quad_class in (3, 4)]


def test_putin_and_xi_declare_their_partnership_both_ways(events):
    found = in_sentence(events, "declared a")
    assert {(e.source_code, e.target_code, e.event_code) for e in found} == {
        ("RUSGOV", "CHNGOV", "050"),
        ("CHNGOV", "RUSGOV", "050"),
    }


def test_the_only_conflict_event_is_moscows_criticism_of_washington(events):
    conflict = {(e.source_code, e.target_code, e.event_code) for e in events if e.quad_class > 2}
    assert conflict == {("RUS", "USA", "111")}
    assert len(events) >= 10

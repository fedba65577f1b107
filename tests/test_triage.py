"""Triage: which sentences are parsed, and that skipping the others changes no event."""

from __future__ import annotations

import pytest

from coders import Coder, CoderConfig, article_from_text
from coders.triage import Triage
from tests.conftest import dyads

ARTICLE = "articles/2022-09-20-russia-china-partnership.txt"


@pytest.fixture(scope="module")
def triage(nlp, lexicon) -> Triage:
    return Triage(nlp, lexicon.actors, lexicon.discards, gazetteer=lexicon.gazetteer)


def test_only_sentences_naming_two_actors_are_kept(triage):
    text = (
        "Markets fell sharply on Monday. Russia criticized NATO. "
        "Vladimir Putin spoke at length. Mr Putin later met Xi Jinping. "
        "The sides agreed to talk again. It was raining."
    )
    plan = triage.plan(text)
    assert plan.sentences == 6
    assert [index for index, _ in plan.kept] == [1, 3, 4]
    assert plan.kept[0][1] == "Russia criticized NATO."


def test_agents_apart_from_names_count_since_the_story_can_place_them(triage):
    # "Police arrested 20 people" takes its country from the story (Kenya), so it is parsed;
    # "Russian officials" is one reference, and "Police spoke" has one agent only.
    text = (
        "Police arrested 20 opposition supporters in Nairobi. "
        "Russian officials spoke on Monday. Police arrested 20 people. Police spoke."
    )
    assert [index for index, _ in triage.plan(text).kept] == [0, 2]


def test_a_one_sided_event_needs_one_name_since_its_target_is_implied(triage):
    # A state of emergency is on the country's people, a protest aimed at its government: one
    # name is enough. A statement with one name is not.
    text = (
        "Ecuador declared a state of emergency. Thousands of Peruvians protested on Monday. "
        "Ecuador spoke on Monday."
    )
    assert [index for index, _ in triage.plan(text).kept] == [0, 1]


def test_a_threat_a_call_for_a_truce_or_following_suit_needs_one_name(triage):
    # A threat naming no one is aimed at the story's other side, a call for a ceasefire at
    # the sides fighting, and following suit repeats the last act; a statement with one name
    # still is not parsed.
    text = (
        "Iran seized a British tanker. Britain warned of serious consequences. "
        "Russia called for an immediate ceasefire. Britain spoke on Monday. "
        "Canada followed suit."
    )
    assert [index for index, _ in triage.plan(text).kept] == [0, 1, 2, 4]


def test_a_threat_naming_no_one_is_coded_against_the_story_s_other_side(code_text):
    text = "Iran seized a British tanker. Britain warned of serious consequences."
    events = code_text(text, "2019-07-19")
    assert ("GBR", "IRN", "130") in dyads(events)


def test_a_town_the_gazetteer_knows_is_one_reference_since_force_there_is_aimed_at_it(triage):
    # No dictionary names Kramatorsk, but the gazetteer places it in Ukraine: the strike is
    # aimed at Ukraine. A sentence naming no town, or a town only as its first word, is not
    # parsed on that account.
    text = (
        "Russian drones struck the port of Izmail overnight. Russian drones flew overnight. "
        "Kramatorsk was quiet. Russian officials spoke in Kramatorsk."
    )
    assert [index for index, _ in triage.plan(text).kept] == [0, 3]


def test_an_attack_on_a_town_no_dictionary_names_is_coded_with_triage(code_text):
    events = code_text("Russian missiles hit the port of Izmail overnight.", "2023-08-16")
    assert ("RUS", "UKR", "195") in dyads(events)


def test_a_count_of_people_is_one_reference_since_the_scene_places_them(triage):
    # "Thousands marched" are civilians of the story's country; "thousands of soldiers" are
    # counted by their agent alone, and "tens of thousands" once.
    text = (
        "Tens of thousands marched on Tuesday. Thousands of soldiers waited. "
        "Hundreds of thousands spoke."
    )
    assert [index for index, _ in triage.plan(text).kept] == [0]


def test_only_a_name_the_dictionaries_do_not_know_sends_its_sentence_to_the_recogniser(triage):
    # The entity recogniser runs on the sentences that introduce a new name by its role;
    # "President Emmanuel Macron" is a dictionary name, so its sentence needs no recogniser;
    # "Oumar Kadiatou" (made up) is known to no dictionary.
    text = (
        "Malian Defence Minister Oumar Kadiatou met French officials in Bamako. "
        "French President Emmanuel Macron met Malian officials in Paris."
    )
    plan = triage.plan(text)
    assert [index for index, _ in plan.kept] == [0, 1]
    assert plan.introductions == {0}


def test_a_story_discard_keeps_nothing(triage):
    plan = triage.plan("Russia criticized NATO. Brazil beat France in the FIFA final.")
    assert plan.sentences == 2
    assert plan.kept == ()


def test_triage_codes_the_reference_article_as_a_full_parse_does(shared, nlp, lexicon):
    path = shared / ARTICLE
    article = article_from_text(path.read_text(encoding="utf-8"), str(path))
    triaged = Coder(CoderConfig(), nlp=nlp, lexicon=lexicon)
    full = Coder(CoderConfig(triage=False), nlp=nlp, lexicon=lexicon)
    [fast] = triaged.code([article])
    [slow] = full.code([article])
    assert fast.sentences == slow.sentences
    assert [e.to_dict() for e in fast.events] == [e.to_dict() for e in slow.events]
    assert len(fast.events) >= 10

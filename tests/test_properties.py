"""Properties that hold for any text: the coder never raises, and every event it produces is
well formed (a codebook code, a valid quad class and Goldstein score, the article's date)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coders import Article

WORDS = [
    "Russia",
    "China",
    "criticized",
    "met",
    "the",
    "troops",
    "attacked",
    "Ukraine",
    "and",
    "NATO",
    "not",
    "did",
    "with",
    "agreed",
    "on",
    "cooperation",
    "military",
    "President",
    "Putin",
    "Xi",
    "said",
    "that",
    ".",
    ",",
    "protesters",
    "police",
    "arrested",
    "it",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(min_size=1, max_size=300),
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    day=st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
)
def test_any_text_codes_into_well_formed_events(coder, lexicon, text, words, day):
    for body in (text, " ".join(words)):
        article = Article(id="p", date=day, text=body, origin="<property>")
        [coded] = coder.code([article])
        for event in coded.events:
            facts = lexicon.codebook.get(event.event_code)
            assert facts is not None, event.event_code
            assert event.quad_class == facts.quad_class in {1, 2, 3, 4}
            assert -10 <= event.goldstein <= 10
            assert event.event_date == day and event.event_root == event.event_code[:2]
            assert event.source_code != event.target_code


def test_a_two_thousand_token_sentence_is_coded(code_text):
    sentence = ("Russia criticized Ukraine and " * 520) + "China praised Russia."
    events = code_text(sentence)
    assert len(sentence.split()) > 2000
    assert ("RUS", "UKR", "111") in {(e.source_code, e.target_code, e.event_code) for e in events}
    assert len(events) <= 2 * 521  # at most a dyad or two per verb, whatever the parse


def test_a_pronoun_listed_with_its_own_antecedent_does_not_loop(code_text):
    # Found by the property test above: a pronoun coordinated with the subject it would refer
    # back to resolved through itself without end.
    events = code_text("Putin and it attacked Ukraine.", "2022-06-01")
    assert {(e.source_code, e.target_code, e.event_code) for e in events} == {
        ("RUSGOV", "UKR", "190")
    }

"""A subject pronoun whose sentence before named people of two states gives no actor rather than a guess (refs39;
pipeline/pronoun_rivals.py): 'A met B. He condemned ...' / 'A는 B와 회담했다. 그는 ... 비판했다' is either's act, and
neither the topic nor the meeting's parties are read into it. One state's people, or a subject alone, keep the
pronoun's reading."""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. He condemned Bolivia's "
    "decision.",
    "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi on Monday. He criticized Japan's "
    "decision.",
    "세르게이 라브로프 러시아 외무장관은 10일 왕이 중국 외교부장과 회담했다. 그는 일본의 결정을 비판했다.",
])
def test_a_pronoun_of_two_states_people_gives_no_actor(extract, text):
    assert_act(events_of(extract(text, published=DAY)), "ACCUSE", set(), None, None)


@pytest.mark.parametrize("text, actor", [
    ("Russian Foreign Minister Sergei Lavrov spoke on Monday. He criticized Japan's decision.", "RUS"),
    ("세르게이 라브로프 러시아 외무장관은 10일 기자회견을 했다. 그는 일본의 결정을 비판했다.", "RUS"),
    ("Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi on Monday. Lavrov criticized Japan's "
     "decision.", "RUS"),
])
def test_a_pronoun_of_one_states_people_or_a_name_keeps_its_actor(extract, text, actor):
    assert_act(events_of(extract(text, published=DAY)), "ACCUSE", {actor}, {"JPN"}, "occurred")


def test_a_pronoun_carried_from_before_makes_no_rival(extract):
    """'B received him. He urged ...': the one received is carried by a pronoun, not named; 'He' is B."""
    text = ("The Peruvian foreign minister arrived in Quito on Monday. Ecuadorian President Daniel Noboa received him. "
            "He urged Colombia to reopen the border.")
    assert_act(events_of(extract(text, published=DAY)), "REQUEST", {"ECU"}, {"COL"}, "occurred")

"""meet52b (issue 13): protesters a state's official meets are the people met, no protest told ('The Kenyan president
met protesters in <a town>' gave a PROTEST of the protesters against him beside the meeting): a protester noun as a
meeting's object is no protest act (lang/en/act_protest_words.met_protesters); a deed of theirs keeps its protest.
Korean '시위대를 만났다' read so already (guard rows). Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "The Peruvian president met protesters in Cusco on Tuesday.",
    "The Peruvian president met with the protesters in Cusco on Tuesday.",
    "페루 대통령은 10일 쿠스코에서 시위대를 만났다.",
    "페루 대통령은 10일 쿠스코에서 시위대와 만났다.",
])
def test_protesters_met_protest_nothing(text):
    assert sides(text, "PROTEST") == [], sides(text, "PROTEST")
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"PER"}], sides(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "Protesters marched in Cusco on Tuesday.",
    "The Peruvian president met ministers as protesters marched outside.",
    "Protesters met outside the palace and marched to the congress in Lima.",
])
def test_a_deed_of_theirs_is_still_a_protest(text):
    assert [a for a, _ in sides(text, "PROTEST")][:1] == [["PER"]], sides(text, "PROTEST")


def test_people_another_act_reaches_are_no_protest():
    text = "Peruvian police arrested dozens of protesters in Cusco on Tuesday."
    assert sides(text, "PROTEST") == [], sides(text, "PROTEST")

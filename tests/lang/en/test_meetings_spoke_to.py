"""(consult18) A person a talking verb is addressed to ('spoke to Israeli Prime Minister X by phone', also in a
relative clause: 'A, who spoke to B by phone on Saturday, said') is its party, as 'spoke with B' names one; not a body
or a group addressed ('spoke to the Peruvian Congress', 'spoke to Peruvian lawmakers'). Korean names the one called
with a particle ('B에게 전화를 걸어'), read already."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 13)  # a Monday


@pytest.mark.parametrize("text, pair", [
    ("Chilean President Tomas Arce, who spoke to Peruvian President Lucia Moreno by phone on Saturday, said the "
     "border would reopen.", {"Tomas Arce", "Lucia Moreno"}),
    ("Chilean President Tomas Arce spoke to Peruvian President Lucia Moreno by phone on Saturday.",
     {"Tomas Arce", "Lucia Moreno"}),
    ("토마스 아르세 칠레 대통령은 11일 루시아 모레노 페루 대통령에게 전화를 걸어 국경 문제를 논의했다.",
     {"토마스 아르세", "루시아 모레노"}),
])
def test_the_one_spoken_to_is_the_party(extract, text, pair):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(meeting) == pair and meeting.mode == "phone" and meeting.date == date(2024, 5, 11)


@pytest.mark.parametrize("text", [
    "Chilean President Tomas Arce spoke to the Peruvian Congress on Saturday.",
    "Chilean President Tomas Arce spoke to Peruvian lawmakers on Saturday.",
])
def test_a_body_or_group_spoken_to_holds_no_meeting(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")

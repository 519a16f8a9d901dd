"""(actors52) Force done by people or a body named by no state word ('police fired on ...', '경찰이 발포해') in a
sentence that places it in a town: the town's state did it, not the state the story last saw mobilizing
(`act_actors.clause_actors`). A subject named with its state keeps that state; with no town in the sentence
the story's default stands. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import first_of

BEFORE_EN = ("Anti-government protests turned deadly in Peru this week. Chile said it was following events closely "
             "and tightened security along its border with Peru on Tuesday. ")
BEFORE_KO = ("페루에서 반정부 시위가 유혈 사태로 번졌다. 칠레 외교부는 상황을 주시하고 있다고 밝혔고, 칠레는 10일 페루와 "
             "맞닿은 국경 지역의 경계를 강화했다. ")

ROWS = {  # (text, the acting state wanted, a state that must not act)
    "town_places_the_police": [
        (BEFORE_EN + "In Lima, police fired on protesters outside parliament on Monday, killing 19 people.",
         "PER", "CHL"),
        (BEFORE_EN + "Police in Arequipa fired tear gas and rubber bullets at protesters on Monday, injuring 30.",
         "PER", "CHL"),
        (BEFORE_KO + "페루에서는 9일 수도 리마 의회 앞에서 경찰이 시위대에 발포해 19명이 숨졌다.", "PER", "CHL"),
    ],
    "stated_subject_negative": [  # the subject names its own state: the town does not override it
        (BEFORE_EN + "Chilean police fired tear gas at Peruvian protesters in Arica on Monday, witnesses said.",
         "CHL", "PER"),
    ],
}


@pytest.mark.parametrize("text, wanted, unwanted", class_rows(ROWS))
def test_force_of_unnamed_people_is_their_towns_state(extract, text, wanted, unwanted):
    first = first_of(extract(text).events, type="ASSAULT")
    sides = countries(first.participants) - countries(first.recipients)
    assert wanted in countries(first.participants) and unwanted not in sides, \
        (countries(first.participants), countries(first.recipients))

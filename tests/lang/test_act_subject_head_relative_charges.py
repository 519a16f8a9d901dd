"""A relative charge told of the sentence's subject beside a main charge of another side (relatives66, issue 13), with
sentences of our own.

'[칠레를 비난한] 페루 대통령은 볼리비아를 비판했다': a relative clause with no subject of its own on a subject or topic
head tells the head's own charge; when its object is named nowhere between the head and the main act of its type, it
is another charge than the main one, and both stand (lang/ko/act_relatives.other_object; the content reading of an
embedded act, act_clauses.outer_acts, leaves it to that test). English reads the same ('Peru's president, who had
criticized Chile, condemned Bolivia'). Negative rows: the relative's object named again by the main charge
('[칠레를 비판한] 페루는 칠레에 항의했다', '칠레의 조치를 비난했다') is one charge, told twice.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, doer, relative, main", [
    ("칠레를 비난한 페루 대통령은 10일 볼리비아를 비판했다.", "PER", "CHL", "BOL"),
    ("칠레를 비판한 페루는 10일 볼리비아에 항의했다.", "PER", "CHL", "BOL"),
    ("우간다를 비판하는 케냐는 이날 탄자니아를 규탄했다.", "KEN", "UGA", "TZA"),
    ("Peru's president, who had criticized Chile, condemned Bolivia on Monday.", "PER", "CHL", "BOL"),
])
def test_relative_charge_of_the_subject_beside_a_main_charge_of_another(text, doer, relative, main):
    found = sides(text, "ACCUSE")
    assert ([doer], [relative]) in found and ([doer], [main]) in found, events(text)


@pytest.mark.parametrize("text, doer, receiver", [
    ("칠레를 비판한 페루는 10일 칠레에 항의했다.", "PER", "CHL"),
    ("칠레를 비판한 페루 대통령은 10일 칠레의 조치를 거듭 비난했다.", "PER", "CHL"),
    ("우간다를 비판하는 케냐는 이날 우간다를 규탄했다.", "KEN", "UGA"),
])
def test_relative_charge_retold_by_the_main_charge_is_one(text, doer, receiver):
    assert sides(text, "ACCUSE") == [([doer], [receiver])], events(text)

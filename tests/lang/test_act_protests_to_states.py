"""A state's protest made to a state is a diplomatic protest (recall64, issue 15), with sentences of our own.

A protest verb followed by 'to' and a state ('protested to Bolivia') is lodged with that state's government: CAMEO 11x
'protest officially', PLOVER ACCUSE disapprove, even when the verb's subject stands before another verb it is
coordinated with ('Brazil recalled its envoy and protested to Bolivia'), where the subject walk finds no state next to
the verb. Korean '…에 항의했다' reads the same. People marching to an embassy, or protesting to demand something, make
no diplomatic protest.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, recipient", [
    ("Brazil recalled its envoy and protested to Bolivia.", "BRA", "BOL"),
    ("Chile summoned its cabinet and protested to Peru on Monday.", "CHL", "PER"),
    ("Chile protested to Peru on Monday over the detention of its fishermen.", "CHL", "PER"),
    ("브라질은 자국 대사를 불러들이고 볼리비아에 항의했다.", "BRA", "BOL"),
    ("칠레 정부는 12일 페루에 공식 항의했다.", "CHL", "PER"),
])
def test_protest_made_to_a_state_is_accuse(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "ACCUSE"), events(text)
    assert not sides(text, "PROTEST"), events(text)


@pytest.mark.parametrize("text", [
    "Students protested to demand lower fees in Santiago on Monday.",
    "Protesters marched to the Bolivian embassy in Lima on Monday.",
    "학생 수천 명이 12일 산티아고에서 등록금 인하를 요구하며 항의했다.",
    "시위대는 12일 리마의 볼리비아 대사관까지 행진했다.",
])
def test_people_protesting_make_no_diplomatic_protest(text):
    assert not sides(text, "ACCUSE"), events(text)

"""An inquiry set up or ordered, in both languages (plover61): 'set up a commission of inquiry into X', 'established
an inquiry into X', Korean '진상 조사를 지시했다' are the manual's ACCUSE investigate ("any investigation, including
commissions") as 'ordered an inquiry into X' and '조사위원회를 구성했다' were, aimed at the side whose deeds are
looked into. Negative rows: a body set up for anything else ('a joint committee on trade') is no act. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

INQUIRIES = [
    # (text, actor, recipient)
    ("The UN human rights council set up a commission of inquiry into abuses by Sudanese troops.", "UNO", "SDN"),
    ("Kenya set up an inquiry into abuses by Somali troops on Monday.", "KEN", "SOM"),
    ("Kenya established a fact-finding commission into abuses by Somali troops.", "KEN", "SOM"),
    ("케냐 정부는 12일 소말리아 상인 피살 사건에 대한 진상 조사를 지시했다.", "KEN", "SOM"),
]


@pytest.mark.parametrize("text,actor,recipient", INQUIRIES)
def test_an_inquiry_set_up_investigates(text, actor, recipient):
    assert [e.mode for e in events(text) if e.type == "ACCUSE"] == ["investigate"]
    (acting, receiving), = sides(text, "ACCUSE")
    assert acting == [actor] and receiving == [recipient]


NOT_INQUIRIES = [
    "Kenya set up a joint committee with Somalia on trade on Monday.",
    "케냐 정부는 12일 소말리아와 무역 공동위원회를 구성했다.",
]


@pytest.mark.parametrize("text", NOT_INQUIRIES)
def test_another_body_set_up_investigates_nothing(text):
    assert not [e for e in events(text) if e.type == "ACCUSE"]

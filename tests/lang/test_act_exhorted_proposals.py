"""(kopropose68) A measure proposed to a side in an exhortation asks that side to act with the proposer: REQUEST from
the proposer to the side proposed to, no mode, never the proposer's AGREE ('X에 관세를 인하하자고 제안했다'; the dev
gold codes a proposal that two governments work together the same), and the exhorted act is never told done. English
'proposed that X cut ...' in the mandative subjunctive is the same REQUEST of the clause's subject (act_insisted). Rows that must not fire: an offer
of a thing, a promise, a meeting exhorted (REQUEST meet), an exhortation with no side proposed to. A manner word may
stand between the exhortation and its verb ('...하자고 거듭/공식/정식으로 제안했다')."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, asker, asked", [
    ("수리남은 14일 파라과이에 관세를 인하하자고 제안했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 상대국 대사를 함께 추방하자고 제의했다.", "SUR", "PRY"),
    ("수리남 정부는 14일 파라과이에게 국경을 다시 개방하자고 제안했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 공동으로 대응하자고 제의했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이 측에 관세를 인하하자고 거듭 제안했다.", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 관세를 인하하자고 정식으로 제의했다.", "SUR", "PRY"),
    ("Suriname proposed that Paraguay cut its tariffs on rice.", "SUR", "PRY"),
    ("Suriname suggested that Paraguay reopen the border crossing.", "SUR", "PRY"),
])
def test_a_measure_exhorted_to_a_side_asks_it(text, asker, asked):
    found = [e for e in events(text) if e.type == "REQUEST"]
    assert ([asker], [asked]) in sides(text, "REQUEST") and all(e.mode is None for e in found), events(text)
    assert not sides(text, "AGREE"), events(text)
    assert not [e for e in events(text) if e.type not in ("REQUEST",) and e.status == "occurred"], events(text)


@pytest.mark.parametrize("text, kind, mode, asker, asked", [
    ("수리남은 14일 파라과이에 인도적 지원을 제안했다.", "AGREE", None, "SUR", "PRY"),
    ("수리남은 14일 파라과이에 관세 인하를 약속했다.", "AGREE", None, "SUR", "PRY"),
    ("수리남은 14일 파라과이에 회담을 열자고 제안했다.", "REQUEST", "meet", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 다음 달 회의를 열자고 공식 제안했다.", "REQUEST", "meet", "SUR", "PRY"),
    ("수리남은 14일 파라과이에 인도적 지원을 공식 제안했다.", "AGREE", None, "SUR", "PRY"),
])
def test_an_offer_a_promise_or_a_meeting_keeps_its_reading(text, kind, mode, asker, asked):
    assert ([asker], [asked]) in sides(text, kind), events(text)
    assert all(e.mode == mode for e in events(text) if e.type == kind), events(text)


@pytest.mark.parametrize("text", [
    "수리남은 14일 관세를 인하하자고 제안했다.",
    "Suriname proposed cutting tariffs on Monday.",
    "Suriname suggested that the border raid was planned abroad.",
    "Suriname proposed that both sides cut their tariffs.",
])
def test_an_exhortation_to_no_one_asks_no_one_and_is_not_done(text):
    assert not sides(text, "REQUEST"), events(text)
    assert not [e for e in events(text) if e.type in ("RETREAT", "SANCTION") and e.status == "occurred"], events(text)

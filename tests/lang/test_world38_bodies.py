"""Acts of bodies against a member, in both languages (issue 13): a body suspending a member is the manual's SANCTION
'expel' ("permanently or temporarily expel an entity from a group, organization"), aimed at the member, whether told
by the member ('suspended X from') or by its seat ('suspended X's membership', 'X의 회원국 자격을 정지'); a measure
aimed at a state by the prefix 대 'toward' ('대(對)X 수출', '대X 제재') has X as its recipient, also where X is a
name readout otherwise reads only as an acting subject (토고, 말리: guarded forms). Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def acts(text: str, kind: str) -> list:
    return [e for e in extract_text(text, published="2026-03-03").events if e.type == kind]


SUSPENSIONS = [
    # (text, recipient)
    ("The African Union suspended Togo's membership on Monday.", "TGO"),
    ("ECOWAS on Monday suspended Gabon from all its decision-making bodies.", "GAB"),
    ("아프리카연합(AU)은 3일 토고의 회원국 자격을 정지했다.", "TGO"),
    ("서아프리카국가경제공동체(ECOWAS)는 2일 말리의 회원국 자격을 정지했다.", "MLI"),
    ("아프리카연합은 가봉의 회원 자격을 박탈했다.", "GAB"),
]


@pytest.mark.parametrize("text,recipient", SUSPENSIONS)
def test_a_body_suspending_a_member_expels_it(text, recipient):
    found = acts(text, "SANCTION")
    assert [(e.mode, [p.country for p in e.participants]) for e in found] == [("expel", ["IGO"])]
    assert [p.country for p in found[0].recipients] == [recipient]


TOWARD = [
    # (text, recipient)
    ("가나는 3일 대(對)토고 수출을 중단했다.", "TGO"),
    ("가나는 3일 대(對)칠레 수출을 중단했다.", "CHL"),
    ("가나는 3일 대토고 수출을 금지했다.", "TGO"),
]


@pytest.mark.parametrize("text,recipient", TOWARD)
def test_a_measure_toward_a_state_named_after_the_prefix(text, recipient):
    found = acts(text, "SANCTION")
    assert found and recipient in [p.country for p in found[0].recipients]


@pytest.mark.parametrize("text", ["정부는 외교 수단의 한계를 인정했다.", "대만은 3일 대만해협에서 훈련을 했다."])
def test_an_ordinary_word_stays_no_state(text):
    events = extract_text(text, published="2026-03-03").events
    assert not [p for e in events for p in e.recipients if p.country in ("SDN", "TGO", "MLI")]

"""Acts of bodies against a member, in both languages (issue 13): a body suspending a member is the manual's SANCTION
'expel' ("permanently or temporarily expel an entity from a group, organization"), aimed at the member, whether told
by the member ('suspended X from') or by its seat ('suspended X's membership', 'X의 회원국 자격을 정지'); a measure aimed at
a state by the prefix 대 'toward' ('대(對)X 수출', '대X 제재') has X as its recipient, also where X is a name readout
otherwise reads only as an acting subject (토고, 말리: guarded forms). Our own sentences.

Formerly tests/lang/test_world38_bodies.py (docs/history.md)."""
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
    ("ECOWAS는 3일 토고의 회원국 자격을 정지했다.", "TGO"),  # the body by the Latin abbreviation Korean copy writes
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


BORDERS = [
    # (text, type, mode, recipient or None): a border closed toward a named state cuts exchanges with it (SANCTION
    # discontinue); closed with no state named it restricts movement (COERCE restrict)
    ("Ghana closed its land and air borders with Togo on Monday.", "SANCTION", "discontinue", "TGO"),
    ("Ghana closed its border with Togo on Monday.", "SANCTION", "discontinue", "TGO"),
    ("Ghana closed its borders on Monday to slow the epidemic.", "COERCE", "restrict", None),
    ("가나는 3일 대(對)토고 국경을 폐쇄했다.", "SANCTION", "discontinue", "TGO"),
    ("가나는 3일 토고와의 국경을 봉쇄했다.", "SANCTION", "discontinue", "TGO"),
    ("가나는 3일 대칠레 국경을 폐쇄했다.", "SANCTION", "discontinue", "CHL"),
    ("가나는 전염병 확산을 막기 위해 3일 국경을 폐쇄했다.", "COERCE", "restrict", None),
]


@pytest.mark.parametrize("text,kind,mode,recipient", BORDERS)
def test_a_border_closed_toward_a_state_is_a_sanction_on_it(text, kind, mode, recipient):
    found = [e for e in extract_text(text, published="2026-03-03").events if e.type in ("SANCTION", "COERCE")]
    assert [(e.type, e.mode, [p.country for p in e.participants]) for e in found] == [(kind, mode, ["GHA"])]
    assert [p.country for p in found[0].recipients] == ([recipient] if recipient else [])


def test_an_act_side_by_side_with_the_next_is_its_own():
    """'V-는 한편 ...': the first clause's act is done beside the main one, not the main verb's content (an expulsion and
    an import ban: two modes)."""
    modes = {e.mode for e in acts("가나는 3일 토고 대사를 추방하는 한편 금융 거래를 중단하고 제재를 발표했다.", "SANCTION")}
    assert "expel" in modes


def test_a_suspension_and_a_border_closure_told_together_are_two_measures():
    """'X의 회원국 자격을 정지하고 ... 대(對)X 국경을 폐쇄하는 한편 ... 제재를 발표했다': an expulsion and a cut of exchanges."""
    found = acts("ECOWAS는 3일 토고의 회원국 자격을 정지하고 회원국들의 대(對)토고 국경을 폐쇄하는 한편 금융 거래를 중단하는 "
                 "제재를 발표했다.", "SANCTION")
    assert sorted((e.mode, [p.country for p in e.recipients]) for e in found) == [("discontinue", ["TGO"]),
                                                                               ("expel", ["TGO"])]

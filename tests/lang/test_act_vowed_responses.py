"""Acts in both languages (refer42 class 3): a vow to respond after a condemnation is no AGREE.

A pledge verb whose complement is a verb of responding ('vowed to respond', 'vowed that X would respond'; cue
response_verbs) is a THREATEN aimed at what the response answers when the sentence names it ('respond to X's move'),
and no act when it names no one (lang/en/act_vowed_responses). Korean: a pledged 대응하다 whose 에 argument is a deed
('이에 대응하겠다', '이번 조치에 대응하겠다') threatens the deed's author (lang/ko/act_vowed_responses); a bare '대응하겠다'
and a shared response to a matter ('기후변화에 함께 대응하기로') are read as before. A counter-attack pledged ('vowed to
strike back', '반격하겠다고 다짐했다') is a threat of force, and the Korean pledge verb framing it no AGREE.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
SANCTIONED = "Chile imposed sanctions on Bolivian banks on Monday. "
SANCTIONED_KO = "칠레는 2일 볼리비아 은행들에 대한 제재를 발표했다. "


def read(text: str):
    return events_of(extract_text(text, published=date(2026, 3, 4)))


@pytest.mark.parametrize("text, type_, actors, recipients, status", [
    (SANCTIONED + "Bolivia's foreign minister slammed the measures and vowed that La Paz would respond.",
     "AGREE", set(), None, None),
    (SANCTIONED + "Bolivia condemned the measures and vowed to respond.", "AGREE", set(), None, None),
    (SANCTIONED + "Bolivia condemned the measures and vowed to respond.", "THREATEN", set(), None, None),
    (SANCTIONED + "Bolivia condemned the measures and vowed to respond to Chile's hostile move.",
     "THREATEN", {"BOL"}, {"CHL"}, OCC),
    (SANCTIONED + "Bolivia condemned the measures and vowed to respond to Chile's hostile move.",
     "AGREE", set(), None, None),
    ("Bolivia and Ecuador vowed to cooperate closely on trade.", "AGREE", {"BOL", "ECU"}, set(), OCC),
    (SANCTIONED_KO + "볼리비아 외무부는 이번 조치를 규탄했다. 외무부는 이에 대응하겠다고 밝혔다.",
     "THREATEN", {"BOL"}, {"CHL"}, OCC),
    (SANCTIONED_KO + "볼리비아 외무부는 이번 조치를 규탄했다. 외무부는 이에 대응하겠다고 밝혔다.", "AGREE", set(), None, None),
    (SANCTIONED_KO + "볼리비아 외무부는 칠레의 조치에 대응하겠다고 밝혔다.", "THREATEN", {"BOL"}, {"CHL"}, OCC),
    ("칠레와 볼리비아는 기후변화에 함께 대응하기로 했다.", "AGREE", {"CHL", "BOL"}, set(), OCC),
    ("칠레 정부는 22일 볼리비아의 미사일 발사에 대응해 군사합의 중 비행금지구역 조항의 효력을 정지하기로 의결했다.",
     "THREATEN", set(), None, None),
])
def test_vowed_response(text, type_, actors, recipients, status):
    assert_act(read(text), type_, actors, recipients, status)


@pytest.mark.parametrize("text, type_, actors, recipients, status", [
    # striking back pledged is a threat of force (CAMEO 190 'fight back'); hitting back at a critic criticizes
    ("Bolivia vowed to strike back at Chile.", "THREATEN", {"BOL"}, {"CHL"}, OCC),
    ("Bolivia vowed to strike back at Chile.", "AGREE", set(), None, None),
    ("Bolivia hit back at Chile over the remarks.", "ACCUSE", {"BOL"}, {"CHL"}, OCC),
    ("Bolivia hit back, calling the sanctions unjustified.", "ASSAULT", set(), None, None),
    # Korean: a counter-attack pledged threatens; the pledge verb framing it agrees with no one
    ("볼리비아는 칠레에 반격하겠다고 다짐했다.", "THREATEN", {"BOL"}, {"CHL"}, OCC),
    ("볼리비아는 칠레에 반격하겠다고 다짐했다.", "AGREE", set(), None, None),
    ("볼리비아는 칠레에 보복하겠다고 다짐했다.", "AGREE", set(), None, None),
    ("볼리비아군은 칠레군에 반격했다.", "ASSAULT", {"BOL"}, {"CHL"}, OCC),
    ("볼리비아와 칠레는 협력하겠다고 다짐했다.", "AGREE", {"BOL", "CHL"}, set(), OCC),
])
def test_pledged_counter_attack(text, type_, actors, recipients, status):
    assert_act(read(text), type_, actors, recipients, status)

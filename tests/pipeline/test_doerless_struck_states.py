"""(conflict54) An attack whose words name no doer and whose only state is the one named in what it struck ('A suicide
bombing killed five soldiers in X', no town to place it) is the doerless attack of doerless49: ASSAULT with no acting
side, the struck state receiving with the struck sector (pipeline/placed_doers.struck_state), as Korean '자살폭탄
테러로 X에서 군인 5명이 숨졌다' and English with a town ('... in [town]') read. A doer named keeps its side. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, mode, struck state and sector)
    ("A suicide bombing killed six soldiers in Niger.", "suicide-attack", "NER-MIL"),
    ("Six soldiers were killed in a suicide bombing in Niger.", "suicide-attack", "NER-MIL"),
    ("A car bomb killed four policemen in Niger on Friday.", "explosives", "NER-COP"),
    ("자살폭탄 테러로 니제르에서 군인 6명이 숨졌다.", "suicide-attack", "NER-MIL"),
]


@pytest.mark.parametrize("text, mode, struck", ROWS)
def test_a_doerless_attack_has_no_actor(text, mode, struck):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found, [(e.type, e.mode) for e in events(text)]
    assert found[0].mode == mode and not found[0].participants
    assert {f"{r.country}-{r.sector}" for r in found[0].recipients} == {struck}


@pytest.mark.parametrize("text", ["Rebels killed six soldiers in Niger.", "반군이 니제르에서 군인 6명을 살해했다."])
def test_a_named_doer_acts(text):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    assert found and found[0].participants, [(e.type, e.mode) for e in events(text)]

"""(kotargets68) A state's forces named with the state, attacked by an armed group of that same state, are the side
attacked with their sector: Korean '이라크 정부군을 공격했다', '이라크군을', '시리아군 검문소를' (an armed side's noun
after a name, lang/ko/act_armed_targets.named_force_target), English 'attacked Iraqi troops'; an armed group the
knowledge base names with its state ('이라크민주전선은') acts as that group, never as its government
(pipeline/act_side_entities.sided). Negatives: a foreign state's forces stay that state's, two armed groups of one state are
not told apart (no side). Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def attacks(text: str) -> list[tuple[set[tuple[str, str]], set[tuple[str, str]]]]:
    return [({(p.country, p.sector) for p in e.participants} - {(r.country, r.sector) for r in e.recipients},
             {(r.country, r.sector) for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,actors,recipients", [
    ("Iraqi rebels attacked Iraqi troops near Mosul on Wednesday.", {("IRQ", "REB")}, {("IRQ", "MIL")}),
    ("이라크 반군은 11일 모술 인근에서 이라크 정부군을 공격했다.", {("IRQ", "REB")}, {("IRQ", "MIL")}),
    ("이라크민주전선은 11일 모술 인근에서 이라크 정부군을 공격했다.", {("IRQ", "REB")}, {("IRQ", "MIL")}),
    ("이라크민주전선은 11일 북부에서 이라크군을 공격했다.", {("IRQ", "REB")}, {("IRQ", "MIL")}),
    ("시리아혁명전선은 11일 시리아군 검문소를 공격했다.", {("SYR", "REB")}, {("SYR", "MIL")}),
    # negatives: a foreign state's forces are that state's; two armed groups of one state have no side told apart
    ("러시아군은 11일 우크라이나 정부군을 공격했다.", {("RUS", "MIL")}, {("UKR", "MIL")}),
    ("이라크민주전선은 11일 이라크 반군을 공격했다.", {("IRQ", "REB")}, set()),
])
def test_named_force_targets(text, actors, recipients):
    found = attacks(text)
    assert found and found[0] == (actors, recipients), found

"""(koacts60, issue 14) A bare state organ under a foreign dateline, and the wire-agency credit form of the dateline.

1. A bare '정부', '당국' or '외무부' opening a sentence filed from abroad ('(도시=연합뉴스)', '[도시=뉴시스]') is the
   dateline city's state, as a bare '외교부' was (ko-acts37); one the knowledge gives no state ('당국', '외무부') too.
   A Seoul dateline or a named state ('한국 정부는') keeps its own; no dateline gives a bare '당국' no state.
2. The credit form '(도시 AFP=연합뉴스)', '(도시 로이터=뉴스1)': the agency credited after the city is no part of the
   city (ko.yaml dateline_city_re), so the dateline names its state.
3. The organ's knowledge-base state (Seoul's) receives none of the measures the organ judges (pipeline/acts.unjudged).
English reads the same through its home_subject ('NAIROBI (Reuters) -- The government ...').
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 4)


@pytest.mark.parametrize("text, actor, target", [
    ("(리마=연합뉴스) 정부는 4일 칠레의 관세 인상을 비난했다.", "PER", "CHL"),
    ("[하노이=뉴시스] 당국은 4일 중국 해경의 활동을 비난했다.", "VNM", "CHN"),
    ("(아크라=연합뉴스) 외무부는 4일 토고 대사를 초치했다.", "GHA", "TGO"),
    ("(나이로비 로이터=뉴스1) 정부는 4일 소말리아의 국경 폐쇄를 비난했다.", "KEN", "SOM"),
    ("(바르샤바 dpa=연합뉴스) 외무부는 4일 벨라루스 대사를 초치했다.", "POL", "BLR"),
    ("(캔버라 AFP=연합뉴스) 당국은 4일 중국 선박의 진입을 비난했다.", "AUS", "CHN"),
    ("(서울=연합뉴스) 정부는 4일 칠레의 관세 인상을 비난했다.", "KOR", "CHL"),
    ("(서울 AFP=연합뉴스) 당국은 4일 칠레의 관세 인상을 비난했다.", "KOR", "CHL"),
    ("(리마=연합뉴스) 한국 정부는 4일 칠레의 관세 인상을 비난했다.", "KOR", "CHL"),
    ("NAIROBI (Reuters) -- The government on Wednesday criticized Somalia's border closure.", "KEN", "SOM"),
])
def test_bare_organ_is_the_datelines_state(text, actor, target):
    sides = {s for s in event_sides(text, DAY) if s[0] == "ACCUSE"}
    assert sides == {("ACCUSE", frozenset({actor}), frozenset({target}))}, event_sides(text, DAY)


def test_no_dateline_gives_a_bare_authority_no_state():
    assert not {s for s in event_sides("당국은 4일 칠레의 관세 인상을 비난했다.", DAY) if s[0] == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "[오타와=뉴시스] 외교부는 4일 러시아의 제재를 비난했다.",
    "(오타와 AFP=연합뉴스) 정부는 4일 러시아의 제재를 비난했다.",
    "(서울=연합뉴스) 정부는 4일 러시아의 제재를 비난했다.",
    "OTTAWA (AP) -- The government on Wednesday criticized Russia's sanctions.",
])
def test_judged_measure_not_aimed_at_the_organs_knowledge_state(text):
    sanctions = [s for s in event_sides(text, DAY) if s[0] == "SANCTION"]
    assert sanctions and all(s[2] == frozenset() for s in sanctions), event_sides(text, DAY)

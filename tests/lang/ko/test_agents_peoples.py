"""Korean agent phrases: a people inside one state before an agent noun stands for that state (agents.yaml peoples_ko;
an armed noun makes it a group against the state, REB), and 군대 is the state's military as 군 is. Our own strings.

Formerly tests/lang/test_actors14_peoples_ko.py, classes first read by actors14 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def actors(text: str) -> set[tuple[str, str]]:
    events = extract_text(text, published=date(2024, 5, 22)).events
    return {(p.country, p.sector) for e in events for p in e.participants if p.country}


@pytest.mark.parametrize("text, party", [
    ("위구르인 망명자들은 노르웨이를 강하게 비난했다.", ("CHN", None)),
    ("카친족 무장세력은 노르웨이를 강하게 비난했다.", ("MMR", "REB")),
    ("오로모 반군은 노르웨이를 강하게 비난했다.", ("ETH", "REB")),
    ("압하지야 당국은 노르웨이를 강하게 비난했다.", ("GEO", "GOV")),
    ("페루 군대는 노르웨이를 강하게 비난했다.", ("PER", "MIL")),
    ("몽골 교도관들은 노르웨이를 강하게 비난했다.", ("MNG", "COP")),
])
def test_people_or_plain_agent(text: str, party: tuple[str, str | None]) -> None:
    found = actors(text)
    assert party in found or (party[1] is None and party[0] in {c for c, _s in found})


@pytest.mark.parametrize("text", [
    "위구르 음악은 노르웨이를 강하게 비난했다.",  # no agent after the people's word
    "그 군대는 노르웨이를 강하게 비난했다.",  # an army of no named state
])
def test_no_state_without_a_people_agent(text: str) -> None:
    assert not {c for c, _s in actors(text)} - {"NOR"}


@pytest.mark.parametrize("text, party", [
    ("스코틀랜드 경찰은 노르웨이를 강하게 비난했다.", ("GBR", "COP")),
    ("웨일스 정부는 노르웨이를 강하게 비난했다.", ("GBR", "GOV")),
])
def test_uk_constituent_country_is_the_uk(text: str, party: tuple[str, str]) -> None:
    assert party in actors(text)


@pytest.mark.parametrize("text, party", [
    ("퀘벡 독립파는 노르웨이를 강하게 비난했다.", ("CAN", "OPP")),  # a region's independence movement: opposition
    ("베트남 국영 텔레비전은 노르웨이를 강하게 비난했다.", ("VNM", "JRN")),
])
def test_independence_movement_and_state_broadcaster(text: str, party: tuple[str, str]) -> None:
    assert party in actors(text)


@pytest.mark.parametrize("text, party", [
    ("몰도바 친러 분리주의자들은 노르웨이를 강하게 비난했다.", ("MDA", "REB")),  # pro-X: whom they back, not whose
    ("말리 반정부 무장세력은 노르웨이를 강하게 비난했다.", ("MLI", "REB")),
    ("수단 친정부 민병대는 노르웨이를 강하게 비난했다.", ("SDN", "REB")),
])
def test_stance_qualifier_keeps_the_state_before_it(text: str, party: tuple[str, str]) -> None:
    found = actors(text)
    assert party[0] in {c for c, _s in found} and "RUS" not in {c for c, _s in found}


@pytest.mark.parametrize("text, code", [
    ("몬테네그로 세르비아계 지도자들은 노르웨이를 강하게 비난했다.", "MNE"),  # of Serb descent, in Montenegro
    ("북마케도니아 알바니아계 지도자는 노르웨이를 강하게 비난했다.", "MKD"),
])
def test_descent_qualifier_keeps_the_state_before_it(text: str, code: str) -> None:
    found = {c for c, _s in actors(text)}
    assert code in found and not found & {"SRB", "ALB"}


def test_descent_word_is_no_person_name() -> None:
    doc = extract_text("몬테네그로 세르비아계 지도자는 노르웨이를 강하게 비난했다.", published=date(2024, 5, 22))
    assert not any(m.surface.startswith("세르비아") for m in doc.mentions)

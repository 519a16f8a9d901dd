"""(koforeign70) A militia sided with its government ('pro-government militias', '친정부 민병대') is a paramilitary not
in opposition, PLOVER sector PRM, not rebels: kb/agents.loyal_forms derives the phrase from each armed people's noun
and agents.yaml `loyal_qualifiers_*`; sectors.LOYAL_FORCE_SECTORS makes it armed people whose deeds are the side of
the state they happen in. Both languages; the bare noun and an anti-government qualifier stay REB. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.agents import loyal_forms

DAY = date(2026, 3, 9)


def actor_sides(text: str) -> set[tuple[str, str]]:
    doc = extract_text(text, published=DAY)
    return {(p.country, p.sector) for e in doc.events if e.type == "ASSAULT" for p in e.participants
            if p not in e.recipients}


@pytest.mark.parametrize("text, side", [
    ("수단 친정부 민병대는 9일 시위대를 공격했다.", ("SDN", "PRM")),
    ("말리 친정부 민병대원들이 9일 주민들을 공격했다.", ("MLI", "PRM")),
    ("니제르 친정부 무장세력이 9일 주민들을 공격했다.", ("NER", "PRM")),
    ("Pro-government militias attacked protesters in Sudan on Monday.", ("SDN", "PRM")),
    ("A pro-government militia attacked villagers in Mali on Monday.", ("MLI", "PRM")),
    ("Sudanese government-backed militias attacked villagers on Monday.", ("SDN", "PRM")),
    # negatives: the bare noun and an opposing qualifier are rebels
    ("말리 민병대가 9일 주민들을 공격했다.", ("MLI", "REB")),
    ("니제르 반정부 무장세력이 9일 주민들을 공격했다.", ("NER", "REB")),
    ("Militias attacked villagers in Mali on Monday.", ("MLI", "REB")),
])
def test_a_militia_sided_with_its_government_is_no_rebel(text: str, side: tuple[str, str]) -> None:
    found = actor_sides(text)
    assert side in found, found
    assert {s for _c, s in found} & {"PRM", "REB"} == {side[1]}


def test_loyal_forms_qualify_only_armed_people() -> None:
    table = {"militias": "REB", "gunmen": "UAF", "police": "COP", "pro-government militias": "REB"}
    out = loyal_forms(table, ["pro-government"])
    assert out["pro-government gunmen"] == "PRM"
    assert "pro-government police" not in out  # a state's own force is no paramilitary
    assert out["pro-government militias"] == "REB"  # a phrase the data lists keeps its sector
    assert loyal_forms({"민병대": "REB"}, ["친정부"], unspaced=True)["친정부민병대"] == "PRM"

"""enmeet68 (lang/en/countries.envoy_owner, agent_nouns_en; lang/ko/states.bare_delegations): the representatives,
envoys or delegation of an agent meet for that agent and keep its sector: 'representatives of the Guinean
opposition' are the opposition's (OPP), not lawmakers (the LEG 'representatives' has alone), and 'representatives
of Ghana' are its government's. Korean '가나의 야당 대표단과': an agent noun before the delegation noun makes it
that agent's delegation, not a bare one standing for the state named before. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 9, 3)


def sides(text: str) -> set[tuple[str, str]]:
    from readout.api import extract_text

    (meeting,) = events_of(extract_text(text, published=DAY), "CONSULT")
    return {(p.country, p.sector) for p in meeting.participants}


@pytest.mark.parametrize("text, expected", [
    ("Ghanaian officials met representatives of the Guinean opposition on Tuesday.", {("GHA", "GOV"), ("GIN", "OPP")}),
    ("Togolese officials met representatives of the Beninese rebels on Tuesday.",
     {("TGO", "GOV"), ("BEN", "REB")}),
    ("Ghanaian officials met envoys of the Guinean opposition on Tuesday.", {("GHA", "GOV"), ("GIN", "OPP")}),
    ("가나 정부는 기니의 야당 대표단과 회담했다.", {("GHA", "GOV"), ("GIN", "OPP")}),
    ("토고 관리들은 베냉의 반군 대표단과 만났다.", {("TGO", "GOV"), ("BEN", "REB")}),
])
def test_an_agents_envoys_keep_its_sector(text, expected):
    assert sides(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ghanaian officials met representatives of Guinea on Tuesday.", {("GHA", "GOV"), ("GIN", "GOV")}),
    ("가나 정부는 기니의 대표단과 회담했다.", {("GHA", "GOV"), ("GIN", "GOV")}),
    ("가나 정부는 기니 대표단과 회담했다.", {("GHA", "GOV"), ("GIN", "GOV")}),
])
def test_a_states_envoys_are_its_government(text, expected):
    assert sides(text) == expected

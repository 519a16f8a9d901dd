"""The people of a state named by a plural demonym (accuse66, lang/ko/agent_chains.joined_sector): '볼리비아인들' is that
state's people (CVL) as '볼리비아 국민들' is, so their criticism of or protest at a bare '정부' is ACCUSE or PROTEST
CVL -> GOV of their own state (act_own_government.py); another state's government named keeps its state, and a state
acting on those people keeps its own side. English 'Bolivians criticized the government' reads the same. Every
sentence here is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [
    ("볼리비아인들은 정부를 비판했다.", "ACCUSE", ("BOL", "CVL"), ("BOL", "GOV")),
    ("에콰도르인들이 정부에 항의했다.", "ACCUSE", ("ECU", "CVL"), ("ECU", "GOV")),
    ("에콰도르인들은 정부의 증세 방침에 반발해 거리로 나섰다.", "PROTEST", ("ECU", "CVL"), ("ECU", "GOV")),
    ("Bolivians criticized the government.", "ACCUSE", ("BOL", "CVL"), ("BOL", "GOV")),
    ("Ecuadorians protested against the government.", "PROTEST", ("ECU", "CVL"), ("ECU", "GOV")),
    # negatives: another state's government named; a state acting on another's people
    ("볼리비아인들은 칠레 정부를 비판했다.", "ACCUSE", ("BOL", "CVL"), ("CHL", "GOV")),
    ("Bolivians criticized the Chilean government.", "ACCUSE", ("BOL", "CVL"), ("CHL", "GOV")),
]


@pytest.mark.parametrize("text,kind,actor,recipient", ROWS)
def test_demonym_people_judge_their_government(text, kind, actor, recipient):
    found = [([(p.country, p.sector) for p in e.participants], [(r.country, r.sector) for r in e.recipients])
             for e in events(text) if e.type == kind]
    assert found and found[0] == ([actor], [recipient]), found


def test_foreign_state_acting_on_demonym_people_is_no_accusation():
    found = [e for e in events("페루 정부는 볼리비아인들의 입국을 금지했다.") if e.type == "ACCUSE"]
    assert not found

"""consult16: a meeting word that refers back to a held meeting after a plan was told ('Their talks in Z on Monday ...',
'이번 회담은 9일 Z에서 열렸다', 'During their talks, the two leaders ...') is the meeting the plan's parties held, on its
own day, not the plan (pipeline/meeting_referred.held_after_plan, consolidate.held_before_plan); a meeting word after 'after'
('agreed ... after talks in Z on Monday', 'A와 B는 9일 Z에서 회담한 뒤') is the subjects' own held meeting
(lang held_before_main; pipeline/meeting_parties.principals)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 3, 10)
PAIR = {"Luiz Inácio Lula da Silva", "Pedro Sánchez"}


def held_and_planned(text):
    found = events_of(extract_text(text), "CONSULT")
    held = [e for e in found if e.status == "occurred" and names(e) == PAIR]
    planned = [e for e in found if e.status == "planned" and names(e) == PAIR]
    return held, planned, found


def extract_text(text):
    from readout.api import extract_text as run
    return run(text, "fixture.txt", DAY)


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva and Spanish Prime Minister Pedro Sanchez will meet again in "
    "Brasilia next month. Their talks in Madrid on Monday centred on trade.",
    "Brazilian President Luiz Inacio Lula da Silva and Spanish Prime Minister Pedro Sanchez agreed to hold another "
    "summit in Brasilia next month. During their talks in Madrid on Monday, the two leaders discussed trade.",
    "Brazilian President Luiz Inacio Lula da Silva and Spanish Prime Minister Pedro Sanchez agreed to meet again next "
    "month after talks in Madrid on Monday.",
    "룰라 브라질 대통령과 페드로 산체스 스페인 총리는 다음 달 브라질리아에서 다시 만나기로 했다. 이번 회담은 9일 마드리드에서 "
    "열렸다.",
    "룰라 브라질 대통령과 페드로 산체스 스페인 총리는 9일 마드리드에서 회담한 뒤 다음 달 다시 만나기로 합의했다.",
])
def test_held_meeting_beside_plan(text):
    held, planned, found = held_and_planned(text)
    assert planned and held, [(e.status, e.date, names(e)) for e in found]
    assert all(e.date == date(2026, 3, 9) for e in held), [(e.date, e.date_basis) for e in held]


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva and Spanish Prime Minister Pedro Sanchez, after holding talks in "
    "Madrid on Monday, signed a trade pact.",
    "룰라 브라질 대통령과 페드로 산체스 스페인 총리는 9일 마드리드에서 회담한 뒤 공동성명을 발표했다.",
])
def test_talks_before_main_act_are_held(text):
    held, _planned, found = held_and_planned(text)
    assert held and held[0].date == date(2026, 3, 9), [(e.status, e.date, names(e)) for e in found]


def test_plan_talked_about_stays_one():
    _held, planned, found = held_and_planned(
        "Brazilian President Luiz Inacio Lula da Silva and Spanish Prime Minister Pedro Sanchez will meet in Brasilia "
        "next month. Their meeting is expected to focus on trade.")
    assert len(planned) == 1 and len(found) == 1, [(e.status, e.date, names(e)) for e in found]

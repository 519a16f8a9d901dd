"""acts60 (issue 13): a protest noun naming people as the subject of a verb of stance ('Protesters rejected the
offer', 'Demonstrators accepted the deal', 'Strikers demanded higher wages') keeps the verb's type, by the people:
no demonstration is told beside it (lang/en/act_protested.stance_subject_protesters). A protest verb ('marched') or a
deed of force keeps the noun's protest. Korean twins ('시위대는 ... 제안을 거부했다') already read the verb alone.
Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


@pytest.mark.parametrize("text, kind, acting", [
    ("QUITO (Reuters) - Protesters rejected an offer by Panama on Monday.", "REJECT", ("ECU", "CVL")),
    ("Protesters in Ecuador rejected the government's offer.", "REJECT", ("ECU", "CVL")),
    ("Demonstrators in Ecuador accepted the deal.", "AGREE", ("ECU", "CVL")),
    ("Strikers in Ecuador demanded higher wages.", "REQUEST", ("ECU", "LAB")),
    ("Protesters in Ecuador condemned Panama.", "ACCUSE", ("ECU", "CVL")),
    ("(키토=연합뉴스) 시위대는 파나마의 제안을 거부했다.", "REJECT", ("ECU", "CVL")),
    ("에콰도르 시위대는 정부와의 합의를 수용했다.", "AGREE", ("ECU", "CVL")),
])
def test_the_stance_verb_governs(text, kind, acting):
    found = events(text)
    assert not [e for e in found if e.type == "PROTEST"], [(e.type, e.mode) for e in found]
    mine = [e for e in found if e.type == kind]
    assert mine, [(e.type, e.mode) for e in found]
    assert {(p.country, p.sector) for p in mine[0].participants} == {acting}


@pytest.mark.parametrize("text", [
    "Protesters in Quito marched against the government.",
    "Thousands of protesters rallied in Quito on Monday.",
])
def test_a_protest_verb_keeps_the_protest(text):
    assert any(e.type == "PROTEST" for e in events(text)), [(e.type, e.mode) for e in events(text)]

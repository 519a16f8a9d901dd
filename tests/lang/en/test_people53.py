"""people53 (issue 14): the English twins of tests/lang/ko/test_people53.py: an office or an occupation suffering a
passive act of force by a named agent is the harmed side with its own sector (lang/en/act_harmed_offices, enpeople52's
ISCO-08 occupations). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import check_done_to, events, first_of

ROWS = [  # (sentence, type, acting (state, sector) pairs among the actors, receiving (state, sector) pairs exactly)
    ("The president of Chile was arrested by the army.", "COERCE", {("CHL", "MIL")}, {("CHL", "GOV")}),
    ("The president of Chile was killed by the army.", "ASSAULT", {("CHL", "MIL")}, {("CHL", "GOV")}),
    ("Two nurses were arrested by Ghanaian police.", "COERCE", {("GHA", "COP")}, {("GHA", "MED")}),
    ("Police in Togo arrested three doctors.", "COERCE", {("TGO", "COP")}, {("TGO", "MED")}),
    ("Police in Kenya arrested three carpenters.", "COERCE", {("KEN", "COP")}, {("KEN", "CVL")}),
    ("Two journalists were killed by Malian rebels.", "ASSAULT", {("MLI", "REB")}, {("MLI", "JRN")}),
    ("Three residents were arrested by police in Niger.", "COERCE", {("NER", "COP")}, {("NER", "CVL")}),  # negative
]


@pytest.mark.parametrize("text, kind, acting, receiving", ROWS)
def test_people_done_to(text, kind, acting, receiving):
    check_done_to(text, kind, acting, receiving)


def test_no_agent_no_event():
    """No doer told: no act of force."""
    assert not [e for e in events("The president of Chile was arrested.") if e.type in ("COERCE", "ASSAULT")]


SITE_ROWS = [  # (sentence, acting (state, sector) pairs exactly, receiving (state, sector) pairs exactly)
    ("The British government and Canadian troops attacked an airstrip.", {("GBR", "GOV"), ("CAN", "MIL")}, set()),
    ("Nigerien rebels attacked an army base.", {("NER", "REB")}, {("NER", "MIL")}),  # negative: one state's own site
    # a bare base of a state named by its adjective or its place is that state's forces' (MIL), not its government
    ("Rebels attacked a Chadian base.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ("Rebels shelled a base in Chad.", {("TCD", "REB")}, {("TCD", "MIL")}),
    ("Rebels attacked a Chadian village.", {("TCD", "REB")}, {("TCD", "CVL")}),  # negative: a village, its people
]


@pytest.mark.parametrize("text, acting, receiving", SITE_ROWS)
def test_coalition_sites(text, acting, receiving):
    first = first_of(events(text), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == acting
    assert {(r.country, r.sector) for r in first.recipients} == receiving


HELPED_ROWS = [  # (sentence, type, receiving (state, sector) pairs exactly)
    # a plural demonym right after an infinitive of help: the people helped, CVL
    ("Rwanda sent troops to help Burundians.", "AID", {("BDI", "CVL")}),
    ("Kenya sent troops to help Somalis.", "AID", {("SOM", "CVL")}),
    # negative: the state itself helped, or its officials, keep the government's sector
    ("Rwanda sent troops to help Burundi.", "AID", {("BDI", "GOV")}),
    ("Rwanda sent troops to help Burundian officials.", "AID", {("BDI", "GOV")}),
]


@pytest.mark.parametrize("text, kind, receiving", HELPED_ROWS)
def test_helped_people(text, kind, receiving):
    first = first_of(events(text), type=kind)
    assert {(r.country, r.sector) for r in first.recipients} == receiving


def test_residents_attacked_by_rebels():
    """The twin of Korean '토고 주민들이 반군의 공격을 받았다' with a passive verb: Togo's rebels on its residents."""
    first = first_of(events("Togolese residents were attacked by rebels."), type="ASSAULT")
    assert {(p.country, p.sector) for p in first.participants} == {("TGO", "REB")}
    assert {(r.country, r.sector) for r in first.recipients} == {("TGO", "CVL")}


def test_came_under_attack():
    """actors54: en22's 'under attack' from armed people is force suffered, no disapproval drawn (was a strict xfail)."""
    first = first_of(events("Togolese residents came under attack from rebels."), type="ASSAULT")
    assert {(r.country, r.sector) for r in first.recipients} == {("TGO", "CVL")}

"""An accusation that charges the accuser's own opposition with dealings with another state (actors62): 'accused
the opposition of colluding with X', '야당이 X와 결탁했다고 비난': the opposition receives it (the accuser's own
state, sector OPP), X is the charge's content (lang/en/act_charged_groups.py, lang/ko/act_charged_groups.py).
Negative rows: a state charged ('accused X of colluding with Y') keeps X; another state's opposition keeps its
state; an opposition named only inside the charge is no object. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

CHARGED = [  # (text, recipients' (country, sector) of the first ACCUSE)
    ("Bolivia's president Rosa Quispe on Monday accused the opposition of colluding with Paraguay to topple her "
     "government.", {("BOL", "OPP")}),
    ("Uruguayan President Tomas Berro accused opposition leader Ana Pereda of conspiring with Argentina.",
     {("URY", "OPP")}),
    ("The Zambian government blamed the opposition party for plotting with Malawi.", {("ZMB", "OPP")}),
    ("볼리비아 정부는 10일 야당이 파라과이와 결탁했다고 비난했다.", {("BOL", "OPP")}),
    ("우루과이 정부는 야당 대표가 아르헨티나와 손잡고 정권 전복을 꾀했다고 비난했다.", {("URY", "OPP")}),
    # negative rows: a state is charged, or another state's opposition
    ("Bolivia accused Paraguay of colluding with Brazil.", {("PRY", "GOV")}),
    ("Bolivia accused Paraguay's opposition of colluding with Brazil.", {("PRY", "OPP")}),
    ("Bolivia accused Paraguay of colluding with the opposition.", {("PRY", "GOV")}),
    ("볼리비아 정부는 파라과이가 브라질과 결탁했다고 비난했다.", {("PRY", "GOV")}),
    ("볼리비아 정부는 파라과이가 야당과 결탁했다고 비난했다.", {("PRY", "GOV")}),
    ("볼리비아 정부는 파라과이 야당이 브라질과 결탁했다고 비난했다.", {("PRY", "OPP")}),
]


@pytest.mark.parametrize("text, recipients", CHARGED)
def test_charged_own_opposition(text, recipients):
    first = first_of(events(text), type="ACCUSE")
    assert {(r.country, r.sector) for r in first.recipients} == recipients

"""enacts50b (issues 13, 14): English attacks and actors, second round. A passive's people subject suffered the act,
so its sector never leaks to the 'by' agent ('residents were killed by X forces': the forces act as their state);
rebels or militants attacking a government fight it (ASSAULT), where a speaker attacking one criticizes it
(ACCUSE); a state's police or soldiers holding people of their own state hold them with their own sector, in the
active as in the passive; herders and shepherds are farm people (AGR), as farmers are. Our own sentences (Korean twins: tests/lang/ko/test_acts50b.py)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of


def pairs(entities) -> set[tuple[str, str]]:
    return {(e.country, e.sector) for e in entities}


def first(text: str, kind: str):
    return first_of(events(text), type=kind)


ROWS = {  # (sentence, type, acting pairs exactly, receiving pairs exactly)
    "passive_agent_sector": [
        ("Three Syrian villagers were killed by Turkish forces on Monday.", "ASSAULT",
         {("TUR", "MIL")}, {("SYR", "CVL")}),
        ("Three Congolese miners were killed by Rwandan forces near Goma.", "ASSAULT",
         {("RWA", "MIL")}, {("COD", "LAB")}),
        ("Four residents were killed by Russian forces in Kharkiv on Monday.", "ASSAULT",
         {("RUS", "MIL")}, {("UKR", "CVL")}),
    ],
    "armed_attack_on_government": [
        ("Chadian rebels attacked the government on Monday.", "ASSAULT", {("TCD", "REB")}, {("TCD", "GOV")}),
        ("Malian rebels attacked the government on Friday.", "ASSAULT", {("MLI", "REB")}, {("MLI", "GOV")}),
    ],
    "farm_and_herd_people": [  # enacts50b: herders, shepherds are AGR as farmers are, acting or harmed
        ("Herders protested in Niamey on Monday.", "PROTEST", {("NER", "AGR")}, {("NER", "GOV")}),
        ("Shepherds protested in Niamey on Monday.", "PROTEST", {("NER", "AGR")}, {("NER", "GOV")}),
        ("Four shepherds were killed by Malian soldiers on Monday.", "ASSAULT", {("MLI", "MIL")}, {("MLI", "AGR")}),
        ("Malian soldiers killed four herders near Mopti.", "ASSAULT", {("MLI", "MIL")}, {("MLI", "AGR")}),
    ],
    "own_forces_hold": [
        ("Kenyan police arrested two men on Monday.", "COERCE", {("KEN", "COP")}, {("KEN", "CVL")}),
        ("Police in Bristol arrested three men on Monday.", "COERCE", {("GBR", "COP")}, {("GBR", "CVL")}),
        ("Malian soldiers detained the opposition leader on Monday.", "COERCE", {("MLI", "MIL")}, {("MLI", "OPP")}),
    ],
}

KEPT = [  # (sentence, type, acting pairs exactly): readings the rules leave as they were
    ("The Kenyan opposition leader attacked the government over fuel prices.", "ACCUSE", {("KEN", "OPP")}),  # a
    # speaker's attack is criticism
    ("Colombian farmers attacked the government's plan on Monday.", "ACCUSE", {("COL", "AGR")}),  # people's words
    ("Egyptian authorities arrested two journalists on Monday.", "COERCE", {("EGY", "GOV")}),  # no forces named
    ("Two Iraqi residents were killed by Turkish troops on Monday.", "ASSAULT", {("TUR", "MIL")}),  # the agent's noun
]


@pytest.mark.parametrize("text, kind, acting, receiving", class_rows(ROWS))
def test_sides(text, kind, acting, receiving):
    e = first(text, kind)
    assert pairs(e.participants) == acting
    assert pairs(e.recipients) == receiving


@pytest.mark.parametrize("text, kind, acting", KEPT)
def test_kept(text, kind, acting):
    assert pairs(first(text, kind).participants) == acting

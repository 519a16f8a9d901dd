"""(kodeed47) Deportations in Korean read alike whatever the noun phrase's form.

A state expelling its own nationals, named by a reflexive word ('자국민을', '자국 국민들을', '아국 시민 30명을'), is COERCE
deport done to its own people (X -> X, CVL), as its exile of dissidents is; and a deportee noun before the verbal noun in
one compound ('난민 추방을 발표했다', no count, no 의) is the pair '난민을 추방하다', COERCE deport as the counted and genitive
forms are. Negatives: envoys stay SANCTION expel in both forms; a reflexive word before no people ('자국 기업'), or a
people noun named with its own state, names no own nationals.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

OWN = [
    "베네수엘라 정부는 10일 자국민을 추방했다.",
    "베네수엘라 정부는 10일 자국 국민 20여 명을 추방했다.",
    "베네수엘라는 10일 자국 시민들을 콜롬비아로 추방했다.",
]


@pytest.mark.parametrize("sentence", OWN)
def test_own_nationals_expelled_are_deported_by_their_own_state(sentence):
    acting, receiving = sector_sides(sentence, "COERCE")
    assert ("VEN", "CVL") in receiving and ("COL", "CVL") not in receiving, (acting, receiving)
    assert not sides(sentence, "SANCTION")


COMPOUND = [  # (sentence, type, mode, recipient state)
    ("베네수엘라 정부는 콜롬비아 난민 추방을 발표했다.", "COERCE", "deport", "COL"),
    ("베네수엘라 정부는 콜롬비아 이주민 추방을 시작했다.", "COERCE", "deport", "COL"),
    ("베네수엘라 정부는 콜롬비아 외교관 추방을 발표했다.", "SANCTION", "expel", "COL"),  # envoys: expelled
    ("베네수엘라 정부는 콜롬비아 외교관 3명의 추방을 발표했다.", "SANCTION", "expel", "COL"),
]


@pytest.mark.parametrize("sentence, kind, mode, state", COMPOUND)
def test_compound_expulsion_reads_as_its_pair(sentence, kind, mode, state):
    from tests.event_sides import events
    found = [e for e in events(sentence) if e.type in ("COERCE", "SANCTION")]
    assert [(e.type, e.mode) for e in found] == [(kind, mode)], [(e.type, e.mode) for e in found]
    assert {r.country for r in found[0].recipients} == {state}


NOT_OWN = [  # (sentence, a (country, sector) that must not receive)
    ("베네수엘라 정부는 10일 콜롬비아 국민 20여 명을 추방했다.", ("VEN", "CVL")),  # another state's people
    ("베네수엘라 정부는 10일 자국 주재 콜롬비아 외교관들을 추방했다.", ("VEN", "CVL")),  # envoys posted here
]


@pytest.mark.parametrize("sentence, side", NOT_OWN)
def test_no_own_nationals_named(sentence, side):
    from tests.event_sides import events
    for e in events(sentence):
        assert side not in {(r.country, r.sector) for r in e.recipients}, (e.type, e.mode)

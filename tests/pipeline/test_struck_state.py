"""(enacts55, issue 15) A device no one is named with that struck people of one state ('a roadside bomb killed three
X-ian soldiers', 'a suicide bombing killed soldiers in X'): the attack's receiving side is the victims' state, else the
state named as its place, with no acting side, as the PLOVER gold codes such a bombing and as a town's name already made
it ('a car bomb killed policemen in Mogadishu'). Korean reads the same class with its own nouns. Negative rows: a
named doer keeps its side; victims of two states name no one place. Our own sentences
(pipeline/act_actor_defaults.struck_state, which also reads a country named as the place: debt56)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

ROWS = [  # (sentence, acting states (exactly), receiving states (exactly)); None: no ASSAULT at all
    ("A roadside bomb killed three Pakistani soldiers.", set(), {"PAK"}),
    ("A car bomb killed two Iraqi policemen on Sunday.", set(), {"IRQ"}),
    ("A suicide bombing killed soldiers in Somalia.", set(), {"SOM"}),
    ("A car bomb killed four policemen in Mogadishu.", set(), {"SOM"}),  # the town's state, as before
    ("도로변 폭탄 테러로 파키스탄 군인 3명이 숨졌다.", set(), {"PAK"}),
    # debt56: the country named as the place is the same rule's first clue (koacts55's rows: tests/lang/test_koacts55.py)
    ("A bomb exploded in Chad, killing three herders.", set(), {"TCD"}),
    ("차드에서 폭탄이 터져 목동 3명이 숨졌다.", set(), {"TCD"}),
    ("Gunmen killed three Pakistani soldiers.", {"PAK"}, {"PAK"}),  # a doer's word: the attack keeps its side
    ("A landmine killed two Malian soldiers and a Nigerien officer.", None, None),  # two states: no one place
]


@pytest.mark.parametrize("text, acting, receiving", ROWS)
def test_struck_state(text, acting, receiving):
    found = [e for e in events(text) if e.type == "ASSAULT"]
    if acting is None:
        assert not found, [([p.country for p in e.participants], [r.country for r in e.recipients]) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    e = found[0]
    assert {p.country for p in e.participants} == acting
    assert {r.country for r in e.recipients} == receiving

"""(enriot46, issue 15) A deed of force named as a noun and denied is the denier's REJECT, in both languages: 'Finland
denied the attack on Estonia' reads as 'Finland denied attacking Estonia' and '핀란드는 에스토니아에 대한 공격을 부인했다'
do (REJECT by the denier towards the side said to be hit), never an ASSAULT by the denier. English: the 'deny' entry
whose objects are the force nouns (scripts/data/en_acts_additions.yaml). Negative rows: the same noun confirmed or
launched stays the speaker's ASSAULT, and no REJECT is read. Our own sentences (invented capitals and states)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, target", [
    ("Latvia denied the attack on Lithuania.", "LVA", "LTU"),
    ("Latvia on Tuesday denied the shelling of Lithuanian villages.", "LVA", "LTU"),
    ("Latvia denied any air strikes on Lithuanian border posts.", "LVA", "LTU"),
    ("라트비아는 리투아니아에 대한 공격을 부인했다.", "LVA", "LTU"),
    ("라트비아는 리투아니아 마을 포격을 부인했다.", "LVA", "LTU"),
])
def test_a_denied_deed_noun_is_the_deniers_reject(text, actor, target):
    found = events(text)
    assert ([actor], [target]) in sides(text, "REJECT"), found
    assert not [e for e in found if e.type == "ASSAULT"], found


@pytest.mark.parametrize("text", [
    "Latvia confirmed the attack on Lithuania.",
    "Latvia launched an attack on Lithuania.",
    "라트비아는 리투아니아를 공격했다.",
])
def test_a_deed_noun_not_denied_stays_force(text):
    found = events(text)
    assert (["LVA"], ["LTU"]) in sides(text, "ASSAULT"), found
    assert not [e for e in found if e.type == "REJECT"], found

"""(kocoerce66) A device that went off with the harm it did told after it is one attack by no side named, in both
languages: 'A bomb exploded in X, killing five people', '폭탄이 터져 5명이 숨졌다'. The explosion carries the harmed as
its victims: no side acts (doerless49: the PLOVER gold codes such a sentence ASSAULT with no known source) and the
place's state receives it; victims of another state are struck by the place's side ('a suicide bombing in X killed ...',
as the gold codes them); the participle of harm is no second event. Our own sentences; negative rows: a thing
that is no weapon ('a tyre exploded', '타이어가 터져'), a device that harmed no one, a bomb defused."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_device_gone_off_with_its_harm_is_an_attack": [
        ("A bomb exploded in Kabul on Monday, killing five people.", "ASSAULT", set(), {"AFG"}, OCC, "explosives"),
        ("A roadside bomb exploded near a Turkish convoy in Kabul on Monday, killing two soldiers.", "ASSAULT",
         {"AFG"}, {"TUR"}, OCC, "explosives"),
        ("카불에서 13일 폭탄이 터져 5명이 숨졌다.", "ASSAULT", set(), {"AFG"}, OCC, "explosives"),
        ("카불에서 13일 차량 폭탄이 폭발해 주민 5명이 숨지고 10명이 다쳤다.", "ASSAULT", set(), {"AFG"}, OCC,
         "explosives"),
        # koactors68: a casualty verb of a noun and 하다 ('사망했다', '부상했다') is read as 숨지다 is
        ("리마에서 13일 폭탄이 터져 3명이 사망했다.", "ASSAULT", set(), {"PER"}, OCC, "explosives"),
        ("리마에서 13일 폭발물이 폭발해 경찰관 2명이 부상했다.", "ASSAULT", set(), {"PER"}, OCC, "explosives"),
    ],
    "no_weapon_or_no_harm_is_no_attack": [
        ("A tyre exploded in Kabul on Monday, injuring the driver.", "ASSAULT", set(), None, None, None),
        ("A bomb exploded in a field outside Kabul on Monday.", "ASSAULT", set(), None, None, None),
        ("A bomb was defused in Kabul on Monday.", "ASSAULT", set(), None, None, None),
        ("카불에서 13일 타이어가 터져 운전자가 다쳤다.", "ASSAULT", set(), None, None, None),
        ("카불에서 13일 폭탄이 터졌다.", "ASSAULT", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_doerless_explosions(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)


def test_the_harm_participle_is_no_second_event():
    assert len([e for e in events("A bomb exploded in Kabul on Monday, killing five people.")
                if e.type == "ASSAULT"]) == 1

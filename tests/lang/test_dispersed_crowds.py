"""(pledges64) Crowd control reaches the crowd in both languages: a crowd-control weapon whose only object is the weapon
itself ('sprayed pepper spray') aims at no one, so the dispersal after it is that force on the people dispersed; and a
present participle before a people noun ('marching students', 'protesting farmers') modifies it, so the people noun is
the object and the state's own people receive the act, as Korean '행진하던 학생들을' reads. Our own sentences, with rows that
must not fire: a weapon aimed at a foreign crowd goes to that state, a participle before a thing names no people."""
from __future__ import annotations

import pytest

from tests.event_sides import events

OWN_PEOPLE = [  # (sentence, type): the state's police act on its own people (BOL -> BOL)
    ("Bolivian police sprayed pepper spray to disperse students in La Paz on Wednesday.", "ASSAULT"),
    ("Bolivian police sprayed tear gas to disperse the crowd on Wednesday.", "ASSAULT"),
    ("볼리비아 경찰은 12일 후추 스프레이를 뿌려 학생들을 해산했다.", "ASSAULT"),
    ("Bolivian police dispersed marching students in La Paz on Wednesday.", None),
    ("Bolivian police arrested protesting farmers in La Paz on Wednesday.", "COERCE"),
    ("볼리비아 경찰은 12일 라파스에서 행진하던 학생들을 강제 해산했다.", None),
    ("볼리비아 경찰은 12일 라파스에서 시위하던 농민들을 체포했다.", "COERCE"),
]


def crowd_acts(text: str, kind: str | None) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients}) for e in events(text)
            if (e.type == kind if kind else e.type in ("ASSAULT", "COERCE"))]


@pytest.mark.parametrize("text, kind", OWN_PEOPLE)
def test_crowd_control_reaches_own_people(text, kind):
    found = crowd_acts(text, kind)
    assert found, text
    assert found[0] == ({"BOL"}, {"BOL"}), found


@pytest.mark.parametrize("text, recipients", [
    # negatives: a weapon aimed at a named foreign crowd goes to its state, not home
    ("Bolivian police sprayed pepper spray at Peruvian students on Wednesday.", {"PER"}),
    ("Bolivian police dispersed marching Peruvian students in La Paz on Wednesday.", {"PER"}),
    # a participle before a thing names no people: no one receives the ban
    ("Bolivian police banned marching bands in La Paz on Wednesday.", set()),
])
def test_not_home(text, recipients):
    found = crowd_acts(text, None)
    assert found and found[0][1] == recipients, found


def test_weapon_in_drill_is_no_force():
    assert not crowd_acts("Bolivian police sprayed pepper spray during a training drill on Wednesday.", "ASSAULT")


def test_gerund_after_a_preposition_is_no_modifier():
    # negative of the participle: 'for deploying army troops' is a gerund with its own object, no people the appeal
    # is aimed at; the appeal told inside a rejection is no request of its own
    kinds = [e.type for e in events("Bolivia on Wednesday rejected a Chilean appeal for deploying soldiers along "
                                    "the border with Peru.")]
    assert "REQUEST" not in kinds and "REJECT" in kinds, kinds

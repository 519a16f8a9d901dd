"""acts59b (issues 13/15): a possible deed of a side, with its speaker closing the sentence ('Chile could attack
Peru, analysts said'), is the speaker's guess, PLOVER's hypothetical: no event, as when the speaker opens it
('Analysts said Chile could attack Peru'; lang/en/act_possible_deeds.trailed_possibility). The side's own speaker
keeps its plan ('..., Chile's defence minister said'), a warning stays a threat, and a bare modal with no speaker is
untouched. Korean twins: '분석가들은 ... 공격할 수 있다고 말했다' in either order gives no event. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Chile could attack Peru, analysts said.",
    "Norway might blockade Iceland, observers said on Monday.",
    "Kenya may invade Somalia, Somalia's defence minister said.",
    "분석가들은 칠레가 페루를 공격할 수 있다고 말했다.",
    "칠레가 페루를 공격할 수 있다고 분석가들은 말했다.",
])
def test_a_guessed_deed_is_no_event(text):
    assert not {"ASSAULT", "COERCE", "MOBILIZE"} & set(kinds(text)), kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("Chile could attack Peru, Chile's defence minister said.", "ASSAULT"),  # the side's own course
    ("Chile may impose sanctions on Peru, the foreign ministry said.", "SANCTION"),  # lead: a bare office, its own
    ("Chile may impose sanctions on Peru, government sources said.", "SANCTION"),  # sources tell their side's plan
    ("Chile warned it could strike Peru.", "THREATEN"),
    ("Chile will attack Peru, analysts said.", "THREATEN"),  # no modal of possibility: acts58's forecast reading
])
def test_own_courses_and_warnings_stay(text, kind):
    assert kind in kinds(text)

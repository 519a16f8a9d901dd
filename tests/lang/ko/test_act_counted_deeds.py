"""(koacts60, issue 13) A deed told once in the plain past with a vague count of times (lang/ko/act_counted_deeds).

English 'repeatedly shelled', 'shelled ... several times' and 'said X had repeatedly shelled' tell one past deed (one
event, occurred, dated as any past act of the story); the perfect 'has repeatedly shelled' is a habit, no event
(lang/en/act_background.habitual). Korean '여러 차례 포격했다', '수차례 공습했다고 밝혔다' read the same; the
continuative '-아/어 왔다', the present, or a stretch named before the count ('취임 이후 여러 차례', '올 들어 수차례')
keep the tally reading (precision49, koacts38).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

DAY = date(2026, 3, 4)


def kinds(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(e.type, e.status, frozenset(countries(e.participants) - countries(e.recipients)))
            for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text, type_, doer", [
    ("말리군은 부르키나파소 국경 초소를 여러 차례 포격했다.", "ASSAULT", "MLI"),
    ("니제르는 말리군이 자국 국경 마을을 수차례 공습했다고 밝혔다.", "ASSAULT", "MLI"),
    ("말리군은 부르키나파소 국경 초소에 몇 차례 포격을 가했다.", "ASSAULT", "MLI"),
    ("Mali's army repeatedly shelled a border post in Burkina Faso.", "ASSAULT", "MLI"),
    ("Niger said Mali's army had repeatedly bombed its border villages.", "ASSAULT", "MLI"),
])
def test_vague_count_in_the_past_is_one_deed(text, type_, doer):
    found = [k for k in kinds(text) if k[0] == type_]
    assert len(found) == 1 and found[0][1] == "occurred" and doer in found[0][2], kinds(text)


@pytest.mark.parametrize("text, type_", [
    ("말리군은 부르키나파소 국경 초소를 여러 차례 포격해 왔다.", "ASSAULT"),
    ("말리군은 여러 차례 부르키나파소 국경 마을을 공습하고 있다.", "ASSAULT"),
    ("말리는 올 들어 수차례 부르키나파소 국경 마을을 공습했다.", "ASSAULT"),
    ("Mali's army has repeatedly shelled border posts in Burkina Faso.", "ASSAULT"),
])
def test_habit_or_stretch_stays_a_tally(text, type_):
    assert not [k for k in kinds(text) if k[0] == type_], kinds(text)

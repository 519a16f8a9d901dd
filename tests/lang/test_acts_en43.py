"""English act classes read by the en43 session, with sentences of our own (states outside the eval sets and the
open batches), a Korean row where the class exists in Korean too:

1. a release of matter ('released treated water into the sea', 'the wastewater release', 'the release of
   radioactive gas') frees no one: no RETREAT (lang/en/act_discharges, cue discharged_matter); a release of people
   or a seized vessel stays a release. Korean reads '방류했다' as no act already (guard row).
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a release of matter is no release
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("Norway released treated water from the coastal plant into the sea on Thursday.", set(), None, None),
    ("Norway began releasing wastewater from the plant on Monday.", set(), None, None),
    ("The water release began on Thursday, Norway's energy ministry said.", set(), None, None),
    ("Sweden objected to the release of radioactive gas from the plant.", set(), None, None),
    ("노르웨이는 2일 오염수를 바다로 방류하기 시작했다.", set(), None, None),
    ("Peru released three Chilean fishermen on Monday.", {"PER"}, {"CHL"}, OCC),
    ("페루는 2일 칠레 어민 3명을 석방했다.", {"PER"}, {"CHL"}, OCC),
])
def test_release_of_matter(text, actors, recipients, status):
    assert_act(read(text), "RETREAT", actors, recipients, status)

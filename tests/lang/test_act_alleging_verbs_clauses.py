"""ensupport68: a verb of alleging before 'that' ('insisted that', 'asserted that', 'maintained that', 'contended
that') ends the speaker's clause as 'said'/'claimed that' do: the speaker accuses the side the reported clause names
(ACCUSE allege) and is no doer of the deed that clause tells, which keeps its own doer alone (en.yaml `boundary_re`,
en_acts `complement_verbs`, `claiming_verbs`). Korean marks the reported clause with '-다고' before any verb of
saying, so its speaker never shared the deed. Our own sentences, both languages in one table."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, countries

DAY = date(2026, 3, 12)

CLAIMED = [
    "Ghana insisted that Togo had shelled several farming villages near Aflao on Sunday.",
    "Ghana asserted that Togo had shelled several farming villages near Aflao on Sunday.",
    "Ghana maintained that Togo had shelled several farming villages near Aflao on Sunday.",
    "The government of Ghana contended that Togolese troops had attacked a customs post at Aflao.",
    "가나 정부는 토고군이 국경 마을들을 포격했다고 주장했다.",
]

# no clause told after the verb: the verb of keeping (sanctions kept: REJECT yield), a demand in the subjunctive, a plain verb of saying
NOT_CLAIMED = [
    ("Ghana maintained its sanctions on Togo on Sunday.", "REJECT"),
    ("Ghana insisted that Togo withdraw its troops from the border on Sunday.", "REQUEST"),
    ("가나 정부는 토고에 대한 제재를 유지했다.", None),
]


@pytest.mark.parametrize("text", CLAIMED)
def test_claimed_deed_keeps_its_doer_alone(text):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", {"GHA"}, {"TGO"}, "occurred", "allege")
    force = [e for e in evs if e.type == "ASSAULT"]
    assert force and countries(force[0].participants) == {"TGO"}, [(e.type, countries(e.participants)) for e in evs]


@pytest.mark.parametrize(("text", "kept"), NOT_CLAIMED)
def test_no_clause_no_allegation(text, kept):
    evs = extract_text(text, published=DAY).events
    assert_act(evs, "ACCUSE", set(), None, None)
    if kept:
        assert_act(evs, kept, {"GHA"}, None, "occurred")

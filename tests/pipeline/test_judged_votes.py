"""A vote or election judged by a part of the state that held it is a domestic act (charges50; lang/*/act_judged_votes,
pipeline/act_own_government.own_vote), with sentences of our own in both languages: the opposition's or an organ's
judgement of a vote no other state is named in goes to the speaker's own state, not to a foreign state the paragraph
told of (a sanctioner)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, type_, state", [
    ("The European Union imposed new sanctions on Belarus on Monday. Belarus's president called the parliament's "
     "vote a sham.", "ACCUSE", "BLR"),
    ("Washington imposed sanctions on Venezuela last week. In Caracas, the opposition says the election was "
     "illegitimate.", "ACCUSE", "VEN"),
    ("Georgia's opposition said the parliamentary election held on Saturday was rigged.", "ACCUSE", "GEO"),
    ("미국은 지난주 베네수엘라에 제재를 부과했다. 베네수엘라 야당은 이번 선거가 불법이라며 인정하지 않고 있다.",
     "REJECT", "VEN"),
    ("미국은 지난달 벨라루스에 제재를 부과했다. 벨라루스 야당 대표는 이번 총선이 조작됐다고 비판했다.", "ACCUSE", "BLR"),
])
def test_vote_judged_at_home_is_the_speakers_own_state(text, type_, state):
    assert_act(read(text), type_, {state}, {state}, "occurred")


@pytest.mark.parametrize("text, type_, actor, held", [
    ("Russia's president called Ukraine's election illegitimate.", "ACCUSE", "RUS", {"UKR"}),  # the holder is named
    ("러시아 대통령은 우크라이나의 선거가 불법이라고 비판했다.", "ACCUSE", "RUS", {"UKR"}),
])
def test_vote_of_a_named_state_is_that_states(text, type_, actor, held):
    assert_act(read(text), type_, {actor}, held, "occurred")


def test_a_foreign_states_verdict_on_an_unnamed_vote_is_not_its_own():
    events = read("Belarus held a parliamentary vote on Sunday. Washington called the vote a sham.")
    assert not [e for e in events if e.type == "ACCUSE" and {p.country for p in e.recipients} == {"USA"}]

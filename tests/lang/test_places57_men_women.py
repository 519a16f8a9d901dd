"""places57 (issue 14): men and women are people nouns of an act's object in both languages (English
`domestic_actors` men, women, man, woman; Korean cue `people_noun` 남성, 여성), so people arrested in a town of another
state are that state's (pipeline/act_placed_victims), as 'residents' and '주민' were; and an execution's ground bars
the state it names as an arrest's does (lang/en/act_arrest_grounds.BARRED_HOLDING, lang/ko/act_hit_domestic
.EXECUTIONS). Our own sentences; a town of the actor's own state, a state named on the people, 'armed men' and a
meeting of 'the two men' as negative rows."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of


def first(text: str, kind: str):
    return first_of(events(text), type=kind)


@pytest.mark.parametrize("text, kind, receiving", [
    ("Israeli police arrested four men in Tulkarm.", "COERCE", {("PSE", "CVL")}),
    ("Israeli soldiers detained two women near Hebron.", "COERCE", {("PSE", "CVL")}),
    ("이스라엘 경찰은 헤브론에서 남성 4명을 체포했다.", "COERCE", {("PSE", "CVL")}),
    ("세르비아 경찰은 프리즈렌에서 여성 2명을 구금했다.", "COERCE", {("XKX", "CVL")}),
    ("French police arrested a man in Toulouse.", "COERCE", {("FRA", "CVL")}),  # the actor's own town
    ("프랑스 경찰은 툴루즈에서 남성 1명을 체포했다.", "COERCE", {("FRA", "CVL")}),
    ("Russia detained two Latvian men.", "COERCE", {("LVA", "CVL")}),  # the state named on the people
    ("러시아는 라트비아 남성 2명을 구금했다.", "COERCE", {("LVA", "CVL")}),
    ("Iran hanged two men convicted of spying for Britain.", "ASSAULT", {("IRN", "CVL")}),  # the ground: no side
    ("이란은 영국을 위해 간첩 활동을 한 혐의로 유죄 판결을 받은 남성 2명을 처형했다.", "ASSAULT", {("IRN", "CVL")}),
    ("Iran executed two British spies.", "ASSAULT", {("GBR", "SPY")}),  # the state on the people stays theirs
])
def test_men_and_women_are_people(text, kind, receiving):
    assert {(r.country, r.sector) for r in first(text, kind).recipients} == receiving


def test_armed_men_keep_their_sector():
    acting = {(p.country, p.sector) for p in first("Armed men attacked a police post in Kaduna.", "ASSAULT").participants}
    assert ("NGA", "UAF") in acting


def test_two_men_meeting_is_no_arrest():
    assert not [e for e in events("The two men met in Geneva on Monday.") if e.type == "COERCE"]

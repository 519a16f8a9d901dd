"""koarmed71: an armed group acted on by a state's forces is its sector whatever the verb, in both languages, on our own
sentences: 'arrested rebels', '반군을 체포했다' give the rebels (REB), not the state's own people (CVL), as an attack
on them already did (lang/ko/act_armed_targets.armed_object); a person of an armed group ('반군 지도자를 기소했다') is
the group's (lang/ko/act_organs.people_sector). Negative rows: people of no armed group stay civilians or their own
sector; an armed group named with another state is that state's."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def receivers(text: str, kind: str) -> list[set[tuple[str, str]]]:
    return [{(r.country, r.sector) for r in e.recipients} for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, kind, receiver", [
    ("말리군은 이날 반군을 체포했다.", "COERCE", ("MLI", "REB")),
    ("차드군은 반군 전투원 4명을 붙잡았다.", "COERCE", ("TCD", "REB")),
    ("말리군은 지난주 민병대원들을 체포했다.", "COERCE", ("MLI", "REB")),
    ("차드 검찰은 반군 지도자를 기소했다.", "ACCUSE", ("TCD", "REB")),
    ("차드 경찰은 반군 지휘관을 체포했다.", "COERCE", ("TCD", "REB")),
    ("Malian troops arrested four rebels on Sunday.", "COERCE", ("MLI", "REB")),
    ("Chadian soldiers detained two rebel fighters this week.", "COERCE", ("TCD", "REB")),
])
def test_an_armed_group_acted_on_is_its_sector(text, kind, receiver):
    found = receivers(text, kind)
    assert found and receiver in found[0], (found, events(text))


@pytest.mark.parametrize("text, kind, receiver", [
    ("말리 경찰은 시위대를 체포했다.", "COERCE", ("MLI", "CVL")),
    ("차드 경찰은 언론인 2명을 체포했다.", "COERCE", ("TCD", "JRN")),
    ("말리군은 니제르 반군을 체포했다.", "COERCE", ("NER", "REB")),
    ("말리군은 반군 주민 다섯 명을 체포했다.", "COERCE", ("MLI", "CVL")),
    ("Malian police arrested dozens of protesters on Sunday.", "COERCE", ("MLI", "CVL")),
])
def test_people_of_no_armed_group_keep_their_sector(text, kind, receiver):
    found = receivers(text, kind)
    assert found and found[0] == {receiver}, (found, events(text))

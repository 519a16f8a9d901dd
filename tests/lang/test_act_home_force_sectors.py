"""koarmed71: a state's forces named acting at home are those forces, in both languages, on our own sentences: a force
noun as the subject of a domestic deed ('말리군은 반군을 사살했다', 'Malian troops killed rebels'; 경찰, 'police') is MIL or
COP on the acting side, not the state's government (pipeline/act_side_entities.sided: the organ the words named, of
`STATE_FORCE_SECTORS`). Negative rows: a government subject stays GOV."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def sides_of(text: str, kind: str) -> list[tuple[set[tuple[str, str]], set[tuple[str, str]]]]:
    return [({(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, kind, actor, receiver", [
    ("말리군은 이날 반군을 사살했다.", "ASSAULT", ("MLI", "MIL"), ("MLI", "REB")),
    ("Malian troops killed several rebels on Sunday.", "ASSAULT", ("MLI", "MIL"), ("MLI", "REB")),
    ("차드군은 시위대에 발포했다.", "ASSAULT", ("TCD", "MIL"), ("TCD", "CVL")),
    ("Chadian troops opened fire on protesters this week.", "ASSAULT", ("TCD", "MIL"), ("TCD", "CVL")),
    ("차드 경찰은 반군 지휘관을 체포했다.", "COERCE", ("TCD", "COP"), ("TCD", "REB")),
    ("Chadian police arrested a rebel commander this week.", "COERCE", ("TCD", "COP"), ("TCD", "REB")),
])
def test_a_state_force_acting_at_home_is_that_force(text, kind, actor, receiver):
    found = sides_of(text, kind)
    assert found and actor in found[0][0] and receiver in found[0][1], (found, events(text))


@pytest.mark.parametrize("text, kind, actor", [
    ("차드 정부는 반군 지휘관을 체포했다.", "COERCE", ("TCD", "GOV")),
    ("The Chadian government arrested a rebel commander this week.", "COERCE", ("TCD", "GOV")),
])
def test_a_government_subject_stays_the_government(text, kind, actor):
    found = sides_of(text, kind)
    assert found and actor in found[0][0], (found, events(text))

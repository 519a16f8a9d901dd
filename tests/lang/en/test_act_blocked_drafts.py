"""(conflict54) The subject of a drafted text that is blocked ('vetoed a resolution on sanctions against X', 'blocked
a draft on new tariffs') is what was stopped, no act done: its measure noun gives no SANCTION, as the noun of a vetoed
package gives no AID (act_rejected_objects.blocked_contents) and as Korean '제재 결의안에 거부권을 행사했다' reads (rows
in tests/lang/ko/test_act_blocked_drafts.py). The refusal stays, with the state the text concerns. Our own sentences."""
from __future__ import annotations

import pytest

ROWS = [  # (sentence, refusing state, state the text concerns)
    ("China vetoed a resolution on sanctions against Myanmar.", "CHN", "MMR"),
    ("Russia blocked a draft resolution on sanctions against Eritrea on Tuesday.", "RUS", "ERI"),
]


@pytest.mark.parametrize("text, actor, target", ROWS)
def test_a_blocked_texts_measure_is_not_imposed(extract, text, actor, target):
    found = extract(text).events
    assert not [e for e in found if e.type == "SANCTION"], [(e.type, e.mode) for e in found]
    refused = [e for e in found if e.type == "REJECT"]
    assert refused and {p.country for p in refused[0].participants} == {actor}
    assert {r.country for r in refused[0].recipients} == {target}


def test_an_imposed_measure_stays(extract):
    found = extract("The European Union imposed sanctions on Eritrea after the vote.").events
    assert [e for e in found if e.type == "SANCTION"], [(e.type, e.mode) for e in found]

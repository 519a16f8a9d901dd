"""enmodes70: a threat's mode comes from the threatened act's verb, the same whatever the verb of threatening
(threaten, warn, vow) and in both languages. An invasion takes land (CAMEO files INVADE under 192, occupy territory;
Korean 침공하다 carries the territory context), so a threatened one is THREATEN `territory`; people deported are
THREATEN `expel` after 'warned it would' as after 'threatened to' (the PLOVER reading's `stated_mode` is the verb's
own, `lang/en/act_frames.threat_mode_of`). Negative rows: the deed done is no threat, and force or arrests threatened
keep their modes."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "invasion_threatened_is_territory": [
        ("Armenia threatened to invade Azerbaijan last week.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
        ("Armenia warned it would invade Azerbaijan within days.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
        ("Armenia vowed to invade Azerbaijan if attacked.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
        ("Armenia warned of an invasion of Azerbaijan.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
        ("아르메니아는 아제르바이잔을 침공하겠다고 경고했다.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
        ("아르메니아는 아제르바이잔을 침공하겠다고 위협했다.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "territory"),
    ],
    "deportation_threatened_is_expel_whatever_the_verb": [
        ("Ghana warned it would deport the Togolese traders.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
        ("Ghana warned that it would deport Togolese traders.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
        ("Ghana threatened to deport the Togolese traders.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
        ("Ghana vowed to deport the Togolese traders.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
        ("가나는 토고 상인들을 추방하겠다고 경고했다.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "expel"),
    ],
    "other_threats_keep_their_modes": [
        ("Ghana warned it would arrest Togolese traders.", "THREATEN", {"GHA"}, {"TGO"}, OCC, "arrest"),
        ("Armenia warned it would attack Azerbaijan.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "violence"),
        ("Armenia warned it would bomb Azerbaijan.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "violence"),
        ("아르메니아는 아제르바이잔을 공격하겠다고 경고했다.", "THREATEN", {"ARM"}, {"AZE"}, OCC, "violence"),
    ],
    "the_deed_done_is_no_threat": [
        ("Armenia invaded Azerbaijan on Sunday.", "ASSAULT", {"ARM"}, {"AZE"}, OCC, None),
        ("Armenia invaded Azerbaijan on Sunday.", "THREATEN", set(), None, None, None),
        ("Ghana deported two Togolese traders on Friday.", "THREATEN", set(), None, None, None),
        ("아르메니아는 아제르바이잔을 침공했다.", "THREATEN", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_threat_verb_modes(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)

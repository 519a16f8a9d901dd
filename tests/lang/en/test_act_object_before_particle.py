"""(ploveren63) A complement preposition after the verb's object: CAMEO writes 'SUSPECT * (OF FRAUD)', 'REASSURE *
(OF SUPPORT)', 'STRIP * (OF CITIZENSHIP)' with the object unwritten, and the lexicon keeps them as a particle
entry; in a sentence the one suspected, reassured or stripped stands between the verb and 'of' or 'as' ('suspected
Chile of fraud'), and receives the act. Korean marks the same roles with particles ('칠레 정부에 지지를 재확인했다',
'칠레 국민들의 시민권을 박탈했다'), read already. A private suspicion or a thing stripped has no side. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "object before the particle": [
        ("Peru suspected Chile of fraud.", "ACCUSE", {"PER"}, {"CHL"}, "occurred"),
        ("Ghana suspected the Togolese government of treason.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
        ("Kenya reassured Uganda of its support on Monday.", "SUPPORT", {"KEN"}, {"UGA"}, "occurred"),
        ("Bolivia stripped Paraguayan nationals of citizenship.", "COERCE", {"BOL"}, {"PRY"}, "occurred"),
        ("페루 정부는 12일 칠레 정부에 지지를 재확인했다.", "SUPPORT", {"PER"}, {"CHL"}, "occurred"),
        ("페루 정부는 12일 칠레 국민들의 시민권을 박탈했다.", "COERCE", {"PER"}, {"CHL"}, "occurred"),
    ],
    "no side": [
        ("Police suspected the driver of speeding.", "ACCUSE", set(), None, None),
        ("The minister suspected the start of a crisis.", "ACCUSE", set(), None, None),
        ("Peru stripped the ship of its cargo.", "COERCE", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_object_before_particle(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

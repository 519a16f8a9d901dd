"""(ploveren66) A verb of criticism that also names force ('blast', 'hit', `criticism_verbs`) whose object is followed
by an 'as' complement names what the object is: "blasted X's plan as reckless", 'blasted the quota as a betrayal',
"X's plan was blasted as reckless by Y" are ACCUSE by the speaker at the object's owner (lang/en/act_named_as), not
force (the passive had even read the judged side as the attacker). An 'as' that opens a clause or an adverbial idiom
('as troops advanced', 'as planned', 'as a warning', 'as well') leaves the force reading. Korean names criticism with
its own verbs ('무모하다고 맹비난했다') and has no such verb. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "criticism naming its object": [
        ("Ghana blasted Togo's border levy as reckless.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
        ("Kenya blasted Uganda's new fishing quota as a betrayal of the lake accord.", "ACCUSE", {"KEN"}, {"UGA"},
         "occurred"),
        ("Togo's border levy was blasted as reckless by Ghana.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
        ("가나는 토고의 국경 통행세가 무모하다고 맹비난했다.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
    ],
    "force kept": [
        ("Ghana's artillery blasted Togo's border posts as troops advanced.", "ACCUSE", set(), None, None),
        ("Kenya's jets hit Uganda's radar sites as planned.", "ACCUSE", set(), None, None),
        ("Kenya's jets hit Uganda's depots as a warning.", "ACCUSE", set(), None, None),
        ("Kenya's warplanes hit Uganda's radar sites as well.", "ACCUSE", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_criticism_named_as(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

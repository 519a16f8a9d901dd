"""(enattack70) Help told in a participle that describes the subject is no act of the sentence, in both languages:
'Belgian troops providing training support to Niger were pulled out' and '니제르에 훈련 지원을 제공하는 벨기에군이 철수했다'
report the pull-out, not an AID; help stated as the main act stays ('Belgian troops are providing ...', '벨기에군은 ...
지원을 제공했다'), and so does force told in such a participle. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "help_describing_the_subject_is_no_aid": [
        ("Belgian troops providing training support to Niger were pulled out on Tuesday.", "AID", set(), None, None,
         None),
        ("Belgian soldiers assisting Niger's army will go home in June, the ministry said.", "AID", set(), None,
         None, None),
        ("니제르에 훈련 지원을 제공하는 벨기에군이 13일 철수했다.", "AID", set(), None, None, None),
    ],
    "help_stated_as_the_main_act_stays": [
        ("Belgian troops are providing training support to Niger.", "AID", {"BEL"}, {"NER"}, OCC, None),
        ("Belgium provided training support to Niger on Tuesday.", "AID", {"BEL"}, {"NER"}, OCC, None),
        ("벨기에군은 13일 니제르에 훈련 지원을 제공했다.", "AID", {"BEL"}, {"NER"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_subject_participle_help(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)

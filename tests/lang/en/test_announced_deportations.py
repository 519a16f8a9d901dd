"""enmeet47 (issues 13, 15): a deportation a state announces ahead is one event, COERCE deport planned, as Korean
'추방 계획을 발표했다' reads (the twin rows): 'announced plans to deport 200 migrants to X', 'will deport them to X'
(cue `announced_measures` takes COERCE=deport), and the announcing verb's AGREE of 'plans' beside the planned act is
no event (lang/en/act_announced_plans.py). People expelled one by one ('expelled 300 migrants', 'two journalists') are deported
as well (the manual: SANCTION expel excludes individual deportations, COERCE deport), as Korean '이주민들을 추방했다'
reads; envoys and refugees driven out stay SANCTION expel. Negative rows: a threat verb keeps the threat ('threatened to deport',
'warned it would deport'), so does a condition ('unless'), and a plan agreed between two stays their AGREE.
Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

# (sentence, type, mode, actors, recipients, status, whether an AGREE may stand beside it)
ROWS = {
    "a_deportation_announced_ahead_is_coerce_deport_planned": [
        ("Chile announced plans to deport 300 migrants to Venezuela.", "COERCE", "deport", {"CHL"}, {"VEN"},
         "planned", False),
        ("Chile will deport 300 migrants to Venezuela next month.", "COERCE", "deport", {"CHL"}, {"VEN"}, "planned",
         False),
        ("Ghana unveiled a plan to deport Togolese migrants.", "COERCE", "deport", {"GHA"}, {"TGO"}, "planned", False),
        ("가나는 토고 이주민 추방 계획을 발표했다.", "COERCE", "deport", {"GHA"}, {"TGO"}, "planned", False),
        ("칠레는 이주민 300명을 베네수엘라로 추방할 계획이라고 발표했다.", "COERCE", "deport", {"CHL"}, None, "planned",
         False),
    ],
    "people_expelled_one_by_one_are_deported": [
        ("Ghana expelled 300 Togolese migrants on Monday.", "COERCE", "deport", {"GHA"}, {"TGO"}, "occurred", False),
        ("Ghana announced plans to expel Togolese migrants.", "COERCE", "deport", {"GHA"}, {"TGO"}, "planned", False),
        ("Ghana expelled two French journalists.", "COERCE", "deport", {"GHA"}, {"FRA"}, "occurred", False),
        ("가나는 토고 이주민들을 추방했다.", "COERCE", "deport", {"GHA"}, {"TGO"}, "occurred", False),
    ],
    "envoys_and_refugees_expelled_stay_sanction_expel": [
        ("Ghana expelled the French ambassador.", "SANCTION", "expel", {"GHA"}, {"FRA"}, "occurred", False),
        ("Ghana expelled Togolese refugees.", "SANCTION", "expel", {"GHA"}, {"TGO"}, "occurred", False),
    ],
    "an_announced_plan_reads_the_planned_act_alone": [
        ("Chile announced plans to impose sanctions on Venezuela.", "SANCTION", None, {"CHL"}, {"VEN"}, "planned",
         False),
    ],
    "threats_and_agreed_plans_stay": [
        ("Chile threatened to deport 300 migrants to Venezuela.", "THREATEN", "expel", {"CHL"}, {"VEN"}, "occurred",
         False),
        ("Chile warned it would deport 300 migrants to Venezuela.", "THREATEN", "expel", {"CHL"}, {"VEN"}, "occurred",
         False),
        ("Chile will deport 300 migrants to Venezuela unless Venezuela reopens its consulates.", "THREATEN", "expel",
         {"CHL"}, {"VEN"}, "occurred", False),
        ("Ghana and Togo agreed on a plan to reopen the border.", "AGREE", None, {"GHA", "TGO"}, None, "occurred",
         True),
    ],
}


@pytest.mark.parametrize("sentence, type_, mode, actors, recipients, status, agree", class_rows(ROWS))
def test_announced_deportations(sentence, type_, mode, actors, recipients, status, agree):
    found = events(sentence)
    assert_act(found, type_, actors, recipients, status, mode)
    if not agree:
        assert not [e for e in found if e.type == "AGREE"], [(e.type, e.status) for e in found]
    if type_ == "COERCE":
        assert not [e for e in found if e.type == "THREATEN"], [(e.type, e.mode) for e in found]

"""(sanction59) A measure whose sentence names no one is aimed at the story's other state: the principal pair the
story told (pipeline/act_measure_counterparts.story_counterpart), else the one state the last naming sentence names.
A court's finding, a party leaving its coalition, and a measure in a story of one state keep no invented target.
Sentences and states are our own."""
from __future__ import annotations

import pytest

from tests.conftest import countries, events_of


@pytest.mark.parametrize("text, actor, recipient", [
    # the counterpart told by an earlier act of the pair
    ("Ecuador accused Peru of arming smugglers on Monday. Ecuador on Tuesday put the 1998 border commission "
     "treaty in abeyance.", "ECU", "PER"),
    ("Laos condemned Cambodia's dam project. The next day Laos suspended the river navigation agreement.",
     "LAO", "KHM"),
    ("Portugal and Morocco traded accusations over fishing quotas. Morocco then suspended the fisheries "
     "agreement.", "MAR", "PRT"),
    # named only in a sentence with no act of the pair
    ("The dispute between Kenya and Tanzania over grazing land has deepened. Kenya on Friday closed the border "
     "crossing between the two countries.", "KEN", "TZA"),
    ("우루과이는 파라과이가 국경 하천을 오염시켰다고 비난했다. 우루과이 정부는 4일 1995년 체결된 하천 관리 조약의 효력을 "
     "중단했다.", "URY", "PRY"),
    ("잠비아와 말라위의 갈등이 깊어지고 있다. 잠비아는 5일 양국 간 유일한 국경 검문소를 폐쇄했다.", "ZMB", "MWI"),
    ("볼리비아는 칠레가 자국 외교관을 모욕했다고 항의했다. 볼리비아는 이튿날 칠레와의 항만 협정 이행을 중단했다.", "BOL", "CHL"),
])
def test_a_measure_naming_no_one_is_aimed_at_the_story_counterpart(extract, text, actor, recipient):
    found = events_of(extract(text), "SANCTION")
    assert found, [(e.type, countries(e.participants)) for e in extract(text).events]
    act = found[-1]
    assert (act.mode, countries(act.participants) - countries(act.recipients), countries(act.recipients)) \
        == ("discontinue", {actor}, {recipient})


@pytest.mark.parametrize("text", [
    # a story of one state: no pair, no invented target
    "Chile's parliament passed the budget on Monday. Chile banned exports of raw lithium on Tuesday.",
    "페루 의회는 3일 예산안을 통과시켰다. 페루 정부는 4일 구리 원석 수출을 금지했다.",
    # a border sealed toward all stays no sanction
    "Ghana accused Togo of harbouring rebels. Ghana closed its border crossings to all travellers on Monday.",
])
def test_no_counterpart_is_invented_for_a_home_measure(extract, text):
    assert not events_of(extract(text), "SANCTION")


def test_a_party_leaving_its_coalition_is_no_measure_on_the_other_state(extract):
    text = ("Estonia accused Latvia of stalling the rail project. In Riga, the Farmers' Union announced it was "
            "leaving the ruling coalition.")
    assert not any("EST" in countries(e.recipients) for e in events_of(extract(text), "SANCTION"))

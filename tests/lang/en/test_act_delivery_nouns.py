"""A delivery or transfer of arms named as a noun ('announced the delivery of armoured vehicles to X') is
AID military to the state after 'to', as the verbs 'delivered', 'transferred' are (ennoun72, issue 15: the
delivery noun entry of scripts/data/en_acts_additions.yaml, objects from its arms list). Our own sentences; the Korean
twin ('곡사포 인도를 완료했다', the noun before a verb of finishing) reads the same (konoun46,
lang/ko/act_completed_deeds.py)."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, AID actors, AID recipients)
    ("Norway completed the delivery of howitzers to Estonia.", {"NOR"}, {"EST"}),
    ("Canada announced the transfer of twelve tanks to Poland on Friday.", {"CAN"}, {"POL"}),
    ("Italy confirmed the delivery of air defence systems to Moldova.", {"ITA"}, {"MDA"}),
    ("노르웨이는 에스토니아에 곡사포 인도를 완료했다고 밝혔다.", {"NOR"}, {"EST"}),  # konoun46: cue completion_verb
    # nominal53: a third side's transfer condemned with its doer named is that side's AID, as Korean '핀란드가
    # 우크라이나에 미사일을 이전한 것을 비난했다' reads (was a negative row: coding-choices, nominal53)
    ("Russia condemned the transfer of missiles to Ukraine by Finland.", {"FIN"}, {"UKR"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_an_arms_delivery_noun_is_military_aid(extract, text, actors, recipients):
    assert_act(events_of(extract(text)), "AID", actors, recipients, "occurred", "military")


NEGATIVES = [  # sentences with no AID
    "Germany suspended the delivery of tanks to Turkey.",  # stopped: no aid given
    "The Chilean minister finished the delivery of his speech in Santiago.",  # no goods
    "Brazil announced the transfer of its ambassador to Paris.",  # a posting, not arms
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_aid_without_arms_delivered(extract, text):
    assert_act(events_of(extract(text)), "AID", set(), None, None)

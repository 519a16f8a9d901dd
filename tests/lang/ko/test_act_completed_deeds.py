"""(konoun46) A transfer of goods or a withdrawal whose completion its doer reports was done, with sentences of our own.

'핀란드는 라트비아에 전투기 인도를 마쳤다' says Finland handed the fighter jets over (AID military, the 인도하다 pair for
the goods), as English 'completed the delivery of fighter jets to Latvia'; '병력 철수를 완료했다' a withdrawal (RETREAT).
Negative rows: a handover of people (extradition, no aid), talks or drills finished (no aid, no withdrawal), a delivery
halted, a completion denied.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, actors, recipients)
    ("핀란드는 8일 라트비아에 전투기 인도를 마쳤다.", "AID", {"FIN"}, {"LVA"}),
    ("핀란드는 8일 라트비아에 곡사포 인도를 완료했다.", "AID", {"FIN"}, {"LVA"}),
    ("핀란드는 8일 라트비아에 전차 12대 인도를 마무리했다.", "AID", {"FIN"}, {"LVA"}),
    ("러시아는 8일 몰도바에서 병력 철수를 완료했다.", "RETREAT", {"RUS"}, {"MDA"}),
    ("Finland completed the delivery of fighter jets to Latvia.", "AID", {"FIN"}, {"LVA"}),
    ("Russia completed the withdrawal of its troops from Moldova.", "RETREAT", {"RUS"}, {"MDA"}),
]


@pytest.mark.parametrize("sentence, kind, actors, recipients", ROWS)
def test_completed_transfer_or_withdrawal_was_done(sentence, kind, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert first.status == "occurred"
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [  # sentences with no AID and no RETREAT
    "핀란드는 8일 라트비아에 범죄인 인도를 완료했다.",  # extradition: no aid
    "핀란드는 8일 라트비아와의 협상을 마쳤다.",  # talks finished
    "핀란드는 8일 라트비아와 연합훈련을 마쳤다.",  # drills finished
    "핀란드는 8일 라트비아에 전투기 인도를 중단했다.",  # halted
    "핀란드는 8일 라트비아에 전투기 인도를 완료하지 못했다.",  # not completed
    "Finland suspended the delivery of fighter jets to Latvia.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_deed_completed(sentence):
    found = [e for e in events(sentence) if e.type in ("AID", "RETREAT")]
    assert not found, [(e.type, e.mode, e.status) for e in found]

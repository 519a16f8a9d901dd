"""(request61) A pledge or decision not to take part ('회담에 참여하지 않기로 했다', '정상회의에 참석하지 않겠다', 'declined to
take part in', 'will not take part in') is a REJECT by the subject of the side whose talks, summit or undertaking it
stays out of; a meeting refused is mode 'meet' (lang/ko/act_withheld_joining; English 'decided not to take part in',
'refused to join the talks': lang/en/act_refused_meetings.decided_not, lexicon cancelled_before_neg_re, the
additions' join + talks entry). A plain past absence, a decision to take
part, or a refusal to comment refuses no one. Our own sentences, one table for both languages."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

REFUSED = {
    "a meeting stayed away from": [
        ("페루는 칠레가 제안한 회담에 참여하지 않기로 했다.", "meet"),
        ("페루 정부는 칠레가 주최하는 정상회의에 참석하지 않기로 결정했다.", "meet"),
        ("Peru declined to take part in talks proposed by Chile.", "meet"),
        ("Peru will not take part in the talks proposed by Chile.", "meet"),
        ("Peru decided not to take part in the summit hosted by Chile.", "meet"),
        ("Peru chose not to attend the talks with Chile.", "meet"),
    ],
    "a meeting refused by a verb of joining": [
        ("Peru refused to join the talks with Chile.", "meet"),
        ("Peru said it would not join the Chilean-led talks.", "meet"),
    ],
    "another undertaking stayed out of": [
        ("페루 정부는 칠레 주도의 연합훈련에 참여하지 않기로 했다.", None),
    ],
    "an invitation to talks turned down": [  # plover54: the invitation's infinitive names talks (act_infinitive_contents)
        ("Peru turned down an invitation from Chile to join the talks.", "meet"),
    ],
}


@pytest.mark.parametrize("text, mode", class_rows(REFUSED))
def test_refused_joining_rejects_the_host(text, mode):
    e = first_of(events(text), type="REJECT")
    assert {p.country for p in e.participants} == {"PER"}
    assert {r.country for r in e.recipients} == {"CHL"}
    assert e.mode == mode
    assert not [e for e in events(text) if e.type == "CONSULT" and e.status != "cancelled"]  # no meeting held
    assert not [e for e in events(text) if e.type == "MOBILIZE"]  # the drills stayed out of are no show of force


NOT_REFUSED = {
    "a past absence": ["페루 대통령은 칠레에서 열린 정상회의에 참석하지 않았다."],
    "a decision to take part": [
        "페루는 칠레가 제안한 회담에 참여하기로 했다.",
        "Peru decided to take part in the summit hosted by Chile.",
    ],
    "a refusal to comment": [
        "페루 외교부는 칠레의 발표에 대해 언급을 거부했다.",
        "Peru's foreign ministry declined to comment on the Chilean proposal.",
    ],
}


@pytest.mark.parametrize("text", class_rows(NOT_REFUSED))
def test_no_refusal_of_anyone(text):
    assert not [e for e in events(text) if e.type == "REJECT" and e.recipients], \
        [(e.type, [r.country for r in e.recipients]) for e in events(text)]

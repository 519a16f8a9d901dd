"""attack71: the content clause of a charge ('A는 B가 반군을 지원한다고 비난했다') is what is alleged: an ACCUSE by the
speaker at the clause's subject, and no act of its own, in the present as in the past ('지원한다고': kiwi gives the
fused ending the stem's offset); as English 'A accused B of backing the rebels' gives the ACCUSE alone. A subject
particle kiwi reads as the copula ('수단이 반군을': 수단/NNG 이/VCP) is the subject's particle, so the accused is found.
Negative rows: a transfer reported without a charge stays; a copula in its own word stays a copula.
"""
from __future__ import annotations

import pytest

from readout.lang.ko.sentences import split
from tests.conftest import assert_act
from tests.event_sides import events

CHARGED = [
    ("칠레는 페루가 반란군을 지원한다고 비난했다.", "AID", "CHL", "PER"),
    ("칠레는 페루가 반란군을 지원한다며 비난했다.", "AID", "CHL", "PER"),
    ("볼리비아는 파라과이가 무장단체에 무기를 공급한다고 규탄했다.", "AID", "BOL", "PRY"),
    ("차드는 수단이 반군을 지원한다고 비난했다.", "AID", "TCD", "SDN"),
    ("케냐는 수단이 민병대를 무장시켰다고 비난했다.", "AID", "KEN", "SDN"),
    ("케냐는 수단이 민병대를 지원한다며 규탄했다.", "AID", "KEN", "SDN"),
    ("Chile accused Peru of backing the rebel militias.", "AID", "CHL", "PER"),
    ("Chad accused Sudan of arming the rebel militias.", "AID", "TCD", "SDN"),
]


@pytest.mark.parametrize("text, kind, accuser, accused", CHARGED)
def test_charged_content_is_the_accusation_only(text, kind, accuser, accused):
    found = events(text)
    assert_act(found, kind, set(), None, None)
    assert_act(found, "ACCUSE", {accuser}, {accused}, "occurred")


REPORTED = [
    ("칠레는 페루에 구호품을 지원한다고 밝혔다.", "AID", {"CHL"}, {"PER"}),
    ("Chile said it was sending relief supplies to Peru.", "AID", {"CHL"}, {"PER"}),
]


@pytest.mark.parametrize("text, kind, actor, recipient", REPORTED)
def test_reported_transfer_without_charge_stays(text, kind, actor, recipient):
    assert_act(events(text), kind, actor, recipient, "occurred")


@pytest.mark.parametrize("text, subject", [("차드는 수단이 반군을 지원한다고 비난했다.", "수단"),
                                           ("케냐는 수단이 민병대를 무장시켰다고 비난했다.", "수단")])
def test_copula_misread_between_nouns_is_the_subject_particle(text, subject):
    toks = split(text, 0)[0][1]
    i = next(k for k, t in enumerate(toks) if t[0] == subject)
    assert (toks[i + 1][0], toks[i + 1][1]) == ("이", "JKS")


@pytest.mark.parametrize("text", ["그것은 마지막 수단이다.", "그것은 마지막 수단이라고 말했다.", "외교는 유일한 수단인 셈이다."])
def test_copula_with_its_ending_stays(text):
    toks = split(text, 0)[0][1]
    assert any(t[1] == "VCP" for t in toks), toks

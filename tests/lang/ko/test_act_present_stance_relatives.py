"""A charge told in a present adnominal on the state it describes (relatives66, issue 13), with sentences of our own.

'[칠레를 비판하는] 페루 대사가 볼리비아를 방문했다': a subjectless relative clause in the present adnominal (-는) whose
verb is a charge (ACCUSE) states the standing stance of the head it modifies, as the past one ('[칠레를 비판한] 페루
대사') tells its earlier deed: the head's state accuses the clause's object (lang/ko/act_relatives.relative_act,
tags.PRESENT_ETM). English keeps a present non-restrictive relative a standing state, no act (lang/en/act_standing;
docs/coding-choices.md). Negative rows: a present adnominal whose verb is no act ('[칠레 업무를 담당하는] 페루
대사'), one whose act is no charge ('[칠레를 지지하는] 단체'), and a charge on a head naming no state ('[칠레를
비판하는] 이유', '[칠레를 비판하는] 단체').
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, doer, receiver", [
    ("칠레를 비판하는 페루 대사가 10일 볼리비아를 방문했다.", "PER", "CHL"),
    ("우간다를 비난하는 케냐는 이날 탄자니아와 회담했다.", "KEN", "UGA"),
    ("몰도바를 규탄하는 루마니아 외교장관이 12일 키이우를 찾았다.", "ROU", "MDA"),
])
def test_present_adnominal_charge_is_the_heads_stance(text, doer, receiver):
    assert ([doer], [receiver]) in sides(text, "ACCUSE"), events(text)


@pytest.mark.parametrize("text", [
    "칠레 업무를 담당하는 페루 대사가 10일 볼리비아를 방문했다.",
    "칠레를 지지하는 단체가 10일 볼리비아를 방문했다.",
    "칠레를 비판하는 이유를 페루 대사가 10일 설명했다.",
    "칠레를 비판하는 단체가 10일 볼리비아를 방문했다.",
])
def test_present_adnominal_with_no_charge_or_no_state_head_is_no_accuse(text):
    assert not sides(text, "ACCUSE"), events(text)

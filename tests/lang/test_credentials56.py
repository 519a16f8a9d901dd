"""(plans56, issue 15) An envoy presenting credentials meets the head of state: CONSULT, in both languages.

English 'presented his credentials to President X' gave SUPPORT (CAMEO 050) and Korean '신임장을 제정했다' nothing.
The presentation is a meeting of the envoy with the head of state it is presented to; meetings come from the meeting
triggers (the act lexicon's CONSULT hits are skipped), so the credentials join those. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events

PRESENTED = [
    "The new Ghanaian ambassador presented his credentials to the Beninese president on Monday.",
    "Ghana's new ambassador presented her letters of credence to President Kofi Mensah of Benin.",
    "신임 가나 대사는 10일 베냉 대통령에게 신임장을 제정했다.",
    "가나 대사는 베냉 대통령에게 신임장을 봉정했다.",
]


@pytest.mark.parametrize("sentence", PRESENTED)
def test_credentials_presented_are_a_meeting_of_the_envoy_and_the_head_of_state(sentence):
    found = events(sentence)
    assert [e.type for e in found] == ["CONSULT"], [(e.type, e.mode) for e in found]
    assert {p.country for p in found[0].participants} == {"GHA", "BEN"}


NO_MEETING = [  # credentials accepted or challenged, a letter handed over: no meeting, no support
    "The senate challenged the credentials of the new envoy.",
    "가나 대사는 베냉 대통령에게 서한을 전달했다.",
]


@pytest.mark.parametrize("sentence", NO_MEETING)
def test_other_things_handed_or_credentials_judged_are_no_meeting(sentence):
    assert not [e for e in events(sentence) if e.type in ("CONSULT", "SUPPORT")]

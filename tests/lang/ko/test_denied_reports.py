"""(kodeed47, issue 14) A deed a plain saying verb reports and its doer denies in the same sentence is no event: the
Korean twin of English act_denied_claims. '...했다고 밝혔지만 B는 이를 부인했다' is the speaker's allegation (ACCUSE) and
B's denial (REJECT); the deed alleged is dropped. Negative rows: a report with no denial, a denial negated
('부인하지 않았다'), keep the deed the report states.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events

DENIED = [
    "카타르는 오만 해군이 자국 어선을 공격했다고 밝혔지만 오만은 이를 부인했다.",
    "카타르 외교부는 오만군이 국경 초소를 포격했다고 밝혔으나, 오만 국방부는 관여를 일축했다.",
    "Qatar said Omani forces shelled its border post, but Oman denied it.",
]


@pytest.mark.parametrize("sentence", DENIED)
def test_denied_report_is_an_allegation_and_no_deed(sentence):
    found = events(sentence)
    assert not [e for e in found if e.type == "ASSAULT"], [(e.type, countries(e.participants)) for e in found]
    accused = [e for e in found if e.type == "ACCUSE"]
    assert accused and "QAT" in countries(accused[0].participants) and countries(accused[0].recipients) == {"OMN"}


KEPT = [
    "카타르는 오만 해군이 자국 어선을 공격했다고 밝혔다.",
    "카타르는 오만 해군이 자국 어선을 공격했다고 밝혔고, 오만은 이를 부인하지 않았다.",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_report_with_no_denial_keeps_the_deed(sentence):
    found = [e for e in events(sentence) if e.type == "ASSAULT"]
    assert found and "OMN" in countries(found[0].participants)

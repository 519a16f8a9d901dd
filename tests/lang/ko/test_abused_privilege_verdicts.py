"""Korean accusations that another side abused or exploited a right or privilege ('B가 ...특권을 남용했다고 말했다',
'...제도를 악용하고 있다고 비난했다'): cue verdict_verb (남용하다, 악용하다; CAMEO 112) read by
lang/ko/act_verdicts.py. Each row is a sentence we wrote for the test, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUB = date(2024, 10, 8)


def accusations(text: str) -> set[tuple[frozenset[str], frozenset[str]]]:
    """(acting states, receiving states) of each ACCUSE event read from `text`."""
    return {(actors, receivers) for type_, actors, receivers in event_sides(text, PUB) if type_ == "ACCUSE"}


ACCUSED = [
    ("우루과이 외교부는 7일 파라과이가 무역 대표부의 특권을 남용했다고 말했다. 파라과이는 즉각 반발했다.", "URY", "PRY"),
    ("잠비아 정부는 7일 말라위가 국제 구호 제도를 악용하고 있다고 밝혔다. 말라위는 답하지 않았다.", "ZMB", "MWI"),
]


@pytest.mark.parametrize("text,accuser,accused", ACCUSED)
def test_abused_privilege_is_alleged(text, accuser, accused):
    found = accusations(text)
    assert any(accuser in acting and accused in received for acting, received in found), found


# negative: the speaker's own abuse denied is no accusation of anyone
def test_denied_abuse_accuses_no_one():
    found = accusations("우루과이 외교부는 7일 자국이 무역 대표부의 특권을 남용하지 않았다고 말했다.")
    assert not found, found

"""(konoun46) A determiner of newness or age before an act noun ('새 제재를 발표했다') is no count: the noun after it is
the verb's argument, as after a demonstrative ('이 협정을'), with sentences of our own. English 'announced new
sanctions on X' reads the same. Negative rows: a new measure only possible, another state's, or not announced.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, actors, recipients)
    ("캐나다는 6일 벨라루스에 대한 새 제재를 발표했다.", {"CAN"}, {"BLR"}),
    ("Canada announced new sanctions on Belarus.", {"CAN"}, {"BLR"}),
]


@pytest.mark.parametrize("sentence, actors, recipients", ROWS)
def test_new_measure_announced(sentence, actors, recipients):
    first = first_of(events(sentence), type="SANCTION")
    assert first.status == "occurred"
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [
    "캐나다는 6일 벨라루스에 대한 새 제재 가능성을 밝혔다.",  # only possible
    "캐나다는 6일 벨라루스의 새 제재를 비판했다.",  # Belarus's measure, judged
    "캐나다는 6일 벨라루스에 대한 새 제재를 발표하지 않았다.",  # not announced
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_new_measure_of_canada(sentence):
    found = [e for e in events(sentence) if e.type == "SANCTION" and "CAN" in countries(e.participants)]
    assert not found, [(e.type, e.mode, e.status) for e in found]

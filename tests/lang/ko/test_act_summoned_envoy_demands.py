"""A demand made while summoning an envoy ('주핀란드 벨라루스 대사를 초치해 러시아군의 철수를 요구했다') is addressed to
the envoy's state, not to the owner of the deed demanded; a noun-and-하 summons ('초치해') as much as '불러'.
Every sentence here is our own.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 6, 10)


@pytest.mark.parametrize("sentence", [
    "핀란드 외교부는 주핀란드 벨라루스 대사를 초치해 러시아군의 즉각 철수를 요구했다.",
    "핀란드 외교부는 주핀란드 벨라루스 대사를 불러 러시아군의 철수를 요구했다.",
])
def test_a_demand_while_summoning_is_addressed_to_the_envoys_state(sentence):
    (e,) = events_of(extract_text(sentence, published=DAY), "REQUEST")
    assert countries(e.participants) == {"FIN"} and countries(e.recipients) == {"BLR"}

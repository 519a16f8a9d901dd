"""A grouping's word after a singular determiner ('이 걸프 국가는', '해당 걸프 국가') is one state named by description,
the last one of that region the story named, not every member (actors62: lang/ko/groupings.py defers to the lexicon's
described_state_re, read by pipeline/described_states.py), as English 'the Gulf state'. Negatives: the plural
('걸프 국가들', '이 걸프 국가들') and the bare form with no determiner stay the grouping. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

GULF = {"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}


def accusers(text: str) -> set[str]:
    return {p.country for e in events(text) if e.type == "ACCUSE" for p in e.participants if p not in e.recipients}


@pytest.mark.parametrize("text, states", [
    ("오만은 10일 중재 회담을 주최했다. 이 걸프 국가는 11일 이란을 비난했다.", {"OMN"}),
    ("Oman hosted mediation talks on Monday. The Gulf state condemned Iran on Tuesday.", {"OMN"}),
    ("쿠웨이트는 10일 중재 회담을 주최했다. 해당 걸프 국가는 11일 이란을 비난했다.", {"KWT"}),
    # negative rows: the plural or no determiner: every member
    ("오만은 10일 중재 회담을 주최했다. 이 걸프 국가들은 11일 이란을 비난했다.", GULF),
    ("걸프 국가들은 11일 이란을 비난했다.", GULF),
])
def test_a_described_gulf_state_is_one_state(text, states):
    assert accusers(text) == states, accusers(text)

"""stance52: an election's outcome accepted by its loser ('대선 결과를 받아들였다', '패배를 수용했다') is a concession
(CAMEO 080, PLOVER CONCEDE, as '결과를 인정했다' already reads), not an agreement with anyone: the nouns of an outcome
(`election_outcome_noun`) pair with 받아들이다/수용하다 as CONCEDE, which the main verbs' AGREE would otherwise take;
the election's state receives it (act_winners). Sentences of our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 6, 9)


def read(text: str):
    return extract_text(text, published=DAY).events


@pytest.mark.parametrize("text, state", [
    ("칠레 대선 결선투표에서 보리치 후보가 승리했다. 야당 후보인 카스트 전 의원은 24일 대선 결과를 받아들인다고 밝혔다.", "CHL"),
    ("코스타리카 총선에서 집권당이 패배했다. 코스타리카 총리는 이날 총선 결과를 수용한다고 말했다.", "CRI"),
    ("말라위 대선에서 야당 후보가 승리했다. 말라위 현직 대통령은 선거 패배를 받아들였다고 대변인이 밝혔다.", "MWI"),
])
def test_outcome_accepted_is_a_concession(text, state):
    events = read(text)
    assert_act(events, "CONCEDE", {state}, {state}, "occurred")
    assert_act(events, "AGREE", set(), None, None)


@pytest.mark.parametrize("text, type_, actor", [
    ("페루 야당은 정부의 제안을 받아들였다.", "AGREE", "PER"),  # a proposal accepted stays an agreement
    ("페루 정부는 미국의 요구를 받아들였다.", "CONCEDE", "PER"),  # a demand accepted: a concession to its maker
])
def test_other_acceptances_keep_their_reading(text, type_, actor):
    assert_act(read(text), type_, {actor}, None, "occurred")

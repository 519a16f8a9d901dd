"""charges52b (issues 13, 15): charges, threats and sanctions, fourth round, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

PUBLISHED = "2026-05-20"


def typed(text: str) -> list[tuple[str, str | None, str, list[str], list[str]]]:
    """(type, mode, status, actors, receivers) of every event of the text."""
    return [(e.type, e.mode, e.status, [p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    # 1. a blockade lifted from a receiving side (a state, its ports or border) is RETREAT withdraw (CAMEO 0872)
    "에콰도르는 콜롬비아 항구 봉쇄를 해제했다.",
    "에콰도르는 콜롬비아에 대한 봉쇄를 풀었다.",
    "에콰도르는 콜롬비아 항만에 대한 봉쇄를 해제했다.",
    "Ecuador lifted its blockade of Colombian ports.",
    "Ecuador lifted its blockade of Colombia.",
])
def test_a_blockade_lifted_from_a_state_is_a_withdrawal(text):
    assert typed(text) == [("RETREAT", "withdraw", "occurred", ["ECU"], ["COL"])]


@pytest.mark.parametrize("text", [
    # negative: a lockdown lifted (no receiving state, or a town's) stays the restriction lifted, CONCEDE (CAMEO 081)
    "에콰도르는 봉쇄를 해제했다.",
    "에콰도르 정부는 수도의 봉쇄를 해제했다.",
    "에콰도르 정부는 키토 봉쇄를 해제했다.",
])
def test_a_lockdown_lifted_stays_a_concession(text):
    assert [k for k, _, _, _, _ in typed(text)] == ["CONCEDE"]

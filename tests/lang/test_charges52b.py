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


@pytest.mark.parametrize("text", [
    # 2. a border closed toward a state, said plainly of the future, is the measure announced (as English)
    "에콰도르는 콜롬비아와의 국경을 봉쇄하겠다고 밝혔다.",
    "에콰도르는 콜롬비아와의 국경을 폐쇄하겠다고 말했다.",
    "Ecuador said it would close the border with Colombia.",
])
def test_a_border_closure_announced_is_the_sanction_planned(text):
    assert typed(text) == [("SANCTION", "discontinue", "planned", ["ECU"], ["COL"])]


@pytest.mark.parametrize("text", [
    # negative: warned of, or under a condition, the closure is still a threat
    "에콰도르는 콜롬비아와의 국경을 봉쇄하겠다고 경고했다.",
    "에콰도르는 콜롬비아가 협정을 어기면 콜롬비아와의 국경을 폐쇄하겠다고 밝혔다.",
    "Ecuador warned it would close the border with Colombia.",
])
def test_a_border_closure_warned_of_stays_a_threat(text):
    assert [(k, status) for k, _, status, _, _ in typed(text)] == [("THREATEN", "occurred")]


@pytest.mark.parametrize("text", [
    # 3. a readiness denied is neither a plan nor a threat: no event, in Korean as in English
    "에콰도르는 콜롬비아를 공격할 준비가 돼 있지 않다고 말했다.",
    "에콰도르는 콜롬비아를 공격할 태세가 아니라고 말했다.",
    "에콰도르는 콜롬비아에 제재를 부과할 준비가 안 돼 있다고 밝혔다.",
    "에콰도르는 콜롬비아를 공격할 준비가 되어 있지 않다.",
    "Ecuador said it was not ready to strike Colombia.",
    "Ecuador said it was not ready to impose sanctions on Colombia.",
])
def test_a_readiness_denied_is_no_event(text):
    assert typed(text) == []


@pytest.mark.parametrize("text, expected", [
    # negative: a readiness said stays the threat; a measure announced stays planned (charges52)
    ("에콰도르는 콜롬비아를 공격할 준비가 돼 있다고 말했다.", [("THREATEN", "violence", "occurred", ["ECU"], ["COL"])]),
    ("에콰도르는 콜롬비아에 제재를 부과할 준비가 돼 있다고 밝혔다.",
     [("SANCTION", "discontinue", "planned", ["ECU"], ["COL"])]),
])
def test_a_readiness_said_stays_read(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize("text", [
    # 4. the 'its' of a deed a side claims stands for the claimant, as after 'said' and as Korean '자국'
    "Ecuador claimed that Colombia had shelled its border post.",
    "Ecuador claimed Colombia had shelled its border post.",
    "Ecuador said that Colombia had shelled its border post.",
    "에콰도르는 콜롬비아가 자국 국경 초소를 포격했다고 주장했다.",
])
def test_the_its_of_a_claimed_deed_is_the_claimant(text):
    assert ("ASSAULT", ["COL"], ["ECU"]) in [(k, actors, receivers) for k, _, _, actors, receivers in typed(text)]


def test_its_own_post_stays_the_doers():
    """Negative: 'its own' is the doer's own, no receiver (as Korean '자기')."""
    assert ("ASSAULT", ["COL"], []) in [(k, a, r) for k, _, _, a, r in
                                        typed("Ecuador claimed that Colombia had shelled its own border post.")]


@pytest.mark.parametrize("text", [
    # 5. measure nouns coordinated under a threatened verb are all the threat's content: one THREATEN, no SANCTION
    "Ecuador threatened to impose tariffs and sanctions on Colombia.",
    "Ecuador threatened to impose sanctions and tariffs on Colombia.",
    "에콰도르는 콜롬비아에 관세와 제재를 부과하겠다고 위협했다.",
])
def test_coordinated_threatened_measures_are_the_threat(text):
    assert typed(text) == [("THREATEN", "restrict", "occurred", ["ECU"], ["COL"])]


def test_measures_imposed_stay_the_sanction():
    """Negative: the same nouns under a verb told as done are the SANCTION."""
    assert typed("Ecuador imposed tariffs and sanctions on Colombia.") == [
        ("SANCTION", "discontinue", "occurred", ["ECU"], ["COL"])]

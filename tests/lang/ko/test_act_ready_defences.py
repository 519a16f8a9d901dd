"""Korean readiness to defend the own realm is a deterrent threat (threat62), with sentences of our own.

'스스로를 방어할 준비가 돼 있다고 밝혔다', 'B의 침략에 맞설 준비가 돼 있다고 말했다' (lang/ko/act_ready_defences, cues
self_defence_verb, own_realm_noun, ready_noun): a THREATEN at the side the 에/로부터 argument names, else at the side
the story implies, as English 'stands ready to defend itself against B' (tests/lang/test_act_deterrent_resolves).
A closed quote ('있다"고 말했다') and an adverb before the saying verb ('거듭 밝혔다') quote it too
(act_pledged_measures.future_quote, shared with pledged measures). Negative rows: defending another, a readiness denied, and no quarrel told with no side named.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

SHELLED_KO = "칠레군이 11일 페루 국경 초소를 포격했다.\n\n"

ROWS = class_rows({
    "named-side": [
        ("페루 국방장관은 칠레의 침략에 맞설 준비가 돼 있다고 말했다.", [(["PER"], ["CHL"])]),
        ("페루는 칠레로부터 영토를 지킬 준비가 돼 있다고 밝혔다.", [(["PER"], ["CHL"])]),
        ("페루 정부는 칠레의 공격으로부터 스스로를 방어할 태세가 되어 있다고 강조했다.", [(["PER"], ["CHL"])]),
    ],
    "story-side": [
        (SHELLED_KO + "페루는 스스로를 방어할 준비가 돼 있다고 밝혔다.", [(["PER"], ["CHL"])]),
        (SHELLED_KO + "페루 대통령은 조국을 수호할 준비가 되어 있다고 말했다.", [(["PER"], ["CHL"])]),
    ],
    "closed-quote-and-adverb": [  # act_pledged_measures.future_quote: '있다"고 말했다', '있다고 거듭 밝혔다'
        (SHELLED_KO + '페루 국방장관은 "우리는 어떤 침략에도 맞설 준비가 돼 있다"고 말했다.', [(["PER"], ["CHL"])]),
        ("페루는 칠레의 침략에 맞설 준비가 돼 있다고 거듭 밝혔다.", [(["PER"], ["CHL"])]),
        (SHELLED_KO + "페루는 추가 조치를 취할 준비가 돼 있다고 거듭 밝혔다.", [(["PER"], ["CHL"])]),
    ],
    "no-threat": [
        ("페루는 볼리비아를 지킬 준비가 돼 있다고 거듭 밝혔다.", []),
        ("페루는 스스로를 방어할 준비가 돼 있다고 밝혔다.", []),
        ("페루는 볼리비아를 방어할 준비가 돼 있다고 밝혔다.", []),
        ("페루는 칠레로부터 영토를 지킬 준비가 돼 있지 않다고 밝혔다.", []),
        (SHELLED_KO + "페루는 볼리비아를 방어할 준비가 돼 있다고 밝혔다.", []),
    ],
})


@pytest.mark.parametrize("text, expected", ROWS)
def test_ready_defences_threaten(text, expected):
    assert [s for s in sides(text, "THREATEN")] == expected

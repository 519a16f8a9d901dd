"""An act after '-는 데' or '-는 것을' with a negated verb of hesitating (ko48): '제재를 부과하는 데 주저하지 않겠다', '공격하는
것을 망설이지 않겠다' pledge the act, as English 'will not hesitate to' (en affirming_phrases): a hostile act so
pledged is a threat (THREATEN, as '부과하겠다'), not the act done; told in the past ('주저하지 않았다') the act was done.
Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def events(text: str, type_: str) -> list[tuple[set[str], set[str], str | None, str]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients}, e.mode, e.status)
            for e in extract_text(text, published=PUB).events if e.type == type_]


@pytest.mark.parametrize("text,mode", [
    ("볼리비아 국방장관은 칠레를 공격하는 것을 망설이지 않겠다고 말했다.", "violence"),
])
def test_a_hostile_act_not_hesitated_over_is_threatened(text, mode):
    found = events(text, "THREATEN")
    assert ({"BOL"}, {"CHL"}, mode, "occurred") in found
    assert not [e for e in extract_text(text, published=PUB).events
                if e.type in ("SANCTION", "ASSAULT") and e.status == "occurred"]


def test_an_act_not_hesitated_over_in_the_past_was_done():
    assert [e for e in events("볼리비아군은 칠레 초소를 포격하는 데 주저하지 않았다.", "ASSAULT") if e[3] == "occurred"]


def test_a_measure_not_hesitated_over_said_plainly_is_announced():
    # charges52 (changed on purpose from THREATEN restrict): a sanction said of the future with a plain verb of saying
    # is the measure announced, planned, as English 'said he would not hesitate to impose new sanctions on X' reads
    text = "볼리비아 대통령은 칠레에 추가 제재를 부과하는 데 주저하지 않겠다고 밝혔다."
    assert events(text, "SANCTION") == [({"BOL"}, {"CHL"}, "discontinue", "planned")]
    assert events(text, "THREATEN") == []

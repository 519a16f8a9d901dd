"""A ruling party's head of international relations is an office of the state named before it (refs39; offices.yaml
party_international_head): 'B국 공산당 국제부장인 X는', 'X B국 대외연락부장은' hold that office of B, so X's act is B's,
whether the title stands in apposition with 인 or after the name."""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, actor, recipient", [
    ("쿠바 공산당 국제부장인 에밀리오 로사노는 10일 칠레의 결정을 비난했다.", "CUB", "CHL"),
    ("에밀리오 로사노 쿠바 공산당 국제부장은 10일 칠레의 결정을 비난했다.", "CUB", "CHL"),
    ("라오스 대외연락부장인 캄판 폰마니는 10일 태국의 조치를 비난했다.", "LAO", "THA"),
    ("페루 외무상인 하비에르 곤살레스는 10일 칠레를 비난했다.", "PER", "CHL"),
    ("Emilio Lozano, head of the International Department of Cuba's Communist Party, condemned Chile's decision on "
     "Monday.", "CUB", "CHL"),
])
def test_a_party_international_head_acts_for_the_state_named_before(extract, text, actor, recipient):
    assert_act(events_of(extract(text, published=DAY)), "ACCUSE", {actor}, {recipient}, "occurred")

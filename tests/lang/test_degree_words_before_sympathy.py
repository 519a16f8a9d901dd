"""Words of degree between a stance and the sympathy with it keep the SUPPORT of its owner (koriot70, issue 13).

'Y의 제안에 크게 공감을 표했다', 'Y의 제안에 매우 깊은 공감을 표했다', 'Y의 입장에 대해 깊이 공감한다': an adverb
(MAG), an adjective made adverb ('크게': VA + 게) or an adnominal adjective ('깊은') between the stance and the noun or
verb of sympathy is skipped, and the stance may be given by '에 대해' (lang/ko/act_endorsed_stances.degree_start,
endorsed_by_noun; cue endorsing_verb), as English 'deeply sympathized with Y's position' and 'strongly supported Y's
proposal' read. Negative rows: a stance named only by its content ('대화가 필요하다는 입장에') or no stance at all is a
shared view, no SUPPORT. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text", [
    "몽골은 라오스의 제안에 크게 공감을 표했다.",
    "몽골은 라오스의 제안에 매우 깊은 공감을 표했다.",
    "몽골은 라오스의 입장에 대해 깊이 공감한다고 밝혔다.",
    "몽골은 라오스의 입장에 대해 공감한다고 밝혔다.",
    "몽골은 라오스의 노력에 전적으로 공감했다.",
    "Mongolia said it deeply sympathized with the position of Laos.",
    "Mongolia strongly supported the proposal of Laos.",
])
def test_degree_word_keeps_support_of_stance_owner(text: str) -> None:
    found = sides(text, "SUPPORT")
    assert found and found[0] == (["MNG"], ["LAO"]), found


@pytest.mark.parametrize("text", [
    "몽골은 대화가 필요하다는 입장에 크게 공감을 표했다.",
    "몽골은 대화가 필요하다는 입장에 대해 깊이 공감했다.",
    "몽골과 라오스는 회담에서 깊이 공감했다.",
])
def test_sympathy_with_no_owned_stance_supports_no_one(text: str) -> None:
    assert not sides(text, "SUPPORT")

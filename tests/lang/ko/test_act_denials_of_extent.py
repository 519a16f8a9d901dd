"""A denial of what was just told, its pronoun object and an adverb of extent before the verb ('B 정부는 이를 전면
부인했다', '이를 강력히 부인했다') answers the charge the sentence before told, as the bare '이를 부인했다' does: REJECT
of the accuser (request57; lexicon `bare_rejection_before_re`, lang/ko/act_answers.bare_rejections). A denial after
no charge nor proposal names no one. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, denier, accuser", [
    ("(서울=연합뉴스) 케냐 정부는 우간다가 반군에 무기를 공급했다고 주장했다. 우간다 정부는 이를 전면 부인했다.", "UGA", "KEN"),
    ("(서울=연합뉴스) 칠레 외교부는 볼리비아가 국경 협정을 어겼다고 비난했다. 볼리비아 외교부는 이를 강력히 부인했다.",
     "BOL", "CHL"),
])
def test_denial_with_extent_adverb_answers_the_charge(text, denier, accuser):
    assert ([denier], [accuser]) in sides(text, "REJECT")


def test_denial_after_nothing_told_names_no_one():
    assert sides("(서울=연합뉴스) 우간다 정부는 이를 전면 부인했다.", "REJECT") == []

"""Sides in both languages: a capital before the word of a post sitting there names its state (kofollow68b).

'페루 정부는 산티아고 주재 자국 대사를 소환했다', 'Peru recalled its ambassador in Santiago': the host of a post is
the state whose capital stands before 주재 as the state's own name does ('칠레 주재'; ko:
lang/ko/postings.capital_post_mentions, the capital as GeoNames gives it, kb.geo.capital_city). Negatives: a city that
is no capital ('뉴욕 주재 총영사') names no host."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, actor, host", [
    ("페루 정부는 산티아고 주재 자국 대사를 소환했다.", "PER", "CHL"),
    ("터키 정부는 카이로 주재 자국 대사를 소환했다.", "TUR", "EGY"),
    ("볼리비아는 리마 주재 대사를 본국으로 불러들였다.", "BOL", "PER"),
    ("Peru recalled its ambassador in Santiago.", "PER", "CHL"),
])
def test_capital_before_a_post_names_the_host(text, actor, host):
    found = sides(text, "SANCTION")
    assert any(actor in a and host in r for a, r in found), found


@pytest.mark.parametrize("text, actor", [
    ("페루 정부는 뉴욕 주재 자국 총영사를 소환했다.", "PER"),  # no capital: no host state
    ("브라질 정부는 상파울루 주재 자국 총영사를 소환했다.", "BRA"),
])
def test_city_that_is_no_capital_names_no_host(text, actor):
    assert not any(r for _a, r in sides(text, "SANCTION")), sides(text, "SANCTION")

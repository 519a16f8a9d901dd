"""(spokes48) A speaker owned by a bare government word, right after another state's government acted, speaks for that
government ('노르웨이 정부는 ... 규탄했다. 정부 고위 관계자는 ... 요구했다'; 'Norway's government ... A government spokesman
...'): the government its paragraph named last, not the writer's state nor no one (pipeline/common.governments_referred).
With no state's government named before, the Korean bare word stays the writer's own."""
from datetime import date

import pytest

from tests.conftest import events_of


def actors(article, kind):
    return {p.country for e in events_of(article, kind) for p in e.participants}


@pytest.mark.parametrize("text, kind, actor", [
    ("노르웨이 정부는 15일 러시아를 규탄했다. 정부 고위 관계자는 러시아에 즉각 철군을 요구했다.", "REQUEST", "NOR"),
    ("칠레 정부는 3일 페루를 비판했다. 정부 대변인은 페루에 국경 개방을 요구했다.", "REQUEST", "CHL"),
    ("Norway's government on Tuesday condemned Russia. A government spokesman demanded an immediate withdrawal.",
     "REQUEST", "NOR"),
    ("정부는 15일 러시아를 규탄했다. 정부 관계자는 러시아에 즉각 철군을 요구했다.", "REQUEST", "KOR"),
])
def test_bare_government_speaker_is_the_government_just_named(extract, text, kind, actor):
    assert actors(extract(text, published=date(2026, 3, 16)), kind) == {actor}



@pytest.mark.parametrize("text, kind, actor", [
    # (k49) a named speaker of another state's organ, then a bare '정부 대변인': that state's, the nearest one named
    ("미국 국무부는 5일 성명을 냈다. 한편 올가 페트로바 러시아 외교부 대변인은 이 조치를 비난했다. "
     "정부 대변인은 또 미국에 제재 철회를 요구했다.", "REQUEST", "RUS"),
    ("케냐 정부는 5일 성명을 냈다. 다윗 하일레 에티오피아 외교부 대변인은 국경 폐쇄를 비난했다. "
     "정부 대변인은 또 케냐에 국경 개방을 요구했다.", "REQUEST", "ETH"),
    ("칠레 외무부는 3일 페루를 비판했다. 정부 대변인은 페루에 대사 소환을 요구했다.", "REQUEST", "CHL"),
    ("이란 대통령은 3일 이라크를 비판했다. 정부 관계자는 이라크에 국경 통제를 요구했다.", "REQUEST", "IRN"),
])
def test_bare_government_speaker_is_the_nearest_named_organ_state(extract, text, kind, actor):
    assert actors(extract(text, published=date(2026, 3, 16)), kind) == {actor}


def test_nearest_named_organ_in_another_paragraph_is_not_taken(extract):
    text = "칠레 외무부는 3일 페루를 비판했다.\n\n정부 대변인은 페루에 대사 소환을 요구했다."
    assert actors(extract(text, published=date(2026, 3, 16)), "REQUEST") == {"KOR"}

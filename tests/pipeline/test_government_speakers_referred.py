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


"""consult16: a counting group word that names an office ('the two leaders', '양 정상', 'the two ministers', '두 장관')
stands for the last people the story named who hold that office, in any role, not for an aide or a spokesman named
between them (lang base.group_office, lexicon group_office_words; pipeline/narrative.Narrative.counted)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2026, 3, 10)


@pytest.mark.parametrize("text, pair", [
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Madrid on Tuesday. He was received by Spanish Prime "
     "Minister Pedro Sanchez. Presidential spokesman Marco Vieira told reporters the two leaders held talks over "
     "dinner.", {"Luiz Inácio Lula da Silva", "Pedro Sánchez"}),
    ("Brazilian President Luiz Inacio Lula da Silva arrived in Madrid on Tuesday. Sanchez's adviser Pablo Herrero said "
     "the visit would last two days. The two leaders met at the Moncloa palace.",
     {"Luiz Inácio Lula da Silva", "Pedro Sánchez"}),
    ("브라질 대통령은 3일 마드리드에 도착했다. 산체스 스페인 총리의 보좌관 파블로 에레로는 페드로 산체스 총리가 공항에서 "
     "룰라 대통령을 맞았다고 전했다. 양 정상은 총리 관저에서 회담했다.", {"Luiz Inácio Lula da Silva", "Pedro Sánchez"}),
    ("이시바 시게루 일본 총리가 3일 서울에 도착했다. 위성락 국가안보실장은 이재명 대통령이 이시바 총리를 공항에서 맞이했다고 "
     "말했다. 두 정상은 대통령실에서 회담했다.", {"Shigeru Ishiba", "Lee Jae-myung"}),
])
def test_leaders_group_skips_aide(extract, text, pair):
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert any(names(e) == pair for e in found), [names(e) for e in found]
    assert not any(len(names(e) - pair) for e in found), [names(e) for e in found]


@pytest.mark.parametrize("text, pair", [
    ("Japanese Foreign Minister Takeshi Iwaya arrived in Beijing on Monday. Chinese Foreign Minister Wang Yi hosted "
     "a dinner for him. Ministry spokesman Guo Jiakun said the two ministers talked for three hours.",
     {"Takeshi Iwaya", "Wang Yi"}),
    ("이와야 다케시 일본 외무상은 3일 베이징에 도착했다. 왕이 중국 외교부장이 만찬을 열었다. 궈자쿤 외교부 대변인은 양 장관이 "
     "3시간 동안 회담했다고 밝혔다.", {"Takeshi Iwaya", "Wang Yi"}),
])
def test_ministers_group_skips_spokesman(extract, text, pair):
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert any(names(e) == pair for e in found), [names(e) for e in found]

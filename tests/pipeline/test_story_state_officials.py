"""(actors52) A foreign official the knowledge base does not know, named in Hangul with a bare title ('X 총리가
사퇴했다', 'X 내무부 장관은'): the Korean press names other states' officials with their state, so the bare title is
the story's own state, the one state its lead names (`mentions.story_state_given`). A Korean name, an international
body's office, or a lead naming two states leave the state open. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows

LEAD = "파라과이에서 연금 개혁에 반대하는 시위가 유혈 사태로 번지고 오스카르 벨라스케스 총리가 사퇴했다.\n\n"
ROWS = {  # (text, the person's surface, the state wanted)
    "bare_title_is_the_leads_state": [
        (LEAD + "칠레 외교부는 11일 성명을 내고 우려를 표명했다.\n\n이튿날 벨라스케스 총리가 사임했다.", "벨라스케스", "PRY"),
        (LEAD + "브라질은 국경 경계를 강화했다.\n\n라몬 이투르베 내무부 장관은 시위 주동자 30명을 체포했다고 밝혔다.",
         "라몬 이투르베", "PRY"),
        ("볼리비아 군부 일부가 대통령궁에 진입했으나 몇 시간 만에 철수했다.\n\n에르네스토 빌라로엘 국방부 장관은 "
         "가담한 장교들을 해임했다고 밝혔다.", "에르네스토 빌라로엘", "BOL"),
    ],
    "korean_name_negative": [  # a Korean official of a story about another state is no official of that state
        ("북한이 9일 동해상으로 탄도미사일을 발사했다.\n\n홍길순 국방부 장관은 도발을 강하게 규탄했다.", "홍길순", "KOR"),
    ],
    "visited_state_negative": [  # a state named after the official is where he went, not his own
        ("2019년 오스카르 벨라스케스 대통령이 파라과이를 국빈 방문한 적이 있다.", "오스카르 벨라스케스", None),
    ],
    "two_state_lead_negative": [  # a lead naming two states tells no one state
        ("칠레와 페루 정부가 국경 문제를 두고 충돌했다.\n\n오스카르 벨라스케스 내무부 장관은 회견을 열었다.",
         "오스카르 벨라스케스", None),
    ],
}


@pytest.mark.parametrize("text, surface, state", class_rows(ROWS))
def test_a_bare_titled_foreign_official_is_of_the_leads_state(extract, text, surface, state):
    found = [m for m in extract(text).mentions if m.surface == surface and m.entity is not None]
    assert found, [(m.surface, m.entity and m.entity.country) for m in extract(text).mentions]
    assert found[0].entity.country == state, [(m.surface, m.entity.country) for m in found]

"""Classes found on the lead's held-out articles (session 16), end to end on our own sentences, both languages:
- an office group naming a state whose holder the knowledge base does not know, beside states whose holders it
  knows ('spoke by phone with the foreign ministers of A and B', '인도와 B 외교장관과 통화했다'), gives that state a
  meeting of its own: a state is folded into a named meeting only when that meeting already has it."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import events


def meeting_parties(text: str, published: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text, published) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, published, expected", [
    ("Secretary of State Marco Rubio spoke by phone with the foreign ministers of India and Fiji on Monday.",
     "2026-05-20", [{"USA", "IND"}, {"USA", "FJI"}]),
    ("Japanese Prime Minister Sanae Takaichi spoke by phone with the leaders of China and Tonga on Friday.",
     "2026-02-14", [{"JPN", "CHN"}, {"JPN", "TON"}]),
    ("마코 루비오 미국 국무장관은 19일 인도와 피지 외교장관과 각각 통화했다.", "2026-05-20", [{"USA", "IND"}, {"USA", "FJI"}]),
])
def test_a_state_with_no_known_holder_in_an_office_group_keeps_its_own_meeting(text, published, expected):
    found = meeting_parties(text, published)
    assert all(parties in found for parties in expected), found


@pytest.mark.parametrize("text, published", [
    ("Marco Rubio met Wang Yi in Beijing on Monday, and U.S. and Chinese officials also held talks on trade.",
     "2026-05-20"),
    ("조현 외교부 장관은 19일 왕이 중국 외교부장과 회담했으며, 한중 양국 대표단도 협의를 가졌다.", "2026-05-20"),
])
def test_a_state_meeting_of_the_named_meetings_states_is_still_folded_into_it(text, published):
    found = meeting_parties(text, published)
    assert len(found) == 1, found

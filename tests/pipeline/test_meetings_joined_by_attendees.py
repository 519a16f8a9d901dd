"""meetings47: a meeting told, then a sentence whose meeting word refers back to it and names who took part ('회담에는
C도 참석했다', 'The talks were also attended by C'): one of a state none of the parties holds joins the meeting as a
party (pipeline/meeting_parties.join_attendees); one of a party's own state is its entourage and does not."""
from __future__ import annotations

import pytest

from readout.api import extract_text

HELD_KO = "에마뉘엘 마크롱 프랑스 대통령은 10일 로마에서 조르자 멜로니 이탈리아 총리와 정상회담을 했다. "
HELD_EN = "French President Emmanuel Macron held talks with Italian Prime Minister Giorgia Meloni in Rome on Tuesday. "


def consults(text: str) -> list[tuple[str, str]]:
    return sorted((",".join(sorted(p.country or "" for p in e.participants)), str(e.date))
                  for e in extract_text(text, published="2026-11-14").events if e.type == "CONSULT")


@pytest.mark.parametrize("text, expected", [
    (HELD_KO + "회담에는 페드로 산체스 스페인 총리도 참석했다.", [("ESP,FRA,ITA", "2026-11-10")]),
    (HELD_EN + "The talks were also attended by Spanish Prime Minister Pedro Sanchez.", [("ESP,FRA,ITA", "2026-11-10")]),
    # negative: a party's own minister at the table is its entourage
    (HELD_EN + "The talks were also attended by French Foreign Minister Jean-Noel Barrot.", [("FRA,ITA", "2026-11-10")]),
])
def test_a_third_states_attendee_joins_the_meeting_told(text, expected):
    assert consults(text) == expected

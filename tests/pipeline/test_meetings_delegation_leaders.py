"""(consult18) The leader of a delegation met is the one met ('X가 이끄는 칠레 대표단을 접견했다', '... 대표단과
회담했다'; English 'received a delegation led by X'), and a briefing received in person from someone ('B로부터 브리핑을
받았다', '... 대표단으로부터 브리핑을 받았다') is a meeting of the one briefed with the briefer
(lang/ko/meeting_delegations.py)."""
from datetime import date

import pytest

from tests.conftest import events_of, names

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 9일 리마 대통령궁에서 토마스 아르세 칠레 외교장관이 이끄는 칠레 정부 대표단을 접견했다.",
    "루시아 모레노 페루 대통령은 9일 리마에서 토마스 아르세 칠레 외교장관이 이끄는 칠레 대표단과 회담했다.",
    "루시아 모레노 페루 대통령은 9일 리마 대통령궁에서 토마스 아르세 칠레 외교장관으로부터 국경 협상 관련 브리핑을 받았다.",
    "루시아 모레노 페루 대통령은 9일 리마에서 토마스 아르세 칠레 외교장관이 이끄는 칠레 정부 대표단으로부터 국경 협상 관련 "
    "브리핑을 받은 뒤 기자회견을 했다.",
    "Peruvian President Lucia Moreno on Thursday received a Chilean delegation led by Chilean Foreign Minister Tomas Arce "
    "in Lima.",
])
def test_a_delegations_leader_and_a_briefer_are_met(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert names(meeting) >= {"토마스 아르세"} or names(meeting) >= {"Tomas Arce"}
    assert {p.country for p in meeting.participants} == {"PER", "CHL"}
    assert meeting.date == date(2024, 5, 9)


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 9일 기자들에게 국경 협상 관련 브리핑을 했다.",
    "토마스 아르세 칠레 외교장관이 이끄는 칠레 대표단은 9일 리마에 도착했다.",
])
def test_a_briefing_given_or_a_delegation_arriving_is_no_meeting(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")

"""(mediator53) A group word naming an office one person holds in each state ('the two defence ministers', '양국
국방장관') stands for the holders of that office the story named, not for the parties of the last meeting told when
those hold another office (the leaders' summit told between): Narrative.office_holders / meeting_holds, act_actors
group_word_states, ko lexicon group_shared_offices. A word naming the office the meeting's parties hold keeps them."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 10)


def states(event) -> set[str]:
    return {p.country for p in event.participants if p.country}


@pytest.mark.parametrize("text, sides", [
    ("French Defence Minister Sebastien Lecornu met Indian Defence Minister Rajnath Singh in New Delhi on Monday. "
     "On the same day, French President Emmanuel Macron held talks with Brazilian President Luiz Inacio Lula da Silva. "
     "The two defence ministers agreed to expand joint naval drills.", {"FRA", "IND"}),
    ("안규백 국방부 장관은 9일 서울에서 리처드 말스 호주 국방장관과 회담했다. 이재명 대통령은 이날 이시바 시게루 일본 총리와 "
     "회담했다. 양국 국방장관은 연합훈련을 확대하기로 합의했다.", {"KOR", "AUS"}),
])
def test_office_group_is_its_holders_not_the_last_meeting(extract, text, sides):
    agreed = events_of(extract(text, published=DAY), "AGREE")
    assert agreed and all(states(e) == sides for e in agreed), [states(e) for e in agreed]


@pytest.mark.parametrize("text, sides", [
    ("French Defence Minister Sebastien Lecornu met Indian Defence Minister Rajnath Singh in New Delhi on Monday. "
     "On the same day, French President Emmanuel Macron held talks with Brazilian President Luiz Inacio Lula da Silva. "
     "The two leaders agreed to expand trade.", {"FRA", "BRA"}),
    ("안규백 국방부 장관은 9일 서울에서 리처드 말스 호주 국방장관과 회담했다. 이재명 대통령은 이날 이시바 시게루 일본 총리와 "
     "회담했다. 양국 정상은 교역을 확대하기로 합의했다.", {"KOR", "JPN"}),
])
def test_office_the_meeting_holds_keeps_its_parties(extract, text, sides):
    agreed = events_of(extract(text, published=DAY), "AGREE")
    assert agreed and all(states(e) == sides for e in agreed), [states(e) for e in agreed]

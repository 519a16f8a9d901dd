"""consult14 probes: a meeting whose parties were guessed from an office ('한중일 정상회의', 'the leaders of A, B and C':
each state's head on the day) is the document's meeting of the same states that names who sat at the table (a
premier standing in for a president): one meeting, the named parties (pipeline/meeting_offices.py). Meetings of the
same states between named people of other offices stay apart."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2018, 5, 9)
NAMED = {"Moon Jae-in", "Li Keqiang", "Shinzo Abe"}


def meetings(extract, text: str) -> list[set[str]]:
    return [{p.name for p in e.participants} for e in events_of(extract(text, published=DAY), "CONSULT")]


@pytest.mark.parametrize("text", [
    "(도쿄=연합뉴스) 한중일 정상회의가 9일 도쿄에서 열렸다.\n\n문재인 대통령과 리커창 중국 총리, 아베 신조 일본 총리는 "
    "9일 도쿄에서 회담하고 공동선언을 채택했다.",
    "TOKYO, May 9 -- The leaders of South Korea, China and Japan agreed Wednesday to speed up talks on a free trade "
    "pact, as they met for the first time in two years.\n\nPresident Moon Jae-in, Chinese Premier Li Keqiang and Prime "
    "Minister Shinzo Abe issued a joint statement after their talks in Tokyo.",
])
def test_office_guessed_meeting_is_the_named_one(extract, text):
    assert meetings(extract, text) == [NAMED]


@pytest.mark.parametrize("text", [
    "(도쿄=연합뉴스) 문재인 대통령과 리커창 중국 총리, 아베 신조 일본 총리는 9일 도쿄에서 회담했다. 강경화 외교부 장관과 "
    "왕이 중국 외교부장, 고노 다로 일본 외무상도 9일 도쿄에서 회담했다.",
])
def test_named_meetings_of_the_same_states_stay_apart(extract, text):
    found = meetings(extract, text)
    assert NAMED in found and len(found) == 2, found

"""A meeting dated by the recalled clause that holds its word ('flew to X on Wednesday, a day after talks with B') was
held before the sentence's main deed and not at its place: only a place inside that clause ('a day after talks with B
in Y') is the meeting's, and with none it is the meeting the story told that day (meets48;
pipeline/meeting_build.recalled_places)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize("text", [
    "Peruvian President Lucia Moreno met Chilean President Tomas Arce in Lima on Tuesday. Moreno flew to Quito on "
    "Wednesday, a day after talks with Arce.",
    "Peruvian President Lucia Moreno flew to Quito on Wednesday, a day after talks with Chilean President Tomas Arce "
    "in Lima.",
    "루시아 모레노 페루 대통령은 7일 리마에서 토마스 아르세 칠레 대통령과 만났다. 모레노 대통령은 아르세 대통령과 "
    "회담한 다음 날인 8일 키토로 향했다.",
])
def test_the_counted_meeting_is_not_at_the_journeys_end(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"PER", "CHL"}
    assert meeting.date == date(2024, 5, 7) and meeting.status == "occurred"
    assert meeting.location is not None and meeting.location.name == "Lima"


@pytest.mark.parametrize("text", [
    "루시아 모레노 페루 대통령은 리마에서 토마스 아르세 칠레 대통령과 회담한 다음 날 키토로 향했다.",
    "루시아 모레노 페루 대통령은 토마스 아르세 칠레 대통령과 만난 지 이틀 뒤 키토로 떠났다.",
])
def test_a_day_counted_from_the_meeting_is_not_its_day(extract, text):
    """'회담한 다음 날 X로 향했다': the day counted from the meeting is the trip's (lexicon ko
    counted_from_meeting_after_re, Language.counted_from_meeting); the meeting was held, on a day not given."""
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert meeting.status == "occurred" and meeting.date is None

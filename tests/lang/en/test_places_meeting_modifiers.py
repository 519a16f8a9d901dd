"""(consult18) A city's name as the modifier of a meeting noun ('the Lima summit', 'their Lima talks', a sentence's
'The Lima talks') is where the meeting was held, as a venue's is ('the Camp David summit'): lang/en/places.py
meeting_modifier. Korean names it so too ('A와 B의 리마 회담', read already)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "At the Lima summit of Peruvian President Lucia Moreno and Chilean President Tomas Arce on Thursday, the two "
    "sides discussed border cooperation.",
    "Peruvian President Lucia Moreno and Chilean President Tomas Arce agreed at their Lima summit on Thursday to "
    "reopen the border.",
    "The Lima talks between Peruvian President Lucia Moreno and Chilean President Tomas Arce ended on Thursday.",
    "루시아 모레노 페루 대통령은 9일 토마스 아르세 칠레 대통령과의 리마 회담에서 국경 재개방에 합의했다.",
])
def test_a_city_modifying_a_meeting_noun_places_it(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert meeting.location is not None and meeting.location.name == "Lima"


def test_a_city_before_another_noun_places_nothing(extract):
    text = "Peruvian President Lucia Moreno met Chilean President Tomas Arce on Thursday to discuss the Lima port deal."
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert meeting.location is None or meeting.location.name != "Lima"

"""dates56: a continuing act told with the day it began ('have rallied every night since Jan. 6', '지난 6일 이후 ...
시위를 벌이고 있다') and no day of its own is dated by that first day, not the report's; a count from a day ('the first
talks since March 3', '지난 3일 이후 처음으로') is no start of the act."""
from datetime import date

import pytest

from tests.event_sides import events


def dates_of(text: str, kind: str):
    return [e.date for e in events(text, "2026-04-20") if e.type == kind]


@pytest.mark.parametrize("text, kind, day", [
    ("Ghanaian farmers have staged protests outside the Nigerian embassy in Accra every day since April 7.",
     "PROTEST", date(2026, 4, 7)),
    ("Two Estonian journalists have been held by Belarusian authorities since April 2 on spying charges.",
     "COERCE", date(2026, 4, 2)),
    ("가나 농민들은 지난 7일 이후 나이지리아산 수입품에 항의하며 전국 고속도로를 봉쇄하는 시위를 벌이고 있다.",
     "PROTEST", date(2026, 4, 7)),
])
def test_a_continuing_act_takes_the_day_it_began(text, kind, day):
    assert dates_of(text, kind) == [day]


@pytest.mark.parametrize("text, kind, day", [
    ("The foreign ministers of Ghana and Togo held their first talks since April 3 in Accra.", "CONSULT",
     date(2026, 4, 3)),
    ("가나 외교장관은 지난 3일 이후 처음으로 토고 외교장관과 아크라에서 회담했다.", "CONSULT", date(2026, 4, 3)),
    ("The European Union demanded the release of two Estonian journalists, who have been held by Belarusian "
     "authorities since April 2.", "REQUEST", date(2026, 4, 2)),
])
def test_a_count_since_a_day_is_no_start(text, kind, day):
    """Nor does the start of a detention told in a relative clause date the main clause's demand (the third row)."""
    assert day not in dates_of(text, kind)

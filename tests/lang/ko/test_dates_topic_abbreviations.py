"""dates56: a day right after a topic whose name ends in its parenthesized abbreviation ('이슬람협력기구(OIC)는 9일')
is the topic's own act's day (the `adverbial` mark), as after any topic ('외교부는 9일'): it is not given up for the
day of a meeting of a like body told before."""
from datetime import date

import pytest

from readout.lang.ko import dates
from readout.settings import SETTINGS
from tests.event_sides import events

REF = date(2026, 3, 12)


def adverbial(text: str) -> list[bool]:
    found = dates.find_dates(text, 0, REF, SETTINGS.ko.unyeared_future_days)
    return [bool(d.span.data.get("adverbial")) for d in found if d.precision == "day"]


@pytest.mark.parametrize("text, marked", [
    ("이슬람협력기구(OIC)는 9일 시리아의 회원국 자격을 정지했다.", [True]),
    ("남아시아지역협력연합(SAARC)은 10일 회의를 연기했다.", [True]),
    ("걸프협력회의(GCC)와 10일 회담한 뒤 돌아왔다.", [False]),  # no topic: a partner, not the day's actor
])
def test_a_day_after_an_abbreviated_topic_is_its_acts(text, marked):
    assert adverbial(text) == marked


def test_an_abbreviated_topic_keeps_its_day_over_a_like_bodys_meeting():
    text = ("아랍연맹 외무장관들은 지난 3일 카이로에서 긴급 회의를 열었다.\n\n"
            "이슬람협력기구(OIC)는 9일 시리아의 회원국 자격을 정지했다.")
    assert [e.date for e in events(text) if e.type == "SANCTION"] == [date(2026, 3, 9)]

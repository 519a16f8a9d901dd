"""dates56: an act told of a weekend ('over the weekend', 'last weekend', '지난 주말', '주말 동안') is dated by that
weekend's two days, not by the publication's day or a day the report was made on; a habit ('주말마다', 'every
weekend') or a weekend ahead is no past weekend."""
from datetime import date

import pytest

from tests.event_sides import events

WEEKEND = (date(2026, 4, 11), date(2026, 4, 12))
AHEAD = (date(2026, 4, 18), date(2026, 4, 19))


def windows(text: str, kind: str, published: str = "2026-04-15"):
    return [e.date_window for e in events(text, published) if e.type == kind]


@pytest.mark.parametrize("text, kind, window", [
    ("Tens of thousands of people marched in Caracas last weekend to protest against the Brazilian government.",
     "PROTEST", WEEKEND),
    ("Kenya's interior ministry said on Wednesday that police had arrested more than 80 protesters over the weekend.",
     "COERCE", WEEKEND),
    ("Over the weekend, Moldovan police detained dozens of demonstrators outside the parliament in Chisinau.",
     "COERCE", WEEKEND),
    ("지난 주말 카라카스에서 수만 명이 브라질 정부를 규탄하는 시위를 벌였다.", "PROTEST", WEEKEND),
    ("케냐 내무부는 15일 경찰이 주말 동안 시위대 80여 명을 체포했다고 밝혔다.", "COERCE", WEEKEND),
    ("몰도바 경찰은 주말 사이 의회 앞에서 시위대 수십 명을 연행했다.", "COERCE", WEEKEND),
])
def test_a_weekend_dates_its_act(text, kind, window):
    assert windows(text, kind) == [window]


@pytest.mark.parametrize("text, kind", [
    ("Opposition groups in Nairobi will rally against the Ugandan government this weekend.", "PROTEST"),
    ("케냐 야당은 이번 주말 나이로비에서 우간다 정부를 규탄하는 집회를 개최할 예정이다.", "PROTEST"),
])
def test_a_weekend_ahead_is_the_coming_one(text, kind):
    assert all(w in (None, AHEAD) for w in windows(text, kind))
    assert WEEKEND not in windows(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("베네수엘라 시민들은 주말마다 카라카스에서 브라질 정부를 규탄하는 집회를 열었다.", "PROTEST"),
    ("Kenyan police arrested 80 protesters on Saturday, April 4, in Nairobi.", "COERCE"),
])
def test_no_weekend_no_weekend_window(text, kind):
    assert WEEKEND not in windows(text, kind)

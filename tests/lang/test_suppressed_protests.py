"""(coercefollow66) A gathering dispersed or suppressed is no PROTEST by the force that ends it, in both languages: a
gathering noun as the object of an act on people ('police dispersed a sit-in', '경찰이 반정부 시위를 진압했다') is the
gathered people's, who receive the act; the verb's subject holds no PROTEST. Our own sentences; negative rows: a
gathering told as its own act ('protesters rallied ...; police dispersed them', '시위대가 시위를 벌이자') stays a
PROTEST by the people who gathered, and the dispersal keeps its COERCE."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "a_dispersed_gathering_is_no_protest_by_the_force": [
        ("Bolivian police dispersed a sit-in outside the palace in La Paz on Sunday.", "PROTEST", set(), None, None,
         None),
        ("Bolivian riot police broke up an anti-government rally in La Paz on Sunday.", "PROTEST", set(), None, None,
         None),
        ("Bolivian riot police violently broke up a student march in La Paz on Sunday.", "PROTEST", set(), None,
         None, None),
        ("볼리비아 경찰이 8일 라파스에서 반정부 시위를 진압했다.", "PROTEST", set(), None, None, None),
        ("볼리비아 경찰은 8일 라파스에서 농성을 강제 해산시켰다.", "PROTEST", set(), None, None, None),
    ],
    "the_dispersal_stays_an_act_on_the_gathered": [
        ("Bolivian police dispersed a sit-in outside the palace in La Paz on Sunday.", "COERCE", {"BOL"}, {"BOL"},
         OCC, "restrict"),
        ("볼리비아 경찰이 8일 라파스에서 반정부 시위를 진압했다.", "COERCE", {"BOL"}, {"BOL"}, OCC, "restrict"),
    ],
    "a_gathering_told_as_its_own_act_stays": [
        ("Bolivian farmers rallied in La Paz on Sunday; police dispersed them.", "PROTEST", {"BOL"}, None, OCC, None),
        ("Bolivian farmers staged a sit-in in La Paz on Sunday before police dispersed the sit-in.", "PROTEST",
         {"BOL"}, None, OCC, None),
        ("볼리비아 농민들이 8일 라파스에서 반정부 시위를 벌이자 경찰이 이들을 해산했다.", "PROTEST", {"BOL"}, None, OCC,
         None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_suppressed_protests(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)

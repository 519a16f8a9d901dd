"""(request61) People of no state named who ask a government ('Rights groups urged the Kenyan government to ...', '인권단체들은
케냐에 ...하라고 요구했다') are that state's people asking their government: REQUEST by the state with the people's sector,
received by its government (pipeline/act_actor_defaults.government_asked; lang/ko/act_story_sides.asker_past_content, the
asker read before the asked clause). Armed groups' demands and requests to a body are not read so. Our own
sentences, one table for both languages."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ASKED = {
    "a government asked by people of no state named": [
        ("Rights groups urged the Kenyan government to release the detained journalists.", "KEN"),
        ("Human rights groups called on Uganda to free the detained journalists.", "UGA"),
        ("A coalition of aid groups urged Ethiopia to allow access to the region.", "ETH"),
        ("인권단체들은 케냐에 기자들을 석방하라고 요구했다.", "KEN"),
        ("시민단체들은 우간다 정부에 기자들을 풀어주라고 촉구했다.", "UGA"),
    ],
}


@pytest.mark.parametrize("text, state", class_rows(ASKED))
def test_people_ask_their_government(text, state):
    e = first_of(events(text), type="REQUEST")
    assert [(p.country, p.sector) for p in e.participants] == [(state, "CVL")]
    assert [(r.country, r.sector) for r in e.recipients] == [(state, "GOV")]


NOT_OWN = {
    "a body asked": ["Rights groups urged the United Nations to send monitors."],
    "an armed group's demand": ["Rebels urged the Kenyan government to release their detained commanders."],
}


@pytest.mark.parametrize("text", class_rows(NOT_OWN))
def test_no_own_government_request(text):
    assert not [e for e in events(text) if e.type == "REQUEST"
                and {p.country for p in e.participants} & {r.country for r in e.recipients}], \
        [(e.type, [p.country for p in e.participants], [r.country for r in e.recipients]) for e in events(text)]

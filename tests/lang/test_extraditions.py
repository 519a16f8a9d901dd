"""(kocoerce66) Handing a suspect over to another state is extradition, CAMEO 063 judicial cooperation (COOPERATE:
the giver acts, the state it goes to receives), in both languages: '페루는 용의자를 칠레에 인도했다' (인도하다 with
someone it goes to) and 'Peru extradited the suspect to Chile'. Our own sentences; negative rows: 인도하다 of a gift to
a person is no act, and 인도 the country is a state, not the verb."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

ROWS = {
    "a_suspect_handed_over_is_extradition": [
        ("페루는 14일 마약 밀매 용의자를 칠레에 인도했다.", True),
        ("Peru on Tuesday extradited a drug trafficking suspect to Chile.", True),
    ],
    "a_gift_or_the_country_is_no_extradition": [
        ("페루 대통령은 14일 기념 선물을 칠레 대통령에게 인도했다.", False),
        ("인도와 칠레는 14일 리마에서 무역 협정을 맺었다.", False),
    ],
}


@pytest.mark.parametrize("sentence, extradition", class_rows(ROWS))
def test_extraditions(sentence, extradition):
    found = [e for e in events(sentence) if e.type == "COOPERATE"]
    if not extradition:
        assert not found, [(e.type, countries(e.participants)) for e in found]
        return
    assert found
    e = found[0]
    assert "PER" in countries(e.participants) and countries(e.recipients) == {"CHL"}

"""plover60b (issue 15): a protest its doers announce is PROTEST planned (the manual's future mode), no threat, while
a threat verb or a condition still makes the THREATEN; a host receiving an envoy and an envoy sent to a state are
CONSULT visits between the two states; an armed side's arson is ASSAULT (read already in English, the twin of
tests/lang/ko/test_plover60b_ko.py). Every sentence is our own.
"""
from __future__ import annotations

from tests.conftest import countries
from tests.event_sides import events
from tests.plover_rows import NEG, OCC, PLAN, sweep_test

import pytest

test_plover60b = sweep_test({
    "PROTEST announced by its doers is planned": [
        ("Zambian students said they would stage a rally in Lusaka.", "PROTEST", {"ZMB"}, None, "demo", PLAN),
        ("Zambian students said they would stage a rally in Lusaka.", "THREATEN", set(), None, None, NEG),
        ("Malawian nurses announced they would go on strike next week.", "PROTEST", {"MWI"}, None, "strike", PLAN),
        ("Kenyan farmers will march through Nairobi on Friday.", "PROTEST", {"KEN"}, None, "demo", PLAN),
        ("Ugandan traders said they would hold a sit-in outside parliament.", "PROTEST", {"UGA"}, None, "demo", PLAN),
        ("Tanzanian truckers said they would block the main highway.", "PROTEST", {"TZA"}, None, "obstruct", PLAN),
        ("Zambian students said they would boycott classes.", "PROTEST", {"ZMB"}, None, "boycott", PLAN),
    ],
    "PROTEST strike: a strike of people announced, first read as force": [
        ("Zambian dockers will launch a strike on Monday.", "PROTEST", {"ZMB"}, None, "strike", PLAN),
        ("Zambian dockers will launch a strike on Monday.", "THREATEN", set(), None, None, NEG),
        ("Malawian miners said they would start a general strike.", "PROTEST", {"MWI"}, None, "strike", PLAN),
        ("Zambian troops will launch a strike on rebel camps.", "THREATEN", {"ZMB"}, None, "violence", PLAN),
        ("Unless wages rise, Zambian dockers will launch a strike.", "THREATEN", {"ZMB"}, None, None, OCC),
    ],
    "THREATEN: a threat verb, a condition or a state's blockade stays the threat": [
        ("Zambian students threatened to stage a rally in Lusaka.", "THREATEN", {"ZMB"}, None, None, OCC),
        ("Zambian students threatened to stage a rally in Lusaka.", "PROTEST", set(), None, None, NEG),
        ("Namibia said it would blockade Angola's ports.", "THREATEN", {"NAM"}, {"AGO"}, "restrict", OCC),
    ],
    "CONSULT: a host receives an envoy": [
        ("The Ghanaian president received the Togolese ambassador.", "CONSULT", {"GHA", "TGO"}, None, None, OCC),
        ("The Ghanaian president received Togo's ambassador on Monday.", "CONSULT", {"GHA", "TGO"}, None, None, OCC),
        ("The Ghanaian president received the ambassador of Togo.", "CONSULT", {"GHA", "TGO"}, None, None, OCC),
    ],
    "CONSULT: an envoy sent to a state visits it": [
        ("Ghana sent an envoy to Togo.", "CONSULT", {"GHA", "TGO"}, None, "visit", OCC),
        ("Ghana dispatched a special envoy to Togo on Monday.", "CONSULT", {"GHA", "TGO"}, None, "visit", OCC),
        ("Ghana will send an envoy to Togo.", "CONSULT", {"GHA", "TGO"}, None, "visit", PLAN),
        ("Ghana sent troops to Togo.", "CONSULT", set(), None, None, NEG),
    ],
    "ASSAULT: an armed side's arson (read already)": [
        ("Rebels set fire to a school in northern Niger.", "ASSAULT", {"NER"}, None, "primitive", OCC),
    ],
})


@pytest.mark.parametrize("text, host, envoy", [
    ("Ghanaian President Kofi Mensah received Togolese Ambassador Yao Amegah in Accra.", "Kofi Mensah", "Yao Amegah"),
    ("Ghanaian President Kofi Mensah received the Togolese envoy, Yao Amegah, in Accra.", "Kofi Mensah", "Yao Amegah"),
])
def test_named_host_and_envoy_are_the_meeting_participants(text, host, envoy):
    """CONSULT is scored by the named persons: the host and the envoy received are both its participants."""
    found = [e for e in events(text) if e.type == "CONSULT"]
    assert found
    names = {p.name for p in found[0].participants}
    assert {host, envoy} <= names, names
    assert countries(found[0].participants) >= {"GHA"}


def test_a_states_leaders_announced_boycott_stays_the_threat():
    """A boycott announced by a state's leaders (no people noun) is the manual's THREATEN restrict, no PROTEST."""
    found = events("Bolivian officials said they would boycott the trade fair in Paraguay.")
    assert [e.type for e in found if e.type in ("THREATEN", "PROTEST")] == ["THREATEN"]

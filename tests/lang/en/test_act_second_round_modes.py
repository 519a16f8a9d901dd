"""(enacts55b, issue 15) English acts, second round: a cut ordered with its place after 'to' ('ordered the cutting of
power supplies to X': COERCE withhold; act_window.destination_to), parties or aid let into a place ('let relief trucks
into X': RETREAT access; en additions 'let'), a win in a game ('beat X 3-0 in the final': no ASSAULT; act_sports) and
a ban on gatherings brought in ('imposed a ban on demonstrations': COERCE restrict; en additions 'impose'), grenades
thrown at someone (ASSAULT explosives; a crowd weapon thrown crowd-control) and a bombing by armed men with no aircraft
('militants bombed a hotel': explosives; act_means_modes.assault_mode). Each class
has a row where the words do not make the act; the Korean twins are in tests/lang/ko/test_act_second_round_modes_ko.py.
Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events
from tests.plover_rows import NEG, OCC, sweep_test

# rows: (sentence, type, acting states among the parties, receiving states or None, mode, status)
test_second_round_modes = sweep_test({
    "ordered cut to a place": [
        ("Azerbaijan ordered the cutting of power supplies to Stepanakert.", "COERCE", {"AZE"}, None, "withhold", OCC),
        ("Ethiopia ordered the cutting of water supplies to Mekelle.", "COERCE", {"ETH"}, None, "withhold", OCC),
        # the order's own infinitive after a post's 'to' keeps the order's reading
        ("Chile ordered the envoy to Peru to leave.", "SANCTION", {"CHL"}, {"PER"}, "expel", OCC),
        ("Kenya ordered its troops to the Somali border.", "MOBILIZE", {"KEN"}, None, "troops", OCC),
    ],
    "let into a place": [
        ("Eritrea let relief trucks into Asmara.", "RETREAT", {"ERI"}, None, "access", OCC),
        ("Myanmar let UN monitors into Rakhine on Friday.", "RETREAT", {"MMR"}, None, "access", OCC),
        ("Eritrea let the deadline pass.", "RETREAT", set(), None, None, NEG),
    ],
    "game won": [
        ("France beat Germany 2-1 in the cup final.", "ASSAULT", set(), None, None, NEG),
        ("Ghana beat Togo in a qualifying match in Accra.", "ASSAULT", set(), None, None, NEG),
        ("Japan beat Vietnam 3-0 in Hanoi.", "ASSAULT", set(), None, None, NEG),
        ("Police beat protesters in Nairobi on Tuesday.", "ASSAULT", {"KEN"}, None, "beat", OCC),
    ],
    "ban on gatherings": [
        ("Kenya imposed a ban on protests in Nairobi.", "COERCE", {"KEN"}, None, "restrict", OCC),
        ("Turkey's governor imposed a ban on demonstrations in Ankara.", "COERCE", {"TUR"}, None, "restrict", OCC),
        ("Kenya imposed a ban on imports from Uganda.", "SANCTION", {"KEN"}, {"UGA"}, "discontinue", OCC),
        ("Kenyan students protested against the ban on rallies.", "COERCE", set(), None, None, NEG),
    ],
    "grenades thrown": [
        ("Separatist fighters hurled grenades at Malian soldiers.", "ASSAULT", {"MLI"}, {"MLI"}, "explosives", OCC),
        ("Gunmen threw hand grenades at a Kenyan police post.", "ASSAULT", {"KEN"}, None, "explosives", OCC),
        # a crowd weapon thrown is crowd control, no explosives
        ("Chadian police threw tear gas canisters at students.", "ASSAULT", {"TCD"}, None, "crowd-control", OCC),
        ("Israeli troops threw stun grenades at Palestinian villagers.", "ASSAULT", {"ISR"}, None, "crowd-control",
         OCC),
    ],
    "bombing by armed men": [
        ("Insurgents bombed a police station in Kandahar.", "ASSAULT", {"AFG"}, None, "explosives", OCC),
        ("Islamist militants bombed a bus station in Maiduguri.", "ASSAULT", {"NGA"}, None, "explosives", OCC),
        # a state's forces bombing a place keep the air's reading
        ("Nigerian troops bombed a rebel camp near Maiduguri.", "ASSAULT", {"NGA"}, None, "aerial", OCC),
    ],
})



@pytest.mark.parametrize("text", [
    "Eritrea refused to let inspectors enter Asmara.",  # 'let' without 'into' is no access: the refusal has no mode
])
def test_refused_let_without_into(text):
    found = [e for e in events(text) if e.type == "REJECT"]
    assert found and found[0].mode is None, [(e.type, e.mode) for e in events(text)]

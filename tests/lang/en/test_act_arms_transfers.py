"""English acts: arms handed to another side by any verb of transfer (arms48).

1. weapons transferred, shipped, exported, airlifted, donated, delivered, supplied or sent to a state are military
   aid (CAMEO 072 'provide military aid', PLOVER AID military), the state after "to" receiving: one list of transferred
   arms (en_acts_additions.yaml, anchor arms_transferred, with CAMEO's &weapon set) for every such verb;
2. the head of the sent object ("sent artillery shells to X") is one more word of the goods, no shelling of its own
   (act_walk.walk, sent_goods); a verb with its own object after it ("sent troops and shelled the town") stays an attack;
3. negated transfers give no aid, and an accusation of supplying arms stays the accusation."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"
DAY = date(2025, 10, 8)


# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ACTS = {
    "arms_transferred_are_military_aid": [
        ("Slovakia transferred fighter jets to Ukraine.", "AID", {"SVK"}, {"UKR"}, OCC, "military"),
        ("Bulgaria shipped ammunition to Ukraine.", "AID", {"BGR"}, {"UKR"}, OCC, "military"),
        ("Turkey exported armed drones to Azerbaijan.", "AID", {"TUR"}, {"AZE"}, OCC, "military"),
        ("Belarus has transferred howitzers to Russia.", "AID", {"BLR"}, {"RUS"}, OCC, "military"),
        ("Spain donated anti-aircraft missiles to Latvia.", "AID", {"ESP"}, {"LVA"}, OCC, "military"),
        ("Canada airlifted rifles to Estonia.", "AID", {"CAN"}, {"EST"}, OCC, "military"),
    ],
    "the_sent_objects_head_is_goods_not_an_attack": [
        ("Iran sent artillery shells to Russia.", "AID", {"IRN"}, {"RUS"}, OCC, "military"),
        ("Iran sent artillery shells to Russia.", "ASSAULT", {"IRN"}, None, None, None),
        ("Serbia supplied mortar shells to Egypt.", "ASSAULT", {"SRB"}, None, None, None),
    ],
    "negated_or_accused_transfers": [
        ("Austria did not transfer any tanks to Hungary.", "AID", {"AUT"}, None, None, None),
        ("Japan accused Iran of shipping missiles to Yemen.", "ACCUSE", {"JPN"}, {"IRN"}, OCC, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ACTS))
def test_arms_transfers_are_read_with_their_sides(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence, DAY), kind, actors, recipients, status, mode)

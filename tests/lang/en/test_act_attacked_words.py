"""(coercefollow66) An attack on words or a policy is criticism: an attack of no weapon whose object is a policy, rule,
measure, statement or decision ('attacked Chile's new tariffs', 'launched a blistering attack on Chile's trade policy')
is ACCUSE disapprove (CAMEO 111), not ASSAULT. Our own sentences; negative rows: a place, force, convoy, positions
or a gathering attacked keeps the ASSAULT."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows
from tests.event_sides import events

OCC = "occurred"

# (sentence, type, acting states, receiving states (None: not checked), status (None: no such event), mode)
ROWS = {
    "an_attack_on_a_policy_or_words_is_criticism": [
        ("Uruguay's president launched a blistering attack on Paraguay's farm policy on Friday.", "ACCUSE", {"URY"},
         {"PRY"}, OCC, "disapprove"),
        ("Uruguay's president attacked Paraguay's new import tariffs on Friday.", "ACCUSE", {"URY"}, {"PRY"}, OCC,
         "disapprove"),
        ("Uruguay's foreign minister attacked the remarks of Paraguay's envoy on Friday.", "ACCUSE", {"URY"}, {"PRY"},
         OCC, "disapprove"),
        ("Uruguay's foreign minister attacked Paraguay's river plan on Friday.", "ASSAULT", set(), None, None, None),
    ],
    "an_attack_on_places_forces_or_people_stays_force": [
        ("Uruguayan troops attacked Paraguay's border posts on Friday.", "ASSAULT", {"URY"}, {"PRY"}, OCC, None),
        ("Uruguayan troops attacked a Paraguayan convoy on Friday.", "ASSAULT", {"URY"}, {"PRY"}, OCC, None),
        ("Uruguayan troops attacked Paraguayan positions near the river on Friday.", "ASSAULT", {"URY"}, {"PRY"}, OCC,
         None),
        ("Uruguayan troops attacked Paraguay's border posts on Friday.", "ACCUSE", set(), None, None, None),
    ],
}


@pytest.mark.parametrize("sentence, kind, actors, recipients, status, mode", class_rows(ROWS))
def test_attacked_words(sentence, kind, actors, recipients, status, mode):
    assert_act(events(sentence), kind, actors, recipients, status, mode)

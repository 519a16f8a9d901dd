"""(ennoun46, issue 15) A tax on another state's goods eased, named as a noun: 'announced a cut in tariffs on X's
goods', 'the reduction of duties on X's wine' is RETREAT (CAMEO 085, ease economic sanctions), as the verbs 'cut
tariffs', 'lowered duties' read, not the SANCTION of the noun 'tariffs' it holds (the cut noun entry of
scripts/data/en_acts_additions.yaml). New tariffs announced stay SANCTION; a cut in rates that are no levy on another
state reads nothing. Korean '관세 인하를 발표했다' reads RETREAT already. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, RETREAT actors, RETREAT recipients)
    ("Norway announced a cut in tariffs on Moldovan walnuts late on Thursday.", {"NOR"}, {"MDA"}),
    ("Canada unveiled the reduction of import duties on Bolivian quinoa.", {"CAN"}, {"BOL"}),
    ("Japan confirmed a removal of levies on Peruvian copper this spring.", {"JPN"}, {"PER"}),
    ("Canada lowered import duties on Bolivian quinoa.", {"CAN"}, {"BOL"}),  # the verb, as before
    ("캐나다는 볼리비아산 퀴노아에 대한 관세 인하를 발표했다.", {"CAN"}, {"BOL"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_a_levy_eased_as_a_noun_is_a_retreat(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "RETREAT", actors, recipients, "occurred")
    assert_act(events, "SANCTION", set(), None, None)  # the tariffs eased are no tariffs imposed


@pytest.mark.parametrize("text, actors, recipients", [  # negative: new tariffs stay the sanction
    ("Norway announced new tariffs on Moldovan walnuts late on Thursday.", {"NOR"}, {"MDA"}),
    ("Canada imposed fresh tariffs on Bolivian quinoa.", {"CAN"}, {"BOL"}),
])
def test_tariffs_imposed_stay_a_sanction(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "SANCTION", actors, recipients, "occurred")
    assert_act(events, "RETREAT", set(), None, None)


@pytest.mark.parametrize("text", [  # negative: a cut that eases no levy
    "Norway announced a cut in interest rates late on Thursday.",
    "Canada unveiled a reduction of its own income taxes.",
])
def test_a_cut_of_no_levy_is_no_retreat(extract, text):
    assert_act(events_of(extract(text)), "RETREAT", set(), None, None)

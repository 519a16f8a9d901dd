"""(ennoun46, issue 15) Aid stopped, named as a noun: 'announced the halt of aid to X', 'a freeze on military aid to
X', 'a cut in aid to X' is SANCTION discontinue by the announcer at X (CAMEO 162, halt or reduce aid), as the verbs
'halted aid', 'froze aid' read (the halt noun entry of scripts/data/en_acts_additions.yaml). A halt or freeze of
anything but aid ('of the fighting', 'of prices', 'of its assets') is no stopped aid. Korean '원조 동결을 발표했다'
reads so already. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

ROWS = [  # (sentence, SANCTION actors, SANCTION recipients)
    ("Norway announced the halt of development aid to Moldova late on Thursday.", {"NOR"}, {"MDA"}),
    ("Canada declared a freeze on military aid to Bolivia after the vote.", {"CAN"}, {"BOL"}),
    ("Japan ordered a halt in arms deliveries to Myanmar this spring.", {"JPN"}, {"MMR"}),
    ("Austria unveiled a sharp cut in budget support to Serbia on Friday.", {"AUT"}, {"SRB"}),
    ("Sweden confirmed the cutoff of its loans to Belarus in a brief note.", {"SWE"}, {"BLR"}),
    ("Canada froze its military aid to Bolivia after the vote.", {"CAN"}, {"BOL"}),  # the verb, as before
    ("캐나다는 선거 이후 볼리비아에 대한 군사 원조 동결을 발표했다.", {"CAN"}, {"BOL"}),
]


@pytest.mark.parametrize("text, actors, recipients", ROWS)
def test_aid_stopped_as_a_noun_is_a_sanction(extract, text, actors, recipients):
    events = events_of(extract(text))
    assert_act(events, "SANCTION", actors, recipients, "occurred", "discontinue")
    assert_act(events, "AID", set(), None, None)  # the aid stopped is no aid given


NEGATIVES = [  # no SANCTION: what is halted or frozen is no aid
    "Norway announced the halt of the fighting near its northern lakes.",
    "Canada declared a freeze of bread prices for the winter.",
    "Sweden confirmed a freeze of hiring at its own ministries.",
    "캐나다는 겨울 동안 빵 가격 동결을 발표했다.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_a_halt_of_no_aid_is_no_sanction(extract, text):
    assert_act(events_of(extract(text)), "SANCTION", set(), None, None)

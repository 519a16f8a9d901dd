"""(ennoun46, issue 15) A delivery of words ('postponed the delivery of a speech to Congress', 'accepted the delivery
of the verdict') is no goods given or refused: CAMEO's 'postpone * delivery' (REJECT assist) and 'accept * delivery'
(AID) read nothing there (lang/en/act_spoken_deliveries, cues delivery_nouns, spoken_delivery_nouns). A delivery of
weapons or aid postponed stays the refusal. Korean ('의회 연설을 연기했다') reads no refusal of aid already. Every
sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

WORDS = [  # no act at all
    "The Ecuadorian president postponed the delivery of a speech to Congress on Wednesday.",
    "Moldova's premier postponed the delivery of his annual address to parliament.",
    "Norway accepted the delivery of the tribunal's verdict on Friday.",
    "에콰도르 대통령은 수요일 의회 연설을 연기했다.",
]


@pytest.mark.parametrize("text", WORDS)
def test_a_delivery_of_words_is_no_act(extract, text):
    events = events_of(extract(text))
    assert not [e for e in events if e.type in ("REJECT", "AID")], [(e.type, e.mode) for e in events]


GOODS = [  # (sentence, type, mode, actors, recipients): goods delivered or held back
    ("Ecuador postponed the delivery of rifles to Bolivia on Wednesday.", "REJECT", "assist", {"ECU"}, {"BOL"}),
    ("Ecuador postponed the delivery of its fuel shipments to Bolivia.", "REJECT", "assist", {"ECU"}, {"BOL"}),
]


@pytest.mark.parametrize("text, kind, mode, actors, recipients", GOODS)
def test_a_delivery_of_goods_keeps_its_reading(extract, text, kind, mode, actors, recipients):
    assert_act(events_of(extract(text)), kind, actors, recipients, "occurred", mode)

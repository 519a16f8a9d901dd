"""(plans54b) A bare future deployment is the move, planned, not a threat, in both languages, with sentences of our own.

'Poland will deploy troops to its eastern border' gave THREATEN planned while Korean '배치할 것이다' gave MOBILIZE
planned: the manual's THREATEN is a stated intent to harm another, its MOBILIZE a move or show of force. A move
announced with no condition, no threat verb, no reporting of it as a warning and no side it is aimed at ('against')
is MOBILIZE planned; placed near a state it faces that state (as a planned one does, future53). Negative rows: aimed
'against' a side, said ('said it would': the threat said, as Korean '배치하겠다고 밝혔다'), threatened, conditional.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, actors, recipients)
    ("Poland will deploy troops to its eastern border.", {"POL"}, set()),
    ("폴란드는 동부 국경에 병력을 배치할 것이다.", {"POL"}, set()),
    ("Estonia will send two frigates to the Baltic Sea.", {"EST"}, set()),
    ("Lithuania will deploy more troops.", {"LTU"}, set()),
    ("Poland will deploy troops near the border with Belarus.", {"POL"}, {"BLR"}),
    ("폴란드는 벨라루스 국경에 병력을 배치할 것이다.", {"POL"}, {"BLR"}),
]


@pytest.mark.parametrize("sentence, actors, recipients", ROWS)
def test_bare_future_deployment_is_the_move_planned(sentence, actors, recipients):
    first = first_of(events(sentence), type="MOBILIZE")
    assert not [e for e in events(sentence) if e.type == "THREATEN"]
    assert first.status == "planned"
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


NEGATIVES = [  # (sentence, status, recipients)
    ("Chad will mobilize its army against Sudan.", "planned", {"SDN"}),
    ("Poland said it would deploy troops to its eastern border.", "occurred", set()),
    ("폴란드는 동부 국경에 병력을 배치하겠다고 밝혔다.", "occurred", set()),
    ("Poland threatened to deploy troops to the border with Belarus.", "occurred", {"BLR"}),
    ("Poland will deploy troops near the border with Belarus unless Minsk stops the flights.", None, {"BLR"}),
]


@pytest.mark.parametrize("sentence, status, recipients", NEGATIVES)
def test_a_deployment_aimed_said_or_conditioned_stays_a_threat(sentence, status, recipients):
    first = first_of(events(sentence), type="THREATEN")
    assert status is None or first.status == status
    assert countries(first.recipients) == recipients

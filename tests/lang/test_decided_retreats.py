"""(plans54b) A retreat decided faces the place it leaves, in both languages, with sentences of our own.

'Ghana decided to withdraw its troops from Togo' gave AGREE with no recipient while 'plans to withdraw' and Korean
'철수하기로 결정했다' name Togo: CAMEO's 'decide + to withdraw' pattern swallowed the verb whose 'from' names the place.
"""
from __future__ import annotations

import pytest

from tests.conftest import countries
from tests.event_sides import events, first_of

ROWS = [  # (sentence, type, status, actors, recipients)
    ("Ghana decided to withdraw its troops from Togo.", "AGREE", "occurred", {"GHA"}, {"TGO"}),
    ("가나는 토고에서 병력을 철수하기로 결정했다.", "AGREE", "occurred", {"GHA"}, {"TGO"}),
    ("Ghana plans to withdraw its troops from Togo.", "AGREE", "occurred", {"GHA"}, {"TGO"}),
    ("Benin decided to withdraw its ambassador from Niger.", "SANCTION", "planned", {"BEN"}, {"NER"}),
    ("Ghana decided to withdraw its troops from the border.", "AGREE", "occurred", {"GHA"}, set()),
    ("Ghana withdrew its troops from Togo.", "RETREAT", "occurred", {"GHA"}, {"TGO"}),
]


@pytest.mark.parametrize("sentence, kind, status, actors, recipients", ROWS)
def test_decided_retreat_faces_the_place_left(sentence, kind, status, actors, recipients):
    first = first_of(events(sentence), type=kind)
    assert first.status == status
    assert countries(first.participants) == actors and countries(first.recipients) == recipients

"""A threat noun given to a named side warns that side (threat61), with sentences of our own: 'X gave Y an ultimatum',
'X sent Y a stern warning', 'X handed Y an ultimatum to withdraw its troops' (lang/en/act_given_threats: the indirect
object between the verb of giving and the noun is the one warned, not the infinitive after 'to'), as Korean 'Y에
최후통첩을 보냈다' reads. Negative rows: a warning sent to no one named, an ultimatum given no weight, a warning about a
drought.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

ROWS = class_rows({
    "given-threat-nouns": [
        ("Peru gave Chile an ultimatum.", [(["PER"], ["CHL"])]),
        ("Peru handed Chile an ultimatum to withdraw its troops.", [(["PER"], ["CHL"])]),
        ("Peru sent Chile a stern warning.", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 최후통첩을 보냈다.", [(["PER"], ["CHL"])]),
        ("페루는 칠레에 엄중한 경고를 보냈다.", [(["PER"], ["CHL"])]),
    ],
    "no-given-threat": [
        ("Peru sent a stern warning.", []),
        ("The ministry gave the ultimatum little weight.", []),
        ("Peru's president gave the United Nations a warning about the drought.", []),
    ],
})


@pytest.mark.parametrize("text, expected", ROWS)
def test_given_threats(text, expected):
    assert sides(text, "THREATEN") == expected

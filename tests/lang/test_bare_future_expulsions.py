"""(plans55b, issues 13/15) A bare future expulsion is the measure planned, in both languages: 'Uruguay will expel
two Paraguayan diplomats' gave THREATEN planned while Korean '추방할 것이다' gives SANCTION expel planned. A stated
intention with no condition, warning verb or saying of it is the act planned; 'unless', 'threatened to' and 'said it
would' still make the threat. Sentences of our own."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PLANNED = [  # (sentence, expelling state, state whose diplomats go)
    ("Uruguay will expel two Paraguayan diplomats.", "URY", "PRY"),
    ("Uruguay will expel the Paraguayan ambassador next week.", "URY", "PRY"),
    ("우루과이는 파라과이 외교관 2명을 추방할 것이다.", "URY", "PRY"),
]


@pytest.mark.parametrize("sentence, actor, recipient", PLANNED)
def test_a_bare_future_expulsion_is_the_measure_planned(sentence, actor, recipient):
    found = [e for e in events(sentence) if e.type == "SANCTION" and e.mode == "expel"]
    assert found and found[0].status == "planned", [(e.type, e.mode, e.status) for e in events(sentence)]
    assert not [e for e in events(sentence) if e.type == "THREATEN"]
    assert (sides(sentence, "SANCTION")[0]) == ([actor], [recipient])


THREATS = [  # a condition, a warning verb, a saying: the threat, made when said
    "Uruguay will expel two Paraguayan diplomats unless Paraguay apologizes.",
    "Uruguay threatened to expel two Paraguayan diplomats.",
    "Uruguay said it will expel two Paraguayan diplomats.",
    "우루과이는 파라과이가 사과하지 않으면 외교관 2명을 추방하겠다고 밝혔다.",
]


@pytest.mark.parametrize("sentence", THREATS)
def test_a_conditioned_warned_or_said_expulsion_stays_a_threat(sentence):
    found = [e for e in events(sentence) if e.type == "THREATEN"]
    assert found and not [e for e in events(sentence) if e.type == "SANCTION"], \
        [(e.type, e.mode, e.status) for e in events(sentence)]


def test_a_bare_future_attack_stays_a_threat():
    assert [e.type for e in events("Uruguay will bomb Paraguay.")] == ["THREATEN"]

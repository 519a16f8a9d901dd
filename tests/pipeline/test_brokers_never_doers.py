"""acts59b (issue 13): a state named as the go-between under whom a deed was done ('Under Turkish mediation, the two
sides exchanged prisoners', 'Under mediation by Turkey, ...') did not do it, even when the clause names no other doer
(pipeline/act_reciprocal.brokers_dropped, asked in act_actors.acting_side; `Language.names_a_broker`, en.yaml
broker_before_re now reads 'mediation by X'). Mediators as the subject ('Qatari mediators proposed ...') are not
brokers and keep what they do. Sentences of our own, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, broker", [
    ("Under Turkish mediation, the two sides exchanged prisoners.", "TUR"),
    ("Under mediation by Norway, the two sides exchanged prisoners.", "NOR"),
    ("Lesotho and Eswatini clashed for a week. Under Ghanaian mediation, the two sides swapped prisoners.", "GHA"),
    ("케냐의 중재로 양측은 포로를 맞교환했다.", "KEN"),
])
def test_broker_does_not_do_the_deed(text, broker):
    found = [e for e in events(text) if e.type == "RETREAT"]
    assert not any(broker in [p.country for p in e.participants] for e in found), found


@pytest.mark.parametrize("text, actors", [
    ("Under Turkish mediation, Peru and Chile exchanged prisoners.", ["PER", "CHL"]),
    ("Peru and Chile exchanged prisoners after mediation by Turkey.", ["PER", "CHL"]),
    ("Peru freed ten Chilean prisoners after mediation by Turkey.", ["PER"]),
])
def test_named_sides_still_act(text, actors):
    assert [a for a, _r in sides(text, "RETREAT")] == [actors]


def test_a_call_for_mediation_stays_the_caller_s():
    assert sides("Peru asked for mediation by Turkey.", "REQUEST") == [(["PER"], ["TUR"])]


@pytest.mark.parametrize("text, broker, home", [  # act_actors: unnamed_actors reads no broker as a home
    ("With Egyptian mediation, the rebels freed ten hostages.", "EGY", None),
    ("Rebels in Mali freed ten hostages under Egyptian mediation.", "EGY", "MLI"),
    ("이집트의 중재로 반군은 인질 10명을 석방했다.", "EGY", None),
])
def test_people_under_a_broker_are_not_its_own(text, broker, home):
    found = sides(text, "RETREAT")
    assert not any(broker in a for a, _r in found), found
    assert home is None or [a for a, _r in found] == [[home]]

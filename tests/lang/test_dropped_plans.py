"""(plans54b) A plan said dropped is no deed planned, in both languages, with sentences of our own.

'Ghana had planned to expel two Togolese diplomats but dropped the idea' and '추방할 계획이었으나 이를 철회했다'
gave the expulsion planned (plans54's open class). Negative rows: the plan alone, a contrast with no giving up, a
giving up of something else.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events

DROPPED = [  # (sentence, type of the deed once planned)
    ("Benin had planned to expel three Nigerien diplomats but dropped the idea.", "SANCTION"),
    ("Benin planned to impose tariffs on Nigerien onions but later scrapped the plan.", "SANCTION"),
    ("베냉은 니제르 외교관 3명을 추방할 계획이었으나 이를 철회했다.", "SANCTION"),
    ("베냉은 니제르에 관세를 부과할 계획이었지만 계획을 취소했다.", "SANCTION"),
    ("베냉은 니제르에 관세를 부과할 예정이었으나 이를 포기했다.", "SANCTION"),
]


@pytest.mark.parametrize("sentence, kind", DROPPED)
def test_a_plan_said_dropped_is_no_deed_planned(sentence, kind):
    assert not [e for e in events(sentence) if e.type == kind and e.status == "planned"], \
        [(e.type, e.mode, e.status) for e in events(sentence)]


KEPT = [  # (sentence, type)
    ("Benin had planned to expel three Nigerien diplomats.", "SANCTION"),
    ("Benin had planned to expel three Nigerien diplomats but Niger protested.", "SANCTION"),
    ("베냉은 니제르 외교관 3명을 추방할 계획이었다.", "SANCTION"),
    ("베냉은 니제르에 관세를 부과할 계획이었지만 무역 협정을 취소했다.", "SANCTION"),
]


@pytest.mark.parametrize("sentence, kind", KEPT)
def test_a_plan_not_given_up_stays_planned(sentence, kind):
    found = [e for e in events(sentence) if e.type == kind]
    assert found and found[0].status == "planned", [(e.type, e.mode, e.status) for e in events(sentence)]


GIVEN_UP_OWN = [  # (plans55b) one's own plan withdrawn yields and refuses nothing to another side
    "Benin had planned to expel three Nigerien diplomats but dropped its plan.",
    "Benin had planned to expel three Nigerien diplomats but dropped the idea.",
    "베냉은 니제르 외교관 3명을 추방할 계획이었으나 이를 철회했다.",
    "베냉은 니제르에 관세를 부과할 계획이었지만 계획을 취소했다.",
]


@pytest.mark.parametrize("sentence", GIVEN_UP_OWN)
def test_withdrawing_ones_own_plan_is_no_concession(sentence):
    assert not [e for e in events(sentence) if e.type in ("CONCEDE", "REJECT")], \
        [(e.type, e.mode, e.status) for e in events(sentence)]


YIELDED = [  # a measure against another side, or a demand on it, withdrawn: the concession stays
    "베냉은 니제르에 대한 제재를 철회했다.",
    "Benin had planned to expel three Nigerien diplomats but dropped its demand for an apology.",
]


@pytest.mark.parametrize("sentence", YIELDED)
def test_a_measure_or_demand_withdrawn_stays_a_concession(sentence):
    assert [e for e in events(sentence) if e.type == "CONCEDE"], [(e.type, e.mode, e.status) for e in events(sentence)]


DROPPED_IN_ONE_CLAUSE = [  # (plans55b) the plan itself the object of a verb of giving up: no deed planned, no act
    "Benin scrapped its plan to expel three Nigerien diplomats.",
    "Benin dropped its plan to impose tariffs on Nigerien onions.",
    "Benin abandoned plans to deploy troops to the border.",
    "베냉은 니제르 외교관을 추방하려던 계획을 철회했다.",
    "베냉은 니제르에 관세를 부과할 계획을 취소했다.",
]


@pytest.mark.parametrize("sentence", DROPPED_IN_ONE_CLAUSE)
def test_a_plan_given_up_in_its_own_clause_gives_nothing(sentence):
    assert not events(sentence), [(e.type, e.mode, e.status) for e in events(sentence)]


ANNOUNCED = [  # the plan announced, not given up: the deed planned
    ("Benin announced its plan to expel three Nigerien diplomats.", "SANCTION"),
    ("베냉은 니제르에 관세를 부과할 계획을 발표했다.", "SANCTION"),
]


@pytest.mark.parametrize("sentence, kind", ANNOUNCED)
def test_a_plan_announced_stays_planned(sentence, kind):
    assert [e for e in events(sentence) if e.type == kind and e.status == "planned"], \
        [(e.type, e.mode, e.status) for e in events(sentence)]

"""(relative71, issue 13) A noun act heading a relative clause with a subject of its own is that subject's act, at
the noun the clause marks as its receiver; the outer verb keeps its own reading. Korean: the adnominal clause's verb
pairs with the noun after it ('[캐나다가 파라과이에 부과한] 제재', '[노르웨이가 말리에 보낸] 원조':
lang/ko/act_headed_relatives); English: the clause after its head ('the sanctions Canada imposed on Paraguay',
lang/en/act_inner_relatives). Negative rows: no subject of its own, a pronoun subject, a verb of saying. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, actors, receivers", [
    ("우루과이는 캐나다가 파라과이에 부과한 제재를 비판했다.", "SANCTION", ["CAN"], ["PRY"]),
    ("우루과이는 캐나다가 파라과이에 부과한 제재를 비판했다.", "ACCUSE", ["URY"], ["CAN"]),
    ("우루과이는 캐나다가 지난달 파라과이에 부과했던 관세를 비난했다.", "SANCTION", ["CAN"], ["PRY"]),
    ("우루과이는 캐나다가 파라과이에 가한 제재를 규탄했다.", "SANCTION", ["CAN"], ["PRY"]),
    ("우루과이는 노르웨이가 말리에 보낸 원조를 환영했다.", "AID", ["NOR"], ["MLI"]),
    ("우루과이는 노르웨이가 말리에 보낸 원조를 환영했다.", "SUPPORT", ["URY"], ["NOR"]),
    ("노르웨이 정부가 말리에 보낸 식량 원조가 수도에 도착했다.", "AID", ["NOR"], ["MLI"]),
    ("Uruguay welcomed the aid Norway sent to Mali.", "AID", ["NOR"], ["MLI"]),
    ("Uruguay welcomed the aid Norway sent to Mali.", "SUPPORT", ["URY"], ["NOR"]),
    ("Uruguay praised the humanitarian aid that Norway had sent to Mali last week.", "AID", ["NOR"], ["MLI"]),
    ("The food aid the Norwegian government sent to Mali reached the capital on Monday.", "AID", ["NOR"], ["MLI"]),
])
def test_noun_act_heading_a_relative_clause_is_its_subjects(text, kind, actors, receivers):
    found = sides(text, kind)
    assert found and sorted(found[0][0]) == actors and sorted(found[0][1]) == receivers, events(text)


@pytest.mark.parametrize("text, kind", [
    ("우루과이는 그들이 파라과이에 부과한 제재를 비판했다.", "SANCTION"),  # a pronoun subject
    ("우루과이는 캐나다가 말한 제재를 비판했다.", "SANCTION"),  # a verb of saying: no pair with the head
    ("우루과이는 파라과이에 부과한 제재를 비판했다.", "SANCTION"),  # no subject of its own
    ("우루과이는 캐나다가 검토한 원조를 환영했다.", "AID"),  # a verb that sends nothing
    ("Uruguay welcomed the aid Norway discussed with Mali.", "AID"),  # a verb that sends nothing
    ("Uruguay welcomed the aid Norway said was needed in Mali.", "AID"),  # a verb of saying
])
def test_no_own_subjects_act_without_the_clause(text, kind):
    assert not sides(text, kind), events(text)


def test_pronoun_subject_leaves_the_act_to_the_sentence():
    """'the aid it sent to Mali': the pronoun stands for the sentence's own subject; no other state sends it."""
    text = "Uruguay welcomed the aid it sent to Mali."
    assert all(actors in ([], ["URY"]) for actors, _ in sides(text, "AID")), events(text)

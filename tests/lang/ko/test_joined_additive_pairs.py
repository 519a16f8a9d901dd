"""Korean acts: two states joined by 과/와 before the additive 도 ('A와 B도 ... 규탄했다'; lang/ko/clauses.joined_pair,
lang/ko/particle_roles.coordinating_with). Kiwi tags that 와 as the comitative (JKB), so A was read as a partner or the
act's other side, and with a relative clause before the object ('[...를 해치는] 시도를') neither state was the subject.
A list opened by 과/와 and closed by 등 before its 도 word ('A와 B·C 등 이웃 나라들도') is read the same way.
Both act. Each row is a sentence we wrote for the test, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

PUB = date(2024, 5, 22)
STORY = "과테말라 수도에서 21일 군 일부의 쿠데타 시도가 벌어졌다. "


def sides(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return event_sides(text, PUB)


# sentence, type, the joined states (both act), the receiving state
JOINED = [
    (STORY + "온두라스와 파나마도 쿠데타 시도를 규탄했다.", "ACCUSE", {"HND", "PAN"}, "GTM"),
    (STORY + "온두라스와 파나마도 민주주의를 해치는 시도를 강하게 규탄했다.", "ACCUSE", {"HND", "PAN"}, "GTM"),
    (STORY + "멕시코와 엘살바도르·벨리즈 등 이웃 나라들도 민주주의를 해치는 시도를 비난했다.", "ACCUSE",
     {"MEX", "SLV", "BLZ"}, "GTM"),
    (STORY + "코스타리카와 파나마도 헌정 질서를 위협하는 시도를 비난했다.", "ACCUSE", {"CRI", "PAN"}, "GTM"),
]


@pytest.mark.parametrize("text,type_,actors,recipient", JOINED)
def test_pair_joined_before_additive_both_act(text, type_, actors, recipient):
    found = sides(text)
    assert any(t == type_ and actors <= acting and recipient in received for t, acting, received in found), found
    assert not any(t == type_ and received & actors for t, acting, received in found), found


# negative: with a topic before it, 'A와 B도' is what the topic meets, not a second subject
def test_pair_after_a_topic_stays_the_other_party():
    found = sides("멕시코 외교장관은 22일 온두라스와 파나마도 만났다.")
    assert any(t == "CONSULT" and "MEX" in acting | received and {"HND", "PAN"} & (acting | received)
               for t, acting, received in found), found


# negative: 과/와 before a common noun with 도 ('협상도') joins no second state
def test_joined_common_noun_is_no_subject():
    found = sides(STORY + "온두라스는 파나마와 협상도 진행했다.")
    assert not any("PAN" in acting and "HND" not in acting for t, acting, received in found), found

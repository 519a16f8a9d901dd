"""The first subject of a sentence with no topic asks or warns (ko48): in 'A가 B에 [도발을 중단할 것을] 촉구했다' Korean
names the one who asks first, the one asked (에/에게) after it, and the content last, so A is no subject of the
content and B is asked; a clause A joins before the one asked ('A가 B의 X를 비판하며 B에 ... 촉구했다') is A's own
act, not part of the content; and a relative clause of a gathering being held ('A가 [X에서 열린] 회의에서') has no
subject of its own to take A from the sentence. Every sentence is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("에콰도르 대통령이 콜롬비아에 국경 도발을 중단할 것을 촉구했다.", "REQUEST", {"ECU"}, {"COL"}),
    ("에콰도르 외교부가 콜롬비아에 어선 나포를 멈춰 줄 것을 요청했다.", "REQUEST", {"ECU"}, {"COL"}),
    ("에콰도르 정부가 콜롬비아에 국경 부대를 철수하라고 요구했다.", "REQUEST", {"ECU"}, {"COL"}),
    ("에콰도르 국방부가 콜롬비아에 추가 도발을 하지 말라고 경고했다.", "THREATEN", {"ECU"}, {"COL"}),
])
def test_the_first_subject_asks_the_side_named_after_it(text, type_, actors, recipients):
    assert (actors, recipients) in sides(text, type_)


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("에콰도르 대통령이 콜롬비아의 어업 협정 위반을 비판하며 콜롬비아에 이를 즉각 중단할 것을 촉구했다.",
     "ACCUSE", {"ECU"}, {"COL"}),
    ("에콰도르 대통령이 콜롬비아의 어업 협정 위반을 비판하며 콜롬비아에 이를 즉각 중단할 것을 촉구했다.",
     "REQUEST", {"ECU"}, {"COL"}),
    ("에콰도르 외교장관이 콜롬비아 대사를 만나고 콜롬비아에 협상 복귀를 요구했다.", "REQUEST", {"ECU"}, {"COL"}),
])
def test_a_clause_joined_before_the_one_asked_is_the_askers_own(text, type_, actors, recipients):
    assert (actors, recipients) in sides(text, type_)


def test_the_content_joined_after_the_one_asked_is_still_asked():
    text = "에콰도르 대통령은 콜롬비아가 휴전에 합의하고 포로를 석방할 것을 촉구했다."
    assert sides(text, "REQUEST") and not sides(text, "AGREE")


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("에콰도르 대통령이 어제 키토에서 열린 정상회의에서 콜롬비아의 국경 도발을 비판했다.", "ACCUSE", {"ECU"}, {"COL"}),
    ("에콰도르 외교장관이 리마에서 개최된 회의에서 콜롬비아에 철군을 촉구했다.", "REQUEST", {"ECU"}, {"COL"}),
])
def test_a_subject_before_a_held_gathering_is_the_sentences(text, type_, actors, recipients):
    assert (actors, recipients) in sides(text, type_)

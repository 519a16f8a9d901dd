"""Korean acts. Each row is a sentence we wrote for the test (not a batch's, not the eval's), read through the whole
pipeline: the (actors, recipients) of each event of a type.

Formerly tests/lang/test_ko_sides29.py, classes first read by session 22, ko-acts29: who did what to whom, round 3
(docs/history.md)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.ko.act_rows import PUB


def sides(text: str, type_: str) -> list[tuple[set[str], set[str]]]:
    """The (actors, recipients) of each event of `type_` the text states."""
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=PUB).events if e.type == type_]


# 1. A tit-for-tat expulsion told in the sentence of the expulsion it answers ('A가 B 외교관을 추방하자 B는
# 맞추방으로 대응했다'): it expels the first expulsion's subject (act_answers.expeller_in_sentence; `target_before`
# keeps pipeline/acts.unjudged from taking that subject for a judge of the noun act).
TIT_FOR_TAT_SAME_SENTENCE = [
    ("몰도바 정부가 루마니아 외교관 1명을 추방하자 루마니아는 곧 맞추방으로 응수했다.", {"ROU"}, {"MDA"}),
    ("조지아가 아제르바이잔 외교관 2명을 추방하자 아제르바이잔 외무부는 맞추방으로 대응했다.", {"AZE"}, {"GEO"}),
    ("지난주 세네갈이 말리 외교관 4명을 추방하자 말리도 이틀 만에 맞추방으로 맞섰다.", {"MLI"}, {"SEN"}),
]


@pytest.mark.parametrize("text,actors,recipients", TIT_FOR_TAT_SAME_SENTENCE)
def test_tit_for_tat_in_the_same_sentence_answers_the_first_expeller(text, actors, recipients):
    found = sides(text, "SANCTION")
    assert (actors, recipients) in found
    assert (recipients, actors) in found  # the first expulsion keeps its own sides


def test_tit_for_tat_naming_its_own_target_keeps_it():
    """Negative: a tit-for-tat that names whom it expels ('가나 외교관을 맞추방') keeps that state, not the first
    expeller's."""
    found = sides("토고가 베냉 외교관을 추방하자 베냉은 가나 외교관도 맞추방했다.", "SANCTION")
    assert all("TGO" not in r for a, r in found if a == {"BEN"})


def test_expulsion_without_tit_for_tat_is_unchanged():
    """Negative: two plain expulsions in one sentence keep their own objects."""
    found = sides("토고가 베냉 외교관을 추방하자 베냉도 토고 외교관을 추방했다.", "SANCTION")
    assert ({"TGO"}, {"BEN"}) in found and ({"BEN"}, {"TGO"}) in found


# 2. A measure named as what a request asks another to join ('B에 대이란 제재에 동참해 달라고 요청'): asked, not
# imposed by the asker (act_joined_measures.asked_to_join; lexicon asked_to_join_re); the REQUEST keeps its sides.
ASKED_TO_JOIN = [
    "네덜란드 총리는 회담에서 인도네시아에 대이란 제재에 동참해 줄 것을 촉구했다.",
    "핀란드 외교장관은 베트남에 대이란 제재에도 참여해 달라고 요청했다.",
    "덴마크 총리는 멕시코 정부에 대이란 제재에 동참하도록 요청했다.",
]


@pytest.mark.parametrize("text", ASKED_TO_JOIN)
def test_a_measure_asked_to_join_is_no_sanction_by_the_asker(text):
    assert sides(text, "SANCTION") == []
    assert len(sides(text, "REQUEST")) == 1


def test_a_measure_imposed_before_a_request_stays():
    """Negative: a sanction the sentence says one imposed keeps its event though a request follows it."""
    found = sides("캐나다 정부는 이란 혁명수비대에 대한 제재를 발표하고 동맹국들에 동참을 요청했다.", "SANCTION")
    assert found and all("CAN" in a for a, _r in found)

"""Meeting classes of consult10, in both languages (our own sentences and names):
- leaders listed before 등 and a plural group of leaders ('A와 B 등 G7 정상들은 화상회의를 열었다') all hold the
  meeting, as 'The leaders of the G7, including A and B, held a video call' does;
- names listed in an appositive after a plural subject ('The foreign ministers of the three countries, A, B and C,
  said ...') are the subjects a later 'the three ministers' counts; Korean '3국 외무장관은' is that group word
  (not three states);
- a mediator is a party of the talks it brokers ('..., mediated by C', '회담은 C가 중재했다'), told in the
  meeting's sentence or in one that refers back to it."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def meetings(text: str, published: str = "2022-03-04") -> list[set[str]]:
    return [{p.name for p in e.participants} for e in extract_text(text, published=published).events
            if e.type == "CONSULT"]


@pytest.mark.parametrize("text,expected", [
    ("조 바이든 미국 대통령과 올라프 숄츠 독일 총리 등 주요 7개국(G7) 정상들은 이날 화상회의를 열었다.",
     {"Joe Biden", "Olaf Scholz"}),
    ("조 바이든 미국 대통령과 올해 의장국인 독일의 올라프 숄츠 총리 등 G7 정상들은 이날 화상회의를 열었다.",
     {"Joe Biden", "Olaf Scholz"}),
    ("The leaders of the Group of Seven, including Joe Biden and Olaf Scholz, held a video call on Thursday.",
     {"Joe Biden", "Olaf Scholz"}),
])
def test_leaders_listed_in_a_group_hold_the_meeting(text, expected):
    assert expected in meetings(text)


@pytest.mark.parametrize("text", [
    "The foreign ministers of the three countries, Ann Linde, Pekka Haavisto and Liz Truss, said in a joint "
    "statement that they would act. The three ministers informed Russian Foreign Minister Sergei Lavrov of the "
    "decision in a phone call earlier on Thursday.",
    '"We will not wait," the foreign ministers of the three countries, Ann Linde, Pekka Haavisto and Liz Truss, '
    "said in a joint statement. The three ministers informed Russian Foreign Minister Sergei Lavrov of the decision "
    "in a phone call earlier on Thursday, diplomats said.",
])
def test_appositive_list_after_a_plural_subject_counts_for_the_group_word(text):
    assert {"Ann Linde", "Pekka Haavisto", "Liz Truss", "Sergey Lavrov"} in meetings(text)


def test_korean_three_foreign_ministers_are_the_officials_named():
    text = ("페카 하비스토 핀란드 외무장관과 안 린데 스웨덴 외무장관, 리즈 트러스 영국 외무장관은 이날 공동성명을 내고 "
            "\"러시아를 규탄한다\"고 밝혔다. 3국 외무장관은 발표에 앞서 이날 세르게이 라브로프 러시아 외무장관과 통화했다.")
    found = meetings(text)
    assert any({"Liz Truss", "Sergey Lavrov"} <= m and len(m) == 4 for m in found)


def test_a_list_after_a_preposition_is_no_subject():
    """'Talks between the delegations, A and B, ended': the list is not after a plural subject opening the clause."""
    found = extract_text("Talks between the delegations, Ann Linde and Pekka Haavisto, ended.",
                         published="2022-03-04").mentions
    assert [m.role for m in found if m.surface == "Pekka Haavisto"] == ["other"]


@pytest.mark.parametrize("text,expected", [
    ("Peru's Pedro Castillo and Chile's Gabriel Boric held talks in Lima on Thursday, mediated by Argentine "
     "President Alberto Fernandez and Ecuador's President Guillermo Lasso.",
     {"Pedro Castillo", "Gabriel Boric", "Alberto Fernández", "Guillermo Lasso"}),
    ("Pedro Castillo and Gabriel Boric held talks in Lima on Thursday. The talks were mediated by Argentine "
     "President Alberto Fernandez.",
     {"Pedro Castillo", "Gabriel Boric", "Alberto Fernández"}),
    ("페드로 카스티요 페루 대통령과 가브리엘 보리치 칠레 대통령은 4일 리마에서 회담했다. 회담은 알베르토 페르난데스 "
     "아르헨티나 대통령이 중재했다.",
     {"Gabriel Boric", "Alberto Fernández"}),
])
def test_mediators_are_parties_of_the_talks(text, expected):
    found = meetings(text)
    assert len(found) == 1 and expected <= found[0]

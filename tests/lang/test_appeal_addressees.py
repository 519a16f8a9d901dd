"""Who an appeal to 'both sides' asks, who a listed group of states with a region word is, and whom a refusal of 'it'
answers, in both languages. Each row is a text we wrote, through the whole pipeline: the type, acting and receiving
states and status it states (status None: no event of the type).

Formerly tests/lang/test_req10_addressees.py; classes first read as "req10 (issues 13, 15)" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 3, 5)

ROWS = [
    # an appeal to 'both sides' with no conflict act told: the pair its sentence (or the calls it reports) names
    ("브라질 외교장관은 4일 성명을 내고 칠레, 페루 외교장관과 각각 통화했다며 양측에 자제를 촉구했다.",
     "REQUEST", {"BRA"}, {"CHL", "PER"}, "occurred"),
    ("가나 대통령은 4일 성명을 내고 말리, 니제르 정상과 각각 통화했다며 \"양측에 대화를 촉구했다\"고 밝혔다.",
     "REQUEST", {"GHA"}, {"MLI", "NER"}, "occurred"),
    ("Brazil's foreign minister said on Monday he spoke separately with the foreign ministers of Chile and Peru "
     "and urged both sides to exercise restraint.", "REQUEST", {"BRA"}, {"CHL", "PER"}, "occurred"),
    ("Ghana's president said he had spoken separately with the leaders of Mali and Niger and urged the two sides "
     "to resume talks.", "REQUEST", {"GHA"}, {"MLI", "NER"}, "occurred"),
    # a list of states closed by 등 and a region word before their count acts as the listed states
    ("노르웨이와 덴마크, 스웨덴 등 북유럽 3개국은 4일 칠레를 비난했다.", "ACCUSE", {"NOR", "DNK", "SWE"}, {"CHL"},
     "occurred"),
    # an ultimatum by such a list, with the condition between: THREATEN by the list to the one warned
    ("노르웨이와 덴마크, 스웨덴 등 북유럽 3개국은 4일 칠레가 열흘 안에 협상에 복귀하지 않으면 대사를 소환하겠다며 "
     "최후통첩을 보냈다.", "THREATEN", {"NOR", "DNK", "SWE"}, {"CHL"}, "occurred"),
    ("Norway, Denmark and Sweden on Monday issued an ultimatum to Chile to return to talks within ten days.",
     "THREATEN", {"NOR", "DNK", "SWE"}, {"CHL"}, "occurred"),
    # a refusal of 'it' in an interview answers the ultimatum's senders, not the outlet's state
    ("노르웨이와 덴마크는 4일 칠레에 최후통첩을 보냈다. 그러나 칠레 대통령은 5일 방송된 독일 ZDF와의 인터뷰에서 "
     "\"누구도 우리에게 최후통첩을 할 수 없다\"며 이를 거부했다.", "REJECT", {"CHL"}, {"NOR", "DNK"}, "occurred"),
    ("페루는 4일 볼리비아에 대화를 제안했다. 볼리비아 대통령은 5일 이를 단호히 거부했다.", "REJECT", {"BOL"}, {"PER"},
     "occurred"),
    ("Norway and Denmark on Monday issued an ultimatum to Chile to return to talks within ten days. Chile's president "
     "rejected the ultimatum in an interview with German broadcaster ZDF on Tuesday.", "REJECT", {"CHL"},
     {"NOR", "DNK"}, "occurred"),
    # an appeal to the member states of the body whose session the speaker addressed: the body, not the state discussed
    ("Brazil's foreign minister told a special session of the Organization of American States on Thursday that the "
     "crisis must end and called on all member states to recognize Bolivia's new government.", "REQUEST", {"BRA"},
     {"IGO"}, "occurred"),
    ("Chile's president told an emergency meeting of the African Union that the war must end and called on its member "
     "states to send aid to Sudan.", "REQUEST", {"CHL"}, {"IGO"}, "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,status", ROWS)
def test_each_row_states_its_addressees(text, type_, actors, recipients, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status)


@pytest.mark.parametrize("text", [
    "브라질 외교장관은 4일 칠레 외교장관과 통화했다며 양측에 자제를 촉구했다.",  # one state named: no pair
    "Brazil's foreign minister spoke with his Chilean counterpart on Monday and urged both sides to exercise restraint.",
])
def test_one_state_is_no_pair(text):
    """'Both sides' with only one state named besides the actor: no pair to ask (the one met is not both sides)."""
    found = [e for e in extract_text(text, published=PUB).events if e.type == "REQUEST"]
    assert not [e for e in found if {p.country for p in e.recipients} == {"CHL"}]


def test_pronoun_refusal_of_a_proposal_in_its_own_sentence_answers_that_one():
    """'A는 ...를 요구했지만 B는 이를 거부했다': the refusal answers the request of its own sentence, not the story's last
    (one reader of a pronoun refusal: act_answers.bare_rejections, its `told` group)."""
    text = "페루는 4일 볼리비아에 대화를 제안했다. 칠레는 5일 볼리비아에 협상 복귀를 요구했지만 볼리비아는 이를 거부했다."
    assert_act(extract_text(text, published=PUB).events, "REJECT", {"BOL"}, {"CHL"}, "occurred")

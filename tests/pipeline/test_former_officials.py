"""A former head of state or official belongs to the state of the office (actors61): an owner's possessive before a
tenure word and a lower-case title keeps the chain ("Peru's former president X", "Chile's outgoing prime minister
Y": lang/en/mentions.py title_first, TENURE); 'his predecessor, X' holds the office and state of the one he
follows (lang/en/mentions.predecessors, pipeline/mentions.predecessor_of); a former holder titled with no state ('Former president X', 'X 전
대통령') is the story's state's: the lead's, else the one state of the places told before, else a dateline's that
tells where the news happens (pipeline/mentions.story_state_given); a former official's sector is PLOVER's ELI.
Our own sentences and invented people; negatives: no state placed, places of two states, a home desk, a Korean name."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

ROWS = {  # (text, the accuser's state, its sector)
    "owner_before_tenure": [
        ("Ecuador's former president Ramiro Velasteguí on Monday accused Colombia of meddling.", "ECU", "ELI"),
        ("Bolivia's ex-president Ramiro Velasteguí on Tuesday accused Chile of spying.", "BOL", "ELI"),
        ("Uruguay's outgoing president Ramiro Velasteguí on Monday accused Argentina of meddling.", "URY", "GOV"),
    ],
    "predecessor_of_a_holder": [  # 'his predecessor, X': the office and state of the one he follows
        ("Ecuadorian President Lucía Arteaga took office on Sunday. Her predecessor, Ramiro Velasteguí, on Monday "
         "accused Colombia of meddling.", "ECU", "ELI"),
        ("Bolivian President Lucía Arteaga said on Tuesday that her predecessor Ramiro Velasteguí had accused Chile "
         "of spying.", "BOL", "ELI"),
        # actors62: Korean '그의 전임자인 X', '전임자 X는' (lang/ko/predecessors.py)
        ("에콰도르의 루시아 아르테아가 대통령은 10일 취임했다. 그의 전임자인 라미로 벨라스테기는 11일 콜롬비아를 "
         "비난했다.", "ECU", "ELI"),
        ("볼리비아의 루시아 아르테아가 대통령은 10일 취임했다. 전임자 라미로 벨라스테기는 11일 칠레를 비난했다.",
         "BOL", "ELI"),
    ],
    "former_in_a_placed_story": [
        ("Protests erupted in Quito on Sunday. Former president Ramiro Velasteguí on Monday accused Colombia of "
         "meddling.", "ECU", "ELI"),
        ("LA PAZ (Reuters) - Former president Ramiro Velasteguí on Monday accused Chile of spying.", "BOL", "ELI"),
        ("(서울=연합뉴스) 키토에서 반정부 시위가 이어졌다. 라미로 벨라스테기 전 대통령은 9일 콜롬비아가 내정에 "
         "간섭한다고 비난했다.", "ECU", "ELI"),
        ("볼리비아에서 반정부 시위가 이어졌다. 라미로 벨라스테기 전 대통령은 9일 칠레가 내정에 간섭한다고 비난했다.",
         "BOL", "ELI"),
    ],
}


@pytest.mark.parametrize("text, state, sector", class_rows(ROWS))
def test_a_former_holder_is_of_the_offices_state(text, state, sector):
    first = first_of(events(text), type="ACCUSE")
    assert [(p.country, p.sector) for p in first.participants] == [(state, sector)], \
        [(p.country, p.sector) for p in first.participants]


@pytest.mark.parametrize("text", [
    # placed nowhere: no state
    "Former president Ramiro Velasteguí on Monday accused Colombia of meddling.",
    # a predecessor of no one named: no office, no state
    "Her predecessor, Ramiro Velasteguí, on Monday accused Colombia of meddling.",
    "그의 전임자인 라미로 벨라스테기는 11일 콜롬비아를 비난했다.",
    # a home desk's dateline tells where the story was written, not the former office
    "(서울=연합뉴스) 라미로 벨라스테기 전 대통령은 9일 콜롬비아가 내정에 간섭한다고 비난했다.",
    # places of two states before it and no lead state: left open
    "Talks opened in Quito and Caracas on Sunday. Former president Ramiro Velasteguí on Monday accused Colombia of "
    "meddling.",
])
def test_a_holder_no_story_places_gets_no_state(text):
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert not any(p.country not in (None, "COL") for e in found for p in e.participants), \
        [[p.country for p in e.participants] for e in found]


def test_a_korean_former_holder_abroad_is_no_foreign_states():
    text = "볼리비아에서 반정부 시위가 이어졌다. 홍길순 전 장관은 9일 칠레가 내정에 간섭한다고 비난했다."
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert not any("BOL" in [p.country for p in e.participants] for e in found), found


def test_a_korean_predecessor_noun_with_no_name_is_no_person():
    """'전임자를 비난했다': the noun with a particle names no one after it (actors62)."""
    text = "에콰도르의 루시아 아르테아가 대통령은 10일 전임자를 비난했다."
    found = [e for e in events(text) if e.type == "ACCUSE"]
    assert all(p.sector != "ELI" for e in found for p in e.participants + e.recipients), found

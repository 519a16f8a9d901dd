"""An opposition (party, leader, lawmakers) or people judging their own government: the one rule of
pipeline/act_own_government.py (the acting non-state part and the government it addresses are the same state, X ->
X), read by the government noun of its object (`own_government_object`), by its target slot (`people_own_state`) or by
the government named after it (`own_government`), in both languages; a bare '정부' told as the subject of the charge
is the opposition's own government too (lang/ko/home_words.governed_people_government). Negatives: an opposition
judging a foreign government keeps that one; a state body judging a bare government gets no own state. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import first_of

OWN_GOVERNMENT = {  # (sentence, type, actors, recipients)
    "a leader": [
        ("The Venezuelan opposition leader sharply criticized the government on Monday.", "ACCUSE", {"VEN"}, {"VEN"}),
        ("베네수엘라 야당 지도자는 정부를 강하게 비판했다.", "ACCUSE", {"VEN"}, {"VEN"}),
    ],
    "a party": [
        ("Kenya's main opposition party rejected the government's budget on Monday.", "REJECT", {"KEN"}, {"KEN"}),
        ("케냐 제1야당은 정부의 예산안을 거부했다.", "REJECT", {"KEN"}, {"KEN"}),
    ],
    "lawmakers": [
        ("Opposition lawmakers in Zambia accused the government of rigging the vote.", "ACCUSE", {"ZMB"}, {"ZMB"}),
        ("볼리비아 야당 의원들은 정부를 강하게 비판했다.", "ACCUSE", {"BOL"}, {"BOL"}),
        ("잠비아 야당 의원들은 정부가 선거를 조작했다고 비난했다.", "ACCUSE", {"ZMB"}, {"ZMB"}),
    ],
    "a foreign government stays": [
        ("The Bolivian opposition leader criticized the Chilean government on Monday.", "ACCUSE", {"BOL"}, {"CHL"}),
        ("볼리비아 야당 지도자는 칠레 정부를 비판했다.", "ACCUSE", {"BOL"}, {"CHL"}),
    ],
}


@pytest.mark.parametrize("text, type_, actors, recipients", class_rows(OWN_GOVERNMENT))
def test_opposition_judges_its_own_government(extract, text, type_, actors, recipients):
    first = first_of(extract(text).events, type=type_)
    assert countries(first.participants) == actors and countries(first.recipients) == recipients
    if actors == recipients:  # the critics' sector acts, the government receives
        assert {p.sector for p in first.participants} <= {"OPP", "PTY"}
        assert {p.sector for p in first.recipients} == {"GOV"}


@pytest.mark.parametrize("text", [
    "The Czech foreign minister sharply criticized the government on Monday.",
    "체코 외무장관은 기자회견에서 정부를 강하게 비판했다.",
])
def test_a_state_body_judging_a_government_is_no_opposition(extract, text):
    for e in extract(text).events:
        assert not (e.type == "ACCUSE" and countries(e.participants) == countries(e.recipients))


PEOPLE_BY_THEIR_STATE = {  # (sentence, actors, recipients): sanction56, protesters named by their state's adjective
    "a strike": [
        ("Uruguayan unions declared a general strike on Monday against the pension reform.", {"URY"}, {"URY"}),
        ("Ghanaian nurses began an indefinite strike on Monday.", {"GHA"}, {"GHA"}),
    ],
    "a rally": [
        ("Thousands of Paraguayans rallied in Asuncion against the water law on Tuesday.", {"PRY"}, {"PRY"}),
        ("우루과이 시민 수천 명이 10일 몬테비데오에서 연금 개혁에 반대하는 시위를 벌였다.", {"URY"}, {"URY"}),
    ],
    "a foreign state stays": [
        ("Hundreds of protesters gathered outside the Turkish embassy in Athens on Monday.", {"GRC"}, {"TUR"}),
    ],
}


@pytest.mark.parametrize("text, actors, recipients", class_rows(PEOPLE_BY_THEIR_STATE))
def test_people_protest_their_own_government_whatever_word_names_them(extract, text, actors, recipients):
    """(sanction56) Their state's adjective gives the people's own sector to both sides ('Uruguayan unions': LAB), so
    the government read as the recipient was one party with them and was dropped: it receives as the government."""
    first = first_of(extract(text).events, type="PROTEST")
    assert countries(first.participants) == actors and countries(first.recipients) == recipients
    if actors == recipients:
        assert {p.sector for p in first.recipients} == {"GOV"}

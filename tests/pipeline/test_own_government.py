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
    found = [e for e in extract(text).events if e.type == type_]
    assert found, [(e.type, countries(e.participants)) for e in extract(text).events]
    assert countries(found[0].participants) == actors and countries(found[0].recipients) == recipients
    if actors == recipients:  # the critics' sector acts, the government receives
        assert {p.sector for p in found[0].participants} <= {"OPP", "PTY"}
        assert {p.sector for p in found[0].recipients} == {"GOV"}


@pytest.mark.parametrize("text", [
    "The Czech foreign minister sharply criticized the government on Monday.",
    "체코 외무장관은 기자회견에서 정부를 강하게 비판했다.",
])
def test_a_state_body_judging_a_government_is_no_opposition(extract, text):
    for e in extract(text).events:
        assert not (e.type == "ACCUSE" and countries(e.participants) == countries(e.recipients))

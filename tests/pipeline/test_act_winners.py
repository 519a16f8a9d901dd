"""(congrats50) A congratulation or an election conceded naming no state goes to the state whose election the lead
tells (pipeline/act_winners.py; the language marks the act words `to_winner`). Articles we wrote for the test."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

PUB = date(2025, 8, 14)
LEAD_EN = "Zambia's Mwale wins presidency as leaders send congratulations\n\n" \
          "Peter Mwale won Zambia's presidential election, according to results announced on Wednesday.\n\n"
LEAD_KO = "잠비아 대선서 야권 후보 음왈레 당선 확실\n\n잠비아 대선에서 야권 후보 피터 음왈레가 당선을 확정했다.\n\n"

ROWS = [
    (LEAD_EN + "The Kenyan president congratulated the president-elect on Thursday.", "SUPPORT", {"KEN"}, {"ZMB"}),
    (LEAD_EN + "The Kenyan opposition leader also congratulated the winner on Thursday.", "SUPPORT", {"KEN"}, {"ZMB"}),
    # the outgoing leader congratulating his successor: the state's own act, its winner a party's (X -> X)
    (LEAD_EN + "Outgoing Zambian President Edgar Banda also congratulated the winner on Thursday.", "SUPPORT", {"ZMB"},
     {"ZMB"}),
    (LEAD_KO + "케냐 대통령은 14일 엑스를 통해 음왈레 당선인에게 축하를 전했다.", "SUPPORT", {"KEN"}, {"ZMB"}),
    (LEAD_KO + "탄자니아 외교부는 14일 성명을 내고 음왈레 당선인을 축하했다.", "SUPPORT", {"TZA"}, {"ZMB"}),
    # negatives: a recipient the sentence names stays; a lead naming two states names no election's state
    (LEAD_EN + "The Kenyan president congratulated the Tanzanian president on Thursday.", "SUPPORT", {"KEN"}, {"TZA"}),
    ("Floods hit Zambia and Malawi\n\nFloods hit Zambia and Malawi on Wednesday.\n\n"
     "The Kenyan president congratulated the rescuers on Thursday.", "SUPPORT", {"KEN"}, set()),
    # negative: an act of another kind naming no one is not sent to the lead's state
    (LEAD_EN + "The Kenyan president praised the rescuers on Thursday.", "SUPPORT", None, None),
]


@pytest.mark.parametrize("text,type_,actors,recipients", ROWS)
def test_congratulation_goes_to_the_election_state(text, type_, actors, recipients):
    found = [e for e in extract_text(text, published=PUB).events if e.type == type_]
    if actors is None:
        assert all(not {p.country for p in e.recipients} for e in found), found
        return
    assert found
    assert {p.country for p in found[0].participants} >= actors
    assert {p.country for p in found[0].recipients} == recipients


# The loser conceding, named by no state word ('Banda had already conceded defeat', '반다 전 총리는 ... 승리를
# 인정했다'): the election's own candidate, so its state's act to its winner (X -> X, `conceder_state`). A
# congratulation by someone of no state is not given the election's state: it comes from abroad as often.
CONCEDERS = [
    (LEAD_EN + "Banda conceded defeat on Sunday in a televised address.", "CONCEDE", {"ZMB"}),
    (LEAD_KO + "여당 후보인 에드거 반다 전 총리는 13일 성명을 내고 음왈레 후보의 승리를 인정했다.", "CONCEDE", {"ZMB"}),
    (LEAD_EN + "Banda congratulated Mwale in a statement on Monday.", "SUPPORT", None),
]


@pytest.mark.parametrize("text,type_,state", CONCEDERS)
def test_stateless_loser_concedes_for_the_election_state(text, type_, state):
    found = [e for e in extract_text(text, published=PUB).events if e.type == type_]
    if state is None:
        assert not found, found
        return
    assert found and {p.country for p in found[0].participants} == state
    assert {p.country for p in found[0].recipients} == state

"""encoup49b: coups left open (issue 15). Our own sentences.

- Armed men of no state named who oust or depose a leader act for the leader's own state: 'Army officers ousted the
  president of X', 'Soldiers deposed the president of X', '군 장교들이 X 대통령을 축출했다' are X's ASSAULT on X
  (pipeline/ousted_states, after the act_actor_defaults fallbacks). Lawmakers, voters or an ouster from a party
  stay no coup.
- The passive reads its by-phrase: 'The president of X was ousted by soldiers', '... was deposed by army officers' are X's
  ASSAULT on X (lang/en/act_armed_ousters.passive_armed_agent, ousted_states.ousted_by_armed_men); 'was ousted by
  lawmakers', 'was ousted from the party' are none.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

STATELESS_OUSTERS = [
    # (text, the ousted leader's state: actor and recipient)
    ("Army officers ousted the president of Mali on Friday.", "MLI"),
    ("Soldiers deposed the president of Mali early on Friday.", "MLI"),
    ("Officers ousted the president of Benin before dawn on Friday.", "BEN"),
    ("Mutinous soldiers removed the prime minister of Guinea overnight.", "GIN"),
    ("군 장교들이 말리 대통령을 축출했다.", "MLI"),
    ("군인들이 5일 베냉 대통령을 축출했다.", "BEN"),
]


@pytest.mark.parametrize("text,state", STATELESS_OUSTERS)
def test_soldiers_of_no_state_named_oust_their_own_state_s_leader(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]
    assert all("pro_autocracy" in e.contexts for e in events(text) if e.type == "ASSAULT")


NOT_COUPS = [
    "Lawmakers ousted the president of Mali in an impeachment vote on Friday.",
    "Voters ousted the president of Benin in an election on Sunday.",
    "The ruling party ousted the prime minister of Guinea from the party on Friday.",
    "의원들이 탄핵 표결로 말리 대통령을 축출했다.",
    "유권자들은 선거로 베냉 대통령을 몰아냈다.",
]


@pytest.mark.parametrize("text", NOT_COUPS)
def test_an_ouster_by_vote_or_from_a_party_is_no_coup_on_its_own_state(text):
    assert not [s for s in sides(text, "ASSAULT") if s[0] == s[1]]


PASSIVE_OUSTERS = [
    ("The president of Mali was ousted by soldiers on Friday.", "MLI"),
    ("The president of Benin was deposed by officers on Sunday.", "BEN"),
    ("The president of Guinea was removed by troops overnight.", "GIN"),
]


@pytest.mark.parametrize("text,state", PASSIVE_OUSTERS)
def test_a_leader_ousted_by_armed_men_in_the_passive_is_their_own_state_s_coup(text, state):
    assert sides(text, "ASSAULT") == [([state], [state])]


NOT_PASSIVE_COUPS = [
    "The president of Mali was ousted by lawmakers on Friday.",
    "The prime minister of Guinea was ousted from the party on Friday.",
    "The president of Benin was removed by a vote of parliament on Friday.",
]


@pytest.mark.parametrize("text", NOT_PASSIVE_COUPS)
def test_a_leader_ousted_by_lawmakers_or_from_a_party_in_the_passive_is_no_coup(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"]

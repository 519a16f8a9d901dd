"""An act whose own object names the one met (relatives66, issue 13), with sentences of our own.

'Peru's minister met Chile's envoy and criticized Chile's fishing rules': the states a clause's meeting joins are no
target of the clause's acts (who is met is not what is judged), but a state the act's own object names again, on the
language's receiving side of the act word with no meeting word between them, is aimed at: Chile receives the
criticism ('칠레 대사를 만나 칠레의 어업 규제를 비판했다' alike; pipeline/act_recipient_readers.named_past_meeting).
Negative rows: an act naming no state after the meeting ('criticized the attack', '이번 공격을 비판했다') is aimed at no
one, not at the one met.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, doer, receiver", [
    ("Peru's minister met Chile's envoy in Lima on Monday and criticized Chile's fishing rules.", "PER", "CHL"),
    ("Ghana's president met Togo's ambassador in Accra and denounced Togo.", "GHA", "TGO"),
    ("페루 외교장관은 10일 리마에서 칠레 대사를 만나 칠레의 어업 규제를 비판했다.", "PER", "CHL"),
    ("가나 대통령은 아크라에서 토고 대사를 만나 토고를 비난했다.", "GHA", "TGO"),
])
def test_act_whose_object_names_the_one_met_is_aimed_at_it(text, doer, receiver):
    assert ([doer], [receiver]) in sides(text, "ACCUSE"), events(text)


@pytest.mark.parametrize("text", [
    "Peru's minister met Chile's envoy in Lima on Monday and criticized the attack.",
    "Ghana's president met Togo's ambassador in Accra and deplored the violence.",
    "페루 외교장관은 10일 리마에서 칠레 대사를 만나 이번 공격을 비판했다.",
])
def test_act_naming_no_state_after_the_meeting_is_not_aimed_at_the_one_met(text):
    assert not any(receivers for _, receivers in sides(text, "ACCUSE")), events(text)


@pytest.mark.parametrize("text, doer, receivers", [
    ("가나 대통령은 10일 말리, 니제르 정상과 각각 통화하고 양측에 대화를 촉구했다.", "GHA", {"MLI", "NER"}),
])
def test_group_word_after_the_meeting_is_no_name_of_the_one_met(text, doer, receivers):
    """'양측에' stands for the pair met, names neither again: the appeal still asks both (act_pairs.named_pair)."""
    assert ([doer], sorted(receivers)) in [(a, sorted(r)) for a, r in sides(text, "REQUEST")], events(text)

"""A deed a 'who' clause tells of a person whose state the text does not give (relatives66, issue 13), with
sentences of our own.

'Peru's president met foreign minister Ana Ruiz, who had criticized Chile': the relative's doer is its head person;
with no state named for her, the act's source is the person alone, a party of no state, never the sentence's
subject (pipeline/act_stateless_doers.py). A head that names a state ('Chile's foreign minister Ana Ruiz, who had
criticized Bolivia') is that state's. Korean '[칠레를 비판했던] 아나 루이스 외교장관을 만났다' must not give the
meeting's subject either. Negative rows: the main clause's act stays its subject's.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def accusations(text: str) -> list[tuple[list[tuple[str, str | None]], list[str | None]]]:
    return [([(p.name, p.country) for p in e.participants], [r.country for r in e.recipients])
            for e in events(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, person, receiver", [
    ("Peru's president met foreign minister Ana Ruiz, who had criticized Chile, in Lima on Monday.", "Ana Ruiz", "CHL"),
    ("Kenya's president received Defence Minister Abel Tesfaye, who had condemned Somalia, in Nairobi.",
     "Abel Tesfaye", "SOM"),
])
def test_stateless_person_relative_deed_is_the_persons(text, person, receiver):
    assert accusations(text) == [([(person, None)], [receiver])], events(text)


@pytest.mark.parametrize("text, doer, receiver", [
    ("Peru's president met Chile's foreign minister Ana Ruiz, who had criticized Bolivia, in Lima on Monday.",
     "CHL", "BOL"),
    ("Peru's president met foreign minister Ana Ruiz in Lima on Monday and criticized Bolivia.", "PER", "BOL"),
])
def test_head_with_a_state_or_main_clause_act_keeps_its_state(text, doer, receiver):
    found = accusations(text)
    assert found and {c for _, c in found[0][0]} == {doer} and found[0][1] == [receiver], events(text)


@pytest.mark.parametrize("text, subject", [
    ("Peru's president met foreign minister Ana Ruiz, who had criticized Chile, in Lima on Monday.", "PER"),
    ("페루 대통령은 10일 리마에서 칠레를 비판했던 아나 루이스 외교장관을 만났다.", "PER"),
])
def test_meeting_subject_is_no_critic_of_a_relative(text, subject):
    assert not any(subject in {c for _, c in actors} for actors, _ in accusations(text)), events(text)

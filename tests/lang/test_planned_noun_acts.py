"""(enriot46, issue 15) A noun act inside a plan is planned, not done: 'Latvia announced plans for the expulsion of
Lithuanian diplomats' reads as 'announced plans to expel' does (the expulsion planned, no SANCTION occurred); the noun
after a plan noun and 'for' (`plan_nouns`: plan, plans, bid, effort) takes the intent modality
(lang/en/act_modality.planned_noun). Korean '추방 계획을 발표했다' reads no occurred expulsion either. Negative rows: the noun
act announced with no plan, or after a plan noun without 'for', stays done. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def statuses(text: str, kinds: tuple[str, ...]) -> list[str]:
    return [e.status for e in events(text) if e.type in kinds]


HOSTILE = ("SANCTION", "THREATEN")


@pytest.mark.parametrize("text", [
    "Latvia announced plans for the expulsion of Lithuanian diplomats.",
    "Latvia on Friday unveiled a plan for new sanctions on Lithuania.",
    "라트비아는 리투아니아 외교관 추방 계획을 발표했다.",
])
def test_a_noun_act_inside_a_plan_is_not_done(text):
    assert "occurred" not in statuses(text, HOSTILE), events(text)


@pytest.mark.parametrize("text", [
    "Latvia announced plans for the expulsion of Lithuanian diplomats.",
    "Latvia on Friday unveiled a plan for new sanctions on Lithuania.",
])
def test_the_planned_act_is_read(text):
    assert "planned" in statuses(text, HOSTILE), events(text)


@pytest.mark.parametrize("text", [
    "Latvia announced the expulsion of Lithuanian diplomats.",
    "After its plans failed, Latvia ordered the expulsion of Lithuanian diplomats.",
    "라트비아는 리투아니아 외교관들을 추방했다.",
])
def test_a_noun_act_with_no_plan_stays_done(text):
    assert "occurred" in statuses(text, ("SANCTION",)), events(text)

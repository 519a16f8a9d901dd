"""(enrelative68) A verb of insisting before a clause with no 'that' whose verb stands in its bare form ('Ghana insisted
Togo withdraw its troops') is a demand as with 'that' (lang/en/act_insisted): the speaker's REQUEST of the clause's
subject, and the asked deed no deed of its own. Korean asks with -라고 or a must-clause ('토고가 ... 철수해야 한다고
주장했다'): the same sides. Negative rows: a past verb states a deed ('insisted Togo withdrew': Togo's RETREAT, no
REQUEST, and the speaker no side of it), and a preposition opens no clause ('insisted on talks'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Ghana insisted Togo withdraw its troops from the border.",
    "Ghana insisted Togo's army release the detained fishermen.",
    "Ghana insisted that Togo withdraw its troops from the border.",
    "가나는 토고가 국경에서 병력을 철수해야 한다고 주장했다.",
])
def test_bare_subjunctive_after_insisted_is_a_request(text):
    assert (["GHA"], ["TGO"]) in sides(text, "REQUEST"), events(text)
    assert not any("GHA" in acting for acting, _ in sides(text, "RETREAT")), events(text)


@pytest.mark.parametrize("text", [
    "Ghana insisted Togo withdrew its troops from the border.",
    "가나는 토고가 국경에서 병력을 철수했다고 주장했다.",
])
def test_past_verb_after_insisted_states_a_deed(text):
    assert not sides(text, "REQUEST"), events(text)
    retreat = sides(text, "RETREAT")
    assert retreat and retreat[0][0] == ["TGO"], events(text)


def test_preposition_after_insisted_opens_no_clause():
    text = "Ghana insisted on talks with Togo about the border."
    assert not sides(text, "REQUEST") and not sides(text, "RETREAT"), events(text)

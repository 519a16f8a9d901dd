"""(enrefuse68) A refused demand that a ruler hand power on is a refused exit (REJECT change at home), whatever the
handover's wording: 'to hand power to civilians', 'to transfer power', 'to hand power over', as 'to hand over power'
was; 'power' as a modifier ('power plants') is no exit. Korean: adverbs between the refused demand and a bare
refusing verb ('요구를 단호히 일축했다') do not part them: the refusal still answers a demand, as '요구를 일축했다'
does. Our own sentences, with rows that must not fire."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def rejects(text: str) -> list[tuple[str | None, frozenset[str], frozenset[str]]]:
    """(mode, the states of its parties, the receiving states) of each REJECT: a refusal at home has its own state
    on both sides."""
    return [(e.mode, frozenset(p.country for p in e.participants), frozenset(r.country for r in e.recipients))
            for e in events(text) if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "The Guinean junta rejected calls to hand power to civilians.",
    "Guinea's military rulers dismissed demands to transfer power to an elected government.",
    "The Guinean junta brushed aside calls to hand power over to a civilian council.",
    "기니 군정은 야권의 정권 이양 요구를 단호히 일축했다.",
])
def test_a_refused_handover_of_power_is_a_change_refused_at_home(text):
    assert ("change", frozenset({"GIN"}), frozenset({"GIN"})) in rejects(text), events(text)


@pytest.mark.parametrize("text", [
    "Ghana rejected a proposal to hand power plants to Togo.",
    "Ghana rejected calls to return the islands to Togo.",
])
def test_power_as_a_modifier_or_another_handover_is_no_exit(text):
    assert not any(mode == "change" for mode, _, _ in rejects(text)), events(text)


@pytest.mark.parametrize("text", [
    "기니 정부는 야당의 요구를 단호히 일축했다.",
    "기니 정부는 이 같은 요구를 즉각 거부했다.",
])
def test_an_adverb_before_a_bare_refusing_verb_keeps_the_demand(text):
    assert any(actors == frozenset({"GIN"}) for _, actors, _ in rejects(text)), events(text)


@pytest.mark.parametrize("text", [
    "기니 정부는 야당의 집회를 단호히 거부했다.",
])
def test_an_adverb_before_a_refusal_of_no_demand_reads_none(text):
    assert not rejects(text), events(text)

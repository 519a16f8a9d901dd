"""meet54 (issue 13): a bare head's title in a placed story is the placed state's head. 'ACCRA (Reuters) - The
president met the Togolese foreign minister' gave nothing: the English reader found the title with no state, so no
one held it, and only a sentence opening on the capital ('In Accra, the president met ...') gave its state by
another path. Rule (pipeline/placed_heads.placed_bare_head, asked by pipeline/mentions.find_mentions; its state party
by pipeline/states.placed_heads): a head of state's or government's title with no name and no state is the head of the
state the story is placed in (its places told before, else a dateline's that tells where the news happens), where the
sentence tells no visit and the document names no other state up to the title. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consult_states(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, states", [
    ("ACCRA (Reuters) - The president met the Togolese foreign minister on Tuesday.", {"GHA", "TGO"}),
    ("In Accra, the president met the Togolese envoy on Tuesday.", {"GHA", "TGO"}),
    ("Floods destroyed homes in Kumasi last week. On Tuesday the president met the Togolese foreign minister.", {"GHA", "TGO"}),
])
def test_a_bare_head_is_the_placed_states(text, states):
    assert consult_states(text) == [states], consult_states(text)


@pytest.mark.parametrize("text", [
    # the story names another state before the title: a foreign dateline's story is no office of the dateline's state
    "SEOUL (Reuters) - Togo's foreign minister arrived on Tuesday. The president met him at his office.",
    # a visit told: the head is a guest of the placed state
    "ACCRA (Reuters) - The visiting president met the Ghanaian foreign minister on Tuesday.",
    # no place at all
    "The president met the Togolese foreign minister on Tuesday.",
])
def test_no_placed_head_where_another_state_may_hold_it(text):
    # the president's state is unknown: no meeting of one known party (and never one of the dateline's state)
    assert consult_states(text) == [], consult_states(text)

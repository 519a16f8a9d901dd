"""(enfollow66) Support a subject wins from another side: 'Chile won the backing of Peru' is Peru's SUPPORT of Chile
(act_drawn_disapproval.won_support; the side after 'of'/'from' gives it, source_span). Only a past form of winning
(or a headline's present) gets it: support sought or hoped for is no act (act_sought.sought_head). Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, side", [
    ("Chile won the backing of Peru.", (["PER"], ["CHL"])),
    ("Uruguay won the support of Paraguay for its bid to host the games.", (["PRY"], ["URY"])),
    ("Ecuador earned the endorsement of Colombia last week.", (["COL"], ["ECU"])),
    ("Bolivia gained the backing of the Argentine government.", (["ARG"], ["BOL"])),
    ("Chile won the full support of Peru and Bolivia.", (["BOL", "PER"], ["CHL"])),
    ("Uruguay wins the support of Paraguay.", (["PRY"], ["URY"])),  # a headline's present
    ("Ecuador wins praise from Colombia.", (["COL"], ["ECU"])),
    ("칠레는 페루의 지지를 얻었다.", (["PER"], ["CHL"])),
    ("우루과이는 파라과이의 지지를 받았다.", (["PRY"], ["URY"])),
])
def test_support_won_is_the_givers(sentence, side):
    assert [(sorted(a), sorted(r)) for a, r in sides(sentence, "SUPPORT")] == [side]


@pytest.mark.parametrize("sentence", [
    "Chile won the election.",
    "Chile hopes to win the support of Peru.",  # sought, not got
    "Uruguay won support for its plan at home.",  # no giver named
    "Ecuador sought the backing of Colombia.",
    "Uruguay hopes to gain the backing of Paraguay.",  # CAMEO's 'gain backing' under 'to': sought
    "Ecuador is seeking to gain the backing of Colombia.",
    "칠레는 대선에서 승리했다.",
])
def test_no_support_given(sentence):
    assert sides(sentence, "SUPPORT") == []


def test_of_names_no_source_for_a_disapproval():
    assert sides("Chile drew criticism of its plan from Peru.", "ACCUSE") == [(["PER"], ["CHL"])]

"""actors56 (issue 14): a listed body's Korean name written as one word that holds a state's or a people's name is
also read spaced at that name's edge (lang/ko/organizations.listed_surfaces), never where the other part is an agent
noun (a state's central bank), leaves a two-syllable rest after the state (any bank of it) or would cut a longer
name."""
from __future__ import annotations

import pytest

from readout.lang.ko.organizations import listed_surfaces, listed_variant


@pytest.mark.parametrize("form, listed", [
    ("자유 시리아군", True),  # before the state's name
    ("티그라이 인민해방전선", True),  # after a people's name opening it
    ("카친 독립군", False),  # '독립군' is an agent noun: the people's state with its sector (REB) reads it
    ("팔레스타인 해방기구", True),
    ("한국 은행", False),  # two syllables after the state: 'Korean banks', not the central bank
    ("프랑스 중앙은행", False),  # '중앙은행' is an agent noun: the state's central bank by pattern
    ("인도 네시아중앙은행", False),  # no cut through a longer name
    ("자유시리아군", False),  # the entry's own form is no variant
])
def test_spaced_variants(form, listed):
    assert listed_variant(form) is listed


def test_variant_keeps_entry():
    assert listed_surfaces()["자유 시리아군"] == listed_surfaces()["자유시리아군"]

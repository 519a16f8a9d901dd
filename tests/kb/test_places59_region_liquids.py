"""places59 (issue 14, class 2): a Korean spelling writes every r and l of a region's name ('카불', '보르노', '로가르'),
while the consonant keys drop one closing a syllable on both sides, so a region of another state with no liquid there
sounded as close ('Gabu' for 카불) and neither was heard. Where the ㄹ stands now picks the region."""
from __future__ import annotations

import pytest

from readout.kb.region_sound import hangul_liquids, latin_liquids, region_by_sound, region_named_by_sound
from tests.event_sides import place


@pytest.mark.parametrize("word, state, name", [
    ("카불", "AFG", "Kabul"),  # Gabu (GNB): no l
    ("바빌", "IRQ", "Babil"),  # Babi (CIV)
    ("보르노", "NGA", "Borno"),  # Bono (GHA)
    ("로가르", "AFG", "Logar"),  # Rocha (URY): an r, not a final one
])
def test_region_heard_by_its_liquid(word, state, name):
    assert region_by_sound(word, exact=True) == state
    assert region_named_by_sound(word, state) == name


@pytest.mark.parametrize("word, state", [
    ("가부", "GNB"),  # no ㄹ: the region with no liquid
    ("보노", "GHA"),
    ("고르", None),  # Ghor (AFG) and Khor (QAT) both have their r there: still neither
])
def test_liquid_left_out_or_shared(word, state):
    assert region_by_sound(word, exact=True) == state


def test_named_region_by_liquid():
    """'와르다크' of Afghanistan is Wardak (its r after the first vowel), not Takhar (an r at the end)."""
    assert region_named_by_sound("와르다크", "AFG") in ("Wardak", "Wardag")


@pytest.mark.parametrize("word, latin, where", [
    ("쿠나", "Kuna", ()),
    ("카살라", "Kassala", (2,)),  # 살라: one l written twice
    ("카르발라", "Karbala", (1, 2)),
    ("로가르", "Logar", (0, 2)),
])
def test_liquid_positions_agree(word, latin, where):
    assert hangul_liquids(word) == latin_liquids(latin) == where


@pytest.mark.parametrize("text, located", [
    ("나이지리아 공군은 밤새 보르노주를 공습했다.", ("Borno", "NGA")),
    ("미군 드론이 로가르주를 폭격했다.", ("Logar", "AFG")),
])
def test_struck_region_by_liquid_ko(text, located):
    assert place(text, "ASSAULT") == located

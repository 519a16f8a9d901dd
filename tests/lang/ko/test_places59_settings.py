"""places59 (issue 14, class 5): the heard-town thresholds are settings, passed from the Korean reader to the place
readers (LanguageSettings.town_dominance, .site_stem_syllables), not module constants. Invented words and sentences."""
from __future__ import annotations

import pytest

from readout.kb.town_sound import dominant_town
from readout.lang.ko.heard_cities import korean_word
from readout.lang.ko.site_nouns import place_common_noun
from readout.settings import KOREAN


@pytest.mark.parametrize("dominance, town", [
    (3, None),  # 26,000 against 9,000: not three times the other
    (2, "Velykoselo"),  # a milder ratio hears the larger
])
def test_dominance_is_passed(dominance, town):
    assert dominant_town({"Velykoselo": 26000, "Velykosela": 9000}, dominance) == town


@pytest.mark.parametrize("syllables, common", [(2, True), (3, False)])
def test_site_stem_syllables_are_passed(syllables, common):
    """'야영지' (camp site): its verbal noun 야영 has two syllables, a common noun where two suffice."""
    settings = KOREAN.replace(site_stem_syllables=syllables)
    assert place_common_noun("야영지", settings.site_stem_syllables) is common
    assert korean_word("야영지", settings) is common


def test_korean_settings_defaults():
    assert (KOREAN.town_dominance, KOREAN.site_stem_syllables) == (3, 2)

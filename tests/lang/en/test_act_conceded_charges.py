"""(accuse59) A charge noun after a background opener and a definite determiner ('Despite the accusations', 'Amid
these allegations', 'In spite of such charges') points back at charges told before: no ACCUSE trigger, so none takes
the sides of the acts the sentence does tell. With no determiner ('amid accusations that X had ...') it may be new
and stays. Our own sentences (act_conceded_charges)."""
from __future__ import annotations

import pytest

from readout.lang.en.acts import find_acts


@pytest.mark.parametrize("text", [
    "Despite the accusations, Chilean and Peruvian commanders met on Tuesday and agreed to keep hotlines open.",
    "Amid these allegations, the two navies held a joint drill off the coast.",
    "In spite of such charges, Uruguay and Paraguay signed the river accord on Friday.",
])
def test_a_charge_told_before_is_no_new_accusation(text):
    kinds = [h.type for h in find_acts(text)]
    assert "ACCUSE" not in kinds and kinds, kinds


@pytest.mark.parametrize("text", [
    "Amid accusations that Peru had moved troops to the border, Chile recalled its envoy on Tuesday.",
    "Chile rejected the accusations on Monday.",
    "Because of the accusations, Chile recalled its envoy on Tuesday.",  # a cause: the charge may be the news
    "In view of these allegations, Peru recalled its envoy on Friday.",  # 'of' opens no concession without 'in spite'
])
def test_a_new_or_answered_charge_stays(text):
    assert "ACCUSE" in [h.type for h in find_acts(text)]

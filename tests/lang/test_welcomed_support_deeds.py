"""(pledges64) A welcome of a deed typed SUPPORT praises its doer in both languages: the language tells a judgement
('praised', 'welcomed', '높이 평가했', `Language.judges_deeds` from the lexicon's judgement_trigger_re) from a deed
('recognized the independence of X', '독립을 승인했'), and pipeline/act_welcomes.last_deed takes a SUPPORT that judges
nothing as a deed. Our own sentences; negatives: a judgement welcomed is no deed, and the welcome keeps no side."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

WELCOMED = [  # (text): Peru's deed, then Albania's welcome of it, aimed at Peru
    "Peru recognized the independence of Kosovo on Wednesday. Albania welcomed the decision.",
    "Peru formally recognized Kosovo on Wednesday. Albania welcomed the move on Thursday.",
    "페루는 12일 코소보의 독립을 승인했다. 알바니아는 이 결정을 환영했다.",
]


@pytest.mark.parametrize("text", WELCOMED)
def test_welcome_of_a_support_deed_praises_its_doer(text):
    found = [s for s in sides(text, "SUPPORT") if s[0] == ["ALB"]]
    assert found and found[0][1] == ["PER"], sides(text, "SUPPORT")


@pytest.mark.parametrize("text", [
    # negatives: what was welcomed is a judgement, no deed: the welcome receives no one
    "Peru praised Kosovo on Wednesday. Albania welcomed the decision.",
    "페루 대통령은 12일 코소보를 높이 평가했다. 알바니아는 이 결정을 환영했다.",
])
def test_welcome_of_a_judgement_has_no_recipient(text):
    found = [s for s in sides(text, "SUPPORT") if s[0] == ["ALB"]]
    assert found and found[0][1] == [], sides(text, "SUPPORT")


@pytest.mark.parametrize("lang, trigger, judges", [
    ("en", "praised", True), ("en", "welcomed", True), ("en", "expressed condolences", True),
    ("en", "recognized the independence", False), ("en", "ratified", False), ("en", "apologized", False),
    ("ko", "환영했", True), ("ko", "높이 평가했", True), ("ko", "지지를 표명했", True),
    ("ko", "독립을 승인했", False), ("ko", "사과했", False),
])
def test_judgement_triggers(lang, trigger, judges):
    from readout.api import library_pipeline
    assert library_pipeline().language(lang).judges_deeds(trigger) is judges

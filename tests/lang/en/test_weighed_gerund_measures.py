"""enactors68: a verb of weighing before a gerund that is an act of its own. 'Is considering lifting the sanctions on
X' weighs a retreat (RETREAT planned, as 'is considering easing tariffs' and Korean '제재 해제를 검토하고 있다' read),
not the threat the dictionary's 'consider' + 'sanctions' gives (lang/en/act_gerund_objects). 'Is considering
imposing sanctions on X' threatens X: the measure named after the gerund is what is weighed, governed, never a
sanction imposed (lang/en/act_walk.gerund_object). Plain 'imposed sanctions' and 'is considering sanctions' keep
their readings. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act


def read(text: str):
    return extract_text(text, published=date(2026, 7, 3)).events


@pytest.mark.parametrize("text, type_, actor, target, status", [
    ("Ghana is considering lifting the sanctions on Togo, its trade minister said.", "RETREAT", "GHA", "TGO", "planned"),
    ("Ghana is weighing lifting its embargo on Togo.", "RETREAT", "GHA", "TGO", "planned"),
    ("가나는 토고에 대한 제재 해제를 검토하고 있다.", "RETREAT", "GHA", "TGO", "planned"),
    ("Ghana is considering imposing sanctions on Togo, its trade minister said.", "THREATEN", "GHA", "TGO", "occurred"),
    # negatives: the weighed retreat threatens no one; the weighed measure is imposed on no one yet
    ("Ghana is considering lifting the sanctions on Togo, its trade minister said.", "THREATEN", "GHA", "TGO", None),
    ("Ghana is considering imposing sanctions on Togo, its trade minister said.", "SANCTION", "GHA", "TGO", None),
    # the readings without a gerund stay
    ("Ghana is considering sanctions on Togo, its trade minister said.", "THREATEN", "GHA", "TGO", "occurred"),
    ("Ghana imposed sanctions on Togo on Friday.", "SANCTION", "GHA", "TGO", "occurred"),
])
def test_gerund_after_a_verb_of_weighing(text, type_, actor, target, status):
    assert_act(read(text), type_, {actor}, {target}, status)

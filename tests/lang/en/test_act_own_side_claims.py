"""(ensubj46) A verb of claiming whose clause's subject is the speaker's own ('insisted that its troops withdrew'): a
claim about the speaker's own side, no charge (ACCUSE allege) against itself. Korean '자국군이 철수했다고 주장했다'
reads no charge either."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

OWN_SIDE_CLAIMS = [
    "Gabon insisted that its troops withdrew from the frontier.",
    "Togo claimed its soldiers had left the disputed island.",
    "The Gabonese government insisted that its navy had withdrawn from the strait.",
    "가봉은 자국군이 국경에서 철수했다고 주장했다.",
]


@pytest.mark.parametrize("text", OWN_SIDE_CLAIMS)
def test_a_claim_about_the_speakers_own_forces_is_no_charge(text):
    assert sides(text, "ACCUSE") == [], sides(text, "ACCUSE")


# negative rows: another side's forces named in the claim are still charged
OTHER_SIDE_CLAIMS = [
    ("Gabon insisted that Chad's troops had shelled the frontier town.", ["GAB"], ["TCD"]),
    ("Togo claimed that Beninese soldiers had raided a border village.", ["TGO"], ["BEN"]),
]


@pytest.mark.parametrize("text, actors, targets", OTHER_SIDE_CLAIMS)
def test_a_claim_about_another_sides_forces_is_a_charge(text, actors, targets):
    assert (actors, targets) in sides(text, "ACCUSE"), sides(text, "ACCUSE")

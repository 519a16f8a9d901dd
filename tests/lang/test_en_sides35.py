"""English act sides and triggers, session 22 round 3 (en35), on our own sentences:
- CAMEO's 'conduct operations' (190) is an assault only when the operations are not named as work of another kind:
  'conducting flight operations', 'search operations', 'rescue operations' are no ASSAULT
  (noncombat_operations_re in Language.find_acts); 'military operations' stays one."""
from __future__ import annotations

import pytest

from tests.pipeline.test_lead13_classes import events, sides


def has(text: str, kind: str, actors: set[str], recipients: set[str] | None) -> bool:
    """Whether an event of `kind` with these actors (and recipients, unless None) was read from `text`."""
    return any(set(a) == actors and (recipients is None or set(r) == recipients) for a, r in sides(text, kind))


@pytest.mark.parametrize("text", [
    "Vietnam's navy said on Monday that Chinese carrier-based fighters had been conducting flight operations near "
    "the Paracel Islands.",
    "The Indonesian coast guard said it was conducting search operations for a missing Malaysian trawler.",
    "Turkish teams carried out rescue operations in northern Syria after the earthquake.",
])
def test_noncombat_operations_are_no_assault(text):
    assert not sides(text, "ASSAULT"), sides(text, "ASSAULT")


def test_military_operations_stay_an_assault():
    text = "Sudan's army said it was conducting military operations against the rebels near Omdurman."
    assert sides(text, "ASSAULT"), sides(text, "ASSAULT")

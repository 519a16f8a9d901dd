"""(kotwins49, issues 13-15) Korean twins of classes English reads since enfix49, one section each, with rows that must
not fire:
1. refugees and captives repatriated are released (RETREAT) with the 로 state receiving; migrants stay deported
   (ko_acts.yaml: 난민 + 송환하다, @captive_noun + 송환하다 target 로).
Our own sentences (real states and cities, invented wording)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def typed(text: str) -> list[tuple[str, str | None, set, set]]:
    return [(e.type, getattr(e, "mode", None), {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text)]


def receivers(text: str, kind: str = "ASSAULT") -> list[set]:
    return [{(r.country, r.sector) for r in e.recipients} for e in events(text) if e.type == kind]


# 1. repatriation: refugees and captives released to the 로 state, migrants deported -----------------------------------

@pytest.mark.parametrize("text, found", [
    ("우간다는 포로들을 르완다로 송환했다.", ("RETREAT", "release", {"UGA"}, {"RWA"})),
    ("탄자니아는 난민 300명을 부룬디로 송환했다.", ("RETREAT", "release", {"TZA"}, {"BDI"})),
    ("Tanzania repatriated three hundred refugees to Burundi on Tuesday.", ("RETREAT", "release", {"TZA"}, {"BDI"})),
    # negative rows: migrants repatriated and refugees expelled stay deported
    ("탄자니아는 이주민 300명을 부룬디로 송환했다.", ("COERCE", "deport", {"TZA"}, {"BDI"})),
    ("탄자니아는 난민들을 부룬디로 추방했다.", ("COERCE", "deport", {"TZA"}, {"BDI"})),
])
def test_repatriated_refugees_and_captives_are_released_to_the_state_named(text, found):
    assert typed(text) == [found], typed(text)

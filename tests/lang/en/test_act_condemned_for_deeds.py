"""(relatives65) The deed told as a gerund after 'for' or 'over' following a verb of accusation ('Peru condemned Chile
for violating the treaty', 'criticized X for rejecting the plan') is what the accuser condemns, its content, as the
deed after 'accused X of' is (lang/en/act_frames.alleged_content): no act of the accused's own aimed back at the
accuser. Korean says the content in a complement or a relative clause ('칠레가 조약을 위반했다며 규탄했다',
'조약을 위반한 칠레를 규탄했다') and reads the same. Negatives: a praise's 'for' deed is no accusation's; a 'for'
after a noun that no accusing verb governs ('rejected the plan for reopening'); a noun after 'for' is not a gerund.
Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides

DAY = date(2026, 3, 12)


@pytest.mark.parametrize("text,expected", [
    ("Peru condemned Chile for violating the treaty.", {("ACCUSE", frozenset({"PER"}), frozenset({"CHL"}))}),
    ("Kenya criticized Ethiopia for rejecting the ceasefire plan.",
     {("ACCUSE", frozenset({"KEN"}), frozenset({"ETH"}))}),
    ("Ghana denounced Togo over breaching the fishing accord.",
     {("ACCUSE", frozenset({"GHA"}), frozenset({"TGO"}))}),
    ("페루는 칠레가 조약을 위반했다며 규탄했다.", {("ACCUSE", frozenset({"PER"}), frozenset({"CHL"}))}),
    ("페루는 조약을 위반한 칠레를 규탄했다.", {("ACCUSE", frozenset({"PER"}), frozenset({"CHL"}))}),
])
def test_condemned_deed_is_content(text, expected):
    assert event_sides(text, DAY) == expected


@pytest.mark.parametrize("text,kind,actors", [
    ("Peru praised Chile for signing the treaty.", "AGREE", frozenset({"CHL"})),
    ("Kenya rejected the plan for reopening the border and criticized Ethiopia.", "REJECT", frozenset({"KEN"})),
])
def test_deed_outside_an_accusation_kept(text, kind, actors):
    assert any(k == kind and a == actors for k, a, _r in event_sides(text, DAY))

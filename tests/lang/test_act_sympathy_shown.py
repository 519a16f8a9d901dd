"""(stance68, issue 15) A side's stance sympathized with, told by the noun of sympathy and a verb of showing it
('Y의 입장에 공감을 표시했다/표명했다/표했다'), is SUPPORT of its owner as the verb form is ('Y의 입장에 공감한다',
kbdupes68), as English 'expressed sympathy for Y's stance'. A stance named by its content alone, or sympathy shown
with no stance, stays the shared view (AGREE). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


@pytest.mark.parametrize("text, actor, owner", [
    ("우루과이 외교부는 15일 파라과이의 입장에 공감을 표시했다.", "URY", "PRY"),
    ("케냐 대통령은 15일 탄자니아의 제안에 공감을 표명했다.", "KEN", "TZA"),
    ("우루과이 외교장관은 15일 파라과이의 주장에 깊은 공감을 표했다.", "URY", "PRY"),
    ("Kenyan officials expressed sympathy for Tanzania's stance on the quotas on Monday.", "KEN", "TZA"),
])
def test_sympathy_shown_for_a_stance_supports_its_owner(text, actor, owner):
    found = _found(text)
    assert ("SUPPORT", [actor], [owner]) in found, found
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.parametrize("text", [
    "우루과이 외교부는 15일 협상이 필요하다는 입장에 공감을 표명했다.",
    "케냐와 탄자니아 정상은 15일 회담에서 공감을 표시했다.",
])
def test_sympathy_with_no_side_stance_stays_agree(text):
    found = _found(text)
    assert [f[0] for f in found if f[0] in ("AGREE", "SUPPORT")] == ["AGREE"], found

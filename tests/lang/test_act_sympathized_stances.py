"""(stance68, issue 15) A side's stance sympathized with is SUPPORT of its owner in English as in Korean
('Y의 입장에 공감한다', kbdupes68): 'sympathized with Y's position', 'sympathises with the stance of Y', 'expressed
sympathy for Y's view'. Sympathy with people ('sympathized with the flood victims') endorses no stance. Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def _found(text: str) -> list[tuple]:
    return [(e.type, sorted(p.country for p in e.participants), sorted(p.country for p in e.recipients))
            for e in events(text)]


@pytest.mark.parametrize("text, actor, owner", [
    ("Uruguay's foreign minister said on Monday that he sympathized with Paraguay's position on the river.",
     "URY", "PRY"),
    ("Kenya sympathises with the stance of Tanzania on the fishing quotas, its president said on Monday.",
     "KEN", "TZA"),
    ("Uruguayan diplomats expressed sympathy for Paraguay's view of the dispute on Monday.", "URY", "PRY"),
    ("우루과이 외교장관은 15일 파라과이의 입장에 공감한다고 말했다.", "URY", "PRY"),
])
def test_a_stance_sympathized_with_supports_its_owner(text, actor, owner):
    found = _found(text)
    assert ("SUPPORT", [actor], [owner]) in found, found


@pytest.mark.parametrize("text", [
    "Uruguay's foreign minister said on Monday that he sympathized with the flood victims in the north.",
    "Kenyan officials sympathized with farmers hit by the drought on Monday.",
])
def test_sympathy_with_people_endorses_no_stance(text):
    assert not [f for f in _found(text) if f[0] == "SUPPORT"], _found(text)

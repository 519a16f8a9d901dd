"""The deed a side is kept from, in both languages (plover61): 'banned the party from taking part in the election',
'barred X from attending the talks' is the ban (COERCE restrict, the manual's "banning of individuals or
organizations from political life"); the gerund after 'from' is forbidden, not done, so 'taking part' is no AGREE of
the one banned. Korean tells the forbidden deed as the ban's object noun, 'X의 선거 참여를 금지했다', now the same
COERCE restrict. Negative rows: 'from' naming a source ('banned imports from X') keeps the sanction; a deed with no
verb of keeping before it stays an act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

BANNED = [
    "The Zambian government banned the main opposition party from taking part in the election on Monday.",
    "Zambia barred the opposition leader from taking part in the vote on Monday.",
    "잠비아 정부는 12일 야당의 선거 참여를 금지했다.",
]


@pytest.mark.parametrize("text", BANNED)
def test_a_side_banned_from_a_deed_is_restricted_and_does_not_do_it(text):
    found = events(text)
    assert [(e.type, e.mode) for e in found if e.type == "COERCE"] == [("COERCE", "restrict")]
    assert not [e for e in found if e.type == "AGREE"], [(e.type, e.mode) for e in found]


def test_from_naming_a_source_keeps_the_measure():
    assert [(e.type, e.mode) for e in events("Zambia banned imports from Malawi on Monday.")] \
        == [("SANCTION", "discontinue")]


def test_taking_part_kept_by_no_one_is_still_an_act():
    found = events("Zambia agreed on Monday to take part in the talks with Malawi.")
    assert [e.type for e in found if e.type == "AGREE"] == ["AGREE"]

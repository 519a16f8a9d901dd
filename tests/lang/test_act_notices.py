"""(enrequest68) Putting a side on notice or serving notice on it is a formal warning to it: 'Ghana put Togo on
notice', 'served notice on Togo', as 'warned Togo' is (THREATEN, aimed at the side put on notice); Korean '토고에
경고장을 보냈다' reads the same. Rows that must not fire: notice served on no foreign side ('put its own troops on
notice', 'served notice that it would quit the pact'), a notice that is a tenancy's."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, warner, warned", [
    ("Ghana put Togo on notice after the raid on the border post.", "GHA", "TGO"),
    ("Ghana on Friday put Togo on formal notice over the dam.", "GHA", "TGO"),
    ("Ghana served notice on Togo over the seized cargo.", "GHA", "TGO"),
    ("가나 정부는 국경 초소 습격 이후 토고에 경고장을 보냈다.", "GHA", "TGO"),
])
def test_a_side_put_on_notice_is_warned(text, warner, warned):
    assert ([warner], [warned]) in sides(text, "THREATEN"), events(text)


@pytest.mark.parametrize("text", [
    "Ghana put its own troops on notice ahead of the storm season.",
    "Ghana served notice that it would quit the fisheries pact.",
    "The landlord in Accra served notice on the tenants last week.",
])
def test_notice_to_no_foreign_side_is_no_warning(text):
    assert not sides(text, "THREATEN"), events(text)

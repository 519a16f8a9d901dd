"""people53b (issue 14): an office holder a state's body arrests or attacks is a member of that body, a receiving side
with an id of its own (pipeline/act_side_entities.held_member); the English twins are tests/lang/en/test_people53b.py.
Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events

MEMBER_ROWS = [  # (sentence, type, acting (state, sector), receiving (state, sector) pairs exactly)
    ("가봉 정부는 장관을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    ("가봉 정부는 금요일 장관 두 명을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "GOV")}),
    # negative: another part of the state keeps its own sector, as before
    ("가봉 정부는 판사 두 명을 체포했다.", "COERCE", ("GAB", "GOV"), {("GAB", "JUD")}),
    ("가봉 경찰은 장관을 체포했다.", "COERCE", ("GAB", "COP"), {("GAB", "GOV")}),
]


@pytest.mark.parametrize("text, kind, acting, receiving", MEMBER_ROWS)
def test_members_held(text, kind, acting, receiving):
    found = [e for e in events(text) if e.type == kind]
    assert found, [e.type for e in events(text)]
    assert acting in {(p.country, p.sector) for p in found[0].participants}
    assert {(r.country, r.sector) for r in found[0].recipients} == receiving
    assert not {p.id for p in found[0].participants} & {r.id for r in found[0].recipients}


@pytest.mark.parametrize("text", ["가봉 정부는 장관을 칭찬했다.", "가봉 정부는 장관들에게 감사했다."])
def test_no_member_for_other_acts(text):
    """negative: a body's word about its own member is no act between two parties: no receiving side."""
    assert all(not e.recipients for e in events(text) if e.participants and e.participants[0].country == "GAB")

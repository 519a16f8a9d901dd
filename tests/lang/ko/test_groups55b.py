"""(groups55b, issue 14) Korean offices and arrests: an officer of the forces judged by his state's leader is the forces'
(act_organs.judged_office with HELD_OFFICE_SECTORS); a bare 사무총장 with no UN told is the state's (GOV, agents.yaml,
ko_acts detainee_noun); the state an arrest's ground names ('X를 위해 간첩 활동을 한 혐의로') is no side of the arrest
(act_hit_domestic.bar_arrest_ground). English twins: tests/lang/en/test_groups55b.py. Our own sentences."""
from __future__ import annotations

import pytest


def sides(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("탄자니아 대통령은 장군을 비난했다.", "ACCUSE", ("TZA", "GOV"), ("TZA", "MIL")),
    ("탄자니아 대통령은 육군 장군을 비난했다.", "ACCUSE", ("TZA", "GOV"), ("TZA", "MIL")),
    ("탄자니아 대통령은 퇴역 장군을 비난했다.", "ACCUSE", ("TZA", "GOV"), ("TZA", "MIL")),
    ("탄자니아 대통령은 총리를 비난했다.", "ACCUSE", ("TZA", "GOV"), ("TZA", "GOV")),  # guard: a member as before
    ("케냐 경찰은 사무총장을 체포했다.", "COERCE", ("KEN", "COP"), ("KEN", "GOV")),
    ("케냐 대통령은 사무총장을 비난했다.", "ACCUSE", ("KEN", "GOV"), ("KEN", "GOV")),
    ("케냐 경찰은 야당 사무총장을 체포했다.", "COERCE", ("KEN", "COP"), ("KEN", "OPP")),  # the party side's
    ("케냐 경찰은 유엔 사무총장을 체포했다.", "COERCE", ("KEN", "COP"), ("UNO", "IGO")),  # guard: the UN named
])
def test_an_office_held_or_judged_by_its_title(extract, text, kind, acting, receiving):
    found = sides(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text, receiving", [
    ("탄자니아 경찰은 에스토니아를 위해 간첩 활동을 한 혐의로 남성 2명을 체포했다.", ("TZA", "CVL")),
    ("탄자니아 경찰은 에스토니아를 위해 간첩 활동을 한 혐의로 기자 2명을 체포했다.", ("TZA", "JRN")),
    ("탄자니아 경찰은 케냐 정보기관에 협력한 혐의로 사업가를 체포했다.", ("TZA", "BUS")),
])
def test_the_state_of_an_arrests_ground_is_no_side(extract, text, receiving):
    found = sides(extract, text, "COERCE")
    assert any(receiving in r for _a, r in found), found
    assert all(c not in ("EST", "KEN") for _a, r in found for c, _s in r), found


@pytest.mark.parametrize("text, receiving", [  # guard: the arrested named inside the adjunct's reach keep their state
    ("탄자니아 경찰은 에스토니아 국적자 2명을 간첩 혐의로 체포했다.", "EST"),
])
def test_the_arrested_named_before_the_ground_keep_their_state(extract, text, receiving):
    found = sides(extract, text, "COERCE")
    assert any(c == receiving for _a, r in found for c, _s in r), found


@pytest.mark.parametrize("text, receiving", [  # groups55b: a state's election commission judged, its GOV
    ("탄자니아 야당은 부룬디와 공모한 혐의로 선거관리위원회를 비난했다.", ("TZA", "GOV")),
    ("탄자니아 야당은 선관위를 비난했다.", ("TZA", "GOV")),
    ("탄자니아 야당은 부룬디 선거관리위원회를 비난했다.", ("BDI", "GOV")),  # guard: another state's named
    ("탄자니아 야당은 부룬디와 공모한 혐의로 대법원을 비난했다.", ("TZA", "JUD")),  # guard: as before
])
def test_an_election_commission_is_a_state_body(extract, text, receiving):
    found = sides(extract, text, "ACCUSE")
    assert any(("TZA", "OPP") in a and receiving in r for a, r in found), found

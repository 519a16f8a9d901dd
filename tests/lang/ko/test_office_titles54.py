"""(groups54, issue 14) The Korean forms of the offices English writes with a postpositive 'general' (법무장관,
검찰총장, 경찰청장) are one noun each and keep their office's sector on either side, as the English phrases now do
(tests/lang/en/test_postpositive_titles.py). Guard rows; our own invented sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("잠비아 법무장관은 5일 야당을 비난했다.", "ACCUSE", ("ZMB", "GOV"), ("ZMB", "OPP")),
    ("잠비아 검찰총장은 5일 야당을 비난했다.", "ACCUSE", ("ZMB", "JUD"), ("ZMB", "OPP")),
    ("잠비아 경찰은 5일 법무장관을 체포했다.", "COERCE", ("ZMB", "COP"), ("ZMB", "GOV")),
])
def test_a_korean_office_title_keeps_its_sector(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found

"""(plover55, issue 15) A subject before a relative clause heading a charge noun in 로 ('[B와 협력한] 혐의로') is the
sentence's, not the clause's: the arrester of 'A가 [B와 협력한] 혐의로 C를 체포했다' and the one held of 'C가 [B를 도운]
혐의로 체포됐다' (lang/ko/clause_subjects.charge_ground), as English 'A arrested C for collaborating with B' reads
(tests/lang/en/test_plover55.py). Our own sentences."""
from __future__ import annotations

import pytest


def sides(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({p.country for p in e.participants}, {p.country for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("케냐 경찰이 우간다와 협력한 혐의로 독일인 선교사를 체포했다.", "COERCE", "KEN", "DEU"),
    ("케냐 경찰이 우간다를 도운 혐의로 독일인 선교사를 체포했다.", "COERCE", "KEN", "DEU"),
    ("독일인 선교사가 우간다와 협력한 혐의로 케냐에서 체포됐다.", "COERCE", "KEN", "DEU"),
    ("케냐 검찰이 우간다와 공모한 죄로 독일 기자를 기소했다.", "ACCUSE", "KEN", "DEU"),
    ("케냐 경찰은 우간다와 협력한 혐의로 독일인 선교사를 체포했다.", "COERCE", "KEN", "DEU"),  # guard: a topic, as before
    ("케냐 경찰이 독일인 선교사를 체포했다.", "COERCE", "KEN", "DEU"),  # guard: no charge told
])
def test_a_subject_before_a_charge_clause_is_the_acts(extract, text, kind, acting, receiving):
    found = sides(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [  # guard: a relative clause of another head keeps its own subject
    "케냐 정부는 우간다가 지원한 반군을 비난했다.",
])
def test_a_relative_clause_of_another_head_keeps_its_subject(extract, text):
    found = sides(extract, text, "ACCUSE")
    assert all("UGA" not in a for a, _r in found), found


def legal(extract, text: str) -> list[bool]:
    return [("legal" in e.contexts) for e in extract(text).events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, formal", [  # plover55: the English twins in tests/lang/en/test_plover55.py
    ("케냐 검찰은 우간다 기자를 간첩 혐의로 기소했다.", True),
    ("우간다 기자가 간첩 혐의로 케냐에서 기소됐다.", True),
    ("케냐는 우간다가 반군을 무장시켰다고 비난했다.", False),  # guard: an allegation, no case brought
])
def test_a_formal_charge_is_legal(extract, text, formal):
    found = legal(extract, text)
    assert found and all(f == formal for f in found), found

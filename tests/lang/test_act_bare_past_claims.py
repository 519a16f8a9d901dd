"""(enrelative68) A verb of alleging before a finite clause in the simple past with no 'that' and no auxiliary ('Ghana
claimed Togo bombed two border villages') ends the speaker's clause as 'claimed that' does (en.yaml boundary_re, read
with the deed's word in view: clauses.clause_bounds) and reports a charge (act_allegations.bare_clause, irregular
pasts too): the speaker alleges, the clause's subject alone did the deed. Korean marks the report with -고 always
('토고가 ...했다고 주장했다'): the same sides. Negative rows: a preposition in the words after the verb ('claimed
responsibility for the attack') is no report, and the claimer keeps its own deed. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Ghana claimed Togo bombed two border villages.",
    "Ghana alleged Togo's army struck a fuel depot near the border.",
    "Ghana insisted Togolese gunboats shelled three fishing camps.",
    "가나는 토고가 국경 마을 두 곳을 폭격했다고 주장했다.",
])
def test_bare_past_clause_is_the_subjects_deed_and_the_speakers_charge(text):
    assault = sides(text, "ASSAULT")
    assert assault and "GHA" not in assault[0][0] and "TGO" in assault[0][0], events(text)
    assert (["GHA"], ["TGO"]) in sides(text, "ACCUSE"), events(text)


@pytest.mark.parametrize("text, doer", [
    ("Ghana claimed responsibility for the attack on the rebel camp.", "GHA"),  # no report: Ghana attacked
    ("Ghana bombed two rebel camps in Togo, the ministry said.", "GHA"),
])
def test_claimer_keeps_its_own_deed(text, doer):
    found = sides(text, "ASSAULT")
    assert found and doer in found[0][0], events(text)
    assert not any(acc == ["GHA"] for acc, _ in sides(text, "ACCUSE")), events(text)

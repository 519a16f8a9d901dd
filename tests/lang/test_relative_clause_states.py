"""A state named only in a relative clause between the subject and its verb is no side of the main verb's act
(actors56): 'A, which quarrels with B, signed a pact with C' is A's accord with C, not B's; the Korean adnominal
clause before the subject ('B와 갈등을 빚고 있는 A는 C와 ... 합의했다') reads the same. English: lang/en/clauses.
between_subject_and_verb. Sentences of our own; the negatives keep the main clause's own partner and a relative
clause after the verb."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actors, left_out", [
    ("Greece, which has long quarrelled with Turkey over airspace, signed a defence pact with Cyprus on Tuesday.",
     "AGREE", {"GRC", "CYP"}, "TUR"),
    ("Ghana, which hosted talks with Togo last month, signed a trade deal with Benin on Tuesday.",
     "AGREE", {"GHA", "BEN"}, "TGO"),
    ("Morocco, which is at odds with Algeria over the desert border, agreed on Tuesday to build a gas pipeline "
     "with Nigeria.", "AGREE", {"MAR", "NGA"}, "DZA"),
    ("알제리와 갈등을 빚고 있는 모로코는 5일 나이지리아와 가스관 건설에 합의했다.", "AGREE", {"MAR", "NGA"}, "DZA"),
    ("튀르키예와 영공 문제로 다퉈 온 그리스는 4일 키프로스와 방위협정을 체결했다.", "AGREE", {"GRC", "CYP"}, "TUR"),
])
def test_relative_clause_state_is_no_side(text, kind, actors, left_out):
    found = sides(text, kind)
    assert any(set(a) == actors for a, _r in found), found
    assert not any(left_out in a or left_out in r for a, r in found), found


@pytest.mark.parametrize("text, kind, actors", [
    ("Portugal, which holds the rotating presidency, signed a fisheries accord with Morocco on Tuesday.",
     "AGREE", {"PRT", "MAR"}),  # the main clause's own partner stays
    ("Greece signed a defence pact with Cyprus on Tuesday, which angered Turkey.", "AGREE", {"GRC", "CYP"}),
])
def test_main_clause_partner_kept(text, kind, actors):
    assert [set(a) for a, _r in sides(text, kind)] == [actors]

"""(coord55b, issue 13) The pipeline joins names into one side only where the Language says they are coordinated
(state_references, roles, act_subjects ask `Language.coordinated`): a name that opens a clause of its own after the
'with' party of the clause before is no party of that clause's deal, in English and Korean alike. Every sentence is
ours."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import event_sides


@pytest.mark.parametrize("text", [
    "Kenya signed an accord with Uganda and Tanzania imposed levies on Kenya.",
    "케냐는 우간다와 협정을 체결했고 탄자니아는 케냐에 관세를 부과했다.",
])
def test_a_new_clause_subject_is_no_party_of_the_deal_before(text):
    found = event_sides(text, date(2025, 3, 4))
    assert ("AGREE", frozenset({"KEN", "UGA"}), frozenset()) in found
    assert ("SANCTION", frozenset({"TZA"}), frozenset({"KEN"})) in found

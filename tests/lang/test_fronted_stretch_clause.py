"""A stretch of years fronted before a sentence makes a tally only of the clause it opens (planned71, issue 15).

'For years, X has criticized Y' is a tally with no day of its own (koriot70: lang/en/act_background.stretched, as
Korean '수년간 비난해 왔다'); but the fronted stretch made every act of the sentence a tally, so a deed of the story's
day told in a later clause ('..., and X expelled Y's ambassador on Monday', '...; X expelled ...') was lost. The
stretch now ends where its clause ends: a semicolon or colon, a comma before a clause break, or 'but'. Verbs joined by
a bare 'and' share the stretch. Korean already reads the stretch within its own clause ('수년간 ... 비난해 왔고, ...
추방했다'). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "For years, Gabon has criticized Cameroon, and Gabon expelled Cameroon's ambassador on Monday.",
    "For years, Gabon has criticized Cameroon; Gabon expelled Cameroon's ambassador on Monday.",
    "For decades, Gabon has criticized Cameroon, but Gabon expelled Cameroon's ambassador on Monday.",
    "수년간 가봉은 카메룬을 비난해 왔고, 가봉은 월요일 카메룬 대사를 추방했다.",
])
def test_a_deed_after_the_stretch_clause_is_an_act_of_its_own(text: str) -> None:
    assert sides(text, "SANCTION") == [(["GAB"], ["CMR"])], [(e.type, e.status) for e in events(text)]
    assert not sides(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "For years, Gabon has criticized Cameroon.",
    "For years, Gabon has criticized and sanctioned Cameroon.",
    "가봉은 수년간 카메룬을 비난해 왔다.",
])
def test_acts_within_the_stretch_clause_stay_a_tally(text: str) -> None:
    assert not events(text), [(e.type, e.status) for e in events(text)]

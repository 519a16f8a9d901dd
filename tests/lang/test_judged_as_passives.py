"""(ploveren66) A passive judgement names its judge after what it named the judged: "X's plan was condemned as reckless
by Y", 'was hailed as a breakthrough by Y', 'was dismissed as a stunt by Y' (lang/en/act_passive_agents.judged_as_agent:
'as' right after a judging participle opens its complement, not a clause, so the 'by' agent is read past it; the
clause breaks had stopped at 'as' and the judgement, with no agent, was dropped as one naming no judge). Korean puts
the complement before the noun ('가나 정부로부터 무책임하다는 비난을 받았다') and reads so already. A judgement with no
agent still names no judge, and 'as' after a participle of force is a clause ('arrested as police moved in'). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "judged as ... by (en)": [
        ("Togo's border levy was condemned as reckless by Ghana.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
        ("Togo's new quota was slammed as provocative by Ghana on Monday.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
        ("Uganda's offer was dismissed as a publicity stunt by Kenya.", "REJECT", {"KEN"}, {"UGA"}, "occurred"),
        ("Paraguay's mediation was hailed as a breakthrough by Bolivia.", "SUPPORT", {"BOL"}, {"PRY"}, "occurred"),
    ],
    "judged as ... by (ko)": [
        ("토고 정부는 10일 가나 정부로부터 무책임하다는 비난을 받았다.", "ACCUSE", {"GHA"}, {"TGO"}, "occurred"),
    ],
    "no judge named": [
        ("Togo's border levy was condemned as reckless.", "ACCUSE", set(), None, None),
        ("Uganda's offer was dismissed as a publicity stunt.", "REJECT", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_judged_as_passives(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

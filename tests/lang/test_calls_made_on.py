"""(ploveren66) A call or appeal made on a side as a noun asks that side, as the verbs 'call on' and 'appeal to' do:
'renewed its call on X to withdraw', "Y's call upon X to free", and the CAMEO verbs that make the call themselves,
'repeated its call on X', 'issued an appeal to X', 'voiced calls on X' (CAMEO 020, which gave them no target, so the
side called on received nothing: scripts/data/en_acts_additions.yaml). The noun asks no one without the infinitive of
what it asks ('a call on Monday', 'his call on the issue': lang/en/act_calls_on), and a verb that judges another's call
keeps its own reading. Korean asks with the verb ('칠레에 철군 요구를 되풀이했다') and reads so already. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "call made on a side (en)": [
        ("Ghana renewed its call on Togo to reopen the border crossing.", "REQUEST", {"GHA"}, {"TGO"}, "occurred"),
        ("Kenya repeated its call upon Uganda to free the detained fishermen.", "REQUEST", {"KEN"}, {"UGA"},
         "occurred"),
        ("Ecuador's call on Colombia to hand over the suspects went unanswered.", "REQUEST", {"ECU"}, {"COL"},
         "occurred"),
        ("Bolivia repeated calls on Paraguay to pay the overdue gas bills.", "REQUEST", {"BOL"}, {"PRY"}, "occurred"),
        ("Bolivia issued a call on Paraguay to pull back its border guards.", "REQUEST", {"BOL"}, {"PRY"}, "occurred"),
        ("Norway issued an appeal to Sweden for restraint over the fishing dispute.", "REQUEST", {"NOR"}, {"SWE"},
         "occurred"),
    ],
    "call made on a side (ko)": [
        ("가나는 토고에 대한 국경 재개방 요구를 되풀이했다.", "REQUEST", {"GHA"}, {"TGO"}, "occurred"),
        ("케냐는 우간다에 억류 어민 석방을 재차 촉구했다.", "REQUEST", {"KEN"}, {"UGA"}, "occurred"),
    ],
    "a call that asks no one": [
        ("Ghana's call on the fishing quota irritated Togo.", "REQUEST", set(), None, None),
        ("The final call on Togo's membership bid rests with Ghana.", "REQUEST", set(), None, None),
        ("Kenya's president made a call on Monday to Uganda's leader.", "REQUEST", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_calls_made_on(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

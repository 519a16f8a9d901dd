"""(victims48, issue 15) A bare act noun right after the past form of a verb of promising is that verb's object:
'pledged aid to X', 'promised aid to X', also when the subject is an example list ('Several donors, such as X,
pledged aid to Y'). The bare 'aid' was read as the verb 'aid', which takes its receiver as an object, so the 'to'
phrase named no one and the promise had no recipient (lang/en/act_verb_objects). Korean 'B에 원조를 약속했다' reads so
already. Our own sentences. Negative rows: the first word of a compound ('attacked aid convoys', 'accused aid groups')
is no act of giving, and 'pledged to aid X' keeps the verb."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

# (sentence, promising state, receiving state)
PLEDGES = {
    "bare_aid_after_a_pledge_en": [
        ("Norway pledged aid to Chad on Monday.", "NOR", "TCD"),
        ("Several donors, such as Norway, pledged aid to Chad on Monday.", "NOR", "TCD"),
        ("Sweden promised aid to Niger after the floods.", "SWE", "NER"),
        ("Japan pledged to aid Chad on Monday.", "JPN", "TCD"),
    ],
    "aid_promised_to_a_state_ko": [
        ("노르웨이는 차드에 원조를 약속했다.", "NOR", "TCD"),
        ("노르웨이 등 여러 공여국은 차드에 원조를 약속했다.", "NOR", "TCD"),
    ],
}

# (sentence, a type that must not be read)
COMPOUNDS = {
    "aid_opening_a_compound_en": [
        ("Norway attacked aid convoys bound for Chad.", "AID"),
        ("Chad accused aid groups of fraud on Monday.", "AID"),
    ],
}


@pytest.mark.parametrize("sentence, actor, recipient", class_rows(PLEDGES))
def test_bare_aid_after_a_pledge_reaches_its_recipient(sentence, actor, recipient):
    found = sides(sentence, "AGREE")
    assert found and actor in found[0][0] and found[0][1] == [recipient], found


@pytest.mark.parametrize("sentence, absent", class_rows(COMPOUNDS))
def test_aid_opening_a_compound_is_no_act(sentence, absent):
    assert not sides(sentence, absent)

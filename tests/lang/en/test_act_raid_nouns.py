"""(enriot46, issue 15) A raid named as a noun with its owner ('A Latvian police raid on the Lithuanian embassy
angered Lithuania', "Latvia's raid on the X consulate") is the raid on those premises, COERCE seize, as the verb
'raided' is, even as the subject of a verb of feeling. Negative rows: a raid noun on no mission, office or home ('in a
raid on a drug den', beside the arrest it tells) reads no act of its own (act_raids.unplaced_raid_noun). Korean
'대사관 급습에 반발했다' reads only the protest (a gap for lang/ko). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, target", [
    ("A Latvian police raid on the Lithuanian embassy angered Lithuania.", "LVA", "LTU"),
    ("Latvia's raid on the Lithuanian consulate drew a sharp protest.", "LVA", "LTU"),
])
def test_an_owned_raid_noun_on_premises_is_a_seizure(text, actor, target):
    assert ([actor], [target]) in sides(text, "COERCE"), events(text)


@pytest.mark.parametrize("text", [
    "Police in Riga arrested ten men in a raid on a drug den.",
    "Officers seized rifles in raids on two farms near Riga.",
])
def test_a_raid_noun_on_no_premises_is_no_act_of_its_own(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"], events(text)

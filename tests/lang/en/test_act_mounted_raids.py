"""(enriot46, issue 15) A raid or an attack told with a light verb of operations ('mounted a raid on X', 'staged an
ambush on a X convoy') is the noun's act, as 'carried out' and 'launched' read it: a raid on a mission, an office or a
home is COERCE seize, on positions ASSAULT. Negative rows: 'staged a strike' is a work stoppage (no ASSAULT), 'mounted
a campaign' no force. Korean '급습' as a noun is a gap (lang/ko). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, kind, actor, target", [
    ("Latvian police mounted a raid on the Lithuanian embassy late on Friday.", "COERCE", "LVA", "LTU"),
    ("Latvian troops mounted a raid on Lithuanian positions near the border.", "ASSAULT", "LVA", "LTU"),
    ("Latvian commandos staged an ambush on a Lithuanian convoy.", "ASSAULT", "LVA", "LTU"),
    ("Latvian troops mounted air strikes on Lithuanian border posts.", "ASSAULT", "LVA", "LTU"),
])
def test_a_mounted_or_staged_operation_is_the_nouns_act(text, kind, actor, target):
    assert ([actor], [target]) in sides(text, kind), events(text)


@pytest.mark.parametrize("text", [
    "Latvian dockers staged a strike over pay in Riga.",
    "Latvia mounted a campaign against Lithuania's bid to host the games.",
])
def test_a_staged_stoppage_or_campaign_is_no_force(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"], events(text)

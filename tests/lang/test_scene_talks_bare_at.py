"""enconsult46 (issue 13): talks with a partner as the scene of a clause hold the meeting with or without a determiner
after 'at' ('At talks with B, A discussed trade', 'A raised the dispute at talks with B'), as 'At the talks with B'
and 'During talks with B' did (meetset71, en.yaml partner_setting_before_re). Negative rows: 'at' completing a verb
('aimed at talks with B', 'hinted at talks') names a goal or a topic, no talks held; 'in talks with B' is negotiating.
Korean 'B와의 회담에서' already holds the meeting. Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows, countries
from tests.event_sides import events

# (sentence, the states of the meeting held (None: no CONSULT held))
ROWS = {
    "bare_at_talks_with_a_partner_is_a_scene": [
        ("At talks with Malawi, Zambia's foreign minister discussed fisheries.", {"MWI", "ZMB"}),
        ("Zambia's foreign minister raised the river dispute at talks with Malawi on Monday.", {"MWI", "ZMB"}),
        ("At the talks with Malawi, Zambia's foreign minister discussed fisheries.", {"MWI", "ZMB"}),
        ("말라위와의 회담에서 잠비아 외교장관은 어업 문제를 논의했다.", {"MWI", "ZMB"}),
    ],
    "at_completing_a_verb_is_no_scene": [
        ("Zambia's foreign minister hinted at talks with Malawi.", None),
        ("Zambia's foreign minister is in talks with Malawi over fisheries.", None),
    ],
}


@pytest.mark.parametrize("sentence, states", class_rows(ROWS))
def test_scene_talks_bare_at(sentence, states):
    held = [e for e in events(sentence) if e.type == "CONSULT" and e.status == "occurred"]
    if states is None:
        assert not held, [(e.mode, countries(e.participants)) for e in held]
        return
    assert any(countries(e.participants) == states for e in held), [(e.status, countries(e.participants)) for e in held]

"""(protest65) A verb of regarding names conduct as a verb of naming does: 'regarded Chile as a threat', 'considers
Chile a threat to the region' are ACCUSE of Chile (act_characterize, `characterizing_verbs`); a neutral complement
or a considered measure is no accusation. Korean '위협으로 간주했다' agrees. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, side", [
    ("Peru regarded Chile as a threat.", (["PER"], ["CHL"])),
    ("Uruguay considers Paraguay a threat to the region.", (["URY"], ["PRY"])),
    ("Bolivia views Chile's drills as a provocation.", (["BOL"], ["CHL"])),
    ("페루는 칠레를 위협으로 간주했다.", (["PER"], ["CHL"])),
])
def test_regarding_a_state_as_a_threat_is_accuse(sentence, side):
    assert sides(sentence, "ACCUSE") == [side]


@pytest.mark.parametrize("sentence", [
    "Peru regards Chile as a partner.",  # no damning complement
    "Peru said it considered the matter closed.",
    "Peru is considering a visit to Chile.",
])
def test_neutral_regard_is_no_accuse(sentence):
    assert sides(sentence, "ACCUSE") == []

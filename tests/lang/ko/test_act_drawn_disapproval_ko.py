"""(protest65) Korean agrees with the English reading of a disapproval the subject receives: 'X는 Y로부터 항의를 받았다'
is Y's ACCUSE of X; the subject's own protest stays its own. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("sentence, side", [
    ("칠레는 페루로부터 항의를 받았다.", (["PER"], ["CHL"])),
    ("칠레 정부는 페루 외교부로부터 공식 항의를 받았다.", (["PER"], ["CHL"])),
    ("볼리비아는 파라과이로부터 거센 비판을 받았다.", (["PRY"], ["BOL"])),
    ("칠레는 페루에 항의했다.", (["CHL"], ["PER"])),  # negative: the subject protests
])
def test_received_disapproval_is_the_sources(sentence, side):
    assert sides(sentence, "ACCUSE") == [side]

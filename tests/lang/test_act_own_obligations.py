"""(relative71, issue 13) An obligation a state's speaker puts on its own side is its own act stated for the future,
not a demand (lang/ko/act_own_mandates; English: the mandative subjunctive, lang/en/act_own_mandates): '칠레는 자국군이
국경에서 철수해야 한다고 주장했다' and 'Chile insisted its troops withdraw from the border' are Chile's AGREE (a retreat
stated so). Negative rows: another state's subject is asked (REQUEST), others the state has ('자국 동맹국들이', 'its
allies') stay asked, a prohibition ('철수해서는 안 된다') states no act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor", [
    ("칠레는 자국군이 국경에서 철수해야 한다고 주장했다.", "CHL"),
    ("칠레 외교부는 자국 해군이 분쟁 수역에서 철수해야 한다고 강조했다.", "CHL"),
    ("Chile insisted that its troops withdraw from the disputed waters.", "CHL"),
])
def test_own_side_obligation_is_the_speakers_stated_act(text, actor):
    found = sides(text, "AGREE")
    assert found and actor in found[0][0], events(text)
    assert not sides(text, "REQUEST"), events(text)


@pytest.mark.parametrize("text, asker, asked", [
    ("칠레는 페루군이 국경에서 철수해야 한다고 주장했다.", "CHL", "PER"),
    ("Chile insisted that Peru withdraw its navy from the disputed waters.", "CHL", "PER"),
])
def test_another_states_subject_is_still_asked(text, asker, asked):
    found = sides(text, "REQUEST")
    assert found and found[0] == ([asker], [asked]), events(text)
    assert not sides(text, "AGREE"), events(text)


@pytest.mark.parametrize("text", [
    "칠레는 자국 동맹국들이 국경에서 철수해야 한다고 주장했다.",  # others the state has
    "칠레는 자국군이 국경에서 철수해서는 안 된다고 주장했다.",  # a prohibition
    "칠레는 자국군이 국경에서 철수하면 안 된다고 주장했다.",  # a prohibition
])
def test_no_own_act_stated(text):
    assert not sides(text, "AGREE"), events(text)

"""reject41: a refusal of others told with 'not even' / '조차' is the speaker's reproach (ACCUSE of the refusers;
lang/en/act_reproaches.py, lang/ko/act_reproaches.py), not a REJECT by the speaker, nor the refused text's own act."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "Chile's ambassador said Peru and Bolivia could not even accept language condemning the attack by the rebels.",
    "Chile's ambassador said Peru and Bolivia couldn't even condemn the attack.",
    '칠레 대사는 표결 직후 "페루와 볼리비아는 반군의 공격을 규탄하는 문구조차 받아들이지 못했다"며 두 나라를 강하게 비판했다.',
])
def test_a_refusal_told_with_even_is_the_speakers_reproach(text):
    assert [e.type for e in events(text)] == ["ACCUSE"]
    assert (["CHL"], ["BOL", "PER"]) in [(a, sorted(r)) for a, r in sides(text, "ACCUSE")]


@pytest.mark.parametrize("text", [
    "Chile's ambassador said Peru rejected the proposal.",
    '칠레 대사는 "우리는 그 제안을 받아들이지 않았다"며 페루를 비판했다.',
])
def test_a_refusal_without_even_is_read_as_before(text):
    assert "REJECT" in [e.type for e in events(text)]

"""Third-party mediation is a meeting the mediator holds with both sides (PLOVER CONSULT): 'launched a mediation
effort on Saturday between A and B' (a time phrase between the mediation words and 'between'), and in Korean a
mediation the mediator set out on or began ('A는 B와 C 사이에서 중재에 나섰다', '중재에 착수했다'). An offer or a
proposal of mediation is no meeting. Our own sentences."""
from datetime import date

import pytest

from readout.api import extract_text


def meetings(text: str) -> list[set[str]]:
    events = extract_text(text, published=date(2025, 6, 9)).events
    return [{p.country for p in e.participants} for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, sides", [
    ("Kenya launched a mediation effort on Saturday between Ethiopia and Eritrea.", {"KEN", "ETH", "ERI"}),
    ("Ghana's president began mediation talks last week between Togo and Benin.", {"GHA", "TGO", "BEN"}),
    ("가나는 8일 토고와 베냉 사이에서 중재에 나섰다.", {"GHA", "TGO"}),
    ("케냐 대통령은 8일 에티오피아와 에리트레아 간 중재에 착수했다.", {"KEN", "ETH"}),
])
def test_mediation_is_a_meeting_with_the_mediator(text, sides):
    assert any(sides <= found for found in meetings(text)), (text, meetings(text))


@pytest.mark.parametrize("text", [
    "가나는 8일 토고와 베냉의 중재안을 거부했다.",
    "케냐는 에티오피아와 에리트레아 사이의 중재를 제안했다.",
])
def test_mediation_offered_or_refused_is_no_meeting(text):
    assert not [m for m in meetings(text) if "GHA" in m or "KEN" in m], text

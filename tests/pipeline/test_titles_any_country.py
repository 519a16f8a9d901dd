"""Issue 14: a meeting between office holders of any two states is an event with both parties'
country, office and sector, in both languages (our own sentences)."""
from datetime import date

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.",
    "독일 총리 올라프 숄츠는 20일 베를린에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 했다.",
])
def test_a_meeting_of_two_heads_of_any_states(text):
    (event,) = extract_text(text, published=date(2024, 5, 22)).events
    parties = sorted((p.country, p.office, p.sector) for p in event.participants)
    assert event.type == "CONSULT"
    assert parties == [("DEU", "Chancellor", "GOV"), ("FRA", "President", "GOV")]

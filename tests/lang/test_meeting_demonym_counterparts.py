"""(actors63) A counterpart named by a demonym or a state word is that state's holder of the speaker's office: a guarded
demonym (one a US state shares, 'Georgian') counts before 'counterpart(s)' (lang/en/countries.state_holder), and
Korean '카운터파트' after a state word, with or without 측, is that state's official (readout/data/agents.yaml), as
'칠레 측과' is. A guarded demonym before any other noun stays guarded. Our own sentences, one table for both
languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def meeting_states(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in extract_text(text, published=DAY).events
            if e.type == "CONSULT"]


@pytest.mark.parametrize("text,states", [
    ("Peruvian Defense Minister Marco Tello held talks with his Georgian counterpart on Thursday.", {"PER", "GEO"}),
    ("Peru's foreign minister met his Georgian counterpart in Lima on Thursday.", {"PER", "GEO"}),
    ("Peruvian Defense Minister Marco Tello met his Georgian and Chilean counterparts on Thursday.",
     {"PER", "GEO", "CHL"}),
    ("Peruvian Defense Minister Marco Tello met his Chilean counterpart on Thursday.", {"PER", "CHL"}),
    ("페루 외교장관은 12일 칠레 측 카운터파트와 회담했다.", {"PER", "CHL"}),
    ("마르코 텔로 페루 국방장관은 12일 조지아 측 카운터파트와 전화 통화를 했다.", {"PER", "GEO"}),
    ("마르코 텔로 페루 외교장관은 12일 칠레 카운터파트와 회담했다.", {"PER", "CHL"}),
])
def test_counterpart_by_demonym(text, states):
    found = meeting_states(text)
    assert found and found[0] == states, found


@pytest.mark.parametrize("text", [
    # negatives: a guarded demonym before another noun stays a possible US state's; no counterpart, no state
    "Peruvian Defense Minister Marco Tello met Georgian voters in Atlanta on Thursday.",
    "Peruvian Defense Minister Marco Tello praised the Georgian peach harvest on Thursday.",
])
def test_guarded_demonym_without_counterpart(text):
    assert not any("GEO" in s for s in meeting_states(text)), meeting_states(text)

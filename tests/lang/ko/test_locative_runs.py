"""(towns48, issue 13) A name whose phrase a word with a case particle closes is not the place of a later locative
('칠레 대통령이 바마코 시내에서': in Bamako, not in Chile; lang/ko/locative_runs.py). Negative rows: words between a
place and its locative without a particle ('리마의 대통령궁 앞에서') keep the name as the place. English twin rows:
tests/lang/en/test_town_places_en.py. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def article(text: str):
    return extract_text(text, "towns48.txt", "2026-03-02")


def located(text: str) -> set[str]:
    return {p.name for p in article(text).places if p.span.data.get("locative")}


@pytest.mark.parametrize("text, place, not_place", [
    ("칠레 대통령이 바마코 시내에서 4일 연설했다.", "Bamako", "Chile"),
    ("말리 정부군이 바마코 근처에서 4일 반군과 교전했다.", "Bamako", "Mali"),
    ("프랑스 외교장관은 다카르 외곽에서 4일 세네갈 총리와 만났다.", "Dakar", "France"),
])
def test_a_name_closed_by_a_particle_is_not_the_locatives_place(text, place, not_place):
    got = located(text)
    assert place in got and not_place not in got, got


@pytest.mark.parametrize("text, place", [
    ("리마의 대통령궁 앞에서 4일 시위가 열렸다.", "Lima"),  # a genitive: still the place's own phrase
    ("프놈펜 시내 호텔에서 4일 회담이 열렸다.", "Phnom Penh"),  # words with no particle
    ("바마코에서 4일 회담이 열렸다.", "Bamako"),
])
def test_a_place_with_an_open_phrase_before_the_locative_stays_the_place(text, place):
    assert place in located(text), article(text).places

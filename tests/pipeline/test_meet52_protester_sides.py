"""meet52 (issue 13): protesters met by a state's official or government are that state's people, a second party
(CVL, the agent table's sector for protesters, PLOVER's civilians), in both languages.

- 'The Thai prime minister met protesters', '태국 총리는 방콕에서 시위대를 만났다' gave no meeting (one party): the
  protesters were no state item. They are a state's non-government side now (`Language.domestic_parties`, lexicon
  `domestic_party_re`; pipeline/states DOMESTIC_SIDES holds CVL), a part of the sentence's one state, also where
  only a named official's title names it ('The Kenyan president met protesters': `domestic_items` homes,
  `domestic_sides` bodies).
Every sentence is our own (real states and towns, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[tuple[str, str]]]:
    return [{(p.country, p.sector) for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text, code", [
    ("The Thai prime minister met protesters in Chiang Mai on Monday.", "THA"),
    ("태국 총리는 9일 치앙마이에서 시위대를 만났다.", "THA"),
    ("The Peruvian government met with demonstrators in Cusco on Monday.", "PER"),
    ("페루 정부는 9일 쿠스코에서 시위대와 만났다.", "PER"),
])
def test_protesters_are_the_states_people(text, code):
    assert consults(text) == [{(code, "GOV"), (code, "CVL")}], consults(text)


@pytest.mark.parametrize("text, code", [
    ("The Kenyan president met protesters in Kisumu on Monday.", "KEN"),
    ("케냐 대통령은 9일 키수무에서 시위대와 만났다.", "KEN"),
])
def test_protesters_beside_a_named_official_are_his_states(text, code):
    found = consults(text)
    assert len(found) == 1 and {s for c, s in found[0] if c == code} == {"GOV", "CVL"}, found


@pytest.mark.parametrize("text", [
    "The governor met protesters in the square on Monday.",
    "주지사는 9일 광장에서 시위대를 만났다.",
])
def test_no_state_no_meeting(text):
    assert consults(text) == [], consults(text)

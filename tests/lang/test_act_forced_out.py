"""A body, a mission or people made to leave the country by a verb of compelling or throwing out, in both languages
(plover61): 'forced X out of the country', 'kicked X out of the country', 'forced X to leave the country', Korean
'X를 국외로 내쫓았다', 'X를 출국시켰다' are the expulsion 'ordered X out of the country' and '추방했다' already were
(PLOVER SANCTION expel, aimed at the one expelled). An appositive between the one expelled and 'out of' ('the
agency, UNICEF, out of the country') is no end of the object. Negative rows: forced out of a town or an office, made
to leave talks, driven off a square: no one leaves a country. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

EXPELLED = [
    # (text, actor, recipient)
    ("Ecuador forced the UN children's agency out of the country on Monday.", "ECU", "UNO"),
    ("Ecuador kicked the UN children's agency out of the country on Monday.", "ECU", "UNO"),
    ("Ecuador forced two Peruvian diplomats to leave the country on Monday.", "ECU", "PER"),
    ("Ecuador threw the Peruvian ambassador out of the country on Monday.", "ECU", "PER"),
    ("Ecuador on Monday forced the UN children's agency, UNICEF, out of the country.", "ECU", "UNO"),
    ("에콰도르 정부는 12일 유엔아동기금을 국외로 내쫓았다.", "ECU", "UNO"),
    ("에콰도르 정부는 12일 유엔 감시단을 출국시켰다.", "ECU", "UNO"),
]


@pytest.mark.parametrize("text,actor,recipient", EXPELLED)
def test_made_to_leave_the_country_is_an_expulsion(text, actor, recipient):
    found = [e for e in events(text) if e.type == "SANCTION"]
    assert [e.mode for e in found] == ["expel"], [(e.type, e.mode) for e in events(text)]
    assert sides(text, "SANCTION") == [([actor], [recipient])]


NOT_EXPELLED = [
    "Ecuador's army forced the rebels out of the town on Monday.",
    "Protesters in Ecuador forced the interior minister out of office on Monday.",
    "Ecuador forced Peru to leave the talks on Monday.",
    "에콰도르 경찰은 12일 시위대를 광장에서 내쫓았다.",
]


@pytest.mark.parametrize("text", NOT_EXPELLED)
def test_forced_out_of_no_country_is_no_expulsion(text):
    assert not [(e.type, e.mode) for e in events(text) if e.type == "SANCTION"]


def test_an_appositive_before_the_asked_sides_infinitive_still_names_it():
    """The same window reading for an appeal: 'asked the agency, UNICEF, to help' asks the agency."""
    text = "Peru on Monday asked the UN children's agency, UNICEF, to help flood victims."
    assert sides(text, "REQUEST") == [(["PER"], ["UNO"])]

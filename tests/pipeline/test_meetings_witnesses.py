"""(witness49) People who witness, observe or sit in on what others did ('B와 C 외교장관이 증인 자격으로 참석했다', 'The
signing was witnessed by the leaders of B and C', 'B and C attended as observers', 'The B and C envoys also attended
the ceremony') are no meeting of their own: two of them named together imply no CONSULT between their states
(lang/base/meetings.py sits_in_only; pipeline/events.implied_meeting). Two officials of two states acting together
still imply one (the negatives)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "케냐와 탄자니아는 9일 나이로비에서 국경 협정에 서명했다. 가나와 세네갈 외교장관이 증인 자격으로 참석했다.",
    "케냐와 탄자니아는 9일 나이로비에서 국경 협정에 서명했다. 서명식에는 가나와 세네갈 외교장관이 참관인으로 입회했다.",
    "케냐와 탄자니아는 9일 나이로비에서 국경 협정에 서명했다. 가나 외교장관과 세네갈 외교장관도 참석했다.",
    "Kenya and Tanzania signed a border accord in Nairobi on Thursday. The signing was witnessed by the foreign "
    "ministers of Ghana and Senegal.",
    "Kenya and Tanzania signed a border accord in Nairobi on Thursday. The foreign ministers of Ghana and Senegal "
    "were also present as witnesses.",
    "Kenya and Tanzania signed a border accord in Nairobi on Thursday. The foreign ministers of Ghana and Senegal "
    "attended the signing ceremony.",
])
def test_witnesses_of_a_signing_hold_no_meeting(extract, text):
    events = extract(text, published=DAY)
    assert not events_of(events, "CONSULT")
    assert events_of(events, "AGREE")  # the signing itself stays


@pytest.mark.parametrize("text", [
    "가나와 세네갈 외교장관은 9일 다카르에서 공동성명을 내고 말리 사태의 즉각적인 휴전을 함께 촉구했다.",
    "The foreign ministers of Ghana and Senegal on Thursday jointly urged an immediate ceasefire in Mali.",
])
def test_officials_acting_together_still_meet(extract, text):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == {"GHA", "SEN"}


@pytest.mark.parametrize("text, codes", [
    # (enclause50) no act of others told: the attendees' own ceremony, a meeting of theirs
    ("The prime ministers of Norway and Iceland attended the signing ceremony in Oslo on Thursday.", {"NOR", "ISL"}),
    ("The foreign ministers of Chile and Peru attended a signing ceremony in Lima on Friday.", {"CHL", "PER"}),
])
def test_attendees_of_a_ceremony_no_one_else_held_meet(extract, text, codes):
    (meeting,) = events_of(extract(text, published=DAY), "CONSULT")
    assert {p.country for p in meeting.participants} == codes

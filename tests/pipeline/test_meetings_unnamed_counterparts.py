"""(counterparts64) A meeting with an office holder named by no name, only by the state whose counterpart he is:
'his counterpart from Chile', 'counterparts from Chile and Bolivia', 'his Chilean counterpart' met by 'the Peruvian
president', and Korean '칠레 측 상대와' are that state's side of the meeting, the speaker's side the title's state
(lang/en state_party `state_counterpart_before_re`, lang/ko state_group `state_counterpart_nouns`, pipeline/states
state_items reading a country word inside a counterpart read as its state). Negatives: counterparts of no state, a
venue state after the counterpart, a counterpart not met, '상대로' (against) with no side noun."""
from datetime import date

import pytest

from tests.conftest import countries, events_of

DAY = date(2026, 3, 10)


@pytest.mark.parametrize("text, parties", [
    ("Peru's foreign minister met his counterpart from Chile on Monday in Lima.", {"PER", "CHL"}),
    ("The Norwegian defense minister held talks with her counterpart of Finland on Tuesday.", {"NOR", "FIN"}),
    ("Peru's foreign minister met counterparts from Chile and Bolivia on Monday.", {"PER", "CHL", "BOL"}),
    ("The Peruvian president met his Chilean counterpart on Monday.", {"PER", "CHL"}),
    ("The Kenyan president met his counterpart from Uganda in Nairobi on Friday.", {"KEN", "UGA"}),
    ("페루 대통령은 칠레 측 상대와 회담했다.", {"PER", "CHL"}),
    ("노르웨이 국방장관은 10일 핀란드측 상대방과 회담했다.", {"NOR", "FIN"}),
])
def test_an_unnamed_counterpart_is_his_state_side(extract, text, parties):
    (e,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(e.participants) == parties and e.status == "occurred"


@pytest.mark.parametrize("text, parties", [
    # a state named after the counterpart as the venue is no party
    ("The Peruvian president met his counterpart from Chile in Bolivia on Monday.", {"PER", "CHL"}),
])
def test_a_venue_is_no_counterpart(extract, text, parties):
    (e,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(e.participants) == parties


@pytest.mark.parametrize("text", [
    "Peru's foreign minister met counterparts on Monday.",  # counterparts of no state named
    "Peru's foreign minister criticized his counterpart from Chile on Monday.",  # no meeting
    "페루 대통령은 상대와 회담했다.",  # a counterpart of no state
    "페루 대통령은 칠레를 상대로 소송을 제기했다.",  # '상대로' (against) after no side noun: no meeting
])
def test_no_meeting_without_a_counterpart_state(extract, text):
    assert not events_of(extract(text, published=DAY), "CONSULT")

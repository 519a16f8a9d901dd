"""South Korea's central agencies and their heads (offices.yaml `agency`, title22): each head is the home state's
office, a general title of the class means it only in South Korea, and the schema refuses a head with no state."""
import pytest
from pydantic import ValidationError

from readout.kb.loader import kb
from readout.kb.offices import office_for
from readout.kb.schema import OfficeEntry


def test_every_agency_head_is_south_koreas_and_names_its_body():
    heads = [o for o in kb().offices.values() if o.agency]
    assert len(heads) >= 30
    assert all(o.country == "KOR" and o.agency.endswith(("청", "처", "원", "회", "부")) for o in heads), \
        [o.id for o in heads if o.country != "KOR"]


@pytest.mark.parametrize("office, country, expected", [
    ("police_chief", "KOR", "kor_police_commissioner"),  # the class in the home state: its agency's head
    ("jcs_chairman", "KOR", "kor_jcs_chairman"),
    ("intelligence_director", "KOR", "kor_nis_director"),
    ("coast_guard_chief", "KOR", "kor_coast_guard_commissioner"),
    ("jcs_chairman", "USA", "jcs_chairman"),  # another state keeps the general office
    ("kor_coast_guard_commissioner", "JPN", "coast_guard_chief"),  # '일본 해양경찰청장': Japan's, the class
    ("police_chief", "MEX", "police_chief"),
])
def test_the_office_a_general_title_means_by_state(office, country, expected):
    assert office_for(office, country) == expected


def test_an_agency_head_needs_a_state():
    with pytest.raises(ValidationError):
        OfficeEntry(id="x_head", name="Head of X", sector="GOV", agency="X청", ko=["X청장"])
    assert OfficeEntry(id="x_head", name="Head of X", sector="GOV", country="KOR", agency="X청").agency == "X청"

"""English classes of who acts when the subject is not a name, end to end on our own sentences:
- a bare definite body opening a sentence ('The ministry also urged ...', 'The embassy said ... and urged ...') goes
  on with the side whose statement was just reported (lang/en/language.py continuation, en.yaml continued_body_re);
- a rejection, denial or dismissal of a bare charge ('rejected the protest', 'denied the charges', 'denied any
  involvement') answers the side
  that accused or protested just before (act_rejected_objects.rejected_proposals marking `rejected_charge`, cue charge_nouns);
- 'the South' with no North named in its sentence is South Korea where the sentences just before named it, whoever
  speaks (lang/en/language.py body_references, en.yaml the_south_back_codes).

Formerly tests/lang/test_en_discourse24.py, classes first read by session 18, en24 (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Uruguay criticized Paraguay over the dam dispute on Monday. The ministry also urged Asuncion to reopen the "
     "talks.", "REQUEST", "URY", "PRY"),
    ("Latvia condemned Belarus on Monday for the border incidents. The government then demanded that Minsk halt the "
     "crossings.", "REQUEST", "LVA", "BLR"),
    ("Tanzania accused Burundi of harbouring rebels on Friday. The embassy said the camps were a threat and urged "
     "Gitega to close them.", "REQUEST", "TZA", "BDI"),
])
def test_a_bare_body_goes_on_with_the_side_just_heard(text, kind, actor, recipient):
    found = sides(text, kind, "2026-05-08")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    # the act before was no statement: a ministry is not the voice of whoever launched
    "Iran launched a satellite on Monday. The ministry urged Bahrain to stay calm.",
    # no sentence before names anyone: the body has no side to go on with
    "The agency also urged Bahrain to stay calm.",
])
def test_a_bare_body_after_no_statement_is_no_ones(text):
    assert not any("IRN" in a for a, _ in sides(text, "REQUEST", "2026-05-08")), sides(text, "REQUEST", "2026-05-08")
    assert all(a for a, _ in sides(text, "REQUEST", "2026-05-08"))


@pytest.mark.parametrize("text, actor, recipient", [
    ("Senegal protested to Gambia over the fishing ban on Monday. Gambia rejected the protest on Tuesday.",
     "GMB", "SEN"),
    ("Senegal protested to Gambia over the fishing ban on Monday. Gambia dismissed the protest as baseless.",
     "GMB", "SEN"),
    ("Armenia accused Azerbaijan of shelling a village on Monday. Azerbaijan denied the charges on Tuesday.",
     "AZE", "ARM"),
    # (request54) a denial of one's own part in the deed charged: 'denied any involvement', 'denies wrongdoing'
    ("Kenya accused Somalia on Monday of arming the militants. Somalia denied any involvement.", "SOM", "KEN"),
    ("Iran blamed Israel for the blackout at the nuclear site. Israel denied responsibility on Sunday.", "ISR", "IRN"),
    ("Ghana accused Togo of sheltering the gunmen. Lome denies any wrongdoing.", "TGO", "GHA"),
])
def test_a_rejected_charge_answers_its_author(text, actor, recipient):
    found = sides(text, "REJECT", "2026-05-08")
    assert any(actor in a and recipient in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Senegal hosted a summit on Monday. Gambia denied the charges on Tuesday.",
    "Senegal hosted a summit on Monday. Gambia denied any involvement in the plot.",
])
def test_a_rejected_charge_with_no_charge_before_answers_no_one(text):
    # nothing was charged before: the denial answers no one the story named acting on it
    found = sides(text, "REJECT", "2026-05-08")
    assert not any("SEN" in r for _, r in found), found


@pytest.mark.parametrize("text, kind", [
    ("Seoul proposed military talks on Monday. Kim Yo-jong said on Tuesday that the South would pay a heavy price "
     "for the balloons.", "THREATEN"),
    ("South Korea resumed loudspeaker broadcasts on Monday. Kim Yo-jong on Tuesday accused the South of "
     "provoking a clash.", "ACCUSE"),
])
def test_the_south_after_south_korea_is_south_korea(text, kind):
    found = sides(text, kind, "2026-05-08")
    assert any("PRK" in a and "KOR" in r for a, r in found), found


def test_the_south_with_no_korea_before_is_no_one():
    # 'the South' of another country's story names no state
    found = sides("Brazil and Peru held talks on Monday. The president accused the South of hoarding funds.",
                  "ACCUSE", "2026-05-08")
    assert not any("KOR" in r for _, r in found), found


@pytest.mark.parametrize("text, actor, recipient", [
    ("Ecuador's envoy to the Geneva-based agencies, Rosa Paredes, condemned Colombia over the raid.", "ECU", "COL"),
    ("Ghana's ambassador to the talks, Kofi Mensah, blamed Togo for the delay.", "GHA", "TGO"),
    ("Hungary's envoy to the United Nations, Zsolt Farkas, criticized Slovakia on Monday.", "HUN", "SVK"),
])
def test_a_countrys_office_to_a_post_then_its_holders_name_acts_for_the_country(text, actor, recipient):
    found = sides(text, "ACCUSE", "2026-05-08")
    assert any(actor in a and recipient in r for a, r in found), found


def test_a_post_phrase_with_no_name_after_it_is_no_title():
    # 'to the region' ends no title before a name: the country that criticized is the subject
    found = sides("Ecuador sent an envoy to the region, and Peru criticized Colombia.", "ACCUSE", "2026-05-08")
    assert any("PER" in a and "COL" in r for a, r in found) and not any("ECU" in a for a, _ in found), found


@pytest.mark.parametrize("text", [
    # two sentences with no act between: the voice is lost
    "Gabon accused Cameroon of sheltering plotters on Thursday. The plot was said to be large. Many officers had "
    "fled. He called on Cameroonian authorities to hand over two officers.",
    # 'It' goes on only into the next sentence (tests/pipeline/test_unowned_rejections_office_nouns.py)
    "Gabon accused Cameroon of sheltering plotters on Thursday. Heavy rain hit the capital on Friday. It also urged "
    "Yaounde to hand over two officers.",
])
def test_a_voice_does_not_reach_too_far(text):
    assert not any("GAB" in a for a, _ in sides(text, "REQUEST", "2026-05-08"))


REQUESTS = {
    "a_voice_goes_on_past_a_sentence_with_no_act": [
        ("Gabon accused Cameroon of sheltering plotters on Thursday. The minister said the plotters had planned to "
         "storm the palace. He called on Cameroonian authorities to hand over two officers.", "GAB", "CMR"),
        ("Moldova criticized Romania over the river dredging on Monday. The statement said the work broke a 2010 "
         "accord. The spokeswoman urged Bucharest to suspend the dredging.", "MDA", "ROU"),
        ("Nepal protested to India over the new map on Monday. The spokesman said the map was unacceptable. The "
         "ministry also urged New Delhi to withdraw it.", "NPL", "IND"),
    ],
    "a_side_that_spoke_still_speaks_after_its_own_reported_deed": [
        ("Gabon accused Cameroon of sheltering plotters on Thursday. Gabon's minister said that ten soldiers had been "
         "arrested. He called on Cameroonian authorities to hand over two officers.", "GAB", "CMR"),
        ("Oman condemned Yemen's seizure of a ship on Monday, adding that its navy had been deployed. The ministry "
         "also urged Sanaa to free the crew.", "OMN", "YEM"),
    ],
}


@pytest.mark.parametrize("text, actor, recipient", class_rows(REQUESTS))
def test_the_request_has_its_sides(text, actor, recipient):
    found = sides(text, "REQUEST", "2026-05-08")
    assert any(actor in a and recipient in r for a, r in found), found


def test_a_deed_of_another_side_silences_the_voice():
    text = "Gabon accused Cameroon of sheltering plotters on Monday. Cameroon deployed troops to the border. " \
           "The ministry urged Chad to stay neutral."
    assert not any("GAB" in a for a, _ in sides(text, "REQUEST", "2026-05-08"))

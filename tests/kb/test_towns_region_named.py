"""(towns47, issue 14) A town named like a first-level region of its own state is a town: GeoNames writes the large
city one way ('Zaporizhzhya', 'Misratah') and its region as the news writes both ('Zaporizhzhia', 'Misrata'), so the
build kept the news spelling out of towns_world.yaml as 'a region's name'. The two readings agree on the state, so
the town keeps the name; a region of ANOTHER state still keeps the town out ('Virginia' in South Africa, 'Colorado'
in Brazil), as do English words and people's names."""
from datetime import date

import pytest

from readout.lang.en.towns import town_of


@pytest.mark.parametrize("name, code", [
    ("Zaporizhzhia", "UKR"),  # the region's spelling of a large city GeoNames writes otherwise
    ("Misrata", "LBY"),
    ("Agadez", "NER"),  # a town named for (or naming) its own region
    ("Andijan", "UZB"),
    ("Amasya", "TUR"),
])
def test_town_named_like_its_own_region_is_kept(name, code):
    assert town_of(name) == code


@pytest.mark.parametrize("name", [
    "Virginia", "Colorado", "Vermont", "Canterbury",  # a region of another state: the region's reading wins
    "Central", "Delta",  # and ordinary words stay out
    "Mobile", "Reading", "Hope", "Spring",
])
def test_region_of_another_state_or_a_word_is_no_town(name):
    assert town_of(name) is None


def places_of(text: str) -> set[tuple[str, str]]:
    from readout.api import extract_text

    return {(p.name, p.country) for p in extract_text(text, "t.txt", date(2025, 3, 4)).places}


@pytest.mark.parametrize("text, place", [
    # places55b: GeoNames' one city so spelt, as the bare 'in Zaporizhzhia' names it (kb/town_spellings.town_entry)
    ("Artillery units of Russia shelled the city of Zaporizhzhia overnight, Kyiv said.", ("Zaporizhzhya", "UKR")),
    ("The envoys of Chad and Niger sat down together in the port city of Misrata on Sunday.", ("Misratah", "LBY")),
    ("Officials from Mali and Algeria met in the desert town of Agadez to discuss the border.", ("Agadez", "NER")),
])
def test_described_town_named_like_its_region_is_a_place(text, place):
    assert place in places_of(text)


@pytest.mark.parametrize("text", [
    "The envoys of Chad and Niger said the city of Hope would wait until spring.",
    "Officials from Mali and Algeria spoke of a town of Central importance to trade.",
    "The envoys of Chad and Niger met in the village of Delta on Sunday.",
])
def test_words_after_a_town_descriptor_stay_no_place(text):
    assert not {p for p in places_of(text) if p[0] in {"Hope", "Central", "Delta"}}

import pytest

from readout.lang.en.mentions import find_mentions


@pytest.mark.parametrize("text, name, office, country", [
    ("U.S. Secretary of State Antony Blinken met reporters.", "Antony Blinken", "secretary_of_state", "USA"),
    ("Japanese Foreign Minister Takeshi Iwaya arrived.", "Takeshi Iwaya", "foreign_minister", "JPN"),
    ("Mr. SATO Kenji, Minister for Foreign Affairs of Japan, spoke.", "SATO Kenji", "foreign_minister", "JPN"),
    ("Russian President Vladimir Putin left.", "Vladimir Putin", "president", "RUS"),
])
def test_title_forms(text, name, office, country):
    m = find_mentions(text)[0]
    assert (m.surface, m.office, m.country) == (name, office, country)


def test_counterpart_takes_its_country_from_the_adjective():
    found = find_mentions("Japanese Foreign Minister Taro Sato and his South Korean counterpart, Lee Min-ho, met.")
    assert [(m.surface, m.country) for m in found] == [("Taro Sato", "JPN"), ("Lee Min-ho", "KOR")]


def test_a_place_before_a_title_is_not_a_person():
    found = find_mentions("Earlier in Manila, Secretary of State Antony J. Blinken addressed students.")
    assert [m.surface for m in found] == ["Antony J. Blinken"]


def test_title_without_name_is_a_reference():
    (m,) = find_mentions("The Secretary thanked everyone.")
    assert m.surface == "" and m.office == "secretary_of_state"


def test_spokespeople_are_excluded():
    (m,) = find_mentions("The below is attributable to Spokesperson Jane Roe:")
    assert m.excluded


@pytest.mark.parametrize("text, surnames", [
    ("Yoon met Kishida in Madrid on Wednesday.", ["Yoon", "Kishida"]),  # a head's surname as a meeting's party
    ("Biden, Yoon and Kishida met in Phnom Penh.", ["Biden", "Yoon", "Kishida"]),
    ("Lee held talks with Xi in Shenzhen.", ["Lee", "Xi"]),
    ("Cho met with Lee Sang-min on Monday.", []),  # a longer name is not the head's
    ("Cho met Lee's envoy on Monday.", []),  # an owner is no party
    ("The exhibit was held in Xi'an.", []),
])
def test_a_heads_bare_surname_around_a_meeting_verb(text, surnames):
    heads = [m.surface for m in find_mentions(text) if not m.title]
    assert heads == surnames

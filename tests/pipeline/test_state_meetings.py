"""Meetings whose parties are states, delegations or unnamed officials (pipeline/events `state_parties`),
from sentences we wrote. English only: the Korean reader answers `Language.state_party` with its default
(never) until lang/ko gives it country words before group nouns ('중국 대표단', '인도·파키스탄 당국자들')."""
from datetime import date

import pytest

from tests.conftest import countries, events_of

DAY = date(2021, 3, 10)


@pytest.mark.parametrize("text, parties, mode", [
    # a country adjective before a group noun, on either side, with the group's sector
    ("A Chilean trade delegation held talks with Vietnamese officials in Hanoi on Tuesday.", {"CHL", "VNM"}, None),
    ("Kenyan and Ugandan officials met in Kampala on Monday.", {"KEN", "UGA"}, None),
    # a name or a capital standing for its state
    ("Oslo and Helsinki held talks on fishing quotas on Monday.", {"NOR", "FIN"}, None),
    # a possessive with an office that names nobody, visiting a state: a visit of the two states
    ("Peru's deputy trade minister visited Egypt on Monday.", {"PER", "EGY"}, "visit"),
    # a named person with a state group on the other side: the person stays, the group is its state
    ("A group of Canadian diplomats met President Emmanuel Macron on Monday.", {"CAN", "FRA"}, None),
    # a host receiving a state's group; an unnamed counterpart is its state
    ("French President Emmanuel Macron received a Chilean delegation in Paris on Monday.", {"FRA", "CHL"}, None),
    ("Kenya's foreign minister met his Ugandan counterpart on Monday.", {"KEN", "UGA"}, None),
    # talks as the purpose of a journey: the travellers meet
    ("Chilean and Peruvian negotiators returned to Geneva this week for talks on fishing.", {"CHL", "PER"}, None),
])
def test_states_meet(extract, text, parties, mode):
    (e,) = events_of(extract(text, published=DAY), "CONSULT")
    assert countries(e.participants) == parties and e.mode == mode and e.status == "occurred"


def test_a_state_takes_the_sector_of_its_group(extract):
    (e,) = events_of(extract("Kenyan military officials met Ugandan diplomats on Monday.", published=DAY), "CONSULT")
    assert {p.country: p.sector for p in e.participants} == {"KEN": "MIL", "UGA": "GOV"}
    assert all(p.kind == "country" for p in e.participants)


@pytest.mark.parametrize("text", [
    "Chilean missiles and Vietnamese ships met at sea on Monday.",  # adjectives of things, not of people
    "Kenyan officials met on Monday to discuss the budget.",  # one state: a domestic meeting
    "Chilean officials will meet Vietnamese diplomats next month.",  # a plan of unnamed parties: too loose
    "At the Oslo meeting of Nordic officials, the budget was discussed on Monday.",  # a scene, not a predicate
    "Chilean officials said the talks with Peru were useful.",  # talks named, not held in this clause
    "Pakistan hosted Afghan refugees for years.",  # a country adjective of people who are no state's group
])
def test_no_state_meeting(extract, text):
    assert not [e for e in events_of(extract(text, published=DAY), "CONSULT")
                if any(p.kind == "country" for p in e.participants)]


def test_a_named_meeting_is_never_doubled_by_its_states(extract):
    """The sentence names both people: the named meeting alone, no country-level copy of it."""
    a = extract("German Chancellor Angela Merkel met French President Emmanuel Macron on Monday, and German and "
                "French officials held talks on trade.", published=date(2019, 3, 12))
    (e,) = events_of(a, "CONSULT")
    assert all(p.kind == "person" for p in e.participants)


def test_a_visit_whose_host_is_named_is_not_a_state_meeting(extract):
    """'visited Russia, where she met X': the host is named, so the visit adds no state-level meeting."""
    a = extract("Peru's deputy trade minister visited Egypt on Monday, where she discussed cotton with "
                "Egyptian President Abdel Fattah el-Sisi.", published=DAY)
    assert not [e for e in events_of(a, "CONSULT") if any(p.kind == "country" for p in e.participants)]


def test_a_state_meeting_joins_the_named_meeting_of_its_states(extract):
    """A later sentence reporting the same meeting by its states adds its sentence to the named one."""
    a = extract("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.\n"
                "German and French officials also held talks on trade.", published=date(2019, 3, 12))
    (e,) = events_of(a, "CONSULT")
    assert all(p.kind == "person" for p in e.participants) and len(e.evidence) == 2


@pytest.mark.parametrize("text, parties", [
    ("French President Emmanuel Macron received German Chancellor Angela Merkel in Paris on Monday.",
     {"Emmanuel Macron", "Angela Merkel"}),
    ("Chile received Japanese aid on Monday.", None),  # receiving a thing is no meeting
    ("Chile received a letter from Peru on Monday.", None),
    # a title with 'of' inside it still opens the guest's name
    ("French President Emmanuel Macron received U.S. Secretary of State John Smith in Paris on Monday.",
     {"Emmanuel Macron", "John Smith"}),
    ("French President Emmanuel Macron received the Order of Merit in Paris on Monday.", None),  # an honour
])
def test_received_is_a_meeting_only_with_a_guest(extract, text, parties):
    found = events_of(extract(text, published=date(2019, 3, 12)), "CONSULT")
    assert ({p.name for p in found[0].participants} if found else None) == parties


@pytest.mark.parametrize("text, parties", [
    ("Chile and Peru resumed their dialogue last year. The two countries' delegations held talks in Lima on Monday.",
     {"CHL", "PER"}),
    ("Chile and Peru resumed their dialogue last year. Both governments held talks in Lima on Monday.", {"CHL", "PER"}),
    # 'the two countries' after a sentence naming three states stands for no known pair
    ("Chile, Peru and Bolivia resumed their dialogue last year. The two countries held talks in Lima on Monday.", None),
    ("The two governments held talks in Lima on Monday.", None),  # nobody named before
])
def test_the_two_countries_are_the_states_just_named(extract, text, parties):
    found = [e for e in events_of(extract(text, published=DAY), "CONSULT")
             if any(p.kind == "country" for p in e.participants)]
    assert (countries(found[0].participants) if found else None) == parties


def test_a_meeting_noun_owned_by_a_body_has_no_counterpart_there(extract):
    """'hold the Conference of the UN ...': the body after 'of' owns the meeting; it is not a party."""
    a = extract("Kenyan officials hope to hold the first Negotiation Conference of the UN Water Convention in Nairobi.",
                published=DAY)
    assert not events_of(a, "CONSULT")


@pytest.mark.parametrize("text, parties, status", [
    # a plan or a cancellation of the states themselves (not of unnamed people): a planned or cancelled meeting
    ("Chile and Peru will hold talks in Lima next month.", {"CHL", "PER"}, "planned"),
    ("칠레와 페루는 다음 달 리마에서 회담을 열 계획이다.", {"CHL", "PER"}, "planned"),
    ("칠레·페루 외교장관회담이 무산됐다.", {"CHL", "PER"}, "cancelled"),
])
def test_states_plan_or_cancel_a_meeting(extract, text, parties, status):
    found = [e for e in events_of(extract(text, published=DAY), "CONSULT") if e.status == status]
    assert [countries(e.participants) for e in found] == [parties]

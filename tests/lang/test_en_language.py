"""English meeting and act rules that lang/en/language.py adds over the clause reader and the act lexicon."""
from datetime import date

import pytest

from tests.conftest import events_of


@pytest.mark.parametrize("text, mode", [
    ("Pakistan carried out a medium-range ballistic missile test on Sunday.", "weapons"),
    ("North Korea conducted a nuclear test on Sunday.", "weapons"),
    ("The South Korean army conducted drills near the border on Sunday.", "troops"),
])
def test_a_mobilization_naming_a_weapon_is_the_weapons_mode(extract, text, mode):
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "MOBILIZE")
    assert e.mode == mode


def test_a_group_word_that_opens_with_a_title_stands_for_both_parties(extract):
    """'The Secretary and Foreign Minister' is the meeting's two parties, not only 'The Secretary'."""
    a = extract("Secretary of State Antony Blinken met Foreign Minister Cho Tae-yul in Washington on Monday. "
                "The Secretary and Foreign Minister condemned North Korea's missile launches.",
                published=date(2024, 11, 19))
    (e,) = events_of(a, "ACCUSE")
    assert {p.country for p in e.participants} == {"USA", "KOR"} and {r.country for r in e.recipients} == {"PRK"}


@pytest.mark.parametrize("text", [
    "Cho Tae-yul, Antony Blinken and Takeshi Iwaya arrived in Lima on Thursday. The three ministers met on Friday.",
    "Cho Tae-yul, Antony Blinken and Takeshi Iwaya arrived in Lima on Thursday. All three met on Friday.",
])
def test_the_three_ministers_are_the_officials_named_together_before(extract, text):
    a = extract(text, published=date(2024, 11, 16))
    (e,) = events_of(a, "CONSULT")
    assert {p.name for p in e.participants} == {"Cho Tae-yul", "Antony Blinken", "Takeshi Iwaya"}
    assert e.date == date(2024, 11, 15)


@pytest.mark.parametrize("text, mode", [
    ("Cho Tae-yul asked Wang Yi to attend the summit in Gyeongju.", "meet"),
    ("Cho Tae-yul urged North Korea to halt its missile launches.", "change"),
])
def test_a_request_to_attend_or_meet_is_the_meet_mode(extract, text, mode):
    a = extract(text, published=date(2025, 9, 18))
    (e,) = events_of(a, "REQUEST")
    assert e.mode == mode


@pytest.fixture(scope="module")
def english():
    from readout.api import _default

    return _default().language("en")


@pytest.mark.parametrize("text, word, party_end, sector", [
    ("Kenyan diplomats met", "Kenyan", "Kenyan diplomats", "GOV"),
    ("met a Chilean trade delegation on", "Chilean", "a Chilean trade delegation", "GOV"),
    ("Kenyan and Ugandan officials met", "Kenyan", "Kenyan and Ugandan officials", "GOV"),
    ("Kenyan military officials met", "Kenyan", "Kenyan military officials", "MIL"),
    ("Peru's Deputy Trade Minister visited", "Peru", "Peru's Deputy Trade Minister", "GOV"),
    ("he visited Egypt on Monday", "Egypt", "Egypt", None),  # a name stands for its state alone
    ("Oslo and Helsinki held talks", "Oslo", "Oslo", None),  # so does a capital
    ("Chilean missiles hit", "Chilean", None, None),  # an adjective of a thing names no party
    ("the Kenyan economy grew", "Kenyan", None, None),
])
def test_a_country_word_names_its_state_as_a_party(english, text, word, party_end, sector):
    start = text.index(word)
    found = english.state_party(text, start, start + len(word))
    if party_end is None:
        assert found is None
    else:
        first = text.index(party_end)
        assert found == (first, first + len(party_end), sector)

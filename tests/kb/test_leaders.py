"""The world leaders table (leaders_world.yaml, from the Phoenix country dictionary): a titled name the
knowledge base does not know gets its country; the file's rows are checked."""
from datetime import date

import pytest
from pydantic import ValidationError

from readout.kb.leaders import key, leader
from readout.kb.schema import LeadersFile


@pytest.mark.parametrize("surface, day, titled, code", [
    ("Abdelaziz Bouteflika", date(2003, 5, 1), False, "DZA"),
    ("Yoweri Museveni", None, True, "UGA"),
    ("ABDELAZIZ BOUTEFLIKA", None, False, "DZA"),  # case does not count
    ("Bush", date(2003, 5, 1), True, "USA"),  # a surname the dictionary lists, with a title
])
def test_a_known_name_gives_its_country(surface, day, titled, code):
    assert leader(surface, day, titled)[0] == code


def test_a_surname_needs_a_title():
    assert leader("Bush", None, titled=False) is None


def test_an_unknown_name_gives_nothing():
    assert leader("Anna Novak", None, titled=True) is None


def test_spellings_share_one_key():
    assert key("Ban Ki-moon") == key("BAN KI MOON") == "ban ki moon"
    assert key("José Sócrates") == "jose socrates"


@pytest.mark.parametrize("row", [
    "Only A Name",  # too few fields
    "A Name|||",  # no role '..'
    "A Name|B Name|USA GOV ..",  # too few fields
])
def test_bad_rows_are_refused(row):
    with pytest.raises(ValidationError):
        LeadersFile(version=1, rows=row)


@pytest.mark.parametrize("row", ["a name|||USA GOV 2001-01-01", "a name|||usa GOV .."])
def test_bad_roles_are_refused_by_the_check(row):
    with pytest.raises(ValueError):
        LeadersFile(version=1, rows=row).roles_ok()


def test_a_titled_unknown_name_takes_the_tables_country_in_a_sentence():
    from readout.api import extract_text

    (event,) = extract_text("President Yoweri Museveni condemned Norway on Monday.",
                            published=date(2005, 5, 2)).events
    assert [p.country for p in event.participants] == ["UGA"]

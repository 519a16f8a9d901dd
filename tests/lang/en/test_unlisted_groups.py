"""(orgs52, issue 14) An armed group no table lists: a capitalized name ending in a group head, of the one state its
sentence names (lang/en/unlisted_groups.py). Our own invented groups and sentences."""
import pytest

from readout.lang.en.unlisted_groups import is_group_name, sentence_state, unlisted_group_mentions
from readout.model import CountryMention


@pytest.mark.parametrize("name, group", [
    ("Patriotic Resistance Front", True),
    ("Lake Region Defence Brigades", True),
    ("Kasai Volunteer Militia", True),
    ("Sudanese Armed Forces", True),  # a demonym is no guard word here: the country form covers it first
    ("National Army", False),  # the state's own
    ("Government Forces", False),
    ("Armed Forces", False),
    ("Republican Guard Brigades", False),
    ("Front", False),  # one word is no name
    ("Patriotic Front Committee", False),  # the head must end the name
])
def test_group_names(name, group):
    assert is_group_name(name.split()) is group


def mention(start: int, end: int, code: str) -> CountryMention:
    return CountryMention(start, end, [code], subject=True, sector="MIL")


@pytest.mark.parametrize("text, found, want", [
    ("Malian troops attacked the Patriotic Resistance Front on Monday.", [mention(0, 6, "MLI")],
     [("Patriotic Resistance Front", "MLI")]),
    # two states named: whose group it is is not told, no guess
    ("Malian and Nigerien troops attacked the Patriotic Resistance Front.", [mention(0, 6, "MLI"), mention(11, 19, "NER")],
     []),
    ("The Patriotic Resistance Front attacked a village on Monday.", [], []),  # no state named
    ("Malian troops said the National Army attacked them.", [mention(0, 6, "MLI")], []),
])
def test_unlisted_group_mentions(text, found, want):
    got = [(text[m.start:m.end], m.codes[0], m.sector) for m in unlisted_group_mentions(text, 0, found)]
    assert got == [(name, code, "REB") for name, code in want]


def test_sentence_state_ignores_bodies_of_no_state():
    assert sentence_state([mention(0, 2, "UNO"), mention(5, 9, "TCD")]) == "TCD"
    assert sentence_state([mention(0, 2, "TCD"), mention(5, 9, "NER")]) is None


def test_a_bare_state_gives_no_group_its_state():
    """'The X Movement accused Pakistan of abuses': the state accused tells nothing of whose group it is."""
    assert sentence_state([CountryMention(30, 38, ["PAK"], subject=False)]) is None

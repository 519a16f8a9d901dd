"""(orgs52, issue 14) Korean: an armed group no table lists, written as one word ending in a group head, is an armed
group (REB) of the one state its sentence names (lang/ko/unlisted_groups.py); the common words of war that end in a
head are no names. Our own invented groups."""
import pytest

from readout.lang.ko.unlisted_groups import group_word, sentence_state
from readout.model import CountryMention


@pytest.mark.parametrize("noun, group", [
    ("애국저항전선", True),
    ("호수지역방위여단", True),
    ("카사이자유해방군", True),
    ("남부민족해방운동", True),
    ("신속", False),  # no head
    ("정부군", False),
    ("반군", False),
    ("이슬람반군", False),  # people in arms, no name
    ("친정부군", False),
    ("평화유지군", False),
    ("최전선", False),
    ("동부전선", False),  # a front line: two syllables before the head
    ("독립기갑여단", False),  # a state's unit
    ("말리군", False),  # a state's forces: the country reader's
    ("우크라이나군", False),
    ("제3여단", False),  # not Hangul only
])
def test_group_words(noun, group):
    assert group_word(noun) is group


def test_one_state_or_none():
    mli = CountryMention(0, 2, ["MLI"], sector="MIL")
    assert sentence_state([mli, CountryMention(5, 7, ["UNO"])]) == "MLI"
    assert sentence_state([mli, CountryMention(5, 7, ["NER"], sector="MIL")]) is None
    assert sentence_state([CountryMention(0, 2, ["MLI"])]) is None  # a bare state's name: a target or a place
    assert sentence_state([]) is None

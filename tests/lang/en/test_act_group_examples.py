"""(enincl47) A state named as an example of the plural group opening the clause ('Western countries including X',
'donor nations, such as X,', 'African states led by X') takes the group's part: the subject. Korean 'X를 비롯한 B
국가들은' is read the same way (lang/ko/including_lists.py), checked here beside the English rows."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2026, 3, 4)

ROWS = [
    # the example takes the group's subject part
    ("Western countries including Sweden condemned the takeover in Gabon.", "ACCUSE", {"SWE"}, {"GAB"}),
    ("Western countries, including Sweden, condemned the takeover in Gabon.", "ACCUSE", {"SWE"}, {"GAB"}),
    ("European nations led by Austria condemned the raid on Moldova.", "ACCUSE", {"AUT"}, {"MDA"}),
    ("Several neighbours, among them Peru, denounced the blockade by Bolivia.", "ACCUSE", {"PER"}, {"BOL"}),
    ("노르웨이를 포함한 이웃 나라들은 가봉의 쿠데타를 규탄했다.", "ACCUSE", {"NOR"}, {"GAB"}),
]


@pytest.mark.parametrize("text,type_,actors,recipients", ROWS)
def test_group_example_is_the_subject(text, type_, actors, recipients):
    assert_act(extract_text(text, published=DAY).events, type_, actors, recipients, "occurred")


NEGATIVE = [
    # the group is no subject of the clause: the list sits in a noun phrase after a verb or an act word
    ("Attacks on several states including Ghana were condemned by Togo.", "GHA"),
    ("Support for several states including Chile was condemned by Peru.", "CHL"),
    # a name after 'including' that is no example of a group ('including Chile' as a preposition of the object)
    ("Strikes across the region, including Chile, were condemned by Uruguay.", "CHL"),
]


@pytest.mark.parametrize("text,absent", NEGATIVE)
def test_no_group_example_subject(text, absent):
    for e in extract_text(text, published=DAY).events:
        acting = {p.country for p in e.participants} - {p.country for p in e.recipients}
        assert absent not in acting, (e.type, acting)

"""The one warned is the subject of what the warning says will befall it, not the third party its condition names
(refs39; lang/en/act_warned_subjects.py): 'warned that Y would make a mistake if it sent arms to Z' warns Y, and so
does 'warned it would retaliate if Y sent arms to Z'; Korean reads the same from the condition's subject."""
from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Iran warned that Ankara would be making a serious mistake if it sold drones to Azerbaijan.",
    "The Iranian foreign minister warned on Tuesday that Ankara would make a grave error if it sold drones to Azerbaijan.",
    "Iran warned Ankara would pay a heavy price if it shipped drones to Azerbaijan.",
    "Iran warned that Turkish drone sales to Azerbaijan would be a grave mistake.",
    "Iran warned that it would retaliate if Turkey sold drones to Azerbaijan.",
    "Iran warned Turkey that it would retaliate if drones were sold to Azerbaijan.",
    "이란 외무장관은 12일 튀르키예가 아제르바이잔에 무인기를 보낸다면 큰 실수를 저지르는 것이라고 경고했다.",
    "이란은 튀르키예가 아제르바이잔에 무기를 공급하면 보복하겠다고 경고했다.",
])
def test_the_warned_is_the_subject_not_the_destination(extract, text):
    assert_act(events_of(extract(text, published=DAY)), "THREATEN", {"IRN"}, {"TUR"}, "occurred")


def test_a_condition_with_no_state_subject_keeps_its_whole_span(extract):
    """'if drones were sold to Z' names no one who would do it: the condition's state is still its aim."""
    assert_act(events_of(extract("Iran warned it would retaliate if drones were sold to Azerbaijan.", published=DAY)),
               "THREATEN", {"IRN"}, {"AZE"}, "occurred")

"""(konoun72) A noun act announced with its patient in the genitive, with sentences of our own.

'핀란드는 에스토니아 외교관들의 추방을 발표했다': the act noun's genitive run ends on a people noun an act is done to
(cues people_noun, detainee_noun, envoy_noun), so it names the patient, not the act's owner: the announcer's act,
received by the people's state, as English 'announced the expulsion of Estonian diplomats'. A proper name itself in
the genitive ('에스토니아의 미사일 발사를 발표했다') still owns the act: the announcer does not launch it.
"""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 4)


def sides(e):
    return {p.country for p in e.participants}, {p.country for p in e.recipients}


@pytest.mark.parametrize("text, actor, recipient", [
    ("핀란드는 3일 에스토니아 외교관들의 추방을 발표했다.", "FIN", "EST"),
    # journalists' or refugees' expulsion: COERCE deport, the verb's pair, as the manual codes individual deportations
    # (tests/lang/ko/test_act_counted_patients.py, konoun46)
    ("Finland announced the expulsion of Estonian diplomats on Tuesday.", "FIN", "EST"),
    ("Norway announced the expulsion of Swedish journalists.", "NOR", "SWE"),
])
def test_announced_act_on_genitive_people_is_the_announcers(text, actor, recipient):
    found = extract_text(text, published=DAY).events
    hit = [e for e in found if e.type == "SANCTION" and e.mode == "expel"]
    assert hit and sides(hit[0]) == ({actor}, {recipient}), found
    assert hit[0].status == "occurred", found


@pytest.mark.parametrize("text, announcer", [
    ("핀란드는 3일 에스토니아의 미사일 발사를 발표했다.", "FIN"),  # the name owns the act
    ("핀란드는 3일 에스토니아 난민의 추방을 발표하지 않았다.", "FIN"),  # nothing announced
    ("핀란드는 3일 난민의 추방을 반대한다고 밝혔다.", "FIN"),  # opposed, not done
    ("Finland announced Estonia's missile launch.", "FIN"),
])
def test_no_act_of_the_announcer(text, announcer):
    found = extract_text(text, published=DAY).events
    assert not [e for e in found if e.type in ("SANCTION", "COERCE", "MOBILIZE", "ASSAULT")
                and announcer in {p.country for p in e.participants}], found

"""Korean acts (session 20 round 3, ko-acts24, classes found in the open batches art15a..art21b). Each row is a
sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what it
states (type, acting states exactly among the parties, receiving states, status; status None: no such event)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.lang.test_ko_sides20 import PUB, check

# 1a. An act noun used as a label, not a report: the whole of a one-word quote before a quoting particle or copula
# ('"납치"라며 반발', '"침략"이라고'), or the complement in 로 of a renaming verb ('체포를 납치로 둔갑시키려는',
# '테러로 규정') (lang/ko/acts.py labelled_noun, cue relabel_verb). The judgement itself stays.
LABELS = [
    ("볼리비아 측은 이를 \"납치\"라며 반발했다.", [("ASSAULT", None, None, None)]),
    ("콜롬비아 정부는 에콰도르의 체포를 납치로 둔갑시키려는 시도를 규탄했다.",
     [("ASSAULT", None, None, None), ("ACCUSE", {"COL"}, {"ECU"}, "occurred")]),
    ("우루과이 외교부는 파라과이의 단속을 \"침략\"이라며 항의했다.",
     [("ASSAULT", None, None, None), ("ACCUSE", {"URY"}, {"PRY"}, "occurred")]),
    # negative: an act noun caused by no renaming verb is the act ('공습으로 타격했다')
    ("터키군은 시리아 북부를 공습으로 타격했다.", [("ASSAULT", {"TUR"}, {"SYR"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", LABELS)
def test_act_noun_as_label_is_no_act(text, expected):
    check(text, expected)


def test_longer_quote_is_not_a_label():
    """A quote with more than the noun in it is speech: its act is read as before (here: the arrest told first)."""
    events = extract_text("헝가리 경찰은 시위대를 체포했고 야당은 \"불법 체포를 중단하라\"고 요구했다.", published=PUB).events
    assert any(e.type == "COERCE" for e in events)

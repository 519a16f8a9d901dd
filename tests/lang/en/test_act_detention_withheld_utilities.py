"""COERCE by the PLOVER manual's modes the English lexicon lacked: people held against their will are
detained (COERCE arrest: 'has been holding hundreds of refugees', 'kept the activists in custody'), and a utility
shut off is withheld (COERCE withhold: 'shut off internet access'). Holding a rally, talks or a town is no
detention. Korean readers already code 억류 and 차단 so (the Korean rows check it). Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None, mode)
    ("The Bolivian army has been holding dozens of Peruvian migrants at a border post.", "COERCE", {"BOL"}, {"PER"},
     "occurred", "arrest"),
    ("Belarusian police held the two Polish reporters for a week.", "COERCE", {"BLR"}, {"POL"}, "occurred", "arrest"),
    ("Venezuela kept the opposition leaders in custody for a month.", "COERCE", {"VEN"}, None, "occurred", "arrest"),
    ("The Iranian authorities shut off internet access in Tehran on Friday.", "COERCE", {"IRN"}, None, "occurred",
     "withhold"),
    ("The ruling party of Zambia will hold a rally attended by thousands of students.", "COERCE", set(), None, None, None),
    ("Peru and Chile held talks on fishing rights on Monday.", "COERCE", set(), None, None, None),
    ("볼리비아군은 페루 이주민 수십 명을 국경 초소에 억류하고 있다.", "COERCE", {"BOL"}, {"PER"}, "occurred", "arrest"),
    ("이란 당국은 5일 테헤란의 인터넷 접속을 차단했다.", "COERCE", {"IRN"}, None, "occurred", None),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_detention_and_withheld_utilities(extract, text, kind, actors, recipients, status, mode):
    assert_act(extract(text).events, kind, actors, recipients, status, mode)

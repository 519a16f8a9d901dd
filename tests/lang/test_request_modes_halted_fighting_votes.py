"""(request56) The REQUEST modes read from what is asked (lang/base/acts.act_mode, the lexicons' request_*_re), both
languages: fighting halted ('to cease military operations', '공습을 즉각 중단하라고') is a ceasefire asked, the manual's
'yield'; a vote held or an official out of office ('to hold a referendum', '장관 해임을') is 'change'; anything else
stopped stays 'change' in English (the Korean lexicon's entries read a demand to stop as
'yield'). Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.lang.ko.act_rows import PUB

ROWS = [
    ("Norway urged Turkey to immediately cease military operations in the north.", {"NOR"}, {"TUR"}, "yield"),
    ("Brazil called on Venezuela to halt the shelling of the border villages.", {"BRA"}, {"VEN"}, "yield"),
    ("노르웨이는 튀르키예에 북부에서의 군사 작전을 즉각 중단하라고 촉구했다.", {"NOR"}, {"TUR"}, "yield"),
    ("브라질은 베네수엘라에 국경 마을에 대한 포격을 중단할 것을 요구했다.", {"BRA"}, {"VEN"}, "yield"),
    ("Canada urged Haiti to hold elections before the end of the year.", {"CAN"}, {"HTI"}, "change"),
    ("The United States urged Georgia to hold a fresh referendum.", {"USA"}, {"GEO"}, "change"),
    ("유럽연합은 가봉 당국에 조속한 선거 실시를 촉구했다.", {"EUR"}, {"GAB"}, "change"),
    # negative: a stop of something that is no fighting stays a request for change
    ("Canada urged Peru to stop the construction of the dam.", {"CAN"}, {"PER"}, "change"),
    ("프랑스는 말리 군정에 조속한 총선 실시를 요구했다.", {"FRA"}, {"MLI"}, "change"),
]


@pytest.mark.parametrize("text,actors,recipients,mode", ROWS)
def test_request_mode_follows_what_is_asked(text, actors, recipients, mode):
    assert_act(extract_text(text, published=PUB).events, "REQUEST", actors, recipients, "occurred", mode)

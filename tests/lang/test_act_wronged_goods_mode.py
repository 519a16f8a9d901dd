"""accuse58 ACCUSE mode class: a reported wrong whose object is a common good ('said X had undermined the peace
process', 'had "sabotaged" the dialogue'; Korean '평화 프로세스를 훼손했다고', '민주주의를 짓밟았다고') judges how
X acted: ACCUSE disapprove (the manual's 'criticize'), not allege; a wrong done to a side or a place ('breached the
border', '국경을 침범했다고') still alleges, and the harmed good is no vandalism (no PROTEST). Our own sentences, both
languages in one table (lang/en/act_characterize.wronged_good, lang/ko/act_verdicts._wronged_good)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2025, 10, 8)
LEAD_KO = "우루과이 외교부는 7일 성명을 냈다. "

ROWS = [  # (text, mode)
    ("Uruguay's foreign minister said in a statement that Paraguay had undermined the peace process in the region.",
     "disapprove"),
    ("Uruguay's foreign minister said that Paraguay had \"sabotaged\" the dialogue with its neighbours.", "disapprove"),
    ("Uruguay's foreign minister said Paraguayan troops had breached the border on Tuesday.", "allege"),
    (LEAD_KO + "우루과이 외교부는 파라과이가 지역 평화 프로세스를 훼손했다고 주장했다.", "disapprove"),
    (LEAD_KO + "우루과이 외교부는 파라과이 정부가 민주주의를 짓밟았다고 비판했다.", "disapprove"),
    (LEAD_KO + "우루과이 외교부는 파라과이 군이 국경을 침범했다고 주장했다.", "allege"),
]


@pytest.mark.parametrize("text,mode", ROWS)
def test_wronged_good_mode(text, mode):
    events = extract_text(text, published=DAY).events
    assert_act(events, "ACCUSE", {"URY"}, {"PRY"}, "occurred", mode)
    assert not [e for e in events if e.type == "PROTEST"]

"""SANCTION by the PLOVER manual's modes told with verbs the English lexicon lacked: personnel a state or a body
moves out of a country by a verb of transport ('flew its diplomats out of X', 'peacekeepers were shipped out of
X'; Korean '외교관들을 철수시켰다', '감시단을') withdraw its non-military resources (SANCTION withdraw; troops withdrawn
stay RETREAT), and a body or mission ordered out of a country is expelled (SANCTION expel). Goods shipped and
tourists flown are no sanction. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act

ROWS = [  # (sentence, type, actors, recipients or None, status or None, mode)
    ("Portugal flew its diplomats out of Guinea-Bissau on Monday.", "SANCTION", {"PRT"}, {"GNB"}, "occurred", "withdraw"),
    ("Forty UN peacekeepers were shipped out of the Congolese town of Beni on Friday.", "SANCTION", {"UNO"}, {"COD"},
     "occurred", "withdraw"),
    ("The OSCE airlifted its observers from Armenia on Sunday.", "SANCTION", {"IGO"}, {"ARM"}, "occurred", "withdraw"),
    ("Mali ordered the UN mission out of the country on Monday.", "SANCTION", {"MLI"}, {"UNO"}, "occurred", "expel"),
    ("Belgium shipped medical supplies to Congo.", "SANCTION", set(), None, None, None),
    ("The airline flew 200 tourists out of Cancun.", "SANCTION", set(), None, None, None),
    # a verb entry for the noun 'forces' made "Security forces in X have tortured ..." lose its subject
    ("Security forces in Guinea have tortured scores of Liberian refugees.", "ASSAULT", {"GIN"}, {"LBR"}, "occurred",
     None),
    ("유엔은 7일 콩고에서 평화유지군을 철수시켰다.", "SANCTION", {"UNO"}, {"COD"}, "occurred", "withdraw"),
    ("포르투갈은 7일 기니비사우에서 외교관들을 철수시켰다.", "SANCTION", {"PRT"}, {"GNB"}, "occurred", "withdraw"),
    ("러시아는 7일 시리아에서 병력을 철수시켰다.", "RETREAT", {"RUS"}, {"SYR"}, "occurred", "withdraw"),  # troops: RETREAT
    ("말리는 7일 유엔 관리 7명을 추방했다.", "SANCTION", {"MLI"}, None, "occurred", None),
]


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_personnel_moved_out_and_expulsions(extract, text, kind, actors, recipients, status, mode):
    assert_act(extract(text).events, kind, actors, recipients, status, mode)

"""(ploveren63) Views exchanged with another side and contact made with it are consultations: 'exchanged views with X',
'contacted X' (CAMEO 046 EXCHANGE * VIEWS, 040 CONTACT; PLOVER CONSULT), and in Korean 'B와 의견을 교환했다', 'B 정부와
접촉했다'. People of one side only, a collision ('접촉'), or prisoners exchanged are no meeting. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "views exchanged": [
        ("Peru exchanged views with Chile on the border dispute.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
        ("The Ghanaian foreign minister exchanged views with his Togolese counterpart on Monday.", "CONSULT",
         {"GHA", "TGO"}, None, "occurred"),
        ("Bolivia and Paraguay exchanged views on river navigation.", "CONSULT", {"BOL", "PRY"}, None, "occurred"),
        ("Kenya said it would exchange opinions with Uganda next week.", "CONSULT", {"KEN", "UGA"}, None, "planned"),
        ("페루 외교장관은 12일 칠레 외교장관과 의견을 교환했다.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
    ],
    "contact made": [
        ("Peru contacted Chile on Monday.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
        ("The Ghanaian foreign minister contacted his Togolese counterpart on Monday.", "CONSULT", {"GHA", "TGO"}, None,
         "occurred"),
        ("페루 정부는 12일 칠레 정부와 접촉했다.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
    ],
    "no meeting": [
        ("Police contacted the victim's family on Monday.", "CONSULT", set(), None, None),
        ("Peruvian scholars exchanged views at the seminar.", "CONSULT", set(), None, None),
        ("Peru exchanged prisoners with Chile.", "CONSULT", set(), None, None),
        ("페루 전문가들은 12일 세미나에서 의견을 교환했다.", "CONSULT", set(), None, None),
        ("페루 어선이 12일 칠레 경비정과 접촉했다.", "CONSULT", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_exchanged_views_and_contact(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

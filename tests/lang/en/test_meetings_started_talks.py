"""(ploveren63) A verb of starting before a meeting noun holds the meeting, as 'began' and 'resumed' do: 'opened talks
with X', 'started negotiations with X', 'launched talks', 'kicked off talks' (CAMEO 046 OPEN/START/LAUNCH * TALKS,
PLOVER CONSULT); Korean '칠레와 협상을 시작했다' reads so already. 'The opening session' (an adjective) and talks named after
another act's noun hold none. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "started": [
        ("Peru opened talks with Chile on Monday.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
        ("Ghana started negotiations with Togo over the border.", "CONSULT", {"GHA", "TGO"}, None, "occurred"),
        ("Kenya launched talks with Uganda on fishing rights.", "CONSULT", {"KEN", "UGA"}, None, "occurred"),
        ("Bolivia kicked off talks with Paraguay in Asuncion.", "CONSULT", {"BOL", "PRY"}, None, "occurred"),
        ("페루 정부는 12일 칠레와 협상을 시작했다.", "CONSULT", {"PER", "CHL"}, None, "occurred"),
    ],
    "no meeting held": [
        ("The opening session of the talks with Chile was delayed.", "CONSULT", set(), None, None),
        ("Peru launched a campaign ahead of the talks with Chile.", "CONSULT", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_started_talks(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

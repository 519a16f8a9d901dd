"""(ploveren66) A verb of entering talks holds them, as a verb of starting does: 'entered (into) talks with X', 'engaged
in negotiations with X', 'embarked on talks with X' (CAMEO 046 ENTER INTO / ENGAGE IN / EMBARK ON * NEGOTIATION,
PLOVER CONSULT; lexicon `light_verb_before_re`); Korean '칠레와 협상에 돌입했다/착수했다/들어갔다' reads so already. A
meeting noun that only names a place entered ('the summit venue'), a dispute engaged in, or a meeting after a journey
embarked on holds none. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "entered talks (en)": [
        ("Ecuador entered talks with Colombia over the fishing quota.", "CONSULT", {"ECU", "COL"}, None, "occurred"),
        ("Ghana entered into negotiations with Togo on Tuesday.", "CONSULT", {"GHA", "TGO"}, None, "occurred"),
        ("Kenya engaged in negotiations with Uganda about the lake.", "CONSULT", {"KEN", "UGA"}, None, "occurred"),
        ("Bolivia embarked on talks with Paraguay in Asuncion.", "CONSULT", {"BOL", "PRY"}, None, "occurred"),
    ],
    "entered talks (ko)": [
        ("에콰도르는 12일 콜롬비아와 협상에 돌입했다.", "CONSULT", {"ECU", "COL"}, None, "occurred"),
        ("가나 정부는 토고와 국경 협상에 착수했다.", "CONSULT", {"GHA", "TGO"}, None, "occurred"),
    ],
    "no talks entered": [
        ("Riot police entered the conference hall in Quito.", "CONSULT", set(), None, None),
        ("Ecuador is engaged in a quarrel with Colombia ahead of the summit.", "CONSULT", set(), None, None),
        ("Kenya embarked on a tour of Asia before the summit with Uganda.", "CONSULT", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_entered_talks(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

"""(ploveren66) A CAMEO pattern whose comment names a listed inflection of one of its block's verbs belongs to that
verb: under THROW {THROWS THROWING THREW THROWN}, '- * WEIGHT (BEHIND) [051] # THREW' is 'threw its weight behind X'
(SUPPORT), and '* OUT APPEAL # THREW' 'threw out X's appeal' (REJECT); under RALLY, '# RALLIED' patterns are rallying.
scripts/data/build_en_acts.py had read such a comment as no verb of the block and given the pattern to the block's
head ('hurl' + weight, 'discover' + in breach, 'finance' + trip), so the real phrase read nothing and the head's
phrase read an act. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None)
    "inflected pattern read on its verb": [
        ("Ghana threw its weight behind Togo's bid for the council seat.", "SUPPORT", {"GHA"}, {"TGO"}, "occurred"),
        ("Kenya threw its support behind Uganda in the border row.", "SUPPORT", {"KEN"}, {"UGA"}, "occurred"),
        ("Bolivia threw out Paraguay's appeal over the river tolls.", "REJECT", {"BOL"}, {"PRY"}, "occurred"),
        ("Ecuador rallied to the defense of Colombia after the vote.", "SUPPORT", {"ECU"}, {"COL"}, "occurred"),
    ],
    "the block head's phrase reads no act": [
        ("Ghana hurled its weight behind Togo's bid for the council seat.", "SUPPORT", set(), None, None),
        ("Engineers from Togo discovered a breach in Ghana's old dam.", "ACCUSE", set(), None, None),
        ("Kenya threw a dinner for Uganda's visiting trade envoy.", "SUPPORT", set(), None, None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status", ROWS)
def test_cameo_inflected_patterns(extract, text, kind, actors, recipients, status):
    assert_act(extract(text).events, kind, actors, recipients, status)

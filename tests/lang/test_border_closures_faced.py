"""(coerce56) A border closed toward a state named after (English) or before (Korean) the border noun's own modifiers
is the manual's SANCTION 'discontinue' aimed at that state, not a COERCE restriction, and so is a ban on a named
state's airlines from the airspace: 'closed its two northern border
posts with X', 'X와 맞닿은 북부 국경 초소를 폐쇄'. A border closed with no state named stays COERCE restrict.
Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text

BORDERS = [
    # (text, type, mode, actor, recipient)
    ("Peru closed its two northern border crossings with Ecuador on Friday.", "SANCTION", "discontinue", "PER", "ECU"),
    ("Kenya closed the borders of its eastern counties with Somalia on Friday.", "SANCTION", "discontinue",
     "KEN", "SOM"),
    ("Uganda closed the main border post with Rwanda late on Friday.", "SANCTION", "discontinue", "UGA", "RWA"),
    ("Peru closed its northern border crossings on Friday in coordination with Ecuador.", "COERCE", "restrict",
     "PER", None),
    ("Peru on Tuesday barred all Ecuadorian airlines from using Peruvian airspace.", "SANCTION", "discontinue", "PER",
     "ECU"),
    ("Peru on Tuesday banned drones from flying over the capital's airspace.", "COERCE", "restrict", "PER", None),
    ("페루는 7일 에콰도르와 맞닿은 북부 국경 검문소를 모두 폐쇄했다.", "SANCTION", "discontinue", "PER", "ECU"),
    ("우간다는 7일 자국과 르완다 사이의 국경을 폐쇄했다.", "SANCTION", "discontinue", "UGA", "RWA"),
    ("케냐는 7일 소말리아와의 모든 육로 국경을 봉쇄했다.", "SANCTION", "discontinue", "KEN", "SOM"),
    ("페루는 전염병 확산을 막기 위해 7일 북부 국경 검문소를 모두 폐쇄했다.", "COERCE", "restrict", "PER", None),
]


@pytest.mark.parametrize("text,kind,mode,actor,recipient", BORDERS)
def test_a_border_faced_toward_a_named_state_is_a_sanction_on_it(text, kind, mode, actor, recipient):
    found = [e for e in extract_text(text, published="2026-03-09").events if e.type in ("SANCTION", "COERCE")]
    assert [(e.type, e.mode, [p.country for p in e.participants]) for e in found] == [(kind, mode, [actor])]
    if recipient:
        assert [p.country for p in found[0].recipients] == [recipient]

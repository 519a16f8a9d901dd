"""(plover54) The ground of an arrest or a conviction told by a gerund ('arrested X for collaborating with Y', 'on
charges of aiding Y') is what X is held for, no cooperation that occurred (lang/en/act_arrest_grounds): the arrest
stays, the COOPERATE/AID/SUPPORT of the gerund is dropped, as Korean 'Y와 협력한 혐의로 체포했다' reads. A deed of force
as the ground stays (the charged deeds' rule), and a cooperation told apart from any arrest stays. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None, mode or None)
    "the arrest stays": [
        ("A Lithuanian teacher was arrested in Belarus for collaborating with Poland.", "COERCE", {"BLR"}, {"LTU"},
         "occurred", "arrest"),
        ("Belarus arrested a Lithuanian teacher for collaborating with Poland.", "COERCE", {"BLR"}, {"LTU"},
         "occurred", "arrest"),
        ("벨라루스 당국은 폴란드와 협력한 혐의로 리투아니아 교사를 체포했다.", "COERCE", {"BLR"}, {"LTU"}, "occurred",
         "arrest"),
    ],
    "the ground is no cooperation": [
        ("A Lithuanian teacher was arrested in Belarus for collaborating with Poland.", "COOPERATE", set(), None, None,
         None),
        ("A Lithuanian teacher was detained in Belarus on charges of collaborating with Poland.", "COOPERATE", set(),
         None, None, None),
        ("Belarus arrested a Lithuanian teacher on suspicion of cooperating with Polish intelligence.", "COOPERATE",
         set(), None, None, None),
        ("A Belarusian court convicted a Lithuanian teacher of aiding Polish spies.", "AID", set(), None, None, None),
        ("벨라루스 당국은 폴란드와 협력한 혐의로 리투아니아 교사를 체포했다.", "COOPERATE", set(), None, None, None),
    ],
    "force as the ground, or cooperation apart, stays": [
        ("Belarus arrested a Lithuanian teacher for attacking Polish police.", "ASSAULT", {"LTU"}, {"POL"}, "occurred",
         None),
        ("Lithuania and Poland are collaborating on a border fence, while Belarus arrested a Lithuanian teacher.",
         "COOPERATE", {"LTU", "POL"}, None, "occurred", None),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_arrest_grounds(text, kind, actors, recipients, status, mode):
    assert_act(extract_text(text, "2026-03-12").events, kind, actors, recipients, status, mode)

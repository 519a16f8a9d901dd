"""A definite office noun in a quote's trailing frame is the holder the story named before (threat61), with sentences
of our own: '"We will respond decisively to any provocation," the minister said' after "Peru's defence minister Ana
Rojas spoke ..." is Rojas's (Peru's) statement, as 'The minister also urged ...' opening a sentence was
(lang/en/reading_names.office_back; lexicon office_back_frame_re: ', the minister said', ', said the minister.').
Before, the frame named no one and the statement went to the story's lead state, the other side. Negative rows: the
holder named before is the other state's, whose voice it then is; a frame with no office noun stays as read.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

SHELLED = "Chilean troops shelled a Peruvian border post on Sunday.\n\n"
ROJAS = "Peru's defence minister Ana Rojas spoke to reporters. "
SOTO = "Chile's defence minister Luis Soto spoke to reporters. "

ROWS = class_rows({
    "frame-office-is-the-named-holder": [
        (SHELLED + ROJAS + '"We condemn this attack," the minister said.', "ACCUSE", [(["PER"], ["CHL"])]),
        (SHELLED + ROJAS + '"We will respond decisively to any provocation," the minister said.', "THREATEN",
         [(["PER"], ["CHL"])]),
        (SHELLED + ROJAS + '"We will respond decisively to any provocation," said the minister.', "THREATEN",
         [(["PER"], ["CHL"])]),
        (SHELLED + "Peru's defence minister Ana Rojas said: \"Our patience has limits.\" \"We will respond decisively to"
         ' any provocation," the minister said.', "THREATEN", [(["PER"], ["CHL"])]),
    ],
    "other-holder-or-no-office": [
        (SHELLED + SOTO + '"We will respond decisively to any provocation," the minister said.', "THREATEN",
         [(["CHL"], ["PER"])]),
        (SHELLED + SOTO + '"We acted in self-defence," the minister said.', "THREATEN", []),
    ],
})


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_office_back_frames(text, kind, expected):
    assert sides(text, kind) == expected

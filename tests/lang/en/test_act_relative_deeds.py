"""(relobj47, issue 13) A deed told in an object relative clause with a verb of its own is the clause subject's, on
the clause's own target: 'Peru condemned the missiles [Chilean forces had launched at Bolivia]' — Chile attacks
Bolivia, and Peru's condemnation is a second act. Read for a verb with a particle ('carried out'), a present verb
that agrees with its subject ('troops fire', 'Chile fires') and a weapons launch aimed at a target; Korean tells
the same with an adnominal clause ('[칠레군이 볼리비아에 발사한] 미사일을 규탄했다')."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [
    # a launch aimed at a target in the clause: an attack by the clause's subject
    ("Peru condemned the missiles Chilean forces had launched at Bolivia.", "ASSAULT", (["CHL"], ["BOL"])),
    ("Ecuador denounced the rockets Peruvian units launched at Colombia on Sunday.", "ASSAULT", (["PER"], ["COL"])),
    ("페루는 칠레군이 볼리비아에 발사한 미사일을 규탄했다.", "ASSAULT", (["CHL"], ["BOL"])),
    # a verb with its particle
    ("Peru condemned the raids Chilean troops carried out in Bolivia.", "ASSAULT", (["CHL"], ["BOL"])),
    ("Ghana deplored the strikes Togo carried out on Benin.", "ASSAULT", (["TGO"], ["BEN"])),
    # a present verb agreeing with its subject
    ("Peru condemned the shells Chilean troops fire at Bolivia every week.", "ASSAULT", (["CHL"], ["BOL"])),
    ("Ghana condemned the shells Togo fires at Benin.", "ASSAULT", (["TGO"], ["BEN"])),
    # negative rows: no target hit (a launch into the sea), a bare noun after a name, a weapon only stored
    ("Peru condemned the missiles Chilean forces had launched into the sea.", "ASSAULT", None),
    ("Peru voiced concerns about Chilean support to Bolivia.", "SUPPORT", None),
    ("Peru criticized the shells Chilean troops store near Bolivia.", "ASSAULT", None),
]


@pytest.mark.parametrize("text,kind,expected", ROWS)
def test_relative_deed(text, kind, expected):
    found = sides(text, kind)
    if expected is None:
        assert not found, found
        return
    assert found, found
    assert sorted(found[0][0]) == expected[0] and sorted(found[0][1]) == expected[1], found


@pytest.mark.parametrize("text", [
    "Peru condemned the missiles Chilean forces had launched at Bolivia.",
    "Peru condemned the shells Chilean troops fire at Bolivia every week.",
])
def test_outer_accusation_kept(text):
    assert (["PER"], ["CHL"]) in sides(text, "ACCUSE")

"""A deterrent warning threatens the offender, never the party protected (threats49; lang/en/act_deterrent_warnings),
with sentences of our own: 'X said it would not allow anyone to threaten Y' is X's THREATEN; the one warned is the
offender the clause names, else the other side of the acts just told, else no one; Y is no recipient.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, expected", [
    ("Turkey said it would not allow anyone to threaten its sovereignty.", (["TUR"], [])),
    ("Turkey warned that it would not let any country threaten Cyprus.", (["TUR"], [])),
    ("Turkey said it would not allow Greece to threaten Cyprus.", (["TUR"], ["GRC"])),
    ("Greece sent warships near Cyprus on Monday.\n\nTurkey said it would not allow anyone to threaten Cyprus.",
     (["TUR"], ["GRC"])),
    ("Indonesia will never allow any power to undermine the sovereignty of Timor-Leste, its president said.",
     (["IDN"], [])),
    ("Indonesia's president said Jakarta would never allow any power to undermine the sovereignty of Timor-Leste.",
     (["IDN"], [])),
])
def test_deterrent_warning(text, expected):
    assert expected in sides(text, "THREATEN")


@pytest.mark.parametrize("text", [
    "Turkey said it would not allow anyone to hold the talks hostage.",  # no harm to a party
    "Turkey said it would allow observers to monitor the border.",
])
def test_no_deterrent_warning(text):
    assert not sides(text, "THREATEN")

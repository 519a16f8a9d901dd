"""places56b (issue 13): a first-level region named alone after a plain locative ('in Guangdong', 'in Sichuan') is the
place, as 'in Guangdong province' was (lang/en/named_regions.bare_region, read by lang/en/places.run_place); a city or
town of the name is read first, and a name holding a common English word names no region. Our own sentences; the
Korean twin ('중국 쓰촨성에서') names the region with its type word."""
from __future__ import annotations

import pytest

from readout.lang.en.named_regions import bare_region
from tests.event_sides import events


@pytest.mark.parametrize("text, place", [
    ("Police arrested five activists in Guangdong on Tuesday.", ("Guangdong", "CHN", "region")),
    ("Police detained two lawyers in Sichuan on Monday.", ("Sichuan", "CHN", "region")),
    ("Police arrested four protesters in Bavaria on Saturday.", ("Bavaria", "DEU", "region")),
    ("중국 쓰촨성에서 경찰이 월요일 변호사 2명을 구금했다.", ("Sichuan", "CHN", "region")),
    ("Police arrested five activists in Kandahar on Tuesday.", ("Kandahār", "AFG", "city")),  # the city first
])
def test_bare_region_is_the_place(text, place):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert found and found[0].location is not None, [(e.type, e.location) for e in events(text)]
    loc = found[0].location
    assert (loc.name, loc.country, loc.precision) == place


@pytest.mark.parametrize("form, code", [
    ("Guangdong", "CHN"), ("Sichuan", "CHN"), ("Bavaria", "DEU"),
    ("Jersey", None),  # a common English word ('a jersey')
    ("Springfield", None),  # no region of the table
])
def test_bare_region(form, code):
    entry = bare_region(form)
    assert (entry.country if entry else None) == code

"""(speed47) The listed bodies' scan opens with the names' first characters (`organizations.listed_source`), the
boundary read one character back: it finds the names `finditer` of the former pattern found (the boundary first), at
the same places, with the same name, and the bodies of a sentence are the same."""
from __future__ import annotations

import re

import pytest

from readout.lang.en import organizations
from readout.lang.en.organizations import listed_bodies, listed_matches, surfaces
from readout.patterns import alternation

SENTENCES = [  # (invented sentence, names found)
    ("NATO and the African Union met in Accra on Monday, Hamas said.", {"NATO", "African Union", "Hamas"}),
    ("Human Rights Watch (HRW) accused the Kremlin of jailing critics in Omsk.", {"Human Rights Watch", "the Kremlin"}),
    ("Hezbollah's envoy and the Nato chief spoke by phone.", {"Hezbollah", "Nato"}),
    ("NATONATO, xNATO, .NATO and NATO. were typed by a careless clerk.", {"NATO"}),
    ("The UN-backed plan; UNICEF,NATO and the OECD/Interpol team arrived.", {"UNICEF", "NATO", "OECD", "Interpol"}),
    ("Hamas'", set()),  # an apostrophe other than a possessive 's: a longer word, not the body
    ("NATO", {"NATO"}),
    ("", set()),
    ("the farmers' union of a small valley town voted on Sunday.", set()),
    ("The 23 March Movement and al-Shabaab both denied the report.", {"23 March Movement", "al-Shabaab"}),
]


def former_matches(text: str) -> list[tuple[int, int, str]]:
    """The former scan: the boundary look-behind first, so `re` tried it at every position."""
    pattern = re.compile(r"(?<![\w.])(" + alternation(surfaces()) + r")(?!\w)(?![’'](?!s\b))")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text, names", SENTENCES)
def test_the_scan_finds_what_the_former_one_found(text, names):
    found = list(listed_matches(text))
    assert found == former_matches(text)
    assert {name for _, _, name in found} >= names
    assert all(text[start:end] == name for start, end, name in found)


@pytest.mark.parametrize("text, names", SENTENCES)
def test_the_bodies_are_those_of_the_former_scan(monkeypatch, text, names):
    bodies = listed_bodies(text)
    assert {b.surface for b in bodies} >= names
    monkeypatch.setattr(organizations, "listed_matches", former_matches)
    assert listed_bodies(text) == bodies


def test_the_scan_opens_with_a_class_of_first_characters():
    """The pattern opens with the names' first characters, so `re` skips through the sentence to them."""
    source = organizations.listed_source(["Apia", "Suva", "al-Nowhere"])
    assert source.startswith("[ASa](?<![\\w.].)")
    found = [m.group(1) for m in re.finditer(source, "Suva, xApia and al-Nowhere; Apia.")]
    assert found == ["Suva", "al-Nowhere", "Apia"]

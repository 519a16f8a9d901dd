"""English headlines' telegraphic style (lang/base/headlines.py, en.yaml headline_*_re): the background clause an
'as', 'after', 'amid' or 'over' opens, and a deed noun with no agent. Headlines we wrote."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


BACKGROUND = [
    ("Ministers walk out as talks collapse", ["as talks collapse"]),
    ("Port closes after strike on depot", ["after strike on depot"]),
    ("Lisbon sues Rabat over trawler seizure, EU urges calm", ["over trawler seizure"]),
    ("Envoys quit capital amid fresh shelling; talks stall", ["amid fresh shelling"]),
    # negatives: no background clause ('as well' opens none; a comma for 'and' is a list of sides)
    ("Envoys of Chad, Niger sign grain pact", []),
    ("Ghana joins the talks as well", []),
]


@pytest.mark.parametrize("headline,clauses", BACKGROUND, ids=[h for h, _ in BACKGROUND])
def test_background_clauses(english, headline, clauses):
    assert [headline[s:e] for s, e in english.headline_background(headline)] == clauses


BARE = [
    ("Clashes spread in capital", "Clashes", True),
    ("Mass protests erupt in the north", "protests", True),
    ("Oslo freezes aid, riots break out", "riots", True),
    # negatives: a verb with its agent, after a comma that joins two of its acts; a deed with its agent before it
    ("Oslo recalls envoy, protests to Minsk", "protests", False),
    ("Police clash with strikers in port city", "clash", False),
    ("Farmers' protests spread to capital", "protests", False),
]


@pytest.mark.parametrize("headline,word,bare", BARE, ids=[h for h, _, _ in BARE])
def test_bare_deed_nouns(english, headline, word, bare):
    at = headline.index(word)
    assert english.headline_bare_deed(headline, at, at + len(word)) is bare

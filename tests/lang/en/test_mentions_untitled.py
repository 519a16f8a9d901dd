"""Untitled full names of the world leaders' table ('Thabo Mbeki condemned ...'), also in another
transliteration ('Hasan Rowhani' for Hassan Rouhani) and with an article joined by a hyphen ('Nuri
al-Maliki'); never a run that holds a title, country or month word, and never a surname alone."""
from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.names import skeleton_key


def acting(text: str) -> list[str]:
    events = extract_text(text, published=date(2009, 5, 22)).events
    return sorted({p.country for e in events for p in e.participants if p.country})


@pytest.mark.parametrize("text, expected", [
    ("Thabo Mbeki condemned Norway on Monday.", ["ZAF"]),
    ("Hamid Karzai accused Norway of violating the agreement.", ["AFG"]),
    ("Nuri al-Maliki condemned Norway on Monday.", ["IRQ"]),
    ("Hasan Rowhani condemned Norway on Monday.", ["IRN"]),
    ("Mahmoud Ahmadinezhad accused Norway of violating the agreement.", ["IRN"]),
    ("Recep Erdogan condemned Norway on Monday.", ["TUR"]),
    # no known name: nothing
    ("Jonas Albertsen condemned Norway on Monday.", []),
])
def test_untitled_world_names(text, expected):
    assert acting(text) == expected


@pytest.mark.parametrize("a, b, same", [
    ("Hassan Rouhani", "Hasan Rowhani", True),  # a w closing a vowel is the vowel's
    ("Mahmoud Ahmadinejad", "Mahmoud Ahmadinezhad", True),  # zh = j
    ("Andrew Walsh", "Andre Walsh", True),
    ("Edward Hawke", "Edvard Hawke", True),  # w = v before a vowel
    ("Wolfgang Schmidt", "Olfgang Schmidt", False),  # a word's first w stays
])
def test_skeleton_spellings(a, b, same):
    assert (skeleton_key(a) == skeleton_key(b)) is same


@pytest.mark.parametrize("text, expected", [
    ("Kim Jongun condemned Norway on Monday.", ["PRK"]),  # a Korean given name written as one word
    ("Moon Jaein condemned Norway on Monday.", ["KOR"]),
])
def test_joined_korean_given_names(text, expected):
    events = extract_text(text, published=date(2019, 5, 22)).events
    assert sorted({p.country for e in events for p in e.participants if p.country}) == expected

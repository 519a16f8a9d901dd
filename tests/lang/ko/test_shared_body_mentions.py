"""(backref56, issue 14) `Language.shared_body_mentions`: the Korean mentions that are a bare shared body name
(lexicon ko `shared_body_names`) read as the state they are listed under; English answers none (it reads its shared
bodies through `bare_home_word`). Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import library_pipeline
from readout.model import CountryMention


@pytest.fixture(scope="module")
def langs():
    d = library_pipeline()
    return d.language("ko"), d.language("en")


@pytest.mark.parametrize("text, start, end, codes, shared", [
    ("상원은 법안을 부결했다.", 0, 2, ["USA"], True),
    ("하원에서 표결이 있었다.", 0, 2, ["USA"], True),
    ("칠레 상원은 법안을 부결했다.", 0, 5, ["CHL"], False),  # the state's own chamber, named with it
    ("상원은 법안을 부결했다.", 0, 2, ["CHL"], False),  # read already as another state's
    ("국회는 법안을 부결했다.", 0, 2, ["KOR"], False),  # the writer's own body: no shared name
])
def test_a_bare_shared_name_is_marked(langs, text, start, end, codes, shared):
    korean, _ = langs
    m = CountryMention(start, end, codes, sector="LEG")
    assert korean.shared_body_mentions(text, 0, [m]) == ([m] if shared else [])


def test_english_marks_none(langs):
    _, english = langs
    text = "The Senate voted."
    assert english.shared_body_mentions(text, 0, [CountryMention(4, 10, ["USA"], sector="LEG")]) == []

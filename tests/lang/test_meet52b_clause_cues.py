"""meet52b (issue 13): a restrictive 'who' clause on the subject closed before the meeting verb holds no cue of that
verb's parties ('The Kenyan envoy who urged Uganda to talk met Tanzanian officials': the clause's 'urged Uganda to'
is no 'asked B to attend', its 'criticized Uganda' no judged meeting), so the envoy is the meeting's subject. Korean
'[우간다에 대화를 촉구한] 케냐 특사는 ... 만났다' reads so already (guard rows). The cues still hold in the main
clause ('A asked B to attend the summit', 'A condemned the visit of B to C'). Every sentence is our own.
"""
from __future__ import annotations

import pytest

from tests.event_sides import sides


@pytest.mark.parametrize("text, call", [
    ("The Ghanaian envoy who urged Togo to negotiate met Beninese officials on Friday.", "REQUEST"),
    ("The Ghanaian envoy who asked Togo to reopen the border met Beninese officials on Friday.", "REQUEST"),
    ("The Ghanaian envoy who criticized Togo met Beninese officials on Friday.", "ACCUSE"),
])
def test_the_clause_cue_is_not_the_main_verbs(text, call):
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"GHA", "BEN"}], sides(text, "CONSULT")
    assert sides(text, call) == [(["GHA"], ["TGO"])], sides(text, call)


@pytest.mark.parametrize("text, call", [
    ("The Rwandan envoy who urged Burundi to negotiate met Tanzanian officials on Friday.", "REQUEST"),
    ("부룬디에 대화를 촉구한 르완다 특사는 13일 탄자니아 관리들을 만났다.", "REQUEST"),
    ("부룬디를 비판한 르완다 특사는 13일 탄자니아 관리들을 만났다.", "ACCUSE"),
])
def test_both_languages_agree(text, call):
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{"RWA", "TZA"}], sides(text, "CONSULT")
    assert sides(text, call) == [(["RWA"], ["BDI"])], sides(text, call)


@pytest.mark.parametrize("text", [
    "Ghana asked Togo to attend the summit in Accra.",
    "The Ghanaian president condemned the visit of the Togolese envoy to Benin.",
])
def test_the_main_clause_cue_still_holds(text):
    assert sides(text, "CONSULT") == [], sides(text, "CONSULT")

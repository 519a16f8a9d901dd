"""A verb's base form inside a noun phrase is an adjective or a noun, not the clause's verb (act_window.attributive):
after an article or a possessive ('an open border', "Bolivia's open border"), or after such a phrase's adjective and
a comma ('its long, open border'; not after 'and', which joins two verbs). The same word as the clause's verb stays
an act. Our own sentences; the Korean modifier form ('열린 국경') is a different word class and reads no act either."""
from __future__ import annotations

import pytest

from tests.event_sides import events


@pytest.mark.parametrize("text", [
    "Kazakhstan tightened checks along its long, open border with Kyrgyzstan on Monday.",
    "Nepal and Bhutan have shared an open border with India for decades, officials said.",
    "Bolivia's open border with Peru has long been used by smugglers, the ministry said.",
    "카자흐스탄은 3일 키르기스스탄과 맞닿은 길고 열린 국경을 따라 검문을 강화했다고 밝혔다.",
])
def test_base_form_in_a_noun_phrase_is_no_concession(text):
    assert not [e for e in events(text) if e.type == "CONCEDE"]


@pytest.mark.parametrize("text", [
    "Kazakhstan will open its border with Kyrgyzstan on Monday, the ministry said.",
    "Kazakhstan opened its border with Kyrgyzstan on Monday, the ministry said.",
])
def test_the_clause_verb_still_opens_the_border(text):
    assert [e for e in events(text) if e.type == "CONCEDE"]

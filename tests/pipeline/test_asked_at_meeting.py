"""An ask made at a meeting (fresh36): 'A는 B를 만나 휴전 연장을 요구했다', 'A met B and urged an extension of the truce'.
The ask names only what is asked; the language may still mark that matter as its target span, which named no side:
the one met receives it (pipeline/act_recipients.py `meeting_counterpart`, `matter_only`). And a headline's second
verb after a comma shares the first verb's subject ('A meets B, presses for X'): B is the first verb's object, not
the one who presses (lexicon en `coordinated_verb_gap_re`). Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

DAY = date(2031, 4, 9)


@pytest.mark.parametrize("text", [
    "페루 대통령은 9일 칠레 대통령을 만나 국경 개방을 요구했다.",
    "페루 외교장관은 9일 칠레 외교장관을 만나 어업 협정 연장을 촉구했다.",
    "Peru's president met Chile's president on Friday and urged an extension of the truce.",
])
def test_an_ask_at_a_meeting_that_names_no_one_asks_the_one_met(text):
    assert_act(extract_text(text, published=DAY).events, "REQUEST", {"PER"}, {"CHL"}, "occurred")


def test_a_headlines_second_verb_is_the_first_subjects():
    text = ("Peru's president meets Chilean army chief, presses for border reopening\n\n"
            "LIMA, April 9 (Reuters) - Peru's president met Chile's army chief on Wednesday.")
    events = extract_text(text, published=DAY).events
    assert not any(e.type == "REQUEST" and {p.country for p in e.participants} == {"CHL"} for e in events)

"""enmeet50 (issue 13): a relative clause's 'with' party is no party of the main verb's meeting, in both languages.

- 'A met Malaysian officials who have pressed for talks with Thailand', 'A met a Malaysian envoy, who pressed for talks
  with Thailand,': the talks with Thailand are the relative clause's (a restrictive 'who' clause after a plural people
  noun is an embedded clause: lexicon `clause_bounds.relative_re`); the meeting is A's with Malaysia.
- Korean twin: '태국과의 대화를 촉구해 온 말레이시아 특사를 만났다' (a relative modifier) reads the same.
- The span itself: tests/lang/en/test_meet50_relative_spans.py.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Indonesian President Prabowo Subianto met Malaysian officials who have pressed for talks with Thailand in "
    "Medan on Friday.",
    "Indonesian President Prabowo Subianto met Malaysian diplomats who pressed for talks with Thailand.",
    "Indonesian President Prabowo Subianto met a Malaysian envoy, who pressed for talks with Thailand, in Medan on "
    "Friday.",
    "프라보워 수비안토 인도네시아 대통령은 11일 메단에서 태국과의 대화를 촉구해 온 말레이시아 특사를 만났다.",
])
def test_the_relative_clauses_partner_is_no_party(text):
    found = consults(text)
    assert found == [{"IDN", "MYS"}], found


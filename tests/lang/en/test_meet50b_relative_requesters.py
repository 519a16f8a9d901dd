"""meet50b (issue 13): the act of a restrictive 'who' clause is its head's, not the main clause's subject's.

- 'A met Lao diplomats who (have) called for talks with Cambodia': the call is the diplomats' (LAO), not also A's; the
  head is a lower-case plural noun with capitalized words before it, the verb a perfect or a past in -ed, the shape
  the clause reader cuts the clause by (lexicon `clause_bounds.relative_re`; lang/en/act_antecedents.restrictive_antecedent).
- The comma form (', who ...,') was read so before (act_antecedents.antecedent); a row guards it.
- Korean twin: the adnominal '... 촉구해 온 라오스 외교관들을 만났다' gives the meeting's subject no request.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def requests(text: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Vietnamese Prime Minister Pham Minh Chinh received Lao diplomats who have called for talks with Cambodia.",
    "Vietnamese Prime Minister Pham Minh Chinh met Lao officials who urged Cambodia to hold talks in Hue on Monday.",
    "Vietnamese Prime Minister Pham Minh Chinh met a Lao envoy, who called for talks with Cambodia, in Hue.",
])
def test_the_relatives_head_asks_alone(text):
    found = requests(text)
    assert found == [({"LAO"}, {"KHM"})], found


@pytest.mark.parametrize("text", [
    "팜 민 찐 베트남 총리는 캄보디아와의 대화를 촉구해 온 라오스 외교관들을 후에에서 만났다.",
])
def test_the_meetings_subject_asks_nothing(text):
    found = requests(text)
    assert not any("VNM" in actors for actors, _ in found), found

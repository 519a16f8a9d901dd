"""meet51 (issue 13): the call a relative clause tells of its head is the head's, in both languages, the singular
head too.

- English: 'A met a Kenyan envoy who urged talks with Somalia' gave a meeting of A's state, Kenya and Somalia, and a
  REQUEST of A's state and Kenya: the restrictive clause was cut only after a plural head (meet50b). A singular people
  noun of the lexicon (`clause.relative_singular_heads`) is cut the same (lexicon `clause_bounds.relative_re`), its
  head with its article the act's agent (lang/en/act_antecedents.restrictive_antecedent).
- Korean: '[소말리아와의 대화를 촉구해 온] 케냐 특사를 만났다' gave no REQUEST at all; an adnominal call with no subject
  of its own is its head state's, as a charge is (lang/ko/act_relatives.HEAD_DOER_TYPES), so it matches the English.
- Guards: a subject head followed by its own main verb ('The Kenyan envoy who visited Nairobi urged talks with
  Somalia') keeps the main verb; the comma form stays as it was.
Every sentence is our own (real states, invented occasions).
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def requests(text: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text) if e.type == "REQUEST"]


def consults(text: str) -> list[set[str]]:
    return [{p.country for p in e.participants} for e in events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Ethiopian Prime Minister Abiy Ahmed met a Kenyan envoy who urged talks with Somalia in Gondar on Monday.",
    "Ethiopian Prime Minister Abiy Ahmed met a Kenyan envoy who has pressed for talks with Somalia in Gondar on Monday.",
    "Ethiopian Prime Minister Abiy Ahmed received the Kenyan diplomats who urged talks with Somalia on Monday.",
    "아비 아머드 에티오피아 총리는 9일 곤다르에서 소말리아와의 대화를 촉구해 온 케냐 특사를 만났다.",
    "아비 아머드 에티오피아 총리는 9일 곤다르에서 소말리아와의 대화를 촉구한 케냐 외교관들을 만났다.",
])
def test_the_heads_state_asks_alone_and_the_partner_is_no_party(text):
    assert requests(text) == [({"KEN"}, {"SOM"})], requests(text)
    assert consults(text) == [{"ETH", "KEN"}], consults(text)


@pytest.mark.parametrize("text", [
    "The Kenyan envoy who visited Nairobi urged talks with Somalia on Monday.",
    "The Kenyan envoys who visited Nairobi urged talks with Somalia on Monday.",  # the plural head too
    "Ethiopian Prime Minister Abiy Ahmed met a Kenyan envoy, who urged talks with Somalia, in Gondar on Monday.",
])
def test_a_subject_head_and_the_comma_form_keep_their_reading(text):
    assert ({"KEN"}, {"SOM"}) in requests(text), requests(text)

"""(groups54, issue 14) A guarded state name kiwi reads as a common noun ('수단' means, 'Sudan') opening its phrase as
the object right before a verb done only to a party (lexicon ko `party_object_verb_re`), after a subject state, is the
state acted on (lang/ko/guarded_names.acted_on_name); a means used, sought or modified stays the common word. English
writes the state's name unambiguously ('Sudan'): the English rows are the parallel readings. Our own sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("에리트레아는 9일 수단을 비난했다.", "ACCUSE"),
    ("에리트레아는 9일 수단을 강력히 규탄했다.", "ACCUSE"),
    ("에리트레아 정부는 9일 수단을 제재하기로 결정했다.", "SANCTION"),
    ("Eritrea accused Sudan of meddling on Tuesday.", "ACCUSE"),
])
def test_a_guarded_name_acted_on_after_a_subject_state(extract, text, kind):
    found = sided(extract, text, kind)
    assert any(("ERI", "GOV") in a and ("SDN", "GOV") in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "에리트레아는 9일 모든 수단을 동원했다.",  # a means used
    "에리트레아는 9일 외교적 수단을 비난했다.",  # a modifier makes it the common word
    "에리트레아는 9일 수단을 찾아 나섰다.",  # a means sought
])
def test_a_means_stays_no_state(extract, text):
    article = extract(text)
    assert all(p.country != "SDN" for e in article.events for p in (*e.participants, *e.recipients))

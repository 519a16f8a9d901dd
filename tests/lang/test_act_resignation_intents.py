"""(support61) A resignation tendered or announced as an intent is PLOVER RETREAT resign by the official's side, with no
receiving side: 'announced his intention to resign', 'tendered his resignation', '사퇴 의사를 밝혔다', '사임 의사를
표명했다' as '사의를 표명했다' (readout/data/lexicon/ko_acts.yaml). '사의' is also thanks (謝意): with an act of help
marked 에 before it ('X의 지원에 사의를 밝혔다') it thanks X, no resignation (lang/ko/act_receiving_sides.thanks_for_help).
Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def of_type(text: str, kind: str) -> list[tuple[str | None, set[str], set[str]]]:
    return [(e.mode, {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,state", [
    ("The Paraguayan interior minister announced his intention to resign on Wednesday.", "PRY"),
    ("The Paraguayan interior minister tendered his resignation on Wednesday.", "PRY"),
    ("파라과이 내무장관은 12일 사퇴 의사를 밝혔다.", "PRY"),
    ("파라과이 내무장관은 12일 기자회견을 열고 사임 의사를 표명했다.", "PRY"),
    ("파라과이 내무장관은 12일 대통령에게 사의를 표명했다.", "PRY"),
])
def test_resignation_intent_is_retreat_resign(text, state):
    found = of_type(text, "RETREAT")
    assert found, text
    mode, actors, recipients = found[0]
    assert mode == "resign" and state in actors and not recipients


@pytest.mark.parametrize("text", [
    # negatives: no intent to resign, and an intent refused, resign nothing
    "The Paraguayan interior minister said on Wednesday he had no intention of resigning.",
    "파라과이 내무장관은 12일 사퇴 의사가 없다고 밝혔다.",
    "파라과이 야당은 12일 내무장관의 사퇴를 요구했다.",
])
def test_no_resignation(text):
    assert not of_type(text, "RETREAT"), of_type(text, "RETREAT")


def test_thanks_for_help_is_no_resignation():
    """'사의' as thanks: no RETREAT, and the thanker's SUPPORT of the helper (kopar53a: the one who thanks acts, as
    the parallel table's thanks row reads in both languages; docs/coding-choices.md "The lead's merge mends of the
    fifty-third session")."""
    text = "파라과이 내무장관은 12일 우루과이의 지원에 사의를 밝혔다."
    assert not of_type(text, "RETREAT")
    assert (None, {"PRY"}, {"URY"}) in of_type(text, "SUPPORT")

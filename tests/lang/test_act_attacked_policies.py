"""(kotargets68) An attack whose object is a policy, a measure, a law, a decision or words said is criticism, ACCUSE
disapprove (CAMEO 111), aimed at the owner of what it attacks: English 'attacked X's farm policy'
(lang/en/act_spoken_attacks.attacked_words), Korean 'X의 농업 정책을 공격했다' (a noun of cue
attacked_policy_noun as object, lang/ko/act_spoken_attacks.attacked_matters). A place, a force or people attacked keeps the ASSAULT. Our own sentences, one
table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def acts(text: str) -> list[tuple[str, str | None, set[str]]]:
    return [(e.type, e.mode, {r.country for r in e.recipients}) for e in extract_text(text, published=DAY).events]


@pytest.mark.parametrize("text,kind,mode,recipients", [
    ("The Uruguayan president attacked Paraguay's new farm policy on Wednesday.", "ACCUSE", "disapprove", {"PRY"}),
    ("우루과이 대통령은 11일 파라과이의 새 농업 정책을 공격했다.", "ACCUSE", "disapprove", {"PRY"}),
    ("우루과이 외교장관은 11일 파라과이 정부의 수입 규제 조치를 강하게 공격했다.", "ACCUSE", "disapprove", {"PRY"}),
    ("우루과이 대통령은 11일 파라과이 외교장관의 발언을 공격했다.", "ACCUSE", "disapprove", {"PRY"}),
    ("우루과이 대통령은 11일 파라과이 의회의 결정을 공격했다.", "ACCUSE", "disapprove", {"PRY"}),
    # negatives: a place or a force attacked is force
    ("Uruguayan troops attacked a Paraguayan border post on Wednesday.", "ASSAULT", None, {"PRY"}),
    ("우루과이군은 11일 파라과이의 국경 초소를 공격했다.", "ASSAULT", None, {"PRY"}),
    ("우루과이군은 11일 파라과이 정부군을 공격했다.", "ASSAULT", None, {"PRY"}),
])
def test_attacked_policies(text, kind, mode, recipients):
    found = acts(text)
    assert found and found[0] == (kind, mode, recipients), found

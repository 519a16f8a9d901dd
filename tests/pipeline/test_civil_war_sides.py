"""A civil war's two sides are one state's, in both languages (fresh37, art37a):
- Korean: a bare home-government word ('정부는', '정부 측') in a sentence naming one state's rebels is that state's
  government, not the writer's (lang/ko/home_words.rebels_government); rebels named as an owner ('정부는 A 반군의 휴전
  제안을 환영했다') leave it the writer's;
- an appeal to 'both sides', '양측', after a sentence naming one state's government and its rebels is addressed to
  that state (pipeline/act_pairs.civil_war_sides), never to the writer's state."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def sides(text: str, kind: str) -> list[tuple[str, str]]:
    """(actors, recipients) of every event of `kind` extracted from `text`."""
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients))
            for e in extract_text(text, published="2026-06-18").events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("콜롬비아 정부와 ELN 반군이 휴전에 합의했다. 합의에 따라 ELN 반군은 무장을 해제하고, 정부는 사면을 보장하기로 했다. "
     "유엔 사무총장은 양측에 합의를 성실히 이행할 것을 촉구했다.", "REQUEST", ("UNO", "COL")),
    ("Colombia's government and ELN rebels agreed to a ceasefire. Under the deal, the ELN rebels will disarm and the "
     "Colombian government will grant an amnesty. The U.N. secretary-general urged both sides to implement the deal.",
     "REQUEST", ("UNO", "COL")),
])
def test_both_sides_of_a_civil_war_are_its_state(text, kind, expected):
    assert expected in sides(text, kind)


@pytest.mark.parametrize("text, expected", [
    ("ELN 반군은 무장을 해제하고, 정부는 사면을 보장하기로 했다.", ["COL"]),
    # negative: the rebels as an owner: the writer's government judging another state's war
    ("정부는 콜롬비아 반군의 휴전 제안을 환영했다.", ["KOR", "COL"]),
])
def test_ko_bare_government_beside_rebels(text, expected):
    a = extract_text(text, published="2026-06-18")
    assert [code for found in a.countries.values() for c in found for code in c.codes
            if a.text[c.start:c.end] != "ELN"] == expected

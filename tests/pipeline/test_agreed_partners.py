"""(groups53b, issue 14) A mutual act's 'with' partner that is an armed group's noun of no state ('Chadian troops
agreed a truce with rebels', '차드군은 반군과 휴전에 합의했다'): the group agrees too, as a part of the subject's state,
as the pair subject 'the army and rebels agreed' reads (the language's `paired_part`: lang/en/act_paired_clashes.
with_partner, lang/ko/act_clash_sides.agreed_partner; pipeline act_side_entities.paired_part_entities). And a Korean
date's prefix ('지난 4일') between the subject and the act word is no clause edge for the pair readers
(act_clash_sides.date_prefix_edge). Our own sentences."""
from __future__ import annotations

import pytest


def agreeing(extract, text: str) -> list[set]:
    return [{(p.country, p.sector) for p in e.participants} for e in extract(text).events if e.type == "AGREE"]


@pytest.mark.parametrize("text, state, body", [
    ("Chadian troops agreed a truce with rebels on Thursday.", "TCD", "MIL"),
    ("The Burkinabe army agreed on Friday to a ceasefire with the militias.", "BFA", "MIL"),
    ("The Nigerien government agreed a truce with rebels, officials said.", "NER", "GOV"),
    ("차드군은 7일 반군과 휴전에 합의했다.", "TCD", "MIL"),
    ("부르키나파소 정부는 지난 9일 민병대와 휴전에 합의했다.", "BFA", "GOV"),
    ("차드군과 반군은 지난 7일 휴전에 합의했다.", "TCD", "MIL"),  # the pair subject past a date's prefix
])
def test_the_with_partner_agrees_as_the_states_part(extract, text, state, body):
    found = agreeing(extract, text)
    assert any(a >= {(state, body), (state, "REB")} for a in found), found


@pytest.mark.parametrize("text", [
    "Chadian troops agreed a truce with police on Thursday.",  # one state's forces: no group
    "Chadian troops agreed to share patrols with Nigerien troops on Thursday.",  # another state
    "차드군은 지난 7일 경찰과 공동 순찰에 합의했다.",
    "차드군은 7일 니제르군과 공동 순찰에 합의했다.",
])
def test_no_group_part_for_another_partner(extract, text):
    assert all(s != "REB" for a in agreeing(extract, text) for _c, s in a), agreeing(extract, text)

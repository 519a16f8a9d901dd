"""sanction58, Korean: (1) the measure that sums up a '등' list of measures ('대사를 소환하고 ... 추방하는 등 외교 관계를
격하했다') is those measures told as a whole, no third act (act_listed_measures); (2) acts told as the content of a
text ('적대 행위를 중단하고 병력을 철수하는 내용이 담겼다', '... 내용의 협정') are what the text says, no deed, and so is
the V-고 clause joined to them (connective_endings.told_content). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 9, 3)


def acts(text: str, kind: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == kind]


def test_the_sum_of_listed_measures_is_no_measure_of_its_own():
    text = "우루과이는 2일 주파라과이 대사를 소환하고 자국 주재 파라과이 대사를 추방하는 등 외교 관계를 격하했다."
    assert sorted(e.mode for e in acts(text, "SANCTION")) == ["expel", "withdraw"]


@pytest.mark.parametrize("text, modes", [
    ("우루과이는 2일 파라과이를 비난하는 등 강하게 반발했고, 3일 외교 관계를 격하했다.", ["discontinue"]),  # no list before
    ("우루과이는 2일 주파라과이 대사를 소환하고 파라과이와의 외교 관계를 격하했다.", ["discontinue", "withdraw"]),
])
def test_a_measure_with_no_list_of_measures_before_it_stays(text, modes):
    assert sorted(e.mode for e in acts(text, "SANCTION")) == modes


@pytest.mark.parametrize("text", [
    "가나와 토고는 2일 아크라에서 협정에 서명했다. 협정에는 양측이 교전을 중단하고 접경 지역에서 병력을 철수하는 내용이 담겼다.",
    "가나와 토고는 2일 양측이 교전을 중단하고 병력을 철수하는 내용의 협정에 서명했다.",
    "합의문에는 토고가 억류 중인 가나 어민을 석방하는 내용이 포함됐다.",
    "협정에는 양측이 국경을 존중하고 교전을 중단하며, 토고가 접경에 배치한 병력을 철수하는 내용이 담겼다.",  # a list
])
def test_acts_told_as_a_texts_content_are_no_retreat(text):
    assert not acts(text, "RETREAT")


@pytest.mark.parametrize("text", [
    "토고 군은 2일 접경 지역에서 병력을 철수했다.",
    "토고 군은 2일 교전을 중단하고 접경 지역에서 병력을 철수했다.",
    "토고 군은 2일 교전을 중단하고, 가나 군이 철수하는 모습을 지켜봤다.",  # another subject, no text's content
])
def test_the_deed_told_as_done_stays(text):
    assert acts(text, "RETREAT")

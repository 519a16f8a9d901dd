"""(groups55, issue 14) An international body's office named by its bare title ('the secretary general', '사무총장')
is that body's only where the story names the body or one of its people (pipeline/body_offices.unnamed_body_title):
other bodies (parties, unions, ministries) have secretaries general too. Our own sentences, both languages."""
from __future__ import annotations

import pytest


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({p.country for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events]


@pytest.mark.parametrize("text, receiving", [
    ("Zambian police arrested the secretary general on Thursday.", ("ZMB", "GOV")),
])
def test_a_bare_secretary_general_of_no_named_body_is_no_un_chief(extract, text, receiving):
    found = sides(extract, text)
    assert any(receiving in r for _a, r in found), found
    assert all("UNO" not in a and all(c != "UNO" for c, _s in r) for a, r in found), found


@pytest.mark.parametrize("text", [  # guard: the UN named before or in the sentence, or its chief named by name
    "The UN secretary general criticized the Zambian government on Thursday.",
    "The United Nations warned Zambia on Wednesday.\n\nThe Secretary-General criticized the Zambian government on "
    "Thursday.",
    "Antonio Guterres met the Zambian president on Wednesday.\n\nThe secretary general criticized the Zambian "
    "government on Thursday.",
    "유엔 사무총장은 잠비아 정부를 비난했다.",
    "유엔은 잠비아에 경고했다.\n\n사무총장은 잠비아 정부를 비난했다.",
])
def test_a_named_un_keeps_its_chief(extract, text):
    found = sides(extract, text)
    assert any("UNO" in a and ("ZMB", "GOV") in r for a, r in found), found


def test_a_korean_bare_secretary_general_of_no_named_body_is_no_un_chief(extract):
    found = sides(extract, "사무총장은 잠비아 정부를 비난했다.")
    assert all("UNO" not in a for a, _r in found), found

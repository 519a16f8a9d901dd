"""A city that names a document ('the Lusaka Declaration', 'the Minsk agreements', '루사카 선언에 따르면') says where
the document was signed: no side of what its signatories do (actors56; lang/base/acts.names_a_document with each
lexicon's named_document_after_re, pipeline/act_side_items.document_city). A country's name before a document
names its parties, and a city acting on its own ('Nairobi and Lusaka signed') stays a side. Sentences of our own."""
from __future__ import annotations

from tests.event_sides import sides

LUSAKA_EN = ("Kenya and Somalia agreed on Friday to reopen their border after talks hosted by Zambia.\n\n"
             "In the Lusaka Declaration, the two countries committed to respect each other's sovereignty.")
LUSAKA_KO = ("(서울=연합뉴스) 케냐와 소말리아가 5일 잠비아의 중재로 국경을 다시 열기로 합의했다.\n\n"
             "두 나라는 루사카 선언에서 서로의 주권을 존중하기로 합의했다.")


def test_document_city_is_no_signatory():
    for text in (LUSAKA_EN, LUSAKA_KO):
        found = sides(text, "AGREE", "2025-09-06")
        assert found and all(set(a) == {"KEN", "SOM"} for a, _r in found), found


def test_document_city_is_no_recipient():
    found = sides("Moscow rejected the Minsk agreements on Friday.", "REJECT", "2025-09-06")
    assert not any("BLR" in a or "BLR" in r for a, r in found), found


def test_cities_acting_stay_sides():
    found = sides("Nairobi and Lusaka signed a trade agreement on Friday.", "AGREE", "2025-09-06")
    assert [set(a) for a, _r in found] == [{"KEN", "ZMB"}]

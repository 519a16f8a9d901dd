"""consult16: a named person the knowledge base does not know, described by an office of a foreign organ in apposition
('X met B, head of China's International Department', 'X는 중국 외교부 부부장인 B와 만났다') is the meeting's party, of
the state the office phrase names (offices.yaml agency_head form 'head'; lang/ko/title_chains.described_by_copula: a name
after an office word closed by the copula '...인'). A Korean office the tables lack ('대외연락부장') is not read yet."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2026, 3, 10)


@pytest.mark.parametrize("text", [
    "Vietnamese President Luong Cuong met Zhao Wenbo, head of China's International Department, in Hanoi on Monday.",
    "Vietnamese President Luong Cuong met Zhao Wenbo, the head of China's International Department, in Hanoi on "
    "Monday.",
    "베트남 국가주석은 9일 하노이에서 중국 국가안전부장인 자오원보와 만났다.",
    "베트남 국가주석은 9일 하노이에서 중국 외교부 부부장인 자오원보와 만났다.",
])
def test_organ_head_in_apposition_is_a_party(extract, text):
    found = events_of(extract(text, published=DAY), "CONSULT")
    parties = [(p.country, p.kind) for e in found for p in e.participants]
    assert ("CHN", "person") in parties and ("VNM", "person") in parties, [
        [(p.name, p.country) for p in e.participants] for e in found]


def test_rank_after_described_name_keeps_reading(extract):
    found = events_of(extract("페루군 대변인인 후안 페레스 준장은 9일 리마에서 칠레 국방장관과 회담했다.", published=DAY),
                      "CONSULT")
    assert any("후안 페레스" in {p.name for p in e.participants} for e in found), [
        [p.name for p in e.participants] for e in found]

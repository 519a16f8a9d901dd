"""Korean title chains: what stands before a foreign name and is no part of it (kb16).

- A word kiwi reads whole as an adverb ('조만간', '결국', '오히려') and the discourse noun '반면' open a sentence or
  clause before the name: a chain stops there (`adverb_word`, `not_name_words`).
- 'X 주재 Y 대사': X is where the post sits (a city, a body), never the holder's name (`post_host_followers`).
Invented names and sentences.

Formerly tests/lang/test_kb16_names_before_titles_ko.py (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def persons(text: str) -> list[tuple[str, str | None]]:
    doc = extract_text(text, published=date(2031, 5, 20))
    return [(m.surface, m.entity.country if m.entity else None) for m in doc.mentions if m.span.label == "person"]


@pytest.mark.parametrize("text, name, country", [
    ("반면 알렉산드르 페도로프 유엔 주재 벨라루스 대사는 결의안을 비판했다.", "알렉산드르 페도로프", "BLR"),
    ("외교부는 조만간 미하일 보로노프 주한 러시아대사를 초치할 예정이다.", "미하일 보로노프", "RUS"),
    ("결국 카를로스 알바레스 주한 칠레대사가 입장을 밝혔다.", "카를로스 알바레스", "CHL"),
    ("오히려 하미드 라시디 모로코 외무장관은 협상 재개를 촉구했다.", "하미드 라시디", "MAR"),
])
def test_an_adverb_before_the_name_is_not_the_name(text, name, country):
    assert (name, country) in persons(text)


@pytest.mark.parametrize("text, host", [
    ("이집트 외무부는 이날 카이로 주재 이란 대사대리를 초치했다.", "카이로"),
    ("베를린 주재 칠레 대사는 성명을 내지 않았다.", "베를린"),
])
def test_the_host_of_a_post_is_no_holder(text, host):
    assert all(host not in surface for surface, _ in persons(text))


def test_a_holder_named_after_the_post_is_kept():
    assert ("주성민", "PRK") in persons("모스크바 주재 북한 대사 주성민은 기자회견을 열었다.")

"""Korean person mentions: a listed Hangul name holding a word that is also an organization's (파타: Fatah) is read whole
before its title, not cut at that word; another rendering of a listed foreign name resolves to the listed person
through the title chain's state. Our own sentences.

Formerly tests/lang/test_actors14_names_ko.py, classes first read by actors14 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def people(text: str) -> list[tuple[str, str | None, str]]:
    doc = extract_text(text, published=date(2024, 9, 22))
    return [(m.surface, m.entity.country, m.entity.id) for m in doc.mentions if m.entity]


def test_listed_name_with_an_org_word_is_read_whole() -> None:
    found = people("압델 파타 엘시시 이집트 대통령은 3일 칠레 외무장관과 통화했다.")
    assert ("압델 파타 엘시시", "EGY", "per_abdel-fattah-el-sisi") in found
    assert not any(c == "PSE" for _s, c, _i in found)


@pytest.mark.parametrize("text, pid", [
    ("볼로디미르 젤렌스끼 우크라이나 대통령은 3일 칠레를 방문했다.", "per_volodymyr-zelensky"),
    ("베트남 총리 팜밍찐은 3일 칠레를 방문했다.", "per_pham-minh-chinh"),
])
def test_variant_rendering_in_a_sentence(text: str, pid: str) -> None:
    assert pid in {i for _s, _c, i in people(text)}


def test_org_word_alone_still_cuts_an_unlisted_name() -> None:
    """A name the knowledge base does not list is still cut at an organization's word of the chain."""
    found = people("하산 파타 대표는 3일 칠레를 방문했다.")
    assert not any(s == "하산 파타" for s, _c, _i in found)

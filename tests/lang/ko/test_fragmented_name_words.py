"""(konames47) A foreign name of two words after a title, whose later word kiwi cuts into one-syllable nouns, is one
name: the person's whole name, not the first word alone. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text, name", [
    ("칠레 외교장관 마리아 소토는 3일 페루 외교장관과 회담했다.", "마리아 소토"),
    ("페루 국방장관 호세 가르도는 3일 칠레 국방장관과 회담했다.", "호세 가르도"),
])
def test_two_word_name_after_a_title_is_whole(text: str, name: str) -> None:
    doc = extract_text(text, published=date(2026, 11, 2))
    assert name in {m.surface for m in doc.mentions if m.entity}
    assert any(e.type == "CONSULT" for e in doc.events)


def test_the_english_name_after_a_title_is_whole() -> None:
    doc = extract_text("Chilean Foreign Minister Maria Soto met Peru's foreign minister on Monday.",
                       published=date(2026, 11, 2))
    assert "Maria Soto" in {m.surface for m in doc.mentions if m.entity}

"""split_segments labels each paragraph with its language; paragraphs in other languages are not read,
and a document with no Korean or English paragraph is skipped, naming its language."""
from __future__ import annotations

import pytest

from readout.errors import UnsupportedInput
from readout.model import Article
from readout.pipeline import default_pipeline
from readout.pipeline.clean import mark_boilerplate, split_segments

FRENCH = ("Le ministre des Affaires étrangères a rencontré son homologue japonais à Paris mardi pour parler de "
          "la sécurité régionale.")
ENGLISH = "South Korean Foreign Minister Park Jin met U.S. Secretary of State Antony Blinken in Washington."
KOREAN = "박진 외교부 장관은 13일 미국 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다."


def segments(text: str) -> Article:
    ctx = default_pipeline()
    return split_segments(mark_boilerplate(Article("t.txt", text), ctx), ctx)


def test_a_french_paragraph_in_an_english_document_is_not_read():
    article = segments(f"{ENGLISH}\n{FRENCH}\n{KOREAN}")
    assert [p.label for p in article.paragraphs] == ["en", "ko"]


@pytest.mark.parametrize("text, name", [(FRENCH, "French"), (f"{FRENCH}\n{FRENCH}", "French"),
                                        ("外務大臣は東京で韓国の外相と会談し、地域の安全保障について話し合った。", "Japanese")])
def test_a_document_without_korean_or_english_is_skipped_and_named(text, name):
    with pytest.raises(UnsupportedInput) as caught:
        segments(text)
    assert caught.value.detail == {"skipped": True} and name in caught.value.message

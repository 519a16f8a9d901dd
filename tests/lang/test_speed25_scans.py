"""The regional descriptions (`region_body_re`, `region_group_re`, lang/region_bodies.py) are matched through
`Lexicon.scan` from their literal starts, an optional article or a region word (speed25: `patterns.literal_starts`
reads an optional or repeated opening); on our own sentences in both languages the scan finds what `finditer`
finds, spans and groups."""
from __future__ import annotations

import pytest

from readout.kb.loader import lexicon
from readout.lang.region_bodies import description_matches

SENTENCES = {
    "en": [
        "The East African bloc and the regional economic grouping met after the Nordic alliance's envoy left.",
        "Several Western governments and some Arab states urged restraint; the Caribbean nations agreed.",
        "the Andean trading bloc, Europe's regional organisation and Latin America's bloc-level talks.",
        "Theatre in the Gulf: the Gulf bloc-wide summit, other Pacific leaders, key European allies.",
        "No region here, only the minister and the talks.", "",
    ],
    "ko": [
        "서아프리카 지역 기구는 노르웨이를 비난했고 남미 지역 협력체가 중재했다.",
        "유럽 국가들과 아랍 각국은 중남미 주요 국가 정상들과 만났다.",
        "동남아 경제 블록의 회의에서 아프리카 지도자들이 발언했다.", "지역 이름이 없는 문장이다.",
    ],
}


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("key", ["region_body_re", "region_group_re"])
def test_description_scan_finds_what_finditer_finds(lang, key):
    lex = lexicon(lang)
    if not lex.get(key):
        pytest.skip(f"{lang} has no {key}")
    found_any = False
    for text in SENTENCES[lang]:
        expected = [(m.span(), m.groupdict()) for m in lex.re(key).finditer(text)]
        assert [(m.span(), m.groupdict()) for m in description_matches(lex, key, text)] == expected, text
        found_any = found_any or bool(expected)
    assert found_any  # the sentences hold descriptions of this kind


def test_english_descriptions_have_literal_starts():
    """The English phrases open with an optional article: they now have starts (a trie), so the scan skips ahead."""
    from readout.patterns import literal_starts

    lex = lexicon("en")
    for key in ("region_body_re", "region_group_re"):
        starts = literal_starts(lex.sources(key)[0])
        assert starts and {"the", "The", "European"} & set(starts), key

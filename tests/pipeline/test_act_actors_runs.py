"""`act_subjects.coordinated_run`: one walk over coordinated names, forward or backward, for side items and country
mentions alike (the act's subjects 'A and B', the agents after 'by', the owners before a plural 'their')."""
import pytest

from readout.model import CountryMention, Span
from readout.pipeline.act_subjects import coordinated_run


@pytest.fixture(scope="module")
def languages():
    from readout.api import library_pipeline

    knowledge = library_pipeline()
    return {"en": knowledge.language("en"), "ko": knowledge.language("ko")}


def mentions(text: str, words: list[str]) -> list[CountryMention]:
    out, at = [], 0
    for w in words:
        start = text.index(w, at)
        out.append(CountryMention(start, start + len(w), [w[:3].upper()]))
        at = start + len(w)
    return out


@pytest.mark.parametrize("lang, text, words, forward, expected", [
    ("en", "Drills by Norway, Chile and Peru began.", ["Norway", "Chile", "Peru"], True, ["Norway", "Chile", "Peru"]),
    ("en", "Drills by Norway began as Chile watched.", ["Norway", "Chile"], True, ["Norway"]),
    ("en", "Norway and Chile began their drills.", ["Chile", "Norway"], False, ["Chile", "Norway"]),
    ("en", "Peru said Norway and Chile began their drills.", ["Chile", "Norway", "Peru"], False, ["Chile", "Norway"]),
    ("ko", "노르웨이와 칠레는 훈련을 시작했다.", ["노르웨이", "칠레"], True, ["노르웨이", "칠레"]),
    ("ko", "페루는 노르웨이가 칠레와 훈련을 시작했다고 밝혔다.", ["페루", "노르웨이"], True, ["페루"]),
])
def test_coordinated_run_stops_at_the_first_name_not_coordinated(languages, lang, text, words, forward, expected):
    found = mentions(text, words if forward else list(reversed(words)))
    items = found if forward else list(reversed(found))
    group = coordinated_run(languages[lang], text, Span(0, len(text), lang), items, forward=forward)
    assert [text[c.start:c.end] for c in group] == expected

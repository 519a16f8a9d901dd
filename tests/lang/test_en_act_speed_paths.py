"""The fast paths of the English act reader and the country readers give what the plain reading gives."""
from __future__ import annotations

import pytest

from readout.lang.en.act_tokens import TOKEN_RE, tokenize


def plain_tokens(text: str) -> list[tuple]:
    """Each token lower-cased on its own (the reading before the one-slice fast path)."""
    return [(m.start(), m.end(), m.group().lower().replace("’", "'"), m.group(), m.group()[0].isalnum())
            for m in TOKEN_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "The U.S. imposed sanctions on Ruritania’s navy, officials said.",
    "İzmir’s mayor said the ministry must REPAY 1,200,000 dollars.",  # 'İ' lower-cases to two characters
    "ΣΟΦΙΑ and Berlin signed a \"strategic\" deal — on Monday.",
])
def test_tokenize_matches_per_token_lowering(text):
    assert [tuple(t) for t in tokenize(text)] == plain_tokens(text)


@pytest.mark.parametrize("noun", ["경제", "오늘", "회의", "정부", "발표", "사람", "가나", "한미", "美", "대북", "북-러", "국방부"])
def test_ko_may_name_never_hides_a_reading(noun):
    from readout.lang.ko.country_words import may_name, read_word

    assert may_name(noun) or not read_word(noun, None, 0, "").codes


def test_en_named_bodies_precheck_keeps_bodies():
    from readout.lang.en.country_bodies import named_bodies

    assert named_bodies("The International Atomic Energy Agency said on Monday.")
    assert named_bodies("Officials met in the capital on Monday.") == []

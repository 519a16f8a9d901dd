"""Korean headlines' telegraphic style (lang/base/headlines.py, ko.yaml headline_*_re): a clause closed by a word of
circumstance ('... 속', '... 후', '... 여파로'), a deed told as a side's modifier ('... 급습한 X'), and a deed noun with
no agent. Headlines we wrote."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def korean():
    from readout.api import library_pipeline

    return library_pipeline().language("ko")


BACKGROUND = [
    ("회담 결렬 속 장관들 퇴장", ["회담 결렬 속"]),
    ("파업 여파로 항구 폐쇄", ["파업 여파로"]),
    ("가나, 어선 나포한 토고 규탄…\"즉각 석방해야\"", ["나포한"]),
    ("차드 \"제재 해제\" 요구…국경 충돌 이후 첫 회담", ["국경 충돌 이후"]),
    # negatives: a noun-ending headline of one act, two acts joined by '…'
    ("가나, 토고에 \"어선 반환\" 요구", []),
    ("가나, 토고 규탄…대사 초치", []),
]


@pytest.mark.parametrize("headline,clauses", BACKGROUND, ids=[h for h, _ in BACKGROUND])
def test_background_clauses(korean, headline, clauses):
    assert [headline[s:e] for s, e in korean.headline_background(headline)] == clauses


BARE = [
    ("도심서 대규모 시위", "시위", True),
    ("가나 수도서 반정부 시위 격화", "시위", True),
    ("토고 증세안 발표…항구서 시위", "시위", True),
    # negatives: the headline's comma closes its topic, the agent; a deed with its agent before it
    ("가나 야권, 대규모 시위", "시위", False),
    ("토고 농민들 시위", "시위", False),
]


@pytest.mark.parametrize("headline,word,bare", BARE, ids=[h for h, _, _ in BARE])
def test_bare_deed_nouns(korean, headline, word, bare):
    at = headline.index(word)
    assert korean.headline_bare_deed(headline, at, at + len(word)) is bare

"""A joint accord retold by one of its makers in the same document is that accord, not a one-sided second AGREE
(pipeline/voiced_accords.py); a one-sided act with no speaker of its own stays apart. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text

PUB = "2025-09-15"  # a Monday


def accords(text: str) -> list[set[str]]:
    return sorted(({p.id for p in e.participants} for e in extract_text(text, published=PUB).events
                   if e.type == "AGREE"), key=sorted)


@pytest.mark.parametrize("text, expected", [
    ("한국과 일본은 15일 도쿄에서 정상회담을 열고 공동 조사단 파견에 합의했다.\n\n"
     "이재명 대통령은 회담 뒤 공동기자회견에서 \"조사단 파견에 합의했다\"며 \"객관적 검증을 기대한다\"고 말했다.",
     [{"cty_kor", "cty_jpn"}]),
    ("South Korea and Japan agreed on Monday to send a joint survey team.\n\n"
     "\"We agreed to send the team,\" President Lee Jae-myung told a joint news conference after the talks.",
     [{"cty_kor", "cty_jpn"}]),
    ("\"We agreed to send a joint survey team,\" President Lee Jae-myung told a news conference on Monday.\n\n"
     "South Korea and Japan agreed on Monday to send the team within the month.",
     [{"cty_kor", "cty_jpn"}]),
    ("China and Japan agreed on Monday to resume fisheries talks.\n\n"
     "China accepted an invitation to a forum in Tokyo, the ministry said.",
     [{"cty_chn"}, {"cty_chn", "cty_jpn"}]),
], ids=["ko-quoted-maker", "en-quoted-maker", "en-maker-first", "en-unvoiced-part-stays"])
def test_an_accord_retold_by_its_maker_is_one_event(text, expected):
    assert accords(text) == expected


def test_the_fused_accord_speaks_for_all_its_makers():
    """The maker's voice does not stay on the accord of both states (store/merge_voices.py would read another
    maker's report of it on the next day as another speaker's statement)."""
    text = ("\"We agreed to send a joint survey team,\" President Lee Jae-myung told a news conference on Monday.\n\n"
            "South Korea and Japan agreed on Monday to send the team within the month.")
    (accord,) = [e for e in extract_text(text, published=PUB).events if e.type == "AGREE"]
    assert accord.voice is None and {p.id for p in accord.participants} == {"cty_kor", "cty_jpn"}

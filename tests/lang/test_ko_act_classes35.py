"""The Korean act classes of session 35 (ko-acts35). Each row is a sentence we wrote for the test (not a batch's,
not the eval's), read through the whole pipeline: what it states (type, acting and receiving states, status;
status None: no such event)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)


def events(text: str):
    return extract_text(text, published=PUB).events


# 1. An envoy written by the post alone ('주중 대사', '주유엔 대사', '주이스라엘 대사'): Korean news names its own
# state's envoys so, the host after 주 is never the sender (lang/ko/postings.py). A posting in Korea ('주한') or a
# sending state in the chain ('주미 중국 대사') keeps its own reading.
POSTED_ENVOYS = [
    ("김영수 주중 대사는 21일 북한의 도발을 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("이민호 주유엔 대사는 북한의 미사일 발사를 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("박영철 주이스라엘 대사는 이란의 공격을 비난했다.", [("ACCUSE", {"KOR"}, {"IRN"}, "occurred")]),
    ("주일 대사는 20일 북한을 규탄했다.", [("ACCUSE", {"KOR"}, {"PRK"}, "occurred")]),
    ("김영수 주미 중국 대사는 일본을 비판했다.", [("ACCUSE", {"CHN"}, {"JPN"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", POSTED_ENVOYS)
def test_envoy_named_by_post_is_home_states(text, expected):
    found = events(text)
    for type_, actors, recipients, status in expected:
        assert_act(found, type_, actors, recipients, status)

"""meet53 (issue 13): a guarded country name (가나, 토고, 말리 ...: countries.yaml `guard: governed`, a word of another
reading too) that kiwi reads as a proper noun and that opens a relative clause headed by the sentence's subject
state is a state ('[토고와 회담한] 가나 외교장관은', '[토고에 억류된] 가나 기자는'), as it is after a subject state
('가나는 토고와 회담했다'). The class is checked over every guarded Hangul form kiwi reads as a name here; the
ordinary readings (수단 'means', 오만 'arrogance', 저지 'blocking') stay words. Every sentence is our own."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

# the guarded Hangul forms kiwi tags as proper nouns at a clause's start (건지, 부탄, 수단, 저지 it reads as common
# nouns there: the guard keeps them words, as it does after a subject state)
PROPER_GUARDED = {"가나": "GHA", "로마": "ITA", "말리": "MLI", "몰타": "MLT", "실론": "LKA", "오만": "OMN",
                  "조지아": "GEO", "차드": "TCD", "토고": "TGO", "통가": "TON", "파리": "FRA", "피지": "FJI",
                  "화란": "NLD"}


def with_particle(name: str) -> str:
    return name + ("와" if (ord(name[-1]) - 0xAC00) % 28 == 0 else "과")


@pytest.mark.parametrize("name, code", sorted(PROPER_GUARDED.items()))
def test_a_guarded_name_opening_the_subjects_relative_is_the_state_met(name, code):
    text = f"{with_particle(name)} 회담한 세네갈 외교장관은 9일 귀국했다."
    assert [set(a) for a, _ in sides(text, "CONSULT")] == [{code, "SEN"}], sides(text, "CONSULT")


def test_the_state_a_relative_says_held_them_releases_them():
    assert sides("토고에 억류된 가나 기자는 9일 석방됐다.", "RETREAT") == [(["TGO"], ["GHA"])]


@pytest.mark.parametrize("text", [
    "수단을 마련한 가나 정부는 9일 새 정책을 발표했다.",
    "오만에 빠진 가나 정부는 9일 비판을 받았다.",
    "외교적 수단과 결합한 가나 정부는 9일 새 정책을 발표했다.",
])
def test_the_ordinary_words_stay_words(text):
    assert sides(text, "CONSULT") == [] and all("SDN" not in a + r and "OMN" not in a + r
                                                for kind in ("ACCUSE", "REQUEST", "COERCE")
                                                for a, r in sides(text, kind)), text

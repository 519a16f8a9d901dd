"""A meeting word that names its own pair ('talks between A and B', 'A와 B 간 대화') has those two as its parties:
a state outside the phrase, the subject that calls for, proposes or welcomes the talks, takes no part in them
(its act is the REQUEST or SUPPORT aimed at the pair), unless it hosts them (CONSULT third-party). 'A called for
talks with B' still names A's own meeting. Our own sentences (meetfollow66)."""
from datetime import date

import pytest

from readout.api import library_pipeline, extract_text


def meetings(text: str) -> list[set[str]]:
    events = extract_text(text, published=date(2026, 9, 14)).events
    return [{p.country for p in e.participants} for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text, pair, caller", [
    ("Ghana called for talks between Togo and Benin.", {"TGO", "BEN"}, "GHA"),
    ("Kenya's president called for talks next week between Ethiopia and Eritrea.", {"ETH", "ERI"}, "KEN"),
])
def test_caller_is_no_party_of_the_pair_it_names(text, pair, caller):
    found = meetings(text)
    assert [m for m in found if pair <= m], (text, found)
    assert not [m for m in found if caller in m], (text, found)


@pytest.mark.parametrize("text, sides", [
    ("Ghana will host talks between Togo and Benin.", {"GHA", "TGO", "BEN"}),
    ("Kenya called for talks with Uganda.", {"KEN", "UGA"}),
])
def test_host_or_own_counterpart_keeps_the_subject(text, sides):
    assert any(sides <= m for m in meetings(text)), (text, meetings(text))


@pytest.mark.parametrize("lang, text, word, named", [
    ("en", "Ghana called for talks between Togo and Benin.", "talks", True),
    ("en", "Ghana called for talks with Togo and Benin.", "talks", False),
    ("en", "Ghana held talks in Accra on Friday.", "talks", False),
    ("ko", "가나는 토고와 베냉 간 대화를 촉구했다.", "대화", True),
    ("ko", "가나는 토고와 베냉 사이의 회담을 환영했다.", "회담", True),
    ("ko", "가나는 토고와 회담을 가졌다.", "회담", False),
    ("ko", "가나는 토고와 베냉 사이에서 중재에 나섰다.", "중재", False),
    ("ko", "가나는 토고와 2시간 동안 회담했다.", "회담", False),  # 간 as a noun's last syllable (hours): no pair
    ("ko", "가나는 양국간 회담을 촉구했다.", "회담", True),
])
def test_meeting_word_names_its_own_pair(lang, text, word, named):
    from readout.lang.base import Trigger

    start = text.index(word)
    trig = Trigger(start, start + len(word), word, None, "planned", kind="setting")
    assert library_pipeline().language(lang).names_own_pair(text, trig) is named

"""(actors59b, issue 14) A foreign or defence minister the knowledge base does not list, named with his state and
title, is a person of that state and office (kb/resolve.unknown, from the mention's country and office hints): no
systematic source of ministers since 2015 is at hand offline (the Phoenix dictionary stops in 2015, and
leaders_recent.yaml lists heads only), so the title and the state words carry it. Invented names."""
from __future__ import annotations

import pytest

from readout.api import extract_text

FOREIGN, DEFENCE = "Minister of Foreign Affairs", "Minister of Defense"
ROWS = [  # (text, surface, country, office)
    ("Kenyan Foreign Minister Tomas Wanjiru condemned Norway on Monday.", "Tomas Wanjiru", "KEN", FOREIGN),
    ("Foreign Minister Tomas Wanjiru of Kenya condemned Norway on Monday.", "Tomas Wanjiru", "KEN", FOREIGN),
    ("Kenya's defense minister Tomas Wanjiru visited Norway on Monday.", "Tomas Wanjiru", "KEN", DEFENCE),
    ("Indonesian Defence Minister Budi Santoso met his Thai counterpart.", "Budi Santoso", "IDN", DEFENCE),
    ("케냐 국방장관 토마스 완지루는 소말리아를 비난했다.", "토마스 완지루", "KEN", DEFENCE),
    ("말레이시아 외교장관 아흐마드 라힘은 태국을 방문했다.", "아흐마드 라힘", "MYS", FOREIGN),
    ("페루 국방장관 호르헤 키스페는 칠레를 비난했다.", "호르헤 키스페", "PER", DEFENCE),
    ("페루 외교장관 알마 키스페는 칠레를 비난했다.", "알마 키스페", "PER", FOREIGN),  # places60: name_runs.verb_read_given_name
]


@pytest.mark.parametrize("text, surface, country, office", ROWS)
def test_an_unlisted_minister_is_his_state_s(text, surface, country, office):
    people = [(m.surface, m.entity.country, m.entity.office)
              for m in extract_text(text, published="2026-03-12").mentions if m.entity and m.entity.kind == "person"]
    assert (surface, country, office) in people, people

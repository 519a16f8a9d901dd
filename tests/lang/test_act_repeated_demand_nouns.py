"""Repeated demands as nouns and passive sanctions with a genitive imposer, in both languages:

1. a demand repeated as a noun ('철회 요구를 되풀이했다', '중단 요구를 거듭했다'): the verb of repeating realizes the
   act noun like a light verb (cue light_verb 되풀이하다, 거듭하다), so REQUEST goes to the one asked.
2. a passive sanction whose imposer is a genitive before an adjective ('X는 Y의 새로운 제재를 받았다', 'Y의 강력한
   추가 제재'): the adjective describes the act, so Y imposes and X suffers (act_passive_agents.modified_act_noun).

Formerly tests/lang/test_ko_acts36.py; classes first read as "Korean act classes read by the ko-acts36 session, with
sentences of our own (states outside the eval sets), an English row where the class exists in English too"
(docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, events_of

OCC = "occurred"
DAY = date(2026, 3, 4)


def read(text: str, day: date = DAY):
    return events_of(extract_text(text, published=day))


# 1. a demand repeated as a noun
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("페루는 칠레에 어업 금지 조치 철회 요구를 되풀이했다.", {"PER"}, {"CHL"}, OCC),
    ("페루 정부는 칠레에 국경 훈련 중단 요구를 거듭했다.", {"PER"}, {"CHL"}, OCC),
    ("Peru repeated its demand that Chile lift the fishing ban.", {"PER"}, {"CHL"}, OCC),
])
def test_repeated_demand_noun(text, actors, recipients, status):
    assert_act(read(text), "REQUEST", actors, recipients, status)


# 2. Y의 새로운 제재를 받았다: Y imposes
@pytest.mark.parametrize("text, actors, recipients, status", [
    ("칠레 수산업체들은 페루의 새로운 제재를 받았다.", {"PER"}, {"CHL"}, OCC),
    ("칠레는 페루의 강력한 추가 제재를 받게 됐다.", {"PER"}, {"CHL"}, OCC),
    ("Chile was hit with new Peruvian sanctions on Friday.", {"PER"}, {"CHL"}, OCC),
])
def test_passive_sanction_genitive_imposer(text, actors, recipients, status):
    assert_act(read(text), "SANCTION", actors, recipients, status)

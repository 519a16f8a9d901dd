"""Korean act sides (session 20 round 2, ko-acts23, classes found in the open batches art15a..art21b). Each row is a
sentence or two we wrote for the test (not a batch's, not the eval's), read through the whole pipeline: what it
states (type, acting states exactly among the parties, receiving states, status; status None: no such event)."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.ko.countries import read_word
from tests.conftest import countries
from tests.lang.test_ko_sides20 import PUB, check

# 1. A government's bare forces ('정부군') in a story of a war abroad: the state at war there, never the writer's.
# The word names no country itself (lexicon ko state_neutral_compounds, countries.read_name); as the subject it is
# the state of the sentence's places (act_context.people_subject, sector MIL); as the target of a rebel group's
# attack, the attacker's own state (act_context.conflict_force_target). Korea's own bare forces ('군은', '우리 군은')
# stay Korea's.
GOVERNMENT_FORCES = [
    ("예멘 후티 반군은 마리브 외곽의 정부군 진지를 포격했다.", [("ASSAULT", {"YEM"}, {"YEM"}, "occurred")]),
    ("미얀마 라카인주에서 아라칸군이 정부군 기지를 공격했다.", [("ASSAULT", {"MMR"}, {"MMR"}, "occurred")]),
    ("말리 북부 키달에서 정부군이 무장단체 거점을 공습했다.", [("ASSAULT", {"MLI"}, None, "occurred")]),
    # negative: Korea's own forces, named as a Korean wire names them
    ("우리 군은 서해 해상에서 북한 어선을 나포했다.", [("COERCE", {"KOR"}, {"PRK"}, "occurred")]),
]


@pytest.mark.parametrize("text,expected", GOVERNMENT_FORCES)
def test_government_forces_abroad_are_that_state(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", ["예멘 후티 반군은 마리브 외곽의 정부군 진지를 포격했다.",
                                  "말리 북부 키달에서 정부군이 무장단체 거점을 공습했다."])
def test_government_forces_never_korea(text):
    for e in extract_text(text, published=PUB).events:
        assert "KOR" not in countries(e.participants) | countries(e.recipients)


@pytest.mark.parametrize("word,codes", [("정부군", ()), ("정부", ("KOR",)), ("러시아군", ("RUS",))])
def test_government_forces_word_names_no_state(word, codes):
    assert read_word(word).codes == codes

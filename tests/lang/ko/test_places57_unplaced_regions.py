"""places57 (issue 14): a region written with its type word and no state right before it is heard among the regions
of the sentence's one state, else (a locative, no state in the sentence) among one state's regions with every vowel
(lang/ko/state_regions.unplaced_regions, lexicon ko `bare_region_re`). Our own sentences, with an English twin; Korean
words before 성 and a region of another state's sound as negative rows."""
from __future__ import annotations

import pytest

from readout.lang.ko.state_regions import state_regions, unplaced_regions
from readout.settings import KOREAN
from tests.event_sides import place


@pytest.mark.parametrize("text, kind, where", [
    ("중국 경찰은 허난성에서 기자 2명을 구금했다.", "COERCE", ("Henan", "CHN")),
    ("중국 경찰은 금요일 쓰촨성에서 학생 4명을 체포했다.", "COERCE", ("Sichuan", "CHN")),  # a date between
    ("경찰은 허난성에서 기자 2명을 구금했다.", "COERCE", ("Henan", "CHN")),  # no state: the region's own
    ("Chinese police detained two reporters in Henan province.", "COERCE", ("Henan", "CHN")),  # English twin
    ("중국 경찰은 가능성에서 학생 4명을 체포했다.", "COERCE", None),  # a Korean word before 성
])
def test_region_without_its_state(text, kind, where):
    assert place(text, kind) == where


@pytest.mark.parametrize("text", [
    "중국 정부는 안정성을 강조했다.",  # Korean words before 성
    "중국 정부는 투명성과 중요성을 말했다.",
    "러시아 브랸스크주에서 폭발이 있었다.",  # after its state: state_regions reads it, this reader none more
])
def test_no_region_read(text):
    assert unplaced_regions(text, 0, state_regions(text, 0), KOREAN) == []

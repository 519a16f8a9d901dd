"""An act told as an answer to an earlier one ('in response', 'in retaliation', '대응', '보복'), read by one reader for
both languages (lang/base.Language.response_act: the lexicon's `response_re` within `mode_window_chars` of the act
word, before or after it). Every sentence here is our own."""
from __future__ import annotations

import pytest

from readout.kb.loader import kb
from readout.lang.en.language import English
from readout.lang.ko.language import Korean
from readout.settings import Settings

LANGUAGES = {"en": English, "ko": Korean}


@pytest.mark.parametrize("code, text, word, answers", [
    ("en", "In response, Guyana's navy fired shells into the sea on Friday.", "fired", True),
    ("en", "Guyana staged naval drills on Friday in retaliation for the launch.", "drills", True),
    ("en", "Guyana staged naval drills near its coast on Friday.", "drills", False),
    ("ko", "가이아나 해군은 이에 대응해 13일 해상 사격 훈련을 했다.", "훈련", True),
    ("ko", "가이아나 해군은 보복 차원에서 13일 포격 훈련을 실시했다.", "훈련", True),
    ("ko", "가이아나 해군은 13일 해안에서 정례 훈련을 실시했다.", "훈련", False),
], ids=["en-before", "en-after", "en-none", "ko-before", "ko-retaliation", "ko-none"])
def test_an_act_answering_an_earlier_one(code, text, word, answers):
    lang = LANGUAGES[code](Settings().language(code), kb())
    start = text.index(word)
    assert lang.response_act(text, start, start + len(word)) is answers

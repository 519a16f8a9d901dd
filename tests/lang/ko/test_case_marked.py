"""A name with an oblique case of its own ('北에') takes no role from the name before it (pipeline/roles.py
left-to-right spread; Korean.case_marked). English marks no case on names: its default is False."""
from __future__ import annotations

import pytest

from readout.lang.ko.sentences import kiwi


def korean():
    from readout.kb.loader import kb
    from readout.lang.ko.language import Korean
    from readout.settings import Settings

    return Korean(Settings(), kb())


def tokens(text):
    return [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]


@pytest.mark.parametrize("text, name, marked", [
    ("정부, 北에 대화 촉구", "北", True),
    ("美, 러시아에서 회담", "러시아", True),
    ("한국, 미국과 회담", "미국", False),  # 과: the other party, a principal
    ("한국과 미국은 회담했다", "미국", False),
])
def test_korean_case_marked(text, name, marked):
    start = text.index(name)
    assert korean().case_marked(text, tokens(text), start, start + len(name)) is marked


def test_english_names_carry_no_case():
    from readout.kb.loader import kb
    from readout.lang.en.language import English
    from readout.settings import Settings

    assert English(Settings(), kb()).case_marked("Seoul, Tokyo urge talks", (), 7, 12) is False

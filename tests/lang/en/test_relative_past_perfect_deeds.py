"""dates62: an active past-perfect deed in a non-restrictive subject relative ('Chile, which had expelled a Bolivian
diplomat, accused ...'; 'Peru condemned Chile, which had imposed sanctions on Bolivia, and said ...') is the named
head's earlier deed, background: the window of days before the story's day, never its day, even when a verb of saying
stands elsewhere in the sentence (lang/en/act_context.subject_relative, own_relative, relative_head_deed), as Korean
'[대사를 추방했던] 칠레는' reads (tests/lang/ko/test_recalled_relative_subjects.py). Not 'whom' (the head suffered
it), nor a reported deed ('said on Monday that Chile had imposed': the report's shifted tense). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries

PUB = date(2025, 9, 17)
STORY = "Chile's foreign minister met his Peruvian counterpart on Friday. "
STORY_DAYS = (date(2025, 9, 12), date(2025, 9, 15))


def _events(text: str, type_: str, actor: str):
    return [e for e in extract_text(STORY + text, published=PUB).events
            if e.type == type_ and actor in countries(e.participants) - countries(e.recipients)]


BACKGROUND = [
    ("Chile, which had expelled a Bolivian diplomat, accused Bolivia of spying on Monday.", "SANCTION", "CHL", "BOL"),
    ("Ecuador on Monday condemned Chile, which had imposed sanctions on Bolivia, and said it would respond.",
     "SANCTION", "CHL", "BOL"),
]


@pytest.mark.parametrize("text,type_,actor,recipient", BACKGROUND)
def test_subject_relative_past_perfect_is_the_heads_earlier_deed(text, type_, actor, recipient):
    found = _events(text, type_, actor)
    assert found and countries(found[0].recipients) == {recipient}
    assert countries(found[0].participants) - countries(found[0].recipients) == {actor}
    assert found[0].date_precision != "day" and found[0].date not in STORY_DAYS


NOT_BACKGROUND = [
    # the head suffered the deed: no deed of the head's
    ("Chile on Monday freed the mayor of Arica, whom Bolivian troops had kidnapped.", "COERCE", "CHL"),
    # a report's shifted tense: the deed of the report's day, as before
    ("Ecuador said on Monday that Chile had imposed sanctions on Bolivia.", "SANCTION", "CHL"),
]


def test_a_suffering_head_does_no_deed():
    text, type_, actor = NOT_BACKGROUND[0]
    assert not _events(text, type_, actor)


def test_a_reported_past_perfect_keeps_the_reports_day():
    text, type_, actor = NOT_BACKGROUND[1]
    found = _events(text, type_, actor)
    assert found and found[0].date_precision == "day" and found[0].date_window is None

"""An act told over a vague stretch of years or months is a tally, no act of the story's day (koriot70, issue 15).

'몇 년 동안 비난했다', '수년째 비판해 왔다', 'criticized X for years', 'For decades, X has criticized Y': the words of a
stretch ('몇 년 동안', '수십 년간', '수개월째', '오랫동안'; 'for years', 'for decades', 'over the years') tell acts
over it, none dated to the story, in any tense and, in English, before the subject or after the verb (ko.yaml
repeated_times_before_re; lang/en/act_background.stretched, cue stretch_wordings). Before this, Korean '수년간' was a
tally while '몇 년 동안' and '오랫동안' were not, and English read the stretch only after a perfect verb. Negative
rows: the same act with no stretch, or with a term of a stated length ('for five years', '5년간'), is the day's act;
backing an armed group over a stretch is still given (tests/lang/test_time_adverbial_before_object.py). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def types(text: str) -> set[str]:
    return {e.type for e in events(text)}


@pytest.mark.parametrize("text", [
    "가봉은 몇 년 동안 카메룬을 비난했다.",
    "가봉은 수년째 카메룬을 비판해 왔다.",
    "가봉은 오랫동안 카메룬 정부를 규탄해 왔다.",
    "가봉은 수개월째 카메룬을 비난했다.",
    "가봉은 카메룬을 수십 년간 비판했다.",
    "Gabon criticized Cameroon for years.",
    "Gabon has criticized Cameroon for decades.",
    "For years, Gabon has criticized Cameroon.",
    "For decades, Gabon condemned the government of Cameroon.",
])
def test_accusation_over_a_stretch_is_a_tally(text: str) -> None:
    assert "ACCUSE" not in types(text)


@pytest.mark.parametrize("text, kind", [
    ("가봉은 카메룬을 비난했다.", "ACCUSE"),
    ("가봉은 어제 카메룬을 비판했다.", "ACCUSE"),
    ("Gabon criticized Cameroon on Friday.", "ACCUSE"),
    ("Gabon has criticized Cameroon.", "ACCUSE"),
    ("Gabon banned imports from Cameroon for five years.", "SANCTION"),
    ("가봉은 5년간 카메룬산 제품의 수입을 금지했다.", "SANCTION"),
])
def test_act_without_a_stretch_is_the_days(text: str, kind: str) -> None:
    assert kind in types(text)

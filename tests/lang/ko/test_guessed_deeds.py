"""A past deed only guessed at ('포격했을 가능성/개연성') is no act; the same deed told as done is one. The guess nouns
are the cue `guessed_possibility_noun`, kept apart from the nouns of acts kept open (`possibility_noun`)."""
import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text, types", [
    ("페루 국방부는 칠레군이 볼리비아 국경 초소를 포격했다고 밝혔다.", ["ASSAULT", "ACCUSE"]),  # told: the deed and,
    # since koacts59b, the speaker's charge (lang/ko/act_reported_charges)
    ("페루 국방부는 칠레군이 볼리비아 국경 초소를 포격했을 가능성이 크다고 밝혔다.", []),
    ("페루 국방부는 칠레군이 볼리비아 국경 초소를 포격했을 개연성이 크다고 밝혔다.", []),
], ids=["told", "possibility", "likelihood"])
def test_guessed_past_deed_is_no_act(text, types):
    assert [e.type for e in extract_text(text, published="2026-05-02").events] == types

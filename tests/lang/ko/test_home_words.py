"""The home state's bare government words ('정부', '우리 정부') under another state's subject name no state (refs39;
lang/ko/home_words.py): a Seoul paper's '정부' is Seoul's only where no other state's subject governs it."""
from datetime import date

import pytest

from tests.conftest import assert_act, countries, events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "칠레 외교부는 10일 성명을 내고 정부의 결정을 비난했다.",
    "칠레 외무장관은 11일 정부의 조치를 강하게 비판했다.",
])
def test_a_bare_government_under_a_foreign_subject_is_not_the_home_state(extract, text):
    acts = events_of(extract(text, published=DAY), "ACCUSE")
    assert not any("KOR" in countries(e.recipients) for e in acts)


def test_a_quoted_own_government_is_the_foreign_speakers(extract):
    events = events_of(extract('칠레 외무부 대변인은 "우리 정부는 페루의 결정을 비난한다"고 말했다.', published=DAY))
    assert_act(events, "ACCUSE", {"CHL"}, {"PER"}, "occurred")
    assert "KOR" not in countries(events_of(extract('칠레 외무부 대변인은 "우리 정부는 페루의 결정을 비난한다"고 말했다.',
                                                     published=DAY), "ACCUSE")[0].participants)


@pytest.mark.parametrize("text, actors, recipients", [
    ("정부는 10일 페루의 결정을 비난했다.", {"KOR"}, {"PER"}),
    ("외교부 대변인은 \"우리 정부는 페루의 결정을 비난한다\"고 말했다.", {"KOR"}, {"PER"}),
    ("칠레 외교부는 10일 한국 정부의 결정을 비난했다.", {"CHL"}, {"KOR"}),
])
def test_the_home_government_named_as_such_stays(extract, text, actors, recipients):
    assert_act(events_of(extract(text, published=DAY)), "ACCUSE", actors, recipients, "occurred")


@pytest.mark.parametrize("text, state", [
    ("페루 시민들은 정부를 비판했다.", "PER"),
    ("리마 시민들은 정부를 비판했다.", "PER"),
])
def test_a_bare_government_under_a_foreign_people_is_their_own(extract, text, state):
    """People of another state ('B국 시민들은 정부를 비판했다') criticize their own government: B on both sides."""
    acts = events_of(extract(text, published=DAY), "ACCUSE")
    assert acts and countries(acts[0].participants) == {state} and countries(acts[0].recipients) == {state}

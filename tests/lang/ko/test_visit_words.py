"""A visit to a country ('방한', '방미', ...) is a word of its own: the same two syllables end 석방한 (released),
추방한 (expelled), 개방한 (opened) and 예방한 (paid a courtesy call), which are no visit to Korea; and '방한 중'
(during a visit to Korea) names no Chinese person (ko.yaml visit_re, visit_country_re, meeting_trigger_re;
lang/ko/name_words.chain_country). Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("text, visited", [
    ("페루 외교장관은 억류 선원들을 석방한 뒤 귀국했다.", None),
    ("칠레 정부는 외교관 2명을 추방한 뒤 대사를 소환했다.", None),
    ("페루 외교장관은 총리를 예방한 뒤 리마로 돌아갔다.", None),
    ("칠레 외교장관은 3일 방한해 조태열 장관과 회담했다.", "KOR"),
    ("페루 대통령은 다음 달 방미할 예정이다.", "USA"),
])
def test_a_visit_word_is_a_word_of_its_own(text, visited):
    from readout.kb.loader import kb
    from readout.lang.ko.language import Korean
    from readout.settings import Settings

    assert Korean(Settings(), kb()).visited_country(text) == visited


def test_a_courtesy_call_before_a_journey_is_not_held_in_korea(extract):
    art = extract("후안 페레스 칠레 외교장관은 3일 카를로스 로페스 페루 총리를 예방한 뒤 귀국했다.", published=DAY)
    (meeting,) = events_of(art, "CONSULT")
    assert countries(meeting.participants) == {"CHL", "PER"} and meeting.location is None


def test_during_a_visit_to_korea_names_no_chinese_person(extract):
    art = extract("칠레 총리는 방한 중 한덕수 총리와 회담했다.", published=DAY)
    assert [countries(e.participants) for e in events_of(art, "CONSULT")] == [{"CHL", "KOR"}]


def test_a_visit_word_cut_at_the_windows_edge_is_still_no_visit(extract):
    """The host of a meeting is read in a window before its word; a courtesy call (예방한) cut at that window's
    start must not leave '방한' behind (the window is searched in place, not sliced)."""
    text = ("후안 페레스 칠레 외교장관은 3일 카를로스 로페스 페루 총리를 예방한 뒤 에콰도르 키토로 이동해 "
            "4일 마리아 고메스 에콰도르 외교장관과 회담할 예정이다.")
    art = extract(text, published=DAY)
    assert all(e.location is None or e.location.country != "KOR" for e in events_of(art, "CONSULT"))


@pytest.mark.parametrize("text, day, status", [
    # a sentence that ends on a plan: the steps before it lie ahead too (a day from the reference's day on)
    ("후안 페레스 칠레 외교장관은 5일 카를로스 로페스 페루 총리를 예방한 뒤 키토로 이동할 예정이다.", 5, "planned"),
    # a day already past this month stays past
    ("후안 페레스 칠레 외교장관은 2일 카를로스 로페스 페루 총리를 예방한 데 이어 다음 주 키토를 방문할 예정이다.", 2, "occurred"),
])
def test_a_plan_sentences_days_count_forward(extract, text, day, status):
    art = extract(text, published=DAY)
    meeting = next(e for e in events_of(art, "CONSULT") if e.trigger == "예방")
    assert (meeting.date, meeting.status) == (date(2025, 3, day), status)


@pytest.mark.parametrize("text, actors, recipients", [
    ("가나 정부는 이웃 부르키나파소의 쿠데타 시도를 규탄했다.", {"GHA"}, {"BFA"}),
    ("세네갈 외교부는 기니비사우의 선거 결과 발표 연기를 비판했다.", {"SEN"}, {"GNB"}),
])
def test_a_rare_state_name_keeps_its_particle_apart(extract, text, actors, recipients):
    """kiwi fuses a rare state name with its genitive ('부르키나파소의' as one noun) unless the name is its user
    word: every state's Korean name of three syllables or more is one."""
    (act,) = [e for e in extract(text, published=DAY).events if e.type == "ACCUSE"]
    assert (countries(act.participants), countries(act.recipients)) == (actors, recipients)

"""An envoy's statement is his own (store/merge_voices.envoy, merge13): the nuclear envoy condemning a launch in a
call with his counterparts and his state's ambassador condemning it in the Security Council the same day are two
statements, though both are 'ACCUSE KOR -> PRK' on one day; before, two persons of one state on one day were taken
for one statement relayed twice. The same envoy reported twice, and an envoy beside a report that names no speaker,
stay one. Names are invented."""
from __future__ import annotations

from datetime import date

import pytest

from readout.store.merge_voices import Voice, envoy, voice_conflict
from tests.store.stored import lettered, stored_records

MAR10 = date(2025, 3, 10)

NUCLEAR_ENVOY = {
    "ko": "김도윤 외교부 한반도평화교섭본부장은 10일 북한의 탄도미사일 발사를 규탄했다.",
    "en": "South Korea's nuclear envoy Kim Do-yoon on Monday condemned North Korea's ballistic missile launch.",
}
UN_AMBASSADOR = {
    "ko": "박서진 주유엔 대사는 10일 안보리 회의에서 북한의 탄도미사일 발사를 규탄했다.",
    "en": "South Korea's U.N. Ambassador Park Seo-jin on Monday condemned North Korea's ballistic missile launch at the "
          "Security Council.",
}
UN_AMBASSADOR_AGAIN = {
    "ko": "박서진 주유엔 대사는 10일 북한의 탄도미사일 발사를 강하게 규탄했다.",
    "en": "Park Seo-jin, South Korea's ambassador to the U.N., on Monday condemned North Korea's ballistic missile "
          "launch.",
}
NO_SPEAKER = {
    "ko": "한국은 10일 북한의 탄도미사일 발사를 규탄했다.",
    "en": "South Korea on Monday condemned North Korea's ballistic missile launch.",
}


def accusations(tmp_path, *texts: str) -> list[set[str]]:
    """The documents of each ACCUSE record after storing the texts of one day in order (a.txt, b.txt, ...)."""
    return stored(tmp_path, *((text, MAR10) for text in texts))


@pytest.mark.parametrize("first_lang, second_lang", [("ko", "ko"), ("en", "en"), ("ko", "en"), ("en", "ko")])
def test_two_envoys_of_one_state_the_same_day_are_two_statements(tmp_path, first_lang, second_lang):
    assert accusations(tmp_path, NUCLEAR_ENVOY[first_lang], UN_AMBASSADOR[second_lang]) == [{"a.txt"}, {"b.txt"}]


@pytest.mark.parametrize("first_lang, second_lang", [("ko", "ko"), ("en", "en"), ("ko", "en")])
def test_one_envoy_reported_twice_is_one_statement(tmp_path, first_lang, second_lang):
    assert accusations(tmp_path, UN_AMBASSADOR[first_lang], UN_AMBASSADOR_AGAIN[second_lang]) == [{"a.txt", "b.txt"}]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_an_envoy_beside_a_report_naming_no_speaker_is_one_statement(tmp_path, lang):
    assert accusations(tmp_path, NO_SPEAKER[lang], UN_AMBASSADOR[lang]) == [{"a.txt", "b.txt"}]


AMBASSADOR = Voice("per_p_1", "Ines Ruiz", "CHL", "Ambassador")
NEGOTIATOR = Voice("per_p_2", "Tomas Vial", "CHL", "Chief Nuclear Negotiator")
SPOKES = Voice("per_p_3", "Lucia Paz", "CHL", "Spokesperson")
MINISTER = Voice("per_p_4", "Jorge Vega", "CHL", "Minister of Foreign Affairs")
FOREIGN_AMBASSADOR = Voice("per_p_5", "Erik Lund", "NOR", "Ambassador")


@pytest.mark.parametrize("voice, is_envoy", [
    (AMBASSADOR, True), (NEGOTIATOR, True),
    (Voice("x", "Y", "KOR", "Special Representative for Korean Peninsula Peace and Security Affairs"), True),  # equals one
    (SPOKES, False), (MINISTER, False), (Voice("x", "Y", "CHL"), False),
])
def test_envoy(voice, is_envoy):
    assert envoy(voice) is is_envoy


@pytest.mark.parametrize("theirs, new, refused", [
    (AMBASSADOR, NEGOTIATOR, True),
    (MINISTER, AMBASSADOR, True),  # the minister at home, the ambassador at the council
    (AMBASSADOR, SPOKES, True),
    (SPOKES, MINISTER, False),  # negative: a spokesperson relays the minister's statement (as before)
    (AMBASSADOR, AMBASSADOR, False),  # negative: one person
    (FOREIGN_AMBASSADOR, AMBASSADOR, False),  # negative: another state's envoy speaks for a side of a joint act
])
def test_an_envoy_beside_another_speaker_of_his_state_the_same_day(theirs, new, refused):
    assert bool(voice_conflict([(theirs, MAR10, "day")], new, MAR10, "day")) is refused


# --- an envoy's words and his state's organ's a day apart: two statements (merge_organs.envoy_beside_organ) ---------
MAR9 = date(2025, 3, 9)
ORGAN_DAY_BEFORE = {
    "ko": ("외교부는 9일 북한의 탄도미사일 발사를 규탄했다.", MAR9),
    "en": ("South Korea's foreign ministry on Sunday condemned North Korea's ballistic missile launch.", MAR9),
}


def stored(tmp_path, *reports: tuple[str, date]) -> list[set[str]]:
    """The same for reports (text, publication day)."""
    return stored_records(tmp_path, "ACCUSE", lettered(*reports))


@pytest.mark.parametrize("first_lang, second_lang", [("en", "en"), ("ko", "en"), ("en", "ko")])
def test_the_ministry_at_home_and_the_ambassador_at_the_council_a_day_apart_are_two(tmp_path, first_lang, second_lang):
    assert stored(tmp_path, ORGAN_DAY_BEFORE[first_lang], (UN_AMBASSADOR[second_lang], MAR10)) == [{"a.txt"}, {"b.txt"}]
    # the same two in the other order
    assert stored(tmp_path / "x", (UN_AMBASSADOR[second_lang], MAR10), ORGAN_DAY_BEFORE[first_lang]) == [{"a.txt"}, {"b.txt"}]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_negative_a_report_naming_no_organ_a_day_apart_still_joins_the_envoy(tmp_path, lang):
    """A day a report only carries from its story on another clock (a next morning's paper) is no organ's own day:
    the time zone's tolerance holds, as before."""
    later = {"ko": "한국은 북한의 탄도미사일 발사를 규탄했다.", "en": "South Korea condemned North Korea's ballistic missile launch."}
    assert stored(tmp_path, (UN_AMBASSADOR["en"], MAR10), (later[lang], date(2025, 3, 11))) == [{"a.txt", "b.txt"}]

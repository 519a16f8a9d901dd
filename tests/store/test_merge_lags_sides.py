"""One record per event (merge8): a speaker's statement dated by two stories, one side's delegation named alone, a
name spelled two ways; and the refusal of two principals of one state speaking the same day. Each rule by hand
(parametrized tables) and end to end in both languages. Names, places and dates are invented."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import SETTINGS
from readout.store.links import link_persons, link_reason, surname_one_sound_apart
from readout.store.merge import Member
from readout.store.merge_dates import DateKind, date_evidence
from readout.store.merge_sides import one_side_reading
from readout.store.merge_voices import Voice, principal, voice_conflict
from tests.store.stored import merge_reasons, records_of, saved

SEP8, SEP9, SEP10, SEP11 = date(2025, 9, 8), date(2025, 9, 9), date(2025, 9, 10), date(2025, 9, 11)


# --- a speaker's statement dated by two stories: a day of the story's two days off -----------------------------
ENVOY = Voice("per_p_env", "Carla Menezes", "BRA", "Ambassador")
ENVOY_KO = Voice("per_p_env_ko", "카를라 메네제스", "BRA", "Ambassador")  # the same person, her id from Hangul
OTHER_ENVOY = Voice("per_p_oth", "Rui Tavares", "BRA", "Ambassador")


def statement(day: date, basis: str, voice: Voice | None, etype: str = "ACCUSE") -> Member:
    m = Member(f"k{day}{basis}", f"doc-{day}-{basis}", etype, day, "day", basis, None, {"cty_bra"}, {"cty_arg"})
    m.voice = voice
    return m


@pytest.mark.parametrize("a, b, kind", [
    (statement(SEP8, "narrative", ENVOY), statement(SEP10, "text", ENVOY), DateKind.VOICE_LAG),
    (statement(SEP8, "narrative", ENVOY), statement(SEP10, "narrative", ENVOY_KO), DateKind.VOICE_LAG),  # by sound
    (statement(SEP8, "text", ENVOY), statement(SEP10, "text", ENVOY), DateKind.APART),  # two stated days: two
    (statement(SEP8, "narrative", ENVOY), statement(SEP10, "text", OTHER_ENVOY), DateKind.APART),  # another person
    (statement(SEP8, "narrative", None), statement(SEP10, "text", ENVOY), DateKind.APART),  # no voice: as before
    (statement(SEP8, "narrative", ENVOY), statement(SEP11, "text", ENVOY), DateKind.APART),  # beyond the lag
    (statement(SEP8, "narrative", ENVOY, "ASSAULT"), statement(SEP10, "text", ENVOY, "ASSAULT"), DateKind.APART),
])
def test_one_speakers_statement_a_storys_day_apart(a, b, kind):
    assert date_evidence(a, b, SETTINGS).kind is kind
    assert date_evidence(b, a, SETTINGS).kind is kind


VOICE_LAG = {  # the story's day (the council's vote two days before) and the day the other outlet states
    "en": (("The council voted on Monday. Brazil's ambassador Carla Menezes sharply criticized Argentina, saying the"
            " plan was dangerous.", SEP10),
           ("Brazil's ambassador Carla Menezes on Wednesday criticized Argentina over the plan.", SEP11)),
    "ko": (("안보리는 8일 회의를 열었다. 카를라 메네제스 주유엔 브라질 대사는 아르헨티나를 강하게 비판했다.", SEP10),
           ("카를라 메네제스 주유엔 브라질 대사는 10일 아르헨티나를 비판했다.", SEP11)),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_statement_dated_by_the_story_joins_the_same_speakers_stated_day(tmp_path, lang):
    (first, day1), (second, day2) = VOICE_LAG[lang]
    with saved(tmp_path, (first, "a.txt", day1), (second, "b.txt", day2)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt", "b.txt"}]
        assert "one speaker's statement" in merge_reasons(store, "b.txt", "ACCUSE")  # the reason kept


# --- two principals of one state the same day: two statements -------------------------------------------------
PRESIDENT = Voice("per_p_pres", "Marta Solis", "CHL", "President")
MINISTER = Voice("per_p_fm", "Jorge Vega", "CHL", "Minister of Foreign Affairs")
SPOKES = Voice("per_p_sp", "Lucia Paz", "CHL", "Spokesperson")
VICE = Voice("per_p_vfm", "Ines Mora", "CHL", "Vice Minister of Foreign Affairs")
FOREIGN_PM = Voice("per_p_pm", "Erik Lund", "NOR", "Prime Minister")


@pytest.mark.parametrize("voice, is_principal", [
    (PRESIDENT, True), (MINISTER, True), (FOREIGN_PM, True), (Voice("x", "Y", "USA", "Secretary of State"), True),
    (SPOKES, False), (VICE, False), (Voice("x", "Y", "CHL", "Ambassador"), False), (Voice("x", "Y", "CHL"), False),
])
def test_principal(voice, is_principal):
    assert principal(voice) is is_principal


@pytest.mark.parametrize("theirs, new, refused", [
    (PRESIDENT, MINISTER, True),  # the president's words and the foreign minister's: two statements
    (MINISTER, PRESIDENT, True),
    (SPOKES, MINISTER, False),  # a spokesperson relays a principal's statement: one
    (VICE, PRESIDENT, False),
    (FOREIGN_PM, PRESIDENT, False),  # another state's principal: a side of a joint act
    (PRESIDENT, PRESIDENT, False),
])
def test_two_principals_of_one_state_the_same_day(theirs, new, refused):
    assert bool(voice_conflict([(theirs, SEP10, "day")], new, SEP10, "day")) is refused


PRINCIPALS = {
    "ko": ("칠레의 마르타 솔리스 대통령은 10일 페루의 국경 봉쇄를 비판했다.",
           "호르헤 베가 칠레 외교장관은 10일 페루의 국경 봉쇄를 비판했다."),
    "en": ("Chilean President Marta Solis on Wednesday criticized Peru's border closure.",
           "Chilean Foreign Minister Jorge Vega on Wednesday criticized Peru's border closure."),
}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_president_and_the_foreign_minister_the_same_day_are_two_statements(tmp_path, lang):
    first, second = PRINCIPALS[lang]
    with saved(tmp_path, (first, "a.txt", SEP10), (second, "b.txt", SEP10)) as store:
        assert records_of(store, "ACCUSE") == [{"a.txt"}, {"b.txt"}]
        assert "two principals of CHL" in merge_reasons(store, "b.txt", "ACCUSE")


# --- one side's delegation named alone -----------------------------------------------------------------------
HOMES = {"vega": "CHL", "ortiz": "CHL", "ruiz": "PER", "diaz": "PER", "cty": "CHL"}


@pytest.mark.parametrize("record, reported, here, cities, joins", [
    ({"vega", "ruiz"}, {"vega", "ortiz"}, "Lima", frozenset({"Lima"}), True),  # the report names Chile's side only
    ({"vega", "ortiz"}, {"vega", "ruiz"}, "Lima", frozenset({"Lima"}), True),  # the record does
    ({"vega", "ruiz"}, {"vega", "ortiz"}, None, frozenset({"Lima"}), False),  # no city of its own: a trip's meetings
    ({"vega", "ruiz"}, {"vega", "ortiz"}, "Cusco", frozenset({"Lima"}), False),  # another city
    ({"vega", "ruiz"}, {"ortiz", "diaz"}, "Lima", frozenset({"Lima"}), False),  # no one shared
    ({"vega", "ruiz"}, {"vega", "diaz"}, "Lima", frozenset({"Lima"}), False),  # both sides on both: mixed sets
])
def test_one_side_reading(record, reported, here, cities, joins):
    assert bool(one_side_reading(record, reported, HOMES, here, cities, "PER")) is joins


def test_one_side_at_home_is_not_read_as_a_delegation():
    """Chile's two ministers in Santiago may be meeting each other: not a delegation's partial reading."""
    assert one_side_reading({"vega", "ruiz"}, {"vega", "ortiz"}, HOMES, "Santiago", frozenset({"Santiago"}), "CHL") \
        is None


ONE_SIDE = {
    "en": "Chilean Foreign Minister Jorge Vega and Chilean Trade Minister Pablo Ortiz held talks with the Peruvian"
          " delegation in Lima on Wednesday.",
    "ko": "호르헤 베가 칠레 외교장관과 파블로 오르티스 칠레 통상장관 등 칠레 대표단은 10일 리마에서 페루 대표단과 회담했다.",
}
BOTH_SIDES = {
    "en": "Chilean Foreign Minister Jorge Vega met Peruvian Foreign Minister Ana Ruiz in Lima on Wednesday.",
    "ko": "호르헤 베가 칠레 외교장관은 10일 리마에서 아나 루이스 페루 외교장관과 회담했다.",
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_one_sides_delegation_joins_the_meeting_of_both_sides(tmp_path, lang):
    with saved(tmp_path, (BOTH_SIDES[lang], "a.txt", SEP10), (ONE_SIDE[lang], "b.txt", SEP10)) as store:
        assert records_of(store, "CONSULT") == [{"a.txt", "b.txt"}]
        assert "one side's delegation only (CHL)" in merge_reasons(store, "b.txt", "CONSULT")


# --- one name spelled two ways: a consonant one spelling writes ------------------------------------------------
@pytest.mark.parametrize("a, b, same", [
    ("Idrissa Tchambou", "이드리사 탐부", True),  # 'Tch' written, and not: one consonant apart
    ("Idrissa Tchambou", "Idrissa Tambou", True),
    ("Idrissa Tchambou", "Moussa Tambou", False),  # another given name
    ("Idrissa Tchambou", "Idrissa Tchambou Diallo", False),  # words do not pair
    ("Idrissa Tchambou", "Idrissa Tamboura", False),  # a sound more than one consonant: another surname
])
def test_surname_one_sound_apart(a, b, same):
    assert surname_one_sound_apart(a, b) is same and surname_one_sound_apart(b, a) is same


def test_a_name_one_sound_apart_links_beside_a_shared_party():
    """The record's 'Idrissa Tchambou' (country read) and a report's '이드리사 탐부' (no country) beside the shared
    host on one day: one person (`link_persons`); a stated other country refuses the link."""
    record = {"per_p_tch": ("Idrissa Tchambou", "NER", None)}
    new = Member("k", "d", "CONSULT", SEP10, "day", "text", None, {"per_host", "per_p_tam"}, set())
    new.names = {"per_p_tam": ("이드리사 탐부", None, None)}
    assert link_persons(record, new, {"per_host", "per_p_tch"}) == {"per_p_tam": "per_p_tch"}
    new.names = {"per_p_tam": ("이드리사 탐부", "MLI", None)}
    assert link_persons(record, new, {"per_host", "per_p_tch"}) == {}


@pytest.mark.parametrize("mine, theirs, reason", [
    (("Idrissa Tambou", None, None), ("Idrissa Tchambou", "NER", None), "surname one consonant apart"),
    (("Jonas Verbeke", "BEL", None), ("Jonas Verbeke", "BEL", None), "phonetic key"),
    (("Jonas Verbeke", "BEL", None), ("Jonas Verbeke", "NLD", None), "phonetic key"),  # full names match
    (("Jonas Verbeke", "BEL", None), ("Pieter Claes", "BEL", None), None),
])
def test_a_link_names_the_rule_that_made_it(mine, theirs, reason):
    """The reason stored with a link is the rule that decided it (`link_reason`), not a guess made afterwards: a
    surname one consonant apart was stored as 'office and surname key' before."""
    assert link_reason(mine, theirs) == reason

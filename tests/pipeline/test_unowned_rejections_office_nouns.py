"""Unowned rejections, verbs after 'to help', 'earlier' dates, pronouns after spokespersons, definite office nouns:
- a rejection whose owner no clause names ('Iran rejected the proposal') is still the rejecting state's act;
- a bare verb after 'to help (let, make) X' is what the infinitive would bring about, no act of its own;
- 'earlier' (앞서) before a month or a year's month dates the sentence's own recalled act, as before a day;
- 'He'/'She'/'그는'/'그녀는' right after a spokesperson's statement is that spokesperson speaking on;
- a sentence opening with a definite office noun ('The minister also urged', '장관은 ... 촉구했다') is the last
  person the document named with that office.

Formerly tests/pipeline/test_lead14_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 14), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor", [
    ("Iran rejected the proposal on Monday.", "IRN"),
    ("The Iranian government turned down the offer.", "IRN"),
    ("Chile's foreign ministry rejected calls to close the consulate.", "CHL"),
    ("이란 정부는 그 제안을 거부했다.", "IRN"),
    ("칠레 외교부는 영사관을 폐쇄하라는 요구를 거부했다.", "CHL"),
])
def test_a_rejection_whose_owner_is_unnamed_is_still_an_act(text, actor):
    assert ([actor], []) in sides(text, "REJECT")


@pytest.mark.parametrize("text", [
    "Lee asked Poland to help South Korean companies take part in the new projects.",
    "Peru's foreign minister urged Chile to let Peruvian firms take part in the tender.",
    "Kenya called on Uganda to make the rebels withdraw from the border towns.",
])
def test_a_bare_verb_after_to_help_is_no_act_of_its_own(text):
    kinds = [e.type for e in events(text)]
    assert "REQUEST" in kinds
    assert not {"AGREE", "RETREAT", "COOPERATE"} & set(kinds)


def test_a_bare_verb_after_a_stated_help_is_read_as_before():
    """Only a causative that is itself an infinitive's makes its bare verb unstated."""
    kinds = [e.type for e in events("Kenya helped Ugandan troops withdraw from the border towns on Monday.")]
    assert "RETREAT" in kinds


@pytest.mark.parametrize("text, month", [
    ("아미나 웨케사 케냐 외교장관은 앞서 지난해 11월 나이로비에서 조지프 오켈로 우간다 외교장관과 회담했다.", (2025, 11)),
    ("아미나 웨케사 케냐 외교장관은 앞서 지난 1월 나이로비에서 조지프 오켈로 우간다 외교장관과 만났다.", (2026, 1)),
    ("Kenyan Foreign Minister Amina Wekesa had first met Ugandan Foreign Minister Joseph Okello in Nairobi "
     "last November.", (2025, 11)),
])
def test_earlier_before_a_month_dates_the_recalled_meeting(text, month):
    days = [e.date for e in events(text) if e.type == "CONSULT"]
    assert len(days) == 1 and (days[0].year, days[0].month) == month


def test_earlier_before_a_day_still_dates_its_own_act():
    text = "아미나 웨케사 케냐 외교장관은 앞서 9일 나이로비에서 조지프 오켈로 우간다 외교장관과 회담했다."
    assert [e.date for e in events(text) if e.type == "CONSULT"] == [dt.date(2026, 3, 9)]


@pytest.mark.parametrize("text", [
    "Chilean foreign ministry spokesman Pablo Rojas criticized Peru on Monday. He also urged Lima to reopen the "
    "border crossing.",
    "Chilean foreign ministry spokeswoman Ana Rojas criticized Peru on Monday. She also urged Lima to reopen the "
    "border crossing.",
    "파블로 로하스 칠레 외교부 대변인은 이날 페루를 비판했다. 그는 페루에 국경 검문소를 다시 열라고 요구했다.",
    "아나 로하스 칠레 외교부 대변인은 이날 페루를 비판했다. 그녀는 페루에 국경 검문소를 다시 열라고 요구했다.",
])
def test_a_pronoun_after_a_spokespersons_statement_is_that_voice(text):
    assert sides(text, "REQUEST") == [(["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Pablo Rojas criticized Peru on Monday. The minister also urged Lima to reopen the "
    "border crossing.",
    "Chilean Foreign Minister Pablo Rojas criticized Peru on Monday. The foreign minister also urged Lima to reopen "
    "the border crossing.",
    "파블로 로하스 칠레 외교장관은 이날 페루를 비판했다. 장관은 페루에 국경 검문소를 다시 열라고 요구했다.",
])
def test_a_definite_office_noun_opening_a_sentence_is_its_last_holder(text):
    assert sides(text, "REQUEST") == [(["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "The minister also urged Lima to reopen the border crossing.",
    "장관은 페루에 국경 검문소를 다시 열라고 요구했다.",
])
def test_an_office_noun_with_no_holder_named_before_is_no_one(text):
    assert sides(text, "REQUEST") in ([], [([], ["PER"])])


def test_earlier_before_a_relative_clauses_day_leaves_it_background():
    text = "케냐 외교부는 우간다가 앞서 지난해 11월 체결된 협정을 위반했다고 비난했다."
    assert [e.date for e in events(text) if e.type == "ACCUSE"] == [dt.date(2026, 3, 12)]


@pytest.mark.parametrize("text", [
    "LIMA, March 12 -- Chile's foreign ministry criticized Peru on Thursday over the closure. It also urged Lima to "
    "reopen the border crossing.",
    "칠레 외교부는 이날 국경 폐쇄를 두고 페루를 비판했다. 이어 페루에 국경 검문소를 다시 열라고 요구했다.",
    "칠레 외교부는 이날 국경 폐쇄를 두고 페루를 비판했다. 페루에 국경 검문소를 다시 열라고 요구했다.",
])
def test_a_dropped_or_it_subject_goes_on_with_the_acting_side_before(text):
    assert sides(text, "REQUEST") == [(["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry criticized Peru on Thursday. Heavy rain hit the capital on Friday. It also urged "
    "Lima to reopen the border crossing.",
    "칠레 외교부는 페루를 비판했다. 수도에는 폭우가 내렸다. 기상청은 주민들에게 주의를 당부했다. 이어 페루에 국경 "
    "검문소를 다시 열라고 요구했다.",
])
def test_the_acting_side_goes_on_only_into_the_next_sentence(text):
    assert not [s for s in sides(text, "REQUEST") if s[0] == ["CHL"] and s[1] == ["PER"]]


@pytest.mark.parametrize("text", [
    "Chile's foreign ministry rejected the proposal on Monday.",
    "Iran rejected Western demands to halt uranium enrichment.",
    "북한은 그 제안을 일축했다.",
])
def test_a_rejected_proposal_stands_with_its_stated_subject(text):
    assert any(e.type == "REJECT" and e.participants for e in events(text))


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Amina Wekesa held talks with Ugandan Foreign Minister Joseph Okello in Kampala on "
    "Tuesday. The two ministers shared the view that the rebels' repeated raids violate international law.",
])
def test_a_rule_defied_by_a_thing_is_no_standalone_rejection(text):
    assert not [e for e in events(text) if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "The two ministers condemned North Korea's repeated missile launches.",
    "The two ministers condemned the militias' continued attacks on aid convoys.",
    "두 장관은 북한의 잇따른 탄도미사일 발사를 규탄했다.",
    "케냐 정부는 소말리아 민병대의 연이은 국경 습격에 항의했다.",
])
def test_an_act_noun_for_a_series_is_no_dated_act(text):
    assert not [e for e in events(text) if e.type in ("MOBILIZE", "ASSAULT")]


@pytest.mark.parametrize("text", [
    "North Korea's missile launch on Monday drew condemnation from Seoul.",
    "북한은 12일 탄도미사일을 발사했다.",
])
def test_a_single_act_noun_or_verb_is_still_read(text):
    assert [e for e in events(text) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "조현 외교부 장관은 10일 오타와에서 아니타 아난드 캐나다 외교장관과 외교장관회담을 열었다. 두 장관은 이날 회담에서 "
    "지난해 6월 열린 양국 정상회담 후속 조치를 점검했다.",
])
def test_a_leaders_summit_recalled_by_two_ministers_is_not_theirs(text):
    meetings = [e for e in events(text, "2026-03-11") if e.type == "CONSULT"]
    assert [e.date for e in meetings] == [dt.date(2026, 3, 10)]


def test_a_leaders_summit_of_leaders_is_read():
    text = "이재명 대통령은 10일 도쿄에서 다카이치 사나에 일본 총리와 정상회담을 했다."
    assert [e.date for e in events(text) if e.type == "CONSULT"] == [dt.date(2026, 3, 10)]


@pytest.mark.parametrize("text", [
    "OTTAWA, March 11 -- South Korean Foreign Minister Cho Hyun held talks with Canadian Foreign Minister Anita Anand "
    "in Ottawa on Tuesday. Cho, who took office last year, visited Washington on his first trip as minister and held "
    "talks with Secretary of State Marco Rubio.",
])
def test_an_undated_meeting_elsewhere_on_the_storys_day_is_an_earlier_one(text):
    meetings = [e for e in events(text, "2026-03-11") if e.type == "CONSULT"]
    assert [(e.date, e.location.name) for e in meetings] == [(dt.date(2026, 3, 10), "Ottawa")]


def test_a_meeting_recalled_from_long_before_keeps_no_borrowed_place():
    text = ("OTTAWA, March 11 -- South Korean Foreign Minister Cho Hyun held talks with Canadian Foreign Minister Anita "
            "Anand in Ottawa on Tuesday. It was the first foreign ministers' meeting between the two countries in two years, "
            "since their talks in November 2024.")
    recalled = [e for e in events(text, "2026-03-11") if e.type == "CONSULT" and e.date.year == 2024]
    assert recalled and all(e.location is None for e in recalled)


@pytest.mark.parametrize("text", [
    "The defense chiefs of Kenya, Uganda and Tanzania held a three-way phone call and agreed to respond to Somalia's "
    "provocations in close coordination.",
    "Japan and the Philippines held a video call and agreed to respond to China's provocations in close coordination.",
])
def test_a_call_noun_names_no_one_as_anything(text):
    assert not [e for e in events(text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("South Korea's Joint Chiefs of Staff condemned North Korea's missile launch.", "KOR", "PRK"),
    ("Kenya's National Security Council condemned Somalia's decision on Monday.", "KEN", "SOM"),
    ("케냐 국가안보회의는 소말리아의 결정을 규탄했다.", "KEN", "SOM"),
])
def test_the_owner_of_a_bodys_long_name_is_its_state(text, actor, recipient):
    assert ([actor], [recipient]) in sides(text, "ACCUSE")


def test_demands_of_the_west_answer_no_one_just_reported():
    text = ("Chile's foreign minister urged Peru to reopen the border. Peru's president rejected Western demands to "
            "hold new elections.")
    assert (["PER"], []) in sides(text, "REJECT")


@pytest.mark.parametrize("text, parties", [
    ("Kenyan President Amani Otieno and Ugandan President Daniel Mugisha agreed on Tuesday to open a new border "
     "crossing, as they held talks in Kampala.", {"KEN", "UGA"}),
    ("Chilean Foreign Minister Pablo Rojas and Peruvian Foreign Minister Ana Quispe signed a fisheries accord after "
     "they met in Lima on Tuesday.", {"CHL", "PER"}),
])
def test_they_after_two_named_subjects_of_its_sentence_are_those_two(text, parties):
    meetings = [e for e in events(text) if e.type == "CONSULT"]
    assert meetings and {p.country for p in meetings[0].participants} == parties


@pytest.mark.parametrize("text", [
    "케냐 외교장관은 10일 우간다 외교장관과 회담하고 국경 무역 협정에 서명했다.",
    "아마니 오티에노 케냐 대통령은 10일 캄팔라에서 대니얼 무기샤 우간다 대통령과 정상회담을 하고 국경 검문소를 새로 "
    "열기로 합의했다.",
])
def test_an_agreement_after_talks_with_a_counterpart_is_both_sides(text):
    assert sorted(sides(text, "AGREE")[0][0]) == ["KEN", "UGA"]


def test_a_surname_with_acting_title_is_the_acting_official_named_before():
    text = ("아마니 오티에노 케냐 대통령은 10일 나이로비에서 방한 중인 피터 김 미국 국무부 아프리카 담당 차관보 대행과 "
            "만났다. 김 대행은 케냐 정부의 평화 노력을 지지한다고 말했다.")
    assert (["USA"], ["KEN"]) in sides(text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "이재명 대통령은 26일 하노이에서 또 럼 베트남 공산당 서기장과 정상회담을 가졌다.",
    "또 럼 베트남 공산당 서기장은 26일 하노이에서 이재명 대통령과 정상회담을 했다.",
])
def test_a_known_hangul_name_kiwi_splits_is_one_person(text):
    meetings = [e for e in events(text, "2026-05-27") if e.type == "CONSULT"]
    assert meetings and {p.id for p in meetings[0].participants} == {"per_lee-jae-myung", "per_to-lam"}


@pytest.mark.parametrize("text", [
    "칠레 외교부는 페루가 국경을 봉쇄하는 한 어떤 협상에도 응하지 않겠다고 밝혔다.",
])
def test_the_subject_of_an_as_long_as_clause_acts_in_nothing(text):
    assert all(e.participants and {p.country for p in e.participants} == {"CHL"} for e in events(text)
               if e.type == "REJECT")


@pytest.mark.parametrize("text", [
    "The minister told his Peruvian counterpart that Chile opposes any attempt to redraw the maritime border.",
    "Kenya rejects all forms of interference in its internal affairs, the ministry said.",
])
def test_a_stance_against_whatever_might_come_is_no_rejection(text):
    assert not [e for e in events(text) if e.type == "REJECT"]


def test_a_rejection_of_a_named_move_is_still_read():
    assert (["CHL"], ["PER"]) in sides("Chile rejected Peru's attempt to redraw the maritime border.", "REJECT")


@pytest.mark.parametrize("text", [
    "칠레 외교부 대변인은 이날 정례 브리핑에서 페루를 비판했다. 대변인은 페루에 국경 검문소를 다시 열라고 요구했다.",
    "A Chilean foreign ministry spokesman criticized Peru on Thursday. The spokesman also demanded that Peru reopen "
    "the border crossing.",
])
def test_a_bare_office_after_an_unnamed_voices_statement_is_that_voice(text):
    assert sides(text, "REQUEST") == [(["CHL"], ["PER"])]


@pytest.mark.parametrize("text", [
    "Peru fired artillery at the border post on Monday. The spokesman condemned the shelling.",
    "페루군이 12일 국경 초소에 포격을 가했다. 대변인은 이를 규탄했다.",
    "페루군이 12일 국경 초소에 포격을 가했다. 이를 강력히 규탄한다고 정부는 밝혔다.",
])
def test_a_voice_after_a_material_act_is_not_the_one_who_acted(text):
    assert not [e for e in events(text) if e.type == "ACCUSE" and "PER" in {p.country for p in e.participants}]


@pytest.mark.parametrize("text", [
    "Peru vowed countermeasures against Chile on Monday.",
    'Peru branded the drills between Chile and Bolivia a "rehearsal for invasion" and vowed countermeasures against '
    'Chile.',
])
def test_vowed_countermeasures_are_a_threat_of_the_one_who_vowed(text):
    threats = [e for e in events(text) if e.type == "THREATEN"]
    assert threats and all({p.country for p in e.participants} == {"PER"} for e in threats)
    assert not [e for e in events(text) if e.type == "AGREE"]


def test_countermeasures_taken_are_a_measure():
    assert (["CHN"], ["LTU"]) in sides("China took countermeasures against Lithuania on Friday.", "SANCTION")

"""What news states about an act without stating that it happened, on our own sentences in both languages, each
negative paired with a sentence where the same words ARE the event:
- a rumoured deed: an act noun with the bound noun 설 ('파병설을 부인했다') is a report going round; the denial is the
  event, not the deployment (lang/ko/acts.py, cue rumor_noun); the English denial of reports names no deployment;
- an offer only weighed: an act of help as what a verb of consideration governs is no act done: its object particle
  replaced by a delimiter ('무기 지원도 검토할 수 있다') it is planned, as '지원을 검토' is (lang/ko/acts.py, cue
  object_focus_particle); after a verb of review ('may review supplying arms') no AID, as after 'consider' (en cue
  consideration_verbs, act_weighed);
- an announced satellite launch: a future launch of something put into space is a planned MOBILIZE, threatening
  no one (en act_plover_reading.plover_reading, cue space_objects; ko act_kind_cues.space_launch, cue space_object_noun); a missile
  launch announced at a state still threatens it;
- a meeting that only dates an elapsed time ('... 회의 이후 3년 만이다'): the point counted from, no meeting of the
  sentence's leaders (ko.yaml elapsed_reference_after_re); the English 'first since' names none either;
- two counterparts met together ('then met A and B together', 'A와 B를 함께 만났다'): one table of three, not a
  meeting per counterpart (en.yaml and ko.yaml multilateral_re); 'separately', '각각' still split;
- damage done to an abstraction ('원칙을 훼손하는 것'): a figure of speech, no vandalism (ko cue abstract_noun);
- a planned act whose clause names a window ('between Tuesday and April 4', '10일부터 다음 달 4일 사이에') is one plan,
  not one event per day (pipeline/act_dates.per_day); material acts done on two days stay two;
- support suspended ('suspended all budget support and security cooperation with X'): a discontinued benefit
  (SANCTION discontinue), not an agreement or an endorsement (en_acts_additions suspend/halt objects).

Formerly tests/lang/test_fp22_precision.py; classes first read as "False events, session fp22" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

DAY = "2026-03-10"


def found(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in events(text, DAY)]


def kinds(text: str) -> list[str]:
    return [e.type for e in events(text, DAY)]


@pytest.mark.parametrize("rumoured, done", [
    ("가봉 국방부는 카메룬 파병설을 부인했다.", "가봉 국방부는 10일 카메룬 파병을 단행했다."),
    ("베냉 정부는 토고 파병설이 사실이 아니라고 밝혔다.", "베냉은 10일 토고에 병력을 파병했다."),
    ("Gabon's defence ministry has denied reports that it sent troops to Cameroon.",
     "Gabon sent troops to Cameroon on Tuesday."),
])
def test_a_rumoured_deployment_is_no_deployment(rumoured, done):
    assert "MOBILIZE" not in kinds(rumoured)
    assert "MOBILIZE" in kinds(done)


@pytest.mark.parametrize("weighed", [
    "정부는 상황에 따라 가나에 대한 무기 지원도 검토할 수 있다는 입장이다.",
    "정부는 상황에 따라 가나에 대한 무기 지원을 검토할 수 있다는 입장이다.",
])
def test_korean_aid_only_weighed_is_planned(weighed):
    assert ("AID", "planned") in found(weighed) and ("AID", "occurred") not in found(weighed)


@pytest.mark.parametrize("weighed, done", [
    ("Officials say Ghana may review supplying arms to Togo depending on how the crisis develops.",
     "Ghana decided on Tuesday to supply arms to Togo."),
    ("Benin is reconsidering military aid to Togo, officials said.", "Benin sent military aid to Togo on Tuesday."),
])
def test_an_offer_only_weighed_is_no_aid(weighed, done):
    assert "AID" not in kinds(weighed)
    assert "AID" in kinds(done)


@pytest.mark.parametrize("announced", [
    "라오스는 몽골 해상보안청에 다음 달 4일까지 군사정찰위성을 발사하겠다고 통보했다.",
    "라오스는 이달 중 인공위성을 발사하겠다고 밝혔다.",
    "Laos notified Mongolia's coast guard that it would launch a satellite this month.",
    "Laos said it would put a spy satellite into orbit within days.",
])
def test_an_announced_satellite_launch_threatens_no_one(announced):
    got = found(announced)
    assert not any(t == "THREATEN" for t, _s in got)
    assert ("MOBILIZE", "planned") in got


@pytest.mark.parametrize("threat", [
    "라오스는 \"몽골을 향해 미사일을 발사하겠다\"고 밝혔다.",
    "Laos said it would launch missiles at Mongolia.",
])
def test_an_announced_missile_launch_at_a_state_still_threatens(threat):
    assert "THREATEN" in kinds(threat)


@pytest.mark.parametrize("text", [
    "보리치 칠레 대통령과 룰라 브라질 대통령, 밀레이 아르헨티나 대통령은 10일 산티아고에서 제5차 3국 정상회의를 열었다. "
    "3국 정상이 한자리에 모인 것은 2021년 5월 리마 회의 이후 2년 10개월 만이다.",
    "Chilean President Gabriel Boric, Brazilian President Lula and Argentine President Javier Milei held a summit in "
    "Santiago on Tuesday. It was their first such meeting since the 2021 summit in Lima.",
])
def test_a_meeting_that_only_dates_an_elapsed_time_is_no_meeting(text):
    dates = sorted(str(e.date) for e in events(text, DAY) if e.type == "CONSULT")
    assert dates == [DAY]


def test_a_meeting_recalled_with_its_own_verb_stays():
    text = "보리치 칠레 대통령은 10일 룰라 브라질 대통령과 회담했다. 두 정상은 지난해 5월 리마에서 회담한 이후 10개월 만에 다시 만났다."
    assert len([e for e in events(text, DAY) if e.type == "CONSULT"]) == 2


@pytest.mark.parametrize("text", [
    "The African Union said Tuesday it had suspended all budget support and security cooperation with Togo.",
    "The African Union halted its military support to Togo on Tuesday.",
    "아프리카연합은 10일 토고에 대한 모든 예산 지원과 안보 협력을 중단했다고 밝혔다.",
])
def test_suspended_support_is_a_sanction(text):
    got = kinds(text)
    assert "SANCTION" in got
    assert "AGREE" not in got and "SUPPORT" not in got


@pytest.mark.parametrize("together, separately", [
    ("Chilean President Gabriel Boric met Brazilian President Lula in Santiago on Tuesday. U.S. Secretary of State "
     "Antony Blinken then met Boric and Lula together on the sidelines of the gathering.",
     "U.S. Secretary of State Antony Blinken met Chilean President Gabriel Boric and Brazilian President Lula "
     "separately in Santiago on Tuesday."),
    ("보리치 칠레 대통령은 10일 산티아고에서 룰라 브라질 대통령과 회담했다. 블링컨 미국 국무장관은 이어 보리치 대통령과 룰라 "
     "대통령을 함께 만났다.",
     "블링컨 미국 국무장관은 10일 산티아고에서 보리치 칠레 대통령과 룰라 브라질 대통령을 각각 만났다."),
])
def test_two_counterparts_met_together_are_one_table(together, separately):
    """'together' right after the second counterpart's name; '... and vowed to work together' is no table."""
    def tables(text):
        return sorted(len(e.participants) for e in events(text, DAY) if e.type == "CONSULT"
                      and any("Blinken" in (p.name or "") for p in e.participants))
    assert tables(together) == [3]
    assert tables(separately) == [2, 2]


@pytest.mark.parametrize("figure, deed", [
    ("가봉 외교부는 성명을 내고 \"이번 결정은 정의와 공정성의 원칙을 훼손하는 것\"이라며 강하게 비난했다.",
     "가봉 시위대는 10일 카메룬 대사관 현판을 훼손했다."),
])
def test_damage_to_a_principle_is_no_vandalism(figure, deed):
    assert "PROTEST" not in kinds(figure)
    assert ("PROTEST", "occurred") in found(deed)


@pytest.mark.parametrize("window, days", [
    ("라오스는 이날 몽골 해상보안청에 10일부터 다음 달 4일 0시 사이에 인공위성을 발사하겠다고 통보했다.", 1),
    ("Laos notified Mongolia's coast guard that it would launch a satellite between Tuesday and April 4.", 1),
    ("Laos fired missiles into the sea on March 2 and March 3.", 2),
])
def test_a_planned_act_in_a_window_is_one_plan(window, days):
    assert len([e for e in events(window, DAY) if e.type == "MOBILIZE"]) == days


def test_working_together_is_no_joint_table():
    from readout.kb.loader import kb
    from readout.lang.en.language import English
    from readout.settings import Settings
    lang = English(Settings().language("en"), kb())
    together = "U.S. Secretary of State Antony Blinken then met Boric and van Klaveren together."
    working = "Blinken met Boric and Lula on Monday and vowed to work together."
    assert lang.meeting_is_multilateral(together) or lang.meeting_is_joint(together)
    assert not lang.meeting_is_joint(working)
    assert not lang.meeting_is_multilateral(working)

"""Handing over, invited visits' destinations, armed groups' bare nouns, bare forces of a wire's state:
- handing over is a release only of people, places or power ('handed over the captured sailors', 'handed over
  control of the base'); a letter or a message handed over is no act (en_acts_additions.yaml, 'hand over');
- the destination of a visit someone is invited to make ('an invitation for the king to visit Lima') is a later
  journey's, never where the meeting of the sentence was held (en lexicon onward_journey_before_re);
- one person's name written by two outlets with and without an honorific, or with an Arabic article apart or glued,
  is one person across scripts, so their meeting is one record (tests/kb/test_phonetic.test_arabic_name_shapes);
- an armed group's noun with no state of its own ('urged the rebels to stop', '반군을 규탄했다') is the group of that
  kind the story named acting last, of another state than the actor's (pipeline/act_recipients_own_side.armed_group_before;
  Korean marks the target: lang/ko/act_armed_targets.armed_target); with none before, it stays the actor's own;
- a Korean wire's bare forces as an act's subject ('공군은 전투기를 출격시켰다', '군은 경계태세를 강화했다') are the forces of
  the state the story is filed from (lang/ko/act_clause_subjects.home_force_subject marks `home_subject`, as English marks
  'the foreign ministry'; pipeline/act_actors.dateline_state).

Formerly tests/pipeline/test_lead17_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 17), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides


@pytest.mark.parametrize("text", [
    "South Korean Foreign Minister Kang Min called on King Nasser on Tuesday and handed over a personal letter from the president.",
    "Chile's envoy handed over a message from his prime minister to the Peruvian leader on Monday.",
    "강민 외교부 장관은 10일 나세르 국왕을 예방하고 대통령의 친서를 전달했다.",
])
def test_a_letter_handed_over_is_no_release(text):
    assert sides(text, "RETREAT", "2026-02-10") == []


@pytest.mark.parametrize("text, actor", [
    ("Colombian rebels handed over two kidnapped soldiers to a humanitarian commission on Sunday.", "COL"),
    ("The Peruvian navy handed over the detained fishermen to Chile on Friday.", "PER"),
])
def test_people_handed_over_are_released(text, actor):
    found = sides(text, "RETREAT", "2026-02-10")
    assert any(actor in a for a, _r in found), found


@pytest.mark.parametrize("text, published, wrong", [
    ("Foreign Minister Kang Min of South Korea paid a courtesy call on Peru's president on Tuesday and conveyed an "
     "invitation for the president to visit Seoul.", "2026-02-10", "Seoul"),
    ("Chile's foreign minister met Peru's president on Monday and renewed an invitation to him to pay a state visit "
     "to Santiago.", "2026-02-10", "Santiago"),
])
def test_an_invited_visits_destination_does_not_place_the_meeting(text, published, wrong):
    meetings = [e for e in events(text, published) if e.type == "CONSULT"]
    assert meetings, "the meeting is read"
    assert all(e.location is None or e.location.name != wrong for e in meetings), \
        [e.location.name for e in meetings if e.location]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Somalia's al-Shabaab militants attacked a convoy on Monday. Kenya urged the militants to release the drivers.",
     "REQUEST", "KEN", "SOM"),
    ("Myanmar's Arakan rebels seized a border town on Monday. Bangladesh condemned the rebels on Tuesday.",
     "ACCUSE", "BGD", "MMR"),
    ("미얀마 반군이 2일 국경 마을을 장악했다. 방글라데시는 3일 반군을 강하게 규탄했다.", "ACCUSE", "BGD", "MMR"),
    ("소말리아 무장세력이 2일 호송 차량을 공격했다. 케냐 외교부는 3일 무장세력 측에 운전사들을 석방하라고 촉구했다.",
     "REQUEST", "KEN", "SOM"),
])
def test_an_armed_groups_bare_noun_is_the_group_the_story_named(text, kind, actor, recipient):
    found = sides(text, kind, "2026-03-04")
    assert any(actor in a and recipient in r and actor not in r for a, r in found), found


@pytest.mark.parametrize("text, kind, actor", [
    ("Peru's army attacked the rebels in the highlands on Monday.", "ASSAULT", "PER"),
    ("페루군은 3일 산악 지대에서 반군을 공격했다.", "ASSAULT", "PER"),
])
def test_with_no_group_named_before_the_rebels_are_the_actors_own(text, kind, actor):
    found = sides(text, kind, "2026-03-04")
    assert any(actor in a and r == [actor] for a, r in found), found


@pytest.mark.parametrize("text, actor", [
    ("(서울=연합뉴스) 북한 무인기가 5일 군사분계선을 넘었다. 공군은 전투기를 긴급 출격시켰다.", "KOR"),
    ("(서울=연합뉴스) 북한이 5일 단거리 탄도미사일 2발을 발사했다. 군은 대북 경계태세를 강화했다.", "KOR"),
    ("(마닐라=연합뉴스) 중국 해경선이 5일 필리핀 어선에 물대포를 쐈다. 해군은 초계함을 현장에 급파했다.", "PHL"),
])
def test_a_korean_wires_bare_forces_are_the_dateline_states(text, actor):
    found = sides(text, "MOBILIZE", "2026-03-06")
    assert any(a == [actor] for a, _r in found), found


def test_bare_forces_with_no_dateline_name_no_state():
    assert all(a != ["KOR"] for a, _r in sides("중국 해경선이 5일 물대포를 쐈다. 해군은 초계함을 현장에 급파했다.",
                                                  "MOBILIZE", "2026-03-06")), "no dateline: no state is guessed"


@pytest.mark.parametrize("text, kind, actors", [
    ("칠레와 페루는 22일 북한의 미사일 발사를 규탄했다.", "ACCUSE", {"CHL", "PER"}),
    ("칠레와 페루 정부는 22일 북한을 규탄했다.", "ACCUSE", {"CHL", "PER"}),
    ("노르웨이와 칠레가 22일 유엔 안보리 긴급회의 소집을 요청했다.", "REQUEST", {"NOR", "CHL"}),
])
def test_two_names_joined_before_the_topic_are_one_subject(text, kind, actors):
    found = sides(text, kind, "2026-04-22")
    assert any(set(a) == actors for a, _r in found), found


def test_a_with_party_before_a_meeting_word_stays_the_counterpart():
    found = [e for e in events("강민 외교부 장관은 22일 왕이 외교부장과 회담했다.", "2026-04-22") if e.type == "CONSULT"]
    assert found and {p.name for p in found[0].participants} >= {"Wang Yi"}

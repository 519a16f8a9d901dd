"""Judgements of a deed named without its author, and seizures whose clause names no state:
- a judgement of a deed named without its author ('criticized the move', '이번 조치를 비판했다') when the story coded no
  act the deed could be: the acting sides of the act words, and the states of the named people who were subjects, in
  the sentence just before, other than the judge and those who only judged there (a state named as a subject in a
  sentence with no act word is not read: its roles are read only where an act word stands;
  pipeline/act_recipients_told.judged_deed reading `Narrative.doers` / `judges`);
- a seizure, arrest or release whose clause names no state ('The vessel was seized by a patrol ship', '선원들을
  석방했다') is of the states whose vessel or people the story last told seized or freed (act_recipients_own_side.held_again
  reading `Narrative.held`);
- a judgement of 'the measures' ('이번 조치를 비난했다') is of the last sanction or seizure by another side the story
  told, though another side's statement came between (act_recipients_told.implied_addressee reading `Narrative.measures`).
  English marks such nouns as judged acts of a kind (`answered_kinds`), not yet for sanctions;
- a withdrawal or ceasefire naming no state ('철수했다', 'withdrew across the border') yields to the side whose act
  against the withdrawing side was told last, in its sentence or the few before (act_recipients_own_side.withdrawn_from);
- a voice going on after a mutual act ('X said it was sharing information with A and B. It also urged C ...') is the
  act's own subject, not the partners the act joined to it (pipeline/act_voices.spoken_by);
- a year inside an aside on the subject ('X, which seized power in 2021, accused Y') dates the aside, not the act:
  no history (lang/base.past_year reading `past_year_aside_re`; Korean relative clauses were read so already);
- a Korean subject before a relative clause with its own object that describes a measure the subject carries out ('A가
  [X를 대상에 추가하는] 제재를 단행했다'), in a sentence with no topic, is the sentence's subject too
  (lang/ko/clauses.subject_gap, cue carried_measure_noun); English names the sanctioning side as the subject anyway.

Formerly tests/pipeline/test_lead19_classes.py; classes first read as "Classes found on the lead's held-out articles
(session 19), end to end on our own sentences, both languages" (docs/history.md)."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

# (class, text, kind, actor, recipient, publication day): the act is found with these sides
FOUND = [
    ("judged deed", "Hungary pledged support for the breakaway region's leader on Sunday. Romania swiftly criticized "
     "the move.", "ACCUSE", "ROU", "HUN", "2026-02-20"),
    ("judged deed", "Chile's president paid tribute at a contested monument on Friday. Bolivia condemned the decision.",
     "ACCUSE", "BOL", "CHL", "2026-02-20"),
    ("judged deed", "칠레 대통령이 20일 논란이 된 기념비에 헌화했다. 볼리비아 외교부는 이날 이번 조치를 강하게 비판했다.",
     "ACCUSE", "BOL", "CHL", "2026-02-20"),
    ("judged deed", "헝가리 정부는 20일 분리주의 지도자에 대한 지지를 표명했다. 루마니아 외교부는 이번 결정을 비난했다.",
     "ACCUSE", "ROU", "HUN", "2026-02-20"),
    ("held again", "Ecuador's navy seized a Colombian fishing boat on Tuesday. Ecuador freed the crew on Friday.",
     "RETREAT", "ECU", "COL", "2026-03-20"),
    ("held again", "Ecuador's navy seized a Colombian fishing boat on Tuesday. The navy also detained the captain.",
     "COERCE", "ECU", "COL", "2026-03-20"),
    ("held again", "에콰도르 해군이 17일 콜롬비아 어선 1척을 나포했다. 에콰도르 당국은 20일 선원들을 석방했다.",
     "RETREAT", "ECU", "COL", "2026-03-20"),
    ("held again", "에콰도르 해군이 17일 콜롬비아 어선 1척을 나포했다. 해군은 선장도 구금했다.",
     "COERCE", "ECU", "COL", "2026-03-20"),
    ("withdrawn from", "인도군은 국경 초소 인근에서 중국군에 경고사격을 했고, 중국군은 10여 분 만에 실질통제선 너머로 철수했다.",
     "RETREAT", "CHN", "IND", "2026-04-21"),
    ("withdrawn from", "가이아나군이 20일 베네수엘라군 순찰대에 경고사격을 했다. 베네수엘라군은 곧바로 국경 너머로 철수했다.",
     "RETREAT", "VEN", "GUY", "2026-04-21"),
    ("withdrawn from", "Guyanese troops fired warning shots at a Venezuelan patrol on Monday. Venezuela's troops "
     "withdrew across the border within minutes.", "RETREAT", "VEN", "GUY", "2026-04-21"),
    ("aside year", "Mali's junta, which seized power in 2021, accused Algeria of arming the rebels.",
     "ACCUSE", "MLI", "DZA", "2026-08-20"),
    ("aside year", "Sudan's government, which has been based in the port city since fighting began in 2023, accused "
     "Chad of supplying drones to the rebels.", "ACCUSE", "SDN", "TCD", "2026-08-20"),
    ("aside year", "2021년에 쿠데타로 집권한 말리 군사정부는 20일 알제리를 강하게 비난했다.", "ACCUSE", "MLI", "DZA", "2026-08-20"),
    ("judged measure", "캐나다 정부는 13일 베네수엘라 단체 5곳을 제재 대상으로 지정했다. 베네수엘라 외무부는 14일 성명을 내고 "
     "캐나다를 규탄했다. 쿠바 외무부도 이번 조치를 강하게 비난했다.", "ACCUSE", "CUB", "CAN", "2026-10-15"),
    ("spoken by", "칠레 합참은 \"페루, 아르헨티나 측과 관련 정보를 긴밀히 공유하고 있다\"고 밝혔다. 이어 \"볼리비아는 훈련을 "
     "즉각 중단해야 한다\"고 촉구했다.", "REQUEST", "CHL", "BOL", "2026-05-12"),
    ("spoken by", "Chile's foreign ministry said it was sharing information closely with Peru and Argentina. It also "
     "urged Bolivia to halt the drills.", "REQUEST", "CHL", "BOL", "2026-05-12"),
    ("carried measure", "캐나다 정부가 이란 혁명수비대 간부 5명을 제재 명단에 올리는 추가 제재를 발표했다.", "SANCTION", "CAN",
     "IRN", "2026-10-15"),
    ("carried measure", "호주 정부가 미얀마 군부 인사들을 자산동결 대상에 추가하는 독자 제재를 단행했다.", "SANCTION", "AUS",
     "MMR", "2026-10-15"),
    ("carried measure", "Canada's government announced new sanctions that add five Iranian officials to its asset freeze "
     "list.", "SANCTION", "CAN", "IRN", "2026-10-15"),
    ("both go on", "칠레와 페루는 20일 정보 공유를 확대하기로 합의했다. 이어 양국은 볼리비아에 훈련 중단을 촉구했다.",
     "REQUEST", "PER", "BOL", "2026-05-12"),
]


@pytest.mark.parametrize("_class, text, kind, actor, recipient, published", FOUND)
def test_the_act_is_found_with_its_sides(_class, text, kind, actor, recipient, published):
    found = sides(text, kind, published)
    assert any(actor in a and recipient in r for a, r in found), found


# (class, text, kind, publication day, the side that must not act or receive as the pair shows): the act is not
# found with that pair (None: no act of the kind at all; "": none with any receiving side)
NOT_FOUND = [
    # the sentence before only judged too: its judge did no deed of its own
    ("judged deed", "Romania criticized the move on Sunday. Moldova also condemned the decision.", "ACCUSE",
     "2026-02-20", None),
    ("judged deed", "루마니아 외교부는 20일 이번 조치를 비판했다. 몰도바 외교부도 이번 결정을 비난했다.", "ACCUSE",
     "2026-02-20", None),
    # the deed is two sentences back: no longer the one just told
    ("judged deed", "Hungary sent a delegation to a disputed border ceremony on Sunday. Analysts said the timing "
     "mattered. Romania swiftly criticized the move.", "ACCUSE", "2026-02-20", None),
    # nothing was held before: a release naming no one is no one's
    ("held again", "Ecuador freed the crew on Friday.", "RETREAT", "2026-03-20", ""),
    ("held again", "에콰도르 당국은 20일 선원들을 석방했다.", "RETREAT", "2026-03-20", ""),
    # no act against the withdrawing side before
    ("withdrawn from", "Venezuela's troops withdrew from the border area on Monday, the army said.", "RETREAT",
     "2026-04-21", ""),
    ("withdrawn from", "베네수엘라군은 20일 국경 지역에서 철수했다고 군 당국이 밝혔다.", "RETREAT", "2026-04-21", ""),
    # the third side judging was no target: its judgement answers the sanctioner, not the one who spoke between
    ("judged measure", "캐나다 정부는 13일 베네수엘라 단체 5곳을 제재 대상으로 지정했다. 베네수엘라 외무부는 14일 성명을 내고 "
     "캐나다를 규탄했다. 쿠바 외무부도 이번 조치를 강하게 비난했다.", "ACCUSE", "2026-10-15", ("CUB", "VEN")),
    # a voice going on is the speaker, not the partners its mutual act joined to it
    ("spoken by", "칠레 합참은 \"페루, 아르헨티나 측과 관련 정보를 긴밀히 공유하고 있다\"고 밝혔다. 이어 \"볼리비아는 훈련을 "
     "즉각 중단해야 한다\"고 촉구했다.", "REQUEST", "2026-05-12", ("PER", "BOL")),
    ("spoken by", "Chile's foreign ministry said it was sharing information closely with Peru and Argentina. It also "
     "urged Bolivia to halt the drills.", "REQUEST", "2026-05-12", ("PER", "BOL")),
    # the act's own clause dates it by an earlier year: history
    ("aside year", "Mali's junta accused Algeria in 2021 of arming the rebels.", "ACCUSE", "2026-08-20", None),
    ("aside year", "말리 군사정부는 2021년에 알제리를 비난한 바 있다.", "ACCUSE", "2026-08-20", None),
    # a topic elsewhere keeps the relative clause's subject to the clause: the one who listed is not the one who judges
    ("carried measure", "중국은 미국이 자국 기업을 명단에 올린 조치를 강하게 비판했다.", "ACCUSE", "2026-10-15", ("USA", "CHN")),
]


@pytest.mark.parametrize("_class, text, kind, published, pair", NOT_FOUND)
def test_the_act_is_not_found_with_those_sides(_class, text, kind, published, pair):
    found = sides(text, kind, published)
    if pair is None:
        assert found == []
    elif pair == "":
        assert all(not r for _a, r in found), found
    else:
        assert not any(pair[0] in a and pair[1] in r for a, r in found), found

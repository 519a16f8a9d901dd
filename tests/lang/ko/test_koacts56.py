"""(koacts56, issue 15) Korean acts, third round: each read as English reads the same news (the English twins:
tests/lang/en/test_koacts56_twins.py).

- A gathering banned ('시위를 금지했다', '집회 금지령을 내렸다') is COERCE restrict (ko_acts_cameo_spec 1721).
- A coercive measure ordered by its own side ('전력 공급 차단을 지시했다') is that COERCE of the one ordering
  (lang/ko/act_ordered_coercions); an investigation ordered stays no act.
- An attack named by its bomb ('폭탄 공격으로') is explosives (ko_acts.yaml).
- An agentless arrest placed in the arrested's own state ('쿠바 교사가 아바나에서 체포됐다') is that state's
  (pipeline/own_people.placed_at_home); with no place said, still no event.
- An agentless release with a place marked 에서 in its clause ('스리랑카 어부들이 인도에서 석방됐다') is read as
  English 'were released in India': the placing state frees them (lang/ko/act_story_sides.placed_in_clause).
- An attack noun told as having occurred at a place ('…에서 자살폭탄 테러가 발생했다') struck that place's people, no
  doer named (lang/ko/act_occurred_attacks).
- A passive whose agent is a government's bare forces ('마을이 정부군에 의해 포격당했다') is done by the harmed's
  state's military (lang/ko/act_harm_subjects.bare_forces, pipeline/act_actor_defaults.own_armed_group).
Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.event_sides import check_moded_row


ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    # a gathering banned
    ("라오스 정부는 비엔티안에서 시위를 금지했다.", "COERCE", "restrict", {("LAO", "GOV")}, set()),
    ("라오스 정부는 행진을 금지했다.", "COERCE", "restrict", {("LAO", "GOV")}, set()),
    ("라오스 정부는 집회 금지령을 내렸다.", "COERCE", "restrict", {("LAO", "GOV")}, set()),
    ("라오스 야당은 수도에서 시위를 벌였다.", "COERCE", None, None, None),  # a protest held: no ban
    ("라오스 정부는 시위를 허용했다.", "COERCE", None, None, None),  # a protest allowed: no ban
    # a coercive measure ordered by its own side
    ("볼리비아 대통령은 전력 공급 차단을 지시했다.", "COERCE", "withhold", {("BOL", "GOV")}, set()),
    ("볼리비아 대통령은 국경 봉쇄를 명령했다.", "COERCE", "restrict", {("BOL", "GOV")}, set()),
    ("볼리비아 대통령은 장관에게 전력 공급 차단을 지시했다.", "COERCE", "withhold", {("BOL", "GOV")}, set()),
    ("볼리비아 대통령은 사고 조사를 지시했다.", "COERCE", None, None, None),  # an inquiry ordered: no coercion
    ("볼리비아 대통령은 국경에 병력 배치를 명령했다.", "COERCE", None, None, None),  # forces ordered out: MOBILIZE
    # a passive whose agent is a government's bare forces: the harmed's state's forces
    ("예멘 마을이 정부군에 의해 포격당했다.", "ASSAULT", "heavy-weapons", {("YEM", "MIL")}, {("YEM", "CVL")}),
    ("예멘 마을이 정부군의 포격을 받았다.", "ASSAULT", "heavy-weapons", {("YEM", "MIL")}, {("YEM", "CVL")}),
    ("정부군에 의해 예멘 주민 4명이 살해됐다.", "ASSAULT", "targeted", {("YEM", "MIL")}, {("YEM", "CVL")}),
    ("예멘 마을이 반군에 의해 포격당했다.", "ASSAULT", "heavy-weapons", {("YEM", "REB")}, {("YEM", "CVL")}),  # as before
    ("마을이 정부군에 의해 포격당했다.", "ASSAULT", None, None, None),  # no state named for the harmed: no side
    # an agentless arrest placed in the arrested's own state: that state's authorities hold them
    ("쿠바 교사가 아바나에서 체포됐다.", "COERCE", "arrest", {("CUB", "GOV")}, {("CUB", "EDU")}),
    ("쿠바 교사가 쿠바에서 체포됐다.", "COERCE", "arrest", {("CUB", "GOV")}, {("CUB", "EDU")}),
    ("쿠바인 3명이 아바나에서 체포됐다.", "COERCE", "arrest", {("CUB", "GOV")}, {("CUB", "CVL")}),
    ("쿠바 교사가 마드리드에서 체포됐다.", "COERCE", "arrest", {("ESP", "GOV")}, {("CUB", "EDU")}),  # abroad, before
    ("쿠바 교사가 체포됐다.", "COERCE", None, None, None),  # no place said: no one named holds them
    # an agentless release placed with 에서: the state placing it frees them, as 'were released in X' reads
    ("스리랑카 어부들이 인도에서 석방됐다.", "RETREAT", "release", {("IND", "GOV")}, {("LKA", "AGR")}),
    ("스리랑카 어부들은 첸나이에서 석방됐다.", "RETREAT", "release", {("IND", "GOV")}, {("LKA", "AGR")}),  # a topic
    ("스리랑카 어부들이 석방됐다.", "RETREAT", None, None, None),  # no place said: no one named frees them
    # an attack told as having occurred at a place: no doer, the place's people receive
    ("모가디슈의 한 호텔에서 자살폭탄 테러가 발생했다.", "ASSAULT", "suicide-attack", set(), {("SOM", "CVL")}),
    ("소말리아에서 폭탄 테러가 일어났다.", "ASSAULT", "explosives", set(), {("SOM", "CVL")}),  # not Somalia's bombing
    ("모가디슈에서 교전이 벌어졌다.", "ASSAULT", None, None, None),  # fighting between sides: no place struck
    ("알샤바브는 모가디슈에서 자살폭탄 테러를 일으켰다.", "ASSAULT", "suicide-attack", {("SOM", "REB")}, set()),  # a doer
    # regression rows of classes the brief listed that already read right: Mali as an object (kiwi: 말리/NNP), and a
    # state in an arrest's charge, which is no side (the arrested are the receivers)
    ("케냐 장군은 말리를 비난했다.", "ACCUSE", "disapprove", {("KEN", "MIL")}, {("MLI", "GOV")}),
    ("에스토니아 당국은 러시아를 위해 간첩 활동을 한 혐의로 교사를 체포했다.", "COERCE", "arrest", {("EST", "GOV")},
     {("EST", "EDU")}),
    # an attack named by its bomb
    ("시리아에서 폭탄 공격으로 주민 5명이 숨졌다.", "ASSAULT", "explosives", set(), {("SYR", "CVL")}),
    ("시리아에서 차량 폭탄 공격으로 경찰관 2명이 숨졌다.", "ASSAULT", "explosives", set(), {("SYR", "COP")}),
    ("시리아에서 공격으로 주민 5명이 숨졌다.", "ASSAULT", None, set(), {("SYR", "CVL")}),  # no means named
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_korean_acts_third_round(text, kind, mode, acting, receiving):
    check_moded_row(text, kind, mode, acting, receiving)

"""(koacts55, issue 15) Korean acts the news states that readout missed, each read as English reads the same news.

- A head of mission withdrawn from a country ('B에서 대사를 철수시켰다', 'withdrew its ambassador from B') is the
  manual's SANCTION withdraw, as diplomats withdrawn are; troops withdrawn stay RETREAT (ko_acts.yaml).
- People named by their nationality ('X인 수백 명을 추방했다', kiwi: X/NNP 인/NNG) are private people deported: COERCE
  deport, as 'deported hundreds of Xs' reads; diplomats expelled stay SANCTION expel (ko_acts.yaml deportee_noun).
- A state's vessel named by no service ('X 선박이 ... 물대포를 쐈다') acts for its state, as 'X ships fired' reads
  (ko.yaml agent_nouns).
- A bomb that went off in a country named as the place, killing people ('X에서 폭탄이 터져 ... 숨졌다', 'a bomb
  exploded in X, killing ...'), is an attack by no side named on the place's people; no harm told, no attack
  (pipeline/act_actor_defaults.attackers_of_victims, struck_state).
- A handover of the government ('정부 이양 요구를 거부했다') is one of power: REJECT change (ko_acts.yaml power_noun).
- A crime ring's member or a trafficker handed to a state ('마약 밀매범을 B에 인도했다') is extradited: COOPERATE
  (scripts/data/ko_acts_cameo_spec.yaml, cameo 063).
- A short state name split by kiwi before a site of its forces ('가나 초소에' read 가/VV 나/EC) is the name
  (lang/ko/bare_state_words.side_noun), and 군 written onto a state's name and tagged NNB is a common noun
  (lang/ko/sentences.joined_agents_as_nouns), so a claimed deed keeps its accused.
- Protesters by name ('시위대', '시위자') who clash with police also protest: PROTEST demo beside the clash, as English
  'protesters clashed with police' reads (lang/ko/act_clashing_protesters); residents clashing are no protest.
Our own sentences.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def found(text: str, kind: str) -> list[tuple[str | None, set[str], set[str]]]:
    """The events of `kind`: (mode, acting states, receiving states) each."""
    return [(e.mode, {p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in events(text) if e.type == kind]


ROWS = [  # (sentence, type, mode, acting, receiving); acting None: no event of the type
    ("캐나다는 말리에서 대사를 철수시켰다.", "SANCTION", "withdraw", {"CAN"}, {"MLI"}),
    ("스웨덴은 이라크에서 공관장을 철수시켰다.", "SANCTION", "withdraw", {"SWE"}, {"IRQ"}),
    ("Canada withdrew its ambassador from Mali.", "SANCTION", "withdraw", {"CAN"}, {"MLI"}),
    ("캐나다는 말리에서 병력을 철수시켰다.", "SANCTION", None, None, None),  # troops: a retreat
    ("캐나다는 말리에서 병력을 철수시켰다.", "RETREAT", "withdraw", {"CAN"}, {"MLI"}),
    ("태국은 캄보디아인 수백 명을 추방했다.", "COERCE", "deport", {"THA"}, {"KHM"}),
    ("Thailand deported hundreds of Cambodians.", "COERCE", "deport", {"THA"}, {"KHM"}),
    ("태국은 캄보디아 외교관 2명을 추방했다.", "COERCE", None, None, None),  # diplomats: expelled
    ("태국은 캄보디아 외교관 2명을 추방했다.", "SANCTION", "expel", {"THA"}, {"KHM"}),
    ("베트남 선박이 말레이시아 어선을 향해 물대포를 쐈다.", "ASSAULT", "crowd-control", {"VNM"}, {"MYS"}),
    ("Vietnamese ships fired water cannons at a Malaysian fishing boat.", "ASSAULT", "crowd-control", {"VNM"},
     {"MYS"}),
    ("중국 선박이 필리핀 선박과 충돌했다.", "ASSAULT", None, None, None),  # a collision is no force
    ("소말리아에서 폭탄이 터져 주민 4명이 숨졌다.", "ASSAULT", "explosives", set(), {"SOM"}),
    ("A bomb exploded in Somalia, killing four villagers.", "ASSAULT", "explosives", set(), {"SOM"}),
    ("소말리아에서 폭탄이 터졌다.", "ASSAULT", None, None, None),  # no harm told: no attack
    ("A bomb exploded in Somalia.", "ASSAULT", None, None, None),
    # the government handed over (정부 이양) is a handover of power: a refused demand for it is REJECT change
    ("말리 군정은 알제리의 정부 이양 요구를 거부했다.", "REJECT", "change", {"MLI"}, {"DZA"}),
    ("The junta of Mali rejected demands to hand over power.", "REJECT", "change", {"MLI"}, {"MLI"}),
    ("말리 정부는 알제리의 정부 청사 이전 요구를 거부했다.", "REJECT", None, {"MLI"}, {"DZA"}),  # a building moved
    # a crime ring's member or a trafficker handed to a state is extradited (인도하다 so read is no India)
    ("칠레는 마약 밀매범 2명을 아르헨티나에 인도했다.", "COOPERATE", None, {"CHL"}, {"ARG"}),
    ("칠레는 범죄 조직원을 아르헨티나에 넘겼다.", "COOPERATE", None, {"CHL"}, {"ARG"}),
    ("Chile extradited two drug traffickers to Argentina.", "COOPERATE", None, {"CHL"}, {"ARG"}),
    ("인도는 칠레에 항의했다.", "COOPERATE", None, None, None),  # India the state
    # a deed of a state's forces (군 written onto its name) claimed against a post named by the claimant's name
    ("베냉은 니제르군이 베냉 초소에 발포했다고 주장했다.", "ACCUSE", "allege", {"BEN"}, {"NER"}),
    ("베냉은 니제르군이 베냉 초소에 발포했다고 주장했다.", "ASSAULT", "firearms", {"NER"}, {"BEN"}),
    ("Benin claimed that Nigerien troops fired on a Beninese post.", "ACCUSE", "allege", {"BEN"}, {"NER"}),
    # protesters by name who clash with police also protest against their government
    ("조지아 시위자들이 바투미에서 경찰과 충돌했다.", "PROTEST", "demo", {"GEO"}, {"GEO"}),
    ("조지아 시위대가 바투미에서 경찰과 충돌했다.", "ASSAULT", None, {"GEO"}, {"GEO"}),
    ("Georgian protesters clashed with police in Batumi.", "PROTEST", "demo", {"GEO"}, {"GEO"}),
    ("조지아 주민들이 바투미에서 경찰과 충돌했다.", "PROTEST", None, None, None),  # residents: no protest named
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_stated_acts_both_languages(text, kind, mode, acting, receiving):
    got = found(text, kind)
    if acting is None:
        assert not got, got
        return
    assert got, [e.type for e in events(text)]
    assert got[0] == (mode, acting, receiving)

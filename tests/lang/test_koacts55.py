"""(koacts55, issue 15) Korean acts the news states that readout missed, each read as English reads the same news.

- A head of mission withdrawn from a country ('B에서 대사를 철수시켰다', 'withdrew its ambassador from B') is the
  manual's SANCTION withdraw, as diplomats withdrawn are; troops withdrawn stay RETREAT (ko_acts.yaml).
- People named by their nationality ('X인 수백 명을 추방했다', kiwi: X/NNP 인/NNG) are private people deported: COERCE
  deport, as 'deported hundreds of Xs' reads; diplomats expelled stay SANCTION expel (ko_acts.yaml deportee_noun).
- A state's vessel named by no service ('X 선박이 ... 물대포를 쐈다') acts for its state, as 'X ships fired' reads
  (ko.yaml agent_nouns).
- A bomb that went off in a country named as the place, killing people ('X에서 폭탄이 터져 ... 숨졌다', 'a bomb
  exploded in X, killing ...'), is an attack by no side named on the place's people; no harm told, no attack
  (pipeline/act_actor_defaults.attackers_of_victims, country_places).
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
]


@pytest.mark.parametrize("text, kind, mode, acting, receiving", ROWS)
def test_stated_acts_both_languages(text, kind, mode, acting, receiving):
    got = found(text, kind)
    if acting is None:
        assert not got, got
        return
    assert got, [e.type for e in events(text)]
    assert got[0] == (mode, acting, receiving)

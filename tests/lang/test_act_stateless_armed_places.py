"""koarmed71: an armed group of no state named acts in the state where it acted, in both languages, on our own
sentences (coding-choices: an armed non-state side with no state named takes the state where it acted):
- the place may be a town or region of that state in the attack's own clause ('in Darfur', '다르푸르에서'), not only the
  state's name (pipeline/act_actors.unowned_self_attack reads `place_items` too);
- a guarded Korean state name (수단, 말리) is the state in the locative right after the clause's subject or topic
  ('반군은 수단에서': lang/ko/guarded_places.after_subject) and before a part or a town of that state ('말리 북부에서',
  '수단 다르푸르에서': lang/ko/guarded_names.part_of_state_after).
Negative rows: no place named keeps no state attacking itself; the ordinary words stay no state."""
from __future__ import annotations

import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.sentences import kiwi
from tests.event_sides import events


def found(text: str, kind: str) -> list[tuple[set[str], set[str], set[str]]]:
    return [({p.country for p in e.participants}, {p.sector for p in e.participants},
             {r.country for r in e.recipients}) for e in events(text) if e.type == kind]


@pytest.mark.parametrize("text, state, sector", [
    ("민병대는 이번주 수단 다르푸르에서 농민들을 공격했다.", "SDN", "REB"),
    ("무장세력이 지난주 말리 북부에서 마을 주민들을 습격했다.", "MLI", "REB"),
    ("반군은 수단에서 피란민들을 공격했다.", "SDN", "REB"),
    ("반군이 18일 팀북투 인근의 마을을 공격했다.", "MLI", "REB"),
    ("Militias raided farming villages in Darfur, Sudan, this week.", "SDN", "REB"),
    ("Rebels raided farming villages in northern Mali this week.", "MLI", "REB"),
])
def test_a_stateless_armed_group_acts_in_the_state_it_attacked_in(text, state, sector):
    evs = found(text, "ASSAULT")
    assert any(a == {state} and sector in s for a, s, _r in evs), evs


@pytest.mark.parametrize("text", [
    "무장세력이 군 기지를 공격해 병사 9명이 숨졌다.",
    "Militants attacked an army base and killed nine soldiers.",
])
def test_no_place_named_gives_no_state_attacking_itself(text):
    assert not any(a and a == r for a, _s, r in found(text, "ASSAULT")), found(text, "ASSAULT")


def codes(text: str) -> list[str]:
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return [c for m in find_countries(text, 0, tokens) for c in m.codes]


@pytest.mark.parametrize("text, code", [
    ("반군은 수단에서 피란민들을 공격했다.", "SDN"),
    ("민병대가 이날 말리에서 주민들을 납치했다.", "MLI"),
    ("반군은 말리 북부에서 주민들을 공격했다.", "MLI"),
    ("민병대는 이번주 수단 다르푸르에서 농민들을 공격했다.", "SDN"),
    ("무장세력이 말리 팀북투 인근에서 군인들을 공격했다.", "MLI"),
])
def test_a_guarded_name_placing_the_subject_is_the_state(text, code):
    assert code in codes(text)


@pytest.mark.parametrize("text, code", [
    ("정부는 외교적 수단에서 해법을 찾겠다고 밝혔다.", "SDN"),
    ("외교 수단 북부를 찾았다.", "SDN"),
    ("새로운 수단 개발에 나섰다.", "SDN"),
    ("주민들은 햇볕에 말리에서 돌아왔다.", "MLI"),
    ("그는 오만에서 비롯된 실수를 인정했다.", "OMN"),
])
def test_the_ordinary_word_stays_no_state(text, code):
    assert code not in codes(text)
